"""Read-aloud: espeak-ng with its Mandarin voice where installed, nothing (and no button) where not."""

from __future__ import annotations

import shutil
import sys

import pytest

from kiosk.data.schema import MatterDoc
from kiosk.services import speech
from kiosk.services.checklist import read_aloud_text
from tests import factories


def test_without_any_engine_there_is_no_speaker(monkeypatch) -> None:
    monkeypatch.setattr(speech, "_qt_chinese_speaker", lambda: None)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert speech.find_speaker() is None


def test_espeak_ng_with_the_mandarin_voice_is_found_and_speaks(monkeypatch) -> None:
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is installed by the test setup (make test); it is missing")
    monkeypatch.setattr(speech, "_qt_chinese_speaker", lambda: None)
    speaker = speech.find_speaker()
    assert isinstance(speaker, speech.EspeakSpeaker)
    speaker.say("城乡居民基本养老保险")
    assert speaker.process is not None and speaker.process.args[1:3] == ["-v", "cmn"]
    speaker.stop()
    assert speaker.process is None


def test_what_is_read_names_the_matter_time_limit_and_the_materials_for_the_answers() -> None:
    matter: MatterDoc = factories.matter()
    text = read_aloud_text(matter, {"agent": "否"})
    assert matter.name in text and "即办" in text and "居民身份证" in text
    assert "授权委托书" not in text
    assert "授权委托书" in read_aloud_text(matter, {"agent": "是"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="elsewhere Qt is asked")
def test_qt_speech_is_only_loaded_where_one_of_its_engines_can_speak(monkeypatch, tmp_path) -> None:
    """PySide6's wheel ships the mock engine and speechd; without libspeechd neither speaks, and
    loading Qt's text-to-speech (with Qt Multimedia) would cost the kiosk memory for nothing."""
    import ctypes.util

    libraries = {"speechd": None}
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: libraries.get(name))
    for plugin in ("libqtexttospeech_mock.so", "libqtexttospeech_speechd.so"):
        (tmp_path / plugin).write_bytes(b"")
    assert not speech._qt_engine_possible(tmp_path)
    libraries["speechd"] = "libspeechd.so.2"
    assert speech._qt_engine_possible(tmp_path)
    libraries["speechd"] = None
    (tmp_path / "libqtexttospeech_flite.so").write_bytes(b"")
    assert speech._qt_engine_possible(tmp_path)
    assert not speech._qt_engine_possible(tmp_path / "absent")
