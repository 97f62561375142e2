"""Device health (设备状态): who each kiosk is, the heartbeat it writes, and which kiosks need a look.

Every kiosk writes one row of ``kiosk_heartbeats`` when it starts and every ``heartbeat_seconds``
(a minute by default): program version, uptime, the screen shown, its printer's state, free disk,
how long the database took to answer, its last error and how many items wait in its outbox. The
console's 设备状态 page and ``kiosk status`` read the rows back and mark a kiosk red when it has not
been heard from for ``silent_seconds`` (3 minutes), its printer cannot print (out of paper …),
errors repeat, or its disk is nearly full.

``last_seen`` is the database's clock, so a kiosk whose own clock is wrong is judged fairly. The
sample is taken and written on a pool thread (``heartbeat.HeartbeatWorker``); nothing here
touches Qt, and a database that does not answer only costs the beat. ``kiosk_identity`` is the
one function that says who this kiosk is: the random id its local store made once (a kiosk on
PostgreSQL), or one made once in a small file beside it (a kiosk on its own SQLite file).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk import __version__
from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import Database, sqlite_path
from kiosk.data.local_store import LocalStore
from kiosk.data.local_store import default_folder as local_folder
from kiosk.data.settings import Settings
from kiosk.services.printer_watch import PrinterState, PrintRecord, printer_state
from kiosk.services.printing import default_folder as default_print_folder
from kiosk.services.recent_errors import RecentErrors

log = logging.getLogger(__name__)
IDENTITY_FILE = "kiosk-id"
REPEATED_ERRORS = 3  # this many errors within ten minutes turn a kiosk red
LOW_DISK_BYTES = 200 * 1024 * 1024
OK, RED = "ok", "red"


def host_name() -> str:
    return socket.gethostname() or "kiosk"


def kiosk_identity(local: LocalStore | None = None, folder: Path | None = None) -> str:
    """This kiosk's stable id: its local store's (PostgreSQL), else one kept in ``<folder>/kiosk-id``.

    The file is made once, atomically; a folder that cannot be written gives an id derived from
    the host name, which is at least stable until the machine is renamed.
    """
    if local is not None:
        return local.kiosk_id
    place = folder or local_folder()
    path = place / IDENTITY_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        if len(text) == 32 and all(c in "0123456789abcdef" for c in text):
            return text
    except (OSError, UnicodeDecodeError):
        pass
    new = uuid.uuid4().hex
    try:
        place.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{IDENTITY_FILE}.{os.getpid()}.part")
        part.write_text(new, encoding="ascii")
        try:
            os.link(part, path)  # fails if another process made one first: then that one counts
        except FileExistsError:
            part.unlink(missing_ok=True)
            return kiosk_identity(None, place)
        part.unlink(missing_ok=True)
        return new
    except OSError:
        log.warning("no place to keep the kiosk id in %s: derived from the host name", place)
        return uuid.uuid5(uuid.NAMESPACE_DNS, host_name()).hex


def database_now(session: Session) -> dt.datetime:
    """The database's clock in UTC, naive (as the models store times); an SQLite file's is this machine's."""
    if session.get_bind().dialect.name == "postgresql":
        value = session.scalar(select(func.timezone("UTC", func.now())))
        if isinstance(value, dt.datetime):
            return value.replace(tzinfo=None, microsecond=0)
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def free_disk(path: Path) -> int | None:
    """Free bytes on the disk holding ``path`` (its nearest existing folder)."""
    place = path
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free
    except OSError:
        return None


@dataclass(frozen=True)
class Sample:
    """What one heartbeat says about this kiosk (``HealthProbe.sample``)."""

    kiosk_id: str
    host_name: str
    version: str
    started_at: dt.datetime
    uptime_seconds: int
    screen: str
    printer: PrinterState
    disk_free_bytes: int | None
    last_error: str
    last_error_at: dt.datetime | None
    errors_recent: int
    outbox_pending: int
    details: dict[str, Any] = field(default_factory=dict)


