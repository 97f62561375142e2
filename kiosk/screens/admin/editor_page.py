"""One content editor page: the items of a kind on the left, the selected one's form on the right.

The page only lays out and routes taps: validation comes from the document class and the
quality rules, every change goes through ``ContentEditor`` (drafts, publish, archive, restore),
and a refusal comes back as messages that the form shows beside the fields they concern.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.content_kinds import ItemSummary, kind_of
from kiosk.data.editing import ContentEditor, PublishRefused
from kiosk.data.field_errors import FieldError, field_errors
from kiosk.data.schema import Doc, MatterDoc
from kiosk.errors import UserError
from kiosk.screens.admin.dialogs import PreviewDialog, PublishAtDialog
from kiosk.screens.admin.history import HistoryDialog
from kiosk.screens.admin.labels import choice_text
from kiosk.screens.admin.preview import Previewer
from kiosk.screens.admin.style import admin_style
from kiosk.services.quality import check_matter
from kiosk.widgets.confirm import ConfirmDialog
from kiosk.widgets.doc_form import DocForm, FormConfig
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.list_editor import ItemDelegate
from kiosk.widgets.touch_list import KEY, SUBTITLE


@dataclass
class EditorSpec:
    """What differs between the editor pages: the kind, its title and how its form is set up."""

    entity: str
    title: str
    form: FormConfig
    searchable: bool = False
    all_labels: dict[str, str] = field(default_factory=dict)  # for the history view's nested fields


class EditorPage(QWidget):
    """List + form + actions (save draft, preview, publish now / at a date, archive, history)."""

    def __init__(self, spec: EditorSpec, editor: ContentEditor, actor: Callable[[], str], previewer: Previewer) -> None:
        super().__init__()
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style())
        self.spec, self.editor, self.actor, self.previewer = spec, editor, actor, previewer
        self.kind = kind_of(spec.entity)
        self.single = spec.entity == "hall"
        self.key: str | None = None  # the open item's key as stored (None: a new item)
        self.published = False
        self.dirty = False
        self.scheduled_at: dt.datetime | None = None  # the open item has a version going live then
        self.dialog: QDialog | None = None  # the dialog opened last (tests answer it)
        self.form = DocForm(self.kind.doc, spec.form)
        self.form.changed.connect(self._edited)
        self.check_timer = QTimer(self, singleShot=True, interval=250)
        self.check_timer.timeout.connect(self.validate)
        self._build()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)  # Ctrl+S on an office PC
        self.reload_list()
        if self.single:
            self.open_item("hall")
        else:
            self.new_item()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or code"))
        self.search.textChanged.connect(self._filter)
        self.items = QListWidget()
        self.items.setItemDelegate(ItemDelegate(self.items))
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.items.setResizeMode(QListView.ResizeMode.Adjust)
        self.items.itemClicked.connect(lambda item: self._ask_then(lambda: self.open_item(item.data(KEY))))
        left = QVBoxLayout()
        left.setSpacing(12)
        if self.spec.searchable:
            left.addWidget(self.search)
        left.addWidget(self.items, 1)
        self.new_button = form_button(self.tr("New"), lambda: self._ask_then(self.new_item), "primary")
        left.addWidget(self.new_button)
        self.title = QLabel()
        self.title.setProperty("role", "page-title")
        self.title.setWordWrap(True)
        self.state = QLabel()
        self.state.setProperty("role", "state")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setProperty("role", "admin-page")
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 24, 24)
        inner.addWidget(self.form)
        inner.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(holder)
        self.buttons = {
            "save": form_button(self.tr("Save draft"), self.save_draft, "action"),
            "preview": form_button(self.tr("Preview"), self.preview, "action"),
            "publish": form_button(self.tr("Publish now"), self.publish_now, "primary"),
            "publish_at": form_button(self.tr("Publish at…"), self.publish_at, "action"),
            "history": form_button(self.tr("History"), self.history, "action"),
            "archive": form_button(self.tr("Archive"), self.archive, "danger"),
            "discard": form_button(self.tr("Delete draft"), self.discard, "danger"),
            "unschedule": form_button(self.tr("Cancel schedule"), self.cancel_schedule, "danger"),
        }
        bar = QFrame()
        bar.setProperty("role", "action-bar")
        # The buttons wrap onto a second row where the page is narrow (the console on a portrait kiosk)
        # instead of squeezing their words to "blish n".
        actions = FlowLayout(bar, spacing=12)
        actions.setContentsMargins(0, 12, 0, 0)
        for name in ("save", "preview", "publish", "publish_at", "history", "archive", "discard", "unschedule"):
            actions.addWidget(self.buttons[name])
        self.buttons["preview"].setVisible(self.previewer.can_preview(self.spec.entity))
        self.buttons["unschedule"].hide()
        self.buttons["archive"].setVisible(self.kind.archive != "none")
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addLayout(head)
        right.addWidget(self.message)
        right.addWidget(self.form_scroll, 1)
        right.addWidget(bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(24)
        if not self.single:
            side = QWidget()
            side.setLayout(left)
            side.setFixedWidth(360)
            layout.addWidget(side)
        layout.addLayout(right, 1)

    # --- the list -------------------------------------------------------------------------

    def reload_list(self) -> None:
        self.summaries: list[ItemSummary] = self.editor.items(self.spec.entity)
        self.items.clear()
        for s in self.summaries:
            state = choice_text(s.state) + (
                self.tr(" · unpublished changes") if s.has_draft and s.state != "draft" else ""
            )
            if s.scheduled_at is not None:
                state += self.tr(" · new version from %1").replace("%1", f"{s.scheduled_at:%Y-%m-%d %H:%M}")
            item = QListWidgetItem(s.title)
            item.setData(KEY, s.key)
            item.setData(SUBTITLE, state)
            self.items.addItem(item)
        self._filter(self.search.text())
        self._mark_current()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.items.count()):
            item = self.items.item(i)
            item.setHidden(bool(needle) and needle not in f"{item.text()} {item.data(KEY)}".lower())

    def _mark_current(self) -> None:
        for i in range(self.items.count()):
            item = self.items.item(i)
            item.setSelected(item.data(KEY) == self.key)

    # --- opening --------------------------------------------------------------------------

    def _ask_then(self, action: Callable[[], None]) -> None:
        """Leaving unsaved changes asks first; otherwise ``action`` runs at once."""
        if not self.dirty:
            action()
            return
        self.confirm(self.tr("Discard your unsaved changes?"), "", self.tr("Discard"), action)

    def new_item(self) -> None:
        self.key, self.published, self.dirty = None, False, False
        self.scheduled_at = None
        self.form.reload_choices()
        self.form.set_value({})
        self._key_editable(True)
        self.title.setText(self.tr("New: %1").replace("%1", self.spec.title))
        self._update_state(None)
        self.say("")

    def open_item(self, key: str) -> None:
        loaded = self.editor.load(self.spec.entity, key)
        self.form.reload_choices()
        if loaded is None:
            self.new_item()
            return
        self.key, self.published, self.dirty = key, loaded.published is not None, False
        self.scheduled_at = loaded.scheduled_at
        self.form.set_value(loaded.doc.model_dump())
        self._key_editable(not self.published or self.spec.entity == "complaint_channel")
        self.title.setText(self._title_of(loaded.doc))
        self._update_state(loaded.is_draft)
        if loaded.is_draft and self.published:
            self.say(self.tr("Showing your unpublished draft."))
        elif loaded.scheduled_at is not None and not loaded.is_draft:
            when = f"{loaded.scheduled_at:%Y-%m-%d %H:%M}"
            self.say(
                self.tr(
                    "Showing the version that goes live on %1. Until then residents see the one published now."
                ).replace("%1", when)
                if self.published
                else self.tr("Showing the version that goes live on %1.").replace("%1", when)
            )
        else:
            self.say("")
        self.validate()
        self._mark_current()

    def _title_of(self, doc: Doc) -> str:
        return str(getattr(doc, self.kind.title_field, "") or self.spec.title)

    def _key_editable(self, editable: bool) -> None:
        if self.kind.key_field:  # codes are what other content points at: fixed once published
            self.form.set_read_only(self.kind.key_field, not editable)

    def _update_state(self, is_draft: bool | None) -> None:
        summary = next((s for s in getattr(self, "summaries", []) if s.key == self.key), None)
        text = choice_text(summary.state) if summary else self.tr("Not saved yet")
        if is_draft and summary and summary.state != "draft":
            text += self.tr(" + draft")
        self.state.setText(text)
        has_key = self.key is not None
        self.buttons["history"].setEnabled(self.published)
        self.buttons["archive"].setEnabled(self.published and summary is not None and summary.state != "archived")
        self.buttons["discard"].setEnabled(has_key and bool(is_draft))
        self.buttons["unschedule"].setVisible(has_key and summary is not None and summary.scheduled_at is not None)

    # --- checking as you type -------------------------------------------------------------

    def _edited(self) -> None:
        self.dirty = True
        self.check_timer.start()

    def validate(self) -> Doc | None:
        """The form as a document, or None; every problem is shown next to its field."""
        self.check_timer.stop()
        try:
            doc = self.kind.doc.model_validate(self.form.value())
        except ValidationError as exc:
            self.form.show_errors(field_errors(exc, self.kind.doc.model_fields))
            return None
        problems = check_matter(doc) if isinstance(doc, MatterDoc) else []
        self.form.show_errors([FieldError((p.field,), p.message) for p in problems])
        return doc

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "message-ok" if ok else "message-error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def _valid_or_say(self) -> Doc | None:
        doc = self.validate()
        if doc is None:
            self.say(self.tr("Please correct the fields marked in red first."), ok=False)
            self._scroll_to_first_error()
        return doc

    def _scroll_to_first_error(self) -> None:
        shown = self.form.errors_shown()
        for name in self.form.editors:
            if name in shown:
                self.form_scroll.ensureWidgetVisible(self.form.editors[name], 0, 120)
                return

    # --- actions --------------------------------------------------------------------------

    def save_draft(self) -> None:
        doc = self._valid_or_say()
        if doc is None:
            return
        self.key = self.editor.save_draft(self.spec.entity, doc, self.actor(), replaces=self.key)
        self.dirty = False
        self.reload_list()
        self._update_state(True)
        self.say(self.tr("Draft saved. The kiosk still shows the published version."))

    def publish_now(self) -> None:
        if self._valid_or_say() is not None:
            self.confirm(
                self.tr("Publish now?"), self.tr("Residents will see it at once."), self.tr("Publish"), self._publish
            )

    def publish_at(self) -> None:
        if self._valid_or_say() is None:
            return
        if self.spec.entity == "matter":
            text = self.tr(
                "This version takes effect on this day (计划生效日期). Until then residents see the version "
                "published now, if there is one."
            )
        else:
            text = self.tr(
                "Residents see this version from this moment. Until then they see the version published now, "
                "if there is one."
            )
        self.dialog = PublishAtDialog(self.window(), text, self.spec.entity != "matter", self._publish)
        self.dialog.open()

    def _publish(self, at: dt.datetime | None = None) -> None:
        doc = self.validate()
        if doc is None:
            return
        try:
            version = self.editor.publish(self.spec.entity, doc, self.actor(), at=at, replaces=self.key)
        except PublishRefused as refused:
            self.form.show_errors([FieldError((p.field,), p.message) for p in refused.problems])
            self.say(self.tr("Not published: please correct the fields marked in red."), ok=False)
            self._scroll_to_first_error()
            return
        except UserError as exc:
            self.say(exc.message, ok=False)
            return
        if not version and at is not None:
            when = f"{at:%Y-%m-%d %H:%M}"
            self._after_change(doc, self.tr("Scheduled: residents see this version from %1.").replace("%1", when))
            return
        self._after_change(doc, self.tr("Published as version %1.").replace("%1", str(version)))

    def cancel_schedule(self) -> None:
        self.confirm(
            self.tr("Cancel the scheduled version?"),
            self.tr("The version published now stays as it is."),
            self.tr("Cancel schedule"),
            self._cancel_schedule,
        )

    def _cancel_schedule(self) -> None:
        self.editor.cancel_scheduled(self.spec.entity, self.key or "", self.actor())
        self.reload_list()
        if self.key is not None and self.published:
            self.open_item(self.key)
        else:
            self.new_item()
        self.say(self.tr("The scheduled version was cancelled."))

    def _after_change(self, doc: Doc | None, text: str) -> None:
        from kiosk.data.content_kinds import key_of

        if doc is not None:
            self.key = key_of(self.spec.entity, doc)
        self.reload_list()
        self.open_item(self.key or "")
        self.say(text)

    def archive(self) -> None:
        if self.key is None:
            return
        self.confirm(
            self.tr("Archive this item?"),
            self.tr("Residents will no longer see it. It stays in the history (存档) and can be restored."),
            self.tr("Archive"),
            self._archive,
        )

    def _archive(self) -> None:
        try:
            version = self.editor.archive(self.spec.entity, self.key or "", self.actor())
        except UserError as exc:
            self.say(exc.message, ok=False)
            return
        self._after_change(None, self.tr("Archived as version %1.").replace("%1", str(version)))

    def discard(self) -> None:
        self.confirm(self.tr("Delete this draft?"), "", self.tr("Delete draft"), self._discard)

    def _discard(self) -> None:
        self.editor.discard_draft(self.spec.entity, self.key or "", self.actor())
        self.dirty = False
        self.reload_list()
        if self.key is not None and self.published:
            self.open_item(self.key)
        else:
            self.new_item()
        self.say(self.tr("Draft deleted."))

    def history(self) -> None:
        if self.key is None:
            return
        labels = {**self.spec.all_labels, **self.form.labels}
        self.dialog = HistoryDialog(
            self.window(), self.editor, self.spec.entity, self.key, self.title.text(), labels, self._restore
        )
        self.dialog.open()

    def _restore(self, version: int) -> None:
        try:
            new = self.editor.restore(self.spec.entity, self.key or "", version, self.actor())
        except UserError as exc:  # PublishRefused included: the rules may have changed since
            self.say(exc.message, ok=False)
            return
        self._after_change(
            None, self.tr("Version %1 restored as version %2.").replace("%1", str(version)).replace("%2", str(new))
        )

    def preview(self) -> None:
        doc = self._valid_or_say()
        if doc is None:
            return
        screen = self.previewer.screen(self.spec.entity, doc)
        note = self.tr("Preview: residents will see exactly this once it is published.")
        self.dialog = PreviewDialog(self.window(), screen, note)
        self.dialog.open()

    def confirm(self, question: str, detail: str, yes: str, action: Callable[[], None]) -> None:
        """Ask with big yes/no buttons; ``action`` runs on yes (tests replace this to answer at once)."""
        dialog = ConfirmDialog(self.window(), question, detail, yes, self.tr("Cancel"))
        dialog.accepted.connect(action)
        self.dialog = dialog
        dialog.open()
