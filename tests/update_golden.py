"""Regenerate the golden files on purpose: ``make golden``, then review the git diff."""

from __future__ import annotations

from tests.conftest import EXAMPLES, GOLDEN, TODAY


def main() -> None:
    """Write tests/golden/<example>.md and .txt for every example, and the examples' schema."""
    from speechwriter.compose.fitting import fit
    from speechwriter.profile.loading import load_profile
    from speechwriter.render.markdown import render_markdown
    from speechwriter.render.plain_text import render_text

    GOLDEN.mkdir(exist_ok=True)
    for path in EXAMPLES:
        speech = fit(load_profile(path).profile, today=TODAY).speech
        (GOLDEN / f"{path.stem}.md").write_text(render_markdown(speech), encoding="utf-8")
        (GOLDEN / f"{path.stem}.txt").write_text(render_text(speech), encoding="utf-8")
        print(f"updated {path.stem}")
    from speechwriter.profile.schema import schema_text
    from tests.conftest import ROOT

    (ROOT / "examples" / "profile.schema.json").write_text(schema_text(), encoding="utf-8")
    print("updated examples/profile.schema.json")


if __name__ == "__main__":
    main()
