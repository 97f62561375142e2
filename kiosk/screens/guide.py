"""Guide detail (办事指南详情): every element of a service guide, 情形 questions that change the
materials live, QR codes to take the checklist away, read-aloud and print."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.data.schema import HallDoc, MatterDoc
from kiosk.errors import UserError
from kiosk.screens.base import Look, Screen
from kiosk.screens.guide_sections import (
    Texts,
    contacts_section,
    faq_section,
    fees_section,
    key_facts,
    material_card,
    scenario_questions,
    steps_section,
    text_section,
)
from kiosk.screens.help_call import help_button
from kiosk.services.checklist import read_aloud_text
from kiosk.services.notices import OneTimeNotice, qr_text
from kiosk.services.speech import Speaker
from kiosk.widgets.basics import Card, button, clear_layout, fit_height_to_width, label
from kiosk.widgets.qr import LargeQr, QrView
from kiosk.widgets.scroll import KineticScrollArea


class GuideScreen(Screen):
    """One matter; param ``code``. Emits ``print_checklist`` (the checklist for the answers given) to print."""

    name = "guide"
    print_checklist = Signal(object)  # the OneTimeNotice to print
    view_file = Signal(object, str)
    call_help = Signal()  # 「呼叫工作人员」 (呼叫帮办)

    def __init__(
        self,
        look: Look,
        matter: Callable[[str], MatterDoc | None],
        checklist: Callable[[MatterDoc, dict[str, str]], OneTimeNotice],
        department_names: Callable[[], dict[str, str]],
        speaker: Speaker | None = None,
        can_print: bool = False,
        window_of: Callable[[str], tuple[str, bool]] | None = None,
        hall: Callable[[], HallDoc | None] = lambda: None,
    ) -> None:
        """``window_of(code)``: the window's name and whether it is on the floor plan (窗口导航)."""
        super().__init__(look)
        self.hall = hall
        self.load = matter
        self.make_checklist = checklist
        self.department_names = department_names
        self.speaker = speaker
        self.can_print = can_print
        self.window_of = window_of
        self.texts = Texts()
        self.matter: MatterDoc | None = None
        self.answers: dict[str, str] = {}
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.area = KineticScrollArea(self)
        # The QR codes and actions: beside the guide on landscape, below it on portrait. Their own
        # scroll area (made once) keeps elder-mode sizes from squeezing the caption or buttons.
        self.side_scroll = KineticScrollArea(self)
        self.side = QWidget()
        self.side_box = QVBoxLayout(self.side)
        self.side_scroll.setWidget(self.side)
        self.outer.addWidget(self.area, 1)
        self.outer.addWidget(self.side_scroll)
        self.materials_box: QVBoxLayout | None = None
        self.qr: QrView | None = None
        self._laid_out_wide = True

    def open(self, **params: object) -> None:
        if params.get("code") != self.params.get("code"):
            self.answers = {}
        super().open(**params)

    def reset(self) -> None:
        super().reset()
        self.answers = {}
        self.matter = None
        self.area.to_top()
        if self.speaker is not None:
            self.speaker.stop()

    @property
    def wide(self) -> bool:
        """Landscape: the QR and actions stand beside the guide; portrait: below it."""
        window = self.window()
        return (window.width() if window is not None else self.width()) >= 1400

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.matter is not None and self.wide != self._laid_out_wide:
            self.refresh()

    def refresh(self) -> None:
        code = str(self.params.get("code", ""))
        self.matter = self.load(code) if code else None
        self._laid_out_wide = self.wide
        m = self.look.metrics
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setDirection(QBoxLayout.Direction.LeftToRight if self.wide else QBoxLayout.Direction.TopToBottom)
        page = fit_height_to_width(QWidget())
        page.setProperty("role", "page")
        box = QVBoxLayout(page)
        box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        box.setSpacing(m.px(18))
        if self.matter is None:
            box.addWidget(label(self.tr("This guide is no longer available."), "title"))
            box.addStretch(1)
            self.area.set_content(page)
            clear_layout(self.side_box)
            return
        matter, t = self.matter, self.texts
        departments = self.department_names()
        box.addWidget(label(matter.name, "title"))
        box.addWidget(
            label(f"{departments.get(matter.department, matter.department)} · {t.term(matter.handling_kind)}", "muted")
        )
        box.addWidget(key_facts(matter, t, 3 if self.wide and m.scale == 1 else 2))
        if self.window_of is not None and matter.window:
            box.addWidget(self._go_to_window(matter.window))
        if matter.scenarios:
            box.addWidget(scenario_questions(matter, self.answers, self.answer, t))
        materials = Card()
        self.materials_box = QVBoxLayout()
        self.materials_box.setSpacing(m.px(12))
        materials.box.addLayout(self.materials_box)
        box.addWidget(materials)
        self._fill_materials()
        if matter.conditions:
            box.addWidget(text_section(self.tr("Who can apply"), matter.conditions))
        if matter.steps:
            box.addWidget(steps_section(matter, t))
        if matter.charges and matter.fees:
            box.addWidget(fees_section(matter, t))
        box.addWidget(contacts_section(matter, departments.get(matter.department, matter.department), self._hall(), t))
        if matter.legal_basis:
            box.addWidget(text_section(self.tr("Legal basis"), matter.legal_basis))
        if matter.faq:
            box.addWidget(faq_section(matter, t))
        if not self.wide:
            box.addWidget(self._qr_card(m.px(300)))
        box.addStretch(1)
        self.area.set_content(page)
        self._fill_side()

    def _go_to_window(self, code: str) -> QWidget:
        """「请到 3号窗口」 and, when the window is on the plan, 「在地图上看」."""
        assert self.window_of is not None
        name, on_plan = self.window_of(code)
        card = Card()
        line = QHBoxLayout()
        where = label(self.tr("Please go to %1").replace("%1", name.split()[0] if name.strip() else code), "heading")
        where.setObjectName("GoToWindow")
        line.addWidget(where, 1)
        if on_plan:
            show = button(self.tr("Show on map"), lambda: self.navigate("floorplan", window=code), "primary")
            show.setObjectName("ShowOnMap")
            line.addWidget(show)
        card.box.addLayout(line)
        return card

    def _hall(self) -> HallDoc | None:
        try:
            return self.hall()
        except UserError:  # offline on a snapshot without the hall: the matter's own phones only
            return None

    def answer(self, scenario: str, option: str) -> None:
        """A 情形 answer: the materials and the QR code follow at once."""
        self.answers[scenario] = option
        self._fill_materials()
        self._update_qr()

    def _fill_materials(self) -> None:
        if self.materials_box is None or self.matter is None:
            return
        clear_layout(self.materials_box)
        needed = self.matter.materials_for(self.answers)
        unanswered = [s for s in self.matter.scenarios if s.code not in self.answers]
        self.materials_box.addWidget(
            label(self.tr("Materials to bring (%1)").replace("%1", str(len(needed))), "heading")
        )
        if not self.matter.materials:
            self.materials_box.addWidget(label(self.tr("No materials need to be handed in for this matter."), "body"))
            return
        if unanswered:
            self.materials_box.addWidget(
                label(self.tr("Answer the questions above to see only what applies to you."), "muted")
            )
        if not needed:
            self.materials_box.addWidget(label(self.tr("In your situation no materials need to be handed in."), "body"))
        for number, material in needed:
            self.materials_box.addWidget(material_card(number, material, self.texts, self.view_file.emit))

    def checklist(self) -> OneTimeNotice:
        """The resident's checklist for the open matter and the answers given so far."""
        assert self.matter is not None
        return self.make_checklist(self.matter, dict(self.answers))

    def _fill_side(self) -> None:
        """Landscape: a column beside the guide with the actions on top, then the QR codes.
        Portrait: one row of actions under the guide (the QR codes are at the guide's end and
        「扫码带走」 shows the checklist's code full-window)."""
        assert self.matter is not None
        m = self.look.metrics
        clear_layout(self.side_box)
        self.side_box.setContentsMargins(m.margin, m.margin // 2, m.margin, m.margin // 2)
        self.side_box.setSpacing(m.px(12))
        actions: list[QWidget] = []
        if self.can_print:
            actions.append(
                button(self.tr("Print checklist"), lambda: self.print_checklist.emit(self.checklist()), "primary")
            )
        if self.speaker is not None:
            actions.append(button(self.tr("Read aloud"), self.read_aloud))
        actions.append(help_button(self.call_help.emit))
        if self.wide:
            width = 440 if m.scale == 1 else 500
            self.side_scroll.setFixedWidth(width)
            self.side_scroll.setMinimumHeight(0)
            self.side_scroll.setMaximumHeight(16_777_215)
            self.side_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            for action in actions:
                self.side_box.addWidget(action)
            # the code fills the column: its width less the margins, a scroll bar and the card's frame
            self.side_box.addWidget(self._qr_card(width - 2 * m.margin - 24 - 64))
            self.side_box.addStretch(1)
            return
        self.side_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setMinimumWidth(0)
        self.side_scroll.setMaximumWidth(16_777_215)
        actions.append(button(self.tr("Scan to take away"), self.show_large_qr))
        bar = QHBoxLayout()
        bar.setSpacing(m.px(12))
        for action in actions:
            bar.addWidget(action, 1)
        self.side_box.addLayout(bar)
        self.side_scroll.setFixedHeight(m.target + m.margin + 24)

    def _qr_card(self, size: int) -> Card:
        """The checklist's QR code and, when the matter can be done online, the online address's."""
        assert self.matter is not None
        card = Card()
        self.qr = QrView(qr_text(self.checklist()), size)
        card.add(self.qr)
        card.add(label(self.tr("Scan with your phone to take the checklist with you. Tap the code to enlarge it."),
                       "muted"))  # fmt: skip
        if self.matter.online and self.matter.online_url:
            card.add(QrView(self.matter.online_url, size * 2 // 3))
            card.add(label(self.tr("Scan to apply online"), "muted"))
        return card

    def show_large_qr(self) -> None:
        LargeQr(self, qr_text(self.checklist())).open()

    def _update_qr(self) -> None:
        if self.qr is not None and self.matter is not None:
            self.qr.set_payload(qr_text(self.checklist()))

    def read_aloud(self) -> None:
        if self.speaker is not None and self.matter is not None:
            self.speaker.say(read_aloud_text(self.matter, self.answers))

    def current_materials(self) -> list[str]:
        """Names of the materials shown now (for tests and the print flow)."""
        if self.matter is None:
            return []
        return [m.name for _, m in self.matter.materials_for(self.answers)]
