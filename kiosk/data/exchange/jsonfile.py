"""The JSON exchange format: ``BundleDoc`` as UTF-8 JSON, versioned by ``format``/``version``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.data.exchange.problems import json_path, problems_from
from kiosk.data.schema import BundleDoc, MatterDoc
from kiosk.errors import InvalidImport, Problem

Prepare = Callable[[dict[str, Any]], None]


def read(path: Path, prepare: Prepare | None = None, parsed: Any = None) -> tuple[BundleDoc, Callable[[str], str]]:
    """Validate a JSON file; problems are located by JSON path, so locating is the identity.

    ``prepare`` sees the data before it is validated (the importer cleans matters there);
    ``parsed`` is the file's JSON when the caller has parsed it already (detecting the shape).

    Matters are validated one by one, each raw dict dropped as soon as its document exists: a
    county's export of 5,000 matters is ~150 MB of parsed JSON and ~330 MB of documents, and
    holding both at once was the import's peak.
    """
    if parsed is not None:
        data = parsed
    else:
        try:
            data = json.loads(path.read_bytes().decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise InvalidImport([Problem(path.name, "文件不是 UTF-8 编码的文本")]) from None
        except json.JSONDecodeError as exc:
            raise InvalidImport([Problem(f"第{exc.lineno}行第{exc.colno}列", f"JSON 格式错误:{exc.msg}")]) from None
    if not isinstance(data, dict) or data.get("format") != "hall-kiosk":
        raise InvalidImport([Problem("format", '不是大厅信息导出文件(缺少 "format": "hall-kiosk")')])
    if prepare is not None:
        prepare(data)
    problems: list[Problem] = []
    matters = data.get("matters")
    if isinstance(matters, list):
        for i, raw in enumerate(matters):
            if isinstance(raw, MatterDoc):
                continue
            try:
                matters[i] = MatterDoc.model_validate(raw)
            except ValidationError as exc:
                problems += problems_from(exc, lambda loc, i=i: json_path(("matters", i, *loc)))  # type: ignore[misc]
    try:
        if problems:  # the rest of the file is checked too, so that one run names every problem
            rest = {**data, "matters": [d for d in matters if isinstance(d, MatterDoc)]}  # type: ignore[union-attr]
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
