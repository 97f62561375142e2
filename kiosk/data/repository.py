"""What screens and services read: plain documents, one short session per call.

Screens never see a Session or a table; they call these methods and get ``schema`` documents
(or the small summaries below) back. Public readers filter by audience and publish window here,
in one place, so staff-only content (对内公开) cannot leak through a forgotten filter in a screen.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import sqlite3
import time
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from pydantic import TypeAdapter
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from kiosk.data import convert, scheduled
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.local_store import LocalStore
from kiosk.data.schema import (
    BoardDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    HallDoc,
    MatterDoc,
    NoticeDoc,
    PreDisclosureDoc,
    StaffDoc,
    ThemeDoc,
    WindowDoc,
)
from kiosk.data.store import _Files, load_matters
from kiosk.errors import UserError

log = logging.getLogger(__name__)


def now() -> dt.datetime:
    """Local wall-clock time, naive: publish windows are entered in the hall's local time."""
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class MatterSummary:
    """A matter as lists and search need it, without its materials."""

    code: str
    name: str
    department: str
    department_name: str
    themes: tuple[str, ...]
    handling_kind: str
    promised_days: int
    search_text: str
    sort: int


P = ParamSpec("P")
R = TypeVar("R")
_MISSING: Any = object()
# A failed read that took this long was a timeout (a line that is down, not a refused connection):
# for the next AWAY_SECONDS reads answer from the snapshot at once, and the content watcher (off
# the GUI thread) finds out when the database is back.
SLOW_FAILURE_SECONDS = 1.0
AWAY_SECONDS = 60.0
SCHEDULE_RECHECK_SECONDS = 30.0
_ADAPTERS: dict[str, TypeAdapter[Any]] = {}


def snapshot_key(name: str, args: tuple[Any, ...], kwargs: tuple[tuple[str, Any], ...]) -> str | None:
    """The local store's key for a read, or None when its arguments are not plain values (a time)."""
    plain = (str, int, float, bool, type(None))
    if not all(isinstance(v, plain) for v in (*args, *(v for _, v in kwargs))):
        return None
    return json.dumps([name, list(args), dict(kwargs)], ensure_ascii=False)


def _adapter(method: Callable[..., Any]) -> TypeAdapter[Any]:
    """Reads and writes a method's answers as JSON, by its return annotation (documents, summaries)."""
    name = method.__name__
    if name not in _ADAPTERS:
        _ADAPTERS[name] = TypeAdapter(typing.get_type_hints(method)["return"])
    return _ADAPTERS[name]


def last_known(
    method: Callable[Concatenate[ContentRepository, P], R],
) -> Callable[Concatenate[ContentRepository, P], R]:
    """Answer from the last successful read when the database does not answer (the kiosk's snapshot).

    A kiosk that loses its shared database keeps showing what it showed, marked offline; what it
    never read while online is explained instead of shown. With a ``LocalStore`` the snapshot is
    also kept on disk (an answer is written only when it differs from the one kept), so a kiosk
    restarted without its database still has it.
    """

    @functools.wraps(method)
    def read(self: ContentRepository, *args: P.args, **kwargs: P.kwargs) -> R:
        key = (method.__name__, args, tuple(sorted(kwargs.items())))
        if self.database_away() and (kept := self._last(method, key)) is not _MISSING:
            return kept  # the database made us wait a moment ago: do not make the resident wait too
        started = time.monotonic()
        try:
            self.apply_scheduled()
            value = method(self, *args, **kwargs)
        except UNREACHABLE as exc:
            self.offline = True
            if time.monotonic() - started >= SLOW_FAILURE_SECONDS:
                self._away_until = time.monotonic() + AWAY_SECONDS
            if (kept := self._last(method, key)) is not _MISSING:
                return kept
            raise UserError("数据库暂时无法访问,这部分内容稍后再看。") from exc
        self.offline = False
        if self._snapshot.get(key, _MISSING) != value:
            self._keep(method, key, value)
        self._snapshot[key] = value
        return value

    return read


