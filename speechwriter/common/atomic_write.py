"""Write files atomically: a temporary file in the same folder, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from speechwriter.common.errors import UserError

__all__ = ["write_bytes_atomic", "write_text_atomic"]


def _why(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "没有写入权限"
    if isinstance(error, IsADirectoryError):
        return "同名的文件夹已存在"
    if isinstance(error, NotADirectoryError):
        return "路径中有一段不是文件夹"
    return error.strerror or str(error)


def write_bytes_atomic(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    Missing parent folders are created. With ``overwrite=False`` an existing
    file is refused with a UserError that suggests ``--force``.
    """
    if path.is_dir():
        raise UserError(f"无法写入 {path}：同名的文件夹已存在。请换一个位置或检查权限。")
    if path.exists() and not path.is_file():  # a device or FIFO is never replaced, --force or not
        raise UserError(f"{path} 不是普通文件（可能是设备或管道），不会写入或替换它。请换一个文件名。")
    if not overwrite and path.exists():
        raise UserError(f"{path} 已存在，未覆盖。要覆盖请加 --force，或换一个文件名。")
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, path.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        if overwrite:
            os.replace(temporary, path)
        else:  # a hard link never replaces: of two writers racing for one new name, one is refused
            try:
                os.link(temporary, path)
            except FileExistsError:
                raise UserError(f"{path} 已存在，未覆盖。要覆盖请加 --force，或换一个文件名。") from None
            os.unlink(temporary)
        temporary = None
    except OSError as error:
        raise UserError(f"无法写入 {path}：{_why(error)}。请换一个位置或检查权限。") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def write_text_atomic(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write UTF-8 text atomically (see :func:`write_bytes_atomic`)."""
    write_bytes_atomic(path, text.encode("utf-8"), overwrite=overwrite)
