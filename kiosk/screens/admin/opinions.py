"""Opinions on plans (预公开意见) and the decision that ends each plan (预公开 → 决定).

Every plan is listed, whatever became of it (still taking opinions, decided, archived), newest
first with its number of opinions; tapping one shows its opinions, newest first, each with its
time, the stance (支持/反对/其他) and the contact the resident chose to leave, and the count of
each stance. With a ``DecisionService`` each opinion can be answered — adopted or not adopted,
with the reason — and "Publish the decision…" ends the plan: the final text, the opinions
summarised and how the plan changed (``DecisionDialog``); the decision then shows above the
opinions, which are archived and read-only. "Export as CSV…" writes the opinions into a folder
chosen with the touch file picker (a USB disk first), for Excel. What a resident said is never
edited. The page knows no SQL: ``FeedbackRepository`` lists, ``DecisionService`` answers and
decides, and the ``export`` callable (``opinion_export.export_opinions``, audited) writes the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QStyle, QStyleOptionViewItem, QVBoxLayout, QWidget

from kiosk.data.feedback import FeedbackRepository, OpinionRecord, PlanOpinions
from kiosk.data.schema import PreDisclosureDoc
from kiosk.errors import UserError
from kiosk.screens.admin.decision_dialog import DecisionDialog
from kiosk.screens.admin.files_result import TOOLS_STYLE
from kiosk.screens.admin.opinion_card import OpinionCard
from kiosk.screens.admin.style import admin_style
from kiosk.screens.admin.supervision_parts import PAGE_STYLE
from kiosk.services.supervision.decisions import DecisionService, count_opinions
from kiosk.widgets.basics import fit_height_to_width, row
from kiosk.widgets.file_picker import FOLDER, FilePickerDialog
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.theme import STANDARD, Metrics
from kiosk.widgets.touch_list import KEY, Index, RowDelegate, TouchList

ADMIN_METRICS = Metrics(26 / 28)  # rows of 26 px text (titles 32 px), as on the other admin pages
Export = Callable[[Path, str, Sequence[str]], Path]  # (folder, plan key, CSV headers) → the file written
OPINIONS_STYLE = f"""
QFrame[role="opinion"] {{ background: {STANDARD.surface}; border: 2px solid {STANDARD.border}; border-radius: 10px; }}
QLabel[role="opinion-text"] {{ font-size: 26px; }}
"""


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class ChosenRowDelegate(RowDelegate):
    """``TouchList``'s rows, with the chosen one drawn as pressed (the list itself keeps no selection)."""

    chosen = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(KEY) == self.chosen:
            option = QStyleOptionViewItem(option)
            option.state |= QStyle.StateFlag.State_Sunken
        super().paint(painter, option, index)


