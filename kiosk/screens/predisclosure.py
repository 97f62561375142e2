"""预公开: plans shown before the hall decides, the resident's opinion on one of them, and the decisions.

The list shows every plan the repository says is in its publish window, whole (plans are long:
the page scrolls), with the last day for opinions. A plan still taking opinions has a 「提意见」
button; one past that day says so instead. Below them, the decisions that ended earlier plans
(正式决定): the final text, what the opinions said and how the plan changed because of them. The
form asks whether the resident supports the plan (支持 / 反对 / 其他, optional) and what they think.
The opinion form (``key``) and the thanks (``key`` + ``thanks``) are the same screen with other
parameters, so the header's Back goes from the form to the list. An unfinished opinion is
forgotten when the resident leaves the screen, on the idle reset and after it is sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.data.feedback import CONTACT_LIMIT, TEXT_LIMIT, OpinionsClosed, open_for_opinions
from kiosk.data.schema import PreDisclosureDoc
from kiosk.screens.base import Look, ScrollScreen
from kiosk.widgets.basics import Card, button, label
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.keyboard_room import KeyboardRoom
from kiosk.widgets.text_box import TextBox

log = logging.getLogger(__name__)


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class PredisclosureScreen(ScrollScreen):
    """The plans open for comment; with ``key``: the opinion form for that plan; with ``thanks``: done."""

    name = "predisclosure"

    def __init__(
        self,
        look: Look,
        plans: Callable[[], list[PreDisclosureDoc]],
        add_opinion: Callable[..., object],
        clock: Callable[[], dt.datetime] = local_now,
        decisions: Callable[[], list[PreDisclosureDoc]] = lambda: [],
    ) -> None:
        super().__init__(look)
        self.plans = plans
        self.add_opinion = add_opinion
        self.clock = clock
        self.decisions = decisions
        self.stance_buttons: dict[str, QPushButton] = {}
        self.decision_cards: dict[str, Card] = {}
        self.cards: dict[str, Card] = {}
        self.opinion_buttons: dict[str, QWidget] = {}
        self.draft_key = ""
        self.draft_text = ""
        self.draft_contact = ""
        self.draft_stance = ""
        self.text_box: TextBox | None = None
        self.contact_field: QLineEdit | None = None
        self.send_button: QWidget | None = None
        self.status = label("", "body")
        self.keyboard = KeyboardRoom(self, self.layout(), self.area)  # type: ignore[arg-type]

    def title(self) -> str:
        return self.tr("Plans for comment")

    def refresh(self) -> None:
        self.cards, self.opinion_buttons, self.stance_buttons, self.decision_cards = {}, {}, {}, {}
        self.text_box, self.contact_field, self.send_button = None, None, None
        key = str(self.params.get("key", ""))
        if key and self.params.get("thanks"):
            self._build_thanks()
        elif key:
            self._build_form(key)
        else:
            self._build_list()

    # --- the list ------------------------------------------------------------------------

    def _build_list(self) -> None:
        _page, box = self.page()
        box.addWidget(label(self.tr("Plans for comment"), "title"))
        box.addWidget(
            label(
                self.tr("These plans are published before a decision is made. Read them and tell us what you think."),
                "body",
            )
        )
        plans = self.plans()
        if not plans:
            box.addWidget(label(self.tr("No plans are open for comment at the moment."), "heading"))
        now = self.clock()
        for plan in plans:
            card = self._plan_card(plan, open_for_opinions(plan, now))
            self.cards[plan.key] = card
            box.addWidget(card)
        decisions = self.decisions()
        if decisions:
            box.addSpacing(self.look.metrics.px(16))
            box.addWidget(label(self.tr("Decisions on earlier plans"), "title"))
            box.addWidget(
                label(
                    self.tr("What was decided after residents gave their opinions, and how the plan changed."), "body"
                )
            )
        for decision in decisions:
            card = self._decision_card(decision)
            self.decision_cards[decision.key] = card
            box.addWidget(card)
        box.addStretch(1)

    def _decision_card(self, plan: PreDisclosureDoc) -> Card:
        m = self.look.metrics
        card = Card(spacing=m.px(10))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(28))
        card.add(label(plan.title, "heading"))
        if plan.decided_on is not None:
            card.add(label(self.tr("Decided on %1").replace("%1", f"{plan.decided_on:%Y-%m-%d}"), "muted"))
        for caption, text in (
            (self.tr("The decision"), plan.decision),
            (self.tr("What residents said"), plan.opinion_summary),
            (self.tr("How the plan changed"), plan.changes),
        ):
            if text.strip():
                card.box.addSpacing(m.px(6))
                card.add(label(caption, "muted"))
                card.add(label(text.strip(), "body"))
        return card

    def _plan_card(self, plan: PreDisclosureDoc, taking_opinions: bool) -> Card:
        m = self.look.metrics
        card = Card(spacing=m.px(12))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(28))
        card.add(label(plan.title, "heading"))
        if plan.plan.strip():
            card.add(label(plan.plan.strip(), "body"))
        card.box.addSpacing(m.px(8))
        deadline = label(self.deadline_text(plan), "big" if taking_opinions else "muted")
        if taking_opinions:
            give = button(self.tr("Give your opinion"), lambda: self.navigate(self.name, key=plan.key), "primary")
            give.setObjectName(f"opinion:{plan.key}")
            give.setMinimumWidth(m.px(240))
            self.opinion_buttons[plan.key] = give
            actions = QWidget()
            line = QHBoxLayout(actions)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(m.margin)
            line.addWidget(give)
            if plan.opinions_until is not None:
                line.addWidget(deadline, 1)
            else:
                line.addStretch(1)
            card.add(actions)
        else:
            if plan.opinions_until is not None:
                card.add(deadline)
            card.add(label(self.tr("The period for opinions has ended. Thank you for your interest."), "heading"))
        return card

    def deadline_text(self, plan: PreDisclosureDoc) -> str:
        until = plan.opinions_until
        return self.tr("Opinions until: %1").replace("%1", f"{until:%Y-%m-%d}" if until else "")

    # --- the form ------------------------------------------------------------------------

    def _plan(self, key: str) -> PreDisclosureDoc | None:
        return next((p for p in self.plans() if p.key == key), None)

    def _build_form(self, key: str) -> None:
        m = self.look.metrics
        _page, box = self.page()
        plan = self._plan(key)
        if plan is None or not open_for_opinions(plan, self.clock()):
            box.addWidget(label(self.tr("This plan is no longer open for comment."), "title"))
            box.addWidget(self._back_to_list())
            box.addStretch(1)
            return
        if key != self.draft_key:
            self.forget_draft()
            self.draft_key = key
        box.addWidget(label(self.tr("Your opinion"), "title"))
        box.addWidget(label(plan.title, "heading"))
        if plan.opinions_until is not None:
            box.addWidget(label(self.deadline_text(plan), "muted"))
        card = Card(spacing=m.px(12))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(28))
        chips = QWidget()  # the question and its three answers share a line where they fit
        flow = FlowLayout(chips, m.px(16))
        question = label(self.tr("Do you support this plan? (optional)"), "heading", wrap=False)
        question.setMinimumHeight(m.target)
        flow.addWidget(question)
        for stance, text in self.stances():
            chip = button(text, partial(self.choose_stance, stance))
            chip.setCheckable(True)
            chip.setObjectName(f"stance:{stance}")
            chip.setMinimumWidth(m.px(200))
            flow.addWidget(chip)
            self.stance_buttons[stance] = chip
        card.add(chips)
        card.box.addSpacing(m.px(8))
        card.add(label(self.tr("What do you think of this plan?"), "heading"))
        self.text_box = TextBox(m, TEXT_LIMIT, self.tr("Tap here to type your opinion"), lines=4)
        self.text_box.set_text(self.draft_text)
        self.text_box.changed.connect(self._text_changed)
        card.add(self.text_box)
        card.box.addSpacing(m.px(8))
        card.add(label(self.tr("Contact (optional): a phone number or name, if you would like a reply"), "heading"))
        self.contact_field = QLineEdit(self.draft_contact)
        self.contact_field.setMaxLength(CONTACT_LIMIT)
        self.contact_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.contact_field.textChanged.connect(self._contact_changed)
        card.add(self.contact_field)
        box.addWidget(card)
        send = button(self.tr("Send opinion"), self.send, "primary")
        send.setObjectName("opinion:send")
        send.setMinimumWidth(m.px(240))
        self.send_button = send
        self.status = label("", "body")
        actions = QWidget()
        line = QHBoxLayout(actions)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(m.margin)
        line.addWidget(send, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.status, 1)
        box.addWidget(actions)
        box.addStretch(1)
        self._show_state()

    def _text_changed(self, text: str) -> None:
        self.draft_text = text
        self._show_state()

    def _contact_changed(self, text: str) -> None:
        self.draft_contact = text

    def stances(self) -> list[tuple[str, str]]:
        return [
            ("support", self.tr("I support it")),
            ("oppose", self.tr("I am against it")),
            ("other", self.tr("Other")),
        ]

    def choose_stance(self, stance: str) -> None:
        """Tap a stance to choose it, tap it again to choose none."""
        self.draft_stance = "" if stance == self.draft_stance else stance
        self._show_state()

    def _show_state(self) -> None:
        for stance, chip in self.stance_buttons.items():
            chip.setChecked(stance == self.draft_stance)
        if self.send_button is None:
            return
        ready = bool(self.draft_text.strip())
        self.send_button.setEnabled(ready)
        self.status.setText("" if ready else self.tr("Type your opinion first; then you can send it."))

    def send(self) -> None:
        key, text = self.draft_key, self.draft_text
        if not key or not text.strip():
            return
        KeyboardRoom.close_keyboard(self)
        try:
            self.add_opinion(key, text, self.draft_contact, stance=self.draft_stance or "other")
        except OpinionsClosed:
            self.status.setText(self.tr("Sorry, the period for opinions on this plan has just ended."))
            return
        except Exception:  # a lost database must not crash the kiosk; the resident is told in plain words
            log.exception("an opinion could not be stored")
            self.status.setText(self.tr("Sorry, your opinion could not be saved. Please try again, or tell our staff."))
            return
        self.forget_draft()
        self.navigate(self.name, key=key, thanks=True)

    # --- thanks --------------------------------------------------------------------------

    def _build_thanks(self) -> None:
        box = self.thanks(
            self.tr("Thank you for your opinion"),
            self.tr("It will be read and considered before the decision is made."),
            "opinion:home",
        )
        box.addWidget(self._back_to_list(self.look.metrics.px(360)), 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)

    def _back_to_list(self, width: int = 0) -> QWidget:
        back = button(self.tr("See all plans"), lambda: self.navigate(self.name))
        back.setObjectName("opinion:list")
        back.setMinimumWidth(width)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        return holder

    # --- forgetting ----------------------------------------------------------------------

    def forget_draft(self) -> None:
        self.draft_key, self.draft_text, self.draft_contact, self.draft_stance = "", "", "", ""
        if self.text_box is not None:
            self.text_box.clear()
        if self.contact_field is not None:
            self.contact_field.clear()

    def reset(self) -> None:
        super().reset()
        self.forget_draft()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Leaving the screen abandons the opinion: the next resident starts from an empty form.
        super().hideEvent(event)
        if not event.spontaneous():
            KeyboardRoom.close_keyboard(self)
            self.forget_draft()
