"""``kiosk bench [--json] [--matters N]``: every figure of the kiosk at N matters, and how each grows.

For each catalogue size (35, 500 and N, those up to N) a throwaway SQLite file is filled
(``catalogue``), then measured: first paint against the reference window (``startup``), memory,
taps, keystrokes and a soak in a kiosk process (``session``), the checklist PDF against a bare
document and the import of the whole export (``documents``). The figures at N are the answer,
judged against ``GOALS``; the smaller sizes go under ``growth``. The ratio benchmarks of the
first version (bulk saving, search against a substring scan, PDF against a bare canvas) stay as
the ``results`` list. Exit status 1 when a goal is missed.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.errors import UserError

DEFAULT_MATTERS = 5000
GROWTH_SIZES = (35, 500, 5000)


@dataclass(frozen=True)
class Goal:
    key: str
    limit: float
    unit: str
    what: str
    ratio: bool = False  # a ratio against a reference of the same run (the short bench in the tests asserts these)

    def met(self, value: float) -> bool:
        return value <= self.limit


GOALS = (
    Goal("first_paint_ratio", 2.0, "×", "start → first painted home, against a minimal PySide6 window", ratio=True),
    Goal("pdf_ratio", 1.5, "×", "checklist PDF of the largest matter, against a bare ReportLab document", ratio=True),
    Goal("pss_mb", 120.0, "MB", "PSS after home, a guide, search and the print preview"),
    Goal("nav_p95_ms", 50.0, "ms", "tap → next screen painted, p95"),
    Goal("search_p95_ms", 10.0, "ms", "keystroke → result list updated, p95"),
    Goal("import_s", 10.0, "s", "kiosk import of the whole export into an empty database"),
    Goal("import_peak_mb", 250.0, "MB", "peak memory of that import"),
    Goal("soak_rss_growth_mib", 5.0, "MiB", "RSS growth over 2,000 random navigations after a warm-up"),
)


def machine() -> dict[str, Any]:
    from importlib.metadata import PackageNotFoundError, version

    try:  # not ``import PySide6``: this process must not map Qt (see memory.PAINT_VARIABLE)
        pyside = version("PySide6-Essentials")
    except PackageNotFoundError:
        pyside = "?"

    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "cpus": os.cpu_count(),
        "load_1min_at_start": round(load[0], 2),
        "python": platform.python_version(),
        "pyside6": pyside,
        "system": f"{platform.system()} {platform.machine()}",
    }


def measure(
    count: int,
    folder: Path,
    display: dict[str, str],
    *,
    soak: int,
    rounds: int,
    say: Callable[[str], None],
    taps: int = 200,
    queries: int = 200,
) -> dict[str, Any]:
    """Every figure at ``count`` matters."""
    from kiosk.bench import catalogue, documents, startup

    figures: dict[str, Any] = {"matters": count}
    db = folder / f"catalogue-{count}.sqlite3"
    say(f"{count} matters: building the catalogue")
    started = time.perf_counter()
    catalogue.build_database(db, count)
    figures["catalogue_build_s"] = round(time.perf_counter() - started, 1)
    say(f"{count} matters: first paint, kiosk and reference, {rounds} rounds")
    figures.update(startup.first_paint(db, display, folder, rounds=rounds))
    say(f"{count} matters: memory, taps, keystrokes and a soak of {soak} navigations in a kiosk process")
    figures.update(_session(db, display, folder, soak, taps, queries))
    say(f"{count} matters: checklist PDF and import")
    largest = catalogue.largest(catalogue.generated_matters(count))
    figures.update(documents.pdf_ratio(db, largest.code))
    export = documents.export_catalogue(db, folder / f"export-{count}.json")
    empty = documents.empty_database(folder / f"import-{count}.sqlite3")
    figures.update(documents.time_import(export, empty, startup.child_environment(display, folder)))
    for path in (export, empty, db):
        path.unlink(missing_ok=True)
    return figures


def _session(db: Path, display: dict[str, str], folder: Path, soak: int, taps: int, queries: int) -> dict[str, Any]:
    import subprocess

    from kiosk.bench.startup import child_environment

    out = folder / "session.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "kiosk.bench.session", "--db", str(db), "--out", str(out), "--soak", str(soak)]
    command += ["--taps", str(taps), "--queries", str(queries)]
    if soak:
        command += ["--warmup", str(min(300, soak))]
    env = child_environment(display, folder)
    done = subprocess.run(command, env=env, capture_output=True, check=False, timeout=3600)
    if not out.exists():
        tail = " | ".join(done.stderr.decode("utf-8", "replace").strip().splitlines()[-6:])
        raise UserError(f"the kiosk session of the benchmark failed (exit status {done.returncode}): {tail}")
    figures: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return figures


def judge(figures: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        g.key: {"value": figures[g.key], "goal": g.limit, "unit": g.unit, "ok": g.met(figures[g.key]), "what": g.what}
        for g in GOALS
        if g.key in figures
    }


def run(
    as_json: bool = False,
    matters: int = DEFAULT_MATTERS,
    soak: int = 2000,
    rounds: int = 5,
    taps: int = 200,
    queries: int = 200,
    growth: bool = True,
) -> int:
    """Measure, print (JSON or lines), and return 0 when every goal holds, else 1."""
    from kiosk.bench.display import bench_display
    from kiosk.bench.ratios import BENCHES

    if matters < 1:
        raise UserError("--matters 至少为 1")
    sizes = sorted({n for n in GROWTH_SIZES if n < matters and growth} | {matters})
    say = (lambda text: print(f"bench: {text}", file=sys.stderr, flush=True)) if as_json else print
    report: dict[str, Any] = {"machine": machine(), "matters": matters}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
        folder = Path(tmp)
        with bench_display(folder) as (display_name, display):
            report["machine"]["display"] = display_name
            by_size = {
                str(n): measure(n, folder, display, soak=soak, rounds=rounds, say=say, taps=taps, queries=queries)
                for n in sizes
            }
        say("the ratio benchmarks of the first version")
        results = [bench(folder) for bench in BENCHES]
    report.update(by_size[str(matters)])
    report["goals"] = judge(report)
    report["growth"] = {
        n: {k: v for k, v in figures.items() if not isinstance(v, dict)} for n, figures in by_size.items()
    }
    report["results"] = [{**asdict(r), "ratio": r.ratio, "ok": r.ok} for r in results]
    report["bench_s"] = round(time.perf_counter() - started, 1)
    ok = all(g["ok"] for g in report["goals"].values()) and all(r.ok for r in results)
    report["ok"] = ok
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        _print_lines(report)
    return 0 if ok else 1


def _print_lines(report: dict[str, Any]) -> None:
    m = report["machine"]
    print(f"\n{report['matters']} matters · {m['cpus']} cores · load {m['load_1min_at_start']} · {m['display']}")
    for key, goal in report["goals"].items():
        mark = "OK  " if goal["ok"] else "MISS"
        print(f"{mark} {key:22} {goal['value']:>9} {goal['unit']:3} ≤ {goal['goal']:g}  — {goal['what']}")
    print("growth:")
    for n, figures in report["growth"].items():
        values = "  ".join(f"{g.key}={figures.get(g.key)}" for g in GOALS)
        print(f"  {n:>5}: {values}")
    for r in report["results"]:
        mark = "OK  " if r["ok"] else "SLOW"
        print(f"{mark} {r['name']:7} ratio {r['ratio']:7.2f} ≤ {r['goal']:g}  — {r['what']}")
