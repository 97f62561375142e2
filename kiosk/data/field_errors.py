"""Validation errors placed at the field they belong to, in Chinese, for forms that check as you type.

Pydantic reports field errors with a location (``materials, 2, name``) but whole-document checks
(a material naming a 情形 that does not exist, an end before a start) with none. An editor must
show every message next to a field, so those are attributed here to the field they are about.
No Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from kiosk.data.exchange.problems import human_message

Loc = tuple[str | int, ...]

# Whole-document messages of schema.py (already in Chinese) and the field each is about.
_DOCUMENT_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"publish_until"), "publish_until"),
    (re.compile(r"计划取消日期"), "effective_until"),
    (re.compile(r"情形编码"), "scenarios"),
    (re.compile(r"^第\d+项材料"), "materials"),
    (re.compile(r"主题"), "themes"),
)


@dataclass(frozen=True)
class FieldError:
    """One message and where it goes: ``loc[0]`` is the document's field ('' when none fits)."""

    loc: Loc
    message: str

    @property
    def field(self) -> str:
        return str(self.loc[0]) if self.loc else ""


def _document_error(message: str, fields: set[str]) -> FieldError:
    for pattern, field in _DOCUMENT_MESSAGES:
        if pattern.search(message) and field in fields:
            return FieldError((field,), message)
    return FieldError((), message)


def field_errors(error: ValidationError, fields: Iterable[str]) -> list[FieldError]:
    """Every error of ``error`` as a ``FieldError``; ``fields`` are the document's field names."""
    names = set(fields)
    found = []
    for e in error.errors():
        loc = tuple(e["loc"])
        message = human_message(e)
        if not loc or (e["type"] == "value_error" and loc[0] not in names):
            found.append(_document_error(message, names))
        else:
            found.append(FieldError(loc, message))
    return found


def where(loc: Loc) -> str:
    """A list item's position in words, for a message shown on the whole list: ``第3项 名称``."""
    return "".join(f"第{p + 1}项 " if isinstance(p, int) else "" for p in loc[1:])
