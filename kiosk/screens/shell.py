"""The kiosk's main window: header, the screen stack, navigation history, idle reset and attract loop.

The shell is the one navigator: screens ask to go somewhere by emitting ``go``; the shell keeps
the history, opens the target, and on idle forgets everything a resident did. Screens are built
on first use from factories the composition root (app.py) supplies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGraphicsOpacityEffect,
    QLayout,
    QStackedLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import UserError
from kiosk.screens.base import Look, Screen
from kiosk.screens.hall_day import NIGHT, HallDay
from kiosk.screens.idle_flow import IdleFlow, dialog_open
from kiosk.screens.unavailable import UnavailableScreen
from kiosk.services.kiosk_settings import letterbox
from kiosk.services.schedule import ScreenSchedule
from kiosk.widgets.header import Header
from kiosk.widgets.theme import ELDER, HIGH_CONTRAST, NORMAL, STANDARD, style_sheet
from kiosk.widgets.urgent_banner import UrgentBanner

log = logging.getLogger(__name__)
ScreenFactory = Callable[[Look], Screen]
HOME = "home"
ATTRACT = "attract"
UNAVAILABLE = "unavailable"
SHIFT_SPAN = 4  # pixels the picture may move for the burn-in shift (hall_day.SHIFTS stay within it)
SCHEDULE_KEYS = ("screen_schedule", "opening_hours", "holidays", "workdays")


class Shell(QWidget):
    """Header + screens; owns navigation, look (elder mode, contrast), language and idle handling."""

    navigated = Signal(str)  # name of the screen now shown
    idle_reset_done = Signal()
    language_changed = Signal(str)
    settings_applied = Signal(dict)  # settings changed on the settings page or published elsewhere

    def __init__(
        self,
        factories: dict[str, ScreenFactory],
        hall_name: str,
        set_language: Callable[[str], None],
        language: str = "zh_CN",
        idle_seconds: int = 90,
        orientation: str = "auto",
    ) -> None:
        super().__init__()
        self.setObjectName("KioskRoot")
        self.factories = factories
        self.services: dict[str, object] = {}  # what the composition root keeps alive with the window
        # A short fade-in of each new screen (ms); 0 where screens are grabbed right after opening.
        self.transition_ms = 0
        self._fade: QPropertyAnimation | None = None
        self.content: Any = None  # the content repository, for screenshots and tests
        self._pending_settings: Callable[[], Mapping[str, Any]] | None = None
        self.access: Any = None  # staff sign-in and the console layer (screens/access.py), set by app.py
        self.screens: dict[str, Screen] = {}
        self.history: list[tuple[str, dict[str, Any]]] = []
        self.current: tuple[str, dict[str, Any]] = (HOME, {})
        self.look = Look(STANDARD, NORMAL)
        self.language = language
        self.orientation = orientation  # see kiosk_settings.letterbox
        self._set_language = set_language

        self.header = Header()
        self.header.set_hall(hall_name)
        self.banner = UrgentBanner(self.look)  # 紧急 notices, on every screen
        self.banner.tapped.connect(self._open_notices)
        self.stack = QStackedWidget()
        main = QWidget()
        column = QVBoxLayout(main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.layers = QStackedLayout(self)
        self.layers.addWidget(main)
        # The window is as large as the screen, never larger: a screen whose contents want more
        # room must scroll or wrap, not push the window past the glass (or force a one-row header
        # on a portrait screen before the header could switch to two rows).
        self.layers.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.main = main

        self.header.back.connect(self.back)
        self.header.home.connect(self.go_home)
        self.header.elder_toggled.connect(self.set_elder)
        self.header.contrast_toggled.connect(self.set_high_contrast)
        self.header.language_toggled.connect(self.toggle_language)

        self.idle_flow = IdleFlow(self, idle_seconds)  # the idle time and the warning before the reset
        self.idle = self.idle_flow.watcher
        self.warning = self.idle_flow.warning
        self.unavailable = UnavailableScreen(self.look)
        self.unavailable.go.connect(self._on_go)
        self.screens[UNAVAILABLE] = self.unavailable
        self.stack.addWidget(self.unavailable)
        self.day = HallDay(self)
        self._schedule_settings: dict[str, Any] = {}
        self.relayout_margins()
        self.apply_look()
        self.header.retranslate(language)
        self.go_home()

    # --- screens and navigation -------------------------------------------------------------

    def screen_named(self, name: str) -> Screen:
        """The screen called ``name``, built on first use."""
        if name not in self.screens:
            screen = self.factories[name](self.look)
            screen.go.connect(self._on_go)
            self.screens[name] = screen
            if name == ATTRACT:
                self.layers.addWidget(screen)
            else:
                self.stack.addWidget(screen)
        return self.screens[name]

    def _on_go(self, name: str, params: dict[str, Any]) -> None:
        if name == HOME:
            self.go_home()
        elif name == "back":
            self.back()
        else:
            self.go(name, **params)

    def go(self, name: str, **params: Any) -> None:
        if name not in self.factories:
            raise KeyError(f"no screen called {name!r}")
        previous = self.current
        if self._show(name, params):
            self.history.append(previous)

    def back(self) -> None:
        if self.history:
            if self._show(*self.history[-1]):
                self.history.pop()
        else:
            self.go_home()

    def _open_notices(self) -> None:
        if "notices" in self.factories:
            self.go("notices")

    def go_home(self) -> None:
        self.history.clear()
        self._show(HOME, {})
        if self._pending_settings is not None:
            self._apply_published()
        self.refresh_banner()

    # --- content published elsewhere -----------------------------------------------------

    def content_changed(self, read_settings: Callable[[], Mapping[str, Any]]) -> None:
        """Content or settings changed in the database (another kiosk, the admin console).

        Applied at once when nobody is using the kiosk (home or the attract loop), otherwise at
        the next return home, so a resident never sees the screen change under their finger.
        Screens read the database every time they open, so only what is on display now, the
        header and the settings need refreshing.
        """
        self._pending_settings = read_settings
        at_rest = self.current[0] == HOME and not self.history
        if at_rest and self.layers.currentWidget() in (self.main, self.screens.get(ATTRACT)):
            self._apply_published()

    def _apply_published(self) -> None:
        read_settings, self._pending_settings = self._pending_settings, None
        hall = self.content.hall() if self.content is not None else None
        if hall is not None:
            self.header.set_hall(hall.name)
        if read_settings is not None:
            self.apply_settings(read_settings())
        self.refresh_banner()
        if self.layers.currentWidget() is self.main:
            self._refresh_current()

    def _show(self, name: str, params: dict[str, Any]) -> bool:
        """Open ``name``; False (and the current screen stays) when it cannot be shown now."""
        screen = self.screen_named(name)
        try:
            screen.open(**params)
        except UserError as exc:  # the database went away and this screen was never read before
            self._note_offline()
            if name == HOME:
                self.header.flash(exc.message)
                return False
            return self.show_unavailable(name, params)
        except Exception:  # a kiosk must never get stuck on a screen that failed to build
            log.exception("could not open screen %s %s", name, params)
            self.header.flash(self.tr("This page cannot be shown right now."))
            return False
        self.current = (name, params)
        self._note_offline()
        self.layers.setCurrentWidget(self.main)
        if self.stack.currentWidget() is not screen:
            self.stack.setCurrentWidget(screen)
            self._fade_in(screen)
        self.header.set_navigation(at_home=name == HOME)
        self.navigated.emit(name)
        return True

    def show_unavailable(self, name: str, params: dict[str, Any]) -> bool:
        """The calm "please ask at the window" page in place of ``name``, opened by itself later
        (``retry_unavailable``) when the database answers again."""
        target = {"target": name, "target_params": params}
        self.unavailable.open(**target)
        self.current = (UNAVAILABLE, target)
        self.layers.setCurrentWidget(self.main)
        self.stack.setCurrentWidget(self.unavailable)
        self.header.set_navigation(at_home=False)
        self.navigated.emit(UNAVAILABLE)
        return True

    def retry_unavailable(self) -> None:
        """The database answers again: open the screen the resident asked for, in place of the calm page."""
        if self.current[0] != UNAVAILABLE or self.layers.currentWidget() is not self.main:
            return
        target = self.current[1]
        self._show(str(target["target"]), dict(target["target_params"]))

    def _fade_in(self, screen: QWidget) -> None:
        """Fade the new screen in so the change reads as a change of page, not a flicker."""
        if self.transition_ms <= 0:
            return
        if self._fade is not None:
            self._fade.stop()
            self._fade.finished.emit()
        effect = QGraphicsOpacityEffect(screen)
        screen.setGraphicsEffect(effect)
        fade = QPropertyAnimation(effect, b"opacity", self)
        fade.setDuration(self.transition_ms)
        fade.setStartValue(0.35)
        fade.setEndValue(1.0)
        fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        # the effect slows painting and scrolling: remove it as soon as the fade is over
        fade.finished.connect(lambda: screen.setGraphicsEffect(None))  # type: ignore[arg-type]
        fade.finished.connect(fade.deleteLater)
        self._fade = fade
        fade.finished.connect(lambda: setattr(self, "_fade", None))
        fade.start()

    def _note_offline(self) -> None:
        if self.content is not None:
            self.header.set_offline(bool(getattr(self.content, "offline", False)))

    def set_offline(self, offline: bool) -> None:
        self.header.set_offline(offline)

    def refresh_banner(self) -> None:
        """Show the urgent notices (紧急) inside their publish window in the banner (offline: from the snapshot)."""
        if self.content is None:
            return
        try:
            notices = self.content.notices()
        except Exception:  # no notices readable: keep the banner as it is rather than fail a navigation
            log.info("the urgent notices could not be read for the banner", exc_info=True)
            return
        self.banner.set_notices(notices)

    def current_screen(self) -> Screen:
        return self.screens[self.current[0]]

    # --- idle ----------------------------------------------------------------------------

    def on_idle(self) -> None:
        """First idle period: reset and go home. Idle again at home: start the attract loop, or
        outside opening hours the night screen (which stays until morning or a touch)."""
        self.warning.stop()
        if self.day.showing_night():
            return
        resting = self.layers.currentWidget() in (self.main, self.screens.get(ATTRACT))
        if self.current[0] == HOME and not self.history and resting and self.day.closed():
            self.day.show_night()
            return
        if self.current[0] == HOME and not self.history and self.layers.currentWidget() is self.main:
            if ATTRACT in self.factories:
                self.show_attract()
            return
        self.idle_reset()

    def at_rest(self) -> bool:
        """Nobody is using the kiosk: home (or the attract loop or the night) with nothing entered."""
        if self.warning.showing or dialog_open():
            return False
        layer = self.layers.currentWidget()
        if layer is self.main:
            return self.current[0] == HOME and not self.history
        return layer is self.screens.get(ATTRACT) or self.day.showing_night()

    def showing(self) -> str:
        """What is on the glass, for the heartbeat: a screen's name, or attract, night, login, console."""
        layer = self.layers.currentWidget()
        if layer is self.main:
            return self.current[0]
        if layer is self.screens.get(ATTRACT):
            return ATTRACT
        if self.day.showing_night():
            return NIGHT
        return layer.objectName() or type(layer).__name__ if layer is not None else ""

    def warn_idle(self, seconds: int) -> None:
        self.idle_flow.warn(seconds)

    def keep_session(self) -> None:
        self.idle_flow.keep()

    def idle_reset(self) -> None:
        """Forget everything a resident entered: dialogs, answers, search, scroll positions, history."""
        self.warning.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for widget in app.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
        for screen in self.screens.values():
            screen.reset()
        self.go_home()
        self.idle_reset_done.emit()

    def show_attract(self) -> None:
        attract = self.screen_named(ATTRACT)
        attract.open()
        self.layers.setCurrentWidget(attract)
        self.navigated.emit(ATTRACT)

    # --- layers over the kiosk: staff sign-in, the admin console ---------------------------

    def show_layer(self, widget: QWidget) -> None:
        """Cover the whole kiosk, header included, with ``widget`` until the next navigation or
        the idle reset brings the kiosk back (``go``, ``go_home`` and ``back`` show the main layer)."""
        if self.layers.indexOf(widget) < 0:
            self.layers.addWidget(widget)
        self.layers.setCurrentWidget(widget)

    def remove_layer(self, widget: QWidget) -> None:
        """Take ``widget`` out of the layers (the kiosk is shown if it was on top); the caller deletes it."""
        if self.layers.currentWidget() is widget:
            self.layers.setCurrentWidget(self.main)
        self.layers.removeWidget(widget)

    # --- look and language ---------------------------------------------------------------

    def set_elder(self, on: bool) -> None:
        self.look.metrics = ELDER if on else NORMAL
        self.header.elder_button.setChecked(on)
        self.apply_look()

    def set_high_contrast(self, on: bool) -> None:
        self.look.palette = HIGH_CONTRAST if on else STANDARD
        self.header.contrast_button.setChecked(on)
        self.apply_look()

    def apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(style_sheet(self.look.palette, self.look.metrics))
            # Qt's default grey for hints in empty fields is far below 7:1; use the muted text colour
            palette = app.palette()
            palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(self.look.palette.muted_text))
            app.setPalette(palette)
        self.header.set_look(self.look.palette.header_text, self.look.metrics.px(56), min(self.look.metrics.title, 46))
        self.header.relayout()
        self.banner.refresh()
        self._refresh_current()

    def toggle_language(self) -> None:
        self.set_language("en" if self.language == "zh_CN" else "zh_CN")

    def set_language(self, language: str) -> None:
        self.language = language
        self._set_language(language)
        self.header.retranslate(language)
        self.banner.refresh()
        if self.warning.showing:
            self.warning.retranslate()
        self.language_changed.emit(language)
        self._refresh_current()

    def _refresh_current(self) -> None:
        name, params = self.current
        if name in self.screens:
            self.screens[name].open(**params)

    # --- settings changed on the settings page, and content replaced by an import or a restore ---

    def apply_settings(self, values: Mapping[str, Any]) -> None:
        """Apply changed settings without a restart: idle time, language, orientation, and the attract
        loop's pace (its screen is rebuilt, with the new pace, the next time it starts)."""
        if "idle_seconds" in values:
            self.idle.set_seconds(int(values["idle_seconds"]))
        if "orientation" in values:
            self.orientation = str(values["orientation"])
            self._letterbox()
        if "attract_rotate_seconds" in values:
            self._drop_screen(ATTRACT)
        if "language" in values and values["language"] != self.language:
            self.set_language(str(values["language"]))
        if "idle_warning_seconds" in values:
            self.idle_flow.set_warning(int(values["idle_warning_seconds"]))
        if any(key in values for key in SCHEDULE_KEYS):
            self._schedule_settings.update({k: values[k] for k in SCHEDULE_KEYS if k in values})
            self.day.set_schedule(ScreenSchedule.from_settings(self._schedule_settings))
        self.settings_applied.emit(dict(values))

    def reload_content(self) -> None:
        """After an import or a restore: forget every built screen, so each is rebuilt from the
        database when next shown (the one on display at once), and show the hall's new name."""
        hall = self.content.hall() if self.content is not None else None
        if hall is not None:
            self.header.set_hall(hall.name)
        for name in list(self.screens):
            if name != UNAVAILABLE:
                self._drop_screen(name)
        self.refresh_banner()
        if self.layers.currentWidget() is self.main:
            self._show(*self.current)

    def _drop_screen(self, name: str) -> None:
        screen = self.screens.get(name)
        if screen is None or self.layers.currentWidget() is screen:
            return  # the attract loop on display keeps running until a touch ends it
        del self.screens[name]
        self.stack.removeWidget(screen)
        self.layers.removeWidget(screen)
        screen.hide()
        screen.deleteLater()

    def relayout_margins(self) -> None:
        """The hourly burn-in shift: what the header, the banner and the screens show moves a few pixels
        inside their own backgrounds (so no seam of another colour appears at the edges)."""
        dx, dy = self.day.offset
        for widget in (self.header, self.banner, self.stack):
            widget.setContentsMargins(dx, dy, SHIFT_SPAN - dx, SHIFT_SPAN - dy)

    def _letterbox(self) -> None:
        margins = letterbox(self.width(), self.height(), self.orientation)
        current = self.layers.contentsMargins()
        if (current.left(), current.top(), current.right(), current.bottom()) != margins:
            self.layers.setContentsMargins(*margins)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._letterbox()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # No keyboard on a kiosk; Escape from an attached keyboard means "home" for maintainers.
        if event.key() == Qt.Key.Key_Escape:
            self.go_home()
        else:
            super().keyPressEvent(event)
