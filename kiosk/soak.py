"""Random navigations through every public screen, driven by a timer inside ``app.exec()``.

A kiosk runs for months: what leaks a little per touch fills the memory in weeks. ``SoakDriver``
plays a resident who never stops: opens random screens (with random guides, themes, articles),
types into search, answers 情形 questions, opens the print preview and cancels it, goes back and
home, waits for the idle reset and the attract loop, toggles language, elder mode and contrast.
One action is one navigation, one per turn of the event loop. The warm-up starts with a tour of
every screen in every look and every guide, then plays at random like the rest; after it the
driver measures the process's resident memory (RSS, from /proc), the C heap in use (glibc's
``mallinfo2``: what Qt and Python hold) and the Python heap (tracemalloc), and keeps a curve.
A leak shows in the heap in use; RSS also counts memory freed but kept by the allocator, which
swings by ±15 MiB between two runs of the same seed (measured: −9 … +15 MiB while the heap in use
moved −1.4 … −1.5 MiB), so it is reported and only bounded loosely.

Used by the soak tests (``tests/test_soak.py``: 500 navigations in the normal suite, 10,000 under
``make soak``) and meant for ``kiosk bench``'s soak figure too (``run_soak``). No database access
of its own: it drives the shell as a person would, through the shell's own navigation.
"""

from __future__ import annotations

import gc
import os
import random
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from kiosk.services.memory import give_back, heap_in_use_bytes

MIB = 1024 * 1024


