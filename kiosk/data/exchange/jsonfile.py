"""The JSON exchange format: ``BundleDoc`` as UTF-8 JSON, versioned by ``format``/``version``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kiosk.data.exchange.problems import problems_from
from kiosk.data.schema import BundleDoc
from kiosk.errors import InvalidImport, Problem

Prepare = Callable[[dict[str, Any]], None]


def read(path: Path, prepare: Prepare | None = None) -> tuple[BundleDoc, Callable[[str], str]]:
    """Validate a JSON file; problems are located by JSON path, so locating is the identity.

    ``prepare`` sees the data before it is validated (the importer cleans matters there).
    """
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
    try:
        return BundleDoc.model_validate(data), str
    except ValidationError as exc:
        error = InvalidImport(problems_from(exc))
        error.data, error.locate = data, str
        raise error from None


def write(bundle: BundleDoc, path: Path) -> None:
    text = bundle.model_dump_json(indent=2, exclude_none=False)
    path.write_text(text + "\n", encoding="utf-8")
