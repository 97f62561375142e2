"""Small, complete documents for tests that should not depend on the demo hall."""

from __future__ import annotations

import base64
import datetime as dt

from kiosk.data.schema import (
    BoardDoc,
    BundleDoc,
    ComplaintChannelDoc,
    DepartmentDoc,
    DisclosureDoc,
    FaqDoc,
    FeeDoc,
    FileDoc,
    HallDoc,
    MaterialDoc,
    MatterDoc,
    NoticeDoc,
    ScenarioDoc,
    StaffDoc,
    StepDoc,
    ThemeDoc,
    TimeLimit,
    WindowDoc,
)


def material(name: str, **fields: object) -> MaterialDoc:
    return MaterialDoc.model_validate({"name": name, "kind": "证件证书证明", "original_or_copy": "原件", **fields})


def matter(code: str = "M001", name: str = "城乡居民基本养老保险参保登记", **fields: object) -> MatterDoc:
    values: dict[str, object] = {
        "code": code,
        "name": name,
        "type": "公共服务",
        "department": "rs",
        "legal_basis": "《中华人民共和国社会保险法》第二十条",
        "conditions": "年满16周岁(不含在校学生),非国家机关和事业单位工作人员。",
        "steps": [StepDoc(title="申请", description="携带材料到窗口"), StepDoc(title="办结", description="当场办结")],
        "handling_kind": "即办件",
        "legal_limit": TimeLimit(value=0),
        "promised_limit": TimeLimit(value=0),
        "location": "便民服务大厅一楼1号窗口",
        "window": "W1",
        "hours": "工作日 8:30-17:30",
        "consult_phone": "0739-5550101",
        "complaint_phone": "0739-5550199",
        "result_name": "参保登记信息",
        "result_sample": "《参保登记表》样本",
        "visits": 1,
        "visits_reason": "需核验本人身份",
        "faq": [FaqDoc(question="可以代办吗?", answer="可以,需带委托书。")],
        "themes": ["pension"],
        "scenarios": [ScenarioDoc(code="agent", question="是否委托他人代办?", options=["是", "否"])],
        "materials": [
            material("居民身份证", copies=1),
            material("户口簿", original_or_copy="原件和复印件", copies=2),
            material("授权委托书", kind="申请表格文书", when={"agent": ["是"]}),
            material("代办人身份证", when={"agent": ["是"]}, necessity="容缺后补"),
        ],
        "is_sample": True,
    }
    values.update(fields)
    return MatterDoc.model_validate(values)


def png_file(name: str = "sample.png", size: int = 64) -> FileDoc:
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * (size // 256 + 1)
    return FileDoc(filename=name, media_type="image/png", data_base64=base64.b64encode(data[:size]).decode())


def bundle(n_matters: int = 2) -> BundleDoc:
    matters = [matter(f"M{i:03d}", f"测试事项{i}", sort=i) for i in range(1, n_matters + 1)]
    matters[0] = matter(
        "M001",
        charges=True,
        fee_statement="按收费项目收取",
        fees=[
            FeeDoc(
                name="工本费",
                standard="每证10元",
                basis="湘价费〔2020〕1号",
                reducible=True,
                reduction_basis="低保对象免收",
            )
        ],
        sort=1,
    )
    matters[0].materials[1].blank_form = png_file("申请表.png", 300)
    return BundleDoc(
        hall=HallDoc(
            name="测试镇便民服务大厅",
            short_name="测试镇",
            consult_phone="0739-5550100",
            complaint_phone="0739-5550199",
            boards=[
                BoardDoc(code="外墙1", title="为民便民利民", sort=1),
                BoardDoc(code="外墙2", title="廉洁规范高效", sort=2),
            ],
            logo=png_file("logo.png"),
        ),
        disclosures=[
            DisclosureDoc(key="d1", title="政务公开制度", body="正文", board="外墙1", sort=1),
            DisclosureDoc(key="d2", title="内部财务收支情况", body="对内", board="外墙1", audience="staff", sort=2),
        ],
        themes=[ThemeDoc(code="pension", name="养老保险", icon="pension", sort=1)],
        departments=[DepartmentDoc(code="rs", name="镇人力资源和社会保障服务站", phone="0739-5550102", sort=1)],
        matters=matters,
        windows=[WindowDoc(code="W1", name="1号窗口 社会保障", sort=1)],
        staff=[StaffDoc(code="S01", name="王丽", position="窗口负责人", window="W1", photo=png_file("wl.png"), sort=1)],
        notices=[
            NoticeDoc(key="n1", title="国庆节放假通知", body="正文", publish_from=dt.datetime(2026, 9, 20, 8), sort=1)
        ],
        complaint_channels=[ComplaintChannelDoc(kind="电话", label="监督投诉电话", value="0739-5550199", sort=1)],
    )


def notice_bundle() -> BundleDoc:
    """``bundle()`` plus what a printed notice shows: a window phone, an online matter, a 40-material matter."""
    content = bundle()
    content.windows[0].phone = "0739-5550111"
    content.matters[1].online = True
    content.matters[1].online_url = "https://zwfw.example.gov.cn/m002"
    content.matters.append(long_matter())
    return content


def long_matter(code: str = "M040", n: int = 40) -> MatterDoc:
    """A matter with ``n`` materials, long enough to break across pages."""
    materials = [
        material(f"第{i}项测试材料{'甲乙丙丁'[i % 4]}", copies=i % 3 + 1, source_note=f"第{i}号办事窗口")
        for i in range(1, n + 1)
    ]
    return matter(code, f"{n}项材料测试事项", materials=materials, sort=n)
