"""Colleagues competing for one post must not read the same template sentences to the same panel."""

from __future__ import annotations

import collections
from pathlib import Path

from speechwriter.app.pipeline import SpeechOptions, make_speech
from speechwriter.profile.loading import load_profile
from tests.test_speech_quality import template_sentences

PEOPLE = sorted((Path(__file__).parent / "profiles").glob("*.yaml"))
_LONG = 14


def _hanzi(sentence: str) -> int:
    return sum("\u3400" <= char <= "\u9fff" for char in sentence)


def test_twenty_people_share_no_long_template_sentence_beyond_a_third() -> None:
    assert len(PEOPLE) >= 20
    counts: collections.Counter[str] = collections.Counter()
    for path in PEOPLE:
        profile = load_profile(path).profile
        speech = make_speech(profile, SpeechOptions()).speech
        counts.update({s for s in template_sentences(speech, profile) if _hanzi(s) >= _LONG})
    assert counts, "no template sentence found: the test would pass vacuously"
    shared = {sentence: count for sentence, count in counts.items() if count > len(PEOPLE) / 3}
    assert not shared, shared
