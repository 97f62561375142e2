"""Staff notices issued while the shared PostgreSQL is down: reserved serials, no number ever twice.

Two kiosks (two local stores, two kiosk ids) share one real server that is stopped and started
again; what each issued offline is archived when it is back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.offline.outbox import flush_outbox
from kiosk.data.store import save_bundle
from kiosk.services.notice_archive import NoticeService
from kiosk.services.notices import SERIAL
from tests import factories
from tests.services.conftest import ISSUE_TIME

pytestmark = pytest.mark.postgres
BLOCK_SIZE = 5


@pytest.fixture
def shared(pausable_postgres):  # type: ignore[no-untyped-def]
    database = open_database(pausable_postgres.create_database())
    with database.session() as session:
        save_bundle(session, factories.notice_bundle(), action="test", actor="test")
        session.commit()
    yield database
    database.dispose()


class Kiosk:
    """One kiosk's notice service on the shared database, with its own local store (a restart: ``restart``)."""

    def __init__(self, database, path: Path) -> None:  # type: ignore[no-untyped-def]
        self.database = database
        self.path = path
        self.local = LocalStore(path)
        self.notices = NoticeService(database, local=self.local, clock=lambda: ISSUE_TIME)

    def restart(self) -> None:
        self.local.close()
        self.local = LocalStore(self.path)
        self.notices = NoticeService(self.database, local=self.local, clock=lambda: ISSUE_TIME)

    def issue(self) -> str:
        return self.issue_notice().serial

    def issue_notice(self):  # type: ignore[no-untyped-def]
        draft = self.notices.draft_missing(
            "M001", {"agent": "否"}, received=[1], staff_code="S01", applicant_phone="13812345678"
        )
        return self.notices.issue(draft)


def _number(serial: str) -> int:
    found = SERIAL.match(serial)
    assert found is not None, serial
    return int(found["number"])


def _archive(database) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return dict(session.execute(select(m.IssuedNotice.serial, m.IssuedNotice.kiosk_id)).tuples().all())


@pytest.fixture
def kiosks(shared, tmp_path: Path):  # type: ignore[no-untyped-def]
    pair = Kiosk(shared, tmp_path / "a.sqlite3"), Kiosk(shared, tmp_path / "b.sqlite3")
    yield pair
    for kiosk in pair:
        kiosk.local.close()


def test_two_kiosks_offline_never_give_out_a_number_twice(pausable_postgres, shared, kiosks) -> None:
    a, b = kiosks
    for kiosk in (a, b):
        kiosk.notices.keep_serial_block(size=BLOCK_SIZE)
        kiosk.notices.content.prefetch()  # what the catch-up does when the database answers
    block_a, block_b = a.local.serial_block(), b.local.serial_block()
    assert block_a is not None and block_b is not None
    assert (block_a.first, block_a.last, block_b.first, block_b.last) == (1, 5, 6, 10)
    online = [a.issue()]
    assert _number(online[0]) == 11  # the counter is past both blocks

    with pausable_postgres.paused():
        offline_a = [a.issue(), a.issue()]
        a.restart()  # switched off and on again while the line is still down
        offline_a.append(a.issue())
        offline_b = [b.issue() for _ in range(2)]
        assert a.notices.reprint(offline_a[0]).serial == offline_a[0]  # reprinted from the outbox
        assert a.notices.checklist("M001", {"agent": "否"}).serial == ""  # the resident's list always works
    online.append(b.issue())

    assert [_number(s) for s in offline_a] == [1, 2, 3]
    assert [_number(s) for s in offline_b] == [6, 7]
    assert _number(online[1]) == 12
    for kiosk in (a, b):
        report = flush_outbox(shared, kiosk.local)
        assert report.reachable and report.kept == 0
    archive = _archive(shared)
    assert sorted(archive) == sorted(online + offline_a + offline_b)  # every one archived, none twice
    assert {archive[s] for s in offline_a} == {a.local.kiosk_id}
    assert {archive[s] for s in offline_b} == {b.local.kiosk_id}
    assert a.notices.reprint(offline_a[2]).serial == offline_a[2]

    # Back online, each kiosk takes a fresh block; the unused rest of the old one is a gap.
    a.notices.keep_serial_block(size=BLOCK_SIZE)
    block = a.local.serial_block()
    assert block is not None and (block.first, block.last) == (13, 12 + BLOCK_SIZE) and not block.touched
    assert _number(b.issue()) == 13 + BLOCK_SIZE
    with shared.session() as session:
        reserved = session.scalars(select(m.AuditEntry.actor).where(m.AuditEntry.action == "serial.reserve")).all()
    assert sorted(reserved) == sorted([f"kiosk:{a.local.kiosk_id}"] * 2 + [f"kiosk:{b.local.kiosk_id}"])


