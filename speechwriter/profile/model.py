"""The answer profile: everything a user answers, validated, stored as YAML.

Field names are English (they are YAML keys); every field carries a Chinese
title and description, used in error messages, the questionnaire and the
JSON Schema. Unknown keys are rejected. Optional fields are truly optional:
the templates reshape their sentences when one is empty.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from speechwriter.profile.answer_types import (
    MAX_ITEMS,
    ClosingPhrase,
    EnumerationStyleName,
    Gender,
    OneLine,
    OpeningPhrase,
    OptionalOneLine,
    OptionalParagraphText,
    ParagraphText,
    SectorName,
    Year,
    YearMonth,
)

__all__ = [
    "SCHEMA_VERSION",
    "Audience",
    "CareerPeriod",
    "Closing",
    "Opening",
    "Point",
    "Post",
    "Profile",
    "Speaker",
    "StrictModel",
    "Styles",
    "Understanding",
]

SCHEMA_VERSION = 1
"""Version of the profile format written to ``schema_version``."""


class StrictModel(BaseModel):
    """Base for every profile model: unknown keys are errors, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Audience(StrictModel):
    """Who is addressed at the start of the speech."""

    salutation: OptionalOneLine = Field(
        default=None,
        title="称呼",
        description="开口第一句的称呼，不带冒号；留空时用常见的称呼。",
        examples=["尊敬的各位领导、各位评委，亲爱的同事们"],
    )
    greeting: OneLine = Field(
        default="大家好！",
        title="问候语",
        description="称呼之后的问候。",
        examples=["大家好！"],
    )


class CareerPeriod(StrictModel):
    """One period of the speaker's career, in order."""

    start: Year = Field(title="起始年份", description="四位数年份。", examples=[2008])
    end: Year | None = Field(default=None, title="结束年份", description="留空表示至今。", examples=[2011])
    post: OneLine = Field(title="岗位", description="这段时间担任的岗位或从事的工作。", examples=["营业员"])
    unit: OptionalOneLine = Field(default=None, title="所在单位或部门", description="可选。", examples=["城区营业厅"])


class Speaker(StrictModel):
    """Facts about the speaker, as a self-introduction draws on them."""

    name: OneLine = Field(title="姓名", description="演讲人的姓名。", examples=["李明"])
    gender: Gender = Field(default=None, title="性别", description="可选：男 或 女。", examples=["女"])
    birth: YearMonth = Field(
        default=None,
        title="出生年月",
        description="可选，写成“1985-03”。填了出生年月就不必再填年龄。",
        examples=["1985-03"],
    )
    age: int | None = Field(default=None, ge=18, le=80, title="年龄", description="可选，不愿写出生年月时填写。")
    ethnicity: OptionalOneLine = Field(default=None, title="民族", description="可选。", examples=["汉族"])
    political_status: OptionalOneLine = Field(
        default=None, title="政治面貌", description="可选。", examples=["中共党员"]
    )
    education: OptionalOneLine = Field(
        default=None, title="学历", description="可选。", examples=["本科", "大专", "硕士研究生"]
    )
    school: OptionalOneLine = Field(default=None, title="毕业院校", description="可选。", examples=["某某职业技术学院"])
    major: OptionalOneLine = Field(default=None, title="所学专业", description="可选。", examples=["市场营销"])
    graduation_year: Year | None = Field(
        default=None, title="毕业年份", description="可选，四位数年份。", examples=[2008]
    )
    joined_year: Year | None = Field(
        default=None,
        title="入职年份",
        description="进入本单位的年份，用来算出工作年限。",
        examples=[2008],
    )
    organization: OptionalOneLine = Field(
        default=None,
        title="所在单位",
        description="演讲人所在的公司或单位。",
        examples=["中国移动某市分公司"],
    )
    organization_short: OptionalOneLine = Field(
        default=None,
        title="单位简称",
        description="可选，第二次提到单位时使用，避免反复念全称。",
        examples=["江城移动"],
    )
    current_post: OptionalOneLine = Field(
        default=None, title="现任岗位", description="可选。", examples=["集团客户经理"]
    )
    career: list[CareerPeriod] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="工作经历",
        description="按时间顺序的工作经历，每段写起止年份和岗位。",
    )
    honours: list[OneLine] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="荣誉",
        description="获得的荣誉称号，每项一条。",
        examples=[["2019年度分公司优秀员工"]],
    )
    motto: OptionalOneLine = Field(
        default=None,
        title="座右铭",
        description="可选，工作中信守的一句话，不带引号。",
        examples=["干一行，爱一行，精一行"],
    )


