"""The content editors as an admin uses them: edit, draft, preview, publish, history, restore, archive."""

from __future__ import annotations

import datetime as dt
from base64 import b64decode
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QCheckBox, QLabel

from kiosk.data.repository import ContentRepository
from kiosk.data.settings import Settings
from kiosk.screens.admin.dialogs import PreviewDialog, PublishAtDialog
from kiosk.screens.admin.history import HistoryDialog
from kiosk.screens.guide import GuideScreen
from tests import factories
from tests.screens.admin.helpers import ADDITION, PENSION, answer_yes, click, open_matter, replace_text, type_at_end


def guide_texts(guide: GuideScreen) -> list[str]:
    return [w.text() for w in guide.area.widget().findChildren(QLabel) if not w.isHidden()]


def test_edit_draft_publish_diff_and_restore_reach_the_kiosk(qtbot, console, shell, sqlite_demo) -> None:
    kiosk = ContentRepository(sqlite_demo)
    old = kiosk.matter(PENSION).legal_basis
    page = open_matter(console)
    type_at_end(qtbot, page.form.editor("legal_basis").edit, ADDITION)
    assert page.dirty
    click(qtbot, page.buttons["save"])
    assert kiosk.matter(PENSION).legal_basis == old  # a draft is not shown
    shell.go("guide", code=PENSION)
    assert not any(ADDITION in t for t in guide_texts(shell.screens["guide"]))

    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    assert kiosk.matter(PENSION).legal_basis == old + ADDITION
    shell.go("guide", code=PENSION)  # the kiosk answers from memory until its content watch sees the publish
    assert not any(ADDITION in t for t in guide_texts(shell.screens["guide"]))
    shell.go_home()
    shell.content_changed(Settings(sqlite_demo).all)  # what its 30 s content watch does
    shell.go("guide", code=PENSION)
    assert any(t == old + ADDITION for t in guide_texts(shell.screens["guide"]))
    assert [r.version for r in page.editor.history("matter", PENSION)] == [2, 1]

    click(qtbot, page.buttons["history"])
    history = page.dialog
    assert isinstance(history, HistoryDialog)
    assert history.selected_versions() == [1, 2]
    assert [(c.path, c.old, c.new) for c in history.changes] == [(("legal_basis",), old, old + ADDITION)]
    shown = history.diff_view.toPlainText()
    assert "设定依据" in shown and ADDITION in shown

    history.select_versions(1)
    click(qtbot, history.restore_button)
    assert kiosk.matter(PENSION).legal_basis == old
    assert next((r.version, r.action) for r in page.editor.history("matter", PENSION)) == (3, "restore")
    shell.go_home()
    shell.content_changed(Settings(sqlite_demo).all)
    shell.go("guide", code=PENSION)
    assert old in guide_texts(shell.screens["guide"])
    assert page.form.current("legal_basis") == old


def _error_beside(page, name: str) -> str:  # type: ignore[no-untyped-def]
    """The error text under field ``name``, checked to sit right below that field's editor."""
    editor, error = page.form.editor(name), page.form.error_labels[name]
    assert not error.isHidden()
    editor_bottom = editor.mapTo(page.form, editor.rect().bottomLeft()).y()
    assert 0 <= error.mapTo(page.form, error.rect().topLeft()).y() - editor_bottom < 24
    return str(error.text())


def test_a_quality_rule_violation_shows_beside_its_field_and_blocks_publishing(qtbot, console, sqlite_demo) -> None:
    page = open_matter(console)
    consult = page.form.current("consult_phone")
    replace_text(qtbot, page.form.editor("complaint_phone").edit, consult)
    qtbot.waitUntil(lambda: "complaint_phone" in page.form.errors_shown())
    assert _error_beside(page, "complaint_phone") == "监督投诉电话不能与咨询电话相同"
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    assert page.message.property("role") == "message-error" and page.message.isVisible()
    assert ContentRepository(sqlite_demo).matter(PENSION).complaint_phone != consult
    assert len(page.editor.history("matter", PENSION)) == 1
    assert page.editor.audit(action="publish").total == 0


