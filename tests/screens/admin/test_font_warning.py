"""Without the fallback fonts the kiosk says so once on stderr and on every console page."""

from __future__ import annotations

from kiosk.services import fonts


def test_missing_fallback_fonts_are_named_on_stderr_and_in_the_console(qtbot, monkeypatch, capsys) -> None:
    import kiosk.app as app
    from kiosk.screens.admin.console import AdminConsole

    monkeypatch.setenv("KIOSK_FALLBACK_FONTS", "")
    monkeypatch.setattr(app, "_warned", [])
    fonts.resolve_chain.cache_clear()
    try:
        message = app.font_warning()
        assert message and "fonts-hanazono fonts-babelstone-han" in message
        assert app.font_warning() == message
        assert capsys.readouterr().err.count("kiosk: ") == 1  # once, not at every call
        console = AdminConsole([], "管理员", "admin", message)
        qtbot.addWidget(console)
        console.show()
        assert console.warning.isVisible() and "扩展B区" in console.warning.text()
    finally:
        monkeypatch.delenv("KIOSK_FALLBACK_FONTS")
        fonts.resolve_chain.cache_clear()
    assert app.font_warning() is None  # with the packages installed there is nothing to say
    quiet = AdminConsole([], "管理员", "admin", None)
    qtbot.addWidget(quiet)
    quiet.show()
    assert not quiet.warning.isVisible()
