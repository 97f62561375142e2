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
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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
    _CMAPS[font] = CodePoints(code for code, glyph in face.charToGlyph.items() if glyph)
    return font


class CodePoints:
    """A set of code points kept as one sorted array, 4 bytes each.

    A CJK face draws some 30,000 characters: as a frozenset of ints that was ~3 MB of Python
    objects, kept for the life of the process once the first checklist was printed; as an array,
    ~120 KB. Membership is a binary search (only characters outside the main font's fast path in
    ``pdf_text`` ask, and the warnings about unprintable names).
    """

    __slots__ = ("_codes",)

    def __init__(self, codes: Iterable[int]) -> None:
        self._codes = array("I", sorted(set(codes)))

    def __contains__(self, code: object) -> bool:
        if not isinstance(code, int):
            return False
        at = bisect_left(self._codes, code)
        return at < len(self._codes) and self._codes[at] == code

    def __iter__(self) -> Iterator[int]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def ranges(self) -> Iterator[tuple[int, int]]:
        """(first, last) of each run of consecutive code points, in order."""
        codes = self._codes
        if not codes:
            return
        first = last = codes[0]
        for code in codes[1:]:
            if code != last + 1:
                yield first, last
                first = code
            last = code
        yield first, last


_CMAPS: dict[CjkFont, CodePoints] = {}


def coverage(font: CjkFont) -> CodePoints:
    """The code points ``font`` has a real glyph for (read once per process)."""
    if font not in _CMAPS:
        from reportlab.pdfbase.ttfonts import TTFontFile

        face = TTFontFile(str(font.path), subfontIndex=font.index)
        _CMAPS[font] = CodePoints(code for code, glyph in face.charToGlyph.items() if glyph)
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
    """The kiosk's CJK font (cached for the process); raises ``FontMissing`` with advice.

    Checking a candidate means reading the whole font file with reportlab (a third of a second
    at start-up on a hall PC), so the answer is also remembered on disk (``_remembered``) for as
    long as the chosen file and the ``KIOSK_FONT`` setting stay the same.
    """
    if (known := _remembered()) is not None:
        return known
    font = _resolve_font()
    _remember(font)
    return font


def _cache_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("hall-kiosk", appauthor=False)) / "font.json"


def _stamp(path: Path) -> list[float] | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime]


def _remembered() -> CjkFont | None:
    """The font found by an earlier start, when its file and ``KIOSK_FONT`` are unchanged."""
    import json

    try:
        kept = json.loads(_cache_file().read_text(encoding="utf-8"))
        font = CjkFont(Path(kept["path"]), int(kept["index"]), str(kept["family"]))
        if (
            kept["setting"] != os.environ.get("KIOSK_FONT", "")
            or kept["known"] != list(KNOWN_FILES)
            or kept["stamp"] != _stamp(font.path)
        ):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return font


def _remember(font: CjkFont) -> None:
    import json

    entry = {
        "path": str(font.path),
        "index": font.index,
        "family": font.family,
        "setting": os.environ.get("KIOSK_FONT", ""),
        "known": list(KNOWN_FILES),
        "stamp": _stamp(font.path),
    }
    try:
        target = _cache_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # a read-only home: the next start checks the fonts again, nothing worse


def _resolve_font() -> CjkFont:
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
    # the keys of ``gaps()`` as found when the chain was resolved (the check reads every face whole)
    known_gaps: tuple[str, ...] | None = field(default=None, compare=False)

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
        if self.known_gaps is not None:
            return [b for b in cjk_blocks.BLOCKS if b.key in self.known_gaps]
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
    if os.environ.get("KIOSK_FALLBACK_FONTS") is not None:
        return _fallback_candidates_configured()
    return [(Path(p), 0) for p in FALLBACK_FILES] + [(p, 0) for p in _fontconfig_fallbacks()]


