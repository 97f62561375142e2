"""Staff and admin PINs (工作人员/管理员密码): hashing, lockout and the audit trail. No Qt here.

PINs are stored as scrypt hashes at OWASP's parameters (n=2^17, r=8, p=1) in a self-describing
string ``scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>``, compared in constant time. Everything
that protects a 4–6 digit PIN against guessing lives in the ``credentials`` row, not in memory,
so a crash or a reboot resets nothing: five wrong PINs in a row lock the credential for a minute,
each further wrong PIN doubles the lock (capped at an hour), and at most 100 wrong PINs per
credential per calendar day are checked at all. A locked credential is refused *before* the hash
is computed, so a locked kiosk costs an attacker nothing but teaches them nothing either.

Every attempt and every PIN change writes an ``AuditEntry`` in the same transaction as the counter
update. Neither a PIN nor a hash ever reaches the audit log, a log message or an exception text.

Two kiosks sharing one PostgreSQL serialise attempts on a credential with ``SELECT … FOR UPDATE``;
on SQLite the first statement of the transaction is a write, which takes the database's write
lock at once (WAL never hands a writer a stale snapshot that way). The hash is computed while the
row is locked: attempts on one credential cannot run in parallel, which is exactly the point.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import itertools
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.errors import UserError

ADMIN = "admin"
STAFF = "staff"
ROLES = (ADMIN, STAFF)
MAX_FAILURES = 5  # wrong PINs in a row before the first lock
FIRST_LOCK = dt.timedelta(minutes=1)
MAX_LOCK = dt.timedelta(hours=1)
DAILY_LIMIT = 100  # wrong PINs per credential per calendar day
SALT_BYTES = 16
HASH_BYTES = 32
PIN_PATTERN = re.compile(r"[0-9]{4,6}")

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class ScryptCost:
    """scrypt's work factors; ``OWASP`` is the only cost the kiosk itself ever uses."""

    log_n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        # scrypt needs 128·r·n bytes; OpenSSL refuses anything above 32 MiB unless maxmem is raised.
        return max(32 * 2**20, 2 * 128 * self.r * 2**self.log_n)


OWASP = ScryptCost(log_n=17, r=8, p=1)


