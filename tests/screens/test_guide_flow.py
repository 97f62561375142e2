"""A resident's way to a guide, its 情形 questions, search, back/home and the idle reset."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from tests.screens.conftest import tap

PENSION = "城乡居民基本养老保险参保登记"


def tap_row(qtbot, touch_list, key: str) -> None:  # type: ignore[no-untyped-def]
    rect = touch_list.row_rect(key)
    assert rect.isValid(), f"no row {key}"
    touch_list.scrollTo(touch_list.model_.index(touch_list.keys().index(key), 0))
    tap(qtbot, touch_list.viewport(), touch_list.row_rect(key).center())


def test_every_demo_guide_is_reachable_in_three_taps_from_home(qtbot, shell) -> None:
    matters = shell.content.matter_summaries()
    for summary in matters:
        shell.go_home()
        tap(qtbot, shell.screens["home"].tiles["services"])  # 1
        services = shell.screens["services"]
        tile = next(
            t
            for t in services.area.widget().items
            if t.text_label.text().startswith(
                next(th.name for th in shell.content.themes() if th.code == summary.themes[0])
            )
        )
        services.area.ensureWidgetVisible(tile)  # the resident scrolls to it first
        tap(qtbot, tile)  # 2
        assert shell.current[0] == "matters"
        tap_row(qtbot, shell.screens["matters"].list, summary.code)  # 3
        assert shell.current == ("guide", {"code": summary.code})
        assert shell.screens["guide"].matter.name == summary.name


def _option(guide, scenario: str, option: str) -> QPushButton:
    return guide.findChild(QPushButton, f"answer:{scenario}:{option}")


def test_answering_a_情形_question_changes_the_materials_and_the_qr(qtbot, shell) -> None:
    content = shell.content
    code, scenario, options = next(
        (s.code, sc.code, sc.options)
        for s in content.matter_summaries()
        for sc in content.matter(s.code).scenarios
        if len({tuple(n for n, _ in content.matter(s.code).materials_for({sc.code: o})) for o in sc.options}) > 1
    )
    shell.go("guide", code=code)
    guide = shell.screens["guide"]
    seen = {}
    for option in options:
        tap(qtbot, _option(guide, scenario, option))
        seen[option] = (tuple(guide.current_materials()), guide.qr.payload)
        shown = [w.text() for w in guide.area.widget().findChildren(QLabel) if not w.isHidden()]
        for name in guide.current_materials():
            assert any(name in text for text in shown)
    assert len({materials for materials, _ in seen.values()}) > 1
    assert len({payload for _, payload in seen.values()}) > 1


def test_searching_ylbx_finds_the_residents_pension_matter(qtbot, shell) -> None:
    tap(qtbot, shell.screens["home"].tiles["search"])
    search = shell.screens["search"]
    for letter in "ylbx":
        tap(qtbot, search.letter_buttons[letter.upper()])
    assert search.field.text() == "ylbx"
    names = [search.results.model_.item(i).text() for i in range(search.results.model_.rowCount())]
    assert PENSION in names


def test_search_matches_chinese_full_pinyin_and_one_typo(qtbot, shell) -> None:
    shell.go("search")
    search = shell.screens["search"]
    for query in ("养老保险", "yanglaobaoxian", "ylbz", "养老保检"):
        search.field.setText(query)
        names = [search.results.model_.item(i).text() for i in range(search.results.model_.rowCount())]
        assert PENSION in names, query


def test_back_returns_to_the_previous_screen_and_home_clears_history(qtbot, shell) -> None:
    tap(qtbot, shell.screens["home"].tiles["services"])
    shell.go("search")
    tap(qtbot, shell.header.back_button)
    assert shell.current[0] == "services"
    tap(qtbot, shell.header.home_button)
    assert shell.current[0] == "home" and shell.history == []
    assert not shell.header.back_button.isVisible()


def test_idle_reset_returns_home_and_clears_search_answers_and_scroll(qtbot, shell) -> None:
    shell.go("search")
    shell.screens["search"].field.setText("ylbx")
    code = next(s.code for s in shell.content.matter_summaries() if shell.content.matter(s.code).scenarios)
    shell.go("guide", code=code)
    guide = shell.screens["guide"]
    scenario = guide.matter.scenarios[0]
    tap(qtbot, _option(guide, scenario.code, scenario.options[0]))
    guide.area.verticalScrollBar().setValue(400)
    shell.idle.set_seconds(5)
    shell.idle.timer.setInterval(50)
    with qtbot.waitSignal(shell.idle_reset_done, timeout=2000):
        shell.idle.timer.start()
    assert shell.current[0] == "home" and shell.history == []
    assert shell.screens["search"].field.text() == ""
    assert guide.answers == {}
    assert guide.area.verticalScrollBar().value() == 0


def test_idle_at_home_starts_the_attract_loop_and_a_touch_goes_home(qtbot, shell) -> None:
    if "attract" not in shell.factories:
        return
    shell.on_idle()
    assert shell.layers.currentWidget() is shell.screens["attract"]
    tap(qtbot, shell.screens["attract"])
    assert shell.layers.currentWidget() is shell.main and shell.current[0] == "home"


def test_the_guide_shows_read_aloud_only_with_a_speaker(qtbot, shell) -> None:
    code = shell.content.matter_summaries()[0].code
    shell.go("guide", code=code)
    guide = shell.screens["guide"]
    texts = {b.text() for b in guide.side.findChildren(type(shell.header.back_button))}
    assert (guide.tr("Read aloud") in texts) == (guide.speaker is not None)
    guide.speaker = None
    guide.refresh()
    texts = {b.text() for b in guide.side.findChildren(type(shell.header.back_button)) if not b.isHidden()}
    assert guide.tr("Read aloud") not in texts


def test_a_new_screen_fades_in_briefly_and_then_paints_without_an_effect(qtbot, shell) -> None:
    shell.transition_ms = 120
    shell.go("services")
    services = shell.screens["services"]
    assert services.graphicsEffect() is not None
    qtbot.waitUntil(lambda: services.graphicsEffect() is None, timeout=2000)
    shell.go("search")
    shell.go("notices")  # a second change during the first fade ends it cleanly
    qtbot.waitUntil(lambda: shell.screens["notices"].graphicsEffect() is None, timeout=2000)
    assert shell.screens["search"].graphicsEffect() is None
