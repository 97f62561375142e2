"""通知公告: the notices inside their publish window, each in full on its own card.

The repository decides what is inside its window (so an expired or not-yet-published notice
never shows); the screen shows every one it gets, whole, so nothing needs a tap to read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from kiosk.data.schema import NoticeDoc
from kiosk.screens.base import Look, ScrollScreen
from kiosk.widgets.basics import Card, fit_height_to_width, label
from kiosk.widgets.cadence import cadence_line
from kiosk.widgets.markdown_view import MarkdownView


def day(moment: dt.datetime | dt.date) -> str:
    return f"{moment:%Y-%m-%d}"


def last_day(until: dt.datetime) -> dt.date:
    """The last day a notice is shown: a window ending at midnight ends the day before."""
    return (until - dt.timedelta(days=1)).date() if until.time() == dt.time(0, 0) else until.date()


class NoticesScreen(ScrollScreen):
    """Current notices, in the order the hall sorted them."""

    name = "notices"

    def __init__(self, look: Look, notices: Callable[[], list[NoticeDoc]]) -> None:
        super().__init__(look)
        self.notices = notices
        self.cards: dict[str, Card] = {}

    def title(self) -> str:
        return self.tr("Notices")

    def refresh(self) -> None:
        m, p = self.look.metrics, self.look.palette
        page, box = self.page()
        fit_height_to_width(page)
        box.addWidget(label(self.tr("Notices"), "title"))
        self.cards = {}
        notices = self.notices()
        if not notices:
            box.addWidget(label(self.tr("There are no notices at the moment."), "body"))
        for notice in notices:
            card = Card(spacing=m.px(12))
            card.box.setContentsMargins(m.px(32), m.px(24), m.px(32), m.px(24))
            card.add(label(notice.title, "heading"))
            facts = []
            if notice.publish_from is not None:
                facts.append(self.tr("Published %1").replace("%1", day(notice.publish_from)))
            if notice.publish_until is not None:
                facts.append(self.tr("Shown until %1").replace("%1", day(last_day(notice.publish_until))))
            facts.append(cadence_line(notice.cadence))
            card.add(label("  ·  ".join(facts), "muted"))
            if notice.body.strip():
                card.box.addSpacing(m.px(8))
                card.add(MarkdownView(notice.body, p, m))
            self.cards[notice.key] = card
            box.addWidget(card)
        box.addStretch(1)
