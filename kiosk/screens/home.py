"""Home (首页): the large tiles a resident starts from, and the hall's hours and phone."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout

from kiosk.screens.base import Look, Screen
from kiosk.widgets.basics import ResponsiveGrid, Tile, clear_layout, label

if TYPE_CHECKING:  # the home screen is shown before the documents' module is loaded (quick start)
    from kiosk.data.quick_start import HallFacts
    from kiosk.data.schema import HallDoc


class HomeScreen(Screen):
    """Tiles for every feature that exists; a tile never leads nowhere."""

    name = "home"

    def __init__(
        self,
        look: Look,
        hall: Callable[[], HallDoc | HallFacts | None],
        tiles: list[str],
        available: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(look)
        self.hall = hall
        self.tile_names = tiles
        self.available = available or (lambda _name: True)
        self.box = QVBoxLayout(self)
        self.grid: ResponsiveGrid | None = None
        self.tiles: dict[str, Tile] = {}

    def titles(self) -> dict[str, tuple[str, str]]:
        """Screen name -> (tile text, icon)."""
        return {
            "wizard": (self.tr("Not sure? Ask me"), "speak"),
            "bundles": (self.tr("Life events"), "family"),
            "boards": (self.tr("Public disclosure"), "bulletin"),
            "services": (self.tr("Service guides"), "guide"),
            "search": (self.tr("Find a service"), "search"),
            "staff": (self.tr("Our staff"), "staff"),
            "supervision": (self.tr("Complaints"), "complaint"),
            "notices": (self.tr("Notices"), "notice"),
            "rating": (self.tr("Rate our service"), "rating"),
            "predisclosure": (self.tr("Plans for comment"), "predisclosure"),
            "progress": (self.tr("My application"), "clock"),
        }

    def refresh(self) -> None:
        hall = self.hall()
        if self.same_as_built(hall):
            return  # the tiles are as they were: nothing to rebuild on the way home
        m, p = self.look.metrics, self.look.palette
        clear_layout(self.box)
        self.box.setContentsMargins(m.margin * 2, m.margin, m.margin * 2, m.margin)
        self.box.setSpacing(m.margin)
        if m.scale == 1:  # in elder mode the room goes to the tiles
            self.box.addWidget(label(self.tr("Welcome. Tap a tile to begin."), "title"))
        shown = [n for n in self.tile_names if self.available(n)]
        # Two rows on a landscape screen however many tiles there are (elder mode has no room for a
        # third); portrait keeps two columns.
        self.grid = ResponsiveGrid(min_width=280, max_columns=max(4, -(-len(shown) // 2)), spacing=m.margin)
        self.tiles = {}
        titles = self.titles()
        for name in shown:
            text, icon = titles[name]
            tile = Tile(text, icon, min(m.px(96), 104), p.accent if p.name == "standard" else p.text)
            tile.clicked.connect(lambda _=False, n=name: self.navigate(n))
            self.tiles[name] = tile
            self.grid.add(tile)
        self.box.addWidget(self.grid, 1)
        if hall is not None:
            parts = []
            if hall.opening_hours:
                parts.append(self.tr("Opening hours: %1").replace("%1", hall.opening_hours))
            if hall.consult_phone:
                parts.append(self.tr("Enquiries: %1").replace("%1", hall.consult_phone))
            if parts:
                self.box.addWidget(label("    ".join(parts), "muted"))
