"""The statistics report as tables: one per section, with Chinese headers and plain values. No Qt.

Every export writes exactly these tables, so the statistics page, its CSV/XLSX files, the PDF
report and ``kiosk report`` cannot disagree. Counts are integers; shares are text as the hall
writes them (92.5%), so a spreadsheet shows what the page showed. The report is the hall's own
document: its words are Chinese whatever the screen's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.data.feedback import DIMENSIONS, LEVELS, RatingSummary
from kiosk.data.statistics import HallReport, Period

Value = str | int
LEVEL_NAMES = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}
DIMENSION_NAMES = {"overall": "整体满意度", "efficiency": "服务效率", "competence": "服务水平", "attitude": "服务态度"}
SHARE_NOTE = "满意率 = (非常满意 + 满意 + 基本满意) ÷ 评价数"


@dataclass(frozen=True)
class Table:
    """One section of the report: ``key`` names its file or sheet, ``title`` heads it."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    note: str = ""


def share_text(share: float | None) -> str:
    """92.5%, or — when nobody rated."""
    return "—" if share is None else f"{share * 100:.1f}%"


def seconds_text(seconds: float | None) -> str:
    """A wait as the hall says it: 45秒, 3分20秒; — when no call was answered."""
    if seconds is None:
        return "—"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes}分{rest:02d}秒" if minutes else f"{rest}秒"


def period_text(span: Period) -> str:
    first, last = span.first_day(), span.last_day()
    if first is None and last is None:
        return "全部"
    return f"{first.isoformat() if first else '开始'} 至 {last.isoformat() if last else '今天'}"


def _summary(report: HallReport) -> Table:
    cases = report.cases
    rows: list[tuple[Value, ...]] = [
        ("统计期间", period_text(report.period)),
        ("服务评价(份)", report.ratings.total),
        ("整体满意率", share_text(report.ratings.satisfied_share("overall"))),
        ("办事指南查看(次)", report.views),
        ("材料清单打印(次)", report.prints),
        ("补正告知单(份)", report.notices_issued),
        ("预公开意见(条)", report.opinions),
        ("搜索(次)", report.searches.total),
        ("无结果搜索(次)", report.searches.found_nothing),
    ]
    calls = report.help_calls
    if calls is not None:  # 呼叫帮办: the wait is until a staff member tapped 「我去」 on the console
        rows += [
            ("呼叫帮办(次)", calls.calls),
            ("呼叫帮办·已应答(次)", calls.answered),
            ("呼叫帮办·等待中位数", seconds_text(calls.median_seconds)),
            ("呼叫帮办·最长等待", seconds_text(calls.longest_seconds)),
        ]
    if cases is None:
        rows.append(("差评工单", "本版本尚无差评工单"))
    else:
        rows += [("差评工单·办理中", cases.open), ("差评工单·已超期", cases.overdue), ("差评工单·已办结", cases.closed)]
        rows.append(("差评按期整改率", share_text(cases.on_time_share)))
    return Table("summary", "概况", ("项目", "数值"), tuple(rows))


def _matters(report: HallReport) -> Table:
    rows = tuple((rank, u.code, u.name, u.views, u.prints, u.notices) for rank, u in enumerate(report.matters, start=1))
    return Table(
        "matters",
        "事项使用排行(前20)",
        ("排名", "事项编码", "事项名称", "查看次数", "打印清单次数", "补正告知单"),
        rows,
        "图为查看次数最多的 10 个事项。查看:居民在信息亭打开办事指南;打印:居民打印材料清单;"
        "补正告知单:窗口开具的一次性告知单。",
    )


def _gaps(report: HallReport) -> Table:
    searches = report.searches
    rows = tuple((g.words, g.searches, f"{g.last:%Y-%m-%d %H:%M}") for g in searches.gaps)
    note = (
        f"共搜索 {searches.total} 次,其中 {searches.found_nothing} 次没有结果;"
        f"{searches.words_not_kept} 次的搜索词像电话、证件号等个人信息,未记录。"
    )
    return Table("search_gaps", "无结果搜索(内容缺口)", ("搜索词", "次数", "最近一次"), rows, note)


def _levels(summary: RatingSummary) -> Table:
    rows: list[tuple[Value, ...]] = [
        (LEVEL_NAMES[level], *(summary.counts[d][level] for d in DIMENSIONS)) for level in LEVELS
    ]
    rows.append(("合计", *(summary.total for _ in DIMENSIONS)))
    rows.append(("满意率", *(share_text(summary.satisfied_share(d)) for d in DIMENSIONS)))
    headers = ("等级", *(DIMENSION_NAMES[d] for d in DIMENSIONS))
    return Table("ratings", "服务评价·按指标", headers, tuple(rows), SHARE_NOTE)


def _windows(report: HallReport) -> Table:
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (
            code or "—",
            report.window_names.get(code, code) if code else "未选择窗口",
            s.total,
            *(share_text(s.satisfied_share(d)) for d in DIMENSIONS),
        )
        for code, s in sorted(report.by_window.items(), key=lambda item: (item[0] == "", item[0]))
    )
    headers = ("窗口编码", "窗口", "评价数", *(f"{DIMENSION_NAMES[d]}满意率" for d in DIMENSIONS))
    return Table("ratings_by_window", "服务评价·按窗口", headers, rows, SHARE_NOTE)


def _months(report: HallReport) -> Table:
    rows: tuple[tuple[Value, ...], ...] = tuple(
        (r.month, r.total, *(share_text(r.share(d)) for d in DIMENSIONS)) for r in report.by_month
    )
    headers = ("月份", "评价数", *(f"{DIMENSION_NAMES[d]}满意率" for d in DIMENSIONS))
    return Table("ratings_by_month", "服务评价·按月份", headers, rows, SHARE_NOTE)


def _cases(report: HallReport) -> Table:
    cases = report.cases
    if cases is None:
        return Table("cases", "差评工单", ("状态", "数量"), (), "本版本尚无差评工单。")
    rows: tuple[tuple[Value, ...], ...] = (
        ("办理中", cases.open),
        ("已超期", cases.overdue),
        ("已办结", cases.closed),
        ("按期整改率", share_text(cases.on_time_share)),
    )
    return Table(
        "cases",
        "差评工单",
        ("状态", "数量"),
        rows,
        "办理中:期间内产生、尚未办结;已超期:现在已过整改期限;已办结:期间内办结。",
    )


def _hours(report: HallReport) -> Table:
    rows = tuple((f"{h:02d}:00–{h + 1:02d}:00", n) for h, n in enumerate(report.hours))
    return Table(
        "use_by_hour", "信息亭使用·按时段", ("时段", "使用次数"), rows, "使用次数:查看指南、打印清单和搜索的次数之和。"
    )


def report_tables(report: HallReport) -> list[Table]:
    """Every section, in the order of the page and the printed report."""
    return [
        _summary(report),
        _matters(report),
        _gaps(report),
        _levels(report.ratings),
        _windows(report),
        _months(report),
        _cases(report),
        _hours(report),
    ]
