"""The Excel exchange format: one sheet per part of a ``BundleDoc`` (sheets and columns in ``xlsx_sheets``).

Hall admins keep their service guides in Excel, so the workbook is made to be edited by hand:
Chinese sheet names and headers, one row per item, 是/否, lists joined by 、. A sheet left out of
a file means that part is not imported. Reading never trusts the file: the zip is measured
before openpyxl opens it, openpyxl parses XML through defusedxml, rows are counted, and every
problem is reported at once at its sheet, row and column (``材料!第12行 份数``).
"""

from __future__ import annotations

import math
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import defusedxml
import openpyxl.xml
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from pydantic import ValidationError

from kiosk.data.exchange.problems import human_message, json_path
from kiosk.data.exchange.xlsx_sheets import (
    CHUNK,
    CONTINUATION,
    FILE_SLOTS,
    MATERIAL,
    MATTER,
    OPTIONS,
    OWNER,
    SCENARIO,
    SEQ,
    SHEET_BY_NAME,
    SHEETS,
    CellError,
    Column,
    Place,
    Sheet,
    continuation_header,
    field_value,
    from_cell,
    pieces,
    sheet_rows,
    split_options,
    to_cell,
)
from kiosk.data.schema import BundleDoc
from kiosk.errors import InvalidImport, Problem, UserError

MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_MEMBERS = 200
MAX_RATIO = 200  # a member this much smaller compressed is a zip bomb …
RATIO_FLOOR = 10 * 1024 * 1024  # … once it unpacks to more than this
MAX_ROWS = 100_000
STRAY_COLUMNS = 10  # columns right of the last header still checked for data without a header
SLOT_PATH = re.compile(r"[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*")


@dataclass
class _Table:
    headers: list[str]  # by column position; "" where the header cell is empty
    rows: list[tuple[int, tuple[Any, ...]]]  # (Excel row number, cell values) of the non-empty rows


@dataclass
class _Row:
    number: int
    doc: dict[str, Any] = field(default_factory=dict)  # document fields, nested for dotted ones
    keys: dict[str, Any] = field(default_factory=dict)  # placing columns (#matter, #seq, …)


def read(path: Path, prepare: Callable[[dict[str, Any]], None] | None = None) -> tuple[BundleDoc, Callable[[str], str]]:
    """Validate a workbook; the function returned turns a JSON path into its sheet, row and column.

    ``prepare`` sees the assembled data before it is validated (the importer cleans matters there).
    """
    with path.open("rb") as handle:
        check_zip(handle, path.name)
        handle.seek(0)
        tables, problems = _read_tables(handle, path.name)
    reader = _Reader(tables, problems)
    data = reader.assemble()
    if prepare is not None:
        prepare(data)
    try:
        bundle = BundleDoc.model_validate(data)
    except ValidationError as exc:
        reader.add_errors(exc)
        error = InvalidImport(reader.sorted_problems())
        error.data, error.locate = data, reader.locate
        raise error from None
    if reader.problems:
        error = InvalidImport(reader.sorted_problems())
        error.data, error.locate = data, reader.locate
        raise error
    return bundle, reader.locate


def _refuse(name: str, message: str) -> InvalidImport:
    return InvalidImport([Problem(name, message)])


def check_zip(handle: IO[bytes], name: str) -> None:
    """Measure the zip before anything unpacks it: members, total size, compression ratio."""
    try:
        with zipfile.ZipFile(handle) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _refuse(name, "不是有效的 .xlsx 文件(无法按 zip 格式打开;可能已损坏、已加密,或是旧版 .xls)") from None
    if len(members) > MAX_MEMBERS:
        raise _refuse(name, f"文件内部含 {len(members)} 个部件,超过上限 {MAX_MEMBERS},不像正常的 Excel 文件")
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED:
        raise _refuse(name, f"文件解压后有 {total // 1024 // 1024} MB,超过上限 {MAX_UNCOMPRESSED // 1024 // 1024} MB")
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise _refuse(name, f"文件内部的 {member.filename} 压缩比异常(可能是压缩炸弹),已拒绝读取")


