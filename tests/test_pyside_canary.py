"""Canary for the PySide6 6.12.0 + Python 3.11 crash (``Fatal Python error: none_dealloc``).

That combination dies after ~5,000 ordinary widget calls; pyproject.toml excludes it. If this
test crashes the interpreter, the excluded combination came back (a new PySide6 release with the
same bug, or a pin lost): a kiosk that runs for months would die within minutes of use.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtWidgets import QLabel


def test_twenty_thousand_settext_calls_survive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):
        label.setText(f"第{i}次")
    assert label.text() == "第19999次"


def test_the_known_bad_combination_is_not_installed() -> None:
    bad = sys.version_info < (3, 12) and PySide6.__version__ == "6.12.0"
    assert not bad, "PySide6 6.12.0 on Python 3.11 crashes after ~5,000 widget calls; see pyproject.toml"
