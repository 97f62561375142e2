"""The demo's service loop (示例数据): ratings over the last months, cases in every state, complaints,
a decided plan, and the national holiday calendar — so a fresh install's 监督 board is not empty.

Everything except the calendar is marked as sample (``is_sample``; the decided plan by its key
``SAMPLE_PLAN``) and dated relative to the day the demo is loaded. ``remove_samples`` takes all of
it away again in one transaction (the console's "Remove sample cases…"); real ratings, cases,
complaints and opinions are never touched. The calendar (2025 and 2026, from the State Council's
notices 国办发明电〔2024〕12号 and 〔2025〕7号) is real data and stays.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.rating_cases import open_case
from kiosk.data.schema import BundleDoc, ComplaintResultDoc, PreDisclosureDoc
from kiosk.data.store import save_bundle
from kiosk.services.supervision.calendar import CalendarDay, WorkCalendar, calendar_from
from kiosk.services.supervision.cases import ENTITY as CASE_ENTITY
from kiosk.services.supervision.complaints import ENTITY as COMPLAINT_ENTITY
from kiosk.services.supervision.decisions import ARCHIVE_ENTITY

SAMPLE_PLAN = "YGK2026-S01"
ACTOR = "示例"


def _span(start: str, end: str, name: str) -> list[CalendarDay]:
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return [CalendarDay(first + dt.timedelta(days=n), "holiday", name) for n in range((last - first).days + 1)]


def _worked(day: str, name: str) -> CalendarDay:
    return CalendarDay(dt.date.fromisoformat(day), "workday", f"{name}调休上班")


NATIONAL_HOLIDAYS = [
    # 2025: 国办发明电〔2024〕12号
    *_span("2025-01-01", "2025-01-01", "元旦"),
    *_span("2025-01-28", "2025-02-04", "春节"),
    _worked("2025-01-26", "春节"),
    _worked("2025-02-08", "春节"),
    *_span("2025-04-04", "2025-04-06", "清明节"),
    *_span("2025-05-01", "2025-05-05", "劳动节"),
    _worked("2025-04-27", "劳动节"),
    *_span("2025-05-31", "2025-06-02", "端午节"),
    *_span("2025-10-01", "2025-10-08", "国庆节、中秋节"),
    _worked("2025-09-28", "国庆节"),
    _worked("2025-10-11", "国庆节"),
    # 2026: 国办发明电〔2025〕7号
    *_span("2026-01-01", "2026-01-03", "元旦"),
    _worked("2026-01-04", "元旦"),
    *_span("2026-02-15", "2026-02-23", "春节"),
    _worked("2026-02-14", "春节"),
    _worked("2026-02-28", "春节"),
    *_span("2026-04-04", "2026-04-06", "清明节"),
    *_span("2026-05-01", "2026-05-05", "劳动节"),
    _worked("2026-05-09", "劳动节"),
    *_span("2026-06-19", "2026-06-21", "端午节"),
    *_span("2026-09-25", "2026-09-27", "中秋节"),
    *_span("2026-10-01", "2026-10-07", "国庆节"),
    _worked("2026-09-20", "国庆节"),
    _worked("2026-10-10", "国庆节"),
]


@dataclass(frozen=True)
class SampleCase:
    """A 差评 (or a comment) and what became of it. Days are working days after the rating."""

    days_ago: int
    window: str
    level: int
    comment: str
    contact: str
    status: str
    problem: str = ""
    finding: str = ""
    rectification: str = ""
    visit: str = ""
    reason: str = ""
    verified_after: int = 2
    rectified_after: int = 8
    visited_after: int = 11


CASES = (
    SampleCase(
        118, "W8", 1, "办户口迁移排了一个多小时的队，只开了一个窗口。", "13800000001", "visited",
        problem="上午高峰时段户籍窗口只开放一个，群众等候时间过长。",
        finding="调取排队记录，当日上午平均等候52分钟，属实。",
        rectification="户籍窗口在每周一、周五上午高峰时段增开一个窗口，大厅入口显示屏公示等候人数。",
        visit="电话回访，群众表示近期再来办事等候明显缩短，满意。",
    ),
    SampleCase(
        96, "W1", 2, "工作人员解释养老保险政策不耐心，语气很冲。", "刘女士 13800000002", "visited",
        problem="窗口工作人员解释养老保险缴费政策时不耐心、语气生硬。",
        finding="查看监控并询问当事人，基本属实。",
        rectification="对该窗口工作人员进行提醒谈话，组织全体窗口人员重新学习服务语言规范，并在窗口放置政策问答卡。",
        visit="电话回访，群众对处理结果表示认可。",
    ),
    SampleCase(
        74, "W3", 1, "高龄津贴的材料没一次说清楚，跑了两趟。", "", "visited",
        problem="申领高龄津贴时未一次性告知所需全部材料，群众往返两次。",
        finding="窗口未出具一次性告知单，属实。",
        rectification="民政窗口统一使用系统打印的一次性告知单，高龄津贴办事指南重新核对更新。",
        visit="群众未留联系方式，整改情况已在大厅公示。",
        rectified_after=17,
        visited_after=18,
    ),
    SampleCase(
        61, "W4", 2, "说要三天才能拿到结果，太慢了。", "", "unfounded",
        reason="经核实，该事项承诺办结时限为3个工作日，工作人员告知无误，不属于服务问题。已在窗口张贴时限说明。",
    ),
    SampleCase(
        52, "W9", 5, "帮办代办员小马很热心，帮我填好了所有表格，谢谢！", "", "no_action",
        reason="表扬，已转告帮办代办窗口并在周例会通报。",
    ),
    SampleCase(
        40, "W6", 2, "中午十二点半来问农房建设，窗口没人。", "13800000006", "visited",
        problem="午间值班窗口无人，群众未能咨询农房建设审批事项。",
        finding="当日值班人员临时外出未报备，属实。",
        rectification="重申午间值班和AB角替岗制度，大厅入口公示每日值班人员姓名和电话。",
        visit="电话回访，群众表示满意。",
    ),
    SampleCase(
        20, "W7", 1, "调解预约打电话一直没人接。", "13800000007", "rectified",
        problem="司法调解窗口预约电话多次无人接听。",
        finding="该电话未设置转接，属实。",
        rectification="预约电话设置无人接听时转接综合窗口，并开通微信预约。",
    ),
    SampleCase(
        14, "W2", 2, "医保报销材料退回了两次都没说清楚原因。", "", "rectifying",
        problem="医保报销材料被退回时未说明具体原因。",
        finding="属实，退件未附书面说明。",
    ),
    SampleCase(26, "W5", 2, "优待证办理进度没人告知。", "13800000005", "verifying"),
    SampleCase(3, "W8", 1, "身份证照片拍了三次都不合格，设备有问题。", "", "verifying"),
)  # fmt: skip

COMPLAINTS = (
    # days ago, channel, window, complainant, summary, result, publish
    (
        58, "电话", "W8", "王先生 13800000011",
        "来电反映办理居民身份证时被要求提供户口簿复印件两份，认为不必要。",
        "经核实，办事指南要求户口簿原件核验即可，窗口多要复印件属于执行不一致。"
        "已统一按办事指南执行，并向来电群众说明致歉。",
        True,
    ),
    (
        41, "举报箱", "W3", "",
        "举报箱来信反映低保申请材料被退回两次，未说明原因。",
        "经核查，两次退回均因收入证明缺少村委会盖章，但窗口未出具一次性告知单。"
        "已对窗口予以通报批评，申请人材料已受理。",
        True,
    ),
    (
        21, "邮箱", "", "chen@example.com",
        "来信建议大厅增设老年人休息座椅和老花镜。",
        "已在等候区增设爱心座椅6张，各窗口配备老花镜和放大镜。",
        False,
    ),
    (4, "来访", "W6", "李大爷", "来访反映危房改造补助资金尚未到账，询问发放进度。", "", False),
)  # fmt: skip

PLAN_TEXT = (
    "为方便上班族和外出务工群众办事，大厅拟实行延时服务和午间不打烊：\n\n"
    "一、每周三延时服务至19:00，开放综合窗口和社保、医保窗口。\n\n"
    "二、工作日午间12:00-14:30安排2个综合窗口值班，可办理高频事项。\n\n"
    "三、延时和午间服务不收取任何费用。"
)
OPINIONS = (
    # stance, text, adopted?, reason
    *(("support", text, True, "已纳入方案") for text in (
        "支持，上班时间根本请不了假。", "周三延时很好，建议户籍窗口也延时。", "午间不打烊对外出务工的太有用了。",
        "支持，希望尽快实行。", "支持，延时服务时也请安排帮办员。", "支持午间值班。",
    )),
    *(("support", text, False, "人员编制有限，暂不具备条件，待试行后评估") for text in (
        "建议每天都延时到晚上七点。", "建议周六全天开放。",
    )),
    *(("oppose", text, False, "延时和午间服务实行轮休补休，不增加个人工作时长") for text in (
        "工作人员太辛苦了，不赞成延时。", "午间不休息会影响下午服务质量。",
    )),
    ("oppose", "周三晚上来的人少，没必要。", False, "试行三个月后根据办件量评估"),
    ("other", "延时服务能不能办理不动产登记？", True, "不动产登记窗口同步延时"),
    ("other", "建议提前在村里广播通知延时时间。", True, "通过村级广播和公众号公布"),
    ("other", "停车位不够，晚上来停哪里？", True, "延时期间开放政府院内停车场"),
    ("other", "希望延时期间也能打印一次性告知单。", True, "延时期间信息亭和打印机正常使用"),
    ("support", "赞成，建议公示值班人员电话。", True, "在大厅入口公示"),
    ("oppose", "晚上回家不安全，不建议延时到七点。", False, "延时至19:00与周边单位下班时间衔接，暂不调整"),
    ("other", "可以先试行三个月。", True, "方案明确试行三个月"),
    ("support", "好事，支持！", True, "已纳入方案"),
    ("other", "延时服务能不能预约？", True, "开通电话预约"),
)  # fmt: skip


def _utc(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute)).astimezone(dt.UTC).replace(tzinfo=None)


def load_samples(session: Session, today: dt.date, seed: int = 2026) -> int:
    """Add the demo's service-loop samples into the caller's transaction; returns how many records."""
    if session.scalar(select(func.count()).select_from(m.CalendarDay)) == 0:
        session.add_all(m.CalendarDay(day=d.day, kind=d.kind, name=d.name) for d in NATIONAL_HOLIDAYS)
        session.flush()
    calendar = calendar_from(session)
    added = _ratings(session, today, random.Random(seed))
    added += _cases(session, today, calendar)
    added += _complaints(session, today)
    added += _decided_plan(session, today)
    return added


def _ratings(session: Session, today: dt.date, rng: random.Random) -> int:
    """About two ratings a working day over four months, mostly 满意 or better, none of them a case."""
    rows = []
    for back in range(120, 0, -1):
        day = today - dt.timedelta(days=back)
        if day.weekday() >= 5:
            continue
        for _ in range(rng.choice((1, 2, 2, 3))):
            levels = [rng.choices((5, 4, 3), weights=(6, 3, 1))[0] for _ in range(4)]
            rows.append(
                {
                    "uid": str(uuid.uuid4()),
                    "created_at": _utc(day, rng.randint(8, 16), rng.randint(0, 59)),
                    "window": f"W{rng.randint(1, 9)}",
                    "overall": levels[0],
                    "efficiency": levels[1],
                    "competence": levels[2],
                    "attitude": levels[3],
                    "comment": "",
                    "kiosk_id": "demo",
                    "is_sample": True,
                }
            )
    session.execute(insert(m.Rating), rows)
    return len(rows)


def _cases(session: Session, today: dt.date, calendar: WorkCalendar) -> int:
    for sample in CASES:
        rated_on = today - dt.timedelta(days=sample.days_ago)
        uid = str(uuid.uuid4())
        created = _utc(rated_on, 10, 15)
        levels = {"overall": sample.level, "efficiency": sample.level, "competence": 3, "attitude": sample.level}
        session.add(m.Rating(uid=uid, created_at=created, window=sample.window, comment=sample.comment,
                             kiosk_id="demo", is_sample=True, **levels))  # fmt: skip
        session.flush()
        case = open_case(session, uid=uid, created_at=created, levels=levels, comment=sample.comment,
                         window=sample.window, contact=sample.contact, is_sample=True)  # fmt: skip
        assert case is not None
        steps = _steps(sample, rated_on, calendar, today)
        for name, value in steps["values"].items():
            setattr(case, name, value)
        session.flush()
        for action, detail, day in steps["audit"]:
            session.add(m.AuditEntry(at=_utc(day, 15, 30), actor=ACTOR, action=action, entity=CASE_ENTITY,
                                     key=str(case.id), detail=detail))  # fmt: skip
    return len(CASES) * 2


def _steps(sample: SampleCase, rated_on: dt.date, calendar: WorkCalendar, today: dt.date) -> dict[str, Any]:
    def after(n: int) -> dt.date:
        return min(calendar.add_working_days(rated_on, n), today)

    verified, rectified, visited = (
        after(sample.verified_after),
        after(sample.rectified_after),
        after(sample.visited_after),
    )
    values: dict[str, object] = {"status": sample.status, "finding": sample.finding, "problem": sample.problem}
    audit: list[tuple[str, str, dt.date]] = []
    if sample.status in ("unfounded", "no_action"):
        values.update(reason=sample.reason, verified_on=verified, closed_on=verified)
        word = "不属实" if sample.status == "unfounded" else "无需整改"
        audit.append((f"case.{sample.status}", f"待核实 → {word}", verified))
    if sample.status in ("rectifying", "rectified", "visited"):
        values["verified_on"] = verified
        audit.append(("case.verify", "待核实 → 整改中", verified))
    if sample.status in ("rectified", "visited"):
        values.update(rectification=sample.rectification, rectified_on=rectified)
        audit.append(("case.rectify", "整改中 → 已整改", rectified))
    if sample.status == "visited":
        values.update(visit_result=sample.visit, visit_satisfied=True, closed_on=visited)
        audit.append(("case.visit", "已整改 → 已回访", visited))
    return {"values": values, "audit": audit}


def _complaints(session: Session, today: dt.date) -> int:
    windows = dict(session.execute(select(m.Window.code, m.Window.name)).tuples().all())
    for days_ago, channel, window, complainant, summary, result, publish in COMPLAINTS:
        received = today - dt.timedelta(days=days_ago)
        handled = received + dt.timedelta(days=min(10, days_ago)) if result else None
        row = m.Complaint(channel=channel, received_on=received, window=window, complainant=complainant,
                          summary=summary, status="closed" if result else "open", result=result,
                          handled_on=handled, is_sample=True)  # fmt: skip
        session.add(row)
        session.flush()
        if publish:
            row.result_key = f"TS{received.year}-R{row.id:04d}"
            about = windows.get(window, "")
            doc = ComplaintResultDoc(key=row.result_key, title=f"关于群众反映{about}相关问题的处理结果",
                                     received_on=received, summary=summary, result=result,
                                     publish_from=dt.datetime.combine(handled or today, dt.time(8)))  # fmt: skip
            save_bundle(session, BundleDoc(complaint_results=[doc]), action="demo", actor=ACTOR)
    return len(COMPLAINTS)


def _decided_plan(session: Session, today: dt.date) -> int:
    shown = dt.datetime.combine(today - dt.timedelta(days=75), dt.time(8))
    until = (today - dt.timedelta(days=55)).isoformat()
    plan = PreDisclosureDoc(key=SAMPLE_PLAN, title="青石镇便民服务大厅延时服务和午间不打烊方案(征求意见稿)",
                            plan=PLAN_TEXT, opinions_until=until, publish_from=shown, sort=5)  # fmt: skip
    save_bundle(session, BundleDoc(pre_disclosures=[plan]), action="demo", actor=ACTOR)
    for n, (stance, text, adopted, reason) in enumerate(OPINIONS):
        session.add(m.Opinion(uid=str(uuid.uuid4()), pre_disclosure_key=SAMPLE_PLAN, text=text, stance=stance,
                              created_at=_utc(shown.date() + dt.timedelta(days=n % 18), 9 + n % 8),
                              adoption="adopted" if adopted else "not_adopted", adoption_reason=reason,
                              reviewed_by=ACTOR, kiosk_id="demo", is_sample=True))  # fmt: skip
    support = sum(1 for o in OPINIONS if o[0] == "support")
    oppose = sum(1 for o in OPINIONS if o[0] == "oppose")
    n_adopted = sum(1 for o in OPINIONS if o[2])
    summary = (
        f"预公开期间共收到意见 {len(OPINIONS)} 条，其中支持 {support} 条、反对 {oppose} 条、其他意见 "
        f"{len(OPINIONS) - support - oppose} 条；采纳 {n_adopted} 条，未采纳 {len(OPINIONS) - n_adopted} 条。"
        "未采纳的主要是每天延时和周六全天开放（人员不足，试行后评估），以及对工作人员负担的担心（实行轮休补休）。"
    )
    decided = plan.model_copy(
        update={
            "status": "published",
            "title": "青石镇便民服务大厅延时服务和午间不打烊方案",
            "decision": PLAN_TEXT.replace("拟实行", "自下月起试行三个月") + "\n\n四、延时期间开放政府院内停车场，"
            "不动产登记窗口同步延时；开通电话预约。",
            "opinion_summary": summary,
            "changes": "根据意见：不动产登记窗口同步延时；增加电话预约；延时期间开放院内停车场；明确试行三个月后评估。",
            "decided_on": today - dt.timedelta(days=50),
        }
    )
    opinions = [{"stance": stance, "text": text, "adoption": "adopted" if adopted else "not_adopted", "reason": reason}
                for stance, text, adopted, reason in OPINIONS]  # fmt: skip
    archive = {"plan": plan.model_dump(mode="json"), "opinions": opinions}
    row = {
        "entity": ARCHIVE_ENTITY,
        "key": SAMPLE_PLAN,
        "version": 1,
        "action": "archive",
        "actor": ACTOR,
        "data": archive,
    }
    session.execute(insert(m.Revision), [row])
    save_bundle(session, BundleDoc(pre_disclosures=[decided]), action="decide", actor=ACTOR)
    return 1 + len(OPINIONS)


def remove_samples(session: Session, actor: str) -> int:
    """Delete every sample rating, case, complaint (with its published result) and the sample plan; returns how many."""
    case_ids = [str(i) for i in session.scalars(select(m.RatingCase.id).where(m.RatingCase.is_sample.is_(True)))]
    complaints = list(session.scalars(select(m.Complaint).where(m.Complaint.is_sample.is_(True))))
    results = [c.result_key for c in complaints if c.result_key]
    removed = len(case_ids) + len(complaints)
    session.execute(delete(m.AuditEntry).where(m.AuditEntry.entity == CASE_ENTITY, m.AuditEntry.key.in_(case_ids)))
    complaint_ids = [str(c.id) for c in complaints]
    session.execute(
        delete(m.AuditEntry).where(m.AuditEntry.entity == COMPLAINT_ENTITY, m.AuditEntry.key.in_(complaint_ids))
    )
    session.execute(delete(m.RatingCase).where(m.RatingCase.is_sample.is_(True)))
    removed += session.execute(delete(m.Rating).where(m.Rating.is_sample.is_(True))).rowcount or 0  # type: ignore[attr-defined]
    session.execute(delete(m.Complaint).where(m.Complaint.is_sample.is_(True)))
    session.execute(delete(m.ComplaintResult).where(m.ComplaintResult.key.in_(results)))
    session.execute(delete(m.Revision).where(m.Revision.entity == "complaint_result", m.Revision.key.in_(results)))
    removed += session.execute(delete(m.Opinion).where(m.Opinion.is_sample.is_(True))).rowcount or 0  # type: ignore[attr-defined]
    if (
        session.scalar(select(func.count()).select_from(m.Opinion).where(m.Opinion.pre_disclosure_key == SAMPLE_PLAN))
        == 0
    ):
        session.execute(delete(m.PreDisclosure).where(m.PreDisclosure.key == SAMPLE_PLAN))
        session.execute(
            delete(m.Revision).where(
                m.Revision.key == SAMPLE_PLAN, m.Revision.entity.in_(("pre_disclosure", ARCHIVE_ENTITY))
            )
        )
    audit_log.record(session, actor, "samples.remove", "", "", f"{removed} 条示例记录")
    return removed
