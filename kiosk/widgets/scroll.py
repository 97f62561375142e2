"""A kinetic scroll area that is created once and has its contents swapped.

``QScroller.grabGesture`` leaks ~3 KiB each time it is called (measured here), so every screen
owns exactly one of these for its lifetime and replaces the inner widget instead of making a
new scroll area per page. One-finger drag scrolls; a drag never becomes a tap.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QScroller, QScrollerProperties, QWidget


class KineticScrollArea(QScrollArea):
    """Vertical kinetic scrolling with a mouse/finger drag; contents replaced with ``set_content``."""

    grabbed_count = 0  # how many scrollers were ever grabbed (a leak canary for tests)

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
