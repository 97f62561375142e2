"""One import, whatever the shape: read, clean, check, gate, save — all or nothing — and report.

The steps every import passes through, so a national table, a provincial JSON, an office
spreadsheet and the kiosk's own files are treated alike:

1. **read** the shape (``detect``) into documents or candidates, every part remembering its place;
2. **clean** text fields (``cleaning``): HTML, entities, control characters, spaces, placeholders;
3. **check** each matter against the schema; every problem, with the database's (an unknown
   department) in the same run, refuses the whole file;
4. **gate**: junk matters and materials and duplicates are skipped, contradictions reported, and a
   matter breaking a quality rule goes in as a draft unless ``publish_anyway``;
5. **save** through the shared ``save_bundle`` in one transaction (a dry run rolls it back), apply
   national deletions, and fill in what became of each matter.

A backup being restored skips 2 and 4: it must come back exactly as it was saved.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.exchange import COMMITTING, MAX_FILE_BYTES, READING, SAVING
from kiosk.data.exchange.candidates import Candidate, Reading
from kiosk.data.exchange.cleaning import clean_tree, field_words, junk_reason, name_key
from kiosk.data.exchange.detect import Shape, detect
from kiosk.data.exchange.problems import human_message, json_path
from kiosk.data.exchange.report import ImportReport, MatterEntry, Note
from kiosk.data.schema import NO_FEE, BundleDoc, DepartmentDoc, MatterDoc
from kiosk.data.store import save_bundle
from kiosk.errors import InvalidImport, Problem, UserError
from kiosk.services.quality import check_matter

NO_FEE_WORDS = frozenset({"", "无", "免费", "不收取费用", "无收费", "不收取任何费用", "否", "0", "0元"})

Ticks = Callable[[int, int], None]


def import_any(
    database: Database,
    path: Path,
    *,
    fmt: str = "auto",
    dry_run: bool = False,
    actor: str = "cli",
    progress: Callable[[str], None] | None = None,
    ticks: Ticks | None = None,
    publish_anyway: bool = False,
    column_map: Mapping[str, str] | None = None,
    as_backup: bool = False,
    shape: Shape | None = None,
) -> ImportReport:
    """Import ``path`` all or nothing and say what was done; with ``dry_run`` change nothing.

    A real import writes one audit row (action ``import``) in the same transaction as the content.
    Python's cyclic garbage collector is paused meanwhile: an import of 5,000 matters allocates
    millions of small objects, none of them in cycles, and the collector scanning them again and
    again cost a third of the time.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _import(
            database, path, fmt, dry_run, actor, progress, ticks, publish_anyway, column_map, as_backup, shape
        )
    finally:
        if collecting:
            gc.enable()


def _import(
    database: Database,
    path: Path,
    fmt: str,
    dry_run: bool,
    actor: str,
    progress: Callable[[str], None] | None,
    ticks: Ticks | None,
    publish_anyway: bool,
    column_map: Mapping[str, str] | None,
    as_backup: bool,
    shape: Shape | None,
) -> ImportReport:
    step = progress or (lambda _step: None)
    tick = ticks or (lambda _done, _total: None)
    step(READING)
    shape = shape or detect(path, fmt)
    report = ImportReport(path=str(path), shape=shape.kind, detected=shape.description, dry_run=dry_run)
    own: BundleDoc | None = None  # the kiosk's own file, read already
    locate: Callable[[str], str] | None = None  # where in that file a problem is
    reading: Reading | None = None
    national_files: Any = None
    if shape.kind in ("json", "xlsx"):
        own, locate = _read_own(database, path, shape, report, clean=not as_backup)
    elif shape.kind == "audit":
        from kiosk.data.exchange import audit_json

        reading = audit_json.read(path, shape.parsed)
    elif shape.kind == "sheet":
        from kiosk.data.exchange import office_sheet

        reading, _layout = office_sheet.read(path, column_map)
    else:
        from kiosk.data.exchange import national

        national_files = national.read_files(path)
    step(SAVING)
    with database.session() as session:
        try:
            if national_files is not None:
                from kiosk.data.exchange import national

                reading = national.resolve(session, national_files)
            if reading is not None:
                bundle = _from_candidates(session, reading, report, tick)
                deletions = reading.deletions
            else:
                assert own is not None
                bundle, own = own, None  # only ``bundle`` holds the documents: released as they are saved
                deletions = []
            if not as_backup:
                gated = _gate(bundle.matters, report, publish_anyway, foreign=locate is None)
                bundle = bundle.model_copy(update={"matters": gated})
            saved = save_bundle(session, bundle, action="import", actor=actor, release=True)
            _delete(session, deletions, report)
        except InvalidImport as exc:
            session.rollback()
            if locate is not None:
                raise InvalidImport([Problem(locate(p.where), p.message) for p in exc.problems]) from None
            raise
        report.take_counts(saved)
        tick(1, 1)
        if dry_run:
            session.rollback()
        else:
            step(COMMITTING)
            audit_log.record(
                session, actor, "import", "file", path.name, f"{path}: {report.headline()}; {saved.summary()}"
            )
            session.commit()
    return report


