"""Daily backups (每日备份): once a day, a checked copy of the database, keeping N generations. No Qt.

The kiosk calls ``DailyBackup.run_if_due()`` at start and then every hour (``backup_timer``); the
method decides. A backup is due when this process has not made one within a day *and* the backup
folder holds none younger than a day (read from the file names, which carry the time they were
written), so restarting the kiosk five times a day does not push five copies through the folder
and prune away a week of history. After a failure it waits ``retry`` before trying again, so a
missing USB disk writes one audit row every few hours, not one a minute.

Every copy is integrity-checked (``hall_files.checked_backup``); success and failure are audit
rows, which is where the files page reads "last backup: …" from. The clock is injected, so the
rules are tested without waiting a day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from kiosk.data.backup import prune
from kiosk.data.db import Database
from kiosk.data.settings import Settings
from kiosk.errors import UserError
from kiosk.services.hall_files import DAILY_BACKUP, backup_folder, backup_now

INTERVAL = dt.timedelta(days=1)
RETRY = dt.timedelta(hours=3)
ACTOR = "daily-backup"
STAMP = re.compile(r"^kiosk-(\d{8}-\d{6})")

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True)
class DailyResult:
    """One run: the file written and the old copies pruned, or why it failed."""

    ok: bool
    path: Path | None = None
    pruned: tuple[Path, ...] = ()
    message: str = ""


def written_at(path: Path) -> dt.datetime | None:
    """When a backup file was written, from its name (``kiosk-20260304-093000-….sqlite3``), local time."""
    found = STAMP.match(path.name)
    if not found:
        return None
    try:
        return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def newest_backup(folder: Path) -> dt.datetime | None:
    """The time of the newest backup in ``folder`` (None when there is none, or no folder)."""
    try:
        stamps = [written_at(p) for p in folder.glob("kiosk-*") if p.suffix in {".sqlite3", ".json"}]
    except OSError:
        return None
    found = [s for s in stamps if s is not None]
    return max(found) if found else None


class DailyBackup:
    """Decides when the daily backup is due and makes it; ``clock`` returns naive local time."""

    def __init__(
        self,
        database: Database,
        *,
        clock: Clock = dt.datetime.now,
        interval: dt.timedelta = INTERVAL,
        retry: dt.timedelta = RETRY,
    ) -> None:
        self.database = database
        self.settings = Settings(database)
        self.clock = clock
        self.interval = interval
        self.retry = retry
        self.last_success: dt.datetime | None = None
        self.last_failure: dt.datetime | None = None

    def folder(self) -> Path:
        return backup_folder(self.settings)

    def keep(self) -> int:
        try:
            return max(1, int(self.settings.get("backup_keep")))
        except (TypeError, ValueError):
            return 7

    def is_due(self) -> bool:
        now = self.clock()
        if self.last_failure is not None and now - self.last_failure < self.retry:
            return False
        if self.last_success is not None and now - self.last_success < self.interval:
            return False
        newest = newest_backup(self.folder())
        return newest is None or now - newest >= self.interval

    def run_if_due(self) -> DailyResult | None:
        """Back up and prune when due; None when it was not due. Never raises for a failed backup."""
        if not self.is_due():
            return None
        return self.run()

    def run(self) -> DailyResult:
        """Back up now and prune to ``backup_keep`` copies; failures are audited and returned."""
        now = self.clock()
        try:
            folder = self.folder()
            path = backup_now(self.database, folder, actor=ACTOR, action=DAILY_BACKUP)
            pruned = prune(folder, self.keep())
        except UserError as exc:
            self.last_failure = now
            return DailyResult(False, message=exc.message)
        except OSError as exc:  # pruning in a folder that vanished meanwhile
            self.last_failure = now
            return DailyResult(False, message=str(exc.strerror or exc))
        except SQLAlchemyError:  # the database is away (PostgreSQL over the network): try again later
            self.last_failure = now
            return DailyResult(False, message="数据库暂时无法访问，稍后再试")
        self.last_success, self.last_failure = now, None
        return DailyResult(True, path, tuple(pruned))
