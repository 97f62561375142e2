"""监督投诉: the hall's phones, box and email, every channel with its icon, published results only."""

from __future__ import annotations

import pytest

from kiosk.data.repository import ContentRepository
from kiosk.screens.base import Look
from kiosk.screens.supervision import CHANNEL_ICONS, SupervisionScreen
from kiosk.widgets.icons import icon_path
from kiosk.widgets.rows import InfoRow
from kiosk.widgets.theme import NORMAL, STANDARD
from tests.screens.bulletin_content import FUTURE_RESULT, PUBLISHED_RESULT, bulletin_database, show, shown_texts


@pytest.fixture
def content(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from kiosk.app import install_font

    assert install_font() is None
    database = bulletin_database(tmp_path)
    yield ContentRepository(database)
    database.dispose()


def supervision_screen(content: ContentRepository) -> SupervisionScreen:
    return SupervisionScreen(
        Look(STANDARD, NORMAL), content.hall, content.complaint_channels, content.complaint_results
    )


def plain(text: str) -> str:
    return text.replace("\u200b", "")  # break opportunities inside long addresses


def test_supervision_shows_the_complaint_and_supervision_phones_box_and_email(qtbot, content) -> None:
    screen = show(qtbot, supervision_screen(content))
    texts = [plain(t) for t in shown_texts(screen)]
    hall = content.hall()
    assert hall is not None
    for value in (hall.complaint_phone, hall.supervision_phone, hall.complaint_box, hall.email):
        assert value in texts


def test_every_complaint_channel_is_listed_with_the_icon_of_its_kind(qtbot, content) -> None:
    screen = show(qtbot, supervision_screen(content))
    rows = {row.caption_label.text(): row for row in screen.findChildren(InfoRow)}
    for channel in content.complaint_channels():
        row = rows[channel.label]
        assert plain(row.value_label.text()) == channel.value
        assert not row.icon_label.pixmap().isNull()
    assert set(CHANNEL_ICONS) == {"电话", "举报箱", "邮箱", "网站", "来访", "信函"}
    assert all(icon_path(name) is not None for name in CHANNEL_ICONS.values())


def test_only_published_handling_results_are_shown(qtbot, content) -> None:
    screen = show(qtbot, supervision_screen(content))
    texts = shown_texts(screen)
    assert PUBLISHED_RESULT in texts
    assert "Received 2026-07-02" in texts
    assert "已设午间值班窗口。" in texts
    assert FUTURE_RESULT not in texts


def test_a_long_email_or_address_wraps_inside_a_portrait_screen(qtbot, content) -> None:
    screen = show(qtbot, supervision_screen(content), (1080, 1920))
    viewport = screen.area.viewport().width()
    assert screen.area.horizontalScrollBar().maximum() == 0
    for row in screen.findChildren(InfoRow):
        right = row.value_label.mapTo(screen.area.widget(), row.value_label.rect().topRight()).x()
        assert right <= viewport
