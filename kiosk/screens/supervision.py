"""监督投诉: how to complain or report, and how earlier complaints were handled.

The hall's own complaint and supervision phones come first and large (that is what most people
come here for), then every channel the hall lists, then the published handling results.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.data.schema import ComplaintChannelDoc, ComplaintResultDoc, HallDoc
from kiosk.screens.base import Look, ScrollScreen
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
    ) -> None:
        super().__init__(look)
        self.hall = hall
        self.channels = channels
        self.results = results

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
        results = self.results()
        if not results:
            box.addWidget(label(self.tr("No handling results have been published yet."), "body"))
        for result in results:
            box.addWidget(self._result_card(result))
        box.addStretch(1)

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
