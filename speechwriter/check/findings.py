"""What a check finds, where, and the rules it goes by (``data/check_rules.yaml``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from speechwriter.common.reading import load_data_file
from speechwriter.common.resources import DATA_DIR

__all__ = ["Finding", "Report", "Unit", "rules"]

_RULES_FILE = DATA_DIR / "check_rules.yaml"
_KIND_LABELS = {
    "placeholder": "占位符",
    "gap": "空缺",
    "repeat": "重复",
    "long_sentence": "长句",
    "missing_section": "缺少部分",
    "over_time": "超时",
    "tone": "措辞",
    "facts": "前后矛盾",
    "orphan_lead": "悬空的引语",
    "end_punctuation": "缺少句末标点",
    "lone_enumeration": "只有一条的序号",
    "doubled_fact": "重复的事实",
    "half_width": "半角标点",
    "stock": "套话",
    "under_time": "内容偏少",
}


@cache
def rules() -> dict[str, Any]:
    """The check rules shipped with the package."""
    data: dict[str, Any] = load_data_file(_RULES_FILE)
    return data


@dataclass(frozen=True)
class Unit:
    """A paragraph to check: its text and where it is (section and paragraph, or line)."""

    text: str
    where: str
    section: str | None = None
    heading: bool = False
    """A heading or title line: it ends without punctuation by design."""


@dataclass(frozen=True)
class Finding:
    """One thing to fix: kind, where, the words in question, what is wrong and how to fix it."""

    kind: str
    where: str
    excerpt: str
    message: str
    hint: str

    @property
    def label(self) -> str:
        """The kind in Chinese."""
        return _KIND_LABELS[self.kind]


@dataclass(frozen=True)
class Report:
    """The findings for one input, with its length."""

    source: str
    characters: int
    rate: int
    limit_minutes: float | None
    findings: list[Finding]

    def as_json(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "source": self.source,
            "characters": self.characters,
            "estimated_minutes": round(self.characters / self.rate, 1),
            "rate": self.rate,
            "limit_minutes": self.limit_minutes,
            "clean": not self.findings,
            "findings": [{**asdict(f), "label": f.label} for f in self.findings],
        }
