"""办事指南: browse the service guides by theme (with icons), by department, or A–Z."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QVBoxLayout, QWidget

from kiosk.data.repository import MatterSummary
from kiosk.data.schema import DepartmentDoc, ThemeDoc
from kiosk.screens.base import Look, Screen
from kiosk.widgets.basics import ResponsiveGrid, Tile, button, clear_layout, label, row
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.touch_list import TouchList

VIEWS = ("themes", "departments", "az")


def describe(summary: MatterSummary) -> str:
    """The line under a matter's name in lists: department and time limit."""
    if summary.promised_days == 0:
        limit = QCoreApplication.translate("MatterList", "Done on the spot")
    else:
        limit = QCoreApplication.translate("MatterList", "Within %1 working days").replace(
            "%1", str(summary.promised_days)
        )
    return f"{summary.department_name} · {limit}"


class ServicesScreen(Screen):
    """Three ways in: theme tiles, department list, or every matter A–Z."""

    name = "services"

    def __init__(
        self,
        look: Look,
        themes: Callable[[], list[ThemeDoc]],
        departments: Callable[[], list[DepartmentDoc]],
        matters: Callable[[], list[MatterSummary]],
    ) -> None:
        super().__init__(look)
        self.themes = themes
        self.departments = departments
        self.matters = matters
        self.view = "themes"
        layout = self.box = QVBoxLayout(self)
        self.top = QVBoxLayout()
        layout.addLayout(self.top)
        self.area = KineticScrollArea(self)  # themes and departments
        self.list = TouchList(look.palette, look.metrics)  # A–Z
        self.list.tapped.connect(lambda code: self.navigate("guide", code=code))
        layout.addWidget(self.area, 1)
        layout.addWidget(self.list, 1)
        self.tabs: dict[str, object] = {}
        self._group: QButtonGroup | None = None
        self._shown = ""  # the view on screen

    def open(self, **params: object) -> None:
        self.view = str(params.get("view", self.view))
        super().open(**params)

    def reset(self) -> None:
        super().reset()
        self.view = "themes"

    def refresh(self) -> None:
        if self.same_as_built(self.themes(), self.departments(), self.matters()):
            if self.view != self._shown:
                self.show_view(self.view)
            return  # the same tiles and lists: the resident finds them as they left them
        m = self.look.metrics
        self.box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        self.box.setSpacing(m.margin)
        clear_layout(self.top)
        self.top.addWidget(label(self.tr("Service guides"), "title"))
        search = button(self.tr("Search by name or pinyin initials…"), lambda: self.navigate("search"))
        search.setProperty("role", "primary")
        names = {
            "themes": self.tr("By theme"),
            "departments": self.tr("By department"),
            "az": self.tr("A–Z"),
        }
        if self._group is not None:  # the last build's tabs are gone: so is their group (one per build piled up)
            self._group.deleteLater()
        group = self._group = QButtonGroup(self)
        tabs = []
        for key in VIEWS:
            tab = button(names[key], partial(self.show_view, key))
            tab.setCheckable(True)
            tab.setChecked(key == self.view)
            group.addButton(tab)
            tabs.append(tab)
        self.tabs = dict(zip(VIEWS, tabs, strict=True))
        self.top.addWidget(search)
        self.top.addWidget(row(*tabs))
        self.show_view(self.view)

    def show_view(self, view: str) -> None:
        self.view = self._shown = view
        self.list.setVisible(view == "az")
        self.area.setVisible(view != "az")
        if view == "az":
            self.list.set_look(self.look.palette, self.look.metrics)
            rows = sorted(self.matters(), key=lambda s: ([*s.search_text.split("\n"), "", ""])[1])
            self.list.set_rows([(s.code, s.name, describe(s)) for s in rows])
        elif view == "departments":
            self.area.set_content(self._departments())
        else:
            self.area.set_content(self._themes())

    def _themes(self) -> QWidget:
        m, p = self.look.metrics, self.look.palette
        counts: dict[str, int] = {}
        for summary in self.matters():
            for code in summary.themes:
                counts[code] = counts.get(code, 0) + 1
        grid = ResponsiveGrid(min_width=m.px(300), max_columns=4, spacing=m.px(16))
        colour = p.accent if p.name == "standard" else p.text
        for theme in self.themes():
            if not counts.get(theme.code):
                continue  # never a tile that leads to an empty list
            tile = Tile(f"{theme.name}\n({counts[theme.code]})", theme.icon or "guide", m.px(72), colour)
            tile.setMinimumHeight(m.px(200))
            tile.clicked.connect(partial(self.navigate, "matters", theme=theme.code, title=theme.name))
            grid.add(tile)
        return grid

    def _departments(self) -> QWidget:
        m = self.look.metrics
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(m.px(12))
        counts: dict[str, int] = {}
        for summary in self.matters():
            counts[summary.department] = counts.get(summary.department, 0) + 1
        for dept in self.departments():
            if not counts.get(dept.code):
                continue
            text = f"{dept.name}({counts[dept.code]})"
            b = button(text, partial(self.navigate, "matters", department=dept.code, title=dept.name))
            b.setStyleSheet("text-align: left;")
            box.addWidget(b)
        box.addStretch(1)
        return page
