"""The kiosk's camera looking for a notice's QR code (办件进度), with its picture on screen.

Used only where a camera is present (``camera_present``) and only while the resident has asked
for it: the camera starts on 「扫描告知单二维码」 and stops when a code is read, on 取消, after
``TIMEOUT_MS``, or when the screen is left — a lobby camera is never left running. Nothing is
recorded. Frames arrive on the GUI thread (``QVideoSink``); every ``EVERY_MS`` one is decoded on a
pool thread (``services.qr_scan``), never two at once.
"""

from __future__ import annotations

import glob
import sys
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.background import BackgroundCall
from kiosk.services.qr_scan import read_notice_code

EVERY_MS = 300
TIMEOUT_MS = 60_000


def camera_present() -> bool:
    """Whether the machine has a camera. On Linux a V4L2 device node (``/dev/video*``): asking Qt
    Multimedia would load its FFmpeg backend (memory, and warnings about video drivers) on every
    kiosk, most of which have no camera; elsewhere Qt Multimedia is asked."""
    if sys.platform.startswith("linux"):
        return bool(glob.glob("/dev/video[0-9]*"))
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError:
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except RuntimeError:
        return False


class CameraScan(QWidget):
    """The camera's picture, mirrored like a mirror so that a resident can aim the paper; ``found(code)``
    once a notice's 查询码 is read, ``other_code()`` when a QR code without one is in the picture (the
    notice's web-address code, say), ``timed_out()`` after ``TIMEOUT_MS`` without a 查询码.

    ``camera=False`` builds it without Qt Multimedia (tests hand it pictures with ``take``)."""

    found = Signal(str)
    other_code = Signal()
    timed_out = Signal()

    def __init__(self, camera: bool = True) -> None:
        super().__init__()
        self.setObjectName("CameraScan")
        self.picture = QLabel()
        self.picture.setObjectName("CameraPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumSize(320, 240)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.picture.setStyleSheet("background: #000000; border-radius: 12px;")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.picture, 1)
        self._work: BackgroundCall | None = None
        self._last = 0.0
        self.running = False
        self.code: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TIMEOUT_MS)
        self.timer.timeout.connect(self._give_up)
        self._session: Any = None
        self._camera: Any = None
        if camera:
            from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

            self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
            self._session = QMediaCaptureSession(self)
            self._session.setCamera(self._camera)
            sink = QVideoSink(self)
            self._session.setVideoSink(sink)
            # A bound method, not a lambda: the sink emits on the multimedia backend's thread, and
            # only a slot of this object is queued to the GUI thread (a lambda would run there).
            sink.videoFrameChanged.connect(self._frame)

    def start(self) -> None:
        self.running, self.code = True, None
        self.timer.start()
        if self._camera is not None:
            self._camera.start()

    def stop(self) -> None:
        self.running = False
        self.timer.stop()
        if self._camera is not None:
            self._camera.stop()

    def _frame(self, frame: Any) -> None:
        self.take(frame.toImage())

    def take(self, image: QImage) -> None:
        """One frame: shown, and decoded when the last decode is done and ``EVERY_MS`` have passed."""
        if not self.running or image.isNull():
            return
        shown = image.flipped(Qt.Orientation.Horizontal).scaled(
            self.picture.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
        )
        self.picture.setPixmap(QPixmap.fromImage(shown))
        now = time.monotonic()
        if (self._work is not None and not self._work.done) or now - self._last < EVERY_MS / 1000:
            return
        self._last = now
        frame = image.copy()  # the pool thread gets its own pixels
        # No parent: one call per decoded frame (three a second) must not pile up under this widget.
        self._work = BackgroundCall(lambda: read_notice_code(frame))
        self._work.finished.connect(self._decoded)
        self._work.start()

    def _decoded(self, result: object) -> None:
        code, seen = result if isinstance(result, tuple) else (None, False)
        if not self.running:
            return
        if code is None:
            if seen:
                self.other_code.emit()
            return
        self.stop()
        self.code = code
        self.found.emit(code)

    def _give_up(self) -> None:
        self.stop()
        self.timed_out.emit()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.stop()  # the screen was left, or the idle reset came: the camera goes off
        super().hideEvent(event)
