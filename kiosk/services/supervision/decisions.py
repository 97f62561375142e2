"""预公开 to decision (预公开 → 正式决定): answer every opinion, then publish the decision. No Qt.

The seed's 预公开 rule: publish the plan before deciding, 「广泛听取各方面的意见并进行调整后,再予正式
公开」. Here the admin marks each opinion adopted or not adopted (with the reason), then publishes
the decision: the final text, the summary of the opinions and how the plan changed. Publishing is
one transaction that

1. archives the plan and its opinions (存档): a revision ``pre_disclosure_opinions`` holding the plan
   as it was put out and every opinion with its stance and answer (never the residents' contacts);
2. publishes the plan's new revision — the decision — through the ordinary publishing, so the
   plan's history reads plan → decision and the kiosk shows the decision where the plan was.

After that the opinions are closed: their answers can no longer change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from kiosk.data import audit_log, convert
from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.editing import PublishRefused, publish
from kiosk.data.feedback import FeedbackRepository, OpinionRecord
from kiosk.data.schema import PreDisclosureDoc
from kiosk.errors import UserError
from kiosk.services.supervision.anonymise import anonymise

ADOPTIONS = ("adopted", "not_adopted")
ARCHIVE_ENTITY = "pre_disclosure_opinions"
STANCE_WORDS = {"support": "支持", "oppose": "反对", "other": "其他"}
TEXT_LIMIT = 20_000


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass(frozen=True)
class OpinionCounts:
    """支持 / 反对 / 其他, and how many were adopted, not adopted or not yet answered."""

    support: int = 0
    oppose: int = 0
    other: int = 0
    adopted: int = 0
    not_adopted: int = 0
    pending: int = 0

    @property
    def total(self) -> int:
        return self.support + self.oppose + self.other


def count_opinions(opinions: list[OpinionRecord]) -> OpinionCounts:
    def n(test: Callable[[OpinionRecord], bool]) -> int:
        return sum(1 for o in opinions if test(o))

    return OpinionCounts(
        support=n(lambda o: o.stance == "support"),
        oppose=n(lambda o: o.stance == "oppose"),
        other=n(lambda o: o.stance not in ("support", "oppose")),
        adopted=n(lambda o: o.adoption == "adopted"),
        not_adopted=n(lambda o: o.adoption == "not_adopted"),
        pending=n(lambda o: o.adoption not in ADOPTIONS),
    )


def _text(value: str, what: str, *, required: bool = True) -> str:
    text = value.replace("\r\n", "\n").strip()
    if required and not text:
        raise UserError(f"请填写{what}")
    if len(text) > TEXT_LIMIT:
        raise UserError(f"{what}太长(最多 {TEXT_LIMIT} 字)")
    return text


class DecisionService:
    """The admin's side of a plan: its opinions answered one by one, then the decision published."""

    def __init__(self, database: Database, clock: Callable[[], dt.datetime] = local_now) -> None:
        self.database = database
        self.clock = clock
        self.feedback = FeedbackRepository(database)

    def plan(self, key: str) -> PreDisclosureDoc | None:
        with self.database.session() as session:
            row = session.scalar(select(m.PreDisclosure).where(m.PreDisclosure.key == key))
            return convert.simple_doc(PreDisclosureDoc, row) if row is not None else None

    def opinions(self, key: str) -> list[OpinionRecord]:
        return self.feedback.opinions(key)

    def counts(self, key: str) -> OpinionCounts:
        return count_opinions(self.opinions(key))

    def mark(self, uid: str, adoption: str, reason: str, actor: str) -> None:
        """Answer one opinion: adopted (采纳) or not adopted (不采纳, the reason is needed); "" undoes it."""
        if adoption not in (*ADOPTIONS, ""):
            raise UserError("采纳情况应为:采纳、不采纳")
        why = _text(reason, "不采纳的理由", required=adoption == "not_adopted")
        with self.database.session() as session:
            opinion = session.scalar(select(m.Opinion).where(m.Opinion.uid == uid).with_for_update())
            if opinion is None:
                raise UserError("找不到这条意见")
            plan = session.scalar(select(m.PreDisclosure).where(m.PreDisclosure.key == opinion.pre_disclosure_key))
            if plan is not None and plan.decision.strip():
                raise UserError("决定已经公布,意见已存档,采纳情况不能再改")
            opinion.adoption, opinion.adoption_reason = adoption, why
            opinion.reviewed_by, opinion.reviewed_at = actor[:64], m.utcnow()
            word = {"adopted": "采纳", "not_adopted": "不采纳", "": "撤销标记"}[adoption]
            audit_log.record(
                session, actor, "opinion.mark", "pre_disclosure", opinion.pre_disclosure_key, f"意见 {uid[:8]}:{word}"
            )
            session.commit()

    def suggested_summary(self, key: str) -> str:
        """A summary of the opinions for the decision, anonymised, for the admin to edit."""
        opinions = self.opinions(key)
        c = count_opinions(opinions)
        if not opinions:
            return "预公开期间未收到意见。"
        names = [o.contact for o in opinions]
        lines = [
            f"预公开期间共收到意见 {c.total} 条，其中支持 {c.support} 条、反对 {c.oppose} 条、其他意见 {c.other} 条；"
            f"采纳 {c.adopted} 条，未采纳 {c.not_adopted} 条。"
        ]
        adopted = [o for o in opinions if o.adoption == "adopted"]
        if adopted:
            lines.append("采纳的意见：")
            lines += [f"{n}. {anonymise(o.text, names)}" for n, o in enumerate(adopted, start=1)]
        rejected = [o for o in opinions if o.adoption == "not_adopted"]
        if rejected:
            lines.append("未采纳的意见及理由：")
            lines += [
                f"{n}. {anonymise(o.text, names)}（理由：{anonymise(o.adoption_reason, names)}）"
                for n, o in enumerate(rejected, start=1)
            ]
        return "\n".join(lines)

    def publish_decision(self, key: str, actor: str, *, decision: str, summary: str, changes: str) -> int:
        """Archive the plan with its opinions and publish the decision; returns the plan's new revision number.

        Refused while the plan still takes opinions, while an opinion is not answered, or without
        the decision's text and the summary of opinions.
        """
        now = self.clock()
        plan = self.plan(key)
        if plan is None:
            raise UserError("找不到这个预公开方案")
        if plan.status != "pre_disclosure" and not plan.is_decision:
            raise UserError("只有预公开中的方案可以发布决定")
        if plan.status == "pre_disclosure" and plan.opinions_until is not None and now.date() <= plan.opinions_until:
            raise UserError(f"意见征集到 {plan.opinions_until:%Y-%m-%d} 为止,截止后才能发布决定")
        opinions = self.opinions(key)
        pending = count_opinions(opinions).pending
        if pending:
            raise UserError(f"还有 {pending} 条意见没有标记采纳情况")
        names = [o.contact for o in opinions]
        values = plan.model_dump()
        values.update(
            decision=_text(decision, "决定的正文"),
            opinion_summary=anonymise(_text(summary, "意见采纳情况"), names),
            changes=anonymise(_text(changes, "方案调整情况", required=False), names),
            decided_on=plan.decided_on or now.date(),
            status="published",
            publish_until=None,  # the plan's window ended with the opinions; the decision stays shown
        )
        if values["publish_from"] is not None and values["publish_from"] > now:
            values["publish_from"] = now
        doc = PreDisclosureDoc.model_validate(values)
        with self.database.session() as session:
            if plan.status == "pre_disclosure":
                self._archive(session, plan, opinions, actor)
            try:
                version = publish(session, "pre_disclosure", doc, actor, action="decide", now=now)
            except PublishRefused as exc:
                raise UserError(exc.message) from None
            session.commit()
        return version

    @staticmethod
    def _archive(session, plan: PreDisclosureDoc, opinions: list[OpinionRecord], actor: str) -> None:  # type: ignore[no-untyped-def]
        version = session.scalar(
            select(func.max(m.Revision.version)).where(m.Revision.entity == ARCHIVE_ENTITY, m.Revision.key == plan.key)
        )
        c = count_opinions(opinions)
        data = {
            "plan": plan.model_dump(mode="json"),
            "counts": {"support": c.support, "oppose": c.oppose, "other": c.other, "adopted": c.adopted},
            "opinions": [
                {
                    "time": o.created_at.isoformat(),
                    "stance": o.stance,
                    "text": o.text,
                    "adoption": o.adoption,
                    "reason": o.adoption_reason,
                    "reviewed_by": o.reviewed_by,
                }
                for o in opinions
            ],
        }
        row = {
            "entity": ARCHIVE_ENTITY,
            "key": plan.key,
            "version": int(version or 0) + 1,
            "data": data,
            "action": "archive",
            "actor": actor,
        }
        session.execute(insert(m.Revision), [row])
        audit_log.record(session, actor, "archive", ARCHIVE_ENTITY, plan.key, f"{len(opinions)} 条意见")

    def archived(self, key: str) -> dict[str, object] | None:
        """The newest archive of the plan and its opinions, or None."""
        with self.database.session() as session:
            data = session.scalar(
                select(m.Revision.data)
                .where(m.Revision.entity == ARCHIVE_ENTITY, m.Revision.key == key)
                .order_by(m.Revision.version.desc())
                .limit(1)
            )
        return dict(data) if data is not None else None
