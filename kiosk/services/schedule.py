"""The hall's opening hours and holidays, and whether the kiosk's screen should be lit now. No Qt.

Outside opening hours nobody reads the kiosk, and a bright static picture for fourteen hours a
night burns into the panel. With ``screen_schedule`` on, the kiosk shows a dark screen with a
small drifting clock whenever the hall is closed: on a weekday outside its ``opening_hours``
(ISO weekday → ``"08:00-12:00,14:00-18:00"``; empty = closed all day), on a date in ``holidays``
(法定节假日). A date in ``workdays`` (调休: a weekend day the hall works) opens with Monday's hours.

``hall_calendar`` is the one place the holidays and make-up working days are read from the
settings, so anything else that counts working days (the 15 working days of a 差评 case) can
share the admin's one calendar.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

WEEKDAYS = ("1", "2", "3", "4", "5", "6", "7")  # ISO weekday numbers, the keys of ``opening_hours``
_RANGE = re.compile(r"^\s*(\d{1,2})[:：](\d{2})\s*[-–—~～至到]\s*(\d{1,2})[:：](\d{2})\s*$")
_SEPARATORS = re.compile(r"[,，;；、\s]+")
END_OF_DAY = dt.time.max

Span = tuple[dt.time, dt.time]


def parse_hours(text: str) -> list[Span]:
    """``"08:00-12:00, 14:00-18:00"`` → spans (``24:00`` is the end of the day); "" → closed.

    Raises ``ValueError`` naming the part that is not a range of two times in order.
    """
    spans: list[Span] = []
    for part in filter(None, (p.strip() for p in re.split(r"[,，;；、]", str(text or "")))):
        match = _RANGE.match(part)
        if not match:
            raise ValueError(part)
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
            raise ValueError(part)
        start = dt.time(h1, m1)
        end = END_OF_DAY if h2 == 24 else dt.time(h2, m2)
        if end <= start:
            raise ValueError(part)
        spans.append((start, end))
    return sorted(spans)


def hours_text(spans: Iterable[Span]) -> str:
    """Spans written back the way ``parse_hours`` reads them."""

    def clock(t: dt.time) -> str:
        return "24:00" if t == END_OF_DAY else f"{t:%H:%M}"

    return ", ".join(f"{clock(a)}-{clock(b)}" for a, b in spans)


def parse_dates(values: object) -> list[dt.date]:
    """Dates from a list of ``YYYY-MM-DD`` strings (or one text, separated by commas, spaces or lines).

    Raises ``ValueError`` naming the first entry that is not a date.
    """
    items = values if isinstance(values, list | tuple) else _SEPARATORS.split(str(values or ""))
    dates = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        try:
            dates.append(dt.date.fromisoformat(text.replace("/", "-")))
        except ValueError:
            raise ValueError(text) from None
    return sorted(set(dates))


@dataclass(frozen=True)
class HallCalendar:
    """The hall's closed days (法定节假日) and make-up working days (调休上班), entered by the admin."""

    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()

    def is_working_day(self, day: dt.date) -> bool:
        """Monday to Friday unless a holiday; a weekend day listed as a working day counts."""
        if day in self.holidays:
            return False
        return day in self.workdays or day.isoweekday() <= 5


def hall_calendar(settings: Mapping[str, Any]) -> HallCalendar:
    """The calendar from the ``holidays`` and ``workdays`` settings; entries that are not dates are skipped."""

    def dates(key: str) -> frozenset[dt.date]:
        raw = settings.get(key) or []
        found = []
        for item in raw if isinstance(raw, list | tuple) else [raw]:
            try:
                found += parse_dates([item])
            except ValueError:
                continue
        return frozenset(found)

    return HallCalendar(dates("holidays"), dates("workdays"))


@dataclass(frozen=True)
class ScreenSchedule:
    """When the screen is lit: ``enabled`` off means always."""

    enabled: bool = False
    hours: dict[int, list[Span]] = field(default_factory=dict)  # ISO weekday → spans
    calendar: HallCalendar = HallCalendar()

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> ScreenSchedule:
        hours: dict[int, list[Span]] = {}
        stored = settings.get("opening_hours") or {}
        for key in WEEKDAYS:
            try:
                hours[int(key)] = parse_hours(str(stored.get(key, "")) if isinstance(stored, Mapping) else "")
            except ValueError:
                hours[int(key)] = [(dt.time.min, END_OF_DAY)]  # unreadable: lit rather than dark by mistake
        return cls(bool(settings.get("screen_schedule")), hours, hall_calendar(settings))

    def spans_on(self, day: dt.date) -> list[Span]:
        if day in self.calendar.holidays:
            return []
        if day in self.calendar.workdays and day.isoweekday() > 5:
            return self.hours.get(1, [])
        return self.hours.get(day.isoweekday(), [])

    def is_open(self, at: dt.datetime) -> bool:
        """Whether the screen should be lit at ``at`` (local time)."""
        if not self.enabled:
            return True
        now = at.time()
        return any(
            start <= now < end or (end == END_OF_DAY and now >= start) for start, end in self.spans_on(at.date())
        )


def schedule_problems(settings: Mapping[str, Any]) -> dict[str, str]:
    """``{key: the text that is wrong}`` for opening hours and dates that cannot be read (empty: fine)."""
    found: dict[str, str] = {}
    stored = settings.get("opening_hours") or {}
    for key in WEEKDAYS:
        try:
            parse_hours(str(stored.get(key, "")) if isinstance(stored, Mapping) else "")
        except ValueError as exc:
            found[f"opening_hours.{key}"] = str(exc)
    for key in ("holidays", "workdays"):
        try:
            parse_dates(settings.get(key) or [])
        except ValueError as exc:
            found[key] = str(exc)
    return found