class ContentRepository:
    """Read access to the hall's content for the kiosk screens and services."""

    def __init__(
        self, database: Database, local: LocalStore | None = None, clock: Callable[[], dt.datetime] = now
    ) -> None:
        self.database = database
        self.local = local
        self.clock = clock  # the hall's local time: when scheduled versions (定时发布) go live
        self.offline = False
        self._snapshot: dict[tuple[Any, ...], Any] = {}
        self._away_until = 0.0  # time.monotonic(): until then, answer from the snapshot without asking
        self._next_start: dt.datetime | None = None  # of the next scheduled version, as last seen
        self._schedule_seen_at: dt.datetime | None = None  # when (``clock``) ``_next_start`` was asked

    def apply_scheduled(self, *, recheck: bool = False) -> bool:
        """Make live the scheduled versions whose time has come; True when one was.

        Cheap on every read: the time of the next scheduled version is remembered, and asked again
        only once it has come, every ``SCHEDULE_RECHECK_SECONDS`` (another console may schedule),
        or with ``recheck`` (the content watch). A database that does not answer raises as a read
        would; any other failure here never fails the read itself.
        """
        moment = self.clock()
        seen = self._schedule_seen_at
        fresh = seen is not None and seen <= moment < seen + dt.timedelta(seconds=SCHEDULE_RECHECK_SECONDS)
        if fresh and not recheck and (self._next_start is None or moment < self._next_start):
            return False
        from kiosk.data.editing import apply_due  # publishing needs the quality rules: not at import time

        try:
            with self.database.session() as session:
                applied = apply_due(session, moment)
                self._next_start = scheduled.next_start(session)
                session.commit()  # also a version dropped because it could no longer be published
        except UNREACHABLE:
            raise  # the read that called this answers from the snapshot, after one wait, not two
        except SQLAlchemyError:
            log.warning("scheduled versions could not be checked now", exc_info=True)
            return False
        self._schedule_seen_at = moment
        if applied:
            log.info("scheduled versions went live: %s", applied)
        return bool(applied)

    def database_away(self) -> bool:
        """Whether the database recently failed slowly (a connect timeout, not a refusal): reads then
        answer from the snapshot at once for ``AWAY_SECONDS``, or until ``database_answers``."""
        return time.monotonic() < self._away_until

    def database_answers(self) -> None:
        """The content watcher heard from the database: ask it again from now on."""
        self._away_until = 0.0

    def _last(self, method: Callable[..., Any], key: tuple[Any, ...]) -> Any:
        """The last answer to this read, from memory or the local store; ``_MISSING`` when never read."""
        self.offline = True
        if key in self._snapshot:
            return self._snapshot[key]
        stored = self._stored(method, key)
        if stored is not _MISSING:
            self._snapshot[key] = stored
        return stored

    def _keep(self, method: Callable[..., Any], key: tuple[Any, ...], value: Any) -> None:
        stored_key = snapshot_key(*key) if self.local is not None else None
        if self.local is None or stored_key is None:
            return
        try:
            self.local.save(stored_key, _adapter(method).dump_json(value).decode("utf-8"))
        except sqlite3.Error:  # a full or broken local disk must not stop the kiosk showing content
            log.exception("the local snapshot could not be written")

    def _stored(self, method: Callable[..., Any], key: tuple[Any, ...]) -> Any:
        stored_key = snapshot_key(*key) if self.local is not None else None
        text = self.local.load(stored_key) if self.local is not None and stored_key is not None else None
        if text is None:
            return _MISSING
        try:
            return _adapter(method).validate_json(text)
        except ValueError:  # kept by an older kiosk version whose documents no longer validate
            log.warning("the local snapshot of %s is unreadable", stored_key)
            return _MISSING

    def prefetch(self) -> int:
        """Read everything the resident screens show, every guide included, so that a kiosk that
        loses its database (or starts without it) has all of it in its snapshot; returns the
        number of guides read. Meant for a pool thread, while the database answers."""
        for read in (self.hall, self.boards, self.themes, self.departments, self.windows, self.staff):
            read()
        self.disclosures(staff=False)
        self.notices()
        self.complaint_channels()
        self.complaint_results()
        self.pre_disclosures()
        summaries = self.matter_summaries()
        for summary in summaries:
            key = ("matter", (summary.code,), ())
            held = key in self._snapshot
            self.matter(summary.code)
            if not held and self.local is not None:  # on disk is enough: guides with forms can be large
                self._snapshot.pop(key, None)
        return len(summaries)

    @last_known
    def hall(self) -> HallDoc | None:
        with self.database.session() as session:
            hall = session.scalar(select(m.Hall).limit(1))
            if hall is None:
                return None
            boards = list(session.scalars(select(m.Board).order_by(m.Board.sort, m.Board.code)))
            return convert.hall_doc(hall, boards, _Files(session))

    @last_known
    def boards(self) -> list[BoardDoc]:
        with self.database.session() as session:
            rows = session.scalars(select(m.Board).order_by(m.Board.sort, m.Board.code))
            return [convert.simple_doc(BoardDoc, r) for r in rows]

    @last_known
    def disclosures(self, *, staff: bool = False, at: dt.datetime | None = None) -> list[DisclosureDoc]:
        """Visible disclosures; staff-audience ones only when ``staff`` is True (a staff session)."""
        when = at or self.clock()
        query = select(m.Disclosure).order_by(m.Disclosure.sort, m.Disclosure.key)
        if not staff:
            query = query.where(m.Disclosure.audience == "public")
        with self.database.session() as session:
            docs = [convert.simple_doc(DisclosureDoc, r) for r in session.scalars(query)]
        return [d for d in docs if d.is_visible(when)]

    @last_known
    def themes(self) -> list[ThemeDoc]:
        return self._all(m.Theme, ThemeDoc)

    @last_known
    def departments(self) -> list[DepartmentDoc]:
        return self._all(m.Department, DepartmentDoc)

    @last_known
    def windows(self) -> list[WindowDoc]:
        return self._all(m.Window, WindowDoc)

    @last_known
    def complaint_channels(self) -> list[ComplaintChannelDoc]:
        return self._all(m.ComplaintChannel, ComplaintChannelDoc)

    @last_known
    def notices(self, at: dt.datetime | None = None) -> list[NoticeDoc]:
        when = at or self.clock()
        return [n for n in self._all(m.Notice, NoticeDoc) if n.is_visible(when)]

    @last_known
    def complaint_results(self, at: dt.datetime | None = None) -> list[ComplaintResultDoc]:
        when = at or self.clock()
        return [r for r in self._all(m.ComplaintResult, ComplaintResultDoc) if r.is_visible(when)]

    @last_known
    def pre_disclosures(self, at: dt.datetime | None = None) -> list[PreDisclosureDoc]:
        when = at or self.clock()
        docs = self._all(m.PreDisclosure, PreDisclosureDoc)
        return [d for d in docs if d.status == "pre_disclosure" and d.in_window(when)]

    @last_known
    def staff(self) -> list[StaffDoc]:
        with self.database.session() as session:
            rows = session.scalars(
                select(m.StaffMember).where(m.StaffMember.active.is_(True)).order_by(m.StaffMember.sort)
            )
            files = _Files(session)
            return [convert.staff_doc(r, files) for r in rows]

    @last_known
    def matter_summaries(self, *, at: dt.date | None = None) -> list[MatterSummary]:
        """Published matters in effect today, for lists and search."""
        today = at or self.clock().date()
        query = (
            select(m.ServiceMatter)
            .options(selectinload(m.ServiceMatter.themes), selectinload(m.ServiceMatter.department))
            .where(m.ServiceMatter.status == "published")
            .order_by(m.ServiceMatter.sort, m.ServiceMatter.code)
        )
        with self.database.session() as session:
            return [
                MatterSummary(
                    code=r.code,
                    name=r.name,
                    department=r.department.code,
                    department_name=r.department.name,
                    themes=tuple(t.code for t in r.themes),
                    handling_kind=r.handling_kind,
                    promised_days=r.promised_limit_value,
                    search_text=r.search_text,
                    sort=r.sort,
                )
                for r in session.scalars(query)
                if (r.effective_from is None or r.effective_from <= today)
                and (r.effective_until is None or today < r.effective_until)
            ]

    @last_known
    def matter(self, code: str) -> MatterDoc | None:
        with self.database.session() as session:
            found = load_matters(session, [code])
        return found[0] if found else None

    def content_version(self) -> str:
        """A fingerprint that changes whenever anything is published, imported, restored or set.

        Every publish and import adds a revision and every admin change an audit row, so the
        newest ids of both tell a kiosk sharing the database that it should refresh. Scheduled
        versions whose time has come go live first (the content watch calls this every 30 s).
        """
        self.apply_scheduled(recheck=True)
        with self.database.session() as session:
            revision = session.scalar(select(func.max(m.Revision.id))) or 0
            audit = session.scalar(select(func.max(m.AuditEntry.id))) or 0
            count = session.scalar(select(func.count()).select_from(m.Revision)) or 0
        return f"{revision}:{audit}:{count}"

    def _all(self, table: Any, doc_type: Any) -> Any:
        with self.database.session() as session:
            rows = session.scalars(select(table).order_by(table.sort, table.id))
            return [convert.simple_doc(doc_type, r) for r in rows]
