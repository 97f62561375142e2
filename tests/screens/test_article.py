"""An article: the whole seed text, headings large, wrapped to the screen, with wall and cadence."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextFormat

from kiosk.data.repository import ContentRepository
from kiosk.screens.article import ArticleScreen
from kiosk.screens.base import Look
from kiosk.widgets.theme import ELDER, NORMAL, STANDARD
from tests.screens.bulletin_content import SEED_LINE, STAFF_ONLY_TITLE, bulletin_database, show, shown_texts


@pytest.fixture
def content(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from kiosk.app import install_font

    assert install_font() is None
    database = bulletin_database(tmp_path)
    yield ContentRepository(database)
    database.dispose()


def article_screen(content: ContentRepository, metrics=NORMAL) -> ArticleScreen:  # type: ignore[no-untyped-def]
    return ArticleScreen(Look(STANDARD, metrics), partial(content.disclosures, staff=False), content.boards)


def seed_key(content: ContentRepository, line: str) -> str:
    return next(d.key for d in content.disclosures(staff=False) if line in d.body)


def test_article_shows_the_whole_seed_text_with_its_wall_and_cadence(qtbot, content) -> None:
    screen = show(qtbot, article_screen(content), key=seed_key(content, SEED_LINE))
    assert screen.body is not None
    assert SEED_LINE in screen.body.text()
    texts = shown_texts(screen)
    assert "外墙1 · 为民便民利民" in texts
    assert "Disclosure: Regular" in texts
    for article in content.disclosures(staff=False):  # every rule of the seed, every line, headings too
        screen.open(key=article.key)
        qtbot.wait(10)  # widgets added to a visible page are shown by the event loop
        assert screen.body is not None
        assert article.title in shown_texts(screen)
        body = screen.body.text()
        lines = [line.lstrip("#").strip() for line in article.body.splitlines() if line.strip()]
        assert lines and all(line in body for line in lines)


@pytest.mark.parametrize("metrics", [NORMAL, ELDER], ids=["normal", "elder"])
def test_markdown_headings_are_at_least_body_size(qtbot, content, metrics) -> None:
    screen = show(qtbot, article_screen(content, metrics), key=seed_key(content, "(一)向社会公开的内容"))
    assert screen.body is not None
    document = screen.body.document
    headings = 0
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings += 1
            fragment = block.begin().fragment()
            size = fragment.charFormat().property(QTextFormat.Property.FontPixelSize)
            assert size >= metrics.body, block.text()
            assert fragment.charFormat().font().bold()
        block = block.next()
    assert headings >= 1


@pytest.mark.parametrize("metrics", [NORMAL, ELDER], ids=["normal", "elder"])
def test_long_article_wraps_to_the_width_and_scrolls_down_to_its_last_line(qtbot, content, metrics) -> None:
    longest = max(content.disclosures(staff=False), key=lambda d: len(d.body))
    screen = show(qtbot, article_screen(content, metrics), (1080, 1920), key=longest.key)
    body = screen.body
    assert body is not None
    assert screen.area.horizontalScrollBar().maximum() == 0
    assert body.document.idealWidth() <= body.width()
    assert body.mapTo(screen.area.widget(), body.rect().topRight()).x() <= screen.area.viewport().width()
    assert body.height() >= body.heightForWidth(body.width())  # nothing cut at the bottom
    bar = screen.area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    bottom = body.mapTo(screen.area.viewport(), body.rect().bottomLeft()).y()
    assert bottom <= screen.area.viewport().height()


def test_an_unknown_or_staff_only_key_shows_not_available(qtbot, content) -> None:
    staff_key = next(d.key for d in content.disclosures(staff=True) if d.title == STAFF_ONLY_TITLE)
    for key in ("no-such-article", staff_key):
        screen = show(qtbot, article_screen(content), key=key)
        texts = shown_texts(screen)
        assert "This article is no longer available." in texts
        assert not any(STAFF_ONLY_TITLE in text for text in texts)


def test_a_finger_drag_on_the_text_scrolls_the_article_kinetically(qtbot, content) -> None:
    longest = max(content.disclosures(staff=False), key=lambda d: len(d.body))
    screen = show(qtbot, article_screen(content), (1080, 1920), key=longest.key)
    window = screen.windowHandle()
    start = screen.area.viewport().mapTo(screen, QPoint(500, 1500))
    assert screen.childAt(start) is screen.body  # the drag starts on the Markdown text itself
    qtbot.mousePress(window, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 21):
        qtbot.wait(16)
        qtbot.mouseMove(window, start - QPoint(0, step * 40))
    qtbot.mouseRelease(window, Qt.MouseButton.LeftButton, pos=start - QPoint(0, 800))
    qtbot.waitUntil(lambda: screen.area.verticalScrollBar().value() > 400, timeout=2000)
