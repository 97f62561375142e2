"""运行记录 (errors and hidden items): what went wrong on this kiosk, read-only, for the admin.

A plain list until the 设备状态 page (device health, another part of issue 9) shows the same
sources: the last uncaught errors (``health_log.last_errors``, kept across restarts), the content
rows the kiosk hides because they cannot be shown (``health_log.hidden_items``), translations
that could not be loaded, and where the log files are. Reading it changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.screens.base import Look
from kiosk.services import health_log
from kiosk.widgets.basics import button, clear_layout, fit_height_to_width, label, row
from kiosk.widgets.scroll import KineticScrollArea


class ErrorLogPage(QWidget):
    """Last errors, hidden items, missing catalogues and the log folder; refreshed when shown."""

    def __init__(self, look: Look, hidden_items: Callable[[], list[Any]]) -> None:
        super().__init__()
        self.setObjectName("ErrorLog")
        self.setProperty("role", "page")
        self.look = look
        self.hidden_items = hidden_items
        m = look.metrics
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.area = KineticScrollArea(self)
        outer.addWidget(self.area)
        page = fit_height_to_width(QWidget())
        page.setProperty("role", "page")
        self.box = QVBoxLayout(page)
        self.box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        self.box.setSpacing(m.px(14))
        self.area.set_content(page)
        self.errors: list[health_log.ErrorRecord] = []
        self.hidden: list[Any] = []

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.box)
        self.errors = health_log.last_errors(20)
        try:
            self.hidden = self.hidden_items()
        except Exception as exc:  # the database away: say so, keep the rest
            self.hidden = []
            hidden_problem = f"{type(exc).__name__}"
        else:
            hidden_problem = ""
        add = self.box.addWidget
        add(label(self.tr("Errors and hidden items"), "title"))
        add(label(self.tr("Last errors"), "heading"))
        if not self.errors:
            add(label(self.tr("No errors recorded."), "body"))
        for record in self.errors:
            add(label(f"{record.at:%Y-%m-%d %H:%M:%S}  {record.summary}", "body"))
        add(label(self.tr("Content hidden because it cannot be shown"), "heading"))
        if hidden_problem:
            add(label(self.tr("Could not check the content now (%1).").replace("%1", hidden_problem), "body"))
        elif not self.hidden:
            add(label(self.tr("Nothing is hidden."), "body"))
        for bad in self.hidden:
            add(label(bad.describe(), "body"))
        missing = health_log.missing_catalogues()
        if missing:
            add(label(self.tr("Translations not found"), "heading"))
            for text in missing:
                add(label(text, "body"))
        add(label(self.tr("Log files: %1").replace("%1", str(health_log.log_folder())), "muted"))
        add(row(button(self.tr("Refresh"), self.refresh)))
        self.box.addStretch(1)
