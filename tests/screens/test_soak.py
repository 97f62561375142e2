"""Soak: random navigations through every public screen inside ``app.exec()``, offscreen.

No exception, no Qt warning (pytest-qt fails the test on one), and after a 300-navigation warm-up
resident memory grows by at most 5 MiB and the Python heap (tracemalloc) by at most 1 MiB. The
normal suite runs 500 navigations (warm-up 300); ``make soak`` runs the issue's 10,000. Each prints
its curve (RSS at 0 / 1k / 5k / 10k navigations).
"""

from __future__ import annotations

import pytest

from kiosk.soak import run_soak


def _soak(shell, navigations: int):  # type: ignore[no-untyped-def]
    shell.resize(1920, 1080)
    result = run_soak(shell, navigations, seed=9, warmup=300)
    print(f"\nsoak: {result.describe()}")
    assert result.errors == []
    assert result.actions["preview"] and result.actions["search"] and result.actions["answer"]
    assert result.rss_growth_mib <= 5.0
    assert result.heap_growth_mib <= 1.0
    return result


def test_500_random_navigations_leak_nothing(qtbot, shell) -> None:
    _soak(shell, 500)


@pytest.mark.soak
def test_10000_random_navigations_leak_nothing(qtbot, shell) -> None:
    result = _soak(shell, 10_000)
    assert {0, 1000, 5000, 10_000} <= set(result.curve)
