"""Sheets and columns of the Excel exchange format (Excel 导入导出的工作表与列), and cell conversion.

Declarative on purpose: every sheet is a table of (表头, field, kind), so a new document field
is one new line here, and ``xlsxfile`` reads and writes every sheet with the same generic code.
Columns whose field starts with ``#`` do not hold a document field but place the row: which
matter it belongs to (事项编码), its order (序号), which material/scenario/file it concerns.

A cell holds one value a person can type: booleans are 是/否, dates ISO text, lists joined by 、
— or one item per line when an item itself contains 、 (情形 options such as 「特困、低保对象」;
in 材料情形 a lone option like that is recognised among the scenario's options).
An empty cell means "the field's default"; where the default is not empty (收费说明 「不收费」,
纸张规格 「A4」, 服务对象 「自然人」) an empty value is written as 「(空)」 so it reads back as empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from kiosk.data.schema import (
    BoardDoc,
    BundleDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    FaqDoc,
    FeeDoc,
    FileDoc,
    HallDoc,
    MaterialDoc,
    MatterDoc,
    NoticeDoc,
    PreDisclosureDoc,
    ScenarioDoc,
    StaffDoc,
    StepDoc,
    ThemeDoc,
    WindowDoc,
)

Kind = Literal["text", "long", "int", "bool", "date", "datetime", "list", "audience", "status"]
# hall: the one row of 大厅; boards: hall.boards; top: a list of the bundle; matter: a list of a
# matter, ordered by 序号; when: material conditions; files: attachments cut into chunks.
Role = Literal["hall", "boards", "top", "matter", "when", "files"]

EMPTY_MARK = "(空)"
EMPTY_MARKS = (EMPTY_MARK, "\uff08空\uff09")  # also with full-width brackets, as a Chinese IME types them
SEPARATOR = "、"
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
CHUNK_CHARS = 30_000

# Placing columns (not document fields).
MATTER = "#matter"
SEQ = "#seq"
MATERIAL = "#material"
SCENARIO = "#scenario"
OPTIONS = "#options"
OWNER = "#owner"
CHUNK = "#chunk"

# System vocabularies are English codes in the documents; admins see Chinese labels.
LABELS: dict[str, dict[str, str]] = {
    "audience": {"对外公开": "public", "对内公开": "staff"},
    "status": {"草稿": "draft", "预公开": "pre_disclosure", "已发布": "published", "已归档": "archived"},
}
WIDTHS: dict[str, int] = {"text": 16, "long": 40, "int": 9, "bool": 9, "date": 12, "datetime": 20, "list": 20}
TRUE_WORDS = frozenset({"是", "true", "1", "yes", "y"})
FALSE_WORDS = frozenset({"否", "false", "0", "no", "n"})
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Column:
    header: str
    field: str  # dotted path inside the row's document, or a placing column (#…)
    kind: Kind = "text"

    @property
    def width(self) -> int:
        return WIDTHS.get(self.kind, 12)


@dataclass(frozen=True)
class Sheet:
    name: str
    role: Role
    attr: str  # the list it fills: a bundle attribute, or a matter attribute for role "matter"
    model: type[BaseModel] | None
    columns: tuple[Column, ...]

    def header_of(self, field: str) -> str | None:
        """The header of ``field`` or of the first column inside it (``legal_limit`` → 法定时限)."""
        for column in self.columns:
            if column.field == field or column.field.startswith(field + "."):
                return column.header
        return None


def _c(header: str, field: str, kind: Kind = "text") -> Column:
    return Column(header, field, kind)


SORT = _c("排序", "sort", "int")
PUBLISH = (
    _c("状态", "status", "status"),
    _c("发布开始", "publish_from", "datetime"),
    _c("发布结束", "publish_until", "datetime"),
)
IN_MATTER = (_c("事项编码", MATTER), _c("序号", SEQ, "int"))


def _limit(label: str, field: str) -> tuple[Column, ...]:
    return (
        _c(label, f"{field}.value", "int"),
        _c(f"{label}单位", f"{field}.unit"),
        _c(f"{label}说明", f"{field}.note"),
    )


SHEETS: tuple[Sheet, ...] = (
    Sheet("大厅", "hall", "hall", HallDoc, (
        _c("名称", "name"), _c("简称", "short_name"), _c("地址", "address"), _c("开放时间", "opening_hours"),
        _c("咨询电话", "consult_phone"), _c("投诉电话", "complaint_phone"), _c("监督电话", "supervision_phone"),
        _c("邮箱", "email"), _c("投诉箱", "complaint_box"), _c("简介", "intro", "long"),
        _c("示例数据", "is_sample", "bool"),
    )),
    Sheet("公开栏", "boards", "boards", BoardDoc, (_c("编码", "code"), _c("标题", "title"), SORT)),
    Sheet("公开内容", "top", "disclosures", DisclosureDoc, (
        _c("编码", "key"), _c("标题", "title"), _c("正文", "body", "long"), _c("公开栏", "board"),
        _c("公开范围", "audience", "audience"), _c("公开周期", "cadence"), SORT, *PUBLISH,
    )),
    Sheet("主题", "top", "themes", ThemeDoc, (_c("编码", "code"), _c("名称", "name"), _c("图标", "icon"), SORT)),
    Sheet("部门", "top", "departments", DepartmentDoc, (
        _c("编码", "code"), _c("名称", "name"), _c("电话", "phone"), _c("地址", "address"), SORT,
    )),
    Sheet("事项", "top", "matters", MatterDoc, (
        _c("编码", "code"), _c("名称", "name", "long"), _c("事项类型", "type"), _c("部门编码", "department"),
        _c("服务对象", "service_objects", "list"), _c("设定依据", "legal_basis", "long"),
        _c("受理条件", "conditions", "long"), _c("办件类型", "handling_kind"),
        *_limit("法定时限", "legal_limit"), *_limit("承诺时限", "promised_limit"),
        _c("是否收费", "charges", "bool"), _c("收费说明", "fee_statement"), _c("办理地点", "location"),
        _c("办理窗口", "window"), _c("办理时间", "hours"), _c("节假日办理", "open_on_holidays", "bool"),
        _c("咨询电话", "consult_phone"), _c("投诉电话", "complaint_phone"), _c("结果名称", "result_name"),
        _c("结果样本", "result_sample"), _c("到现场次数", "visits", "int"), _c("到现场原因", "visits_reason"),
        _c("网上办理", "online", "bool"), _c("网办地址", "online_url"), _c("主题", "themes", "list"),
        _c("生效日期", "effective_from", "date"), _c("取消日期", "effective_until", "date"),
        _c("状态", "status", "status"), _c("示例数据", "is_sample", "bool"), SORT,
    )),
    Sheet("流程", "matter", "steps", StepDoc, (*IN_MATTER, _c("步骤", "title"), _c("说明", "description", "long"))),
    Sheet("收费", "matter", "fees", FeeDoc, (
        *IN_MATTER, _c("收费项目", "name"), _c("收费标准", "standard"), _c("收费依据", "basis", "long"),
        _c("可减免", "reducible", "bool"), _c("减免依据", "reduction_basis", "long"),
    )),
    Sheet("问答", "matter", "faq", FaqDoc, (*IN_MATTER, _c("问题", "question", "long"), _c("回答", "answer", "long"))),
    Sheet("情形", "matter", "scenarios", ScenarioDoc, (
        *IN_MATTER, _c("情形编码", "code"), _c("问题", "question", "long"), _c("选项", "options", "list"),
    )),
    Sheet("材料", "matter", "materials", MaterialDoc, (
        *IN_MATTER, _c("材料名称", "name", "long"), _c("必要性", "necessity"), _c("材料类型", "kind"),
        _c("材料形式", "form"), _c("原件或复印件", "original_or_copy"), _c("份数", "copies", "int"),
        _c("纸张规格", "paper_size"), _c("来源渠道", "source"), _c("来源说明", "source_note"),
        _c("填报须知", "fill_instructions", "long"), _c("受理标准", "acceptance_standard", "long"),
        _c("设定依据", "basis", "long"), _c("备注", "notes", "long"),
    )),
    Sheet("材料情形", "when", "when", None, (
        _c("事项编码", MATTER), _c("材料序号", MATERIAL, "int"), _c("情形编码", SCENARIO), _c("选项", OPTIONS),
    )),
    Sheet("窗口", "top", "windows", WindowDoc, (
        _c("编码", "code"), _c("名称", "name"), _c("职责", "duties", "long"), _c("电话", "phone"),
        _c("位置", "location"), SORT,
    )),
    Sheet("人员", "top", "staff", StaffDoc, (
        _c("编码", "code"), _c("姓名", "name"), _c("职务", "position"), _c("职责", "duties", "long"),
        _c("窗口", "window"), _c("电话", "phone"), _c("在岗", "active", "bool"), SORT,
    )),
    Sheet("通知公告", "top", "notices", NoticeDoc, (
        _c("编码", "key"), _c("标题", "title"), _c("正文", "body", "long"), _c("公开周期", "cadence"),
        _c("优先级", "priority"), SORT, *PUBLISH,
    )),
    Sheet("投诉渠道", "top", "complaint_channels", ComplaintChannelDoc, (
        _c("方式", "kind"), _c("名称", "label"), _c("号码或地址", "value"), _c("说明", "note"), SORT,
    )),
    Sheet("投诉处理结果", "top", "complaint_results", ComplaintResultDoc, (
        _c("编码", "key"), _c("标题", "title"), _c("受理日期", "received_on", "date"),
        _c("情况摘要", "summary", "long"), _c("处理结果", "result", "long"), SORT, *PUBLISH,
    )),
    Sheet("预公开", "top", "pre_disclosures", PreDisclosureDoc, (
        _c("编码", "key"), _c("标题", "title"), _c("方案", "plan", "long"),
        _c("意见截止日期", "opinions_until", "date"), SORT, *PUBLISH,
        _c("决定", "decision", "long"), _c("意见采纳情况", "opinion_summary", "long"),
        _c("方案调整情况", "changes", "long"), _c("决定日期", "decided_on", "date"),
    )),
    Sheet("附件", "files", "files", FileDoc, (
        _c("所属", OWNER), _c("文件名", "filename"), _c("类型", "media_type"), _c("分块序号", CHUNK, "int"),
        _c("数据", "data_base64", "long"),
    )),
)  # fmt: skip
SHEET_BY_NAME = {sheet.name: sheet for sheet in SHEETS}
SHEET_ORDER = {sheet.name: n for n, sheet in enumerate(SHEETS)}

# Where files hang in a bundle (附件 所属); [] stands for an index.
FILE_SLOTS = frozenset(
    {"hall.logo", "matters[].result_sample_file", "matters[].materials[].blank_form",
     "matters[].materials[].sample_form", "staff[].photo"}
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A place in the workbook: sheet, row and column header (or just a sheet, or a bare JSON path)."""

    sheet: str
    row: int = 0
    header: str = ""

    def __str__(self) -> str:
        text = f"{self.sheet}!第{self.row}行" if self.row else self.sheet
        return f"{text} {self.header}" if self.header else text

    def key(self) -> tuple[int, int, int]:
        sheet = SHEET_BY_NAME.get(self.sheet)
        headers = [c.header for c in sheet.columns] if sheet else []
        column = headers.index(self.header) if self.header in headers else len(headers)
        return SHEET_ORDER.get(self.sheet, len(SHEETS)), self.row, column


