"""A county-sized catalogue for the benchmark: N realistic matters made from the demo hall's 35.

A township database can hold thousands of matters; the benchmark needs them without a county's
data. Each generated matter is a demo matter with a unique code and name (the service point it is
handled at), its own 情形, fees, FAQ and steps, and a full material list (the demo's materials
plus others of the same hall, 5 to 24 of them). Matter 0 and every seventh matter have exactly
``NAV_MATERIALS`` materials: the guide the navigation benchmark opens. Deterministic: the same N
gives the same catalogue. No Qt.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from kiosk.data.schema import BundleDoc, FaqDoc, MaterialDoc, MatterDoc

NAV_MATERIALS = 20  # the guide opened by the navigation benchmark has this many materials
# Where a county's matters are handled: the township hall and its village and community stations.
PLACES = (
    "镇便民服务大厅", "青石村便民服务站", "河口村便民服务站", "石桥村便民服务站", "柳塘村便民服务站",
    "长岭村便民服务站", "白沙社区服务站", "新街社区服务站", "龙潭村便民服务站", "枫林村便民服务站",
    "桃源村便民服务站", "双江村便民服务站", "花园社区服务站", "金塘村便民服务站", "竹山村便民服务站",
    "东湖社区服务站", "西岭村便民服务站", "南岸村便民服务站", "北坪村便民服务站", "马鞍村便民服务站",
    "高桥村便民服务站", "大坪村便民服务站", "黄土村便民服务站", "杨柳村便民服务站", "梅溪村便民服务站",
    "荷塘村便民服务站", "松林村便民服务站", "凤凰社区服务站", "莲花村便民服务站", "太平村便民服务站",
    "兴隆村便民服务站", "永丰村便民服务站", "和平社区服务站", "团结村便民服务站", "红星村便民服务站",
    "光明村便民服务站", "胜利村便民服务站", "幸福社区服务站", "清水村便民服务站", "五里村便民服务站",
)  # fmt: skip
WAYS = ("", "(窗口办理)", "(代办服务)", "(预约办理)")


def generated_matters(count: int) -> list[MatterDoc]:
    """``count`` matters with unique codes and names, made from the demo hall's matters."""
    from kiosk.data.demo import demo_bundle

    demo = demo_bundle().matters
    pool = [material for matter in demo for material in matter.materials if not material.when]
    matters = []
    for i in range(count):
        base = demo[i % len(demo)]
        variant = i // len(demo)
        place = PLACES[variant % len(PLACES)]
        way = WAYS[(variant // len(PLACES)) % len(WAYS)]
        batch = variant // (len(PLACES) * len(WAYS))
        suffix = f"第{batch + 1}批" if batch else ""
        name = base.name if variant == 0 else f"{base.name}({place}){way}{suffix}"
        target = NAV_MATERIALS if i % 7 == 0 else 5 + (i * 7919) % 20
        materials = list(base.materials)
        own = {material.name for material in materials}
        start = (i * 31) % len(pool)
        for k in range(len(pool)):
            if len(materials) >= target:
                break
            extra = pool[(start + k) % len(pool)]
            if extra.name not in own:
                own.add(extra.name)
                materials.append(extra)
        materials = materials[: max(target, sum(1 for m in base.materials if m.when))]
        faq = [*base.faq, FaqDoc(question=f"在{place}可以办理吗?", answer=f"可以。{place}受理后转镇便民服务大厅办理。")]
        matters.append(
            base.model_copy(
                update={
                    "code": base.code if variant == 0 else f"{base.code}-{variant:04d}",
                    "name": name[:200],
                    "materials": _keep_conditions(materials, base),
                    "faq": faq,
                    "sort": i,
                    "is_sample": True,
                }
            )
        )
    return matters


def _keep_conditions(materials: list[MaterialDoc], base: MatterDoc) -> list[MaterialDoc]:
    """The base matter's conditional materials always stay (their 情形 must still change the list)."""
    kept = [m for m in materials if m.when]
    missing = [m for m in base.materials if m.when and m not in kept]
    return materials + missing if missing else materials


def largest(matters: list[MatterDoc]) -> MatterDoc:
    """The matter whose checklist is longest (most materials, then most text)."""
    return max(matters, key=lambda m: (len(m.materials), sum(len(x.name) + len(x.notes) for x in m.materials)))


def catalogue_bundle(count: int) -> BundleDoc:
    """The demo hall (bulletin, windows, staff, notices, …) with ``count`` generated matters."""
    from kiosk.data.demo import demo_bundle

    bundle = demo_bundle()
    bundle.matters = generated_matters(count)
    return bundle


def build_database(path: Path, count: int) -> Path:
    """An SQLite file at ``path`` holding the catalogue of ``count`` matters and an admin PIN
    (a random one nobody knows: the kiosk then starts straight into its home screen)."""
    from kiosk.data.db import open_database
    from kiosk.data.store import save_bundle
    from kiosk.services.auth import ADMIN, AuthService, pin_problem

    database = open_database(str(path))
    try:
        with database.session() as session:
            save_bundle(session, catalogue_bundle(count), action="bench", actor="bench")
            session.commit()
        pin = ""
        while not pin or pin_problem(pin):
            pin = f"{secrets.randbelow(10**6):06d}"
        AuthService(database).set_pin(ADMIN, pin, actor="bench")
    finally:
        database.dispose()
    return path


__all__ = ["build_database", "catalogue_bundle", "generated_matters", "largest"]
