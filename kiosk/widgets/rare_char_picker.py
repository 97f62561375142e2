"""生僻字 input for the console's text fields: find a character by its reading or its code, tap it.

The virtual keyboard cannot type characters outside its pinyin dictionary (see
``services.rare_chars``), so name fields in the console and the staff notice get a 「生僻字」
button beside them. It opens this dialog: type a reading (``zhe``, ``yan3``) or a code
(``2A6A5``, ``U+4DAE``) with any keyboard, tap the character, and it goes in at the cursor. Each
character is shown large in the kiosk's font chain with its code and block, and one that no font
can draw says so before it is used.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.rare_chars import Candidate, lookup
from kiosk.widgets.scroll import KineticScrollArea

COLUMNS = 6


class RareCharDialog(QDialog):
    """The picker; ``chosen`` holds what was inserted (for tests and the caller)."""

    def __init__(self, target: QLineEdit | QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent or target.window())
        self.setObjectName("RareCharDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Rare character"))
        self.target = target
        self.chosen = ""
        self.resize(900, 760)
        box = QVBoxLayout(self)
        box.addWidget(
            QLabel(self.tr("Type the character's pinyin (zhe, yan3) or its code (2A6A5, U+4DAE), then tap it."))
        )
        self.query = QLineEdit()
        self.query.setObjectName("rare-query")
        self.query.setPlaceholderText(self.tr("Pinyin or Unicode code"))
        self.query.setInputMethodHints(Qt.InputMethodHint.ImhPreferLatin | Qt.InputMethodHint.ImhNoPredictiveText)
        box.addWidget(self.query)
        self.status = QLabel("")
        self.status.setObjectName("rare-status")
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.area = KineticScrollArea(self)
        box.addWidget(self.area, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        box.addWidget(close)
        self.typing = QTimer(self)  # look up once typing pauses, not on every key
        self.typing.setSingleShot(True)
        self.typing.setInterval(250)
        self.typing.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _text: self.typing.start())
        self.buttons: list[QPushButton] = []

    def search(self) -> None:
        from kiosk.services.fonts import FontMissing, resolve_chain

        self.buttons = []
        holder = QWidget()  # a new page for every search: the old buttons go with the old page
        grid = QGridLayout(holder)
        grid.setSpacing(8)
        found = lookup(self.query.text())
        try:
            chain = resolve_chain()
        except FontMissing:
            chain = None
        if not found:
            self.status.setText(self.tr("Nothing found.") if self.query.text().strip() else "")
            self.area.set_content(holder)
            return
        self.status.setText(self.tr("%1 characters").replace("%1", str(len(found))))
        for i, candidate in enumerate(found):
            drawable = chain is None or not chain.missing(candidate.char)
            b = QPushButton(self._caption(candidate, drawable))
            b.setObjectName(f"rare:{candidate.code}")
            b.setStyleSheet("font-size: 28px; padding: 4px; min-width: 120px; min-height: 120px;")
            b.setToolTip(" ".join(candidate.readings))
            b.clicked.connect(partial(self.insert, candidate.char))
            grid.addWidget(b, i // COLUMNS, i % COLUMNS)
            self.buttons.append(b)
        self.area.set_content(holder)  # laid out full: the scroll area then knows its height

    def _caption(self, candidate: Candidate, drawable: bool) -> str:
        caption = f"{candidate.char}\n{candidate.code[2:]}"
        no_font = self.tr("no font")
        return caption if drawable else f"{caption}\n{no_font}"

    def insert(self, char: str) -> None:
        self.chosen += char
        if isinstance(self.target, QLineEdit):
            self.target.insert(char)
        else:
            self.target.insertPlainText(char)
        self.accept()


def picker_button(target: QLineEdit | QPlainTextEdit, text: str) -> QPushButton:
    """A 「生僻字」 button that opens the picker for ``target``."""
    b = QPushButton(text)
    b.setObjectName("rare-char-button")
    b.setProperty("role", "form")
    b.setAutoDefault(False)
    b.clicked.connect(lambda: RareCharDialog(target).open())
    return b
