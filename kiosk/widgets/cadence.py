"""The disclosure cadence (定期/逐段/随时) as a resident reads it, in the UI language.

The data keeps the national Chinese terms; boards, articles, notices and the attract loop all
show them through this one translation context ("Cadence") so they can never disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def cadence_text(cadence: str) -> str:
    """定期 -> "Regular", 逐段 -> "Phased", 随时 -> "As needed" (then translated); unknown values as they are."""
    if cadence == "定期":
        return QCoreApplication.translate("Cadence", "Regular")
    if cadence == "逐段":
        return QCoreApplication.translate("Cadence", "Phased")
    if cadence == "随时":
        return QCoreApplication.translate("Cadence", "As needed")
    return cadence


def cadence_line(cadence: str) -> str:
    """ "Disclosure: Regular" — the cadence with what it is about, for a line under a title."""
    return QCoreApplication.translate("Cadence", "Disclosure: %1").replace("%1", cadence_text(cadence))
