"""The service loop's console pages on the demo with its samples, in both orientations and both languages.

Written to ``screenshots/supervision/`` for a person to look at; fails when text is cut or a glyph
is missing, and when the overdue sample case is not drawn as an alarm.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.screens.admin.supervision_parts import ALERT
from kiosk.services.supervision.samples import SAMPLE_PLAN, load_samples
from tests.screens.admin.supervision_console import open_console, save


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_console_pages_of_the_service_loop_are_saved_for_review(qtbot, sqlite_demo, size, language) -> None:
    from kiosk.app import Translator

    with sqlite_demo.session() as session:
        load_samples(session, dt.date.today())
        session.commit()
    translator = Translator()
    translator.set_language(language)
    alive: list[object] = []
    problems: dict[str, list[str]] = {}
    tag = f"{language}-{size[0]}x{size[1]}"
    try:
        console = open_console(qtbot, sqlite_demo, size, alive).console
        cases = console.open_section("cases")
        model = cases.rows.model_
        overdue = [i for i in range(model.rowCount()) if model.item(i).data(ALERT)]
        assert len(overdue) == 1
        cases.choose(cases.rows.keys()[-1])  # the overdue one is drawn red when not chosen
        save(qtbot, console, f"cases-{tag}", problems)
        cases.area.verticalScrollBar().setValue(cases.area.verticalScrollBar().maximum())
        save(qtbot, console, f"cases-history-{tag}", problems)
        complaints = console.open_section("complaints")
        save(qtbot, console, f"complaints-{tag}", problems)
        complaints.area.verticalScrollBar().setValue(complaints.area.verticalScrollBar().maximum())
        save(qtbot, console, f"complaints-public-{tag}", problems)
        calendar = console.open_section("calendar")
        calendar.show_year(2026)
        save(qtbot, console, f"calendar-{tag}", problems)
        opinions = console.open_section("opinions")
        opinions.choose(SAMPLE_PLAN)
        save(qtbot, console, f"opinions-decided-{tag}", problems)
    finally:
        translator.set_language("en")
        QApplication.instance().setStyleSheet("")
    assert problems == {}
