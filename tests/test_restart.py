"""The kiosk comes back by itself: kill -9 and a frozen process, under the unit's own settings.

These run the kiosk under ``tests/supervisor.py``, which reads ``deploy/hall-kiosk.service``
(Restart=always, RestartSec=3, WatchdogSec) and speaks NOTIFY_SOCKET as systemd does: quick, and
possible on any machine. ``tests/test_reboot.py`` does the same and a reboot under real systemd
(a PC booted with systemd-nspawn, the unit installed by ``kiosk install-service``) where the
machine allows it. Each test prints its figures.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from tests.supervisor import Supervisor, unit_settings

UNIT = Path(__file__).resolve().parents[1] / "deploy" / "hall-kiosk.service"
BOUND = 10.0  # the issue's bound: home painted again within 10 s of a kill (asserted by the soak run)
# The normal suite shares its machine with everything else CI runs; it prints the same figures
# and asserts only that the kiosk came back in a time that still means "by itself".
GENEROUS = 30.0


@pytest.fixture
def kiosk_command(tmp_path: Path, sqlite_demo):  # type: ignore[no-untyped-def]
    from kiosk.services.auth import ADMIN, AuthService

    AuthService(sqlite_demo).set_pin(ADMIN, "482604", actor="test")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KIOSK_LOG_DIR": str(tmp_path / "logs"),
        "KIOSK_LOCAL_DIR": str(tmp_path / "local"),
    }
    return [sys.executable, "-m", "kiosk", "--db", sqlite_demo.url], env


def test_the_unit_has_the_settings_the_issue_asks_for() -> None:
    s = unit_settings(UNIT)
    assert (s["Type"], s["Restart"], s["RestartSec"], s["StartLimitIntervalSec"], s["WatchdogSec"]) == (
        "notify",
        "always",
        "3",
        "0",
        "30",
    )
    assert s["MemoryMax"] and s["RestartPreventExitStatus"] == "0"


def _kill_and_time(supervisor: Supervisor, kills: int) -> list[float]:
    first = supervisor.wait_ready(0, 60)
    assert first is not None, "the kiosk never said READY=1"
    times = []
    for _ in range(kills):
        time.sleep(random.uniform(0.0, 1.5))
        pid = supervisor.ready_pid
        killed_at = time.monotonic()
        os.kill(pid, signal.SIGKILL)
        ready = supervisor.wait_ready(killed_at, 30)
        assert ready is not None and ready.pid != pid, "not restarted"
        times.append(ready.at - killed_at)
    return times


def _report(times: list[float]) -> str:
    return ", ".join(f"{t:.1f}" for t in times) + f" s (worst {max(times):.1f} s, RestartSec 3 s included)"


def test_kill_9_brings_home_back_within_10_seconds(tmp_path: Path, kiosk_command) -> None:
    argv, env = kiosk_command
    supervisor = Supervisor.from_unit(UNIT, argv, env, tmp_path).start()
    try:
        times = _kill_and_time(supervisor, 3)
    finally:
        supervisor.stop()
    print(f"\nrestart after kill -9, 3 times: {_report(times)}")
    assert max(times) <= GENEROUS


@pytest.mark.soak
def test_kill_9_twenty_times(tmp_path: Path, kiosk_command) -> None:
    argv, env = kiosk_command
    supervisor = Supervisor.from_unit(UNIT, argv, env, tmp_path).start()
    try:
        times = _kill_and_time(supervisor, 20)
    finally:
        supervisor.stop()
    print(f"\nrestart after kill -9, 20 times: {_report(times)}")
    assert max(times) <= BOUND


@pytest.mark.parametrize("bound", [pytest.param(10.0, marks=pytest.mark.soak), GENEROUS])
def test_a_frozen_kiosk_is_restarted_by_the_watchdog(tmp_path: Path, kiosk_command, bound: float) -> None:
    argv, env = kiosk_command
    watchdog = 5.0  # short here; the unit's 30 s behaves the same, only slower
    supervisor = Supervisor.from_unit(UNIT, argv, env, tmp_path, watchdog_sec=watchdog).start()
    try:
        assert supervisor.wait_ready(0, 60) is not None
        time.sleep(watchdog)  # heartbeats flowing: the supervisor must not have killed it
        pid = supervisor.ready_pid
        assert not any(e.what == "watchdog" for e in supervisor.events)
        stopped_at = time.monotonic()
        os.kill(pid, signal.SIGSTOP)  # frozen: the GUI thread's timer stops beating
        ready = supervisor.wait_ready(stopped_at, watchdog + 20)
    finally:
        supervisor.stop()
    assert ready is not None and ready.pid != pid
    took = ready.at - stopped_at
    print(f"\nfrozen kiosk (SIGSTOP): home painted again after {took:.1f} s (WatchdogSec {watchdog:.0f} s)")
    assert took <= watchdog + bound
    faults = (tmp_path / "logs" / "faults.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Aborted" in faults  # SIGABRT left the stacks of the frozen kiosk
