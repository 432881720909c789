from __future__ import annotations

import re
from typing import Any

import pytest

from speechwriter.common.errors import UserError
from speechwriter.compose.composer import compose
from speechwriter.library.phrases import phrase_ids
from speechwriter.profile.model import Profile
from speechwriter.speech.model import Enumeration, Paragraph, Speech, speech_lines
from tests.conftest import TODAY, minimal_data

SECTION_KEYS = ["opening", "introduction", "understanding", "strengths", "plan", "closing"]
# Traces of a value that went missing: 年月生, 工作年, doubled punctuation, Python's None.
GAP = re.compile(r"(?<!\d)年(?:\d*)月(?:出)?生|工作了?年|在年|于，|[，。；、]{2}|None|\{\{|\}\}")


def _compose(**overrides: Any) -> Speech:
    return compose(Profile.model_validate(minimal_data(**overrides)), today=TODAY)


def _text(speech: Speech) -> str:
    return "\n".join(line.text for line in speech_lines(speech))


def _section_text(speech: Speech, key: str) -> str:
    return "\n".join(line.text for line in speech_lines(speech) if line.section_key == key and line.spoken)


def _assert_no_gaps(text: str) -> None:
    assert not GAP.search(text), GAP.search(text)


def test_six_sections_in_order() -> None:
    speech = _compose()
    assert [s.key for s in speech.sections] == SECTION_KEYS
    assert [s.title for s in speech.sections] == [
        "开场致谢",
        "自我介绍",
        "对岗位的认识",
        "竞聘优势",
        "工作设想",
        "结尾表态",
    ]
    assert all(section.blocks for section in speech.sections)


def test_minimal_profile_reads_without_gaps() -> None:
    speech = _compose()
    text = _text(speech)
    _assert_no_gaps(text)
    intro = _section_text(speech, "introduction")
    assert "我叫张三。" in intro
    assert "毕业" not in intro and "工作了" not in intro and "荣誉" not in intro


def test_full_introduction() -> None:
    speaker = {
        "name": "李明",
        "birth": "1985-03",
        "education": "本科",
        "ethnicity": "汉族",
        "political_status": "中共党员",
        "school": "江城大学",
        "major": "通信工程",
        "graduation_year": 2007,
        "joined_year": 2007,
        "organization": "某公司",
        "organization_short": "公司",
        "career": [
            {"start": 2007, "end": 2012, "post": "营业员", "unit": "营业厅"},
            {"start": 2012, "post": "客户经理"},
        ],
        "current_post": "客户经理",
        "honours": ["优秀员工", "先进个人"],
        "motto": "干一行爱一行",
    }
    intro = _section_text(_compose(speaker=speaker), "introduction")
    _assert_no_gaps(intro)
    assert "我叫李明，汉族，1985年3月出生，中共党员，本科学历。" in intro  # the order of a 简历
    assert "2007年毕业于江城大学通信工程专业，同年进入某公司工作。" in intro
    assert re.search(r"在营业厅(?:从|担任|任|做)营业员", intro) and "2012年起" in intro
    assert "2007年至2012年" not in intro  # a story, not a CV list
    assert "现任" not in intro and intro.count("客户经理") == 1  # the open period already names the post
    assert "十九年" in intro and "在公司" in intro
    assert "先后获得优秀员工、先进个人等荣誉" in intro
    assert "“干一行爱一行”" in intro


