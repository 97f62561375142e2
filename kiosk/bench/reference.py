"""The reference for first paint and memory: a minimal PySide6 window of 8 tiles, fullscreen.

What any Qt kiosk must pay at least — the interpreter, Qt's widgets, an application, one window
with a title and eight large tiles of Chinese text — and nothing of the hall kiosk. The benchmark
starts it exactly as it starts the kiosk (same interpreter, environment and display) and compares
the time to the first painted frame. Run as ``python -m kiosk.bench.reference``.
"""

from __future__ import annotations

import sys

TILES = ("政务公开", "办事指南", "找事项", "工作人员", "监督投诉", "通知公告", "预公开", "服务评价")


def main() -> int:
    from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

    from kiosk.bench.paint_probe import watch_first_paint

    app = QApplication(sys.argv)
    window = QWidget()
    window.setStyleSheet("QLabel { font-size: 48px; } QPushButton { font-size: 40px; }")
    column = QVBoxLayout(window)
    column.addWidget(QLabel("镇便民服务大厅"))
    grid = QGridLayout()
    for i, text in enumerate(TILES):
        tile = QPushButton(text)
        tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        grid.addWidget(tile, i // 4, i % 4)
    column.addLayout(grid, 1)
    window.showFullScreen()
    probe = watch_first_paint(window)  # noqa: F841 (kept alive with the window)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