class OpinionsPage(QWidget):
    """The plans on one side (or above), the chosen plan's opinions and the export on the other."""

    def __init__(
        self,
        feedback: FeedbackRepository,
        export: Export,
        clock: Callable[[], dt.datetime] = local_now,
        decisions: DecisionService | None = None,
        actor: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__()
        self.setObjectName("OpinionsPage")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style() + TOOLS_STYLE + OPINIONS_STYLE + PAGE_STYLE)
        self.feedback = feedback
        self.export = export
        self.clock = clock
        self.decisions = decisions
        self.actor = actor
        self.plans: list[PlanOpinions] = []
        self.key = ""
        self.shown: list[OpinionRecord] = []
        self.dialog: QWidget | None = None
        self.stale = False

        title = QLabel(self.tr("Opinions on plans (预公开意见)"))
        title.setProperty("role", "page-title")
        plans_heading = QLabel(self.tr("Plans, newest first"))
        plans_heading.setProperty("role", "list-label")
        self.plan_list = TouchList(STANDARD, ADMIN_METRICS)
        self.plan_list.setObjectName("PlanList")
        self.plan_rows = ChosenRowDelegate(STANDARD, ADMIN_METRICS)
        self.plan_list.delegate = self.plan_rows
        self.plan_list.setItemDelegate(self.plan_rows)
        self.plan_list.tapped.connect(self.choose)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(plans_heading)
        left.addWidget(self.plan_list, 1)

        self.plan_title = QLabel()
        self.plan_title.setProperty("role", "form-heading")
        self.plan_title.setWordWrap(True)
        self.plan_state = QLabel()
        self.plan_state.setProperty("role", "muted")
        self.plan_state.setWordWrap(True)
        self.export_button = form_button(self.tr("Export as CSV…"), self.choose_folder)
        self.decide_button = form_button(self.tr("Publish the decision…"), self.open_decision, "primary")
        self.decide_button.setVisible(decisions is not None)
        self.counts = QLabel()
        self.counts.setProperty("role", "item-heading")
        self.counts.setWordWrap(True)
        self.counts.setVisible(decisions is not None)
        self.decision_view: QFrame | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.area = KineticScrollArea()
        self.cards, self.card_box = self._new_cards()
        self._show_cards()
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.plan_title)
        right.addWidget(self.plan_state)
        right.addWidget(self.counts)
        right.addWidget(row(self.decide_button, self.export_button))
        right.addWidget(self.message)
        right.addWidget(self.empty)
        right.addWidget(self.area, 1)

        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(24)
        self.split.addLayout(left, 2)
        self.split.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(self.split, 1)
        self.refresh()

    # --- the plans ----------------------------------------------------------------------------

    def state_text(self, plan: PlanOpinions) -> str:
        count = self.tr("Opinions: %1").replace("%1", str(plan.count))
        until = f"{plan.opinions_until:%Y-%m-%d}" if plan.opinions_until else ""
        now = self.clock()
        if plan.status == "pre_disclosure":
            if plan.publish_from is not None and plan.publish_from > now:
                state = self.tr("shown from %1").replace("%1", f"{plan.publish_from:%Y-%m-%d}")
            elif plan.opinions_until is not None and now.date() > plan.opinions_until:
                state = self.tr("opinions closed on %1").replace("%1", until)
            elif until:
                state = self.tr("taking opinions until %1").replace("%1", until)
            else:
                state = self.tr("taking opinions")
        elif plan.status == "published":
            state = self.tr("decided and published")
        elif plan.status == "archived":
            state = self.tr("archived")
        elif plan.status == "draft":
            state = self.tr("draft")
        else:
            state = self.tr("the plan no longer exists")
        return f"{count} · {state}"

    def refresh(self) -> None:
        """Reload the plans, keeping the chosen one (or choosing the newest)."""
        self.stale = False
        self.plans = self.feedback.plans_with_opinions()
        self.plan_list.set_rows([(plan.key, plan.title, self.state_text(plan)) for plan in self.plans])
        keys = [plan.key for plan in self.plans]
        self.choose(self.key if self.key in keys else (keys[0] if keys else ""))

    def choose(self, key: str) -> None:
        """Mark the plan ``key`` as chosen and show its opinions."""
        self.plan_rows.chosen = key
        self.plan_list.viewport().update()
        self.show_plan(key)

    # --- one plan's opinions ------------------------------------------------------------------

    def show_plan(self, key: str) -> None:
        if key != self.key:
            self.message.hide()
        self.key = key
        plan = next((p for p in self.plans if p.key == key), None)
        self.shown = self.feedback.opinions(key)[::-1] if plan is not None else []
        self._clear_cards()
        self.decision_view = None
        self.export_button.setEnabled(bool(self.shown))
        self.decide_button.setEnabled(plan is not None and plan.status == "pre_disclosure")
        if plan is None:
            self.plan_title.setText(self.tr("No plans yet"))
            self.plan_state.setText("")
            self.counts.setText("")
            self.empty.setText(
                self.tr("Plans published under Pre-disclosure (预公开) are listed here with the opinions residents "
                        "leave on them at the kiosk.")
            )  # fmt: skip
            self.empty.show()
            self._show_cards()
            return
        self.plan_title.setText(plan.title)
        self.plan_state.setText(self.state_text(plan))
        self.show_counts()
        self.empty.setText(self.tr("No opinions on this plan yet."))
        self.empty.setVisible(not self.shown)
        decided = self.decisions.plan(key) if self.decisions is not None else None
        if decided is not None and decided.is_decision:
            self.decision_view = self._decision_card(decided)
            self.card_box.addWidget(self.decision_view)
        answering = self.decisions is not None and plan.status == "pre_disclosure"
        for opinion in self.shown:
            self.card_box.addWidget(self._card(opinion, answering))
        self.card_box.addStretch(1)
        self._show_cards()

    def show_counts(self) -> None:
        if self.decisions is None:
            return
        c = count_opinions(self.feedback.opinions(self.key))
        parts = [
            self.tr("Support %1").replace("%1", str(c.support)),
            self.tr("Against %1").replace("%1", str(c.oppose)),
            self.tr("Other %1").replace("%1", str(c.other)),
            self.tr("Adopted %1").replace("%1", str(c.adopted)),
            self.tr("Not adopted %1").replace("%1", str(c.not_adopted)),
            self.tr("Not answered %1").replace("%1", str(c.pending)),
        ]
        self.counts.setText(" · ".join(parts))

    def _decision_card(self, plan: PreDisclosureDoc) -> QFrame:
        card = QFrame()
        card.setProperty("role", "opinion")
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 12, 20, 16)
        decided = f"{plan.decided_on:%Y-%m-%d}" if plan.decided_on else ""
        heading = QLabel(
            self.tr("Decision published %1 (the plan and its opinions are archived)").replace("%1", decided)
        )
        heading.setProperty("role", "item-heading")
        heading.setWordWrap(True)
        box.addWidget(heading)
        for title, text in (
            (self.tr("The decision"), plan.decision),
            (self.tr("What the opinions said"), plan.opinion_summary),
            (self.tr("How the plan changed"), plan.changes),
        ):
            if text.strip():
                for value, role in ((title, "muted"), (text, "opinion-text")):
                    line = QLabel(value)
                    line.setProperty("role", role)
                    line.setWordWrap(True)
                    line.setTextFormat(Qt.TextFormat.PlainText)
                    box.addWidget(line)
        return card

    def _card(self, opinion: OpinionRecord, answering: bool = False) -> QFrame:
        mark = None
        if answering and self.decisions is not None:
            decisions = self.decisions

            def mark(uid: str, adoption: str, reason: str) -> None:
                decisions.mark(uid, adoption, reason, self.actor())

        return OpinionCard(opinion, mark, self.after_answer)

    def after_answer(self) -> None:
        self.show_counts()

    def open_decision(self) -> None:
        plan = self.decisions.plan(self.key) if self.decisions is not None else None
        if plan is None or self.decisions is None:
            return
        decisions, key = self.decisions, self.key

        def publish(decision: str, summary: str, changes: str) -> None:
            decisions.publish_decision(key, self.actor(), decision=decision, summary=summary, changes=changes)

        dialog = DecisionDialog(
            self, plan.title, plan.decision or plan.plan, decisions.suggested_summary(key), plan.changes, publish
        )
        dialog.accepted.connect(self._decided)
        self.dialog = dialog
        dialog.open()

    def _decided(self) -> None:
        self.refresh()
        self._say(self.tr("The decision is published: the kiosk shows it where the plan was."), error=False)

    def _new_cards(self) -> tuple[QWidget, QVBoxLayout]:
        """A fresh page of cards in the scroll area (the old one is deleted), sized by its wrapped texts.

        A new page for each plan, as the kiosk's screens do: a page whose cards were swapped in
        place was seen keeping a height too small, squeezing the new cards to a sliver.
        """
        cards = fit_height_to_width(QWidget())
        cards.setProperty("role", "admin-page")
        box = QVBoxLayout(cards)
        box.setContentsMargins(0, 0, 12, 0)
        box.setSpacing(12)
        return cards, box

    def _clear_cards(self) -> None:
        self.cards, self.card_box = self._new_cards()

    def _show_cards(self) -> None:
        """Put the page of cards, filled, into the scroll area: built whole first, then shown, it
        is sized once with every card in it (cards added to a page already shown are shown later,
        and the scroll area was seen sizing the page before they were)."""
        self.area.set_content(self.cards)

    def opinion_texts(self) -> list[str]:
        """The texts shown, top to bottom (for tests)."""
        return [o.text for o in self.shown]

    # --- export -------------------------------------------------------------------------------

    def csv_headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Opinion"),
            self.tr("Contact"),
            self.tr("Kiosk"),
            self.tr("Stance"),
            self.tr("Answer"),
            self.tr("Reason"),
        ]

    def choose_folder(self) -> None:
        dialog = FilePickerDialog(
            self, self.tr("Choose a folder for the CSV file"), self.tr("Open the folder, then tap Use this folder."),
            style=admin_style(), role="admin-page", mode=FOLDER,
        )  # fmt: skip
        dialog.chosen.connect(self.export_to)
        self.dialog = dialog
        dialog.open()

    def export_to(self, folder: Path) -> None:
        """Write the chosen plan's opinions into ``folder`` and say where (or why not)."""
        if not self.key:
            return
        try:
            path = self.export(folder, self.key, self.csv_headers())
        except UserError as exc:
            self._say(self.tr("Export failed: %1").replace("%1", exc.message), error=True)
            return
        self._say(self.tr("Written: %1").replace("%1", str(path)), error=False)

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "message-error" if error else "message-ok")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.show()

    # --- Qt -----------------------------------------------------------------------------------

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:  # back on the page: opinions may have come in meanwhile
            self.refresh()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = self.width() >= 1200
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
