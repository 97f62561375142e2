"""The installed kiosk under real systemd: back by itself after a reboot, a power cut, kill -9 and a freeze.

``tests/machine.py`` boots a throwaway PC made of this machine's own files (an overlay on ``/``:
nothing of the host is written) with ``systemd-nspawn --boot``: systemd is its PID 1. Inside it,
``kiosk install-service`` installs and enables the unit as a technician would, and the kiosk is
never started by hand: it must be up after ``systemctl reboot`` and after a power cut (SIGKILL to
the PC's PID 1), and systemd must restart it after kill -9 and, through the watchdog, after
SIGSTOP. "Up" is systemd's own word ``active``: with ``Type=notify`` that needs ``READY=1``, which
the kiosk sends once home is painted. Each figure is printed.

The normal suite asserts times that still mean "by itself" on a busy CI machine (as
``test_restart.py`` does); ``make soak`` asserts the issue's 10 s after kill -9 over 20 kills.
Where the machine cannot do it (not root, no systemd-nspawn, no mount namespaces) the test says so
and is skipped; ``scripts/setup.sh test`` installs systemd and systemd-container.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.machine import available

ROOT = Path(__file__).resolve().parents[1]
GENEROUS = 30.0


def _boot_and_break(tmp_path: Path, sqlite_demo, kills: int, watchdog: int) -> dict:  # type: ignore[no-untyped-def,type-arg]
    why = available()
    if why:
        pytest.skip(f"cannot boot a PC with systemd here: {why}")
    db = Path(sqlite_demo.engine.url.database)
    sqlite_demo.dispose()
    work = tmp_path / "pc"
    work.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "tests.machine", "--db", str(db), "--work", str(work), "--kills", str(kills),
         "--watchdog", str(watchdog)],
        capture_output=True, text=True, timeout=900, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout.strip().splitlines()[-1])
    console = found.pop("console_tail", "")
    print("\nPC under systemd:", json.dumps(found, ensure_ascii=False))
    if "unbootable" in found:  # the first boot, before anything of the kiosk: the machine's limit
        pytest.skip(f"this machine cannot boot a PC with systemd-nspawn: {found['unbootable']}: {console[-300:]}")
    assert "error" not in found, f"{found['error']}\n--- console ---\n{console}"
    return found  # type: ignore[no-any-return]


def test_installed_kiosk_comes_back_after_reboot_power_cut_kill_and_freeze(tmp_path: Path, sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    found = _boot_and_break(tmp_path, sqlite_demo, kills=2, watchdog=5)
    assert found["enabled"] == "enabled"
    assert found["active_before_reboot"] != "active", "installing must not be what starts it"
    assert found["reboot_exit"] == 133, "systemctl reboot inside the PC ends its boot with 'reboot'"
    assert found["after_reboot_s"] is not None and found["after_reboot_s"] <= 60, "not up after the reboot"
    assert found["after_power_cut_s"] is not None and found["after_power_cut_s"] <= 60, "not up after a power cut"
    assert all(t is not None and t <= GENEROUS for t in found["after_kill_s"]), "not restarted after kill -9"
    assert found["after_freeze_s"] is not None and found["after_freeze_s"] <= found["watchdog_s"] + GENEROUS
    assert found["poweroff_exit"] == 0
    assert found["journal_lines"] > 0 and found["errors_logged"] == [], "the kiosk logged errors"


@pytest.mark.soak
def test_installed_kiosk_twenty_kills_under_systemd(tmp_path: Path, sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    found = _boot_and_break(tmp_path, sqlite_demo, kills=20, watchdog=30)
    assert all(t is not None and t <= 10.0 for t in found["after_kill_s"]), found["after_kill_s"]
    assert found["after_freeze_s"] is not None and found["after_freeze_s"] <= 30 + 10
    assert found["after_reboot_s"] is not None and found["after_power_cut_s"] is not None
