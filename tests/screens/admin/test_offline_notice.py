"""A clerk already signed in keeps issuing 补正告知单 while the shared PostgreSQL is down.

The console is the kiosk's (the composition root's sections with the kiosk's notice service and
local store); the server is really stopped. The notice gets a number from the kiosk's reserved
block, prints as usual, and is archived once the server is back; when the block is used up the
clerk is told so on the page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import _console_sections, install_font
from kiosk.data.db import open_database
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.offline.outbox import flush_outbox
from kiosk.data.repository import ContentRepository
from kiosk.data.store import save_bundle
from kiosk.screens.admin.console import AdminConsole
from kiosk.screens.base import Look
from kiosk.services.auth import AuthSession
from kiosk.services.notice_archive import NoticeService
from kiosk.services.notices import SERIAL
from kiosk.widgets.notice_print import wait_for_print_jobs
from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet
from tests.screens.admin.test_staff_notice import CountingFolder, fill_in, issue, pdf_text, preview, squeeze
from tests.screens.conftest import tap

pytestmark = pytest.mark.postgres


@pytest.fixture
def kiosk(qtbot, pausable_postgres, demo_bundle_doc, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The kiosk's console for S02 on a demo hall in PostgreSQL, with a local store and 2 reserved numbers."""
    assert install_font() is None
    database = open_database(pausable_postgres.create_database())
    with database.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    local = LocalStore(tmp_path / "local.sqlite3")
    content = ContentRepository(database, local)
    notices = NoticeService(database, local=local, content=content)
    notices.keep_serial_block(size=2)
    content.prefetch()  # what the catch-up does once the database answers
    folder = CountingFolder(tmp_path / "printed")
    printer = SimpleNamespace(backend=lambda: folder, available=True)
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    session = AuthSession("staff", "S02", "李晓梅", dt.datetime.now(dt.UTC))
    sections = _console_sections(
        content, database, session, look=Look(STANDARD, NORMAL), notices=notices, printer=printer
    )
    console = AdminConsole(sections, "李晓梅", "staff")
    qtbot.addWidget(console)
    console.resize(1920, 1080)
    console.show()
    qtbot.waitExposed(console)
    yield SimpleNamespace(console=console, database=database, local=local, notices=notices, folder=folder)
    assert wait_for_print_jobs()
    QApplication.instance().setStyleSheet("")
    local.close()
    database.dispose()


def test_a_signed_in_clerk_issues_from_the_reserved_block_while_offline(qtbot, pausable_postgres, kiosk) -> None:
    block = kiosk.local.serial_block()
    page = kiosk.console.open_section("notice.missing")
    with pausable_postgres.paused():
        fill_in(qtbot, page)
        preview(qtbot, page)
        issue(qtbot, page)
        serial = page.serial_label.text()
        found = SERIAL.match(serial)
        assert found is not None and int(found["number"]) == block.first
        assert squeeze(serial) in pdf_text(next(kiosk.folder.folder.glob("*.pdf")).read_bytes())
        assert kiosk.folder.copies == [2]

        tap(qtbot, page.new_button)
        fill_in(qtbot, page)
        preview(qtbot, page)
        issue(qtbot, page)  # the second and last reserved number
        tap(qtbot, page.new_button)
        fill_in(qtbot, page)
        preview(qtbot, page)
        issue(qtbot, page)  # no reserved number left: issued and printed under a provisional number
        provisional = page.issued.notice.provisional_id
        assert page.serial_label.text() == f"临时编号 {provisional}（待联网后补号）"
        assert "provisional" in page.sheet_message.text() or "临时编号" in page.sheet_message.text()
        printed = pdf_text(sorted(kiosk.folder.folder.glob("*.pdf"), key=lambda f: f.stat().st_mtime)[-1].read_bytes())
        assert squeeze(f"编号：临时编号 {provisional}（待联网后补号）") in printed
        assert kiosk.local.outbox_count() == 3

    report = flush_outbox(kiosk.database, kiosk.local)
    assert (report.sent, report.kept) == (3, 0)
    archived = kiosk.notices.search(serial=serial)
    assert [(s.staff_code, s.applicant_name) for s in archived] == [("S02", "张三")]
    [(pid, real)] = report.numbered
    assert pid == provisional and kiosk.notices.reprint(provisional).serial == real