class HealthProbe:
    """Takes and writes this kiosk's heartbeat; ``beat`` runs on a pool thread (no Qt, no widgets).

    ``notes`` adds lines for the console (a missing translation catalogue, items hidden because
    their rows are bad); more sources can be added later with ``add_notes``. Each is called on the
    pool thread at every beat and must return plain strings quickly (no Qt, no widgets).
    """

    def __init__(
        self,
        database: Database,
        kiosk_id: str,
        *,
        local: LocalStore | None = None,
        errors: RecentErrors | None = None,
        prints: PrintRecord | None = None,
        notes: Callable[[], list[str]] = list,
    ) -> None:
        self.database = database
        self.kiosk_id = kiosk_id
        self.local = local
        self.errors = errors or RecentErrors()
        self.prints = prints or PrintRecord()
        self.note_sources: list[Callable[[], list[str]]] = [notes]
        self.settings = Settings(database, local)
        self.started_monotonic = time.monotonic()
        self.started_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
        self.host = host_name()

    def add_notes(self, source: Callable[[], list[str]]) -> None:
        """Another source of lines for the console's 设备状态 card (e.g. the items a bad row hid)."""
        self.note_sources.append(source)

    def notes(self) -> list[str]:
        found: list[str] = []
        for source in self.note_sources:
            try:
                found += [str(n) for n in source()]
            except Exception:  # a broken source must not cost the beat
                log.exception("a health note source failed")
        return found

    def disk_path(self) -> Path:
        """The disk whose free space matters: the SQLite file's, else the local store's folder."""
        path = sqlite_path(self.database.url)
        if path is not None:
            return path
        if self.local is not None and isinstance(self.local.path, Path):
            return self.local.path
        return local_folder()

    def sample(self, screen: str) -> Sample:
        """This kiosk now; ``screen`` was read on the GUI thread by the caller."""
        last = self.errors.last()
        try:
            folder = str(self.settings.get("print_folder") or "").strip() or str(default_print_folder())
            printer = printer_state(self.settings.get("printer"), self.prints, folder_label=folder)
        except Exception as exc:  # a CUPS or settings hiccup must not cost the whole beat
            printer = PrinterState("", "unknown", type(exc).__name__)
        recent = [e.as_dict() for e in self.errors.entries()[-5:]]
        return Sample(
            kiosk_id=self.kiosk_id,
            host_name=self.host,
            version=__version__,
            started_at=self.started_at,
            uptime_seconds=int(time.monotonic() - self.started_monotonic),
            screen=screen[:64],
            printer=printer,
            disk_free_bytes=free_disk(self.disk_path()),
            last_error=last.message if last else "",
            last_error_at=last.at if last else None,
            errors_recent=self.errors.count_recent(),
            outbox_pending=self.local.outbox_count() if self.local is not None else 0,
            details={"recent_errors": recent, "notes": self.notes()},
        )

    def beat(self, screen: str) -> Sample:
        """Take a sample and write it; raises what the database raises when it does not answer."""
        sample = self.sample(screen)
        write_heartbeat(self.database, sample)
        return sample


def write_heartbeat(database: Database, sample: Sample) -> int:
    """Insert or replace this kiosk's row; returns the database's latency (ms) measured on the way."""
    with database.session() as session, session.begin():
        started = time.perf_counter()
        now = database_now(session)
        latency = round((time.perf_counter() - started) * 1000)
        row = session.get(m.KioskHeartbeat, sample.kiosk_id)
        if row is None:
            row = m.KioskHeartbeat(kiosk_id=sample.kiosk_id, display_name="")
            session.add(row)
        row.host_name = sample.host_name[:200]
        row.last_seen = now
        row.started_at = sample.started_at
        row.version = sample.version[:32]
        row.uptime_seconds = sample.uptime_seconds
        row.screen = sample.screen
        row.printer = sample.printer.label[:200]
        row.printer_state = sample.printer.state[:32]
        row.printer_message = sample.printer.message[:300]
        row.disk_free_bytes = sample.disk_free_bytes
        row.db_latency_ms = latency
        row.last_error = sample.last_error
        row.last_error_at = sample.last_error_at
        row.errors_recent = sample.errors_recent
        row.outbox_pending = sample.outbox_pending
        row.details = sample.details
    return latency


@dataclass(frozen=True)
class KioskStatus:
    """One kiosk as 设备状态 and ``kiosk status`` show it: its row, judged at the database's ``now``."""

    kiosk_id: str
    name: str
    host_name: str
    version: str
    last_seen: dt.datetime
    seconds_since_seen: int
    uptime_seconds: int
    screen: str
    printer: str
    printer_state: str
    printer_message: str
    disk_free_bytes: int | None
    db_latency_ms: int | None
    last_error: str
    last_error_at: dt.datetime | None
    errors_recent: int
    outbox_pending: int
    recent_errors: list[dict[str, str]]
    notes: list[str]
    state: str  # ok or red
    reasons: list[str]  # why red: silent, printer, errors, disk

    def as_json(self) -> dict[str, Any]:
        """The object ``kiosk status --json`` prints (times in UTC, ISO 8601)."""

        def stamp(value: dt.datetime | None) -> str | None:
            return None if value is None else value.isoformat(timespec="seconds") + "Z"

        return {
            "kiosk_id": self.kiosk_id,
            "name": self.name,
            "host_name": self.host_name,
            "version": self.version,
            "last_seen": stamp(self.last_seen),
            "seconds_since_seen": self.seconds_since_seen,
            "uptime_seconds": self.uptime_seconds,
            "screen": self.screen,
            "printer": {"name": self.printer, "state": self.printer_state, "message": self.printer_message},
            "disk_free_bytes": self.disk_free_bytes,
            "db_latency_ms": self.db_latency_ms,
            "last_error": self.last_error or None,
            "last_error_at": stamp(self.last_error_at),
            "errors_recent": self.errors_recent,
            "recent_errors": self.recent_errors,
            "outbox_pending": self.outbox_pending,
            "notes": self.notes,
            "state": self.state,
            "reasons": self.reasons,
            "why": reasons_text(self),
        }