def rss_bytes() -> int:
    """Resident set size of this process (Linux /proc; 0 where unavailable)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def rss_parts() -> dict[str, int]:
    """RSS by kind (Linux /proc/self/status): anon (the heaps), file (mapped fonts and libraries), shmem."""
    parts: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(("RssAnon:", "RssFile:", "RssShmem:")):
                    key, value = line.split(":", 1)
                    parts[key[3:].lower()] = int(value.split()[0]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return parts


def settle() -> None:
    """Work left on pool threads finished (a checklist's PDF being prepared holds megabytes for a
    moment), deferred deletions done and cycles collected, so that memory figures mean what stays."""
    QThreadPool.globalInstance().waitForDone(30_000)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()
    give_back()  # as the running kiosk does each time it is home (after home is painted: too late to wait for)


@dataclass
class SoakResult:
    navigations: int
    warmup: int
    curve: dict[int, float] = field(default_factory=dict)  # navigations done -> RSS MiB
    rss_growth_mib: float = 0.0  # from the end of the warm-up to the end
    heap_growth_mib: float = 0.0  # tracemalloc, same span
    native_growth_mib: float = 0.0  # the C heap in use (mallinfo2), same span: Qt's objects and Python's
    native_mib: float = 0.0  # the C heap in use at the end (0 where glibc cannot say)
    rss_parts_growth_mib: dict[str, float] = field(default_factory=dict)  # anon / file / shmem, same span
    errors: list[str] = field(default_factory=list)
    actions: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        curve = ", ".join(f"{n}: {mib:.1f} MiB" for n, mib in sorted(self.curve.items()))
        return (
            f"{self.navigations} navigations (warm-up {self.warmup}); RSS {curve}; "
            f"growth after warm-up {self.rss_growth_mib:+.2f} MiB RSS, {self.native_growth_mib:+.2f} MiB heap in use, "
            f"{self.heap_growth_mib:+.3f} MiB Python heap; RSS by kind {self.rss_parts_growth_mib} MiB; "
            f"actions {dict(sorted(self.actions.items()))}; errors {len(self.errors)}"
        )


class SoakDriver(QObject):
    """Plays ``navigations`` random actions on ``shell``; ``finished(SoakResult)`` at the end."""

    finished = Signal(object)

    def __init__(
        self,
        shell: Any,
        navigations: int,
        *,
        seed: int = 9,
        warmup: int = 500,
        samples: tuple[int, ...] = (0, 1000, 5000, 10000),
    ) -> None:
        super().__init__(shell)
        self.shell = shell
        self.random = random.Random(seed)
        self.result = SoakResult(navigations, warmup)
        self.samples = {n for n in (*samples, warmup, navigations) if n <= navigations}
        self.done = 0
        self._rss_start = 0
        self._native_start = 0
        self._parts_start: dict[str, int] = {}
        self._heap_start = 0
        self._dialog: QDialog | None = None
        self._dialog_wait = 0
        self._started_tracing = False
        content = shell.content
        self.codes = [s.code for s in content.matter_summaries()]
        self.themes = [(t.code, t.name) for t in content.themes()]
        self.articles = [d.key for d in content.disclosures(staff=False)]
        self.screens = sorted(n for n in shell.factories if n not in ("attract", "home"))
        self._tour = self.tour() if warmup else []
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.step)
        self.actions: list[tuple[str, int, Callable[[], None]]] = [
            ("screen", 40, self.open_screen),
            ("back", 8, shell.back),
            ("home", 8, shell.go_home),
            ("search", 10, self.search),
            ("answer", 10, self.answer),
            ("preview", 2, self.preview),
            ("idle", 4, shell.idle_reset),
            ("attract", 3, self.attract),
            ("language", 1, shell.toggle_language),  # restyles every widget: seconds on a busy machine
            ("elder", 1, lambda: shell.set_elder(shell.look.metrics.scale == 1.0)),
            ("contrast", 1, lambda: shell.set_high_contrast(shell.look.palette.name == "standard")),
        ]

    def start(self) -> SoakDriver:
        self._sample()
        self.timer.start()
        return self

    def tour(self) -> list[tuple[str, Callable[[], None]]]:
        """The warm-up begins with a tour: every screen in every look (language × elder × contrast)
        and every guide in both sizes, so that what is measured after it is growth, not Qt's glyph
        and style caches meeting each text and size for the first time."""
        shell = self.shell
        steps: list[tuple[str, Callable[[], None]]] = []
        for language in ("zh_CN", "en"):
            for elder in (False, True):
                for contrast in (False, True):
                    steps.append(("look", partial(self._look, language, elder, contrast)))
                    steps += [("screen", partial(self._open, name)) for name in self.screens]
        for elder in (False, True):
            steps.append(("look", partial(self._look, "zh_CN", elder, False)))
            steps += [("screen", partial(shell.go, "guide", code=code)) for code in self.codes]
        steps.append(("look", partial(self._look, "zh_CN", False, False)))
        return steps

    def _look(self, language: str, elder: bool, contrast: bool) -> None:
        shell = self.shell
        if shell.language != language:
            shell.set_language(language)
        if (shell.look.metrics.scale != 1.0) != elder:
            shell.set_elder(elder)
        if (shell.look.palette.name != "standard") != contrast:
            shell.set_high_contrast(contrast)

    def _open(self, name: str) -> None:
        params = self._params(name)
        if params is None:
            self.shell.go_home()
        else:
            self.shell.go(name, **params)

    # --- the loop --------------------------------------------------------------------------------

    def step(self) -> None:
        if self._dialog is not None:  # a print preview is open: let it prepare, then cancel it
            dialog = self._dialog
            self._dialog_wait += 1
            if not shiboken6.isValid(dialog) or not dialog.isVisible():
                self._dialog = None  # closed by something else (the idle reset): nothing to cancel
            elif getattr(dialog, "_preparing", None) is None or self._dialog_wait > 2000:
                self._dialog = None
                dialog.reject()
            return
        if self.done >= self.result.navigations:
            self.timer.stop()
            self._finish()
            return
        if self._tour and self.done < self.result.warmup:
            name, action = self._tour.pop(0)
        else:
            name, _weight, action = self.random.choices(self.actions, weights=[w for _, w, _ in self.actions])[0]
        try:
            action()
        except Exception as exc:  # the soak reports what broke; the test fails on any
            self.result.errors.append(f"{name}: {type(exc).__name__}: {exc}")
        self.result.actions[name] += 1
        self.done += 1
        if self.done % 25 == 0:
            gc.collect(0)  # what the kiosk's GuiThreadCollector does on its timer
        if self.done in self.samples:
            self._sample()

    def _sample(self) -> None:
        if self.done == self.result.warmup:
            self.shell.go_home()  # measured where _finish measures: at home, the visit's screens let go
        settle()
        if self.done == 0 and not tracemalloc.is_tracing():
            # Traced from the start, not from the end of the warm-up: a long-lived object made
            # before tracing and replaced after it (a cached guide, a QR code) would otherwise
            # count as growth, its replacement traced and its freeing not.
            tracemalloc.start()
            self._started_tracing = True
        if self.done == self.result.warmup:
            self._rss_start = rss_bytes()
            self._native_start = heap_in_use_bytes()
            self._parts_start = rss_parts()
            self._heap_start = tracemalloc.get_traced_memory()[0]
        self.result.curve[self.done] = rss_bytes() / MIB

    def _finish(self) -> None:
        self.shell.go_home()
        settle()
        self.result.rss_growth_mib = (rss_bytes() - self._rss_start) / MIB
        native = heap_in_use_bytes()
        self.result.rss_parts_growth_mib = {
            k: round((v - self._parts_start.get(k, 0)) / MIB, 2) for k, v in rss_parts().items()
        }
        self.result.native_growth_mib = (native - self._native_start) / MIB
        self.result.native_mib = native / MIB
        if tracemalloc.is_tracing():
            self.result.heap_growth_mib = (tracemalloc.get_traced_memory()[0] - self._heap_start) / MIB
        if self._started_tracing:
            tracemalloc.stop()
        self.finished.emit(self.result)

    # --- what a resident does ----------------------------------------------------------------------

    def _params(self, name: str) -> dict[str, Any] | None:
        """Random parameters for screen ``name``; None when it has nothing to show (go home then)."""
        if name == "guide":
            return {"code": self.random.choice(self.codes)} if self.codes else None
        if name == "matters":
            if not self.themes:
                return None
            theme, title = self.random.choice(self.themes)
            return {"theme": theme, "title": title}
        if name == "article":
            return {"key": self.random.choice(self.articles)} if self.articles else None
        return {}

    def open_screen(self) -> None:
        self._open(self.random.choice(self.screens))

    def search(self) -> None:
        self.shell.go("search")
        screen = self.shell.current_screen()
        letters = "abcdefghjklmnpqrstwxyz"
        if self.random.random() < 0.3:
            screen.field.clear()
        for _ in range(self.random.randint(1, 4)):
            screen.field.insert(self.random.choice(letters))

    def answer(self) -> None:
        if not self.codes:
            return
        self.shell.go("guide", code=self.random.choice(self.codes))
        guide = self.shell.current_screen()
        matter = getattr(guide, "matter", None)
        if matter is not None and matter.scenarios:
            scenario = self.random.choice(matter.scenarios)
            guide.answer(scenario.code, self.random.choice(scenario.options))

    def preview(self) -> None:
        if not self.codes:
            return
        self.shell.go("guide", code=self.random.choice(self.codes))
        guide = self.shell.current_screen()
        if getattr(guide, "matter", None) is None:
            return
        guide.print_checklist.emit(guide.checklist())
        dialogs = [d for d in guide.findChildren(QDialog) if d.isVisible()]
        if dialogs:
            self._dialog = dialogs[-1]
            self._dialog_wait = 0

    def attract(self) -> None:
        self.shell.go_home()
        self.shell.on_idle()  # idle at home: the attract loop
        self.shell.go_home()  # a touch


def run_soak(shell: Any, navigations: int, *, seed: int = 9, warmup: int = 500) -> SoakResult:
    """Run ``navigations`` inside ``app.exec()`` (returns when done) and give back the figures."""
    app = QApplication.instance()
    assert app is not None
    results: list[SoakResult] = []
    driver = SoakDriver(shell, navigations, seed=seed, warmup=min(warmup, navigations))
    driver.finished.connect(results.append)
    driver.finished.connect(lambda _r: app.exit(0))
    QTimer.singleShot(0, driver.start)
    app.exec()
    driver.deleteLater()
    return results[0]


def main(argv: list[str] | None = None) -> int:
    """``python -m kiosk.soak DB N``: the soak in a process of its own (RSS is then the kiosk's
    alone, not a test runner's); prints the result as JSON on its last line."""
    import json
    import sys

    from kiosk.app import _give_back_memory_at_home, application, build_shell, install_font
    from kiosk.data.db import open_database

    db, navigations = (argv or sys.argv[1:])[:2]
    app = application()
    install_font()
    shell = build_shell(open_database(db), "zh_CN")
    _give_back_memory_at_home(shell)  # as the running kiosk does (kiosk_shell): freed memory returned at home
    shell.resize(1920, 1080)
    shell.show()
    result = run_soak(shell, int(navigations))
    app.processEvents()
    print(json.dumps({**result.__dict__, "actions": dict(result.actions), "describe": result.describe()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
