from __future__ import annotations

from speechwriter.common.field_labels import describe, dotted_path, field_label
from speechwriter.profile.model import Profile


def test_dotted_path() -> None:
    assert dotted_path(("strengths", 2, "headline")) == "strengths[2].headline"
    assert dotted_path(()) == ""


def test_field_label_walks_nested_models_and_lists() -> None:
    assert field_label(("strengths", 2, "headline"), Profile) == "竞聘优势 › 第 3 条 › 要点"
    assert field_label(("speaker", "career", 0, "start"), Profile) == "个人情况 › 工作经历 › 第 1 条 › 起始年份"
    assert field_label(("speaker", "unknown_key"), Profile) == "个人情况 › unknown_key"


def test_describe() -> None:
    assert describe(("post", "title"), Profile) == "竞聘岗位 › 竞聘岗位（post.title）"
    assert describe((), Profile) == "档案"
