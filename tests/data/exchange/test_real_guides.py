"""What went wrong when real guides were imported in the kiosk's own JSON and Excel — each fixed.

HTML and entities shown raw, matters with the same name, a matter named 「1」, junk materials,
national matter types refused, national lengths too narrow, quality rules bypassed,
contradictions accepted silently, full-width codes, unhelpful messages, and a long 设定依据 that
stopped the Excel export.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from kiosk.data.exchange import export_file, import_file
from kiosk.data.schema import MATTER_TYPES, BundleDoc
from kiosk.data.store import load_matters
from kiosk.errors import InvalidImport
from tests import factories


def _write(path: Path, bundle_or_data: object) -> Path:
    data = json.loads(bundle_or_data.model_dump_json()) if isinstance(bundle_or_data, BundleDoc) else bundle_or_data
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _matters(database) -> dict[str, object]:
    with database.session() as session:
        return {doc.code: doc for doc in load_matters(session)}


def _rows(report) -> list[list[str]]:
    return report.rows()


def test_html_and_entities_are_cleaned_and_the_report_says_so(database, tmp_path: Path) -> None:
    bundle = factories.bundle(2)
    bundle.matters[1] = factories.matter(
        "M002",
        "高龄津贴申领",
        conditions="<p>年满80周岁;</p><p>本镇户籍。</p>",
        legal_basis="《老年人权益保障法》&amp;amp;nbsp;第三十三条。。",
        legal_limit={"value": 20, "note": "&lt;br&gt;不含公示时间"},
        promised_limit={"value": 0},
    )
    report = import_file(database, _write(tmp_path / "guides.json", bundle))
    matter = _matters(database)["M002"]
    assert matter.conditions == "年满80周岁;\n本镇户籍。"
    assert matter.legal_basis == "《老年人权益保障法》 第三十三条。"
    assert matter.legal_limit.note == "不含公示时间"
    rows = [r for r in _rows(report) if r[0] == "M002"]
    assert any(
        r[3] == "清洗" and r[4] == "受理条件" and "去掉 HTML 标签" in r[5] and r[6] == "matters[1].conditions"
        for r in rows
    )
    assert any(r[4] == "设定依据" and "还原 HTML 实体" in r[5] and "合并重复的「。」" in r[5] for r in rows)


def test_same_named_matters_a_matter_named_1_and_junk_materials_are_skipped_with_reasons(database, tmp_path: Path):
    bundle = factories.bundle(2)
    twin = factories.matter("M003")  # same name, department and materials as M001 — a copy
    one = factories.matter("M004", "1")
    junk = factories.matter("M005", "低保申请", materials=[*factories.matter().materials, factories.material("sssss ")])
    bundle.matters += [twin, one, junk]
    report = import_file(database, _write(tmp_path / "guides.json", bundle))
    matters = _matters(database)
    assert set(matters) == {"M001", "M002", "M005"}
    assert [m.name for m in matters["M005"].materials] == [m.name for m in factories.matter().materials]
    outcome = {e.code: (e.outcome, [n.why for n in e.notes if n.kind == "skipped"]) for e in report.entries}
    assert outcome["M003"][0] == "skipped" and "与事项 M001 同名、同部门、材料相同" in outcome["M003"][1][0]
    assert outcome["M004"][0] == "skipped" and "名称只有一个字「1」" in outcome["M004"][1][0]
    assert "sssss" in outcome["M005"][1][0]


def test_every_national_matter_type_is_accepted_and_the_national_lengths_hold(database, tmp_path: Path) -> None:
    assert len(MATTER_TYPES) == 11 and {"行政处罚", "行政强制", "行政征收", "行政检查"} <= set(MATTER_TYPES)
    bundle = factories.bundle(1)
    bundle.matters = [factories.matter(f"T{i:02d}", f"事项{kind}", type=kind) for i, kind in enumerate(MATTER_TYPES)]
    long_name = "关于" + "某" * 995 + "的审批"  # 1000 characters
    bundle.matters[0] = factories.matter(
        "T00",
        long_name,
        type=MATTER_TYPES[0],
        location="地" * 500,
        hours="时" * 500,
        legal_limit={"value": 0, "note": "说明" * 2000},
        consult_phone="咨询电话0739-5550101,也可到便民服务中心3号窗口当面咨询,或登录政务服务网留言。" * 3,
    )
    import_file(database, _write(tmp_path / "types.json", bundle))
    matters = _matters(database)
    assert {m.type for m in matters.values()} == set(MATTER_TYPES)
    assert matters["T00"].name == long_name and len(matters["T00"].legal_limit.note) == 4000
    assert matters["T00"].status == "published"  # the consult text holds a number with its area code


def test_too_long_text_and_a_bad_number_say_the_limit_and_the_value(database, tmp_path: Path) -> None:
    data = json.loads(factories.bundle(2).model_dump_json())
    data["matters"][0]["name"] = "长" * 1001
    data["matters"][0]["materials"][0]["copies"] = "三份"
    data["matters"][1]["department"] = "nowhere"  # reported in the same run as the others
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "bad.json", data))
    problems = {p.where: p.message for p in caught.value.problems}
    assert problems["matters[0].name"] == "文字过长(最多 1000 个字,现有 1001 个)"
    assert problems["matters[0].materials[0].copies"] == "应为整数,而不是 '三份'"
    assert problems["matters[1].department"] == "没有编码为 'nowhere' 的部门"
    assert _matters(database) == {}


def test_a_matter_breaking_a_quality_rule_goes_in_as_a_draft_unless_published_anyway(database, tmp_path: Path):
    bundle = factories.bundle(2)
    bundle.matters[1] = factories.matter("M002", "高龄津贴申领", visits_reason="")  # visits 1 without a reason
    path = _write(tmp_path / "guides.json", bundle)
    report = import_file(database, path)
    assert _matters(database)["M002"].status == "draft" and _matters(database)["M001"].status == "published"
    [entry] = [e for e in report.entries if e.code == "M002"]
    assert entry.draft and any(n.kind == "draft" and "必须到现场的原因" in n.why for n in entry.notes)
    import_file(database, path, publish_anyway=True)
    assert _matters(database)["M002"].status == "published"


def test_contradictions_are_reported_and_full_width_codes_are_the_same_matter(database, tmp_path: Path) -> None:
    bundle = factories.bundle(1)
    bundle.matters.append(factories.matter("15", "临时救助申请"))
    import_file(database, _write(tmp_path / "first.json", bundle))
    data = json.loads(bundle.model_dump_json())
    second = data["matters"][1]
    second["code"] = "１５"  # full-width, as typed with a Chinese input method
    second.update(charges=True, fee_statement="不收费", open_on_holidays="Y")
    second["fees"] = [{"name": "工本费", "standard": "5元", "basis": "某文件"}]
    second["handling_kind"] = "即办件"
    second["promised_limit"] = {"value": 20}
    second["legal_limit"] = {"value": 10}
    report = import_file(database, _write(tmp_path / "second.json", data))
    matters = _matters(database)
    assert set(matters) == {"M001", "15"}  # updated, not a second matter
    assert matters["15"].open_on_holidays is True and matters["15"].status == "draft"
    notes = [(n.kind, n.why) for e in report.entries if e.code == "15" for n in e.notes]
    assert ("contradiction", "是否收费为「是」,收费标准却是「不收费」") in notes
    assert ("contradiction", "办件类型为即办件,承诺时限却是 20 个工作日") in notes
    assert ("contradiction", "承诺时限 20 个工作日长于法定时限 10 个工作日") in notes
    assert any(kind == "cleaned" and "「Y」读作「是」" in why for kind, why in notes)
    assert any(kind == "cleaned" and "全角字母数字改为半角" in why for kind, why in notes)


def test_a_38404_character_basis_exports_to_excel_and_reads_back(database, tmp_path: Path) -> None:
    basis = (
        "《中华人民共和国行政许可法》第三十二条 申请材料不齐全或者不符合法定形式的,应当当场或者在五日内一次告知。" * 800
    )[:38_404]
    bundle = factories.bundle(1)
    bundle.matters[0] = factories.matter("M001", legal_basis=basis)
    import_file(database, _write(tmp_path / "long.json", bundle))
    exported = tmp_path / "x.xlsx"
    export_file(database, exported)
    headers = [c.value for c in openpyxl.load_workbook(exported, read_only=True)["事项"][1]]
    assert "设定依据" in headers and "设定依据(续1)" in headers
    again = tmp_path / "again.sqlite3"
    from kiosk.data.db import open_database

    other = open_database(str(again))
    import_file(other, exported)
    with other.session() as session:
        assert load_matters(session)[0].legal_basis == basis
    other.dispose()
