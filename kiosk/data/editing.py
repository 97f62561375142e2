"""Editing content: drafts (草稿), publish now or at a date, archive (存档), restore an old revision.

What the kiosk shows lives in the content tables; what an admin is working on lives in the
``drafts`` table until it is published, so a half-edited guide never reaches a resident.
Publishing goes through ``save_bundle`` with a one-item bundle, so it validates references,
stores attachments and writes a revision exactly as an import does. Every change also writes an
audit row in the same transaction. Published content is never deleted: archiving hides it and
keeps its revisions; only drafts can be thrown away.

A matter that breaks a quality rule (``kiosk.services.quality``, pure functions over documents)
cannot be published: that rule check is the reason this data module imports a service.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.content_kinds import (
    ItemSummary,
    delete_published_row,
    key_of,
    kind_of,
    list_items,
    load_published,
)
from kiosk.data.db import Database
from kiosk.data.field_errors import field_errors, where
from kiosk.data.revisions import RevisionInfo, history, revision_data
from kiosk.data.schema import BundleDoc, Doc, MatterDoc, PreDisclosureDoc, PublishWindow, StaffDoc
from kiosk.data.store import save_bundle
from kiosk.errors import InvalidImport, UserError
from kiosk.services.quality import RuleViolation, check_matter


class PublishRefused(UserError):
    """Publishing was refused; ``problems`` name the field each one belongs next to."""

    def __init__(self, problems: list[RuleViolation]) -> None:
        super().__init__("无法发布:" + ";".join(p.message for p in problems))
        self.problems = problems


def local_now() -> dt.datetime:
    """Local wall-clock time, naive, to the second: publish windows are entered in the hall's time."""
    return dt.datetime.now().replace(microsecond=0)


def violations_from(error: ValidationError, fields: Iterable[str]) -> list[RuleViolation]:
    """Pydantic errors as (top-level field, Chinese message); whole-document errors get field ''."""
    return [RuleViolation(e.field, where(e.loc) + e.message) for e in field_errors(error, fields)]


def _field_of(where: str) -> str:
    """The document field a bundle path names: ``matters[0].themes[1]`` → ``themes``."""
    inner = re.sub(r"^\w+(\[\d+\])?\.", "", where)
    return re.split(r"[.\[]", inner)[0]


def _latest_version(session: Session, entity: str, key: str) -> int:
    query = select(func.max(m.Revision.version)).where(m.Revision.entity == entity, m.Revision.key == key)
    return int(session.scalar(query) or 0)


def _draft(session: Session, entity: str, key: str) -> m.Draft | None:
    return session.scalar(select(m.Draft).where(m.Draft.entity == entity, m.Draft.key == key))


# --- drafts ---------------------------------------------------------------------------------


def save_draft(session: Session, entity: str, doc: Doc, actor: str, *, replaces: str | None = None) -> str:
    """Keep ``doc`` as the draft of its item (the kiosk keeps showing the published one); returns the key.

    ``replaces`` is the key the draft had before (an admin may change a new item's code): that
    older draft is dropped so one item never has two drafts.
    """
    kind_of(entity)
    key = key_of(entity, doc)
    if replaces and replaces != key:
        session.execute(delete(m.Draft).where(m.Draft.entity == entity, m.Draft.key == replaces))
    draft = _draft(session, entity, key)
    data = doc.model_dump(mode="json")
    if draft is None:
        session.add(m.Draft(entity=entity, key=key, data=data, actor=actor))
    else:
        draft.data, draft.actor, draft.updated_at = data, actor, m.utcnow()
    audit_log.record(session, actor, "save_draft", entity, key)
    return key


def discard_draft(session: Session, entity: str, key: str, actor: str) -> bool:
    """Throw a draft away (the published item, if any, is untouched); False when there was none."""
    gone = session.execute(delete(m.Draft).where(m.Draft.entity == entity, m.Draft.key == key))
    if not getattr(gone, "rowcount", 0):
        return False
    audit_log.record(session, actor, "discard_draft", entity, key)
    return True


@dataclass(frozen=True)
class LoadedItem:
    """An item for the editor: the draft when there is one, else what is published."""

    doc: Doc
    is_draft: bool
    published: Doc | None


