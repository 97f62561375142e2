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
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Concatenate, ParamSpec, TypeVar

from pydantic import TypeAdapter
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from kiosk.data import convert
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.row_check import BadRow, BadRows, convert_rows, load_rows, read_table
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

# The public record of the 差评 loop is built (and anonymised) next to the cases it reads; its
# documents are needed here at import time, for the snapshot's JSON adapter.
from kiosk.services.supervision.public import SupervisionBoard, public_board

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
_MISSING: Any = object()
# A failed read that took this long was a timeout (a line that is down, not a refused connection):
# for the next AWAY_SECONDS reads answer from the snapshot at once, and the content watcher (off
# the GUI thread) finds out when the database is back.
SLOW_FAILURE_SECONDS = 1.0
AWAY_SECONDS = 60.0
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
    restarted without its database still has it. A read called with ``staff=True`` (对内公开, for
    a staff session) is kept in the store's staff-only part, never beside the public content.

    Reads of dated content (notices, disclosures, plans, results, matters in effect) keep every
    published item and filter by the clock when they answer, so a kiosk offline for days still
    stops showing a notice whose window has closed and starts showing one whose window opens.
    """

    @functools.wraps(method)
    def read(self: ContentRepository, *args: P.args, **kwargs: P.kwargs) -> R:
        key = (method.__name__, args, tuple(sorted(kwargs.items())))
        if self.database_away() and (kept := self._last(method, key)) is not _MISSING:
            return kept  # the database made us wait a moment ago: do not make the resident wait too
        if self.unusable:  # the database watch found it gone, locked or broken: do not ask until it is back
            if (kept := self._last(method, key)) is not _MISSING:
                return kept
            raise UserError("数据库暂时无法访问,这部分内容稍后再看。")
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
        if self._snapshot.get(key, _MISSING) != value:
            self._keep(method, key, value)
        self._snapshot[key] = value
        return value

    return read


class ContentRepository:
    """Read access to the hall's content for the kiosk screens and services."""

    def __init__(self, database: Database, local: LocalStore | None = None) -> None:
        self.database = database
        self.local = local
        self.offline = False
        self._snapshot: dict[tuple[Any, ...], Any] = {}
        self._away_until = 0.0  # time.monotonic(): until then, answer from the snapshot without asking
        # Rows that could not be shown (a 50,000-character name, a date that is not a date): each
        # hides its own item only, and is listed here for 设备状态 and the console's quality check.
        self.bad_rows = BadRows()
        self.unusable = False  # set by the kiosk's database watch until the database answers again

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
        summaries = self._matter_rows()
        for summary in summaries:
            key = ("matter", (summary.code,), ())
            held = key in self._snapshot
            self.matter(summary.code)
            if not held and self.local is not None:  # on disk is enough: guides with forms can be large
                self._snapshot.pop(key, None)
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
        when = at or now()
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
        when = at or now()
        return [n for n in self._notice_rows() if n.is_visible(when)]

    @last_known
    def _notice_rows(self) -> list[NoticeDoc]:
        return self._all(m.Notice, NoticeDoc, published="published")

    def complaint_results(self, at: dt.datetime | None = None) -> list[ComplaintResultDoc]:
        when = at or now()
        return [r for r in self._result_rows() if r.is_visible(when)]

    @last_known
    def _result_rows(self) -> list[ComplaintResultDoc]:
        return self._all(m.ComplaintResult, ComplaintResultDoc, published="published")

    def pre_disclosures(self, at: dt.datetime | None = None) -> list[PreDisclosureDoc]:
        when = at or now()
        return [d for d in self._plan_rows() if d.in_window(when)]

    @last_known
    def _plan_rows(self) -> list[PreDisclosureDoc]:
        return self._all(m.PreDisclosure, PreDisclosureDoc, published="pre_disclosure")

    def decisions(self, at: dt.datetime | None = None) -> list[PreDisclosureDoc]:
        """Plans that ended in a published decision (决定), newest decision first, inside their window."""
        when = at or now()
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
            return public_board(session, at or now().date())

    @last_known
    def staff(self) -> list[StaffDoc]:
        query = select(m.StaffMember).where(m.StaffMember.active.is_(True)).order_by(m.StaffMember.sort)
        with self.database.session() as session:
            files = _Files(session)
            return read_table(session, query, m.StaffMember, lambda r: convert.staff_doc(r, files), self.bad_rows)

    def matter_summaries(self, *, at: dt.date | None = None) -> list[MatterSummary]:
        """Published matters in effect today, for lists and search."""
        today = at or now().date()
        unreadable = {b.key for b in self.bad_rows.items() if b.table == "guides"}
        return [s for s in self._matter_rows() if s.in_effect(today) and s.code not in unreadable]

    @last_known
    def _matter_rows(self) -> list[MatterSummary]:
        """Every published matter, in effect or not (``matter_summaries`` filters by the day)."""
        query = (
            select(m.ServiceMatter)
            .options(selectinload(m.ServiceMatter.themes), selectinload(m.ServiceMatter.department))
            .where(m.ServiceMatter.status == "published")
            .order_by(m.ServiceMatter.sort, m.ServiceMatter.code)
        )
        with self.database.session() as session:
            return read_table(session, query, m.ServiceMatter, _summary, self.bad_rows)

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


def _summary(r: m.ServiceMatter) -> MatterSummary:
    """A matter's summary, its values checked as the documents would (the lists must not meet a bad one)."""
    name = _checked(r.name, str, "name")
    if not name.strip() or len(name) > 200:
        raise ValueError(f"name should have 1 to 200 characters, not {len(name)}")
    return MatterSummary(
        code=_checked(r.code, str, "code"),
        name=name,
        department=_checked(r.department.code, str, "department"),
        department_name=_checked(r.department.name, str, "department name"),
        themes=tuple(_checked(t.code, str, "theme") for t in r.themes),
        handling_kind=_checked(r.handling_kind, str, "handling_kind"),
        promised_days=_checked(r.promised_limit_value, int, "promised_limit_value"),
        search_text=_checked(r.search_text or "", str, "search_text"),
        sort=_checked(r.sort, int, "sort"),
        effective_from=r.effective_from,
        effective_until=r.effective_until,
    )
