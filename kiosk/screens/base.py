"""The base of every screen: what the navigator may ask of it and how it asks to go elsewhere.

A screen lays out widgets and shows plain documents it gets from the services it was given in its
constructor; it never opens a database session. It asks to go elsewhere by emitting ``go``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.widgets.basics import button, fit_height_to_width, label
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.theme import Metrics, Palette


class Look:
    """The current palette and metrics, shared by all screens (changed by the header toggles)."""

    def __init__(self, palette: Palette, metrics: Metrics) -> None:
        self.palette = palette
        self.metrics = metrics


def language_mark() -> str:
    """A word in the language the kiosk speaks now: it changes when the translator does."""
    return QCoreApplication.translate("ScrollScreen", "Back to home")


class Screen(QWidget):
    """One full screen below the header."""

    go = Signal(str, dict)  # screen name, parameters
    name = ""

    def __init__(self, look: Look) -> None:
        super().__init__()
        self.look = look
        self.setProperty("role", "page")
        self.params: dict[str, Any] = {}
        self._built: tuple[Any, ...] | None = None  # what the contents on screen were built from

    def title(self) -> str:
        """The title shown in the header while this screen is open."""
        return ""

    def open(self, **params: Any) -> None:
        """Show this screen for ``params`` (called on every navigation to it)."""
        self.params = params
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the contents for the current params, language and look."""

    def reset(self) -> None:
        """Forget everything a resident entered or scrolled (idle reset)."""
        self.params = {}
        self._built = None

    def forget_built(self) -> None:
        """The next ``refresh`` builds the contents again even if nothing ``same_as_built`` sees changed."""
        self._built = None
        if self.isVisible():
            self.refresh()

    def same_as_built(self, *data: object) -> bool:
        """Whether the contents on screen were built for these params, this look and language and
        these ``data`` (compared by identity: the kiosk's content source hands out the same objects
        until something changes); if not, remembers them as built now.

        A screen whose ``refresh`` starts with ``if self.same_as_built(...): return`` opens at once
        when nothing changed, and the resident finds it as they left it (scrolled where they were).
        """
        stamp = (self.params, self.look.palette, self.look.metrics, language_mark(), *data)
        built = self._built
        if (
            built is not None
            and len(built) == len(stamp)
            and built[:4] == stamp[:4]
            and all(a is b for a, b in zip(built[4:], stamp[4:], strict=True))
        ):
            return True
        self._built = (dict(self.params), *stamp[1:])
        return False

    def navigate(self, name: str, **params: Any) -> None:
        self.go.emit(name, params)


class ScrollScreen(Screen):
    """A screen whose contents scroll kinetically; the scroll area is created once."""

    def __init__(self, look: Look) -> None:
        super().__init__(look)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.area = KineticScrollArea(self)
        layout.addWidget(self.area)

    def page(self) -> tuple[QWidget, QVBoxLayout]:
        """A fresh page widget with a vertical layout, shown in the scroll area."""
        page = fit_height_to_width(QWidget())
        page.setProperty("role", "page")
        box = QVBoxLayout(page)
        m = self.look.metrics.margin
        box.setContentsMargins(m, m, m, m)
        box.setSpacing(self.look.metrics.px(18))
        self.area.set_content(page)
        return page, box

    def thanks(self, title: str, body: str, home_name: str) -> QVBoxLayout:
        """A centred "thank you" page with a button home (``home_name`` is its object name, for
        tests); returns the layout so a screen can add more buttons under it."""
        m = self.look.metrics
        _page, box = self.page()
        box.addStretch(1)
        for text, role in ((title, "title"), (body, "body")):
            line = label(text, role)
            line.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(line)
        box.addSpacing(m.margin)
        # translate() with the literal context: self.tr() would look under the subclass's name
        home = button(
            QCoreApplication.translate("ScrollScreen", "Back to home"), lambda: self.navigate("home"), "primary"
        )
        home.setObjectName(home_name)
        home.setMinimumWidth(m.px(360))
        box.addWidget(home, 0, Qt.AlignmentFlag.AlignHCenter)
        return box

    def reset(self) -> None:
        super().reset()
        self.area.to_top()
