"""Screenshots of every screen at both orientations, in Chinese, English and elder mode.

Written to ``screenshots/`` (ignored by git, kept by CI) so that a person can look at them after
every change to what residents see. The test itself fails only when a screen cannot be rendered
or renders blank.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.screenshot import screen_params

OUT = Path(__file__).resolve().parents[2] / "screenshots"
MODES = {"zh": ("zh_CN", False), "en": ("en", False), "elder": ("zh_CN", True)}


def distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 64)
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_screen_renders_and_is_saved_for_review(qtbot, shell, size, mode) -> None:
    language, elder = MODES[mode]
    shell.set_language(language)
    shell.set_elder(elder)
    shell.resize(*size)
    folder = OUT / f"{mode}-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    for name in sorted(shell.factories):
        if name == "attract":
            shell.show_attract()
        elif name == "home":
            shell.go_home()
        else:
            shell.go(name, **screen_params(shell, name, None))
        qtbot.wait(20)
        image = shell.grab().toImage()
        assert (image.width(), image.height()) == size, f"{name} forces the window to another size"
        assert distinct_colours(image) > 4, f"{name} rendered blank"
        image.save(str(folder / f"{name}.png"))
