"""The safety around template sets: files stay inside their set, arithmetic stays small, compiled
templates are cached, and a set can be read in another script."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import Any

import jinja2
import jinja2.bccache
import jinja2.runtime
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from speechwriter.common.errors import UserError
from speechwriter.common.resources import cache_dir

__all__ = ["BoundedSandbox", "ContainedLoader", "ConvertingLoader", "bytecode_cache"]


class ContainedLoader(jinja2.FileSystemLoader):
    """Template files must lie inside their set: a link pointing elsewhere is refused (a shared set could
    otherwise pull a user's private files into a speech they hand out)."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        roots = [os.path.realpath(folder) for folder in self.searchpath]
        if not any(os.path.commonpath([real, root]) == root for root in roots):
            raise UserError(f"模板 {template} 指向模板集文件夹以外的文件（{filename}），出于安全不会读取。")
        return source, filename, uptodate


class BoundedSandbox(SandboxedEnvironment):
    """The sandbox, also refusing arithmetic that would run for ever or fill the memory."""

    intercepted_binops = frozenset(["**", "*"])

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and (abs(right) > _MAX_POWER or _too_big(left)):
            raise SecurityError("power too large")
        if operator == "*" and _too_long(left, right):
            raise SecurityError("repetition too large")
        return super().call_binop(context, operator, left, right)


_MAX_POWER = 64
_MAX_REPEAT = 10_000


def _too_big(value: Any) -> bool:
    return isinstance(value, int) and value.bit_length() > 256


def _too_long(left: Any, right: Any) -> bool:
    for sequence, count in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(count, int) and count * len(sequence) > _MAX_REPEAT:
            return True
    return False


class ConvertingLoader(jinja2.BaseLoader):
    """Hands out template sources with their Chinese text in another script (jinja syntax is ASCII)."""

    def __init__(self, inner: jinja2.BaseLoader, convert: Callable[[str], str]) -> None:
        self.inner = inner
        self.convert = convert

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.inner.get_source(environment, template)
        return self.convert(source), filename, uptodate


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept between runs; a cache that cannot be read or written is simply not used."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError, ValueError, EOFError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = cache_dir() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return None
    return _QuietBytecodeCache(str(folder))
