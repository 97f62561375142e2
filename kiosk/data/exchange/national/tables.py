"""The national exchange tables (国家标准交换表) as files: which tables, which columns, and reading them.

A county exports its 办事指南 as the tables of the 政务服务事项 data exchange, one file per table
named after it (``up_task_general_basic.csv``, ``dn_audit_item_condition.xlsx`` …), in a folder or a
zip. Column names are those of the published table definitions (the ``CREATE TABLE`` statements
of ``up_task_general_*`` and the 情形 tables ``dn_audit_item_condition`` /
``dn_audit_material_condition``); ``COLUMNS`` says where each one goes in the guide, and the same
table is printed in docs/import-format.md and in the import report.

Reading never trusts the file: UTF-8 only (a GBK file is named as such, not guessed), sizes and
zip members measured first, every row remembered with its file and line for the report.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from kiosk.errors import InvalidImport, Problem

MAX_ROWS = 500_000
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class TableDef:
    """One exchange table: the names it is exported under, and how its rows join."""

    key: str  # the kiosk's short name
    names: tuple[str, ...]  # file names (without extension) it may carry
    title: str
    task_column: str  # the column naming the matter (row_guid for the basic table)
    required: tuple[str, ...]


TABLES: tuple[TableDef, ...] = (
    TableDef("basic", ("up_task_general_basic", "dn_task_general_basic"), "事项基本信息", "row_guid",
             ("row_guid", "task_code", "task_name")),
    TableDef("extend", ("up_task_general_extend", "dn_task_general_extend"), "事项扩展信息", "task_guid",
             ("row_guid", "task_guid")),
    TableDef("material", ("up_task_general_material", "dn_task_general_material"), "申请材料", "task_guid",
             ("row_guid", "task_guid", "material_name")),
    TableDef("fee", ("up_task_general_fee_project", "dn_task_general_fee_project"), "收费项目", "task_guid",
             ("row_guid", "task_guid", "fee_name")),
    TableDef("question", ("up_task_general_questions", "dn_task_general_questions"), "常见问题", "task_guid",
             ("row_guid", "task_guid", "question", "answer")),
    TableDef("condition", ("dn_audit_item_condition", "up_audit_item_condition"), "情形", "task_guid",
             ("row_guid", "task_guid", "condition_name")),
    TableDef("link", ("dn_audit_material_condition", "up_audit_material_condition"), "情形与材料", "",
             ("row_guid", "condition_guid", "material_guid")),
)  # fmt: skip
TABLE_BY_NAME = {name: table for table in TABLES for name in table.names}
TABLE_BY_KEY = {table.key: table for table in TABLES}

# Where each published column goes: (table, column) → the guide's field, as the admin reads it.
# Columns not listed (ids, versions, tenants, single sign-on flags …) are not part of a guide.
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "basic": (
        ("task_code", "事项编码 code(实施编码;空时用 local_task_code)"),
        ("task_name", "事项名称 name"),
        ("task_type", "事项类型 type(代码表 §5.4)"),
        ("dept_code", "实施主体编码 department"),
        ("dept_name", "实施主体名称(部门名称)"),
        ("server_type", "服务对象 service_objects(逗号分隔的代码)"),
        ("by_law", "设定依据 legal_basis"),
        ("accept_condition", "受理条件 conditions"),
        ("handle_flow", "办理流程 steps(按行或编号拆成步骤)"),
        ("project_type", "办件类型 handling_kind"),
        ("anticipate_day", "法定办结时限 legal_limit.value"),
        ("anticipate_type", "法定时限单位 legal_limit.unit"),
        ("anticipate_explain", "法定时限说明 legal_limit.note"),
        ("promise_day", "承诺办结时限 promised_limit.value"),
        ("promise_type", "承诺时限单位 promised_limit.unit"),
        ("promise_explain", "承诺时限说明 promised_limit.note"),
        ("is_fee", "是否收费 charges"),
        ("fee_basis", "收费依据(收费项目没有依据时用)"),
        ("transact_addr", "办理地点 location"),
        ("transact_time", "办理时间 hours"),
        ("link_way", "咨询方式 consult_phone"),
        ("supervise_way", "监督投诉方式 complaint_phone"),
        ("limit_scene_num", "到办事现场次数 visits"),
        ("link_addr", "网办地址(扩展表没有 online_handle_url 时)"),
        ("plan_effective_date", "计划生效日期 effective_from"),
        ("plan_cancel_date", "计划取消日期 effective_until"),
        ("task_state", "事项状态:在用→已发布,暂停/取消→已归档"),
        ("row_guid", "事项唯一标识(其他表的 task_guid 指向它)"),
        ("cd_operation", "同步类型 I/U/D"),
        ("cd_batch", "批次号"),
        ("cd_time", "同步时间"),
    ),
    "extend": (
        ("task_guid", "所属事项"),
        ("is_online", "是否网办 online"),
        ("online_handle_url", "网办地址 online_url"),
        ("limit_scene_explain", "必须现场办理原因 visits_reason"),
        ("result_name", "审批结果名称 result_name"),
        ("result_guid", "结果样本(平台附件,不导入,报告中提示)"),
    ),
    "material": (
        ("task_guid", "所属事项"),
        ("material_name", "材料名称 name"),
        ("order_num", "排序"),
        ("is_need", "必要性 necessity"),
        ("material_type", "材料类型 kind"),
        ("material_format", "材料形式 form"),
        ("page_num", "纸质材料份数 copies"),
        ("page_format", "纸质材料规格 paper_size"),
        ("source_type", "来源渠道 source"),
        ("source_explain", "来源渠道说明 source_note"),
        ("fill_explain", "填报须知 fill_instructions"),
        ("accept_stand", "受理标准 acceptance_standard"),
        ("by_law", "要求提供材料的依据 basis"),
        ("remark", "备注 notes"),
        ("form_guid", "空白表格(平台附件,不导入)"),
        ("example_guid", "示例样表(平台附件,不导入)"),
    ),
    "fee": (
        ("task_guid", "所属事项"),
        ("fee_name", "收费项目名称 fees.name"),
        ("fee_stand", "收费标准 fees.standard"),
        ("by_law", "收费依据 fees.basis"),
        ("is_desc", "是否允许减免 fees.reducible"),
        ("desc_explain", "允许减免依据 fees.reduction_basis"),
        ("order_num", "排序"),
    ),
    "question": (
        ("task_guid", "所属事项"),
        ("question", "问题 faq.question"),
        ("answer", "答案 faq.answer"),
        ("order_num", "排序"),
    ),
    "condition": (
        ("task_guid", "所属事项"),
        ("condition_name", "情形名称:情形问题的一个选项"),
        ("condition_desc", "情形描述(报告中列出)"),
        ("order_num", "情形排序"),
    ),
    "link": (
        ("condition_guid", "情形(dn_audit_item_condition.row_guid)"),
        ("material_guid", "材料(up_task_general_material.row_guid):选了该情形才需要"),
    ),
}


@dataclass
class SourceRow:
    """A row of an exchange table as read, with its place in the files."""

    table: str  # TableDef.key
    values: dict[str, str]  # column (lower case) → text
    place: str  # 「up_task_general_material.csv 第12行」
    order: int  # position across all files, for a stable order


@dataclass
class SourceTables:
    """Every row found, by table, and which files they came from."""

    rows: dict[str, list[SourceRow]] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # files that are no exchange table


def table_of(name: str) -> TableDef | None:
    """The table a file is named after (``up_task_general_basic.csv``, ``…_basic_2024.xlsx`` too)."""
    stem = PurePosixPath(name).stem.lower()
    if stem in TABLE_BY_NAME:
        return TABLE_BY_NAME[stem]
    # longest name first: up_task_general_basic_2 belongs to basic, not to a shorter prefix
    for table_name in sorted(TABLE_BY_NAME, key=len, reverse=True):
        if stem.startswith(table_name + "_") or stem.startswith(table_name + "-"):
            return TABLE_BY_NAME[table_name]
    return None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _refuse(where: str, message: str) -> InvalidImport:
    return InvalidImport([Problem(where, message)])


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text (with or without BOM); a GBK/GB18030 file is refused with how to save it."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        data.decode("gb18030")
    except UnicodeDecodeError:
        raise _refuse(name, "文件不是 UTF-8 编码的文本,无法读取") from None
    raise _refuse(
        name,
        "文件是 GBK/GB18030 编码,不是 UTF-8:请用 Excel 或记事本“另存为”CSV UTF-8 后再导入(为免把字读错,本系统不猜编码)",
    )


def read_csv(data: bytes, name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row by lower-case column) for each non-empty row of a CSV file."""
    text = decode_text(data, name)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, [])
        columns = [h.strip().lower() for h in header]
        for number, values in enumerate(reader, start=2):
            if number > MAX_ROWS:
                raise _refuse(name, f"超过 {MAX_ROWS} 行,文件过大")
            if not any(v.strip() for v in values):
                continue
            yield number, {c: v for c, v in zip(columns, values, strict=False) if c}
    except csv.Error as exc:
        raise _refuse(f"{name} 第{reader.line_num}行", f"CSV 格式错误:{exc}") from None


