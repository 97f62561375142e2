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


# --- a busy hall: every section, the date fields, the exports ----------------------------------


@pytest.fixture
def china_time(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    import time

    monkeypatch.setenv("TZ", "CST-8")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_page_opens_within_a_second_on_a_busy_half_year(qtbot, database, china_time) -> None:  # type: ignore[no-untyped-def]
    """10,000 ratings, 100,000 guide views and 2,000 searches: the figures, the top matters and the
    gap list agree with counts made by hand, and the page is up quickly (printed; generous bound)."""
    import time

    from kiosk.app import install_font
    from tests import statistics_data

    assert install_font() is None
    data = statistics_data.generate()
    statistics_data.store(database, data)
    want = statistics_data.expected(data, statistics_data.FIRST.date(), statistics_data.LAST.date())
    clock = lambda: dt.datetime(2026, 11, 5, 9, 0)  # noqa: E731
    statistics = HallStatistics(database, clock=clock)
    console = AdminConsole([Section("statistics", "统计", lambda: StatisticsPage(statistics, dict))], "管理员")
    qtbot.addWidget(console)
    console.resize(1920, 1080)
    console.show()
    qtbot.waitExposed(console)
    started, cpu = time.perf_counter(), time.process_time()
    page = console.open_section("statistics")
    page.choose_days(dt.date(2026, 5, 1), dt.date(2026, 10, 31))  # the whole half year: every row counts
    QApplication.processEvents()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"\nstatistics page with {len(data.ratings)} ratings and {len(data.events)} events: {seconds:.2f} s "
        f"(of which {cpu:.2f} s of this process's CPU; the rest is waiting for a busy machine or the server)"
    )
    assert seconds < 5, "the issue asks for 1 s; this bound only catches a page gone badly wrong"

    assert page.period_name() == "custom" and "2026-05-01" in page.period_text.text()
    assert page.ratings_figure.number.text() == str(want["ratings"])
    assert page.views_figure.number.text() == str(sum(want["views"].values()))  # type: ignore[attr-defined]
    assert page.prints_figure.number.text() == str(sum(want["prints"].values()))  # type: ignore[attr-defined]
    assert page.gaps_figure.number.text() == str(want["found_nothing"])
    views = want["views"]
    top = max(views, key=lambda code: (views[code], -int(code[1:])))  # type: ignore[call-overload, index]
    rows = page.table_rows(page.matters.table)
    assert len(rows) == 20 and rows[0][1] == str(views[top])  # type: ignore[index]
    assert page.matters.chart.shown()[0][1] == views[top]  # type: ignore[index]
    gaps = page.table_rows(page.gaps.table)
    assert {r[0]: int(r[1]) for r in gaps} == dict(want["gaps"])  # type: ignore[call-overload]
    assert [value for _label, value in page.hours.chart.shown()] == [want["hours"].get(h, 0) for h in range(24)]  # type: ignore[attr-defined]
    months = page.table_rows(page.months.table)
    assert [r[0] for r in months] == [f"{m} ({s[0]})" for m, s in sorted(want["months"].items())]  # type: ignore[attr-defined]
    assert not page.cases.figures.isVisible() and page.cases.note.isVisible(), "no case workflow yet: said so"


def test_the_date_fields_choose_any_days_and_a_chip_shows_its_days(qtbot, sqlite_demo, open_page) -> None:
    rate(sqlite_demo, 5, 5, 5, 5, at=dt.datetime(2026, 10, 3, 9, 0))
    rate(sqlite_demo, 1, 1, 1, 1, at=dt.datetime(2026, 10, 20, 9, 0))
    page = open_page(clock=lambda: NOW).page
    assert (page.from_field.date(), page.to_field.date()) == (dt.date(2026, 11, 1), dt.date(2026, 11, 26))
    page.choose_days(dt.date(2026, 10, 10), dt.date(2026, 10, 1))  # given back to front
    assert page.ratings_figure.number.text() == "1" and page.period_name() == "custom"
    assert not any(chip.isChecked() for chip in page.chips.values())
    assert page.period_text.text() == page.tr("From %1 to %2.").replace("%1", "2026-10-01").replace("%2", "2026-10-10")
    click(qtbot, page.chips["lastmonth"])
    assert page.ratings_figure.number.text() == "2"
    assert (page.from_field.date(), page.to_field.date()) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


