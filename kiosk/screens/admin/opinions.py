"""Opinions on plans (预公开意见): what residents said about each plan before the hall decided.

Every plan is listed, whatever became of it (still taking opinions, decided, archived), newest
first with its number of opinions; tapping one shows its opinions, newest first, each with its
time and the contact the resident chose to leave. "Export as CSV…" writes them into a folder
chosen with the touch file picker (a USB disk first), for Excel. Read-only: an opinion is what a
resident said and is never edited. The page knows no SQL: ``FeedbackRepository`` lists, and the
``export`` callable (``opinion_export.export_opinions``, audited) writes the file.
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
from kiosk.errors import UserError
from kiosk.screens.admin.history import local_time
from kiosk.screens.admin.style import admin_style
from kiosk.widgets.basics import row
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
        self, feedback: FeedbackRepository, export: Export, clock: Callable[[], dt.datetime] = local_now
    ) -> None:
        super().__init__()
        self.setObjectName("OpinionsPage")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style() + OPINIONS_STYLE)
        self.feedback = feedback
        self.export = export
        self.clock = clock
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
        self.export_button = form_button(self.tr("Export as CSV…"), self.choose_folder, "primary")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.cards = QWidget()
        self.cards.setProperty("role", "admin-page")
        self.card_box = QVBoxLayout(self.cards)
        self.card_box.setContentsMargins(0, 0, 12, 0)
        self.card_box.setSpacing(12)
        self.area = KineticScrollArea()
        self.area.setWidget(self.cards)
        right = QVBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.plan_title)
        right.addWidget(self.plan_state)
        right.addWidget(row(self.export_button))
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
        self.export_button.setEnabled(bool(self.shown))
        if plan is None:
            self.plan_title.setText(self.tr("No plans yet"))
            self.plan_state.setText("")
            self.empty.setText(
                self.tr("Plans published under Pre-disclosure (预公开) are listed here with the opinions residents "
                        "leave on them at the kiosk.")
            )  # fmt: skip
            self.empty.show()
            return
        self.plan_title.setText(plan.title)
        self.plan_state.setText(self.state_text(plan))
        self.empty.setText(self.tr("No opinions on this plan yet."))
        self.empty.setVisible(not self.shown)
        for opinion in self.shown:
            self.card_box.addWidget(self._card(opinion))
        self.card_box.addStretch(1)
        self.area.to_top()

    def _card(self, opinion: OpinionRecord) -> QFrame:
        card = QFrame()
        card.setProperty("role", "opinion")
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 12, 20, 16)
        box.setSpacing(6)
        contact = opinion.contact or self.tr("no contact left")
        head = QLabel(f"{local_time(opinion.created_at)} · {contact}")
        head.setProperty("role", "muted")
        head.setWordWrap(True)
        text = QLabel(opinion.text)
        text.setProperty("role", "opinion-text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(head)
        box.addWidget(text)
        return card

    def _clear_cards(self) -> None:
        while self.card_box.count():
            item = self.card_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def opinion_texts(self) -> list[str]:
        """The texts shown, top to bottom (for tests)."""
        return [o.text for o in self.shown]

    # --- export -------------------------------------------------------------------------------

    def csv_headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Opinion"), self.tr("Contact"), self.tr("Kiosk")]

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
