"""The kiosk's search follows what an admin saves: in the console of this kiosk, or elsewhere."""

from __future__ import annotations

from kiosk.data.editing import ContentEditor
from kiosk.data.settings import Settings


def _names(shell, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    shell.go("search")
    screen = shell.screens["search"]
    screen.field.setText(query)
    return [screen.results.model_.item(i).text() for i in range(screen.results.model_.rowCount())]


def _rename(shell, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    code = next(s.code for s in shell.content.matter_summaries() if s.name == old)
    matter = shell.content.matter(code)
    ContentEditor(shell.content.database).publish("matter", matter.model_copy(update={"name": new}), actor="admin")


def test_a_matter_renamed_and_published_is_found_by_its_new_name_once_the_kiosk_is_told(qtbot, shell) -> None:
    pension = "城乡居民基本养老保险参保登记"
    assert _names(shell, "ylbx")[0] == pension
    _rename(shell, pension, "城乡居民养老保险参保(新)")
    # what the content watcher does within 30 s, and the end of a console session at once
    shell.content_changed(Settings(shell.content.database).all)
    shell.go_home()
    names = _names(shell, "cxjmylbxcb")
    assert names[0] == "城乡居民养老保险参保(新)" and pension not in _names(shell, "ylbx")
    assert _names(shell, "参保(新)") == ["城乡居民养老保险参保(新)"]


def test_leaving_the_console_makes_the_kiosk_read_again(qtbot, shell) -> None:
    assert "医疗救助申请" in _names(shell, "医疗救助")
    _rename(shell, "医疗救助申请", "困难群众医疗救助申请")
    assert "困难群众医疗救助申请" not in _names(shell, "医疗救助")  # the kiosk did not ask: nobody told it
    shell.access.session_ended.emit()  # the admin (or staff) leaves the console
    assert "困难群众医疗救助申请" in _names(shell, "医疗救助")
