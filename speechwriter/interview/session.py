"""``speechwriter new`` and ``speechwriter edit``: the questionnaire in a terminal, start to _finish.

Answers go to a draft after every answer; Ctrl-C asks whether to keep it
(default keep) and ``new --resume`` continues. At the end the speech is
shown with its length, the profile is saved (never silently over an
existing file) and the speech written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from speechwriter.app.pipeline import Rendered, SpeechOptions, make_speech, render_bytes, render_options, write_output
from speechwriter.common.atomic_write import write_text_atomic
from speechwriter.common.errors import UserError
from speechwriter.interview.answers import profile_answers
from speechwriter.interview.prompter import Prompter
from speechwriter.interview.questionnaire import Questionnaire
from speechwriter.interview.terminal_preview import print_length, print_speech
from speechwriter.profile.drafts import Draft, latest_draft, new_draft
from speechwriter.profile.extends import Base
from speechwriter.profile.loading import LoadedProfile, dump_profile, load_profile
from speechwriter.profile.model import Profile
from speechwriter.profile.schema import ensure_store_schema, modeline
from speechwriter.profile.store import check_name, display_name, resolve, target_path
from speechwriter.render.formats import choose_format

__all__ = ["Front", "edit_command", "new_command", "require_terminal"]

_NO_TERMINAL = (
    "speechwriter {command} 需要在终端里回答问题，但现在没有可交互的终端（例如在管道或 CI 中）。"
    "请编写答案档案（可参考 examples/），再用 speechwriter render 档案.yaml 生成演讲稿。"
)


def require_terminal(command: str) -> None:
    """Refuse at once, with a pointer to ``render``, when stdin or stdout is not a terminal."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserError(_NO_TERMINAL.format(command=command))


@dataclass
class _Session:
    """One run of the questionnaire: prompter, console, draft and where results go."""

    prompter: Prompter
    console: Console
    draft: Draft
    force: bool = False
    layout: str | None = None
    options: SpeechOptions = field(default_factory=SpeechOptions)

    def keep_or_drop_draft(self) -> None:
        """After Ctrl-C: ask whether to keep the draft (default keep) and say how to resume."""
        try:
            keep = self.prompter.confirm("要保留已填写的内容，下次继续吗？", default=True)
        except KeyboardInterrupt:
            keep = True
        if keep:
            self.draft.write()
            self.console.print(f"草稿已保存：{self.draft.path}", markup=False, highlight=False)
            self.console.print("继续填写：speechwriter new --resume", markup=False, highlight=False)
        else:
            self.draft.delete()
            self.console.print("已放弃这次填写的内容。", markup=False)

    def record(self, answers: dict[str, object], completed: int) -> None:
        """Called after every answer: write the draft."""
        self.draft.answers = answers
        self.draft.completed = completed
        self.draft.write()


def _suggest(path: Path) -> Path:
    number = 2
    candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _confirm_target(session: _Session, path: Path, what: str, to_path: bool) -> Path:
    """``path``, or another one the user picks when ``path`` exists and may not be overwritten."""
    while path.exists() and not session.force:
        if session.prompter.confirm(f"{what} {path} 已存在，覆盖吗？", default=False):
            break
        answer = session.prompter.text(
            f"{what}换一个{'文件名' if to_path else '名称或路径'}",
            default=str(_suggest(path)) if to_path else display_name(_suggest(path)),
            hint=None,
            validate=lambda text: None if text.strip() else "不能为空",
        )
        path = Path(answer.strip()).expanduser() if to_path else target_path(answer.strip())
    return path


def _ask_profile_target(session: _Session, suggestion: str) -> Path:
    def validate(text: str) -> str | None:
        try:
            target_path(text) if text.strip() else check_name(text)
        except UserError as error:
            return error.message
        return None

    answer = session.prompter.text(
        "答案档案保存为（名称，或 .yaml 文件路径）",
        default=suggestion,
        hint=None,
        validate=validate,
    )
    return target_path(answer.strip())


def _ask_output(session: _Session, suggestion: str) -> Path:
    def validate(text: str) -> str | None:
        try:
            choose_format(None, Path(text.strip()))
        except UserError as error:
            return error.message
        return None

    answer = session.prompter.text(
        "演讲稿保存到（.md、.txt 或 .docx 文件）", default=suggestion, hint=None, validate=validate
    )
    return Path(answer.strip()).expanduser()


