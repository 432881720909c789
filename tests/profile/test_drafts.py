from __future__ import annotations

import os
from pathlib import Path

import pytest

from speechwriter.profile.drafts import latest_draft, new_draft


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path))


def test_round_trip_and_latest() -> None:
    assert latest_draft() is None
    first = new_draft("甲", None)
    first.answers = {"speaker": {"name": "张三"}}
    first.completed = 2
    first.write()
    os.utime(first.path, (1_000_000_000, 1_000_000_000))
    second = new_draft(None, "out.md")
    assert second.path != first.path
    second.answers = {"post": {"title": "主任"}}
    second.write()
    latest = latest_draft()
    assert latest is not None
    assert latest.path == second.path and latest.output == "out.md" and latest.answers == second.answers
    second.delete()
    again = latest_draft()
    assert again is not None and again.answers == {"speaker": {"name": "张三"}} and again.completed == 2
    assert again.save == "甲"


def test_broken_drafts_are_skipped(tmp_path: Path) -> None:
    draft = new_draft(None, None)
    draft.write()
    (draft.path.parent / "zz-broken.yaml").write_text("[not: a draft", encoding="utf-8")
    latest = latest_draft()
    assert latest is not None and latest.path == draft.path


def test_file_starts_with_a_comment() -> None:
    draft = new_draft(None, None)
    draft.write()
    assert draft.path.read_text(encoding="utf-8").startswith("# speechwriter 草稿")


def test_two_sessions_started_in_the_same_second_get_different_drafts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from speechwriter.profile.drafts import new_draft

    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path))
    first = new_draft(None, None)
    monkeypatch.setattr(os, "getpid", lambda: 424242)  # another process, same second
    second = new_draft(None, None)
    assert first.path != second.path and "424242" in second.path.name
