"""A notice's 查询码 read from a picture of its QR code (办件进度 at a kiosk with a camera).

The QR code of a missing-materials notice carries its text, 「进度查询码：NNNNNNNNNN」 among it
(``notices.qr_text``); a code holding only the ten digits is read too. Decoding is zxing-cpp's
(well kept, wheels for x86-64 and ARM, no system library). Reading a ``QImage`` is safe on a pool
thread; no widget here.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QImage

from kiosk.services.notice_progress import CODE_DIGITS

# the digits may come in groups (「6833 6444 07」, as printed under the serial)
_DIGITS = rf"((?:\d[ \u3000]?){{{CODE_DIGITS - 1}}}\d)(?![ \u3000]?\d)"
_IN_NOTICE = re.compile(rf"进度查询码[:：]\s*{_DIGITS}")
_ALONE = re.compile(rf"\s*{_DIGITS}\s*")


def code_in_text(text: str) -> str | None:
    """The 查询码 in a QR code's text, or None (a checklist's QR, a web address, anything else)."""
    match = _IN_NOTICE.search(text) or _ALONE.fullmatch(text)
    return re.sub(r"\D", "", match.group(1)) if match else None


def read_notice_code(image: QImage) -> tuple[str | None, bool]:
    """The 查询码 of the first notice QR code found in ``image`` (None when there is none), and whether
    any QR code was read at all — a resident holding up the notice's other code (扫码网上办理, a web
    address) is told which one to show instead of being left waiting."""
    import zxingcpp

    if image.isNull():
        return None, False
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    seen = False
    for barcode in zxingcpp.read_barcodes(grey):  # every format (their names differ between zxing-cpp 2 and 3)
        seen = True
        code = code_in_text(barcode.text)
        if code is not None:
            return code, True
    return None, seen


def lookup_code_in(image: QImage) -> str | None:
    """The 查询码 of the first notice QR code found in ``image``; None when there is none."""
    return read_notice_code(image)[0]
