"""``kiosk bench``: what a resident feels, measured against references run at the same moment.

Wall-clock numbers differ between machines and between runs on a shared machine; ratios against
a simpler way of doing the same work, measured in the same run, do not (much). The modules here
build a throwaway catalogue (``catalogue``), start the real kiosk and a minimal Qt window the same
way (``startup``, ``reference``), drive the kiosk in a child process (``session``), and report one
JSON object (``run``). Nothing outside the temporary folder is touched.

This package's ``__init__`` stays empty: ``python -m kiosk.bench.reference`` must cost no more
to start than a minimal PySide6 program does.
"""
