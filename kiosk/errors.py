"""The one error type that carries a message meant for a person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class UserError(Exception):
    """Bad input or an unavailable resource, explained in one sentence; the CLI exits with 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Problem:
    """One thing wrong with an imported file, at a place a person can find.

    ``where`` is a JSON path (``matters[3].materials[0].copies``) or, for spreadsheets, the
    sheet, row and column (``材料!第12行 份数``).
    """

    __slots__ = ("message", "where")

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        self.message = message

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def __repr__(self) -> str:
        return f"Problem({self.where!r}, {self.message!r})"


class InvalidImport(UserError):
    """An import refused as a whole, with every problem found.

    A reader may leave the data it read in ``data`` (and how to find a JSON path in the file in
    ``locate``) so that the importer can add the problems only the database can see (an unknown
    department) to the same report: every problem in one run.
    """

    data: dict[str, Any] | None = None
    locate: Callable[[str], str] | None = None

    def __init__(self, problems: list[Problem]) -> None:
        n = len(problems)
        lines = "\n".join(f"  {p}" for p in problems[:200])
        more = f"\n  … 另有 {n - 200} 处" if n > 200 else ""
        super().__init__(f"导入文件有 {n} 处错误,数据库未做任何改动:\n{lines}{more}")
        self.problems = problems
