"""The kinds of content an admin edits, and how each is found, keyed, listed and loaded.

Every editable item is named the way revisions name it: an entity (``matter``, ``notice``, …) and
a key (the matter's code, the notice's key, ``hall`` for the one hall). One table of kinds here
keeps the editors, drafts, publishing and history agreeing on those names. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data import convert, guidance_store, scheduled
from kiosk.data import models as m
from kiosk.data.schema import (
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    Doc,
    GuidanceDoc,
    HallDoc,
    MatterDoc,
    NoticeDoc,
    PreDisclosureDoc,
    PublishWindow,
    ServiceBundleDoc,
    StaffDoc,
    ThemeDoc,
    WindowDoc,
)
from kiosk.data.store import _Files, load_matters

State = Literal["published", "scheduled", "archived", "draft"]


@dataclass(frozen=True)
class ContentKind:
    """One kind of content: its document, table, key and how it leaves the kiosk.

    ``live_status`` is the status a published item carries (None: the kind has no status);
    ``archive`` says how archiving hides it: by ``status``, by ``active`` (staff), by removing the
    row while its revisions stay (``remove``), or not at all (the hall).
    """

    entity: str
    doc: type[Doc]
    bundle_attr: str
    table: type[Any]
    key_field: str
    title_field: str
    live_status: str | None = None
    archive: Literal["status", "active", "remove", "none"] = "remove"

    @property
    def dated(self) -> bool:
        """Whether "publish at a date" applies (a publish window, or a matter's effective date)."""
        return issubclass(self.doc, PublishWindow) or self.doc is MatterDoc


KINDS: dict[str, ContentKind] = {
    k.entity: k
    for k in (
        ContentKind("hall", HallDoc, "hall", m.Hall, "", "name", archive="none"),
        ContentKind("matter", MatterDoc, "matters", m.ServiceMatter, "code", "name", "published", "status"),
        ContentKind("disclosure", DisclosureDoc, "disclosures", m.Disclosure, "key", "title", "published", "status"),
        ContentKind("notice", NoticeDoc, "notices", m.Notice, "key", "title", "published", "status"),
        ContentKind(
            "pre_disclosure",
            PreDisclosureDoc,
            "pre_disclosures",
            m.PreDisclosure,
            "key",
            "title",
            "pre_disclosure",
            "status",
        ),
        ContentKind(
            "complaint_result",
            ComplaintResultDoc,
            "complaint_results",
            m.ComplaintResult,
            "key",
            "title",
            "published",
            "status",
        ),
        ContentKind("complaint_channel", ComplaintChannelDoc, "complaint_channels", m.ComplaintChannel, "", "label"),
        ContentKind("theme", ThemeDoc, "themes", m.Theme, "code", "name"),
        ContentKind("department", DepartmentDoc, "departments", m.Department, "code", "name"),
        ContentKind("window", WindowDoc, "windows", m.Window, "code", "name"),
        ContentKind("staff", StaffDoc, "staff", m.StaffMember, "code", "name", archive="active"),
        ContentKind("bundle", ServiceBundleDoc, "bundles", m.ServiceBundle, "code", "name", "published", "status"),
        ContentKind("guidance", GuidanceDoc, "guidance", m.GuidanceTree, "", "", archive="none"),
    )
}
# Kinds with exactly one item (edited, never listed or archived): its key is the entity's name.
SINGLE = frozenset({"hall", "guidance"})


def kind_of(entity: str) -> ContentKind:
    try:
        return KINDS[entity]
    except KeyError:
        raise ValueError(f"unknown content kind {entity!r}") from None


def channel_key(kind: str, label: str) -> str:
    """A complaint channel has no code; it is identified by its kind and label (as the importer does)."""
    return f"{kind}:{label}"[:64]  # the same key save_bundle gives its revisions


def key_of(entity: str, doc: Doc) -> str:
    """The key revisions and drafts use for ``doc``."""
    kind = kind_of(entity)
    if entity in SINGLE:
        return entity
    if isinstance(doc, ComplaintChannelDoc):
        return channel_key(doc.kind, doc.label)
    return str(getattr(doc, kind.key_field))


def _channel_row(session: Session, key: str) -> m.ComplaintChannel | None:
    rows = session.scalars(select(m.ComplaintChannel))
    return next((r for r in rows if channel_key(r.kind, r.label) == key), None)


def load_published(session: Session, entity: str, key: str) -> Doc | None:
    """The item as the content tables hold it now (whatever its status), or None."""
    kind = kind_of(entity)
    files = _Files(session)
    if entity == "hall":
        hall = session.scalar(select(m.Hall).limit(1))
        boards = list(session.scalars(select(m.Board).order_by(m.Board.sort, m.Board.code)))
        return convert.hall_doc(hall, boards, files) if hall is not None else None
    if entity == "matter":
        found = load_matters(session, [key])
        return found[0] if found else None
    if entity == "bundle":
        bundles = guidance_store.load_bundles(session, [key])
        return bundles[0] if bundles else None
    if entity == "guidance":
        return guidance_store.load_guidance(session)
    if entity == "complaint_channel":
        row = _channel_row(session, key)
        return convert.simple_doc(ComplaintChannelDoc, row) if row is not None else None
    row = session.scalar(select(kind.table).where(getattr(kind.table, kind.key_field) == key))
    if row is None:
        return None
    if entity == "staff":
        return convert.staff_doc(row, files)
    doc: Doc = convert.simple_doc(kind.doc, row)
    return doc


def delete_published_row(session: Session, entity: str, key: str) -> None:
    """Remove the row of a kind archived by removal (its revisions stay, 存档)."""
    kind = kind_of(entity)
    if entity == "complaint_channel":
        row: Any = _channel_row(session, key)
    else:
        row = session.scalar(select(kind.table).where(getattr(kind.table, kind.key_field) == key))
    if row is not None:
        session.delete(row)
        session.flush()


@dataclass(frozen=True)
class ItemSummary:
    """A row of an editor's list: which item, what it is called, and where it stands.

    ``scheduled_at``: a new version waits to go live then (定时发布); the live one is still shown.
    """

    key: str
    title: str
    state: State
    has_draft: bool
    scheduled_at: dt.datetime | None = None


def _state(row: Any, today: dt.datetime) -> State:
    status = getattr(row, "status", None)
    if status == "archived" or getattr(row, "active", True) is False:
        return "archived"
    if status == "draft":
        return "draft"
    start = getattr(row, "publish_from", None) or getattr(row, "effective_from", None)
    if isinstance(start, dt.datetime) and start > today:
        return "scheduled"
    if isinstance(start, dt.date) and not isinstance(start, dt.datetime) and start > today.date():
        return "scheduled"
    return "published"


def list_items(session: Session, entity: str, now: dt.datetime) -> list[ItemSummary]:
    """Every item of a kind: published ones (in display order) and drafts of new ones after them."""
    kind = kind_of(entity)
    drafts = dict(
        session.execute(select(m.Draft.key, m.Draft.data).where(m.Draft.entity == entity).order_by(m.Draft.key))
        .tuples()
        .all()
    )
    items: list[ItemSummary] = []
    if entity == "guidance":
        tree = session.scalar(select(m.GuidanceTree.id).limit(1))
        later = scheduled.of_kind(session, entity).get("guidance")  # a tree that goes live at a date
        start = later.start_at if later is not None else None
        state: State = "published" if tree else ("scheduled" if later is not None else "draft")
        shown = tree or drafts or later is not None
        return [ItemSummary("guidance", "智能导办", state, "guidance" in drafts, start)] if shown else []
    if entity == "hall":
        row: Any = session.scalar(select(m.Hall).limit(1))
        rows: list[Any] = [row] if row is not None else []
    else:
        order = [kind.table.sort] + ([getattr(kind.table, kind.key_field)] if kind.key_field else [kind.table.id])
        rows = list(session.scalars(select(kind.table).order_by(*order)))
    waiting = scheduled.of_kind(session, entity)
    for row in rows:
        if entity == "hall":
            key = "hall"
        elif entity == "complaint_channel":
            key = channel_key(row.kind, row.label)
        else:
            key = getattr(row, kind.key_field)
        title = str(drafts[key].get(kind.title_field) or "") if key in drafts else ""
        start = waiting[key].start_at if key in waiting else None
        items.append(ItemSummary(key, title or getattr(row, kind.title_field), _state(row, now), key in drafts, start))
    known = {i.key for i in items}
    for key, later in waiting.items():  # new items that go live at a date
        if key not in known:
            title = str(drafts.get(key, later.data).get(kind.title_field) or key)
            items.append(ItemSummary(key, title, "scheduled", key in drafts, later.start_at))
            known.add(key)
    for key, data in drafts.items():
        if key not in known:
            items.append(ItemSummary(key, str(data.get(kind.title_field) or key), "draft", True))
    return items
