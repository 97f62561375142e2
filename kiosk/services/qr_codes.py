"""QR code matrices, made once per text and error-correction level, for the screen and for paper.

The ``qrcode`` library makes a code in pure Python and tries all eight masks: for a long checklist
that is most of the time it takes to show a guide's code or to lay out the checklist's PDF. The
last matrices made are kept (thread-safe: they are made on pool threads), so a code shown on the
guide, enlarged, answered back to, or laid out for the print preview is made once. No Qt.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import qrcode
import qrcode.main
from qrcode.constants import ERROR_CORRECT_L, ERROR_CORRECT_M

Matrix = tuple[bytes, ...]  # one byte per module, 1 = dark: 64 codes of 150×150 modules in 1.4 MB
LEVELS = {"L": ERROR_CORRECT_L, "M": ERROR_CORRECT_M}
KEPT = 64
_MADE: OrderedDict[tuple[str, str], Matrix] = OrderedDict()
_LOCK = threading.Lock()
# One code made at a time (pure Python under the GIL: nothing is lost), so that the library's own
# cache of a blank matrix per QR version can be emptied after each: up to 40 versions of up to
# 177×177 Python lists (~4 MB) filled slowly as checklists of new lengths came, for good — what the
# 10,000-navigation soak counted as growth. ``_MADE`` keeps what is worth keeping.
_MAKING = threading.Lock()


def qr_matrix(text: str, level: str = "L") -> Matrix:
    """The modules of ``text`` (UTF-8) at error-correction ``level`` ("L" or "M"), quiet zone of 4 included."""
    key = (text, level)
    with _LOCK:
        if (known := _MADE.get(key)) is not None:
            _MADE.move_to_end(key)
            return known
    with _MAKING:
        code = qrcode.QRCode(error_correction=LEVELS[level], border=4, box_size=1)
        code.add_data(text.encode("utf-8"))
        try:
            code.make(fit=True)
        finally:
            qrcode.main.precomputed_qr_blanks.clear()
        matrix = tuple(bytes(row) for row in code.get_matrix())
    with _LOCK:
        _MADE[key] = matrix
        while len(_MADE) > KEPT:
            _MADE.popitem(last=False)
    return matrix


def is_made(text: str, level: str = "L") -> bool:
    """Whether the matrix of ``text`` at ``level`` is kept already (drawing it costs next to nothing)."""
    with _LOCK:
        return (text, level) in _MADE


def forget() -> None:
    """Drop every kept matrix (the benchmark's cold start)."""
    with _LOCK:
        _MADE.clear()
