"""Two real kiosk processes on one PostgreSQL report to 设备状态; a stopped one turns red within the bound.

The kiosks are the real program (``python -m kiosk --windowed`` on the offscreen platform), each
with its own local folder, so each has its own kiosk id. The heartbeat interval and the silent
bound are shortened through the settings (1 s and 6 s), as a test may; the console page and
``kiosk status --json`` read what they wrote.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import pytest

from kiosk.data.db import open_database
from kiosk.data.settings import Settings
from kiosk.data.store import save_bundle
from kiosk.services import health
from kiosk.services.auth import ADMIN, AuthService

pytestmark = pytest.mark.postgres
HEARTBEAT, SILENT = 1, 6


def _start(url: str, folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_LOCAL_DIR": str(folder)}
    env.pop("KIOSK_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--db", url, "--windowed", "--size", "1080x1920"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait(predicate, timeout: float, what: str):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = predicate()
        if found:
            return found
        time.sleep(0.25)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def test_two_kiosks_show_up_and_a_stopped_one_is_red_within_the_bound(
    qtbot, postgres, demo_bundle_doc, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    url = postgres.create_database()
    database = open_database(url)
    with database.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    AuthService(database).set_pin(ADMIN, "2580", actor="test")  # a set-up kiosk starts straight into the kiosk
    Settings(database).update({"heartbeat_seconds": HEARTBEAT, "silent_seconds": SILENT})
    processes = {name: _start(url, tmp_path / name) for name in ("entrance", "station")}
    kiosks = list(processes.values())
    try:
        both = _wait(
            lambda: [k for k in health.fleet(database) if k.state == "ok"] if len(health.fleet(database)) == 2 else [],
            90,
            "two kiosks reporting",
        )
        assert len({k.kiosk_id for k in both}) == 2 and all(k.screen == "home" for k in both)
        ids = {name: _store_id(tmp_path / name) for name in processes}
        assert set(ids.values()) == {k.kiosk_id for k in both}  # on PostgreSQL: the id its local store made once

        from kiosk.screens.admin.health import HealthPage

        page = HealthPage(partial(health.fleet, database), lambda *_: None, lambda *_: None)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: len(page.cards) == 2, timeout=10_000)
        assert "2" in page.summary.text()

        stopped_id = ids["station"]
        victim = processes["station"]
        victim.send_signal(signal.SIGKILL)
        victim.wait(10)
        stopped = time.monotonic()
        red = _wait(
            lambda: next((k for k in health.fleet(database) if k.kiosk_id == stopped_id and k.state == "red"), None),
            SILENT + 30,
            "the stopped kiosk to turn red",
        )
        took = time.monotonic() - stopped
        print(f"\nstopped kiosk red after {took:.1f} s (bound {SILENT} s, heartbeat every {HEARTBEAT} s)")
        assert red.reasons == ["silent"]
        assert took <= SILENT + 2 * HEARTBEAT + 3
        other = next(k for k in health.fleet(database) if k.kiosk_id != stopped_id)
        assert other.state == "ok"

        page.refresh()
        qtbot.waitUntil(lambda: page.cards[stopped_id].property("role") == "kiosk-card-red", timeout=10_000)
        assert page.cards[other.kiosk_id].property("role") == "kiosk-card"

        out = subprocess.run(
            [sys.executable, "-m", "kiosk", "status", "--json", "--db", url], capture_output=True, text=True, timeout=60
        )
        assert out.returncode == 1
        states = {k["kiosk_id"]: k["state"] for k in json.loads(out.stdout)}
        assert states == {stopped_id: "red", other.kiosk_id: "ok"}
    finally:
        for process in kiosks:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(10)
        database.dispose()


def _store_id(folder: Path) -> str:
    """The kiosk id in the local store a kiosk made in ``folder``."""
    from kiosk.data.local_store import LocalStore

    [path] = folder.glob("local-*.sqlite3")
    store = LocalStore(path)
    try:
        return store.kiosk_id
    finally:
        store.close()
