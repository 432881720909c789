"""The JSON Schema of the answer profile, from the pydantic models, for editors and tools.

Saved profiles carry a ``# yaml-language-server: $schema=…`` line pointing at
a copy of this schema in the store folder, so editors complete and check
fields with their Chinese titles and descriptions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from speechwriter.common.atomic_write import write_text_atomic
from speechwriter.profile.model import SCHEMA_VERSION, Profile
from speechwriter.profile.store import home

__all__ = [
    "SCHEMA_FILE",
    "SCHEMA_ID",
    "ensure_store_schema",
    "modeline",
    "profile_schema",
    "schema_text",
    "store_schema_path",
]

SCHEMA_FILE = "profile.schema.json"
SCHEMA_ID = f"https://speechwriter.invalid/schema/profile-v{SCHEMA_VERSION}.json"


def profile_schema() -> dict[str, Any]:
    """The profile's JSON Schema (draft 2020-12) with Chinese titles, descriptions and examples."""
    schema = Profile.model_json_schema()
    # A profile that extends a base may leave out what the base provides.
    required = schema.pop("required", [])
    schema["if"] = {"required": ["extends"], "properties": {"extends": {"type": "string", "minLength": 1}}}
    schema["else"] = {"required": required}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def schema_text() -> str:
    """The schema as pretty-printed JSON text (Chinese kept readable)."""
    return json.dumps(profile_schema(), ensure_ascii=False, indent=2) + "\n"


def store_schema_path() -> Path:
    """Where the store keeps its copy of the schema."""
    return home() / SCHEMA_FILE


def ensure_store_schema() -> Path:
    """Write the store's copy of the schema when missing or outdated; its path."""
    path = store_schema_path()
    text = schema_text()
    try:
        current = path.read_text(encoding="utf-8")
    except OSError:
        current = None
    if current != text:
        write_text_atomic(path, text)
    return path


def modeline(schema: Path | str) -> str:
    """The comment line that makes yaml-language-server use ``schema``."""
    target = schema.as_uri() if isinstance(schema, Path) else schema
    return f"# yaml-language-server: $schema={target}\n"
