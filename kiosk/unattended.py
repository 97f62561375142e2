"""Wiring that lets the kiosk run for months with nobody watching (used by app.py's run commands).

- logging into a rotating file and ``faulthandler`` into the same folder (``health_log.log_folder``);
- the crash guard: uncaught errors logged, the kiosk taken home with one calm sentence, the
  process ended (status 70) after five of them within ten minutes so the service manager starts
  a fresh one;
- the lockdown and the window keeper (kiosk mode), see ``widgets/lockdown.py``;
- systemd's notifications: READY=1 once home is painted, WATCHDOG=1 from the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kiosk.services import health_log

log = logging.getLogger(__name__)


@dataclass
class Unattended:
    """What ``start`` set up; kept alive by the run command for the life of the program."""

    guard: Any
    lockdown: Any
    heartbeat: Any
    keeper: Any = None
    keep: list[Any] = field(default_factory=list)  # the faults file, the log handler


def start(app: Any, *, kiosk_mode: bool, resident: bool = True) -> Unattended:
    """Logs, crash guard, lockdown and the service heartbeat, before any window is shown.

    ``resident`` False is the office window (``kiosk admin``): errors are logged and kept, but
    the program never exits for them and the window behaves like any other (menus, close).
    """
    from kiosk.services.crash_guard import CrashGuard, ErrorBudget, configure_logging, enable_faulthandler
    from kiosk.services.sd_notify import Notifier
    from kiosk.services.sd_watchdog import ServiceHeartbeat
    from kiosk.widgets.lockdown import Lockdown

    folder = health_log.log_folder()
    keep = [configure_logging(folder), enable_faulthandler(folder)]
    guard = CrashGuard(folder, budget=ErrorBudget() if resident else None, parent=app).install()
    lockdown = Lockdown(app, kiosk_mode=kiosk_mode, menus=not resident)
    heartbeat = ServiceHeartbeat(Notifier(), parent=app).start()
    log.info("kiosk starting (kiosk mode: %s), logs in %s", kiosk_mode, folder)
    return Unattended(guard, lockdown, heartbeat, keep=[k for k in keep if k is not None])


def keep_window(parts: Unattended, build: Callable[[], Any], show: Callable[[Any], None], *, kiosk_mode: bool) -> Any:
    """Show the window ``build`` makes; in kiosk mode keep it (re-shown when hidden, rebuilt when
    destroyed). READY=1 goes out after its first paint. Returns the ``WindowKeeper``."""
    from kiosk.widgets.lockdown import WindowKeeper

    def show_and_announce(window: Any) -> None:
        show(window)
        parts.heartbeat.ready_when_painted(window)

    keeper = WindowKeeper(build, show_and_announce, parts.lockdown)
    parts.keeper = keeper
    if kiosk_mode:
        keeper.start()
    else:
        keeper.replace(build)
    parts.guard.caught.connect(lambda _summary: calm_home(keeper.window))
    return keeper


def calm_home(window: Any) -> None:
    """After an uncaught error: back to the home page, forgetting the resident's input, with one
    calm sentence where the date is shown. Does nothing on a window that is not the kiosk's shell."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    if window is None or not shiboken6.isValid(window) or not hasattr(window, "idle_reset"):
        return
    try:
        window.idle_reset()
    except Exception:  # a screen that cannot forget its state must not keep the kiosk off its home page
        log.exception("resetting the screens after an error failed; going home all the same")
        window.go_home()
    window.header.flash(
        QCoreApplication.translate("Unattended", "Sorry, something went wrong. Here is the home page again."), 10
    )
