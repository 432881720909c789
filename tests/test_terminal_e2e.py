"""Drive the real ``speechwriter new`` and ``edit`` in a pseudo-terminal (pexpect), as a user would."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from speechwriter.interview.answers import profile_answers
from speechwriter.interview.questionnaire import Questionnaire
from speechwriter.library.presets import all_presets
from speechwriter.profile.loading import load_profile
from tests.conftest import EXAMPLES, example
from tests.scripted_prompter import ScriptedPrompter

SPEECHWRITER = str(Path(sys.executable).parent / "speechwriter")
CTRL_C, CLEAR_LINE, ENTER, DOWN, SPACE = "\x03", "\x15", "\r", "\x1b[B", " "
REVIEW = "全部问题已回答。下一步？"
WAIT = 60
"""Seconds to wait for an expected prompt before failing: generous, since it only ever fails, never measures."""

INSURANCE = example("insurance_manager")
SENIOR = example("telecom_senior_client_manager")
SERVICE = example("telecom_service_manager")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SPEECHWRITER_HOME": str(tmp_path / "home"),
        "TERM": "xterm",
        "COLUMNS": "160",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }


def questions(example: Path, start: int = 0) -> list[str]:
    """The prompts ``new --from example`` shows when only Enter is pressed, in order, from part ``start + 1`` on.

    Taken from the questionnaire itself (with a scripted prompter), then the review menu.
    """
    prompter = ScriptedPrompter(enter_after=True)
    Questionnaire(prompter, profile_answers(load_profile(example).profile)).run(start)
    return [*prompter.transcript, REVIEW]


class Terminal:
    """A pseudo-terminal running the command, with everything it printed.

    Keys are typed only once the prompt they answer is on the screen (prompt_toolkit
    switches the terminal to raw mode before drawing it); nothing waits for output to
    pause, and the time-outs only turn a hang into a failure with the screen's tail.
    """

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.log = io.StringIO()
        self.child = pexpect.spawn(
            SPEECHWRITER, args, env=env, cwd=str(cwd), encoding="utf-8", dimensions=(50, 160), timeout=WAIT
        )
        self.child.logfile_read = self.log
        self.last = ""

    def wait_for(self, text: str) -> None:
        """Wait until ``text`` is printed (after everything waited for so before)."""
        try:
            self.child.expect_exact(text)
        except (pexpect.TIMEOUT, pexpect.EOF) as error:
            what = "no output" if isinstance(error, pexpect.TIMEOUT) else "the program ended"
            raise AssertionError(f"waited for {text!r}: {what}; the screen ended with:\n{self.tail()}") from None

    def at(self, prompt: str, keys: str) -> None:
        """Wait for ``prompt`` to appear, then type ``keys``."""
        # The prompt just answered is drawn again with its answer; the next one must differ to be told apart.
        assert prompt not in self.last, f"{prompt!r} cannot be told apart from the previous prompt {self.last!r}"
        self.wait_for(prompt)
        self.child.send(keys)
        self.last = prompt

    def answer(self, prompts: list[str], keys: dict[str, str] | None = None) -> None:
        """At each prompt in turn type what ``keys`` gives for the prompt's start, else Enter."""
        for prompt in prompts:
            typed = [text for start, text in (keys or {}).items() if prompt.startswith(start)]
            self.at(prompt, typed[0] if typed else ENTER)

    def exit_code(self) -> int:
        """Wait for the program to end; its exit code."""
        self.wait_for_end()
        self.child.close()
        return int(self.child.exitstatus if self.child.exitstatus is not None else -(self.child.signalstatus or 0))

    def wait_for_end(self) -> None:
        try:
            self.child.expect(pexpect.EOF)
        except pexpect.TIMEOUT:
            raise AssertionError(f"the program did not end; the screen ended with:\n{self.tail()}") from None

    def tail(self) -> str:
        return self.log.getvalue()[-2000:]


