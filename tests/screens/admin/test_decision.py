"""预公开 to decision: twenty opinions answered in the console, the decision published, shown where the plan was."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.feedback import FeedbackRepository
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import BundleDoc, PreDisclosureDoc
from kiosk.data.store import save_bundle
from kiosk.errors import UserError
from kiosk.screens.admin.decision_dialog import DecisionDialog
from kiosk.screens.admin.opinion_card import OpinionCard
from kiosk.screens.base import Look
from kiosk.screens.predisclosure import PredisclosureScreen
from kiosk.services.supervision.decisions import ARCHIVE_ENTITY, DecisionService
from kiosk.widgets.theme import NORMAL, STANDARD
from tests.screens.admin.helpers import click
from tests.screens.admin.supervision_console import open_console, press, save
from tests.screens.bulletin_content import shown_texts

PLAN = "YGK-T20"
NOW = dt.datetime.now().replace(microsecond=0)
STANCES = ["support"] * 11 + ["oppose"] * 6 + ["other"] * 3
CONTACT = "13655556666"


def plan_with_twenty_opinions(database) -> None:  # type: ignore[no-untyped-def]
    plan = PreDisclosureDoc(
        key=PLAN,
        title="村级便民服务站延时服务方案",
        plan="各村便民服务站每周六上午开放。",
        opinions_until=(NOW - dt.timedelta(days=1)).date(),
        publish_from=NOW - dt.timedelta(days=30),
        publish_until=NOW + dt.timedelta(days=2),
    )
    with database.session() as session:
        save_bundle(session, BundleDoc(pre_disclosures=[plan]), actor="test")
        session.commit()
    feedback = FeedbackRepository(database, kiosk_id="village-3")
    for n, stance in enumerate(STANCES):
        feedback.add_opinion(
            PLAN,
            f"第{n + 1}条意见:{'周日也开放' if n == 3 else '同意'}",
            CONTACT if n == 0 else "",
            stance=stance,
            at=NOW - dt.timedelta(days=20 - n % 10),
        )


@pytest.fixture
def console(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    alive: list[object] = []
    yield lambda size=(1920, 1080): open_console(qtbot, sqlite_demo, size, alive)
    QApplication.instance().setStyleSheet("")


def test_a_plan_with_twenty_opinions_ends_in_a_published_decision_shown_on_the_kiosk(
    qtbot, sqlite_demo, console
) -> None:
    plan_with_twenty_opinions(sqlite_demo)
    shown = console()
    page = shown.console.open_section("opinions")
    page.choose(PLAN)
    problems: dict[str, list[str]] = {}
    assert page.counts.text().startswith(
        " · ".join([page.tr("Support %1"), page.tr("Against %1"), page.tr("Other %1")])
        .replace("%1", "{}")
        .format(11, 6, 3)
    )
    cards = page.findChildren(OpinionCard)
    assert len(cards) == 20
    press(qtbot, page.area, cards[0].buttons["adopted"])
    cards[0].reason.setText("已纳入方案")
    press(qtbot, page.area, cards[0].save_button)
    press(qtbot, page.area, cards[1].buttons["not_adopted"])
    press(qtbot, page.area, cards[1].save_button)  # no reason: refused, said on the card
    assert cards[1].message.property("role") == "message-error" and "理由" in cards[1].message.text()
    click(qtbot, page.decide_button)  # 19 opinions are not answered yet
    dialog = page.dialog
    assert isinstance(dialog, DecisionDialog)
    click(qtbot, dialog.publish_button)
    assert dialog.isVisible() and "19" in dialog.message.text()
    dialog.reject()
    for n, card in enumerate(cards[1:], start=1):
        card.choose("adopted" if n == 16 else "not_adopted", "" if n == 16 else "人员不足,暂不调整")
    assert page.counts.text().endswith(page.tr("Not answered %1").replace("%1", "0"))
    save(qtbot, shown.console, "opinions-answered", problems)

    click(qtbot, page.decide_button)
    dialog = page.dialog
    summary = dialog.summary.toPlainText()
    assert "共收到意见 20 条" in summary and "支持 11 条、反对 6 条、其他意见 3 条" in summary
    assert "采纳 2 条，未采纳 18 条" in summary and CONTACT not in summary
    dialog.decision.setPlainText("各村便民服务站每周六上午开放,周日上午由镇大厅值班。")
    dialog.changes.setPlainText("根据意见,增加周日上午镇大厅值班。")
    dialog.resize(1800, 1000)
    save(qtbot, dialog, "decision-dialog", problems)
    click(qtbot, dialog.publish_button)
    assert not dialog.isVisible()
    assert page.message.property("role") == "message-ok"
    assert page.decision_view is not None and not page.decide_button.isEnabled()
    qtbot.wait(20)  # the cards of before are deleted by the event loop
    assert [card.mark for card in page.findChildren(OpinionCard)] == [None] * 20  # archived: read-only
    save(qtbot, shown.console, "opinions-decided", problems)

    with sqlite_demo.session() as session:
        actions = session.scalars(
            select(m.Revision.action)
            .where(m.Revision.entity == "pre_disclosure", m.Revision.key == PLAN)
            .order_by(m.Revision.version)
        ).all()
        archive = session.scalars(
            select(m.Revision.data).where(m.Revision.entity == ARCHIVE_ENTITY, m.Revision.key == PLAN)
        ).one()
    assert list(actions) == ["import", "decide"]  # the plan as put out, then the decision linked to it
    assert archive["plan"]["plan"] == "各村便民服务站每周六上午开放。" and len(archive["opinions"]) == 20
    assert CONTACT not in str(archive)
    with pytest.raises(UserError, match="存档"):
        DecisionService(sqlite_demo).mark(FeedbackRepository(sqlite_demo).opinions(PLAN)[0].uid, "adopted", "", "x")

    content = ContentRepository(sqlite_demo)
    assert PLAN not in [p.key for p in content.pre_disclosures()]  # no longer taking opinions
    screen = PredisclosureScreen(
        Look(STANDARD, NORMAL), content.pre_disclosures, lambda *a, **k: "", decisions=content.decisions
    )
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.open()
    texts = shown_texts(screen)
    assert "各村便民服务站每周六上午开放,周日上午由镇大厅值班。" in texts
    assert summary in texts and "根据意见,增加周日上午镇大厅值班。" in texts
    assert PLAN in screen.decision_cards
    assert problems == {}


def test_a_decision_is_refused_while_the_plan_still_takes_opinions(qtbot, sqlite_demo) -> None:
    plan_with_twenty_opinions(sqlite_demo)
    with sqlite_demo.session() as session:
        row = session.scalar(select(m.PreDisclosure).where(m.PreDisclosure.key == PLAN))
        row.opinions_until = (NOW + dt.timedelta(days=3)).date()
        session.commit()
    service = DecisionService(sqlite_demo)
    with pytest.raises(UserError, match="截止后"):
        service.publish_decision(PLAN, "admin", decision="定了", summary="意见", changes="")
