"""The SQLite file under a running kiosk is deleted, made unreadable, locked or its disk fills up.

The kiosk is built as ``run_kiosk`` builds it (``kiosk_shell``: the database watch, the heartbeat,
the content watcher), on a real file. What a resident sees is checked and saved as screenshots:
what was read stays on screen marked offline, a screen never read is the calm "please ask at the
window" page, and everything comes back by itself when the file does. A save while the disk is
full says so and changes nothing. The disk is a real small filesystem (tmpfs, mounted by the test
as root) where the machine allows it, else SQLite's ``max_page_count`` limit: the test says which.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import event, func, select

from kiosk.data import models as m
from kiosk.data.db import open_database, sqlite_backup
from kiosk.data.store import save_bundle
from tests.screens.conftest import tap
from tests.screens.test_rating import DIMENSIONS, level_button, open_rating, tap_in_page
from tests.screens.test_screenshots import distinct_colours

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "database-trouble"
WATCH_BOUND = 15.0  # seconds: the watch asks every 5 s (a read of a locked file may wait up to 10 s more)


def _hall(path: Path, bundle) -> None:  # type: ignore[no-untyped-def]
    database = open_database(str(path))
    with database.session() as session:
        save_bundle(session, bundle, action="demo", actor="test")
        session.commit()
    database.dispose()


@contextlib.contextmanager
def _kiosk(qtbot, path: Path, folder: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from kiosk.app import install_font, kiosk_shell

    assert install_font() is None
    os.environ["KIOSK_LOCAL_DIR"] = str(folder)  # this kiosk's id file
    database = open_database(str(path))
    shell = kiosk_shell(database, None, "zh_CN")
    qtbot.addWidget(shell)
    shell.resize(1920, 1080)
    shell.show()
    qtbot.waitExposed(shell)
    try:
        yield shell
    finally:
        for name in ("content_watch", "database_watch", "heartbeat"):
            shell.services[name].timer.stop()
        shell.close()
        QApplication.instance().setStyleSheet("")
        shell.services["translator"].set_language("en")
        os.environ.pop("KIOSK_LOCAL_DIR", None)
        database.dispose()


@pytest.fixture
def hall(tmp_path: Path, demo_bundle_doc) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "hall" / "kiosk.sqlite3"
    path.parent.mkdir()
    _hall(path, demo_bundle_doc)
    return path


def _shot(shell, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    image = shell.grab().toImage()
    assert distinct_colours(image) > 4
    image.save(str(SHOTS / f"{name}.png"))


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def _wait_offline(qtbot, shell, offline: bool) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    qtbot.waitUntil(lambda: ("●" in shell.header.clock.text()) is offline, timeout=int(WATCH_BOUND * 1000))
    return time.monotonic() - started


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _lose_and_get_back(qtbot, shell, path: Path, break_file, name: str) -> None:  # type: ignore[no-untyped-def]
    """Read the notices, break the file, check the resident's view, restore it, check the way back."""
    backup = path.with_name("backup.sqlite3")
    sqlite_backup(path, backup)
    tap(qtbot, shell.screens["home"].tiles["notices"])  # read while the file is fine
    notices = _texts(shell.screens["notices"])
    shell.go_home()
    break_file(path)
    noticed = _wait_offline(qtbot, shell, True)

    tap(qtbot, shell.screens["home"].tiles["notices"])  # read before: still shown, marked offline
    assert shell.current[0] == "notices" and _texts(shell.screens["notices"]) == notices
    _shot(shell, f"{name}-read-before")
    shell.go_home()
    tap(qtbot, shell.screens["home"].tiles["staff"])  # never read: the calm page, nothing else
    assert shell.current[0] == "unavailable"
    assert "服务窗口" in _texts(shell.unavailable)
    _shot(shell, f"{name}-never-read")
    if name == "deleted":
        assert not path.exists(), "the kiosk made a new, empty database where the file was"

    _remove(path)
    shutil.copy(backup, path)
    started = time.monotonic()
    qtbot.waitUntil(lambda: shell.current[0] == "staff", timeout=int(WATCH_BOUND * 1000))  # by itself
    back = time.monotonic() - started
    assert "●" not in shell.header.clock.text()
    _shot(shell, f"{name}-back")
    print(f"\n{name}: offline after {noticed:.1f} s, the asked-for screen back {back:.1f} s after the file")