class Post(StrictModel):
    """The post the speaker competes for."""

    title: OneLine = Field(title="竞聘岗位", description="要竞聘的岗位名称。", examples=["高级客户经理"])
    unit: OptionalOneLine = Field(default=None, title="岗位所在部门", description="可选。", examples=["集团客户部"])
    sector: SectorName = Field(
        default=None,
        title="行业",
        description="可选。岗位所在的行业，决定演讲稿里的说法（患者、学生、客户、群众……）；不填时用中性的说法。",
        examples=["医疗卫生", "教育", "银行"],
    )
    speech_title: OptionalOneLine = Field(
        default=None,
        title="演讲题目",
        description="可选。留空时标题为“竞聘××演讲稿”。",
        examples=["爱岗敬业，勇挑重担"],
    )


class Opening(StrictModel):
    """How the speech opens."""

    phrase: OpeningPhrase | None = Field(
        default=None,
        title="开场句式",
        description="句式库（speechwriter/data/phrases.yaml）中的一种开场，分谦逊、激昂、稳重三种风格；留空时按档案挑选。",
        examples=["感谢机会", "三种心情", "学习交流"],
    )
    remarks: OptionalParagraphText = Field(
        default=None,
        title="补充的开场白",
        description="可选，自己想在开场多说的一两句话。",
    )


class Point(StrictModel):
    """A headline with its supporting detail (a strength, a plan item, a requirement)."""

    headline: OneLine = Field(title="要点", description="一句话的小标题。", examples=["熟悉业务，经验丰富"])
    detail: OptionalParagraphText = Field(
        default=None,
        title="具体内容",
        description="支撑这个要点的事实、做法或数字。",
        examples=["在营业厅和集团客户岗位工作了八年，熟悉各类业务的办理流程。"],
    )


class Understanding(StrictModel):
    """The speaker's understanding of the post."""

    paragraphs: list[ParagraphText] = Field(
        min_length=1,
        max_length=MAX_ITEMS,
        title="对岗位的认识",
        description="用自己的话说明这个岗位做什么、需要什么素质，每段一条。",
    )
    points_lead: OptionalOneLine = Field(
        default=None,
        title="要求的引语",
        description="列举具体要求之前的引语，可选。",
        examples=["在专业素质方面，客户经理"],
    )
    points: list[Point] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        title="岗位的具体要求",
        description="可选，逐条列出岗位需要掌握的知识或能力。",
    )


class Closing(StrictModel):
    """The closing statement."""

    pledge: OptionalParagraphText = Field(
        default=None,
        title="结尾表态",
        description="可选，自己的表态；留空时使用所选的结尾句式。",
        examples=["无论结果如何，我都会一如既往地做好本职工作。"],
    )
    phrase: ClosingPhrase | None = Field(
        default=None,
        title="结尾句式",
        description="没有自己的表态时使用的结尾，来自句式库，分谦逊、激昂、稳重三种风格。",
        examples=["成败皆进", "恳请指正", "信心满怀"],
    )
    motto: OptionalOneLine = Field(
        default=None,
        title="结尾引用的口号",
        description="可选，用单位的服务理念或口号收尾，不带引号。",
        examples=["沟通从心开始"],
    )


class Styles(StrictModel):
    """How the lists are enumerated in the speech."""

    understanding: EnumerationStyleName = Field(
        default="一要", title="岗位要求的列举方式", description="如“一要……二要……”。"
    )
    strengths: EnumerationStyleName = Field(
        default="一是", title="竞聘优势的列举方式", description="一是：段首列举；一、：小标题。"
    )
    plan: EnumerationStyleName = Field(
        default="一是", title="工作设想的列举方式", description="一是：段首列举；一、：小标题。"
    )


class Profile(StrictModel):
    """A complete answer profile: the input of every speech."""

    model_config = ConfigDict(
        title="竞聘演讲稿答案档案",
        json_schema_extra={"description": "speechwriter 的答案档案，保存为 YAML。"},
    )

    schema_version: Literal[1] = Field(default=1, title="档案格式版本", description="由工具写入，请勿修改。")
    extends: OptionalOneLine = Field(
        default=None,
        title="基础档案",
        description="可选：以另一个档案（名称或相对本文件的路径）为基础，本档案只写不同的部分，如另一个岗位的回答。",
        examples=["张三-个人情况", "./张三-个人情况.yaml"],
    )
    audience: Audience = Field(default_factory=Audience, title="称呼与问候")
    speaker: Speaker = Field(title="个人情况")
    post: Post = Field(title="竞聘岗位")
    opening: Opening = Field(default_factory=Opening, title="开场")
    understanding: Understanding = Field(title="对岗位的认识")
    strengths: list[Point] = Field(
        min_length=1, max_length=MAX_ITEMS, title="竞聘优势", description="通常三到五条，每条一个要点加具体内容。"
    )
    plan: list[Point] = Field(
        min_length=1, max_length=MAX_ITEMS, title="工作设想", description="通常三到五条，竞聘成功后准备怎么做。"
    )
    closing: Closing = Field(default_factory=Closing, title="结尾")
    styles: Styles = Field(default_factory=Styles, title="列举方式")
    time_limit_minutes: int = Field(
        default=5, ge=1, le=30, title="限时（分钟）", description="演讲限时，常见 3 到 8 分钟。"
    )
