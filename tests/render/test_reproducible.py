"""Equal input, equal bytes: zip entries dated 1980-01-01 and $SOURCE_DATE_EPOCH honoured."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import pytest

from speechwriter.render.page_layout import load_layout
from speechwriter.render.reproducible import fixed_zip_times, source_date
from speechwriter.render.word import render_docx
from speechwriter.speech.model import Paragraph, Section, Speech

ENTRIES = {"word/document.xml": "<正文/>" * 50, "docProps/core.xml": "<属性/>", "[Content_Types].xml": "<类型/>"}


def _package(when: tuple[int, int, int, int, int, int], comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.comment = comment
        for name, text in ENTRIES.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=when), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def test_packages_written_at_different_times_become_identical() -> None:
    morning, evening = _package((2026, 3, 1, 8, 0, 0)), _package((2027, 12, 31, 23, 59, 58))
    assert morning != evening
    assert fixed_zip_times(morning) == fixed_zip_times(evening)


def test_every_entry_is_dated_1980_01_01_and_keeps_its_content() -> None:
    fixed = zipfile.ZipFile(io.BytesIO(fixed_zip_times(_package((2026, 3, 1, 8, 0, 0)))))
    assert fixed.testzip() is None
    assert {info.date_time for info in fixed.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert {name: fixed.read(name).decode("utf-8") for name in fixed.namelist()} == ENTRIES


def test_the_size_is_unchanged() -> None:
    original = _package((2026, 3, 1, 8, 0, 0), comment=b"note")
    assert len(fixed_zip_times(original)) == len(original)


def test_a_zip_that_is_not_laid_out_as_written_is_refused() -> None:
    damaged = bytearray(_package((2026, 3, 1, 8, 0, 0)))
    damaged[0:4] = b"XXXX"  # the first local header's signature, still listed in the central directory
    with pytest.raises(ValueError, match="unexpected zip layout"):
        fixed_zip_times(bytes(damaged))


def test_two_word_renders_are_byte_identical() -> None:
    speech = Speech(
        title="竞聘演讲稿", author="张三", sections=[Section(key="a", title="甲", blocks=[Paragraph(text="正文")])]
    )
    first, second = render_docx(speech, load_layout()), render_docx(speech, load_layout())
    assert first == second
    assert {info.date_time for info in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_source_date_epoch_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    assert source_date() == datetime(2026, 1, 1, 0, 0, 0)


@pytest.mark.parametrize("value", [None, "", "not a number", "-5", "1.5"])
def test_no_usable_source_date_epoch_is_none(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert source_date() is None
