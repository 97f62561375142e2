"""Importing provincial AUDIT_* JSON: both key cases, *_TEXT companions, pages, windows and laws; bad files."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.exchange import export_file, import_file
from kiosk.data.store import load_matters
from kiosk.errors import InvalidImport
from tests.data.exchange import audit_fixture as af


def _matters(database) -> dict[str, object]:
    with database.session() as session:
        return {doc.code: doc for doc in load_matters(session)}


def _export_hash(database, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.json"
    export_file(database, path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pages_in_both_key_cases_become_complete_guides(database, tmp_path: Path) -> None:
    report = import_file(database, af.write(tmp_path / "items.json", af.pages()))
    assert report.shape == "audit"
    matters = _matters(database)
    a, b = matters[af.CODE_A], matters[af.CODE_B]
    assert (a.name, a.type, a.service_objects, a.department) == (
        "林木采伐许可证核发", "行政许可", ["自然人", "法人"], "11450721MB1558081X",
    )  # fmt: skip
    assert a.conditions == "申请人拥有林木所有权。\n采伐林木在批准的限额内。"
    assert a.legal_limit.note == "自受理之日起20个工作日"  # &lt;p&gt; entities, then the tags they were
    assert a.promised_limit.note == ""  # 「无」 is a placeholder
    assert a.reconsideration.startswith("对决定不服的") and a.litigation.startswith("也可以")
    assert [s.title for s in a.steps] == ["申请", "受理", "审查", "决定", "送达"]
    assert a.steps[2].review_standard == "一、审查方式:书面审查。\n二、审查标准:材料齐全、符合法定形式。"
    assert [(w.name, w.route, w.map_url) for w in a.service_windows] == [
        ("综合窗口3号", "乘1路公交车到镇政府站下车,向东步行100米", "https://map.example.com/qsz"),
        ("林业站服务窗口", "", ""),
    ]
    assert a.location == "青石镇便民服务中心一楼"  # from the first window
    assert [(law.name, law.number, law.clause) for law in a.laws] == [
        ("《中华人民共和国森林法》", "主席令第三十九号", "第五十六条"),
        ("《森林法实施条例》", "国务院令第278号", "第三十二条"),
    ]
    assert a.laws[1].text == "采伐林木,必须申请采伐许可证。"
    form, card, proxy, licence = a.materials  # 「测试」 skipped
    assert (form.signature, form.originals, form.photocopies, form.fill_instructions) == (
        "申请人签字并按手印", 1, 0, "用黑色签字笔填写",
    )  # fmt: skip
    assert (card.original_or_copy, card.originals, card.photocopies, card.copies) == ("原件和复印件", 1, 1, 2)
    assert card.counts() == [("原件", 1), ("复印件", 1)]
    assert licence.original_or_copy == "复印件" and licence.form == "纸质+电子"
    assert a.scenarios[0].options == ["委托他人办理", "申请人为企业"]
    assert (proxy.when, licence.when) == ({"national": ["委托他人办理"]}, {"national": ["申请人为企业"]})
    assert [x.name for _n, x in a.materials_for({"national": "申请人为企业"})] == [
        "林木采伐申请表",
        "林权证",
        "营业执照",
    ]
    assert a.online and a.online_url == "http://zwfw.example.gov.cn/lmcf" and a.visits_reason == "须现场核验采伐地点"
    # lower-case keys with *_TEXT companions: the words win over the province's own codes
    assert (b.type, b.handling_kind, b.visits, b.charges) == ("公共服务", "承诺件", 0, False)
    assert b.status == "published" and a.status == "draft"  # a: no result sample
    rows = report.rows()
    assert any(r[0] == af.CODE_A and r[3] == "跳过" and "测试" in r[5] for r in rows)
    assert any(r[0] == af.CODE_B and "「N」读作「否」" in r[5] for r in rows)
    assert any(r[0] == af.CODE_A and r[4] == "受理条件" and "去掉 HTML 标签" in r[5] for r in rows)
    assert any(r[0] == af.CODE_A and "法定办结时限" in r[4] and "还原 HTML 实体" in r[5] for r in rows)


def test_the_same_file_twice_changes_nothing(database, tmp_path: Path) -> None:
    path = af.write(tmp_path / "items.json", af.pages())
    import_file(database, path)
    before = _export_hash(database, tmp_path, "before")
    report = import_file(database, path)
    assert {e.outcome for e in report.entries} == {"unchanged"}
    assert _export_hash(database, tmp_path, "after") == before


def test_a_flat_export_under_custom_and_json_lines_are_read(database, tmp_path: Path) -> None:
    flat = af.generated(3)
    import_file(database, af.write(tmp_path / "flat.json", flat))
    assert len(_matters(database)) == 3
    lines = tmp_path / "pages.json"
    lines.write_text("\n".join(json.dumps(page, ensure_ascii=False) for page in af.pages()), encoding="utf-8")
    import_file(database, lines)
    assert len(_matters(database)) == 5


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
         "网页(HTML)「502 Bad Gateway」"),
        ("502 Bad Gateway\nThe server returned an invalid response.", "服务器的错误回应"),
        ('{"STATUS": {"CODE": "500", "TEXT": "Internal Server Error"}}', "接口返回错误(状态 500"),
        ('{"STATUS": {"CODE": "00"}, "data": {"list": [{"AUDIT_ITEM": {"task_name": "林木', "JSON 不完整"),
    ],
    ids=["html-page", "5xx-text", "5xx-status", "truncated"],
)  # fmt: skip
def test_an_error_page_saved_as_json_gets_one_clear_message(
    database, tmp_path: Path, content: str, expected: str
) -> None:
    import_file(database, af.write(tmp_path / "good.json", af.pages()))
    before = _export_hash(database, tmp_path, "before")
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidImport) as caught:
        import_file(database, path)
    assert len(caught.value.problems) == 1
    assert expected in caught.value.problems[0].message
    assert _export_hash(database, tmp_path, "after") == before


def test_a_json_file_in_gbk_is_named_as_such(database, tmp_path: Path) -> None:
    path = tmp_path / "gbk.json"
    path.write_bytes(json.dumps(af.pages(), ensure_ascii=False).encode("gbk"))
    with pytest.raises(InvalidImport) as caught:
        import_file(database, path)
    assert "GBK" in str(caught.value)
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.ServiceMatter)) == 0


def test_five_thousand_matters_import_within_the_bound(tmp_path: Path) -> None:
    """The issue's bound: 5,000 matters in any shape in under 10 s on this machine (the figures are printed).

    Both the wall-clock time and the CPU time the import took are printed. The bound is asserted on
    the CPU time: the import runs on one thread, so on the kiosk's own computer the two are the
    same, while on a build machine shared by several test runs the wall clock also counts the time
    the others had the processor.
    """
    from kiosk.data.db import open_database

    path = af.write(tmp_path / "big.json", af.generated(5000))
    database = open_database(str(tmp_path / "big.sqlite3"))
    ticks: list[tuple[int, int]] = []
    started, cpu_started = time.perf_counter(), time.process_time()
    report = import_file(database, path, ticks=lambda done, total: ticks.append((done, total)))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        f"\nAUDIT_* JSON, 5,000 matters (40,000 materials, 10,000 情形, HTML in every material): "
        f"imported in {seconds:.1f} s wall clock, {cpu:.1f} s of CPU"
    )
    assert len(report.entries) == 5000 and report.created["matter"] == 5000
    assert ticks and ticks[-1] == (1, 1)  # the progress reached its end
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Material)) == 40_000
    database.dispose()
    assert cpu < 10, f"5,000 matters took {cpu:.1f} s of CPU (bound: 10 s)"


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_the_new_elements_export_and_import_back_whole(database, tmp_path: Path, suffix: str) -> None:
    from kiosk.data.db import open_database
    from kiosk.data.store import load_bundle

    import_file(database, af.write(tmp_path / "items.json", af.pages()))
    exported = tmp_path / f"hall{suffix}"
    original = export_file(database, exported)
    assert any(m.laws and m.service_windows and m.reconsideration for m in original.matters)
    target = open_database(str(tmp_path / "other.sqlite3"))
    import_file(target, exported)
    with target.session() as session:
        assert load_bundle(session) == original
    target.dispose()
