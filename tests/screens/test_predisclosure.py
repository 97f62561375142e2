"""预公开: the plans in their window, whole, with the last day for opinions; an opinion is stored with its plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.data.feedback import FeedbackRepository
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import BundleDoc, PreDisclosureDoc
from kiosk.data.store import save_bundle
from kiosk.screens.base import Look
from kiosk.screens.predisclosure import PredisclosureScreen
from kiosk.widgets.theme import NORMAL, STANDARD
from tests.screens.bulletin_content import show, shown_texts
from tests.screens.conftest import tap

NOW = dt.datetime.now().replace(microsecond=0)
TODAY = NOW.date()
OPEN_TITLE = "青石镇村级公益岗位设置方案(征求意见稿)"
CLOSED_TITLE = "镇区农贸市场改造方案(意见已截止)"


def add_plans(database) -> None:  # type: ignore[no-untyped-def]
    """One plan taking opinions for ten more days, one shown a while longer whose opinions ended yesterday."""
    docs = [
        PreDisclosureDoc(
            key="T-OPEN",
            title=OPEN_TITLE,
            plan="一、设置范围。\n二、报名条件。",
            opinions_until=TODAY + dt.timedelta(days=10),
            publish_from=NOW - dt.timedelta(days=1),
            sort=1,
        ),
        PreDisclosureDoc(
            key="T-CLOSED",
            title=CLOSED_TITLE,
            plan="改造方案全文。",
            opinions_until=TODAY - dt.timedelta(days=1),
            publish_from=NOW - dt.timedelta(days=20),
            publish_until=NOW + dt.timedelta(days=5),
            sort=2,
        ),
    ]
    with database.session() as session:
        save_bundle(session, BundleDoc(pre_disclosures=docs), actor="test")
        session.commit()


@pytest.fixture
def plans_shell(shell):  # type: ignore[no-untyped-def]
    add_plans(shell.content.database)
    return shell


def texts(qtbot, screen) -> list[str]:  # type: ignore[no-untyped-def]
    """What the screen shows now (once the new page is laid out and shown)."""
    qtbot.wait(20)
    return [w.text() for w in screen.area.widget().findChildren(QLabel) if not w.isHidden()]


def open_list(qtbot, shell):  # type: ignore[no-untyped-def]
    tap(qtbot, shell.screens["home"].tiles["predisclosure"])
    assert shell.current == ("predisclosure", {})
    return shell.screens["predisclosure"]


def test_the_demo_plans_in_their_window_are_shown_whole(qtbot, shell) -> None:
    screen = open_list(qtbot, shell)
    expected = shell.content.pre_disclosures()
    assert list(screen.cards) == [p.key for p in expected]
    shown = texts(qtbot, screen)
    for plan in expected:
        assert plan.title in shown
        assert plan.plan.strip() in shown
    if not expected:  # the demo's plans are dated: outside their windows the screen says so
        assert "目前没有正在征求意见的预公开事项。" in shown


def test_the_demo_has_a_plan_open_for_comment_in_late_november_2026() -> None:
    """The demo hall's first plan is shown and takes opinions on 2026-11-26; the second appears on 12-10."""
    from kiosk.data.demo import demo_bundle

    plans = {p.key: p for p in demo_bundle().pre_disclosures}
    day = dt.datetime(2026, 11, 26, 10)
    assert plans["YGK2026-001"].in_window(day) and plans["YGK2026-001"].opinions_until == dt.date(2026, 12, 5)
    assert not plans["YGK2026-002"].in_window(day)
    assert plans["YGK2026-002"].in_window(dt.datetime(2026, 12, 10, 9))


