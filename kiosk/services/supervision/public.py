"""What the public 监督 board shows of the service loop: closed 差评 cases, anonymised, and the share
of 差评 rectified on time. No Qt.

Only what a resident may read leaves this module: the date of the rating, the matter (or the
window's service), what was wrong and what was done — both masked by ``anonymise`` against the
resident's contact and every staff name — and whether it was on time. The resident's contact,
the findings, the 回访 notes and the staff concerned never do. ``ContentRepository`` calls
``public_board`` for the kiosk, so the local snapshot holds only this.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.services.supervision.anonymise import anonymise
from kiosk.services.supervision.calendar import calendar_from
from kiosk.services.supervision.cases import count_cases, load_records

SHOWN_MONTHS = 12
SHOWN_CASES = 30


@dataclass(frozen=True)
class PublicCase:
    """A closed case as the lobby reads it."""

    rated_on: dt.date
    matter: str
    problem: str
    rectification: str
    closed_on: dt.date | None
    on_time: bool | None


@dataclass(frozen=True)
class SupervisionBoard:
    """The service loop's public part: closed cases of the last 12 months, and the on-time share."""

    since: dt.date
    poor_total: int = 0  # 差评 received since ``since``
    on_time: int = 0
    judged: int = 0
    cases: list[PublicCase] = field(default_factory=list)

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.judged if self.judged else None


def public_board(session: Session, today: dt.date) -> SupervisionBoard:
    since = today - dt.timedelta(days=365)
    start = dt.datetime.combine(since, dt.time.min).astimezone(dt.UTC).replace(tzinfo=None)
    records = load_records(session, calendar_from(session), since=start)
    poor = [r for r in records if r.poor]
    counts = count_cases(poor, today)
    matters = dict(session.execute(select(m.ServiceMatter.code, m.ServiceMatter.name)).tuples().all())
    windows = dict(session.execute(select(m.Window.code, m.Window.name)).tuples().all())
    staff_names = list(session.scalars(select(m.StaffMember.name)))
    closed = sorted(
        (r for r in records if r.status == "visited"), key=lambda r: (r.closed_on or r.rated_on, r.id), reverse=True
    )
    shown = []
    for r in closed[:SHOWN_CASES]:
        names = [r.contact, *staff_names]
        matter = matters.get(r.matter_code) or windows.get(r.window) or ""  # "" : the hall's service in general
        shown.append(
            PublicCase(
                r.rated_on,
                matter,
                anonymise(r.problem, names),
                anonymise(r.rectification, names),
                r.closed_on,
                r.on_time(),
            )
        )
    return SupervisionBoard(since, counts.total, counts.on_time, counts.judged, shown)
