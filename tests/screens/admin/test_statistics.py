"""The statistics page (统计): the ratings as a chart and a table, per window, and the period chips."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from kiosk.data import models as m
from kiosk.data.feedback import LEVELS, FeedbackRepository
from kiosk.data.repository import ContentRepository
from kiosk.data.statistics import ALL, LAST_30_DAYS, MONTH, YEAR, HallStatistics, to_utc
from kiosk.screens.admin.console import AdminConsole, Section
from kiosk.screens.admin.rating_chart import LABEL_PX, level_colours
from kiosk.screens.admin.statistics import StatisticsPage
from kiosk.services.auth import AuthSession
from kiosk.widgets.theme import STANDARD, contrast_ratio
from tests.screens.admin.helpers import click

NOW = dt.datetime(2026, 11, 26, 10, 0)
SHOTS = Path(os.environ.get("KIOSK_ADMIN_SHOTS") or Path(__file__).resolve().parents[3] / "screenshots") / "admin-stats"


def rate(database, overall, efficiency, competence, attitude, *, window="", at=None) -> None:  # type: ignore[no-untyped-def]
    uid = FeedbackRepository(database).add_rating(
        overall=overall, efficiency=efficiency, competence=competence, attitude=attitude, window=window
    )
    if at is not None:  # stored in UTC, as the kiosk stores them
        with database.session() as session:
            session.execute(update(m.Rating).where(m.Rating.uid == uid).values(created_at=to_utc(at)))
            session.commit()


@pytest.fixture
def open_page(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    """``open_page(clock=…, size=…)``: the statistics page in the console, styled as in the kiosk."""
    from kiosk.app import install_font
    from kiosk.widgets.theme import NORMAL, style_sheet

    assert install_font() is None
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    content = ContentRepository(sqlite_demo)
    alive = []  # qtbot holds widgets only weakly

    def open_page(clock=None, size=(1920, 1080)):  # type: ignore[no-untyped-def]
        statistics = HallStatistics(sqlite_demo, clock=clock) if clock else HallStatistics(sqlite_demo)
        names = lambda: {w.code: w.name for w in content.windows()}  # noqa: E731
        console = AdminConsole([Section("statistics", "统计", lambda: StatisticsPage(statistics, names))], "管理员")
        qtbot.addWidget(console)
        console.resize(*size)
        console.show()
        qtbot.waitExposed(console)
        alive.append(console)
        return SimpleNamespace(console=console, page=console.open_section("statistics"))

    yield open_page
    QApplication.instance().setStyleSheet("")


def test_the_table_and_the_chart_show_the_counts_of_every_level(qtbot, sqlite_demo, open_page) -> None:
    rate(sqlite_demo, 5, 5, 4, 1, window="W1")
    rate(sqlite_demo, 5, 3, 4, 2, window="W1")
    rate(sqlite_demo, 2, 3, 4, 1, window="W2")
    rate(sqlite_demo, 4, 1, 5, 5)
    page = open_page().page
    assert page.ratings_figure.number.text() == "4"
    assert page.chart.isVisible() and not page.empty.isVisible()
    assert page.table_rows() == [
        [page.level_names[5], "2", "1", "1", "1"],
        [page.level_names[4], "1", "0", "3", "0"],
        [page.level_names[3], "0", "2", "0", "0"],
        [page.level_names[2], "1", "0", "0", "1"],
        [page.level_names[1], "0", "1", "0", "2"],
        [page.tr("Satisfied share"), "75.0%", "75.0%", "100.0%", "25.0%"],
    ]
    # One bar set per level, in order, each with one value per dimension (top bar first).
    assert [s.label() for s in page.chart.series.barSets()] == [page.level_names[level] for level in LEVELS]
    assert page.chart.values() == {5: [2, 1, 1, 1], 4: [1, 0, 3, 0], 3: [0, 2, 0, 0], 2: [1, 0, 0, 1], 1: [0, 1, 0, 2]}
    assert page.chart.legend() == [page.level_names[level] for level in LEVELS]
    names = {w.code: w.name for w in ContentRepository(sqlite_demo).windows()}
    assert page.window_table.isVisible()
    assert page.table_rows(page.window_table) == [
        [names["W1"], "2", "100.0%"],
        [names["W2"], "1", "0.0%"],
        [page.tr("No window named"), "1", "100.0%"],
    ]


def test_the_chart_labels_are_large_and_its_colours_come_from_the_theme(qtbot, sqlite_demo, open_page) -> None:
    for _ in range(6):
        rate(sqlite_demo, 5, 4, 3, 5)
    rate(sqlite_demo, 2, 1, 3, 4)
    chart = open_page().page.chart
    assert chart.categories.labelsFont().pixelSize() >= LABEL_PX >= 24
    assert chart.shares.labelsFont().pixelSize() >= 24
    assert all(s.labelFont().pixelSize() >= 24 for s in chart.series.barSets())
    assert all(label.font().pixelSize() >= 24 for label in chart.legend_labels)
    colours = level_colours(STANDARD)
    fills = [colours[level][0] for level in LEVELS]
    assert len(set(fills)) == 5 and fills[0] == STANDARD.accent and STANDARD.deferred in fills
    assert [s.color().name().upper() for s in chart.series.barSets()] == fills
    assert all(contrast_ratio(text, fill) >= 7 for fill, text in colours.values())


def test_the_period_chips_count_only_the_ratings_of_that_period(qtbot, sqlite_demo, open_page) -> None:
    rate(sqlite_demo, 5, 5, 5, 5, at=dt.datetime(2026, 11, 3, 9, 0))  # this month
    rate(sqlite_demo, 4, 4, 4, 4, at=dt.datetime(2026, 10, 30, 9, 0))  # the last 30 days
    rate(sqlite_demo, 1, 1, 1, 1, at=dt.datetime(2026, 3, 1, 9, 0))  # this year
    rate(sqlite_demo, 2, 2, 2, 2, at=dt.datetime(2025, 12, 31, 23, 0))  # last year
    page = open_page(clock=lambda: NOW).page
    assert page.chips[MONTH].isChecked()
    expected = {
        MONTH: (1, {5: 1, 4: 0, 3: 0, 2: 0, 1: 0}),
        LAST_30_DAYS: (2, {5: 1, 4: 1, 3: 0, 2: 0, 1: 0}),
        YEAR: (3, {5: 1, 4: 1, 3: 0, 2: 0, 1: 1}),
        ALL: (4, {5: 1, 4: 1, 3: 0, 2: 1, 1: 1}),
    }
    for name in (LAST_30_DAYS, YEAR, ALL, MONTH):
        click(qtbot, page.chips[name])
        total, overall = expected[name]
        assert page.period_name() == name
        assert page.ratings_figure.number.text() == str(total)
        assert {level: int(page.table_rows()[i][1]) for i, level in enumerate(LEVELS)} == overall
        assert {level: values[0] for level, values in page.chart.values().items()} == overall
    assert "2026-11-01" in page.period_text.text()


def test_a_period_without_ratings_says_so_instead_of_an_empty_chart(qtbot, sqlite_demo, open_page) -> None:
    page = open_page(clock=lambda: NOW).page
    assert page.empty.isVisible() and not page.results.isVisible()
    month_text = page.empty.text()
    click(qtbot, page.chips[ALL])
    assert page.empty.isVisible() and not page.chart.isVisible()
    assert page.empty.text() != month_text and "服务评价" in page.empty.text()
    assert page.ratings_figure.number.text() == "0"
    rate(sqlite_demo, 3, 3, 3, 3, at=dt.datetime(2026, 5, 1))
    click(qtbot, page.chips[ALL])
    assert page.chart.isVisible() and not page.empty.isVisible()
    click(qtbot, page.chips[MONTH])
    assert page.empty.isVisible() and not page.results.isVisible()


def test_notices_issued_and_opinions_are_counted_for_the_period_too(qtbot, sqlite_demo, open_page) -> None:
    feedback = FeedbackRepository(sqlite_demo)
    for text, at in (("建议增加名额。", dt.datetime(2026, 11, 25, 9)), ("名单清楚。", dt.datetime(2025, 6, 1, 9))):
        uid = feedback.add_opinion("YGK2026-001", text, at=dt.datetime(2026, 11, 25, 9))
        with sqlite_demo.session() as session:
            session.execute(update(m.Opinion).where(m.Opinion.uid == uid).values(created_at=to_utc(at)))
            session.commit()
    issued = (dt.datetime(2026, 11, 20, 9), dt.datetime(2026, 2, 1, 9), dt.datetime(2025, 12, 31, 23, 30))
    with sqlite_demo.session() as session:
        for number, at in enumerate(issued, start=1):
            session.add(
                m.IssuedNotice(
                    uid=str(uuid.uuid4()), serial=f"青石便民告〔{at.year}〕{number:04d}号", year=at.year,
                    number=number, kind="missing", matter_code="M1", matter_name="事项", issued_at=at, snapshot={},
                )
            )  # fmt: skip
        session.commit()
    page = open_page(clock=lambda: NOW).page
    for name, notices, opinions in ((MONTH, 1, 1), (YEAR, 2, 1), (ALL, 3, 2)):
        click(qtbot, page.chips[name])
        assert (page.notices_figure.number.text(), page.opinions_figure.number.text()) == (str(notices), str(opinions))


def test_the_statistics_and_opinions_sections_are_for_the_admin_only(qtbot, sqlite_demo) -> None:
    from kiosk.app import _feedback_sections

    now = dt.datetime.now(dt.UTC)
    for role, expected in (("admin", ["statistics", "opinions"]), ("staff", [])):
        session = AuthSession(role, "S01" if role == "staff" else "", "", now)
        console = AdminConsole(_feedback_sections(ContentRepository(sqlite_demo), sqlite_demo, session), "x", role)
        qtbot.addWidget(console)
        assert [s.key for s in console.sections] == expected
        if expected:
            assert isinstance(console.open_section("statistics"), StatisticsPage)


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_statistics_page_is_saved_for_review_in_chinese(qtbot, sqlite_demo, open_page, size) -> None:  # type: ignore[no-untyped-def]
    """PNGs with ratings and without, in Chinese; cut text and missing glyphs fail."""
    import random

    from kiosk.app import Translator
    from tests.screens.test_layout import cut_labels, missing_glyphs
    from tests.screens.test_screenshots import distinct_colours

    translator = Translator()
    translator.set_language("zh_CN")
    try:
        shown = open_page(clock=lambda: NOW, size=size)
        tag = f"{size[0]}x{size[1]}"
        problems: dict[str, list[str]] = {}

        def save(name: str) -> None:
            qtbot.wait(50)
            image = shown.console.grab().toImage()
            assert distinct_colours(image) > 8, f"{name} looks blank"
            SHOTS.mkdir(parents=True, exist_ok=True)
            image.save(str(SHOTS / f"{name}-{tag}.png"))
            found = cut_labels(shown.console) + [f"no glyph for {ch!r}" for ch in missing_glyphs(shown.console)]
            if found:
                problems[name] = found

        save("statistics-empty")
        pick = random.Random(7)
        windows = ["W1", "W2", "W3", "W5", ""]
        for _ in range(86):
            levels = [pick.choices(LEVELS, weights=[48, 26, 13, 8, 5])[0] for _ in range(4)]
            rate(sqlite_demo, *levels, window=pick.choice(windows), at=dt.datetime(2026, 11, 2, 9))
        click(qtbot, shown.page.chips[MONTH])
        save("statistics")
        assert problems == {}
    finally:
        translator.set_language("en")
