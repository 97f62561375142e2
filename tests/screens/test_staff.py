"""工作人员: every active staff member under their window, with a photo or a neutral placeholder."""

from __future__ import annotations

import pytest

from kiosk.data.repository import ContentRepository
from kiosk.screens.base import Look
from kiosk.screens.staff import StaffEntry, StaffScreen
from kiosk.widgets.basics import Card
from kiosk.widgets.theme import ELDER, NORMAL, STANDARD
from tests.screens.bulletin_content import INACTIVE_STAFF, bulletin_database, show, shown_texts


@pytest.fixture
def content(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from kiosk.app import install_font

    assert install_font() is None
    database = bulletin_database(tmp_path)
    yield ContentRepository(database)
    database.dispose()


def staff_screen(content: ContentRepository, metrics=NORMAL) -> StaffScreen:  # type: ignore[no-untyped-def]
    return StaffScreen(Look(STANDARD, metrics), content.windows, content.staff)


def test_staff_screen_shows_every_active_staff_member_and_no_one_else(qtbot, content) -> None:
    screen = show(qtbot, staff_screen(content))
    texts = shown_texts(screen)
    for member in content.staff():
        assert member.name in texts
        if member.position:
            assert member.position in texts
    assert INACTIVE_STAFF not in "\n".join(texts)


def test_staff_are_grouped_under_their_window_in_window_order(qtbot, content) -> None:
    screen = show(qtbot, staff_screen(content))
    cards = [c for c in screen.area.widget().findChildren(Card) if c.parent() is screen.area.widget()]
    headings = [c.box.itemAt(0).widget().text() for c in cards]
    assert headings == [w.name for w in content.windows()] + ["Other staff"]
    for card, window in zip(cards, content.windows(), strict=False):
        names = {entry.member.name for entry in card.findChildren(StaffEntry)}
        assert names == {s.name for s in content.staff() if s.window == window.code}
        assert any(window.location in text for text in shown_texts(card))
    assert {entry.member.code for entry in cards[-1].findChildren(StaffEntry)} == {"S03"}  # no window


def test_a_photo_is_shown_and_a_missing_one_gets_the_placeholder(qtbot, content) -> None:
    screen = show(qtbot, staff_screen(content))
    with_photo = {code for code, entry in screen.entries.items() if entry.photo.has_photo}
    assert with_photo == {s.code for s in content.staff() if s.photo is not None} == {"S01"}
    for entry in screen.entries.values():
        assert not entry.photo.pixmap().isNull()


@pytest.mark.parametrize("metrics", [NORMAL, ELDER], ids=["normal", "elder"])
def test_staff_text_is_never_cut_in_portrait(qtbot, content, metrics) -> None:
    from PySide6.QtWidgets import QLabel

    screen = show(qtbot, staff_screen(content, metrics), (1080, 1920))
    for label in screen.area.widget().findChildren(QLabel):
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
