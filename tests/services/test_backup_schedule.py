"""Daily backups: due once a day (by the clock and by the folder), pruned to N, failures audited and retried."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.settings import Settings
from kiosk.services.backup_schedule import DailyBackup, newest_backup, written_at
from kiosk.services.hall_files import last_backup

START = dt.datetime.now().replace(microsecond=0)


class Clock:
    def __init__(self, now: dt.datetime = START) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def folder(sqlite_demo, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "backups"
    settings = Settings(sqlite_demo)
    settings.set("backup_folder", str(path))
    settings.set("backup_keep", 3)
    return path


def old_copies(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"kiosk-2020010{i + 1}-000000-000000.sqlite3" for i in range(n)]
    for path in paths:
        path.write_bytes(b"old")
    return paths


def audit(database, action: str) -> list[m.AuditEntry]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return list(session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == action)))


def test_a_due_backup_is_made_checked_and_pruned_to_the_generations_to_keep(sqlite_demo, folder: Path) -> None:
    old = old_copies(folder, 5)
    result = DailyBackup(sqlite_demo, clock=Clock()).run_if_due()
    assert result is not None and result.ok and result.path is not None
    assert sorted(folder.iterdir()) == sorted([*old[-2:], result.path])  # three generations: two old, one new
    assert set(result.pruned) == set(old[:3])
    con = sqlite3.connect(result.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        con.close()
    (row,) = audit(sqlite_demo, "backup.daily")
    assert row.actor == "daily-backup" and row.detail == str(result.path)
    status = last_backup(sqlite_demo)
    assert status is not None and status.ok and status.daily


def test_once_a_day_counting_from_this_run_and_from_the_folder(sqlite_demo, folder: Path) -> None:
    clock = Clock()
    daily = DailyBackup(sqlite_demo, clock=clock)
    assert daily.run_if_due() is not None
    clock.advance(hours=23)
    assert daily.run_if_due() is None
    clock.advance(hours=2)
    second = daily.run_if_due()
    assert second is not None and second.ok
    # A restarted kiosk finds today's copy in the folder and does not make another one.
    restarted = DailyBackup(sqlite_demo, clock=Clock(dt.datetime.now() + dt.timedelta(hours=1)))
    assert restarted.run_if_due() is None
    assert DailyBackup(sqlite_demo, clock=Clock(dt.datetime.now() + dt.timedelta(hours=25))).is_due()


def test_a_failure_is_audited_shown_and_retried_later_not_at_once(sqlite_demo, folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    Settings(sqlite_demo).set("backup_folder", str(blocker / "backups"))
    clock = Clock()
    daily = DailyBackup(sqlite_demo, clock=clock)
    result = daily.run_if_due()
    assert result is not None and not result.ok and str(blocker) in result.message
    (row,) = audit(sqlite_demo, "backup.failed")
    assert row.key == "daily" and str(blocker) in row.detail
    status = last_backup(sqlite_demo)
    assert status is not None and not status.ok and status.daily
    clock.advance(hours=1)
    assert daily.run_if_due() is None  # no audit row a minute
    Settings(sqlite_demo).set("backup_folder", str(folder))  # the disk is back
    clock.advance(hours=3)
    again = daily.run_if_due()
    assert again is not None and again.ok
    assert last_backup(sqlite_demo).ok  # type: ignore[union-attr]


def test_backup_times_come_from_the_file_names(tmp_path: Path) -> None:
    assert written_at(Path("kiosk-20260304-093015-123456.sqlite3")) == dt.datetime(2026, 3, 4, 9, 30, 15)
    assert written_at(Path("kiosk-garbage.sqlite3")) is None
    assert newest_backup(tmp_path / "missing") is None
    old_copies(tmp_path, 2)
    (tmp_path / "kiosk-20990101-000000-000000.txt").write_text("not a backup")
    assert newest_backup(tmp_path) == dt.datetime(2020, 1, 2)


def test_backup_now_writes_a_checked_copy_of_either_database(demo_database, tmp_path: Path) -> None:
    """SQLite: an online-backup copy; PostgreSQL: the JSON export, read back before it counts."""
    from kiosk.data.exchange import read_file
    from kiosk.services.hall_files import backup_now

    path = backup_now(demo_database, tmp_path, actor="admin")
    assert path.suffix == (".sqlite3" if demo_database.is_sqlite else ".json")
    if path.suffix == ".json":
        bundle, _locate = read_file(path)
        assert bundle.matters
    status = last_backup(demo_database)
    assert status is not None and status.ok and not status.daily and status.detail == str(path)
