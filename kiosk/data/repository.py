"""What screens and services read: plain documents, one short session per call.

Screens never see a Session or a table; they call these methods and get ``schema`` documents
(or the small summaries below) back. Public readers filter by audience and publish window here,
in one place, so staff-only content (对内公开) cannot leak through a forgotten filter in a screen.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import sqlite3
import time
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Concatenate, ParamSpec, TypeVar

from pydantic import TypeAdapter
from sqlalchemy import JSON, and_, func, literal, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import selectinload

from kiosk.data import convert, guidance_store, scheduled
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.read_cache import MISSING, Key, ReadCache
from kiosk.data.row_check import DATABASE_ERRORS, BadRow, BadRows, convert_rows, load_rows, read_table
from kiosk.data.schema import (
    BoardDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    GuidanceDoc,
    HallDoc,
    MatterDoc,
    NoticeDoc,
    PreDisclosureDoc,
    ServiceBundleDoc,
    StaffDoc,
    ThemeDoc,
    WindowDoc,
)
from kiosk.data.store import _Files, load_matters
from kiosk.errors import UserError

# The public record of the 差评 loop is built (and anonymised) next to the cases it reads; its
# documents are needed here at import time, for the snapshot's JSON adapter.
from kiosk.services.supervision.public import SupervisionBoard, public_board

log = logging.getLogger(__name__)


def now() -> dt.datetime:
    """Local wall-clock time, naive: publish windows are entered in the hall's local time."""
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class MatterSummary:
    """A matter as lists and search need it, without its materials.

    The kiosk keeps one for every published matter for as long as it runs (5,000 in a county's
    catalogue), so it has no ``__dict__`` (slots) and its repeated values — the department, its
    name, the handling kind, the themes, the dates — are one object per read, not one per matter
    (``_Same``): some 1.7 MB of 7.6 for 5,000 matters.
    """

    code: str
    name: str
    department: str
    department_name: str
    themes: tuple[str, ...]
    handling_kind: str
    promised_days: int
    search_text: str
    sort: int
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None

    def in_effect(self, today: dt.date) -> bool:
        return (self.effective_from is None or self.effective_from <= today) and (
            self.effective_until is None or today < self.effective_until
        )


def _staff_only(key: tuple[Any, ...]) -> bool:
    """Whether a read (``(name, args, kwargs)``) was made for a staff session: ``staff=True``."""
    return dict(key[2]).get("staff") is True


P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
_MISSING: Any = MISSING
# A failed read that took this long was a timeout (a line that is down, not a refused connection):
# for the next AWAY_SECONDS reads answer from the snapshot at once, and the content watcher (off
# the GUI thread) finds out when the database is back.
SLOW_FAILURE_SECONDS = 1.0
AWAY_SECONDS = 60.0
SCHEDULE_RECHECK_SECONDS = 30.0
_ADAPTERS: dict[str, TypeAdapter[Any]] = {}
GUIDES_KEPT = 24  # guides (``matter(code)``) kept in memory; a kiosk with a local store has all on disk
# Reads whose answer depends on the clock, and for how long an answer holds: the day for the
# supervision board's "rectified on time". (The dated lists read every published item and filter
# by the clock when they answer: ``notices``, ``matter_summaries``…, so they need no stamp.)
_BY_DAY = frozenset({"supervision_board"})


def _stamp(name: str, kwargs: dict[str, Any], clock: Callable[[], dt.datetime]) -> object:
    """How long an answer of read ``name`` holds (same stamp: still true), for reads that use the clock."""
    if kwargs.get("at") is not None:
        return None  # a given time: the answer never changes with the clock
    if name in _BY_DAY:
        return clock().date()
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
    restarted without its database still has it. A read called with ``staff=True`` (对内公开, for
    a staff session) is kept in the store's staff-only part, never beside the public content.

    Reads of dated content (notices, disclosures, plans, results, matters in effect) keep every
    published item and filter by the clock when they answer, so a kiosk offline for days still
    stops showing a notice whose window has closed and starts showing one whose window opens.
    """

    @functools.wraps(method)
    def read(self: ContentRepository, *args: P.args, **kwargs: P.kwargs) -> R:
        key: Key = (method.__name__, args, tuple(sorted(kwargs.items())))
        stamp = _stamp(method.__name__, kwargs, self.clock)
        if self.scheduled_due():  # a scheduled version's time came: it goes live, and is read
            self._go_live()
        if (fresh := self.answers.fresh(key, stamp)) is not _MISSING:
            return fresh  # nothing changed since it was read: the database is not asked
        if self.database_away() and (kept := self._last(method, key)) is not _MISSING:
            return kept  # the database made us wait a moment ago: do not make the resident wait too
        if self.unusable:  # the database watch found it gone, locked or broken: do not ask until it is back
            if (kept := self._last(method, key)) is not _MISSING:
                return kept
            raise UserError("数据库暂时无法访问,这部分内容稍后再看。")
        started = time.monotonic()
        try:
            if self.apply_scheduled():
                self.invalidate()  # what was kept in memory is older than what just went live
            generation = self.answers.generation
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

    def __init__(
        self,
        database: Database,
        local: LocalStore | None = None,
        clock: Callable[[], dt.datetime] = now,
        *,
        cache: bool = False,
    ) -> None:
        """``cache``: answer from memory until ``invalidate()`` (the kiosk, whose content changes only
        when it is told, or when a scheduled version's time comes); without it every read asks the
        database (the admin console's editors)."""
        self.database = database
        self.local = local
        self.clock = clock  # the hall's local time: when scheduled versions (定时发布) go live
        self.offline = False
        # the last answer of every read: served while fresh (``cache``), and the offline snapshot
        self.answers = ReadCache(serve_fresh=cache, bounded={"matter": GUIDES_KEPT})
        self._away_until = 0.0  # time.monotonic(): until then, answer from the snapshot without asking
        self._next_start: dt.datetime | None = None  # of the next scheduled version, as last seen
        self._schedule_seen_at: dt.datetime | None = None  # when (``clock``) ``_next_start`` was asked
        # Rows that could not be shown (a 50,000-character name, a date that is not a date): each
        # hides its own item only, and is listed here for 设备状态 and the console's quality check.
        self.bad_rows = BadRows()
        self.unusable = False  # set by the kiosk's database watch until the database answers again
        self._summaries: tuple[object, object, list[MatterSummary]] | None = None  # matter_summaries' last

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

    def scheduled_due(self) -> bool:
        """Whether answers kept in memory may be out of date because a scheduled version's time has
        come since (cheap: compares the clock with the start last seen)."""
        return self.answers.serve_fresh and self._next_start is not None and self.clock() >= self._next_start

    def _go_live(self) -> None:
        if not self.unusable and not self.database_away():
            with contextlib.suppress(*UNREACHABLE):  # the read itself finds out, and answers from the snapshot
                self.apply_scheduled()
        self.invalidate()

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
        self.unusable = False

    def database_unusable(self) -> None:
        """The database watch found the database unusable (file gone, locked, broken, server down):
        answer from the snapshot without asking until ``database_answers``."""
        self.unusable = True
        self.offline = True

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
        if isinstance(value, MatterDoc) and value.status != "published":
            return  # a draft or withdrawn guide read by code is shown, never kept
        try:
            text = _adapter(method).dump_json(value).decode("utf-8")
            self.local.save(stored_key, text, staff=_staff_only(key))
        except sqlite3.Error:  # a full or broken local disk must not stop the kiosk showing content
            log.exception("the local snapshot could not be written")

    def _stored(self, method: Callable[..., Any], key: tuple[Any, ...]) -> Any:
        stored_key = snapshot_key(*key) if self.local is not None else None
        if self.local is None or stored_key is None:
            return _MISSING
        text = self.local.load(stored_key, staff=_staff_only(key))
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
        self.decisions()
        self.supervision_board()
        self.bundles()
        self.guidance()
        summaries = self._matter_rows()
        for summary in summaries:
            key: Key = ("matter", (summary.code,), ())
            held = self.answers.has(key)
            self.matter(summary.code)
            if not held and self.local is not None:  # on disk is enough: guides with forms can be large
                self.answers.drop(key)
        if self.local is not None and not self.offline:  # a matter withdrawn since is not kept on disk
            wanted = {snapshot_key("matter", (summary.code,), ()) for summary in summaries}
            self.local.forget([key for key in self.local.keys('["matter", ') if key not in wanted])
        return len(summaries)

    @last_known
    def hall(self) -> HallDoc | None:
        with self.database.session() as session:
            found: list[BadRow] = []
            halls = load_rows(session, select(m.Hall).order_by(m.Hall.id).limit(1), m.Hall, found)
            boards = load_rows(session, select(m.Board).order_by(m.Board.sort, m.Board.code), m.Board, found)
            files = _Files(session)
            docs = convert_rows(halls, lambda h: convert.hall_doc(h, boards, files), "hall", found)
        self.bad_rows.report("hall", [b for b in found if b.table == "hall"])
        return docs[0] if docs else None

    @last_known
    def boards(self) -> list[BoardDoc]:
        with self.database.session() as session:
            query = select(m.Board).order_by(m.Board.sort, m.Board.code)
            return read_table(session, query, m.Board, partial(convert.simple_doc, BoardDoc), self.bad_rows)

    def disclosures(self, *, staff: bool = False, at: dt.datetime | None = None) -> list[DisclosureDoc]:
        """Visible disclosures; staff-audience ones only when ``staff`` is True (a staff session)."""
        when = at or self.clock()
        return [d for d in self._disclosure_rows(staff=staff) if d.is_visible(when)]

    @last_known
    def _disclosure_rows(self, *, staff: bool = False) -> list[DisclosureDoc]:
        query = select(m.Disclosure).where(m.Disclosure.status == "published")
        if not staff:
            query = query.where(m.Disclosure.audience == "public")
        query = query.order_by(m.Disclosure.sort, m.Disclosure.key)
        with self.database.session() as session:
            return self._read(session, query, m.Disclosure, partial(convert.simple_doc, DisclosureDoc), staff)

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

    def notices(self, at: dt.datetime | None = None) -> list[NoticeDoc]:
        when = at or self.clock()
        return [n for n in self._notice_rows() if n.is_visible(when)]

    @last_known
    def _notice_rows(self) -> list[NoticeDoc]:
        return self._all(m.Notice, NoticeDoc, published="published")

    def complaint_results(self, at: dt.datetime | None = None) -> list[ComplaintResultDoc]:
        when = at or self.clock()
        return [r for r in self._result_rows() if r.is_visible(when)]

    @last_known
    def _result_rows(self) -> list[ComplaintResultDoc]:
        return self._all(m.ComplaintResult, ComplaintResultDoc, published="published")

    def pre_disclosures(self, at: dt.datetime | None = None) -> list[PreDisclosureDoc]:
        when = at or self.clock()
        return [d for d in self._plan_rows() if d.in_window(when)]

    @last_known
    def _plan_rows(self) -> list[PreDisclosureDoc]:
        return self._all(m.PreDisclosure, PreDisclosureDoc, published="pre_disclosure")

    def decisions(self, at: dt.datetime | None = None) -> list[PreDisclosureDoc]:
        """Plans that ended in a published decision (决定), newest decision first, inside their window."""
        when = at or self.clock()
        docs = [d for d in self._decision_rows() if d.in_window(when)]
        return sorted(docs, key=lambda d: d.decided_on or dt.date.min, reverse=True)

    @last_known
    def _decision_rows(self) -> list[PreDisclosureDoc]:
        return [d for d in self._all(m.PreDisclosure, PreDisclosureDoc) if d.is_decision]

    @last_known
    def supervision_board(self, at: dt.date | None = None) -> SupervisionBoard:
        """The public part of the 差评 loop: closed cases anonymised, and the share rectified on time.

        Built by ``kiosk.services.supervision.public`` (the anonymising lives there, next to the
        cases it reads); only that public, anonymised record reaches the screen and the snapshot.
        """
        with self.database.session() as session:
            return public_board(session, at or self.clock().date())

    @last_known
    def staff(self) -> list[StaffDoc]:
        query = select(m.StaffMember).where(m.StaffMember.active.is_(True)).order_by(m.StaffMember.sort)
        with self.database.session() as session:
            files = _Files(session)
            return read_table(session, query, m.StaffMember, lambda r: convert.staff_doc(r, files), self.bad_rows)

    def matter_summaries(self, *, at: dt.date | None = None) -> list[MatterSummary]:
        """Published matters in effect today, for lists and search (the same list object as long as
        nothing changed: the search index and the lists on screen are kept for it)."""
        today = at or self.clock().date()
        rows = self._matter_rows()
        unreadable = frozenset(b.key for b in self.bad_rows.items() if b.table == "guides")
        kept = self._summaries
        if kept is not None and kept[0] is rows and kept[1] == (today, unreadable):
            return kept[2]
        found = [s for s in rows if s.in_effect(today) and s.code not in unreadable]
        self._summaries = (rows, (today, unreadable), found)
        return found

    @last_known
    def _matter_rows(self) -> list[MatterSummary]:
        """Every published matter, in effect or not (``matter_summaries`` filters by the day).

        Plain columns, no documents: 5,000 matters are read in a fraction of what building their
        objects took. A value a column cannot decode (a date that is not a date) makes the same
        read go row by row through the ORM (``row_check``), hiding only that matter."""
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
        if self.database.is_sqlite:  # PostgreSQL keeps no JSON it cannot read
            # a JSON column of the row the summary does not need, but the guide does: unreadable
            # there, the matter leaves the lists as it did when they were read as whole rows
            query = query.add_columns(_json_readable(sm).label("json_ok"))
        links = (
            select(m.matter_themes.c.matter_id, m.Theme.code)
            .join(m.Theme, m.matter_themes.c.theme_id == m.Theme.id)
            .order_by(m.matter_themes.c.matter_id, m.matter_themes.c.sort)
        )
        with self.database.session() as session:
            try:
                rows = session.execute(query).all()
                themes: dict[int, list[str]] = {}
                for matter_id, theme in session.execute(links):
                    themes.setdefault(matter_id, []).append(theme)
            except DATABASE_ERRORS:
                raise
            except Exception:  # a value the column type cannot decode: row by row, the slow way
                session.rollback()
                return self._matter_rows_slowly()
        if any(getattr(r, "json_ok", 1) == 0 for r in rows):
            return self._matter_rows_slowly()
        found: list[BadRow] = []
        same = _Same()
        summaries = convert_rows(rows, lambda r: _row_summary(r, themes.get(r.id, ()), same), "service_matters", found)
        self.bad_rows.report("service_matters", found)
        return summaries

    def _matter_rows_slowly(self) -> list[MatterSummary]:
        """``_matter_rows`` as whole ORM rows, one by one where one cannot be read (``row_check``)."""
        query = (
            select(m.ServiceMatter)
            .options(selectinload(m.ServiceMatter.themes), selectinload(m.ServiceMatter.department))
            .where(m.ServiceMatter.status == "published")
            .order_by(m.ServiceMatter.sort, m.ServiceMatter.code)
        )
        with self.database.session() as session:
            return read_table(session, query, m.ServiceMatter, partial(_summary, same=_Same()), self.bad_rows)

    @last_known
    def matter(self, code: str) -> MatterDoc | None:
        bad: list[BadRow] = []
        with self.database.session() as session:
            found = load_matters(session, [code], bad=bad)
            ids = list(session.scalars(select(m.ServiceMatter.id).where(m.ServiceMatter.code == code)))
        # reported as "guides": the lists keep reading the matter's own row fine, and must not
        # offer a guide whose materials cannot be read (a checklist missing one would mislead)
        self.bad_rows.report("guides", [replace(b, table="guides") for b in bad], ids=ids)
        return found[0] if found else None

    @last_known
    def bundles(self) -> list[ServiceBundleDoc]:
        """一件事 bundles residents may open: published, and every matter of them open today
        (a merged list missing one matter would mislead, so such a bundle is hidden)."""
        live = {s.code for s in self.matter_summaries()}
        bad: list[BadRow] = []
        with self.database.session() as session:
            docs = guidance_store.load_bundles(session, bad=bad)
        self.bad_rows.report("service_bundles", bad)
        return [b for b in docs if b.status == "published" and all(c in live for c in b.matters)]

    @last_known
    def guidance(self) -> GuidanceDoc | None:
        """The 智能导办 question tree, or None when the hall has none (the home tile is then hidden)."""
        with self.database.session() as session:
            try:
                return guidance_store.load_guidance(session)
            except ValueError:  # a tree that no longer validates is not walked
                log.exception("the 导办 tree cannot be read")
                return None

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

    def _all(self, table: Any, doc_type: Any, *, published: str = "") -> Any:
        """Every row of ``table`` as documents; with ``published``, only rows of that status."""
        query = select(table)
        if published:
            query = query.where(table.status == published)
        with self.database.session() as session:
            query = query.order_by(table.sort, table.id)
            return read_table(session, query, table, partial(convert.simple_doc, doc_type), self.bad_rows)

    def _read(self, session: Any, query: Any, table: Any, conv: Callable[[Any], Any], staff: bool) -> list[Any]:
        """A read of part of a table (the public disclosures): only the rows it covers are reported."""
        found: list[BadRow] = []
        docs = convert_rows(load_rows(session, query, table, found), conv, str(table.__tablename__), found)
        if staff:  # the staff read covers every row of the table
            self.bad_rows.report(str(table.__tablename__), found)
        else:
            self.bad_rows.report(str(table.__tablename__), found, ids=[b.row_id for b in found])
        return docs


def _checked(value: Any, kind: type, what: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{what} should be {kind.__name__}, not {type(value).__name__} {str(value)[:40]!r}")
    return value


def _json_readable(table: Any) -> Any:
    """SQL true where every JSON column of ``table``'s row holds JSON (SQLite's ``json_valid``)."""
    checks = [func.coalesce(func.json_valid(c), 1) for c in table.__table__.columns if isinstance(c.type, JSON)]
    return and_(*(check == 1 for check in checks)) if checks else literal(True)


class _Same(dict[Any, Any]):
    """The first of equal values seen in one read, handed out for every later one: each row of a
    read brings its own copy of its department's name, and 5,000 matters of 11 departments need 11."""

    def __call__(self, value: T) -> T:
        return typing.cast(T, self.setdefault(value, value))


def _row_summary(r: Any, themes: Sequence[str], same: _Same | None = None) -> MatterSummary:
    """``_summary`` of a row of plain columns (``_matter_rows``' fast read), with the same checks."""
    name = _checked(r.name, str, "name")
    if not name.strip() or len(name) > 200:
        raise ValueError(f"name should have 1 to 200 characters, not {len(name)}")
    same = _Same() if same is None else same
    return MatterSummary(
        code=_checked(r.code, str, "code"),
        name=name,
        department=same(_checked(r.department, str, "department")),
        department_name=same(_checked(r.department_name, str, "department name")),
        themes=same(tuple(_checked(t, str, "theme") for t in themes)),
        handling_kind=same(_checked(r.handling_kind, str, "handling_kind")),
        promised_days=_checked(r.promised_limit_value, int, "promised_limit_value"),
        search_text=_checked(r.search_text or "", str, "search_text"),
        sort=_checked(r.sort, int, "sort"),
        effective_from=same(r.effective_from),
        effective_until=same(r.effective_until),
    )


def _summary(r: m.ServiceMatter, same: _Same | None = None) -> MatterSummary:
    """A matter's summary, its values checked as the documents would (the lists must not meet a bad one)."""
    name = _checked(r.name, str, "name")
    if not name.strip() or len(name) > 200:
        raise ValueError(f"name should have 1 to 200 characters, not {len(name)}")
    same = _Same() if same is None else same
    return MatterSummary(
        code=_checked(r.code, str, "code"),
        name=name,
        department=same(_checked(r.department.code, str, "department")),
        department_name=same(_checked(r.department.name, str, "department name")),
        themes=same(tuple(_checked(t.code, str, "theme") for t in r.themes)),
        handling_kind=same(_checked(r.handling_kind, str, "handling_kind")),
        promised_days=_checked(r.promised_limit_value, int, "promised_limit_value"),
        search_text=_checked(r.search_text or "", str, "search_text"),
        sort=_checked(r.sort, int, "sort"),
        effective_from=same(r.effective_from),
        effective_until=same(r.effective_until),
    )
