from __future__ import annotations

from pathlib import Path

import pytest

from speechwriter.common.errors import UserError
from speechwriter.render.page_layout import LAYOUTS_DIR, builtin_layouts, load_layout


def test_builtin_layouts() -> None:
    assert set(builtin_layouts()) == {"official", "stage"}
    official = load_layout()
    assert official.name == "official"
    page = official.page
    assert (page.width_mm, page.height_mm) == (210, 297)
    assert (page.margin_top_mm, page.margin_bottom_mm, page.margin_left_mm, page.margin_right_mm) == (37, 35, 28, 26)
    assert official.title.size_pt == 22 and official.body.size_pt == 16
    assert official.heading1.east_asia == "黑体" and official.heading2.east_asia == "楷体"
    assert official.page_number.format == "— {PAGE} —"
    assert official.text_width_mm == 156
    stage = load_layout("stage")
    assert stage.body.size_pt >= 18 > official.body.size_pt
    assert stage.body.line_spacing_pt > official.body.line_spacing_pt
    assert "{NUMPAGES}" in stage.page_number.format


def test_about_22_lines_of_28_characters() -> None:
    official = load_layout("official")
    text_height_pt = (297 - 37 - 35) / 25.4 * 72
    assert round(text_height_pt / official.body.line_spacing_pt) == 22
    assert round(official.text_width_mm / 25.4 * 72 / official.body.size_pt) == 28


def test_own_layout_file(tmp_path: Path) -> None:
    own = tmp_path / "mine.yaml"
    text = (
        (LAYOUTS_DIR / "official.yaml").read_text(encoding="utf-8").replace("east_asia: 仿宋", "east_asia: 仿宋_GB2312")
    )
    own.write_text(text, encoding="utf-8")
    assert load_layout(str(own)).body.east_asia == "仿宋_GB2312"


def test_bad_layout_file_gets_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    text = (LAYOUTS_DIR / "official.yaml").read_text(encoding="utf-8")
    text = text.replace("  size_pt: 16\n  line_spacing_pt", "  size_pt: 160\n  line_spacing_pt")
    text = text.replace('format: "— {PAGE} —"', 'format: "— {PAGES} —"').replace(
        "  margin_top_mm: 37", "  margin_top: 37"
    )
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as caught:
        load_layout(str(bad))
    message = caught.value.message
    assert message.startswith(f"版式文件 {bad} 有 4 处需要修改")
    assert "正文 › 字号（磅）（body.size_pt）：不能大于 72" in message
    assert "margin_top（page.margin_top）：不认识这个字段，是不是想写“margin_top_mm”？" in message
    assert "页码格式里要有 {PAGE}" in message
    assert "第 " in message  # lines are named


def test_unknown_name_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="内置版式：official、stage"):
        load_layout("fancy")
    with pytest.raises(UserError, match="找不到版式文件"):
        load_layout(str(tmp_path / "missing.yaml"))
    (tmp_path / "list.yaml").write_text("- a\n", encoding="utf-8")
    with pytest.raises(UserError, match="最外层"):
        load_layout(str(tmp_path / "list.yaml"))


def test_margins_that_leave_no_room_for_text_are_refused(tmp_path: Path) -> None:
    layout = tmp_path / "wide.yaml"
    layout.write_text(
        "name: 宽边\ntitle: {family: 宋体, size_pt: 22}\n"
        "page: {margin_top_mm: 100, margin_bottom_mm: 100, margin_left_mm: 100, margin_right_mm: 100}\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError, match="边距太大，留给正文的只有 10×97 毫米"):
        load_layout(str(layout))
