"""Drafts: answers saved after every answer, so an interrupted questionnaire can resume."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from speechwriter.common.atomic_write import write_text_atomic
from speechwriter.profile.store import drafts_dir

__all__ = ["Draft", "latest_draft", "new_draft"]


@dataclass
class Draft:
    """An unfinished questionnaire: answers so far and where the result should go."""

    path: Path
    answers: dict[str, Any] = field(default_factory=dict)
    completed: int = 0
    save: str | None = None
    output: str | None = None
    started: str = ""

    def write(self) -> None:
        """Save the draft (atomically)."""
        data = {
            "started": self.started,
            "completed_sections": self.completed,
            "save": self.save,
            "output": self.output,
            "answers": self.answers,
        }
        header = "# speechwriter 草稿：用 speechwriter new --resume 继续填写\n"
        write_text_atomic(self.path, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False))

    def delete(self) -> None:
        """Remove the draft file, if it exists."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


def new_draft(save: str | None, output: str | None) -> Draft:
    """A new draft file named after the current time (never overwrites another)."""
    now = datetime.now()
    folder = drafts_dir()
    # The process id keeps two sessions started in the same second apart (each only checks its own name).
    path = folder / f"{now:%Y%m%d-%H%M%S}-{os.getpid()}.yaml"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{now:%Y%m%d-%H%M%S}-{os.getpid()}-{number}.yaml"
    return Draft(path, save=save, output=output, started=now.isoformat(timespec="seconds"))


def latest_draft() -> Draft | None:
    """The most recently changed readable draft, or None."""
    folder = drafts_dir()
    if not folder.is_dir():
        return None
    candidates = sorted(folder.glob("*.yaml"), key=lambda p: p.stat().st_mtime, reverse=True)
    for path in candidates:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
            continue
        return Draft(
            path,
            answers=data["answers"],
            completed=int(data.get("completed_sections") or 0),
            save=data.get("save"),
            output=data.get("output"),
            started=str(data.get("started") or ""),
        )
    return None
