"""Just enough IPP to watch CUPS: the state of one job and of one printer.

``lpstat`` cannot tell a completed job from an aborted or a stopped one (its -W completed list
mixes them, and a job whose filter failed sits in "processing-stopped", listed as not
completed), and its wording follows the locale. IPP gives the numbers: ``job-state`` 3…9,
``printer-state`` 3…5 and the ``*-state-reasons`` keywords. Submitting and cancelling still go
through ``lp`` and ``cancel``, which know the server's authentication; reading state needs none.
The server is the one ``lpstat -H`` names (a domain socket or host:port), so client.conf and
``CUPS_SERVER`` are honoured without re-implementing them. Standard library only, no Qt.
"""

from __future__ import annotations

import getpass
import http.client
import itertools
import re
import socket
import struct
from dataclasses import dataclass
from urllib.parse import quote

OP_GET_JOB_ATTRIBUTES = 0x0009
OP_GET_PRINTER_ATTRIBUTES = 0x000B
STATUS_NOT_FOUND = 0x0406

TAG_OPERATION = 0x01
TAG_END = 0x03
TAG_INTEGER = 0x21
TAG_BOOLEAN = 0x22
TAG_ENUM = 0x23
TAG_NAME = 0x42
TAG_KEYWORD = 0x44
TAG_URI = 0x45
TAG_CHARSET = 0x47
TAG_LANGUAGE = 0x48
TEXT_TAGS = range(0x40, 0x4A)  # text, name, keyword, uri, charset, language, mime … without language

JOB_PENDING, JOB_HELD, JOB_PROCESSING, JOB_STOPPED, JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = range(3, 10)
PRINTER_IDLE, PRINTER_PROCESSING, PRINTER_STOPPED = 3, 4, 5

Value = str | int | bool | bytes | None
_request_ids = itertools.count(1)


class IppError(Exception):
    """The CUPS server could not be reached or answered something unusable."""


class NotFound(IppError):
    """The printer or job does not exist on the server."""


def encode_request(operation: int, attributes: list[tuple[int, str, list[str]]], request_id: int = 1) -> bytes:
    """An IPP/2.0 request whose operation group holds ``attributes`` as (tag, name, values)."""
    out = bytearray(struct.pack(">bbhi", 2, 0, operation, request_id))
    out.append(TAG_OPERATION)
    for tag, name, values in attributes:
        for i, value in enumerate(values):
            key = name.encode() if i == 0 else b""
            data = value.encode()
            out += struct.pack(">bh", tag, len(key)) + key + struct.pack(">h", len(data)) + data
    out.append(TAG_END)
    return bytes(out)


def _decode_value(tag: int, data: bytes) -> Value:
    if tag in (TAG_INTEGER, TAG_ENUM) and len(data) == 4:
        return int(struct.unpack(">i", data)[0])
    if tag == TAG_BOOLEAN and len(data) == 1:
        return data != b"\x00"
    if tag in TEXT_TAGS:
        return data.decode("utf-8", "replace")
    if tag < 0x20:  # out-of-band: unsupported, unknown, no-value
        return None
    return data


def decode_response(data: bytes) -> tuple[int, dict[str, list[Value]]]:
    """(status code, attributes of every group merged by name) of an IPP response."""
    if len(data) < 9:
        raise IppError("IPP 应答不完整")
    status = struct.unpack(">h", data[2:4])[0]
    attributes: dict[str, list[Value]] = {}
    pos, name = 8, ""
    while pos < len(data):
        tag = data[pos]
        pos += 1
        if tag == TAG_END:
            break
        if tag < 0x10:  # the start of another attribute group
            continue
        try:
            (name_len,) = struct.unpack(">h", data[pos : pos + 2])
            key = data[pos + 2 : pos + 2 + name_len].decode("utf-8", "replace")
            pos += 2 + name_len
            (value_len,) = struct.unpack(">h", data[pos : pos + 2])
            raw = data[pos + 2 : pos + 2 + value_len]
            pos += 2 + value_len
        except struct.error:
            raise IppError("IPP 应答格式错误") from None
        if name_len:
            name = key
            attributes[name] = []
        attributes.setdefault(name, []).append(_decode_value(tag, raw))
    return status, attributes