@pytest.mark.parametrize("extension", [".xlsx", ".csv", ".pdf"])
def test_the_export_buttons_write_the_period_into_the_chosen_folder(
    qtbot, sqlite_demo, open_page, tmp_path, extension
) -> None:  # type: ignore[no-untyped-def]
    rate(sqlite_demo, 5, 4, 3, 2, window="W1", at=dt.datetime(2026, 11, 3, 9, 0))
    page = open_page(clock=lambda: NOW).page
    click(qtbot, page.export_buttons[extension])
    assert page.dialog is not None and page.dialog.isVisible(), "a folder is chosen first"
    page.dialog.reject()
    with qtbot.waitSignal(page.export_to(tmp_path, extension).finished, timeout=30_000):
        assert not page.export_buttons[extension].isEnabled(), "one export at a time"
    written = list(tmp_path.glob(f"statistics-20261101-20261126{extension}"))
    assert len(written) == 1 and written[0].stat().st_size > 0
    assert str(written[0]) in page.message.text() and page.export_buttons[extension].isEnabled()
    with qtbot.waitSignal(page.export_to(tmp_path / "pulled-out", extension).failed, timeout=30_000):
        pass
    assert page.message.property("role") == "message-error" and "pulled-out" in page.message.text()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_whole_busy_page_is_saved_for_review(qtbot, sqlite_demo, open_page, size, lang) -> None:  # type: ignore[no-untyped-def]
    """Every section with data, the whole scrolled content, both orientations and languages; cut text,
    missing glyphs or a page wider than its screen fail."""
    from kiosk.app import Translator
    from kiosk.data.repository import ContentRepository
    from tests import statistics_data
    from tests.screens.test_layout import cut_labels, missing_glyphs

    codes = tuple(s.code for s in ContentRepository(sqlite_demo).matter_summaries())
    data = statistics_data.generate(ratings=800, views=6_000, searches=300)
    shift = NOW - statistics_data.LAST - dt.timedelta(hours=1)
    data.ratings = [(at + shift, w, levels) for at, w, levels in data.ratings]
    data.events = [(at + shift, kind, codes[hash(code) % len(codes)] if code else "", found, words)
                   for at, kind, code, found, words in data.events]  # fmt: skip
    data.notices = []
    statistics_data.store(sqlite_demo, data)
    translator = Translator()
    translator.set_language(lang)
    try:
        shown = open_page(clock=lambda: NOW, size=size)
        click(qtbot, shown.page.chips[LAST_30_DAYS])
        qtbot.wait(50)
        content = shown.page.area.widget()
        assert content.width() <= shown.page.area.viewport().width() + 1, "nothing sticks out to the right"
        SHOTS.mkdir(parents=True, exist_ok=True)
        tag = f"{size[0]}x{size[1]}-{lang}"
        shown.console.grab().save(str(SHOTS / f"statistics-busy-{tag}.png"))
        content.grab().save(str(SHOTS / f"statistics-busy-whole-{tag}.png"))
        assert cut_labels(shown.console) == [] and missing_glyphs(shown.console) == []
    finally:
        translator.set_language("en")


def test_kiosk_screenshot_renders_the_statistics_page(sqlite_demo, tmp_path) -> None:
    import subprocess
    import sys

    out = tmp_path / "stats.png"
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "screenshot", "--db", sqlite_demo.url, "--screen", "stats", "--size",
         "1080x1920", "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1080, 1920)


def test_a_database_that_does_not_answer_is_said_and_the_figures_stay(qtbot, tmp_path, open_page) -> None:  # type: ignore[no-untyped-def]
    rate_db = open_page(clock=lambda: NOW)
    page = rate_db.page
    shown = page.ratings_figure.number.text()
    gone = tmp_path / "gone"
    gone.mkdir()
    from kiosk.data.db import open_database

    lost = open_database(str(gone / "k.sqlite3"))
    lost.dispose()
    (gone / "k.sqlite3").unlink()
    (gone / "k.sqlite3").mkdir()  # the file cannot be opened any more
    page.statistics = HallStatistics(lost, clock=lambda: NOW)
    click(qtbot, page.chips[ALL])
    assert page.message.isVisible() and page.message.property("role") == "message-error"
    assert page.ratings_figure.number.text() == shown
