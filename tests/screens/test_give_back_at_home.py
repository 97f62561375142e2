"""What the kiosk lets go of each time it is home again (``app._give_back_memory_at_home``)."""

from __future__ import annotations

from kiosk.services import memory


def test_home_gives_memory_back_once_the_fade_has_ended(qtbot, shell, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The fade between screens paints from an off-screen picture of the page (~7 MB at 1920×1080),
    freed when the fade ends: giving memory back at home's first frame, mid-fade, kept it."""
    from kiosk.app import _give_back_memory_at_home

    calls: list[bool] = []  # for each give-back: was a fade still running?
    monkeypatch.setattr(memory, "give_back", lambda: calls.append(shell._fade is not None))
    _give_back_memory_at_home(shell)
    shell.transition_ms = 400
    shell.go("services")
    qtbot.waitUntil(lambda: shell._fade is None, timeout=5000)
    shell.go_home()
    assert shell._fade is not None, "the control: home fades in"
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    assert calls == [False]
