"""Search as a resident types: Chinese, pinyin initials, full pinyin, one typo, best first."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.data.search_index import build_search_text, pinyin_forms
from kiosk.services.search import initials_keyboard, score, search


@dataclass(frozen=True)
class Item:
    code: str
    name: str
    search_text: str
    sort: int


def items(*names: str) -> list[Item]:
    return [Item(str(i), n, build_search_text(n, ["社会保障服务站", "居民身份证"]), i) for i, n in enumerate(names)]


PENSION = "城乡居民基本养老保险参保登记"
HALL = items(PENSION, "城乡居民养老保险待遇领取", "最低生活保障申请", "临时救助申请", "残疾人证办理")


def test_pinyin_forms_are_full_and_initials() -> None:
    assert pinyin_forms("养老保险") == ("yanglaobaoxian", "ylbx")


def test_initials_full_pinyin_chinese_and_one_typo_find_the_pension_matter() -> None:
    for query in ("ylbx", "cxjm", "yanglao", "养老保险", "养老保检", "ylbz"):
        assert PENSION in [i.name for i in search(HALL, query)], query


def test_name_matches_rank_above_matches_in_other_words_and_exact_above_typos() -> None:
    assert score(HALL[0].search_text, "养老") > score(HALL[0].search_text, "身份证") > 0
    assert score(HALL[0].search_text, "ylbx") > score(HALL[0].search_text, "ylbz") > 0


def test_typos_are_tried_only_when_exact_results_are_few() -> None:
    many = items(*[f"养老保险事项{i}" for i in range(10)], "养老保检错别字")
    names = [i.name for i in search(many, "养老保险")]
    assert "养老保检错别字" not in names and len(names) == 10


def test_nothing_matches_nonsense_and_an_empty_query() -> None:
    assert search(HALL, "qqqq") == [] and search(HALL, "  ") == []


def test_the_quick_keyboard_has_no_letters_that_start_no_pinyin() -> None:
    assert not {"i", "u", "v"} & set(initials_keyboard())