class _UnixHTTPConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect(self.socket_path)
        except OSError:
            sock.close()
            raise
        self.sock = sock


@dataclass(frozen=True)
class PrinterState:
    """What CUPS says about a queue."""

    name: str
    state: int
    reasons: tuple[str, ...]
    message: str
    accepting: bool


@dataclass(frozen=True)
class JobState:
    """What CUPS says about a job."""

    job_id: int
    state: int
    reasons: tuple[str, ...]
    message: str
    pages_done: int


def _strings(values: list[Value] | None) -> tuple[str, ...]:
    return tuple(v for v in values or [] if isinstance(v, str))


def _first(values: list[Value] | None, default: Value) -> Value:
    return values[0] if values else default


class CupsServer:
    """A CUPS server at ``address``: a domain socket path or ``host[:port]``."""

    def __init__(self, address: str, *, timeout: float = 5.0) -> None:
        self.address = address
        self.timeout = timeout

    def _connection(self) -> http.client.HTTPConnection:
        if self.address.startswith("/"):
            return _UnixHTTPConnection(self.address, self.timeout)
        # http.client reads "host:port" itself (IPv6 in brackets too); CUPS's port is 631, not 80.
        address = self.address if re.search(r":\d+$", self.address) else f"{self.address}:631"
        return http.client.HTTPConnection(address, timeout=self.timeout)

    def request(
        self, path: str, operation: int, attributes: list[tuple[int, str, list[str]]]
    ) -> dict[str, list[Value]]:
        base: list[tuple[int, str, list[str]]] = [
            (TAG_CHARSET, "attributes-charset", ["utf-8"]),
            (TAG_LANGUAGE, "attributes-natural-language", ["en"]),
        ]
        body = encode_request(operation, base + attributes, next(_request_ids))
        connection = self._connection()
        try:
            connection.request("POST", path, body, {"Content-Type": "application/ipp"})
            response = connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as exc:
            raise IppError(f"无法连接打印服务 CUPS（{self.address}）：{exc}") from None
        finally:
            connection.close()
        if response.status != 200:
            raise IppError(f"打印服务 CUPS 返回 HTTP {response.status}")
        status, values = decode_response(data)
        if status == STATUS_NOT_FOUND:
            raise NotFound(path)
        if status >= 0x0400:
            raise IppError(f"打印服务 CUPS 返回 IPP 状态 0x{status:04x}")
        return values

    def _user(self) -> list[tuple[int, str, list[str]]]:
        return [(TAG_NAME, "requesting-user-name", [getpass.getuser()])]

    def printer(self, name: str) -> PrinterState:
        path = f"/printers/{quote(name)}"
        wanted = ["printer-state", "printer-state-reasons", "printer-state-message", "printer-is-accepting-jobs"]
        values = self.request(
            path,
            OP_GET_PRINTER_ATTRIBUTES,
            [
                (TAG_URI, "printer-uri", [f"ipp://localhost{path}"]),
                *self._user(),
                (TAG_KEYWORD, "requested-attributes", wanted),
            ],
        )
        return PrinterState(
            name=name,
            state=int(_first(values.get("printer-state"), PRINTER_IDLE) or PRINTER_IDLE),
            reasons=tuple(r for r in _strings(values.get("printer-state-reasons")) if r != "none"),
            message=str(_first(values.get("printer-state-message"), "") or ""),
            accepting=bool(_first(values.get("printer-is-accepting-jobs"), True)),
        )

    def job(self, job_id: int) -> JobState:
        wanted = ["job-state", "job-state-reasons", "job-printer-state-message", "job-impressions-completed"]
        values = self.request(
            "/jobs/",
            OP_GET_JOB_ATTRIBUTES,
            [
                (TAG_URI, "job-uri", [f"ipp://localhost/jobs/{job_id}"]),
                *self._user(),
                (TAG_KEYWORD, "requested-attributes", wanted),
            ],
        )
        return JobState(
            job_id=job_id,
            state=int(_first(values.get("job-state"), JOB_PENDING) or JOB_PENDING),
            reasons=tuple(r for r in _strings(values.get("job-state-reasons")) if r != "none"),
            message=str(_first(values.get("job-printer-state-message"), "") or ""),
            pages_done=int(_first(values.get("job-impressions-completed"), 0) or 0),
        )
