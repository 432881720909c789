"""speechwriter benchmark (``make bench``): whole processes, measured in one run, printed as a table.

Not a test: it prints numbers and ratios against the targets and always exits 0.

(a) ``render -o x.docx`` against ``python -c "import typer, jinja2, pydantic, docx, yaml"`` (target ≤ 1.3×)
(b) ``--help`` and a Markdown render against ``python -c "import typer"``
(c) 200 profiles to .docx in one batch against pandoc converting the same 200 Markdown files,
    one process each (target ≤ 0.5× and ≤ 25 ms per document; skipped without pandoc)
(d) peak memory of the batch (target ≤ 80 MiB)
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
COMMAND = str(Path(PYTHON).parent / "speechwriter")
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
RUNS = 7
BATCH = 200


def median_seconds(argv: list[str], runs: int = RUNS) -> float:
    """Median wall time of ``runs`` runs of ``argv`` (output discarded)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_profiles(folder: Path, count: int) -> list[Path]:
    """``count`` distinct profiles made from the examples (each speaker renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in EXAMPLES]
    paths = []
    for number in range(count):
        data = dict(sources[number % len(sources)])
        data["speaker"] = {**data["speaker"], "name": f"{data['speaker']['name']}{number}"}
        path = folder / f"p{number:03d}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        paths.append(path)
    return paths


def batch_with_memory(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one process, measured by a fresh parent."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        f"subprocess.run({argv!r}, capture_output=True, check=True)\n"
        "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def large_draft(size: int) -> str:
    """A Markdown draft of about ``size`` bytes: varied sentences in paragraphs of five (no two alike)."""
    import random

    words = "我们一起把工作做好服务质量安全效率团队培训计划考核制度流程沟通协调落实检查改进学习"
    generator = random.Random(9704)
    sentences = ["".join(generator.choice(words) for _ in range(28)) + "。" for _ in range(size // 87 + 5)]
    text = "\n\n".join("".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def row(name: str, ours: float, baseline: float | None, target: str) -> None:
    """One line of the table."""
    ratio = f"{ours / baseline:5.2f}×" if baseline else "   — "
    base = f"{baseline * 1000:8.0f} ms" if baseline else "         —"
    print(f"{name:34s} {ours * 1000:8.0f} ms  {base}  {ratio}  {target}")


def main() -> None:
    """Run every measurement and print the table."""
    print(f"speechwriter benchmark: median of {RUNS} runs; {BATCH} documents in the batch\n")
    print(f"{'measurement':34s} {'ours':>11s}  {'baseline':>11s}  {'ratio':>6s}  target")
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        example = str(EXAMPLES[0])
        docx_run = median_seconds([COMMAND, "render", example, "-o", str(folder / "x.docx"), "--force"])
        imports = median_seconds([PYTHON, "-c", "import typer, jinja2, pydantic, docx, yaml"])
        row("(a) render -o x.docx", docx_run, imports, "≤ 1.30× import of typer+jinja2+pydantic+docx+yaml")
        typer_only = median_seconds([PYTHON, "-c", "import typer"])
        row("(b) --help", median_seconds([COMMAND, "--help"]), typer_only, "vs import typer")
        row(
            "(b) render (Markdown to stdout)",
            median_seconds([COMMAND, "render", example]),
            typer_only,
            "vs import typer",
        )

        profiles = make_profiles(folder / "profiles", BATCH)
        out = folder / "docx"
        argv = [COMMAND, "render", *map(str, profiles), "--out-dir", str(out), "--format", "docx"]
        batch_seconds, peak = batch_with_memory(argv)
        per_document = batch_seconds / BATCH
        pandoc = shutil.which("pandoc")
        pandoc_seconds = None
        if pandoc:
            markdown = folder / "md"
            subprocess.run(
                [COMMAND, "render", *map(str, profiles), "--out-dir", str(markdown), "--format", "md"],
                capture_output=True, check=True,
            )  # fmt: skip
            start = time.perf_counter()
            for path in sorted(markdown.glob("*.md")):
                subprocess.run(
                    [pandoc, str(path), "-o", str(path.with_suffix(".docx"))], capture_output=True, check=True
                )
            pandoc_seconds = time.perf_counter() - start
        row(
            f"(c) {BATCH} profiles → .docx, one batch",
            batch_seconds,
            pandoc_seconds,
            "≤ 0.50× pandoc, one process each",
        )
        print(f"{'    per document':34s} {per_document * 1000:8.1f} ms  {'':11s}  {'':6s}  ≤ 25 ms")
        print(f"{'(d) peak memory of the batch':34s} {peak:8.1f} MiB {'':11s}  {'':6s}  ≤ 80 MiB")
        large = folder / "large.md"
        large.write_text(large_draft(1_900_000), encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([COMMAND, "check", str(large)], capture_output=True, check=False)
        check_seconds = time.perf_counter() - start
        print(f"{'(e) check of a 1.9 MB draft':34s} {check_seconds * 1000:8.0f} ms  {'':11s}  {'':6s}  a few seconds")
        if not pandoc:
            print("\npandoc is not installed (apt-get install pandoc): (c) has no baseline.")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"\nCPU time of all child processes: {usage.ru_utime + usage.ru_stime:.1f} s")


if __name__ == "__main__":
    main()
