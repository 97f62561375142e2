"""A calm page for content the kiosk truly cannot show now (内容暂时无法显示): please ask at the window.

Shown only where there is nothing to show: the database does not answer (or its file is gone,
broken or locked) and the kiosk never read this screen before. Everything it did read stays
available from its snapshot, marked offline in the header. The page says so without alarm, says
that the kiosk keeps trying, and offers the way home; the shell opens the screen the resident
asked for by itself as soon as the database answers again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kiosk.screens.base import Look, ScrollScreen
from kiosk.widgets.basics import button, label


class UnavailableScreen(ScrollScreen):
    """ "This part cannot be shown right now — please ask at the window", and 返回首页."""

    name = "unavailable"

    def __init__(self, look: Look) -> None:
        super().__init__(look)
        self.setObjectName("UnavailableScreen")
        self.target = ""
        self.target_params: dict[str, Any] = {}

    def open(self, **params: Any) -> None:
        self.target = str(params.get("target", ""))
        self.target_params = dict(params.get("target_params", {}))
        super().open(**params)

    def refresh(self) -> None:
        m = self.look.metrics
        _page, box = self.page()
        box.addStretch(1)
        lines = (
            (self.tr("This part cannot be shown right now"), "title"),
            (self.tr("Please ask at the service window: our staff will help you."), "body"),
            (self.tr("The kiosk keeps trying and shows it by itself as soon as it can."), "muted"),
        )
        for text, role in lines:
            line = label(text, role)
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(line)
        box.addSpacing(m.margin)
        home = button(self.tr("Back to home"), lambda: self.navigate("home"), "primary")
        home.setObjectName("unavailable:home")
        home.setMinimumWidth(m.px(360))
        box.addWidget(home, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
