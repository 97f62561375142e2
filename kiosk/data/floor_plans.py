"""Floor plans (窗口导航): one plan image per floor, windows and kiosks placed on them.

The admin uploads a PNG or SVG per floor and taps where each window is and where each kiosk
stands ("you are here"); positions are fractions of the image (0…1), so a plan replaced by a
larger scan keeps them. A kiosk is known by its id (``LocalStore.kiosk_id``; empty for a kiosk
on its own SQLite file) and carries the name 呼叫帮办 shows to staff. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select

from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.errors import UserError

MAX_BYTES = 8 * 1024 * 1024
WINDOW, KIOSK = "window", "kiosk"


@dataclass(frozen=True)
class Floor:
    code: str
    name: str
    media_type: str


@dataclass(frozen=True)
class Place:
    kind: str
    key: str
    floor: str
    x: float
    y: float
    name: str = ""


def media_type_of(filename: str, data: bytes) -> str:
    """``image/png`` or ``image/svg+xml`` from the file's content; anything else is refused."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    head = data[:4096].lstrip().lower()
    if filename.lower().endswith(".svg") and (b"<svg" in head):
        return "image/svg+xml"
    raise UserError(f"{filename} 不是 PNG 或 SVG 图片;平面图请上传 .png 或 .svg 文件")


class FloorPlans:
    """Floors, their images and the places on them; one short session per call."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def floors(self) -> list[Floor]:
        with self.database.session() as session:
            rows = session.execute(
                select(m.FloorPlan.code, m.FloorPlan.name, m.FloorPlan.media_type).order_by(
                    m.FloorPlan.sort, m.FloorPlan.id
                )
            ).all()
        return [Floor(*row) for row in rows]

    def image(self, code: str) -> tuple[str, bytes] | None:
        with self.database.session() as session:
            row = session.execute(
                select(m.FloorPlan.media_type, m.FloorPlan.data).where(m.FloorPlan.code == code)
            ).first()
        return (row[0], bytes(row[1])) if row else None

    def save_floor(self, code: str, name: str, filename: str, data: bytes) -> Floor:
        """Add a floor, or replace its image (the places on it stay)."""
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise UserError("楼层要有编码和名称,例如 1F / 一楼")
        if len(data) > MAX_BYTES:
            raise UserError(f"{filename} 太大({len(data) // 1024 // 1024} MB);平面图不超过 8 MB")
        media = media_type_of(filename, data)
        with self.database.session() as session, session.begin():
            row = session.scalar(select(m.FloorPlan).where(m.FloorPlan.code == code))
            if row is None:
                count = len(session.scalars(select(m.FloorPlan.id)).all())
                session.add(m.FloorPlan(code=code, name=name, media_type=media, data=data, sort=count))
            else:
                row.name, row.media_type, row.data = name, media, data
        return Floor(code, name, media)

    def save_floor_file(self, code: str, name: str, path: Path) -> Floor:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(f"无法读取 {path}: {exc.strerror}") from None
        return self.save_floor(code, name, path.name, data)

    def delete_floor(self, code: str) -> None:
        with self.database.session() as session, session.begin():
            session.execute(delete(m.PlanPlace).where(m.PlanPlace.floor_code == code))
            session.execute(delete(m.FloorPlan).where(m.FloorPlan.code == code))

    def place(self, kind: str, key: str, floor: str, x: float, y: float, name: str | None = None) -> Place:
        """Put a window (``key`` = its code) or a kiosk (``key`` = its id) at (x, y) on ``floor``."""
        if kind not in (WINDOW, KIOSK):
            raise ValueError(kind)
        x, y = min(1.0, max(0.0, x)), min(1.0, max(0.0, y))
        with self.database.session() as session, session.begin():
            row = session.scalar(select(m.PlanPlace).where(m.PlanPlace.kind == kind, m.PlanPlace.key == key))
            if row is None:
                row = m.PlanPlace(kind=kind, key=key, name="")
                session.add(row)
            row.floor_code, row.x, row.y = floor, x, y
            if name is not None:
                row.name = name.strip()[:200]
            return Place(kind, key, floor, x, y, row.name)

    def name_kiosk(self, key: str, name: str) -> None:
        """The kiosk's name (for 呼叫帮办) without moving it."""
        with self.database.session() as session, session.begin():
            row = session.scalar(select(m.PlanPlace).where(m.PlanPlace.kind == KIOSK, m.PlanPlace.key == key))
            if row is None:
                session.add(m.PlanPlace(kind=KIOSK, key=key, floor_code="", x=0.5, y=0.5, name=name.strip()[:200]))
            else:
                row.name = name.strip()[:200]

    def places(self) -> list[Place]:
        with self.database.session() as session:
            rows = session.scalars(select(m.PlanPlace).order_by(m.PlanPlace.id)).all()
            return [Place(r.kind, r.key, r.floor_code, r.x, r.y, r.name) for r in rows]

    def place_of(self, kind: str, key: str) -> Place | None:
        return next((p for p in self.places() if p.kind == kind and p.key == key and p.floor), None)


