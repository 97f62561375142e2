"""导办检查: what is wrong with the published 智能导办 tree and 一件事 bundles, listed for the admin.

The same checks that refuse publishing (dead ends, loops, paths over 5 questions, unknown or
withdrawn targets, answers that fit nothing, a bundle's unanswered 情形) plus what only a look at
the whole hall shows: questions and open matters that no path of the tree reaches. Read-only;
refreshed each time the page is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from kiosk.data.db import Database
from kiosk.data.editing import ContentEditor
from kiosk.screens.admin.style import admin_style
from kiosk.widgets.form_fields import form_button


class GuidanceCheckPage(QWidget):
    """A list of problems, one line each: where (the tree or a bundle's name) and what."""

    def __init__(self, database: Database) -> None:
        super().__init__()
        self.setObjectName("GuidanceCheck")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style())
        self.editor = ContentEditor(database)
        title = QLabel(self.tr("Life events and questions check (导办检查)"))
        title.setProperty("role", "page-title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(form_button(self.tr("Check again"), self.refresh))
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 24, 24, 24)
        box.setSpacing(16)
        box.addLayout(top)
        box.addWidget(self.summary)
        box.addWidget(self.problems, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            report = self.editor.guidance_report()
        except Exception as exc:
            self.summary.setText(self.tr("The check could not run: %1").replace("%1", type(exc).__name__))
            self.problems.clear()
            return
        self.problems.clear()
        for where, message in report:
            self.problems.addItem(f"{where}：{message}")
        if report:
            self.summary.setText(self.tr("%1 problem(s) to fix.").replace("%1", str(len(report))))
        else:
            self.summary.setText(self.tr("No problems: every path ends at a matter or a life event."))

    def lines(self) -> list[str]:
        """The problems listed now (for tests)."""
        return [self.problems.item(i).text() for i in range(self.problems.count())]
