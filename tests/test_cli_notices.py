"""``kiosk notice`` and ``kiosk print-test``: files written, serials taken only for good input."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.store import save_bundle
from kiosk.services.notices import SERIAL
from tests import factories


def run(argv: list[str]) -> int:
    """``kiosk`` itself, as a technician types it (errors on stderr, exit status 2)."""
    from kiosk.cli import main

    try:
        return main(argv)
    except SystemExit as exc:  # argparse
        return int(exc.code or 0)


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    path = tmp_path / "hall.sqlite3"
    database = open_database(str(path))
    with database.session() as session:
        save_bundle(session, factories.notice_bundle())
        session.commit()
    database.dispose()
    return str(path)


def _issued(db_path: str) -> list[str]:
    database = open_database(db_path)
    try:
        with database.session() as session:
            return list(session.scalars(select(m.IssuedNotice.serial).order_by(m.IssuedNotice.number)))
    finally:
        database.dispose()


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def test_checklist_is_written_without_a_serial(db_path: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "checklist.pdf"
    assert run(["notice", "--db", db_path, "--matter", "M001", "--answers", "agent=否", "--out", str(out)]) == 0
    text = _text(out)
    assert "居民身份证" in text and "授权委托书" not in text and "告〔" not in text
    assert _issued(db_path) == []
    assert "办事材料一次性告知单" in capsys.readouterr().out


def test_staff_notices_get_consecutive_serials_and_can_be_reprinted(db_path: str, tmp_path: Path) -> None:
    first, second, again = tmp_path / "1.pdf", tmp_path / "2.pdf", tmp_path / "again.pdf"
    staff = ["--staff", "S01", "--received", "1", "--reasons", "2=需原件", "--phone", "13812345678"]
    assert run(["notice", "--db", db_path, "--matter", "M001", *staff, "--out", str(first)]) == 0
    assert run(["notice", "--db", db_path, "--matter", "M001", "--received", "1,2", "--out", str(second)]) == 0
    serials = _issued(db_path)
    parsed = [SERIAL.match(serial) for serial in serials]
    assert [(p["prefix"], int(p["number"])) for p in parsed if p] == [("测试镇", 1), ("测试镇", 2)]
    assert serials[0] in _text(first) and "需原件" in _text(first) and "13812345678" in _text(first)
    assert run(["notice", "--db", db_path, "--reprint", serials[0], "--out", str(again), "--format", "receipt"]) == 0
    assert serials[0] in _text(again) and "138****5678" in _text(again)
    assert _issued(db_path) == serials


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--matter", "NOPE"], "没有编码为 'NOPE' 的事项"),
        (["--matter", "M001", "--answers", "agent"], "应写作 情形=选项"),
        (["--matter", "M001", "--answers", "who=是", "--received", "1"], "没有情形 'who'"),
        (["--matter", "M001", "--answers", "agent=也许", "--received", "1"], "没有选项 '也许'"),
        (["--matter", "M001", "--received", "1,9"], "材料序号 9 超出范围"),
        (["--matter", "M001", "--received", "1,x"], "'x' 不是序号"),
        (["--matter", "M001", "--received", "1", "--reasons", "two=缺失"], "'two' 不是序号"),
        (["--matter", "M001", "--staff", "S99"], "没有工号为 'S99'"),
        (["--matter", "M001", "--phone", "13812345678"], "--phone 只用于工作人员的补正告知单"),
        (["--matter", "M001", "--reprint", "x"], "--reprint 只需编号"),
        (["--reprint", "测试镇告〔2026〕0042号"], "没有编号为"),
        ([], "请用 --matter"),
    ],
)
def test_bad_input_exits_2_with_one_message_and_takes_no_serial(db_path, tmp_path, capsys, extra, message) -> None:
    out = tmp_path / "n.pdf"
    assert run(["notice", "--db", db_path, *extra, "--out", str(out)]) == 2
    printed = capsys.readouterr().err.strip().splitlines()
    assert len(printed) == 1 and message in printed[0]
    assert not out.exists() and _issued(db_path) == []


def test_missing_output_folder_is_refused_before_a_serial_is_taken(db_path: str, tmp_path: Path, capsys) -> None:
    out = tmp_path / "nowhere" / "n.pdf"
    assert run(["notice", "--db", db_path, "--matter", "M001", "--received", "1", "--out", str(out)]) == 2
    assert "不存在" in capsys.readouterr().err and _issued(db_path) == []


def test_notice_can_also_be_printed_to_a_folder_printer(db_path: str, tmp_path: Path) -> None:
    printed = tmp_path / "printed"
    out = tmp_path / "n.pdf"
    argv = ["notice", "--db", db_path, "--matter", "M002", "--out", str(out), "--print", f"folder:{printed}"]
    assert run(argv) == 0
    [copy] = printed.glob("*.pdf")
    assert copy.read_bytes() == out.read_bytes()


def test_print_test_prints_a_page_with_every_kind_of_character(tmp_path: Path, capsys) -> None:
    assert run(["print-test", "--printer", f"folder:{tmp_path}", "--format", "receipt"]) == 0
    [page] = tmp_path.glob("*.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(page.read_bytes())).pages)
    assert "0123456789" in text and "打印测试页" in text and "〔" in text
    assert "已保存到" in capsys.readouterr().out


def test_print_test_failure_is_one_plain_message(tmp_path: Path, capsys) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert run(["print-test", "--printer", f"folder:{blocked}"]) == 2
    assert "无法把告知单保存到文件夹" in capsys.readouterr().err


def test_notice_bundle_writes_the_merged_checklist_and_refuses_bad_input(sqlite_demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = str(sqlite_demo.engine.url.database)
    out = tmp_path / "bundle.pdf"
    answers = "kind=新办,subsidy=两项都申请,agent=否"
    assert run(["--db", url, "notice", "--bundle", "disability", "--answers", answers, "--out", str(out)]) == 0
    text = "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "残疾人服务一件事" in text and "一件事材料一次性告知单" in text
    assert text.count("申请人居民身份证") == 1 and "事项1、2、3" in text
    assert "授权委托书" not in text  # agent=否
    capsys.readouterr()
    assert run(["--db", url, "notice", "--bundle", "nope", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "newborn" in capsys.readouterr().err  # says which bundles exist
    assert (
        run(
            [
                "--db",
                url,
                "notice",
                "--bundle",
                "disability",
                "--answers",
                "kind=重办",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert "新办、换领、补办" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_notice_bundle_with_received_issues_one_numbered_archived_notice(sqlite_demo, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = str(sqlite_demo.engine.url.database)
    out = tmp_path / "missing.pdf"
    base = ["--db", url, "notice", "--bundle", "disability", "--answers", "kind=新办,subsidy=护理补贴,agent=否"]
    assert run([*base, "--received", "1,2,99", "--staff", "S01", "--out", str(out)]) == 2  # 99: no such line
    assert "超出范围" in capsys.readouterr().err
    with sqlite_demo.session() as session:
        assert session.scalar(select(func.count()).select_from(m.IssuedNotice)) == 0  # no number burnt
    assert run([*base, "--received", "1,2", "--reasons", "3=需原件", "--staff", "S01", "--out", str(out)]) == 0
    serial = re.search(r"\S+告〔\d{4}〕\d{4}号", capsys.readouterr().out).group(0)  # type: ignore[union-attr]
    text = "".join("".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert serial in text and "残疾人服务一件事" in text and "补正材料一次性告知单" in text
    assert "已收到的材料(共2项)" in text.replace("（", "(").replace("）", ")")
    assert text.count("申请人居民身份证") == 1  # received once for all three matters
    assert "需原件" in text and "4号窗口残疾人·卫生健康→1号窗口社会保险·就业" in text
    with sqlite_demo.session() as session:
        assert session.scalar(select(m.IssuedNotice.matter_code)) == "一件事:disability"
    again = tmp_path / "again.pdf"
    assert run(["--db", url, "notice", "--reprint", serial, "--out", str(again)]) == 0
    reprinted = "".join(
        "".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(again.read_bytes())).pages
    )
    assert serial in reprinted and "残疾人服务一件事" in reprinted
