"""Working without the shared database (离线): a kiosk's own SQLite file, its outbox, its serial numbers.

A hall and its village stations share one PostgreSQL; a village line can be down for days. Each
kiosk keeps, beside itself and never shared:

- ``local_store``: the file — the content snapshot (public part, and a staff-only part written
  only for a staff session), the outbox, the reserved block of notice serials, the kiosk's id;
- ``outbox``: ratings, opinions and staff notices taken offline, delivered exactly once by uid
  (a provisional notice gets its real serial on delivery);
- ``listing``: what waits, summarised without personal data (``kiosk outbox``);
- ``fleet``: per-kiosk overrides of the hall-wide settings, keyed by the kiosk id.

Exactly-once lives here, next to the schema. No Qt.
"""
