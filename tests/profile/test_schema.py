"""The profile's JSON Schema: valid, up to date, accepts the examples, and everything it accepts renders."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis_jsonschema import from_schema

from speechwriter.common.chinese_text import full_width_punctuation, one_line, remove_control_chars
from speechwriter.compose.composer import compose
from speechwriter.compose.context import derive_facts
from speechwriter.profile.loading import profile_from_data
from speechwriter.profile.model import Profile
from speechwriter.profile.schema import modeline, profile_schema, schema_text
from speechwriter.render.formats import FORMATS, RenderOptions
from tests.conftest import EXAMPLES, ROOT, TODAY, Golden

SCHEMA = profile_schema()


def test_schema_is_valid_and_chinese() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["title"] == "竞聘演讲稿答案档案"
    speaker = SCHEMA["$defs"]["Speaker"]["properties"]
    assert speaker["name"]["title"] == "姓名" and speaker["name"]["examples"] == ["李明"]


def test_schema_lets_a_derived_profile_leave_out_the_base_facts() -> None:
    jsonschema.validate({"extends": "张三-个人情况", "post": {"title": "主任"}}, SCHEMA)
    with pytest.raises(jsonschema.ValidationError, match="'speaker' is a required property"):
        jsonschema.validate({"post": {"title": "主任"}}, SCHEMA)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_schema_accepts_every_example(path: Path) -> None:
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMA)


def test_examples_point_at_an_up_to_date_schema(golden: Golden) -> None:
    golden.check(ROOT / "examples" / "profile.schema.json", schema_text())
    for path in EXAMPLES:
        assert "# yaml-language-server: $schema=./profile.schema.json" in path.read_text(encoding="utf-8")


def test_modeline() -> None:
    assert modeline(Path("/tmp/s.json")) == "# yaml-language-server: $schema=file:///tmp/s.json\n"


def _squash(text: str) -> str:
    """Only letters and digits: what survives any punctuation, spacing and escaping the renderers apply."""
    return re.sub(r"[\W_]+", "", full_width_punctuation(one_line(remove_control_chars(text))))


LONG_CAREER = 4


def _answers(profile: Profile) -> list[str]:
    """Every answer the speech must contain (choices such as phrase ids and styles are not text)."""
    speaker, post = profile.speaker, profile.post
    texts = [speaker.name, post.title, post.unit, post.speech_title, profile.opening.remarks]
    texts += [speaker.education, speaker.ethnicity, speaker.political_status, speaker.school, speaker.major]
    texts += [speaker.current_post, speaker.motto]
    texts += derive_facts(profile, TODAY).honours_unsaid  # an honour the answers already name is not said twice
    if not (speaker.career and speaker.joined_year and speaker.career[0].start < speaker.joined_year):
        texts.append(speaker.organization)  # a career begun elsewhere is told by its units instead
    career = speaker.career
    if len(career) > LONG_CAREER:  # summed up by its milestones: the first post and the latest two
        career = [career[0], *career[-2:]]
        texts += [period.post for period in career]
    else:
        texts += [text for period in career for text in (period.post, period.unit)]
    texts += [profile.audience.salutation, profile.audience.greeting, profile.closing.pledge, profile.closing.motto]
    texts += profile.understanding.paragraphs
    if profile.understanding.points:
        texts.append(profile.understanding.points_lead)
    for point in [*profile.understanding.points, *profile.strengths, *profile.plan]:
        texts += [point.headline, point.detail]
    if not speaker.birth and speaker.age:
        texts.append(str(speaker.age))
    return [text for text in texts if text]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(from_schema(SCHEMA))
def test_every_profile_the_schema_accepts_renders_with_every_answer(data: dict[str, Any]) -> None:
    assume(not data.get("extends"))  # a profile that extends a base renders with its base (test_inheritance)
    profile, _ = profile_from_data(data, "generated.yaml")
    speech = compose(profile, today=TODAY)  # every section in full: a shorter variant may sum up
    text = _squash(FORMATS["txt"].render(speech, RenderOptions()).decode("utf-8"))
    for answer in _answers(profile):
        assert _squash(answer) in text, answer
    assert FORMATS["md"].render(speech, RenderOptions())
    document = FORMATS["docx"].render(speech, RenderOptions())
    assert document.startswith(b"PK")
