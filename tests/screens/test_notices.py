"""通知公告: only the notices inside their publish window, each whole, with date and cadence."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.data.repository import ContentRepository
from kiosk.screens.base import Look
from kiosk.screens.notices import NoticesScreen, last_day
from kiosk.widgets.theme import NORMAL, STANDARD
from tests.screens.bulletin_content import (
    CURRENT_NOTICE,
    EXPIRED_NOTICE,
    FUTURE_NOTICE,
    NOW,
    bulletin_database,
    show,
    shown_texts,
)


@pytest.fixture
def content(qapp, tmp_path):  # type: ignore[no-untyped-def]
    from kiosk.app import install_font

    assert install_font() is None
    database = bulletin_database(tmp_path)
    yield ContentRepository(database)
    database.dispose()


def test_notices_show_only_those_inside_their_publish_window(qtbot, content) -> None:
    screen = show(qtbot, NoticesScreen(Look(STANDARD, NORMAL), content.notices))
    texts = "\n".join(shown_texts(screen))
    assert CURRENT_NOTICE in texts
    assert EXPIRED_NOTICE not in texts
    assert FUTURE_NOTICE not in texts
    assert list(screen.cards) == ["current"]


def test_a_notice_shows_its_whole_body_publish_date_and_cadence(qtbot, content) -> None:
    screen = show(qtbot, NoticesScreen(Look(STANDARD, NORMAL), content.notices))
    texts = shown_texts(screen)
    body = next(t for t in texts if "延时至18:00" in t)
    assert body.splitlines() == ["自即日起,工作日延时至18:00。", "请相互转告。"]  # line breaks kept
    facts = next(t for t in texts if t.startswith("Published "))
    assert f"{NOW - dt.timedelta(days=3):%Y-%m-%d}" in facts
    assert "Disclosure: Regular" in facts


def test_no_notices_says_so(qtbot, content) -> None:
    screen = show(qtbot, NoticesScreen(Look(STANDARD, NORMAL), list))
    assert "There are no notices at the moment." in shown_texts(screen)


def test_a_window_ending_at_midnight_was_last_shown_the_day_before() -> None:
    assert last_day(dt.datetime(2027, 1, 1)) == dt.date(2026, 12, 31)
    assert last_day(dt.datetime(2027, 1, 1, 12)) == dt.date(2027, 1, 1)
