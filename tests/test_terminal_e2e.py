"""Drive the real ``speechwriter new`` and ``edit`` in a pseudo-terminal (pexpect), as a user would."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from speechwriter.profile.loading import load_profile
from tests.conftest import EXAMPLES

SPEECHWRITER = str(Path(sys.executable).parent / "speechwriter")
CTRL_C, CLEAR_LINE, ENTER, DOWN, SPACE = "\x03", "\x15", "\r", "\x1b[B", " "


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "SPEECHWRITER_HOME": str(tmp_path / "home"),
        "TERM": "xterm",
        "COLUMNS": "160",
        "PROMPT_TOOLKIT_NO_CPR": "1",
    }


class Terminal:
    """A pseudo-terminal running the command, with everything it printed."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.log = io.StringIO()
        self.child = pexpect.spawn(
            SPEECHWRITER, args, env=env, cwd=str(cwd), encoding="utf-8", dimensions=(50, 160), timeout=20
        )
        self.child.logfile_read = self.log

    def at(self, prompt: str, keys: str) -> None:
        """Wait for ``prompt`` to appear, then type ``keys``."""
        self.child.expect_exact(prompt)
        time.sleep(0.05)
        self.child.send(keys)

    def enter_until_exit(self, idle: float = 0.1, limit: float = 120) -> int:
        """Press Enter whenever the program waits for input, until it exits; its exit code."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.child.expect([pexpect.EOF, pexpect.TIMEOUT], timeout=idle) == 0:
                return self.exit_code()
            self.child.send(ENTER)
        raise AssertionError("the program did not finish:\n" + self.log.getvalue()[-2000:])

    def enter_until(self, text: str, idle: float = 0.1, limit: float = 60) -> None:
        """Press Enter whenever the program waits, until ``text`` appears."""
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.child.expect_exact([text, pexpect.TIMEOUT], timeout=idle) == 0:
                return
            self.child.send(ENTER)
        raise AssertionError(f"{text!r} did not appear:\n" + self.log.getvalue()[-2000:])

    def exit_code(self) -> int:
        self.child.expect(pexpect.EOF)
        self.child.close()
        return int(self.child.exitstatus if self.child.exitstatus is not None else -(self.child.signalstatus or 0))


def _render(example: Path, env: dict[str, str]) -> str:
    return subprocess.run(
        [SPEECHWRITER, "render", str(example)], capture_output=True, text=True, env=env, check=True
    ).stdout


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_enter_only_reproduces_each_example(example: Path, tmp_path: Path, env: dict[str, str]) -> None:
    save, output = tmp_path / "p.yaml", tmp_path / "p.md"
    terminal = Terminal(["new", "--from", str(example), "--save", str(save), "-o", str(output)], env, tmp_path)
    assert terminal.enter_until_exit() == 0
    assert load_profile(save).profile == load_profile(example).profile
    assert output.read_text(encoding="utf-8") == _render(example, env)
    shown = terminal.log.getvalue()
    assert "第 2/6 部分：自我介绍" in shown and "篇幅（按每分钟 200 字估算）" in shown


def test_from_scratch_with_a_wrong_answer_corrected(tmp_path: Path, env: dict[str, str]) -> None:
    terminal = Terminal(["new"], env, tmp_path)
    t = terminal.at
    t("竞聘的岗位名称", "网点主任" + ENTER)
    for prompt in ["岗位所在部门", "演讲题目", "开口的称呼", "问候语", "开场句式", "想在开场补充的话"]:
        t(prompt, ENTER)
    t("姓名", "周敏" + ENTER)
    t("出生年月", "1988-13" + ENTER)
    t("月份 13 不存在", CLEAR_LINE + "1988-07" + ENTER)
    for prompt in ["学历", "民族", "政治面貌", "毕业院校", "所学专业", "毕业年份"]:
        t(prompt, ENTER)
    t("进入本单位的年份", "2099" + ENTER)
    t("年份 2099 还没有到", CLEAR_LINE + "2010" + ENTER)
    for prompt in ["所在单位", "现任岗位", "工作经历：下一步？", "获得的荣誉：下一步？", "座右铭"]:
        t(prompt, ENTER)
    t("对岗位的认识：下一步？", ENTER)  # default: add
    t("第 1 段", "网点主任要管好业务，也要带好队伍" + ENTER)
    t("对岗位的认识：下一步？", ENTER)  # default now: done
    t("岗位的具体要求（可不填）：下一步？", ENTER)
    for part in ["竞聘优势", "工作设想"]:
        for number in range(1, 4):
            t(f"{part}：下一步？", ENTER)  # add until three
            t(f"第 {number} 条 · 要点", f"{part}{number}" + ENTER)
            t("第 ", ENTER)  # detail left empty
        t(f"{part}：下一步？", ENTER)  # done
        t("列举方式", ENTER)
    for prompt in ["结尾表态", "结尾句式", "结尾引用的口号", "演讲限时", "下一步？", "答案档案保存为", "演讲稿保存到"]:
        t(prompt, ENTER)
    assert terminal.exit_code() == 0
    assert (tmp_path / "周敏-网点主任.md").read_text(encoding="utf-8").startswith("# 竞聘网点主任演讲稿")
    listed = subprocess.run([SPEECHWRITER, "profiles", "list"], capture_output=True, text=True, env=env, check=True)
    assert "周敏-网点主任" in listed.stdout and "周敏 · 竞聘网点主任" in listed.stdout
    by_name = subprocess.run([SPEECHWRITER, "render", "周敏-网点主任"], capture_output=True, text=True, env=env)
    assert by_name.returncode == 0 and "我叫周敏，1988年7月出生。" in by_name.stdout
    assert "2010年进入单位工作" in by_name.stdout


def test_ctrl_c_then_resume_loses_nothing(tmp_path: Path, env: dict[str, str]) -> None:
    example = EXAMPLES[1]
    save, output = tmp_path / "p.yaml", tmp_path / "p.md"
    terminal = Terminal(["new", "--from", str(example), "--save", str(save), "-o", str(output)], env, tmp_path)
    terminal.at("竞聘的岗位名称", CLEAR_LINE + "支行行长" + ENTER)
    for prompt in ["岗位所在部门", "演讲题目", "开口的称呼", "问候语", "开场句式", "想在开场补充的话"]:
        terminal.at(prompt, ENTER)
    terminal.at("姓名", CLEAR_LINE + "钱多多" + ENTER)
    terminal.at("出生年月", CTRL_C)
    terminal.at("要保留已填写的内容，下次继续吗？", ENTER)
    terminal.child.expect_exact("speechwriter new --resume")
    assert terminal.exit_code() == 130
    assert not save.exists()

    resumed = Terminal(["new", "--resume"], env, tmp_path)
    assert resumed.enter_until_exit() == 0
    profile = load_profile(save).profile
    assert profile.post.title == "支行行长" and profile.speaker.name == "钱多多"
    original = load_profile(example).profile
    assert profile.model_copy(update={"post": original.post, "speaker": original.speaker}) == original
    assert output.exists()


def test_edit_opens_the_review_menu(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(EXAMPLES[2].read_bytes())
    terminal = Terminal(["edit", str(path), "-o", str(tmp_path / "p.md")], env, tmp_path)
    terminal.child.expect_exact("全部问题已回答。下一步？")
    assert "竞聘的岗位名称" not in terminal.log.getvalue()  # nothing is asked again
    assert terminal.enter_until_exit() == 0
    assert load_profile(path).profile == load_profile(EXAMPLES[2]).profile


@pytest.mark.parametrize("command", [["new"], ["edit", "x.yaml"], ["new", "--from", "x.yaml"]])
def test_no_terminal_exits_at_once(command: list[str], env: dict[str, str]) -> None:
    started = time.monotonic()
    result = subprocess.run(
        [SPEECHWRITER, *command], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env, timeout=10
    )
    assert time.monotonic() - started < 5
    assert result.returncode == 2
    assert "没有可交互的终端" in result.stderr and "speechwriter render" in result.stderr
    assert "Traceback" not in result.stderr


def test_new_offers_insurance_claims_suggestions(tmp_path: Path, env: dict[str, str]) -> None:
    save = tmp_path / "p.yaml"
    terminal = Terminal(
        ["new", "--from", str(EXAMPLES[0]), "--save", str(save), "-o", str(tmp_path / "p.md")], env, tmp_path
    )
    terminal.enter_until("竞聘优势：下一步？")
    time.sleep(0.1)
    terminal.child.send(DOWN * 5 + ENTER)  # 完成, 添加, 修改, 删除, 调整顺序, 从素材库勾选
    terminal.at("选择行业", ENTER)  # 保险 comes first
    terminal.at("选择岗位", ENTER)  # 理赔 comes first within 保险
    terminal.at("勾选要采用的竞聘优势", SPACE + DOWN + SPACE + ENTER)
    terminal.child.expect_exact("已添加 2 条")
    assert terminal.enter_until_exit() == 0
    headlines = [point.headline for point in load_profile(save).profile.strengths]
    assert headlines[-2:] == ["理赔业务熟练", "服务意识强"]
