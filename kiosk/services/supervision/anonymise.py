"""Anonymising what the hall publishes about a case or a complaint (匿名化). No Qt.

Texts for the public board are written by the admin for publication, but people slip: a phone
number, an ID number or a name typed into "what was done" must not reach the lobby. Before any
such text is shown or published, ``anonymise`` masks mobile numbers (138****5678), ID card
numbers (4301**********1234), and every name or contact it is told about (the resident's contact,
the complainant, every staff member), whole and in its parts (「赵建国 137…」 also masks 赵建国): a
name keeps its first character (王**), anything else becomes asterisks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?!\d)")
ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{4})\d{10}(\d{3}[\dXx])(?![0-9A-Za-z])")
SEPARATORS = re.compile(r"[\s,，、;；/]+")  # a contact such as 「赵建国 137…」 names a person in its parts
CJK_NAME = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf·]{2,4}$")


def mask_phone(text: str) -> str:
    """``13812345678`` → ``138****5678`` (also with spaces or dashes inside)."""
    return MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)


def mask_name(name: str) -> str:
    """A Chinese name keeps its first character (王**); anything else is all asterisks."""
    name = name.strip()
    if CJK_NAME.match(name):
        return name[0] + "*" * (len(name) - 1)
    return "*" * max(3, min(len(name), 6))


def mask_contact(contact: str) -> str:
    """A contact shown outside the case page: a phone masked, any other text reduced to its first character."""
    contact = contact.strip()
    if not contact:
        return ""
    masked = mask_phone(contact)
    if masked != contact:
        return masked
    return contact[0] + "*" * max(2, min(len(contact) - 1, 5))


def anonymise(text: str, names: Iterable[str] = ()) -> str:
    """``text`` with mobile numbers, ID numbers and every one of ``names`` (2+ characters) masked."""
    out = ID_NUMBER.sub(lambda m: f"{m.group(1)}{'*' * 10}{m.group(2)}", text)
    out = mask_phone(out)
    pieces = {n.strip() for n in names} | {part for n in names for part in SEPARATORS.split(n)}
    for name in sorted({n for n in pieces if len(n) >= 2}, key=len, reverse=True):
        out = out.replace(name, mask_name(name))
        masked_name = mask_phone(name)
        if masked_name != name:
            out = out.replace(masked_name, mask_contact(name))
    return out
