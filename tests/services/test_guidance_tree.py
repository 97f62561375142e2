"""智能导办: the question tree is checked like content, and the demo tree leads everywhere in ≤ 5 taps."""

from __future__ import annotations

import pytest

from kiosk.data.schema import BundleDoc, GuidanceDoc, GuideNodeDoc, GuideOptionDoc
from kiosk.services.guidance.tree import MAX_LEVELS, Catalogue, Destination, check_tree, follow, paths


@pytest.fixture(scope="module")
def demo() -> BundleDoc:
    from kiosk.data.demo import demo_bundle

    return demo_bundle()


def _catalogue(demo: BundleDoc) -> Catalogue:
    matters = {m.code: m for m in demo.matters}
    bundles = {b.code: b for b in demo.bundles}
    return Catalogue(matters, set(matters), bundles, set(bundles))


def test_every_path_of_the_demo_tree_ends_at_a_matter_or_bundle_within_five_taps(demo: BundleDoc) -> None:
    assert demo.guidance is not None
    catalogue = _catalogue(demo)
    assert check_tree(demo.guidance, catalogue) == []
    found = list(paths(demo.guidance))
    assert len(found) >= 30
    reached: set[str] = set()
    for path, destination in found:
        assert 1 <= len(path) <= MAX_LEVELS
        assert follow(demo.guidance, path) == destination
        if destination.bundle:
            assert destination.bundle in catalogue.bundles
            reached.update(catalogue.bundles[destination.bundle].matters)
        else:
            assert destination.matters and all(c in catalogue.matters for c in destination.matters)
            reached.update(destination.matters)
        # every 情形 answer a path sets fits what it leads to
        for code, option in destination.answers:
            if destination.bundle:
                assert code in destination.answers_for_bundle(catalogue.bundles[destination.bundle])
            else:
                fits = [destination.answers_for_matter(catalogue.matters[c]) for c in destination.matters]
                assert any(a.get(code) == option for a in fits), (path, code, option)
    assert reached == set(catalogue.matters)  # no demo matter is unreachable


def test_a_broken_tree_reports_its_dead_end_and_the_matter_no_path_reaches(demo: BundleDoc) -> None:
    codes = [m.code for m in demo.matters]
    tree = GuidanceDoc(
        nodes=[
            GuideNodeDoc(
                code="start",
                question="办什么?",
                options=[
                    GuideOptionDoc(label="养老", next="more"),
                    GuideOptionDoc(label="别的", next="gone"),  # a question that does not exist
                    GuideOptionDoc(label="什么都没有"),  # leads nowhere
                ],
            ),
            GuideNodeDoc(code="more", question="哪一项?", options=[GuideOptionDoc(label="参保", matters=codes[1:])]),
            GuideNodeDoc(code="orphan", question="没人问到我", options=[GuideOptionDoc(label="x", matters=codes[:1])]),
        ]
    )
    problems = check_tree(tree, _catalogue(demo))
    kinds = {(p.kind, p.node) for p in problems}
    assert ("dead_end", "start") in kinds  # 「什么都没有」
    assert ("unknown_next", "start") in kinds  # 「别的」 → gone
    assert ("unreachable_question", "orphan") in kinds
    unreachable = [p for p in problems if p.kind == "unreachable_matter"]
    assert len(unreachable) == 1 and codes[0] in unreachable[0].message
    assert demo.matters[0].name in unreachable[0].message


def test_loops_and_too_deep_paths_and_wrong_answers_are_found(demo: BundleDoc) -> None:
    code = demo.matters[1].code  # 养老待遇领取, 情形 agent
    chain = [
        GuideNodeDoc(code=f"q{i}", question=f"第{i}问", options=[GuideOptionDoc(label="下一步", next=f"q{i + 1}")])
        for i in range(1, 7)
    ]
    chain.append(GuideNodeDoc(code="q7", question="最后", options=[GuideOptionDoc(label="办", matters=[code])]))
    chain[0].options.append(GuideOptionDoc(label="回到开头", next="q1"))
    chain[0].options.append(GuideOptionDoc(label="代办", matters=[code], answers=["agent=也许"]))
    kinds = {p.kind for p in check_tree(GuidanceDoc(nodes=chain), _catalogue(demo), coverage=False)}
    assert {"too_deep", "loop", "bad_answer"} <= kinds


def test_the_walk_stops_where_the_tree_breaks(demo: BundleDoc) -> None:
    assert demo.guidance is not None
    assert follow(demo.guidance, [99]) is None
    first = follow(demo.guidance, [])
    assert isinstance(first, GuideNodeDoc) and first.code == "start"
    baby = follow(demo.guidance, [0])
    assert isinstance(baby, Destination) and baby.bundle == "newborn"
