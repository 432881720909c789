"""The pipeline every front end shares: load, make the speech, render it to bytes, save it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import yaml

from speechwriter.app.pipeline import (
    Rendered,
    SpeechOptions,
    load,
    make_speech,
    render_bytes,
    render_options,
    write_output,
)
from speechwriter.common.errors import UserError
from speechwriter.profile.model import Profile
from speechwriter.render.formats import FORMATS, RenderOptions
from tests.conftest import example, minimal_data


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty profile store of its own."""
    monkeypatch.setenv("SPEECHWRITER_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "profiles"


def _traditional_profile() -> Profile:
    return Profile.model_validate(
        minimal_data(
            speaker={"name": "張三"},
            post={"title": "客戶經理"},
            understanding={"paragraphs": ["客戶經理是連接公司和客戶的橋樑"]},
        )
    )


# --- load ------------------------------------------------------------------------------


def test_load_by_path(store: Path) -> None:
    path = example("insurance_manager")
    loaded = load(path)
    assert loaded.source == path
    assert loaded.profile.speaker.name == "赵建国"


def test_load_by_store_name(store: Path) -> None:
    store.mkdir(parents=True)
    (store / "张三-客户经理.yaml").write_text(yaml.safe_dump(minimal_data(), allow_unicode=True), encoding="utf-8")
    loaded = load("张三-客户经理")
    assert loaded.source == store / "张三-客户经理.yaml"
    assert loaded.profile.post.title == "客户经理"


def test_load_an_unknown_name_in_an_empty_store(store: Path) -> None:
    with pytest.raises(UserError) as caught:
        load("李四")
    assert caught.value.message == (
        "找不到档案“李四”。档案库里还没有档案，可以用 speechwriter new 创建一个，或给出档案文件的路径。"
    )


# --- make_speech -----------------------------------------------------------------------


def test_make_speech_fits_the_profiles_slot(minimal_profile: Profile) -> None:
    rendered = make_speech(minimal_profile, SpeechOptions())
    assert isinstance(rendered, Rendered)
    assert rendered.fitted.minutes == 5 and rendered.fitted.rate == 200
    assert rendered.speech.title == "竞聘客户经理演讲稿"
    summary = rendered.summary()
    assert summary.startswith(f"{rendered.fitted.characters} 字，约 ") and summary.endswith("（限时 5 分钟）")


def test_minutes_and_rate_given_replace_the_profiles(minimal_profile: Profile) -> None:
    rendered = make_speech(minimal_profile, SpeechOptions(minutes=0.5, rate=120))
    assert rendered.fitted.minutes == 0.5 and rendered.fitted.rate == 120
    assert rendered.fitted.over > 0
    assert f"超出限时约 {rendered.fitted.over} 字" in rendered.summary()
    assert rendered.report()[0].startswith(f"篇幅：共 {rendered.fitted.characters} 字")
    assert rendered.slot_report()[0].startswith("限时 0.5 分钟")


def test_the_template_text_follows_the_script_of_the_answers() -> None:
    text = render_bytes(make_speech(_traditional_profile(), SpeechOptions()).speech, FORMATS["md"]).decode()
    assert text.startswith("# 競聘客戶經理演講稿")
    assert "<!-- 開場致謝 -->" in text and "我叫張三。" in text


def test_simplified_answers_give_simplified_template_text(minimal_profile: Profile) -> None:
    text = render_bytes(make_speech(minimal_profile, SpeechOptions()).speech, FORMATS["md"]).decode()
    assert text.startswith("# 竞聘客户经理演讲稿") and "<!-- 开场致谢 -->" in text


def test_a_script_asked_for_converts_the_template_text_but_not_the_answers(minimal_profile: Profile) -> None:
    text = render_bytes(make_speech(minimal_profile, SpeechOptions(script="traditional")).speech, FORMATS["txt"])
    decoded = text.decode()
    assert "我叫张三。" in decoded  # the answer as typed
    assert "競聘" in decoded and "谢谢" not in decoded  # the template text in Traditional


def test_convert_answers_converts_the_speakers_words_too(minimal_profile: Profile) -> None:
    options = SpeechOptions(script="traditional", convert_answers=True)
    rendered = make_speech(minimal_profile, options)
    decoded = render_bytes(rendered.speech, FORMATS["txt"]).decode()
    assert "我叫張三。" in decoded and "客戶經理是連接公司和客戶的橋梁" in decoded
    assert rendered.speech.title == "競聘客戶經理演講稿"


def test_a_template_set_by_folder_is_used(minimal_profile: Profile, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "closing.j2").write_text("我的演讲到此结束，谢谢！\n", encoding="utf-8")
    rendered = make_speech(minimal_profile, SpeechOptions(template=str(folder)))
    assert render_bytes(rendered.speech, FORMATS["md"]).decode().rstrip().endswith("我的演讲到此结束，谢谢！")


def test_an_unknown_template_set_is_refused(minimal_profile: Profile) -> None:
    with pytest.raises(UserError, match="找不到模板集“fancy”"):
        make_speech(minimal_profile, SpeechOptions(template="fancy"))


# --- render_bytes and render_options --------------------------------------------------


def test_render_bytes_per_format(minimal_profile: Profile) -> None:
    speech = make_speech(minimal_profile, SpeechOptions()).speech
    markdown = render_bytes(speech, FORMATS["md"]).decode("utf-8")
    plain = render_bytes(speech, FORMATS["txt"]).decode("utf-8")
    word = render_bytes(speech, FORMATS["docx"])
    assert markdown.startswith("# 竞聘客户经理演讲稿\n")
    assert plain.startswith("竞聘客户经理演讲稿\n") and "\u3000\u3000我叫张三。" in plain
    with zipfile.ZipFile(io.BytesIO(word)) as document:
        assert "我叫张三。" in document.read("word/document.xml").decode("utf-8")


def test_the_same_speech_renders_to_the_same_bytes(minimal_profile: Profile) -> None:
    speech = make_speech(minimal_profile, SpeechOptions()).speech
    for chosen in FORMATS.values():
        assert render_bytes(speech, chosen) == render_bytes(speech, chosen, RenderOptions())


@pytest.mark.parametrize(("name", "label"), [("md", "Markdown"), ("txt", "纯文本")])
def test_a_layout_for_text_output_gives_a_note(name: str, label: str) -> None:
    options, notes = render_options(FORMATS[name], "stage")
    assert options == RenderOptions()
    assert notes == [f"--layout 只用于 Word（.docx）输出，{label}输出不受影响。"]


def test_no_layout_no_note() -> None:
    assert render_options(FORMATS["md"], None) == (RenderOptions(), [])


def test_a_layout_for_word_is_read_at_once() -> None:
    options, notes = render_options(FORMATS["docx"], "stage")
    assert notes == [] and options.layout is not None and options.layout.name == "stage"
    with pytest.raises(UserError, match="没有名为“fancy”的版式"):
        render_options(FORMATS["docx"], "fancy")


# --- write_output ----------------------------------------------------------------------


def test_write_output_creates_folders_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "speech.md"
    write_output(target, "演讲稿".encode(), overwrite=False)
    assert target.read_text(encoding="utf-8") == "演讲稿"
    assert [path.name for path in target.parent.iterdir()] == ["speech.md"]


def test_write_output_refuses_to_overwrite_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "speech.md"
    target.write_bytes(b"old")
    with pytest.raises(UserError) as caught:
        write_output(target, b"new", overwrite=False)
    assert caught.value.message == f"{target} 已存在，未覆盖。要覆盖请加 --force，或换一个文件名。"
    assert target.read_bytes() == b"old"
    write_output(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


def test_write_output_onto_a_folder_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "speech.md"
    folder.mkdir()
    with pytest.raises(UserError) as caught:
        write_output(folder, b"x", overwrite=True)
    assert caught.value.message == f"无法写入 {folder}：同名的文件夹已存在。请换一个位置或检查权限。"
    assert list(folder.iterdir()) == []
