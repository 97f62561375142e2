"""Accessibility rules checked from the theme itself: contrast, text size, target size."""

from __future__ import annotations

import pytest

from kiosk.widgets.theme import ELDER, HIGH_CONTRAST, NORMAL, STANDARD, contrast_ratio, style_sheet


@pytest.mark.parametrize("palette", [STANDARD, HIGH_CONTRAST], ids=lambda p: p.name)
def test_every_text_colour_has_at_least_7_to_1_contrast_on_its_background(palette) -> None:
    weak = {
        what: round(contrast_ratio(fg, bg), 2) for what, fg, bg in palette.text_pairs() if contrast_ratio(fg, bg) < 7
    }
    assert weak == {}


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_body_text_and_targets_meet_the_touch_rules_and_elder_mode_enlarges_them() -> None:
    assert NORMAL.body >= 28 and NORMAL.target >= 80
    assert ELDER.body >= 42 and ELDER.target >= 100
    assert ELDER.title == pytest.approx(NORMAL.title * 1.5, abs=1)


def test_the_style_sheet_never_sets_text_below_body_size() -> None:
    import re

    for palette in (STANDARD, HIGH_CONTRAST):
        for metrics in (NORMAL, ELDER):
            sizes = [int(s) for s in re.findall(r"font-size:\s*(\d+)px", style_sheet(palette, metrics))]
            assert min(sizes) >= metrics.body
