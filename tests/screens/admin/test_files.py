"""Files from the screen: the touch file picker, import (dry run, table of problems, all or nothing),
export, backup now and restore, as an admin does them in the console."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.exchange import export_file, import_file
from kiosk.data.repository import ContentRepository
from kiosk.data.settings import Settings
from kiosk.data.store import load_bundle
from kiosk.screens.admin.console import AdminConsole
from kiosk.screens.admin.tools import KioskHooks, tool_sections
from kiosk.services import file_places
from kiosk.services.auth import AuthSession
from kiosk.widgets.confirm import ConfirmDialog
from kiosk.widgets.file_picker import FilePickerDialog
from tests.screens.admin.helpers import PENSION, click, replace_text

RENAMED = "城乡居民基本养老保险参保登记(新办法)"


@pytest.fixture
def usb(tmp_path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """A fake USB disk: the mount roots point into tmp_path, where one disk is "mounted"."""
    disk = tmp_path / "media" / "admin" / "KINGSTON"
    disk.mkdir(parents=True)
    monkeypatch.setattr(file_places, "MOUNT_GLOBS", (str(tmp_path / "media" / "*" / "*"),))
    return disk


@pytest.fixture
def tools(qtbot, sqlite_demo, tmp_path: Path, usb: Path):  # type: ignore[no-untyped-def]
    """The console with the files and settings sections on the demo hall; backups go to tmp_path."""
    from kiosk.app import install_font
    from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet

    assert install_font() is None
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    Settings(sqlite_demo).set("backup_folder", str(tmp_path / "backups"))
    calls: dict[str, list] = {"applied": [], "replaced": []}
    hooks = KioskHooks(calls["applied"].append, lambda: calls["replaced"].append(True))
    session = AuthSession("admin", "", "", dt.datetime.now(dt.UTC))
    console = AdminConsole(tool_sections(sqlite_demo, session, hooks), "管理员")
    qtbot.addWidget(console)
    console.resize(1920, 1080)
    console.show()
    qtbot.waitExposed(console)
    yield SimpleNamespace(console=console, db=sqlite_demo, calls=calls, usb=usb, backups=tmp_path / "backups")
    QApplication.instance().setStyleSheet("")


def counts(database) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) or 0
            for t in (m.ServiceMatter, m.Material, m.Revision, m.Theme, m.StaffMember, m.Setting)
        }


def audit_actions(database) -> list[str]:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return list(session.scalars(select(m.AuditEntry.action).order_by(m.AuditEntry.id)))


def pick(qtbot, page, path: Path) -> None:  # type: ignore[no-untyped-def]
    """In the open picker dialog, open the folder holding ``path`` and tap ``path`` (a file) or "Use this folder"."""
    dialog = page.dialog
    assert isinstance(dialog, FilePickerDialog) and dialog.isVisible()
    picker = dialog.picker
    if path.is_dir():
        picker.open_folder(path)
        click(qtbot, picker.use_button)
        return
    picker.open_folder(path.parent)
    qtbot.wait(30)
    rect = picker.entries_view.row_rect(str(path))
    assert rect.isValid(), picker.entries_view.keys()
    qtbot.mouseClick(picker.entries_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def wait_idle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.busy(), timeout=20_000)


def bad_workbook(database, folder: Path) -> Path:  # type: ignore[no-untyped-def]
    """The demo hall as Excel, with a word in a number column and a value that is not one of the choices."""
    path = folder / "hall-bad.xlsx"
    export_file(database, path)
    book = openpyxl.load_workbook(path)
    sheet = book["材料"]
    headers = {cell.value: cell.column for cell in sheet[1]}
    sheet.cell(row=5, column=headers["份数"], value="三")
    sheet.cell(row=9, column=headers["必要性"], value="随便")
    book.save(path)
    return path


def test_the_picker_lists_usb_disks_first_and_only_json_and_xlsx_files(qtbot, tools) -> None:
    for name in ("hall.json", "hall.xlsx", "notes.txt", "photo.jpg", ".hidden.json", "backup.sqlite3"):
        (tools.usb / name).write_text("{}", encoding="utf-8")
    (tools.usb / "2026年").mkdir()
    (tools.usb / ".Trash-1000").mkdir()
    page = tools.console.open_section("files")
    click(qtbot, page.import_button)
    picker = page.dialog.picker
    places = picker.places_view.keys()
    assert places[0] == str(tools.usb)
    assert str(Path.home()) in places
    assert picker.folder == tools.usb  # opens on the first USB disk
    names = [Path(key).name for key in picker.entries_view.keys()]  # noqa: SIM118 (TouchList.keys())
    assert names[0] == "2026年" and sorted(names[1:]) == ["hall.json", "hall.xlsx"]
    picker.open_folder(tools.usb / "2026年")
    assert picker.entries_view.keys() == [] and picker.empty.isVisible()
    click(qtbot, picker.up_button)
    assert picker.folder == tools.usb
    click(qtbot, page.dialog.cancel_button)


def test_an_import_with_errors_shows_where_they_are_and_changes_nothing(qtbot, tools) -> None:
    path = bad_workbook(tools.db, tools.usb)
    before = counts(tools.db)
    page = tools.console.open_section("files")
    click(qtbot, page.import_button)
    pick(qtbot, page, path)
    wait_idle(qtbot, page)
    rows = page.panel.rows()
    assert ["材料!第5行 份数", "应为整数,而不是 '三'"] in rows
    assert [where for where, _ in rows] == ["材料!第5行 份数", "材料!第9行 必要性"]
    assert "随便" in rows[1][1]
    assert page.panel.table.horizontalHeaderItem(0).text().startswith("Location")
    assert not page.panel.action.isVisible()  # nothing to import
    assert counts(tools.db) == before
    assert tools.calls["replaced"] == []


def test_a_good_import_is_checked_first_then_imported_and_shown_by_the_kiosk(qtbot, tools) -> None:
    path = tools.usb / "hall.json"
    export_file(tools.db, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    matter = next(item for item in data["matters"] if item["code"] == PENSION)
    matter["name"] = RENAMED
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = counts(tools.db)
    page = tools.console.open_section("files")
    click(qtbot, page.import_button)
    pick(qtbot, page, path)
    wait_idle(qtbot, page)
    assert page.pending == path and page.panel.action.isVisible()
    guides = next(row for row in page.panel.rows() if row[0].startswith("Guides"))
    assert guides[1:3] == ["0", "1"]  # nothing new, one changed
    assert counts(tools.db) == before  # the dry run wrote nothing
    assert ContentRepository(tools.db).matter(PENSION).name != RENAMED
    assert "import" not in audit_actions(tools.db)

    click(qtbot, page.panel.action)
    assert page.panel.progress.isVisible()
    wait_idle(qtbot, page)
    assert ContentRepository(tools.db).matter(PENSION).name == RENAMED
    assert page.panel.heading.text() == "Imported hall.json"
    assert tools.calls["replaced"] == [True]  # the kiosk rebuilds its screens
    assert audit_actions(tools.db)[-1] == "import"


def test_an_import_that_fails_for_real_changes_nothing_and_shows_the_table(qtbot, tools) -> None:
    path = tools.usb / "hall.json"
    export_file(tools.db, path)
    page = tools.console.open_section("files")
    page.check_file(path)
    wait_idle(qtbot, page)
    data = json.loads(path.read_text(encoding="utf-8"))  # the file changes between the check and the import
    data["matters"][0]["themes"] = ["no-such-theme"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = counts(tools.db)
    click(qtbot, page.panel.action)
    wait_idle(qtbot, page)
    assert page.panel.rows() == [["matters[0].themes[0]", page.panel.rows()[0][1]]]
    assert counts(tools.db) == before
    assert audit_actions(tools.db)[-1] == "import.refused"


def test_export_writes_a_file_that_imports_back_equal(qtbot, tools, tmp_path: Path) -> None:
    page = tools.console.open_section("files")
    click(qtbot, page.as_json)
    click(qtbot, page.export_button)
    assert page.dialog.picker.use_button.isVisible()
    pick(qtbot, page, tools.usb)
    wait_idle(qtbot, page)
    written = list(tools.usb.glob("hall-content-*.json"))
    assert len(written) == 1 and str(written[0]) in page.panel.message.text()
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        import_file(other, written[0])
        with other.session() as a, tools.db.session() as b:
            assert load_bundle(a) == load_bundle(b)
    finally:
        other.dispose()
    assert "export" in audit_actions(tools.db)


def test_backup_now_writes_an_integrity_checked_copy(qtbot, tools) -> None:
    page = tools.console.open_section("files")
    assert "none yet" in page.status_label.text()
    click(qtbot, page.backup_button)
    wait_idle(qtbot, page)
    copies = list(tools.backups.glob("kiosk-*.sqlite3"))
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM matters").fetchone()[0] > 0
    finally:
        con.close()
    assert copies[0].name in page.panel.message.text()
    assert "OK" in page.status_label.text() and copies[0].name in page.status_label.text()


def test_restore_asks_first_backs_up_the_current_data_and_brings_the_old_content_back(qtbot, tools) -> None:
    page = tools.console.open_section("files")
    click(qtbot, page.backup_button)
    wait_idle(qtbot, page)
    (old,) = tools.backups.glob("kiosk-*.sqlite3")
    path = tools.usb / "hall.json"
    export_file(tools.db, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    next(item for item in data["matters"] if item["code"] == PENSION)["name"] = RENAMED
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    page.check_file(path)
    wait_idle(qtbot, page)
    click(qtbot, page.panel.action)
    wait_idle(qtbot, page)
    assert ContentRepository(tools.db).matter(PENSION).name == RENAMED

    click(qtbot, page.restore_button)
    assert page.dialog.picker.folder == tools.backups
    pick(qtbot, page, old)
    dialog = page.dialog
    assert isinstance(dialog, ConfirmDialog)
    texts = " ".join(label.text() for label in dialog.findChildren(type(page.status_label)))
    assert "backed up to" in texts and str(tools.backups) in texts
    assert ContentRepository(tools.db).matter(PENSION).name == RENAMED  # nothing happens before "yes"
    click(qtbot, dialog.yes_button)
    wait_idle(qtbot, page)
    assert ContentRepository(tools.db).matter(PENSION).name != RENAMED
    safety = sorted(set(tools.backups.glob("kiosk-*.sqlite3")) - {old})
    assert len(safety) == 1  # the data as it was before the restore
    read_back = open_database(str(safety[0]), upgrade=False)
    try:
        assert ContentRepository(read_back).matter(PENSION).name == RENAMED
    finally:
        read_back.dispose()
    assert str(safety[0]) in page.panel.message.text()
    assert tools.calls["replaced"][-1] is True and tools.calls["applied"]
    assert audit_actions(tools.db)[-1] == "restore.backup"


def test_a_refused_restore_says_why_and_changes_nothing(qtbot, tools) -> None:
    bogus = tools.usb / "kiosk-20200101-000000-000000.sqlite3"
    bogus.write_bytes(b"not a database")
    before = counts(tools.db)
    page = tools.console.open_section("files")
    page.restore(bogus)
    wait_idle(qtbot, page)
    assert "SQLite" in page.panel.message.text()
    assert counts(tools.db) == before
    assert audit_actions(tools.db)[-1] == "restore.failed"


def test_a_failed_daily_backup_is_shown_on_the_files_page(qtbot, tools, tmp_path: Path) -> None:
    from kiosk.services.backup_schedule import DailyBackup

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    Settings(tools.db).set("backup_folder", str(blocker / "backups"))
    result = DailyBackup(tools.db).run_if_due()
    assert result is not None and not result.ok
    page = tools.console.open_section("files")
    page.refresh_status()
    assert "FAILED" in page.status_label.text() and str(blocker) in page.status_label.text()


SHOTS = Path(__file__).resolve().parents[3] / "screenshots" / "admin-files"


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_files_and_settings_pages_are_saved_for_review_in_chinese(qtbot, tools, size) -> None:  # type: ignore[no-untyped-def]
    """PNGs of every state of both pages in Chinese, for a person to look at; cut text and boxes fail."""
    from kiosk.app import Translator
    from tests.screens.test_layout import cut_labels, missing_glyphs
    from tests.screens.test_screenshots import distinct_colours

    translator = Translator()
    translator.set_language("zh_CN")
    session = AuthSession("admin", "", "", dt.datetime.now(dt.UTC))
    console = AdminConsole(tool_sections(tools.db, session), "管理员")
    qtbot.addWidget(console)
    console.resize(*size)
    console.show()
    qtbot.waitExposed(console)
    tag = f"{size[0]}x{size[1]}"
    problems: dict[str, list[str]] = {}

    def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        qtbot.wait(50)
        image = widget.grab().toImage()
        assert distinct_colours(image) > 8, f"{name} looks blank"
        SHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SHOTS / f"{name}-{tag}.png"))
        found = cut_labels(widget) + [f"no glyph for {ch!r}" for ch in missing_glyphs(widget)]
        if found:
            problems[name] = found

    try:
        page = console.open_section("files")
        save(console, "files")
        click(qtbot, page.import_button)
        page.dialog.resize(size[0] - 120, size[1] - 120)
        save(page.dialog, "files-picker")
        pick(qtbot, page, bad_workbook(tools.db, tools.usb))
        wait_idle(qtbot, page)
        save(console, "files-problems")
        good = tools.usb / "hall.xlsx"
        export_file(tools.db, good)
        page.check_file(good)
        wait_idle(qtbot, page)
        save(console, "files-dry-run")
        page.panel.show_busy(page.tr("Importing %1").replace("%1", good.name), str(good), steps=3)
        page.panel.show_step(1, page.step_names["saving"][1])
        save(console, "files-importing")
        click(qtbot, page.backup_button)
        wait_idle(qtbot, page)
        save(console, "files-backed-up")
        (copy,) = tools.backups.glob("kiosk-*.sqlite3")
        page.confirm_restore(copy)
        save(page.dialog, "files-confirm-restore")
        page.dialog.reject()
        settings = console.open_section("settings")
        qtbot.waitUntil(lambda: not settings.calls, timeout=20_000)
        save(console, "settings")
        replace_text(qtbot, settings.prefix, "青石 镇")
        click(qtbot, settings.save_button)
        settings.area.ensureWidgetVisible(settings.prefix, 0, 400)
        save(console, "settings-refused")
        settings.area.verticalScrollBar().setValue(settings.area.verticalScrollBar().maximum())
        save(console, "settings-bottom")
        assert "设置" in console.menu.item(1).text()
    finally:
        translator.set_language("en")
    assert problems == {}
