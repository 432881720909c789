"""From profile files to written speeches: the work behind ``speechwriter render``."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from speechwriter.atomic import write_bytes_atomic
from speechwriter.errors import UserError
from speechwriter.fitting import Fitted, fit
from speechwriter.formats import OutputFormat, RenderOptions, choose_format
from speechwriter.profile_io import LoadedProfile, load_profile
from speechwriter.profile_store import resolve
from speechwriter.script import convert_speech
from speechwriter.speech import Speech
from speechwriter.template_set import load_template_set
from speechwriter.timing import DEFAULT_RATE, timing_report


@dataclass(frozen=True)
class SpeechOptions:
    """How profiles become speeches: the slot, the speaking rate and the script."""

    minutes: float | None = None
    rate: int = DEFAULT_RATE
    script: str | None = None
    template: str | None = None


@dataclass
class Rendered:
    """One profile turned into a speech fitted to its slot, with the notes to show."""

    loaded: LoadedProfile
    fitted: Fitted
    speech: Speech

    def report(self) -> list[str]:
        """Length per part and in total, and how it compares with the slot."""
        fitted = self.fitted
        return timing_report(fitted.speech, fitted.rate, fitted.minutes, fitted.longest_answers)


def make_speech(loaded: LoadedProfile, options: SpeechOptions) -> Rendered:
    """Fit the profile's speech to the slot and convert its script if asked."""
    fitted = fit(loaded.profile, options.minutes, options.rate, load_template_set(options.template))
    return Rendered(loaded, fitted, convert_speech(fitted.speech, options.script))


def build(references: Sequence[str], options: SpeechOptions | None = None) -> list[Rendered]:
    """Load and compose every profile; all errors are collected and raised together."""
    results: list[Rendered] = []
    problems: list[str] = []
    for reference in references:
        try:
            results.append(make_speech(load_profile(resolve(reference)), options or SpeechOptions()))
        except UserError as error:
            problems.append(error.message)
    if problems:
        raise UserError("\n".join(problems))
    return results


def _targets(
    results: Sequence[Rendered], output: Path | None, out_dir: Path | None, chosen: OutputFormat
) -> list[Path | None]:
    if output is not None and out_dir is not None:
        raise UserError("-o 与 --out-dir 只能用一个：单个档案用 -o，多个档案用 --out-dir。")
    if output is not None:
        if len(results) > 1:
            raise UserError(f"给了 {len(results)} 个档案，但 -o 只能写一个文件。请改用 --out-dir 文件夹。")
        return [output]
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            raise UserError(f"{out_dir} 不是文件夹。请给 --out-dir 一个文件夹路径。")
        paths = [out_dir / (item.loaded.name + chosen.extension) for item in results]
        seen: set[Path] = set()
        for path in paths:
            if path in seen:
                raise UserError(f"有两个档案同名，都会写到 {path}。请给档案改个名字。")
            seen.add(path)
        return list(paths)
    return [None] * len(results)


def render_options(chosen: OutputFormat, layout: str | None, err: TextIO) -> RenderOptions:
    """Options for ``chosen``; the layout file is read (and checked) before anything is written."""
    if layout is None:
        return RenderOptions()
    if chosen.name != "docx":
        print(f"注意：--layout 只用于 Word（.docx）输出，{chosen.label}输出不受影响。", file=err)
        return RenderOptions()
    from speechwriter.layout import load_layout

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

    Nothing is written unless every profile loads and composes. Notes
    (cleaned fields, files written, length) go to ``stderr``.
    """
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    chosen = choose_format(format_name, output)
    options = render_options(chosen, layout, err)
    results = build(references, speech_options)
    targets = _targets(results, output, out_dir, chosen)
    if not force:
        existing = [str(path) for path in targets if path is not None and path.exists()]
        if existing:
            raise UserError(f"{'、'.join(existing)} 已存在，未覆盖。要覆盖请加 --force，或换一个文件名。")
    for index, (item, target) in enumerate(zip(results, targets, strict=True)):
        for note in item.loaded.notes:
            print(f"注意：{note}", file=err)
        data = chosen.render(item.speech, options)
        if target is None:
            if chosen.binary:
                raise UserError(f"{chosen.label}格式不能输出到终端，请用 -o 指定文件。")
            if index:
                out.write("\n")
            out.write(data.decode("utf-8"))
            out.flush()
            print(f"{item.loaded.source}：", file=err)
        else:
            write_bytes_atomic(target, data, overwrite=True)
            print(f"已写入 {target}：", file=err)
        for line in item.report():
            print(f"  {line}", file=err)
    return 0
