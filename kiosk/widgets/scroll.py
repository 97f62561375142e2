"""A kinetic scroll area that is created once and has its contents swapped.

``QScroller.grabGesture`` keeps ~4.4 KiB for good each time it is called (measured: every grab
registers a new gesture type, and PySide makes and keeps a new enum member for it), so every
screen owns exactly one of these for its lifetime and replaces the inner widget instead of making
a new scroll area per page. What is made again and again (the print preview opened at every
打印清单) takes its scroll areas from a spare pool (``reused``) and hands them back when it closes
(``recycle``) instead of grabbing new ones. One-finger drag scrolls; a drag never becomes a tap.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QScrollerProperties, QWidget

SPARE_LIMIT = 8  # spare scroll areas kept per class; more are deleted (a grab costs less than a pile)


class KineticScrollArea(QScrollArea):
    """Vertical kinetic scrolling with a mouse/finger drag; contents replaced with ``set_content``."""

    grabbed_count = 0  # how many scrollers were ever grabbed (a leak canary for tests)
    _spare: ClassVar[dict[type, list[KineticScrollArea]]] = {}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        KineticScrollArea.grabbed_count += 1
        scroller = QScroller.scroller(self.viewport())
        props = scroller.scrollerProperties()
        props.setScrollMetric(
            QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
            QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
        )
        props.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
        scroller.setScrollerProperties(props)

    @classmethod
    def reused(cls, *args: Any, parent: QWidget | None = None) -> Self:
        """A spare one of this class handed back by ``recycle`` (made ready by ``reuse(*args)``),
        else a new one (``cls(*args, parent)``): no new gesture grab while a spare exists."""
        spare = KineticScrollArea._spare.get(cls, [])
        while spare:
            area = spare.pop()
            if shiboken6.isValid(area):
                area.setParent(parent)
                area.reuse(*args)
                area.show()
                return area  # type: ignore[return-value]
        return cls(*args, parent)  # type: ignore[call-arg]

    def reuse(self, *args: Any) -> None:
        """Ready for a new owner (subclasses take their constructor's arguments here)."""

    def recycle(self) -> None:
        """Out of its owner, contents deleted, kept for the next ``reused`` (call it before the owner
        is deleted); beyond ``SPARE_LIMIT`` spares it is simply deleted."""
        if not shiboken6.isValid(self):
            return
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
        spare = KineticScrollArea._spare.setdefault(type(self), [])
        if len(spare) >= SPARE_LIMIT or self in spare:
            self.deleteLater()
            return
        self.hide()
        self.setParent(None)
        spare.append(self)

    def set_content(self, widget: QWidget) -> None:
        """Show ``widget`` (the previous content is deleted) and go back to the top."""
        if widget is self.widget():  # a page that is kept and refilled (the guide's)
            self.to_top()
            return
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(widget)
        self.to_top()

    def to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)
