"""Finding a 生僻字 by its reading or its code, as a clerk types either on any keyboard."""

from __future__ import annotations

from kiosk.services.rare_chars import lookup


def test_a_reading_finds_the_issues_rare_characters_rarest_first() -> None:
    found = [c.char for c in lookup("zhe")]
    assert "𪚥" in found and "折" in found
    assert found.index("𪚥") < found.index("折")  # the pinyin keyboard already has 折
    assert "䶮" in [c.char for c in lookup("yan3")] and "䶮" not in [c.char for c in lookup("yan2")]
    assert [c.char for c in lookup("yǎn")] == [c.char for c in lookup("yan3")]
    assert "𡒄" in [c.char for c in lookup("lan")] and "𠀀" in [c.char for c in lookup("he1")]


def test_a_code_in_any_usual_spelling_gives_that_character() -> None:
    for query in ("2A6A5", "u+2a6a5", "U+2A6A5", "\\u2a6a5", "0x2A6A5"):
        first = lookup(query)[0]
        assert (first.char, first.code, first.block) == ("𪚥", "U+2A6A5", "扩展B区")
    assert lookup("4DAE")[0].readings == ("yǎn",)


def test_nonsense_and_unassigned_codes_find_nothing() -> None:
    assert lookup("") == [] and lookup("xyz") == [] and lookup("2FFFF") == [] and lookup("!!") == []
    assert len(lookup("he")) <= 240