# --- the kiosk's own JSON and Excel ----------------------------------------------------------------


def _read_own(
    database: Database, path: Path, shape: Shape, report: ImportReport, *, clean: bool
) -> tuple[BundleDoc, Callable[[str], str]]:
    if path.is_file() and path.stat().st_size > MAX_FILE_BYTES:
        size = path.stat().st_size
        raise UserError(f"文件过大({size // 1024 // 1024} MB),上限 {MAX_FILE_BYTES // 1024 // 1024} MB")
    found: dict[int, list[tuple[str, str, str]]] = {}

    def clean_matter(i: int, matter: dict[str, Any]) -> None:
        found[i] = [(c.path, "、".join(c.steps), c.before) for c in clean_tree(matter)]

    def prepare(data: dict[str, Any]) -> None:
        for i, matter in enumerate(data.get("matters") or []):
            if isinstance(matter, dict):
                clean_matter(i, matter)

    parsed, shape.parsed = shape.parsed, None  # used once: not kept (with the documents) for the whole import
    try:
        if shape.kind == "json":
            from kiosk.data.exchange import jsonfile

            bundle, locate = jsonfile.read(path, clean_matter if clean else None, parsed)
        else:
            from kiosk.data.exchange import xlsxfile  # openpyxl: ~15 MB a JSON import does without

            bundle, locate = xlsxfile.read(path, prepare if clean else None)
    except InvalidImport as exc:
        if exc.data is not None:
            with database.session() as session:
                extra = raw_reference_problems(session, exc.data)
            if extra:
                locate = exc.locate or str
                raise InvalidImport([*exc.problems, *(Problem(locate(p.where), p.message) for p in extra)]) from None
        raise
    for i, matter in enumerate(bundle.matters):
        entry = report.entry(matter.code, matter.name, locate(f"matters[{i}]"))
        for where, steps, before in found.get(i, []):
            entry.add("cleaned", field_words(where), f"{steps}(原值:{before})", locate(f"matters[{i}].{where}"))
    return bundle, locate


def raw_reference_problems(session: Session, data: dict[str, Any]) -> list[Problem]:
    """Department and theme codes that neither the file nor the database has, read from unchecked data.

    Found while the file has other problems too, so the admin sees every problem in one run.
    """

    def codes(key: str) -> set[str]:
        items = data.get(key) or []
        return {str(d.get("code", "")).strip() for d in items if isinstance(d, dict)}

    departments = codes("departments") | set(session.scalars(select(m.Department.code)))
    themes = codes("themes") | set(session.scalars(select(m.Theme.code)))
    problems = []
    for i, matter in enumerate(data.get("matters") or []):
        if isinstance(matter, MatterDoc):  # checked already (matters are validated one by one)
            matter = {"department": matter.department, "themes": matter.themes}
        if not isinstance(matter, dict):
            continue
        department = matter.get("department")
        if isinstance(department, str) and department.strip() and department.strip() not in departments:
            problems.append(Problem(f"matters[{i}].department", f"没有编码为 {department.strip()!r} 的部门"))
        for j, theme in enumerate(matter.get("themes") or []):
            if isinstance(theme, str) and theme.strip() and theme.strip() not in themes:
                problems.append(Problem(f"matters[{i}].themes[{j}]", f"没有编码为 {theme.strip()!r} 的主题"))
    return problems


# --- foreign shapes ------------------------------------------------------------------------------


def _from_candidates(session: Session, reading: Reading, report: ImportReport, tick: Ticks) -> BundleDoc:
    """Clean and check every candidate; the departments it needs; the bundle to save."""
    report.general += reading.general
    report.mapping = reading.mapping
    report.entries += reading.settled
    departments = _departments(session, reading)
    problems: list[Problem] = []
    matters: list[MatterDoc] = []
    total = len(reading.candidates)
    for n, candidate in enumerate(reading.candidates):
        if n % 200 == 0:
            tick(n, total + 1)
        doc = _check(candidate, report, problems)
        if doc is not None:
            matters.append(doc)
    if problems:
        raise InvalidImport(problems)
    return BundleDoc(departments=departments, matters=matters)


