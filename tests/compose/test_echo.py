"""Optional template lines that repeat the speaker's own answers are dropped; others are kept."""

from __future__ import annotations

from speechwriter.compose.echo import EchoGuard, near_repeat

ANSWER = "成绩只代表过去，我会从零开始"


def test_a_stock_line_that_restates_an_answer_is_dropped() -> None:
    guard = EchoGuard([ANSWER])
    assert guard("过去的成绩只能说明过去。") == ""
    assert guard("我深知，过去的成绩只能说明过去，未来还要靠努力。") == ""


def test_unrelated_lines_are_kept_as_they_are() -> None:
    guard = EchoGuard([ANSWER])
    for line in ("我将以更加饱满的热情投入工作。", "请各位领导和同事们监督。", ""):
        assert guard(line) == line


def test_any_of_several_answers_counts() -> None:
    guard = EchoGuard(["我热爱这份工作", "", ANSWER])
    assert guard("过去的成绩只能说明过去") == ""


def test_no_answers_keep_every_line() -> None:
    assert EchoGuard([])("过去的成绩只能说明过去") == "过去的成绩只能说明过去"


def test_very_short_clauses_are_not_compared() -> None:
    guard = EchoGuard(["过去"])  # a two-character answer is no sentence to repeat
    assert guard("过去的成绩只能说明过去") == "过去的成绩只能说明过去"


def test_near_repeat_compares_clause_by_clause() -> None:
    answer_pairs = [{ANSWER[i : i + 2] for i in range(len("成绩只代表过去") - 1)}]
    assert near_repeat("首先，过去的成绩只能说明过去", answer_pairs)
    assert not near_repeat("首先，我会虚心向大家学习", answer_pairs)
    assert not near_repeat("过去的成绩只能说明过去", [])
