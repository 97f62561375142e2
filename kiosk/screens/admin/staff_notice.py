"""补正告知: the staff's missing-materials notice (补正材料一次性告知单), issued and printed in two copies.

行政许可法 §32: when an application is incomplete, the applicant is told everything missing at
once. Staff choose the matter, answer its 情形 questions, go through the materials (received, or
missing and why), optionally note the applicant's name and phone, check the notice on screen and
issue it: ``NoticeService.issue`` gives it the next serial and archives it, then two copies are
printed (一式两份: one for the applicant, one for the file). Issuing and printing run off the GUI
thread; a failed print can be repeated without issuing a second serial. The archive is told how
the print went (``mark_printed``/``mark_failed``): until the printer reports success the notice is
未打印 there, so one that a crash or a printer fault kept from coming out is offered again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.data.repository import MatterSummary
from kiosk.data.schema import MatterDoc, ServiceBundleDoc
from kiosk.errors import UserError
from kiosk.screens.admin.notice_parts import ChoiceRow, MaterialTick, TickRow
from kiosk.screens.base import Look
from kiosk.services.background import BackgroundCall
from kiosk.services.guidance.bundle_notice import BundleChecklist
from kiosk.services.guidance.bundle_staff import build_bundle_missing_notice
from kiosk.services.notice_archive import NoticeService
from kiosk.services.notices import DEFAULT_REASON, OneTimeNotice
from kiosk.services.printing import PrintOutcome
from kiosk.services.search import search
from kiosk.widgets.basics import Card, button, clear_layout, fit_height_to_width, label
from kiosk.widgets.notice_print import NoticeSheet, PreparedNotice, PrinterLookup, PrintStatus, prepare_in_background
from kiosk.widgets.rare_char_picker import picker_button
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.touch_list import TouchList

COPIES = 2
BUNDLE_ROW = "bundle:"  # the list's key of an 一件事 row


class BundleSource(Protocol):
    """What the page needs of the 一件事 (``GuidanceService``): the bundles and their merged lists."""

    def bundles(self) -> list[ServiceBundleDoc]: ...
    def bundle(self, code: str) -> ServiceBundleDoc: ...
    def merged(self, bundle: ServiceBundleDoc, answers: Any = None) -> Any: ...
    def checklist(self, merged: Any) -> BundleChecklist: ...


def unprintable_warning(notice: OneTimeNotice) -> str:
    """The warning shown before printing when no font has a character of the notice, else ""."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.services.cjk_blocks import describe
    from kiosk.services.pdf import unprintable

    missing = unprintable(notice)
    if not missing:
        return ""
    return QCoreApplication.translate(
        "MissingNoticePage",
        "No installed font has %1: the notice prints 〓 in its place. Write the character in by hand "
        "on both copies, or ask the administrator to install the fonts named in the README.",
    ).replace("%1", "、".join(describe(ch) for ch in missing))


