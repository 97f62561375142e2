"""Read-only Markdown text for a kinetic scroll area: wraps to its width, grows to its full height.

Rule texts and notices are written in Markdown (the seed's section headings become ``###``). A
``QTextBrowser`` would scroll on its own and take the finger's drag for text selection, fighting
the page's kinetic scroller; this widget only paints a ``QTextDocument`` and ignores the mouse,
so a drag on it scrolls the page. Headings get pixel sizes from the theme's metrics (never
smaller than body text: Qt's Markdown importer only gives them relative sizes, which pixel-sized
fonts ignore), and long lines wrap anywhere if they must (a URL never runs off the screen).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.widgets.theme import Metrics, Palette

# Heading level -> base pixel size (scaled by the metrics); level 1 matches the "title" role.
HEADING_SIZES = {1: 40, 2: 37, 3: 34, 4: 31, 5: 28, 6: 28}
LINE_HEIGHT_PERCENT = 145  # Chinese text reads better with air between the lines


def with_hard_breaks(markdown: str) -> str:
    """Keep single line breaks as line breaks (people type rule texts line by line, not as
    Markdown paragraphs): a line followed by another non-empty line gets a hard break."""
    lines = markdown.split("\n")
    out = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and following.strip() and not line.endswith("  "):
            line += "  "
        out.append(line)
    return "\n".join(out)


def plain_text(markdown: str) -> str:
    """The text of ``markdown`` without its markup (for excerpts)."""
    document = QTextDocument()
    document.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    return document.toPlainText()


class MarkdownView(QWidget):
    """Markdown painted at the theme's sizes; as tall as its text at the width it is given."""

    def __init__(self, markdown: str, palette: Palette, metrics: Metrics) -> None:
        super().__init__()
        self.palette_ = palette
        self.metrics = metrics
        self.document = QTextDocument(self)
        self.document.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document.setDefaultTextOption(option)
        self._heights: dict[int, int] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.set_markdown(markdown)

    def set_markdown(self, markdown: str) -> None:
        font = QFont(self.font())
        font.setPixelSize(self.metrics.body)
        self.document.setDefaultFont(font)
        self.document.setMarkdown(with_hard_breaks(markdown), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self._apply_sizes()
        self._heights.clear()
        self.updateGeometry()
        self.update()

    def _apply_sizes(self) -> None:
        m, p = self.metrics, self.palette_
        heading_colour = QColor(p.accent if p.name == "standard" else p.text)
        cursor = QTextCursor(self.document)
        block = self.document.begin()
        while block.isValid():
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextBlockFormat(block.blockFormat())
            fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            level = fmt.headingLevel()
            if level:
                fmt.setTopMargin(m.px(28))
                fmt.setBottomMargin(m.px(10))
                chars = QTextCharFormat()
                chars.setFontFamilies(self.document.defaultFont().families())
                chars.setFontWeight(QFont.Weight.Bold)
                chars.setProperty(QTextCharFormat.Property.FontPixelSize, m.px(HEADING_SIZES.get(level, 28)))
                chars.setForeground(heading_colour)
                cursor.setCharFormat(chars)  # replaces the importer's relative size adjustment
            else:
                fmt.setTopMargin(0)
                fmt.setBottomMargin(m.px(14))
            cursor.setBlockFormat(fmt)
            block = block.next()

    def text(self) -> str:
        """The text as shown, without markup (what a test or read-aloud wants)."""
        return self.document.toPlainText()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        width = max(1, width)
        if width not in self._heights:
            if len(self._heights) > 32:
                self._heights.clear()
            self.document.setTextWidth(width)
            self._heights[width] = math.ceil(self.document.size().height())
        return self._heights[width]

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 100 else self.metrics.px(800)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.metrics.px(200), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.document.setTextWidth(self.width())
        painter = QPainter(self)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, QColor(self.palette_.text))
        context.palette = palette
        context.clip = event.rect().toRectF()
        self.document.documentLayout().draw(painter, context)
        painter.end()

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        event.ignore()  # the page's kinetic scroller takes the drag
