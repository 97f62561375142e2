"""One CJK TrueType font for screen and PDF, or a clear message naming what to install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.services import fonts


@pytest.fixture(autouse=True)
def fresh_cache():  # type: ignore[no-untyped-def]
    fonts.resolve_font.cache_clear()
    yield
    fonts.resolve_font.cache_clear()


def test_the_system_font_is_truetype_with_chinese_glyphs() -> None:
    font = fonts.resolve_font()
    assert font.path.suffix.lower() in {".ttf", ".ttc"}
    assert fonts._probe(font.path, font.index) == font


def test_kiosk_font_wins_and_a_bad_one_is_explained(monkeypatch, tmp_path: Path) -> None:
    good = fonts.resolve_font()
    fonts.resolve_font.cache_clear()
    monkeypatch.setenv("KIOSK_FONT", str(good.path))
    assert fonts.resolve_font().path == good.path
    fonts.resolve_font.cache_clear()
    fake = tmp_path / "not-a-font.ttf"
    fake.write_bytes(b"nothing here")
    monkeypatch.setenv("KIOSK_FONT", str(fake))
    with pytest.raises(fonts.FontMissing, match="KIOSK_FONT"):
        fonts.resolve_font()


def test_without_any_cjk_font_the_message_names_the_package(monkeypatch) -> None:
    monkeypatch.delenv("KIOSK_FONT", raising=False)
    monkeypatch.setattr(fonts, "KNOWN_FILES", ())
    monkeypatch.setattr(fonts, "_fontconfig_candidates", lambda: [])
    with pytest.raises(fonts.FontMissing, match="fonts-wqy-microhei"):
        fonts.resolve_font()


@pytest.mark.parametrize(
    ("font", "db", "expected"),
    [("missing.ttf", "k.sqlite3", "KIOSK_FONT"), ("", "postgresql+psycopg://kiosk@127.0.0.1:1/none", "无法连接数据库")],
    ids=["no-font", "no-database"],
)
def test_the_kiosk_explains_a_missing_font_or_database_on_screen(tmp_path: Path, font: str, db: str, expected) -> None:
    """Run the real program without a usable font or database: it shows why and keeps running."""
    code = (
        "import sys, os\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from kiosk.cli import main\n"
        "def check():\n"
        "    labels = [w for w in QApplication.topLevelWidgets() if isinstance(w, QLabel) and w.isVisible()]\n"
        "    print('SHOWN:' + ' | '.join(l.text() for l in labels), flush=True)\n"
        "    QApplication.quit()\n"
        "import kiosk.app as app\n"
        "shown = app.show_window\n"
        "def show(window, *args):\n"
        "    shown(window, *args)\n"
        "    QTimer.singleShot(1000, check)\n"
        "app.show_window = show\n"
        f"sys.exit(main(['--windowed', '--db', r'{db if '://' in db else tmp_path / db}']))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("KIOSK_FONT", None)
    if font:
        env["KIOSK_FONT"] = str(tmp_path / font)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                            check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "SHOWN:" in result.stdout and expected in result.stdout
