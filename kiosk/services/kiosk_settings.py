"""The kiosk settings an admin changes on screen: their ranges, checks, and what orientation means. No Qt.

The settings page lays out controls; this module says what a valid value is, saves a whole form
at once (one transaction with its audit row), and holds the pure geometry behind the orientation
setting. Problems come back as keys (``"prefix_spaces"``) so the screen can say them in the
reader's language.

Orientation: Qt draws on whatever rectangle the operating system reports; it cannot turn a
monitor. "auto" fills the screen and lets every screen lay itself out for that shape. "landscape"
or "portrait" ask for that shape: when the screen already has it nothing changes; when it does not
(a monitor mounted upright whose rotation is not yet set in the system, or an office PC previewing
the portrait layout) the kiosk draws in the largest 16:9 or 9:16 area in the middle of the glass.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

from kiosk.services.schedule import schedule_problems

if TYPE_CHECKING:  # the shell needs ``letterbox`` at start-up, before the database layer is loaded
    from kiosk.data.settings import Settings

ORIENTATIONS = ("auto", "landscape", "portrait")
LANGUAGES = ("zh_CN", "en")
IDLE_RANGE = (30, 600)
ATTRACT_RANGE = (5, 120)
KEEP_RANGE = (1, 60)
BLOCK_RANGE = (0, 500)
WARNING_RANGE = (20, 120)  # WCAG 2.2.1: at least 20 s to answer "still there?"
HEARTBEAT_RANGE = (10, 600)
SILENT_RANGE = (60, 3600)
HELP_RANGE = (30, 1800)  # 呼叫帮办: unanswered this long, a call turns red
PREFIX_MAX = 20
WIDE = (16, 9)


@dataclass(frozen=True)
class KioskSettings:
    """The values of the settings page (the same keys as ``kiosk.data.settings.DEFAULTS``)."""

    idle_seconds: int
    attract_rotate_seconds: int
    language: str
    orientation: str
    printer: str
    print_folder: str
    serial_prefix: str
    serial_block_size: int
    backup_keep: int
    backup_folder: str
    idle_warning_seconds: int = 20
    heartbeat_seconds: int = 60
    silent_seconds: int = 180
    help_escalate_seconds: int = 180
    screen_schedule: bool = False
    opening_hours: dict[str, str] = field(default_factory=dict)  # ISO weekday "1"…"7" → "08:00-12:00, 14:00-18:00"
    holidays: list[str] = field(default_factory=list)  # "YYYY-MM-DD"
    workdays: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, settings: Settings) -> KioskSettings:
        stored = settings.all()

        def number(key: str, bounds: tuple[int, int]) -> int:
            try:
                return min(bounds[1], max(bounds[0], int(stored[key])))
            except (TypeError, ValueError):
                return bounds[0]

        return cls(
            idle_seconds=number("idle_seconds", IDLE_RANGE),
            attract_rotate_seconds=number("attract_rotate_seconds", ATTRACT_RANGE),
            language=stored["language"] if stored["language"] in LANGUAGES else LANGUAGES[0],
            orientation=stored["orientation"] if stored["orientation"] in ORIENTATIONS else "auto",
            printer=str(stored["printer"] or ""),
            print_folder=str(stored["print_folder"] or ""),
            serial_prefix=str(stored["serial_prefix"] or ""),
            serial_block_size=number("serial_block_size", BLOCK_RANGE),
            backup_keep=number("backup_keep", KEEP_RANGE),
            backup_folder=str(stored["backup_folder"] or ""),
            idle_warning_seconds=number("idle_warning_seconds", WARNING_RANGE),
            heartbeat_seconds=number("heartbeat_seconds", HEARTBEAT_RANGE),
            silent_seconds=number("silent_seconds", SILENT_RANGE),
            help_escalate_seconds=number("help_escalate_seconds", HELP_RANGE),
            screen_schedule=bool(stored["screen_schedule"]),
            opening_hours={k: str(v) for k, v in dict(stored["opening_hours"] or {}).items()},
            holidays=[str(d) for d in stored["holidays"] or []],
            workdays=[str(d) for d in stored["workdays"] or []],
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def prefix_problem(prefix: str) -> str | None:
    """Why ``prefix`` cannot begin a notice serial (``…告〔2026〕0001号``); None when it can.

    Keys: ``prefix_length`` (1–20 characters), ``prefix_spaces`` (no spaces: a serial is read out
    and typed back when a resident asks for a reprint).
    """
    if not 1 <= len(prefix) <= PREFIX_MAX:
        return "prefix_length"
    if any(ch.isspace() for ch in prefix):
        return "prefix_spaces"
    return None


def problems(values: KioskSettings) -> dict[str, str]:
    """``{field: problem key}`` for every value the page must refuse (empty: all fine)."""
    found: dict[str, str] = {}
    checks = {
        "idle_seconds": (values.idle_seconds, IDLE_RANGE),
        "attract_rotate_seconds": (values.attract_rotate_seconds, ATTRACT_RANGE),
        "backup_keep": (values.backup_keep, KEEP_RANGE),
        "serial_block_size": (values.serial_block_size, BLOCK_RANGE),
        "idle_warning_seconds": (values.idle_warning_seconds, WARNING_RANGE),
        "heartbeat_seconds": (values.heartbeat_seconds, HEARTBEAT_RANGE),
        "silent_seconds": (values.silent_seconds, SILENT_RANGE),
        "help_escalate_seconds": (values.help_escalate_seconds, HELP_RANGE),
    }
    for name, (value, (low, high)) in checks.items():
        if not low <= value <= high:
            found[name] = "range"
    if "idle_warning_seconds" not in found and values.idle_warning_seconds >= values.idle_seconds:
        found["idle_warning_seconds"] = "warning_long"  # the warning would never come
    if "silent_seconds" not in found and values.silent_seconds < 2 * values.heartbeat_seconds:
        found["silent_seconds"] = "silent_short"  # one late heartbeat would turn a kiosk red
    if schedule_problems(values.as_dict()):
        found["screen_schedule"] = "schedule"  # the page names the day or date (schedule.schedule_problems)
    if values.language not in LANGUAGES:
        found["language"] = "choice"
    if values.orientation not in ORIENTATIONS:
        found["orientation"] = "choice"
    problem = prefix_problem(values.serial_prefix) if values.serial_prefix else None  # "": the hall's short name
    if problem:
        found["serial_prefix"] = problem
    if values.printer.startswith("folder:") and not values.printer.partition(":")[2].strip():
        found["printer"] = "folder"
    return found


def save(settings: Settings, values: KioskSettings, *, actor: str) -> dict[str, tuple[Any, Any]]:
    """Store the form (refusing nothing: call ``problems`` first); returns what changed, audited as one row."""
    wanted = {f.name: getattr(values, f.name) for f in fields(values)}
    return settings.update(wanted, actor=actor)


def letterbox(width: int, height: int, orientation: str) -> tuple[int, int, int, int]:
    """Margins (left, top, right, bottom) that give a ``width``×``height`` window the asked shape.

    No margins for "auto" or when the window already has the shape; otherwise the largest 16:9
    (landscape) or 9:16 (portrait) area, centred.
    """
    if width <= 0 or height <= 0 or orientation not in ("landscape", "portrait"):
        return (0, 0, 0, 0)
    portrait = orientation == "portrait"
    if (height > width) == portrait:
        return (0, 0, 0, 0)
    long_side, short_side = WIDE
    if portrait:  # a tall area in a wide window: full height, 9/16 of it wide
        inner_w, inner_h = min(width, height * short_side // long_side), height
    else:  # a wide area in a tall window: full width, 9/16 of it high
        inner_w, inner_h = width, min(height, width * short_side // long_side)
    left, top = (width - inner_w) // 2, (height - inner_h) // 2
    return (left, top, width - inner_w - left, height - inner_h - top)


def window_size(orientation: str, available: tuple[int, int]) -> tuple[int, int]:
    """The size of a ``kiosk --windowed`` window: 1920×1080 or 1080×1920, shrunk to fit ``available``."""
    width, height = (1080, 1920) if orientation == "portrait" else (1920, 1080)
    scale = min(1.0, available[0] / width, available[1] / height) if min(available) > 0 else 1.0
    return (int(width * scale), int(height * scale))


def print_test_page(printer: str, *, cancel: threading.Event | None = None) -> str:
    """Print the test page (``kiosk print-test``'s sample notice) on ``printer``; returns the outcome in
    plain words, or raises ``UserError`` with the printer's problem in plain words."""
    import datetime as dt

    from kiosk.cli_notices import sample_notice
    from kiosk.errors import UserError
    from kiosk.services.pdf import render_notice
    from kiosk.services.printing import PrintFailed, choose_backend

    try:
        backend = choose_backend(printer or None)
        pdf = render_notice(sample_notice(), "a4")
        outcome = backend.print_pdf(pdf, title=f"打印测试 {dt.datetime.now():%H:%M:%S}", cancel=cancel)
    except PrintFailed as exc:
        raise UserError(exc.message) from None
    except UserError:
        raise
    except Exception as exc:  # a driver or OS error: still a plain sentence on screen, not "database unavailable"
        raise UserError(PrintFailed("other", repr(exc)).message) from None
    return f"{backend.label()}:{outcome.message}"