def _departments(session: Session, reading: Reading) -> list[DepartmentDoc]:
    """Departments the matters need and the database lacks; a known name keeps its existing code."""
    known = dict(session.execute(select(m.Department.code, m.Department.name)).tuples().all())
    by_name = {name: code for code, name in known.items()}
    renamed: dict[str, str] = {}
    new: list[DepartmentDoc] = []
    for code, name in reading.departments.items():
        if code in known:
            continue
        if name in by_name:
            renamed[code] = by_name[name]
            continue
        new.append(DepartmentDoc(code=code, name=(name or code)[:200]))
        report_name = name or code
        reading.general.append(Note("mapped", "部门", f"新增部门 {code}「{report_name}」"))
    for candidate in reading.candidates:
        department = candidate.data.get("department")
        if isinstance(department, str) and department in renamed:
            candidate.data["department"] = renamed[department]
    return new


def _check(candidate: Candidate, report: ImportReport, problems: list[Problem]) -> MatterDoc | None:
    data = candidate.data
    entry = report.entry(str(data.get("code", "")), str(data.get("name", "")), candidate.source, candidate.raw)
    entry.notes += candidate.notes
    for cleaned in clean_tree(data):
        where = candidate.place(cleaned.path)
        entry.add("cleaned", field_words(cleaned.path), f"{'、'.join(cleaned.steps)}(原值:{cleaned.before})", where)
    entry.code, entry.name = str(data.get("code", "")), str(data.get("name", ""))
    try:
        doc = MatterDoc.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            path = json_path(tuple(error["loc"]))
            problems.append(Problem(candidate.place(path), f"{field_words(path)}:{human_message(error)}"))
        return None
    if candidate.missing:
        why = f"文件没有提供:{'、'.join(candidate.missing)};已按默认值导入,请补充"
        entry.add("warning", "缺少的内容", why, candidate.source)
        entry.missing = list(candidate.missing)
    return doc


# --- the gate: junk, duplicates, contradictions, quality rules -------------------------------------


def contradictions(doc: MatterDoc) -> list[str]:
    """What a matter says against itself (reported; the quality rules decide whether it is published)."""
    found = []
    if doc.charges and doc.fee_statement == NO_FEE:
        found.append("是否收费为「是」,收费标准却是「不收费」")
    if not doc.charges and doc.fees:
        found.append(f"是否收费为「否」,却列了 {len(doc.fees)} 个收费项目")
    if doc.handling_kind == "即办件" and doc.promised_limit.value > 0:
        found.append(f"办件类型为即办件,承诺时限却是 {doc.promised_limit.value} 个{doc.promised_limit.unit}")
    if doc.handling_kind == "承诺件" and doc.promised_limit.value == 0:
        found.append("办件类型为承诺件,承诺时限却是即办(0)")
    legal, promised = doc.legal_limit, doc.promised_limit
    if legal.unit == promised.unit and 0 < legal.value < promised.value:
        found.append(f"承诺时限 {promised.value} 个{promised.unit}长于法定时限 {legal.value} 个{legal.unit}")
    return found