def _render(example: Path, env: dict[str, str]) -> str:
    return subprocess.run(
        [SPEECHWRITER, "render", str(example)], capture_output=True, text=True, env=env, check=True, timeout=WAIT
    ).stdout


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_enter_only_reproduces_each_example(example: Path, tmp_path: Path, env: dict[str, str]) -> None:
    save, output = tmp_path / "p.yaml", tmp_path / "p.md"
    terminal = Terminal(["new", "--from", str(example), "--save", str(save), "-o", str(output)], env, tmp_path)
    terminal.answer(questions(example))
    assert terminal.exit_code() == 0
    assert load_profile(save).profile == load_profile(example).profile
    assert output.read_text(encoding="utf-8") == _render(example, env)
    shown = terminal.log.getvalue()
    assert "第 2/6 部分：自我介绍" in shown and "篇幅（按每分钟 200 字估算）" in shown


def test_from_scratch_with_a_wrong_answer_corrected(tmp_path: Path, env: dict[str, str]) -> None:
    terminal = Terminal(["new"], env, tmp_path)
    t = terminal.at
    t("所在行业", ENTER)  # 不填 is first
    t("竞聘的岗位名称", "网点主任" + ENTER)
    for prompt in ["岗位所在部门", "演讲题目", "开口的称呼", "问候语", "开场句式", "想在开场补充的话"]:
        t(prompt, ENTER)
    t("姓名", "周敏" + ENTER)
    t("性别（可留空）", ENTER)
    t("出生年月", "1988-13" + ENTER)
    t("月份 13 不存在", CLEAR_LINE + "1988-07" + ENTER)  # the same prompt, with the problem shown under it
    for prompt in ["学历", "民族", "政治面貌", "毕业院校", "所学专业", "毕业年份"]:
        t(prompt, ENTER)
    t("进入本单位的年份", "2099" + ENTER)
    t("年份 2099 还没有到", CLEAR_LINE + "2010" + ENTER)
    for prompt in ["所在单位", "现任岗位", "工作经历：下一步？", "获得的荣誉：下一步？", "座右铭"]:
        t(prompt, ENTER)
    t("对岗位的认识：下一步？", ENTER)  # default: add
    t("对岗位的认识 · 第 1 段", "网点主任要管好业务，也要带好队伍" + ENTER)
    t("对岗位的认识：下一步？", ENTER)  # default now: done
    t("岗位的具体要求（可不填）：下一步？", ENTER)
    for part, detail in [("竞聘优势", "具体内容"), ("工作设想", "具体措施")]:
        for number in range(1, 4):
            t(f"{part}：下一步？", ENTER)  # add until three
            t(f"第 {number} 条 · 要点", f"{part}{number}" + ENTER)
            t(f"第 {number} 条 · {detail}", ENTER)  # detail left empty
        t(f"{part}：下一步？", ENTER)  # done
        t(f"{part}的列举方式", ENTER)
    for prompt in ["结尾表态", "结尾句式", "结尾引用的口号", "演讲限时", REVIEW, "答案档案保存为", "演讲稿保存到"]:
        t(prompt, ENTER)
    assert terminal.exit_code() == 0
    assert (tmp_path / "周敏-网点主任.md").read_text(encoding="utf-8").startswith("# 竞聘网点主任演讲稿")
    listed = subprocess.run(
        [SPEECHWRITER, "profiles", "list"], capture_output=True, text=True, env=env, check=True, timeout=WAIT
    )
    assert "周敏-网点主任" in listed.stdout and "周敏 · 竞聘网点主任" in listed.stdout
    by_name = subprocess.run(
        [SPEECHWRITER, "render", "周敏-网点主任"], capture_output=True, text=True, env=env, timeout=WAIT
    )
    assert by_name.returncode == 0 and "我叫周敏，1988年7月出生。" in by_name.stdout
    assert "2010年参加工作" in by_name.stdout and "2099" not in by_name.stdout  # the corrected year


