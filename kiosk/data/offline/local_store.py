"""The kiosk's own small SQLite file (本机缓存): what it last read, what it took while offline, its reserved serials.

A kiosk sharing a PostgreSQL database with other kiosks must keep working when the network or
the server goes away. This file, beside the kiosk and never shared, holds

- the content snapshot: the last answer of every ``ContentRepository`` read (and the settings),
  as JSON, files included (blank forms, samples, photos, the logo), so a kiosk restarted without
  its database still shows what it showed. Only published public content goes to ``snapshot``;
  what a staff session read (对内公开) goes to ``staff_snapshot``, apart, and only then;
- the outbox: ratings, opinions and issued staff notices taken while the shared database did not
  answer, each with the uid it will have there (``kiosk.data.offline.outbox`` sends them);
- a block of notice serial numbers reserved in the shared counter while online, so a notice
  issued offline gets a number no other kiosk can ever give out; when the block is used up, a
  notice is issued under a provisional id (临时编号, ``provisional``) and numbered on delivery —
  the table keeps which serial each provisional id got, for 补打;
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
CREATE TABLE IF NOT EXISTS staff_snapshot (
    key TEXT PRIMARY KEY, digest TEXT NOT NULL, value TEXT NOT NULL, saved_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, uid TEXT NOT NULL UNIQUE,
    payload TEXT NOT NULL, queued_at TEXT NOT NULL, serial TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS provisional (
    provisional_id TEXT PRIMARY KEY, uid TEXT NOT NULL UNIQUE, issued_at TEXT NOT NULL,
    serial TEXT NOT NULL DEFAULT '', delivered_at TEXT NOT NULL DEFAULT ''
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
    except UserError as exc:
        local = _with_snapshot(store_path(url, folder))
        if local is None:
            raise NoSnapshot(exc.message) from None
        return connect_later(url), local, True
    try:
        return database, LocalStore.for_database(url, folder), False
    except (OSError, sqlite3.Error):
        log.exception("the local store cannot be opened: this kiosk works only while its database answers")
        return database, None, False


def _with_snapshot(path: Path) -> LocalStore | None:
    """The store at ``path`` when it exists, opens and holds a snapshot."""
    local = existing_store(path)
    if local is None or local.has_snapshot():
        return local
    local.close()
    return None


def existing_store(path: Path) -> LocalStore | None:
    """The store at ``path`` when there is one that opens (never creates one: for commands that only look)."""
    if not path.exists():
        return None
    try:
        return LocalStore(path)
    except (OSError, sqlite3.Error):
        log.exception("the local store %s cannot be opened", path)
        return None


class NoSnapshot(UserError):
    """The shared database does not answer and this machine never kept a snapshot of it."""

    def __init__(self, database_problem: str) -> None:
        super().__init__(
            "信息亭正在等待数据库。\n\n本机还没有离线副本（联网运行过一次之后才有），所以暂时无法显示内容；"
            f"数据库恢复连接后会自动开始，无需任何操作。\n\n{database_problem}"
        )
        self.database_problem = database_problem


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OutboxItem:
    """Something taken offline, waiting to be written to the shared database under ``uid``."""

    id: int
    kind: str  # rating, opinion, notice
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
        self._digests: dict[tuple[bool, str], str] = {
            (staff, str(key)): str(digest)
            for staff, table in ((False, "snapshot"), (True, "staff_snapshot"))
            for key, digest in self._db.execute(f"SELECT key, digest FROM {table}").fetchall()
        }
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
        """Whether public content was ever read from the shared database into this file."""
        return any(not staff and key != SETTINGS_KEY for staff, key in self._digests)

    def snapshot_saved_at(self) -> str:
        """When the public snapshot was last written (ISO, UTC), "" when never."""
        with self._lock:
            row = self._db.execute("SELECT max(saved_at) FROM snapshot WHERE key != ?", (SETTINGS_KEY,)).fetchone()
        return str(row[0] or "")

    def load(self, key: str, *, staff: bool = False) -> str | None:
        with self._lock:
            row = self._db.execute(f"SELECT value FROM {_table(staff)} WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def save(self, key: str, text: str, *, staff: bool = False) -> bool:
        """Keep ``text`` under ``key`` (in the staff-only part with ``staff``); False (and nothing
        written) when it is what is kept already."""
        digest = digest_of(text)
        if self._digests.get((staff, key)) == digest:
            return False
        with self._transaction() as db:
            db.execute(
                f"INSERT INTO {_table(staff)} (key, digest, value, saved_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET digest = excluded.digest, value = excluded.value, "
                "saved_at = excluded.saved_at",
                (key, digest, text, _stamp()),
            )
            self._digests[(staff, key)] = digest
        return True

    def keys(self, prefix: str = "") -> list[str]:
        """Keys of the public snapshot that start with ``prefix``."""
        return sorted(key for staff, key in self._digests if not staff and key.startswith(prefix))

    def forget(self, keys: list[str]) -> None:
        """Drop these keys from the public snapshot (content withdrawn since it was read)."""
        if not keys:
            return
        with self._transaction() as db:
            db.executemany("DELETE FROM snapshot WHERE key = ?", [(key,) for key in keys])
            for key in keys:
                self._digests.pop((False, key), None)

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

    def pending_count(self) -> int:
        """How many items wait to be delivered (one indexed count: cheap enough for every heartbeat)."""
        return self.outbox_count()

    def queued_at(self) -> dict[int, str]:
        """When each waiting item was queued (ISO, UTC), by outbox id."""
        with self._lock:
            return {int(i): str(at) for i, at in self._db.execute("SELECT id, queued_at FROM outbox")}

    def remove(self, item_id: int) -> None:
        """Forget an item once the shared database has committed it."""
        with self._transaction() as db:
            db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))

    def delivered_provisional(self, item_id: int, provisional_id: str, serial: str) -> None:
        """Forget a delivered provisional notice and remember the serial it got, in one transaction."""
        with self._transaction() as db:
            db.execute("DELETE FROM outbox WHERE id = ?", (item_id,))
            db.execute(
                "UPDATE provisional SET serial = ?, delivered_at = ? WHERE provisional_id = ?",
                (serial, _stamp(), provisional_id),
            )

    def provisional_serial(self, provisional_id: str) -> str:
        """The serial a provisional notice got on delivery; "" while it waits (or when unknown)."""
        with self._lock:
            row = self._db.execute(
                "SELECT serial FROM provisional WHERE provisional_id = ?", (provisional_id.strip(),)
            ).fetchone()
        return "" if row is None else str(row[0])

    def queued_notices(self) -> list[dict[str, Any]]:
        """The payloads of every notice issued offline and not delivered yet, oldest first."""
        with self._lock:
            rows = self._db.execute("SELECT payload FROM outbox WHERE kind = 'notice' ORDER BY id").fetchall()
        return [dict(json.loads(payload)) for (payload,) in rows]

    def queued_notice(self, serial: str) -> dict[str, Any] | None:
        """The payload of a notice issued offline and not sent yet, by its serial (or provisional id)."""
        with self._lock:
            row = self._db.execute(
                "SELECT payload FROM outbox WHERE kind = 'notice' AND serial = ?", (serial.strip(),)
            ).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def amend_queued_notice(self, serial: str, changes: dict[str, Any]) -> bool:
        """Change fields of a notice still waiting in the outbox (its print state); False when it is not there."""
        with self._transaction() as db:
            row = db.execute(
                "SELECT id, payload FROM outbox WHERE kind = 'notice' AND serial = ?", (serial.strip(),)
            ).fetchone()
            if row is None:
                return False
            payload = {**json.loads(row[1]), **changes}
            db.execute("UPDATE outbox SET payload = ? WHERE id = ?", (json.dumps(payload, ensure_ascii=False), row[0]))
            return True

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

    def clear_serial_block(self) -> None:
        """Hold no reserved numbers (the hall set the block size to 0): offline notices are provisional."""
        with self._transaction() as db:
            db.execute("DELETE FROM serial_block")

    def issue_provisional(self, build: Callable[[str], tuple[str, dict[str, Any], T]]) -> T:
        """Queue the notice ``build(provisional_id)`` makes under the next provisional id of this kiosk.

        ``build`` returns ``(uid, payload, result)``. The id, ``临`` + the first four characters of
        the kiosk id + a number counted on this kiosk (临3F9A-0007), is what the paper shows instead
        of a serial until delivery numbers the notice. Id and outbox item: one transaction.
        """
        with self._transaction() as db:
            count = int(db.execute("SELECT count(*) FROM provisional").fetchone()[0])
            provisional_id = f"临{self.kiosk_id[:4].upper()}-{count + 1:04d}"
            uid, payload, result = build(provisional_id)
            db.execute(
                "INSERT INTO provisional (provisional_id, uid, issued_at) VALUES (?, ?, ?)",
                (provisional_id, uid, _stamp()),
            )
            self._queue(db, "notice", uid, payload, provisional_id)
            return result

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


def _table(staff: bool) -> str:
    return "staff_snapshot" if staff else "snapshot"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
