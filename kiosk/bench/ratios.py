"""The first benchmarks of ``kiosk bench``: each a ratio against a simpler way measured in the same run.

Saving a matter with thousands of materials by bulk Core statements against one ORM object per
row, a search keystroke against a plain substring scan, an A4 checklist against a bare canvas.
Each goal says how much faster (or how little slower) the kiosk's way must be. They stay as the
``results`` list of the report (``run``). Runs on a throwaway SQLite file in ``folder``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Result:
    name: str
    what: str
    seconds: float
    reference: str
    reference_seconds: float
    goal: float  # the ratio seconds / reference_seconds must not exceed this

    @property
    def ratio(self) -> float:
        return self.seconds / self.reference_seconds if self.reference_seconds else float("inf")

    @property
    def ok(self) -> bool:
        return self.ratio <= self.goal


def _best(fn: Callable[[], Any], repeat: int = 5) -> float:
    """The best of ``repeat`` timings (the least disturbed by the rest of the machine)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_import(folder: Path, rows: int = 5000) -> Result:
    """Saving a matter with many materials: bulk Core statements vs one ORM object per row."""
    from sqlalchemy import delete

    from kiosk.data import models as m
    from kiosk.data.db import open_database
    from kiosk.data.schema import BundleDoc, DepartmentDoc, MaterialDoc, MatterDoc, TimeLimit
    from kiosk.data.store import save_bundle

    database = open_database(str(folder / "bench-import.sqlite3"))
    materials = [MaterialDoc(name=f"材料{i}") for i in range(rows)]
    matter = MatterDoc(
        code="BENCH", name="基准事项", type="公共服务", department="d", handling_kind="即办件",
        legal_limit=TimeLimit(value=0), promised_limit=TimeLimit(value=0), materials=materials,
    )  # fmt: skip
    bundle = BundleDoc(departments=[DepartmentDoc(code="d", name="部门")], matters=[matter])

    def core() -> None:
        with database.session() as session:
            save_bundle(session, bundle, action="bench")
            session.rollback()

    def orm() -> None:
        with database.session() as session:
            department = m.Department(code="d", name="部门")
            row = m.ServiceMatter(
                code="BENCH", name="基准事项", type="公共服务", department=department, handling_kind="即办件",
                legal_limit_value=0, legal_limit_unit="工作日", promised_limit_value=0, promised_limit_unit="工作日",
            )  # fmt: skip
            session.add(row)
            session.flush()
            for i, mat in enumerate(materials):
                session.add(
                    m.Material(matter_id=row.id, sort=i, name=mat.name, necessity=mat.necessity, kind=mat.kind,
                               form=mat.form, original_or_copy=mat.original_or_copy, source=mat.source, when={})
                )  # fmt: skip
                session.flush()
            session.execute(delete(m.Material))
            session.rollback()

    result = Result(
        "import", f"save a matter with {rows} materials (bulk Core)", _best(core, 3),
        "one ORM object per row", _best(orm, 3), goal=0.5,
    )  # fmt: skip
    database.dispose()
    return result


def bench_search(folder: Path) -> Result:
    """A keystroke's search over the demo hall ×10 vs a plain substring scan of the names."""
    from kiosk.data.demo import demo_bundle
    from kiosk.data.search_index import build_search_text
    from kiosk.services.search import search

    @dataclass(frozen=True)
    class Item:
        code: str
        name: str
        search_text: str
        sort: int

    items = [
        Item(f"{m.code}-{k}", m.name, build_search_text(m.name, [x.name for x in m.materials]), i)
        for k in range(10)
        for i, m in enumerate(demo_bundle().matters)
    ]
    queries = ["y", "yl", "ylb", "ylbx", "养老", "养老保检", "canbao", "身份证"]

    def ours() -> None:
        for q in queries:
            search(items, q)

    def naive() -> None:
        for q in queries:
            [i for i in items if q in i.search_text]

    return Result(
        "search", f"search {len(items)} matters for {len(queries)} keystrokes", _best(ours),
        "plain substring scan of the same texts", _best(naive), goal=100.0,
    )  # fmt: skip