def _read_tables(handle: IO[bytes], name: str) -> tuple[dict[str, _Table], list[tuple[Place, str]]]:
    if not openpyxl.xml.DEFUSEDXML:
        raise UserError("openpyxl 没有启用 defusedxml(已安装 defusedxml 且未设置 OPENPYXL_DEFUSEDXML=False 时才会启用)")
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, …): nothing an admin must act on.
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            workbook = load_workbook(handle, read_only=True, data_only=True)
            try:
                return _tables(workbook, name)
            finally:
                workbook.close()
    except InvalidImport:
        raise
    except Exception as exc:  # openpyxl raises anything from KeyError to TypeError on a damaged file
        causes = _causes(exc)
        if any(isinstance(cause, defusedxml.DefusedXmlException) for cause in causes):
            raise _refuse(name, "文件含有 XML 实体或文档类型定义(可能是恶意构造的文件),已拒绝读取") from None
        detail = str(causes[-1]).splitlines()[0][:120] if str(causes[-1]) else ""
        message = f"无法读取 Excel 文件,文件可能已损坏或不是 .xlsx 格式({type(causes[-1]).__name__}: {detail})"
        raise _refuse(name, message) from None


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc`` and what it was raised from (openpyxl wraps parse errors in a ValueError)."""
    chain = [exc]
    while (cause := chain[-1].__cause__ or chain[-1].__context__) is not None and len(chain) < 20:
        chain.append(cause)
    return chain


def _tables(workbook: Any, name: str) -> tuple[dict[str, _Table], list[tuple[Place, str]]]:
    tables: dict[str, _Table] = {}
    problems: list[tuple[Place, str]] = []
    for title in workbook.sheetnames:
        worksheet = workbook[title]
        if title not in SHEET_BY_NAME:
            problems.append((Place(title), f"无法识别的工作表,请删除或改名(可用的工作表:{'、'.join(SHEET_BY_NAME)})"))
        elif not isinstance(worksheet, ReadOnlyWorksheet):
            problems.append((Place(title), "不是普通工作表(可能是图表),无法读取"))
        else:
            tables[title] = _table(worksheet, name)
    return tables, problems


def _table(worksheet: ReadOnlyWorksheet, name: str) -> _Table:
    # The <dimension> a file declares may be a lie: never let openpyxl pad rows out to it.
    worksheet.reset_dimensions()
    first = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
    headers = ["" if v is None else re.sub(r"\s+", "", str(v)) for v in first]
    while headers and not headers[-1]:
        headers.pop()
    rows = []
    values: tuple[Any, ...]
    cells = worksheet.iter_rows(min_row=2, max_col=len(headers) + STRAY_COLUMNS, values_only=True)
    for number, values in enumerate(cells, start=2):
        if number > MAX_ROWS + 1:
            raise _refuse(name, f"工作表「{worksheet.title}」超过 {MAX_ROWS} 行数据,文件过大")
        if not all(_blank(v) for v in values):
            rows.append((number, values))
    return _Table(headers, rows)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _get(doc: dict[str, Any], dotted: str) -> object:
    node: Any = doc
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return node


def _put(doc: dict[str, Any], dotted: str, value: object) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        doc = doc.setdefault(part, {})
    doc[last] = value


class _Reader:
    """Turns the sheets' rows into the dict ``BundleDoc`` validates, remembering where each item came from."""

    def __init__(self, tables: dict[str, _Table], problems: list[tuple[Place, str]]) -> None:
        self.tables = tables
        self.problems = problems
        self.data: dict[str, Any] = {}
        self.rows_at: dict[str, tuple[Sheet, int]] = {}  # JSON path of an item -> its sheet and row
        self.present: dict[str, set[str]] = {}  # headers found in each sheet
        # column position -> (the column it continues, its number): 设定依据(续1) continues 设定依据
        self.continued: dict[int, tuple[Column, int]] = {}
        self.bad_cells: set[Place] = set()
        self.matter_index: dict[str, int] = {}
        self.material_index: dict[tuple[int, int], tuple[int, int]] = {}  # (matter, 序号) -> (index, row)
        self.scenario_options: dict[tuple[int, str], list[str]] = {}

    def report(self, place: Place, message: str) -> None:
        self.problems.append((place, message))

    def assemble(self) -> dict[str, Any]:
        handlers = {
            "hall": self._hall,
            "boards": self._boards,
            "top": self._top,
            "matter": self._in_matters,
            "when": self._when,
            "files": self._files,
        }
        for sheet in SHEETS:
            table = self.tables.get(sheet.name)
            if table is not None:
                handlers[sheet.role](sheet, self._rows(sheet, table))
        return self.data

    def _columns(self, sheet: Sheet, headers: list[str]) -> list[Column | None]:
        by_header = {c.header: c for c in sheet.columns}
        columns: list[Column | None] = []
        seen: dict[str, int] = {}
        self.continued = {}
        for index, header in enumerate(headers, start=1):
            column = by_header.get(header)
            more = CONTINUATION.fullmatch(header)
            if column is None and more and more["base"] in by_header and header not in seen:
                self.continued[index - 1] = (by_header[more["base"]], int(more["n"]))
                seen[header] = index
                columns.append(None)
                continue
            if header and column is None:
                known = "、".join(by_header)
                self.report(Place(sheet.name, 1, header), f"无法识别的列「{header}」,请检查拼写(本表的列:{known})")
            elif column is not None and header in seen:
                self.report(Place(sheet.name, 1, header), f"列「{header}」重复(第 {seen[header]} 列和第 {index} 列)")
                column = None
            elif column is not None:
                seen[header] = index
            columns.append(column)
        self.present[sheet.name] = set(seen)
        return columns

    def _rows(self, sheet: Sheet, table: _Table) -> list[_Row]:
        columns = self._columns(sheet, table.headers)
        stray: set[int] = set()
        rows = []
        for number, values in table.rows:
            row = _Row(number)
            tails: dict[str, list[tuple[int, str]]] = {}
            for index, raw in enumerate(values):
                column = columns[index] if index < len(columns) else None
                if index in self.continued:
                    base, n = self.continued[index]
                    if not _blank(raw):
                        tails.setdefault(base.field, []).append((n, str(raw)))
                    continue
                if column is None:
                    headless = index >= len(table.headers) or not table.headers[index]
                    if headless and not _blank(raw) and index not in stray:
                        stray.add(index)
                        self.report(Place(sheet.name, number, f"{get_column_letter(index + 1)}列"), "该列没有表头")
                    continue
                try:
                    value = from_cell(column.kind, raw)
                except CellError as exc:
                    place = Place(sheet.name, number, column.header)
                    self.bad_cells.add(place)
                    self.report(place, str(exc))
                    continue
                if value is not None:
                    _put(row.keys if column.field.startswith("#") else row.doc, column.field, value)
            for dotted, parts in tails.items():  # a long text split over continuation columns
                head = _get(row.doc, dotted)
                _put(row.doc, dotted, (head if isinstance(head, str) else "") + "".join(p for _, p in sorted(parts)))
            rows.append(row)
        return rows

    def _at(self, path: str, sheet: Sheet, row: _Row) -> None:
        self.rows_at[path] = (sheet, row.number)

    def _hall(self, sheet: Sheet, rows: list[_Row]) -> None:
        if rows:
            self.data["hall"] = rows[0].doc
            self._at("hall", sheet, rows[0])
        for row in rows[1:]:
            self.report(Place(sheet.name, row.number), "「大厅」工作表只能有一行数据")

    def _boards(self, sheet: Sheet, rows: list[_Row]) -> None:
        if rows and "hall" not in self.data:
            self.report(Place(sheet.name, rows[0].number), "公开栏属于大厅:请同时填写「大厅」工作表")
        elif rows:
            self.data["hall"]["boards"] = [row.doc for row in rows]
            for i, row in enumerate(rows):
                self._at(f"hall.boards[{i}]", sheet, row)

    def _top(self, sheet: Sheet, rows: list[_Row]) -> None:
        self.data[sheet.attr] = [row.doc for row in rows]
        for i, row in enumerate(rows):
            self._at(f"{sheet.attr}[{i}]", sheet, row)
            code = row.doc.get("code")
            if sheet.attr != "matters" or code is None:
                continue
            if code in self.matter_index:
                first = rows[self.matter_index[code]].number
                self.report(Place(sheet.name, row.number, "编码"), f"事项编码 {code!r} 与第 {first} 行重复")
            else:
                self.matter_index[code] = i

    def _matter_of(self, sheet: Sheet, row: _Row) -> int | None:
        code = row.keys.get(MATTER)
        if code is None:
            self.report(Place(sheet.name, row.number, "事项编码"), "缺少事项编码")
            return None
        if code not in self.matter_index:
            self.report(Place(sheet.name, row.number, "事项编码"), f"「事项」工作表中没有编码为 {code!r} 的事项")
        return self.matter_index.get(code)

    def _number(self, sheet: Sheet, row: _Row, key: str, *, required: bool = False) -> int | None:
        raw = row.keys.get(key)
        header = next(c.header for c in sheet.columns if c.field == key)
        if raw is None and required:
            self.report(Place(sheet.name, row.number, header), f"缺少{header}")
        if raw is None:
            return None
        text = str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw)
        if isinstance(raw, bool) or not text.isdigit() or int(text) < 1:
            self.report(Place(sheet.name, row.number, header), f"{header}应为正整数,而不是 {raw!r}")
            return None
        return int(text)

    def _in_matters(self, sheet: Sheet, rows: list[_Row]) -> None:
        """Steps, fees, questions, scenarios and materials: grouped by 事项编码, ordered by 序号."""
        groups: dict[int, list[tuple[float, int, _Row]]] = {}
        for row in rows:
            seq = self._number(sheet, row, SEQ)
            i = self._matter_of(sheet, row)
            if i is not None:
                groups.setdefault(i, []).append((math.inf if seq is None else seq, row.number, row))
        for i, items in groups.items():
            items.sort(key=lambda item: item[:2])
            self.data["matters"][i][sheet.attr] = [row.doc for _, _, row in items]
            for j, (order, _, row) in enumerate(items):
                self._at(f"matters[{i}].{sheet.attr}[{j}]", sheet, row)
                if sheet.attr == "scenarios" and "code" in row.doc:
                    self.scenario_options[(i, row.doc["code"])] = row.doc.get("options", [])
                if sheet.attr == "materials" and order != math.inf:
                    self._number_material(sheet, i, int(order), j, row)

    def _number_material(self, sheet: Sheet, i: int, seq: int, j: int, row: _Row) -> None:
        if (i, seq) in self.material_index:
            first = self.material_index[(i, seq)][1]
            self.report(Place(sheet.name, row.number, "序号"), f"材料序号 {seq} 与第 {first} 行重复")
        else:
            self.material_index[(i, seq)] = (j, row.number)

    def _when(self, sheet: Sheet, rows: list[_Row]) -> None:
        """材料情形: under which answers a material is needed."""
        seen: dict[tuple[int, int, str], int] = {}
        for row in rows:
            i = self._matter_of(sheet, row)
            seq = self._number(sheet, row, MATERIAL, required=True)
            code, options = row.keys.get(SCENARIO), row.keys.get(OPTIONS)
            if code is None:
                self.report(Place(sheet.name, row.number, "情形编码"), "缺少情形编码")
            if not options:
                self.report(Place(sheet.name, row.number, "选项"), "缺少选项(多个选项用「、」分隔)")
            if i is None or seq is None or code is None or not options:
                continue
            matter = self.data["matters"][i]
            if (i, seq) not in self.material_index:
                self.report(Place(sheet.name, row.number, "材料序号"), f"事项 {matter['code']} 没有序号为 {seq} 的材料")
                continue
            known = self.scenario_options.get((i, code))
            if known is None:
                self.report(
                    Place(sheet.name, row.number, "情形编码"), f"事项 {matter['code']} 没有编码为 {code!r} 的情形"
                )
                continue
            options, unknown = split_options(options, known)
            j = self.material_index[(i, seq)][0]
            if unknown or not options:
                quoted = "、".join(f"「{option}」" for option in known)
                message = f"情形 {code} 没有选项 {'、'.join(unknown) or '(空)'}(可选:{quoted})"
                self.report(Place(sheet.name, row.number, "选项"), message)
            elif (i, j, code) in seen:
                self.report(Place(sheet.name, row.number, "情形编码"), f"与第 {seen[(i, j, code)]} 行重复")
            else:
                seen[(i, j, code)] = row.number
                matter["materials"][j].setdefault("when", {})[code] = options
                self._at(f"matters[{i}].materials[{j}].when.{code}", sheet, row)

    def _files(self, sheet: Sheet, rows: list[_Row]) -> None:
        """附件: each file's base64 text in chunks, numbered from 1, under its owner's JSON path."""
        owners: dict[str, list[tuple[int, _Row]]] = {}
        for row in rows:
            owner = row.keys.get(OWNER)
            chunk = self._number(sheet, row, CHUNK, required=True)
            if owner is None:
                self.report(Place(sheet.name, row.number, "所属"), "缺少所属(例如 matters[0].materials[1].blank_form)")
            elif chunk is not None:
                owners.setdefault(re.sub(r"\s+", "", owner), []).append((chunk, row))
        for owner, chunks in owners.items():
            chunks.sort(key=lambda chunk: (chunk[0], chunk[1].number))
            first = chunks[0][1]
            slot = self._slot(owner)
            numbers = [n for n, _ in chunks]
            empty = [row for _, row in chunks if not row.doc.get("data_base64")]
            if slot is None:
                self.report(Place(sheet.name, first.number, "所属"), f"找不到附件的所属位置 {owner!r}")
            elif numbers != list(range(1, len(chunks) + 1)):
                message = f"附件 {owner} 的分块序号应为 1 到 {len(chunks)} 各一次,实为 {numbers}"
                self.report(Place(sheet.name, first.number, "分块序号"), message)
            for row in empty:
                self.report(Place(sheet.name, row.number, "数据"), "附件数据为空")
            if slot is None or empty or numbers != list(range(1, len(chunks) + 1)):
                continue
            container, key = slot
            container[key] = {
                **{k: v for k, v in first.doc.items() if k != "data_base64"},
                "data_base64": "".join(row.doc["data_base64"] for _, row in chunks),
            }
            self._at(owner, sheet, first)

    def _slot(self, owner: str) -> tuple[dict[str, Any], str] | None:
        """The dict and key that ``owner`` (``matters[3].materials[2].blank_form``) names, if it exists."""
        if not SLOT_PATH.fullmatch(owner) or re.sub(r"\[\d+\]", "[]", owner) not in FILE_SLOTS:
            return None
        *parents, last = re.findall(r"([a-z_]+)|\[(\d+)\]", owner)
        node: Any = self.data
        for name, index in parents:
            if name:
                node = node.get(name) if isinstance(node, dict) else None
            else:
                node = node[int(index)] if isinstance(node, list) and int(index) < len(node) else None
        return (node, last[0]) if isinstance(node, dict) else None

    def _place(self, path: str) -> Place | None:
        """Where in the workbook the item at JSON ``path`` (or the nearest one containing it) was read."""
        prefix = path
        while prefix not in self.rows_at:
            cut = max(prefix.rfind("."), prefix.rfind("["))
            if cut <= 0:
                return None
            prefix = prefix[:cut]
        sheet, number = self.rows_at[prefix]
        rest = path[len(prefix) :].lstrip(".")
        header = "选项" if sheet.role == "when" else ""
        while rest and not header:
            header = sheet.header_of(rest) or ""
            rest = rest[: max(rest.rfind("."), rest.rfind("["), 0)]
        return Place(sheet.name, number, header)

    def locate(self, path: str) -> str:
        place = self._place(path)
        return str(place) if place else path

    def add_errors(self, error: ValidationError) -> None:
        missing_columns: set[Place] = set()
        for detail in error.errors():
            path = json_path(tuple(detail["loc"]))
            place = self._place(path) or Place(path)
            if place in self.bad_cells:
                continue  # already explained by the cell's own problem
            if detail["type"] == "missing" and place.header and place.header not in self.present.get(place.sheet, ()):
                column = Place(place.sheet, 1, place.header)
                if column not in missing_columns:
                    missing_columns.add(column)
                    self.report(column, f"缺少必填列「{place.header}」")
                continue
            self.report(place, human_message(detail))

    def sorted_problems(self) -> list[Problem]:
        unique = dict.fromkeys(self.problems)
        return [Problem(str(place), message) for place, message in sorted(unique, key=lambda p: p[0].key())]