def test_a_free_matter_must_say_exactly_不收费(qtbot, console) -> None:
    page = open_matter(console)
    replace_text(qtbot, page.form.editor("fee_statement").edit, "每件5元")
    page.validate()
    assert "不收费" in _error_beside(page, "fee_statement")
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    assert page.editor.audit(action="publish").total == 0


def test_a_missing_required_field_is_shown_beside_it_in_chinese(qtbot, console) -> None:
    page = open_matter(console)
    replace_text(qtbot, page.form.editor("name").edit, "")
    click(qtbot, page.buttons["save"])
    assert _error_beside(page, "name") == "不能为空"
    assert page.message.property("role") == "message-error" and page.message.isVisible()
    assert not page.editor.load("matter", PENSION).is_draft


def test_a_notice_published_at_a_date_stays_hidden_until_then(qtbot, console, sqlite_demo) -> None:
    page = console.open_section("content.notices")
    click(qtbot, page.new_button)
    replace_text(qtbot, page.form.editor("key").edit, "N2099-001")
    replace_text(qtbot, page.form.editor("title").edit, "便民服务大厅搬迁公告")
    type_at_end(qtbot, page.form.editor("body").edit, "大厅将迁至新址。")
    click(qtbot, page.buttons["publish_at"])
    dialog = page.dialog
    assert isinstance(dialog, PublishAtDialog)
    start = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=3)
    dialog.set_chosen(start)
    click(qtbot, dialog.ok)
    assert "N2099-001" not in [n.key for n in ContentRepository(sqlite_demo).notices()]
    assert "N2099-001" in [n.key for n in ContentRepository(sqlite_demo, clock=lambda: start).notices()]
    assert [s.state for s in page.summaries if s.key == "N2099-001"] == ["scheduled"]
    assert page.editor.audit(action="publish_at").rows[0].actor == "张管理员"


def test_a_new_version_of_a_live_notice_at_a_date_keeps_the_live_one_until_then(qtbot, console, sqlite_demo) -> None:
    kiosk = ContentRepository(sqlite_demo)
    live = kiosk.notices()[0]
    page = console.open_section("content.notices")
    page.open_item(live.key)
    replace_text(qtbot, page.form.editor("title").edit, "新版标题")
    click(qtbot, page.buttons["publish_at"])
    start = dt.datetime.now().replace(second=0, microsecond=0) + dt.timedelta(days=2)
    page.dialog.set_chosen(start)
    click(qtbot, page.dialog.ok)
    assert [n.title for n in kiosk.notices() if n.key == live.key] == [live.title], "the live one stays"
    assert f"{start:%Y-%m-%d %H:%M}" in page.message.text()
    assert page.buttons["unschedule"].isVisible()
    assert page.form.editor("title").edit.text() == "新版标题", "the editor shows what is coming"
    later = ContentRepository(sqlite_demo, clock=lambda: start)
    page.confirm = lambda _q, _d, _y, action: action()  # answer the confirmation at once
    click(qtbot, page.buttons["unschedule"])
    assert not page.buttons["unschedule"].isVisible()
    assert [n.title for n in later.notices() if n.key == live.key] == [live.title], "cancelled"


def test_archive_hides_a_notice_and_keeps_a_revision(qtbot, console, sqlite_demo) -> None:
    kiosk = ContentRepository(sqlite_demo)
    key = kiosk.notices()[0].key
    page = console.open_section("content.notices")
    page.open_item(key)
    click(qtbot, page.buttons["archive"])
    answer_yes(qtbot, page)
    assert key not in [n.key for n in kiosk.notices()]
    assert page.editor.history("notice", key)[0].action == "archive"
    assert [s.state for s in page.summaries if s.key == key] == ["archived"]


def test_every_publish_writes_an_audit_row_shown_in_the_viewer(qtbot, console) -> None:
    page = console.open_section("content.departments")
    page.open_item(page.summaries[0].key)
    replace_text(qtbot, page.form.editor("phone").edit, "0739-5829999")
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    audit = console.open_section("content.audit")
    audit.refresh()
    audit.set_filters(action="publish")
    rows = audit.rows()
    assert len(rows) == 1 and rows[0][1] == "张管理员" and "发布" in rows[0][2]
    assert page.summaries[0].key in rows[0][3]


