"""Several ways to say every stock sentence, chosen as a stable function of the profile.

Colleagues competing for one post must not read the same sentences to the
same panel, and the same profile must always give the same bytes. A template
writes ``{{ pick("key", "说法一", "说法二", "说法三") }}``: the choice depends
on the speaker (name, post, organisation) and on the key, so each sentence
varies independently of the others.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence

from speechwriter.profile.model import Profile

__all__ = ["Chooser", "profile_seed"]


def profile_seed(profile: Profile) -> str:
    """What identifies a speaker for the choice of wording: name, post, unit and organisation."""
    speaker, post = profile.speaker, profile.post
    return "|".join((speaker.name, post.title, post.unit or "", speaker.organization or ""))


class Chooser:
    """Picks one of several equal wordings for a key, the same each time for the same seed."""

    def __init__(self, seed: str, convert: Callable[[str], str] | None = None) -> None:
        self.seed = seed
        self.convert = convert or (lambda text: text)

    def index(self, key: str, count: int) -> int:
        """A number in ``range(count)`` fixed by the seed and ``key``."""
        digest = hashlib.sha256(f"{self.seed}\x00{key}".encode()).digest()
        return int.from_bytes(digest[:8], "big") % count if count else 0

    def pick(self, key: str, *options: str | Sequence[str]) -> str:
        """One of ``options`` (given one by one, or as one list), as given (templates convert their own)."""
        choices: Sequence[str] = options[0] if len(options) == 1 and not isinstance(options[0], str) else options  # type: ignore[assignment]
        if not choices:
            return ""
        return str(choices[self.index(key, len(choices))])

    def say(self, key: str, *formats: str, **values: object) -> str:
        """One of ``formats`` in the template script, filled with ``values`` (answers stay as typed).

        ``say("k", "{year}年到{unit}工作", "{year}年起在{unit}任职", year=2008, unit="城关支行")``
        """
        chosen = self.convert(self.pick(key, *formats))
        return chosen.format(**values)
