"""生僻字 on paper: every CJK block a name can hold is printed with a real glyph, or said not to be.

The PDFs are read glyph by glyph (``pdf_glyphs``: the embedded font programs and the codes each
page draws), not only as text: the text layer of the old notices held 「𪚥」 while the paper
showed nothing.
"""

from __future__ import annotations

import tracemalloc

import pytest

from kiosk.services import cjk_blocks, fonts, pdf_text
from kiosk.services.notices import NoticeMaterial, OneTimeNotice, build_missing_notice, format_serial
from kiosk.services.pdf import PAGE_FORMATS, render_notice, unprintable
from tests import factories
from tests.services.conftest import EXTRACTORS, ISSUE_TIME
from tests.services.pdf_glyphs import drawn_characters, embedded_fonts

LEVEL3_EXTENSIONS = [b for b in cjk_blocks.EXTENSIONS if b.level3]  # A … F
LATER = [b for b in cjk_blocks.EXTENSIONS if not b.level3]  # G, H (GB 18030-2022 Amendment 1)


def _staff_notice(applicant: str = cjk_blocks.EXAMPLE_NAME, lines: dict[str, str] | None = None) -> OneTimeNotice:
    content = factories.notice_bundle()
    assert content.hall is not None
    draft = build_missing_notice(
        content.matters[0], {"agent": "否"}, hall=content.hall, received=(1,), staff=content.staff[0],
        window=content.windows[0], applicant_name=applicant, applicant_phone="13812345678", at=ISSUE_TIME,
    )  # fmt: skip
    extra = tuple(
        NoticeMaterial(number=10 + i, name=f"{key}:{text}", necessity="必要", original_or_copy="原件", copies=1)
        for i, (key, text) in enumerate((lines or {}).items())
    )
    return draft.model_copy(update={"serial": format_serial("测试镇", 2026, 7), "to_supply": draft.to_supply + extra})


def _chunks(text: str, size: int = 50) -> dict[str, str]:
    return {str(i): text[i : i + size] for i in range(0, len(text), size)}


def test_the_chain_draws_every_ideograph_gb18030_level3_requires() -> None:
    chain = fonts.resolve_chain()
    print("\nfont chain:", " → ".join(f"{f.family} ({f.path.name})" for f in chain.faces))
    figures = {block.key: (drawn, total) for block, drawn, total in chain.block_coverage()}
    for block, drawn, total in chain.block_coverage():
        print(f"  {block.name:8} {drawn:6}/{total:<6} {'GB 18030-2022 level 3' if block.level3 else 'Amendment 1'}")
    assert all(figures[b.key][0] == figures[b.key][1] for b in cjk_blocks.BLOCKS if b.level3), figures
    assert chain.gaps() == [] and fonts.chain_warning(chain) is None
    assert [f.path.name for f in chain.faces[1:3]] == ["HanaMinA.ttf", "HanaMinB.ttf"]


def test_what_the_kiosk_keeps_of_the_main_font_after_a_checklist_is_small() -> None:
    """Once a checklist is made the kiosk keeps, for the rest of its life, which characters the main
    font draws (~35,000 for WenQuanYi): as a frozenset of ints and a set of one-character strings
    that was ~7 MB; as a sorted array and one character class it is well under 1 MB."""
    main = fonts.coverage(pdf_text._chain().primary)  # the fonts are parsed and registered here, not measured
    assert isinstance(main, fonts.CodePoints) and len(main) > 20_000
    pdf_text._not_plain.cache_clear()
    tracemalloc.start()
    try:
        kept = (fonts.CodePoints(main), pdf_text._not_plain())
        size, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        pdf_text.forget_fonts()
    assert ord("政") in kept[0] and kept[1].search("政务公开 办事指南") is None
    assert kept[1].search("王𪚥") is not None, "a character of a fallback face is not left to the main font"
    assert size < 1024 * 1024, f"{size / 1024 / 1024:.1f} MB kept for the main font's characters"


