"""服务评价 (好差评): four rows of five levels, submit only when all four are chosen, anonymous, forgotten after."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.feedback import FeedbackRepository
from tests.screens.conftest import tap

DIMENSIONS = ("overall", "efficiency", "competence", "attitude")


def ratings(shell) -> list[m.Rating]:  # type: ignore[no-untyped-def]
    with shell.content.database.session() as session:
        return list(session.scalars(select(m.Rating)))


def level_button(screen, dimension: str, level: int) -> QPushButton:  # type: ignore[no-untyped-def]
    found = screen.findChild(QPushButton, f"rating:{dimension}:{level}")
    assert found is not None, f"no button for {dimension}={level}"
    return found


def tap_in_page(qtbot, screen, widget) -> None:  # type: ignore[no-untyped-def]
    """Scroll ``widget`` into view as a resident would, then tap it."""
    screen.area.ensureWidgetVisible(widget)
    tap(qtbot, widget)


def open_rating(qtbot, shell):  # type: ignore[no-untyped-def]
    tap(qtbot, shell.screens["home"].tiles["rating"])
    assert shell.current[0] == "rating"
    return shell.screens["rating"]


def test_the_home_screen_has_a_rating_tile_and_each_row_offers_the_five_levels(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    rows = {dimension: [b.text() for b in screen.level_buttons[dimension].values()] for dimension in DIMENSIONS}
    assert list(rows) == list(DIMENSIONS)
    assert all(texts == ["非常满意", "满意", "基本满意", "不满意", "非常不满意"] for texts in rows.values())
    shown = {lab.text() for lab in screen.area.widget().findChildren(type(screen.hint))}
    assert {"整体满意度", "服务效率", "服务水平", "服务态度"} <= shown


def test_a_resident_rates_all_four_and_submits_one_anonymous_rating(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    chosen = {"overall": 5, "efficiency": 4, "competence": 3, "attitude": 1}
    for dimension, level in chosen.items():
        tap_in_page(qtbot, screen, level_button(screen, dimension, level))
    tap_in_page(qtbot, screen, screen.window_buttons["W3"])
    screen.comment.edit.setFocus()
    qtbot.keyClicks(screen.comment.edit, "windows were quick")
    assert screen.submit_button.isEnabled()
    tap(qtbot, screen.submit_button)
    stored = ratings(shell)
    assert len(stored) == 1
    row = stored[0]
    assert {d: getattr(row, d) for d in DIMENSIONS} == chosen
    assert (row.window, row.matter_code, row.comment) == ("W3", "", "windows were quick")
    assert shell.current == ("rating", {"thanks": True})
    assert "感谢您的评价" in [lab.text() for lab in screen.area.widget().findChildren(type(screen.hint))]
    tap(qtbot, screen.findChild(QPushButton, "rating:home"))
    assert shell.current[0] == "home"


def test_submit_stays_disabled_until_all_four_rows_are_answered(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    assert not screen.submit_button.isEnabled()
    assert "整体满意度" in screen.hint.text() and "服务态度" in screen.hint.text()
    for dimension in DIMENSIONS[:3]:
        tap_in_page(qtbot, screen, level_button(screen, dimension, 2))
        assert not screen.submit_button.isEnabled()
    assert screen.hint.text() == "还需评价：服务态度"
    tap(qtbot, screen.submit_button)  # a tap on the disabled button does nothing
    assert ratings(shell) == []
    tap_in_page(qtbot, screen, level_button(screen, "attitude", 5))
    assert screen.submit_button.isEnabled()


def test_a_row_keeps_one_choice_and_the_window_is_chosen_or_not(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    tap_in_page(qtbot, screen, level_button(screen, "overall", 5))
    tap_in_page(qtbot, screen, level_button(screen, "overall", 2))
    tap_in_page(qtbot, screen, level_button(screen, "overall", 2))  # tapping the chosen one keeps it
    assert [level for level, b in screen.level_buttons["overall"].items() if b.isChecked()] == [2]
    assert screen.choices == {"overall": 2}
    tap_in_page(qtbot, screen, screen.window_buttons["W1"])
    tap_in_page(qtbot, screen, screen.window_buttons["W2"])
    assert [code for code, b in screen.window_buttons.items() if b.isChecked()] == ["W2"]
    tap_in_page(qtbot, screen, screen.window_buttons["W2"])  # again: no window after all
    assert screen.window_code == "" and not any(b.isChecked() for b in screen.window_buttons.values())


def test_a_comment_is_cut_at_500_characters(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    screen.comment.edit.setPlainText("好" * 520)
    assert screen.comment.text() == "好" * 500 == screen.comment_text
    assert "500" in screen.comment.counter.text()


def test_the_idle_reset_forgets_every_choice_and_the_comment(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    for dimension in DIMENSIONS:
        tap_in_page(qtbot, screen, level_button(screen, dimension, 4))
    tap_in_page(qtbot, screen, screen.window_buttons["W5"])
    screen.comment.edit.setPlainText("下一位不应看到")
    shell.idle_reset()
    assert shell.current[0] == "home"
    shell.go("rating")
    qtbot.wait(20)
    assert screen.choices == {} and screen.window_code == "" and screen.comment_text == ""
    assert not any(b.isChecked() for row in screen.level_buttons.values() for b in row.values())
    assert not any(b.isChecked() for b in screen.window_buttons.values())
    assert screen.comment.text() == ""
    assert not screen.submit_button.isEnabled()
    assert ratings(shell) == []


def test_leaving_the_screen_forgets_an_unfinished_rating(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    tap_in_page(qtbot, screen, level_button(screen, "overall", 1))
    shell.go_home()
    shell.go("rating")
    qtbot.wait(20)
    assert screen.choices == {}
    assert not level_button(screen, "overall", 1).isChecked()


def test_choices_survive_switching_language_and_elder_mode(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    tap_in_page(qtbot, screen, level_button(screen, "efficiency", 3))
    screen.comment.edit.setPlainText("保留")
    shell.set_elder(True)
    shell.set_language("en")
    assert level_button(screen, "efficiency", 3).isChecked()
    assert level_button(screen, "efficiency", 3).text() == "Fairly satisfied"
    assert screen.comment.text() == "保留"


def test_a_rating_that_cannot_be_stored_is_explained_and_kept(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)

    def broken(**_values: object) -> str:
        raise OSError("database gone")

    screen.add_rating = broken
    for dimension in DIMENSIONS:
        tap_in_page(qtbot, screen, level_button(screen, dimension, 5))
    tap(qtbot, screen.submit_button)
    assert shell.current == ("rating", {})
    assert "未能保存" in screen.hint.text()
    assert len(screen.choices) == 4


def test_ratings_from_the_screen_show_up_in_the_summary(qtbot, shell) -> None:
    screen = open_rating(qtbot, shell)
    for level in (5, 3):
        for dimension in DIMENSIONS:
            tap_in_page(qtbot, screen, level_button(screen, dimension, level))
        tap(qtbot, screen.submit_button)
        shell.go("rating")
    summary = FeedbackRepository(shell.content.database).rating_summary()
    assert summary.total == 2
    assert summary.counts["attitude"] == {5: 1, 4: 0, 3: 1, 2: 0, 1: 0}
