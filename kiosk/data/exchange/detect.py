"""Which shape a file or folder is (格式识别): the kiosk's own JSON or Excel, national exchange tables,
provincial AUDIT_* JSON, or an office spreadsheet — and one sentence saying how that was seen.

``kiosk import`` reports the detection; ``--format`` forces a shape when the guess is wrong.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.data.exchange.jsonstream import JsonStream, NotStreamable
from kiosk.data.exchange.national.tables import table_of
from kiosk.data.exchange.xlsx_sheets import SHEET_BY_NAME
from kiosk.data.schema import FORMAT_NAME
from kiosk.errors import InvalidImport, Problem, UserError

FORMATS = ("auto", "json", "xlsx", "national", "audit", "sheet")
FORMAT_HELP = "json/xlsx = 本系统格式;national = 国家标准交换表;audit = 省级 AUDIT_* JSON;sheet = 办公表格"
MAX_PEEK = 300 * 1024 * 1024


@dataclass
class Shape:
    """A detected shape: its name (one of ``FORMATS`` but auto) and how it was recognised."""

    kind: str
    description: str
    parsed: Any = None  # JSON already parsed while looking (so it is not parsed twice)


def _national_files(names: list[str]) -> list[str]:
    return [n for n in names if table_of(n) is not None and Path(n).suffix.lower() in (".csv", ".xlsx")]


def detect(path: Path, fmt: str = "auto") -> Shape:
    """The shape of ``path``; ``fmt`` other than auto forces it (and is only checked for sense)."""
    if not path.exists():
        raise UserError(f"找不到文件或文件夹 {path}")
    if fmt not in FORMATS:
        raise UserError(f"--format 应为 {'、'.join(FORMATS)} 之一({FORMAT_HELP})")
    suffix = path.suffix.lower()
    if fmt != "auto":
        if path.is_dir() and fmt != "national":
            raise UserError(f"{path} 是文件夹:只有国家标准交换表(--format national)可以是文件夹")
        return Shape(fmt, f"按 --format {fmt} 读取")
    if path.is_dir():
        found = _national_files([str(p.relative_to(path)) for p in path.rglob("*") if p.is_file()])
        if not found:
            raise UserError(f"文件夹 {path} 中没有国家标准交换表文件(应以表名命名,如 up_task_general_basic.csv)")
        return Shape("national", f"国家标准交换表(文件夹,{len(found)} 个表文件)")
    if suffix == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError, EOFError):
            raise InvalidImport(
                [Problem(path.name, "不是完整的 zip 文件(可能下载或复制不完整,或已损坏),请重新导出")]
            ) from None
        found = _national_files(names)
        if not found:
            raise UserError(f"{path.name} 中没有国家标准交换表文件(应以表名命名,如 up_task_general_basic.csv)")
        return Shape("national", f"国家标准交换表(zip,{len(found)} 个表文件)")
    if suffix == ".json":
        size = path.stat().st_size
        if size > MAX_PEEK:
            raise UserError(f"文件过大({size // 1024 // 1024} MB)")
        if _starts_as_export(path):
            # read as the file is imported, a matter at a time (jsonfile), not parsed whole here
            return Shape("json", "本系统的 JSON 导出格式(format: hall-kiosk)")
        try:
            data = json.loads(path.read_bytes().decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            # not valid JSON: the AUDIT reader names what it is instead (a web page, a server error …)
            return Shape("audit", "不是有效的 JSON,按省级 AUDIT_* JSON 检查")
        if isinstance(data, dict) and (data.get("format") == "hall-kiosk" or {"matters", "hall"} & set(data)):
            return Shape("json", "本系统的 JSON 导出格式(format: hall-kiosk)", data)
        return Shape("audit", "省级政务服务平台 AUDIT_* JSON", data)
    if suffix in (".xlsx", ".csv"):
        if table_of(path.name) is not None:
            return Shape("national", f"国家标准交换表(单个表文件 {path.name})")
        if suffix == ".xlsx":
            sheets = _sheet_names(path)
            if set(sheets) <= set(SHEET_BY_NAME) or {"事项", "材料"} <= set(sheets):
                return Shape("xlsx", "本系统的 Excel 导出格式(工作表:" + "、".join(sheets[:6]) + ")")
        return Shape("sheet", "办公表格(一行一项材料,按表头识别列)")
    if suffix == ".xls":
        raise UserError(f"{path.name} 是旧版 Excel(.xls):请在 Excel 中“另存为” Excel 工作簿(.xlsx)后再导入")
    raise UserError(
        f"不支持的文件类型 {suffix or '(无扩展名)'}:可以导入 .json、.xlsx、.csv、.zip,或放着国家标准交换表的文件夹"
    )


def _starts_as_export(path: Path) -> bool:
    """Whether the JSON object in ``path`` begins with ``"format": "hall-kiosk"``, as every export
    does (the rest is not read: a file that only begins so is named by the import's checks)."""
    with path.open("rb") as handle:
        stream = JsonStream(handle)
        try:
            return next(stream.members(), None) == "format" and stream.value() == FORMAT_NAME
        except NotStreamable:
            return False


def _sheet_names(path: Path) -> list[str]:
    """The sheet names of a workbook (read from its zip directly, nothing else is parsed)."""
    from openpyxl import load_workbook

    from kiosk.data.exchange.xlsxfile import check_zip

    with path.open("rb") as handle:
        check_zip(handle, path.name)
    try:
        workbook = load_workbook(path, read_only=True)
    except Exception as exc:  # openpyxl raises anything on a damaged file
        raise InvalidImport(
            [Problem(path.name, f"无法读取 Excel 文件,文件可能已损坏或不是 .xlsx 格式({type(exc).__name__})")]
        ) from None
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()