def test_when_the_reserved_numbers_run_out_a_notice_is_provisional_and_numbered_on_delivery(
    pausable_postgres, shared, kiosks
) -> None:
    a, b = kiosks
    a.notices.keep_serial_block(size=2)
    a.notices.content.prefetch()
    with pausable_postgres.paused():
        assert [_number(a.issue()) for _ in range(2)] == [1, 2]
        first, second = a.issue_notice(), a.issue_notice()  # no number left: provisional, not refused
        for notice in (first, second):
            assert notice.serial == "" and notice.is_provisional
            assert notice.serial_text == f"临时编号 {notice.provisional_id}（待联网后补号）"
        assert first.provisional_id == f"临{a.local.kiosk_id[:4].upper()}-0001"
        assert second.provisional_id.endswith("-0002")
        again = a.notices.reprint(first.provisional_id)  # 补打 before delivery: the same provisional paper
        assert again.serial_text == first.serial_text and again.applicant_phone == "138****5678"
        waiting = a.notices.search()
        assert [s.serial for s in waiting][:2] == [second.provisional_id, first.provisional_id]
        assert all(s.waiting for s in waiting)
    online = b.issue()  # meanwhile, another kiosk online
    report = flush_outbox(shared, a.local)
    assert (report.sent, report.kept) == (4, 0)
    [(pid1, serial1), (pid2, serial2)] = report.numbered
    assert (pid1, pid2) == (first.provisional_id, second.provisional_id)
    assert [_number(serial1), _number(serial2)] == [_number(online) + 1, _number(online) + 2]
    archive = _archive(shared)
    assert {serial1, serial2} <= archive.keys() and len(archive) == 5
    reprinted = a.notices.reprint(first.provisional_id)  # 补打 by the provisional id: the real serial now
    assert reprinted.serial == serial1
    assert reprinted.serial_text == f"{serial1}（原临时编号 {first.provisional_id}）"
    assert a.notices.reprint(serial1) == reprinted
    assert [s.serial for s in a.notices.search(serial=first.provisional_id)] == [serial1]
    with shared.session() as session:
        numbered = session.scalars(select(m.AuditEntry.detail).where(m.AuditEntry.action == "notice.number")).all()
    assert sorted(numbered) == sorted(
        [f"临时编号 {first.provisional_id} 补号为 {serial1}", f"临时编号 {second.provisional_id} 补号为 {serial2}"]
    )


def test_a_provisional_notice_delivered_before_a_crash_keeps_its_first_serial(
    pausable_postgres, shared, kiosks, monkeypatch
) -> None:
    """Killed after the commit, before the kiosk forgot the item: the second delivery rolls back
    its counter bump and remembers the serial of the first, so the counter has no gap either."""
    a, b = kiosks
    a.notices.keep_serial_block(size=0)  # no reserved numbers at all: every offline notice is provisional
    a.notices.content.prefetch()
    assert a.local.serial_block() is None
    with pausable_postgres.paused():
        notice = a.issue_notice()
    assert notice.is_provisional
    forget = a.local.delivered_provisional
    monkeypatch.setattr(a.local, "delivered_provisional", lambda *args: (_ for _ in ()).throw(SystemExit("power cut")))
    with pytest.raises(SystemExit):
        flush_outbox(shared, a.local)
    monkeypatch.setattr(a.local, "delivered_provisional", forget)
    assert a.local.outbox_count() == 1  # still queued: it is sent again
    report = flush_outbox(shared, a.local)
    [(pid, serial)] = report.numbered
    assert pid == notice.provisional_id and _archive(shared) == {serial: a.local.kiosk_id}
    assert _number(b.issue()) == _number(serial) + 1  # the second delivery's bump was rolled back


def test_an_unused_block_is_kept_while_online(kiosks) -> None:
    a, _ = kiosks
    first = a.notices.keep_serial_block()
    assert a.notices.keep_serial_block() == first
    a.issue()  # online: the block is not touched
    assert a.notices.keep_serial_block() == first


def test_without_a_local_store_an_outage_is_an_error_as_before(pausable_postgres, shared) -> None:
    from kiosk.data.db import UNREACHABLE

    notices = NoticeService(shared, clock=lambda: ISSUE_TIME)
    draft = notices.draft_missing("M001", {"agent": "否"}, received=[1], staff_code="S01")
    with pausable_postgres.paused(), pytest.raises(UNREACHABLE):
        notices.issue(draft)


def test_a_new_prefix_or_year_gets_a_new_block(kiosks) -> None:
    from kiosk.data.settings import Settings

    a, _ = kiosks
    first = a.notices.keep_serial_block()
    assert first is not None and (first.prefix, first.year) == ("测试镇", 2026)
    Settings(a.database).set("serial_prefix", "青石")
    renamed = a.notices.keep_serial_block()
    assert renamed is not None and (renamed.prefix, renamed.first) == ("青石", 1)
    a.notices.clock = lambda: ISSUE_TIME.replace(year=2027)
    next_year = a.notices.keep_serial_block()
    assert next_year is not None and (next_year.prefix, next_year.year, next_year.first) == ("青石", 2027, 1)
