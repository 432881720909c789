"""From profile files to written speeches: the work behind ``speechwriter render``."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from speechwriter.common.atomic_write import write_bytes_atomic
from speechwriter.common.errors import UserError
from speechwriter.compose.fitting import Fitted, fit
from speechwriter.compose.template_set import load_template_set
from speechwriter.profile.loading import load_profile
from speechwriter.profile.model import Profile
from speechwriter.profile.store import resolve
from speechwriter.render.formats import OutputFormat, RenderOptions, choose_format
from speechwriter.speech.conversion import convert_speech
from speechwriter.speech.model import Speech
from speechwriter.speech.timing import DEFAULT_RATE, slot_report, timing_report


@dataclass(frozen=True)
class SpeechOptions:
    """How profiles become speeches: the slot, the speaking rate and the script."""

    minutes: float | None = None
    rate: int = DEFAULT_RATE
    script: str | None = None
    template: str | None = None


@dataclass
class Rendered:
    """A profile's speech fitted to its slot (``fitted``), in the script asked for (``speech``)."""

    fitted: Fitted
    speech: Speech

    def report(self) -> list[str]:
        """Length per part and in total, and how it compares with the slot."""
        fitted = self.fitted
        return timing_report(fitted.speech, fitted.rate, fitted.minutes, fitted.longest_answers)

    def slot_report(self) -> list[str]:
        """Only how the length compares with the slot (for when the lengths are shown otherwise)."""
        fitted = self.fitted
        return slot_report(fitted.speech, fitted.rate, fitted.minutes, fitted.longest_answers)


def make_speech(profile: Profile, options: SpeechOptions) -> Rendered:
    """Fit the profile's speech to the slot and convert its script if asked."""
    fitted = fit(profile, options.minutes, options.rate, load_template_set(options.template))
    return Rendered(fitted, convert_speech(fitted.speech, options.script))


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


def _summary(item: Rendered) -> str:
    fitted = item.fitted
    verdict = f"，超出限时约 {fitted.over} 字" if fitted.over else ""
    minutes = fitted.characters / fitted.rate
    return f"{fitted.characters} 字，约 {minutes:.1f} 分钟（限时 {fitted.minutes:g} 分钟{verdict}）"


def render_options(chosen: OutputFormat, layout: str | None, err: TextIO) -> RenderOptions:
    """Options for ``chosen``; the layout file is read (and checked) before anything is written."""
    if chosen.name != "docx":
        if layout is not None:
            print(f"注意：--layout 只用于 Word（.docx）输出，{chosen.label}输出不受影响。", file=err)
        return RenderOptions()
    from speechwriter.render.page_layout import load_layout

    return RenderOptions(layout=load_layout(layout))


def render_command(
    references: Sequence[str],
    output: Path | None = None,
    out_dir: Path | None = None,
    format_name: str | None = None,
    force: bool = False,
    layout: str | None = None,
    speech_options: SpeechOptions | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Render profiles to stdout, to one file (``output``) or to a folder (``out_dir``).

    Output paths are checked (collisions, existing files) before anything is
    written. A bad profile does not stop the others: every failure is listed
    at the end and the exit code is non-zero. One profile gets the full
    timing report on ``stderr``; a batch gets a line each (and a progress bar
    on a terminal).
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    chosen = choose_format(format_name, output)
    options = render_options(chosen, layout, err)
    speech_options = speech_options or SpeechOptions()
    failures: list[str] = []
    sources: list[Path] = []
    for reference in references:
        try:
            sources.append(resolve(reference))
        except UserError as error:
            failures.append(error.message)
    targets = _targets(sources, output, out_dir, chosen)
    if not force:
        existing = [str(path) for path in targets if path is not None and path.exists()]
        if existing:
            raise UserError(f"{'、'.join(existing)} 已存在，未覆盖。要覆盖请加 --force，或换一个文件名。")
    batch = len(references) > 1
    with _progress(err, len(sources) if batch else 0) as advance:
        for index, (source, target) in enumerate(zip(sources, targets, strict=True)):
            try:
                loaded = load_profile(source)
                item = make_speech(loaded.profile, speech_options)
                data = chosen.render(item.speech, options)
                if target is not None:
                    write_bytes_atomic(target, data, overwrite=True)
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
                print(f"{where}：{_summary(item)}", file=err)
            else:
                print(f"{where}：", file=err)
                for line in item.report():
                    print(f"  {line}", file=err)
            advance()
    if failures and not batch:
        raise UserError(failures[0])
    if failures:
        done = len(references) - len(failures)
        listing = "\n".join(f"  {n}. {message}" for n, message in enumerate(failures, start=1))
        raise UserError(f"共 {len(references)} 个档案：成功 {done} 个，失败 {len(failures)} 个。\n{listing}")
    if batch:
        print(f"共 {len(references)} 个档案，全部完成。", file=err)
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
