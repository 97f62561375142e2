"""The kiosk's own small SQLite file (本机缓存): what it last read, what it took while offline, its reserved serials.

A kiosk sharing a PostgreSQL database with other kiosks must keep working when the network or
the server goes away. This file, beside the kiosk and never shared, holds

- the content snapshot: the last answer of every ``ContentRepository`` read (and the settings),
  as JSON, so a kiosk restarted without its database still shows what it showed;
- the outbox: ratings, opinions and issued staff notices taken while the shared database did not
  answer, each with the uid it will have there (``kiosk.data.outbox`` sends them);
- a block of notice serial numbers reserved in the shared counter while online, so a notice
  issued offline gets a number no other kiosk can ever give out;
- the kiosk's identity (``kiosk_id``), generated once.

It runs in WAL mode with ``synchronous=FULL`` (a kiosk loses power), and taking a serial number
and queueing its notice is one transaction: a number is either used *and* queued, or neither.
One connection, shared by the GUI thread and pool threads behind a lock. No Qt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.engine import make_url

from kiosk.data.db import APP_NAME, Database, connect_later, open_database, resolve_url
from kiosk.errors import UserError

log = logging.getLogger(__name__)
T = TypeVar("T")
SETTINGS_KEY = "settings"  # the snapshot of the shared settings, beside the content reads

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshot (
    key TEXT PRIMARY KEY, digest TEXT NOT NULL, value TEXT NOT NULL, saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, uid TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL, queued_at TEXT NOT NULL, serial TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS serial_block (
    id INTEGER PRIMARY KEY CHECK (id = 1), prefix TEXT NOT NULL, year INTEGER NOT NULL,
    first INTEGER NOT NULL, next INTEGER NOT NULL, last INTEGER NOT NULL
);
"""


def default_folder() -> Path:
    """``KIOSK_LOCAL_DIR`` when set (tests, a second kiosk on one machine), else the user data folder."""
    if folder := os.environ.get("KIOSK_LOCAL_DIR"):
        return Path(folder).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def store_path(url: str, folder: Path | None = None) -> Path:
    """``<folder>/local-<hash>.sqlite3`` for the database at ``url``.

    The hash is of the URL without its password, so changing the password keeps the snapshot and
    the outbox; another database (another hall) gets another file, never this one's content.
    """
    plain = make_url(url).render_as_string(hide_password=True)
    digest = hashlib.sha256(plain.encode("utf-8")).hexdigest()[:16]
    return (folder or default_folder()) / f"local-{digest}.sqlite3"


def open_for_kiosk(db: str | None = None, folder: Path | None = None) -> tuple[Database, LocalStore | None, bool]:
    """The shared database, this kiosk's local store, and whether the kiosk starts offline.

    When the database does not answer but the local store has a snapshot, the database is
    returned unconnected (``connect_later``) with True: the kiosk starts on its snapshot, marked
    offline, and catches up when the database answers. Without a snapshot the database's own
    explanation (``UserError``) is raised. A local store that cannot be opened (a read-only or
    full disk) leaves the kiosk without one rather than without its database.

    A kiosk on an SQLite file has no local store: its database is on its own disk already, and a
    reserved block would only make each year's first notice number 6.
    """
    url = resolve_url(db)
    if make_url(url).get_backend_name() == "sqlite":
        return open_database(url), None, False
    try:
        database = open_database(url)
    except UserError:
        local = _with_snapshot(store_path(url, folder))
        if local is None:
            raise
        return connect_later(url), local, True
    try:
        return database, LocalStore.for_database(url, folder), False
    except (OSError, sqlite3.Error):
        log.exception("the local store cannot be opened: this kiosk works only while its database answers")
        return database, None, False


def _with_snapshot(path: Path) -> LocalStore | None:
    """The store at ``path`` when it exists, opens and holds a snapshot."""
    if not path.exists():
        return None
    try:
        local = LocalStore(path)
    except (OSError, sqlite3.Error):
        log.exception("the local store %s cannot be opened", path)
        return None
    if local.has_snapshot():
        return local
    local.close()
    return None


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OutboxItem:
    """Something taken offline, waiting to be written to the shared database under ``uid``."""

    id: int
    kind: str  # rating, opinion, notice, usage (a batch of counts)
    uid: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class SerialBlock:
    """Serial numbers ``first`` … ``last`` of ``prefix``/``year``, reserved for this kiosk; ``next`` is unused yet."""

    prefix: str
    year: int
    first: int
    next: int
    last: int

    @property
    def remaining(self) -> int:
        return max(0, self.last - self.next + 1)

    @property
    def touched(self) -> bool:
        """Whether a number of the block was used (offline)."""
        return self.next > self.first