def test_without_fallback_fonts_the_check_names_the_blocks_and_the_packages(monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_FALLBACK_FONTS", "")
    fonts.resolve_chain.cache_clear()
    try:
        chain = fonts.resolve_chain()
        assert len(chain.faces) == 1
        assert chain.missing(cjk_blocks.EXAMPLE_NAME) == list("𪚥䶮𠀀𡒄𬌗")
        message = fonts.chain_warning(chain)
        assert message is not None and "fonts-hanazono fonts-babelstone-han" in message
        assert all(b.name in message for b in LEVEL3_EXTENSIONS)
    finally:
        fonts.resolve_chain.cache_clear()


@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_the_issues_applicant_prints_whole_in_ink_and_in_the_text_layer(page_format) -> None:
    pdf = render_notice(_staff_notice(), page_format)
    drawn = [d for d in drawn_characters(pdf) if d.char in cjk_blocks.EXAMPLE_NAME]
    assert {d.char for d in drawn} == set(cjk_blocks.EXAMPLE_NAME)
    assert all(d.inked for d in drawn), [d for d in drawn if not d.inked]
    assert {"HanaMinA", "HanaMinB"} & embedded_fonts(pdf)
    for extract in EXTRACTORS.values():
        assert cjk_blocks.EXAMPLE_NAME in "".join(extract(pdf)).replace("\n", "")


def test_500_characters_of_each_extension_a_to_f_are_drawn_with_real_glyphs() -> None:
    samples = {b.key: cjk_blocks.sample(b, 500) for b in [*LEVEL3_EXTENSIONS, cjk_blocks.BY_KEY["URO"]]}
    lines = {f"{key}{n}": chunk for key, text in samples.items() for n, chunk in _chunks(text).items()}
    pdf = render_notice(_staff_notice(lines=lines), "a4")
    drawn = drawn_characters(pdf)
    inked = {d.char for d in drawn if d.inked}
    blank = {d.char for d in drawn if not d.inked and not d.char.isspace()}
    for key, text in samples.items():
        lost = [c for c in text if c not in inked]
        print(f"\n{key}: {len(text)} sampled, {len(text) - len(lost)} drawn with outlines")
        assert lost == [], f"{key}: {len(lost)} characters without a glyph: {''.join(lost[:20])}"
    assert not blank & set("".join(samples.values()))
    assert "〓" not in {d.char for d in drawn}


def test_extensions_g_and_h_draw_what_a_font_has_and_mark_the_rest_never_blank() -> None:
    """The 2024 amendment's blocks are only partly in any packaged TrueType font (BabelStone Han):
    what the chain has is drawn; the rest prints 〓 and is reported before printing."""
    chain = fonts.resolve_chain()
    for block in LATER:
        text = cjk_blocks.sample(block, 500)
        missing = chain.missing(text)
        pdf = render_notice(_staff_notice(lines=_chunks(text)), "a4")
        drawn = drawn_characters(pdf)
        inked = {d.char for d in drawn if d.inked}
        have = [c for c in text if c not in missing]
        print(f"\n{block.name}: {len(have)} of 500 sampled drawn, {len(missing)} printed as 〓")
        assert have and all(c in inked for c in have)
        assert "〓" in inked and not set(missing) & {d.char for d in drawn}
        assert set(missing) <= set(unprintable(_staff_notice(lines=_chunks(text))))


def test_the_glyph_check_sees_a_character_vanish_in_a_font_without_it() -> None:
    """Without the chain (one font for the whole paragraph, as before) the check reports the loss."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    main = fonts.register_pdf_font()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=main).build(
        [Paragraph(cjk_blocks.EXAMPLE_NAME, ParagraphStyle("p", fontName=main))]
    )
    drawn = drawn_characters(buffer.getvalue())
    assert "".join(d.char for d in drawn if d.inked) == "王龘堃喆珺"
    assert len([d for d in drawn if not d.inked]) == 5  # .notdef: blank on paper, and lost from the text too


def test_runs_split_by_face_and_escape_markup() -> None:
    assert pdf_text.markup("a<b & 王") == "a&lt;b &amp; 王"
    faces = [name for name, _run in pdf_text.runs("王𡒄喆")]
    assert faces[0] == faces[2] == fonts.PDF_FONT_NAME and faces[1] != fonts.PDF_FONT_NAME


def _uncovered() -> str:
    chain = fonts.resolve_chain()
    return next(c for c in cjk_blocks.sample(cjk_blocks.BY_KEY["G"], 500) if chain.missing(c))


def test_kiosk_notice_warns_on_stderr_before_a_character_prints_as_a_mark(sqlite_notice_db, tmp_path, capsys) -> None:
    from kiosk.cli import main

    missing = _uncovered()
    out = tmp_path / "n.pdf"
    db = str(tmp_path / "notices.sqlite3")
    args = ["notice", "--db", db, "--matter", "M001", "--staff", "S01", "--received", "1", "--out", str(out)]
    assert main([*args, "--applicant", f"王{missing}"]) == 0
    err = capsys.readouterr().err
    assert f"「{missing}」(U+{ord(missing):X},扩展G区)" in err and "〓" in err
    assert "〓" in {d.char for d in drawn_characters(out.read_bytes()) if d.inked}


def test_kiosk_fonts_lists_the_chain_and_fails_when_fallbacks_are_missing(monkeypatch, capsys) -> None:
    from kiosk.cli import main

    assert main(["fonts"]) == 0
    out = capsys.readouterr().out
    assert "HanaMinB" in out and "42720/42720" in out  # Extension B, whole
    monkeypatch.setenv("KIOSK_FALLBACK_FONTS", "")
    fonts.resolve_chain.cache_clear()
    try:
        assert main(["fonts"]) == 1
        assert "fonts-hanazono fonts-babelstone-han" in capsys.readouterr().err
    finally:
        fonts.resolve_chain.cache_clear()


def test_the_print_test_page_inks_the_issues_name_and_every_required_block() -> None:
    from kiosk.cli_notices import sample_notice

    drawn = drawn_characters(render_notice(sample_notice(), "a4"))
    inked = {d.char for d in drawn if d.inked}
    wanted = set(cjk_blocks.EXAMPLE_NAME) | {c for b in cjk_blocks.BLOCKS if b.level3 for c in cjk_blocks.probe(b, 24)}
    assert wanted - {"\u3000"} <= inked


def test_the_chain_is_decided_once_and_remembered_until_its_setting_changes(tmp_path, monkeypatch) -> None:
    """Deciding the chain reads every fallback face whole (1.5 s before the kiosk's first frame):
    the next start reads the answer, gaps included, from disk; another setting decides again."""
    monkeypatch.setattr(fonts, "_cache_file", lambda: tmp_path / "font.json")
    fonts.resolve_chain.cache_clear()
    try:
        first = fonts.resolve_chain()
        assert (tmp_path / "font-chain.json").exists()
        fonts.resolve_chain.cache_clear()
        with monkeypatch.context() as no_reading:
            no_reading.setattr(fonts, "_probe", lambda *a, **k: pytest.fail("a fallback font was read again"))
            again = fonts.resolve_chain()
        assert again.faces == first.faces and again.gaps() == first.gaps() == []
        monkeypatch.setenv("KIOSK_FALLBACK_FONTS", "")
        fonts.resolve_chain.cache_clear()
        alone = fonts.resolve_chain()
        assert len(alone.faces) == 1 and alone.gaps() == fonts.FontChain(alone.faces).gaps()  # as checked afresh
        assert set(LEVEL3_EXTENSIONS) <= set(alone.gaps())
    finally:
        fonts.resolve_chain.cache_clear()
