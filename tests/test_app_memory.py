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
