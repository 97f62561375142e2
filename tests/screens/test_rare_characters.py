"""生僻字 on screen: every character is drawn by a face of the kiosk's font chain, never by nothing.

Checked the way the screen draws: the glyph runs Qt lays out for a text (``QTextLayout``) name the
font and the glyph id of every character, and glyph 0 is the box Qt draws for a missing one. The
chain's faces are also asked directly (``QRawFont``), so the check does not lean on whatever
fallback fontconfig would pick on this machine.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.services import cjk_blocks, fonts

OUT = Path(__file__).resolve().parents[2] / "screenshots" / "rare-characters"
RARE_STAFF = cjk_blocks.EXAMPLE_NAME


def glyph_runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1_000_000)
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def boxes(text: str, font: QFont) -> int:
    """How many characters of ``text`` Qt would draw as the missing-glyph box."""
    return sum(glyphs.count(0) for _family, glyphs in glyph_runs(text, font))


def test_the_application_font_is_the_whole_chain(qapp) -> None:
    from kiosk.app import install_font

    assert install_font() is None
    chain = fonts.resolve_chain()
    assert QApplication.font().families() == chain.families
    assert len(chain.families) >= 3  # the main font and at least HanaMinA/B


def test_500_characters_of_every_block_are_drawn_by_the_chain_on_screen(qapp) -> None:
    from kiosk.app import install_font

    assert install_font() is None
    chain = fonts.resolve_chain()
    font = QApplication.font()
    raw = [QRawFont(str(face.path), 32) for face in chain.faces]
    for block in cjk_blocks.BLOCKS:
        text = cjk_blocks.sample(block, 500)
        runs = glyph_runs(text, font)
        missing = chain.missing(text)
        drawn_by = {family for family, _glyphs in runs}
        print(f"\n{block.name}: {len(text) - boxes(text, font)}/{len(text)} drawn, by {sorted(drawn_by)}")
        assert drawn_by <= set(chain.families) | {chain.primary.family}, drawn_by
        assert boxes(text, font) == len(missing)  # Qt and the PDF's chain agree character by character
        unsupported = [c for c in text if not any(r.supportsCharacter(ord(c)) for r in raw)]
        assert unsupported == missing
        if block.level3:
            assert missing == [], f"{block.name}: {''.join(missing[:20])}"


def test_a_rare_character_staff_name_shows_whole_on_the_staff_screen(qtbot, shell, sqlite_demo) -> None:
    from sqlalchemy import select

    from kiosk.data import models as m

    with sqlite_demo.session() as session:  # the first member of the first window, at the top of the screen
        first_window = session.scalars(select(m.Window.code).order_by(m.Window.sort)).first()
        query = select(m.StaffMember).where(m.StaffMember.window == first_window).order_by(m.StaffMember.sort)
        session.scalars(query).first().name = RARE_STAFF
        session.commit()
    OUT.mkdir(parents=True, exist_ok=True)
    for size, elder in (((1920, 1080), False), ((1080, 1920), True)):
        shell.resize(*size)
        shell.set_elder(elder)
        shell.go("staff")
        qtbot.wait(30)
        labels = [w for w in shell.findChildren(QLabel) if RARE_STAFF in w.text() and w.isVisibleTo(shell)]
        assert labels, "the staff member is not on the staff screen"
        for lab in labels:
            assert boxes(lab.text(), lab.font()) == 0
        shell.grab().save(str(OUT / f"staff-{size[0]}x{size[1]}{'-elder' if elder else ''}.png"))
        shell.go_home()
