"""One CJK font for the screen and for PDFs.

Qt draws boxes for Chinese when no CJK font is installed, and reportlab only embeds TrueType
outlines (WenQuanYi Micro Hei works; CFF-based Noto CJK does not). So the kiosk resolves a single
TrueType CJK font — ``KIOSK_FONT`` first, then the system's fonts — and registers that same file
with Qt and with reportlab. When none is found it says exactly what to install.
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

PDF_FONT_NAME = "KioskCJK"
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


def _probe(path: Path, index: int = 0) -> CjkFont | None:
    """The font if reportlab can embed it and it has Chinese glyphs, else None."""
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

    try:
        face = TTFontFile(str(path), subfontIndex=index)
        TTFont("probe", str(path), subfontIndex=index)
    except Exception:  # reportlab raises bare TTFError and others for CFF, broken or absent files
        return None
    if not all(ord(ch) in face.charToGlyph for ch in "政务公开办事指南"):
        return None
    family = face.familyName
    if isinstance(family, bytes):
        family = family.decode("utf-8", "replace")
    return CjkFont(path, index, str(family))


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
    """Register the resolved font with reportlab once; returns the name to use in PDFs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = resolve_font()
    pdfmetrics.registerFont(TTFont(PDF_FONT_NAME, str(font.path), subfontIndex=font.index))
    return PDF_FONT_NAME


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
