"""The search index answers exactly what the linear scan answers, in the same order, only faster.

The linear scan (``linear_search``) is the definition of a match; ``SearchIndex`` (what the kiosk's
search screen uses) must give the same matters in the same order for every keystroke: on the demo
hall, on a county-sized catalogue of 5,000 matters, for pinyin initials, full pinyin, Chinese,
one typo, nothing at all, and names with characters outside the basic CJK block.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kiosk.bench.session import search_queries
from kiosk.data.search_index import build_search_text
from kiosk.services.search import SearchIndex, linear_search, one_edit_pattern, search


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    search_text: str
    sort: int


def catalogue(count: int) -> list[Item]:
    """The benchmark's generated matters (the demo's 35 when ``count`` is 35), as search items."""
    from kiosk.bench.catalogue import generated_matters

    return [
        Item(
            m.code, m.name, build_search_text(m.name, [m.department, *m.themes, *(x.name for x in m.materials)]), m.sort
        )
        for m in generated_matters(count)
    ]


def keystrokes(items: list[Item], queries: int) -> list[str]:
    """Every prefix of ``queries`` resident-like queries (each keystroke is a search)."""
    typed = [q for _, q in search_queries(items, queries)]
    return [q[:i] for q in typed for i in range(1, len(q) + 1)]


def codes(found: list[Item]) -> list[str]:
    return [item.code for item in found]


EXTRA = [
    "ylbx",
    "ylbz",
    "养老保检",
    "canbao",
    "身份证",
    "证",
    "y",
    "zz",
    "a(b",
    ".*",
    "y l",
    "  ",
    "",
    "\\d",
    "残疾人证办理",
]


def test_the_index_answers_like_the_linear_scan_on_the_demo_hall() -> None:
    items = catalogue(35)
    index = SearchIndex(items)
    for query in [*keystrokes(items, 80), *EXTRA]:
        assert codes(index.search(query)) == codes(linear_search(items, query)), query


@pytest.mark.slow
def test_the_index_answers_like_the_linear_scan_on_5000_matters_ranking_included() -> None:
    items = catalogue(5000)
    index = SearchIndex(items)
    queries = [*keystrokes(items, 12), "ylbx", "ylbz", "养老保检", "身份证", "y", "xkcdq"]
    for query in queries:
        assert codes(index.search(query)) == codes(linear_search(items, query)), query


def test_initials_full_pinyin_and_chinese_find_the_pension_matter_first() -> None:
    items = catalogue(35)
    index = SearchIndex(items)
    for query in ("cxjmjbylbx", "chengxiangjumin", "城乡居民基本养老"):
        assert index.search(query)[0].name == "城乡居民基本养老保险参保登记", query


def test_one_typo_is_forgiven_only_when_exact_matches_are_few() -> None:
    items = catalogue(35)
    index = SearchIndex(items)
    assert "城乡居民基本养老保险参保登记" in [i.name for i in index.search("养老保检")]  # 险 → 检
    assert "城乡居民基本养老保险参保登记" in [i.name for i in index.search("cxjmjbylbz")]  # x → z
    assert index.search("qqqq") == []
    many = [Item(str(i), f"养老保险事项{i}", build_search_text(f"养老保险事项{i}"), i) for i in range(10)]
    many.append(Item("typo", "养老保检错别字", build_search_text("养老保检错别字"), 10))
    assert "typo" not in codes(SearchIndex(many).search("养老保险"))


def test_the_one_edit_pattern_matches_exactly_one_insertion_deletion_or_substitution() -> None:
    pattern = one_edit_pattern("ylbx")
    for text in ("ylbx", "ylx", "ylbz", "ylabx", "xxylbxx"):
        assert pattern.search(text), text
    for text in ("yx", "lbzz", "abcd", "yl\nbx"):
        assert not pattern.search(text), text


def test_rare_characters_are_found_by_character_and_by_pinyin() -> None:
    names = ["𠀀村便民服务站登记", "𪚥字辨识申请", "王䶮户口迁移", "城乡居民基本养老保险参保登记"]
    items = [Item(str(i), n, build_search_text(n, ["居民身份证"]), i) for i, n in enumerate(names)]
    index = SearchIndex(items)
    for query, name in (("𠀀", names[0]), ("𪚥", names[1]), ("䶮", names[2]), ("王䶮", names[2]), ("𪚥字", names[1])):
        assert [i.name for i in index.search(query)] == [name], query
        assert codes(index.search(query)) == codes(linear_search(items, query))
    assert index.search("zzbssq")[0].name == names[1]  # 𪚥 has a reading: zhé
    assert index.search("王𠀀户口")[0].name == names[2]  # one character off
    assert codes(index.search("王𠀀户口")) == codes(linear_search(items, "王𠀀户口"))


def test_search_keeps_one_index_per_list_and_a_new_list_gets_a_new_one() -> None:
    items = catalogue(35)
    first = search(items, "ylbx")
    renamed = [
        Item(i.code, "宅基地审批", build_search_text("宅基地审批"), i.sort) if i.name == first[0].name else i
        for i in items
    ]
    assert first[0].code not in codes(search(renamed, "ylbx")[:1])
    assert search(items, "ylbx")[0].code == first[0].code