def test_an_open_plan_shows_its_deadline_and_takes_an_opinion_with_its_key(qtbot, plans_shell) -> None:
    shell = plans_shell
    screen = open_list(qtbot, shell)
    assert f"征求意见截止：{TODAY + dt.timedelta(days=10):%Y-%m-%d}" in texts(qtbot, screen)
    give = screen.opinion_buttons["T-OPEN"]
    assert give.text() == "提意见"
    screen.area.ensureWidgetVisible(give)
    tap(qtbot, give)
    assert shell.current == ("predisclosure", {"key": "T-OPEN"})
    assert OPEN_TITLE in texts(qtbot, screen)
    send = screen.findChild(QPushButton, "opinion:send")
    assert not send.isEnabled()  # nothing typed yet
    screen.text_box.edit.setFocus()
    qtbot.keyClicks(screen.text_box.edit, "more posts for older villagers")
    qtbot.keyClicks(screen.contact_field, "13800000000")
    assert send.isEnabled()
    tap(qtbot, send)
    assert shell.current == ("predisclosure", {"key": "T-OPEN", "thanks": True})
    assert "感谢您的意见" in texts(qtbot, screen)
    stored = FeedbackRepository(shell.content.database).opinions("T-OPEN")
    assert [(o.pre_disclosure_key, o.text, o.contact) for o in stored] == [
        ("T-OPEN", "more posts for older villagers", "13800000000")
    ]
    tap(qtbot, screen.findChild(QPushButton, "opinion:home"))
    assert shell.current[0] == "home"


def test_a_plan_past_its_last_day_offers_no_opinion_button(qtbot, plans_shell) -> None:
    screen = open_list(qtbot, plans_shell)
    assert "T-CLOSED" in screen.cards and "T-CLOSED" not in screen.opinion_buttons
    card_texts = [w.text() for w in screen.cards["T-CLOSED"].findChildren(QLabel)]
    assert "征求意见已截止，感谢您的关注。" in card_texts
    assert not screen.cards["T-CLOSED"].findChildren(QPushButton)
    screen.navigate("predisclosure", key="T-CLOSED")  # an old link to the form: no form either
    assert screen.text_box is None
    assert "该事项已不再征求意见。" in texts(qtbot, screen)


def test_an_opinion_is_cut_at_500_characters_and_forgotten_on_idle(qtbot, plans_shell) -> None:
    shell = plans_shell
    shell.go("predisclosure", key="T-OPEN")
    screen = shell.screens["predisclosure"]
    screen.text_box.edit.setPlainText("意" * 600)
    assert screen.draft_text == "意" * 500
    screen.contact_field.setText("王先生")
    shell.idle_reset()
    shell.go("predisclosure", key="T-OPEN")
    qtbot.wait(20)
    assert screen.text_box.text() == "" and screen.contact_field.text() == ""
    assert FeedbackRepository(shell.content.database).opinions("T-OPEN") == []


def test_back_from_the_form_returns_to_the_list(qtbot, plans_shell) -> None:
    shell = plans_shell
    screen = open_list(qtbot, shell)
    screen.area.ensureWidgetVisible(screen.opinion_buttons["T-OPEN"])
    tap(qtbot, screen.opinion_buttons["T-OPEN"])
    shell.back()
    assert shell.current == ("predisclosure", {})
    assert set(screen.cards) >= {"T-OPEN", "T-CLOSED"}


def test_no_plans_says_so(qtbot) -> None:
    from kiosk.app import install_font

    assert install_font() is None
    screen = show(qtbot, PredisclosureScreen(Look(STANDARD, NORMAL), list, lambda *args: None))
    assert "No plans are open for comment at the moment." in shown_texts(screen)
    assert screen.cards == {}


def test_a_plan_that_closes_while_the_form_is_open_is_explained(qtbot, tmp_path) -> None:
    from kiosk.app import install_font
    from kiosk.data.db import open_database

    assert install_font() is None
    database = open_database(str(tmp_path / "plans.sqlite3"))
    try:
        add_plans(database)
        content, feedback = ContentRepository(database), FeedbackRepository(database)
        late = NOW + dt.timedelta(days=11)  # the open plan's last day has passed since the form was opened

        def add_late(key: str, text: str, contact: str, stance: str = "other") -> str:
            return feedback.add_opinion(key, text, contact, stance=stance, at=late)

        screen = show(
            qtbot, PredisclosureScreen(Look(STANDARD, NORMAL), content.pre_disclosures, add_late), key="T-OPEN"
        )
        screen.text_box.edit.setPlainText("来晚了")
        screen.send()
        assert "Sorry, the period for opinions on this plan has just ended." in shown_texts(screen)
        assert feedback.opinions("T-OPEN") == []
    finally:
        database.dispose()
