"""The kiosk's CJK fonts for the screen and for PDFs: one main font and a chain of fallbacks.

Qt draws boxes for Chinese when no CJK font is installed, and reportlab only embeds TrueType
outlines (WenQuanYi Micro Hei works; CFF-based Noto CJK does not). So the kiosk resolves one
TrueType CJK font — ``KIOSK_FONT`` first, then the system's fonts — and registers that same file
with Qt and with reportlab. When none is found it says exactly what to install.

The main font lacks the rarer ideographs (WenQuanYi Micro Hei has 2 of 6,592 Extension A
characters and none of B–H), and a character without a glyph vanishes from the paper silently.
Behind the main font stands a chain of TrueType fallbacks — ``KIOSK_FALLBACK_FONTS``, else the
known files (HanaMinA/B from ``fonts-hanazono``, BabelStone Han from ``fonts-babelstone-han``,
SimSun-ExtB/ExtG on Windows) and whatever fontconfig finds for the extension blocks — resolved
here once for Qt (a family list) and for reportlab (``pdf_text`` splits text runs by coverage).
``FontChain.missing`` names the characters no face can draw, so callers warn instead of printing
tofu. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk.errors import UserError
from kiosk.services import cjk_blocks

PDF_FONT_NAME = "KioskCJK"
FALLBACK_PACKAGES = "fonts-hanazono fonts-babelstone-han"
# TrueType faces for the CJK extension blocks, in order of preference (the first face that has a
# glyph draws it): Hanazono Mincho A (Ext-A, compatibility, radicals) and B (Ext-B–F, complete),
# BabelStone Han (most of Ext-G and H), then Windows' SimSun-ExtB and SimSun-ExtG.
FALLBACK_FILES = (
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/truetype/babelstone/BabelStoneHan.ttf",
    "C:/Windows/Fonts/simsunb.ttf",
    "C:/Windows/Fonts/SimsunExtG.ttf",
)
# Files known to hold TrueType CJK outlines, by platform, in order of preference.
KNOWN_FILES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
INSTALL_HINT = (
    "没有找到可用的中文 TrueType 字体。Debian/Ubuntu 请安装:sudo apt-get install fonts-wqy-microhei;"
    "或把 KIOSK_FONT 设为一个 .ttf/.ttc 中文字体文件的路径。"
    " (No TrueType CJK font found: install fonts-wqy-microhei or set KIOSK_FONT.)"
)


class FontMissing(UserError):
    """No usable CJK TrueType font; the message names what to install."""


@dataclass(frozen=True)
class CjkFont:
    """The resolved font: a TrueType file, the face inside a collection, and its family name."""

    path: Path
    index: int
    family: str


def _probe(path: Path, index: int = 0, needs: str = "政务公开办事指南") -> CjkFont | None:
    """The font if reportlab can embed it and it has a glyph for every character of ``needs``."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    try:
        face = TTFontFile(str(path), subfontIndex=index)  # raises for CFF outlines, broken or absent files
    except Exception:  # reportlab raises bare TTFError and others
        return None
    if not all(face.charToGlyph.get(ord(ch)) for ch in needs):
        return None
    family = face.familyName
    if isinstance(family, bytes):
        family = family.decode("utf-8", "replace")
    font = CjkFont(path, index, str(family))
    _CMAPS[font] = frozenset(code for code, glyph in face.charToGlyph.items() if glyph)
    return font


_CMAPS: dict[CjkFont, frozenset[int]] = {}


def coverage(font: CjkFont) -> frozenset[int]:
    """The code points ``font`` has a real glyph for (read once per process)."""
    if font not in _CMAPS:
        from reportlab.pdfbase.ttfonts import TTFontFile

        face = TTFontFile(str(font.path), subfontIndex=font.index)
        _CMAPS[font] = frozenset(code for code, glyph in face.charToGlyph.items() if glyph)
    return _CMAPS[font]


def _fontconfig_candidates() -> list[Path]:
    if not shutil.which("fc-list"):
        return []
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh-cn", "file", "fontformat"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    files = []
    for line in out.splitlines():
        file, _, fmt = line.partition(":")
        if "TrueType" in fmt and file.lower().endswith((".ttf", ".ttc")):
            files.append(Path(file.strip()))
    return sorted(set(files), key=lambda p: ("wqy-microhei" not in p.name, str(p)))


@cache
def resolve_font() -> CjkFont:
    """The kiosk's CJK font (cached for the process); raises ``FontMissing`` with advice."""
    configured = os.environ.get("KIOSK_FONT")
    if configured:
        file, _, index = configured.partition("#")
        font = _probe(Path(file).expanduser(), int(index or 0))
        if font is None:
            raise FontMissing(f"KIOSK_FONT={configured} 不是可用的中文 TrueType 字体(需含中文字形的 .ttf/.ttc)。")
        return font
    candidates = [Path(p) for p in KNOWN_FILES] + _fontconfig_candidates()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"
        candidates += [windir / n for n in ("msyh.ttc", "simhei.ttf", "simsun.ttc", "simkai.ttf")]
    for path in candidates:
        if path.is_file() and (font := _probe(path)) is not None:
            return font
    raise FontMissing(INSTALL_HINT)