def read_xlsx(data: bytes, name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """The first sheet of an .xlsx file, read like a CSV (after the zip is measured)."""
    from openpyxl import load_workbook

    from kiosk.data.exchange.xlsxfile import check_zip

    handle = io.BytesIO(data)
    check_zip(handle, name)
    handle.seek(0)
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything on a damaged file
        raise _refuse(name, f"无法读取 Excel 文件,文件可能已损坏({type(exc).__name__})") from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        rows = sheet.iter_rows(values_only=True)
        columns = [_cell(v).strip().lower() for v in next(rows, ())]
        for number, values in enumerate(rows, start=2):
            if number > MAX_ROWS:
                raise _refuse(name, f"超过 {MAX_ROWS} 行,文件过大")
            cells = [_cell(v) for v in values]
            if any(c.strip() for c in cells):
                yield number, {c: v for c, v in zip(columns, cells, strict=False) if c}
    finally:
        workbook.close()


def _files(path: Path) -> Iterator[tuple[str, bytes]]:
    """(name, content) of every file in a folder (not recursing into hidden ones), a zip, or one table file."""
    if path.is_file() and path.suffix.lower() in (".csv", ".xlsx"):
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refuse(path.name, f"文件过大(上限 {MAX_FILE_BYTES // 1024 // 1024} MB)")
        yield path.name, path.read_bytes()
        return
    if path.is_dir():
        for file in sorted(path.rglob("*")):
            if file.is_file() and not any(part.startswith(".") for part in file.relative_to(path).parts):
                if file.stat().st_size > MAX_FILE_BYTES:
                    raise _refuse(file.name, f"文件过大(上限 {MAX_FILE_BYTES // 1024 // 1024} MB)")
                yield str(file.relative_to(path)), file.read_bytes()
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise _refuse(path.name, "不是完整的 zip 文件(可能下载或复制不完整,或已损坏),请重新导出") from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        total = sum(m.file_size for m in members)
        if len(members) > 500 or total > 4 * MAX_FILE_BYTES:
            raise _refuse(path.name, "zip 文件内部的文件过多或解压后过大,不像交换表导出")
        for member in members:
            if member.file_size > 100 * 1024 * 1024 and member.file_size > 200 * max(member.compress_size, 1):
                raise _refuse(path.name, f"zip 内的 {member.filename} 压缩比异常(可能是压缩炸弹),已拒绝读取")
            try:
                yield member.filename, archive.read(member)
            except (zipfile.BadZipFile, EOFError, OSError, zipfile.LargeZipFile) as exc:
                raise _refuse(f"{path.name}:{member.filename}", f"zip 文件已损坏,无法解压({exc})") from None


def read_tables(path: Path) -> SourceTables:
    """Every exchange-table row in the folder or zip ``path``."""
    found = SourceTables()
    order = 0
    for name, data in _files(path):
        table = table_of(name)
        suffix = PurePosixPath(name).suffix.lower()
        if table is None or suffix not in (".csv", ".xlsx"):
            found.ignored.append(name)
            continue
        found.files.append(name)
        label = PurePosixPath(name).name
        reader = read_csv(data, label) if suffix == ".csv" else read_xlsx(data, label)
        rows = found.rows.setdefault(table.key, [])
        first = True
        for number, values in reader:
            if first:
                missing = [c for c in table.required if c not in values]
                if missing:
                    raise _refuse(f"{label} 第1行", f"缺少必需的列 {'、'.join(missing)}(表 {table.names[0]})")
                first = False
            order += 1
            rows.append(SourceRow(table.key, values, f"{label} 第{number}行", order))
    if not found.files:
        listed = "、".join(found.ignored[:5]) or "(空)"
        raise _refuse(
            path.name,
            f"没有找到国家标准交换表文件(应为 up_task_general_basic.csv 等,以表名命名);找到的文件:{listed}",
        )
    return found
