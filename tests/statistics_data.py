"""Generated use of a busy hall for the statistics tests: 10,000 ratings, 100,000 guide views (and
prints), 2,000 searches and some notices over half a year, with what a person would count by hand.

Everything is generated in the hall's *local* time and stored the way the kiosk stores it (UTC for
ratings and usage events, local time for notices); the expected figures are counted here from the
local times directly, so the statistics' own conversion and grouping are checked, not repeated.
Run under ``TZ=CST-8`` (China Standard Time without tz data) so that UTC and local time differ.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import insert

from kiosk.data import models as m
from kiosk.data.statistics import to_utc
from kiosk.data.usage import gap_words

DIMENSIONS = ("overall", "efficiency", "competence", "attitude")
WINDOWS = ("W1", "W2", "W3", "W4", "")
MATTERS = tuple(f"G{i:03d}" for i in range(1, 36))
GAP_QUERIES = ("火葬场电话", "林权证", "房产证过户", "狗证", "结婚登记", "13912345678", "医保卡丢了怎么办", "=1+1")
FIRST = dt.datetime(2026, 5, 1)
LAST = dt.datetime(2026, 10, 31, 23, 59, 59)


@dataclass
class Generated:
    """The rows as generated (local times) and a few counts made along the way."""

    ratings: list[tuple[dt.datetime, str, tuple[int, int, int, int]]] = field(default_factory=list)
    events: list[tuple[dt.datetime, str, str, int, str]] = field(
        default_factory=list
    )  # local at, kind, code, found, words
    notices: list[tuple[dt.datetime, str]] = field(default_factory=list)


def _moment(rng: random.Random) -> dt.datetime:
    """A local time inside the half year, mostly in opening hours (as a hall is used)."""
    day = FIRST + dt.timedelta(days=rng.randrange((LAST - FIRST).days + 1))
    hour = rng.choice((8, 9, 9, 10, 10, 10, 11, 14, 15, 15, 16, 17, 7, 12, 13, 18, 19, 20, 23, 0))
    return day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))


def generate(seed: int = 13, *, ratings: int = 10_000, views: int = 100_000, searches: int = 2_000) -> Generated:
    rng = random.Random(seed)
    data = Generated()
    for _ in range(ratings):
        levels = tuple(rng.choices((5, 4, 3, 2, 1), weights=(50, 25, 12, 8, 5))[0] for _ in DIMENSIONS)
        data.ratings.append((_moment(rng), rng.choice(WINDOWS), levels))  # type: ignore[arg-type]
    popular = [rng.paretovariate(1.2) for _ in MATTERS]  # a few matters are looked at far more
    for _ in range(views):
        data.events.append((_moment(rng), "view", rng.choices(MATTERS, weights=popular)[0], 0, ""))
    for _ in range(views * 3 // 100):
        data.events.append((_moment(rng), "print", rng.choices(MATTERS, weights=popular)[0], 0, ""))
    for _ in range(searches):
        if rng.random() < 0.3:
            query = rng.choice(GAP_QUERIES)
            data.events.append((_moment(rng), "search", "", 0, gap_words(query)))
        else:
            data.events.append((_moment(rng), "search", "", rng.randint(1, 12), ""))
    for _ in range(400):
        data.notices.append((_moment(rng), rng.choice(MATTERS)))
    return data


def store(database, data: Generated) -> None:  # type: ignore[no-untyped-def]
    """Bulk inserts, as the kiosk's own writers would have left the rows."""
    ratings = [
        {
            "uid": str(uuid.uuid4()),
            "created_at": to_utc(at),
            "window": window,
            **dict(zip(DIMENSIONS, levels, strict=True)),
        }
        for at, window, levels in data.ratings
    ]
    events = [
        {"at": to_utc(at), "kind": kind, "matter_code": code, "found": found, "words": words, "kiosk_id": "k1"}
        for at, kind, code, found, words in data.events
    ]
    notices = [
        {
            "uid": str(uuid.uuid4()), "serial": f"测试告〔{at.year}〕{i:04d}号", "year": at.year, "number": i,
            "kind": "missing", "matter_code": code, "matter_name": f"事项{code}", "issued_at": at, "snapshot": {},
        }
        for i, (at, code) in enumerate(data.notices, start=1)
    ]  # fmt: skip
    with database.session() as session:
        for model, rows in ((m.Rating, ratings), (m.UsageEvent, events), (m.IssuedNotice, notices)):
            for start in range(0, len(rows), 20_000):  # an empty list would insert one row of defaults
                session.execute(insert(model), rows[start : start + 20_000])
        session.commit()


def inside(at: dt.datetime, first: dt.date, last: dt.date) -> bool:
    return first <= at.date() <= last


def expected(data: Generated, first: dt.date, last: dt.date) -> dict[str, object]:
    """The figures of the days ``first`` … ``last``, counted by hand from the local times."""
    ratings = [r for r in data.ratings if inside(r[0], first, last)]
    levels = {d: Counter(r[2][i] for r in ratings) for i, d in enumerate(DIMENSIONS)}
    windows = Counter(r[1] for r in ratings)
    months: dict[str, list[int]] = {}
    for at, _window, values in ratings:
        sums = months.setdefault(f"{at:%Y-%m}", [0] * 5)
        sums[0] += 1
        for i, v in enumerate(values):
            sums[1 + i] += v >= 3
    events = [e for e in data.events if inside(e[0], first, last)]
    views = Counter(e[2] for e in events if e[1] == "view")
    prints = Counter(e[2] for e in events if e[1] == "print")
    notices = Counter(code for at, code in data.notices if inside(at, first, last))
    searches = [e for e in events if e[1] == "search"]
    gaps = Counter(e[4] for e in searches if e[3] == 0 and e[4])
    return {
        "ratings": len(ratings),
        "levels": levels,
        "windows": windows,
        "months": months,
        "views": views,
        "prints": prints,
        "notices": notices,
        "searches": len(searches),
        "found_nothing": sum(1 for e in searches if e[3] == 0),
        "words_not_kept": sum(1 for e in searches if e[3] == 0 and not e[4]),
        "gaps": gaps,
        "hours": Counter(e[0].hour for e in events),
    }
