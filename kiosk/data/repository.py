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

from kiosk.data import convert
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.local_store import LocalStore
from kiosk.data.read_cache import MISSING, Key, ReadCache
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
_MISSING: Any = MISSING
# A failed read that took this long was a timeout (a line that is down, not a refused connection):
# for the next AWAY_SECONDS reads answer from the snapshot at once, and the content watcher (off
# the GUI thread) finds out when the database is back.
SLOW_FAILURE_SECONDS = 1.0
AWAY_SECONDS = 60.0
_ADAPTERS: dict[str, TypeAdapter[Any]] = {}
GUIDES_KEPT = 24  # guides (``matter(code)``) kept in memory; a kiosk with a local store has all on disk
# Reads whose answer depends on the clock, and for how long an answer holds: the day for matters
# in effect (dates), the minute for publish windows.
_BY_DAY = frozenset({"matter_summaries"})
_BY_MINUTE = frozenset({"disclosures", "notices", "complaint_results", "pre_disclosures"})


def _stamp(name: str, kwargs: dict[str, Any]) -> object:
    """How long an answer of read ``name`` holds (same stamp: still true), for reads that use the clock."""
    if kwargs.get("at") is not None:
        return None  # a given time: the answer never changes with the clock
    if name in _BY_DAY:
        return now().date()
    if name in _BY_MINUTE:
        return now().replace(second=0)
    return None


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
        key: Key = (method.__name__, args, tuple(sorted(kwargs.items())))
        stamp = _stamp(method.__name__, kwargs)
        if (fresh := self.answers.fresh(key, stamp)) is not _MISSING:
            return fresh  # nothing changed since it was read: the database is not asked
        if self.database_away() and (kept := self._last(method, key)) is not _MISSING:
            return kept  # the database made us wait a moment ago: do not make the resident wait too
        generation = self.answers.generation
        started = time.monotonic()
        try:
            value = method(self, *args, **kwargs)
        except UNREACHABLE as exc:
            self.offline = True
            if time.monotonic() - started >= SLOW_FAILURE_SECONDS:
                self._away_until = time.monotonic() + AWAY_SECONDS
            if (kept := self._last(method, key)) is not _MISSING:
                return kept
            raise UserError("数据库暂时无法访问,这部分内容稍后再看。") from exc
        self.offline = False
        if self.answers.last(key) != value:
            self._keep(method, key, value)
        return typing.cast(R, self.answers.keep(key, value, stamp, generation))

    return read


class ContentRepository:
    """Read access to the hall's content for the kiosk screens and services."""

    def __init__(self, database: Database, local: LocalStore | None = None, *, cache: bool = False) -> None:
        """``cache``: answer from memory until ``invalidate()`` (the kiosk, whose content changes only
        when it is told); without it every read asks the database (the admin console's editors)."""
        self.database = database
        self.local = local
        self.offline = False
        # the last answer of every read: served while fresh (``cache``), and the offline snapshot
        self.answers = ReadCache(serve_fresh=cache, bounded={"matter": GUIDES_KEPT})
        self._away_until = 0.0  # time.monotonic(): until then, answer from the snapshot without asking

    def invalidate(self) -> None:
        """Content may have changed (a publish seen by the watcher, an import, a console session):
        every read asks the database again (what it read last stays the offline snapshot)."""
        self.answers.invalidate()

    def note_reachable(self, reachable: bool) -> None:
        """What the content watcher found out: the database answers again, or it does not."""
        if reachable:
            self.database_answers()
        self.offline = not reachable

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
        if (kept := self.answers.last(key)) is not _MISSING:
            return kept
        stored = self._stored(method, key)
        if stored is not _MISSING:
            self.answers.keep(key, stored, generation=-1)  # never fresh: it is only the snapshot
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
            key: Key = ("matter", (summary.code,), ())
            held = self.answers.has(key)
            self.matter(summary.code)
            if not held and self.local is not None:  # on disk is enough: guides with forms can be large
                self.answers.drop(key)
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
        when = at or now()
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
        when = at or now()
        return [n for n in self._all(m.Notice, NoticeDoc) if n.is_visible(when)]

    @last_known
    def complaint_results(self, at: dt.datetime | None = None) -> list[ComplaintResultDoc]:
        when = at or now()
        return [r for r in self._all(m.ComplaintResult, ComplaintResultDoc) if r.is_visible(when)]

    @last_known
    def pre_disclosures(self, at: dt.datetime | None = None) -> list[PreDisclosureDoc]:
        when = at or now()
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
        """Published matters in effect today, for lists and search (plain columns, no documents:
        5,000 matters are read in a fraction of what building their objects took)."""
        today = at or now().date()
        sm, department = m.ServiceMatter, m.Department
        query = (
            select(
                sm.id,
                sm.code,
                sm.name,
                department.code.label("department"),
                department.name.label("department_name"),
                sm.handling_kind,
                sm.promised_limit_value,
                sm.search_text,
                sm.sort,
                sm.effective_from,
                sm.effective_until,
            )
            .join(department, sm.department_id == department.id)
            .where(sm.status == "published")
            .order_by(sm.sort, sm.code)
        )
        links = (
            select(m.matter_themes.c.matter_id, m.Theme.code)
            .join(m.Theme, m.matter_themes.c.theme_id == m.Theme.id)
            .order_by(m.matter_themes.c.matter_id, m.matter_themes.c.sort)
        )
        with self.database.session() as session:
            rows = session.execute(query).all()
            themes: dict[int, list[str]] = {}
            for matter_id, theme in session.execute(links):
                themes.setdefault(matter_id, []).append(theme)
        return [
            MatterSummary(
                code=r.code,
                name=r.name,
                department=r.department,
                department_name=r.department_name,
                themes=tuple(themes.get(r.id, ())),
                handling_kind=r.handling_kind,
                promised_days=r.promised_limit_value,
                search_text=r.search_text,
                sort=r.sort,
            )
            for r in rows
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
        newest ids of both tell a kiosk sharing the database that it should refresh.
        """
        with self.database.session() as session:
            revision = session.scalar(select(func.max(m.Revision.id))) or 0
            audit = session.scalar(select(func.max(m.AuditEntry.id))) or 0
            count = session.scalar(select(func.count()).select_from(m.Revision)) or 0
        return f"{revision}:{audit}:{count}"

    def _all(self, table: Any, doc_type: Any) -> Any:
        with self.database.session() as session:
            rows = session.scalars(select(table).order_by(table.sort, table.id))
            return [convert.simple_doc(doc_type, r) for r in rows]
