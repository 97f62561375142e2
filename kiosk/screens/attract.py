"""The attract loop (待机轮播): shown over everything when nobody has touched the kiosk for a while.

It rotates through the published notices (urgent ones, 紧急, first) and excerpts of the public rules in big type, with
the hall's name, a clock and a clear "touch to begin" prompt. A touch anywhere goes home and
nothing else: this widget takes the press and the release itself (its children are transparent
to the mouse), so the finger never lands on a tile of the screen underneath.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHideEvent, QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.data.schema import DisclosureDoc, HallDoc, NoticeDoc
from kiosk.screens.base import Look, Screen
from kiosk.widgets.basics import Card, label
from kiosk.widgets.markdown_view import plain_text

EXCERPT_CHARS = 200
LONGEST_ROTATION = 30.0  # content must change at least this often (seconds)
# Qt's raster engine draws glyphs of 64 px and more as outlines, and the synthetic bold of a
# single-weight CJK font (WenQuanYi Micro Hei) is lost on that path: bold text stays below it.
LARGEST_BOLD_PX = 63


@dataclass(frozen=True)
class Slide:
    """One item of the loop: what kind of text, its title and an excerpt."""

    kind: str  # "urgent", "notice" or "rule"
    title: str
    text: str


def _join(match: re.Match[str]) -> str:
    """Fold a run of whitespace: nothing after Chinese text (it has no spaces), else one space."""
    before = match.string[match.start() - 1] if match.start() else ""
    return "" if before >= "\u2e80" else " "


def excerpt(markdown: str, limit: int = EXCERPT_CHARS) -> str:
    """The first ``limit`` characters of the text, whitespace folded, cut with an ellipsis."""
    text = re.sub(r"\s+", _join, plain_text(markdown).strip())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


class ExcerptLabel(QLabel):
    """Wrapped text cut with an ellipsis to the height the layout gives it: never clipped mid-line.

    It asks for the height of its whole text at its current width but accepts any less (the
    title above may need several lines in portrait or elder mode), so it reports no
    height-for-width of its own: that would make the layout treat the full height as a minimum.
    """

    def __init__(self, role: str) -> None:
        super().__init__()
        self.full_text = ""
        self.setProperty("role", role)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._fit()
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return False

    def sizeHint(self) -> QSize:
        width = max(200, self.contentsRect().width())
        return QSize(200, self._height_of(self.full_text, width))

    def _height_of(self, text: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(self.font()).boundingRect(QRect(0, 0, width, 1_000_000), flags, text).height()

    def minimumSizeHint(self) -> QSize:
        return QSize(100, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the whole text's height depends on the width

    def _fit(self) -> None:
        area = self.contentsRect()
        if area.width() <= 0 or area.height() <= 0:
            self.setText(self.full_text)
            return

        def fits(text: str) -> bool:
            return self._height_of(text, area.width()) <= area.height()

        if fits(self.full_text):
            self.setText(self.full_text)
            return
        low, high = 0, len(self.full_text)
        while low < high:  # the longest prefix that fits with its ellipsis
            middle = (low + high + 1) // 2
            if fits(self.full_text[:middle].rstrip() + "…"):
                low = middle
            else:
                high = middle - 1
        self.setText(self.full_text[:low].rstrip() + "…" if low else "")


class AttractScreen(Screen):
    """Rotating notices and rule excerpts; a tap emits ``go("home")`` and reaches nothing else."""

    name = "attract"

    def __init__(
        self,
        look: Look,
        hall: Callable[[], HallDoc | None],
        notices: Callable[[], list[NoticeDoc]],
        public_disclosures: Callable[[], list[DisclosureDoc]],
        rotate_seconds: float = 12,
    ) -> None:
        super().__init__(look)
        self.hall = hall
        self.notices = notices
        self.public_disclosures = public_disclosures
        self.slides: list[Slide] = []
        self.index = 0
        self._pressed = False
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.rotate_timer = QTimer(self)
        self.rotate_timer.setInterval(round(max(0.05, min(LONGEST_ROTATION, float(rotate_seconds))) * 1000))
        self.rotate_timer.timeout.connect(self.next_slide)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self.tick)

        self.hall_label = label("", "attract-hall")
        self.clock_label = label("", "attract-clock", wrap=False)
        self.clock_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.date_label = label("", "attract-date", wrap=False)
        self.date_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.kind_label = label("", "attract-kind")
        self.title_label = label("", "attract-title")
        self.text_label = ExcerptLabel("attract-text")
        self.position_label = label("", "muted", wrap=False)
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.prompt_label = label("", "attract-prompt")
        self.prompt_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.hall_label, 1)
        time_column = QVBoxLayout()
        time_column.setSpacing(0)
        time_column.addWidget(self.clock_label)
        time_column.addWidget(self.date_label)
        top.addLayout(time_column)
        self.card = Card()
        self.card.add(self.kind_label)
        self.card.add(self.title_label)
        self.card.box.addWidget(self.text_label)
        self.card.add(self.position_label)
        self.box = QVBoxLayout(self)
        self.box.addLayout(top)
        self.box.addStretch(1)
        self.box.addWidget(self.card)
        self.box.addStretch(1)
        self.box.addWidget(self.prompt_label)
        for child in self.findChildren(QWidget):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    # --- content ---------------------------------------------------------------------------

    def load_slides(self) -> list[Slide]:
        notices = sorted(self.notices(), key=lambda n: n.priority != "紧急")  # urgent first, else in their order
        slides = [Slide("urgent" if n.priority == "紧急" else "notice", n.title, excerpt(n.body)) for n in notices]
        slides += [Slide("rule", d.title, excerpt(d.body)) for d in self.public_disclosures() if d.audience == "public"]
        return slides

    def open(self, **params: Any) -> None:
        self.slides = self.load_slides()
        self.index = 0
        self._pressed = False
        super().open(**params)
        if self.isVisible():
            self._start()

    def refresh(self) -> None:
        m = self.look.metrics
        self.setStyleSheet(self.local_style())
        window = self.window()
        wide = (window.width() if window is not None else self.width()) >= 1400
        side = m.margin * (3 if wide else 1)  # portrait needs the width for the hall's name
        self.box.setContentsMargins(side, m.margin, side, m.margin * 2)
        self.box.setSpacing(m.margin)
        self.card.box.setContentsMargins(m.px(40), m.px(28), m.px(40), m.px(28))
        self.card.box.setSpacing(m.px(16))
        hall = self.hall()
        self.hall_label.setText(hall.name if hall is not None else "")
        self.prompt_label.setText(self.tr("Touch the screen to begin"))
        self.show_slide()
        self.tick()

    def local_style(self) -> str:
        """Sizes beyond the theme's roles: the loop is read from across the lobby."""
        m, p = self.look.metrics, self.look.palette
        heading = p.accent if p.name == "standard" else p.text

        def bold(base: int) -> int:
            return min(m.px(base), LARGEST_BOLD_PX)

        return f"""
AttractScreen {{ background: {p.window}; }}
QLabel[role="attract-hall"] {{ font-size: {bold(52)}px; font-weight: bold; color: {heading}; }}
QLabel[role="attract-clock"] {{ font-size: {m.px(72)}px; }}
QLabel[role="attract-date"] {{ font-size: {m.px(32)}px; color: {p.muted_text}; }}
QLabel[role="attract-kind"] {{ font-size: {bold(34)}px; font-weight: bold; color: {p.muted_text}; }}
QLabel[role="attract-title"] {{ font-size: {bold(56)}px; font-weight: bold; color: {heading}; }}
QLabel[role="attract-text"] {{ font-size: {m.px(40)}px; }}
QLabel[role="attract-prompt"] {{
    font-size: {bold(56)}px; font-weight: bold; color: {p.accent_text}; background: {p.accent};
    border-radius: {m.px(24)}px; padding: {m.px(24)}px;
}}
"""

    def show_slide(self) -> None:
        if not self.slides:
            hall = self.hall()
            self.kind_label.setText("")
            self.title_label.setText(self.tr("Welcome"))
            self.text_label.set_full_text(excerpt(hall.intro, 400) if hall is not None and hall.intro else "")
            self.position_label.setText("")
            return
        slide = self.slides[self.index % len(self.slides)]
        kinds = {"urgent": self.tr("Urgent notice"), "notice": self.tr("Notice")}
        self.kind_label.setText(kinds.get(slide.kind, self.tr("Public disclosure")))
        self.title_label.setText(slide.title)
        self.text_label.set_full_text(slide.text)
        self.position_label.setText(f"{self.index % len(self.slides) + 1} / {len(self.slides)}")

    def next_slide(self) -> None:
        if self.slides:
            self.index = (self.index + 1) % len(self.slides)
        self.show_slide()

    def minimumSizeHint(self) -> QSize:
        # The excerpt gives way to whatever the window leaves; the loop must never make the window grow.
        return QSize(0, 0)

    def current_title(self) -> str:
        return self.title_label.text()

    def tick(self) -> None:
        now = dt.datetime.now()
        self.clock_label.setText(f"{now:%H:%M}")
        self.date_label.setText(f"{now:%Y-%m-%d}")

    # --- timers and touch ------------------------------------------------------------------

    def _start(self) -> None:
        self.rotate_timer.start()
        self.clock_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.rotate_timer.stop()
        self.clock_timer.stop()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self._pressed = True

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._pressed:
            self._pressed = False
            self.navigate("home")

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def reset(self) -> None:
        super().reset()
        self.index = 0
        self._pressed = False
