"""The real client: each example as .docx, converted by LibreOffice, checked in the PDF.

Skipped when ``soffice`` or poppler's tools are missing (``.ci/run`` installs them).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from speechwriter.compose.fitting import fit
from speechwriter.profile.loading import load_profile
from speechwriter.speech.model import speech_lines
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdftotext", "pdfinfo")),
    reason="LibreOffice (soffice) and poppler-utils are needed",
)
SPEECHWRITER = str(Path(sys.executable).parent / "speechwriter")
MM = 72 / 25.4
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
CJK = re.compile(r"^[\u4e00-\u9fff\u3001-\u3011\uff01-\uff1f“”]{8,}$")
"""A run of at least eight full-width characters: each is exactly one em (the font size) wide."""


def _median_em(words: list[tuple[float, float, float, float, str]]) -> float:
    widths = sorted((x1 - x0) / len(text) for x0, _, x1, _, text in words if CJK.match(text))
    return widths[len(widths) // 2]


def _pdf(example: Path, layout: str, folder: Path) -> Path:
    target = folder / f"{example.stem}-{layout}.docx"
    subprocess.run(
        [SPEECHWRITER, "render", str(example), "-o", str(target), "--layout", layout], check=True, capture_output=True
    )
    profile_dir = folder / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile_dir}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(target)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return target.with_suffix(".pdf")


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info), info
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def _words(pdf: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    xml = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in WORD.findall(xml)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("pdf")
    return {
        (example.stem, layout): _pdf(example, layout, folder)
        for example in EXAMPLES
        for layout in ("official", "stage")
    }


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_official_pdf_holds_the_whole_speech_with_page_numbers(
    example: Path, pdfs: dict[tuple[str, str], Path]
) -> None:
    pdf = pdfs[(example.stem, "official")]
    pages = _pages(pdf)
    assert pages >= 2
    text = ""
    for page in range(1, pages + 1):
        words = [w[4] for w in _words(pdf, page)]
        assert "".join(words[-3:]).endswith(f"—{page}—"), (page, words[-3:])
        text += _squash("".join(words)).removesuffix(f"—{page}—")  # the footer sits between pages
    speech = fit(load_profile(example).profile).speech
    for line in speech_lines(speech):
        if line.role != "section":
            assert _squash(line.text) in text, line.text


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_official_body_size_and_margins(example: Path, pdfs: dict[tuple[str, str], Path]) -> None:
    pdf = pdfs[(example.stem, "official")]
    words = [w for page in range(1, _pages(pdf) + 1) for w in _words(pdf, page)]
    assert 15.8 < _median_em(words) < 16.2  # 三号: a Chinese character is 16 pt wide
    left = min(w[0] for w in words)
    right = max(w[2] for w in words if re.search(r"[\u4e00-\u9fff\w]$", w[4]))  # punctuation may hang
    top = min(w[1] for w in words)
    assert abs(left - 28 * MM) < 1.5, left
    assert 595.3 - right > 26 * MM - 1.5, right
    assert 37 * MM - 1.5 < top < 37 * MM + 8, top
    page_number_bottom = max(w[3] for w in _words(pdf, 1))
    assert page_number_bottom < 841.9 - 7 * MM  # inside the bottom margin, above the paper edge


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_stage_is_larger_and_numbers_pages_of_total(example: Path, pdfs: dict[tuple[str, str], Path]) -> None:
    pdf = pdfs[(example.stem, "stage")]
    pages = _pages(pdf)
    words = [w for page in range(1, pages + 1) for w in _words(pdf, page)]
    assert _median_em(words) > 17.5
    last = "".join(w[4] for w in _words(pdf, pages)[-6:])
    assert last.endswith((f"第{pages}页共{pages}页", f"第{pages}頁共{pages}頁"))  # the speech's own script
