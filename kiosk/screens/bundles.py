"""一件事一次办: the list of life-event bundles, and one bundle with its merged materials list.

The bundle screen asks the bundle's shared questions once (answers may arrive already set by
智能导办), then shows one de-duplicated list (a paper needed by several matters once, with the
matters it serves and the largest 份数), the windows in visiting order, the total time limit and
the fees, with one QR code and one printed checklist for the whole bundle.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.data.schema import ServiceBundleDoc
from kiosk.errors import UserError
from kiosk.screens.base import Look, Screen, ScrollScreen
from kiosk.screens.guide_sections import Texts, fact
from kiosk.screens.help_call import help_button
from kiosk.services.guidance.bundle_notice import BundleChecklist, BundleLine, BundleStop
from kiosk.services.guidance.bundles import Answer, MergedBundle
from kiosk.widgets.basics import Card, ResponsiveGrid, Tile, button, clear_layout, fit_height_to_width, label
from kiosk.widgets.qr import LargeQr, QrView
from kiosk.widgets.scroll import KineticScrollArea


class BundlesScreen(ScrollScreen):
    """Every 一件事 residents may open, as large tiles."""

    name = "bundles"

    def __init__(self, look: Look, bundles: Callable[[], list[ServiceBundleDoc]]) -> None:
        super().__init__(look)
        self.bundles = bundles

    def title(self) -> str:
        return self.tr("Life events")

    def refresh(self) -> None:
        m = self.look.metrics
        _page, box = self.page()
        box.addWidget(label(self.tr("Life events: one list for several services"), "title"))
        box.addWidget(
            label(self.tr("Answer a few questions once and get one list of papers for all of them."), "muted")
        )
        try:
            bundles = self.bundles()
        except UserError as exc:
            box.addWidget(label(exc.message, "body"))
            bundles = []
        grid = ResponsiveGrid(min_width=m.px(420), max_columns=3, spacing=m.margin)
        for bundle in bundles:
            tile = Tile(bundle.name, bundle.icon or "guide", min(m.px(72), 96), self.look.palette.accent)
            tile.setObjectName(f"bundle:{bundle.code}")
            tile.clicked.connect(lambda _=False, c=bundle.code: self.navigate("bundle", code=c))
            grid.add(tile)
        if not bundles:
            box.addWidget(label(self.tr("No life events are published yet."), "body"))
        box.addWidget(grid)
        box.addStretch(1)


class BundleScreen(Screen):
    """One 一件事; params ``code`` and optionally ``answers`` (question code → option) set by 导办."""

    name = "bundle"
    print_checklist = Signal(object)  # the BundleChecklist to print
    call_help = Signal()  # 「呼叫工作人员」 (呼叫帮办)

    def __init__(
        self,
        look: Look,
        load: Callable[[str], ServiceBundleDoc],
        merge: Callable[[ServiceBundleDoc, dict[str, Answer]], MergedBundle],
        checklist: Callable[[MergedBundle], BundleChecklist],
        can_print: bool = False,
        window_of: Callable[[str], tuple[str, bool]] | None = None,
    ) -> None:
        """``window_of(code)``: a window's name and whether it is on the floor plan (窗口导航)."""
        super().__init__(look)
        self.window_of = window_of
        self.load = load
        self.merge = merge
        self.make_checklist = checklist
        self.can_print = can_print
        self.texts = Texts()
        self.bundle: ServiceBundleDoc | None = None
        self.answers: dict[str, Answer] = {}
        self.current: BundleChecklist | None = None
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.area = KineticScrollArea(self)
        self.side_scroll = KineticScrollArea(self)
        self.side = QWidget()
        self.side_box = QVBoxLayout(self.side)
        self.side_scroll.setWidget(self.side)
        self.outer.addWidget(self.area, 1)
        self.outer.addWidget(self.side_scroll)
        self.list_box: QVBoxLayout | None = None
        self.qr: QrView | None = None
        self._laid_out_wide = True

    def title(self) -> str:
        return self.bundle.name if self.bundle is not None else self.tr("Life events")

    def open(self, **params: object) -> None:
        if params.get("code") != self.params.get("code") or "answers" in params:
            given = params.get("answers")
            self.answers = dict(given) if isinstance(given, dict) else {}
        super().open(**params)

    def reset(self) -> None:
        super().reset()
        self.answers = {}
        self.bundle = None
        self.current = None
        self.area.to_top()

    @property
    def wide(self) -> bool:
        window = self.window()
        return (window.width() if window is not None else self.width()) >= 1400

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.bundle is not None and self.wide != self._laid_out_wide:
            self.refresh()

    def stop_actions(self, stop: BundleStop) -> list[QWidget]:
        """Buttons beside a 「请到 N 号窗口」 line: 「在地图上看」 when the window is on the floor plan."""
        if self.window_of is None or not stop.window_code or not self.window_of(stop.window_code)[1]:
            return []
        code = stop.window_code
        show = button(self.tr("Show on map"), lambda: self.navigate("floorplan", window=code), "primary")
        show.setObjectName(f"ShowOnMap:{code}")
        return [show]

    def refresh(self) -> None:
        m = self.look.metrics
        self._laid_out_wide = self.wide
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setDirection(QBoxLayout.Direction.LeftToRight if self.wide else QBoxLayout.Direction.TopToBottom)
        page = fit_height_to_width(QWidget())
        page.setProperty("role", "page")
        box = QVBoxLayout(page)
        box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        box.setSpacing(m.px(18))
        self.list_box = None
        try:
            self.bundle = self.load(str(self.params.get("code", "")))
            self.current = self._checklist()
        except UserError:
            self.bundle, self.current = None, None
        if self.bundle is None or self.current is None:
            box.addWidget(label(self.tr("This life event is no longer available."), "title"))
            box.addStretch(1)
            self.area.set_content(page)
            clear_layout(self.side_box)
            self.side_scroll.hide()
            return
        self.side_scroll.show()
        bundle = self.bundle
        box.addWidget(label(bundle.name, "title"))
        if bundle.summary:
            box.addWidget(label(bundle.summary, "muted"))
        if bundle.questions:
            box.addWidget(self._questions(bundle))
        self.list_box = QVBoxLayout()
        self.list_box.setSpacing(m.px(12))
        box.addLayout(self.list_box)
        self._fill()
        if not self.wide:
            box.addWidget(self._qr_card(m.px(300)))
        box.addStretch(1)
        self.area.set_content(page)
        self._fill_side()

    def _checklist(self) -> BundleChecklist:
        assert self.bundle is not None
        return self.make_checklist(self.merge(self.bundle, dict(self.answers)))

    def _questions(self, bundle: ServiceBundleDoc) -> Card:
        card = Card()
        card.add(label(self.tr("First, a few questions (asked once for all the services)"), "heading"))
        for question in bundle.questions:
            card.add(label(question.question, "body"))
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            group = QButtonGroup(holder)
            group.setExclusive(not question.multiple)
            chosen = self.answers.get(question.code)
            picked = [chosen] if isinstance(chosen, str) else list(chosen or [])
            for option in question.options:
                b = button(option, partial(self.answer, question.code, option))
                b.setCheckable(True)
                b.setChecked(option in picked)
                b.setObjectName(f"answer:{question.code}:{option}")
                group.addButton(b)
                row.addWidget(b)
            row.addStretch(1)
            card.add(holder)
        return card

    def answer(self, question: str, option: str) -> None:
        """A shared answer: the merged list, the visiting order and the QR follow at once."""
        assert self.bundle is not None
        spec = next(q for q in self.bundle.questions if q.code == question)
        if spec.multiple:
            chosen = list(self.answers.get(question, []))
            chosen = [o for o in chosen if o != option] if option in chosen else [*chosen, option]
            if chosen:
                self.answers[question] = chosen
            else:
                self.answers.pop(question, None)
        else:
            self.answers[question] = option
        self.current = self._checklist()
        self._fill()
        if self.qr is not None:
            self.qr.set_payload(self.current.qr_payload())

    def _fill(self) -> None:
        if self.list_box is None or self.current is None:
            return
        c, t, m = self.current, self.texts, self.look.metrics
        clear_layout(self.list_box)
        facts = Card()
        grid = QHBoxLayout()
        grid.setSpacing(m.px(32))
        grid.addWidget(fact(self.tr("Services in this life event"), str(len(c.matters)), big=True))
        grid.addWidget(fact(self.tr("Time limit"), c.promised_limit or c.total_limit, big=True))
        grid.addWidget(fact(self.tr("Fee"), c.fee_text, big=True))
        grid.addStretch(1)
        facts.box.addLayout(grid)
        if not c.promised_limit and c.total_limit != "即办":
            facts.add(label(self.tr("The services' promised time limits added up: the longest it can take."), "muted"))
        self.list_box.addWidget(facts)
        self.list_box.addWidget(self._order(c))
        self.list_box.addWidget(
            label(self.tr("Materials to bring (%1)").replace("%1", str(len(c.materials))), "heading")
        )
        if c.unanswered:
            self.list_box.addWidget(
                label(self.tr("Answer the questions above to see only what applies to you."), "muted")
            )
        self.list_box.addWidget(
            label(self.tr("A paper needed by several services is listed once: bring it once."), "muted")
        )
        for line in c.materials:
            self.list_box.addWidget(self._line(line, c, t))
        if c.waived:
            card = Card(spacing=8)
            card.add(label(self.tr("No need to bring"), "heading"))
            for w in c.waived:
                card.add(label(f"{w.name} — {w.reason}", "muted"))
            self.list_box.addWidget(card)

    def _order(self, c: BundleChecklist) -> Card:
        """The windows in visiting order: 「第1步 请到4号窗口」 with the matters done there."""
        card = Card(spacing=10)
        card.add(label(self.tr("Where to go, in this order"), "heading"))
        for stop in c.stops:
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            text = self.tr("Step %1: go to %2").replace("%1", str(stop.number)).replace("%2", stop.window_name)
            column = QVBoxLayout()
            column.setSpacing(2)
            line = label(text, "big")
            line.setObjectName(f"stop:{stop.number}")
            column.addWidget(line)
            names = "；".join(f"{n}. {c.matters[n - 1].name}" for n in stop.matters)
            column.addWidget(label(names, "muted"))
            row.addLayout(column, 1)
            for action in self.stop_actions(stop):
                row.addWidget(action)
            card.add(holder)
        return card

    def _line(self, line: BundleLine, c: BundleChecklist, t: Texts) -> Card:
        card = Card(spacing=6)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label(f"{line.number}. {line.name}", "heading"), 1)
        badge = QLabel(t.necessity(line.necessity))
        badge.setProperty("role", f"badge-{line.necessity}")
        row.addWidget(badge)
        card.add(top)
        card.add(label(f"{t.term(line.original_or_copy)} {t.copies(line.copies)}", "muted"))
        serves = "、".join(c.matters[n - 1].name for n in line.serves)
        used = self.tr("For: %1") if len(line.serves) == 1 else self.tr("Shared by: %1")
        card.add(label(used.replace("%1", serves), "body" if len(line.serves) > 1 else "muted"))
        return card

    def _fill_side(self) -> None:
        m = self.look.metrics
        clear_layout(self.side_box)
        self.side_box.setContentsMargins(m.margin, m.margin // 2, m.margin, m.margin // 2)
        self.side_box.setSpacing(m.px(12))
        actions: list[QWidget] = []
        if self.can_print:
            actions.append(button(self.tr("Print checklist"), self.print_now, "primary"))
        actions.append(help_button(self.call_help.emit))  # 呼叫帮办: help is one tap away here too
        if self.wide:
            width = 440 if m.scale == 1 else 500
            self.side_scroll.setFixedWidth(width)
            self.side_scroll.setMinimumHeight(0)
            self.side_scroll.setMaximumHeight(16_777_215)
            self.side_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            for action in actions:
                self.side_box.addWidget(action)
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
        assert self.current is not None
        card = Card()
        self.qr = QrView(self.current.qr_payload(), size)
        card.add(self.qr)
        card.add(label(self.tr("Scan with your phone to take the whole list with you."), "muted"))
        return card

    def print_now(self) -> None:
        if self.current is not None:
            self.print_checklist.emit(self.current)

    def show_large_qr(self) -> None:
        if self.current is not None:
            LargeQr(self, self.current.qr_payload()).open()

    def current_materials(self) -> list[str]:
        """Names of the merged lines shown now (for tests)."""
        return [line.name for line in self.current.materials] if self.current is not None else []
