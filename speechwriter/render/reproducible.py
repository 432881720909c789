"""Equal input, equal bytes: fixed zip entry times and the reproducible-builds date convention."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from datetime import UTC, datetime

from speechwriter.common.errors import UserError

__all__ = ["fixed_zip_times", "source_date"]

_ZIP_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01 in the zip format's DOS encoding


def source_date() -> datetime | None:
    """``$SOURCE_DATE_EPOCH`` as a date, when set (the reproducible-builds convention)."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not value.isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        raise UserError(
            f"环境变量 SOURCE_DATE_EPOCH={value[:20]} 不是有效的时间（应为 1970 年以来的秒数）。请改正或去掉它。"
        ) from None


def fixed_zip_times(data: bytes) -> bytes:
    """The same package with every zip entry stamped 1980-01-01, so equal input gives equal bytes.

    Only the date fields of the local and central headers are rewritten; the
    compressed data is left as it is (recompressing would double the cost).
    """
    package = bytearray(data)
    archive = zipfile.ZipFile(io.BytesIO(data))
    stamp = struct.pack("<HH", 0, _ZIP_DOS_DATE)
    for info in archive.infolist():
        local = info.header_offset
        if package[local : local + 4] != b"PK\x03\x04":
            raise ValueError("unexpected zip layout")
        package[local + 10 : local + 14] = stamp
    position = archive.start_dir
    for _ in archive.infolist():
        if package[position : position + 4] != b"PK\x01\x02":
            raise ValueError("unexpected zip layout")
        package[position + 12 : position + 16] = stamp
        name, extra, comment = struct.unpack("<HHH", package[position + 28 : position + 34])
        position += 46 + name + extra + comment
    return bytes(package)
