"""A console page an account without the right to it sees instead (a kiosk on the ``hall_kiosk`` role).

The admin signed in at a lobby kiosk or a village station whose database account may only read
published content: instead of a page whose every save would fail, one plain explanation of where
the work is done. Views lay out; ``data.access_role`` decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.screens.base import Look
from kiosk.widgets.basics import label


class RoleLimitedPage(QWidget):
    def __init__(self, look: Look, title: str) -> None:
        super().__init__()
        self.setObjectName("RoleLimited")
        self.setProperty("role", "page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        m = look.metrics
        column = QVBoxLayout(self)
        column.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        column.setSpacing(m.px(14))
        column.addWidget(label(title, "title"))
        self.message = label(
            self.tr(
                "This kiosk connects to the hall's database with the kiosk account, which may show published "
                "content and take ratings, opinions and notices, but not change content or settings. Please do "
                "this on the office PC (kiosk admin, with the admin account)."
            ),
            "body",
        )
        column.addWidget(self.message)
        column.addStretch(1)
