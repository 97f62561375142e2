"""Importing the spreadsheet an office already keeps (办公表格): one row per material, the matter repeated.

Offices keep their guides as a simple table — 事项名称, 材料名称, 份数, 是否必需, … — with headers
each office words its own way, merged cells for the matter (only its first row filled), and values
typed as people type them (「2份」, 「原件1份、复印件2份」, 「20个工作日」, 「√」). Headers are
matched loosely (synonyms, full-width characters, spaces, 「(必填)」 notes); the mapping found is
shown to the admin, who may change it (console: the import page; command line: ``--map 列名=字段``)
before anything is written. Rows become ``Candidate``s like every other foreign shape.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.data.exchange.candidates import Candidate, Reading, raw_excerpt
from kiosk.data.exchange.cleaning import half_width, parse_bool
from kiosk.data.exchange.national import codes
from kiosk.data.exchange.national.build import split_steps
from kiosk.data.exchange.national.tables import _cell, decode_text
from kiosk.data.exchange.report import Note
from kiosk.errors import InvalidImport, Problem, UserError

HEADER_ROWS = 10  # the header is looked for in the first rows (a title row above it is common)


@dataclass(frozen=True)
class Field:
    key: str  # matter.name, material.copies, …
    label: str  # what the admin sees
    synonyms: tuple[str, ...]


FIELDS: tuple[Field, ...] = (
    Field("matter.code", "事项编码", ("事项编码", "实施编码", "事项代码", "事项编号", "编码", "编号")),
    Field("matter.name", "事项名称", ("事项名称", "办理事项", "服务事项", "事项名", "事项")),
    Field("matter.department", "实施主体", ("实施主体", "实施部门", "办理部门", "责任部门", "承办部门", "责任单位",
                                         "部门名称", "部门", "单位")),
    Field("matter.type", "事项类型", ("事项类型", "事项类别", "类型")),
    Field("matter.handling_kind", "办件类型", ("办件类型",)),
    Field("matter.legal_limit", "法定办结时限", ("法定办结时限", "法定时限", "法定期限")),
    Field("matter.promised_limit", "承诺办结时限",
          ("承诺办结时限", "承诺时限", "承诺期限", "办结时限", "办理时限", "时限")),
    Field("matter.charges", "是否收费", ("是否收费", "收费")),
    Field("matter.fee_statement", "收费标准", ("收费标准", "收费说明", "收费金额")),
    Field("matter.location", "办理地点", ("办理地点", "办理地址", "地点", "地址")),
    Field("matter.window", "办理窗口", ("办理窗口", "窗口")),
    Field("matter.hours", "办理时间", ("办理时间", "办公时间", "时间")),
    Field("matter.consult_phone", "咨询方式", ("咨询电话", "咨询方式", "联系电话", "联系方式", "电话")),
    Field("matter.complaint_phone", "监督投诉方式", ("监督投诉电话", "监督投诉方式", "投诉电话", "监督电话")),
    Field("matter.conditions", "受理条件", ("受理条件", "申请条件", "办理条件")),
    Field("matter.legal_basis", "设定依据", ("设定依据", "办理依据", "法律依据", "政策依据", "依据")),
    Field("matter.steps", "办理流程", ("办理流程", "办事流程", "流程")),
    Field("matter.visits", "到现场次数", ("到办事现场次数", "到现场次数", "跑动次数", "跑腿次数")),
    Field("matter.result_name", "结果名称", ("办理结果", "结果名称", "审批结果")),
    Field("material.name", "材料名称", ("材料名称", "申请材料", "所需材料", "提交材料", "材料清单", "材料")),
    Field("material.originals", "原件份数", ("原件份数", "原件数量", "原件数")),
    Field("material.photocopies", "复印件份数", ("复印件份数", "复印件数量", "复印件数")),
    Field("material.copies", "份数", ("材料份数", "纸质份数", "份数", "数量")),
    Field("material.necessity", "必要性", ("是否必需", "是否必须", "是否必要", "必要性", "必需", "必须", "必要")),
    Field("material.original_or_copy", "原件/复印件", ("原件或复印件", "原件/复印件", "原复印件", "原件复印件")),
    Field("material.form", "材料形式", ("材料形式", "形式")),
    Field("material.kind", "材料类型", ("材料类型",)),
    Field("material.paper_size", "纸质规格", ("纸质规格", "纸张规格", "规格", "纸张")),
    Field("material.source", "来源渠道", ("来源渠道", "材料来源", "来源")),
    Field("material.source_note", "来源说明", ("来源说明", "来源渠道说明")),
    Field("material.signature", "签字要求", ("签字要求", "签章要求", "是否签字", "签字")),
    Field("material.fill_instructions", "填报须知", ("填报须知", "填写说明", "填写要求")),
    Field("material.acceptance_standard", "受理标准", ("受理标准", "材料要求")),
    Field("material.notes", "备注", ("备注", "说明")),
)  # fmt: skip
FIELD_BY_KEY = {f.key: f for f in FIELDS}
IGNORE = "-"  # a column the admin chose not to import
IGNORED_HEADERS = ("序号", "编号序号", "行号")


def normalise(header: str) -> str:
    """A header as compared: full-width half-width, no spaces, no notes in brackets, no * or :."""
    text = unicodedata.normalize("NFKC", header)
    text = re.sub(r"[(\[【<《].*?[)\]】>》]", "", text)
    return re.sub(r"[\s*:：*※#]", "", text).casefold()


SYNONYMS = sorted(((normalise(s), f.key) for f in FIELDS for s in f.synonyms), key=lambda p: -len(p[0]))


def guess(header: str) -> str | None:
    """The field a header most likely names (exact synonym first, then the longest one it contains)."""
    text = normalise(header)
    if not text or text in IGNORED_HEADERS:
        return None
    for synonym, key in SYNONYMS:
        if text == synonym:
            return key
    for synonym, key in SYNONYMS:
        if len(synonym) >= 2 and synonym in text:
            return key
    return None


def field_of(name: str) -> str | None:
    """A field named by its key (material.copies), its label (份数) or a synonym; ``-``/忽略 ignores."""
    text = name.strip()
    if text in (IGNORE, "忽略", "不导入", "ignore", ""):
        return IGNORE
    if text in FIELD_BY_KEY:
        return text
    wanted = normalise(text)
    for f in FIELDS:
        if wanted == normalise(f.label):
            return f.key
    return next((key for synonym, key in SYNONYMS if synonym == wanted), None)  # exact: a target is not guessed


@dataclass
class Layout:
    """Where the table is: sheet, header row, headers, and the column → field mapping."""

    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[int, str]  # column index → field key (columns not in it are not imported)
    duplicates: list[str] = field(default_factory=list)  # headers ignored because their field was taken

    def lines(self) -> list[str]:
        """The mapping for a terminal: 「列 → 字段」, one per column."""
        out = []
        for i, header in enumerate(self.headers):
            if not header:
                continue
            key = self.mapping.get(i)
            target = f"{FIELD_BY_KEY[key].label}({key})" if key else "(不导入)"
            out.append(f"  {header} → {target}")
        return out

    def pairs(self) -> list[tuple[str, str]]:
        return [
            (h, FIELD_BY_KEY[self.mapping[i]].label if i in self.mapping else "(不导入)")
            for i, h in enumerate(self.headers)
            if h
        ]


def _xlsx_rows(path: Path) -> Iterator[tuple[str, int, list[str]]]:
    """(sheet, row number, cells) of every sheet of an .xlsx file (after the zip is measured)."""
    from openpyxl import load_workbook

    from kiosk.data.exchange.xlsxfile import check_zip

    with path.open("rb") as handle:
        check_zip(handle, path.name)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything on a damaged file
        raise InvalidImport([Problem(path.name, f"无法读取 Excel 文件,文件可能已损坏({type(exc).__name__})")]) from None
    try:
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield sheet.title, number, [_cell(v).strip() for v in values]
    finally:
        workbook.close()


def _grid(path: Path) -> list[tuple[str, int, list[str]]]:
    """Every row of the file as (sheet, row number, cells): all sheets of an .xlsx, or a .csv."""
    if path.suffix.lower() != ".csv":
        return list(_xlsx_rows(path))
    text = decode_text(path.read_bytes(), path.name)
    return [(path.name, n, [c.strip() for c in row]) for n, row in enumerate(csv.reader(io.StringIO(text)), start=1)]


def detect(path: Path, overrides: Mapping[str, str] | None = None) -> tuple[Layout, list[tuple[str, int, list[str]]]]:
    """Find the header row (the first with a matter name and a material name column) and map its columns.

    ``overrides`` maps a header (as written) to a field (key, label or synonym; ``-`` to ignore).
    """
    grid = _grid(path)
    best: tuple[int, str, int, list[str]] | None = None
    seen_by_sheet: dict[str, int] = {}
    for sheet, number, cells in grid:
        seen_by_sheet[sheet] = seen_by_sheet.get(sheet, 0) + 1
        if seen_by_sheet[sheet] > HEADER_ROWS:
            continue
        keys = {guess(c) for c in cells if c}
        score = len(keys - {None})
        if "matter.name" in keys and "material.name" in keys and (best is None or score > best[0]):
            best = (score, sheet, number, cells)
    if best is None:
        raise UserError(
            f"{path.name}:没有找到表头(前 {HEADER_ROWS} 行中应有「事项名称」和「材料名称」两列,"
            "写法可以不同,例如「办理事项」「申请材料」)"
        )
    _score, sheet, number, headers = best
    mapping: dict[int, str] = {}
    taken: dict[str, int] = {}
    duplicates = []
    wanted = {normalise(k): v for k, v in (overrides or {}).items()}
    unknown = [k for k in wanted if k not in {normalise(h) for h in headers if h}]
    if unknown:
        raise UserError(f"--map 中的列 {'、'.join(unknown)} 不在表头中(表头:{'、'.join(h for h in headers if h)})")
    for i, header in enumerate(headers):
        if not header:
            continue
        if normalise(header) in wanted:
            key = field_of(wanted[normalise(header)])
            if key is None:
                labels = "、".join(f.label for f in FIELDS)
                raise UserError(
                    f"--map {header}={wanted[normalise(header)]}:没有这个字段(可用:{labels},或 - 表示不导入)"
                )
            if key == IGNORE:
                continue
        else:
            key = guess(header)
        if key is None:
            continue
        if key in taken:
            duplicates.append(header)
            continue
        taken[key] = i
        mapping[i] = key
    rows = [(s, n, cells) for s, n, cells in grid if s == sheet and n > number]
    return Layout(sheet, number, headers, mapping, duplicates), rows


# --- values as people type them ------------------------------------------------------------------

CHINESE_DIGITS = {
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def _integer(text: str) -> int | None:
    text = half_width(text).strip()
    match = re.search(r"\d+", text)
    if match:
        return int(match.group())
    for ch in text:
        if ch in CHINESE_DIGITS:
            return CHINESE_DIGITS[ch]
    return None


def parse_limit(text: str) -> tuple[dict[str, object] | None, str]:
    """「20个工作日」「15天」「即办」 as a time limit; (None, why) when unreadable."""
    plain = half_width(text).strip()
    if not plain:
        return None, ""
    if re.search(r"即办|当场|立即|即时|现场办结", plain):
        return {"value": 0}, "即办"
    value = _integer(plain)
    if value is None:
        return None, f"时限 {text!r} 读不出天数"
    unit = "自然日" if re.search(r"自然日|天|日(?!内工作)", plain) and "工作日" not in plain else "工作日"
    note = "" if re.fullmatch(r"\d+\s*(个)?(工作日|自然日|天|日)?", plain) else plain
    limit: dict[str, object] = {"value": value, "unit": unit}
    if note:
        limit["note"] = note
    return limit, "" if re.search(r"工作日|自然日|天|日", plain) else f"「{text}」没有单位,按工作日"


def parse_counts(text: str) -> dict[str, int]:
    """「2份」「原件1份、复印件2份」 as copies / originals / photocopies."""
    plain = half_width(text)
    found: dict[str, int] = {}
    for key, word in (("originals", "原件"), ("photocopies", "复印件")):
        match = re.search(word + r"\s*[:：]?\s*(\d+|[一二两三四五六七八九十])", plain)
        if match:
            found[key] = _integer(match.group(1)) or 0
    if not found:
        value = _integer(plain)
        if value is not None:
            found["copies"] = value
    return found


def _code(department: str, name: str) -> str:
    return "S" + hashlib.sha1(f"{department}\n{name}".encode()).hexdigest()[:12].upper()


def department_code(name: str) -> str:
    return "D" + hashlib.sha1(name.encode()).hexdigest()[:10].upper()


def read(path: Path, overrides: Mapping[str, str] | None = None) -> tuple[Reading, Layout]:
    """The matters of an office spreadsheet, with the column mapping used."""
    layout, rows = detect(path, overrides)
    column_of = {key: i for i, key in layout.mapping.items()}
    problems: list[Problem] = []
    reading = Reading(mapping=[(h, t) for h, t in layout.pairs()])
    if layout.duplicates:
        reading.general.append(
            Note("warning", "重复的列", f"{'、'.join(layout.duplicates)} 与前面的列是同一字段,未导入(可用 --map 指定)")
        )

    def cell(cells: list[str], key: str) -> str:
        i = column_of.get(key)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    groups: dict[tuple[str, str, str], list[tuple[int, list[str]]]] = {}
    last: list[str] = []
    matter_keys = [k for k in column_of if k.startswith("matter.")]
    for _sheet, number, cells in rows:
        if not any(cells):
            continue
        if not cell(cells, "matter.name") and last:  # merged cells: only the matter's first row is filled
            cells = list(cells) + [""] * max(0, len(layout.headers) - len(cells))
            for key in matter_keys:
                i = column_of[key]
                if not cells[i]:
                    cells[i] = last[i] if i < len(last) else ""
        else:
            last = list(cells) + [""] * max(0, len(layout.headers) - len(cells))
        name = cell(cells, "matter.name")
        if not name:
            reading.general.append(
                Note("skipped", f"第{number}行", "没有事项名称,跳过", f"{layout.sheet}!第{number}行")
            )
            continue
        group = (cell(cells, "matter.code"), cell(cells, "matter.department"), name)
        groups.setdefault(group, []).append((number, cells))
    for (code, department, name), members in groups.items():
        reading.candidates.append(_matter(layout, column_of, code, department, name, members, reading, problems))
    if problems:
        raise InvalidImport(problems)
    if not reading.candidates:
        raise UserError(f"{path.name}:表头下面没有事项数据")
    return reading, layout


def _matter(
    layout: Layout,
    column_of: dict[str, int],
    code: str,
    department: str,
    name: str,
    members: list[tuple[int, list[str]]],
    reading: Reading,
    problems: list[Problem],
) -> Candidate:
    first_number, first = members[0]
    sheet = layout.sheet

    def cell(cells: list[str], key: str) -> str:
        i = column_of.get(key)
        return cells[i].strip() if i is not None and i < len(cells) else ""

    def place(number: int, key: str) -> str:
        i = column_of.get(key)
        return f"{sheet}!第{number}行 {layout.headers[i]}" if i is not None else f"{sheet}!第{number}行"

    values = dict(zip((h for h in layout.headers), first, strict=False))
    last_number = members[-1][0]
    source = f"{sheet}!第{first_number}行" + (f"–第{last_number}行" if last_number != first_number else "")
    candidate = Candidate({"name": name}, source, raw_excerpt(values))
    data = candidate.data
    candidate.places["name"] = place(first_number, "matter.name")
    if not code:
        code = _code(department, name)
        candidate.note("mapped", "事项编码", f"表格没有编码,按部门和名称编为 {code}(再次导入时对得上)")
    data["code"] = code
    candidate.places["code"] = place(first_number, "matter.code")
    dept_name = department or "未注明部门"
    if not department:
        candidate.missing.append("实施主体")
    dept_code = department_code(dept_name)
    data["department"] = dept_code
    reading.departments.setdefault(dept_code, dept_name)
    candidate.places["department"] = place(first_number, "matter.department")
    for key in column_of:  # matter values that differ between the rows of one matter
        if key.startswith("matter.") and key not in ("matter.name", "matter.code", "matter.department"):
            differ = [n for n, cells in members[1:] if cell(cells, key) and cell(cells, key) != cell(first, key)]
            if differ:
                why = f"第{differ[0]}行的值与第{first_number}行不同,按第{first_number}行导入"
                candidate.note("warning", FIELD_BY_KEY[key].label, why, place(differ[0], key))
    for key in ("matter.location", "matter.window", "matter.hours", "matter.consult_phone", "matter.complaint_phone",
                "matter.conditions", "matter.legal_basis", "matter.result_name", "matter.fee_statement"):  # fmt: skip
        text = cell(first, key)
        if text:
            data[key.split(".", 1)[1]] = text
            candidate.places[key.split(".", 1)[1]] = place(first_number, key)
    kind = cell(first, "matter.type")
    if kind:
        word, _how = codes.TASK_TYPE.translate(kind)
        if word is None:
            problems.append(
                Problem(
                    place(first_number, "matter.type"), f"事项类型 {kind!r} 无法识别(可用:{codes.TASK_TYPE.allowed()})"
                )
            )
        else:
            data["type"] = word
    else:
        data["type"] = "公共服务"
        candidate.missing.append("事项类型")
    limits = (
        ("legal_limit", "matter.legal_limit", "法定办结时限"),
        ("promised_limit", "matter.promised_limit", "承诺办结时限"),
    )
    for path, key, what in limits:
        text = cell(first, key)
        limit, why = parse_limit(text)
        if text and limit is None:
            problems.append(Problem(place(first_number, key), why))
        elif limit is None:
            data[path] = {"value": 0}
            candidate.missing.append(what)
        else:
            data[path] = limit
            candidate.places[path] = place(first_number, key)
            if why:
                candidate.note("mapped", what, why, place(first_number, key))
    handling = cell(first, "matter.handling_kind")
    if handling:
        word, _how = codes.PROJECT_TYPE.translate(handling)
        if word is None:
            problems.append(
                Problem(
                    place(first_number, "matter.handling_kind"), f"办件类型 {handling!r} 无法识别(可用:即办件、承诺件)"
                )
            )
        data["handling_kind"] = word or "承诺件"
    else:
        data["handling_kind"] = "即办件" if data["promised_limit"]["value"] == 0 else "承诺件"
        candidate.note("mapped", "办件类型", f"表格没有办件类型,按承诺时限定为「{data['handling_kind']}」")
    charges_text = cell(first, "matter.charges")
    if charges_text:
        flag, why = parse_bool(charges_text)
        if flag is None and "不收" in charges_text:
            flag, why = False, f"「{charges_text}」读作「否」"
        if flag is None:
            problems.append(
                Problem(place(first_number, "matter.charges"), f"是否收费应为 是/否,而不是 {charges_text!r}")
            )
        else:
            data["charges"] = flag
            if why:
                candidate.note("cleaned", "是否收费", why, place(first_number, "matter.charges"))
    visits = cell(first, "matter.visits")
    if visits:
        number = _integer(visits)
        if number is None:
            problems.append(Problem(place(first_number, "matter.visits"), f"到现场次数应为整数,而不是 {visits!r}"))
        else:
            data["visits"] = number
    steps = cell(first, "matter.steps")
    if steps:
        data["steps"] = [{"title": t, "description": d} for t, d in split_steps(steps)]
    materials: list[dict[str, object]] = []
    for number, cells in members:
        material_name = cell(cells, "material.name")
        if not material_name:
            if len(members) > 1:
                candidate.note("skipped", f"第{number}行", "没有材料名称,跳过", f"{sheet}!第{number}行")
            continue
        materials.append(_material(cell, cells, number, place, candidate, len(materials), problems))
    data["materials"] = materials
    candidate.flush_counts()
    return candidate


def _material(cell, cells, number, place, candidate: Candidate, j: int, problems: list[Problem]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    path = f"materials[{j}]"
    candidate.places[path] = place(number, "material.name")
    material: dict[str, object] = {"name": cell(cells, "material.name")}
    for key, table in (("necessity", codes.NECESSITY), ("form", codes.MATERIAL_FORM), ("kind", codes.MATERIAL_KIND),
                       ("source", codes.SOURCE), ("original_or_copy", codes.ORIGINAL_OR_COPY)):  # fmt: skip
        text = cell(cells, f"material.{key}")
        if not text:
            continue
        word, how = table.translate(text)
        if word is None and key == "necessity":
            flag, _ = parse_bool(text)
            word = None if flag is None else ("必要" if flag else "非必要")
            how = f"「{text}」→ {word}" if word else ""
        if word is None:
            problems.append(
                Problem(place(number, f"material.{key}"), f"{table.title} {text!r} 无法识别(可用:{table.allowed()})")
            )
            continue
        material[key] = word
        if how:
            candidate.count(table.title, how)
    counts: dict[str, int] = {}
    for key in ("copies", "originals", "photocopies"):
        text = cell(cells, f"material.{key}")
        if not text:
            continue
        found = parse_counts(text) if key == "copies" else {key: _integer(text)}
        if not found or any(v is None for v in found.values()):
            problems.append(Problem(place(number, f"material.{key}"), f"份数应为整数,而不是 {text!r}"))
            continue
        counts.update({k: v for k, v in found.items() if v is not None})
        candidate.places[f"{path}.{key}"] = place(number, f"material.{key}")
    material.update(counts)
    if ("originals" in counts or "photocopies" in counts) and "original_or_copy" not in material:
        both = counts.get("originals") and counts.get("photocopies")
        material["original_or_copy"] = "原件和复印件" if both else ("复印件" if counts.get("photocopies") else "原件")
    if "copies" not in counts and ("originals" in counts or "photocopies" in counts):
        material["copies"] = max(counts.get("originals", 0), counts.get("photocopies", 0))
    for key in ("paper_size", "source_note", "signature", "fill_instructions", "acceptance_standard", "notes"):
        text = cell(cells, f"material.{key}")
        if text:
            material[key] = text
            candidate.places[f"{path}.{key}"] = place(number, f"material.{key}")
    return material