def load_item(session: Session, entity: str, key: str) -> LoadedItem | None:
    kind = kind_of(entity)
    published = load_published(session, entity, key)
    draft = _draft(session, entity, key)
    if draft is not None:
        return LoadedItem(kind.doc.model_validate(draft.data), True, published)
    return LoadedItem(published, False, published) if published is not None else None


# --- publishing -----------------------------------------------------------------------------


def _prepared(entity: str, doc: Doc, at: dt.datetime | None, now: dt.datetime) -> Doc:
    """The document as it will be published: live status, and the start date for "now" or ``at``."""
    kind = kind_of(entity)
    values: dict[str, Any] = doc.model_dump()
    if kind.live_status is not None:
        values["status"] = kind.live_status
    if isinstance(doc, PreDisclosureDoc) and doc.decision.strip():
        values["status"] = "published"  # a decided plan stays a decision (决定) when edited again
    if isinstance(doc, StaffDoc):
        values["active"] = True
    if issubclass(kind.doc, PublishWindow):
        start = values.get("publish_from")
        if at is not None:
            values["publish_from"] = at
        elif start is not None and start > now:
            values["publish_from"] = now  # "publish now" overrides an earlier schedule
    elif kind.doc is MatterDoc:
        start = values.get("effective_from")
        if at is not None:
            values["effective_from"] = at.date()
        elif start is not None and start > now.date():
            values["effective_from"] = now.date()
    elif at is not None:
        raise PublishRefused([RuleViolation("", "这类内容没有发布日期,只能立即发布")])
    try:
        return kind.doc.model_validate(values)
    except ValidationError as exc:
        raise PublishRefused(violations_from(exc, kind.doc.model_fields)) from None


