"""The kiosk answers from memory until it is told that content changed; guides kept are bounded."""

from __future__ import annotations

from kiosk.data.repository import GUIDES_KEPT, ContentRepository
from kiosk.data.schema import BundleDoc
from kiosk.data.store import save_bundle


def _rename(database, code: str, name: str) -> None:  # type: ignore[no-untyped-def]
    matter = ContentRepository(database).matter(code)
    assert matter is not None
    with database.session() as session:
        save_bundle(session, BundleDoc(matters=[matter.model_copy(update={"name": name})]), action="publish", actor="t")
        session.commit()


def test_the_kiosk_asks_the_database_again_only_after_it_is_told_content_changed(sqlite_demo) -> None:
    kiosk = ContentRepository(sqlite_demo, cache=True)
    before = kiosk.matter_summaries()
    code = before[0].code
    guide = kiosk.matter(code)
    _rename(sqlite_demo, code, "改名后的事项")
    assert kiosk.matter_summaries() is before  # a tap is answered from memory
    assert kiosk.matter(code) is guide
    kiosk.invalidate()  # what the content watcher, an import or the end of a console session does
    after = kiosk.matter_summaries()
    assert after[0].name == "改名后的事项" and after is not before
    assert kiosk.matter(code).name == "改名后的事项"  # type: ignore[union-attr]


def test_an_answer_that_did_not_change_is_the_same_object_after_an_invalidation(sqlite_demo) -> None:
    kiosk = ContentRepository(sqlite_demo, cache=True)
    summaries, themes = kiosk.matter_summaries(), kiosk.themes()
    kiosk.invalidate()
    # screens and the search index compare by identity: nothing is rebuilt when nothing changed
    assert kiosk.matter_summaries() is summaries and kiosk.themes() is themes


def test_without_the_cache_every_read_asks_the_database(sqlite_demo) -> None:
    editor_view = ContentRepository(sqlite_demo)  # the admin console's editors
    code = editor_view.matter_summaries()[0].code
    editor_view.matter(code)
    _rename(sqlite_demo, code, "编辑器立即看到")
    assert editor_view.matter(code).name == "编辑器立即看到"  # type: ignore[union-attr]
    assert editor_view.matter_summaries()[0].name == "编辑器立即看到"


def test_guides_kept_in_memory_are_bounded_and_the_oldest_go_first(sqlite_demo) -> None:
    kiosk = ContentRepository(sqlite_demo, cache=True)
    codes = [s.code for s in kiosk.matter_summaries()]
    assert len(codes) > GUIDES_KEPT
    for code in codes:
        kiosk.matter(code)
    assert kiosk.answers.count("matter") == GUIDES_KEPT
    key = ("matter", (codes[-1],), ())
    assert kiosk.answers.last(key) is not None  # the newest is kept
    assert kiosk.answers.last(("matter", (codes[0],), ())) is not kiosk.answers.last(key)
    assert not kiosk.answers.has(("matter", (codes[0],), ()))  # the oldest went
