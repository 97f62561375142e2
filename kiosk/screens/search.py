"""Search for a service matter: a field for the pinyin virtual keyboard, a quick keyboard of pinyin
initials, and results that update on every keystroke."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.data.repository import MatterSummary
from kiosk.screens.base import Look, Screen
from kiosk.screens.services import describe
from kiosk.services.search import initials_keyboard, search
from kiosk.widgets.basics import button, label
from kiosk.widgets.touch_list import TouchList


class SearchScreen(Screen):
    """Type Chinese (pinyin virtual keyboard), pinyin initials (quick keys) or full pinyin."""

    name = "search"

    def __init__(self, look: Look, matters: Callable[[], list[MatterSummary]]) -> None:
        super().__init__(look)
        self.matters = matters
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
        self.hint = label("", "muted")
        self.results = TouchList(look.palette, look.metrics)
        self.results.tapped.connect(lambda code: self.navigate("guide", code=code))
        for w in (self.heading, self.field, self.keys, self.hint):
            layout.addWidget(w)
        layout.addWidget(self.results, 1)
        self.letter_buttons: dict[str, object] = {}
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
        self._build_keys()
        self.items = self.matters()
        self.results.set_look(self.look.palette, self.look.metrics)
        if "query" in self.params:
            self.field.setText(str(self.params["query"]))
        self.update_results(self.field.text())

    def _build_keys(self) -> None:
        while self.key_grid.count():
            item = self.key_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()  # type: ignore[union-attr]
                item.widget().deleteLater()  # type: ignore[union-attr]
        per_row = max(6, (self.width() or 1080) // (self.look.metrics.target + 16))
        keys: list[tuple[str, Callable[[], object]]] = [
            (ch.upper(), partial(self.field.insert, ch)) for ch in initials_keyboard()
        ]
        keys += [("⌫", self.field.backspace), (self.tr("Clear"), self.field.clear)]
        self.letter_buttons = {}
        for i, (text, action) in enumerate(keys):
            b = button(text, action)
            self.letter_buttons[text] = b
            span = 2 if i == len(keys) - 1 else 1
            self.key_grid.addWidget(b, i // per_row, i % per_row, 1, span)

    def update_results(self, text: str) -> None:
        query = text.strip()
        if not query:
            self.results.set_rows([])
            self.hint.setText(self.tr("Results appear as you type."))
            return
        found = search(self.items, query)
        self.results.set_rows([(s.code, s.name, describe(s)) for s in found])
        if found:
            self.hint.setText(self.tr("%1 found").replace("%1", str(len(found))))
        else:
            self.hint.setText(self.tr("Nothing found. Try fewer letters, or browse by theme."))

    def reset(self) -> None:
        super().reset()
        self.field.clear()
        self.results.set_rows([])

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.isVisible():
            self._build_keys()