class CellError(ValueError):
    """A cell whose text cannot be the value of its column, explained in one sentence."""


def empty_reads_back(model: type[BaseModel] | None, field: str) -> bool:
    """Whether an empty cell reads back as an empty value ("" or []) for ``field`` of ``model``."""
    head, _, rest = field.partition(".")
    info = model.model_fields.get(head) if model else None
    if info is None:
        return True
    if rest:
        inner = info.annotation
        return empty_reads_back(inner if isinstance(inner, type) and issubclass(inner, BaseModel) else None, rest)
    default = info.get_default(call_default_factory=True)
    return default is not PydanticUndefined and default in ("", [])


def _text(raw: object) -> str:
    if isinstance(raw, bool):
        return "是" if raw else "否"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dt.datetime) and raw.time() == dt.time():
        return raw.date().isoformat()
    if isinstance(raw, dt.date | dt.time):
        return raw.isoformat()
    return str(raw).strip()


def from_cell(kind: Kind, raw: object) -> Any:
    """A cell's value as pydantic should see it; None for an empty cell (the field's default).

    Values that are merely wrong (份数 「三」) pass through so pydantic explains them like the JSON
    import does; only what pydantic would misread (a number as a date) raises ``CellError``.
    """
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if kind in ("text", "long"):
        text = _text(raw)
        return "" if text in EMPTY_MARKS else text
    if kind == "list":
        text = _text(raw)
        lines = text.splitlines()
        parts = lines if len(lines) > 1 else text.split(SEPARATOR)
        return [] if text in EMPTY_MARKS else [part.strip() for part in parts if part.strip()]
    if kind == "bool":
        if isinstance(raw, str) and raw.strip().lower() in TRUE_WORDS | FALSE_WORDS:
            return raw.strip().lower() in TRUE_WORDS
        return raw
    if kind in ("audience", "status"):
        text = _text(raw)
        labels = LABELS[kind]
        if text in labels:
            return labels[text]
        if text in labels.values():
            return text
        raise CellError(f"取值 {text!r} 无效,应为:{'、'.join(labels)}")
    if kind in ("date", "datetime"):
        return _when(kind, raw)
    return raw.strip() if isinstance(raw, str) else raw


