"""PINs: scrypt hashes, lockout counters in the database, the audit trail — on SQLite and PostgreSQL.

Most tests hash at a tiny scrypt cost through ``AuthService(cost=…)``, the test-only override:
verification reads the cost from the stored hash, so the rules are the same. One test here (and
the ``kiosk set-pin`` test) runs the real OWASP parameters end to end.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.errors import UserError
from kiosk.services import auth as auth_module
from kiosk.services.auth import (
    DAILY_LIMIT,
    OWASP,
    AuthService,
    Outcome,
    ScryptCost,
    check_pin,
    hash_pin,
    lock_length,
    pin_matches,
)

REPO = Path(__file__).resolve().parents[2]
CHEAP = ScryptCost(log_n=4, r=8, p=1)
PIN = "582930"
OTHER = "714263"
START = dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, at: dt.datetime = START) -> None:
        self.at = at

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def auth(database, clock):  # type: ignore[no-untyped-def]
    """An AuthService on a fresh database of each kind, at test cost, with the admin PIN set."""
    service = AuthService(database, clock=clock, timezone=dt.UTC, cost=CHEAP)
    service.set_pin("admin", PIN, actor="test")
    return service


def _no_hashing(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def refuse(*_args: object) -> bytes:
        calls.append("scrypt")
        raise AssertionError("the hash was computed for a refused attempt")

    monkeypatch.setattr(auth_module, "_scrypt", refuse)
    return calls


def _credential(auth: AuthService, role: str = "admin", staff_code: str = "") -> m.Credential:
    with auth.database.session() as session:
        return session.scalars(
            select(m.Credential).where(m.Credential.role == role, m.Credential.staff_code == staff_code)
        ).one()


def _audit(auth: AuthService) -> list[m.AuditEntry]:
    with auth.database.session() as session:
        return list(session.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)))


# --- hashing -------------------------------------------------------------------------------


def test_owasp_hash_round_trips_rejects_a_wrong_pin_and_reveals_no_pin() -> None:
    stored = hash_pin(PIN)  # the real parameters: n=2^17, r=8, p=1 (about a second here)
    scheme, log_n, r, p, salt, digest = stored.split("$")
    assert (scheme, int(log_n), int(r), int(p)) == ("scrypt", OWASP.log_n, OWASP.r, OWASP.p)
    assert len(salt) == 24 and len(digest) == 44  # 16 and 32 bytes, base64
    assert PIN not in stored
    assert pin_matches(PIN, stored)
    assert not pin_matches(OTHER, stored)


def test_each_hash_has_its_own_salt() -> None:
    assert hash_pin(PIN, CHEAP) != hash_pin(PIN, CHEAP)


@pytest.mark.parametrize("pin", ["0000", "111111", "1234", "123456", "9876", "0123", "1212", "123123", "4321"])
def test_pins_anyone_would_guess_first_are_refused(pin: str) -> None:
    assert check_pin(pin) in {"repeated", "sequence"}


@pytest.mark.parametrize("pin", ["123", "1234567", "12a4", "١٢٣٤٥", "", " 5829"])
def test_a_pin_is_four_to_six_ascii_digits(pin: str) -> None:
    assert check_pin(pin) == "format"


@pytest.mark.parametrize("pin", ["5829", "58293", PIN, "1357", "0987"])
def test_ordinary_pins_are_accepted(pin: str) -> None:
    assert check_pin(pin) is None


def test_lock_length_starts_at_a_minute_doubles_and_is_capped_at_an_hour() -> None:
    assert [lock_length(n).total_seconds() / 60 for n in range(3, 13)] == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60]


# --- verification and lockout (both databases) -----------------------------------------------


def test_right_pin_signs_in_and_wrong_pins_count_down(auth: AuthService) -> None:
    result = auth.verify("admin", PIN)
    assert result.ok and result.session is not None
    assert result.session.role == "admin" and result.session.is_admin and result.session.started_at == START
    left = [auth.verify("admin", OTHER).tries_left for _ in range(4)]
    assert left == [4, 3, 2, 1]
    assert _credential(auth).failed_count == 4
    assert auth.verify("admin", PIN).ok
    assert _credential(auth).failed_count == 0  # a success ends the run of failures


def test_five_wrong_pins_lock_and_a_locked_attempt_is_refused_without_hashing(
    auth: AuthService, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(4):
        assert auth.verify("admin", OTHER).outcome is Outcome.WRONG
    fifth = auth.verify("admin", OTHER)
    assert fifth.outcome is Outcome.WRONG and fifth.tries_left == 0
    assert fifth.locked_until == START + dt.timedelta(minutes=1)
    stored = _credential(auth)
    assert stored.failed_count == 5 and stored.locked_until == dt.datetime(2026, 3, 4, 9, 1)

    calls = _no_hashing(monkeypatch)
    clock.advance(seconds=59)
    locked = auth.verify("admin", PIN)  # even the right PIN is not checked while locked
    assert locked.outcome is Outcome.LOCKED and locked.locked_until == fifth.locked_until
    assert calls == []
    monkeypatch.undo()

    clock.advance(seconds=2)
    assert auth.verify("admin", PIN).ok


def test_the_lock_grows_with_every_further_wrong_pin(auth: AuthService, clock: Clock) -> None:
    for _ in range(5):
        auth.verify("admin", OTHER)
    locks = []
    for _ in range(8):
        clock.advance(hours=1, seconds=1)  # past any lock
        result = auth.verify("admin", OTHER)
        assert result.locked_until is not None
        locks.append((result.locked_until - clock.at).total_seconds() / 60)
    assert locks == [2, 4, 8, 16, 32, 60, 60, 60]
    assert auth.verify("admin", PIN).outcome is Outcome.LOCKED


def test_at_most_a_hundred_wrong_pins_a_day_then_nothing_is_checked_until_tomorrow(
    auth: AuthService, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The owner signing in between keeps the lock from starting; the daily limit still holds.
    for cycle in range(DAILY_LIMIT // 4):
        assert [auth.verify("admin", OTHER).outcome for _ in range(4)] == [Outcome.WRONG] * 4
        if cycle < DAILY_LIMIT // 4 - 1:
            assert auth.verify("admin", PIN).ok
    stored = _credential(auth)
    assert stored.day_attempts == DAILY_LIMIT and stored.day == START.date()

    calls = _no_hashing(monkeypatch)
    assert auth.verify("admin", PIN).outcome is Outcome.DAILY_LIMIT
    clock.advance(hours=14, minutes=59)  # 23:59 the same day
    assert auth.verify("admin", PIN).outcome is Outcome.DAILY_LIMIT
    assert calls == []
    monkeypatch.undo()

    clock.advance(minutes=2)  # the next calendar day
    assert auth.verify("admin", PIN).ok
    assert _credential(auth).day_attempts == 0


def test_the_daily_limit_counts_in_the_halls_time_zone(database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    beijing = dt.timezone(dt.timedelta(hours=8))
    service = AuthService(database, clock=clock, timezone=beijing, cost=CHEAP)
    service.set_pin("admin", PIN, actor="test")
    clock.at = dt.datetime(2026, 3, 4, 15, 30, tzinfo=dt.UTC)  # 23:30 in Beijing
    service.verify("admin", OTHER)
    assert _credential(service).day == dt.date(2026, 3, 4)
    clock.advance(hours=1)  # 00:30 on the 5th in Beijing, still the 4th in UTC
    service.verify("admin", OTHER)
    stored = _credential(service)
    assert stored.day == dt.date(2026, 3, 5) and stored.day_attempts == 1


def test_every_attempt_and_change_is_audited_without_pin_or_hash(auth: AuthService, clock: Clock) -> None:
    auth.verify("admin", PIN)
    for _ in range(5):
        auth.verify("admin", OTHER)
    auth.verify("admin", PIN)  # locked
    clock.advance(minutes=2)
    auth.set_pin("admin", "846315", actor="cli")
    stored = _credential(auth).pin_hash
    rows = _audit(auth)
    assert [r.action for r in rows] == [
        "pin.created",
        "login.ok",
        *["login.wrong"] * 5,
        "login.refused_locked",
        "pin.changed",
    ]
    assert rows[-1].actor == "cli" and rows[1].actor == "admin" and {r.entity for r in rows} == {"credential"}
    _, _, _, _, salt, digest = stored.split("$")
    for row in rows:
        text = " ".join((row.actor, row.action, row.entity, row.key, row.detail))
        for secret in (PIN, OTHER, "846315", stored, salt, digest, "scrypt"):
            assert secret not in text, f"{secret!r} leaked into the audit row {text!r}"


def test_setting_a_pin_clears_the_counters(auth: AuthService, clock: Clock) -> None:
    for _ in range(5):
        auth.verify("admin", OTHER)
    auth.set_pin("admin", "846315", actor="cli")
    stored = _credential(auth)
    assert (stored.failed_count, stored.locked_until, stored.day_attempts) == (0, None, 0)
    assert auth.verify("admin", "846315").ok
    assert auth.verify("admin", PIN).outcome is Outcome.WRONG


def test_two_kiosks_checking_at_once_neither_lose_nor_double_count(auth: AuthService, db_url: str) -> None:
    """Ten wrong PINs from two kiosks at the same moment: five are checked, five find the lock."""
    from kiosk.data.db import open_database

    other_kiosk = open_database(db_url)
    try:
        slower = ScryptCost(log_n=11, r=8, p=1)  # a few ms per hash, so the attempts overlap
        services = [
            AuthService(auth.database, clock=auth.clock, cost=slower),
            AuthService(other_kiosk, clock=auth.clock, cost=slower),
        ]
        services[0].set_pin("admin", PIN, actor="test")
        outcomes: list[Outcome] = []
        errors: list[BaseException] = []
        start = threading.Barrier(2)

        def attempts(service: AuthService) -> None:
            try:
                start.wait()
                for _ in range(5):
                    outcomes.append(service.verify("admin", OTHER).outcome)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=attempts, args=(s,)) for s in services]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert errors == []
        assert sorted(outcomes).count(Outcome.WRONG) == 5 and outcomes.count(Outcome.LOCKED) == 5
        assert _credential(auth).failed_count == 5
        assert [r.action for r in _audit(auth)].count("login.wrong") == 5
    finally:
        other_kiosk.dispose()


# --- who may have a PIN ------------------------------------------------------------------------


def test_staff_pins_belong_to_active_staff_members(demo_database, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    service = AuthService(demo_database, clock=clock, cost=CHEAP)
    with demo_database.session() as session:
        member = session.scalars(select(m.StaffMember).order_by(m.StaffMember.sort)).first()
        assert member is not None
        code, name = member.code, member.name
    with pytest.raises(UserError, match="NOPE"):
        service.set_pin("staff", PIN, "NOPE", actor="test")
    service.set_pin("staff", PIN, code, actor="test")
    assert service.staff_with_pins() == [code]
    assert not service.has_admin()
    result = service.verify("staff", PIN, code)
    assert result.ok and result.session is not None
    assert (result.session.role, result.session.staff_code, result.session.name) == ("staff", code, name)
    assert result.session.actor == f"staff:{code}"

    with demo_database.session() as session:
        session.scalars(select(m.StaffMember).where(m.StaffMember.code == code)).one().active = False
        session.commit()
    assert service.verify("staff", PIN, code).outcome is Outcome.NO_CREDENTIAL  # left the hall: PIN void


@pytest.mark.parametrize(
    ("role", "pin", "staff", "message"),
    [
        ("admin", "1234", "", "简单"),
        ("admin", "12345678", "", "4 至 6 位"),
        ("admin", PIN, "S01", "不属于"),
        ("staff", PIN, "", "工号"),
        ("root", PIN, "", "角色"),
    ],
)
def test_bad_pins_and_identities_get_one_clear_message(
    auth: AuthService, role: str, pin: str, staff: str, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        auth.set_pin(role, pin, staff, actor="test")


def test_first_run_creation_never_replaces_an_existing_admin_pin(auth: AuthService) -> None:
    with pytest.raises(UserError, match="已经设置"):
        auth.set_pin("admin", "846315", actor="first-run", create_only=True)
    assert auth.verify("admin", PIN).ok


def test_unknown_identity_is_refused_and_audited(auth: AuthService) -> None:
    assert auth.verify("staff", PIN, "S99").outcome is Outcome.NO_CREDENTIAL
    assert _audit(auth)[-1].action == "login.no_credential"


# --- the lock survives the process ----------------------------------------------------------------


def test_the_lock_holds_in_a_new_process(tmp_path: Path) -> None:
    """Five wrong PINs, then a fresh Python process opens the same file: it must find the lock."""
    from kiosk.data.db import open_database

    path = tmp_path / "kiosk.sqlite3"
    database = open_database(str(path))
    service = AuthService(database, cost=CHEAP)  # the real clock: the new process uses it too
    service.set_pin("admin", PIN, actor="test")
    for _ in range(5):
        service.verify("admin", OTHER)
    database.dispose()

    script = (
        "import sys\n"
        "import kiosk.services.auth as a\n"
        "from kiosk.data.db import open_database\n"
        "def refuse(*args):\n"
        "    raise SystemExit('hashed while locked')\n"
        "a._scrypt = refuse\n"
        "r = a.AuthService(open_database(sys.argv[1])).verify('admin', sys.argv[2])\n"
        "print(r.outcome.value, r.locked_until is not None)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), PIN],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["locked", "True"]