def hash_pin(pin: str, cost: ScryptCost = OWASP, salt: bytes | None = None) -> str:
    """The self-describing scrypt hash of ``pin`` with a fresh random salt."""
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, cost)
    return "$".join(("scrypt", str(cost.log_n), str(cost.r), str(cost.p), _b64(salt), _b64(digest)))


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` hashes to ``stored`` (at the cost written in ``stored``), in constant time."""
    cost, salt, expected = _parse(stored)
    return hmac.compare_digest(_scrypt(pin, salt, cost), expected)


def _scrypt(pin: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=2**cost.log_n, r=cost.r, p=cost.p, maxmem=cost.maxmem, dklen=HASH_BYTES
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _parse(stored: str) -> tuple[ScryptCost, bytes, bytes]:
    parts = stored.split("$")
    try:
        if len(parts) != 6 or parts[0] != "scrypt":
            raise ValueError
        cost = ScryptCost(int(parts[1]), int(parts[2]), int(parts[3]))
        if not (1 <= cost.log_n <= 24 and 1 <= cost.r <= 64 and 1 <= cost.p <= 16):
            raise ValueError
        return cost, base64.b64decode(parts[4], validate=True), base64.b64decode(parts[5], validate=True)
    except ValueError:
        # The message names no part of the stored value.
        raise UserError("保存的密码记录已损坏,请用 kiosk set-pin 重新设置密码") from None


PIN_PROBLEMS = {
    "format": "密码须为 4 至 6 位数字",
    "repeated": "密码过于简单(重复的数字),请换一个",
    "sequence": "密码过于简单(连续的数字),请换一个",
}


def check_pin(pin: str) -> str | None:
    """Why ``pin`` cannot be a PIN, as a key of ``PIN_PROBLEMS``; None when it is acceptable.

    4–6 ASCII digits. PINs anyone would try first are refused: one digit repeated (0000), a
    repeated block (1212, 123123) and a straight run up or down (1234, 987654, 0123). They are the
    first guesses of anyone who finds the hidden gesture, and the lockout only buys time.
    """
    if not PIN_PATTERN.fullmatch(pin):
        return "format"
    if any(pin == pin[:k] * (len(pin) // k) for k in range(1, len(pin) // 2 + 1) if len(pin) % k == 0):
        return "repeated"
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {-1}):
        return "sequence"
    return None


def pin_problem(pin: str) -> str | None:
    """``check_pin`` in one sentence for a person (the command line's words; screens translate the key)."""
    problem = check_pin(pin)
    return PIN_PROBLEMS[problem] if problem else None


class Outcome(StrEnum):
    OK = "ok"
    WRONG = "wrong"  # wrong PIN; see tries_left and locked_until
    LOCKED = "locked"  # refused without checking: locked until locked_until
    DAILY_LIMIT = "daily_limit"  # refused without checking: too many wrong PINs today
    NO_CREDENTIAL = "no_credential"  # nobody with this role/staff code has a PIN (or the staff member left)


@dataclass(frozen=True)
class AuthSession:
    """Who is signed in at this kiosk, as what, since when. Ends at the idle reset."""

    role: str
    staff_code: str
    name: str
    started_at: dt.datetime

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    @property
    def actor(self) -> str:
        """How the audit log names this person."""
        return actor_name(self.role, self.staff_code)


@dataclass(frozen=True)
class AuthResult:
    """What became of one sign-in attempt."""

    outcome: Outcome
    session: AuthSession | None = None
    tries_left: int = 0  # wrong PINs still possible before a lock (or before today's limit)
    locked_until: dt.datetime | None = None  # aware, UTC

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK


def actor_name(role: str, staff_code: str = "") -> str:
    return (f"{role}:{staff_code}" if staff_code else role)[:64]


def lock_length(failures: int) -> dt.timedelta:
    """The lock after ``failures`` wrong PINs in a row: none below five, then 1, 2, 4 … 60 minutes."""
    if failures < MAX_FAILURES:
        return dt.timedelta(0)
    return min(FIRST_LOCK * 2 ** (failures - MAX_FAILURES), MAX_LOCK)


class AuthService:
    """Sets and checks PINs; the only code that reads or writes ``credentials``.

    ``clock`` returns an aware datetime (tests move it); ``timezone`` decides when a calendar day
    starts (default: the machine's). ``cost`` exists for tests only: the kiosk never passes it.
    """

    def __init__(
        self,
        database: Database,
        *,
        clock: Clock = utc_now,
        timezone: dt.tzinfo | None = None,
        cost: ScryptCost = OWASP,
    ) -> None:
        self.database = database
        self.clock = clock
        self.timezone = timezone
        self.cost = cost

    # --- reading ---------------------------------------------------------------------------

    def has_admin(self) -> bool:
        with self.database.session() as session:
            found = session.scalar(select(m.Credential.id).where(m.Credential.role == ADMIN).limit(1))
        return found is not None

    def staff_with_pins(self) -> list[str]:
        """Codes of the staff members who have a PIN (active or not: the caller filters by roster)."""
        with self.database.session() as session:
            rows = session.scalars(
                select(m.Credential.staff_code).where(m.Credential.role == STAFF).order_by(m.Credential.staff_code)
            )
            return list(rows)

    def person_name(self, role: str, staff_code: str = "") -> str | None:
        """The name a PIN for ``role``/``staff_code`` would belong to ("" for the admin); None if nobody."""
        staff_code = self._check_who(role, staff_code)
        with self.database.session() as session:
            return self._name(session, role, staff_code)

    # --- changing --------------------------------------------------------------------------

    def set_pin(self, role: str, pin: str, staff_code: str = "", *, actor: str, create_only: bool = False) -> None:
        """Store a new PIN for ``role`` (and ``staff_code`` for staff), resetting its counters.

        ``create_only`` refuses to replace an existing PIN (first-run setup, where two kiosks might
        race to create the admin PIN). Raises ``UserError`` with a message for a person.
        """
        staff_code = self._check_who(role, staff_code)
        problem = pin_problem(pin)
        if problem:
            raise UserError(problem)
        pin_hash = hash_pin(pin, self.cost)  # before the transaction: no lock is held while hashing
        now = self._now()
        key = actor_name(role, staff_code)
        with self.database.session() as session:
            credential = self._lock_row(session, role, staff_code)
            if role == STAFF and self._name(session, role, staff_code) is None:
                raise UserError(f"没有工号为 {staff_code} 的在岗工作人员")
            if credential is not None and create_only:
                raise UserError("管理员密码已经设置过了")
            if credential is None:
                credential = m.Credential(role=role, staff_code=staff_code, pin_hash=pin_hash)
                session.add(credential)
                action = "pin.created"
            else:
                credential.pin_hash = pin_hash
                action = "pin.changed"
            credential.failed_count = 0
            credential.locked_until = None
            credential.day = None
            credential.day_attempts = 0
            credential.updated_at = now.replace(tzinfo=None)
            self._audit(session, actor, action, key, "设置了新密码,错误计数已清零", now)
            try:
                session.commit()
            except IntegrityError:  # another kiosk created the same credential a moment ago
                session.rollback()
                raise UserError("这个密码刚刚已由另一台设备设置;请重新登录") from None

    # --- checking --------------------------------------------------------------------------

    def verify(self, role: str, pin: str, staff_code: str = "") -> AuthResult:
        """Check one sign-in attempt and record it; see the module docstring for the rules."""
        staff_code = self._check_who(role, staff_code)
        key = actor_name(role, staff_code)
        with self.database.session() as session:
            credential = self._lock_row(session, role, staff_code)
            now = self._now()  # after the lock: another kiosk's attempt may have kept us waiting
            name = self._name(session, role, staff_code)
            if credential is None or name is None:
                self._audit(session, key, "login.no_credential", key, "此身份没有设置密码(或已停用)", now)
                session.commit()
                return AuthResult(Outcome.NO_CREDENTIAL)
            today = now.astimezone(self.timezone).date()
            if credential.day != today:
                credential.day, credential.day_attempts = today, 0
            locked_until = credential.locked_until.replace(tzinfo=dt.UTC) if credential.locked_until else None
            if credential.day_attempts >= DAILY_LIMIT:
                detail = f"今日错误已达 {DAILY_LIMIT} 次,未校验"
                self._audit(session, key, "login.refused_daily_limit", key, detail, now)
                session.commit()
                return AuthResult(Outcome.DAILY_LIMIT)
            if locked_until is not None and now < locked_until:
                self._audit(session, key, "login.refused_locked", key, "已锁定,未校验", now)
                session.commit()
                return AuthResult(Outcome.LOCKED, locked_until=locked_until)
            if pin_matches(pin, credential.pin_hash):
                credential.failed_count = 0
                credential.locked_until = None
                credential.updated_at = now.replace(tzinfo=None)
                self._audit(session, key, "login.ok", key, "登录成功", now)
                session.commit()
                return AuthResult(Outcome.OK, AuthSession(role, staff_code, name, now))
            credential.failed_count += 1
            credential.day_attempts += 1
            lock = lock_length(credential.failed_count)
            new_lock = now + lock if lock else None
            credential.locked_until = new_lock.replace(tzinfo=None) if new_lock else None
            credential.updated_at = now.replace(tzinfo=None)
            detail = f"密码错误,连续第 {credential.failed_count} 次"
            if lock:
                detail += f",锁定 {int(lock.total_seconds() // 60)} 分钟"
            self._audit(session, key, "login.wrong", key, detail, now)
            left_today = DAILY_LIMIT - credential.day_attempts
            tries_left = 0 if lock else min(MAX_FAILURES - credential.failed_count, left_today)
            session.commit()
            return AuthResult(Outcome.WRONG, tries_left=max(0, tries_left), locked_until=new_lock)

    # --- the audit trail for other admin actions -------------------------------------------

    def record(self, who: AuthSession | str, action: str, detail: str = "", *, entity: str = "", key: str = "") -> None:
        """Write one audit row of its own (e.g. ``kiosk.leave``); never pass a PIN or a hash."""
        actor = who.actor if isinstance(who, AuthSession) else who
        with self.database.session() as session:
            session.add(
                m.AuditEntry(
                    at=self._now().replace(tzinfo=None),
                    actor=actor[:64],
                    action=action[:64],
                    entity=entity[:32],
                    key=key[:64],
                    detail=detail,
                )
            )
            session.commit()

    # --- helpers ---------------------------------------------------------------------------

    def _now(self) -> dt.datetime:
        now = self.clock()
        if now.tzinfo is None:
            raise ValueError("the clock must return an aware datetime")
        return now.astimezone(dt.UTC)

    @staticmethod
    def _check_who(role: str, staff_code: str) -> str:
        if role not in ROLES:
            raise UserError(f"角色应为 admin 或 staff,而不是 {role!r}")
        staff_code = staff_code.strip()
        if role == STAFF and not staff_code:
            raise UserError("工作人员密码需要工号(--staff ID)")
        if role == ADMIN and staff_code:
            raise UserError("管理员密码不属于某个工作人员,请不要给出工号")
        return staff_code

    def _lock_row(self, session: Session, role: str, staff_code: str) -> m.Credential | None:
        """The credential row, locked against other kiosks until the transaction ends."""
        where = (m.Credential.role == role, m.Credential.staff_code == staff_code)
        if self.database.is_sqlite:
            # A write first: the transaction takes SQLite's write lock now (waiting for another
            # kiosk's attempt to finish), so the counters read below cannot be stale.
            session.execute(
                update(m.Credential).where(*where).values(failed_count=m.Credential.failed_count),
                execution_options={"synchronize_session": False},
            )
        return session.scalars(select(m.Credential).where(*where).with_for_update()).one_or_none()

    @staticmethod
    def _name(session: Session, role: str, staff_code: str) -> str | None:
        """The person's name; None for a staff member who is gone or inactive."""
        if role == ADMIN:
            return ""
        member = session.scalars(select(m.StaffMember).where(m.StaffMember.code == staff_code)).one_or_none()
        return member.name if member is not None and member.active else None

    @staticmethod
    def _audit(session: Session, actor: str, action: str, key: str, detail: str, now: dt.datetime) -> None:
        session.add(
            m.AuditEntry(
                at=now.astimezone(dt.UTC).replace(tzinfo=None),
                actor=actor[:64],
                action=action,
                entity="credential",
                key=key[:64],
                detail=detail,
            )
        )
