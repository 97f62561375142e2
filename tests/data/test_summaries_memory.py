"""What the kiosk keeps in memory for a county's catalogue of 5,000 matters (the lists and search)."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

import pytest

from kiosk.data.db import open_database
from kiosk.data.repository import ContentRepository

MATTERS = 5000


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kiosk.bench.catalogue import build_database

    return build_database(tmp_path_factory.mktemp("catalogue") / "hall.sqlite3", MATTERS)


def test_the_summaries_of_5000_matters_share_their_repeated_values_and_stay_under_6_6_mb(catalogue: Path) -> None:
    """The kiosk holds one summary per published matter for as long as it runs. Each row read brought
    its own copy of its department's code and name, handling kind, themes and date: 5,000 copies of
    11 departments' names, 7.6 MB in all by tracemalloc. One object per distinct value: 5.9 MB."""
    database = open_database(str(catalogue))
    try:
        ContentRepository(database).matter_summaries()  # SQLAlchemy's statement caches are not the summaries
        content = ContentRepository(database, cache=True)
        gc.collect()
        tracemalloc.start()
        try:
            summaries = content.matter_summaries()
            gc.collect()
            size = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert len(summaries) == MATTERS
        departments = {s.department_name for s in summaries}
        assert len({id(s.department_name) for s in summaries}) == len(departments) < 20
        assert len({id(s.handling_kind) for s in summaries}) == len({s.handling_kind for s in summaries})
        assert len({id(s.themes) for s in summaries}) == len({s.themes for s in summaries})
        assert not hasattr(summaries[0], "__dict__")
        assert size < 6.6 * 1024 * 1024, f"{size / 1024 / 1024:.1f} MB for the summaries of {MATTERS} matters"
    finally:
        database.dispose()
