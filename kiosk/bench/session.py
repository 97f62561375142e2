"""The kiosk as a resident meets it, driven in its own process: memory, taps, keystrokes, a soak.

Run by ``kiosk bench`` as ``python -m kiosk.bench.session --db FILE --out FILE.json`` on the
benchmark's display. The kiosk is built exactly as ``kiosk`` builds it (``app.kiosk_shell``,
fullscreen, the 160 ms fade between screens), then:

1. **memory** — home, a guide, search (the field tapped, initials typed), the guide of a result
   and its print preview (the PDF made and shown); then the process's PSS (``pss_mb``);
2. **taps** — home → 办事指南 → a theme's list → a guide with 20 materials → back → home, each
   tap timed from the click to the paint event of the screen it opens (``nav_p95_ms``);
3. **keystrokes** — 200 queries (Chinese words, pinyin initials, full pinyin, one typo, no hit)
   typed one key at a time into the search screen, each key timed until the result list holds
   the new results (``search_p95_ms``) and until the list is painted (``search_paint_p95_ms``);
4. **soak** — ``kiosk.bench.resident.RandomResident``: a warm-up of random navigations, then the RSS growth
   over the next ones (``soak_rss_growth_mib``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

NAV_STEPS = ("services", "matters", "guide", "back", "home")
NAV_GUIDES = 5  # different guides with 20 materials visited in turn


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0–1) of ``values``, by the nearest-rank method."""
    ordered = sorted(values)
    if not ordered:
        return 0.0
    rank = max(1, min(len(ordered), round(q * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary_ms(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(percentile(values, 0.5) * 1000, 2),
        "p95": round(percentile(values, 0.95) * 1000, 2),
        "max": round(max(values, default=0.0) * 1000, 2),
    }


class PaintClock:
    """The moment a widget is next painted (an event filter; armed before each tap)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def __init__(self, clock: PaintClock) -> None:
                super().__init__()
                self.clock = clock

            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if watched is self.clock.target and self.clock.at is None and event.type() == QEvent.Type.Paint:
                    self.clock.at = time.perf_counter()
                    self.clock.cpu_at = time.thread_time()
                return False

        self.filter = Filter(self)
        self.target: Any = None
        self.at: float | None = None
        self.cpu_at = 0.0  # the GUI thread's CPU time at the paint (what an idle machine would take)

    def arm(self, widget: Any) -> None:
        if self.target is not None and self.target is not widget:
            self.target.removeEventFilter(self.filter)
        if self.target is not widget:
            widget.installEventFilter(self.filter)
        self.target = widget
        self.at = None

    def wait(self, timeout: float = 5.0) -> float:
        from PySide6.QtWidgets import QApplication

        deadline = time.perf_counter() + timeout
        while self.at is None and time.perf_counter() < deadline:
            QApplication.processEvents()
        if self.at is None:
            raise RuntimeError(f"{type(self.target).__name__} was not painted within {timeout:.0f} s")
        return self.at


def settle_fade(shell: Any, timeout: float = 1.0) -> None:
    """Wait like a person would: until the screen's fade-in is over and the kiosk is quiet."""
    from kiosk.bench.resident import settle

    deadline = time.perf_counter() + timeout
    while getattr(shell, "_fade", None) is not None and time.perf_counter() < deadline:
        settle()
    settle()


def build_kiosk(db: str) -> Any:
    """The kiosk as ``kiosk --db DB`` builds it, shown fullscreen."""
    from kiosk.app import application, configure_environment, install_font, kiosk_shell, show_window
    from kiosk.data.offline.local_store import open_for_kiosk

    database, local, offline = open_for_kiosk(db)
    configure_environment("zh_CN")
    application()
    problem = install_font()
    if problem:
        raise RuntimeError(problem)
    shell = kiosk_shell(database, local, "zh_CN", started_offline=offline)
    shell.transition_ms = 160
    show_window(shell, False, None, shell.orientation)
    clock = PaintClock()
    clock.arm(shell.screens["home"])
    clock.wait(60)
    settle_fade(shell)
    return shell


def nav_targets(shell: Any, count: int = NAV_GUIDES) -> tuple[list[str], str, str]:
    """Codes of ``count`` guides with 20 materials in one theme (the catalogue makes every seventh
    matter so), and that theme's code and name. The taps visit them in turn: each visit builds a
    different guide, and one seen before is read from memory, as in the kiosk."""
    from kiosk.bench.catalogue import NAV_MATERIALS

    content = shell.content
    names = {t.code: t.name for t in content.themes()}
    summaries = content.matter_summaries()
    for first in summaries[:50]:
        if not first.themes:
            continue
        theme = first.themes[0]
        codes: list[str] = []
        for summary in summaries:
            if theme in summary.themes and len(codes) < count:
                matter = content.matter(summary.code)
                if matter is not None and len(matter.materials) == NAV_MATERIALS:
                    codes.append(summary.code)
            if len(codes) == count or summary.sort > first.sort + 2000:
                break
        if codes:
            getattr(shell.content, "invalidate", lambda: None)()  # the benchmark's reads must not warm the kiosk
            return codes, theme, names[theme]
    raise RuntimeError(f"no guide with {NAV_MATERIALS} materials among the first 50")


def theme_tile(shell: Any, theme_name: str) -> Any:
    services = shell.screens["services"]
    page = services.area.widget()
    return next(t for t in page.items if t.text_label.text().startswith(theme_name))


def tap_and_time(shell: Any, clock: PaintClock, target_screen: str, press: Any) -> tuple[float, float]:
    """Seconds from the tap ``press()`` makes to the paint of ``target_screen``: on the wall clock,
    and in CPU time of the GUI thread."""
    screen = shell.screen_named(target_screen)
    clock.arm(screen)
    cpu = time.thread_time()
    started = time.perf_counter()
    press()
    painted = clock.wait()
    if shell.current[0] != target_screen:
        raise RuntimeError(f"the tap opened {shell.current[0]}, not {target_screen}")
    settle_fade(shell)
    return painted - started, clock.cpu_at - cpu


def visit_for_memory(shell: Any, code: str) -> dict[str, Any]:
    """Home, a guide, search, a result's guide and its print preview, as a resident would."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QDialog

    from kiosk.bench.resident import settle, tap, tap_row

    shell.go("guide", code=code)
    settle_fade(shell)
    tap(shell.header.home_button)
    tap(shell.screens["home"].tiles["search"])
    settle_fade(shell)
    search = shell.screens["search"]
    for letter in "YLBX":  # the quick keyboard of initials (the pinyin keyboard is measured after)
        tap(search.letter_buttons[letter])
    settle()
    found = search.results.keys()
    if not found:
        raise RuntimeError("searching ylbx found nothing")
    tap_row(search.results, found[0])
    settle_fade(shell)
    guide = shell.screens["guide"]
    label = QCoreApplication.translate("GuideScreen", "Print checklist")
    buttons = [b for b in guide.findChildren(type(shell.header.home_button)) if b.text() == label]
    if not buttons:
        raise RuntimeError("the guide has no print button")
    tap(buttons[0])
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    deadline = time.perf_counter() + 60
    while getattr(dialog, "prepared", None) is None and time.perf_counter() < deadline:
        settle()
    prepared = getattr(dialog, "prepared", None) is not None
    settle()
    dialog.reject()
    settle()
    tap(shell.header.home_button)
    settle_fade(shell)
    time.sleep(0.5)
    settle()
    from kiosk.bench.memory import pss_mib

    pss, source = pss_mib()
    if os.environ.get("KIOSK_BENCH_SMAPS"):  # where the memory is, for whoever is profiling
        Path(os.environ["KIOSK_BENCH_SMAPS"]).write_text(Path("/proc/self/smaps").read_text())
    # Then Chinese typing: the pinyin keyboard (Qt Quick, its dictionary) comes up with the field.
    tap(shell.screens["home"].tiles["search"])
    settle_fade(shell)
    shell.activateWindow()  # the print dialog had the focus; with no window manager nothing gives it back
    search.field.clearFocus()  # as when the resident first touches it
    settle()
    tap(search.field)
    deadline = time.perf_counter() + 5
    while not QApplication.inputMethod().isVisible() and time.perf_counter() < deadline:
        settle()
    time.sleep(0.5)
    settle()
    keyboard = QApplication.inputMethod().isVisible()
    tap(shell.header.home_button)
    settle_fade(shell)
    time.sleep(0.5)
    settle()
    return {
        "pss_mb": round(pss, 1),
        "pss_keyboard_mb": round(pss_mib()[0], 1),
        "keyboard_shown": keyboard,
        "memory_source": source,
        "preview_prepared": prepared,
    }


def time_taps(shell: Any, codes: list[str], theme: str, theme_name: str, taps: int) -> dict[str, Any]:
    from kiosk.bench.resident import tap, tap_row

    clock = PaintClock()
    shell.go_home()
    settle_fade(shell)
    times: list[float] = []
    cpus: list[float] = []
    by_step: dict[str, list[float]] = {step: [] for step in NAV_STEPS}
    cpu_by_step: dict[str, list[float]] = {step: [] for step in NAV_STEPS}
    cycle = [0]
    presses = {
        "services": ("services", lambda: tap(shell.screens["home"].tiles["services"])),
        "matters": ("matters", lambda: tap(theme_tile(shell, theme_name))),
        "guide": ("guide", lambda: tap_row(shell.screens["matters"].list, codes[cycle[0] % len(codes)])),
        "back": ("matters", lambda: tap(shell.header.back_button)),
        "home": ("home", lambda: tap(shell.header.home_button)),
    }
    while len(times) < taps:
        cycle[0] += 1
        code = codes[cycle[0] % len(codes)]
        for step in NAV_STEPS:
            if len(times) >= taps:
                break
            target, press = presses[step]
            if step == "matters":  # the resident scrolls to the tile first (not timed)
                shell.screens["services"].area.ensureWidgetVisible(theme_tile(shell, theme_name))
            if step == "guide":  # and to the row
                rows = shell.screens["matters"].list
                rows.scrollTo(rows.model_.index(rows.keys().index(code), 0))
            seconds, cpu = tap_and_time(shell, clock, target, press)
            times.append(seconds)
            cpus.append(cpu)
            by_step[step].append(seconds)
            cpu_by_step[step].append(cpu)
    return {
        "nav_p50_ms": summary_ms(times)["p50"],
        "nav_p95_ms": summary_ms(times)["p95"],
        "nav_max_ms": summary_ms(times)["max"],
        "nav_cpu_p95_ms": summary_ms(cpus)["p95"],
        "nav_taps": len(times),
        "nav_by_step_ms": {step: summary_ms(values) for step, values in by_step.items()},
        "nav_cpu_by_step_ms": {step: summary_ms(values) for step, values in cpu_by_step.items()},
        "nav_theme": theme,
    }


def search_queries(summaries: list[Any], count: int, seed: int = 11) -> list[tuple[str, str]]:
    """``count`` (kind, query) pairs: Chinese words, initials, full pinyin, one typo, no hit."""
    rng = random.Random(seed)
    queries: list[tuple[str, str]] = []
    kinds = ("chinese", "initials", "pinyin", "typo", "none")
    no_hits = ("qqqq", "火星签证", "zzxq", "宇航员登记", "xkcdq", "钓鱼执照", "wwwwk", "量子备案")
    while len(queries) < count:
        kind = kinds[len(queries) % len(kinds)]
        summary = rng.choice(summaries)
        name, full, initials = ([*summary.search_text.split("\n"), "", "", ""])[:3]
        if kind == "chinese":
            start = rng.randrange(max(1, len(name) - 4))
            query = name[start : start + rng.randint(2, 4)]
        elif kind == "initials":
            query = initials[: rng.randint(2, min(6, max(2, len(initials))))]
        elif kind == "pinyin":
            query = full[: rng.randint(4, min(14, max(4, len(full))))]
        elif kind == "typo":
            word = initials[: rng.randint(4, min(7, max(4, len(initials))))] if rng.random() < 0.5 else name[:4]
            at = rng.randrange(len(word))
            swap = "abcdefghjklmnopqrstwxyz" if word.isascii() else "检险报保证正申伸"
            query = word[:at] + rng.choice([c for c in swap if c != word[at]]) + word[at + 1 :]
        else:
            query = no_hits[rng.randrange(len(no_hits))]
        if query.strip():
            queries.append((kind, query))
    return queries


def time_keystrokes(shell: Any, count: int) -> dict[str, Any]:
    from kiosk.bench.resident import settle, tap
    from kiosk.widgets.touch_list import TouchList

    shell.go_home()
    settle_fade(shell)
    tap(shell.screens["home"].tiles["search"])
    settle_fade(shell)
    screen = shell.screens["search"]
    results: TouchList = screen.results
    clock = PaintClock()
    updated: list[float] = []
    cpus: list[float] = []
    painted: list[float] = []
    per_kind: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    queries = search_queries(shell.content.matter_summaries(), count)
    for kind, query in queries:
        screen.field.clear()
        settle()
        for ch in query:
            clock.arm(results.viewport())
            cpu = time.thread_time()
            started = time.perf_counter()
            screen.field.insert(ch)  # what a quick key or the pinyin keyboard does
            done = time.perf_counter()
            cpus.append(time.thread_time() - cpu)
            updated.append(done - started)
            per_kind.setdefault(kind, []).append(done - started)
            try:
                painted.append(clock.wait(0.25) - started)
            except RuntimeError:
                painted.append(done - started)  # nothing on the list changed: nothing to paint
        hits[kind] = hits.get(kind, 0) + (1 if results.keys() else 0)
    screen.field.clear()
    settle()
    return {
        "search_p50_ms": summary_ms(updated)["p50"],
        "search_p95_ms": summary_ms(updated)["p95"],
        "search_max_ms": summary_ms(updated)["max"],
        "search_cpu_p95_ms": summary_ms(cpus)["p95"],
        "search_paint_p95_ms": summary_ms(painted)["p95"],
        "search_queries": len(queries),
        "search_keystrokes": len(updated),
        "search_by_kind_ms": {kind: summary_ms(values) for kind, values in per_kind.items()},
        "search_queries_with_results": hits,
    }


def soak(shell: Any, warmup: int, steps: int) -> dict[str, Any]:
    import gc

    from kiosk.bench.memory import rss_mib
    from kiosk.bench.resident import RandomResident, settle

    resident = RandomResident(shell, seed=11)
    resident.run(warmup)
    shell.go_home()
    settle()
    gc.collect()
    settle()
    before = rss_mib()
    started = time.perf_counter()
    resident.run(steps)
    seconds = time.perf_counter() - started
    shell.go_home()
    settle()
    gc.collect()
    settle()
    after = rss_mib()
    return {
        "soak_rss_growth_mib": round(after - before, 2),
        "soak_rss_before_mib": round(before, 1),
        "soak_rss_after_mib": round(after, 1),
        "soak_navigations": steps,
        "soak_warmup": warmup,
        "soak_ms_per_navigation": round(seconds / max(1, steps) * 1000, 1),
        "soak_screens": dict(sorted(resident.visits.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.bench.session")
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--taps", type=int, default=200)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--soak", type=int, default=2000)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    shell = build_kiosk(args.db)
    figures: dict[str, Any] = {"session_start_s": round(time.perf_counter() - started, 3)}
    codes, theme, theme_name = nav_targets(shell)
    figures.update(visit_for_memory(shell, codes[0]))
    figures.update(time_taps(shell, codes, theme, theme_name, args.taps))
    figures.update(time_keystrokes(shell, args.queries))
    if args.soak:
        figures.update(soak(shell, args.warmup, args.soak))
    figures["session_s"] = round(time.perf_counter() - started, 1)
    args.out.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)  # the figures are written; the teardown of Qt and Python measures nothing


if __name__ == "__main__":
    sys.exit(main())
