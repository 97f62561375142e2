"""The header bar: hall name, date and clock, back and home, and the one-tap toggles.

Wide screens get one row; narrow (portrait) screens get two, so nothing is squeezed below a touch
target — three when the hall's name and the date cannot share a row. Real names are long
(「广西壮族自治区南宁市西乡塘区北湖街道党群服务中心便民服务大厅」): the name wraps onto a second line
and shrinks down to a floor rather than being cut, and the date and clock are always shown whole.
The header only emits signals; the shell decides what they do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.widgets import icons
from kiosk.widgets.basics import button

WEEKDAYS_ZH = "一二三四五六日"
NAME_LINES = 2  # the name may take two lines before it shrinks


class HallName(QLabel):
    """The hall's name: as large as ``max_px`` allows in at most two lines, never below ``min_px``;
    wrapped between characters, never cut. Its own style sheet sets the size it chose."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "hall")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(200)
        self.max_px = 46
        self.min_px = 28
        self.px = 0

    def set_sizes(self, max_px: int, min_px: int) -> None:
        self.max_px, self.min_px = max_px, min(min_px, max_px)
        self._apply(self.fit(self.width()))

    def metrics(self, px: int) -> QFontMetrics:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(True)
        return QFontMetrics(font)

    def lines(self, px: int, width: int) -> int:
        """How many lines the name takes at ``px`` in ``width``."""
        metrics = self.metrics(px)
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(QRect(0, 0, max(1, width), 1_000_000), flags, self.text()).height()
        return max(1, round(height / metrics.lineSpacing()))

    def fit(self, width: int) -> int:
        """The largest size at which the name takes at most two lines in ``width`` (else the floor)."""
        for px in range(self.max_px, self.min_px - 1, -1):
            if self.lines(px, width) <= NAME_LINES:
                return px
        return self.min_px

    def fits(self, width: int) -> bool:
        return self.lines(self.min_px, width) <= NAME_LINES

    def single_line_width(self) -> int:
        return self.metrics(self.max_px).horizontalAdvance(self.text())

    def _apply(self, px: int) -> None:
        if px != self.px:
            self.px = px
            self.setStyleSheet(f"font-size: {px}px; font-weight: bold;")
        # The grid estimates a wrapped label's height at a width it guesses; the height the name
        # needs at the width it really got is made a minimum, so a second line is never clipped.
        needed = self.lines(px, self.width()) * self.metrics(px).lineSpacing() + 4
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._apply(self.fit(self.width()))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._apply(self.fit(self.width()))


