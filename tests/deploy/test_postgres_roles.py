"""deploy/postgres-roles.sql on the real test server: the kiosk role does what a kiosk does and
nothing else; staff-only content does not exist for it; the admin role can do everything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from kiosk.data.db import known_unreachable, open_database
from kiosk.data.feedback import FeedbackRepository
from kiosk.data.fleet import FleetSettings
from kiosk.data.floor_plans import FloorPlans
from kiosk.data.help_calls import HelpDesk
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.offline.outbox import OfflineFeedback, flush_outbox
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import PreDisclosureDoc
from kiosk.data.settings import Settings
from kiosk.data.store import save_bundle
from kiosk.services.auth import ADMIN, STAFF, AuthService, Outcome
from kiosk.services.notice_archive import NoticeService
from kiosk.services.notice_progress import ProgressBook
from tests import factories

pytestmark = pytest.mark.postgres
ROLES_SQL = Path(__file__).resolve().parents[2] / "deploy" / "postgres-roles.sql"


def apply_roles(url: str) -> None:
    """Run the file as the installer does (psql -f): one script, as the superuser."""
    parsed = make_url(url)
    dsn = f"host={parsed.host} port={parsed.port} user={parsed.username} dbname={parsed.database}"
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(ROLES_SQL.read_text(encoding="utf-8"))  # type: ignore[arg-type]


def as_role(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


@pytest.fixture
def hall(postgres):  # type: ignore[no-untyped-def]
    """A migrated hall database with content (one 对内公开 text, one plan), a staff PIN, roles applied."""
    url = postgres.create_database()
    database = open_database(url)
    content = factories.notice_bundle()
    content.pre_disclosures = [
        PreDisclosureDoc(key="plan", title="危房改造名单", opinions_until=dt.date.today() + dt.timedelta(days=5))
    ]
    with database.session() as session:
        save_bundle(session, content, action="test", actor="test")
        session.commit()
    AuthService(database).set_pin(STAFF, "2580", "S01", actor="test")
    AuthService(database).set_pin(ADMIN, "7391", actor="test")
    database.dispose()
    apply_roles(url)
    apply_roles(url)  # run again after an upgrade: nothing breaks
    return url


def test_the_kiosk_role_cannot_read_staff_only_content_nor_change_a_matter(hall) -> None:
    kiosk = open_database(as_role(hall, "hall_kiosk"))  # the schema check alone: it changes nothing
    admin = open_database(as_role(hall, "hall_admin"))
    content = ContentRepository(kiosk)
    assert [d.key for d in content.disclosures(staff=True)] == ["d1"]  # 对内公开 does not exist for it
    assert [d.key for d in ContentRepository(admin).disclosures(staff=True)] == ["d1", "d2"]
    with kiosk.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM disclosures WHERE audience = 'staff'")).scalar() == 0
        assert connection.execute(text("SELECT row_security_active('disclosures')")).scalar() is True
    refused = {
        "UPDATE matters SET name = '改名' WHERE code = 'M001'": "permission denied for table matters",
        "SELECT data FROM revisions": "permission denied for table revisions",  # staff-only texts live there too
        "SELECT data FROM drafts": "permission denied for table drafts",
        "SELECT detail FROM audit_log": "permission denied for table audit_log",
        "SELECT contact FROM opinions": "permission denied for table opinions",
        "DELETE FROM ratings": "permission denied for table ratings",
        "UPDATE rating_cases SET status = 'closed'": "permission denied for table rating_cases",  # the console's work
        "UPDATE settings SET value = '1'": "permission denied for table settings",
        "UPDATE credentials SET pin_hash = 'x'": "permission denied for table credentials",
        "CREATE TABLE sneaky (id int)": "permission denied for schema public",
    }
    for statement, message in refused.items():
        with kiosk.engine.connect() as connection, pytest.raises(ProgrammingError) as denied:
            connection.execute(text(statement))
        assert isinstance(denied.value.orig, psycopg.errors.InsufficientPrivilege), statement
        assert message in str(denied.value.orig), statement
    with admin.engine.begin() as connection:  # the console's role may
        connection.execute(text("UPDATE matters SET name = '改名' WHERE code = 'M001'"))
    kiosk.dispose()
    admin.dispose()


def test_the_kiosk_role_does_everything_a_kiosk_does(hall, tmp_path: Path) -> None:
    kiosk = open_database(as_role(hall, "hall_kiosk"))
    local = LocalStore(tmp_path / "local.sqlite3")
    content = ContentRepository(kiosk, local)
    assert content.prefetch() == 3 and content.content_version()
    admin = open_database(as_role(hall, "hall_admin"))
    FleetSettings(admin).set_overrides(local.kiosk_id, {"orientation": "portrait"}, actor="admin")
    admin.dispose()
    assert Settings(kiosk, local).all()["orientation"] == "portrait"

    feedback = OfflineFeedback(FeedbackRepository(kiosk, kiosk_id=local.kiosk_id), local)
    feedback.add_rating(overall=5, efficiency=4, competence=4, attitude=5, window="W1")
    feedback.add_opinion("plan", "建议公示评分标准")
    notices = NoticeService(kiosk, local=local, content=content)
    block = notices.keep_serial_block(size=3)  # the counter and an audit row
    assert block is not None and block.first == 1
    draft = notices.draft_missing("M001", {"agent": "否"}, received=[1], staff_code="S01")
    issued = notices.issue(draft)
    assert issued.serial.endswith(f"〔{issued.issued_at.year}〕0004号")
    assert notices.reprint(issued.serial).serial == issued.serial
    assert [s.serial for s in notices.search(serial=issued.serial)] == [issued.serial]

    # Delivering an outbox: ratings, opinions and notices by uid, a provisional notice numbered.
    local.queue("rating", "11111111-1111-1111-1111-111111111111", {
        "overall": 3, "efficiency": 3, "competence": 3, "attitude": 3, "matter_code": "", "window": "",
        "comment": "", "kiosk_id": local.kiosk_id, "created_at": dt.datetime.now().isoformat(),
    })  # fmt: skip
    local.clear_serial_block()  # no reserved number: a notice issued offline now is provisional
    offline = NoticeService(known_unreachable(as_role(hall, "hall_kiosk")), local=local, content=content)
    provisional = offline.issue(draft)
    assert provisional.is_provisional
    report = flush_outbox(kiosk, local)
    assert (report.sent, report.kept, len(report.numbered)) == (2, 0, 1)

    # 呼叫帮办 (a resident calls, staff signed in at this kiosk take it), 办件进度 (looked up by its
    # 查询码, moved on by staff), 窗口导航 (the plans are read)
    desk = HelpDesk(kiosk)
    call = desk.call(local.kiosk_id, "大厅一体机", "M001", "测试事项")
    assert [c.uid for c in desk.open_calls()] == [call]
    assert desk.acknowledge(call, "周建华") and desk.open_calls() == []
    book = ProgressBook(kiosk)
    with kiosk.engine.connect() as connection:
        code = connection.execute(
            text("SELECT lookup_code FROM issued_notices WHERE serial = :s"), {"s": issued.serial}
        ).scalar_one()
    assert book.lookup(code) is not None and book.lookup(code).serial == issued.serial  # type: ignore[union-attr]
    assert book.set_status(issued.serial, "已补齐", "S01").status == "已补齐"
    assert FloorPlans(kiosk).floors() == [] and FloorPlans(kiosk).places() == []

    auth = AuthService(kiosk)  # staff sign in at the kiosk: the hash is read, the counters written
    assert auth.has_admin() and auth.staff_with_pins() == ["S01"]
    assert auth.verify(STAFF, "0000", "S01").outcome is Outcome.WRONG
    assert auth.verify(STAFF, "2580", "S01").outcome is Outcome.OK
    local.close()
    kiosk.dispose()
