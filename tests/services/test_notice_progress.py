"""办件进度: staff set a notice's status; residents find it by its 查询码 only, and guesses find nothing."""

from __future__ import annotations

import random

import pytest

from kiosk.errors import UserError
from kiosk.services.notice_archive import NoticeService
from kiosk.services.notice_progress import CODE_DIGITS, LookupLimiter, ProgressBook


def _issue(database, received=(1,)):  # type: ignore[no-untyped-def]
    notices = NoticeService(database)
    draft = notices.draft_missing(
        "M001",
        {"agent": "否"},
        received=received,
        staff_code="S01",
        applicant_name="王秀英",
        applicant_phone="13812345678",
    )
    return notices.issue(draft)


def test_lookup_by_code_shows_status_dates_and_missing_but_never_the_applicant(notice_db) -> None:
    notice = _issue(notice_db)
    assert len(notice.lookup_code) == CODE_DIGITS
    book = ProgressBook(notice_db)
    found = book.lookup(" ".join(notice.lookup_code[i : i + 4] for i in range(0, CODE_DIGITS, 4)))
    assert found is not None and found.serial == notice.serial
    assert found.status == "待补正"
    assert list(found.missing) == [m.name for m in notice.to_supply] and found.missing
    shown = repr(found)
    assert "王秀英" not in shown and "13812345678" not in shown and "5678" not in shown

    for status in ("已补齐", "已受理", "已办结"):
        book.set_status(notice.serial, status, "staff:S1")
    found = book.lookup(notice.lookup_code)
    assert found is not None and found.status == "已办结"
    assert [s.status for s in found.steps] == ["待补正", "已补齐", "已受理", "已办结"]
    assert found.missing == ()  # supplied since
    with pytest.raises(UserError):
        book.set_status(notice.serial, "已作废", "staff:S1")


def test_ten_thousand_random_codes_and_serials_find_nothing(sqlite_notice_db) -> None:
    issued = [_issue(sqlite_notice_db) for _ in range(20)]
    book = ProgressBook(sqlite_notice_db)
    rng = random.Random(14)
    hits = 0
    for _ in range(10_000):
        guess = str(rng.randrange(10 ** (CODE_DIGITS - 1), 10**CODE_DIGITS))
        hits += book.lookup(guess) is not None
    # the serials themselves (and their digits) are not codes: a serial read off someone's paper finds nothing
    for notice in issued:
        hits += book.lookup(notice.serial) is not None
        hits += book.lookup("".join(c for c in notice.serial if c.isdigit())) is not None
        hits += book.lookup(notice.lookup_code[:-1]) is not None
    print(
        f"\n10,000 random 查询码 + {3 * len(issued)} serial-derived guesses against {len(issued)} notices: {hits} hits"
    )
    assert hits == 0
    assert all(book.lookup(n.lookup_code) is not None for n in issued)


def test_limiter_pauses_after_five_misses_and_doubles() -> None:
    now = [0.0]
    limiter = LookupLimiter(misses=5, window=600, pause=60, clock=lambda: now[0])
    for _ in range(4):
        limiter.missed()
    assert limiter.wait_seconds() == 0
    limiter.missed()
    assert limiter.wait_seconds() == 60
    now[0] += 61
    assert limiter.wait_seconds() == 0
    for _ in range(5):
        limiter.missed()
    assert limiter.wait_seconds() == 120
