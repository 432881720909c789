"""Shared fixtures: paths, a fixed 'today' for reproducible output, a minimal profile, golden files.

Golden files (``tests/golden/<example>.md`` and ``.txt``, and
``examples/profile.schema.json``) are compared through the ``golden``
fixture. ``pytest --update-golden`` writes them instead of comparing (only
the ones that differ, atomically) and lists what changed at the end of the
run; ``make golden`` runs exactly the tests that use the fixture that way.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from speechwriter.profile.model import Profile

ROOT = Path(__file__).resolve().parent.parent
SEED_EXAMPLES = ("insurance_manager", "telecom_senior_client_manager", "telecom_service_manager")
"""The examples re-created from the seed speeches; tests written before the others index them first."""
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"), key=lambda path: (path.stem not in SEED_EXAMPLES, path.stem))
GOLDEN = Path(__file__).resolve().parent / "golden"
TODAY = date(2026, 11, 24)
"""The date golden files are composed on (years of service and age depend on it)."""

UPDATE_GOLDEN = "--update-golden"
_CHANGED = pytest.StashKey[list[Path]]()


def example(stem: str) -> Path:
    """One example profile by name (``insurance_manager``), whatever other examples exist."""
    path = ROOT / "examples" / f"{stem}.yaml"
    assert path in EXAMPLES, f"no example {stem}"
    return path


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


# --- golden files ------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        UPDATE_GOLDEN,
        action="store_true",
        help="write the golden files (tests/golden, examples/profile.schema.json) instead of comparing; "
        "review the result with git diff",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "golden: compares output with a checked-in golden file (make golden)")
    config.stash[_CHANGED] = []


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the ``golden`` fixture is marked ``golden`` (``pytest -m golden``)."""
    for item in items:
        if "golden" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.golden)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    if not config.getoption(UPDATE_GOLDEN):
        return
    changed = config.stash[_CHANGED]
    if not changed:
        terminalreporter.write_line("golden files: all up to date, nothing written")
        return
    terminalreporter.write_line(f"golden files: {len(changed)} rewritten (review with git diff):")
    for path in changed:
        terminalreporter.write_line(f"  {path.relative_to(ROOT)}")


class Golden:
    """Compares output with a checked-in file, or writes the file under ``--update-golden``."""

    def __init__(self, update: bool, changed: list[Path]) -> None:
        self.update = update
        self.changed = changed

    def check(self, path: Path, actual: str) -> None:
        """``actual`` must equal the text of ``path`` (which is rewritten instead when updating)."""
        expected = path.read_text(encoding="utf-8") if path.exists() else None
        if self.update:
            if actual != expected:
                from speechwriter.common.atomic_write import write_text_atomic

                write_text_atomic(path, actual)
                self.changed.append(path)
            return
        name = path.relative_to(ROOT)
        assert expected is not None, f"{name} is missing; create it with `make golden`"
        assert actual == expected, f"{name} differs; if the change is intended, run `make golden` and review git diff"

    def example(self, path: Path, format_name: str) -> None:
        """The example ``path`` rendered as ``format_name`` (md, txt) must match its golden file."""
        self.check(GOLDEN / f"{path.stem}.{format_name}", render_example(path, format_name))


_SPEECHES: dict[Path, Any] = {}


def render_example(path: Path, format_name: str) -> str:
    """What ``speechwriter render <example> --format <format_name>`` prints, composed on ``TODAY``.

    The product's own pipeline (load, make_speech, render_bytes) with default
    options; only the composer's date is fixed. Each example is composed once.
    """
    from speechwriter.app.pipeline import SpeechOptions, load, make_speech, render_bytes
    from speechwriter.render.formats import format_by_name

    if path not in _SPEECHES:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("speechwriter.compose.composer.date", _Today)
            _SPEECHES[path] = make_speech(load(path).profile, SpeechOptions()).speech
    return render_bytes(_SPEECHES[path], format_by_name(format_name)).decode("utf-8")


class _Today(date):
    """``date`` whose ``today()`` is :data:`TODAY`."""

    @classmethod
    def today(cls) -> _Today:
        return cls(TODAY.year, TODAY.month, TODAY.day)


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """Compare with a golden file; ``pytest --update-golden`` writes it instead."""
    config = request.config
    return Golden(bool(config.getoption(UPDATE_GOLDEN)), config.stash[_CHANGED])
