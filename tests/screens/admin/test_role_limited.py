"""The console at a kiosk that runs on the kiosk role: the admin's pages say where that work is done;
对内公开 says why it is empty; the staff's notice pages work as everywhere."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import Translator, _console_sections, install_font
from kiosk.data.db import open_database
from kiosk.data.repository import ContentRepository
from kiosk.data.store import save_bundle
from kiosk.screens.admin.console import AdminConsole
from kiosk.screens.admin.role_limited import RoleLimitedPage
from kiosk.screens.base import Look
from kiosk.services.auth import AuthSession
from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet
from tests.deploy.test_postgres_roles import apply_roles, as_role

pytestmark = pytest.mark.postgres
SHOTS = Path(__file__).resolve().parents[3] / "screenshots" / "admin"


def test_an_admin_at_a_kiosk_role_kiosk_is_sent_to_the_office_pc(qtbot, postgres, demo_bundle_doc) -> None:
    assert install_font() is None
    url = postgres.create_database()
    database = open_database(url)
    with database.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    database.dispose()
    apply_roles(url)
    kiosk = open_database(as_role(url, "hall_kiosk"))
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    session = AuthSession("admin", "", "", dt.datetime.now(dt.UTC))
    sections = _console_sections(ContentRepository(kiosk), kiosk, session, look=Look(STANDARD, NORMAL))
    console = AdminConsole(sections, "管理员", "admin")
    qtbot.addWidget(console)
    console.resize(1920, 1080)
    console.show()
    qtbot.waitExposed(console)
    for key in ("settings", "statistics", "files"):
        assert isinstance(console.open_section(key), RoleLimitedPage), key
    internal = console.open_section("internal")
    assert internal.items == [] and "cannot be read on this kiosk" in internal.heading.text()
    assert not isinstance(console.open_section("notice.missing"), RoleLimitedPage)
    SHOTS.mkdir(parents=True, exist_ok=True)
    translator = Translator()
    translator.set_language("zh_CN")  # the kiosk's language; the console is built anew for a session
    console = AdminConsole(
        _console_sections(ContentRepository(kiosk), kiosk, session, look=Look(STANDARD, NORMAL)), "管理员", "admin"
    )
    qtbot.addWidget(console)
    console.show()
    for key in ("settings", "internal"):
        console.open_section(key)
        for name, size in (("landscape", (1920, 1080)), ("portrait", (1080, 1920))):
            console.resize(*size)
            QApplication.processEvents()
            assert console.grab().save(str(SHOTS / f"role-limited-{key}-{name}.png"))
    assert "办公室电脑" in console.open_section("settings").message.text()
    translator.set_language("en")
    QApplication.instance().setStyleSheet("")
    kiosk.dispose()
