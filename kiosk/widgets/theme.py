"""Colours, sizes and the Qt style sheet of the kiosk.

Everything a resident sees takes its colour and size from here, so the accessibility rules are
checked in one place: text contrast ≥ 7:1 in every theme (tested from these colours), body text
≥ 28 px and touch targets ≥ 80 px, both ×1.5 in elder mode (长辈版). Widgets carry a ``role``
property (title, body, tile, …) and the style sheet sizes them; no widget sets its own font size.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Palette:
    """Named colours of one theme; each ``*_text`` is meant to be read on its background."""

    name: str
    window: str  # page background
    surface: str  # cards, tiles, tables
    text: str  # body text on window and surface
    muted_text: str  # secondary text on window and surface
    header: str  # header bar background
    header_text: str
    accent: str  # primary buttons, tile icons
    accent_text: str
    border: str
    required: str  # 必要 badge
    required_text: str
    optional: str  # 非必要 badge
    optional_text: str
    deferred: str  # 容缺后补 badge
    deferred_text: str
    focus: str  # pressed / selected
    focus_text: str

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text colour on the background it is used on."""
        return [
            ("body on window", self.text, self.window),
            ("body on surface", self.text, self.surface),
            ("muted on window", self.muted_text, self.window),
            ("muted on surface", self.muted_text, self.surface),
            ("header", self.header_text, self.header),
            ("accent button", self.accent_text, self.accent),
            ("required badge", self.required_text, self.required),
            ("optional badge", self.optional_text, self.optional),
            ("deferred badge", self.deferred_text, self.deferred),
            ("pressed", self.focus_text, self.focus),
            ("accent on surface", self.accent, self.surface),
        ]


STANDARD = Palette(
    name="standard",
    window="#F3EFE6",
    surface="#FFFFFF",
    text="#161616",
    muted_text="#3B3B3B",
    header="#7A0F13",
    header_text="#FFFFFF",
    accent="#8E1217",
    accent_text="#FFFFFF",
    border="#B9B1A3",
    required="#8E1217",
    required_text="#FFFFFF",
    optional="#3B3B3B",
    optional_text="#FFFFFF",
    deferred="#F6D27A",
    deferred_text="#161616",
    focus="#5C0A0E",
    focus_text="#FFFFFF",
)

HIGH_CONTRAST = Palette(
    name="high_contrast",
    window="#000000",
    surface="#000000",
    text="#FFFFFF",
    muted_text="#F0F0F0",
    header="#000000",
    header_text="#FFE600",
    accent="#FFE600",
    accent_text="#000000",
    border="#FFFFFF",
    required="#FFE600",
    required_text="#000000",
    optional="#FFFFFF",
    optional_text="#000000",
    deferred="#00E5FF",
    deferred_text="#000000",
    focus="#FFFFFF",
    focus_text="#000000",
)


@dataclass(frozen=True)
class Metrics:
    """Pixel sizes; elder mode multiplies text and targets by 1.5."""

    scale: float = 1.0

    def px(self, base: float) -> int:
        return round(base * self.scale)

    @property
    def body(self) -> int:
        return self.px(28)

    @property
    def title(self) -> int:
        return self.px(40)

    @property
    def heading(self) -> int:
        return self.px(34)

    @property
    def tile(self) -> int:
        return self.px(38)

    @property
    def target(self) -> int:
        """Minimum touch target (≥ 80 px, ≥ 100 px in elder mode)."""
        return max(self.px(80), 100 if self.scale > 1 else 80)

    @property
    def margin(self) -> int:
        return self.px(24)


