"""Every screen, checked the way a resident would notice: no cut text, no small targets, no boxes.

Runs each screen at landscape and portrait, normal and elder mode. A label whose text needs more
room than it got is cut; a button smaller than a finger (80 px, 100 px in elder mode) is missed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from kiosk.screenshot import screen_params

SIZES = [(1920, 1080), (1080, 1920)]


def _visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) and widget.width() > 0


def cut_labels(root: QWidget) -> list[str]:
    """Labels whose text does not fit the space they were given."""
    problems = []
    for lab in root.findChildren(QLabel):
        if not _visible(lab) or not lab.text() or (lab.pixmap() is not None and not lab.pixmap().isNull()):
            continue
        if lab.textFormat() == Qt.TextFormat.MarkdownText or lab.textFormat() == Qt.TextFormat.RichText:
            needed_h = lab.heightForWidth(lab.width())
            if needed_h > lab.height() + 2:
                problems.append(f"{lab.text()[:30]!r}: needs {needed_h}px height, has {lab.height()}")
            continue
        if lab.wordWrap():
            needed_h = lab.heightForWidth(lab.width())
            if needed_h > lab.height() + 2:
                problems.append(f"{lab.text()[:30]!r}: needs {needed_h}px height, has {lab.height()}")
        else:
            metrics = QFontMetrics(lab.font())
            widest = max(metrics.horizontalAdvance(line) for line in lab.text().split("\n"))
            margins = lab.contentsMargins()
            room = lab.width() - margins.left() - margins.right()
            if widest > room + 1:
                problems.append(f"{lab.text()[:30]!r}: needs {widest}px width, has {room}")
    return problems


def missing_glyphs(root: QWidget) -> list[str]:
    """Characters on screen that the kiosk's font cannot draw (they would show as boxes)."""
    missing = set()
    texts = [(w, w.text()) for w in root.findChildren(QLabel) if _visible(w)]
    texts += [(b, b.text()) for b in root.findChildren(QAbstractButton) if _visible(b)]
    for widget, text in texts:
        metrics = QFontMetrics(widget.font())
        missing |= {ch for ch in text if not ch.isspace() and not metrics.inFontUcs4(ord(ch))}
    return sorted(missing)


def small_targets(root: QWidget, minimum: int) -> list[str]:
    return [
        f"{b.text()[:20] or b.objectName()!r}: {b.width()}×{b.height()}"
        for b in root.findChildren(QAbstractButton)
        if _visible(b) and (b.width() < minimum or b.height() < minimum)
    ]


def _screens(shell) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(n for n in shell.factories if n != "attract")


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
@pytest.mark.parametrize("size", SIZES, ids=["landscape", "portrait"])
def test_no_screen_cuts_text_or_has_targets_smaller_than_a_finger(qtbot, shell, size, elder) -> None:
    shell.resize(*size)
    shell.set_elder(elder)
    minimum = shell.look.metrics.target
    problems: dict[str, list[str]] = {}
    for name in _screens(shell):
        if name == "home":
            shell.go_home()
        else:
            shell.go(name, **screen_params(shell, name, None))
        qtbot.wait(20)
        found = cut_labels(shell) + small_targets(shell, minimum) + missing_glyphs(shell)
        if found:
            problems[name] = found
    assert problems == {}


def test_header_fits_every_orientation_in_both_languages_and_elder_mode(qtbot, shell) -> None:
    for language in ("zh_CN", "en"):
        shell.set_language(language)
        for size in SIZES:
            for elder in (False, True):
                shell.resize(*size)
                shell.set_elder(elder)
                qtbot.wait(20)
                assert shell.width() == size[0], f"content forces the window wider at {size} elder={elder}"
                assert cut_labels(shell.header) == [] and small_targets(shell.header, shell.look.metrics.target) == []


def test_the_checks_catch_a_cut_label_and_a_small_button(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    cut = QLabel("城乡居民基本养老保险参保登记城乡居民基本养老保险参保登记")
    cut.setFixedWidth(100)
    small = QPushButton("小")
    small.setFixedSize(40, 40)
    layout.addWidget(cut)
    layout.addWidget(small)
    root.show()
    qtbot.waitExposed(root)
    assert len(cut_labels(root)) == 1
    assert len(small_targets(root, 80)) == 1


LONG_HALL_NAMES = (
    "广西壮族自治区南宁市西乡塘区北湖街道党群服务中心便民服务大厅",
    "新疆维吾尔自治区伊犁哈萨克自治州察布查尔锡伯自治县坎乡人民政府便民服务中心",
    "青石镇便民服务大厅",
)


def _overlaps(widgets) -> list[str]:  # type: ignore[no-untyped-def]
    shown = [w for w in widgets if _visible(w)]
    rects = [(w, w.geometry().translated(w.parentWidget().mapTo(w.window(), w.parentWidget().rect().topLeft())))
             for w in shown]  # fmt: skip
    return [
        f"{a.objectName() or a.text()[:12]} × {b.objectName() or b.text()[:12]}"
        for i, (a, ra) in enumerate(rects)
        for b, rb in rects[i + 1 :]
        if ra.intersects(rb)
    ]


def test_a_long_hall_name_wraps_or_shrinks_and_the_date_and_clock_stay_whole(qtbot, shell) -> None:
    """Real names are long: the header wraps them between characters, never cuts one, and never
    drops the date or covers a button — at both orientations, elder mode and English."""
    import datetime as dt

    header = shell.header
    shell.go("staff")  # back and home shown too
    for name in LONG_HALL_NAMES:
        header.set_hall(name)
        for language in ("zh_CN", "en"):
            shell.set_language(language)
            for size in SIZES:
                for elder in (False, True):
                    shell.resize(*size)
                    shell.set_elder(elder)
                    where = f"{name[:6]} {language} {size} elder={elder}"
                    widgets = [header.hall, header.clock, header.logo, header.back_button, header.home_button,
                               header.elder_button, header.contrast_button, header.language_button]  # fmt: skip
                    # a wrapped name settles in a turn or two of the event loop (its height follows its width)
                    settled = lambda w=widgets: cut_labels(header) == [] and _overlaps(w) == []  # noqa: E731
                    qtbot.waitUntil(settled, timeout=1_000)
                    assert shell.width() == size[0], where
                    assert str(dt.date.today().year) in header.clock.text(), where
                    hall = header.hall
                    assert hall.lines(hall.px, hall.width()) <= 2 or hall.px == hall.min_px, where
                    assert small_targets(header, shell.look.metrics.target) == [], where
                    assert header.hall.px >= 24, where
    shell.set_language("zh_CN")
