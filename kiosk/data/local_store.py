"""Moved to ``kiosk.data.offline.local_store``; this name stays for branches written before the move."""

from kiosk.data.offline.local_store import (  # noqa: F401
    SETTINGS_KEY,
    LocalStore,
    OutboxItem,
    SerialBlock,
    default_folder,
    open_for_kiosk,
    store_path,
)