NORMAL = Metrics(1.0)
ELDER = Metrics(1.5)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two ``#RRGGBB`` colours (1 … 21)."""
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def style_sheet(p: Palette, m: Metrics) -> str:
    """The application style sheet for a palette and size."""
    return f"""
* {{ font-size: {m.body}px; color: {p.text}; }}
QWidget#KioskRoot, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget {{ background: {p.window}; }}
QWidget[role="page"] {{ background: {p.window}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {m.title}px; font-weight: bold; }}
QLabel[role="heading"] {{
    font-size: {m.heading}px; font-weight: bold; color: {p.accent if p.name == "standard" else p.text};
}}
QLabel[role="muted"] {{ color: {p.muted_text}; }}
QLabel[role="big"] {{ font-size: {m.title}px; font-weight: bold; }}
QWidget#Header {{ background: {p.header}; }}
QWidget#Header QLabel {{ color: {p.header_text}; }}
QWidget#Header QLabel[role="hall"] {{ font-weight: bold; }}  /* sized by the label itself (header.HallName) */
QWidget#Header QPushButton {{
    color: {p.header_text}; background: transparent; border: 2px solid {p.header_text};
    border-radius: {m.px(12)}px; padding: 0 {m.px(16)}px; min-height: {m.target}px; min-width: {m.target}px;
}}
QWidget#Header QPushButton:checked {{ background: {p.header_text}; color: {p.header}; }}
QWidget#Header QPushButton:pressed {{ background: {p.focus}; color: {p.focus_text}; }}
QPushButton {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: {m.px(12)}px;
    padding: {m.px(8)}px {m.px(20)}px; min-height: {m.target}px; min-width: {m.target}px;
}}
QPushButton:pressed, QPushButton:checked {{ background: {p.focus}; color: {p.focus_text}; border-color: {p.focus}; }}
QPushButton[role="key"] {{ padding: 0; min-width: 0; min-height: 0; font-size: {m.heading}px; }}
QPushButton[role="primary"] {{
    background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; font-weight: bold;
}}
QPushButton[role="tile"] {{
    background: {p.surface}; border: 3px solid {p.border}; border-radius: {m.px(20)}px;
    font-size: {m.tile}px; font-weight: bold; padding: {m.px(16)}px;
}}
QPushButton[role="tile"]:pressed {{ background: {p.window}; border: 6px solid {p.accent}; }}
QLabel[role="tile-text"] {{ font-size: {m.tile}px; font-weight: bold; }}
QFrame[role="card"] {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: {m.px(16)}px;
}}
QLabel[role="warning"] {{ background: {p.required}; color: {p.required_text}; border-radius: {m.px(8)}px;
    padding: {m.px(8)}px {m.px(12)}px; }}
QLabel[role="badge-必要"] {{ background: {p.required}; color: {p.required_text}; border-radius: {m.px(8)}px;
    padding: {m.px(4)}px {m.px(12)}px; font-weight: bold; }}
QLabel[role="badge-非必要"] {{ background: {p.optional}; color: {p.optional_text}; border-radius: {m.px(8)}px;
    padding: {m.px(4)}px {m.px(12)}px; font-weight: bold; }}
QLabel[role="badge-容缺后补"] {{ background: {p.deferred}; color: {p.deferred_text}; border-radius: {m.px(8)}px;
    padding: {m.px(4)}px {m.px(12)}px; font-weight: bold; }}
QLineEdit, QPlainTextEdit {{ placeholder-text-color: {p.muted_text}; }}
QLineEdit {{
    background: {p.surface}; border: 3px solid {p.accent}; border-radius: {m.px(12)}px;
    min-height: {m.target}px; padding: 0 {m.px(16)}px; font-size: {m.heading}px;
}}
QPlainTextEdit {{
    background: {p.surface}; border: 3px solid {p.accent}; border-radius: {m.px(12)}px;
    padding: {m.px(8)}px {m.px(12)}px;
}}
QPushButton[role="choice"] {{ padding: {m.px(8)}px {m.px(8)}px; }}  /* equal-width answer buttons in a row */
QPushButton[role="primary"]:disabled {{ background: {p.window}; color: {p.muted_text}; border: 2px dashed {p.border}; }}
QListWidget#ConsoleMenu {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: {m.px(12)}px; }}
QListWidget#ConsoleMenu::item {{
    min-height: {m.target}px; padding: 0 {m.px(16)}px; border-bottom: 1px solid {p.border}; color: {p.text};
}}
QListWidget#ConsoleMenu::item:selected {{ background: {p.focus}; color: {p.focus_text}; }}
QListView {{ background: {p.surface}; border: 2px solid {p.border}; border-radius: {m.px(12)}px; }}
QScrollBar:vertical {{ width: {m.px(16)}px; background: {p.window}; }}
QScrollBar::handle:vertical {{ background: {p.border}; border-radius: {m.px(8)}px; min-height: {m.target}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QPushButton[role="key"], QPushButton[role="key-ok"] {{
    background: {p.surface}; border: 3px solid {p.border}; border-radius: {m.px(16)}px;
    font-size: {m.tile}px; font-weight: bold; padding: 0; min-height: 0; min-width: 0;  /* sized by the pad */
}}
QPushButton[role="key-ok"] {{ background: {p.accent}; color: {p.accent_text}; border-color: {p.accent}; }}
QPushButton[role="key"]:pressed, QPushButton[role="key-ok"]:pressed {{
    background: {p.focus}; color: {p.focus_text}; border-color: {p.focus};
}}
QPushButton[role="key"]:disabled, QPushButton[role="key-ok"]:disabled {{
    background: {p.window}; color: {p.muted_text}; border-color: {p.border};
}}
"""
