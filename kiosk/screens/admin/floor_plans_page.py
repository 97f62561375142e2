"""平面图 (admin): upload a plan image per floor, then tap the plan to place each window and this
kiosk's "you are here". Guides offer 「在地图上看」 for every window placed here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.data.floor_plans import KIOSK, WINDOW, FloorPlans
from kiosk.data.schema import WindowDoc
from kiosk.errors import UserError
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.plan_view import HERE, OTHER, TARGET, Marker, PlanView

PLAN_SUFFIXES = (".png", ".svg")


class FloorPlansPage(QWidget):
    """Floors on top, the plan in the middle, what to place on the right; a tap on the plan places it."""

    def __init__(
        self,
        plans: FloorPlans,
        windows: Callable[[], list[WindowDoc]],
        kiosk_id: str = "",
        pick_file: Callable[[QWidget, Callable[[Path], None]], None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("FloorPlansPage")
        self.setProperty("role", "admin-page")
        self.plans, self.windows, self.kiosk_id, self.pick_file = plans, windows, kiosk_id, pick_file
        self.floor = ""
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Floor plans"))
        title.setProperty("role", "page-title")
        outer.addWidget(title)
        hint = QLabel(self.tr("Upload a PNG or SVG plan for each floor. Choose a window (or this kiosk) on the right, then tap where it is on the plan."))  # fmt: skip  # noqa: E501
        hint.setWordWrap(True)
        outer.addWidget(hint)
        floors = QHBoxLayout()
        self.floor_list = QListWidget()
        self.floor_list.setMaximumHeight(140)
        self.floor_list.currentRowChanged.connect(self._floor_chosen)
        floors.addWidget(self.floor_list, 1)
        new = QVBoxLayout()
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText(self.tr("Floor code, e.g. 1F"))
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("Floor name, e.g. 一楼"))
        new.addWidget(self.code_field)
        new.addWidget(self.name_field)
        new.addWidget(form_button(self.tr("Upload plan image…"), self.upload))
        floors.addLayout(new, 1)
        outer.addLayout(floors)
        middle = QHBoxLayout()
        self.view = PlanView()
        self.view.tapped.connect(self.place_here)
        middle.addWidget(self.view, 3)
        right = QVBoxLayout()
        self.things = QListWidget()
        self.keys: list[tuple[str, str]] = []
        self.floor_codes: list[str] = []
        self.things.currentRowChanged.connect(lambda _row: self._show_floor())
        right.addWidget(self.things, 1)
        self.kiosk_name = QLineEdit()
        self.kiosk_name.setPlaceholderText(self.tr("This kiosk's name, e.g. 一楼大厅一体机"))
        right.addWidget(self.kiosk_name)
        right.addWidget(form_button(self.tr("Save the kiosk's name"), self.save_kiosk_name))
        middle.addLayout(right, 1)
        outer.addLayout(middle, 1)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        floors = self.plans.floors()
        self.floor_list.blockSignals(True)
        self.floor_list.clear()
        for floor in floors:
            self.floor_list.addItem(QListWidgetItem(f"{floor.name} ({floor.code})"))
        self.floor_list.blockSignals(False)
        self.floor_codes = [f.code for f in floors]
        if self.floor not in self.floor_codes:
            self.floor = self.floor_codes[0] if self.floor_codes else ""
        if self.floor:
            self.floor_list.setCurrentRow(self.floor_codes.index(self.floor))
        here = next((p for p in self.plans.places() if p.kind == KIOSK and p.key == self.kiosk_id), None)
        self.kiosk_name.setText(here.name if here else "")
        self._things()
        self._show_floor()

    def _things(self) -> None:
        placed = {(p.kind, p.key): p for p in self.plans.places() if p.floor}
        row = max(0, self.things.currentRow())
        self.things.blockSignals(True)
        self.things.clear()
        self.keys = []
        for window in self.windows():
            mark = "✓ " if (WINDOW, window.code) in placed else "· "
            self.things.addItem(QListWidgetItem(mark + window.name))
            self.keys.append((WINDOW, window.code))
        mark = "✓ " if (KIOSK, self.kiosk_id) in placed else "· "
        self.things.addItem(QListWidgetItem(mark + self.tr("This kiosk (you are here)")))
        self.keys.append((KIOSK, self.kiosk_id))
        self.things.setCurrentRow(min(row, len(self.keys) - 1))
        self.things.blockSignals(False)

    def _floor_chosen(self, row: int) -> None:
        if 0 <= row < len(self.floor_codes):
            self.floor = self.floor_codes[row]
            self._show_floor()

    def _show_floor(self) -> None:
        image = self.plans.image(self.floor) if self.floor else None
        if image is None:
            self.view.set_plan("", b"")
            self.view.set_markers([])
            return
        self.view.set_plan(*image)
        names = {w.code: w.name.split()[0] for w in self.windows()}
        chosen = self.keys[self.things.currentRow()] if self.things.currentRow() >= 0 else None
        markers = []
        for place in self.plans.places():
            if place.floor != self.floor:
                continue
            if place.kind == KIOSK:
                if place.key == self.kiosk_id:
                    markers.append(Marker(place.x, place.y, self.tr("You are here"), HERE))
                continue
            kind = TARGET if chosen == (WINDOW, place.key) else OTHER
            markers.append(Marker(place.x, place.y, names.get(place.key, place.key), kind))
        self.view.set_markers(markers)

    def place_here(self, x: float, y: float) -> None:
        row = self.things.currentRow()
        if not self.floor or not 0 <= row < len(self.keys):
            self.message.setText(self.tr("Upload a plan first, then choose what to place."))
            return
        kind, key = self.keys[row]
        self.plans.place(kind, key, self.floor, x, y)
        self.message.setText(self.tr("Placed. Guides now offer 「在地图上看」 for it."))
        self._things()
        self._show_floor()

    def upload(self) -> None:
        if self.pick_file is not None:
            self.pick_file(self, self.upload_file)

    def upload_file(self, path: Path) -> None:
        """Add the floor typed in the fields (or replace the open floor's image) from ``path``."""
        code = self.code_field.text().strip() or self.floor
        name = self.name_field.text().strip() or next((f.name for f in self.plans.floors() if f.code == code), "")
        try:
            floor = self.plans.save_floor_file(code, name, path)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.floor = floor.code
        self.message.setText(self.tr("Plan saved for %1.").replace("%1", floor.name))
        self.reload()

    def save_kiosk_name(self) -> None:
        self.plans.name_kiosk(self.kiosk_id, self.kiosk_name.text())
        self.message.setText(self.tr("Saved. 呼叫帮办 calls from this kiosk carry this name."))