def test_ctrl_c_then_resume_loses_nothing(tmp_path: Path, env: dict[str, str]) -> None:
    example = SENIOR
    save, output = tmp_path / "p.yaml", tmp_path / "p.md"
    terminal = Terminal(["new", "--from", str(example), "--save", str(save), "-o", str(output)], env, tmp_path)
    prompts = questions(example)
    birth = next(n for n, prompt in enumerate(prompts) if prompt.startswith("出生年月"))
    typed = {"竞聘的岗位名称": CLEAR_LINE + "支行行长" + ENTER, "姓名": CLEAR_LINE + "钱多多" + ENTER}
    terminal.answer(prompts[:birth], typed)
    terminal.at(prompts[birth], CTRL_C)
    terminal.at("要保留已填写的内容，下次继续吗？", ENTER)
    terminal.wait_for("speechwriter new --resume")
    assert terminal.exit_code() == 130
    assert not save.exists()

    resumed = Terminal(["new", "--resume"], env, tmp_path)
    resumed.answer(questions(example, start=1))  # part 1 was done; part 2 starts pre-filled
    assert resumed.exit_code() == 0
    profile = load_profile(save).profile
    assert profile.post.title == "支行行长" and profile.speaker.name == "钱多多"
    original = load_profile(example).profile
    assert profile.model_copy(update={"post": original.post, "speaker": original.speaker}) == original
    assert output.exists()


def test_edit_opens_the_review_menu(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(SERVICE.read_bytes())
    terminal = Terminal(["edit", str(path), "-o", str(tmp_path / "p.md")], env, tmp_path)
    terminal.wait_for(REVIEW)
    assert "竞聘的岗位名称" not in terminal.log.getvalue()  # nothing is asked again
    terminal.child.send(ENTER)  # save
    assert terminal.exit_code() == 0
    assert load_profile(path).profile == load_profile(SERVICE).profile


@pytest.mark.parametrize("command", [["new"], ["edit", "x.yaml"], ["new", "--from", "x.yaml"]])
def test_no_terminal_exits_at_once(command: list[str], env: dict[str, str]) -> None:
    # It must not wait for input that cannot come: a hang fails at the time-out (nothing is timed).
    result = subprocess.run(
        [SPEECHWRITER, *command], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=WAIT
    )
    assert result.returncode == 2
    assert "没有可交互的终端" in result.stderr and "speechwriter render" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_offers_insurance_claims_suggestions(tmp_path: Path, env: dict[str, str]) -> None:
    save = tmp_path / "p.yaml"
    terminal = Terminal(
        ["new", "--from", str(INSURANCE), "--save", str(save), "-o", str(tmp_path / "p.md")], env, tmp_path
    )
    prompts = questions(INSURANCE)
    menu = prompts.index("竞聘优势：下一步？")
    terminal.answer(prompts[:menu])
    terminal.at(prompts[menu], DOWN * 5 + ENTER)  # 完成, 添加, 修改, 删除, 调整顺序, 从素材库勾选
    terminal.at("选择行业", ENTER)  # 保险 comes first
    terminal.at("选择岗位", ENTER)  # 理赔 comes first within 保险
    terminal.at("勾选要采用的竞聘优势", SPACE + DOWN + SPACE + ENTER)
    terminal.wait_for("已添加 2 条")
    terminal.answer(prompts[menu:])  # the menu again (Enter: done), then the rest as before
    assert terminal.exit_code() == 0
    headlines = [point.headline for point in load_profile(save).profile.strengths]
    claims = all_presets()["insurance-claims"].strengths
    assert headlines[-2:] == [claims[0].headline, claims[1].headline]


def test_choosing_a_sector_shows_only_that_trades_examples(tmp_path: Path, env: dict[str, str]) -> None:
    nurse = tmp_path / "nurse.yaml"
    text = example("hospital_head_nurse").read_text(encoding="utf-8")
    nurse.write_text(text.replace("  sector: 医疗卫生\n", ""), encoding="utf-8")
    save = tmp_path / "saved.yaml"
    terminal = Terminal(["new", "--from", str(nurse), "--save", str(save), "-o", str(tmp_path / "s.md")], env, tmp_path)
    prompts = questions(nurse)
    assert prompts[0].startswith("所在行业")
    terminal.at(prompts[0], DOWN * 4 + ENTER)  # 不填, 通信, 银行, 保险, 医疗卫生
    terminal.wait_for("医疗卫生")
    shown_from = len(terminal.log.getvalue())
    terminal.answer(prompts[1:])
    terminal.child.send(ENTER)  # save
    assert terminal.exit_code() == 0
    later = terminal.log.getvalue()[shown_from:]
    assert "如“某县人民医院”" in later  # the hospital's own example for the organisation
    for word in ("营业厅", "网点", "保单", "理赔", "移动", "客户"):
        assert word not in later, f"“{word}” shown to a hospital user"
    assert load_profile(save).profile.post.sector == "医疗卫生"
