"""Shared fixtures: paths, a fixed 'today' for reproducible output, a minimal profile."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from speechwriter.profile.model import Profile

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = date(2026, 11, 24)
"""The date golden files are composed on (years of service and age depend on it)."""


def minimal_data(**overrides: Any) -> dict[str, Any]:
    """The smallest valid profile as YAML-like data, with top-level overrides."""
    data: dict[str, Any] = {
        "speaker": {"name": "张三"},
        "post": {"title": "客户经理"},
        "understanding": {"paragraphs": ["客户经理是连接公司和客户的桥梁"]},
        "strengths": [{"headline": "熟悉业务"}],
        "plan": [{"headline": "做好服务"}],
    }
    data.update(overrides)
    return data


@pytest.fixture
def minimal_profile() -> Profile:
    """A valid profile with every optional field empty."""
    return Profile.model_validate(minimal_data())