# -- the demo hall's plan ------------------------------------------------------------------------

# (window code, x, y) on the demo plan: windows 1–5 along the top wall, 6–9 along the right wall.
DEMO_WINDOWS = [
    ("W1", 0.14, 0.17), ("W2", 0.29, 0.17), ("W3", 0.44, 0.17), ("W4", 0.59, 0.17), ("W5", 0.74, 0.17),
    ("W6", 0.90, 0.34), ("W7", 0.90, 0.50), ("W8", 0.90, 0.66), ("W9", 0.90, 0.82),
]  # fmt: skip
DEMO_KIOSK = (0.20, 0.80)


def demo_plan_svg() -> str:
    """The demo hall's ground floor: counters along two walls, waiting seats, the entrance."""
    font = "font-family='WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif'"
    parts = [
        "<svg xmlns='http://www.w3.org/2000/svg' width='1600' height='1000' viewBox='0 0 1600 1000'>",
        "<rect x='0' y='0' width='1600' height='1000' fill='#FAF7F0'/>",
        "<rect x='40' y='40' width='1520' height='920' fill='#FFFFFF' stroke='#5A5148' stroke-width='10'/>",
        # the entrance gap in the bottom wall
        "<rect x='620' y='945' width='260' height='30' fill='#FFFFFF'/>",
        f"<text x='750' y='925' {font} font-size='40' text-anchor='middle' fill='#5A5148'>大门 入口</text>",
        # counter along the top wall and the right wall
        "<rect x='120' y='100' width='1160' height='70' fill='#E7DCCB' stroke='#8A7E70' stroke-width='4'/>",
        "<rect x='1370' y='240' width='90' height='680' fill='#E7DCCB' stroke='#8A7E70' stroke-width='4'/>",
        # waiting seats
        *(
            f"<rect x='{420 + c * 130}' y='{430 + r * 90}' width='100' height='50' rx='10' fill='#D9E6F2' "
            "stroke='#7A95AE' stroke-width='3'/>"
            for r in range(3)
            for c in range(5)
        ),
        f"<text x='740' y='730' {font} font-size='36' text-anchor='middle' fill='#4A6580'>等候区</text>",
        f"<text x='1460' y='120' {font} font-size='32' text-anchor='end' fill='#8A7E70'>便民服务大厅 一楼</text>",
        "<rect x='80' y='560' width='170' height='120' fill='#EFE8DC' stroke='#8A7E70' stroke-width='3'/>",
        f"<text x='165' y='630' {font} font-size='30' text-anchor='middle' fill='#5A5148'>自助服务区</text>",
    ]
    for code, x, y in DEMO_WINDOWS:
        number = code[1:]
        px, py = x * 1600, y * 1000
        parts.append(
            f"<text x='{px:.0f}' y='{py + (100 if py < 300 else 12):.0f}' {font} font-size='34' "
            f"text-anchor='{'middle' if py < 300 else 'end'}' dx='{0 if py < 300 else -90}' fill='#161616'>"
            f"{number}号窗口</text>"
        )
    parts.append("</svg>")
    return "\n".join(parts)


def load_demo_plan(database: Database, kiosk_id: str = "") -> None:
    """The demo plan on floor 1F with every demo window placed and this kiosk at the entrance."""
    plans = FloorPlans(database)
    plans.save_floor("1F", "一楼", "demo-hall.svg", demo_plan_svg().encode())
    for code, x, y in DEMO_WINDOWS:
        plans.place(WINDOW, code, "1F", x, y)
    plans.place(KIOSK, kiosk_id, "1F", *DEMO_KIOSK, name="一楼大厅一体机")
