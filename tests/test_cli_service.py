"""``kiosk install-service``: the unit it writes, and one clear message (status 2) when it cannot."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk import cli_service
from kiosk.cli import main


def test_print_shows_the_filled_unit_and_writes_nothing(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert main(["install-service", "--user", "--print", "--db", str(tmp_path / "k.sqlite3")]) == 0
    unit = capsys.readouterr().out
    assert "Type=notify" in unit and "WatchdogSec=30" in unit and "Restart=always" in unit
    assert f"-m kiosk --db {tmp_path / 'k.sqlite3'}" in unit and "WantedBy=graphical-session.target" in unit
    assert "@EXEC@" not in unit and "@TARGET@" not in unit and "@ENVIRONMENT@" not in unit
    assert not list(tmp_path.iterdir())


def test_without_systemd_it_says_so_and_changes_nothing(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setattr(cli_service, "systemd_running", lambda: False)
    assert main(["install-service", "--user"]) == 2
    assert "没有运行 systemd" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--user", "--memory-max", "lots"], "--memory-max"),
        (["--run-as", "no-such-user-here", "--print"], "没有名为"),
        (["--user", "--run-as", "root"], "不能同时"),
        (["--user", "--unit-dir", "/no/such/folder"], "不是已有的文件夹"),
    ],
)
def test_bad_input_gets_one_message_and_status_2(capsys, args: list[str], message: str) -> None:
    assert main(["install-service", *args]) == 2
    assert message in capsys.readouterr().err


def test_unit_dir_writes_a_unit_that_systemd_accepts(tmp_path: Path) -> None:
    assert main(["install-service", "--user", "--unit-dir", str(tmp_path)]) == 0
    unit, desktop = tmp_path / "hall-kiosk.service", tmp_path / "hall-kiosk.desktop"
    assert unit.exists() and "systemctl --user start hall-kiosk.service" in desktop.read_text(encoding="utf-8")
    if shutil.which("systemd-analyze"):
        result = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "Unknown key" not in result.stderr and "Unknown section" not in result.stderr


def test_a_system_unit_runs_as_the_given_user_on_the_display() -> None:
    import argparse

    args = argparse.Namespace(user=False, run_as="nobody", display=":0", memory_max="2G", db=None)
    unit = cli_service.unit_text(args)
    assert "User=nobody" in unit and "Environment=DISPLAY=:0" in unit and "MemoryMax=2G" in unit
    assert "WantedBy=graphical.target" in unit and "graphical-session" not in unit
