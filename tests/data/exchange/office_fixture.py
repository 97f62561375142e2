"""A messy office spreadsheet, as a township office keeps its guides: written by the tests.

A title row above the header; headers with spaces, full-width characters and 「（必填）」; the
matter's cells merged over its materials (only the first row filled); counts typed as 「1份」 and
「原件1份、复印件2份」; 「√」 and 「否」; HTML pasted into a remark; a junk material, a matter named
「1」, a test row, a material listed twice, a blank row, and a column no synonym knows.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

HEADERS = [
    "序号", "事项　名称", "实施部门", "办理时限", "是否收费", "咨询电话", "申请材料（必填）", "份  数",
    "是否必需", "原件/复印件", "备注", "经办科室",
]  # fmt: skip
ROWS = [
    [1, "城乡居民基本养老保险参保登记", "镇社保站", "即办", "否", "0739-5550101", "居民身份证", "1份", "√", "原件",
     None, "社保窗口"],
    [None, None, None, None, None, None, "户口簿", "原件1份、复印件2份", "是", "原件和复印件", "无", None],
    [None, None, None, None, None, None, "sssss", None, None, None, None, None],
    [2, "高龄津贴申领", "镇民政办", "10个工作日", "否", "0739-5550102", "高龄津贴申请表", "2", "必需", "原件",
     "<p>需本人签字&amp;nbsp;按手印</p>", "民政窗口"],
    [None, None, None, None, None, None, "代办人身份证", "1", "否", "复印件", "委托他人代办时提供", None],
    [None, None, None, None, None, None, "代办人身份证", "1", "否", "复印件", "重复的一行", None],
    [None] * 12,
    [3, "1", "镇民政办", "5", "否", "0739-5550102", "某材料", "1", "是", "原件", None, None],
    [4, "测试", "镇民政办", "5", "否", "0739-5550102", "测试材料", "1", "是", "原件", None, None],
]  # fmt: skip


def write(path: Path, rows: list[list[object]] | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "材料清单"
    sheet.append(["青石镇便民服务中心办事材料清单(2024年版)"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    for row in rows if rows is not None else ROWS:
        sheet.append(row)
    workbook.save(path)
    return path
