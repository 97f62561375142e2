"""A random resident for the benchmark: taps through a running kiosk the way people do all day.

The kiosk runs for months; memory that grows a little on every page, a scroller grabbed per page,
a timer never stopped only show after thousands of taps. ``RandomResident`` drives a real
``Shell`` with one-finger taps (``QTest`` mouse clicks on what is on screen: home tiles, theme
tiles, list rows, 情形 answers, quick-keyboard letters, the header's back and home) and, now and
then, the idle reset, so that what a tap runs (not only what ``Shell.go`` runs) is measured. It
never prints, speaks, signs in, rates or submits anything: a soak must not fill the database or
the printer. ``kiosk bench`` uses it for ``soak_rss_growth_mib`` (its short soak); the long soak
of the unattended kiosk has its own driver. ``tap``/``tap_row``/``settle`` serve the benchmark's
timed taps too.

Every ``step()`` ends on a screen (its name is returned), with pending events processed and
deleted widgets really deleted, so memory can be read between steps.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.widgets.touch_list import TouchList

SCREENS_WITH_ROWS = ("matters", "search")


def settle() -> None:
    """Let the kiosk finish what a tap started: pending events, then deferred deletions."""
    app = QApplication.instance()
    if app is None:
        return
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def tap(widget: QWidget, pos: QPoint | None = None) -> None:
    """A one-finger tap (press and release at one spot) on ``widget``."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or widget.rect().center())


def tap_row(rows: TouchList, key: str) -> bool:
    """Scroll ``key``'s row into view and tap it; False when the list has no such row."""
    keys = rows.keys()
    if key not in keys:
        return False
    rows.scrollTo(rows.model_.index(keys.index(key), 0))
    rect = rows.row_rect(key)
    if not rect.isValid():
        return False
    tap(rows.viewport(), rect.center())
    return True


def _visible_buttons(widget: QWidget, name_prefix: str = "") -> list[QAbstractButton]:
    return [
        b
        for b in widget.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.objectName().startswith(name_prefix)
    ]


class RandomResident:
    """Taps a kiosk ``shell`` at random; ``step()`` is one navigation, ``run(n)`` many."""

    def __init__(self, shell: object, seed: int = 11, idle_every: int = 50) -> None:
        self.shell = shell
        self.random = random.Random(seed)
        self.idle_every = idle_every  # an idle reset about this often (0: never)
        self.steps = 0
        self.visits: dict[str, int] = {}

    @property
    def screen(self) -> str:
        return str(self.shell.current[0])  # type: ignore[attr-defined]

    def run(self, steps: int, after_each: Callable[[int, str], None] | None = None) -> None:
        for i in range(steps):
            name = self.step()
            if after_each is not None:
                after_each(i, name)

    def step(self) -> str:
        """One navigation: a tap that opens another screen (or goes back or home), sometimes an idle reset."""
        self.steps += 1
        shell = self.shell
        if self.idle_every and self.random.randrange(self.idle_every) == 0:
            shell.idle_reset()  # type: ignore[attr-defined]
        else:
            here = self.screen
            if here != "home" and self.random.random() < 0.3:
                header = shell.header  # type: ignore[attr-defined]
                tap(header.home_button if self.random.random() < 0.3 else header.back_button)
            else:
                action = getattr(self, f"_on_{here}", self._leave)
                action(shell.current_screen())  # type: ignore[attr-defined]
        settle()
        name = self.screen
        self.visits[name] = self.visits.get(name, 0) + 1
        return name

    # --- what a resident does on each screen ------------------------------------------------

    def _leave(self, _screen: QWidget) -> None:
        header = self.shell.header  # type: ignore[attr-defined]
        tap(header.back_button if self.random.random() < 0.7 else header.home_button)

    def _on_home(self, screen: QWidget) -> None:
        tiles = screen.tiles  # type: ignore[attr-defined]
        weights = {"services": 5, "search": 3, "boards": 2}
        names = list(tiles)
        name = self.random.choices(names, [weights.get(n, 1) for n in names])[0]
        tap(tiles[name])

    def _on_services(self, screen: QWidget) -> None:
        choice = self.random.random()
        if choice < 0.15:  # A–Z, then a row
            tap(screen.tabs["az"])  # type: ignore[attr-defined]
            settle()
            self._tap_some_row(screen.list)  # type: ignore[attr-defined]
            return
        if choice < 0.25:  # by department, then one
            tap(screen.tabs["departments"])  # type: ignore[attr-defined]
            settle()
        elif screen.view != "themes":  # type: ignore[attr-defined]
            tap(screen.tabs["themes"])  # type: ignore[attr-defined]
            settle()
        page = screen.area.widget()  # type: ignore[attr-defined]
        targets = _visible_buttons(page) if page is not None else []
        if not targets:
            self._leave(screen)
            return
        target = self.random.choice(targets)
        screen.area.ensureWidgetVisible(target)  # type: ignore[attr-defined]
        settle()
        tap(target)

    def _on_matters(self, screen: QWidget) -> None:
        self._tap_some_row(screen.list)  # type: ignore[attr-defined]

    def _on_search(self, screen: QWidget) -> None:
        field = screen.field  # type: ignore[attr-defined]
        if self.random.random() < 0.3 or not field.text():
            keys = screen.letter_buttons  # type: ignore[attr-defined]
            clear = QCoreApplication.translate("SearchScreen", "Clear")
            tap(keys[clear] if clear in keys else keys["⌫"])
            for _ in range(self.random.randint(1, 4)):
                tap(keys[self.random.choice("BCDGHJLMNQSTWXYZ")])
            settle()
        if not self._tap_some_row(screen.results, leave=False):  # type: ignore[attr-defined]
            self._leave(screen)

    def _on_guide(self, screen: QWidget) -> None:
        answers = _visible_buttons(screen, "answer:")
        if answers and self.random.random() < 0.5:
            button = self.random.choice(answers)
            screen.area.ensureWidgetVisible(button)  # type: ignore[attr-defined]
            settle()
            tap(button)  # an answer changes the materials; then the resident leaves
            settle()
        self._leave(screen)

    def _on_boards(self, screen: QWidget) -> None:
        page = screen.area.widget()  # type: ignore[attr-defined]
        targets = _visible_buttons(page) if page is not None else []
        if targets and self.random.random() < 0.8:
            target = self.random.choice(targets)
            screen.area.ensureWidgetVisible(target)  # type: ignore[attr-defined]
            settle()
            tap(target)
        else:
            self._leave(screen)

    def _tap_some_row(self, rows: TouchList, leave: bool = True) -> bool:
        keys = rows.keys()
        if keys and tap_row(rows, self.random.choice(keys[:200])):
            return True
        if leave:
            self._leave(rows)
        return False
