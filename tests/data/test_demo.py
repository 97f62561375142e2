"""The demo hall: the seed bulletin verbatim, and sample matters complete and within the quality rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.data.demo import bulletin_lines, bulletin_text, demo_bundle
from kiosk.data.schema import MatterDoc
from kiosk.services.quality import check_matter

SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_66bdf5a6e2827f1b.txt"
NATIONAL_TEXT_FIELDS = (
    "name", "legal_basis", "conditions", "location", "window", "hours", "consult_phone", "complaint_phone",
    "result_name", "result_sample", "fee_statement",
)  # fmt: skip


@pytest.fixture(scope="module")
def bundle():  # type: ignore[no-untyped-def]
    return demo_bundle()


def test_every_line_of_the_bulletin_appears_verbatim_in_a_disclosure(bundle) -> None:
    bodies = "\n".join(f"{d.title}\n{d.body}" for d in bundle.disclosures)
    missing = [line for line in bulletin_lines(bulletin_text()) if line not in bodies and not line.startswith("外墙")]
    assert missing == []


def test_the_packaged_bulletin_is_the_shared_seed(bundle) -> None:
    if not SHARED_SEED.exists():
        pytest.skip("the shared seed folder is not beside this checkout")
    assert bulletin_text() == SHARED_SEED.read_text(encoding="utf-8")


def test_disclosures_hang_on_their_walls_with_headings_kept(bundle) -> None:
    by_title = {d.title: d for d in bundle.disclosures}
    assert by_title["政务公开制度"].board == "外墙1"
    assert by_title["便民服务大厅工作制度"].board == "外墙1"
    assert by_title["工作人员守则"].board == "外墙2"
    assert by_title["镇便民服务大厅工作人员行为规范"].board == "外墙2"
    assert "### 一、工作职责" in by_title["便民服务大厅工作制度"].body
    assert {b.code: b.title for b in bundle.hall.boards} == {"外墙1": "为民便民利民", "外墙2": "廉洁规范高效"}


def test_the_staff_only_list_is_staff_audience_and_absent_from_public_text(bundle) -> None:
    staff = [d for d in bundle.disclosures if d.audience == "staff"]
    assert len(staff) == 1 and "内部财务收支情况" in staff[0].body
    public = "\n".join(d.body for d in bundle.disclosures if d.audience == "public")
    assert "内部财务收支情况" not in public
    assert "干部任免、交流、考核、考勤、奖惩情况" not in public


def test_demo_hall_has_the_size_the_issue_asks_for(bundle) -> None:
    assert len(bundle.matters) >= 30
    assert len({t for m in bundle.matters for t in m.themes}) >= 10
    assert len(bundle.windows) >= 6 and len(bundle.staff) >= 10
    assert sum(1 for m in bundle.matters if any(mat.when for mat in m.materials)) >= 5
    assert sum(1 for m in bundle.matters if m.fees) >= 2
    assert sum(1 for m in bundle.matters if m.faq) >= 10
    assert bundle.hall.is_sample and all(m.is_sample for m in bundle.matters)


@pytest.mark.parametrize("index", range(35))
def test_every_demo_matter_is_complete_and_passes_the_quality_rules(bundle, index: int) -> None:
    if index >= len(bundle.matters):
        pytest.skip("fewer matters")
    matter: MatterDoc = bundle.matters[index]
    empty = [f for f in NATIONAL_TEXT_FIELDS if not getattr(matter, f)]
    assert empty == [], f"{matter.code} {matter.name}: empty national fields {empty}"
    assert matter.steps and matter.themes and matter.service_objects and matter.effective_from
    assert 5 <= len(matter.materials) <= 15
    assert check_matter(matter) == []


def test_情形_answers_change_the_materials_of_demo_matters(bundle) -> None:
    changing = 0
    for matter in bundle.matters:
        for scenario in matter.scenarios:
            lists = {tuple(n for n, _ in matter.materials_for({scenario.code: o})) for o in scenario.options}
            changing += len(lists) > 1
    assert changing >= 5


def test_demo_loads_into_a_database(demo_database) -> None:
    from kiosk.data.repository import ContentRepository

    content = ContentRepository(demo_database)
    assert len(content.matter_summaries()) >= 30
    assert content.hall().short_name == "青石镇"