def test_the_database_file_deleted_under_the_kiosk(qtbot, hall, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with _kiosk(qtbot, hall, tmp_path / "local") as shell:
        _lose_and_get_back(qtbot, shell, hall, _remove, "deleted")


def test_the_database_file_made_unreadable_under_the_kiosk(qtbot, hall, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def scramble(path: Path) -> None:  # what a failing disk or a stray copy leaves: not a database
        junk = path.with_name("junk")
        junk.write_bytes(os.urandom(64 * 1024))
        _remove(path)
        os.replace(junk, path)

    with _kiosk(qtbot, hall, tmp_path / "local") as shell:
        _lose_and_get_back(qtbot, shell, hall, scramble, "unreadable")


LOCKER = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")  # another program writing for a long time (in WAL mode readers go on)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _ratings(path: Path) -> int:
    database = open_database(str(path), upgrade=False)
    try:
        with database.session() as session:
            return int(session.scalar(select(func.count()).select_from(m.Rating)) or 0)
    finally:
        database.dispose()


def _rate(qtbot, shell):  # type: ignore[no-untyped-def]
    screen = open_rating(qtbot, shell)
    for dimension in DIMENSIONS:
        tap_in_page(qtbot, screen, level_button(screen, dimension, 4))
    tap(qtbot, screen.submit_button)
    return screen


def test_a_locked_database_keeps_showing_content_and_a_save_says_it_failed(qtbot, hall, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with _kiosk(qtbot, hall, tmp_path / "local") as shell:
        before = _ratings(hall)
        locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(hall), "25"], stdout=subprocess.PIPE, text=True)
        try:
            assert locker.stdout is not None and locker.stdout.readline().strip() == "locked"
            tap(qtbot, shell.screens["home"].tiles["staff"])  # reading goes on (WAL)
            assert shell.current[0] == "staff"
            shell.go_home()
            started = time.monotonic()
            screen = _rate(qtbot, shell)
            waited = time.monotonic() - started
            assert shell.current[0] == "rating" and "could not be saved" not in screen.hint.text()
            assert "未能保存" in screen.hint.text() or "没有保存" in screen.hint.text(), screen.hint.text()
            _shot(shell, "locked-rating")
        finally:
            locker.kill()
            locker.wait(10)
            if locker.stdout is not None:
                locker.stdout.close()
        assert _ratings(hall) == before
        print(f"\nlocked: the save gave up after {waited:.1f} s (the busy timeout), nothing written")
        tap(qtbot, screen.submit_button)  # the lock is gone: the same answers are sent
        assert shell.current[0] == "rating" and _ratings(hall) == before + 1


@contextlib.contextmanager
def _small_disk(folder: Path, size: str = "4m") -> Iterator[bool]:
    """A tmpfs of ``size`` at ``folder`` (True), or nothing (False) where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = os.geteuid() == 0 and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, check=False
    ).returncode == 0  # fmt: skip
    try:
        yield mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


def _fill(folder: Path) -> Path:
    """Fill the disk under ``folder`` to the last byte; returns the filler to delete."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as out:
        for size in (65536, 4096, 512, 1):
            try:
                while out.write(b"\0" * size):
                    pass
            except OSError:
                continue
    return filler


def test_a_save_while_the_disk_is_full_is_refused_and_changes_nothing(qtbot, tmp_path, demo_bundle_doc) -> None:  # type: ignore[no-untyped-def]
    from kiosk.services.notice_archive import DISK_FULL

    with _small_disk(tmp_path / "disk") as mounted:
        path = tmp_path / "disk" / "kiosk.sqlite3"
        _hall(path, demo_bundle_doc)
        with _kiosk(qtbot, path, tmp_path / "local") as shell:
            database = shell.content.database
            if mounted:
                filler = _fill(path.parent)
                how = f"a full {shutil.disk_usage(path.parent).total // 1024} KiB tmpfs"
            else:  # no mount allowed: SQLite's own size limit makes the database "full"

                def limit(connection, _record):  # type: ignore[no-untyped-def]
                    pages = connection.execute("PRAGMA page_count").fetchone()[0]
                    connection.execute(f"PRAGMA max_page_count = {pages}")

                event.listen(database.engine, "connect", limit)
                database.engine.dispose()
                how = "PRAGMA max_page_count at the current size"
            before = _ratings(path)
            with database.session() as session:
                counter = session.scalar(select(func.coalesce(func.sum(m.NoticeSerial.last_number), 0)))
            screen = _rate(qtbot, shell)
            assert shell.current[0] == "rating", "the thank-you page must not claim a rating that was not saved"
            assert screen.hint.text() and "请" in screen.hint.text()
            _shot(shell, "disk-full-rating")
            notices = shell.services["notices"]
            with pytest.raises(Exception) as refused:
                notices.issue(notices.draft_missing("4399231050000-JF-00102-001", {"agent": "否"}, received=[1]))
            assert getattr(refused.value, "message", "") == DISK_FULL
            tap(qtbot, shell.header.home_button)
            tap(qtbot, shell.screens["home"].tiles["services"])  # reading still works: no calm page
            assert shell.current[0] == "services"
            print(f"\ndisk full ({how}): the rating and the notice were refused with a message")
            if mounted:
                filler.unlink()
            else:
                event.remove(database.engine, "connect", limit)
                database.engine.dispose()
            assert _ratings(path) == before
            with database.session() as session:
                assert session.scalar(select(func.coalesce(func.sum(m.NoticeSerial.last_number), 0))) == counter
            screen = _rate(qtbot, shell)
            assert _ratings(path) == before + 1  # room again: it saves
