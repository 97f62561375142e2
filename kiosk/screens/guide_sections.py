"""Building blocks of the guide detail screen: one function per section of a service guide.

Each function takes the matter (a plain document) and returns a widget; the guide screen decides
the order and reacts to 情形 answers. Labels are translated; content is shown as entered.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.data.schema import FileDoc, HallDoc, MaterialDoc, MatterDoc, ScenarioDoc, TimeLimit
from kiosk.widgets.basics import Card, button, label

Tr = Callable[[str], str]


class Texts(QObject):
    """The guide's translated labels (a QObject so lupdate and tr() see one context)."""

    def limit(self, limit: TimeLimit) -> str:
        if limit.value == 0:
            text = self.tr("On the spot")
        elif limit.unit == "工作日":
            text = self.tr("%1 working days").replace("%1", str(limit.value))
        else:
            text = self.tr("%1 calendar days").replace("%1", str(limit.value))
        return f"{text}（{limit.note}）" if limit.note else text

    def term(self, value: str) -> str:
        """A national vocabulary value (办件类型, 原件/复印件, 材料形式, 来源渠道) in the UI language.

        The values are data in Chinese; the English UI shows an English word, the Chinese UI the
        value itself (its translation of the English word).
        """
        words = {
            "即办件": self.tr("Done on the spot"),
            "承诺件": self.tr("Done within a promised time"),
            "原件": self.tr("Original"),
            "复印件": self.tr("Photocopy"),
            "原件和复印件": self.tr("Original and photocopy"),
            "纸质": self.tr("On paper"),
            "电子": self.tr("Electronic"),
            "纸质+电子": self.tr("Paper and electronic"),
            "申请人自备": self.tr("Brought by the applicant"),
            "政府部门核发": self.tr("Issued by a government office"),
            "其他": self.tr("Other"),
        }
        return words.get(value, value)

    def copies(self, n: int) -> str:
        return (self.tr("%1 copy") if n == 1 else self.tr("%1 copies")).replace("%1", str(n))

    def visits(self, n: int) -> str:
        if n == 0:
            return self.tr("No visit needed")
        return self.tr("%1 visit(s)").replace("%1", str(n))

    def necessity(self, value: str) -> str:
        return {
            "必要": self.tr("Required"),
            "非必要": self.tr("Optional"),
            "容缺后补": self.tr("May follow later"),
        }.get(value, value)


