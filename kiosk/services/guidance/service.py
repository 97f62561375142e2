"""What the bundle and 导办 screens and ``kiosk notice --bundle`` ask for, over the content reader.

``GuidanceService`` finds a bundle residents may open, merges its list for a set of answers and
builds its checklist; it reads through ``ContentRepository`` (so the kiosk's offline snapshot
covers bundles too). No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from kiosk.data.schema import GuidanceDoc, MatterDoc, ServiceBundleDoc
from kiosk.errors import UserError
from kiosk.services.guidance.bundle_notice import BundleChecklist, build_bundle_checklist
from kiosk.services.guidance.bundles import Answer, MergedBundle, merge_bundle
from kiosk.services.notices import local_now


class GuidanceService:
    """Bundles and the 导办 tree as residents see them."""

    def __init__(self, content: Any, clock: Callable[[], Any] = local_now) -> None:
        self.content = content
        self.clock = clock

    def bundles(self) -> list[ServiceBundleDoc]:
        return list(self.content.bundles())

    def tree(self) -> GuidanceDoc | None:
        tree = self.content.guidance()
        return tree if tree is not None and tree.nodes else None

    def bundle(self, code: str) -> ServiceBundleDoc:
        found = next((b for b in self.bundles() if b.code == code), None)
        if found is None:
            known = "、".join(f"{b.code}（{b.name}）" for b in self.bundles()) or "（无）"
            raise UserError(f"没有编码为 {code!r} 的一件事（或其中有事项已停办）；可选：{known}")
        return found

    def matters_of(self, bundle: ServiceBundleDoc) -> dict[str, MatterDoc]:
        found = {code: self.content.matter(code) for code in bundle.matters}
        return {code: doc for code, doc in found.items() if doc is not None}

    def merged(self, bundle: ServiceBundleDoc | str, answers: Mapping[str, Answer] | None = None) -> MergedBundle:
        doc = self.bundle(bundle) if isinstance(bundle, str) else bundle
        return merge_bundle(doc, self.matters_of(doc), answers or {})

    def checklist(self, merged: MergedBundle) -> BundleChecklist:
        hall = self.content.hall()
        if hall is None:
            raise UserError("还没有大厅信息，无法生成告知单：请先导入内容或装入演示数据")
        windows = {w.code: w for w in self.content.windows()}
        return build_bundle_checklist(merged, hall=hall, windows=windows, at=self.clock())
