"""What every front end calls: load a profile, make its speech, render it to bytes, save it.

The command line (``render``, ``new``, ``edit``) and, later, the web page go
through these functions, so they produce the same bytes from the same answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from speechwriter.common.atomic_write import write_bytes_atomic
from speechwriter.common.script import detect_script
from speechwriter.compose.context import answer_texts
from speechwriter.compose.fitting import Fitted, fit
from speechwriter.compose.template_set import load_template_set
from speechwriter.profile.loading import LoadedProfile, load_profile
from speechwriter.profile.model import Profile
from speechwriter.profile.store import resolve
from speechwriter.render.formats import OutputFormat, RenderOptions
from speechwriter.speech.conversion import convert_speech
from speechwriter.speech.model import Speech
from speechwriter.speech.timing import DEFAULT_RATE, slot_report, timing_report

__all__ = ["Rendered", "SpeechOptions", "load", "make_speech", "render_bytes", "render_options", "write_output"]


@dataclass(frozen=True)
class SpeechOptions:
    """How profiles become speeches: the slot, the speaking rate, the script and the template set."""

    minutes: float | None = None
    rate: int = DEFAULT_RATE
    script: str | None = None
    """The script of the template text; None follows the script the answers are written in."""
    template: str | None = None
    convert_answers: bool = False
    """Convert the speaker's own answers to ``script`` too (otherwise they stay as typed)."""


@dataclass
class Rendered:
    """A profile's speech fitted to its slot (``fitted``), in the script asked for (``speech``)."""

    fitted: Fitted
    speech: Speech

    def report(self) -> list[str]:
        """Length per part and in total, and how it compares with the slot."""
        fitted = self.fitted
        return timing_report(fitted.speech, fitted.rate, fitted.minutes, fitted.longest_answers, fitted.fillers)

    def slot_report(self) -> list[str]:
        """Only how the length compares with the slot (for when the lengths are shown otherwise)."""
        fitted = self.fitted
        return slot_report(fitted.speech, fitted.rate, fitted.minutes, fitted.longest_answers, fitted.fillers)

    def summary(self) -> str:
        """One line: characters, minutes, the slot and how far over it the speech runs."""
        fitted = self.fitted
        verdict = f"，超出限时约 {fitted.over} 字" if fitted.over else ""
        minutes = fitted.characters / fitted.rate
        return f"{fitted.characters} 字，约 {minutes:.1f} 分钟（限时 {fitted.minutes:g} 分钟{verdict}）"


def load(reference: str | Path) -> LoadedProfile:
    """A profile by store name or file path, validated (with notes on what was cleaned)."""
    return load_profile(resolve(str(reference)))


def speech_script(profile: Profile, options: SpeechOptions) -> str:
    """The script the template text is written in: as asked, else the script of the answers."""
    return options.script or detect_script(answer_texts(profile, everything=True))


def make_speech(profile: Profile, options: SpeechOptions) -> Rendered:
    """Fit the profile's speech to the slot, its template text in the answers' (or the asked) script."""
    templates = load_template_set(options.template, speech_script(profile, options))
    fitted = fit(profile, options.minutes, options.rate, templates)
    speech = convert_speech(fitted.speech, options.script) if options.convert_answers else fitted.speech
    return Rendered(fitted, speech)


def render_options(chosen: OutputFormat, layout: str | None) -> tuple[RenderOptions, list[str]]:
    """Options for ``chosen`` and notes for the user; a layout file is read (and checked) at once."""
    if chosen.name != "docx":
        notes = [f"--layout 只用于 Word（.docx）输出，{chosen.label}输出不受影响。"] if layout is not None else []
        return RenderOptions(), notes
    from speechwriter.render.page_layout import load_layout

    return RenderOptions(layout=load_layout(layout)), []


def render_bytes(speech: Speech, chosen: OutputFormat, options: RenderOptions | None = None) -> bytes:
    """The speech as the bytes of one output format."""
    return chosen.render(speech, options or RenderOptions())


def write_output(path: Path, data: bytes, overwrite: bool) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (never half-written)."""
    write_bytes_atomic(path, data, overwrite=overwrite)
