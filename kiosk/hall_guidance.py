"""Wiring of issue 14's hall guidance for the composition root (app.py): 办件进度, 呼叫帮办 and
the floor plan. Kept apart so app.py stays a table of contents; nothing else builds these."""

from __future__ import annotations

from collections.abc import Callable


def guidance_screens(content, local=None) -> dict[str, Callable]:  # type: ignore[no-untyped-def]
    """Factories of the resident screens: progress lookup (办件进度)."""
    from kiosk.screens.progress import ProgressScreen
    from kiosk.services.notice_progress import LookupLimiter, ProgressBook

    book = ProgressBook(content.database)
    limiter = LookupLimiter()  # one per kiosk, kept across visits to the screen

    return {
        "progress": lambda look: ProgressScreen(look, book.lookup, limiter),
    }


def progress_section(look, notices, session):  # type: ignore[no-untyped-def]
    """办件进度 in the console, for staff and admin: set the status of issued notices."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.progress_page import ProgressPage
    from kiosk.services.notice_progress import ProgressBook

    def build():  # type: ignore[no-untyped-def]
        book = ProgressBook(notices.database)
        return ProgressPage(
            look,
            lambda serial: notices.search(serial=serial, limit=100),
            book.of_serial,
            lambda serial, status: book.set_status(serial, status, session.actor),
        )

    return Section("notice.progress", QCoreApplication.translate("Console", "Progress of notices"), build, admin_only=False)
