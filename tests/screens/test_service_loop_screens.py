"""The 监督 board and the 预公开 screen on the demo hall with its service-loop samples, in every look.

Whole pages (not only what fits on the glass) are written to ``screenshots/service-loop/`` for a
person to look at: both orientations, Chinese, English and elder mode. The test fails when a label
is cut, a glyph is missing, or the new parts (rectifications, the on-time share, the decision) are
not there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.services.supervision.samples import SAMPLE_PLAN, load_samples
from tests.screens.bulletin_content import shown_texts
from tests.screens.test_layout import cut_labels, missing_glyphs
from tests.screens.test_screenshots import MODES, distinct_colours

OUT = Path(__file__).resolve().parents[2] / "screenshots" / "service-loop"


@pytest.fixture
def shell_with_samples(shell):  # type: ignore[no-untyped-def]
    database = shell.content.database
    with database.session() as session:
        load_samples(session, dt.date.today())
        session.commit()
    shell.reload_content()
    return shell


@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_board_and_the_decisions_show_the_service_loop_and_are_saved_for_review(
    qtbot, shell_with_samples, size, mode
) -> None:
    shell = shell_with_samples
    language, elder = MODES[mode]
    shell.set_language(language)
    shell.set_elder(elder)
    shell.resize(*size)
    OUT.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}
    for name in ("supervision", "predisclosure"):
        shell.go(name)
        qtbot.wait(30)
        screen = shell.current_screen()
        page = screen.area.widget()
        image = page.grab().toImage()
        assert distinct_colours(image) > 4
        image.save(str(OUT / f"{name}-{mode}-{size[0]}x{size[1]}.png"))
        found = cut_labels(shell) + [f"no glyph for {ch!r}" for ch in missing_glyphs(shell)]
        if found:
            problems[name] = found
        if name == "supervision":
            board = shell.content.supervision_board()
            assert len(board.cases) == 4 and board.judged == 6 and board.on_time == 4
            texts = shown_texts(page)
            assert "午间值班窗口无人，群众未能咨询农房建设审批事项。" in texts
            assert any("67%" in t for t in texts)
        else:
            assert SAMPLE_PLAN in screen.decision_cards
    assert problems == {}
