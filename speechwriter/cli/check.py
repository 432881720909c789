"""``speechwriter check PROFILE_OR_MARKDOWN``: run the checks and report, as text or JSON."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

from speechwriter.cli.options import MinutesOption, RateOption
from speechwriter.cli.root import app
from speechwriter.common.chinese_text import printable
from speechwriter.common.errors import UserError

if TYPE_CHECKING:
    from speechwriter.check.findings import Report

__all__ = ["check", "check_command", "format_text"]


@app.command()
def check(
    target: Annotated[
        str,
        typer.Argument(
            help="答案档案（名称或 .yaml 路径）或演讲稿（.md、.txt，谁写的都行）。", metavar="PROFILE_OR_MARKDOWN"
        ),
    ],
    minutes: MinutesOption = None,
    rate: RateOption = 200,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="text|json", help="报告格式：text 或 json。")
    ] = "text",
) -> None:
    """检查演讲稿：没填的占位符、删掉数值留下的空缺、重复的句子、长句、缺少的部分、超时、不当措辞。

    退出码：0 没有问题，1 有需要注意的地方，2 输入无法使用。
    """
    raise typer.Exit(check_command(target, minutes, rate, output_format))


def format_text(report: Report) -> str:
    """The report for people."""
    length = f"{report.characters} 字，约 {report.characters / report.rate:.1f} 分钟"
    if not report.findings:
        return printable(f"检查 {report.source}：没有发现问题（{length}）。") + "\n"
    lines = [f"检查 {report.source}（{length}）：发现 {len(report.findings)} 处需要注意。"]
    for number, finding in enumerate(report.findings, start=1):
        excerpt = f"：……{finding.excerpt}……" if finding.excerpt else ""
        lines.append(f"{number}. [{finding.label}] {finding.where}{excerpt}")
        lines.append(f"   {finding.message}。{finding.hint}")
    return "\n".join(printable(line) for line in lines) + "\n"  # a draft's escape codes are not replayed


def check_command(
    reference: str,
    minutes: float | None = None,
    rate: int = 200,
    output_format: str = "text",
    stdout: TextIO | None = None,
) -> int:
    """Print the report; 0 when clean, 1 with findings (2 comes as a UserError)."""
    out = stdout or sys.stdout
    if output_format not in ("text", "json"):
        raise UserError(f"--format 只能是 text 或 json，而不是“{output_format}”。")
    from speechwriter.app.check_report import build_report

    report = build_report(reference, minutes, rate)
    if output_format == "json":
        out.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(format_text(report))
    return 1 if report.findings else 0