def _finish(
    session: _Session,
    profile: Profile,
    save_path: Path | None,
    output: Path | None,
    *,
    replace_profile: bool = False,
    base: Base | None = None,
) -> None:
    """Show the speech and its length, save the profile, write the speech, say where.

    ``replace_profile`` is for ``edit``: the profile goes back to the file it came from,
    keeping only what differs from its ``base`` when it extends one.
    """
    console = session.console
    console.print()
    speech = _show(session, profile).speech
    if save_path is None:
        save_path = _ask_profile_target(session, f"{profile.speaker.name}-{profile.post.title}")
    if not replace_profile:
        save_path = _confirm_target(session, save_path, "答案档案", to_path=False)
    if output is None:
        output = _ask_output(session, f"{save_path.stem}.md")
    output_format = choose_format(None, output)
    options, notes = render_options(output_format, session.layout)
    for note in notes:
        print(f"注意：{note}", file=sys.stderr)
    output = _confirm_target(session, output, "演讲稿", to_path=True)
    data = render_bytes(speech, output_format, options)
    write_text_atomic(save_path, dump_profile(profile, modeline(ensure_store_schema()), base))
    write_output(output, data, overwrite=True)
    session.draft.delete()
    name = display_name(save_path)
    where = f"{name}（{save_path}）" if name != str(save_path) else name
    console.print(f"答案档案已保存：{where}", markup=False, highlight=False)
    console.print(f"演讲稿已写入：{output}", markup=False, highlight=False)
    console.print(f"以后可以用 speechwriter edit {display_name(save_path)} 修改。", markup=False)


def _show(session: _Session, profile: Profile) -> Rendered:
    """Compose, fit and show the speech with its length per part and how it fits the slot."""
    rendered = make_speech(profile, session.options)
    print_speech(session.console, rendered.speech)
    print_length(session.console, rendered.speech, session.options.rate)
    for line in rendered.slot_report():
        session.console.print(line, markup=False, highlight=False)
    return rendered


def _preview(session: _Session) -> Callable[[Profile], None]:
    def show(profile: Profile) -> None:
        _show(session, profile)

    return show


def _run(session: _Session, questionnaire: Questionnaire, start: int) -> bool:
    """Ask from ``start``, then review; True when the user chose to save."""
    try:
        questionnaire.run(start)
        action = questionnaire.review(_preview(session))
    except KeyboardInterrupt:
        session.console.print()
        session.keep_or_drop_draft()
        raise SystemExit(130) from None
    if action == "quit":
        session.draft.delete()
        session.console.print("已放弃，未保存。", markup=False)
        return False
    return True


@dataclass
class Front:
    """How a session talks to the user and what it does with the results."""

    prompter: Prompter
    console: Console
    force: bool = False
    """Replace existing profile and speech files without asking."""
    layout: str | None = None
    options: SpeechOptions = field(default_factory=SpeechOptions)


def _start(front: Front, draft: Draft) -> tuple[_Session, Questionnaire]:
    session = _Session(front.prompter, front.console, draft, front.force, front.layout, front.options)
    return session, Questionnaire(front.prompter, draft.answers, session.record)


def _load_and_tell(reference: str, console: Console) -> LoadedProfile:
    """Load a profile by name or path and show its notes (cleaned fields, GBK…)."""
    loaded = load_profile(resolve(reference))
    for note in loaded.notes:
        console.print(f"注意：{note}", markup=False, highlight=False)
    return loaded


def new_command(
    front: Front,
    from_reference: str | None = None,
    save: str | None = None,
    output: Path | None = None,
    resume: bool = False,
) -> int:
    """Run the questionnaire from scratch, from a profile, or from the latest draft."""
    console = front.console
    if resume and from_reference:
        raise UserError("--resume 与 --from 不能同时使用：--resume 继续上次未完成的草稿。")
    start = 0
    if resume:
        draft = latest_draft()
        if draft is None:
            raise UserError("没有可以继续的草稿。用 speechwriter new 开始新的问答。")
        start = draft.completed
        draft.save = save or draft.save
        draft.output = str(output) if output else draft.output
        console.print(f"继续上次的草稿（{draft.started}）。", markup=False)
    else:
        draft = new_draft(save, str(output) if output else None)
        if from_reference:
            draft.answers = profile_answers(_load_and_tell(from_reference, console).profile)
    session, questionnaire = _start(front, draft)
    if not _run(session, questionnaire, start):
        return 1
    save_path = target_path(draft.save) if draft.save else None
    output_path = Path(draft.output) if draft.output else None
    _finish(session, questionnaire.profile(), save_path, output_path)
    return 0


def edit_command(front: Front, reference: str, output: Path | None = None) -> int:
    """Open the review menu on a saved profile; save back to the same file."""
    loaded = _load_and_tell(reference, front.console)
    path = loaded.source
    draft = new_draft(str(path), str(output) if output else None)
    draft.answers = profile_answers(loaded.profile)
    session, questionnaire = _start(front, draft)
    draft.completed = len(questionnaire.sections)
    front.console.print(f"正在修改档案：{display_name(path)}（{path}）", markup=False, highlight=False)
    if not _run(session, questionnaire, draft.completed):
        return 1
    _finish(session, questionnaire.profile(), path, output, replace_profile=True, base=loaded.base)
    return 0
