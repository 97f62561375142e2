"""Where the statistics get their 差评 case counts: the case workflow (issue 13's 差评整改). No Qt.

The case workflow (``kiosk.services.supervision.cases.case_counts``) is built beside the
statistics; this hook is the one place that joins them, so the statistics page, the exports and
``kiosk report`` show the cases as soon as a version has the workflow, and say "not available"
in a version without it.
"""

from __future__ import annotations

from kiosk.data.db import Database
from kiosk.data.statistics import CaseCounter, CaseCounts, Period, no_cases


def case_counter(database: Database) -> CaseCounter:
    """Counts of the 差评 cases of a period: those of ratings made in it, open, overdue (now) and closed."""
    try:
        from kiosk.services.supervision.cases import case_counts  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return no_cases

    def count(span: Period) -> CaseCounts:
        since, until = span.utc()
        found = case_counts(database, since=since, until=until)
        return CaseCounts(found.open, found.overdue, found.closed, getattr(found, "on_time_share", None))

    return count
