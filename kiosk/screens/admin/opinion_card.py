"""One resident's opinion on a plan, with the hall's answer: adopted (采纳) or not adopted (不采纳) and why.

The stance the resident chose (支持 / 反对 / 其他) is shown as a badge; the contact they left, if
any, in the header. Until the decision is published the answer can be given and changed here;
afterwards the card only reads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from kiosk.data.feedback import OpinionRecord
from kiosk.errors import UserError
from kiosk.screens.admin.history import local_time
from kiosk.screens.admin.supervision_parts import caption, chips, say
from kiosk.widgets.basics import row
from kiosk.widgets.form_fields import form_button

Mark = Callable[[str, str, str], None]  # (opinion uid, adoption, reason)


class OpinionCard(QFrame):
    """An opinion and its answer controls (or, once decided, the answer as text)."""

    def __init__(self, opinion: OpinionRecord, mark: Mark | None, on_marked: Callable[[], None]) -> None:
        super().__init__()
        self.setProperty("role", "opinion")
        self.opinion = opinion
        self.mark = mark
        self.on_marked = on_marked
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 12, 20, 16)
        box.setSpacing(6)
        contact = opinion.contact or self.tr("no contact left")
        head = caption(f"{local_time(opinion.created_at)} · {contact}", "muted")
        stance = QLabel(self.stance_text(opinion.stance))
        stance.setProperty("role", "badge")
        top = QHBoxLayout()
        top.addWidget(head, 1)
        top.addWidget(stance)
        box.addLayout(top)
        text = QLabel(opinion.text)
        text.setProperty("role", "opinion-text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(text)
        self.message = caption("")
        self.message.hide()
        if mark is None:
            box.addWidget(caption(self.answer_text(), "item-heading"))
            return
        self.group, self.buttons, holder = chips(
            [("adopted", self.tr("Adopted")), ("not_adopted", self.tr("Not adopted"))], self
        )
        if opinion.adoption in self.buttons:
            self.buttons[opinion.adoption].setChecked(True)
        self.reason = QLineEdit(opinion.adoption_reason)
        self.reason.setPlaceholderText(self.tr("Why (needed when not adopted; how, when adopted)"))
        self.reason.setMaxLength(500)
        self.save_button = form_button(self.tr("Save the answer"), self.save)
        self.save_button.setObjectName(f"answer:{opinion.uid}")
        box.addWidget(holder)
        box.addWidget(self.reason)
        box.addWidget(row(self.save_button, self.message))

    def stance_text(self, stance: str) -> str:
        return {"support": self.tr("Supports"), "oppose": self.tr("Against")}.get(stance, self.tr("Other"))

    def answer_text(self) -> str:
        o = self.opinion
        if o.adoption == "adopted":
            return self.tr("Adopted") + (f":{o.adoption_reason}" if o.adoption_reason else "")
        if o.adoption == "not_adopted":
            return self.tr("Not adopted: %1").replace("%1", o.adoption_reason)
        return self.tr("Not answered")

    def choose(self, adoption: str, reason: str = "") -> None:
        """As a person would: tap a chip, type the reason, save (for tests and keyboard users)."""
        self.buttons[adoption].setChecked(True)
        self.reason.setText(reason)
        self.save()

    def save(self) -> None:
        if self.mark is None:
            return
        adoption = next((value for value, b in self.buttons.items() if b.isChecked()), "")
        if not adoption:
            say(self.message, self.tr("Choose adopted or not adopted first."), error=True)
            return
        try:
            self.mark(self.opinion.uid, adoption, self.reason.text())
        except UserError as exc:
            say(self.message, exc.message, error=True)
            return
        say(self.message, self.tr("Saved."), error=False)
        self.on_marked()
