"""Counting how the kiosk is used, for the statistics (统计): guides opened, checklists printed, searches. No Qt.

What is counted, and nothing more:

- ``view``: a guide was opened (its matter code);
- ``print``: a resident's checklist came out of the printer (its matter code);
- ``search``: a search the resident finished (left the search screen or tapped a result), with
  the number of results. Only when it found *nothing* are the typed words kept — the hall's
  content gap list — and even then not when they look personal (four or more digits in a row,
  as in a phone, ID-card or house number; an e-mail address), and never more than 20 characters.

No answers to 情形 questions, no session, no applicant, no screen position: an event is a kind,
a time (UTC, to the second), a matter code or the gap words, and the kiosk's random id.

A tap never waits for a count: ``UsageRecorder`` only appends to a list in memory (under a lock,
a few microseconds). ``flush`` writes what was collected as one batch in one transaction; the
kiosk calls it on a pool thread every minute and when it goes idle (``services.usage_flush``).

A kiosk whose shared database does not answer puts the batch into its local outbox (one outbox
item per batch, sent with the ratings when the database is back; the batch's uid makes a second
delivery a no-op, see ``usage_batches``). Counts are worth keeping offline — a village station
may be cut off for a day, and a day of missing use would bend the hour-of-day chart — and a
batch costs one small row locally. A kiosk without a local store (its own SQLite file, which
does not go away) keeps a failed batch in memory and tries again; past ``BUFFER_LIMIT`` events
the oldest are dropped with a log line, so memory never grows without bound.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.offline.local_store import LocalStore

log = logging.getLogger(__name__)

VIEW, PRINT, SEARCH = "view", "print", "search"
KINDS = (VIEW, PRINT, SEARCH)
WORDS_LIMIT = 20
BUFFER_LIMIT = 5_000
OUTBOX_KIND = "usage"
_PERSONAL = re.compile(r"\d{4,}|@")


def gap_words(query: str) -> str:
    """What is kept of a search that found nothing: the words, spaces tidied, cut to 20 characters;
    nothing when they look personal (a phone, ID-card or house number, an e-mail address)."""
    text = " ".join(query.split())
    if not text or _PERSONAL.search(text.replace(" ", "")):
        return ""
    return text[:WORDS_LIMIT]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


@dataclass(frozen=True)
class UsageEvent:
    """One counted use, as it waits to be written."""

    kind: str
    at: dt.datetime  # UTC, naive
    matter_code: str = ""
    found: int = 0
    words: str = ""

    def as_list(self) -> list[Any]:
        return [self.kind, self.at.isoformat(), self.matter_code, self.found, self.words]

    @classmethod
    def from_list(cls, values: Sequence[Any]) -> UsageEvent:
        kind, at, code, found, words = values
        return cls(str(kind), dt.datetime.fromisoformat(str(at)), str(code), int(found), str(words))


def write_batch(session: Session, uid: str, events: Iterable[UsageEvent], kiosk_id: str = "") -> bool:
    """Insert a batch of events under ``uid`` in the caller's transaction; False (and nothing written)
    when a batch with that uid is there already (sent before, from the outbox or a lost answer)."""
    rows = [
        {
            "kind": e.kind,
            "at": e.at,
            "matter_code": e.matter_code[:64],
            "found": e.found,
            "words": e.words[:40],
            "kiosk_id": kiosk_id,
        }
        for e in events
    ]
    batch = {"uid": uid, "events": len(rows), "kiosk_id": kiosk_id, "written_at": utc_now()}
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        statement: Any = postgresql.insert(m.UsageBatch).values(batch).on_conflict_do_nothing(index_elements=["uid"])
    else:
        from sqlalchemy.dialects import sqlite

        statement = sqlite.insert(m.UsageBatch).values(batch).on_conflict_do_nothing(index_elements=["uid"])
    # RETURNING says whether the row went in (psycopg reports rowcount -1 for this statement)
    if session.execute(statement.returning(m.UsageBatch.uid)).scalar() is None:
        return False
    if rows:
        session.execute(insert(m.UsageEvent), rows)
    return True


def deliver_outbox_batch(session: Session, uid: str, payload: dict[str, Any]) -> None:
    """An outbox item of kind ``usage`` (a batch taken offline), written once."""
    events = [UsageEvent.from_list(values) for values in payload.get("events", [])]
    write_batch(session, uid, events, str(payload.get("kiosk_id", "")))


class UsageRecorder:
    """Collects counts in memory (thread-safe, never touching the database) and writes them in batches.

    ``clock`` gives the UTC time of an event (tests pass their own).
    """

    def __init__(
        self,
        database: Database,
        local: LocalStore | None = None,
        *,
        kiosk_id: str = "",
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.database = database
        self.local = local
        self.kiosk_id = kiosk_id or (local.kiosk_id if local is not None else "")
        self.clock = clock
        self._lock = threading.Lock()
        self._events: deque[UsageEvent] = deque()
        self._writing = 0  # taken out of memory by a flush that has not finished yet
        self.dropped = 0

    # -- counting (GUI thread; microseconds) -----------------------------------------------------

    def _add(self, event: UsageEvent) -> None:
        with self._lock:
            self._events.append(event)
            while len(self._events) > BUFFER_LIMIT:
                self._events.popleft()
                self.dropped += 1

    def viewed(self, matter_code: str) -> None:
        """A guide was opened."""
        if matter_code:
            self._add(UsageEvent(VIEW, self.clock(), matter_code))

    def printed(self, matter_code: str) -> None:
        """A resident's checklist was printed."""
        self._add(UsageEvent(PRINT, self.clock(), matter_code))

    def searched(self, query: str, found: int) -> None:
        """A finished search; the words are kept only when it found nothing (see ``gap_words``)."""
        if not query.strip():
            return
        self._add(UsageEvent(SEARCH, self.clock(), "", max(0, found), "" if found else gap_words(query)))

    def pending(self) -> int:
        """Counts not yet written: in memory, or taken by a flush still writing them."""
        with self._lock:
            return len(self._events) + self._writing

    # -- writing (a pool thread) -----------------------------------------------------------------

    def flush(self) -> int:
        """Write what was collected as one batch; returns how many events left memory (written, or
        queued in the local outbox). On failure without a local store they are kept for next time."""
        with self._lock:
            events = list(self._events)
            self._events.clear()
            self._writing += len(events)
        if not events:
            return 0
        try:
            return self._write(events)
        finally:
            with self._lock:
                self._writing -= len(events)

    def _write(self, events: list[UsageEvent]) -> int:
        uid = str(uuid.uuid4())
        try:
            with self.database.session() as session, session.begin():
                write_batch(session, uid, events, self.kiosk_id)
            return len(events)
        except UNREACHABLE:
            if self.local is not None:
                payload = {"kiosk_id": self.kiosk_id, "events": [e.as_list() for e in events]}
                self.local.queue(OUTBOX_KIND, uid, payload)  # same uid: a commit whose answer was lost is not doubled
                log.info("the database does not answer: %d usage counts wait in the local outbox", len(events))
                return len(events)
            log.warning("the database does not answer: %d usage counts are kept in memory", len(events))
            with self._lock:
                self._events.extendleft(reversed(events))
                while len(self._events) > BUFFER_LIMIT:
                    self._events.popleft()
                    self.dropped += 1
            return 0
