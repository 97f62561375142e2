"""Search for a service matter: a field for the pinyin virtual keyboard, a quick keyboard of pinyin
initials, and results that update on every keystroke."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from kiosk.data.repository import MatterSummary
from kiosk.screens.base import Look, Screen, language_mark
from kiosk.screens.services import describe
from kiosk.services.search import initials_keyboard, search
from kiosk.widgets.basics import button, clear_layout, label
from kiosk.widgets.touch_list import TouchList


class SearchScreen(Screen):
    """Type Chinese (pinyin virtual keyboard), pinyin initials (quick keys) or full pinyin."""

    name = "search"

    def __init__(
        self,
        look: Look,
        matters: Callable[[], list[MatterSummary]],
        searched: Callable[[str, int], None] | None = None,
    ) -> None:
        super().__init__(look)
        self.matters = matters
        # Counts a finished search (statistics): the query and how many it found, once per query,
        # when the resident taps a result, leaves the screen or walks away.
        self.searched = searched
        self._counted = ""
        self.found = 0
        self.items: list[MatterSummary] = []
        layout = self.box = QVBoxLayout(self)
        self.heading = label("", "title")
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(False)
        self.field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.field.textChanged.connect(self.update_results)
        self.keys = QWidget()
        self.key_grid = QGridLayout(self.keys)
        self.key_grid.setContentsMargins(0, 0, 0, 0)
        self.key_grid.setSpacing(8)
        self.hint = label("", "muted")
        self.results = TouchList(look.palette, look.metrics)
        self.results.setMinimumHeight(80)
        self.results.tapped.connect(self._open_result)
        for w in (self.heading, self.field, self.keys, self.hint):
            layout.addWidget(w)
        layout.addWidget(self.results, 1)
        self.letter_buttons: dict[str, object] = {}
        self._per_row = 0
        self._keys_for: tuple[object, ...] = ()
        # While Qt's virtual keyboard is up it covers the lower half of the screen: the quick
        # keys step aside and the results move above the keyboard.
        QGuiApplication.inputMethod().visibleChanged.connect(self._keyboard_changed)

    def _keyboard_changed(self) -> None:
        method = QGuiApplication.inputMethod()
        shown = method.isVisible() and self.isVisible()
        for widget in (self.keys, self.heading):
            widget.setVisible(not shown)
        m = self.look.metrics.margin
        cover = int(method.keyboardRectangle().height()) if shown else 0
        self.box.setContentsMargins(m, m, m, m + cover)

    def refresh(self) -> None:
        m = self.look.metrics
        self.box.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        self.box.setSpacing(m.px(14))
        self.heading.setText(self.tr("Find a service"))
        self.field.setPlaceholderText(self.tr("Type a name, pinyin or initials, e.g. ylbx"))
        keys_for = (self.look.palette, self.look.metrics, language_mark())
        if keys_for != self._keys_for:  # 25 keys: rebuilt only for another look or language
            self._build_keys()
            self._keys_for = keys_for
        self.items = self.matters()
        self.results.set_look(self.look.palette, self.look.metrics)
        if "query" in self.params:
            self.field.setText(str(self.params["query"]))
        self.update_results(self.field.text())

    def keys_per_row(self) -> int:
        """As many keys as fit the window's width at the current target size (never overflowing)."""
        m = self.look.metrics
        window = self.window()
        width = (window.width() if window is not None and window.width() > 200 else 1080) - 2 * m.margin
        spacing = self.key_grid.horizontalSpacing() if self.key_grid.horizontalSpacing() >= 0 else 8
        return max(5, min(13, (width + spacing) // (m.target + spacing)))

    def _build_keys(self, force: bool = True) -> None:
        per_row = self.keys_per_row()
        if not force and per_row == self._per_row:
            return
        self._per_row = per_row
        clear_layout(self.key_grid)
        keys: list[tuple[str, Callable[[], object]]] = [
            (ch.upper(), partial(self.field.insert, ch)) for ch in initials_keyboard()
        ]
        keys += [("⌫", self.field.backspace), (self.tr("Clear"), self.field.clear)]
        self.letter_buttons = {}
        for i, (text, action) in enumerate(keys):
            b = button(text, action, "key")
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setFixedHeight(self.look.metrics.target)
            b.setMinimumWidth(self.look.metrics.target)
            self.letter_buttons[text] = b
            self.key_grid.addWidget(b, i // per_row, i % per_row)
        for column in range(self.key_grid.columnCount()):
            self.key_grid.setColumnStretch(column, 1 if column < per_row else 0)
        rows = (len(keys) + per_row - 1) // per_row
        self.keys.setFixedHeight(rows * self.look.metrics.target + (rows - 1) * self.key_grid.verticalSpacing())

    def _open_result(self, code: str) -> None:
        self.count_search()
        self.navigate("guide", code=code)

    def count_search(self) -> None:
        """Count the search on screen as finished (once per query; nothing for an empty field)."""
        query = self.field.text().strip()
        if self.searched is not None and query and query != self._counted:
            self._counted = query
            self.searched(query, self.found)

    def update_results(self, text: str) -> None:
        query = text.strip()
        if not query:
            self.found = 0
            self.results.set_rows([])
            self.hint.setText(self.tr("Results appear as you type."))
            return
        found = search(self.items, query)
        self.found = len(found)
        self.results.set_rows([(s.code, s.name, describe(s)) for s in found])
        if found:
            self.hint.setText(self.tr("%1 found").replace("%1", str(len(found))))
        else:
            self.hint.setText(self.tr("Nothing found. Try fewer letters, or browse by theme."))

    def reset(self) -> None:
        self.count_search()  # the resident walked away: the search ends here
        super().reset()
        self.field.clear()
        self._counted = ""
        self.results.set_rows([])

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.count_search()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._build_keys(force=False)
