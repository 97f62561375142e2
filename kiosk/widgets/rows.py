"""Rows for lists of a few dozen items: a tappable row that wraps, and an icon row of facts.

A ``QPushButton`` cannot wrap its text, and Chinese titles are long, so ``TapRow`` is a button
holding wrapping labels (like ``Tile``) with a chevron that says "this opens something". For
hundreds of rows use ``TouchList`` instead; these are widgets, one per row.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.widgets import icons
from kiosk.widgets.basics import label

ZERO_WIDTH_SPACE = "\u200b"
_BREAK_AFTER = re.compile(r"([./@_\-?&=:])")


def breakable(text: str) -> str:
    """``text`` with invisible break opportunities after URL punctuation, so an address or email
    wraps inside a narrow column instead of widening it past the screen's edge."""
    if " " in text or len(text) < 16:
        return text
    return _BREAK_AFTER.sub(r"\1" + ZERO_WIDTH_SPACE, text)


def _transparent(widget: QWidget) -> QWidget:
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return widget


class TapRow(QPushButton):
    """A full-width tappable row: a wrapping title, an optional muted subtitle and a chevron."""

    def __init__(self, title: str, subtitle: str = "", *, title_role: str = "heading", padding: int = 16) -> None:
        super().__init__()
        self.setProperty("role", "tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        outer = self.outer = QHBoxLayout(self)
        outer.setContentsMargins(padding, padding // 2, padding, padding // 2)
        outer.setSpacing(padding)
        column = QVBoxLayout()
        column.setSpacing(4)
        self.title_label = label(title, title_role)
        _transparent(self.title_label)
        column.addWidget(self.title_label)
        self.subtitle_label: QLabel | None = None
        if subtitle:
            self.subtitle_label = label(subtitle, "muted")
            _transparent(self.subtitle_label)
            column.addWidget(self.subtitle_label)
        outer.addLayout(column, 1)
        self.chevron = label("›", "title", wrap=False)
        self.chevron.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _transparent(self.chevron)
        outer.addWidget(self.chevron)

    def text(self) -> str:
        return self.title_label.text()

    def sizeHint(self) -> QSize:
        inner = self.outer.sizeHint()
        return QSize(max(inner.width(), 200), inner.height())

    def minimumSizeHint(self) -> QSize:
        return self.outer.minimumSize()


class InfoRow(QWidget):
    """An icon beside a caption and its value (a phone, an address, an email)."""

    def __init__(
        self,
        icon_name: str,
        icon_size: int,
        colour: str,
        caption: str,
        value: str,
        note: str = "",
        value_role: str = "big",
    ) -> None:
        super().__init__()
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(20)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icons.pixmap(icon_name, icon_size, colour))
        self.icon_label.setFixedSize(icon_size, icon_size)
        outer.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.caption_label = label(caption, "muted")
        self.value_label = label(breakable(value), value_role)
        column.addWidget(self.caption_label)
        column.addWidget(self.value_label)
        self.note_label: QLabel | None = None
        if note:
            self.note_label = label(note, "body")
            column.addWidget(self.note_label)
        column.addStretch(1)
        outer.addLayout(column, 1)
