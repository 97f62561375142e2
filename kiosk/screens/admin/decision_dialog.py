"""Publish the decision (发布决定) that ends a 预公开 plan: its final text, the opinions summarised, what changed.

Prefilled with the plan's text and a summary of the opinions counted and answered (anonymised);
the admin edits all three, then publishes. Publishing archives the plan with its opinions and
shows the decision on the kiosk where the plan was; a refusal (opinions still coming in, an
opinion not answered, an empty text) is said in the dialog and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.errors import UserError
from kiosk.screens.admin.supervision_parts import caption, page_style, say, text_box
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea

Publish = Callable[[str, str, str], object]  # (decision, summary, changes)


class DecisionDialog(QDialog):
    """Three texts and "Publish the decision"; closes itself once published."""

    def __init__(self, parent: QWidget, title: str, decision: str, summary: str, changes: str, publish: Publish):
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("DecisionDialog")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(page_style())
        self.setModal(True)
        self.setWindowTitle(self.tr("Publish the decision"))
        self.publish_with = publish
        self.decision = text_box(6)
        self.decision.setPlainText(decision)
        self.summary = text_box(6)
        self.summary.setPlainText(summary)
        self.changes = text_box(3, self.tr("e.g. 根据意见,将……调整为……"))
        self.changes.setPlainText(changes)
        self.message = caption("")
        self.message.hide()
        body = QWidget()
        body.setProperty("role", "admin-page")
        form = QVBoxLayout(body)
        form.setContentsMargins(0, 0, 12, 0)
        for widget in (
            caption(self.tr("The decision (决定正文)")),
            self.decision,
            caption(self.tr("What the opinions said and how they were answered (意见采纳情况)")),
            self.summary,
            caption(self.tr("How the plan changed because of them (方案调整情况)")),
            self.changes,
        ):
            form.addWidget(widget)
        form.addStretch(1)
        area = KineticScrollArea()
        area.setWidget(body)
        self.publish_button = form_button(self.tr("Publish the decision"), self.publish, "primary")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(form_button(self.tr("Cancel"), self.reject))
        buttons.addWidget(self.publish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        layout.addWidget(caption(self.tr("Publish the decision"), "page-title"))
        layout.addWidget(caption(title, "item-heading"))
        layout.addWidget(
            caption(self.tr("Publishing archives the plan with every opinion and its answer (存档), and the kiosk "
                            "shows this decision where the plan was. Residents' contacts are never published."),
                    "muted")
        )  # fmt: skip
        layout.addWidget(area, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(1500, max(900, parent.window().width() - 160)))
        self.setMinimumHeight(min(960, max(700, parent.window().height() - 120)))

    def publish(self) -> None:
        try:
            self.publish_with(self.decision.toPlainText(), self.summary.toPlainText(), self.changes.toPlainText())
        except UserError as exc:
            say(self.message, exc.message, error=True)
            return
        self.accept()
