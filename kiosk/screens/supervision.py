"""监督投诉: how to complain or report, how earlier complaints were handled, and how 差评 were rectified.

The hall's own complaint and supervision phones come first and large (that is what most people
come here for), then every channel the hall lists, then the published handling results of
complaints, then the 差评 rectified and answered (差评整改公示): the share rectified on time and
each closed case — date, matter, what was wrong, what was done — as ``public_board`` anonymised it.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.data.schema import ComplaintChannelDoc, ComplaintResultDoc, HallDoc
from kiosk.screens.base import Look, ScrollScreen
from kiosk.services.supervision.public import PublicCase, SupervisionBoard
from kiosk.widgets.basics import Card, ResponsiveGrid, fit_height_to_width, label
from kiosk.widgets.rows import InfoRow

CHANNEL_ICONS = {
    "电话": "phone",
    "举报箱": "box",
    "邮箱": "mail",
    "网站": "language",
    "来访": "location",
    "信函": "mail",
}


class SupervisionScreen(ScrollScreen):
    """Phones, complaint box, email, every channel, and the published handling results."""

    name = "supervision"

    def __init__(
        self,
        look: Look,
        hall: Callable[[], HallDoc | None],
        channels: Callable[[], list[ComplaintChannelDoc]],
        results: Callable[[], list[ComplaintResultDoc]],
        board: Callable[[], SupervisionBoard | None] = lambda: None,
    ) -> None:
        super().__init__(look)
        self.hall = hall
        self.channels = channels
        self.results = results
        self.board = board

    def title(self) -> str:
        return self.tr("Complaints & supervision")

    def icon_colour(self) -> str:
        p = self.look.palette
        return p.accent if p.name == "standard" else p.text

    def refresh(self) -> None:
        m = self.look.metrics
        page, box = self.page()
        fit_height_to_width(page)
        box.addWidget(label(self.tr("Complaints & supervision"), "title"))
        box.addWidget(
            label(self.tr("Not satisfied with our service? Tell us. Every complaint is recorded and answered."), "body")
        )
        board = self.board()
        results = self.results()
        record = self._record_line(board, len(results))
        if record:
            box.addWidget(label(record, "heading"))
        hall = self.hall()
        if hall is not None:
            contacts = self._hall_contacts(hall)
            if contacts is not None:
                box.addWidget(contacts)
        channels = self.channels()
        if channels:
            box.addWidget(label(self.tr("All ways to complain or report"), "heading"))
            grid = ResponsiveGrid(min_width=m.px(640), max_columns=2, spacing=m.margin)
            for channel in channels:
                card = Card()
                card.add(
                    InfoRow(
                        CHANNEL_ICONS.get(channel.kind, "complaint"),
                        m.px(56),
                        self.icon_colour(),
                        channel.label,
                        channel.value,
                        channel.note,
                        value_role="heading",
                    )
                )
                card.box.addStretch(1)
                grid.add(card)
            box.addWidget(grid)
        box.addWidget(label(self.tr("Published handling results"), "heading"))
        if not results:
            box.addWidget(label(self.tr("No handling results have been published yet."), "body"))
        for result in results:
            box.addWidget(self._result_card(result))
        if board is not None:
            self._add_rectifications(box, board)
        box.addStretch(1)

    def _record_line(self, board: SupervisionBoard | None, results: int) -> str:
        """One line near the top that says what the page holds further down."""
        parts = []
        if board is not None and board.on_time_share is not None:
            parts.append(self.tr("Poor ratings rectified on time: %1").replace("%1", f"{board.on_time_share:.0%}"))
        if board is not None and board.cases:
            parts.append(self.tr("%1 rectifications published").replace("%1", str(len(board.cases))))
        if results:
            parts.append(self.tr("%1 complaint results published").replace("%1", str(results)))
        return (" · ".join(parts) + self.tr(" (below)")) if parts else ""

    def _add_rectifications(self, box, board: SupervisionBoard) -> None:  # type: ignore[no-untyped-def]
        m = self.look.metrics
        box.addWidget(label(self.tr("Poor ratings and how we rectified them"), "heading"))
        card = Card(spacing=m.px(8))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(24))
        share = board.on_time_share
        if share is None:
            card.add(label(self.tr("No poor rating has come due for rectification in the last 12 months."), "body"))
        else:
            card.add(label(self.tr("%1 rectified on time").replace("%1", f"{share:.0%}"), "big"))
            card.add(
                label(
                    self.tr("Of %1 poor ratings whose time limit has come, %2 were rectified within 15 working days.")
                    .replace("%1", str(board.judged))
                    .replace("%2", str(board.on_time)),
                    "body",
                )
            )
        card.add(
            label(
                self.tr("Poor ratings received since %1: %2. Every one is checked, rectified and answered.")
                .replace("%1", f"{board.since:%Y-%m-%d}")
                .replace("%2", str(board.poor_total)),
                "muted",
            )
        )
        box.addWidget(card)
        for case in board.cases:
            box.addWidget(self._case_card(case))

    def _case_card(self, case: PublicCase) -> Card:
        m = self.look.metrics
        card = Card(spacing=m.px(10))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(24))
        card.add(label(case.matter or self.tr("Service in the hall"), "heading"))
        when = self.tr("Rated %1").replace("%1", f"{case.rated_on:%Y-%m-%d}")
        if case.closed_on is not None:
            when += " · " + self.tr("answered %1").replace("%1", f"{case.closed_on:%Y-%m-%d}")
        if case.on_time is not None:
            when += " · " + (self.tr("rectified on time") if case.on_time else self.tr("rectified late"))
        card.add(label(when, "muted"))
        if case.problem:
            card.add(label(self.tr("What was wrong"), "muted"))
            card.add(label(case.problem, "body"))
        if case.rectification:
            card.add(label(self.tr("What we did"), "muted"))
            card.add(label(case.rectification, "body"))
        return card

    def _hall_contacts(self, hall: HallDoc) -> Card | None:
        m = self.look.metrics
        rows = [  # icon, caption, value, how large the value is shown
            ("phone", self.tr("Complaint phone"), hall.complaint_phone, "big"),
            ("phone", self.tr("Supervision phone"), hall.supervision_phone, "big"),
            ("box", self.tr("Complaint box"), hall.complaint_box, "heading"),
            ("mail", self.tr("Email"), hall.email, "heading"),
        ]
        rows = [r for r in rows if r[2]]
        if not rows:
            return None
        card = Card(spacing=m.px(20))
        card.box.setContentsMargins(m.px(32), m.px(28), m.px(32), m.px(28))
        grid = ResponsiveGrid(min_width=m.px(640), max_columns=2, spacing=m.margin)
        for icon, caption, value, role in rows:
            grid.add(InfoRow(icon, m.px(72), self.icon_colour(), caption, value, value_role=role))
        card.add(grid)
        return card

    def _result_card(self, result: ComplaintResultDoc) -> Card:
        m = self.look.metrics
        card = Card(spacing=m.px(10))
        card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(24))
        card.add(label(result.title, "heading"))
        if result.received_on is not None:
            card.add(label(self.tr("Received %1").replace("%1", f"{result.received_on:%Y-%m-%d}"), "muted"))
        if result.summary:
            card.add(label(self.tr("What was reported"), "muted"))
            card.add(label(result.summary, "body"))
        if result.result:
            card.add(label(self.tr("How it was handled"), "muted"))
            card.add(label(result.result, "body"))
        return card
