"""Backups and restores of the hall's database.

SQLite: a consistent copy through SQLite's online backup API, integrity-checked. PostgreSQL: the
JSON export (the server's own tools back up the rest). A restore always backs up the current
database first, so it can be undone.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from kiosk.data.db import Database, default_db_path, sqlite_backup, sqlite_path
from kiosk.errors import UserError


def default_backup_dir() -> Path:
    return default_db_path().parent / "backups"


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup(database: Database, folder: Path) -> Path:
    """Write a backup into ``folder``; returns the file written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"无法创建备份文件夹 {folder}: {exc.strerror}") from None
    path = sqlite_path(database.url)
    if path is not None:
        target = folder / f"kiosk-{_stamp()}.sqlite3"
        sqlite_backup(path, target)
        return target
    from kiosk.data.exchange import export_file

    target = folder / f"kiosk-{_stamp()}.json"
    export_file(database, target)
    return target


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups in ``folder``; returns what was deleted."""
    backups = sorted(p for p in folder.glob("kiosk-*") if p.suffix in {".sqlite3", ".json"})
    doomed = backups[: max(0, len(backups) - keep)]
    for p in doomed:
        p.unlink(missing_ok=True)
    return doomed


def _check_sqlite_backup(file: Path) -> None:
    try:
        con = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise UserError(f"{file} 不是有效的 SQLite 备份文件") from None
    if not ok or ok[0] != "ok":
        raise UserError(f"备份文件 {file} 已损坏(完整性检查未通过)")
    if not {"alembic_version", "matters", "hall"} <= tables:
        raise UserError(f"{file} 不是本系统的备份文件")


def restore(database: Database, file: Path, safety_folder: Path | None = None) -> Path:
    """Replace the database's content with ``file``; returns the automatic backup made first."""
    if not file.is_file():
        raise UserError(f"找不到备份文件 {file}")
    target = sqlite_path(database.url)
    if file.suffix == ".sqlite3" or file.suffix == ".db":
        if target is None:
            raise UserError("SQLite 备份只能恢复到 SQLite 数据库;PostgreSQL 请使用 .json 备份")
        _check_sqlite_backup(file)
    elif file.suffix != ".json":
        raise UserError(f"无法识别的备份文件 {file.name}:应为 .sqlite3 或 .json")
    else:
        from kiosk.data.exchange import read_file

        read_file(file)  # validate completely before touching anything
    safety = backup(database, safety_folder or default_backup_dir())
    if file.suffix == ".json":
        from kiosk.data.exchange import import_file

        import_file(database, file, actor="restore", as_backup=True)  # exactly as saved: no cleaning, no gate
        return safety
    database.engine.dispose()
    assert target is not None
    src = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety
