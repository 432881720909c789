from __future__ import annotations

import re
from pathlib import Path

import pytest

from speechwriter.common.errors import UserError
from speechwriter.profile.store import (
    check_name,
    display_name,
    home,
    list_stored,
    looks_like_path,
    path_for_name,
    profiles_dir,
    resolve,
    stored_names,
    target_path,
)


@pytest.fixture(autouse=True)
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def _save(name: str) -> Path:
    path = path_for_name(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x: 1\n", encoding="utf-8")
    return path


def test_home_from_environment(store: Path) -> None:
    assert home() == store
    assert profiles_dir() == store / "profiles"


def test_home_defaults_to_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPEECHWRITER_HOME")
    assert home().name == "speechwriter"


def test_names_and_paths() -> None:
    assert looks_like_path("a.yaml") and looks_like_path("dir/a") and looks_like_path("./a")
    assert not looks_like_path("张三-客户经理")
    assert target_path("张三") == profiles_dir() / "张三.yaml"
    assert target_path("/tmp/x.yaml") == Path("/tmp/x.yaml")
    assert check_name(" 张三 ") == "张三"
    with pytest.raises(UserError, match=r"^档案名称不能为空。$"):
        check_name("")
    for bad in ["a:b", "a*b", ".hidden"]:
        with pytest.raises(UserError, match=f"^档案名称“{re.escape(bad)}”含有不能用于文件名的字符"):
            check_name(bad)


def test_resolve_by_name_and_by_path(tmp_path: Path) -> None:
    stored = _save("张三-客户经理")
    assert resolve("张三-客户经理") == stored
    outside = tmp_path / "other.yaml"
    assert resolve(str(outside)) == outside  # a path is taken as given; reading reports if missing


def test_unknown_name_lists_stored_ones() -> None:
    with pytest.raises(UserError, match="还没有档案"):
        resolve("李四")
    _save("张三-客户经理")
    _save("张三-网点主任")
    with pytest.raises(UserError) as caught:
        resolve("张三-客户")
    assert "是不是“张三-客户经理”" in caught.value.message
    assert "张三-网点主任" in caught.value.message


def test_list_newest_first() -> None:
    import os

    old, new = _save("旧"), _save("新")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    assert stored_names() == sorted(["旧", "新"])
    assert [(entry.name, entry.path) for entry in list_stored()] == [("新", new), ("旧", old)]


def test_display_name(tmp_path: Path) -> None:
    assert display_name(_save("张三")) == "张三"
    assert display_name(tmp_path / "x.yaml") == str(tmp_path / "x.yaml")
