"""Screenshots of every content editor page and dialog at 1920×1080, for a person to look at.

Written to ``screenshots/admin-1920x1080`` (or ``$KIOSK_ADMIN_SHOTS``). The test fails only when
something cannot be rendered or renders blank; clipped or overlapping text is for the eye.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QWidget

from tests.screens.admin.helpers import PENSION, answer_yes, click, open_matter, replace_text
from tests.screens.test_screenshots import distinct_colours

OUT = Path(
    os.environ.get("KIOSK_ADMIN_SHOTS") or Path(__file__).resolve().parents[3] / "screenshots" / "admin-1920x1080"
)


def save(qtbot, widget: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(30)
    image = widget.grab().toImage()
    assert distinct_colours(image) > 8, f"{name} looks blank"
    OUT.mkdir(parents=True, exist_ok=True)
    image.save(str(OUT / f"{name}.png"))


def scroll_to(page, widget: QWidget, offset: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll the form so ``widget`` starts ``-offset`` px below the top of the view."""
    y = widget.mapTo(page.form_scroll.widget(), QPoint(0, 0)).y()
    page.form_scroll.verticalScrollBar().setValue(y + offset)


def test_every_admin_page_and_dialog_is_saved_for_review(qtbot, console, tmp_path: Path) -> None:
    for section in console.sections:
        if not section.key.startswith("content."):
            continue
        page = console.open_section(section.key)
        summaries = getattr(page, "summaries", [])
        if summaries and not page.single:
            page.open_item(summaries[0].key)
        save(qtbot, console, section.key.replace(".", "-"))

    page = console.open_section("content.notices")
    click(qtbot, page.new_button)
    save(qtbot, console, "content-notices-new")

    page = open_matter(console)
    replace_text(qtbot, page.form.editor("complaint_phone").edit, page.form.current("consult_phone"))
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    save(qtbot, console, "content-matters-refused")
    materials = page.form.editor("materials")
    materials.rows.setCurrentRow(4)  # the material that depends on a 情形 answer
    scroll_to(page, materials.rows, -80)
    save(qtbot, console, "content-matters-materials")
    scroll_to(page, materials.item_form.editor("when"), -500)
    save(qtbot, console, "content-matters-material-when")
    scroll_to(page, page.form.editor("scenarios"), -80)
    save(qtbot, console, "content-matters-scenarios")
    page.form_scroll.ensureWidgetVisible(page.form.editor("legal_limit"), 0, 300)
    save(qtbot, console, "content-matters-limits")

    page.open_item(PENSION)
    page.form.editor("legal_basis").edit.appendPlainText("(2024年修订)")
    click(qtbot, page.buttons["preview"])
    page.dialog.resize(1920, 1080)
    save(qtbot, page.dialog, "dialog-preview-guide")
    page.dialog.accept()
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    click(qtbot, page.buttons["history"])
    page.dialog.resize(1840, 1000)
    save(qtbot, page.dialog, "dialog-history")
    page.dialog.accept()
    click(qtbot, page.buttons["archive"])
    save(qtbot, page.dialog, "dialog-confirm-archive")
    page.dialog.reject()

    notices = console.open_section("content.notices")
    notices.open_item(notices.summaries[0].key)
    click(qtbot, notices.buttons["publish_at"])
    save(qtbot, notices.dialog, "dialog-publish-at")
    notices.dialog.reject()
    click(qtbot, notices.buttons["preview"])
    notices.dialog.resize(1920, 1080)
    save(qtbot, notices.dialog, "dialog-preview-notice")
    notices.dialog.accept()

    hall = console.open_section("content.hall")
    scroll_to(hall, hall.form.editor("logo"), -40)
    save(qtbot, console, "content-hall-logo-and-walls")

    staff = console.open_section("content.staff")
    staff.open_item(staff.summaries[0].key)
    photo = tmp_path / "photo.png"
    picture = QPixmap(300, 400)
    picture.fill(QColor("#7A0F13"))
    picture.save(str(photo))
    staff.form.editor("photo").load_path(photo)
    save(qtbot, console, "content-staff-photo")

    audit = console.open_section("content.audit")
    audit.refresh()
    save(qtbot, console, "content-audit-with-rows")
