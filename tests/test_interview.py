"""``new`` and ``edit`` end to end with a scripted prompter (no terminal needed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from speechwriter.common.errors import UserError
from speechwriter.compose.composer import compose
from speechwriter.interview.session import edit_command, new_command, require_terminal
from speechwriter.profile.drafts import latest_draft
from speechwriter.profile.loading import load_profile
from speechwriter.profile.store import path_for_name
from speechwriter.render.markdown import render_markdown
from tests.conftest import EXAMPLES
from tests.scripted_prompter import ENTER, INTERRUPT, ScriptedPrompter
from tests.test_questionnaire import FROM_SCRATCH


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _console() -> tuple[Console, io.StringIO]:
    buffer = io.StringIO()
    return Console(file=buffer, width=100, color_system=None), buffer


def test_new_from_example_with_enter_only(tmp_path: Path) -> None:
    console, buffer = _console()
    save, output = tmp_path / "p.yaml", tmp_path / "p.md"
    code = new_command(str(EXAMPLES[2]), str(save), output, False, False, ScriptedPrompter(), console)
    assert code == 0
    original = load_profile(EXAMPLES[2]).profile
    assert load_profile(save).profile == original
    assert output.read_text(encoding="utf-8") == render_markdown(compose(original))
    shown = buffer.getvalue()
    assert "篇幅（按每分钟 200 字估算）" in shown and "合计" in shown
    assert f"答案档案已保存：{save}" in shown and f"演讲稿已写入：{output}" in shown
    assert latest_draft() is None  # the draft is gone once saved
    header = save.read_text(encoding="utf-8").splitlines()[:2]
    assert header[0].startswith("# speechwriter 答案档案（schema_version 1）")
    schema = Path(header[1].removeprefix("# yaml-language-server: $schema=file://"))
    assert schema.is_file() and '"title": "竞聘演讲稿答案档案"' in schema.read_text(encoding="utf-8")


def test_new_from_scratch_saves_to_the_store_by_name(tmp_path: Path) -> None:
    console, buffer = _console()
    script = [*FROM_SCRATCH, ENTER, ENTER, str(tmp_path / "speech.txt")]  # review, name, output
    assert new_command(None, None, None, False, False, ScriptedPrompter(script), console) == 0
    saved = path_for_name("周敏-网点主任")
    assert load_profile(saved).profile.speaker.name == "周敏"
    assert (tmp_path / "speech.txt").read_text(encoding="utf-8").startswith("竞聘网点主任演讲稿")
    assert "答案档案已保存：周敏-网点主任（" in buffer.getvalue()


def test_existing_profile_is_not_overwritten_silently(tmp_path: Path) -> None:
    save = tmp_path / "p.yaml"
    save.write_text("旧档案\n", encoding="utf-8")
    console, _ = _console()
    # Enter through everything: the overwrite question defaults to "no", then a new name is offered.
    code = new_command(str(EXAMPLES[0]), str(save), tmp_path / "p.md", False, False, ScriptedPrompter(), console)
    assert code == 0
    assert save.read_text(encoding="utf-8") == "旧档案\n"
    assert load_profile(tmp_path / "p-2.yaml").profile == load_profile(EXAMPLES[0]).profile


def test_force_overwrites(tmp_path: Path) -> None:
    save = tmp_path / "p.yaml"
    save.write_text("旧档案\n", encoding="utf-8")
    console, _ = _console()
    assert new_command(str(EXAMPLES[0]), str(save), tmp_path / "p.md", False, True, ScriptedPrompter(), console) == 0
    assert load_profile(save).profile == load_profile(EXAMPLES[0]).profile


def test_ctrl_c_keeps_a_draft_and_resume_loses_nothing(tmp_path: Path) -> None:
    console, buffer = _console()
    cut = FROM_SCRATCH.index("周敏") + 4  # inside part 2, after name, birth, education, ethnicity
    with pytest.raises(SystemExit) as stopped:
        new_command(
            None, None, tmp_path / "out.md", False, False, ScriptedPrompter([*FROM_SCRATCH[:cut], INTERRUPT]), console
        )
    assert stopped.value.code == 130
    assert "speechwriter new --resume" in buffer.getvalue()
    draft = latest_draft()
    assert draft is not None
    assert draft.answers["speaker"]["name"] == "周敏" and draft.answers["speaker"]["birth"] == "1988-07"
    assert draft.completed == 1
    # Resume: part 1 is done; part 2 starts pre-filled, so the answers typed before stay.
    rest = [ENTER] * 4 + FROM_SCRATCH[cut:] + [ENTER, "周敏的档案"]
    code = new_command(None, None, None, True, False, ScriptedPrompter(rest), console)
    assert code == 0
    profile = load_profile(path_for_name("周敏的档案")).profile
    assert profile.post.title == "网点主任" and profile.speaker.birth == "1988-07"
    assert (tmp_path / "out.md").exists()
    assert latest_draft() is None


def test_ctrl_c_and_drop_the_draft(tmp_path: Path) -> None:
    console, _ = _console()
    with pytest.raises(SystemExit):
        new_command(None, None, None, False, False, ScriptedPrompter(["主任", INTERRUPT, False]), console)
    assert latest_draft() is None


def test_resume_without_draft_and_with_from() -> None:
    console, _ = _console()
    with pytest.raises(UserError, match="没有可以继续的草稿"):
        new_command(None, None, None, True, False, ScriptedPrompter(), console)
    with pytest.raises(UserError, match="不能同时使用"):
        new_command("x", None, None, True, False, ScriptedPrompter(), console)


def test_quit_from_review_saves_nothing(tmp_path: Path) -> None:
    console, _ = _console()
    prompter = ScriptedPrompter(when={"全部问题已回答": "放弃", "确定放弃": True})
    code = new_command(str(EXAMPLES[0]), str(tmp_path / "p.yaml"), None, False, False, prompter, console)
    assert code == 1
    assert not (tmp_path / "p.yaml").exists()
    assert latest_draft() is None


def test_edit_changes_one_answer_only(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(EXAMPLES[1].read_bytes())
    console, _ = _console()
    script = ["第 6/6 部分", ENTER, ENTER, "4", ENTER]  # review → part 6 → time limit 4 → save
    assert edit_command(str(path), tmp_path / "p.md", False, ScriptedPrompter(script), console) == 0
    before, after = load_profile(EXAMPLES[1]).profile, load_profile(path).profile
    assert after.time_limit_minutes == 4
    assert after.model_copy(update={"time_limit_minutes": before.time_limit_minutes}) == before


def test_edit_by_store_name(tmp_path: Path) -> None:
    stored = path_for_name("赵建国-经理")
    stored.parent.mkdir(parents=True)
    stored.write_bytes(EXAMPLES[0].read_bytes())
    console, buffer = _console()
    assert edit_command("赵建国-经理", tmp_path / "x.md", False, ScriptedPrompter(), console) == 0
    assert "答案档案已保存：赵建国-经理（" in buffer.getvalue()


def test_no_terminal_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(UserError, match="speechwriter render"):
        require_terminal("new")


def test_new_writes_word_when_asked(tmp_path: Path) -> None:
    import docx

    console, _ = _console()
    output = tmp_path / "speech.docx"
    code = new_command(
        str(EXAMPLES[0]), str(tmp_path / "p.yaml"), output, False, False, ScriptedPrompter(), console, "stage"
    )
    assert code == 0
    assert docx.Document(str(output)).styles["Normal"].font.size.pt == 20
