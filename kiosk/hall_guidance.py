"""Wiring of issue 14's hall guidance for the composition root (app.py): 办件进度, 呼叫帮办 and
the floor plan. Kept apart so app.py stays a table of contents; nothing else builds these."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

PLACES_SECONDS = 60.0  # a window put on the plan shows 「在地图上看」 within this, on every kiosk


def guidance_screens(content, local=None) -> dict[str, Callable]:  # type: ignore[no-untyped-def]
    """Factories of the resident screens: progress lookup (办件进度), the floor plan (窗口导航)."""
    from kiosk.data.floor_plans import FloorPlans
    from kiosk.screens.floorplan import FloorPlanScreen
    from kiosk.screens.progress import ProgressScreen
    from kiosk.services.notice_progress import LookupLimiter, ProgressBook

    book = ProgressBook(content.database)
    finder = window_finder(content)  # 「在地图上看」 beside the notice's window
    limiter = LookupLimiter()  # one per kiosk, kept across visits to the screen
    plans = FloorPlans(content.database)
    kiosk_id = local.kiosk_id if local is not None else ""

    def progress(look):  # type: ignore[no-untyped-def]
        from kiosk.widgets.camera_scan import CameraScan, camera_present

        camera = CameraScan if camera_present() else None  # asked when the screen is built: a camera plugged in counts
        return ProgressScreen(look, book.lookup, limiter, camera, finder)

    return {
        "progress": progress,
        "floorplan": lambda look: FloorPlanScreen(look, plans, content.windows, kiosk_id),
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

    return Section(
        "notice.progress", QCoreApplication.translate("Console", "Progress of notices"), build, admin_only=False
    )


def help_banner(database, session):  # type: ignore[no-untyped-def]
    """The 呼叫帮办 alerts at the top of the console (kiosk and office window alike)."""
    from kiosk.data.help_calls import HelpDesk
    from kiosk.screens.admin.help_alerts import HelpAlerts

    return HelpAlerts(HelpDesk(database), session.name or "")


def help_caller(content, screen, look):  # type: ignore[no-untyped-def]
    """What 「呼叫工作人员」 does on ``screen`` (a guide; also its print dialog): call, and say so."""
    from kiosk.data.help_calls import HelpDesk, kiosk_name
    from kiosk.screens.help_call import HelpCallDialog

    desk = HelpDesk(content.database)
    local = content.local
    kiosk_id = local.kiosk_id if local is not None else ""

    def call(*_args) -> None:  # type: ignore[no-untyped-def]
        matter = getattr(screen, "matter", None) or getattr(screen, "bundle", None)  # a guide, or a 一件事
        about = (matter.code, matter.name) if matter is not None else ("", "")
        from PySide6.QtWidgets import QApplication

        host = QApplication.activeModalWidget() or screen  # over the print dialog when that is open
        HelpCallDialog(host, look, desk, (kiosk_id, lambda: kiosk_name(content.database, kiosk_id)), about).open()

    return call


def window_finder(content):  # type: ignore[no-untyped-def]
    """For guides: a window's name and whether it is marked on a floor plan (then 「在地图上看」)."""
    import contextlib
    import time

    from kiosk.data.db import UNREACHABLE
    from kiosk.data.floor_plans import WINDOW, FloorPlans

    plans = FloorPlans(content.database)
    # Which windows are on a plan, read once per content generation (a publish, an import, a console
    # session) and at most once a minute — not on the GUI thread at every guide a resident opens
    # (a query each time, and on a village line a wait for the database's timeout when it is away).
    known: dict[str, Any] = {"generation": None, "at": -PLACES_SECONDS, "placed": frozenset()}

    def placed_windows() -> frozenset[str]:
        generation = getattr(getattr(content, "answers", None), "generation", None)
        now = time.monotonic()
        if generation != known["generation"] or now - known["at"] >= PLACES_SECONDS:
            with contextlib.suppress(*UNREACHABLE):  # offline: the plan is in the shared database; keep what we had
                known["placed"] = frozenset(p.key for p in plans.places() if p.kind == WINDOW and p.floor)
            known.update(generation=generation, at=now)
        placed: frozenset[str] = known["placed"]
        return placed

    def window_of(code: str) -> tuple[str, bool]:
        window = next((w for w in content.windows() if code in (w.code, w.name)), None)
        if window is None:
            return code, False
        return window.name, window.code in placed_windows()

    return window_of


def plan_section(content):  # type: ignore[no-untyped-def]
    """平面图 in the admin console: plan images per floor, windows and this kiosk placed on them."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.data.floor_plans import FloorPlans
    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.floor_plans_page import PLAN_SUFFIXES, FloorPlansPage
    from kiosk.screens.admin.style import admin_style
    from kiosk.widgets.file_picker import FilePickerDialog

    local = content.local
    kiosk_id = local.kiosk_id if local is not None else ""

    def pick(parent, then) -> None:  # type: ignore[no-untyped-def]
        title = QCoreApplication.translate("Console", "Choose a plan image (PNG or SVG)")
        dialog = FilePickerDialog(parent, title, style=admin_style(), role="admin-page", suffixes=PLAN_SUFFIXES)
        dialog.chosen.connect(then)
        dialog.open()

    def build():  # type: ignore[no-untyped-def]
        return FloorPlansPage(FloorPlans(content.database), content.windows, kiosk_id, pick)

    return Section("floor_plans", QCoreApplication.translate("Console", "Floor plans"), build, admin_only=True)


def plan_on_paper(content):  # type: ignore[no-untyped-def]
    """For 打印清单: the checklist with the part of the floor plan around its window (窗口导航 on
    paper), made here on the GUI thread; the notice unchanged when the window is not on a plan or
    the plan cannot be read or reached — a picture never stops a checklist."""
    import logging

    from kiosk.data.db import UNREACHABLE
    from kiosk.data.floor_plans import FloorPlans
    from kiosk.widgets.plan_crop import plan_picture

    plans = FloorPlans(content.database)
    local = content.local
    kiosk_id = local.kiosk_id if local is not None else ""

    def add(notice):  # type: ignore[no-untyped-def]
        wanted = notice.window_name.strip()
        window = next((w for w in content.windows() if wanted and wanted in (w.code, w.name)), None)
        if window is None:
            return notice
        try:
            picture = plan_picture(plans, window.code, window.name, kiosk_id)
        except UNREACHABLE:  # offline: the plans are in the shared database only
            return notice
        except Exception:  # a plan image Qt reads but cannot draw: the paper goes without it
            logging.getLogger(__name__).exception("the floor plan could not be drawn for the checklist")
            return notice
        if picture is None:
            return notice
        return notice.model_copy(update={"plan_png": picture.png, "plan_caption": picture.caption})

    return add