def assess(row: m.KioskHeartbeat, now: dt.datetime, silent_seconds: int) -> KioskStatus:
    """Judge one heartbeat row: red when silent too long, the printer cannot print, errors repeat, the disk is full."""
    since = max(0, int((now - row.last_seen).total_seconds()))
    printer = PrinterState(row.printer, row.printer_state, row.printer_message)
    reasons = []
    if since > silent_seconds:
        reasons.append("silent")
    if printer.fault:
        reasons.append("printer")
    if row.errors_recent >= REPEATED_ERRORS:
        reasons.append("errors")
    if row.disk_free_bytes is not None and row.disk_free_bytes < LOW_DISK_BYTES:
        reasons.append("disk")
    details = row.details if isinstance(row.details, dict) else {}
    recent = details.get("recent_errors")
    notes = details.get("notes")
    return KioskStatus(
        kiosk_id=row.kiosk_id,
        name=row.display_name or row.host_name or row.kiosk_id[:8],
        host_name=row.host_name,
        version=row.version,
        last_seen=row.last_seen,
        seconds_since_seen=since,
        uptime_seconds=row.uptime_seconds,
        screen=row.screen,
        printer=row.printer,
        printer_state=row.printer_state,
        printer_message=row.printer_message,
        disk_free_bytes=row.disk_free_bytes,
        db_latency_ms=row.db_latency_ms,
        last_error=row.last_error,
        last_error_at=row.last_error_at,
        errors_recent=row.errors_recent,
        outbox_pending=row.outbox_pending,
        recent_errors=[dict(e) for e in recent if isinstance(e, dict)] if isinstance(recent, list) else [],
        notes=[str(n) for n in notes] if isinstance(notes, list) else [],
        state=RED if reasons else OK,
        reasons=reasons,
    )


def reasons_text(status: KioskStatus) -> str:
    """Why a kiosk is red, in one Chinese line (the CLI's and the log's wording; the page translates)."""
    words = {
        "silent": f"已 {status.seconds_since_seen // 60} 分钟没有消息",
        "printer": f"打印机:{status.printer_message or status.printer_state}",
        "errors": f"十分钟内出错 {status.errors_recent} 次",
        "disk": "磁盘快满了",
    }
    return ";".join(words[r] for r in status.reasons) or "正常"


def silent_seconds(settings: Settings) -> int:
    try:
        return max(1, int(settings.get("silent_seconds")))
    except (TypeError, ValueError):
        return 180


def fleet(database: Database) -> list[KioskStatus]:
    """Every kiosk that ever wrote a heartbeat on this database, red ones first, then by name."""
    bound = silent_seconds(Settings(database))
    with database.session() as session:
        now = database_now(session)
        rows = session.scalars(select(m.KioskHeartbeat)).all()
        statuses = [assess(row, now, bound) for row in rows]
    return sorted(statuses, key=lambda s: (s.state != RED, s.name.lower(), s.kiosk_id))


def rename_kiosk(database: Database, kiosk_id: str, name: str, *, actor: str) -> None:
    """Give a kiosk the name people know it by (empty: its host name); audited."""
    name = " ".join(name.split())[:200]
    with database.session() as session, session.begin():
        row = session.get(m.KioskHeartbeat, kiosk_id)
        if row is None:
            return
        old, row.display_name = row.display_name, name
        audit_log.record(
            session, actor, "kiosk.rename", "kiosk", kiosk_id, f"{old or row.host_name} → {name or row.host_name}"
        )


def forget_kiosk(database: Database, kiosk_id: str, *, actor: str) -> None:
    """Take a retired kiosk off the list (it comes back if it ever beats again); audited."""
    with database.session() as session, session.begin():
        row = session.get(m.KioskHeartbeat, kiosk_id)
        name = (row.display_name or row.host_name) if row is not None else ""
        session.execute(delete(m.KioskHeartbeat).where(m.KioskHeartbeat.kiosk_id == kiosk_id))
        audit_log.record(session, actor, "kiosk.forget", "kiosk", kiosk_id, name)