def split_options(text: str, known: list[str]) -> tuple[list[str], list[str]]:
    """The options named in a 材料情形 cell, and the parts that name none of ``known``.

    One option per line, or joined by 、 — where an option itself contains 、, the longest run of
    parts that spells a known option wins.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        return [line for line in lines if line in known], [line for line in lines if line not in known]
    parts = [part.strip() for part in text.split(SEPARATOR)]
    found: list[str] = []
    unknown: list[str] = []
    start = 0
    while start < len(parts):
        end = next((e for e in range(len(parts), start, -1) if SEPARATOR.join(parts[start:e]) in known), None)
        if end is None:
            if parts[start]:
                unknown.append(parts[start])
            start += 1
        else:
            found.append(SEPARATOR.join(parts[start:end]))
            start = end
    return found, unknown


def _when(kind: Kind, raw: object) -> object:
    example = "应为日期,例如 2026-01-31" if kind == "date" else "应为日期时间,例如 2026-01-31 08:00"
    if isinstance(raw, dt.datetime):
        if kind == "datetime":
            return raw
        if raw.time() != dt.time():
            raise CellError(f"{example}(不应带时间)")
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    # pydantic would read a bare number as seconds since 1970: only ISO text is a date here.
    if isinstance(raw, str) and ISO_DATE.match(raw.strip()):
        return raw.strip()
    raise CellError(example)


def to_cell(column: Column, value: object, model: type[BaseModel] | None) -> object:
    """A document value as the cell to write (None: leave the cell empty)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if column.kind in ("audience", "status"):
        return {code: label for label, code in LABELS[column.kind].items()}[str(value)]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        items = [str(item) for item in value]
        if any(len(item.splitlines()) > 1 for item in items):
            raise CellError(f"列表项不能换行(一行一项):{items}")
        if len(items) == 1 and SEPARATOR in items[0] and column.field != OPTIONS:
            raise CellError(f"唯一的一项不能包含「{SEPARATOR}」(会被读成多项):{items[0]}")
        value = ("\n" if any(SEPARATOR in item for item in items) else SEPARATOR).join(items)
    if value == "":
        return None if empty_reads_back(model, column.field) else EMPTY_MARK
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise CellError(f"文字有 {len(value)} 个字符,超过 Excel 单元格上限 {MAX_CELL_CHARS},请改用 JSON 导出")
    return value


