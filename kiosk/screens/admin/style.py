"""The look of the content editors: denser than the resident screens, still sized for a finger.

The kiosk's style sheet sizes text for residents reading at arm's length (28–40 px); an admin
filling in forty fields needs more on a screen, so the editor pages override it with 24–26 px
text while keeping every control at least 72 px tall (rows of 80 px with their spacing). Colours
are the standard palette's, so contrast stays ≥ 7:1 (the error red is 8.3:1 on white).
"""

from __future__ import annotations

from pathlib import Path

from kiosk.widgets.icons import icon_path
from kiosk.widgets.list_editor import ERROR_COLOUR
from kiosk.widgets.theme import STANDARD, Palette

CONTROL_HEIGHT = 72


def admin_style(p: Palette = STANDARD) -> str:
    chevron = (icon_path("chevron-down") or Path("")).as_posix()
    return f"""
QWidget[role="admin-page"] {{ background: {p.window}; }}
QWidget[role="admin-page"] * {{ font-size: 24px; }}
QLabel[role="field-label"] {{ font-weight: bold; color: {p.text}; padding-top: 16px; }}
QLabel[role="list-label"], QLabel[role="form-heading"] {{
    font-size: 30px; font-weight: bold; color: {p.accent}; padding-top: 20px;
}}
QLabel[role="page-title"] {{ font-size: 34px; font-weight: bold; }}
QLabel[role="state"] {{
    background: {p.surface}; border: 2px solid {p.border}; border-radius: 8px; padding: 4px 12px;
}}
QLabel[role="field-error"], QLabel[role="message-error"] {{ color: {ERROR_COLOUR}; font-weight: bold; }}
QLabel[role="message-ok"] {{ color: #1B5E20; font-weight: bold; }}
QLabel[role="muted"] {{ color: {p.muted_text}; }}
QLabel[role="item-heading"] {{ font-weight: bold; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit, QDateTimeEdit {{
    font-size: 26px; background: {p.surface}; color: {p.text}; border: 2px solid {p.border};
    border-radius: 8px; min-height: {CONTROL_HEIGHT}px; padding: 0 12px;
}}
QPlainTextEdit {{ padding: 8px 12px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QDateTimeEdit:focus {{
    border: 3px solid {p.accent};
}}
QLineEdit:read-only {{ background: {p.window}; color: {p.muted_text}; }}
QLineEdit:disabled, QDateEdit:disabled, QDateTimeEdit:disabled, QComboBox:disabled {{
    background: {p.window}; color: {p.muted_text};
}}
QComboBox::drop-down, QDateEdit::drop-down, QDateTimeEdit::drop-down {{
    width: 56px; border: none; border-left: 2px solid {p.border};
}}
QComboBox::down-arrow, QDateEdit::down-arrow, QDateTimeEdit::down-arrow {{
    image: url({chevron}); width: 28px; height: 28px;
}}
QComboBox QAbstractItemView {{ font-size: 26px; background: {p.surface}; }}
QComboBox QAbstractItemView::item {{ min-height: 64px; padding: 0 12px; }}
QSpinBox::up-button, QSpinBox::down-button {{ width: 56px; }}
QCheckBox {{ font-size: 26px; min-height: {CONTROL_HEIGHT}px; spacing: 12px; }}
QCheckBox::indicator {{ width: 40px; height: 40px; }}
QPushButton[role="form"], QPushButton[role="chip"], QPushButton[role="primary"], QPushButton[role="action"],
QPushButton[role="danger"] {{
    font-size: 24px; min-height: {CONTROL_HEIGHT}px; min-width: 72px; padding: 0 18px; border-radius: 10px;
}}
QPushButton[role="chip"] {{ background: {p.window}; }}
QPushButton[role="danger"] {{ color: {ERROR_COLOUR}; border-color: {ERROR_COLOUR}; }}
QPushButton:disabled {{ color: #6B6B6B; border-color: #D6D0C4; background: {p.window}; }}
QPushButton:focus {{ border: 3px solid {p.accent}; }}
QListWidget, QTableWidget, QTextBrowser {{
    font-size: 24px; background: {p.surface}; color: {p.text}; border: 2px solid {p.border}; border-radius: 8px;
}}
QListWidget::item {{ min-height: {CONTROL_HEIGHT}px; padding: 0 12px; border-bottom: 1px solid {p.border}; }}
QListWidget::item:selected {{ background: {p.focus}; color: {p.focus_text}; }}
QTableWidget::item:selected {{ background: {p.focus}; color: {p.focus_text}; }}
QHeaderView::section {{
    font-size: 22px; font-weight: bold; background: {p.window}; border: none;
    border-bottom: 2px solid {p.border}; padding: 8px;
}}
QFrame[role="item-form"] {{ background: #FBF8F2; border: 2px solid {p.border}; border-radius: 12px; }}
QFrame[role="action-bar"] {{ background: {p.surface}; border-top: 2px solid {p.border}; }}
"""
