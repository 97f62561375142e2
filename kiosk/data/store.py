"""Writing and reading whole sets of content: what import, export, the demo and the editors share.

``save_bundle`` upserts a validated ``BundleDoc`` inside the caller's transaction with bulk Core
statements (one statement per table, not one ORM object per row: 22k rows by ORM took 1.6 s
here, by Core 68 ms), and records a revision (存档) for every item whose content changed.
``load_bundle`` reads everything back as documents. Neither commits: the caller owns the
transaction, so an import is all or nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from kiosk.data import convert, guidance_store
from kiosk.data import models as m
from kiosk.data.row_check import BadRow, convert_rows, load_rows
from kiosk.data.schema import (
    BoardDoc,
    BundleDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    FileDoc,
    MatterDoc,
    NoticeDoc,
    PreDisclosureDoc,
    ThemeDoc,
    WindowDoc,
)
from kiosk.data.search_index import build_search_text
from kiosk.errors import InvalidImport, Problem

# Keyed simple entities: (bundle attribute, table, key column, document type, revision entity name)
KEYED: tuple[tuple[str, type[Any], str, type[Any], str], ...] = (
    ("themes", m.Theme, "code", ThemeDoc, "theme"),
    ("departments", m.Department, "code", DepartmentDoc, "department"),
    ("windows", m.Window, "code", WindowDoc, "window"),
    ("disclosures", m.Disclosure, "key", DisclosureDoc, "disclosure"),
    ("notices", m.Notice, "key", NoticeDoc, "notice"),
    ("complaint_results", m.ComplaintResult, "key", ComplaintResultDoc, "complaint_result"),
    ("pre_disclosures", m.PreDisclosure, "key", PreDisclosureDoc, "pre_disclosure"),
)


@dataclass
class SaveReport:
    """What a save changed, for the import summary."""

    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    # entity -> key -> "new" / "changed" / "unchanged": what became of each item (the import report)
    outcomes: dict[str, dict[str, str]] = field(default_factory=dict)

    def count(self, bucket: dict[str, int], entity: str, n: int = 1) -> None:
        bucket[entity] = bucket.get(entity, 0) + n

    @property
    def changed(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())

    def summary(self) -> str:
        parts = []
        for entity in sorted(set(self.created) | set(self.updated) | set(self.unchanged)):
            parts.append(
                f"{entity}: {self.created.get(entity, 0)} new, {self.updated.get(entity, 0)} changed, "
                f"{self.unchanged.get(entity, 0)} unchanged"
            )
        return "; ".join(parts) or "nothing to import"


class _Attachments:
    """Stores attached files, each distinct file once per save."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.seen: dict[str, int] = {}

    def __call__(self, doc: FileDoc | None) -> int | None:
        if doc is None:
            return None
        digest = hashlib.sha256(f"{doc.filename}\0{doc.media_type}\0{doc.data_base64}".encode()).hexdigest()
        if digest not in self.seen:
            result = self.session.execute(
                insert(m.Attachment).returning(m.Attachment.id),
                {"filename": doc.filename, "media_type": doc.media_type, "data": convert.file_bytes(doc)},
            )
            self.seen[digest] = result.scalar_one()
        return self.seen[digest]


def _latest_revisions(session: Session, entity: str, keys: Iterable[str]) -> dict[str, tuple[int, Any]]:
    keys = list(keys)
    if not keys:
        return {}
    latest = (
        select(m.Revision.key, func.max(m.Revision.version).label("version"))
        .where(m.Revision.entity == entity, m.Revision.key.in_(keys))
        .group_by(m.Revision.key)
        .subquery()
    )
    rows = session.execute(
        select(m.Revision.key, m.Revision.version, m.Revision.data)
        .join(latest, (m.Revision.key == latest.c.key) & (m.Revision.version == latest.c.version))
        .where(m.Revision.entity == entity)
    )
    return {key: (version, data) for key, version, data in rows}


def record_revisions(
    session: Session, entity: str, docs: dict[str, Any], action: str, actor: str, report: SaveReport | None = None
) -> list[str]:
    """Store a new revision of each document that differs from its latest one; returns changed keys."""
    latest = _latest_revisions(session, entity, docs)
    rows, changed = [], []
    for key, doc in docs.items():
        data = doc.model_dump(mode="json")
        version, previous = latest.get(key, (0, None))
        if previous == data:
            if report is not None:
                report.count(report.unchanged, entity)
                report.outcomes.setdefault(entity, {})[key] = "unchanged"
            continue
        changed.append(key)
        if report is not None:
            report.count(report.updated if version else report.created, entity)
            report.outcomes.setdefault(entity, {})[key] = "changed" if version else "new"
        rows.append(
            {"entity": entity, "key": key, "version": version + 1, "data": data, "action": action, "actor": actor}
        )
    if rows:
        table: Any = m.Revision.__table__  # Core insert, as for a matter's children
        session.execute(insert(table), rows)
    return changed


