"""``kiosk bench`` runs and reports each goal as a ratio against a reference from the same run."""

from __future__ import annotations

import json

from kiosk.cli import main


def test_bench_reports_every_goal_as_a_ratio_in_json(capsys) -> None:
    main(["bench", "--json"])
    results = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in results} == {"import", "search", "pdf", "stats"}
    for r in results:
        assert r["seconds"] > 0 and r["reference_seconds"] > 0
        assert abs(r["ratio"] - r["seconds"] / r["reference_seconds"]) < 1e-9
        assert r["ok"] == (r["ratio"] <= r["goal"])
