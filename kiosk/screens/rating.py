"""服务评价 (好差评): an anonymous rating of the hall's service, five levels on four dimensions.

The resident taps one level (非常满意 … 非常不满意) in each of the four rows (整体满意度, 服务效率,
服务水平, 服务态度); the window that served them, a comment and a contact (only for a reply about
what was done: a poor rating or a comment opens a case) are optional. Submit stays disabled,
with a hint naming the rows still open, until all four are chosen. Nothing identifies the
resident. What they chose is a draft of this screen only: leaving the screen, the idle reset and
a submit forget it, so the next person never finds someone else's answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.data.feedback import CONTACT_LIMIT, TEXT_LIMIT
from kiosk.data.schema import WindowDoc
from kiosk.screens.base import Look, ScrollScreen
from kiosk.widgets.basics import Card, ResponsiveGrid, button, label
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.keyboard_room import KeyboardRoom
from kiosk.widgets.text_box import TextBox

log = logging.getLogger(__name__)


class LevelGrid(ResponsiveGrid):
    """The five levels of one row in equal columns: all in one row when buttons ``min_width`` wide fit
    (gaps included), else in rows that leave no button alone at the end (3 + 2, not 4 + 1)."""

    def column_count(self, width: int) -> int:
        gap = self.grid.horizontalSpacing()
        fit = max(1, min(self.max_columns, (width + gap) // (self.min_width + gap)))
        n = len(self.items)
        return next(c for c in range(fit, 0, -1) if not 0 < n % c < c / 2)


class RatingScreen(ScrollScreen):
    """Four rows of five levels, optional window and comment, and a submit bar that is always in view."""

    name = "rating"

    def __init__(self, look: Look, windows: Callable[[], list[WindowDoc]], add_rating: Callable[..., object]) -> None:
        super().__init__(look)
        self.windows = windows
        self.add_rating = add_rating
        self.choices: dict[str, int] = {}  # dimension -> level 1 … 5
        self.window_code = ""
        self.comment_text = ""
        self.contact_text = ""
        self.contact_field: QLineEdit | None = None
        self.level_buttons: dict[str, dict[int, QPushButton]] = {}
        self.window_buttons: dict[str, QPushButton] = {}
        self.comment: TextBox | None = None
        # The submit bar stays below the scrolling form, so the resident always sees what is missing.
        self.bar = QWidget()
        self.bar.setProperty("role", "page")
        self.bar_card = Card()
        QVBoxLayout(self.bar).addWidget(self.bar_card)
        line = QHBoxLayout()
        self.hint = label("", "body")
        self.submit_button = button("", self.submit, "primary")
        self.submit_button.setObjectName("rating:submit")
        line.addWidget(self.hint, 1)
        line.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.bar_card.box.addLayout(line)
        self.layout().addWidget(self.bar)  # type: ignore[union-attr]
        self.keyboard = KeyboardRoom(self, self.layout(), self.area)  # type: ignore[arg-type]

    def title(self) -> str:
        return self.tr("Rate our service")

    def dimensions(self) -> list[tuple[str, str]]:
        """(Rating column, row caption) in the order shown."""
        return [
            ("overall", self.tr("Overall satisfaction")),
            ("efficiency", self.tr("Service efficiency")),
            ("competence", self.tr("Service quality")),
            ("attitude", self.tr("Service attitude")),
        ]

    def levels(self) -> list[tuple[int, str]]:
        return [
            (5, self.tr("Very satisfied")),
            (4, self.tr("Satisfied")),
            (3, self.tr("Fairly satisfied")),
            (2, self.tr("Dissatisfied")),
            (1, self.tr("Very dissatisfied")),
        ]

    # --- building ------------------------------------------------------------------------

    def refresh(self) -> None:
        m = self.look.metrics
        self.bar.layout().setContentsMargins(m.margin, 0, m.margin, m.margin)  # type: ignore[union-attr]
        self.bar_card.box.setContentsMargins(m.px(32), m.px(16), m.px(16), m.px(16))
        self.bar_card.box.itemAt(0).layout().setSpacing(m.margin)  # type: ignore[union-attr]
        self.submit_button.setMinimumWidth(m.px(240))
        self.level_buttons, self.window_buttons, self.comment, self.contact_field = {}, {}, None, None
        if self.params.get("thanks"):
            self._build_thanks()
            return
        _page, box = self.page()
        box.addWidget(label(self.tr("Rate our service"), "title"))
        box.addWidget(
            label(self.tr("Anonymous: we do not ask who you are. Tap one answer in each of the four rows."), "body")
        )
        box.addWidget(self._levels_card())
        windows = self.windows()
        if windows:
            box.addWidget(self._windows_card(windows))
        box.addWidget(self._comment_card())
        box.addStretch(1)
        self.submit_button.setText(self.tr("Submit rating"))
        self.bar.show()
        self._show_state()

    def _levels_card(self) -> Card:
        m = self.look.metrics
        card = Card(spacing=m.px(12))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(28))
        levels = self.levels()
        for i, (dimension, caption) in enumerate(self.dimensions()):
            if i:
                card.box.addSpacing(m.px(12))
            card.add(label(caption, "heading"))
            buttons: dict[int, QPushButton] = {}
            for level, text in levels:
                b = button(text, partial(self.choose, dimension, level), "choice")
                b.setCheckable(True)
                b.setObjectName(f"rating:{dimension}:{level}")
                b.ensurePolished()
                buttons[level] = b
            widest = max(b.sizeHint().width() for b in buttons.values())
            grid = LevelGrid(min_width=widest, max_columns=len(levels), spacing=m.px(16))
            for b in buttons.values():
                grid.add(b)
            card.add(grid)
            self.level_buttons[dimension] = buttons
        return card

    def _windows_card(self, windows: list[WindowDoc]) -> Card:
        m = self.look.metrics
        card = Card(spacing=m.px(12))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(28))
        card.add(label(self.tr("Which window served you? (optional)"), "heading"))
        chips = QWidget()
        flow = FlowLayout(chips, m.px(16))
        for window in windows:
            b = button(window.name, partial(self.choose_window, window.code))
            b.setCheckable(True)
            b.setObjectName(f"window:{window.code}")
            flow.addWidget(b)
            self.window_buttons[window.code] = b
        card.add(chips)
        return card

    def _comment_card(self) -> Card:
        m = self.look.metrics
        card = Card(spacing=m.px(12))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(28))
        card.add(label(self.tr("Anything else to tell us? (optional)"), "heading"))
        self.comment = TextBox(
            m, TEXT_LIMIT, self.tr("Tap here to type, e.g. what went well or what we should improve")
        )
        self.comment.set_text(self.comment_text)
        self.comment.changed.connect(self._comment_changed)
        card.add(self.comment)
        card.box.addSpacing(m.px(8))
        card.add(
            label(self.tr("Contact (optional): a phone number, only if you would like to hear what we did about it"),
                  "heading")
        )  # fmt: skip
        self.contact_field = QLineEdit(self.contact_text)
        self.contact_field.setObjectName("rating:contact")
        self.contact_field.setMaxLength(CONTACT_LIMIT)
        self.contact_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.contact_field.textChanged.connect(self._contact_changed)
        card.add(self.contact_field)
        return card

    def _build_thanks(self) -> None:
        self.bar.hide()
        box = self.thanks(
            self.tr("Thank you for your rating"),
            self.tr("It has been recorded anonymously and helps us improve our service."),
            "rating:home",
        )
        box.addStretch(2)

    # --- the resident's answers -----------------------------------------------------------

    def choose(self, dimension: str, level: int) -> None:
        self.choices[dimension] = level
        self._show_state()

    def choose_window(self, code: str) -> None:
        """Tap a window to choose it, tap it again to choose none."""
        self.window_code = "" if code == self.window_code else code
        self._show_state()

    def _comment_changed(self, text: str) -> None:
        self.comment_text = text

    def _contact_changed(self, text: str) -> None:
        self.contact_text = text

    def missing(self) -> list[str]:
        """Captions of the rows not answered yet."""
        return [caption for dimension, caption in self.dimensions() if dimension not in self.choices]

    def _show_state(self) -> None:
        for dimension, buttons in self.level_buttons.items():
            for level, b in buttons.items():
                b.setChecked(self.choices.get(dimension) == level)
        for code, b in self.window_buttons.items():
            b.setChecked(code == self.window_code)
        missing = self.missing()
        self.submit_button.setEnabled(not missing)
        if missing:
            self.hint.setText(self.tr("Still to choose: %1").replace("%1", self.tr(", ").join(missing)))
        else:
            self.hint.setText(self.tr("All four rows answered. Tap Submit rating to send it."))

    def submit(self) -> None:
        if self.missing():
            return
        KeyboardRoom.close_keyboard(self)
        try:
            self.add_rating(
                **self.choices, window=self.window_code, comment=self.comment_text, contact=self.contact_text
            )
        except Exception:  # a lost database must not crash the kiosk; the resident is told in plain words
            log.exception("a rating could not be stored")
            self.hint.setText(self.tr("Sorry, your rating could not be saved. Please try again, or tell our staff."))
            return
        self.forget_draft()
        self.navigate(self.name, thanks=True)

    # --- forgetting ----------------------------------------------------------------------

    def forget_draft(self) -> None:
        self.choices, self.window_code, self.comment_text, self.contact_text = {}, "", "", ""
        if self.comment is not None:
            self.comment.clear()
        if self.contact_field is not None:
            self.contact_field.clear()
        self._show_state()

    def reset(self) -> None:
        super().reset()
        self.forget_draft()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Leaving the screen abandons the rating: the next resident starts from an empty form.
        super().hideEvent(event)
        if not event.spontaneous():
            KeyboardRoom.close_keyboard(self)
            self.forget_draft()
