"""单台设备设置 on the settings page: one kiosk of a shared database gets its own orientation,
printer and idle time; it applies them at once when it is the kiosk the console runs on, and
another kiosk picks its own up with the next content check — live, no restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.app import install_font, kiosk_shell
from kiosk.data.db import open_database
from kiosk.data.fleet import FleetSettings
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.settings import Settings
from kiosk.data.store import save_bundle
from kiosk.services.auth import AuthSession
from tests.screens.admin.helpers import click, replace_text

pytestmark = pytest.mark.postgres
SHOTS = Path(__file__).resolve().parents[3] / "screenshots" / "admin"


@pytest.fixture
def hall(postgres, demo_bundle_doc):  # type: ignore[no-untyped-def]
    database = open_database(postgres.create_database())
    with database.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    yield database
    database.dispose()


def tap(qtbot, page, widget) -> None:  # type: ignore[no-untyped-def]
    """A finger can only tap what it sees: scroll the widget into view first."""
    QApplication.processEvents()  # a panel just shown is laid out first
    page.area.ensureWidgetVisible(widget, 0, 200)
    QApplication.processEvents()
    click(qtbot, widget)


def shoot(shell, page, language: str) -> None:  # type: ignore[no-untyped-def]
    """The per-kiosk part of the page at both orientations (the kiosk itself keeps its own shape)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for name, size in (("landscape", (1920, 1080)), ("portrait", (1080, 1920))):
        shell.resize(*size)
        QApplication.processEvents()
        page.area.ensureWidgetVisible(page.overrides.save_button, 0, 40)
        QApplication.processEvents()
        assert shell.grab().save(str(SHOTS / f"kiosk-overrides-{name}-{language}.png"))
    shell.resize(1920, 1080)


def start(qtbot, database, path: Path, *, show: bool = True):  # type: ignore[no-untyped-def]
    """A kiosk as ``run_kiosk`` builds it on the shared database, with its own local store (its id)."""
    local = LocalStore(path)
    shell = kiosk_shell(database, local, "en")
    shell.services["content_watch"].timer.stop()  # the test asks for checks itself
    qtbot.addWidget(shell)
    shell.resize(1920, 1080)
    if show:  # one window on screen: taps go to the window on top
        shell.show()
        qtbot.waitExposed(shell)
    return shell, local


def test_a_kiosk_gets_its_own_settings_from_the_console(qtbot, hall, tmp_path: Path) -> None:
    assert install_font() is None
    here, local = start(qtbot, hall, tmp_path / "here.sqlite3")
    there, other = start(qtbot, hall, tmp_path / "there.sqlite3", show=False)  # a village station
    qtbot.waitUntil(lambda: there.services["content_watch"].known is not None, timeout=20_000)
    FleetSettings(hall).set_overrides(other.kiosk_id, {"name": "青石村便民服务站"}, actor="test")
    here.access._signed_in(AuthSession("admin", "", "", dt.datetime.now(dt.UTC)))
    page = here.access.console.open_section("settings")
    qtbot.waitUntil(lambda: not page.calls, timeout=20_000)
    panel = page.overrides
    assert panel is not None
    kiosks = [b.property("kiosk_id") for b in panel.kiosk_group.buttons()]
    assert kiosks[0] == local.kiosk_id and other.kiosk_id in kiosks  # this kiosk first
    assert "this kiosk" in panel.kiosk_group.buttons()[0].text()

    panel.choose(local.kiosk_id)
    assert panel.orientations["hall"].isChecked() and panel.idle_hall.isChecked()
    tap(qtbot, page, panel.orientations["portrait"])
    panel.idle.setValue(200)
    assert panel.idle_own.isChecked()
    tap(qtbot, page, panel.printer_own)
    tap(qtbot, page, panel.save_button)
    assert panel.error.isVisible() and "Not saved" in panel.message.text()  # "this kiosk" printer left empty
    replace_text(qtbot, panel.printer, "folder:/srv/notices")
    tap(qtbot, page, panel.save_button)
    assert "Saved (3 changed)" in panel.message.text()
    assert (here.orientation, here.idle.timer.interval()) == ("portrait", 200_000)  # applied at once
    assert Settings(hall, local).get("printer") == "folder:/srv/notices"
    assert Settings(hall).get("orientation") == "auto"  # the hall's setting is untouched
    shoot(here, page, "en")

    panel.choose(other.kiosk_id)  # the village station, by its name
    assert panel.name.text() == "青石村便民服务站"
    tap(qtbot, page, panel.orientations["landscape"])
    tap(qtbot, page, panel.save_button)
    assert here.orientation == "portrait"  # another kiosk's setting is not this kiosk's
    assert there.orientation == "auto"
    with qtbot.waitSignal(there.services["content_watch"].changed, timeout=20_000):
        there.services["content_watch"].check()  # what its 30 s timer does
    qtbot.waitUntil(lambda: there.orientation == "landscape", timeout=5_000)  # at rest: applied live

    here.access.end_session()  # signed out; in Chinese, as the kiosk runs, a new session sees the same part
    here.set_language("zh_CN")
    here.access._signed_in(AuthSession("admin", "", "", dt.datetime.now(dt.UTC)))
    page = here.access.console.open_section("settings")
    qtbot.waitUntil(lambda: not page.calls, timeout=20_000)
    page.overrides.choose(local.kiosk_id)
    shoot(here, page, "zh_CN")
    here.services["translator"].set_language("en")
    QApplication.instance().setStyleSheet("")
    for shell, store in ((here, local), (there, other)):
        for job in (shell.services["catch_up"].call, shell.services["content_watch"].call):
            qtbot.waitUntil(lambda job=job: job is None or job.done, timeout=30_000)  # no connection left out
        shell.close()
        store.close()
