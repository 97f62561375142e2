"""Layout of the bulletin screens on the demo hall: in both orientations, in elder mode and in
English, no text is cut or smaller than body text, every tappable is a touch target, and
nothing needs horizontal scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

from kiosk.screens.attract import ExcerptLabel
from kiosk.widgets.markdown_view import MarkdownView

SCREENS = ["boards", "article", "notices", "staff", "supervision", "attract"]
SIZES = {"landscape": (1920, 1080), "portrait": (1080, 1920)}


def open_screen(shell, name: str):  # type: ignore[no-untyped-def]
    if name == "attract":
        shell.show_attract()
    elif name == "article":
        shell.go(name, key=shell.content.disclosures(staff=False)[-1].key)
    else:
        shell.go(name)
    return shell.screens[name]


def check_layout(screen, metrics) -> None:  # type: ignore[no-untyped-def]
    for label in screen.findChildren(QLabel):
        if label.isHidden() or not label.text():
            continue
        what = f"{type(label).__name__} {label.text()[:30]!r}"
        assert label.font().pixelSize() >= metrics.body, what
        if isinstance(label, ExcerptLabel):
            fits = QFontMetrics(label.font()).boundingRect(
                QRect(0, 0, label.contentsRect().width(), 1_000_000), int(Qt.TextFlag.TextWordWrap), label.text()
            )
            assert fits.height() <= label.contentsRect().height(), what
        elif label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), what
        else:
            assert label.width() >= label.sizeHint().width(), what
    for view in screen.findChildren(MarkdownView):
        assert view.height() >= view.heightForWidth(view.width())
        assert view.document.idealWidth() <= view.width()
    for button in screen.findChildren(QAbstractButton):
        if not button.isHidden():
            assert button.height() >= metrics.target and button.width() >= metrics.target, button.text()
    for area in screen.findChildren(QScrollArea):
        assert area.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("mode", ["zh_CN", "elder", "en"])
@pytest.mark.parametrize("name", SCREENS)
def test_bulletin_screen_text_is_whole_readable_and_tappable(qtbot, shell, name, orientation, mode) -> None:
    shell.setFixedSize(*SIZES[orientation])
    if mode == "elder":
        shell.set_elder(True)
    if mode == "en":
        shell.set_language("en")
    screen = open_screen(shell, name)
    qtbot.wait(50)
    check_layout(screen, shell.look.metrics)
