"""A guide imported from a province's AUDIT_* export, on the kiosk: every new element shown where filled.

Written to ``screenshots/imported-guide-*`` (both orientations, Chinese, English, elder mode) for a
person to look at, like the other screenshots.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.data.exchange import import_file
from tests.data.exchange import audit_fixture as af
from tests.screens.test_screenshots import MODES, OUT, distinct_colours


@pytest.fixture
def imported_shell(qtbot, sqlite_demo, tmp_path: Path):  # type: ignore[no-untyped-def]
    from kiosk.app import build_shell, install_font

    import_file(sqlite_demo, af.write(tmp_path / "items.json", af.pages()), publish_anyway=True)
    assert install_font() is None
    window = build_shell(sqlite_demo, "zh_CN")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    yield window
    from PySide6.QtWidgets import QApplication

    QApplication.instance().setStyleSheet("")
    window.services["translator"].set_language("en")


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_an_imported_guide_shows_every_new_element(qtbot, imported_shell) -> None:
    imported_shell.go("guide", code=af.CODE_A)
    qtbot.wait(30)
    text = _texts(imported_shell.screen_named("guide"))
    for expected in (
        "青石镇林业站 · 行政许可 · 承诺件",  # what kind of matter it is
        "乘车路线:乘1路公交车到镇政府站下车,向东步行100米",
        "扫码查看地图:https://map.example.com/qsz",
        "行政复议:对决定不服的",
        "行政诉讼:也可以自知道之日起六个月内",
        "《中华人民共和国森林法》（主席令第三十九号） 第五十六条",
        "审查标准:一、审查方式:书面审查。",
        "签字要求:申请人签字并按手印",
        "原件 1份 · 复印件 1份",
    ):
        assert expected.replace(":", "：", 1) in text, expected  # the Chinese UI writes a full-width colon
    assert "<p>" not in text and "&lt;" not in text and "&amp;" not in text
    # a guide without those elements shows none of their sections
    imported_shell.go("guide", code=af.CODE_B)
    qtbot.wait(30)
    plain = _texts(imported_shell.screen_named("guide"))
    assert "行政复议" not in plain and "乘车路线" not in plain and "审查标准" not in plain
    assert "公共服务" in plain


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_imported_guide_is_saved_for_review(qtbot, imported_shell, size, mode) -> None:
    language, elder = MODES[mode]
    imported_shell.set_language(language)
    imported_shell.set_elder(elder)
    imported_shell.resize(*size)
    imported_shell.go("guide", code=af.CODE_A)
    qtbot.wait(30)
    guide = imported_shell.screen_named("guide")
    folder = OUT / f"imported-guide-{mode}-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    area = guide.area
    content = area.widget()
    step = max(1, area.viewport().height() - 100)
    for n, top in enumerate(range(0, max(1, content.height()), step)):  # the whole guide, a screen at a time
        area.verticalScrollBar().setValue(top)
        qtbot.wait(20)
        image = imported_shell.grab().toImage()
        assert distinct_colours(image) > 4
        image.save(str(folder / f"guide-{n:02d}.png"))
        if n >= 12:
            break