def field_value(doc: BaseModel | None, dotted: str) -> object:
    value: Any = doc
    for part in dotted.split("."):
        value = getattr(value, part)
    return value


def sheet_rows(sheet: Sheet, bundle: BundleDoc) -> Iterator[tuple[BaseModel | None, dict[str, object]]]:
    """The rows of ``sheet``: a document, and values for the columns that are not its fields."""
    if sheet.role == "hall" and bundle.hall:
        yield bundle.hall, {}
    elif sheet.role == "boards" and bundle.hall:
        yield from ((board, {}) for board in bundle.hall.boards)
    elif sheet.role == "top":
        yield from ((doc, {}) for doc in getattr(bundle, sheet.attr))
    elif sheet.role == "matter":
        for matter in bundle.matters:
            for seq, item in enumerate(getattr(matter, sheet.attr), start=1):
                yield item, {MATTER: matter.code, SEQ: seq}
    elif sheet.role == "when":
        for matter in bundle.matters:
            for seq, material in enumerate(matter.materials, start=1):
                for code, options in material.when.items():
                    yield None, {MATTER: matter.code, MATERIAL: seq, SCENARIO: code, OPTIONS: options}
    elif sheet.role == "files":
        for owner, file in attachments(bundle):
            starts = range(0, len(file.data_base64), CHUNK_CHARS)
            for n, start in enumerate(starts, start=1):
                chunk = {OWNER: owner, CHUNK: n, "data_base64": file.data_base64[start : start + CHUNK_CHARS]}
                yield file, chunk if n == 1 else {**chunk, "filename": None, "media_type": None}


def attachments(bundle: BundleDoc) -> Iterator[tuple[str, FileDoc]]:
    if bundle.hall and bundle.hall.logo:
        yield "hall.logo", bundle.hall.logo
    for i, matter in enumerate(bundle.matters):
        if matter.result_sample_file:
            yield f"matters[{i}].result_sample_file", matter.result_sample_file
        for j, material in enumerate(matter.materials):
            for slot in ("blank_form", "sample_form"):
                file = getattr(material, slot)
                if file is not None:
                    yield f"matters[{i}].materials[{j}].{slot}", file
    for i, staff in enumerate(bundle.staff):
        if staff.photo:
            yield f"staff[{i}].photo", staff.photo
