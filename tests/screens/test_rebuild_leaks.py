"""A kiosk runs for months: what a screen makes each time it is rebuilt (a language or look toggle,
published content, a print preview) must go when it is replaced. Counted as QObjects, the way a
leak shows up after weeks: every public screen rebuilt 30 times keeps the number of objects it had."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from kiosk.widgets.scroll import KineticScrollArea


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _objects(shell) -> int:  # type: ignore[no-untyped-def]
    return len(shell.findChildren(QObject))


def test_every_screen_rebuilt_thirty_times_keeps_its_number_of_objects(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    content = shell.content
    params = {
        "guide": {"code": content.matter_summaries()[0].code},
        "matters": {"theme": content.themes()[0].code, "title": content.themes()[0].name},
        "article": {"key": content.disclosures(staff=False)[0].key},
    }
    grown = {}
    for name in sorted(n for n in shell.factories if n not in ("attract",)):
        shell.go(name, **params.get(name, {}))
        for _ in range(2):  # built in both languages once: caches of text and glyphs filled
            shell.toggle_language()
        _settle()
        before = _objects(shell)
        for _ in range(30):
            shell.toggle_language()  # the screen on display is built again in the other language
        _settle()
        grown[name] = _objects(shell) - before
        shell.go_home()
    print(f"\nobjects left behind by 30 rebuilds: {grown}")
    assert {n: g for n, g in grown.items() if g > 0} == {}


def test_print_previews_do_not_grab_a_new_touch_scroller_each_time(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    """QScroller.grabGesture keeps ~4 KB for every call, for good (a new gesture type each time): the
    checklist's preview, opened at every 打印清单, reuses its scroll areas."""
    from PySide6.QtWidgets import QDialog

    shell.go("guide", code=shell.content.matter_summaries()[0].code)
    guide = shell.current_screen()

    def preview_once() -> None:
        guide.print_checklist.emit(guide.checklist())
        dialog = next(d for d in guide.findChildren(QDialog) if d.isVisible())
        qtbot.waitUntil(lambda: getattr(dialog, "_preparing", None) is None, timeout=20_000)
        dialog.reject()
        _settle()

    preview_once()
    grabbed = KineticScrollArea.grabbed_count
    before = _objects(shell)
    for _ in range(10):
        preview_once()
    print(f"\n10 print previews: {KineticScrollArea.grabbed_count - grabbed} scrollers grabbed, "
          f"{_objects(shell) - before} objects left")  # fmt: skip
    assert KineticScrollArea.grabbed_count == grabbed
    assert _objects(shell) <= before
