"""A kiosk switched on while its shared PostgreSQL is down starts on its local snapshot, and catches up.

Built the way ``run_kiosk`` builds it (``open_for_kiosk`` + ``kiosk_shell``) on a real server that
is stopped and started again: the snapshot was written by an earlier run of the same kiosk.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kiosk.app import install_font, kiosk_shell
from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.offline.local_store import open_for_kiosk, store_path
from kiosk.data.store import save_bundle
from tests.screens.conftest import tap
from tests.screens.test_rating import DIMENSIONS, level_button, open_rating, tap_in_page

pytestmark = pytest.mark.postgres


@pytest.fixture
def hall_url(pausable_postgres, demo_bundle_doc) -> str:  # type: ignore[no-untyped-def]
    url = pausable_postgres.create_database()
    database = open_database(url)
    with database.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    database.dispose()
    return url


def _start(qtbot, url: str, folder: Path):  # type: ignore[no-untyped-def]
    """What ``run_kiosk`` does, without showing the window full screen."""
    assert install_font() is None
    database, local, offline = open_for_kiosk(url, folder)
    shell = kiosk_shell(database, local, "zh_CN", started_offline=offline)
    qtbot.addWidget(shell)
    shell.resize(1920, 1080)
    shell.show()
    qtbot.waitExposed(shell)
    return shell, database, local, offline


def _stop(shell, database, local) -> None:  # type: ignore[no-untyped-def]
    shell.services["content_watch"].timer.stop()
    shell.close()
    QApplication.instance().setStyleSheet("")
    shell.services["translator"].set_language("en")
    local.close()
    database.dispose()


def _ratings(url: str) -> int:
    database = open_database(url, upgrade=False)
    with database.session() as session:
        count = int(session.scalar(select(func.count()).select_from(m.Rating)) or 0)
    database.dispose()
    return count


def test_a_kiosk_started_without_its_database_shows_its_snapshot_and_catches_up(
    qtbot, pausable_postgres, hall_url, tmp_path: Path
) -> None:
    shell, database, local, offline = _start(qtbot, hall_url, tmp_path)
    assert not offline
    with qtbot.waitSignal(shell.services["catch_up"].done, timeout=20_000):
        pass  # the first answer: serials reserved, every screen's content read into the snapshot
    hall_name = shell.header.hall.text()
    last_guide = shell.content.matter_summaries()[-1]
    _stop(shell, database, local)

    with pausable_postgres.paused():
        shell, database, local, offline = _start(qtbot, hall_url, tmp_path)
        assert offline
        assert shell.header.hall.text() == hall_name
        assert "●" in shell.header.clock.text()  # the discreet offline marker
        tap(qtbot, shell.screens["home"].tiles["notices"])
        assert shell.current[0] == "notices"
        shell.go("guide", code=last_guide.code)  # never opened on screen: read by the catch-up
        assert shell.current[0] == "guide" and shell.screens["guide"].matter.name == last_guide.name
        shell.go_home()
        screen = open_rating(qtbot, shell)
        for dimension in DIMENSIONS:
            tap_in_page(qtbot, screen, level_button(screen, dimension, 4))
        tap(qtbot, screen.submit_button)
        assert shell.current == ("rating", {"thanks": True})  # the resident sees the usual thanks
        assert local.outbox_count() == 1
        shell.go_home()
        shell.access.open_login()  # the hidden gesture: PINs are checked in the database, so it explains
        assert shell.layers.currentWidget() is shell.main and shell.current[0] == "home"
        assert "工作人员要等连接恢复后才能登录" in shell.header.clock.text()
        watcher = shell.services["content_watch"]
        qtbot.waitUntil(lambda: watcher.call is None)  # the question is answered (and deleted)

    with qtbot.waitSignal(shell.services["catch_up"].done, timeout=20_000) as sent:
        watcher.check()
    assert (sent.args[0].sent, local.outbox_count()) == (1, 0)
    assert "●" not in shell.header.clock.text()
    assert _ratings(hall_url) == 1
    _stop(shell, database, local)


def test_without_a_readable_snapshot_the_database_problem_is_explained(
    pausable_postgres, hall_url, tmp_path: Path
) -> None:
    from kiosk.errors import UserError

    with pausable_postgres.paused(), pytest.raises(UserError, match="无法连接数据库"):
        open_for_kiosk(hall_url, tmp_path)
    store_path(hall_url, tmp_path).write_bytes(b"not a database, after a bad power cut" * 100)
    with pausable_postgres.paused(), pytest.raises(UserError, match="无法连接数据库"):
        open_for_kiosk(hall_url, tmp_path)


def test_a_kiosk_that_never_had_a_snapshot_says_so_calmly_and_starts_by_itself(
    qtbot, pausable_postgres, hall_url, tmp_path: Path
) -> None:
    """The real program, switched on before the server: a calm explanation, then the kiosk once the
    server answers (observed on disk: its first catch-up writes the snapshot)."""
    import os
    import subprocess
    import sys
    import time

    from kiosk.app import message_window
    from kiosk.data.offline.local_store import LocalStore, NoSnapshot
    from kiosk.services.auth import ADMIN, AuthService

    database = open_database(hall_url)
    AuthService(database).set_pin(ADMIN, "7391", actor="test")  # set up before: no first-run screen
    database.dispose()
    explanation = message_window(NoSnapshot(f"无法连接数据库 {hall_url.split('@')[1]}: connection refused").message)
    qtbot.addWidget(explanation)
    shots = Path(__file__).resolve().parents[2] / "screenshots" / "offline"
    shots.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        explanation.resize(*size)
        assert explanation.grab().save(str(shots / f"waiting-for-the-database-{size[0]}x{size[1]}.png"))
    assert explanation.text().startswith("信息亭正在等待数据库。") and "无需任何操作" in explanation.text()

    env = {**os.environ, "KIOSK_LOCAL_DIR": str(tmp_path)}
    pausable_postgres.pause()
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--windowed", "--db", hall_url],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        time.sleep(8)
        assert kiosk.poll() is None  # still there, explaining; not crashed, not exited
        assert not store_path(hall_url, tmp_path).exists()
        pausable_postgres.resume()
        started = time.monotonic()
        while time.monotonic() - started < 90:
            if store_path(hall_url, tmp_path).exists():
                local = LocalStore(store_path(hall_url, tmp_path))
                ready = local.has_snapshot()
                local.close()
                if ready:
                    break
            time.sleep(1)
        else:
            raise AssertionError("the kiosk did not start within 90 s of the server's return")
        print(f"kiosk started and read its snapshot {time.monotonic() - started:.0f} s after the server's return")
        assert kiosk.poll() is None
    finally:
        if not pausable_postgres_running(pausable_postgres):
            pausable_postgres.resume()
        kiosk.terminate()
        kiosk.wait(timeout=30)


def pausable_postgres_running(server) -> bool:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", server.port)) == 0
