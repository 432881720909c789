"""The command line as a user meets it: typer's CliRunner and the installed command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from speechwriter.app import pipeline
from speechwriter.cli.main import main
from speechwriter.common.script import converter
from speechwriter.profile.loading import load_profile
from tests.cli_runner import speechwriter_cli
from tests.conftest import EXAMPLES, ROOT, minimal_data

runner = CliRunner()
SECTION_MARKERS = ["开场致谢", "自我介绍", "对岗位的认识", "竞聘优势", "工作设想", "结尾表态"]
SPEECHWRITER = Path(sys.executable).parent / "speechwriter"


def _profile_file(tmp_path: Path, name: str = "p.yaml", **overrides: object) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(minimal_data(**overrides), allow_unicode=True), encoding="utf-8")
    return path


def test_render_to_stdout_with_notes_on_stderr() -> None:
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0])])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ")
    assert "字，约" in result.stderr and "字，约" not in result.stdout


def test_out_dir_writes_one_speech_per_example(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(speechwriter_cli, ["render", *map(str, EXAMPLES), "--out-dir", str(out), "--format", "md"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{p.stem}.md" for p in EXAMPLES)
    for example in EXAMPLES:
        text = (out / f"{example.stem}.md").read_text(encoding="utf-8")
        traditional = converter("traditional")
        markers = [m if f"<!-- {m} -->" in text else traditional(m) for m in SECTION_MARKERS]
        positions = [text.index(f"<!-- {marker} -->") for marker in markers]
        assert positions == sorted(positions)
        profile = load_profile(example).profile
        plain = text.replace("**", "")
        assert profile.speaker.name in plain and profile.post.title in plain
        for point in [*profile.strengths, *profile.plan]:
            assert point.headline in plain
            assert point.detail and point.detail in plain


def test_format_from_extension_and_explicit(tmp_path: Path) -> None:
    target = tmp_path / "speech.txt"
    assert runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "-o", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8").splitlines()[2].startswith("\u3000\u3000")
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "--format", "txt"])
    assert result.exit_code == 0 and not result.stdout.startswith("# ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "missing.yaml"], "找不到档案文件 missing.yaml"),
        (["render", "EX", "-o", "x.pdf"], "无法判断输出格式"),
        (["render", "EX", "-o", "x.txt", "--format", "md"], "扩展名不一致"),
        (["render", "EX", "--format", "pdf"], "不支持的输出格式"),
        (["render", "EX", "EX", "-o", "x.md"], "请改用 --out-dir"),
        (["render", "EX", "-o", "x.md", "--out-dir", "d"], "只能用一个"),
    ],
)
def test_bad_arguments_give_chinese_messages(args: list[str], message: str, tmp_path: Path) -> None:
    args = [str(EXAMPLES[0]) if a == "EX" else a for a in args]
    result = runner.invoke(speechwriter_cli, args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_batch_goes_on_past_a_bad_profile_and_lists_failures(tmp_path: Path) -> None:
    good = _profile_file(tmp_path, "good.yaml")
    bad = _profile_file(tmp_path, "bad.yaml", time_limit_minutes=99)
    out = tmp_path / "out"
    result = runner.invoke(speechwriter_cli, ["render", str(good), str(bad), "missing-name", "--out-dir", str(out)])
    assert result.exit_code == 2
    assert "共 3 个档案：成功 1 个，失败 2 个" in result.stderr
    assert "限时（分钟）（time_limit_minutes）：不能大于 30" in result.stderr
    assert "找不到档案“missing-name”" in result.stderr
    assert [p.name for p in out.iterdir()] == ["good.md"]
    assert f"已写入 {out / 'good.md'}：" in result.stderr


def test_colliding_names_are_refused_before_writing(tmp_path: Path) -> None:
    first = _profile_file(tmp_path / "a", "same.yaml")
    second = _profile_file(tmp_path / "b", "same.yaml")
    out = tmp_path / "out"
    result = runner.invoke(speechwriter_cli, ["render", str(first), str(second), "--out-dir", str(out)])
    assert result.exit_code == 2 and "同名" in result.stderr
    assert not out.exists()


def test_existing_output_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    target.write_text("旧稿", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "-o", str(target)])
    assert result.exit_code == 2 and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "旧稿"
    assert runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "-o", str(target), "--force"]).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# ")


def test_template_syntax_in_answers_printed_literally(tmp_path: Path) -> None:
    path = _profile_file(tmp_path, speaker={"name": "{{ 7*7 }}"}, plan=[{"headline": "{% if x %}计划"}])
    for fmt in ("md", "txt"):
        result = runner.invoke(speechwriter_cli, ["render", str(path), "--format", fmt])
        assert result.exit_code == 0, result.output
        shown = result.stdout.replace("**", "")  # Markdown bold around the headline
        assert "我叫{{ 7*7 }}" in shown and "{% if x %}计划" in shown
        assert "49" not in shown


def test_control_characters_cleaned_with_warning(tmp_path: Path) -> None:
    path = _profile_file(tmp_path, speaker={"name": "张三\x1b[31m"})
    result = runner.invoke(speechwriter_cli, ["render", str(path)])
    assert result.exit_code == 0
    assert "我叫张三[31m" in result.stdout
    assert "姓名（speaker.name） 含有无法打印的控制字符，已删除" in result.stderr


def test_help_is_chinese() -> None:
    result = runner.invoke(speechwriter_cli, ["render", "--help"])
    assert result.exit_code == 0 and "由答案档案生成演讲稿" in result.stdout


# --- the installed command, as a user runs it -------------------------------------------


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SPEECHWRITER), *args], capture_output=True, text=True, cwd=cwd, timeout=60, check=False)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "找不到档案文件"),
        ("speaker: [\n", "不是有效的 YAML"),
        ("speaker:\n  name: 张三\n", "有 4 处需要修改"),
        (b"\xff\xfe\x00", "不是文本文件"),
    ],
)
def test_installed_command_errors_without_traceback(tmp_path: Path, content: str | bytes | None, message: str) -> None:
    path = tmp_path / "p.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    result = _run("render", str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_installed_command_unwritable_output(tmp_path: Path) -> None:
    result = _run("render", str(EXAMPLES[0]), "-o", "/proc/speechwriter/x.md")
    assert result.returncode != 0
    assert "无法写入 /proc/speechwriter/x.md" in result.stderr
    assert "Traceback" not in result.stderr


def test_installed_command_usage_error_in_chinese() -> None:
    result = _run("render", "--bogus")
    assert result.returncode == 2
    assert result.stderr.startswith("用法错误") and "--help" in result.stderr


def test_python_dash_m_and_run_from_elsewhere(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "speechwriter", "render", str(EXAMPLES[1])],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert re.search(r"^# .+", result.stdout)


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0 and result.stdout.startswith("speechwriter ")


def test_readme_commands_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


# --- Word output ------------------------------------------------------------------------


def test_render_docx_by_extension_and_layout(tmp_path: Path) -> None:
    import docx

    official, stage = tmp_path / "a.docx", tmp_path / "b.docx"
    assert runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "-o", str(official)]).exit_code == 0
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "-o", str(stage), "--layout", "stage"])
    assert result.exit_code == 0, result.output
    size = {p: docx.Document(str(p)).styles["Normal"].font.size for p in (official, stage)}
    assert size[stage] > size[official]


def test_docx_needs_a_file_and_a_good_layout(tmp_path: Path) -> None:
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "--format", "docx"])
    assert result.exit_code == 2 and "不能输出到终端" in result.stderr
    bad = tmp_path / "layout.yaml"
    bad.write_text("name: x\npage: {}\n", encoding="utf-8")
    target = tmp_path / "x.docx"
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "-o", str(target), "--layout", str(bad)])
    assert result.exit_code == 2 and f"版式文件 {bad} 有" in result.stderr
    assert not target.exists()
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "--layout", "stage"])
    assert result.exit_code == 0 and "--layout 只用于 Word" in result.stderr


def test_docx_with_control_characters_warns_and_existing_file_is_kept(tmp_path: Path) -> None:
    import docx

    path = _profile_file(tmp_path, speaker={"name": "张\x00三"}, plan=[{"headline": "做好\x1b服务"}])
    target = tmp_path / "x.docx"
    result = _run("render", str(path), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "姓名（speaker.name） 含有无法打印的控制字符，已删除" in result.stderr
    assert "第 1 条 › 要点（plan[0].headline） 含有无法打印的控制字符" in result.stderr
    assert "Traceback" not in result.stderr
    assert any("做好服务" in p.text for p in docx.Document(str(target)).paragraphs)
    before = target.read_bytes()
    again = _run("render", str(path), "-o", str(target))
    assert again.returncode == 2 and "已存在，未覆盖" in again.stderr and "--force" in again.stderr
    assert target.read_bytes() == before


@pytest.mark.parametrize("suffix", [".md", ".docx", ".txt"])
def test_two_runs_give_identical_bytes(tmp_path: Path, suffix: str) -> None:
    outputs = []
    for run in range(2):
        target = tmp_path / f"run{run}{suffix}"
        assert _run("render", str(EXAMPLES[2]), "-o", str(target)).returncode == 0
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


# --- a bug in speechwriter itself, and a reader that stops early -------------------------------------

INTERNAL_ERROR = (
    "内部错误（RuntimeError：模拟的缺陷）。这是 speechwriter 的缺陷，"
    "请设置 SPEECHWRITER_DEBUG=1 重新运行，并把输出报告给维护者。\n"
)


def _a_bug(*args: object, **kwargs: object) -> None:
    raise RuntimeError("模拟的缺陷")


def test_an_unexpected_exception_is_a_short_chinese_message_and_exit_70(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SPEECHWRITER_DEBUG", raising=False)
    monkeypatch.setattr(pipeline, "fit", _a_bug)
    with pytest.raises(SystemExit) as exited:
        main(["render", str(EXAMPLES[0])])
    assert exited.value.code == 70
    captured = capsys.readouterr()
    assert captured.err == INTERNAL_ERROR  # no traceback
    assert captured.out == ""


def test_the_debug_variable_adds_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SPEECHWRITER_DEBUG", "1")
    monkeypatch.setattr(pipeline, "fit", _a_bug)
    with pytest.raises(SystemExit) as exited:
        main(["render", str(EXAMPLES[0])])
    assert exited.value.code == 70
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):")
    assert "RuntimeError: 模拟的缺陷\n" in err and err.endswith(INTERNAL_ERROR)


@pytest.mark.parametrize("count", [1, len(EXAMPLES)], ids=["one speech", "every example"])
def test_a_reader_that_stops_reading_gets_no_traceback(tmp_path: Path, count: int) -> None:
    """``speechwriter render … | head -1``: the pipe closes before the speech is written."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before anything is written: a broken pipe, every time
    try:
        result = subprocess.run(
            [str(SPEECHWRITER), "render", *map(str, EXAMPLES[:count])],
            stdout=write_end, stderr=subprocess.PIPE, text=True, cwd=tmp_path, timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert result.stderr == ""  # no traceback, no "Exception ignored", no 内部错误
    assert result.returncode in (0, 1)  # not 70 (internal error) nor 120 (Python failing to flush at exit)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["render", "~nosuchuser/x.yaml"], "路径里的“~用户名”找不到这个用户"),
        (["check", "~nosuchuser/x.md"], "路径里的“~用户名”找不到这个用户"),
        (["render", str(EXAMPLES[0]), "-o", "/tmp/" + "长" * 200 + ".md"], "文件名或路径太长"),
        (["profiles", "show", "a" * 300], "文件名或路径太长"),
    ],
    ids=["render-home", "check-home", "long-output", "long-profile"],
)
def test_inputs_users_cause_are_chinese_errors_not_defects(args: list[str], message: str) -> None:
    result = runner.invoke(speechwriter_cli, args)
    assert result.exit_code == 2 and message in result.stderr and "内部错误" not in result.stderr


def test_a_number_of_thousands_of_digits_is_refused(tmp_path: Path) -> None:
    profile = tmp_path / "big.yaml"
    profile.write_text(f"speaker: {{name: 张三, joined_year: {'1' * 5000}}}\n", encoding="utf-8")
    result = runner.invoke(speechwriter_cli, ["render", str(profile)])
    assert result.exit_code == 2 and "几千位长的数字" in result.stderr


def test_an_impossible_source_date_epoch_is_a_chinese_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "99999999999999999")
    result = runner.invoke(speechwriter_cli, ["render", str(EXAMPLES[0]), "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 2 and "SOURCE_DATE_EPOCH=99999999999999999 不是有效的时间" in result.stderr
