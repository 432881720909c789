"""Template sets: a folder with ``sections.yaml`` and one jinja2 file per section.

The built-in sets live in the top-level ``templates/`` folder, shipped inside
the wheel as ``speechwriter/templates``. Templates run in jinja2's
SandboxedEnvironment with StrictUndefined; a template error becomes a
:class:`~speechwriter.errors.UserError` naming the file, line and problem.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
import jinja2.runtime
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from speechwriter.common.atomic_write import write_bytes_atomic
from speechwriter.common.errors import UserError
from speechwriter.common.reading import parse_yaml, read_text_file
from speechwriter.common.resources import templates_root
from speechwriter.common.script import SIMPLIFIED, converter
from speechwriter.common.validation_messages import format_validation_error
from speechwriter.compose.template_filters import FILTERS, honour_text
from speechwriter.compose.template_sandbox import BoundedSandbox, ContainedLoader, ConvertingLoader, bytecode_cache

__all__ = [
    "DEFAULT_SET",
    "DEFAULT_VARIANT",
    "Manifest",
    "SectionSpec",
    "TemplateSet",
    "builtin_template_sets",
    "copy_template_set",
    "load_template_set",
    "resolve_template_set",
]

_MANIFEST = "sections.yaml"
DEFAULT_SET = "default"
DEFAULT_VARIANT = "full"


class SectionSpec(BaseModel):
    """One section of a template set: key, title and template file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str = Field(pattern=r"^[a-z_]+$")
    title: str
    template: str
    variants: list[str] = Field(
        default_factory=lambda: [DEFAULT_VARIANT],
        min_length=1,
        description="length variants the template knows (variable `variant`), longest first",
    )
    share: float | None = Field(
        default=None, gt=0, lt=1, description="the usual share of the whole speech this part takes"
    )


_MAX_SECTIONS = 12
"""More sections than this is not a speech (and would make fitting slow)."""


