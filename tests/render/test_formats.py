from __future__ import annotations

from pathlib import Path

import pytest

from speechwriter.common.errors import UserError
from speechwriter.render.formats import FORMATS, choose_format, format_by_name, format_for_path


def test_by_extension() -> None:
    assert format_for_path(Path("a.MD")).name == "md"
    assert format_for_path(Path("a.markdown")).name == "md"
    assert format_for_path(Path("a.txt")).name == "txt"
    assert format_for_path(Path("a.DOCX")).name == "docx"
    assert FORMATS["docx"].binary and not FORMATS["md"].binary
    with pytest.raises(UserError, match="没有扩展名"):
        format_for_path(Path("a"))


def test_choose() -> None:
    assert choose_format(None, None).name == "md"
    assert choose_format("txt", None).name == "txt"
    assert choose_format("md", Path("x.md")).name == "md"
    assert choose_format("txt", Path("x")).name == "txt"
    with pytest.raises(UserError, match="不一致"):
        choose_format("md", Path("x.txt"))
    with pytest.raises(UserError, match="md、txt、docx"):
        format_by_name("pdf")


def test_every_format_has_a_renderer_and_extension() -> None:
    for output_format in FORMATS.values():
        assert output_format.extension.startswith(".")
        assert callable(output_format.render)