def test_materials_are_added_reordered_and_conditioned_on_情形_answers(qtbot, console) -> None:
    page = open_matter(console)
    materials = page.form.editor("materials")
    count = len(materials.items)
    click(qtbot, materials.add_button)
    assert materials.current() == count
    item_form = materials.item_form
    replace_text(qtbot, item_form.editor("name").edit, "委托书")
    when = item_form.editor("when")
    qtbot.wait(20)  # new rows are shown by the event loop
    boxes = [b for b in when.findChildren(QCheckBox) if b.text() == "是" and b.isVisible()]
    assert len(boxes) == 1, "the 情形 question's options are offered"
    click(qtbot, boxes[0])
    click(qtbot, materials.up_button)
    value = page.form.value()["materials"]
    assert value[count - 1]["name"] == "委托书" and value[count - 1]["when"] == {"subsidy_group": ["是"]}
    replace_text(qtbot, item_form.editor("name").edit, "")
    page.validate()
    assert "⚠" in materials.rows.item(count - 1).text()
    assert not item_form.error_labels["name"].isHidden()


def test_a_staff_photo_is_imported_from_a_file(qtbot, console, sqlite_demo, tmp_path: Path) -> None:
    photo = tmp_path / "wang.png"
    photo.write_bytes(b64decode(factories.png_file().data_base64))
    page = console.open_section("content.staff")
    page.open_item("S01")
    page.form.editor("photo").load_path(photo)
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    member = next(s for s in ContentRepository(sqlite_demo).staff() if s.code == "S01")
    assert member.photo is not None and member.photo.filename == "wang.png"


def test_preview_shows_the_draft_with_the_kiosks_own_guide_screen(qtbot, console, sqlite_demo) -> None:
    page = open_matter(console)
    type_at_end(qtbot, page.form.editor("legal_basis").edit, ADDITION)
    click(qtbot, page.buttons["preview"])
    assert isinstance(page.dialog, PreviewDialog)
    guide = page.dialog.kiosk_screen
    assert isinstance(guide, GuideScreen)
    assert any(ADDITION in t for t in guide_texts(guide))
    assert ADDITION not in ContentRepository(sqlite_demo).matter(PENSION).legal_basis


def test_a_camera_sized_photo_is_made_small_on_import(qtbot, console, tmp_path: Path) -> None:
    big = QPixmap(4000, 3000)
    big.fill(QColor("#336699"))
    path = tmp_path / "camera.png"
    big.toImage().convertToFormat(QImage.Format.Format_RGB32).save(str(path))
    page = console.open_section("content.staff")
    page.open_item("S01")
    page.form.editor("photo").load_path(path)
    value = page.form.value()["photo"]
    picture = QImage.fromData(b64decode(value["data_base64"]))
    assert (picture.width(), picture.height()) == (1200, 900)
    assert value["filename"] == "camera.jpg" and value["media_type"] == "image/jpeg"


def test_a_情形_question_can_be_marked_as_allowing_several_answers(qtbot, console) -> None:
    page = open_matter(console)
    scenarios = page.form.editor("scenarios")
    assert scenarios.current() == 0
    item_form = scenarios.item_form
    several = item_form.editor("multiple")
    assert isinstance(several.box, QCheckBox) and not several.box.isChecked()
    assert "多选" in item_form.row_labels["multiple"].text() or "several" in item_form.row_labels["multiple"].text()
    page.form_scroll.ensureWidgetVisible(several.box)
    qtbot.wait(20)
    assert several.box.isVisible()
    qtbot.mouseClick(several.box, Qt.MouseButton.LeftButton, pos=QPoint(20, several.box.height() // 2))  # the box
    assert several.box.isChecked()
    assert page.form.value()["scenarios"][0]["multiple"] is True
    click(qtbot, page.buttons["save"])
    draft = page.editor.load("matter", PENSION)
    assert draft is not None and draft.is_draft and draft.doc.scenarios[0].multiple