def publish(
    session: Session,
    entity: str,
    doc: Doc,
    actor: str,
    *,
    at: dt.datetime | None = None,
    action: str = "publish",
    replaces: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Publish ``doc`` now (or from ``at``) in the caller's transaction; returns its revision number.

    Refused with ``PublishRefused`` when a matter breaks a quality rule or a reference (部门,
    主题, 公开栏) does not exist. The item's draft is deleted; an audit row is written.
    """
    kind = kind_of(entity)
    ready = _prepared(entity, doc, at, now or local_now())
    if isinstance(ready, MatterDoc):
        problems = check_matter(ready)
        if problems:
            raise PublishRefused(problems)
    key = key_of(entity, ready)
    if replaces and replaces != key and entity == "complaint_channel":
        delete_published_row(session, entity, replaces)  # a renamed channel replaces the old one
    if at is not None and action == "publish":
        action = "publish_at"
    bundle = BundleDoc(**{kind.bundle_attr: ready if entity == "hall" else [ready]})
    try:
        save_bundle(session, bundle, action=action, actor=actor)
    except InvalidImport as exc:
        raise PublishRefused([RuleViolation(_field_of(p.where), p.message) for p in exc.problems]) from None
    for old in {key, replaces} - {None}:
        session.execute(delete(m.Draft).where(m.Draft.entity == entity, m.Draft.key == old))
    version = _latest_version(session, entity, key)
    detail = f"v{version}" + (f",自 {at:%Y-%m-%d %H:%M} 起" if at is not None else "")
    audit_log.record(session, actor, action, entity, key, detail)
    return version


def archive(session: Session, entity: str, key: str, actor: str) -> int:
    """Take an item off the kiosk and keep it (存档); returns the archive revision's number."""
    kind = kind_of(entity)
    doc = load_published(session, entity, key)
    if doc is None:
        raise UserError("只有已发布的内容可以存档;草稿可以直接删除")
    if kind.archive == "none":
        raise UserError("大厅信息不能存档,只能修改")
    if kind.archive in ("status", "active"):
        values = doc.model_dump()
        values["status" if kind.archive == "status" else "active"] = "archived" if kind.archive == "status" else False
        archived = kind.doc.model_validate(values)
        bundle = BundleDoc(**{kind.bundle_attr: [archived]})
        save_bundle(session, bundle, action="archive", actor=actor)
    else:
        _check_unused(session, entity, key)
        version = _latest_version(session, entity, key)
        delete_published_row(session, entity, key)
        data = doc.model_dump(mode="json")
        row = {"entity": entity, "key": key, "version": version + 1, "data": data, "action": "archive", "actor": actor}
        session.execute(insert(m.Revision), [row])
    version = _latest_version(session, entity, key)
    audit_log.record(session, actor, "archive", entity, key, f"v{version}")
    return version


def _check_unused(session: Session, entity: str, key: str) -> None:
    """Themes and departments still used by a matter cannot be archived (the matter would point nowhere)."""
    if entity == "department":
        query: Any = select(m.ServiceMatter.name).join(m.Department).where(m.Department.code == key).limit(3)
    elif entity == "theme":
        query = (
            select(m.ServiceMatter.name)
            .join(m.matter_themes, m.matter_themes.c.matter_id == m.ServiceMatter.id)
            .join(m.Theme, m.Theme.id == m.matter_themes.c.theme_id)
            .where(m.Theme.code == key)
            .limit(3)
        )
    else:
        return
    users = list(session.scalars(query))
    if users:
        raise UserError(f"仍有事项使用它(如「{'」「'.join(users)}」),请先修改这些事项")


def restore(
    session: Session, entity: str, key: str, version: int, actor: str, *, now: dt.datetime | None = None
) -> int:
    """Publish an old revision's content again; the result is a new revision (history is never rewritten)."""
    kind = kind_of(entity)
    data = session.scalar(
        select(m.Revision.data).where(m.Revision.entity == entity, m.Revision.key == key, m.Revision.version == version)
    )
    if data is None:
        raise UserError(f"没有第 {version} 版")
    doc = kind.doc.model_validate(data)
    return publish(session, entity, doc, actor, action="restore", now=now)


# --- one session per user action ------------------------------------------------------------


class ContentEditor:
    """The operations above, each in its own committed transaction, for the admin screens."""

    def __init__(self, database: Database, now: Callable[[], dt.datetime] = local_now) -> None:
        self.database = database
        self.now = now

    def items(self, entity: str) -> list[ItemSummary]:
        with self.database.session() as session:
            return list_items(session, entity, self.now())

    def load(self, entity: str, key: str) -> LoadedItem | None:
        with self.database.session() as session:
            return load_item(session, entity, key)

    def save_draft(self, entity: str, doc: Doc, actor: str, replaces: str | None = None) -> str:
        with self.database.session() as session:
            key = save_draft(session, entity, doc, actor, replaces=replaces)
            session.commit()
        return key

    def discard_draft(self, entity: str, key: str, actor: str) -> bool:
        with self.database.session() as session:
            done = discard_draft(session, entity, key, actor)
            session.commit()
        return done

    def publish(
        self, entity: str, doc: Doc, actor: str, at: dt.datetime | None = None, replaces: str | None = None
    ) -> int:
        with self.database.session() as session:
            version = publish(session, entity, doc, actor, at=at, replaces=replaces, now=self.now())
            session.commit()
        return version

    def archive(self, entity: str, key: str, actor: str) -> int:
        with self.database.session() as session:
            version = archive(session, entity, key, actor)
            session.commit()
        return version

    def history(self, entity: str, key: str) -> list[RevisionInfo]:
        with self.database.session() as session:
            return history(session, entity, key)

    def revision(self, entity: str, key: str, version: int) -> dict[str, Any] | None:
        with self.database.session() as session:
            return revision_data(session, entity, key, version)

    def audit(self, *, action: str = "", entity: str = "", offset: int = 0, limit: int = 50) -> audit_log.AuditPage:
        with self.database.session() as session:
            return audit_log.page(session, action=action, entity=entity, offset=offset, limit=limit)

    def audit_filters(self) -> tuple[list[str], list[str]]:
        """The actions and the entities that occur in the audit log."""
        with self.database.session() as session:
            return audit_log.actions(session), audit_log.entities(session)

    def restore(self, entity: str, key: str, version: int, actor: str) -> int:
        with self.database.session() as session:
            new = restore(session, entity, key, version, actor, now=self.now())
            session.commit()
        return new
