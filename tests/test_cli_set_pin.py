"""``kiosk set-pin``: a technician sets the admin or a staff PIN from the command line.

Run as a real subprocess with the PIN on stdin (two lines, as a script would), at the real OWASP
scrypt cost end to end: the PIN it stores is the one ``AuthService.verify`` accepts.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.data.db import open_database
from kiosk.services.auth import AuthService

REPO = Path(__file__).resolve().parents[1]
PIN = "582930"


def set_pin(db: Path, stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "set-pin", *args, "--db", str(db)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
        check=False,
    )


def test_set_pin_from_stdin_stores_a_pin_that_verify_accepts(tmp_path: Path) -> None:
    db = tmp_path / "kiosk.sqlite3"
    done = set_pin(db, f"{PIN}\n{PIN}\n", "--role", "admin")
    assert done.returncode == 0, done.stderr
    assert PIN not in done.stdout + done.stderr
    database = open_database(str(db))
    try:
        auth = AuthService(database)
        assert auth.verify("admin", PIN).ok  # OWASP cost, as stored by the command
        assert not auth.verify("admin", "714263").ok
    finally:
        database.dispose()


def test_mismatched_pins_exit_2_and_store_nothing(tmp_path: Path) -> None:
    db = tmp_path / "kiosk.sqlite3"
    done = set_pin(db, f"{PIN}\n714263\n", "--role", "admin")
    assert done.returncode == 2
    assert "不一致" in done.stderr and done.stderr.count("\n") == 1
    assert PIN not in done.stdout + done.stderr
    database = open_database(str(db))
    try:
        assert not AuthService(database).has_admin()
    finally:
        database.dispose()


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = main(["set-pin", *args])
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("stdin", "args", "message"),
    [
        ("1234\n1234\n", ("--role", "admin"), "简单"),
        ("12\n12\n", ("--role", "admin"), "4 至 6 位"),
        (f"{PIN}\n{PIN}\n", ("--role", "staff", "--staff", "NOPE"), "NOPE"),
        (f"{PIN}\n{PIN}\n", ("--role", "staff"), "--staff"),
        (f"{PIN}\n{PIN}\n", ("--role", "admin", "--staff", "S01"), "--staff"),
    ],
)
def test_invalid_pins_and_unknown_staff_exit_2_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, args, message
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "kiosk.sqlite3"
    code, out, err = _run(monkeypatch, capsys, stdin, *args, "--db", str(db))
    assert code == 2
    assert message in err and err.count("\n") == 1
    assert PIN not in out + err
    database = open_database(str(db))
    try:
        assert not AuthService(database).has_admin() and AuthService(database).staff_with_pins() == []
    finally:
        database.dispose()


def test_a_bad_role_is_a_usage_error(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _, err = _run(monkeypatch, capsys, "", "--role", "root", "--db", str(tmp_path / "k.sqlite3"))
    assert code == 2 and "root" in err


def test_a_staff_pin_is_set_for_a_staff_member_of_the_roster(sqlite_demo, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code_of = sqlite_demo.url.removeprefix("sqlite:///")
    from kiosk.data.repository import ContentRepository

    member = ContentRepository(sqlite_demo).staff()[0]
    code, out, err = _run(
        monkeypatch, capsys, f"{PIN}\n{PIN}\n", "--role", "staff", "--staff", member.code, "--db", code_of
    )
    assert code == 0, err
    assert member.code in out and PIN not in out + err
    assert AuthService(sqlite_demo).staff_with_pins() == [member.code]
