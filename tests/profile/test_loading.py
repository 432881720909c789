from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechwriter.common.errors import UserError
from speechwriter.profile.loading import PROFILE_HEADER, dump_profile, load_profile
from speechwriter.profile.model import Profile
from tests.conftest import EXAMPLES, minimal_data

VALID = """\
speaker:
  name: 张三
  birth: 1985-13
post:
  title: 客户经理
understanding:
  paragraphs: [认识]
strengths:
  - headline: 优势
    detial: 拼错了
plan:
  - headline: 设想
"""


def _write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_validation_errors_name_line_field_and_fix(tmp_path: Path) -> None:
    path = _write(tmp_path, VALID)
    with pytest.raises(UserError) as caught:
        load_profile(path)
    message = caught.value.message
    assert f"档案 {path} 有 2 处需要修改" in message
    assert "第 3 行 个人情况 › 出生年月（speaker.birth）：月份 13 不存在" in message
    unknown = "第 10 行 竞聘优势 › 第 1 条 › detial（strengths[0].detial）"
    assert unknown + "：不认识这个字段，是不是想写“detail”？" in message


def test_missing_field_points_at_parent_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        VALID.replace("  title: 客户经理\n", "  unit: 部门\n")
        .replace("birth: 1985-13", "birth: 1985-03")
        .replace("detial", "detail"),
    )
    with pytest.raises(UserError) as caught:
        load_profile(path)
    assert "第 4 行 竞聘岗位 › 竞聘岗位（post.title）：缺少这一项，请补上" in caught.value.message


def test_malformed_yaml_gives_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "speaker:\n  name: 张三\n post: [\n")
    with pytest.raises(UserError) as caught:
        load_profile(path)
    assert str(path) in caught.value.message
    assert "第 3 行" in caught.value.message
    assert "不是有效的 YAML" in caught.value.message


@pytest.mark.parametrize(
    ("content", "expected"),
    [("", "是空的"), ("- a\n- b\n", "最外层"), ("just text", "最外层")],
)
def test_empty_or_wrong_shape(tmp_path: Path, content: str, expected: str) -> None:
    with pytest.raises(UserError, match=expected):
        load_profile(_write(tmp_path, content))


def test_missing_unreadable_and_wrong_encoding(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="找不到档案文件"):
        load_profile(tmp_path / "nope.yaml")
    with pytest.raises(UserError, match="是一个文件夹"):
        load_profile(tmp_path)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(UserError, match="不是文本文件"):
        load_profile(binary)


def test_gbk_file_is_read_with_a_note(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes(yaml.safe_dump(minimal_data(), allow_unicode=True).encode("gbk"))
    loaded = load_profile(gbk)
    assert loaded.profile.speaker.name == "张三"
    assert loaded.notes == [f"{gbk} 是 GBK 编码，已按 GBK 读取；建议另存为 UTF-8。"]


def test_control_characters_removed_with_note(tmp_path: Path) -> None:
    data = minimal_data(speaker={"name": "张\x00三\x1b"})
    path = _write(tmp_path, yaml.safe_dump(data, allow_unicode=True))
    loaded = load_profile(path)
    assert loaded.profile.speaker.name == "张三"
    assert loaded.notes == [f"{path}：个人情况 › 姓名（speaker.name） 含有无法打印的控制字符，已删除。"]


def test_utf8_bom_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + yaml.safe_dump(minimal_data(), allow_unicode=True).encode())
    assert load_profile(path).profile.speaker.name == "张三"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_dump_round_trip(path: Path, tmp_path: Path) -> None:
    profile = load_profile(path).profile
    text = dump_profile(profile)
    assert text.startswith(PROFILE_HEADER)
    assert "\\u" not in text and profile.speaker.name in text
    again = load_profile(_write(tmp_path, text))
    assert again.profile == profile


def test_profile_name_is_file_stem(tmp_path: Path) -> None:
    path = _write(tmp_path, yaml.safe_dump(minimal_data(), allow_unicode=True), "我的档案.yaml")
    assert load_profile(path).name == "我的档案"
    assert isinstance(load_profile(path).profile, Profile)
