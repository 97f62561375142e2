"""What the kiosk's application object sets up for a process that runs for months."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from kiosk.app import PIXMAP_CACHE_KB, application
app = application()
from PySide6.QtGui import QPixmapCache
print(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KB)
"""


def test_the_style_keeps_two_mib_of_control_pictures_not_ten() -> None:
    """Qt's default (10 MiB) filled for an hour of the soak, one picture per control size and state."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    limit, wanted = (int(x) for x in result.stdout.split())
    assert limit == wanted <= 2048


STARTED = """
import ctypes.util, sys
found = ctypes.util.find_library
ctypes.util.find_library = lambda name: None if name == "speechd" else found(name)  # a PC without speech-dispatcher
from kiosk.bench.session import build_kiosk
from kiosk.bench.resident import settle
shell = build_kiosk(sys.argv[1])
shell.go("guide", code=shell.content.matter_summaries()[0].code)  # the guide offers read-aloud
settle()
assert shell.current[0] == "guide", shell.current
wanted = ("PySide6.QtTextToSpeech", "PySide6.QtMultimedia")
print(" ".join(name for name in wanted if name in sys.modules) or "-")
"""


def test_a_kiosk_showing_a_guide_does_not_load_qt_speech_where_no_engine_of_it_can_speak(tmp_path) -> None:
    """Qt's text-to-speech brings Qt Multimedia, Network and Concurrent (0.9 MB of the kiosk's PSS
    at home, for good); on a PC whose only engines are the mock one and speechd without libspeechd
    it found nothing, and espeak-ng read aloud instead. Now it is not loaded there."""
    from kiosk.bench.catalogue import build_database

    db = build_database(tmp_path / "hall.sqlite3", 35)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_LOCAL_DIR": str(tmp_path / "local")}
    result = subprocess.run(
        [sys.executable, "-c", STARTED, str(db)], capture_output=True, text=True, env=env, timeout=300, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "-", "loaded with a guide open: " + result.stdout