def write(bundle: BundleDoc, path: Path) -> None:
    """Write every part of ``bundle``, one sheet each, all sheets present even when empty (a template).

    A text longer than an Excel cell holds goes on in continuation columns (设定依据(续1), …) placed
    right after its column, which the reader joins back: every database can be exported.
    """
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for sheet in SHEETS:
        worksheet = workbook.create_sheet(sheet.name)
        rows = list(sheet_rows(sheet, bundle))
        values = [
            [extra[c.field] if c.field in extra else field_value(doc, c.field) for c in sheet.columns]
            for doc, extra in rows
        ]
        split: dict[int, int] = {}  # column index -> how many continuation columns it needs
        for row_values in values:
            for index, value in enumerate(row_values):
                if isinstance(value, str) and sheet.columns[index].kind in ("text", "long"):
                    split[index] = max(split.get(index, 0), len(pieces(value)) - 1)
        position = 1
        starts: list[int] = []
        for index, column in enumerate(sheet.columns):
            starts.append(position)
            for n in range(split.get(index, 0) + 1):
                header = column.header if n == 0 else continuation_header(column.header, n)
                worksheet.cell(row=1, column=position, value=header).font = bold
                worksheet.column_dimensions[get_column_letter(position)].width = column.width
                position += 1
        worksheet.freeze_panes = "A2"
        for number, row_values in enumerate(values, start=2):
            for index, column in enumerate(sheet.columns):
                value = row_values[index]
                parts = pieces(value) if isinstance(value, str) and index in split else [value]
                try:
                    cells = [to_cell(column, parts[0], sheet.model), *parts[1:]]
                    for offset, cell_value in enumerate(cells):
                        if cell_value is None:
                            continue
                        cell = worksheet.cell(row=number, column=starts[index] + offset, value=cell_value)
                        if isinstance(cell_value, str):
                            cell.data_type = "s"  # text, never a formula: 「=1+1」 stays as typed
                except (CellError, IllegalCharacterError) as exc:
                    reason = str(exc) if isinstance(exc, CellError) else "含有 Excel 不能保存的控制字符"
                    raise UserError(f"无法写入 {Place(sheet.name, number, column.header)}:{reason}") from None
    workbook.save(path)
