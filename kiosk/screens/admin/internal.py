"""对内公开: the staff-only disclosures, read-only, for a signed-in staff member or the admin.

The seed's 政务公开制度 names what is disclosed to hall staff only (廉洁自律, 内部财务收支, 干部任免/
考核/考勤/奖惩, 红旗窗口评比). These texts never appear on a public screen; this page, inside the
console, is the one place they are shown. It gets a reader that returns staff-audience
disclosures only; it edits nothing (the disclosure editor is a separate section).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.data.schema import BoardDoc, DisclosureDoc
from kiosk.screens.base import Look
from kiosk.screens.boards import board_caption
from kiosk.widgets.basics import Card, fit_height_to_width, label
from kiosk.widgets.cadence import cadence_line
from kiosk.widgets.markdown_view import MarkdownView
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.touch_list import TouchList


class InternalDisclosuresPage(QWidget):
    """A list of the staff-only texts beside (or above) the one that is open."""

    def __init__(
        self,
        look: Look,
        disclosures: Callable[[], list[DisclosureDoc]],
        boards: Callable[[], list[BoardDoc]],
        *,
        readable: bool = True,
    ) -> None:
        """``readable`` False: this kiosk's database account cannot see staff-only texts (the kiosk role)."""
        super().__init__()
        self.setObjectName("InternalDisclosures")
        self.setProperty("role", "page")
        self.look = look
        m, p = look.metrics, look.palette
        self.items = [d for d in disclosures() if d.audience == "staff"]
        self.boards = {b.code: b for b in boards()}
        self.current: DisclosureDoc | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        outer.setSpacing(m.px(14))
        outer.addWidget(label(self.tr("Internal disclosures"), "title"))
        outer.addWidget(
            label(
                self.tr("For hall staff only (对内公开). These texts are never shown on the public screens."), "muted"
            )
        )
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(m.margin)
        outer.addLayout(self.split, 1)
        self.list = TouchList(p, m)
        self.list.tapped.connect(self.show_item)
        self.list.set_rows([(d.key, d.title, self._subtitle(d)) for d in self.items])
        self.reader = KineticScrollArea(self)
        self.card = Card()
        self.card.box.setContentsMargins(m.px(32), m.px(28), m.px(32), m.px(28))
        self.heading = label("", "title")
        self.caption = label("", "muted")
        self.body = MarkdownView("", p, m)
        for widget in (self.heading, self.caption, self.body):
            self.card.add(widget)
        page = QWidget()
        page.setProperty("role", "page")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card)
        column.addStretch(1)
        self.reader.set_content(fit_height_to_width(page))
        self.split.addWidget(self.list, 2)
        self.split.addWidget(self.reader, 3)
        if self.items:
            self.show_item(self.items[0].key)
        elif not readable:
            self.heading.setText(self.tr("Internal disclosures cannot be read on this kiosk."))
            self.body.set_markdown(
                self.tr(
                    "This kiosk connects to the hall's database with the kiosk account, which never sees staff-only "
                    "texts, so that they stay safe even on a station in a public place. Read them on a window PC "
                    "or the office PC."
                )
            )
        else:
            self.heading.setText(self.tr("There are no internal disclosures."))

    def _subtitle(self, item: DisclosureDoc) -> str:
        return f"{board_caption(item.board, self.boards)} · {cadence_line(item.cadence)}"

    def show_item(self, key: str) -> None:
        item = next((d for d in self.items if d.key == key), None)
        if item is None:
            return
        self.current = item
        self.heading.setText(item.title)
        self.caption.setText(self._subtitle(item))
        self.body.set_markdown(item.body)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = self.width() >= 1200
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
            # Side by side the list may be tall; above the text it stays short (it is usually a few rows).
            self.split.setStretch(0, 2 if wide else 1)
            self.split.setStretch(1, 3)
