"""差评整改: every case a poor rating (or a comment) opened, the open ones by deadline, overdue in red.

The list shows one filter at a time — open (by deadline, the most urgent first), overdue, closed
(newest first), all — with the counts on the filter buttons and the share rectified on time. A
tapped case opens on the right (``CaseDetail``) with its steps. Sample cases from the demo can be
removed here in one tap, with the rest of the demo's service-loop samples, after a confirmation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.screens.admin.case_detail import CaseDetail, Choices
from kiosk.screens.admin.supervision_parts import SplitPage, caption, chips, chosen_list, say, set_rows, stretched
from kiosk.services.supervision.cases import CaseRecord, CaseService, Filter, count_cases, sort_for
from kiosk.widgets.basics import fit_height_to_width
from kiosk.widgets.confirm import ConfirmDialog
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea


class CasesPage(SplitPage):
    """Filters and the list on the left, the chosen case on the right."""

    def __init__(
        self,
        service: CaseService,
        actor: Callable[[], str],
        windows: Choices,
        staff: Choices,
        matters: Choices,
        public_preview: Callable[[CaseRecord], tuple[str, str]],
        remove_samples: Callable[[], int] | None = None,
    ) -> None:
        super().__init__("CasesPage", self.tr("Poor ratings and their rectification (差评整改)"))
        self.service = service
        self.remove_samples = remove_samples
        self.windows = windows
        self.which: Filter = "open"
        self.records: list[CaseRecord] = []
        self.key = ""
        self.stale = False
        self.dialog: QWidget | None = None
        self.group, self.filters, holder = chips([("open", ""), ("overdue", ""), ("closed", ""), ("all", "")], self)
        for value, chip in self.filters.items():
            chip.clicked.connect(lambda _=False, value=value: self.set_filter(value))
        self.summary = caption("", "muted")
        self.samples_button = form_button(self.tr("Remove sample cases…"), self.ask_remove_samples)
        self.samples_button.setVisible(False)
        self.message = caption("")
        self.message.hide()
        self.top.addWidget(holder)
        self.top.addWidget(stretched(self.summary, self.samples_button))
        self.top.addWidget(self.message)
        self.rows, self.delegate = chosen_list()
        self.rows.setObjectName("CaseList")
        self.rows.tapped.connect(self.choose)
        self.left.addWidget(self.rows, 1)
        self.detail = CaseDetail(service, actor, windows, staff, matters, public_preview)
        self.detail.changed.connect(self.refresh)
        self.empty = caption("", "muted")
        self.area = KineticScrollArea()
        self.area.setWidget(fit_height_to_width(self.detail))
        self.right.addWidget(self.empty)
        self.right.addWidget(self.area, 1)
        self.refresh()

    def status_text(self, status: str) -> str:
        return {
            "verifying": self.tr("To verify"),
            "rectifying": self.tr("Rectifying"),
            "rectified": self.tr("Rectified, to call back"),
            "visited": self.tr("Called back"),
            "unfounded": self.tr("Not founded"),
            "no_action": self.tr("No action needed"),
        }.get(status, status)

    def set_filter(self, which: str) -> None:
        self.which = which  # type: ignore[assignment]
        self.refresh()

    def refresh(self) -> None:
        """Reload the cases of the filter, keeping the chosen one when it is still listed."""
        self.stale = False
        today = self.service.today()
        everything = self.service.cases("all")
        counts = {
            "open": sum(r.is_open for r in everything),
            "overdue": sum(r.overdue(today) for r in everything),
            "closed": sum(not r.is_open for r in everything),
            "all": len(everything),
        }
        names = {
            "open": self.tr("Open (%1)"),
            "overdue": self.tr("Overdue (%1)"),
            "closed": self.tr("Closed (%1)"),
            "all": self.tr("All (%1)"),
        }
        for value, chip in self.filters.items():
            chip.setText(names[value].replace("%1", str(counts[value])))
            chip.setChecked(value == self.which)
        share = count_cases(everything, today).on_time_share
        self.summary.setText(
            self.tr("Rectified within 15 working days: %1").replace("%1", f"{share:.0%}" if share is not None else "—")
        )
        self.samples_button.setVisible(self.remove_samples is not None and any(r.is_sample for r in everything))
        self.records = sort_for(everything, self.which, today)
        window_names = dict(self.windows())
        set_rows(self.rows, [self._row(r, today, window_names) for r in self.records])
        keys = [str(r.id) for r in self.records]
        self.choose(self.key if self.key in keys else (keys[0] if keys else ""))

    def _row(self, record: CaseRecord, today: dt.date, windows: dict[str, str]) -> tuple[str, str, str, bool]:
        worst = min(record.levels.values()) if record.levels else 0
        what = self.detail.level_word(worst) if record.poor else self.tr("comment")
        window = windows.get(record.window, record.window) or self.tr("no window named")
        title = f"{record.number} · {what} · {window}"
        state = self.status_text(record.status)
        if record.overdue(today):
            late = self.tr("overdue since %1").replace("%1", f"{record.deadline + dt.timedelta(days=1):%Y-%m-%d}")
            subtitle = f"{state} · {late}"
        elif record.is_open:
            subtitle = f"{state} · " + self.tr("deadline %1").replace("%1", f"{record.deadline:%Y-%m-%d}")
        else:
            subtitle = f"{state} · " + self.tr("closed %1").replace(
                "%1", f"{record.closed_on or record.rated_on:%Y-%m-%d}"
            )
        if record.is_sample:
            subtitle += " · " + self.tr("sample")
        return str(record.id), title, subtitle, record.overdue(today)

    def choose(self, key: str) -> None:
        self.key = key
        self.delegate.chosen = key
        self.rows.viewport().update()
        record = next((r for r in self.records if str(r.id) == key), None)
        self.area.setVisible(record is not None)
        self.empty.setVisible(record is None)
        if record is None:
            self.empty.setText(
                self.tr("No cases here. A case opens by itself when a resident rates a service 不满意 or 非常不满意, "
                        "or leaves a comment, at a kiosk.")
            )  # fmt: skip
            return
        self.detail.show_case(record, self.service.today(), self.status_text)

    # --- samples --------------------------------------------------------------------------------

    def ask_remove_samples(self) -> None:
        dialog = ConfirmDialog(
            self.window(),
            self.tr("Remove the sample cases?"),
            self.tr("The demo's sample ratings, cases, complaints and opinions are deleted. Real ones stay."),
            self.tr("Remove samples"),
            self.tr("Keep them"),
        )
        dialog.accepted.connect(self._remove_samples)
        self.dialog = dialog
        dialog.open()

    def _remove_samples(self) -> None:
        if self.remove_samples is None:
            return
        removed = self.remove_samples()
        say(self.message, self.tr("Removed %1 sample records.").replace("%1", str(removed)), error=False)
        self.refresh()

    # --- Qt -------------------------------------------------------------------------------------

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        self.stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.stale:  # ratings may have come in meanwhile
            self.refresh()
