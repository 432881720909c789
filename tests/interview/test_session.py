"""``new`` and ``edit`` end to end with a scripted prompter (no terminal needed)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from speechwriter.common.errors import UserError
from speechwriter.compose.composer import compose
from speechwriter.interview.session import Front, edit_command, new_command, require_terminal
from speechwriter.profile.drafts import latest_draft
from speechwriter.profile.loading import load_profile
from speechwriter.profile.store import path_for_name
from speechwriter.render.markdown import render_markdown
from tests.conftest import example
from tests.interview.test_questionnaire import FROM_SCRATCH, REVIEW, enter, step_index
from tests.scripted_prompter import ENTER, INTERRUPT, ScriptedPrompter

INSURANCE = example("insurance_manager")
SENIOR = example("telecom_senior_client_manager")
SERVICE = example("telecom_service_manager")


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
    prompter = ScriptedPrompter(enter_after=True)
    code = new_command(Front(prompter, console), str(SERVICE), str(save), output)
    assert code == 0
    original = load_profile(SERVICE).profile
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
    script = [*FROM_SCRATCH, (REVIEW, ENTER), ("答案档案保存为", ENTER), ("演讲稿保存到", str(tmp_path / "speech.txt"))]
    prompter = ScriptedPrompter(script)
    assert new_command(Front(prompter, console)) == 0
    prompter.assert_finished()
    saved = path_for_name("周敏-网点主任")
    assert load_profile(saved).profile.speaker.name == "周敏"
    assert (tmp_path / "speech.txt").read_text(encoding="utf-8").startswith("竞聘网点主任演讲稿")
    assert "答案档案已保存：周敏-网点主任（" in buffer.getvalue()


def test_existing_profile_is_not_overwritten_silently(tmp_path: Path) -> None:
    save = tmp_path / "p.yaml"
    save.write_text("旧档案\n", encoding="utf-8")
    console, _ = _console()
    # Enter through everything: the overwrite question defaults to "no", then a new name is offered.
    prompter = ScriptedPrompter(enter_after=True)
    code = new_command(Front(prompter, console), str(INSURANCE), str(save), tmp_path / "p.md")
    assert code == 0
    assert save.read_text(encoding="utf-8") == "旧档案\n"
    assert load_profile(tmp_path / "p-2.yaml").profile == load_profile(INSURANCE).profile
    assert f"答案档案 {save} 已存在，覆盖吗？" in prompter.transcript


def test_force_overwrites(tmp_path: Path) -> None:
    save = tmp_path / "p.yaml"
    save.write_text("旧档案\n", encoding="utf-8")
    console, _ = _console()
    prompter = ScriptedPrompter(enter_after=True)
    assert new_command(Front(prompter, console, force=True), str(INSURANCE), str(save), tmp_path / "p.md") == 0
    assert load_profile(save).profile == load_profile(INSURANCE).profile


def test_ctrl_c_keeps_a_draft_and_resume_loses_nothing(tmp_path: Path) -> None:
    console, buffer = _console()
    part_2 = step_index(FROM_SCRATCH, "speaker.name")
    # Cut inside part 2, once name, gender, birth, education and ethnicity are given.
    cut = step_index(FROM_SCRATCH, "speaker.ethnicity") + 1
    interrupted = [*FROM_SCRATCH[:cut], ("speaker.political_status", INTERRUPT), ("要保留已填写的内容", ENTER)]
    with pytest.raises(SystemExit) as stopped:
        new_command(Front(ScriptedPrompter(interrupted), console), None, None, tmp_path / "out.md")
    assert stopped.value.code == 130
    assert "speechwriter new --resume" in buffer.getvalue()
    draft = latest_draft()
    assert draft is not None
    assert draft.answers["speaker"]["name"] == "周敏" and draft.answers["speaker"]["birth"] == "1988-07"
    assert draft.completed == 1
    # Resume: part 1 is done; part 2 starts pre-filled, so the answers typed before stay.
    typed_before = enter(*[key for key, _ in FROM_SCRATCH[part_2:cut]])
    rest = [*typed_before, *FROM_SCRATCH[cut:], (REVIEW, ENTER), ("答案档案保存为", "周敏的档案")]
    prompter = ScriptedPrompter(rest)
    code = new_command(Front(prompter, console), resume=True)
    assert code == 0
    prompter.assert_finished()
    profile = load_profile(path_for_name("周敏的档案")).profile
    assert profile.post.title == "网点主任" and profile.speaker.birth == "1988-07"
    assert (tmp_path / "out.md").exists()
    assert latest_draft() is None


def test_ctrl_c_and_drop_the_draft(tmp_path: Path) -> None:
    console, _ = _console()
    with pytest.raises(SystemExit):
        script = [
            ("post.sector", ENTER),
            ("post.title", "主任"),
            ("post.unit", INTERRUPT),
            ("要保留已填写的内容", False),
        ]
        new_command(Front(ScriptedPrompter(script), console))
    assert latest_draft() is None


def test_resume_without_draft_and_with_from() -> None:
    console, _ = _console()
    with pytest.raises(UserError, match="没有可以继续的草稿"):
        new_command(Front(ScriptedPrompter([], enter_after=False), console), resume=True)
    with pytest.raises(UserError, match="不能同时使用"):
        new_command(Front(ScriptedPrompter([], enter_after=False), console), "x", resume=True)


def test_quit_from_review_saves_nothing(tmp_path: Path) -> None:
    console, _ = _console()
    prompter = ScriptedPrompter(
        when={REVIEW: "放弃", "确定放弃": True}, enter_after=True
    )  # Enter through every question
    code = new_command(Front(prompter, console), str(INSURANCE), str(tmp_path / "p.yaml"))
    assert code == 1
    assert not (tmp_path / "p.yaml").exists()
    assert latest_draft() is None


def test_edit_changes_one_answer_only(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(SENIOR.read_bytes())
    console, _ = _console()
    script = [
        (REVIEW, "第 6/6 部分"),
        *enter("closing.pledge", "closing.motto"),  # a pledge: no closing phrase asked
        ("time_limit_minutes", "4"),
        (REVIEW, ENTER),  # save
    ]
    prompter = ScriptedPrompter(script)
    assert edit_command(Front(prompter, console), str(path), tmp_path / "p.md") == 0
    prompter.assert_finished()
    before, after = load_profile(SENIOR).profile, load_profile(path).profile
    assert after.time_limit_minutes == 4
    assert after.model_copy(update={"time_limit_minutes": before.time_limit_minutes}) == before


def test_edit_by_store_name(tmp_path: Path) -> None:
    stored = path_for_name("赵建国-经理")
    stored.parent.mkdir(parents=True)
    stored.write_bytes(INSURANCE.read_bytes())
    console, buffer = _console()
    prompter = ScriptedPrompter([(REVIEW, ENTER)])  # edit opens the review menu: Enter saves
    assert edit_command(Front(prompter, console), "赵建国-经理", tmp_path / "x.md") == 0
    prompter.assert_finished()
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
        Front(ScriptedPrompter(enter_after=True), console, layout="stage"),
        str(INSURANCE),
        str(tmp_path / "p.yaml"),
        output,
    )
    assert code == 0
    assert docx.Document(str(output)).styles["Normal"].font.size.pt == 20
