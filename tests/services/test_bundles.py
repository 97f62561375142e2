"""一件事 bundles: one merged list, one PDF with every material once, one QR that reads back the same."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pypdf
import pytest

from kiosk.data.schema import BundleDoc, MatterDoc, ServiceBundleDoc
from kiosk.errors import UserError
from kiosk.services.guidance import checks
from kiosk.services.guidance.bundle_notice import build_bundle_checklist, qr_text
from kiosk.services.guidance.bundle_pdf import render_bundle_checklist
from kiosk.services.guidance.bundles import merge_bundle

AT = dt.datetime(2026, 3, 4, 9, 30)


@pytest.fixture(scope="module")
def demo() -> BundleDoc:
    from kiosk.data.demo import demo_bundle

    return demo_bundle()


def _matters(demo: BundleDoc) -> dict[str, MatterDoc]:
    return {m.code: m for m in demo.matters}


def _bundle(demo: BundleDoc, code: str) -> ServiceBundleDoc:
    return next(b for b in demo.bundles if b.code == code)


def _three_with_overlap(demo: BundleDoc) -> tuple[ServiceBundleDoc, dict[str, MatterDoc]]:
    """残疾人服务一件事 (three matters), with one matter asking two copies of the shared ID card."""
    bundle = _bundle(demo, "disability")
    matters = _matters(demo)
    second = matters[bundle.matters[1]].model_copy(deep=True)
    card = next(m for m in second.materials if m.name == "申请人居民身份证")
    card.copies = 2
    card.original_or_copy = "复印件"
    matters[second.code] = second
    return bundle, matters


def test_three_matters_merge_into_one_list_with_each_shared_material_once(demo: BundleDoc) -> None:
    bundle, matters = _three_with_overlap(demo)
    answers = {"kind": "新办", "subsidy": "护理补贴", "agent": "否"}
    merged = merge_bundle(bundle, matters, answers)
    names = [line.name for line in merged.materials]
    assert len(names) == len(set(names)), "a material is listed twice"
    by_name = {line.name: line for line in merged.materials}
    card = by_name["申请人居民身份证"]
    assert card.serves == tuple(bundle.matters)  # all three matters, in visiting order
    assert card.copies == 2  # the largest 份数 of the three
    assert card.original_or_copy == "原件和复印件"  # 原件和复印件 + 复印件
    assert by_name["居民户口簿"].serves == tuple(bundle.matters)
    separate = sum(len(step.materials) for step in merged.steps)
    # 2 materials shared by 3 matters (4 lines saved) and 2 certificates waived (issued by the bundle)
    assert separate - len(merged.waived) - len(names) == 4
    assert {w.name for w in merged.waived} == {"第二代《中华人民共和国残疾人证》", "《中华人民共和国残疾人证》"}
    assert not any("残疾人证》" in n and "原" not in n for n in names)  # not asked for twice nor at all
    assert [stop.window for stop in merged.stops] == ["W4", "W1"]  # two matters at 4号窗口 are one stop


def test_linked_materials_of_different_names_are_one_line(demo: BundleDoc) -> None:
    bundle = _bundle(demo, "after_death")
    merged = merge_bundle(bundle, _matters(demo), {"needy": "否", "heirs": "否"})
    lines = {line.name: line for line in merged.materials}
    death = lines["《居民死亡医学证明(推断)书》"]
    assert len(death.serves) == 2 and death.original_or_copy == "原件和复印件"
    assert not any(name.startswith("死亡证明") for name in lines)
    assert "其他继承人同意由申领人领取的书面声明" not in lines  # heirs=否
    assert len(lines["社会保障卡或本人名下银行账户(惠民惠农“一卡通”)"].serves) == 2


def test_shared_answer_reaches_every_linked_matter(demo: BundleDoc) -> None:
    bundle = _bundle(demo, "disability")
    merged = merge_bundle(bundle, _matters(demo), {"agent": "是", "kind": "换领", "subsidy": "生活补贴"})
    answered = {step.matter.code: step.answers for step in merged.steps}
    assert answered[bundle.matters[0]]["agent"] == "是" and answered[bundle.matters[1]]["agent"] == "是"
    assert answered[bundle.matters[2]] == {"category": ["残疾人"]}  # the life event settles it (a tick among several)
    names = [line.name for line in merged.materials]
    assert "监护人或代办人居民身份证" in names and "代办人居民身份证" not in names  # linked by the admin
    assert "原《中华人民共和国残疾人证》" in names  # 换领


def test_wrong_answers_are_refused_with_the_choices(demo: BundleDoc) -> None:
    bundle = _bundle(demo, "disability")
    with pytest.raises(UserError, match="新办、换领、补办"):
        merge_bundle(bundle, _matters(demo), {"kind": "重办"})
    with pytest.raises(UserError, match="没有问题"):
        merge_bundle(bundle, _matters(demo), {"nope": "是"})


def test_every_demo_bundle_passes_its_checks(demo: BundleDoc) -> None:
    matters = _matters(demo)
    assert len(demo.bundles) >= 3
    for bundle in demo.bundles:
        assert checks.check_bundle(bundle, matters, set(matters)) == [], bundle.name
        merged = merge_bundle(bundle, matters, {})
        assert any(len(line.serves) > 1 for line in merged.materials), f"{bundle.name} shares no material"


def test_a_bundle_naming_a_missing_scenario_or_material_is_reported(demo: BundleDoc) -> None:
    bundle = _bundle(demo, "after_death").model_copy(deep=True)
    bundle.links[0].scenario = "nope"
    bundle.same_materials[0].material = "不存在的材料"
    found = [p.message for p in checks.check_bundle(bundle, _matters(demo), set(_matters(demo)))]
    assert any("nope" in message for message in found)
    assert any("不存在的材料" in message for message in found)
    assert any("没有共性问题或预设答案对应" in message for message in found)  # needy is now unanswered


def _checklist(demo: BundleDoc):  # type: ignore[no-untyped-def]
    bundle, matters = _three_with_overlap(demo)
    merged = merge_bundle(bundle, matters, {"kind": "新办", "subsidy": "两项都申请", "agent": "是"})
    assert demo.hall is not None
    return build_bundle_checklist(merged, hall=demo.hall, windows={w.code: w for w in demo.windows}, at=AT)


def test_one_pdf_lists_every_material_once(demo: BundleDoc) -> None:
    checklist = _checklist(demo)
    pdf = render_bundle_checklist(checklist)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    flat = "".join(text.split())
    printed = [line.name for line in checklist.materials] + [w.name for w in checklist.waived]
    for line in checklist.materials:
        name = "".join(line.name.split())
        within_others = sum(name in "".join(other.split()) for other in printed if other != line.name)
        assert flat.count(name) == 1 + within_others, line.name
    assert "申请人居民身份证" in flat and flat.count("申请人居民身份证") == 1
    assert "请到4号窗口" in flat and "请到1号窗口" in flat
    assert f"共{len(checklist.materials)}项" in flat
    assert render_bundle_checklist(checklist) == pdf  # the same checklist, the same bytes


def test_the_printed_qr_code_reads_back_as_the_same_list(demo: BundleDoc, tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    checklist = _checklist(demo)
    (tmp_path / "c.pdf").write_bytes(render_bundle_checklist(checklist))
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", "c.pdf", "page"], cwd=tmp_path, check=True)
    page = next(tmp_path.glob("page*.png"))
    found = zxingcpp.read_barcodes(Image.open(page).convert("L"))
    assert len(found) == 1
    decoded = found[0].text
    assert decoded == qr_text(checklist)
    listed = [line.split(". ", 1)[1].rsplit(" ", 1)[0] for line in decoded.splitlines() if line[:1].isdigit()]
    assert listed == [line.name for line in checklist.materials]
    assert "办理顺序：4号窗口→1号窗口" in decoded