@cache
def resolve_chain() -> FontChain:
    """The main font (``resolve_font``) and every fallback face that draws something it lacks.

    A candidate joins only when it adds glyphs for a probe of some CJK block that the faces
    before it lack, so duplicates (symlinks, the same face found twice) and fonts that add
    nothing cost nothing later. Raises ``FontMissing`` only when the main font is missing.

    Deciding reads every candidate whole (1.5 s and some 50 MB with Hanazono and BabelStone, on
    every start of the kiosk, before its first frame), so the chain and its gaps are remembered on
    disk beside the main font's, for as long as the settings, the font files and fontconfig's
    cache stay the same. The fallback faces' glyph tables are then read only when a character
    needs one (a rare name printed), and let go of after deciding.
    """
    primary = resolve_font()
    stamp = _chain_stamp(primary)
    if (known := _remembered_chain(stamp)) is not None:
        return known
    decided = _resolve_chain(primary)
    chain = FontChain(decided.faces, tuple(b.key for b in decided.gaps()))
    for face in chain.faces[1:]:
        _CMAPS.pop(face, None)  # read again when a rare character needs it
    _remember_chain(chain, stamp)
    return chain


def _resolve_chain(primary: CjkFont) -> FontChain:
    faces = [primary]
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


FONTCONFIG_CACHES = ("/var/cache/fontconfig", "~/.cache/fontconfig")


def _chain_stamp(primary: CjkFont) -> dict[str, object]:
    """What the chain was decided from: a change in any of it decides again."""
    configured = os.environ.get("KIOSK_FALLBACK_FONTS")
    files = [p for p, _ in _fallback_candidates_configured()] if configured is not None else FALLBACK_FILES
    return {
        "primary": [str(primary.path), primary.index, _stamp(primary.path)],
        "configured": configured,
        "files": [[str(f), _stamp(Path(f))] for f in files],
        "fontconfig": [_stamp(Path(d).expanduser()) for d in FONTCONFIG_CACHES],
    }


def _fallback_candidates_configured() -> list[tuple[Path, int]]:
    configured = os.environ.get("KIOSK_FALLBACK_FONTS") or ""
    return [_parse_font_spec(s) for s in configured.split(os.pathsep) if s.strip()]


def _chain_file() -> Path:
    return _cache_file().with_name("font-chain.json")


def _remembered_chain(stamp: dict[str, object]) -> FontChain | None:
    import json

    try:
        kept = json.loads(_chain_file().read_text(encoding="utf-8"))
        if kept["stamp"] != json.loads(json.dumps(stamp)):
            return None
        faces = tuple(CjkFont(Path(p), int(i), str(f)) for p, i, f, _ in kept["faces"])
        if any(_stamp(face.path) != face_stamp for face, (*_, face_stamp) in zip(faces, kept["faces"], strict=True)):
            return None
        return FontChain(faces, tuple(str(g) for g in kept["gaps"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _remember_chain(chain: FontChain, stamp: dict[str, object]) -> None:
    import json

    entry = {
        "stamp": stamp,
        "faces": [[str(f.path), f.index, f.family, _stamp(f.path)] for f in chain.faces],
        "gaps": list(chain.known_gaps or ()),
    }
    try:
        target = _chain_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # a read-only home: the next start decides again, nothing worse


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


def forget_pdf_font() -> None:
    """Let go of the parsed tables of the PDF font (some 20 MB for WenQuanYi) until the next PDF.

    reportlab keeps a registered font for the life of the process; a kiosk prints now and then and
    runs for months, so it parses the font again for each preview (a third of a second on a pool
    thread) rather than carrying it. A PDF being made meanwhile keeps its own reference.
    """
    from reportlab.pdfbase import pdfmetrics

    fonts = getattr(pdfmetrics, "_fonts", {})
    font = fonts.pop(PDF_FONT_NAME, None)
    face = getattr(getattr(font, "face", None), "name", None)
    if face is not None:
        getattr(pdfmetrics, "_dynFaceNames", {}).pop(face, None)
    register_pdf_font.cache_clear()
