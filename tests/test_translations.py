"""Translations: every .ts compiles, keeps its placeholders, Chinese is complete, and a pseudo-locale
with strings 40% longer shows no cut text on any screen."""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.i18n_build import SOURCE, lrelease

PLACEHOLDER = re.compile(r"%\d+")
TS_FILES = sorted(SOURCE.glob("*.ts"))


def messages(ts: Path) -> list[tuple[str, str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name") or "", msg.findtext("source") or "", msg.findtext("translation") or "", msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def test_both_languages_exist() -> None:
    assert {p.name for p in TS_FILES} >= {"kiosk_zh_CN.ts", "kiosk_en.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_ts_file_compiles(ts: Path, tmp_path: Path) -> None:
    out = tmp_path / ts.with_suffix(".qm").name
    result = subprocess.run([str(lrelease()), str(ts), "-qm", str(out)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 100


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_their_placeholders(ts: Path) -> None:
    wrong = [
        (context, source, translation)
        for context, source, translation, _ in messages(ts)
        if translation and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation))
    ]
    assert wrong == []


def test_chinese_is_complete() -> None:
    missing = [
        (context, source)
        for context, source, translation, element in messages(SOURCE / "kiosk_zh_CN.ts")
        if not translation.strip() or element.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert missing == [], "untranslated strings: run python -m kiosk.i18n_build --update and translate them"


def test_every_string_in_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    """The .ts files are up to date with the tr() calls (no string shows in English on a Chinese screen)."""
    from kiosk.i18n_build import update

    update(tmp_path)
    fresh = {(c, s) for c, s, _, _ in messages(tmp_path / "kiosk_zh_CN.ts")}
    committed = {(c, s) for c, s, _, _ in messages(SOURCE / "kiosk_zh_CN.ts")}
    assert fresh - committed == set()


def pseudo_ts(source: Path, target: Path) -> None:
    """A pseudo-locale: every string ~40% longer, placeholders kept."""
    tree = ET.parse(source)
    for msg in tree.getroot().iter("message"):
        text = msg.findtext("source") or ""
        translation = msg.find("translation")
        assert translation is not None
        translation.text = f"[{text}{'~' * math.ceil(len(text) * 0.4)}]"
        translation.attrib.pop("type", None)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def test_pseudo_locale_shows_no_cut_text_on_any_screen(qtbot, tmp_path: Path, sqlite_demo) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from kiosk.app import build_shell, install_font
    from kiosk.screenshot import screen_params
    from tests.screens.test_layout import cut_labels

    pseudo_ts(SOURCE / "kiosk_en.ts", tmp_path / "pseudo.ts")
    subprocess.run([str(lrelease()), str(tmp_path / "pseudo.ts"), "-qm", str(tmp_path / "pseudo.qm")], check=True,
                   capture_output=True)  # fmt: skip
    assert install_font() is None
    shell = build_shell(sqlite_demo, "en")
    qtbot.addWidget(shell)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "pseudo.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        problems = {}
        for size in ((1920, 1080), (1080, 1920)):
            shell.resize(*size)
            shell.show()
            shell.set_language("en")  # refresh with the pseudo strings
            for name in sorted(n for n in shell.factories if n != "attract"):
                shell.go(name, **screen_params(shell, name, None))
                qtbot.wait(20)
                assert "~" in shell.header.back_button.text(), "the pseudo-locale is not in use"
                found = cut_labels(shell)
                if found:
                    problems[f"{name}@{size}"] = found
        assert problems == {}
    finally:
        QCoreApplication.removeTranslator(translator)
        from PySide6.QtWidgets import QApplication

        QApplication.instance().setStyleSheet("")
