"""Writing the kiosk's usage counts (``data.usage``) off the GUI thread, every minute and at rest.

A QTimer on the GUI thread (Qt timers belong to the thread that made them) starts one
``BackgroundCall`` at a time to ``UsageRecorder.flush`` on the thread pool; the resident's tap
only ever appended to a list. ``flush_soon`` writes at once when the kiosk goes idle (the natural
end of a visit); ``flush_now`` writes synchronously when the program quits, so a clean shutdown
keeps the last minute. QtCore only, no widgets.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from kiosk.data.usage import UsageRecorder
from kiosk.services.background import BackgroundCall

log = logging.getLogger(__name__)
FLUSH_SECONDS = 60


class UsageFlusher(QObject):
    def __init__(self, recorder: UsageRecorder, seconds: float = FLUSH_SECONDS, parent: QObject | None = None):
        super().__init__(parent)
        self.recorder = recorder
        self.call: BackgroundCall | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.flush_soon)
        self.timer.start()

    def flush_soon(self) -> None:
        """Write what was counted, on a pool thread (nothing when nothing was counted or a write is out)."""
        if not self.recorder.pending() or (self.call is not None and not self.call.done):
            return
        # No parent: a child per flush would pile up under this object for as long as the kiosk
        # runs (one a minute); held by ``self.call`` alone, the last one is deleted when replaced.
        self.call = BackgroundCall(self.recorder.flush)
        self.call.failed.connect(lambda message: log.warning("usage counts were not written: %s", message))
        self.call.start()

    def flush_now(self) -> None:
        """Write at once on this thread (the program is about to end)."""
        self.timer.stop()
        try:
            self.recorder.flush()
        except Exception:  # quitting must not fail for a count
            log.exception("usage counts were not written at exit")
