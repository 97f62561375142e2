"""Read-aloud for the open guide: Qt's text-to-speech with a Chinese voice, else espeak-ng, else nothing.

Where the platform has no engine the kiosk silently has no read-aloud button; nothing here ever
raises at a resident. Qt imports stay inside the Qt backend (QtCore-level only, no widgets).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Protocol


class Speaker(Protocol):
    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...


class EspeakSpeaker:
    """``espeak-ng -v cmn`` in a child process; stopping kills it."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.process: subprocess.Popen[bytes] | None = None

    def say(self, text: str) -> None:
        self.stop()
        try:
            self.process = subprocess.Popen(
                [self.binary, "-v", "cmn", "-s", "140", text],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=5)
        self.process = None


class QtSpeaker:
    """QTextToSpeech with a Chinese locale."""

    def __init__(self, engine: object) -> None:
        self.engine = engine

    def say(self, text: str) -> None:
        self.engine.say(text)  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.engine.stop()  # type: ignore[attr-defined]


# Qt's engines whose plugin is of no use here: the mock engine, and speechd without libspeechd (its
# plugin is shipped with PySide6 whatever the machine has).
_NOT_ENGINES = ("mock", "speechd")


def _qt_engine_possible(folder: Path | None = None) -> bool:
    """Whether Qt could have a real text-to-speech engine here, asked without loading Qt's module.

    ``QtTextToSpeech`` brings Qt Multimedia, Network and Concurrent with it (0.9 MB of the kiosk's
    PSS after a resident's visit, for good); on a Linux PC with PySide6's wheels its only plugins are the
    mock engine and speechd, which is useless without libspeechd. Its plugin folder (``folder``,
    Qt's own unless given) and that library answer the question; elsewhere (Windows, macOS) Qt is asked.
    """
    import ctypes.util

    if not sys.platform.startswith("linux"):
        return True
    if folder is None:
        try:
            from PySide6.QtCore import QLibraryInfo
        except ImportError:
            return False
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "texttospeech"
    plugins = [p.name for p in folder.glob("*.so")] if folder.is_dir() else []
    for plugin in plugins:
        engine = plugin.removeprefix("libqtexttospeech_").removesuffix(".so")
        if engine not in _NOT_ENGINES or (engine == "speechd" and ctypes.util.find_library("speechd")):
            return True
    return False


@cache
def _qt_engine_here() -> bool:
    """``_qt_engine_possible`` for this machine, asked once: ``find_library`` runs ``ldconfig``
    (~25 ms), and a speaker is looked for each time a guide screen is built."""
    return _qt_engine_possible()


def _qt_chinese_speaker() -> QtSpeaker | None:
    if not _qt_engine_here():
        return None
    try:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return None
    import ctypes.util

    for name in QTextToSpeech.availableEngines():
        if name == "mock":
            continue
        # The speechd plugin is listed even when libspeechd is missing, and then fails loudly.
        if name == "speechd" and ctypes.util.find_library("speechd") is None:
            continue
        engine = QTextToSpeech(name)
        if engine.state() == QTextToSpeech.State.Error:
            continue
        chinese = [loc for loc in engine.availableLocales() if loc.language() == QLocale.Language.Chinese]
        if chinese:
            engine.setLocale(chinese[0])
            return QtSpeaker(engine)
    return None


def find_speaker() -> Speaker | None:
    """The best available read-aloud engine with a Chinese voice, or None."""
    speaker = _qt_chinese_speaker()
    if speaker is not None:
        return speaker
    binary = shutil.which("espeak-ng")
    if binary:
        voices = subprocess.run([binary, "--voices=cmn"], capture_output=True, text=True, timeout=10, check=False)
        if "cmn" in voices.stdout:
            return EspeakSpeaker(binary)
    return None
