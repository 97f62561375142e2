"""The urgent-notice banner (紧急通知): under the header on every screen while such a notice is published.

A notice the admin marks 紧急 (a water cut, the hall closed tomorrow, a changed window) must reach
every resident, whatever screen they are on. The banner names it in white on the hall's red
(8:1), the whole bar is one touch target that opens 通知公告, and it disappears when no urgent
notice is inside its publish window. It only shows what it is given (``set_notices``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.data.schema import NoticeDoc
from kiosk.screens.base import Look
from kiosk.widgets.basics import label

URGENT = "紧急"
BANNER_BACKGROUND = "#A1000E"  # white on it: 8.3:1


def urgent(notices: Sequence[NoticeDoc]) -> list[NoticeDoc]:
    """The urgent ones among ``notices``, in their order."""
    return [n for n in notices if getattr(n, "priority", "") == URGENT]


class UrgentBanner(QWidget):
    """A red bar naming the first urgent notice (and how many more); ``tapped`` on a touch."""

    tapped = Signal()

    def __init__(self, look: Look) -> None:
        super().__init__()
        self.setObjectName("UrgentBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.look = look
        self.notices: list[NoticeDoc] = []
        self._pressed = False
        self.kind = label("", "banner-kind", wrap=False)
        self.text = label("", "banner-text")
        for widget in (self.kind, self.text):
            widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row.addWidget(self.text, 1, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def set_notices(self, notices: Sequence[NoticeDoc]) -> None:
        """Show the urgent ones among ``notices`` (hidden when there are none)."""
        self.notices = urgent(notices)
        self.refresh()

    def refresh(self) -> None:
        m = self.look.metrics
        self.setStyleSheet(f"""
QWidget#UrgentBanner {{ background: {BANNER_BACKGROUND}; }}
QLabel {{ color: #FFFFFF; background: transparent; }}
QLabel[role="banner-kind"] {{ font-size: {m.heading}px; font-weight: bold; border: 2px solid #FFFFFF;
    border-radius: {m.px(8)}px; padding: {m.px(2)}px {m.px(12)}px; }}
QLabel[role="banner-text"] {{ font-size: {m.heading}px; font-weight: bold; }}
""")  # fmt: skip
        self.row.setContentsMargins(m.margin, m.px(10), m.margin, m.px(10))
        self.row.setSpacing(m.px(16))
        self.setMinimumHeight(m.target)
        self.kind.setText(self.tr("Urgent"))
        if not self.notices:
            self.hide()
            return
        title = self.notices[0].title
        more = len(self.notices) - 1
        self.text.setText(self.tr("%1 (and %2 more)").replace("%1", title).replace("%2", str(more)) if more else title)
        self.show()

    def titles(self) -> list[str]:
        return [n.title for n in self.notices]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._pressed = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._pressed:
            self._pressed = False
            self.tapped.emit()

    def mouseDoubleClickEvent(self, event: Any) -> None:
        event.accept()
