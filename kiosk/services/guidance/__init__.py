"""Guidance in the hall: 一件事 bundles (``bundles``, ``checks``) and the 智能导办 tree (``tree``).

Pure functions over documents: no database, no Qt. Repositories hand them the published matters
and bundles; screens, the notice service and the console call them.
"""
