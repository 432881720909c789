"""``speechwriter render``: profiles to the terminal, to one file or to a folder, with a progress bar."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from speechwriter.cli.options import (
    ConvertAnswersOption,
    LayoutOption,
    MinutesOption,
    RateOption,
    ScriptOption,
    TemplateOption,
    speech_options,
)
from speechwriter.cli.root import app
from speechwriter.common.errors import UserError

if TYPE_CHECKING:
    from speechwriter.app.pipeline import SpeechOptions
    from speechwriter.render.formats import OutputFormat

__all__ = ["RenderRequest", "render", "render_profiles"]


@dataclass
class RenderRequest:
    """What ``render`` was asked: which profiles, where to, in which format and with which options."""

    references: Sequence[str]
    output: Path | None = None
    out_dir: Path | None = None
    format_name: str | None = None
    force: bool = False
    layout: str | None = None
    speech: SpeechOptions | None = None
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)


@app.command()
def render(
    profiles: Annotated[
        list[str],
        typer.Argument(help="答案档案：档案库中的名称或 YAML 文件路径，可以给多个。", metavar="PROFILE..."),
    ],
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", metavar="文件", help="写入这个文件；格式由扩展名决定（.md、.txt、.docx）。"),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", metavar="文件夹", help="多个档案时写入这个文件夹，每个档案一个文件，以档案名命名。"),
    ] = None,
    format_name: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", metavar="md|txt|docx", help="输出格式：md、txt 或 docx。默认按扩展名，终端输出为 md。"
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", metavar="", help="覆盖已存在的输出文件。")] = False,
    layout: LayoutOption = None,
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    script: ScriptOption = None,
    convert_answers: ConvertAnswersOption = False,
    template: TemplateOption = None,
) -> None:
    """由答案档案生成演讲稿。不给 -o 时演讲稿输出到终端；字数、时长等提示输出到标准错误。"""
    options = speech_options(minutes, rate, script, template, convert_answers)
    render_profiles(RenderRequest(profiles, output, out_dir, format_name, force, layout, options))


def _targets(
    sources: Sequence[Path], output: Path | None, out_dir: Path | None, chosen: OutputFormat
) -> list[Path | None]:
    """Where each profile's speech goes; collisions are refused before anything is written."""
    if output is not None and out_dir is not None:
        raise UserError("-o 与 --out-dir 只能用一个：单个档案用 -o，多个档案用 --out-dir。")
    if output is not None:
        if len(sources) > 1:
            raise UserError(f"给了 {len(sources)} 个档案，但 -o 只能写一个文件。请改用 --out-dir 文件夹。")
        return [output]
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            raise UserError(f"{out_dir} 不是文件夹。请给 --out-dir 一个文件夹路径。")
        paths = [out_dir / (source.stem + chosen.extension) for source in sources]
        owners: dict[Path, Path] = {}
        for source, path in zip(sources, paths, strict=True):
            if path in owners:
                raise UserError(f"{owners[path]} 和 {source} 同名，都会写到 {path}。请给其中一个档案改个名字。")
            owners[path] = source
        return list(paths)
    if chosen.binary:
        raise UserError(f"{chosen.label}格式不能输出到终端，请用 -o 指定文件，或用 --out-dir 指定文件夹。")
    return [None] * len(sources)


def render_profiles(request: RenderRequest) -> int:
    """Render profiles to stdout, to one file (``output``) or to a folder (``out_dir``).

    Output paths are checked (collisions, existing files) before anything is
    written. A bad profile does not stop the others: every failure is listed
    at the end and the exit code is non-zero. One profile gets the full
    timing report on ``stderr``; a batch gets a line each (and a progress bar
    on a terminal).
    """
    from speechwriter.app.pipeline import SpeechOptions, load, make_speech, render_bytes, render_options, write_output
    from speechwriter.profile.store import resolve
    from speechwriter.render.formats import choose_format

    out, err = request.stdout, request.stderr
    chosen = choose_format(request.format_name, request.output)
    options, notes = render_options(chosen, request.layout)
    for note in notes:
        print(f"注意：{note}", file=err)
    speech_options = request.speech or SpeechOptions()
    failures: list[str] = []
    sources: list[Path] = []
    for reference in request.references:
        try:
            sources.append(resolve(reference))
        except UserError as error:
            failures.append(error.message)
    targets = _targets(sources, request.output, request.out_dir, chosen)
    if not request.force:
        existing = [str(path) for path in targets if path is not None and path.exists()]
        if existing:
            raise UserError(f"{'、'.join(existing)} 已存在，未覆盖。要覆盖请加 --force，或换一个文件名。")
    total = len(request.references)
    batch = total > 1
    with _progress(err, len(sources) if batch else 0) as advance:
        for index, (source, target) in enumerate(zip(sources, targets, strict=True)):
            try:
                loaded = load(source)
                item = make_speech(loaded.profile, speech_options)
                data = render_bytes(item.speech, chosen, options)
                if target is not None:
                    write_output(target, data, overwrite=True)
            except UserError as error:
                failures.append(error.message)
                advance()
                continue
            for note in loaded.notes:
                print(f"注意：{note}", file=err)
            if target is None:
                if index:
                    out.write("\n")
                out.write(data.decode("utf-8"))
                out.flush()
            where = f"已写入 {target}" if target is not None else str(source)
            if batch:
                print(f"{where}：{item.summary()}", file=err)
            else:
                print(f"{where}：", file=err)
                for line in item.report():
                    print(f"  {line}", file=err)
            advance()
    if failures and not batch:
        raise UserError(failures[0])
    if failures:
        done = total - len(failures)
        listing = "\n".join(f"  {n}. {message}" for n, message in enumerate(failures, start=1))
        raise UserError(f"共 {total} 个档案：成功 {done} 个，失败 {len(failures)} 个。\n{listing}")
    if batch:
        print(f"共 {total} 个档案，全部完成。", file=err)
    return 0


@contextlib.contextmanager
def _progress(err: TextIO, total: int) -> Iterator[Callable[[], None]]:
    """A rich progress bar on a terminal for ``total`` steps; otherwise nothing is drawn."""
    if total < 2 or not err.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("生成演讲稿"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(file=err), transient=True) as progress:
        task = progress.add_task("render", total=total)
        yield lambda: progress.advance(task)