def _upsert(session: Session, table: type[Any], key_col: str, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    column = getattr(table, key_col)
    keys = [r[key_col] for r in rows]
    existing: dict[str, int] = dict(session.execute(select(column, table.id).where(column.in_(keys))).tuples().all())
    new = [r for r in rows if r[key_col] not in existing]
    old = [{**r, "id": existing[r[key_col]]} for r in rows if r[key_col] in existing]
    if new:
        session.execute(insert(table), new)
    if old:
        session.execute(update(table), old)


def check_references(session: Session, bundle: BundleDoc) -> list[Problem]:
    """Codes that matters and disclosures point at must exist in the file or in the database."""
    departments = {d.code for d in bundle.departments} | set(session.scalars(select(m.Department.code)))
    themes = {t.code for t in bundle.themes} | set(session.scalars(select(m.Theme.code)))
    boards = {b.code for b in (bundle.hall.boards if bundle.hall else [])} | set(session.scalars(select(m.Board.code)))
    problems = []
    for i, matter in enumerate(bundle.matters):
        if matter.department not in departments:
            problems.append(Problem(f"matters[{i}].department", f"没有编码为 {matter.department!r} 的部门"))
        for j, code in enumerate(matter.themes):
            if code not in themes:
                problems.append(Problem(f"matters[{i}].themes[{j}]", f"没有编码为 {code!r} 的主题"))
    for i, disclosure in enumerate(bundle.disclosures):
        if disclosure.board not in boards:
            problems.append(Problem(f"disclosures[{i}].board", f"没有编码为 {disclosure.board!r} 的公开栏"))
    channels: dict[tuple[str, str], int] = {}
    for i, channel in enumerate(bundle.complaint_channels):
        pair = (channel.kind, channel.label)
        if pair in channels:
            problems.append(Problem(f"complaint_channels[{i}].label", f"与第 {channels[pair] + 1} 项重复"))
        channels.setdefault(pair, i)
    for attr, _table, key_col, _doc, _entity in (
        *KEYED,
        ("staff", None, "code", None, None),
        ("matters", None, "code", None, None),
    ):
        seen: dict[str, int] = {}
        for i, doc in enumerate(getattr(bundle, attr)):
            key = getattr(doc, key_col)
            if key in seen:
                problems.append(Problem(f"{attr}[{i}].{key_col}", f"编码 {key!r} 与第 {seen[key] + 1} 项重复"))
            seen.setdefault(key, i)
    return problems


def save_bundle(
    session: Session, bundle: BundleDoc, *, action: str = "import", actor: str = "", release: bool = False
) -> SaveReport:
    """Upsert everything in ``bundle`` into the caller's transaction (nothing is committed here).

    ``release``: the matters leave ``bundle.matters`` as they are saved (it ends empty), so that
    a caller holding them nowhere else has their memory back chunk by chunk. An import of 5,000
    matters held ~100 MB of documents to the end, and binding their text to SQLite gave each
    string a cached UTF-8 copy (~17 MB more) that lived as long as the document.
    """
    problems = check_references(session, bundle)
    problems += guidance_store.reference_problems(session, bundle, load_matters)
    if problems:
        raise InvalidImport(problems)
    report = SaveReport()
    attach = _Attachments(session)
    if bundle.hall is not None:
        hall_row = convert.hall_row(bundle.hall, attach)
        hall_id = session.scalar(select(m.Hall.id).limit(1))
        if hall_id is None:
            session.execute(insert(m.Hall), [hall_row])
        else:
            session.execute(update(m.Hall), [{**hall_row, "id": hall_id}])
        _upsert(session, m.Board, "code", [convert.simple_row(b) for b in bundle.hall.boards])
        record_revisions(session, "hall", {"hall": bundle.hall}, action, actor, report)
    for attr, table, key_col, _doc_type, entity in KEYED:
        docs = getattr(bundle, attr)
        _upsert(session, table, key_col, [convert.simple_row(d) for d in docs])
        record_revisions(session, entity, {getattr(d, key_col): d for d in docs}, action, actor, report)
    _upsert(session, m.StaffMember, "code", [convert.staff_row(s, attach) for s in bundle.staff])
    record_revisions(session, "staff", {s.code: s for s in bundle.staff}, action, actor, report)
    _save_channels(session, bundle.complaint_channels)
    channel_docs = {f"{c.kind}:{c.label}"[:64]: c for c in bundle.complaint_channels}
    record_revisions(session, "complaint_channel", channel_docs, action, actor, report)
    for chunk in _chunks(bundle.matters, release):
        # A chunk at a time: rows, child rows and revision snapshots of 5,000 matters at once
        # took 320 MB on top of the documents (the import's peak); a chunk's are freed before the next.
        _save_matters(session, chunk, attach)
        record_revisions(session, "matter", {d.code: d for d in chunk}, action, actor, report)
    guidance_store.save_bundles(session, bundle.bundles)  # 一件事, after the matters they are made of
    record_revisions(session, "bundle", {d.code: d for d in bundle.bundles}, action, actor, report)
    if bundle.guidance is not None:  # 智能导办
        guidance_store.save_guidance(session, bundle.guidance)
        record_revisions(session, "guidance", {guidance_store.GUIDANCE_KEY: bundle.guidance}, action, actor, report)
    _drop_orphan_attachments(session)
    return report


def _save_channels(session: Session, channels: list[ComplaintChannelDoc]) -> None:
    """Channels have no code: one is identified by its kind and label."""
    if not channels:
        return
    existing = {(c.kind, c.label): c.id for c in session.scalars(select(m.ComplaintChannel))}
    rows = [convert.simple_row(c) for c in channels]
    new = [r for r in rows if (r["kind"], r["label"]) not in existing]
    old = [{**r, "id": existing[(r["kind"], r["label"])]} for r in rows if (r["kind"], r["label"]) in existing]
    if new:
        session.execute(insert(m.ComplaintChannel), new)
    if old:
        session.execute(update(m.ComplaintChannel), old)


MATTER_CHUNK = 250  # matters saved per round of inserts (see save_bundle)


def _chunks(matters: list[MatterDoc], release: bool) -> Iterator[list[MatterDoc]]:
    """``matters``, ``MATTER_CHUNK`` at a time; with ``release`` each chunk leaves the list once saved."""
    if not release:
        for start in range(0, len(matters), MATTER_CHUNK):
            yield matters[start : start + MATTER_CHUNK]
        return
    while matters:
        yield matters[:MATTER_CHUNK]
        del matters[:MATTER_CHUNK]


CHILD_TABLES: tuple[type[Any], ...] = (
    m.FeeItem,
    m.ProcedureStep,
    m.FaqItem,
    m.Scenario,
    m.Material,
    m.MatterLaw,
    m.MatterWindow,
)


def _save_matters(session: Session, matters: list[MatterDoc], attach: _Attachments) -> None:
    if not matters:
        return
    departments = dict(session.execute(select(m.Department.code, m.Department.id)).tuples().all())
    department_names = dict(session.execute(select(m.Department.code, m.Department.name)).tuples().all())
    themes = dict(session.execute(select(m.Theme.code, m.Theme.id)).tuples().all())
    theme_names = dict(session.execute(select(m.Theme.code, m.Theme.name)).tuples().all())
    codes = [d.code for d in matters]
    query = select(m.ServiceMatter.code, m.ServiceMatter.id).where(m.ServiceMatter.code.in_(codes))
    existing = dict(session.execute(query).tuples().all())
    rows = []
    for doc in matters:
        words = [department_names.get(doc.department, ""), *(theme_names.get(t, "") for t in doc.themes)]
        words += [mat.name for mat in doc.materials]
        rows.append(convert.matter_row(doc, departments[doc.department], attach, build_search_text(doc.name, words)))
    new_rows = [r for r in rows if r["code"] not in existing]
    old_rows = [{**r, "id": existing[r["code"]]} for r in rows if r["code"] in existing]
    ids = dict(existing)
    if new_rows:
        result = session.execute(
            insert(m.ServiceMatter).returning(m.ServiceMatter.code, m.ServiceMatter.id, sort_by_parameter_order=True),
            new_rows,
        )
        ids.update(dict(result.tuples().all()))
    if old_rows:
        session.execute(update(m.ServiceMatter), old_rows)
        old_ids = [r["id"] for r in old_rows]
        for table in CHILD_TABLES:
            session.execute(delete(table).where(table.matter_id.in_(old_ids)))
        session.execute(delete(m.matter_themes).where(m.matter_themes.c.matter_id.in_(old_ids)))
    children: dict[str, list[dict[str, Any]]] = {t.__tablename__: [] for t in CHILD_TABLES}
    links = []
    for doc in matters:
        matter_id = ids[doc.code]
        for table_name, table_rows in convert.matter_children(doc, matter_id, attach).items():
            children[table_name].extend(table_rows)
        links += [{"matter_id": matter_id, "theme_id": themes[t], "sort": i} for i, t in enumerate(doc.themes)]
    for table in CHILD_TABLES:
        if children[table.__tablename__]:
            # Core insert of the table (not the ORM bulk path, which inspects every row): a 5,000-matter
            # import inserts some 60,000 child rows.
            session.execute(insert(table.__table__), children[table.__tablename__])
    if links:
        session.execute(insert(m.matter_themes), links)


def _drop_orphan_attachments(session: Session) -> None:
    used = (
        select(m.Hall.logo_id).union(
            select(m.StaffMember.photo_id),
            select(m.ServiceMatter.result_sample_file_id),
            select(m.Material.blank_form_id),
            select(m.Material.sample_form_id),
        )
    ).subquery()
    session.execute(delete(m.Attachment).where(m.Attachment.id.not_in(select(used.c[0]).where(used.c[0].is_not(None)))))


class _Files:
    """Loads attachments as documents, each once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.cache: dict[int, FileDoc | None] = {}

    def __call__(self, attachment_id: int | None) -> FileDoc | None:
        if attachment_id is None:
            return None
        if attachment_id not in self.cache:
            self.cache[attachment_id] = convert.file_doc(self.session.get(m.Attachment, attachment_id))
        return self.cache[attachment_id]


def load_matters(
    session: Session, codes: Iterable[str] | None = None, *, bad: list[BadRow] | None = None
) -> list[MatterDoc]:
    """Matters as documents, in display order (all of them, or those with ``codes``).

    With ``bad`` (the kiosk's reads) a matter that cannot be read or converted is skipped and
    appended there; without it (export, backup) it raises, so nothing is ever lost silently.
    """
    query = (
        select(m.ServiceMatter)
        .options(
            selectinload(m.ServiceMatter.department),
            selectinload(m.ServiceMatter.themes),
            selectinload(m.ServiceMatter.fees),
            selectinload(m.ServiceMatter.steps),
            selectinload(m.ServiceMatter.faq),
            selectinload(m.ServiceMatter.scenarios),
            selectinload(m.ServiceMatter.materials),
            selectinload(m.ServiceMatter.laws),
            selectinload(m.ServiceMatter.service_windows),
        )
        .order_by(m.ServiceMatter.sort, m.ServiceMatter.code)
    )
    if codes is not None:
        query = query.where(m.ServiceMatter.code.in_(list(codes)))
    files = _Files(session)
    if bad is None:
        return [convert.matter_doc(row, files) for row in session.scalars(query)]
    rows = load_rows(session, query, m.ServiceMatter, bad)
    return convert_rows(rows, lambda row: convert.matter_doc(row, files), "matters", bad)


def load_bundle(session: Session) -> BundleDoc:
    """Everything in the database as one document, ready to export."""
    files = _Files(session)
    hall = session.scalar(select(m.Hall).limit(1))
    boards = list(session.scalars(select(m.Board).order_by(m.Board.sort, m.Board.code)))
    values: dict[str, Any] = {"hall": convert.hall_doc(hall, boards, files) if hall else None}
    for attr, table, key_col, doc_type, _entity in KEYED:
        rows = session.scalars(select(table).order_by(table.sort, getattr(table, key_col)))
        values[attr] = [convert.simple_doc(doc_type, r) for r in rows]
    values["staff"] = [
        convert.staff_doc(s, files)
        for s in session.scalars(select(m.StaffMember).order_by(m.StaffMember.sort, m.StaffMember.code))
    ]
    values["complaint_channels"] = [
        convert.simple_doc(ComplaintChannelDoc, c)
        for c in session.scalars(select(m.ComplaintChannel).order_by(m.ComplaintChannel.sort, m.ComplaintChannel.id))
    ]
    values["matters"] = load_matters(session)
    values["bundles"] = guidance_store.load_bundles(session)
    values["guidance"] = guidance_store.load_guidance(session)
    return BundleDoc(**values)


def is_empty(session: Session) -> bool:
    """True when no hall and no matters exist yet (the demo may be loaded)."""
    return session.scalar(select(m.Hall.id).limit(1)) is None and (
        session.scalar(select(m.ServiceMatter.id).limit(1)) is None
    )


__all__ = ["BoardDoc", "SaveReport", "is_empty", "load_bundle", "load_matters", "record_revisions", "save_bundle"]
