"""The profile store: named profiles as YAML files in the user's data folder.

The folder is ``platformdirs.user_data_dir("speechwriter")``, or
``$SPEECHWRITER_HOME`` when set (tests use this). Profiles live in
``profiles/``, unfinished questionnaires in ``drafts/``. Wherever a command
takes a PROFILE, it may be a store name (``张三-客户经理``) or a file path.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from difflib import get_close_matches
from pathlib import Path

from speechwriter.common.errors import UserError

__all__ = [
    "HOME_VARIABLE",
    "PROFILE_SUFFIXES",
    "StoredProfile",
    "check_name",
    "display_name",
    "drafts_dir",
    "home",
    "list_stored",
    "looks_like_path",
    "path_for_name",
    "profiles_dir",
    "resolve",
    "stored_names",
    "target_path",
]

HOME_VARIABLE = "SPEECHWRITER_HOME"
PROFILE_SUFFIXES = (".yaml", ".yml")
_BAD_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def home() -> Path:
    """The root folder of the store (``$SPEECHWRITER_HOME`` or the user data folder)."""
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("speechwriter", appauthor=False))


def profiles_dir() -> Path:
    """Where named profiles are kept."""
    return home() / "profiles"


def drafts_dir() -> Path:
    """Where unfinished questionnaires are kept."""
    return home() / "drafts"


def looks_like_path(reference: str) -> bool:
    """Whether ``reference`` names a file rather than a stored profile."""
    return (
        reference.lower().endswith(PROFILE_SUFFIXES)
        or "/" in reference
        or os.sep in reference
        or reference.startswith(("~", "."))
    )


def check_name(name: str) -> str:
    """A valid store name (stripped), or a UserError saying what is wrong."""
    name = name.strip()
    if not name:
        raise UserError("档案名称不能为空。")
    if _BAD_NAME.search(name) or name.startswith("."):
        raise UserError(f"档案名称“{name}”含有不能用于文件名的字符（如 / \\ : * ? 引号 < > |）。")
    return name


def stored_names() -> list[str]:
    """Names of the stored profiles, sorted."""
    folder = profiles_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.iterdir() if p.suffix in PROFILE_SUFFIXES and p.is_file())


def path_for_name(name: str) -> Path:
    """The file a store name maps to (whether or not it exists)."""
    return profiles_dir() / f"{check_name(name)}.yaml"


def target_path(name_or_path: str) -> Path:
    """Where ``--save NAME_OR_PATH`` writes: a path as given, a name into the store."""
    if looks_like_path(name_or_path):
        return Path(name_or_path).expanduser()
    return path_for_name(name_or_path)


def resolve(reference: str) -> Path:
    """The existing profile file a PROFILE argument refers to, by path or by name."""
    candidate = Path(reference).expanduser()
    if looks_like_path(reference) or candidate.is_file():
        return candidate
    stored = path_for_name(reference)
    if stored.is_file():
        return stored
    names = stored_names()
    if not names:
        hint = "档案库里还没有档案，可以用 speechwriter new 创建一个，或给出档案文件的路径。"
    else:
        close = get_close_matches(reference, names, n=1, cutoff=0.4)
        suggestion = f"是不是“{close[0]}”？" if close else ""
        hint = f"{suggestion}已保存的档案：{'、'.join(names)}。也可以给出文件路径。"
    raise UserError(f"找不到档案“{reference}”。{hint}")


@dataclass(frozen=True)
class StoredProfile:
    """A stored profile file and when it was last changed."""

    name: str
    path: Path
    modified: datetime


def list_stored() -> list[StoredProfile]:
    """Every stored profile, newest first."""
    entries = []
    for name in stored_names():
        path = path_for_name(name)
        modified = datetime.fromtimestamp(path.stat().st_mtime)
        entries.append(StoredProfile(name, path, modified))
    return sorted(entries, key=lambda entry: entry.modified, reverse=True)


def display_name(path: Path) -> str:
    """A profile's name as the user addresses it: the store name, or the path."""
    try:
        if path.resolve().parent == profiles_dir().resolve():
            return path.stem
    except OSError:
        pass
    return str(path)