def fact(title: str, value: str, big: bool = False) -> QWidget:
    """A labelled fact: a muted caption above a (big) value."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(label(title, "muted"))
    layout.addWidget(label(value, "big" if big else "body"))
    return box


def key_facts(matter: MatterDoc, t: Texts, columns: int) -> Card:
    """Time limits, fee, visits, place and hours: what a resident asks first."""
    card = Card()
    grid_holder = QWidget()
    grid = QGridLayout(grid_holder)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(32)
    grid.setVerticalSpacing(16)
    facts = [
        fact(QCoreApplication.translate("Texts", "Promised time limit"), t.limit(matter.promised_limit), big=True),
        fact(QCoreApplication.translate("Texts", "Fee"), matter.fee_statement, big=True),
        fact(QCoreApplication.translate("Texts", "Visits to the hall"), t.visits(matter.visits), big=True),
        fact(QCoreApplication.translate("Texts", "Statutory time limit"), t.limit(matter.legal_limit)),
        fact(QCoreApplication.translate("Texts", "Where"), matter.location),
        fact(
            QCoreApplication.translate("Texts", "When"),
            matter.hours
            + (QCoreApplication.translate("Texts", " (also on holidays)") if matter.open_on_holidays else ""),
        ),
    ]
    for i, widget in enumerate(facts):
        grid.addWidget(widget, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
    card.add(grid_holder)
    if matter.visits and matter.visits_reason:
        card.add(
            label(
                QCoreApplication.translate("Texts", "Why a visit is needed: %1").replace("%1", matter.visits_reason),
                "muted",
            )
        )
    return card


def scenario_questions(
    matter: MatterDoc, answers: dict[str, str], on_answer: Callable[[str, str], None], t: Texts
) -> Card:
    """The 情形 questions with one button per option; answering updates the materials."""
    card = Card()
    card.add(label(QCoreApplication.translate("Texts", "First, tell us about your situation"), "heading"))
    card.add(
        label(QCoreApplication.translate("Texts", "The list of materials below changes with your answers."), "muted")
    )
    for scenario in matter.scenarios:
        card.add(label(scenario.question, "body"))
        card.add(_options(scenario, answers.get(scenario.code), on_answer))
    return card


def _options(scenario: ScenarioDoc, current: str | None, on_answer: Callable[[str, str], None]) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    group = QButtonGroup(holder)
    group.setExclusive(True)
    for option in scenario.options:
        b = button(option, partial(on_answer, scenario.code, option))
        b.setCheckable(True)
        b.setChecked(option == current)
        b.setObjectName(f"answer:{scenario.code}:{option}")
        group.addButton(b)
        layout.addWidget(b)
    layout.addStretch(1)
    return holder


def material_card(number: int, material: MaterialDoc, t: Texts, on_view: Callable[[FileDoc, str], None]) -> Card:
    card = Card(spacing=8)
    top = QWidget()
    line = QHBoxLayout(top)
    line.setContentsMargins(0, 0, 0, 0)
    name = label(f"{number}. {material.name}", "heading")
    badge = QLabel(t.necessity(material.necessity))
    badge.setProperty("role", f"badge-{material.necessity}")
    line.addWidget(name, 1)
    line.addWidget(badge)
    card.add(top)
    details = [
        f"{t.term(material.original_or_copy)} {t.copies(material.copies)}",
        f"{t.term(material.form)}{'' if not material.paper_size else ' · ' + material.paper_size}",
        t.term(material.source) + (f"({material.source_note})" if material.source_note else ""),
    ]
    card.add(label(" · ".join(d for d in details if d), "muted"))
    if material.fill_instructions:
        card.add(
            label(QCoreApplication.translate("Texts", "How to fill in: %1").replace("%1", material.fill_instructions))
        )
    if material.acceptance_standard:
        card.add(
            label(
                QCoreApplication.translate("Texts", "Accepted when: %1").replace("%1", material.acceptance_standard),
                "muted",
            )
        )
    if material.notes:
        card.add(label(material.notes, "muted"))
    files = [
        (material.blank_form, QCoreApplication.translate("Texts", "Blank form")),
        (material.sample_form, QCoreApplication.translate("Texts", "Filled-in example")),
    ]
    buttons = [button(text, partial(on_view, f, text)) for f, text in files if f is not None]
    if buttons:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        card.add(holder)
    return card


def text_section(title: str, body: str) -> Card:
    card = Card()
    card.add(label(title, "heading"))
    card.add(label(body))
    return card


def steps_section(matter: MatterDoc, t: Texts) -> Card:
    card = Card()
    card.add(label(QCoreApplication.translate("Texts", "Procedure"), "heading"))
    for i, step in enumerate(matter.steps, start=1):
        card.add(label(f"{i}. {step.title}", "body"))
        if step.description:
            card.add(label(step.description, "muted"))
    return card


def fees_section(matter: MatterDoc, t: Texts) -> Card:
    card = Card()
    card.add(label(QCoreApplication.translate("Texts", "Fees"), "heading"))
    for fee in matter.fees:
        card.add(label(f"{fee.name}:{fee.standard}", "body"))
        card.add(label(QCoreApplication.translate("Texts", "Basis: %1").replace("%1", fee.basis), "muted"))
        if fee.reducible:
            card.add(
                label(
                    QCoreApplication.translate("Texts", "Reduction or exemption: %1").replace(
                        "%1", fee.reduction_basis
                    ),
                    "muted",
                )
            )
    return card


def contacts_section(matter: MatterDoc, department: str, hall: HallDoc | None, t: Texts) -> Card:
    """Phones, department and result. The hall's own numbers stand only where the matter has none,
    labelled as the hall's: they are not the department's enquiry line."""
    card = Card()
    card.add(label(QCoreApplication.translate("Texts", "Contacts and result"), "heading"))
    hall_consult = hall.consult_phone if hall and not matter.consult_phone else ""
    hall_complaint = (hall.complaint_phone or hall.supervision_phone) if hall and not matter.complaint_phone else ""
    rows = [
        (QCoreApplication.translate("Texts", "Enquiries"), matter.consult_phone),
        (QCoreApplication.translate("Texts", "Enquiries at this hall"), hall_consult),
        (QCoreApplication.translate("Texts", "Complaints"), matter.complaint_phone),
        (QCoreApplication.translate("Texts", "Complaints to this hall"), hall_complaint),
        (QCoreApplication.translate("Texts", "Department"), department),
        (
            QCoreApplication.translate("Texts", "Result"),
            f"{matter.result_name}({matter.result_sample})" if matter.result_sample else matter.result_name,
        ),
        (QCoreApplication.translate("Texts", "Matter code"), matter.code),
        (QCoreApplication.translate("Texts", "Type"), matter.type),
    ]
    if matter.online and matter.online_url:
        rows.append((QCoreApplication.translate("Texts", "Online"), matter.online_url))
    for caption, value in rows:
        if value:
            card.add(label(f"{caption}:{value}"))
    return card


def faq_section(matter: MatterDoc, t: Texts) -> Card:
    card = Card()
    card.add(label(QCoreApplication.translate("Texts", "Questions and answers"), "heading"))
    for item in matter.faq:
        card.add(label(QCoreApplication.translate("Texts", "Q: %1").replace("%1", item.question), "body"))
        card.add(label(QCoreApplication.translate("Texts", "A: %1").replace("%1", item.answer), "muted"))
    return card
