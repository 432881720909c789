from __future__ import annotations

from pathlib import Path

import pytest

from speechwriter.render.plain_text import INDENT, render_text
from speechwriter.speech.model import Enumeration, Item, Paragraph, Section, Speech
from tests.conftest import EXAMPLES, Golden


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_golden_text(path: Path, golden: Golden) -> None:
    golden.example(path, "txt")


def test_plain_text_layout() -> None:
    speech = Speech(
        title="标题",
        author="某",
        sections=[
            Section(
                key="s",
                title="不念出来的部分名",
                blocks=[
                    Paragraph(text="第一段。"),
                    Enumeration(style="一、", items=[Item(marker="一、", headline="小标题", detail="说明")]),
                ],
            )
        ],
    )
    assert render_text(speech) == f"标题\n\n{INDENT}第一段。\n\n{INDENT}一、小标题\n\n{INDENT}说明。\n"
