"""What the kiosk counts while a resident uses it: a guide opened, a checklist printed, a finished search.

Counting only appends to the recorder's memory list; the tests read that list, then write it
and read the rows back, as the statistics page will.
"""

from __future__ import annotations

from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.usage import PRINT, SEARCH, VIEW
from tests.screens.conftest import tap
from tests.screens.test_print_flow import open_dialog, open_guide, print_and_wait, set_printer


def counted(shell) -> list[tuple[str, str, int, str]]:  # type: ignore[no-untyped-def]
    recorder = shell.services["usage"].recorder
    with recorder._lock:
        return [(e.kind, e.matter_code, e.found, e.words) for e in recorder._events]


def test_opening_a_guide_counts_a_view_and_nothing_else_it_shows(qtbot, shell) -> None:
    code = shell.content.matter_summaries()[0].code
    shell.go("guide", code=code)
    guide = shell.screens["guide"]
    if guide.matter.scenarios:
        scenario = guide.matter.scenarios[0]
        tap(qtbot, guide.findChild(type(shell.header.back_button), f"answer:{scenario.code}:{scenario.options[0]}"))
    guide.refresh()  # a refresh (new content, a turned screen) is not a new view
    assert counted(shell) == [(VIEW, code, 0, "")], "answers are never counted"


def test_a_search_is_counted_once_when_it_ends_with_its_words_only_when_it_found_nothing(qtbot, shell) -> None:
    shell.go("search")
    search = shell.screens["search"]
    search.field.setText("养老")
    search.field.setText("养老保险")  # typing on: one search, not one per keystroke
    code = search.results.keys()[0]
    search._open_result(code)  # the resident taps the first result
    shell.back()
    shell.go_home()  # the same query, already counted
    shell.go("search")
    search.field.setText("殡葬补贴办理")
    search.field.setText("火葬场电话")
    shell.go_home()  # found nothing and left: the content gap list gets the words
    assert counted(shell) == [
        (SEARCH, "", search_found(shell, "养老保险"), ""),
        (VIEW, code, 0, ""),
        (SEARCH, "", 0, "火葬场电话"),
    ]


def search_found(shell, query: str) -> int:  # type: ignore[no-untyped-def]
    from kiosk.services.search import search

    return len(search(shell.content.matter_summaries(), query))


def test_the_idle_reset_ends_a_search_and_writes_the_counts(qtbot, shell) -> None:
    shell.go("search")
    shell.screens["search"].field.setText("13812345678")  # a phone number typed by mistake
    with qtbot.waitSignal(shell.idle_reset_done, timeout=2000):
        shell.idle_reset()
    recorder = shell.services["usage"].recorder
    qtbot.waitUntil(lambda: recorder.pending() == 0, timeout=5000)  # written off the GUI thread
    with shell.content.database.session() as session:
        rows = session.execute(select(m.UsageEvent.kind, m.UsageEvent.found, m.UsageEvent.words)).all()
    assert [tuple(r) for r in rows] == [(SEARCH, 0, "")], "counted, but the number is not kept"


def test_a_printed_checklist_is_counted_when_it_came_out(qtbot, shell, tmp_path) -> None:
    set_printer(shell, f"folder:{tmp_path / 'printed'}")
    guide = open_guide(qtbot, shell, "否")
    dialog = open_dialog(qtbot, guide)
    assert [e[0] for e in counted(shell)] == [VIEW], "a preview is not a print"
    print_and_wait(qtbot, dialog, "done")
    assert counted(shell)[-1] == (PRINT, guide.matter.code, 0, "")
