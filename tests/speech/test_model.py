from __future__ import annotations

from speechwriter.speech.model import Enumeration, Item, Paragraph, Section, Speech, speech_lines


def _speech() -> Speech:
    return Speech(
        title="题",
        author="某",
        sections=[
            Section(
                key="a",
                title="甲",
                blocks=[
                    Paragraph(text="段落"),
                    Enumeration(
                        style="一要",
                        lead="具体来说，",
                        items=[
                            Item(marker="一要", headline="懂产品", detail="熟悉资费。"),
                            Item(marker="二要", headline="懂市场"),
                        ],
                    ),
                ],
            ),
            Section(
                key="b",
                title="乙",
                blocks=[
                    Enumeration(style="（一）", items=[Item(marker="（一）", headline="标题。", detail="")]),
                    Enumeration(style="一是", items=[Item(marker="一是", headline="要点", detail="细节")]),
                ],
            ),
        ],
    )


def test_lines_in_reading_order_with_roles() -> None:
    lines = speech_lines(_speech())
    assert [(line.role, line.text) for line in lines] == [
        ("title", "题"),
        ("section", "甲"),
        ("paragraph", "段落"),
        ("paragraph", "具体来说，一要懂产品，熟悉资费。二要懂市场。"),
        ("section", "乙"),
        ("heading", "（一）标题"),
        ("paragraph", "一是要点，细节。"),  # a short detail reads on after a comma
    ]
    assert lines[5].level == 2
    assert [s.strong for s in lines[6].segments] == [False, True, False]


def test_spoken_lines_exclude_title_and_section_names() -> None:
    spoken = [line.text for line in speech_lines(_speech()) if line.spoken]
    assert "题" not in spoken and "甲" not in spoken


def test_section_lookup() -> None:
    assert _speech().section("b").title == "乙"


def test_a_long_detail_stays_its_own_sentence() -> None:
    detail = "每月组织一次业务学习，由年资高的护士轮流主讲，讲完当场考核。"
    speech = Speech(
        title="题",
        author="某",
        sections=[
            Section(
                key="plan",
                title="设想",
                blocks=[Enumeration(style="一是", items=[Item(marker="一是", headline="带好队伍", detail=detail)])],
            )
        ],
    )
    paragraph = next(line for line in speech_lines(speech) if line.role == "paragraph")
    assert paragraph.text == "一是带好队伍。" + detail
