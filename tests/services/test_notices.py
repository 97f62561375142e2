"""One-time notices: building, serials under concurrency, the archive and identical reprints."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.data.store import save_bundle
from kiosk.errors import UserError
from kiosk.services.notice_archive import NoticeService, allocate_number
from kiosk.services.notices import SERIAL, build_missing_notice, format_serial, mask_phone, qr_text
from kiosk.services.pdf import PAGE_FORMATS, render_notice
from tests import factories
from tests.services.conftest import ISSUE_TIME, pdftotext_pages, pypdf_pages


def _service(database, at: dt.datetime = ISSUE_TIME) -> NoticeService:
    return NoticeService(database, kiosk_id="test", clock=lambda: at)


def _issue(service: NoticeService, **fields) -> str:
    values = {"received": [1], "reasons": {2: "需原件"}, "staff_code": "S01"}
    values.update(fields)
    return service.issue(service.draft_missing("M001", {"agent": "否"}, **values)).serial


def test_checklist_lists_what_the_answers_need_and_has_no_serial(notice_db) -> None:
    service = _service(notice_db)
    alone = service.checklist("M001", {"agent": "否"})
    assert [mat.name for mat in alone.to_supply] == ["居民身份证", "户口簿"]
    assert alone.serial == "" and alone.kind == "checklist"
    by_agent = service.checklist("M001", {"是否委托他人代办?": "是"})
    assert [mat.number for mat in by_agent.to_supply] == [1, 2, 3, 4]
    assert by_agent.answers[0].answer == "是"
    assert alone.window_phone == "0739-5550111" and alone.consult_phone == "0739-5550101"
    with notice_db.session() as session:
        assert session.scalar(select(m.IssuedNotice.id)) is None


def test_staff_notice_splits_received_and_missing_with_reasons(notice_db) -> None:
    draft = _service(notice_db).draft_missing(
        "M001",
        {"agent": "是"},
        received=[1, 3],
        reasons={2: "不符合法定形式"},
        staff_code="S01",
        applicant_name="张三",
        applicant_phone="13812345678",
    )
    assert [mat.name for mat in draft.received] == ["居民身份证", "授权委托书"]
    assert [(mat.name, mat.reason) for mat in draft.to_supply] == [
        ("户口簿", "不符合法定形式"),
        ("代办人身份证", "缺失"),
    ]
    assert draft.staff_name == "王丽" and draft.window_name == "1号窗口 社会保障"
    assert "5个工作日内" in draft.correction_deadline and "第三十二条" in draft.legal_basis
    assert draft.serial == ""


@pytest.mark.parametrize(
    ("answers", "received", "reasons", "phone", "expected"),
    [
        ({"nope": "是"}, [], {}, "", "没有情形 'nope'"),
        ({"agent": "也许"}, [], {}, "", "没有选项 '也许'"),
        ({"agent": "否"}, [9], {}, "", "材料序号 9 超出范围"),
        ({"agent": "否"}, [3], {}, "", "第 3 项材料「授权委托书」在所选情形下不需要提交"),
        ({"agent": "否"}, [1], {1: "已过期"}, "", "已标记为收到"),
        ({"agent": "否"}, [1], {2: " "}, "", "补正原因不能为空"),
        ({"agent": "否"}, [1], {}, "138-ABCD", "格式不对"),
    ],
)
def test_bad_staff_input_is_refused_in_one_sentence(answers, received, reasons, phone, expected) -> None:
    content = factories.notice_bundle()
    assert content.hall is not None
    with pytest.raises(UserError, match=re.escape(expected)):
        build_missing_notice(
            content.matters[0], answers, hall=content.hall, received=received, reasons=reasons, applicant_phone=phone
        )


def test_unknown_matter_and_staff_are_named(notice_db) -> None:
    service = _service(notice_db)
    with pytest.raises(UserError, match="没有编码为 'X9' 的事项"):
        service.checklist("X9")
    with pytest.raises(UserError, match="没有工号为 'S99'"):
        service.draft_missing("M001", received=[], staff_code="S99")


def test_issued_serials_count_per_year_from_one_and_are_archived(notice_db) -> None:
    first = _issue(_service(notice_db))
    second = _issue(_service(notice_db))
    next_year = _issue(_service(notice_db, dt.datetime(2027, 1, 2, 8, 0)))
    assert (first, second, next_year) == ("测试镇告〔2026〕0001号", "测试镇告〔2026〕0002号", "测试镇告〔2027〕0001号")
    assert SERIAL.match(first)
    with notice_db.session() as session:
        row = session.scalar(select(m.IssuedNotice).where(m.IssuedNotice.serial == second))
        assert row is not None
        assert (row.year, row.number, row.kind, row.staff_code, row.kiosk_id) == (2026, 2, "missing", "S01", "test")
        assert row.snapshot["matter"]["materials"][1]["blank_form"] == {
            "filename": "申请表.png",
            "media_type": "image/png",
        }


def test_counter_behind_the_archive_skips_past_used_numbers(notice_db) -> None:
    """A restored backup can hold an older counter: the number must still never repeat."""
    _issue(_service(notice_db))
    _issue(_service(notice_db))
    with notice_db.session() as session, session.begin():
        session.execute(m.NoticeSerial.__table__.update().values(last_number=0))
    assert _issue(_service(notice_db)) == "测试镇告〔2026〕0003号"
    with notice_db.session() as session, session.begin():
        assert allocate_number(session, "测试镇", 2026) == 4


def _issue_many(service: NoticeService, count: int) -> list[str]:
    return [_issue(service) for _ in range(count)]


def test_concurrent_threads_get_distinct_consecutive_serials(notice_db) -> None:
    workers, each = 8, 5
    with ThreadPoolExecutor(workers) as pool:
        batches = list(pool.map(lambda _: _issue_many(_service(notice_db), each), range(workers)))
    serials = [s for batch in batches for s in batch]
    assert len(set(serials)) == workers * each
    assert sorted(int(SERIAL.match(s)["number"]) for s in serials) == list(range(1, workers * each + 1))  # type: ignore[index]


def _issue_in_process(url: str, count: int) -> list[str]:
    from kiosk.data.db import open_database

    database = open_database(url, upgrade=False)
    try:
        return _issue_many(_service(database), count)
    finally:
        database.dispose()


def test_concurrent_processes_get_distinct_consecutive_serials(notice_db) -> None:
    """Separate processes are separate kiosks: each has its own engine and connections."""
    workers, each = 4, 5
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        batches = pool.starmap(_issue_in_process, [(notice_db.url, each)] * workers)
    serials = [s for batch in batches for s in batch]
    assert len(set(serials)) == workers * each
    assert sorted(int(SERIAL.match(s)["number"]) for s in serials) == list(range(1, workers * each + 1))  # type: ignore[index]


def test_reprint_is_the_archived_notice_after_the_matter_changed_with_the_phone_masked(notice_db) -> None:
    service = _service(notice_db)
    draft = service.draft_missing(
        "M001", {"agent": "是"}, received=[1], staff_code="S01", applicant_name="张三", applicant_phone="13812345678"
    )
    issued = service.issue(draft)
    edited = factories.notice_bundle()
    edited.matters[0].name = "改名后的事项"
    edited.matters[0].materials[1].name = "改名后的户口簿"
    del edited.matters[0].materials[3]
    with notice_db.session() as session:
        save_bundle(session, edited)
        session.commit()
    reprinted = _service(notice_db, dt.datetime(2027, 5, 6)).reprint(issued.serial)
    assert reprinted.applicant_phone == "138****5678"
    assert reprinted.model_copy(update={"applicant_phone": issued.applicant_phone}) == issued
    assert [mat.name for mat in reprinted.to_supply] == ["户口簿", "授权委托书", "代办人身份证"]
    for page_format in PAGE_FORMATS:
        original, again = render_notice(issued, page_format), render_notice(reprinted, page_format)
        for extract in (pypdf_pages, pdftotext_pages):
            expected = [page.replace("13812345678", "138****5678") for page in extract(original)]
            assert extract(again) == expected and "改名后" not in "".join(expected)


def test_reprint_of_an_unknown_serial_is_explained(notice_db) -> None:
    with pytest.raises(UserError, match="没有编号为"):
        _service(notice_db).reprint("测试镇告〔2026〕9999号")


def test_archive_is_searchable_by_serial_date_and_matter(notice_db) -> None:
    march = _issue(_service(notice_db, dt.datetime(2026, 3, 4, 9)), applicant_phone="13812345678")
    april = _issue(_service(notice_db, dt.datetime(2026, 4, 1, 16)))
    later = _service(notice_db, dt.datetime(2026, 4, 2, 10))
    long_one = later.issue(later.draft_missing("M040", received=[1, 2])).serial
    service = _service(notice_db)
    assert [s.serial for s in service.search()] == [long_one, april, march]
    assert [s.serial for s in service.search(serial="0001")] == [march]
    found = service.search(date_from=dt.date(2026, 3, 4), date_to=dt.date(2026, 3, 4))
    assert [(s.serial, s.applicant_phone, s.staff_name) for s in found] == [(march, "138****5678", "王丽")]
    assert [s.serial for s in service.search(date_from=dt.date(2026, 4, 1))] == [long_one, april]
    assert [s.serial for s in service.search(matter="M040")] == [long_one]
    assert [s.serial for s in service.search(matter="养老保险")] == [april, march]
    assert service.search(matter="M040")[0].missing_count == 38


def test_masking_keeps_the_ends_of_the_number() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("0739-5550101") == "073****0101"
    assert mask_phone("") == ""


def test_qr_text_carries_the_checklist_and_shrinks_to_stay_scannable(notice_db) -> None:
    service = _service(notice_db)
    short = qr_text(service.checklist("M001", {"agent": "否"}))
    assert "居民身份证 原件1份" in short and "授权委托书" not in short and "0739-5550101" in short
    long_text = qr_text(service.checklist("M040"), budget=600)
    assert len(long_text.encode()) <= 600
    assert "1. 第1项测试材料乙" in long_text and re.search(r"另有\d+项，详见纸质告知单", long_text)
    assert format_serial("测试镇", 2026, 12) == "测试镇告〔2026〕0012号"
