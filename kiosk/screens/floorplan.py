"""窗口导航: the hall's plan with the window to go to highlighted and "you are here" for this kiosk.

Opened from a guide's 「在地图上看」 (param ``window``: the window's code). The floor shown is the
window's; when this kiosk stands on another floor the screen says so in words as well.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.data.floor_plans import KIOSK, WINDOW, FloorPlans
from kiosk.data.schema import WindowDoc
from kiosk.screens.base import Look, Screen
from kiosk.widgets.basics import clear_layout, label
from kiosk.widgets.plan_view import HERE, TARGET, Marker, PlanView, window_number


class FloorPlanScreen(Screen):
    name = "floorplan"

    def __init__(
        self, look: Look, plans: FloorPlans, windows: Callable[[], list[WindowDoc]], kiosk_id: str = ""
    ) -> None:
        super().__init__(look)
        self.plans = plans
        self.windows = windows
        self.kiosk_id = kiosk_id
        self.box = QVBoxLayout(self)
        self.view: PlanView | None = None

    def title(self) -> str:
        return self.tr("Where to go")

    def refresh(self) -> None:
        m, p = self.look.metrics, self.look.palette
        clear_layout(self.box)
        self.box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        self.box.setSpacing(m.px(12))
        code = str(self.params.get("window", ""))
        window = next((w for w in self.windows() if code and code in (w.code, w.name)), None)
        floors = {f.code: f for f in self.plans.floors()}
        target = self.plans.place_of(WINDOW, window.code) if window else None
        here = self.plans.place_of(KIOSK, self.kiosk_id)
        heading = (
            self.tr("Please go to %1").replace("%1", window_number(window.name)) if window else self.tr("Hall plan")
        )
        title = label(heading, "title")
        title.setObjectName("PlanHeading")
        self.box.addWidget(title)
        if window is not None:
            self.box.addWidget(label(" · ".join(t for t in (window.name, window.location) if t), "heading"))
        floor_code = target.floor if target else here.floor if here else next(iter(floors), "")
        floor = floors.get(floor_code)
        notes = []
        if window is not None and target is None:
            notes.append(self.tr("This window is not marked on the plan yet. Look for its number above the counters, or ask a staff member."))  # fmt: skip  # noqa: E501
        if floor is not None and here is not None and target is not None and here.floor != target.floor:
            where = floors.get(here.floor)
            notes.append(
                self.tr("The window is on %1; you are on %2.").replace("%1", floor.name)
                .replace("%2", where.name if where else here.floor)
            )  # fmt: skip
        for note in notes:
            self.box.addWidget(label(note, "body"))
        image = self.plans.image(floor.code) if floor else None
        if image is None:
            self.box.addWidget(label(self.tr("No floor plan has been set up for this hall."), "muted"))
            self.box.addStretch(1)
            self.view = None
            return
        self.view = PlanView(p.accent if p.name == "standard" else "#000000")
        self.view.set_plan(*image)
        markers = []
        if here is not None and here.floor == floor_code:
            markers.append(Marker(here.x, here.y, self.tr("You are here"), HERE))
        if target is not None and window is not None:
            markers.append(Marker(target.x, target.y, window_number(window.name), TARGET))
        self.view.set_markers(markers)
        legend = QHBoxLayout()
        if target is not None:
            key = label("● " + self.tr("red: your window"), "heading")
            key.setStyleSheet(f"color: {self.view.accent.name()};")
            legend.addWidget(key)
        if here is not None and here.floor == floor_code:
            key = label("● " + self.tr("blue: you are here (this kiosk)"), "heading")
            key.setStyleSheet(f"color: {self.view.here.name()};")
            legend.addWidget(key)
        legend.addStretch(1)
        self.box.addLayout(legend)  # above the plan: on a tall screen the plan leaves room below it
        self.box.addWidget(self.view, 1)