def bench_pdf(folder: Path) -> Result:
    """Rendering an A4 notice vs drawing the same number of lines on a bare reportlab canvas."""
    import io

    from reportlab.pdfgen import canvas

    from kiosk.data.demo import demo_bundle
    from kiosk.services.fonts import register_pdf_font
    from kiosk.services.notices import build_checklist
    from kiosk.services.pdf import render_notice

    bundle = demo_bundle()
    assert bundle.hall is not None
    matter = max(bundle.matters, key=lambda m: len(m.materials))
    notice = build_checklist(matter, {}, hall=bundle.hall)
    font = register_pdf_font()

    def ours() -> None:
        render_notice(notice, "a4")

    def bare() -> None:
        c = canvas.Canvas(io.BytesIO())
        c.setFont(font, 12)
        for i, mat in enumerate(matter.materials * 3):
            c.drawString(50, 800 - i * 14, mat.name)
        c.save()

    return Result(
        "pdf", f"render an A4 checklist of {len(matter.materials)} materials", _best(ours),
        "bare canvas with the same font", _best(bare), goal=60.0,
    )  # fmt: skip


def bench_statistics(folder: Path, ratings: int = 10_000, views: int = 100_000, searches: int = 2_000) -> Result:
    """The statistics page's report over a busy half year vs one plain count over the same rows.

    The issue asks the page to open within a second with this much data; as a ratio: counting
    everything the page shows may cost at most 30 times a bare ``count(*)`` of the same periods.
    """
    import datetime as dt
    import random
    import uuid

    from sqlalchemy import func, insert, select

    from kiosk.data import models as m
    from kiosk.data.db import open_database
    from kiosk.data.statistics import HallStatistics, Period, to_utc

    database = open_database(str(folder / "bench-statistics.sqlite3"))
    rng = random.Random(13)
    start = dt.datetime(2026, 5, 1)

    def moment() -> dt.datetime:
        return to_utc(start + dt.timedelta(seconds=rng.randrange(184 * 86400)))

    with database.session() as session:
        session.execute(
            insert(m.Rating),
            [
                {"uid": str(uuid.uuid4()), "created_at": moment(), "window": f"W{rng.randrange(6)}",
                 **{d: rng.randint(1, 5) for d in ("overall", "efficiency", "competence", "attitude")}}
                for _ in range(ratings)
            ],
        )  # fmt: skip
        events = [{"at": moment(), "kind": "view", "matter_code": f"M{rng.randrange(35):03d}"} for _ in range(views)]
        events += [
            {"at": moment(), "kind": "search", "found": 0, "words": f"词{rng.randrange(40)}"} for _ in range(searches)
        ]
        for first in range(0, len(events), 20_000):
            session.execute(insert(m.UsageEvent), events[first : first + 20_000])
        session.commit()
    span = Period.days(start.date(), dt.date(2026, 10, 31))
    statistics = HallStatistics(database)

    def report() -> None:
        statistics.report(span)

    def count() -> None:
        since, until = span.utc()
        with database.session() as session:
            session.scalar(
                select(func.count()).select_from(m.UsageEvent).where(m.UsageEvent.at >= since, m.UsageEvent.at < until)
            )
            session.scalar(
                select(func.count())
                .select_from(m.Rating)
                .where(m.Rating.created_at >= since, m.Rating.created_at < until)
            )

    result = Result(
        "stats", f"the statistics report over {ratings} ratings and {views + searches} uses", _best(report, 3),
        "count(*) of the same rows", _best(count, 3), goal=30.0,
    )  # fmt: skip
    database.dispose()
    return result


BENCHES = (bench_import, bench_search, bench_pdf, bench_statistics)
