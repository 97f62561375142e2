"""The warning before the idle reset (WCAG 2.2.1): at N−20 s, kept by a touch, and the reset at N.

Real time, as a resident lives it: the idle time is shortened to 25 s, so the warning comes 5 s
after the last touch and the reset 25 s after it (a test of the real timers, about a minute long).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton

from kiosk.screens.admin.console import AdminConsole
from kiosk.services.auth import AuthService
from tests.screens.conftest import tap
from tests.screens.test_login import CHEAP, PIN, sign_in
from tests.screens.test_screenshots import distinct_colours

IDLE = 25
SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "idle-warning"


def _with_answers(qtbot, shell) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """Search text typed, then a guide with a 情形 answered: what a resident would hate to lose."""
    shell.go("search")
    shell.screens["search"].field.setText("ylbx")
    code, scenario, option = next(
        (s.code, sc.code, sc.options[0])
        for s in shell.content.matter_summaries()
        for sc in (shell.content.matter(s.code).scenarios or [])[:1]
    )
    shell.go("guide", code=code)
    tap(qtbot, shell.screens["guide"].findChild(QPushButton, f"answer:{scenario}:{option}"))
    return code, scenario, option


@pytest.fixture
def staff_code(shell) -> str:  # type: ignore[no-untyped-def]
    """A staff member with a PIN (stored at a tiny scrypt cost, test only)."""
    member = shell.content.staff()[0]
    AuthService(shell.content.database, cost=CHEAP).set_pin("staff", PIN, member.code, actor="test")
    return str(member.code)


def test_the_warning_comes_20_s_early_a_touch_keeps_everything_and_silence_resets_on_time(
    qtbot, shell, staff_code
) -> None:  # type: ignore[no-untyped-def]
    _code, scenario, option = _with_answers(qtbot, shell)
    sign_in(qtbot, shell, f"staff:{staff_code}")
    assert isinstance(shell.layers.currentWidget(), AdminConsole) and shell.access.session is not None

    shell.idle.set_seconds(IDLE)  # as after the last touch
    started = time.monotonic()
    qtbot.waitUntil(lambda: shell.warning.showing, timeout=(IDLE + 5) * 1000)
    warned_after = time.monotonic() - started
    assert shell.warning.count.text() in {"20", "19"}
    assert "返回首页" in shell.warning.text.text()
    shell.warning.grab().save(str(_shot("warning-over-console.png")))

    # any touch on the dimmed kiosk keeps the session, the console and everything entered
    tap(qtbot, shell.warning, QPoint(10, 10))
    assert not shell.warning.showing
    assert shell.access.session is not None and isinstance(shell.layers.currentWidget(), AdminConsole)
    assert shell.screens["guide"].answers == {scenario: option}
    assert shell.screens["search"].field.text() == "ylbx"

    touched = time.monotonic()
    qtbot.waitUntil(lambda: shell.warning.showing, timeout=(IDLE + 5) * 1000)
    second_warning = time.monotonic() - touched
    with qtbot.waitSignal(shell.idle_reset_done, timeout=(IDLE + 5) * 1000):
        pass
    reset_after = time.monotonic() - touched
    print(f"\nwarning after {warned_after:.1f} s and {second_warning:.1f} s, reset after {reset_after:.1f} s")
    assert IDLE - 20 - 0.5 <= warned_after <= IDLE - 20 + 1.0
    assert IDLE - 20 - 0.5 <= second_warning <= IDLE - 20 + 1.0
    assert reset_after <= IDLE + 1.0
    qtbot.wait(50)
    assert not shell.warning.showing
    assert shell.access.session is None and shell.layers.currentWidget() is shell.main
    assert shell.current[0] == "home" and shell.history == []
    assert shell.screens["search"].field.text() == "" and shell.screens["guide"].answers == {}


def test_back_to_home_on_the_warning_resets_at_once(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    _with_answers(qtbot, shell)
    shell.warn_idle(20)
    assert shell.warning.showing
    with qtbot.waitSignal(shell.idle_reset_done, timeout=2000):
        tap(qtbot, shell.warning.home_button)
    assert shell.current[0] == "home" and shell.screens["search"].field.text() == ""


def test_keep_using_keeps_the_guide(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    _code, scenario, option = _with_answers(qtbot, shell)
    shell.warn_idle(20)
    tap(qtbot, shell.warning.keep_button)
    assert not shell.warning.showing and shell.current[0] == "guide"
    assert shell.screens["guide"].answers == {scenario: option}


def test_no_warning_when_nothing_would_be_lost(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.go_home()
    shell.warn_idle(20)  # at home, nothing entered: the kiosk simply rests
    assert not shell.warning.showing
    shell.show_attract()
    shell.warn_idle(20)
    assert not shell.warning.showing
    shell.go("notices")  # reading something: leaving it unasked would lose the place
    shell.warn_idle(20)
    assert shell.warning.showing


def test_the_warning_is_at_least_20_seconds_whatever_the_setting(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    shell.apply_settings({"idle_warning_seconds": 5})
    assert shell.idle.warning_seconds == 20
    shell.apply_settings({"idle_warning_seconds": 45})
    assert shell.idle.warning_seconds == 45


def test_the_warning_is_saved_for_review_in_every_mode(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    for size in ((1920, 1080), (1080, 1920)):
        for name, language, elder in (("zh", "zh_CN", False), ("en", "en", False), ("elder", "zh_CN", True)):
            shell.set_language(language)
            shell.set_elder(elder)
            shell.resize(*size)
            shell.go("notices")
            shell.warn_idle(20)
            qtbot.wait(30)
            image = shell.grab().toImage()
            assert (image.width(), image.height()) == size and distinct_colours(image) > 4
            card = shell.warning.card.geometry()
            assert shell.rect().contains(card), "the warning's card leaves the window"
            for button in (shell.warning.keep_button, shell.warning.home_button):
                assert button.height() >= (100 if elder else 80)
            image.save(str(_shot(f"{name}-{size[0]}x{size[1]}.png")))
            shell.keep_session()
    shell.set_elder(False)


def _shot(name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / name