class MissingNoticePage(QWidget):
    """Three steps: choose the matter (or an 一件事) → go through the materials → check, issue and print.

    For an 一件事 the materials are the bundle's merged list (each paper once, whatever number of its
    matters needs it) and the notice is the bundle's own (``build_bundle_missing_notice``)."""

    def __init__(
        self,
        look: Look,
        notices: NoticeService,
        matters: Callable[[], list[MatterSummary]],
        printer: PrinterLookup,
        staff_code: str,
        bundles: BundleSource | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("MissingNoticePage")
        self.setProperty("role", "page")
        self.look = look
        self.metrics = m = look.metrics
        self.notices = notices
        self.matters = matters
        self.printer = printer
        self.staff_code = staff_code
        self.matter: MatterDoc | None = None
        self.bundle_source = bundles
        self.bundle: ServiceBundleDoc | None = None
        self.bundle_checklist: BundleChecklist | None = None
        self.marks_by_name: dict[str, tuple[bool, str]] = {}  # a merged list renumbers as answers change
        self.answers: dict[str, str | list[str]] = {}
        self.marks: dict[int, tuple[bool, str]] = {}  # number → (received, reason), kept across answers
        self.ticks: dict[int, MaterialTick] = {}
        self.draft: OneTimeNotice | None = None
        self.issued: PreparedNotice | None = None
        self._work: BackgroundCall | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps)
        self.steps.addWidget(self._choose_step())
        self.steps.addWidget(self._form_step())
        self.steps.addWidget(self._sheet_step())
        self.filter_matters("")

    # -- step 1: the matter ------------------------------------------------------------------

    def _choose_step(self) -> QWidget:
        m = self.metrics
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(m.px(14))
        box.addWidget(label(self.tr("Missing-materials notice"), "title"))
        box.addWidget(
            label(
                self.tr(
                    "Tell the applicant everything that is missing, all at once (行政许可法 §32). "
                    "First choose the matter."
                ),
                "muted",
            )
        )
        self.search_field = QLineEdit()
        self.search_field.setObjectName("matter-search")
        self.search_field.setPlaceholderText(self.tr("Matter name, pinyin initials or code"))
        self.search_field.textChanged.connect(self.filter_matters)
        box.addWidget(self.search_field)
        self.matter_list = TouchList(self.look.palette, m)
        self.matter_list.tapped.connect(self.choose_matter)
        box.addWidget(self.matter_list, 1)
        return page

    def filter_matters(self, text: str) -> None:
        items = self.matters()
        query = text.strip()
        found = search(items, query, limit=200) if query else items
        if query and not found:
            found = [s for s in items if query.lower() in s.code.lower()]
        rows = [(s.code, s.name, f"{s.department_name} · {s.code}") for s in found]
        self.matter_list.set_rows(self._bundle_rows(query) + rows)

    def _bundle_rows(self, query: str) -> list[tuple[str, str, str]]:
        """The 一件事 first: a clerk at a bundle window issues one notice for the whole life event."""
        if self.bundle_source is None:
            return []
        try:
            bundles = self.bundle_source.bundles()
        except UserError:  # offline and never read: matters only
            return []
        shown = [b for b in bundles if not query or query in b.name or query.lower() in b.code.lower()]
        return [
            (
                BUNDLE_ROW + b.code,
                self.tr("Life event: %1").replace("%1", b.name),
                self.tr("%1 matters, one notice").replace("%1", str(len(b.matters))),
            )
            for b in shown
        ]

    def choose_matter(self, code: str) -> None:
        if code.startswith(BUNDLE_ROW):
            self.choose_bundle(code[len(BUNDLE_ROW) :])
            return
        self.bundle = None
        try:
            self.matter = self.notices.matter(code)
        except UserError as exc:
            self.search_field.setText("")
            self.matter_list.set_rows([])
            self.error.setText(exc.message)
            return
        self._start_form()

    def choose_bundle(self, code: str) -> None:
        assert self.bundle_source is not None
        try:
            self.bundle = self.bundle_source.bundle(code)
        except UserError as exc:
            self.matter_list.set_rows([])
            self.error.setText(exc.message)
            return
        self.matter = None
        self._start_form()

    def _start_form(self) -> None:
        self.answers = {}
        self.marks = {}
        self.marks_by_name = {}
        self.ticks = {}
        self.name_field.clear()
        self.phone_field.clear()
        self._fill_form()
        self.steps.setCurrentIndex(1)

    def _questions(self) -> list[Any]:
        """The 情形 questions of the matter, or the shared questions of the 一件事."""
        if self.bundle is not None:
            return list(self.bundle.questions)
        return list(self.matter.scenarios) if self.matter is not None else []

    # -- step 2: situation, materials, applicant -------------------------------------------------

    def _form_step(self) -> QWidget:
        m = self.metrics
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(m.px(12))
        self.form_area = KineticScrollArea(page)
        self.form = fit_height_to_width(QWidget())
        self.form.setProperty("role", "page")
        self.form_box = QVBoxLayout(self.form)
        self.form_box.setContentsMargins(0, 0, m.px(16), 0)
        self.form_box.setSpacing(m.px(16))
        self.matter_title = label("", "title")
        self.questions = Card()
        self.materials = Card()
        applicant = Card()
        applicant.add(label(self.tr("Applicant (optional)"), "heading"))
        self.name_field = QLineEdit()
        self.name_field.setObjectName("applicant-name")
        self.name_field.setPlaceholderText(self.tr("Name"))
        self.name_field.setMaxLength(40)
        self.phone_field = QLineEdit()
        self.phone_field.setObjectName("applicant-phone")
        self.phone_field.setPlaceholderText(self.tr("Phone"))
        self.phone_field.setMaxLength(20)
        self.phone_field.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        name_row = QWidget()
        row = QHBoxLayout(name_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name_field, 1)
        row.addWidget(picker_button(self.name_field, self.tr("Rare character…")))
        applicant.add(name_row)
        applicant.add(self.phone_field)
        for widget in (self.matter_title, self.questions, self.materials, applicant):
            self.form_box.addWidget(widget)
        self.form_box.addStretch(1)
        self.form_area.set_content(self.form)
        box.addWidget(self.form_area, 1)
        self.error = label("", "heading")
        self.error.setObjectName("form-error")
        self.error.setVisible(False)
        box.addWidget(self.error)
        self.bar = bar = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        bar.setSpacing(m.px(16))
        bar.addWidget(button(self.tr("Change matter"), self.back_to_matters))
        bar.addStretch(1)
        self.preview_button = button(self.tr("Preview"), self.preview, "primary")
        bar.addWidget(self.preview_button)
        box.addLayout(bar)
        return page

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        narrow = self.width() < 900  # the two buttons one above the other, each as wide as the page
        self.bar.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)

    def _fill_form(self) -> None:
        subject = self.bundle or self.matter
        assert subject is not None
        self.matter_title.setText(subject.name)
        self._show_error("")
        clear_layout(self.questions.box)
        questions = self._questions()
        self.questions.setVisible(bool(questions))
        if questions:
            self.questions.add(label(self.tr("The applicant's situation"), "heading"))
            for scenario in questions:
                self.questions.add(label(scenario.question, "body"))
                if scenario.multiple:  # nothing ticked is an answer too: none of these applies
                    self.answers[scenario.code] = []
                    self.questions.add(label(self.tr("Tick every one that applies."), "muted"))
                    ticks = TickRow(scenario.options, f"answer:{scenario.code}", self.look.palette, self.metrics)
                    ticks.toggled.connect(partial(self.answer, scenario.code))
                    self.questions.add(ticks)
                    continue
                row = ChoiceRow([(o, o) for o in scenario.options], None, f"answer:{scenario.code}")
                row.chosen.connect(partial(self.answer, scenario.code))
                self.questions.add(row)
        self._fill_materials()
        self.form_area.to_top()

    def answer(self, scenario: str, option: str) -> None:
        """A 情形 answer (on a question allowing several, a tick or untick): the list of materials
        follows, keeping what was already marked."""
        current = self.answers.get(scenario)
        if isinstance(current, list):
            question = next(s for s in self._questions() if s.code == scenario)
            ticked = set(current) ^ {option}
            self.answers[scenario] = [o for o in question.options if o in ticked]
        else:
            self.answers[scenario] = option
        self._fill_materials()

    def _remember_marks(self) -> None:
        for number, tick in self.ticks.items():
            self.marks[number] = (tick.received, tick.reason() if not tick.received else DEFAULT_REASON)
            self.marks_by_name[tick.material.name] = self.marks[number]

    def _needed(self) -> list[tuple[int, Any]]:
        """(number, material) of what the applicant must hand in for the answers given so far."""
        if self.bundle is not None:
            assert self.bundle_source is not None
            merged = self.bundle_source.merged(self.bundle, self.answers)
            self.bundle_checklist = self.bundle_source.checklist(merged)
            return [(line.number, line) for line in self.bundle_checklist.materials]
        assert self.matter is not None
        return list(self.matter.materials_for(self.answers))

    def _fill_materials(self) -> None:
        self._remember_marks()
        clear_layout(self.materials.box)
        self.ticks = {}
        try:
            needed = self._needed()
        except UserError as exc:
            self._show_error(exc.message)
            return
        self.materials.add(label(self.tr("Materials (%1)").replace("%1", str(len(needed))), "heading"))
        self.materials.add(
            label(self.tr("Mark each material the applicant handed in; for each missing one, say why."), "muted")
        )
        for number, material in needed:
            if self.bundle is not None:
                received, reason = self.marks_by_name.get(material.name, (False, DEFAULT_REASON))
            else:
                received, reason = self.marks.get(number, (False, DEFAULT_REASON))
            tick = MaterialTick(number, material, self.metrics, received=received, reason=reason)
            tick.changed.connect(lambda: self._show_error(""))
            self.ticks[number] = tick
            self.materials.add(tick)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def back_to_matters(self) -> None:
        self.steps.setCurrentIndex(0)

    def _draft(self) -> OneTimeNotice | None:
        unanswered = [s.question for s in self._questions() if s.code not in self.answers]
        if unanswered:
            self._show_error(self.tr("Answer every question about the applicant's situation first."))
            return None
        empty = [n for n, t in self.ticks.items() if not t.received and not t.reason()]
        if empty:
            self._show_error(self.tr("Say what is wrong with material %1.").replace("%1", "、".join(map(str, empty))))
            return None
        try:
            if self.bundle is not None:
                return self._bundle_draft()
            assert self.matter is not None
            return self.notices.draft_missing(
                self.matter.code,
                self.answers,
                received=[n for n, t in self.ticks.items() if t.received],
                reasons={n: t.reason() for n, t in self.ticks.items() if not t.received},
                staff_code=self.staff_code,
                applicant_name=self.name_field.text(),
                applicant_phone=self.phone_field.text(),
            )
        except UserError as exc:
            self._show_error(exc.message)
            return None

    def _bundle_draft(self) -> OneTimeNotice:
        assert self.bundle_checklist is not None
        return build_bundle_missing_notice(
            self.bundle_checklist,
            hall=self.notices._hall(),
            received=[n for n, t in self.ticks.items() if t.received],
            reasons={n: t.reason() for n, t in self.ticks.items() if not t.received},
            staff=self.notices._staff(self.staff_code) if self.staff_code else None,
            applicant_name=self.name_field.text(),
            applicant_phone=self.phone_field.text(),
            correction_days=self.notices.correction_days,
            at=self.notices.clock(),
        )

    def preview(self) -> None:
        draft = self._draft()
        if draft is None:
            return
        self.draft = draft
        self.issued = None
        self.status.clear()
        self.sheet_heading.setText(self.tr("Check the notice, then issue it"))
        missing = len(draft.to_supply)
        self.summary.setText(
            self.tr("Received: %1 · To supply: %2").replace("%1", str(len(draft.received))).replace("%2", str(missing))
        )
        self.sheet_message.setText(
            self.tr("Issuing gives the notice the next serial number and keeps it in the archive.")
        )
        self.font_warning.setText(unprintable_warning(draft))
        self.font_warning.setVisible(bool(self.font_warning.text()))
        self._sheet_buttons(self.edit_button, self.issue_button)
        self.sheet.preview.show_message(self.tr("Preparing the notice…"))
        self.steps.setCurrentIndex(2)
        self._work = prepare_in_background(draft)
        self._work.finished.connect(self._previewed)
        self._work.failed.connect(self._work_failed)

    # -- step 3: check, issue, print ---------------------------------------------------------------

    def _sheet_step(self) -> QWidget:
        m = self.metrics
        self.sheet = NoticeSheet(m, m.px(560), stacked_buttons=True)
        column = self.sheet.column
        self.sheet_heading = label("", "title")
        self.serial_label = label("", "title")
        self.serial_label.setObjectName("serial")
        self.serial_label.setVisible(False)
        self.summary = label("", "body")
        self.sheet_message = label("", "muted")
        self.font_warning = label("", "warning")
        self.font_warning.setObjectName("font-warning")
        self.font_warning.setVisible(False)
        self.status = PrintStatus(m, m.px(300), show_where=True)
        self.status.succeeded.connect(self._printed)
        self.status.failed.connect(self._print_failed)
        widgets = (
            self.sheet_heading,
            self.serial_label,
            self.summary,
            self.sheet_message,
            self.font_warning,
            self.status,
        )
        for widget in widgets:
            column.addWidget(widget)
        column.addStretch(1)
        self.edit_button = button(self.tr("Back to edit"), lambda: self.steps.setCurrentIndex(1))
        self.issue_button = button(self.tr("Issue and print 2 copies"), self.issue, "primary")
        self.again_button = button(self.tr("Print again"), self.print_issued, "primary")
        self.new_button = button(self.tr("New notice"), self.new_notice)
        self.sheet_actions = (self.edit_button, self.issue_button, self.again_button, self.new_button)
        for b in self.sheet_actions:
            self.sheet.action_row.addWidget(b)
        self._sheet_buttons()
        return self.sheet

    def _printed(self, outcome: PrintOutcome) -> None:
        self._sheet_buttons(self.new_button)
        if self.issued is not None:
            serial, notices = self.issued.notice.serial or self.issued.notice.provisional_id, self.notices
            BackgroundCall(lambda: notices.mark_printed(serial, saved=outcome.path is not None)).start()

    def _print_failed(self, message: str) -> None:
        self._sheet_buttons(self.again_button, self.new_button)
        if self.issued is not None:
            serial, notices = self.issued.notice.serial or self.issued.notice.provisional_id, self.notices
            BackgroundCall(lambda: notices.mark_failed(serial, message)).start()

    def _sheet_buttons(self, *shown: QWidget) -> None:
        for b in self.sheet_actions:
            b.setVisible(b in shown)

    def _previewed(self, prepared: PreparedNotice) -> None:
        if self.sender() is not self._work:  # an answer nobody waits for any more
            return
        self._work = None
        self.sheet.preview.show_pages(prepared.pages)

    def _work_failed(self, message: str) -> None:
        if self.sender() is not self._work:  # an answer nobody waits for any more
            return
        self._work = None
        self.sheet.preview.show_message(self.tr("The notice could not be prepared."))
        self.sheet_message.setText(message)
        self._sheet_buttons(self.edit_button, self.issue_button if self.issued is None else self.again_button)

    def issue(self) -> None:
        """Give the notice its serial and archive it (off the GUI thread), then print two copies."""
        if self.draft is None or self._work is not None:
            return
        draft, notices = self.draft, self.notices
        self._sheet_buttons()
        self.sheet_message.setText(self.tr("Issuing the notice…"))
        self._work = prepare_in_background(lambda: notices.issue(draft))
        self._work.finished.connect(self._issued)
        self._work.failed.connect(self._work_failed)

    def _issued(self, prepared: PreparedNotice) -> None:
        if self.sender() is not self._work:  # an answer nobody waits for any more
            return
        self._work = None
        self.issued = prepared
        self.sheet_heading.setText(self.tr("Notice issued"))
        self.serial_label.setText(prepared.notice.serial_text)
        self.serial_label.setVisible(True)
        if prepared.notice.is_provisional:
            self.sheet_message.setText(
                self.tr(
                    "The database cannot be reached and this kiosk's reserved serial numbers are used up, so "
                    "the notice carries a provisional number. It gets its serial number as soon as the kiosk "
                    "is back online; then reprint it under either number (Reprint a notice)."
                )
            )
        else:
            self.sheet_message.setText(self.tr("Kept in the archive; it can be reprinted under this number."))
        self.sheet.preview.show_pages(prepared.pages)
        self.print_issued()

    def print_issued(self) -> None:
        if self.issued is None:
            return
        self._sheet_buttons()
        self.status.start(
            self.issued,
            self.printer,
            copies=COPIES,
            done_text=self.tr("2 copies printed: one for the applicant to sign and keep, one for the file."),
        )

    def new_notice(self) -> None:
        if self.status.running:
            return
        self.matter = None
        self.bundle = None
        self.bundle_checklist = None
        self.draft = None
        self.issued = None
        self.answers = {}
        self.marks = {}
        self.marks_by_name = {}
        self.ticks = {}
        self.status.clear()
        self.serial_label.setVisible(False)
        self.font_warning.setVisible(False)
        self.search_field.clear()
        self.steps.setCurrentIndex(0)