@pytest.mark.parametrize(
    ("speaker", "expected", "absent"),
    [
        ({"age": 46}, "我叫张三，今年46岁。", "出生"),
        ({"graduation_year": 2008}, "2008年毕业。", "毕业于"),
        ({"school": "某学院"}, "毕业于某学院。", "年毕业于"),
        ({"joined_year": 2010}, "2010年参加工作。", "单位"),
        ({"joined_year": 2010, "organization": "某行"}, "2010年进入某行工作。", "单位"),
        (
            {"graduation_year": 2008, "joined_year": 2010},
            "2008年毕业，2010年参加工作。",
            "同年",
        ),
        ({"organization": "某行"}, "现在某行工作。", "年进入"),
        ({"current_post": "柜员"}, "柜员。", "参加工作以来"),
        ({"honours": ["优秀员工"]}, "被评为优秀员工", "等荣誉"),
        ({"honours": ["市科技进步三等奖"]}, "获得市科技进步三等奖", "被评为"),
        ({"education": "硕士研究生学历"}, "我叫张三，硕士研究生学历。", "学历学历"),
        ({"joined_year": TODAY.year}, f"{TODAY.year}年参加工作。", "工作了"),
    ],
)
def test_introduction_reshapes_around_missing_values(speaker: dict[str, Any], expected: str, absent: str) -> None:
    intro = _section_text(_compose(speaker={"name": "张三", **speaker}), "introduction")
    _assert_no_gaps(intro)
    assert expected in intro
    assert absent not in intro


def test_current_post_named_when_career_differs() -> None:
    speaker = {
        "name": "张三",
        "career": [{"start": 2010, "end": 2015, "post": "柜员"}],
        "current_post": "主管",
    }
    intro = _section_text(_compose(speaker=speaker), "introduction")
    assert "2010年" in intro and "柜员" in intro
    assert re.search(r"(?:现任|担任)主管。", intro), intro


@pytest.mark.parametrize("style", phrase_ids("openings"))
def test_opening_phrases(style: str) -> None:
    opening = _section_text(_compose(opening={"phrase": style}), "opening")
    assert opening.split("\n")[0].endswith("：")  # the salutation
    assert opening.count("客户经理") == 1  # the post is named exactly once
    _assert_no_gaps(opening)


def test_opening_remarks_and_speech_title_and_unit() -> None:
    speech = _compose(
        opening={"remarks": "我准备了很久"},
        post={"title": "客户经理", "unit": "集团客户部", "speech_title": "用心服务"},
    )
    opening = _section_text(speech, "opening")
    assert "我准备了很久。" in opening
    assert "集团客户部客户经理" in opening and "演讲的题目是“用心服务”。" in opening
    assert speech.title == "用心服务"


def test_default_title() -> None:
    assert _compose().title == "竞聘客户经理演讲稿"


def test_enumerations_for_any_count() -> None:
    points = [{"headline": f"要点{i}", "detail": f"内容{i}"} for i in range(1, 13)]
    speech = _compose(strengths=points, plan=points[:2], styles={"plan": "（一）"})
    strengths = [b for b in speech.section("strengths").blocks if isinstance(b, Enumeration)]
    assert [item.marker for item in strengths[0].items][9:] == ["十是", "十一是", "十二是"]
    assert "十二" in _section_text(speech, "strengths").split("\n")[0]
    plan_text = _section_text(speech, "plan")
    assert "两" in plan_text.split("\n")[0]
    assert "（二）要点2" in plan_text


def test_single_strength_and_plan_phrasing() -> None:
    speech = _compose()
    for key, headline in (("strengths", "熟悉业务"), ("plan", "做好服务")):
        blocks = speech.section(key).blocks
        assert not any(isinstance(block, Enumeration) for block in blocks)  # one item is not numbered
        first = blocks[0]
        assert isinstance(first, Paragraph) and first.text.split("。")[0].endswith(headline)
        assert "一是" not in _section_text(speech, key)


def test_understanding_points_run_in() -> None:
    understanding = {
        "paragraphs": ["第一段", "第二段"],
        "points_lead": "在专业方面，",
        "points": [{"headline": "懂产品", "detail": "熟悉资费"}, {"headline": "懂市场"}],
    }
    text = _section_text(_compose(understanding=understanding), "understanding")
    assert "第一段。" in text and "第二段。" in text
    assert "在专业方面：一要懂产品，熟悉资费。二要懂市场。" in text  # a lead ends in a colon