class LocalStore:
    """The kiosk's local SQLite file; ``":memory:"`` for a store that lives only as long as the process."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        self._digests: dict[str, str] = dict(self._db.execute("SELECT key, digest FROM snapshot").fetchall())
        self._kiosk_id = self._identity()

    @classmethod
    def for_database(cls, url: str, folder: Path | None = None) -> LocalStore:
        return cls(store_path(url, folder))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``), under the lock."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- identity --------------------------------------------------------------------------

    def _identity(self) -> str:
        with self._transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'kiosk_id'").fetchone()
            if row is not None:
                return str(row[0])
            kiosk_id = uuid.uuid4().hex
            db.execute("INSERT INTO meta (key, value) VALUES ('kiosk_id', ?)", (kiosk_id,))
            return kiosk_id

    @property
    def kiosk_id(self) -> str:
        """This kiosk's stable random id: in ``kiosk_id`` of what it stores, and in its serial reservations."""
        return self._kiosk_id

    # -- snapshot --------------------------------------------------------------------------

    def has_snapshot(self) -> bool:
        """Whether anything was ever read from the shared database into this file."""
        return bool(self._digests.keys() - {SETTINGS_KEY})

    def load(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM snapshot WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def save(self, key: str, text: str) -> bool:
        """Keep ``text`` under ``key``; False (and nothing written) when it is what is kept already."""
        digest = digest_of(text)
        if self._digests.get(key) == digest:
            return False
        with self._transaction() as db:
            db.execute(
                "INSERT INTO snapshot (key, digest, value, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET digest = excluded.digest, value = excluded.value, "
                "saved_at = excluded.saved_at",
                (key, digest, text, _stamp()),
            )
            self._digests[key] = digest
        return True

    # -- outbox ----------------------------------------------------------------------------

    def queue(self, kind: str, uid: str, payload: dict[str, Any]) -> None:
        """Keep ``payload`` until it is in the shared database; a uid already queued is left as it is."""
        with self._transaction() as db:
            self._queue(db, kind, uid, payload)

    @staticmethod
    def _queue(db: sqlite3.Connection, kind: str, uid: str, payload: dict[str, Any], serial: str = "") -> None:
        db.execute(
            "INSERT INTO outbox (kind, uid, payload, queued_at, serial) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (uid) DO NOTHING",
            (kind, uid, json.dumps(payload, ensure_ascii=False), _stamp(), serial),
        )

    def outbox(self) -> list[OutboxItem]:
        """What waits to be sent, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT id, kind, uid, payload FROM outbox ORDER BY id").fetchall()
        return [OutboxItem(int(i), str(k), str(u), json.loads(p)) for i, k, u, p in rows]

    def outbox_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def remove(self, item_id: int) -> None:
        """Forget an item once the shared database has committed it."""
        with self._transaction() as db:
            db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))

    def queued_notice(self, serial: str) -> dict[str, Any] | None:
        """The payload of a notice issued offline and not sent yet, by its serial."""
        with self._lock:
            row = self._db.execute(
                "SELECT payload FROM outbox WHERE kind = 'notice' AND serial = ?", (serial.strip(),)
            ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    # -- reserved serial numbers -----------------------------------------------------------

    def serial_block(self) -> SerialBlock | None:
        with self._lock:
            row = self._db.execute("SELECT prefix, year, first, next, last FROM serial_block WHERE id = 1").fetchone()
        return None if row is None else SerialBlock(str(row[0]), *(int(v) for v in row[1:]))

    def set_serial_block(self, prefix: str, year: int, first: int, last: int) -> None:
        """Hold ``first`` … ``last`` from now on; the unused rest of an earlier block is dropped (a gap)."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO serial_block (id, prefix, year, first, next, last) VALUES (1, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET prefix = excluded.prefix, year = excluded.year, "
                "first = excluded.first, next = excluded.next, last = excluded.last",
                (prefix, year, first, first, last),
            )

    def issue_offline(self, year: int, build: Callable[[str, int], tuple[str, str, dict[str, Any], T]]) -> T | None:
        """Take the next reserved number of ``year`` and queue the notice ``build(prefix, number)`` makes.

        ``build`` returns ``(uid, serial, payload, result)``; ``result`` is handed back. None when no
        reserved number of ``year`` is left. Both happen in one transaction, or neither.
        """
        with self._transaction() as db:
            row = db.execute("SELECT prefix, year, next, last FROM serial_block WHERE id = 1").fetchone()
            if row is None or int(row[1]) != year or int(row[2]) > int(row[3]):
                return None
            uid, serial, payload, result = build(str(row[0]), int(row[2]))
            db.execute("UPDATE serial_block SET next = next + 1 WHERE id = 1")
            self._queue(db, "notice", uid, payload, serial)
            return result


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
