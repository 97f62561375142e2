"""The settings page inside the kiosk: saving is checked and audited, and applies without a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.settings import Settings
from kiosk.services import kiosk_settings as ks
from kiosk.services.auth import AuthSession
from kiosk.services.notice_archive import NoticeService
from kiosk.widgets.file_picker import FilePickerDialog
from tests.screens.admin.helpers import PENSION, click, replace_text


@pytest.fixture
def settings_page(qtbot, shell):  # type: ignore[no-untyped-def]
    """The admin signed in on the demo kiosk, on the settings page (English, the source language)."""
    shell.set_language("en")
    shell.access._signed_in(AuthSession("admin", "", "", dt.datetime.now(dt.UTC)))
    page = shell.access.console.open_section("settings")
    qtbot.waitUntil(lambda: not page.calls, timeout=20_000)  # the printer list has arrived
    return page


def audit_rows(database, action: str) -> list[m.AuditEntry]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return list(session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == action)))


def test_idle_seconds_are_saved_audited_and_reach_the_kiosks_idle_watcher(qtbot, shell, settings_page) -> None:
    assert shell.idle.timer.interval() == 90_000
    settings_page.idle.setValue(150)
    click(qtbot, settings_page.save_button)
    assert shell.idle.timer.interval() == 150_000
    database = shell.content.database
    assert Settings(database).get("idle_seconds") == 150
    (row,) = audit_rows(database, "settings")
    assert row.actor == "admin" and row.detail == "idle_seconds: 90 → 150"  # only what changed
    assert "Saved" in settings_page.message.text()
    click(qtbot, settings_page.save_button)
    assert len(audit_rows(database, "settings")) == 1  # saving nothing changed writes nothing
    assert "Nothing to save" in settings_page.message.text()


def test_the_serial_prefix_is_checked_and_begins_the_next_notice_serial(qtbot, shell, settings_page) -> None:
    database = shell.content.database
    replace_text(qtbot, settings_page.prefix, "青石 便民")
    click(qtbot, settings_page.save_button)
    assert settings_page.errors["serial_prefix"].isVisible()
    assert Settings(database).get("serial_prefix") == ""  # nothing saved
    replace_text(qtbot, settings_page.prefix, "青石便民")
    assert "青石便民告〔" in settings_page.prefix_help.text()
    click(qtbot, settings_page.save_button)
    assert not settings_page.errors["serial_prefix"].isVisible()
    service = NoticeService(database)
    notice = service.issue(service.draft_missing(PENSION, {}, received=[1], staff_code="S01"))
    assert notice.serial.startswith(f"青石便民告〔{dt.date.today().year}〕")
    replace_text(qtbot, settings_page.prefix, "")  # empty: back to the hall's short name
    click(qtbot, settings_page.save_button)
    notice = service.issue(service.draft_missing(PENSION, {}, received=[1], staff_code="S01"))
    assert notice.serial.startswith("青石镇告〔")


def test_language_and_orientation_apply_at_once(qtbot, shell, settings_page) -> None:
    shell.set_language("zh_CN")  # as stored: the kiosk started in Chinese
    click(qtbot, settings_page.languages["en"])
    click(qtbot, settings_page.orientations["portrait"])
    click(qtbot, settings_page.save_button)
    assert shell.language == "en"
    margins = shell.layers.contentsMargins()
    assert margins.left() > 0 and abs(margins.left() - margins.right()) <= 1  # a 9:16 area in the middle
    assert (shell.width() - margins.left() - margins.right()) * 16 == pytest.approx(shell.height() * 9, abs=32)
    click(qtbot, settings_page.orientations["auto"])
    click(qtbot, settings_page.save_button)
    assert shell.layers.contentsMargins().left() == 0


def test_a_new_attract_pace_is_used_the_next_time_the_loop_starts(qtbot, shell, settings_page) -> None:
    first = shell.screen_named("attract")
    settings_page.attract.setValue(30)
    click(qtbot, settings_page.save_button)
    assert "attract" not in shell.screens
    rebuilt = shell.screen_named("attract")
    assert rebuilt is not first and rebuilt.rotate_timer.interval() == 30_000


def test_the_test_page_prints_to_a_chosen_folder_and_says_so(qtbot, settings_page, tmp_path: Path) -> None:
    settings_page.choose_print_folder()
    dialog = settings_page.dialog
    assert isinstance(dialog, FilePickerDialog) and dialog.picker.use_button.isVisible()
    dialog.picker.open_folder(tmp_path)
    click(qtbot, dialog.picker.use_button)
    assert settings_page.folder_radio.isChecked()
    assert settings_page.chosen_printer() == f"folder:{tmp_path}"
    settings_page.area.ensureWidgetVisible(settings_page.test_button, 0, 200)  # a finger can only tap what it sees
    click(qtbot, settings_page.test_button)
    qtbot.waitUntil(lambda: "test" not in settings_page.calls, timeout=60_000)
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in settings_page.test_result.text()
    click(qtbot, settings_page.save_button)
    assert Settings(settings_page.settings.database).get("printer") == f"folder:{tmp_path}"


@pytest.mark.parametrize(
    ("prefix", "problem"),
    [
        ("青石镇", None),
        ("A" * 20, None),
        ("A" * 21, "prefix_length"),
        ("", "prefix_length"),
        ("青石\t镇", "prefix_spaces"),
    ],
)
def test_serial_prefix_rules(prefix: str, problem: str | None) -> None:
    assert ks.prefix_problem(prefix) == problem


@pytest.mark.parametrize(
    ("size", "orientation", "margins"),
    [
        ((1920, 1080), "auto", (0, 0, 0, 0)),
        ((1920, 1080), "landscape", (0, 0, 0, 0)),
        ((1920, 1080), "portrait", (656, 0, 657, 0)),
        ((1080, 1920), "portrait", (0, 0, 0, 0)),
        ((1080, 1920), "landscape", (0, 656, 0, 657)),
    ],
)
def test_orientation_letterboxes_only_a_screen_of_the_other_shape(size, orientation, margins) -> None:  # type: ignore[no-untyped-def]
    assert ks.letterbox(*size, orientation) == margins


def test_an_import_from_the_kiosks_console_is_shown_by_the_kiosk_at_once(qtbot, shell, settings_page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from kiosk.data.exchange import export_file

    database = shell.content.database
    boards = shell.screen_named("boards")
    path = tmp_path / "hall.json"
    export_file(database, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["hall"]["name"] = "青石镇便民服务中心"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    files = shell.access.console.open_section("files")
    files.check_file(path)
    qtbot.waitUntil(lambda: not files.busy() and files.pending == path, timeout=20_000)
    click(qtbot, files.panel.action)
    qtbot.waitUntil(lambda: not files.busy(), timeout=20_000)
    assert shell.header.hall.text() == "青石镇便民服务中心"
    assert "boards" not in shell.screens  # rebuilt from the new content when next shown
    click(qtbot, shell.access.console.leave)
    assert shell.screen_named("boards") is not boards


def test_the_screen_schedule_is_checked_saved_and_dims_the_kiosk(qtbot, shell, settings_page) -> None:
    from kiosk.services.schedule import ScreenSchedule

    fields = settings_page.schedule
    settings_page.area.ensureWidgetVisible(fields.enabled, 40, 40)  # a finger taps what it sees
    click(qtbot, fields.enabled)
    replace_text(qtbot, fields.hours["1"], "8点到12点")
    fields.holidays.setPlainText("2026-10-01 2026/10/02 十月三日")
    click(qtbot, settings_page.save_button)
    error = settings_page.errors["screen_schedule"]
    assert error.isVisible() and "Monday" in error.text() and "十月三日" in error.text()
    assert Settings(shell.content.database).get("screen_schedule") is False  # nothing saved
    for key in ("1", "2", "3", "4", "5", "6", "7"):
        replace_text(qtbot, fields.hours[key], "00:00-00:01")  # open one minute after midnight: closed now, mostly
    fields.holidays.setPlainText("2026-10-01, 2026/10/02")
    fields.workdays.setPlainText("2026-09-27")
    click(qtbot, settings_page.save_button)
    assert not error.isVisible(), error.text()
    stored = Settings(shell.content.database).all()
    assert stored["screen_schedule"] is True and stored["opening_hours"]["1"] == "00:00-00:01"
    assert stored["holidays"] == ["2026-10-01", "2026-10-02"] and stored["workdays"] == ["2026-09-27"]
    assert shell.day.schedule == ScreenSchedule.from_settings(stored)  # applied to the running kiosk


def test_the_warning_must_be_shorter_than_the_idle_time_and_the_silent_bound_two_heartbeats(
    qtbot, shell, settings_page
) -> None:
    settings_page.idle.setValue(30)
    settings_page.warning.setValue(30)
    settings_page.heartbeat.setValue(120)
    settings_page.silent.setValue(180)
    click(qtbot, settings_page.save_button)
    assert settings_page.errors["idle_warning_seconds"].isVisible()
    assert settings_page.errors["silent_seconds"].isVisible()
    settings_page.warning.setValue(25)
    settings_page.silent.setValue(240)
    click(qtbot, settings_page.save_button)
    assert shell.idle.warning_seconds == 25
    assert Settings(shell.content.database).get("silent_seconds") == 240