def test_closing_pledge_and_motto() -> None:
    default = _section_text(_compose(closing={"phrase": "成败皆进"}), "closing")
    assert "如果未能如愿" in default and default.endswith("！") and "谢谢" in default
    own = _section_text(_compose(closing={"pledge": "我会努力", "motto": "客户至上"}), "closing")
    assert "我会努力。" in own and "如果未能如愿" not in own
    assert "“客户至上”" in own
    thanked = _section_text(_compose(closing={"pledge": "我会努力。谢谢大家"}), "closing")
    assert thanked.count("谢谢") == 1  # no second thanks after a pledge that thanks


def test_answers_are_data_not_template_source() -> None:
    speech = _compose(
        speaker={"name": "{{ 7*7 }}"},
        strengths=[{"headline": "{% raw %}x", "detail": "{{ speaker.__class__ }}"}],
    )
    text = _text(speech)
    assert "{{ 7*7 }}" in text
    assert "49" not in text
    assert "{{ speaker.__class__ }}" in text


def test_half_width_punctuation_in_answers_becomes_full_width() -> None:
    speech = _compose(strengths=[{"headline": "熟悉业务,经验丰富", "detail": "干了十年."}])
    text = _section_text(speech, "strengths")
    assert "熟悉业务，经验丰富" in text and "干了十年。" in text


def test_blocks_are_paragraphs_or_enumerations() -> None:
    for section in _compose().sections:
        for block in section.blocks:
            assert isinstance(block, Paragraph | Enumeration)
            if isinstance(block, Paragraph):
                assert "\n" not in block.text and block.text.strip() == block.text


def test_enumeration_must_stand_alone(tmp_path: Any) -> None:
    from speechwriter.compose.template_set import load_template_set, templates_root

    folder = tmp_path / "set"
    folder.mkdir()
    for source in (templates_root() / "default").iterdir():
        (folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "plan.j2").write_text("前文{{ enumeration(plan, '一是') }}", encoding="utf-8")
    with pytest.raises(UserError, match="单独成段"):
        compose(Profile.model_validate(minimal_data()), load_template_set(str(folder)), TODAY)


def test_private_use_characters_in_answers_are_just_text() -> None:
    speech = _compose(understanding={"paragraphs": ["认识\ue000\ue001"]})
    assert "认识\ue000\ue001" in _section_text(speech, "understanding")


def test_major_without_school_is_still_said() -> None:
    intro = _section_text(
        _compose(speaker={"name": "张三", "major": "金融学", "graduation_year": 2010}), "introduction"
    )
    assert "2010年毕业，学的是金融学专业。" in intro
    intro = _section_text(_compose(speaker={"name": "张三", "major": "金融学"}), "introduction")
    assert "学的是金融学专业。" in intro


HALF_WIDTH = re.compile(r"[,;:?!()]")


def test_half_width_punctuation_typed_anywhere_comes_out_full_width() -> None:
    """Answers typed with , : ! ( ) read as Chinese text everywhere: paragraphs and the title."""
    speech = _compose(
        post={"title": "客户经理(理财)", "speech_title": "立足岗位,服务客户:我的竞聘演讲"},
        understanding={"paragraphs": ["客户经理要懂业务,也要懂客户:两者缺一不可!"]},
        opening={"remarks": "今天我很激动,也很忐忑"},
    )
    assert speech.title == "立足岗位，服务客户：我的竞聘演讲"
    assert "客户经理要懂业务，也要懂客户：两者缺一不可！" in _section_text(speech, "understanding")
    assert "今天我很激动，也很忐忑" in _section_text(speech, "opening")
    assert "客户经理（理财）" in "".join(line.text for line in speech_lines(speech) if line.spoken)
    for line in speech_lines(speech):
        assert not HALF_WIDTH.search(line.text), line.text


def test_default_title_from_a_half_width_post_title_is_full_width() -> None:
    assert _compose(post={"title": "客户经理(理财)"}).title == "竞聘客户经理（理财）演讲稿"