class Header(QWidget):
    back = Signal()
    home = Signal()
    elder_toggled = Signal(bool)
    contrast_toggled = Signal(bool)
    language_toggled = Signal()
    logo_tapped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.language = "zh_CN"
        self.hall = HallName()
        self.logo = QPushButton()  # the hall emblem: also the hidden admin gesture target
        self.logo.setObjectName("HeaderLogo")
        self.logo.setFlat(True)
        self.logo.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.logo.clicked.connect(self.logo_tapped)
        self.clock = QLabel()
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.offline = False  # the database does not answer: say so, discreetly, beside the clock
        self.message = ""  # a short notice shown in place of the date for a few seconds
        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.timeout.connect(self.clear_message)
        self.back_button = button("", self.back.emit)
        self.home_button = button("", self.home.emit)
        self.elder_button = button("", lambda: self.elder_toggled.emit(self.elder_button.isChecked()))
        self.contrast_button = button("", lambda: self.contrast_toggled.emit(self.contrast_button.isChecked()))
        self.language_button = button("", self.language_toggled.emit)
        for b in (self.elder_button, self.contrast_button):
            b.setCheckable(True)
        self.grid = QGridLayout(self)
        self.wide: bool | None = None
        self.mode = ""  # "wide", "narrow" (name and clock share a row) or "stacked" (clock on its own row)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(1000)
        self.tick()
        self._arrange("wide")

    def set_hall(self, name: str) -> None:
        self.hall.setText(name)

    def set_look(self, colour: str, size: int, title_px: int = 46) -> None:
        self.hall.set_sizes(title_px, max(24, round(title_px * 0.6)))
        px = icons.pixmap("bulletin", size, colour)
        self.logo.setIcon(px)
        self.logo.setIconSize(QSize(size, size))
        for b, name in ((self.back_button, "back"), (self.home_button, "home")):
            b.setIcon(icons.icon(name, size // 2, colour))
            b.setIconSize(QSize(size // 2, size // 2))

    def retranslate(self, language: str) -> None:
        self.language = language
        self.back_button.setText(self.tr("Back"))
        self.home_button.setText(self.tr("Home"))
        self.elder_button.setText(self.tr("Large"))
        self.contrast_button.setText(self.tr("Contrast"))
        # The language button names the language it switches to, in that language.
        self.language_button.setText("English" if language == "zh_CN" else "中文")
        self.tick()

    def set_navigation(self, at_home: bool) -> None:
        self.back_button.setVisible(not at_home)
        self.home_button.setVisible(not at_home)

    def tick(self) -> None:
        now = dt.datetime.now()
        if self.language == "zh_CN":
            day = f"星期{WEEKDAYS_ZH[now.weekday()]}"
            date = f"{now.year}年{now.month}月{now.day}日 {day}"
        else:
            day = now.strftime("%a")
            date = now.strftime("%a %d %b %Y")
        text = f"{date}  {now:%H:%M}"  # the date always: a resident checks it before signing
        if self.message:
            text = f"{self.message}  {now:%H:%M}"
        elif self.offline:
            offline = self.tr("Offline")
            text = f"● {offline}  {text}"
        self.clock.setText(text)

    def set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.tick()

    def flash(self, message: str, seconds: int = 6) -> None:
        """Show ``message`` where the date is, for a few seconds."""
        self.message = message
        self.message_timer.start(seconds * 1000)
        self.tick()

    def clear_message(self) -> None:
        self.message = ""
        self.tick()

    def _arrange(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        self.wide = wide = mode == "wide"
        while self.grid.count():
            item = self.grid.takeAt(0)
            inner = item.layout() if item is not None else None
            if inner is not None:
                while inner.count():
                    inner.takeAt(0)
                inner.deleteLater()
        nav = QHBoxLayout()
        toggles = QHBoxLayout()
        for layout in (nav, toggles):
            layout.setSpacing(12)
        nav.addWidget(self.back_button)
        nav.addWidget(self.home_button)
        for b in (self.elder_button, self.contrast_button, self.language_button):
            toggles.addWidget(b)
        title = QHBoxLayout()
        title.setSpacing(12)
        title.addWidget(self.logo)
        title.addWidget(self.hall, 1)
        self.grid.setContentsMargins(20, 12, 20, 12)
        self.grid.setHorizontalSpacing(20)
        self.grid.setVerticalSpacing(10)
        if wide:
            self.grid.addLayout(title, 0, 0)
            self.grid.addWidget(self.clock, 0, 1)
            self.grid.addLayout(nav, 0, 2)
            self.grid.addLayout(toggles, 0, 3)
            self.grid.setColumnStretch(0, 1)
        else:
            bar = QHBoxLayout()
            bar.addLayout(nav)
            bar.addStretch(1)
            bar.addLayout(toggles)
            if mode == "narrow":
                self.grid.addLayout(title, 0, 0)
                self.grid.addWidget(self.clock, 0, 1)
                self.grid.addLayout(bar, 1, 0, 1, 2)
            else:  # a long name takes the whole first row; the date and clock the next one
                self.grid.addLayout(title, 0, 0, 1, 2)
                self.grid.addWidget(self.clock, 1, 0, 1, 2)
                self.grid.addLayout(bar, 2, 0, 1, 2)
            self.grid.setColumnStretch(0, 1)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        """One row when the width allows it at the current text size, else two, else three."""
        # One row needs room for every button, the clock and the whole hall name; elder mode on a
        # landscape screen usually has it, and a second row would cost height the large text needs.
        if self.width() >= self.one_row_width():
            self._arrange("wide")
            return
        # Name and clock share the first row when the name fits there in two lines at the least
        # size; else the clock moves down a row so that neither is cut nor squeezed.
        # A name that fits on one line somewhere is not wrapped (「青石镇便民服 / 务大厅」 reads badly).
        full = self.width() - 40 - 12 - self.logo.sizeHint().width()
        beside = full - 20 - self.clock.sizeHint().width()
        hall = self.hall
        if hall.lines(hall.max_px, beside) == 1:
            mode = "narrow"
        elif hall.lines(hall.max_px, full) == 1:
            mode = "stacked"
        else:
            mode = "narrow" if hall.fits(beside) else "stacked"
        self._arrange(mode)

    def one_row_width(self) -> int:
        """The width a one-row header needs at the current text size (from the widgets' own hints)."""
        widgets = [self.logo, self.clock, self.back_button, self.home_button, self.elder_button,
                   self.contrast_button, self.language_button]  # fmt: skip
        hall = self.hall.single_line_width()
        # grid margins 2×20, three column gaps of 20, gaps of 12 inside the title, nav and toggle groups
        return sum(w.sizeHint().width() for w in widgets) + hall + 40 + 60 + 4 * 12 + 8