@cache
def register_pdf_font() -> str:
    """Register the resolved font with reportlab once; returns the name to use in PDFs.

    The fallback faces are registered by ``pdf_text`` when a text first needs them.
    """
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = resolve_font()
    pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(font.path), subfontIndex=font.index))
    return PDF_FONT_NAME


# -- the fallback chain ----------------------------------------------------------------------


@dataclass(frozen=True)
class FontChain:
    """The main font and its fallbacks, in order: the first face with a glyph draws a character."""

    faces: tuple[CjkFont, ...]

    @property
    def primary(self) -> CjkFont:
        return self.faces[0]

    @property
    def families(self) -> list[str]:
        return [f.family for f in self.faces]

    def face_for(self, ch: str) -> int | None:
        """Index in ``faces`` of the face that draws ``ch``, or None when none has it."""
        code = ord(ch)
        for i, face in enumerate(self.faces):
            if code in coverage(face):
                return i
        return None

    def missing(self, text: str) -> list[str]:
        """The distinct characters of ``text`` that no face of the chain can draw, in order."""
        main = coverage(self.primary)
        found: list[str] = []
        for ch in text:
            if ord(ch) in main or ch in found or not cjk_blocks.needs_glyph(ch):
                continue
            if self.face_for(ch) is None:
                found.append(ch)
        return found

    def block_coverage(self) -> list[tuple[cjk_blocks.Block, int, int]]:
        """(block, characters the chain draws, characters assigned) for every CJK block."""
        union = frozenset().union(*(coverage(f) for f in self.faces))
        return [(b, sum(c in union for c in b.assigned()), len(b.assigned())) for b in cjk_blocks.BLOCKS]

    def gaps(self) -> list[cjk_blocks.Block]:
        """Blocks required by GB 18030-2022 level 3 where a probe character has no face."""
        return [b for b in cjk_blocks.BLOCKS if b.level3 and self.missing(cjk_blocks.probe(b))]


def _parse_font_spec(spec: str) -> tuple[Path, int]:
    file, _, index = spec.strip().partition("#")
    return Path(file).expanduser(), int(index) if index.isdigit() else 0


def _fontconfig_fallbacks() -> list[Path]:
    """TrueType files fontconfig knows that have the first character of an extension block."""
    if not shutil.which("fc-list"):
        return []
    files: list[Path] = []
    for block in cjk_blocks.EXTENSIONS:
        try:
            out = subprocess.run(
                ["fc-list", f":charset={block.first:x}", "file", "fontformat"],
                capture_output=True, text=True, timeout=10, check=False,
            ).stdout  # fmt: skip
        except (OSError, subprocess.TimeoutExpired):
            return files
        for line in sorted(out.splitlines()):
            file, _, fmt = line.partition(":")
            if "TrueType" in fmt and file.lower().endswith((".ttf", ".ttc")):
                files.append(Path(file.strip()))
    return files


def _fallback_candidates() -> list[tuple[Path, int]]:
    configured = os.environ.get("KIOSK_FALLBACK_FONTS")
    if configured is not None:
        return [_parse_font_spec(s) for s in configured.split(os.pathsep) if s.strip()]
    return [(Path(p), 0) for p in FALLBACK_FILES] + [(p, 0) for p in _fontconfig_fallbacks()]


@cache
def resolve_chain() -> FontChain:
    """The main font (``resolve_font``) and every fallback face that draws something it lacks.

    A candidate joins only when it adds glyphs for a probe of some CJK block that the faces
    before it lack, so duplicates (symlinks, the same face found twice) and fonts that add
    nothing cost nothing later. Raises ``FontMissing`` only when the main font is missing.
    """
    faces = [resolve_font()]
    seen = {(faces[0].path.resolve(), faces[0].index)}
    probes = "".join(cjk_blocks.probe(b) for b in cjk_blocks.BLOCKS)
    for path, index in _fallback_candidates():
        key = (path.resolve(), index) if path.exists() else None
        if key is None or key in seen or not path.is_file():
            continue
        seen.add(key)
        lacking = FontChain(tuple(faces)).missing(probes)
        font = _probe(path, index, needs="")
        if font is not None and any(ord(ch) in coverage(font) for ch in lacking):
            faces.append(font)
    return FontChain(tuple(faces))


def chain_warning(chain: FontChain) -> str | None:
    """One message when the chain cannot draw a block that GB 18030-2022 level 3 requires."""
    gaps = chain.gaps()
    if not gaps:
        return None
    names = "、".join(b.name for b in gaps)
    return (
        f"缺少生僻字字体:{names}的汉字无法显示和打印(会印成「〓」)。"
        f"Debian/Ubuntu 请安装:sudo apt-get install {FALLBACK_PACKAGES};或用 KIOSK_FALLBACK_FONTS 指定字体文件。"
        f" (Rare-character fonts missing: install {FALLBACK_PACKAGES}.)"
    )
