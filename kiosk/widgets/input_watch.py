"""One application-wide event filter for the kiosk's watchers of touches and keys.

The idle timer and the hidden staff gesture must see input to every window (dialogs and the
virtual keyboard included), so they filter the whole application's events. Qt calls an event
filter for every event of every object — each widget built sends a score of them (polish, child
added, layout, show, move, resize, paint) — and a filter written in Python costs a call into
Python per event: measured here, the two filters took a third of the time to open a guide.
``InputFilter`` stands in for them: one call per event, which passes only input events (a cheap
class check, no enum conversion) on to the watchers, unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication

# Touches, clicks, moves, wheel and keys are QInputEvents; the virtual keyboard's text arrives as
# QInputMethodEvent. Nothing else is input, so nothing else reaches the watchers.
INPUT_CLASSES = (QInputEvent, QInputMethodEvent)


class InputFilter(QObject):
    """Hands input events to ``watchers`` (event filters that never consume them)."""

    def __init__(self, watchers: list[QObject], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watchers = watchers

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, INPUT_CLASSES):
            for watcher in self.watchers:
                watcher.eventFilter(watched, event)
        return False


def filter_input_once(
    watchers: list[QObject], parent: QObject, combined: InputFilter | None = None
) -> InputFilter | None:
    """Take ``watchers`` off the application's event filters and let one ``InputFilter`` (``combined``,
    when there is one already) hand them the input events instead."""
    app = QApplication.instance()
    if app is None:
        return None
    for watcher in watchers:
        app.removeEventFilter(watcher)
    if combined is None:
        combined = InputFilter([], parent)
        app.installEventFilter(combined)
    combined.watchers += [w for w in watchers if w not in combined.watchers]
    return combined
