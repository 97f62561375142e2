"""One 差评 case in the console (差评整改): what the resident said, the steps, and who did what when.

The only place the resident's contact is shown unmasked. The texts marked 公示 are what the public
board will show once the case is closed (anonymised again there); the others stay inside. The
buttons are the steps the case's status allows; each says why when it is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.errors import UserError
from kiosk.screens.admin.history import local_time
from kiosk.screens.admin.supervision_parts import caption, combo_box, say, stretched, text_box
from kiosk.services.supervision.cases import CaseRecord, CaseService
from kiosk.widgets.basics import ResponsiveGrid, row
from kiosk.widgets.form_fields import form_button

Choices = Callable[[], list[tuple[str, str]]]  # (code, name)


class CaseDetail(QWidget):
    """The chosen case; emits ``changed`` after a step so the list can follow."""

    changed = Signal()

    def __init__(
        self,
        service: CaseService,
        actor: Callable[[], str],
        windows: Choices,
        staff: Choices,
        matters: Choices,
        public_preview: Callable[[CaseRecord], tuple[str, str]],
    ) -> None:
        super().__init__()
        self.setProperty("role", "admin-page")
        self.service = service
        self.actor = actor
        self.choices = {"window": windows, "staff": staff, "matter": matters}
        self.public_preview = public_preview
        self.record: CaseRecord | None = None
        self.buttons: dict[str, QPushButton] = {}

        self.heading = caption("", "form-heading")
        self.state = caption("", "badge")
        self.deadline = caption("")
        self.facts = caption("", "")
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact = caption("", "item-heading")
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.combos = {name: combo_box(8) for name in self.choices}
        grid = ResponsiveGrid(min_width=280, max_columns=3, spacing=16)  # side by side where they fit
        captions = {"window": self.tr("Window"), "staff": self.tr("Staff member"), "matter": self.tr("Matter")}
        for name, combo in self.combos.items():
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(caption(captions[name]))
            column.addWidget(combo)
            grid.add(cell)
        self.finding = text_box(2, self.tr("What checking found (kept inside)"))
        self.problem = text_box(2, self.tr("What was wrong, in words fit to publish"))
        self.rectification = text_box(2, self.tr("What was done about it, in words fit to publish"))
        self.reason = text_box(2, self.tr("Why it is not founded, or why nothing needs doing"))
        self.visit = text_box(2, self.tr("What the resident said when called back, or that no contact was left"))
        self.preview = caption("", "")
        self.history = caption("", "muted")
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = caption("")
        self.message.hide()
        self.action_row = QWidget()
        self.action_box = QVBoxLayout(self.action_row)
        self.action_box.setContentsMargins(0, 0, 0, 0)

        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 12, 0)
        box.setSpacing(6)
        box.addWidget(self.heading)
        box.addWidget(stretched(self.deadline, self.state))
        box.addWidget(self.facts)
        box.addWidget(self.contact)
        box.addWidget(caption(self.tr("Concerned")))
        box.addWidget(grid)
        self.field_captions: dict[str, QLabel] = {}
        for name, widget, text in (
            ("finding", self.finding, self.tr("What checking found (核实情况, inside only)")),
            ("problem", self.problem, self.tr("What was wrong (反映的问题, published)")),
            ("rectification", self.rectification, self.tr("What was done (整改情况, published)")),
            ("reason", self.reason, self.tr("Reason (不属实 / 无需整改, inside only)")),
            ("visit", self.visit, self.tr("Follow-up call (回访情况, inside only)")),
        ):
            self.field_captions[name] = caption(text)
            box.addWidget(self.field_captions[name])
            box.addWidget(widget)
        box.addWidget(self.message)
        box.addWidget(self.action_row)
        box.addWidget(caption(self.tr("On the public board")))
        box.addWidget(self.preview)
        box.addWidget(caption(self.tr("Who did what")))
        box.addWidget(self.history)
        box.addStretch(1)

    # --- showing --------------------------------------------------------------------------------

    def level_word(self, level: int) -> str:
        words = {
            5: self.tr("very satisfied"),
            4: self.tr("satisfied"),
            3: self.tr("fairly satisfied"),
            2: self.tr("dissatisfied"),
            1: self.tr("very dissatisfied"),
        }
        return words.get(level, str(level))

    def show_case(self, record: CaseRecord, today: dt.date, status_text: Callable[[str], str]) -> None:
        self.record = record
        self.heading.setText(self.tr("Case %1").replace("%1", record.number))
        self.state.setText(status_text(record.status))
        if record.overdue(today):
            days = (today - record.deadline).days
            text = self.tr("Deadline %1 — overdue by %2 days").replace("%1", f"{record.deadline:%Y-%m-%d}")
            self.deadline.setText(text.replace("%2", str(days)))
            self.deadline.setProperty("role", "alert")
        else:
            self.deadline.setText(self.tr("Deadline %1").replace("%1", f"{record.deadline:%Y-%m-%d}"))
            self.deadline.setProperty("role", "muted")
        self.deadline.style().unpolish(self.deadline)
        self.deadline.style().polish(self.deadline)
        dimensions = (
            ("overall", self.tr("overall")),
            ("efficiency", self.tr("efficiency")),
            ("competence", self.tr("quality")),
            ("attitude", self.tr("attitude")),
        )
        levels = " · ".join(
            f"{name} {self.level_word(record.levels[d])}" for d, name in dimensions if d in record.levels
        )
        rated = self.tr("Rated %1 at kiosk %2").replace("%1", local_time(record.created_at))
        facts = [rated.replace("%2", record.kiosk_id or "—"), levels]
        facts.append(self.tr("Comment: %1").replace("%1", record.comment) if record.comment else self.tr("No comment."))
        self.facts.setText("\n".join(facts))
        if record.contact:
            self.contact.setText(self.tr("Contact left by the resident: %1 (shown on this page only)").replace(
                "%1", record.contact))  # fmt: skip
        else:
            self.contact.setText(self.tr("The resident left no contact."))
        for name, combo in self.combos.items():
            current = {"window": record.window, "staff": record.staff_code, "matter": record.matter_code}[name]
            combo.clear()
            combo.addItem(self.tr("(not known)"), "")
            for code, title in self.choices[name]():
                combo.addItem(f"{title}", code)
            index = combo.findData(current)
            if index < 0 and current:
                combo.addItem(current, current)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
        self.finding.setPlainText(record.finding)
        self.problem.setPlainText(record.problem or record.comment)
        self.rectification.setPlainText(record.rectification)
        self.reason.setPlainText(record.reason)
        self.visit.setPlainText(record.visit_result)
        status = record.status
        self._show_field("reason", status in ("verifying", "unfounded", "no_action"))
        self._show_field("rectification", status not in ("verifying", "unfounded", "no_action"))
        self._show_field("visit", status in ("rectified", "visited"))
        for name in ("reason", "visit"):
            widget = self.reason if name == "reason" else self.visit
            widget.setReadOnly(status in ("unfounded", "no_action", "visited"))
        self._actions(record)
        if status == "visited":
            problem, done = self.public_preview(record)
            self.preview.setText(f"{problem}\n→ {done}")
        else:
            self.preview.setText(self.tr("Shown anonymised once the resident has been called back."))
        lines = [self.tr("%1 opened automatically from the rating").replace("%1", local_time(record.created_at))]
        lines += [f"{local_time(h.at)} · {h.actor} · {h.action} {h.detail}" for h in self.service.history(record.id)]
        self.history.setText("\n".join(lines))

    def _show_field(self, name: str, visible: bool) -> None:
        self.field_captions[name].setVisible(visible)
        {"reason": self.reason, "rectification": self.rectification, "visit": self.visit}[name].setVisible(visible)

    def _actions(self, record: CaseRecord) -> None:
        while self.action_box.count():
            item = self.action_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        steps: list[tuple[str, str, str]] = []  # key, text, role
        if record.status == "verifying":
            steps.append(("verify", self.tr("Founded: rectify"), "primary"))
            steps.append(("unfounded", self.tr("Not founded"), "danger"))
            if not record.poor:
                steps.append(("no_action", self.tr("No action needed"), "form"))
        elif record.status == "rectifying":
            steps.append(("rectify", self.tr("Rectification done"), "primary"))
        elif record.status == "rectified":
            steps.append(("visit_yes", self.tr("Called back: satisfied"), "primary"))
            steps.append(("visit_no", self.tr("Called back: not satisfied"), "form"))
        steps.append(("save", self.tr("Save changes"), "form"))
        buttons = []
        for key, text, role in steps:
            b = form_button(text, partial(self.act, key), role)
            b.setObjectName(f"case:{key}")
            self.buttons[key] = b
            buttons.append(b)
        for start in range(0, len(buttons), 3):
            self.action_box.addWidget(row(*buttons[start : start + 3]))

    # --- acting ---------------------------------------------------------------------------------

    def concerned(self) -> dict[str, str]:
        return {
            "window": str(self.combos["window"].currentData() or ""),
            "staff_code": str(self.combos["staff"].currentData() or ""),
            "matter_code": str(self.combos["matter"].currentData() or ""),
        }

    def act(self, key: str) -> None:
        record = self.record
        if record is None:
            return
        actor, s = self.actor(), self.service
        text = {
            "finding": self.finding.toPlainText(),
            "problem": self.problem.toPlainText(),
            "rectification": self.rectification.toPlainText(),
            "reason": self.reason.toPlainText(),
            "visit": self.visit.toPlainText(),
        }
        done = {
            "verify": self.tr("Marked founded: now rectifying."),
            "unfounded": self.tr("Closed as not founded."),
            "no_action": self.tr("Closed: no action needed."),
            "rectify": self.tr("Rectification recorded."),
            "visit_yes": self.tr("Follow-up recorded: the case is closed and shown on the public board."),
            "visit_no": self.tr("Follow-up recorded: the case is closed and shown on the public board."),
            "save": self.tr("Saved."),
        }[key]
        try:
            if key == "verify":
                s.verify(record.id, actor, problem=text["problem"], finding=text["finding"], **self.concerned())
            elif key == "unfounded":
                s.unfounded(record.id, actor, reason=text["reason"], finding=text["finding"])
            elif key == "no_action":
                s.no_action(record.id, actor, reason=text["reason"])
            elif key == "rectify":
                s.edit(record.id, actor, **self.concerned(), finding=text["finding"], problem=text["problem"])
                s.rectify(record.id, actor, rectification=text["rectification"])
            elif key in ("visit_yes", "visit_no"):
                s.visit(record.id, actor, result=text["visit"], satisfied=key == "visit_yes")
            else:
                fields = {"finding": text["finding"], "problem": text["problem"]}
                if record.status not in ("verifying", "unfounded", "no_action"):
                    fields["rectification"] = text["rectification"]
                s.edit(record.id, actor, **self.concerned(), **fields)
        except UserError as exc:
            say(self.message, exc.message, error=True)
            return
        say(self.message, done, error=False)
        self.changed.emit()
