"""A list of service matters: those of one theme or one department."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout

from kiosk.data.repository import MatterSummary
from kiosk.screens.base import Look, Screen
from kiosk.screens.services import describe
from kiosk.widgets.basics import label
from kiosk.widgets.touch_list import TouchList


class MattersScreen(Screen):
    """Matters filtered by ``theme`` or ``department``; a tap opens the guide."""

    name = "matters"

    def __init__(self, look: Look, matters: Callable[[], list[MatterSummary]]) -> None:
        super().__init__(look)
        self.matters = matters
        layout = self.box = QVBoxLayout(self)
        self.heading = label("", "title")
        self.list = TouchList(look.palette, look.metrics)
        self.list.tapped.connect(lambda code: self.navigate("guide", code=code))
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def refresh(self) -> None:
        summaries = self.matters()
        if self.same_as_built(summaries):
            return  # back from a guide: the same list, scrolled where the resident left it
        m = self.look.metrics
        self.box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        theme, department = self.params.get("theme"), self.params.get("department")
        found = [
            s
            for s in summaries
            if (theme is None or theme in s.themes) and (department is None or s.department == department)
        ]
        self.heading.setText(f"{self.params.get('title', '')}({len(found)})")
        self.list.set_look(self.look.palette, self.look.metrics)
        self.list.set_rows([(s.code, s.name, describe(s)) for s in found])
