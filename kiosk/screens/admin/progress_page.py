"""办件进度 for window staff: find an issued notice and set where the application stands
(待补正 → 已补齐 → 已受理 → 已办结). Each change is dated and audited; residents see it at the
kiosk's 办件进度 screen by the notice's 查询码."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.data.db import UNREACHABLE
from kiosk.errors import UserError
from kiosk.screens.base import Look
from kiosk.services.notice_archive import IssuedSummary
from kiosk.services.notice_progress import STATUSES, NoticeProgress
from kiosk.widgets.basics import button, clear_layout, label


class ProgressPage(QWidget):
    """Search by serial → the newest notices with their status → tap a status to set it."""

    def __init__(
        self,
        look: Look,
        search: Callable[[str], list[IssuedSummary]],
        progress_of: Callable[[str], NoticeProgress | None],
        set_status: Callable[[str, str], NoticeProgress],
    ) -> None:
        super().__init__()
        self.setObjectName("ProgressPage")
        self.setProperty("role", "page")
        m = look.metrics
        self.search, self.progress_of, self.set_status = search, progress_of, set_status
        self.results: list[IssuedSummary] = []
        self.selected = ""
        box = QVBoxLayout(self)
        box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        box.setSpacing(m.px(12))
        box.addWidget(label(self.tr("Progress of notices"), "title"))
        box.addWidget(label(self.tr("Set where each application stands; residents see it at the kiosk by the notice's progress code."), "muted"))  # fmt: skip  # noqa: E501
        line = QHBoxLayout()
        self.serial_field = QLineEdit()
        self.serial_field.setPlaceholderText(self.tr("Serial number, e.g. 0012"))
        self.serial_field.returnPressed.connect(self.find_notices)
        line.addWidget(self.serial_field, 1)
        line.addWidget(button(self.tr("Search"), self.find_notices, "primary"))
        box.addLayout(line)
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a long matter name wraps instead of hiding the status
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self.choose)
        box.addWidget(self.list, 1)
        self.detail = QVBoxLayout()
        box.addLayout(self.detail)
        self.status_row = QHBoxLayout()
        self.status_buttons = {}
        for status in STATUSES:
            b = button(status, partial(self.mark, status))
            b.setCheckable(True)
            self.status_buttons[status] = b
            self.status_row.addWidget(b, 1)
        box.addLayout(self.status_row)
        self.message = label("", "heading")
        box.addWidget(self.message)
        self.find_notices()

    def find_notices(self) -> None:
        try:
            self.results = self.search(self.serial_field.text())
            progress = {n.serial: self.progress_of(n.serial) for n in self.results}
        except UserError as exc:  # the database does not answer: statuses live only there
            self.results, progress = [], {}
            self.message.setText(exc.message)
        except UNREACHABLE:
            self.results, progress = [], {}
            self.message.setText(self.tr("The database does not answer; try again in a moment."))
        self.list.clear()
        for notice in self.results:
            found = progress.get(notice.serial)
            status = found.status if found else self.tr("not yet delivered")
            self.list.addItem(QListWidgetItem(f"【{status}】 {notice.serial}  {notice.matter_name}"))
        self._show(None)
        if self.results:
            self.list.setCurrentRow(0)

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.results):
            self.selected = self.results[row].serial
            self._show(self.progress_of(self.selected))

    def _show(self, progress: NoticeProgress | None) -> None:
        clear_layout(self.detail)
        for status, b in self.status_buttons.items():
            b.setEnabled(progress is not None)
            b.setChecked(progress is not None and progress.status == status)
        if progress is None:
            self.detail.addWidget(label(self.tr("No notice chosen."), "muted"))
            return
        dates = "  ".join(f"{s.status} {s.at:%Y-%m-%d %H:%M}" for s in progress.steps)
        self.detail.addWidget(label(f"{progress.serial} · {progress.matter_name}", "heading"))
        self.detail.addWidget(label(dates, "body"))

    def mark(self, status: str) -> None:
        if not self.selected:
            return
        try:
            progress = self.set_status(self.selected, status)
        except UserError as exc:
            self.message.setText(exc.message)
            return
        self.message.setText(self.tr("%1 is now %2.").replace("%1", progress.serial).replace("%2", progress.status))
        row = self.list.currentRow()
        if 0 <= row < len(self.results):
            item = self.list.item(row)
            notice = self.results[row]
            item.setText(f"【{progress.status}】 {notice.serial}  {notice.matter_name}")
        self._show(progress)
