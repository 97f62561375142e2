"""Import, export, backup and restore as the admin console runs them: one audit row each. No Qt here.

The data layer does the work (``exchange`` reads, checks and saves all or nothing; ``backup``
copies and restores); this module adds what an admin at the kiosk needs around it: a result
object instead of an exception for a refused import (the screen shows its problems as a table),
the backup folder from the settings, an integrity check of every copy, and the audit trail —
every import, export, backup and restore, done or refused, is written to the audit log, which is
also where the files page reads "last backup: …" from.

Functions here block (they read and write files and the database); screens call them through
``BackgroundCall`` so the kiosk keeps answering touches.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.backup import backup, default_backup_dir, restore
from kiosk.data.db import Database, sqlite_path, upgrade_database
from kiosk.data.exchange import export_file, import_file, read_file
from kiosk.data.settings import Settings
from kiosk.errors import InvalidImport, Problem, UserError

if TYPE_CHECKING:
    from kiosk.data.exchange.office_sheet import Layout
    from kiosk.data.exchange.report import ImportReport

EXPORT_FORMATS = ("json", "xlsx")
# Audit actions written here (the audit viewer shows them as they are).
IMPORT_REFUSED = "import.refused"
IMPORT_REPORT = "import.report"  # an import report saved from the files page
EXPORT = "export"
BACKUP = "backup"  # a backup made from the files page
DAILY_BACKUP = "backup.daily"  # the automatic daily backup
BACKUP_FAILED = "backup.failed"
RESTORE = "restore.backup"
RESTORE_FAILED = "restore.failed"
BACKUP_ACTIONS = (BACKUP, DAILY_BACKUP, BACKUP_FAILED)


@dataclass(frozen=True)
class ImportOutcome:
    """What became of an import or its dry run: a report of the changes, or the problems found."""

    path: Path
    dry_run: bool
    report: ImportReport | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return self.report is not None and not self.problems


@dataclass(frozen=True)
class BackupStatus:
    """The latest backup attempt as the audit log remembers it."""

    at: dt.datetime  # local time
    ok: bool
    detail: str  # the file written, or why it failed
    daily: bool


def record(database: Database, actor: str, action: str, key: str = "", detail: str = "") -> None:
    """One audit row in a transaction of its own (for outcomes that changed no content)."""
    with database.session() as session:
        audit_log.record(session, actor, action, "file", key, detail)
        session.commit()


def run_import(
    database: Database,
    path: Path,
    *,
    dry_run: bool,
    actor: str,
    progress: Callable[[str], None] | None = None,
    **options: Any,
) -> ImportOutcome:
    """Check (``dry_run``) or import ``path``; located problems come back in the outcome, not raised.

    ``options`` go to the importer: ``ticks`` (progress within a step), ``column_map`` (an office
    spreadsheet's confirmed mapping), ``publish_anyway``.

    A file that cannot be read at all raises ``UserError`` with one sentence. A refused real
    import is audited (``import.refused``); a successful one is audited by ``import_file`` inside
    its own transaction. Dry runs change nothing and write no audit row.
    """
    try:
        report = import_file(database, path, dry_run=dry_run, actor=actor, progress=progress, **options)
    except InvalidImport as exc:
        if not dry_run:
            detail = f"{path}: {len(exc.problems)} 处错误，数据库未做任何改动"
            record(database, actor, IMPORT_REFUSED, path.name, detail)
        return ImportOutcome(path, dry_run, problems=tuple(exc.problems))
    except UserError as exc:
        if not dry_run:
            record(database, actor, IMPORT_REFUSED, path.name, f"{path}: {exc.message}")
        raise
    return ImportOutcome(path, dry_run, report=report)


def export_name(fmt: str, now: dt.datetime | None = None) -> str:
    """``hall-content-20260304-0930.json``: ASCII, so any USB disk's file system takes it."""
    return f"hall-content-{(now or dt.datetime.now()):%Y%m%d-%H%M%S}.{fmt}"


def export_to(database: Database, folder: Path, fmt: str, *, actor: str) -> Path:
    """Export everything into a new file in ``folder``; returns the file written."""
    if fmt not in EXPORT_FORMATS:
        raise UserError(f"导出格式应为 json 或 xlsx，而不是 {fmt!r}")
    if not folder.is_dir():
        raise UserError(f"找不到文件夹 {folder}（U 盘是否已拔出？）")
    target = folder / export_name(fmt)
    export_file(database, target)
    record(database, actor, EXPORT, target.name, str(target))
    return target


def backup_folder(settings: Settings) -> Path:
    """The ``backup_folder`` setting, or the default folder beside the database."""
    value = str(settings.get("backup_folder") or "").strip()
    return Path(value).expanduser() if value else default_backup_dir()


def checked_backup(database: Database, folder: Path) -> Path:
    """A backup in ``folder``, checked: SQLite copies pass ``integrity_check`` (``backup`` checks
    before the copy gets its name); a JSON export (PostgreSQL) must read back as a valid file."""
    path = backup(database, folder)
    if path.suffix == ".json":
        try:
            read_file(path)
        except UserError:
            path.unlink(missing_ok=True)
            raise UserError(f"备份文件 {path.name} 写入后无法读回，已删除；请检查备份文件夹所在的磁盘") from None
    return path


def backup_now(database: Database, folder: Path, *, actor: str, action: str = BACKUP) -> Path:
    """Back up now into ``folder``; audited whether it worked or not."""
    kind = "daily" if action == DAILY_BACKUP else ""
    try:
        path = checked_backup(database, folder)
    except UserError as exc:
        record(database, actor, BACKUP_FAILED, kind, exc.message)
        raise
    except (OSError, sqlite3.Error) as exc:  # a full or vanished disk
        message = f"无法写入备份文件夹 {folder}：{getattr(exc, 'strerror', None) or exc}"
        record(database, actor, BACKUP_FAILED, kind, message)
        raise UserError(message) from None
    record(database, actor, action, path.name, str(path))
    return path


def restore_backup(database: Database, file: Path, safety_folder: Path, *, actor: str) -> Path:
    """Restore ``file`` after backing up the current database into ``safety_folder``; returns that copy.

    The audit row is written after the restore (a restored SQLite file brings its own audit log,
    which then records that it was restored, and from what).
    """
    try:
        safety = restore(database, file, safety_folder)
        if sqlite_path(database.url) is not None:
            upgrade_database(database)  # a backup from an older version gets the current schema
    except UserError as exc:
        record(database, actor, RESTORE_FAILED, file.name, exc.message)
        raise
    record(database, actor, RESTORE, file.name, f"从 {file} 恢复；恢复前的数据已备份到 {safety}")
    return safety


def last_backup(database: Database) -> BackupStatus | None:
    """The newest backup attempt in the audit log (a manual or daily one, done or failed)."""
    with database.session() as session:
        row = session.scalars(
            select(m.AuditEntry)
            .where(m.AuditEntry.action.in_(BACKUP_ACTIONS))
            .order_by(m.AuditEntry.at.desc(), m.AuditEntry.id.desc())
            .limit(1)
        ).one_or_none()
        if row is None:
            return None
        at = row.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
        daily = row.action == DAILY_BACKUP or row.key == "daily"
        return BackupStatus(at, row.action != BACKUP_FAILED, row.detail, daily)


class HallFiles:
    """The files page's service: the functions above bound to one database and the signed-in admin."""

    def __init__(self, database: Database, actor: str) -> None:
        self.database = database
        self.actor = actor
        self.settings = Settings(database)

    def check(self, path: Path, progress: Callable[[str], None] | None = None, **options: Any) -> ImportOutcome:
        return run_import(self.database, path, dry_run=True, actor=self.actor, progress=progress, **options)

    def import_(self, path: Path, progress: Callable[[str], None] | None = None, **options: Any) -> ImportOutcome:
        return run_import(self.database, path, dry_run=False, actor=self.actor, progress=progress, **options)

    def columns(self, path: Path) -> Layout | None:
        """An office spreadsheet's detected column mapping (for the admin to confirm); None for other shapes."""
        from kiosk.data.exchange.detect import detect
        from kiosk.data.exchange.office_sheet import detect as detect_columns

        if detect(path).kind != "sheet":
            return None
        return detect_columns(path)[0]

    def save_report(self, report: ImportReport, folder: Path) -> Path:
        """The import report as an HTML file in ``folder`` (a USB disk, say); audited."""
        if not folder.is_dir():
            raise UserError(f"找不到文件夹 {folder}（U 盘是否已拔出？）")
        target = folder / f"import-report-{dt.datetime.now():%Y%m%d-%H%M%S}.html"
        report.write(target)
        record(self.database, self.actor, IMPORT_REPORT, target.name, str(target))
        return target

    def export(self, folder: Path, fmt: str) -> Path:
        return export_to(self.database, folder, fmt, actor=self.actor)

    def backup_folder(self) -> Path:
        return backup_folder(self.settings)

    def keep(self) -> int:
        return int(self.settings.get("backup_keep"))

    def backup_now(self) -> Path:
        return backup_now(self.database, self.backup_folder(), actor=self.actor)

    def restore(self, file: Path) -> Path:
        return restore_backup(self.database, file, self.backup_folder(), actor=self.actor)

    def last_backup(self) -> BackupStatus | None:
        return last_backup(self.database)

    @property
    def is_sqlite(self) -> bool:
        return self.database.is_sqlite
