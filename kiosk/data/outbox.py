"""Moved to ``kiosk.data.offline.outbox``; this name stays for branches written before the move."""

from kiosk.data.offline.outbox import FlushReport, OfflineFeedback, flush_outbox, insert_once  # noqa: F401
