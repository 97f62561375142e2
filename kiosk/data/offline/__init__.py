"""Working without the shared database (离线): a kiosk's own SQLite file, its outbox, its serial numbers.

A hall and its village stations share one PostgreSQL; a village line can be down for days. Each
kiosk keeps, beside itself and never shared:

- ``local_store``: the file — the content snapshot (public part, and a staff-only part written
  only for a staff session), the outbox, the reserved block of notice serials, the kiosk's id;
- ``outbox``: ratings, opinions and staff notices taken offline, delivered exactly once by uid
  (a provisional notice gets its real serial on delivery); ``Outbox.pending_count`` for health.

Exactly-once lives here, next to the schema. Around it: ``data.serials`` (the counter),
``data.fleet`` (per-kiosk settings), ``services.catch_up`` (what a kiosk does when the database
answers again), ``services.outbox_report`` and ``cli_offline`` (``kiosk outbox``). No Qt.
"""
