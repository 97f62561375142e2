"""The statistics report as files: CSV and XLSX give back every table, the PDF has a page per section
with its chart in the hall's font, and ``kiosk report`` refuses bad input with status 2."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from kiosk.cli import main
from kiosk.data.statistics import HallReport, HallStatistics, Period
from kiosk.data.store import save_bundle
from kiosk.services.report.files import file_name, write_report
from kiosk.services.report.tables import report_tables
from tests import factories, statistics_data

FIRST, LAST = dt.date(2026, 5, 1), dt.date(2026, 10, 31)


@pytest.fixture
def report(database) -> HallReport:  # type: ignore[no-untyped-def]
    with database.session() as session:
        save_bundle(session, factories.bundle(), actor="test")
        session.commit()
    data = statistics_data.generate(ratings=600, views=3_000, searches=400)
    statistics_data.store(database, data)
    return HallStatistics(database).report(Period.days(FIRST, LAST))


def read_csv(path: Path) -> list[tuple[str, list[str], list[list[str]]]]:
    """(title, headers, rows) of each table in the file, in order."""
    with path.open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    tables, block = [], []
    for line in lines:
        if line:
            block.append(line)
            continue
        tables.append((block[0][0], block[1], block[2:]))
        block = []
    return tables


def test_csv_gives_back_every_table(report: HallReport, tmp_path: Path) -> None:
    path = write_report(report, tmp_path / "report.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads the Chinese"
    tables = report_tables(report)
    back = read_csv(path)
    assert [t for t, _h, _r in back] == [t.title for t in tables]
    for table, (_title, headers, rows) in zip(tables, back, strict=True):
        assert headers == list(table.headers)
        unquoted = [[v[1:] if v.startswith("'=") else v for v in row] for row in rows]
        assert unquoted == [[str(v) for v in row] for row in table.rows]
    gaps = next(rows for title, _h, rows in back if title.startswith("无结果搜索"))
    assert [row[0] for row in gaps if "1+1" in row[0]] == ["'=1+1"], "a formula typed in the search stays text"
    assert not any("13912345678" in cell for _t, _h, rows in back for row in rows for cell in row)


def test_xlsx_gives_back_every_table_with_numbers_as_numbers(report: HallReport, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = write_report(report, tmp_path / "report.xlsx")
    book = load_workbook(path)
    tables = report_tables(report)
    assert book.sheetnames == ["说明", *(t.title for t in tables)]
    for table in tables:
        sheet = book[table.title]
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert values[0] == list(table.headers)
        assert [tuple(v for v in row) for row in values[1:]] == list(table.rows)
    matters = book[tables[1].title]
    assert isinstance(matters.cell(2, 4).value, int), "counts stay numbers for the admin's own sums"
    gaps = book[tables[2].title]
    formula = next(c for c in gaps["A"] if c.value == "=1+1")
    assert formula.data_type == "s"


def test_the_pdf_has_a_page_per_section_with_its_chart_and_the_hall_font(report: HallReport, tmp_path: Path) -> None:
    path = write_report(report, tmp_path / "report.pdf", made=dt.datetime(2026, 11, 1, 8, 0))
    reader = pypdf.PdfReader(path)
    pages = ["".join(page.extract_text().split()) for page in reader.pages]
    titles = [t.title for t in report_tables(report)]
    assert len(pages) == len(titles), "one page per section"
    for page, title in zip(pages, titles, strict=True):
        assert title in page
    assert "测试镇便民服务大厅统计报表" in pages[0] and "2026-05-01至2026-10-31" in pages[0]
    top = report.matters[0]
    assert top.name in pages[1] and str(top.views) in pages[1]
    assert "火葬场电话" in pages[2] and "13912345678" not in "".join(pages)
    assert "非常满意" in pages[3] and "满意率" in pages[3]
    assert "23:00–24:00" in pages[7]
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[union-attr]
    }
    assert any("KioskCJK" in f or "WenQuanYi" in f or "Hei" in f for f in fonts), fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "服务评价·按指标" in text and "整体满意度" in text, "the chart's labels are text too"


def test_an_empty_period_still_makes_every_file(database, tmp_path: Path) -> None:
    report = HallStatistics(database).report(Period.days(FIRST, FIRST))
    for extension in (".pdf", ".xlsx", ".csv"):
        assert write_report(report, tmp_path / f"empty{extension}").stat().st_size > 0
    assert file_name(report, ".pdf", dt.datetime(2026, 5, 2)) == "statistics-20260501-20260501.pdf"


def _run(*args: str) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=120, check=False
    )
    return result.returncode, result.stdout + result.stderr


def test_kiosk_report_writes_the_chosen_period(database, tmp_path: Path) -> None:
    statistics_data.store(database, statistics_data.generate(ratings=200, views=500, searches=50))
    out = tmp_path / "august.xlsx"
    status, output = _run(
        "report", "--db", database.url, "--from", "2026-08-01", "--to", "2026-08-31", "--out", str(out)
    )
    assert status == 0, output
    assert out.exists() and "2026-08-01 至 2026-08-31" in output
    assert main(["report", "--db", database.url, "--out", str(tmp_path / "last-month.csv")]) == 0
    first_line = (tmp_path / "last-month.csv").read_text(encoding="utf-8-sig").splitlines()[2]
    assert first_line.startswith("统计期间,")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--from", "2026-02-30", "--to", "2026-03-01"], "--from 应是日期"),
        (["--from", "2026-03-02", "--to", "2026-03-01"], "晚于"),
        (["--from", "2026-03-01"], "要一起给出"),
        (
            ["--from", "2026-03-01", "--to", "2026-03-31", "--db", "postgresql+psycopg://kiosk@127.0.0.1:9/x"],
            "无法连接数据库",
        ),
    ],
)
def test_kiosk_report_refuses_bad_input_with_status_2(tmp_path: Path, options: list[str], message: str, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.pdf"
    db = [] if "--db" in options else ["--db", str(tmp_path / "k.sqlite3")]
    assert main(["report", *db, *options, "--out", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_kiosk_report_refuses_an_unknown_extension_or_folder(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "k.sqlite3")
    assert main(["report", "--db", db, "--out", str(tmp_path / "r.docx")]) == 2
    assert ".pdf、.xlsx 或 .csv" in capsys.readouterr().err
    assert main(["report", "--db", db, "--out", str(tmp_path / "nowhere" / "r.pdf")]) == 2
    assert "找不到文件夹" in capsys.readouterr().err


def test_each_section_keeps_to_its_page_with_national_codes_and_long_names(tmp_path: Path) -> None:
    """Twenty matters with 26-character 实施编码 and long names, a full gap list, a year of months."""
    from kiosk.data.feedback import DIMENSIONS, RatingSummary
    from kiosk.data.statistics import MatterUse, MonthRatings, SearchFigures, SearchGap

    long_name = "城乡居民基本养老保险参保人员死亡待遇申领(个人账户余额继承及丧葬补助金)"
    matters = [
        MatterUse(f"4399231050000-JF-{i:05d}-001", long_name if i % 2 else "高龄津贴申领", 900 - i, i, i // 2)
        for i in range(20)
    ]
    counts = {d: {5: 60, 4: 20, 3: 10, 2: 6, 1: 4} for d in DIMENSIONS}
    windows = {f"W{i}": RatingSummary(100, counts) for i in range(1, 10)}
    names = {f"W{i}": f"{i}号窗口 社会保障·就业·民政救助" for i in range(1, 10)}
    months = [MonthRatings(f"2026-{m:02d}", 100, dict.fromkeys(DIMENSIONS, 90)) for m in range(1, 13)]
    gaps = [SearchGap(f"第{i}个没有找到的事项名称", 60 - i, dt.datetime(2026, 12, 1, 9)) for i in range(50)]
    report = HallReport(
        period=Period.days(dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ratings=RatingSummary(900, {d: {k: v * 9 for k, v in c.items()} for d, c in counts.items()}),
        by_window=windows, by_month=months, notices_issued=100, opinions=3, views=9000, prints=200,
        matters=matters, searches=SearchFigures(3000, 800, 12, gaps), hours=[i * 10 for i in range(24)],
        cases=None, window_names=names, hall_name="青石镇便民服务大厅",
    )  # fmt: skip
    path = write_report(report, tmp_path / "year.pdf")
    pages = ["".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]
    titles = [t.title for t in report_tables(report)]
    assert len(pages) == len(titles) and all(t in p for t, p in zip(titles, pages, strict=True))
    assert "4399231050000-JF-00019-001" in pages[1], "the twentieth matter is on the section's page"
    assert "完整列表见Excel或CSV导出" in pages[2] and "第24个" in pages[2] and "第25个" not in pages[2]


def test_help_calls_are_in_every_exported_file(database, tmp_path: Path) -> None:
    """呼叫帮办 in the period: how many, how many answered, the median and longest wait — the same
    figures the statistics page shows, in the CSV, the Excel file and the PDF."""
    from kiosk.data.help_calls import HelpDesk

    moments = iter([
        dt.datetime(2026, 6, 1, 2, 0), dt.datetime(2026, 6, 1, 2, 1, 30),  # answered after 90 s
        dt.datetime(2026, 6, 2, 3, 0), dt.datetime(2026, 6, 2, 3, 0, 40),  # 40 s
        dt.datetime(2026, 6, 3, 4, 0), dt.datetime(2026, 6, 3, 4, 4, 20),  # 4 min 20 s
        dt.datetime(2026, 6, 4, 5, 0),  # nobody came
        dt.datetime(2026, 12, 1, 5, 0),  # after the period
    ])  # fmt: skip
    desk = HelpDesk(database, clock=lambda: next(moments))
    for answered in (True, True, True, False, False):
        uid = desk.call("k1", "大厅一体机", "M1", "养老保险参保登记")
        if answered:
            desk.acknowledge(uid, "李娜")
    report = HallStatistics(database).report(Period.days(FIRST, LAST))
    wanted = [("呼叫帮办(次)", 4), ("呼叫帮办·已应答(次)", 3), ("呼叫帮办·等待中位数", "1分30秒"),
              ("呼叫帮办·最长等待", "4分20秒")]  # fmt: skip
    summary = report_tables(report)[0]
    assert [row for row in summary.rows if str(row[0]).startswith("呼叫帮办")] == wanted
    back = read_csv(write_report(report, tmp_path / "report.csv"))
    assert [tuple(r) for r in back[0][2] if r[0].startswith("呼叫帮办")] == [(k, str(v)) for k, v in wanted]
    from openpyxl import load_workbook

    sheet = load_workbook(write_report(report, tmp_path / "report.xlsx"))[summary.title]
    assert [(k, v) for k, v in sheet.iter_rows(values_only=True) if str(k).startswith("呼叫帮办")] == wanted
    first = "".join(pypdf.PdfReader(write_report(report, tmp_path / "report.pdf")).pages[0].extract_text().split())
    assert all(f"{k}{v}" in first for k, v in wanted), first
