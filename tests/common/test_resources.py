"""The package finds its own data files and the built-in template sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechwriter.common.resources import DATA_DIR, PACKAGE_DIR, templates_root


def test_the_package_folder_is_the_speechwriter_package() -> None:
    assert PACKAGE_DIR.name == "speechwriter"
    assert (PACKAGE_DIR / "__init__.py").is_file()


def test_data_dir_holds_the_data_files() -> None:
    assert DATA_DIR == PACKAGE_DIR / "data"
    for name in ("check_rules.yaml", "phrases.yaml", "questions.yaml", "sectors.yaml"):
        path = DATA_DIR / name
        assert path.is_file(), name
        assert yaml.safe_load(path.read_text(encoding="utf-8")), name
    assert {path.stem for path in (DATA_DIR / "layouts").glob("*.yaml")} >= {"official", "stage"}
    assert "insurance-claims.yaml" in {path.name for path in (DATA_DIR / "presets").iterdir()}


def test_templates_root_has_the_default_set() -> None:
    default = templates_root() / "default"
    assert (default / "sections.yaml").is_file()
    assert {path.name for path in default.glob("*.j2")} >= {
        "opening.j2",
        "introduction.j2",
        "understanding.j2",
        "strengths.j2",
        "plan.j2",
        "closing.j2",
    }


def test_a_source_checkout_keeps_the_templates_beside_the_package() -> None:
    if (PACKAGE_DIR / "templates").is_dir():
        assert templates_root() == PACKAGE_DIR / "templates"
    else:
        assert templates_root() == PACKAGE_DIR.parent / "templates"


def test_cache_folder_follows_the_home_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from speechwriter.common.resources import cache_dir

    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("SPEECHWRITER_HOME")
    assert cache_dir().name == "speechwriter"
