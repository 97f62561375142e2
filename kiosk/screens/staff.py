"""工作人员: who works at which window, with photo, position and duties.

The roster is grouped by window in the hall's window order, so a resident can match a face to
the window in front of them. Staff without a known window come last, under their own heading.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.data.schema import StaffDoc, WindowDoc
from kiosk.screens.base import Look, ScrollScreen
from kiosk.widgets.basics import Card, ResponsiveGrid, fit_height_to_width, label
from kiosk.widgets.photo import PhotoLabel
from kiosk.widgets.theme import Metrics, Palette


class StaffEntry(QWidget):
    """A staff member: photo beside name, position and duties."""

    def __init__(self, member: StaffDoc, palette: Palette, metrics: Metrics) -> None:
        super().__init__()
        self.member = member
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(metrics.px(20))
        self.photo = PhotoLabel(member.photo, QSize(metrics.px(150), metrics.px(200)), palette, metrics.px(12))
        layout.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(metrics.px(6))
        column.addWidget(label(member.name, "heading"))
        if member.position:
            column.addWidget(label(member.position, "body"))
        if member.duties:
            column.addWidget(label(member.duties, "muted"))
        column.addStretch(1)
        layout.addLayout(column, 1)


class StaffScreen(ScrollScreen):
    """One card per window: the window's name, place and duties, then its staff."""

    name = "staff"

    def __init__(self, look: Look, windows: Callable[[], list[WindowDoc]], staff: Callable[[], list[StaffDoc]]) -> None:
        super().__init__(look)
        self.windows = windows
        self.staff = staff
        self.entries: dict[str, StaffEntry] = {}

    def title(self) -> str:
        return self.tr("Our staff")

    def refresh(self) -> None:
        page, box = self.page()
        fit_height_to_width(page)
        box.addWidget(label(self.tr("Our staff"), "title"))
        windows = self.windows()
        members = self.staff()
        known = {w.code for w in windows}
        self.entries = {}
        for window in windows:
            box.addWidget(self._window_card(window.name, [s for s in members if s.window == window.code], window))
        others = [s for s in members if s.window not in known]
        if others:
            box.addWidget(self._window_card(self.tr("Other staff"), others))
        if not windows and not members:
            box.addWidget(label(self.tr("The staff list has not been published yet."), "body"))
        box.addStretch(1)

    def _window_card(self, title: str, members: list[StaffDoc], window: WindowDoc | None = None) -> Card:
        m, p = self.look.metrics, self.look.palette
        card = Card(spacing=m.px(12))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(24))
        card.add(label(title, "title"))
        if window is not None:
            facts = [window.location] if window.location else []
            if window.phone:
                facts.append(self.tr("Phone: %1").replace(" %1", "\u00a0%1").replace("%1", window.phone))
            if facts:
                card.add(label("  ·  ".join(facts), "muted"))
            if window.duties:
                card.add(label(window.duties, "body"))
        if members:
            grid = ResponsiveGrid(min_width=m.px(600), max_columns=3, spacing=m.margin)
            for member in members:
                entry = StaffEntry(member, p, m)
                self.entries[member.code] = entry
                grid.add(entry)
            card.box.addSpacing(m.px(8))
            card.add(grid)
        return card