class Manifest(BaseModel):
    """The content of ``sections.yaml``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    description: str = ""
    title: str = Field(description="jinja2 expression template for the speech title")
    sections: list[SectionSpec] = Field(min_length=1, max_length=_MAX_SECTIONS)

    @field_validator("sections")
    @classmethod
    def _keys_once(cls, sections: list[SectionSpec]) -> list[SectionSpec]:
        keys = [spec.key for spec in sections]
        twice = sorted({key for key in keys if keys.count(key) > 1})
        if twice:
            raise ValueError(f"章节 {'、'.join(twice)} 写了不止一次，每个章节只能出现一次")
        return sections


@dataclass(frozen=True)
class TemplateSet:
    """A loaded template set, ready to render sections, its text in one script."""

    name: str
    folder: Path
    manifest: Manifest
    environment: SandboxedEnvironment
    script: str = SIMPLIFIED
    convert: Callable[[str], str] = field(default=lambda text: text, repr=False, compare=False)
    _strings: dict[str, jinja2.Template] = field(default_factory=dict, repr=False, compare=False)

    def render(self, template_name: str, context: Mapping[str, Any]) -> str:
        """Render one template file with ``context``; errors become UserError."""
        try:
            template = self.environment.get_template(template_name)
            return template.render(context)
        except UserError:
            raise
        except jinja2.TemplateSyntaxError as error:
            where = error.filename or error.name or template_name
            raise UserError(
                f"模板 {where} 第 {error.lineno} 行有语法错误：{error.message}。请修改模板后重试。"
            ) from None
        except jinja2.TemplateNotFound as error:
            raise UserError(f"模板集“{self.name}”（{self.folder}）缺少模板文件 {error.name}。") from None
        except (SecurityError, jinja2.UndefinedError, TypeError, ValueError) as error:
            where = _template_frame(error) or template_name
            problem = (
                "模板访问了不允许的属性，已被安全沙箱拒绝"
                if isinstance(error, SecurityError)
                else _undefined_message(error)
            )
            raise UserError(f"模板 {where} 出错：{problem}（{error}）。请修改模板后重试。") from None

    def render_string(self, source: str, context: Mapping[str, Any], label: str) -> str:
        """Render a short template string (the title, a phrase), compiling each source once."""
        try:
            template = self._strings.get(source)
            if template is None:
                template = self._strings[source] = self.environment.from_string(source)
            return template.render(context)
        except jinja2.TemplateError as error:
            raise UserError(f"模板集“{self.name}”的 {_MANIFEST} 中 {label} 有错：{error}。") from None


def _undefined_message(error: Exception) -> str:
    if isinstance(error, jinja2.UndefinedError):
        return "用到了未定义的变量或字段"
    return "渲染时出错"


def _template_frame(error: BaseException) -> str | None:
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename.endswith((".j2", ".jinja", ".txt", ".md")):
            return f"{frame.filename} 第 {frame.lineno} 行"
    return None


def _read_manifest(folder: Path) -> Manifest:
    path = folder / _MANIFEST
    if not path.exists():
        raise UserError(f"{folder} 不是模板集：缺少 {_MANIFEST}。")
    data, lines = parse_yaml(read_text_file(path, "模板集清单"), str(path))  # the limits profiles get
    try:
        return Manifest.model_validate(data)
    except ValidationError as error:
        raise UserError(format_validation_error(error, lines, str(path), Manifest, "模板集清单")) from None


def resolve_template_set(name_or_dir: str | None) -> Path:
    """The folder of a template set given by built-in name or by path."""
    if not name_or_dir:
        return templates_root() / DEFAULT_SET
    candidate = Path(name_or_dir).expanduser()
    if candidate.is_dir():
        return candidate
    builtin = templates_root() / name_or_dir
    if builtin.is_dir():
        return builtin
    raise UserError(f"找不到模板集“{name_or_dir}”：它既不是内置模板集的名字，也不是一个文件夹。")


def load_template_set(name_or_dir: str | None = None, script: str = SIMPLIFIED) -> TemplateSet:
    """Load a template set by built-in name (``default``) or folder, its text in ``script``.

    A user's folder may hold only some section templates (and no
    ``sections.yaml``): what it lacks comes from the built-in default set.
    Built-in sets are loaded once per process and script; a user's folder every time.
    Template text is written in Simplified characters; for another script the
    sources, titles and the filters' words are converted (answers never are).
    """
    folder = resolve_template_set(name_or_dir)
    if folder.resolve().parent == templates_root().resolve():
        return _load_builtin(folder.name, script)
    return _load(folder, script)


@cache
def _load_builtin(name: str, script: str) -> TemplateSet:
    return _load(templates_root() / name, script)


def _load(folder: Path, script: str = SIMPLIFIED) -> TemplateSet:
    default = templates_root() / DEFAULT_SET
    search = [str(folder)] if folder.resolve() == default.resolve() else [str(folder), str(default)]
    manifest = _read_manifest(folder if (folder / _MANIFEST).is_file() else default)
    convert: Callable[[str], str] = (lambda text: text) if script == SIMPLIFIED else converter(script)
    loader: jinja2.BaseLoader = ContainedLoader(search, encoding="utf-8")
    if script != SIMPLIFIED:
        loader = ConvertingLoader(loader, convert)
        manifest = manifest.model_copy(
            update={
                "title": convert(manifest.title),
                "sections": [spec.model_copy(update={"title": convert(spec.title)}) for spec in manifest.sections],
            }
        )
    environment = BoundedSandbox(
        loader=loader,
        bytecode_cache=bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
        keep_trailing_newline=False,
    )
    environment.filters.update(FILTERS)
    for name in _WORD_FILTERS:  # their output is template text (numerals), never an answer
        environment.filters[name] = _converted(FILTERS[name], convert)
    environment.filters["honour"] = lambda honour: honour_text(honour, convert)
    return TemplateSet(manifest.name, folder, manifest, environment, script, convert)


_WORD_FILTERS = ("cn", "count")


def _converted(function: Callable[..., Any], convert: Callable[[str], str]) -> Callable[..., Any]:
    return lambda *args, **kwargs: convert(str(function(*args, **kwargs)))


def builtin_template_sets() -> dict[str, str]:
    """The built-in template sets: name → description."""
    sets = {}
    for folder in sorted(templates_root().iterdir()):
        if (folder / _MANIFEST).is_file():
            sets[folder.name] = _read_manifest(folder).description
    return sets


def copy_template_set(name: str, destination: Path, force: bool = False) -> list[Path]:
    """Copy a built-in set's files into ``destination`` to adapt them; the files written."""
    source = templates_root() / name
    if not (source / _MANIFEST).is_file():
        known = "、".join(builtin_template_sets())
        raise UserError(f"没有名为“{name}”的内置模板集。可用：{known}。")
    if destination.exists() and not destination.is_dir():
        raise UserError(f"{destination} 已存在且不是文件夹。请换一个文件夹名。")
    files = [path for path in sorted(source.iterdir()) if path.is_file()]
    if not force:  # all or nothing: no file is written when any would be refused
        taken = [path.name for path in files if (destination / path.name).exists()]
        if taken:
            raise UserError(
                f"{destination} 里已有 {'、'.join(taken)}，未复制任何文件。要覆盖请加 --force，或换一个文件夹。"
            )
    written = []
    for path in files:
        target = destination / path.name
        write_bytes_atomic(target, path.read_bytes(), overwrite=True)
        written.append(target)
    return written
