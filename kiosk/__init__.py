"""Hall kiosk: the touchscreen bulletin and one-time-notice kiosk of a township service hall."""

__version__ = "0.1.0"