def _gate(matters: list[MatterDoc], report: ImportReport, publish_anyway: bool, *, foreign: bool) -> list[MatterDoc]:
    """Skip junk and duplicates, report contradictions, demote rule-breakers to drafts.

    In the kiosk's own files a code twice is an error (the admin wrote it); in foreign data the
    second one (often the same code written full-width) is skipped with a reason.
    """
    waiting: dict[str, list[MatterEntry]] = {}  # the report's entries, in the order of the matters
    for e in report.entries:
        if e.outcome not in ("unchanged", "deleted"):
            waiting.setdefault(e.code, []).append(e)
    kept: list[MatterDoc] = []
    seen_codes: dict[str, MatterDoc] = {}
    seen_names: dict[tuple[str, str], MatterDoc] = {}
    for doc in matters:
        queue = waiting.get(doc.code)
        entry = queue.pop(0) if queue else report.entry(doc.code, doc.name)
        reason = junk_reason(doc.name)
        if reason:
            entry.outcome = "skipped"
            entry.add("skipped", "事项", f"{reason},未导入", entry.source)
            continue
        if foreign and doc.code in seen_codes:
            entry.outcome = "skipped"
            entry.add(
                "skipped",
                "事项",
                f"与前面的事项 {doc.code}「{seen_codes[doc.code].name}」编码相同,未导入",
                entry.source,
            )
            continue
        doc = _drop_junk_materials(doc, entry)
        key = (name_key(doc.name), doc.department)
        twin = seen_names.get(key)
        if twin is not None:
            if [x.name for x in twin.materials] == [x.name for x in doc.materials]:
                entry.outcome = "skipped"
                why = f"与事项 {twin.code} 同名、同部门、材料相同,是重复的事项,未导入"
                entry.add("skipped", "事项", why, entry.source)
                continue
            entry.add(
                "warning", "事项名称", f"与事项 {twin.code} 同名、同部门但材料不同,两个都已导入,请核对", entry.source
            )
        seen_codes[doc.code] = doc
        seen_names.setdefault(key, doc)
        doc = _normalise_fee(doc, entry)
        for text in contradictions(doc):
            entry.add("contradiction", "事项", text, entry.source)
        doc = _quality(doc, entry, publish_anyway)
        kept.append(doc)
    return kept


def _drop_junk_materials(doc: MatterDoc, entry: MatterEntry) -> MatterDoc:
    """Test strings and a material listed twice (same name, same 情形) are skipped with a reason."""
    keep = []
    seen: dict[tuple[str, str], int] = {}
    for i, material in enumerate(doc.materials, start=1):
        reason = junk_reason(material.name)
        key = (name_key(material.name), repr(sorted(material.when.items())) if material.when else "")
        twin = seen.get(key)
        if reason:
            entry.add("skipped", f"材料 {i}", f"{reason},未导入")
        elif twin is not None:
            entry.add("skipped", f"材料 {i}", f"「{material.name}」与材料 {twin} 重复,未导入")
        else:
            seen[key] = i
            keep.append(material)
    return doc if len(keep) == len(doc.materials) else doc.model_copy(update={"materials": keep})


def _normalise_fee(doc: MatterDoc, entry: MatterEntry) -> MatterDoc:
    if not doc.charges and doc.fee_statement != NO_FEE and doc.fee_statement.strip() in NO_FEE_WORDS:
        entry.add("cleaned", "收费标准", f"不收费的事项,「{doc.fee_statement}」统一写作「{NO_FEE}」")
        return doc.model_copy(update={"fee_statement": NO_FEE})
    return doc


def _quality(doc: MatterDoc, entry: MatterEntry, publish_anyway: bool) -> MatterDoc:
    """A published matter that breaks a quality rule goes in as a draft (unless told otherwise)."""
    violations = check_matter(doc)
    missing = entry.missing
    if doc.status != "published" or not (violations or missing):
        return doc
    if publish_anyway:
        for v in violations:
            entry.add("warning", field_words(v.field), f"{v.message}(按 --publish-anyway 仍然发布)")
        return doc
    entry.draft = True
    for v in violations:
        entry.add("draft", field_words(v.field), f"{v.message}:导入为草稿,改正后在后台发布")
    if missing and not violations:
        entry.add("draft", "缺少的内容", f"{'、'.join(missing)} 用了默认值:导入为草稿,核对后在后台发布")
    return doc.model_copy(update={"status": "draft"})


# --- deletions -----------------------------------------------------------------------------------


def _delete(session: Session, deletions: list[Any], report: ImportReport) -> None:
    """Remove the matters a national batch deletes (their revisions stay, 存档)."""
    if not deletions:
        return
    codes = [d.code for d in deletions]
    existing = set(session.scalars(select(m.ServiceMatter.code).where(m.ServiceMatter.code.in_(codes))))
    session.execute(delete(m.ServiceMatter).where(m.ServiceMatter.code.in_(codes)))
    session.execute(delete(m.Draft).where(m.Draft.entity == "matter", m.Draft.key.in_(codes)))
    for d in deletions:
        entry = report.entry(d.code, d.name, d.source)
        entry.outcome = "deleted"
        if d.code in existing:
            entry.add("deleted", "事项", "交换表的删除操作(同步类型 D):已从信息亭删除,历史版本仍在存档中", d.source)
        else:
            entry.add("deleted", "事项", "交换表的删除操作(同步类型 D):数据库中本来就没有这个事项", d.source)


__all__ = ["COMMITTING", "READING", "SAVING", "ImportReport", "contradictions", "import_any"]
