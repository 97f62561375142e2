"""The JSON exchange format: ``BundleDoc`` as UTF-8 JSON, versioned by ``format``/``version``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.data.exchange.jsonstream import JsonStream, NotStreamable
from kiosk.data.exchange.problems import json_path, problems_from
from kiosk.data.schema import FORMAT_NAME, BundleDoc, MatterDoc
from kiosk.errors import InvalidImport, Problem

# Sees each matter (its index, its data) just before it is validated: the importer cleans it there.
Clean = Callable[[int, dict[str, Any]], None]


def read(path: Path, clean: Clean | None = None, parsed: Any = None) -> tuple[BundleDoc, Callable[[str], str]]:
    """Validate a JSON file; problems are located by JSON path, so locating is the identity.

    ``parsed`` is the file's JSON when the caller has parsed it already (detecting the shape).

    Matters are validated one by one, each raw dict dropped as soon as its document exists, and
    read from the file they are parsed one by one too (``jsonstream``): a county's export of 5,000
    matters is ~280 MB of Python objects parsed at once, and holding that beside the documents was
    the import's peak. A file the stream does not follow (not valid JSON, not an object, matters
    before ``format``) is parsed whole, so every problem is named as it always was.
    """
    if parsed is None:
        try:
            return _read_streamed(path, clean)
        except NotStreamable:
            pass
        parsed = _parse_whole(path)
    data = parsed
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidImport([Problem("format", f'不是大厅信息导出文件(缺少 "format": "{FORMAT_NAME}")')])
    checked = _Matters(clean)
    matters = data.get("matters")
    if isinstance(matters, list):
        for i, raw in enumerate(matters):
            matters[i] = checked.add(i, raw)
    return _bundle(data, checked.problems)


def _read_streamed(path: Path, clean: Clean | None) -> tuple[BundleDoc, Callable[[str], str]]:
    """``read``, one matter parsed at a time; ``NotStreamable`` when the file must be read whole.

    The outcome is the same as reading it whole: the matters are checked only once ``format`` has
    said what the file is (an export writes it first), and a syntax error anywhere stops the
    stream before any problem is raised (it is the one reported, as before).
    """
    data: dict[str, Any] = {}
    checked = _Matters(clean)
    with path.open("rb") as handle:
        stream = JsonStream(handle)
        for key in stream.members():
            if key == "matters":
                if "matters" in data or data.get("format") != FORMAT_NAME:
                    raise NotStreamable  # given twice (the last counts), or not known yet to be ours
                if stream.starts_array():
                    data["matters"] = [checked.add(i, raw) for i, raw in enumerate(stream.items())]
                    continue
            data[key] = stream.value()
    if data.get("format") != FORMAT_NAME:
        raise NotStreamable  # read whole, it is named as not an export
    return _bundle(data, checked.problems)


def _parse_whole(path: Path) -> Any:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidImport([Problem(path.name, "文件不是 UTF-8 编码的文本")]) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.pos >= len(text) - 1 or exc.msg.startswith("Unterminated string"):
            # as the AUDIT_* reader says it: an export copied or downloaded only in part
            where = f"第{exc.lineno}行第{exc.colno}列"
            message = f"JSON 不完整:文件在{where}突然结束(可能下载中断或被截断)"
            raise InvalidImport([Problem(path.name, message)]) from None
        raise InvalidImport([Problem(f"第{exc.lineno}行第{exc.colno}列", f"JSON 格式错误:{exc.msg}")]) from None


class _Matters:
    """Validates matters one by one: each becomes its document, or stays raw with its problems."""

    def __init__(self, clean: Clean | None) -> None:
        self.clean = clean
        self.problems: list[Problem] = []

    def add(self, i: int, raw: Any) -> Any:
        if isinstance(raw, MatterDoc):  # validated already
            return raw
        if self.clean is not None and isinstance(raw, dict):
            self.clean(i, raw)
        try:
            return MatterDoc.model_validate(raw)
        except ValidationError as exc:
            self.problems += problems_from(exc, lambda loc: json_path(("matters", i, *loc)))
            return raw


def _bundle(data: dict[str, Any], problems: list[Problem]) -> tuple[BundleDoc, Callable[[str], str]]:
    """The bundle, matters validated already; or every problem of the file, in file order."""
    try:
        if problems:  # the rest of the file is checked too, so that one run names every problem
            rest = {**data, "matters": [d for d in data["matters"] if isinstance(d, MatterDoc)]}
            BundleDoc.model_validate(rest)
        else:
            return BundleDoc.model_validate(data), str
    except ValidationError as exc:
        problems = _in_file_order([*problems_from(exc), *problems])
    error = InvalidImport(problems)
    error.data, error.locate = data, str
    raise error


_FIELDS = list(BundleDoc.model_fields)


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """Problems in the order of the bundle's fields (as one validation of the whole file gives them)."""

    def field_index(problem: Problem) -> int:
        head = problem.where.split(".", 1)[0].split("[", 1)[0]
        return _FIELDS.index(head) if head in _FIELDS else -1

    return sorted(problems, key=field_index)  # stable: within a field, the order found


def write(bundle: BundleDoc, path: Path) -> None:
    text = bundle.model_dump_json(indent=2, exclude_none=False)
    path.write_text(text + "\n", encoding="utf-8")
