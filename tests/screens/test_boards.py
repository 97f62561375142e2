"""政务公开 boards: both walls with their public articles, never a staff-only one."""

from __future__ import annotations

from functools import partial

import pytest

from kiosk.data.repository import ContentRepository
from kiosk.screens.article import ArticleScreen
from kiosk.screens.base import Look
from kiosk.screens.boards import BoardsScreen
from kiosk.widgets.theme import ELDER, NORMAL, STANDARD
from tests.screens.bulletin_content import STAFF_ONLY_TITLE, bulletin_database, show, shown_texts
from tests.screens.conftest import tap


@pytest.fixture
def content(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from kiosk.app import install_font

    assert install_font() is None
    database = bulletin_database(tmp_path)
    yield ContentRepository(database)
    database.dispose()


def boards_screen(content: ContentRepository, metrics=NORMAL) -> BoardsScreen:  # type: ignore[no-untyped-def]
    return BoardsScreen(Look(STANDARD, metrics), content.boards, partial(content.disclosures, staff=False))


def test_boards_show_both_walls_with_their_public_articles(qtbot, content) -> None:
    screen = show(qtbot, boards_screen(content))
    texts = shown_texts(screen)
    assert "外墙1 · 为民便民利民" in texts
    assert "外墙2 · 廉洁规范高效" in texts
    public = [d for d in content.disclosures(staff=False)]
    assert list(screen.rows) == [d.key for d in sorted(public, key=lambda d: (d.board, d.sort))]
    for disclosure in public:
        assert screen.rows[disclosure.key].text() == disclosure.title


def test_boards_never_show_a_staff_only_disclosure_even_if_handed_one(qtbot, content) -> None:
    everything = partial(content.disclosures, staff=True)  # a wiring mistake must not leak 对内公开
    assert any(d.title == STAFF_ONLY_TITLE for d in everything())
    screen = show(qtbot, BoardsScreen(Look(STANDARD, NORMAL), content.boards, everything))
    assert not any(STAFF_ONLY_TITLE in text for text in shown_texts(screen))
    assert not any("对内公开" in text for text in shown_texts(screen))


def test_no_article_screen_shows_a_staff_only_disclosure(qtbot, content) -> None:
    screen = show(
        qtbot, ArticleScreen(Look(STANDARD, NORMAL), partial(content.disclosures, staff=True), content.boards)
    )
    for disclosure in content.disclosures(staff=True):
        screen.open(key=disclosure.key)
        qtbot.wait(10)
        texts = shown_texts(screen)
        assert not any(STAFF_ONLY_TITLE in text for text in texts)
        if disclosure.audience == "staff":
            assert disclosure.body.strip() not in "\n".join(texts)
            assert screen.body is None


def test_tapping_an_article_title_asks_for_that_article(qtbot, content) -> None:
    screen = show(qtbot, boards_screen(content))
    key = next(iter(screen.rows))
    with qtbot.waitSignal(screen.go, check_params_cb=lambda name, params: (name, params) == ("article", {"key": key})):
        tap(qtbot, screen.rows[key])


@pytest.mark.parametrize("metrics", [NORMAL, ELDER], ids=["normal", "elder"])
def test_article_rows_are_touch_targets_in_both_orientations(qtbot, content, metrics) -> None:
    for size in ((1920, 1080), (1080, 1920)):
        screen = show(qtbot, boards_screen(content, metrics), size)
        for row in screen.rows.values():
            assert row.height() >= metrics.target and row.width() >= metrics.target
            assert row.title_label.height() >= row.title_label.heightForWidth(row.title_label.width())
