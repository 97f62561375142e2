"""Guide detail (办事指南详情): every element of a service guide, 情形 questions that change the
materials live, QR codes to take the checklist away, read-aloud and print."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.data.exchange.cleaning import for_display
from kiosk.data.schema import Answers, HallDoc, MaterialDoc, MatterDoc
from kiosk.errors import UserError
from kiosk.screens.base import Look, Screen, language_mark
from kiosk.screens.guide_sections import (
    Texts,
    appeal_section,
    contacts_section,
    faq_section,
    fees_section,
    key_facts,
    legal_basis_section,
    material_card,
    scenario_questions,
    steps_section,
    text_section,
    windows_section,
)
from kiosk.screens.help_call import help_button
from kiosk.services.checklist import read_aloud_text
from kiosk.services.notices import OneTimeNotice, qr_text
from kiosk.services.speech import Speaker
from kiosk.widgets.after_paint import after_paint
from kiosk.widgets.basics import Card, button, clear_layout, fit_height_to_width, label
from kiosk.widgets.qr import LargeQr, QrView
from kiosk.widgets.scroll import KineticScrollArea

# Built in steps (the kiosk): these material cards come at once, with everything above them (about
# a screenful); the rest follow a few at a time just after the screen has painted.
FIRST_CARDS = 2
CARDS_PER_STEP = 4


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
        checklist: Callable[[MatterDoc, Answers], OneTimeNotice],
        department_names: Callable[[], dict[str, str]],
        speaker: Speaker | None = None,
        can_print: bool = False,
        viewed: Callable[[str], None] | None = None,
        window_of: Callable[[str], tuple[str, bool]] | None = None,
        hall: Callable[[], HallDoc | None] = lambda: None,
        build_in_steps: bool = False,
    ) -> None:
        """``window_of(code)``: the window's name and whether it is on the floor plan (窗口导航)."""
        super().__init__(look)
        self.hall = hall
        # the kiosk shows the first screenful at once and adds the rest (and the QR code) after it
        # is painted; screenshots and tests build everything before they look
        self.build_in_steps = build_in_steps
        self._cards_token = 0  # bumped whenever the material cards are rebuilt: later steps of an older build stop
        self._later_token = 0  # bumped whenever the page is rebuilt: sections left for after its paint are dropped
        self._pending_sections: _Later | None = None
        self._page: QWidget | None = None
        self._side_for: tuple[object, ...] = ()  # what the side column was built for (kept while the same)
        self._online_qr: QrView | None = None
        self._page_box: QVBoxLayout | None = None
        self.load = matter
        self.viewed = viewed  # counts the guide as opened (statistics); never waits on the database
        self.make_checklist = checklist
        self.department_names = department_names
        self.speaker = speaker
        self.can_print = can_print
        self.window_of = window_of
        self.texts = Texts()
        self.matter: MatterDoc | None = None
        self.answers: dict[str, str | list[str]] = {}
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
        """Param ``answers`` (情形 code → option): answers already given, by 智能导办."""
        if params.get("code") != self.params.get("code") or "answers" in params:
            given = params.get("answers")
            self.answers = {str(k): str(v) for k, v in given.items()} if isinstance(given, dict) else {}
        super().open(**params)
        if self.viewed is not None and self.matter is not None:
            self.viewed(self.matter.code)

    def reset(self) -> None:
        super().reset()
        self.answers = {}
        self.matter = None
        self._cards_token += 1
        self._later_token += 1
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
        found = self.load(code) if code else None
        self.matter = for_display(found) if found is not None else None  # never a raw <p> or &lt; on screen
        self._laid_out_wide = self.wide
        m = self.look.metrics
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setDirection(QBoxLayout.Direction.LeftToRight if self.wide else QBoxLayout.Direction.TopToBottom)
        page, box = self._blank_page()
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
        department = departments.get(matter.department, matter.department)
        box.addWidget(label(f"{department} · {t.matter_type(matter.type)} · {t.term(matter.handling_kind)}", "muted"))
        box.addWidget(key_facts(matter, t, 3 if self.wide and m.scale == 1 else 2))
        if self.window_of is not None and matter.window:
            box.addWidget(self._go_to_window(matter.window))
        if matter.scenarios:
            box.addWidget(
                scenario_questions(matter, self.answers, self.answer, t, (self.look.palette, self.look.metrics))
            )
        materials = Card()
        self.materials_box = QVBoxLayout()
        self.materials_box.setSpacing(m.px(12))
        materials.box.addLayout(self.materials_box)
        box.addWidget(materials)
        self._fill_materials()
        box = self._after_paint(box)  # the sections below the materials: just after the first paint
        if matter.conditions:
            box.addWidget(text_section(self.tr("Who can apply"), matter.conditions))
        if matter.steps:
            box.addWidget(steps_section(matter, t))
        if matter.charges and matter.fees:
            box.addWidget(fees_section(matter, t))
        if matter.service_windows:
            # the windows' map codes, like the checklist's, are made off the GUI thread in the kiosk
            box.addWidget(windows_section(matter, partial(QrView, later=self.build_in_steps), m.px(160)))
        box.addWidget(contacts_section(matter, departments.get(matter.department, matter.department), self._hall(), t))
        if matter.reconsideration or matter.litigation:
            box.addWidget(appeal_section(matter))
        if matter.legal_basis or matter.laws:
            box.addWidget(legal_basis_section(matter))
        if matter.faq:
            box.addWidget(faq_section(matter, t))
        if not self.wide:
            box.addWidget(self._qr_card(m.px(300)))
        box.addStretch(1)
        self.area.set_content(page)
        self._fill_side()

    def _blank_page(self) -> tuple[QWidget, QVBoxLayout]:
        """The guide's page, emptied. Built once and kept: a new page per guide cost, on every tap,
        the time to unstyle and hide each widget of the last one. Built in steps, what it held is
        hidden now and deleted just after the next paint; otherwise it is gone at once."""
        self._later_token += 1  # what an earlier build left for after its paint is dropped
        if self._page is None or self._page_box is None:
            self._page = fit_height_to_width(QWidget())
            self._page.setProperty("role", "page")
            self._page_box = QVBoxLayout(self._page)
        page, box = self._page, self._page_box
        retired: list[QWidget] = []
        while (item := box.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                retired.append(widget)
        if self.build_in_steps:
            after_paint(self, partial(_delete_all, retired))
        else:
            for widget in retired:
                widget.setParent(None)
                widget.deleteLater()
        return page, box

    def _after_paint(self, box: QVBoxLayout) -> QVBoxLayout:
        """``box`` itself, or (built in steps) a stand-in that adds what it is given on the next
        turn of the event loop, once the first screenful is painted."""
        if not self.build_in_steps:
            return box
        later = _Later(box)
        token = self._later_token
        self._pending_sections = later
        after_paint(self, lambda: self._add_later(token, later))
        return later  # type: ignore[return-value]  # the few QVBoxLayout methods refresh() uses

    def _add_later(self, token: int, later: _Later) -> None:
        if token == self._later_token:
            later.flush()
        if self._pending_sections is later:
            self._pending_sections = None

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
        """A 情形 answer: the materials and the QR code follow at once. On a question that allows
        several answers the tap ticks or unticks ``option`` (nothing ticked then means "none of these")."""
        question = next((s for s in self.matter.scenarios if s.code == scenario), None) if self.matter else None
        if question is not None and question.multiple:
            before = self.answers.get(scenario, [])
            ticked = set(before if isinstance(before, list) else [before]) ^ {option}
            self.answers[scenario] = [o for o in question.options if o in ticked]
        else:
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
        self._cards_token += 1
        self._add_cards(self._cards_token, needed, FIRST_CARDS if self.build_in_steps else len(needed))

    def _add_cards(self, token: int, cards: Sequence[tuple[int, MaterialDoc]], count: int) -> None:
        """Add the first ``count`` of ``cards``; the rest follow on the next turn of the event loop."""
        if token != self._cards_token or self.materials_box is None:
            return  # the guide was rebuilt or left meanwhile
        for number, material in cards[:count]:
            self.materials_box.addWidget(material_card(number, material, self.texts, self.view_file.emit))
        if len(cards) > count:
            after_paint(self, partial(self._add_cards, token, cards[count:], CARDS_PER_STEP))

    @property
    def complete(self) -> bool:
        """Whether every material card of the answers given is on the page (built in steps, a
        moment after the guide opened)."""
        if self.matter is None or self.materials_box is None:
            return True
        box = self.materials_box
        shown = [box.itemAt(i) for i in range(box.count())]
        cards = [item for item in shown if item is not None and isinstance(item.widget(), Card)]
        needed = len(self.matter.materials_for(self.answers))
        return len(cards) == needed and self._pending_sections is None and (self.qr is None or self.qr.ready)

    def checklist(self) -> OneTimeNotice:
        """The resident's checklist for the open matter and the answers given so far."""
        assert self.matter is not None
        return self.make_checklist(
            self.matter, {k: list(v) if isinstance(v, list) else v for k, v in self.answers.items()}
        )

    def _fill_side(self) -> None:
        """Landscape: a column beside the guide with the actions on top, then the QR codes.
        Portrait: one row of actions under the guide (the QR codes are at the guide's end and
        「扫码带走」 shows the checklist's code full-window)."""
        assert self.matter is not None
        m = self.look.metrics
        online = bool(self.matter.online and self.matter.online_url)
        side = (self.wide, self.look.palette, self.look.metrics, language_mark(), self.can_print, self.speaker, online)
        if self.wide and side == self._side_for and self.qr is not None:
            # the same column as the last guide's: only its codes change (no widgets to rebuild)
            self.qr.set_payload(qr_text(self.checklist()))
            self._make_print_code_ahead()
            if self._online_qr is not None and self.matter.online_url:
                self._online_qr.set_payload(self.matter.online_url)
            return
        self._side_for = side
        self._online_qr = None
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
        self.qr = QrView(qr_text(self.checklist()), size, later=self.build_in_steps)
        self._make_print_code_ahead()
        card.add(self.qr)
        card.add(label(self.tr("Scan with your phone to take the checklist with you. Tap the code to enlarge it."),
                       "muted"))  # fmt: skip
        if self.matter.online and self.matter.online_url:
            online = QrView(self.matter.online_url, size * 2 // 3, later=self.build_in_steps)
            if self.wide:
                self._online_qr = online
            card.add(online)
            card.add(label(self.tr("Scan to apply online"), "muted"))
        return card

    def show_large_qr(self) -> None:
        LargeQr(self, qr_text(self.checklist())).open()

    def _update_qr(self) -> None:
        if self.qr is not None and self.matter is not None:
            self.qr.set_payload(qr_text(self.checklist()))
            self._make_print_code_ahead()

    def _make_print_code_ahead(self) -> None:
        """The printed checklist's QR code (level M, for paper) made on a pool thread once the guide
        is painted, so that "Print checklist" shows its preview without making it then."""
        if not self.build_in_steps or self.qr is None:
            return
        from kiosk.services.background import BackgroundCall
        from kiosk.services.qr_codes import qr_matrix

        text = self.qr.payload

        def make() -> None:
            BackgroundCall(lambda: qr_matrix(text, "M")).start()

        after_paint(self, make)

    def read_aloud(self) -> None:
        if self.speaker is not None and self.matter is not None:
            self.speaker.say(read_aloud_text(self.matter, self.answers))

    def current_materials(self) -> list[str]:
        """Names of the materials shown now (for tests and the print flow)."""
        if self.matter is None:
            return []
        return [m.name for _, m in self.matter.materials_for(self.answers)]


def _delete_all(widgets: list[QWidget]) -> None:
    for widget in widgets:
        widget.deleteLater()


class _Later:
    """Stands in for the guide page's layout: what it is given is added by ``flush()``."""

    def __init__(self, box: QVBoxLayout) -> None:
        self.box = box
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def addWidget(self, *args: object) -> None:
        self.calls.append(("addWidget", args))

    def addLayout(self, *args: object) -> None:
        self.calls.append(("addLayout", args))

    def addStretch(self, *args: object) -> None:
        self.calls.append(("addStretch", args))

    def addSpacing(self, *args: object) -> None:
        self.calls.append(("addSpacing", args))

    def flush(self) -> None:
        calls, self.calls = self.calls, []
        for name, args in calls:
            getattr(self.box, name)(*args)
