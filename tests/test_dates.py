"""Dates in running text, resolved against the issue date (phrases from the sample page)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SAMPLE_TXT
from teipress.encode.dates import DateMention, find_dates

ISSUE = datetime.date(2022, 11, 22)


def dates_in(text: str, issue: datetime.date | None = ISSUE) -> list[tuple[str, str]]:
    return [(text[d.start : d.end], d.when) for d in find_dates(text, issue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11月15日，乌海能源平沟煤矿召开座谈会", [("11月15日", "2022-11-15")]),
        ("截至今年10月底，该平台入驻家政服务企业14家", [("今年10月底", "2022-10")]),
        ("于去年5月积极推进市家政服务行业协会成立", [("去年5月", "2021-05")]),
        ("截至9月初，海区652项政务服务事项实现", [("9月初", "2022-09")]),
        ("图为11 月 18 日，君正集团机关党支部职工", [("11 月 18 日", "2022-11-18")]),
        ("在我市2022年秋季招商引资重点项目集中签约仪式上", [("2022年", "2022")]),
        ("2022年11月22日 星期二", [("2022年11月22日", "2022-11-22")]),
        ("1月至9月，我市外贸进出口继续保持较快增长", [("1月", "2022-01"), ("9月", "2022-09")]),
        ("今年以来，海区政务服务中心深化改革", [("今年", "2022")]),
        ("截至今年10月，为家政服务企业发放培训补贴", [("今年10月", "2022-10")]),
        ("本月15日起施行", [("本月15日", "2022-11-15")]),
        ("上月3日", [("上月3日", "2022-10-03")]),
        ("二〇二二年十一月二十二日", [("二〇二二年十一月二十二日", "2022-11-22")]),
        ("１１月１５日", [("１１月１５日", "2022-11-15")]),
    ],
)
def test_dates_resolved_against_the_issue(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates_in(text) == expected


def test_a_month_after_the_issue_month_is_last_year() -> None:
    assert dates_in("12月3日") == [("12月3日", "2021-12-03")]
    assert dates_in("12月3日", datetime.date(2022, 12, 1)) == [("12月3日", "2022-12-03")]


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        # an announcement of the month after the issue's (a port page of 2026-08-26)
        ("新航季自9月1日起执行", datetime.date(2026, 8, 26), "2026-09-01"),
        ("自12月1日起施行", ISSUE, "2022-12-01"),
        ("请于1月10日前报名", datetime.date(2022, 12, 20), "2023-01-10"),
        ("活动至1月5日止", datetime.date(2022, 12, 20), "2023-01-05"),
        # the start of something in the months just past
        ("自12月1日起，全市已有", datetime.date(2023, 2, 14), "2022-12-01"),
        ("9月1日开始试运行以来", ISSUE, "2022-09-01"),
    ],
)
def test_a_date_something_starts_from_or_is_due_by_is_the_nearest(
        text: str, issue: datetime.date, expected: str) -> None:
    assert [when for _span, when in dates_in(text, issue)] == [expected]


@pytest.mark.parametrize(
    "text",
    ["近日，当天", "近年来", "连日来", "15日上午", "2月30日", "2021年2月29日", "阳春三月",
     "总投资超千亿元", "17.2亿元", "150余万立方米", "5分钟", "12个月", "13月5日"],
)
def test_nothing_where_the_date_is_vague_or_impossible(text: str) -> None:
    assert dates_in(text) == []


def test_without_an_issue_date_only_dates_that_print_their_year() -> None:
    assert dates_in("11月15日，今年10月底，2022年5月", None) == [("2022年5月", "2022-05")]


def test_every_date_on_the_sample_page_is_where_the_text_says() -> None:
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    found = find_dates(text, ISSUE)
    whens = [d.when for d in found]
    assert "2022-11-15" in whens
    assert "2022-11-18" in whens
    assert "2021-05" in whens
    for d in found:
        span = text[d.start : d.end]
        assert span == span.strip()
        assert ("月" in span or "年" in span)
        assert isinstance(d, DateMention)


@given(st.integers(1, 12), st.integers(1, 31))
def test_month_day_is_resolved_exactly_when_it_is_a_real_date(month: int, day: int) -> None:
    found = dates_in(f"{month}月{day}日")
    try:
        expected = datetime.date(2022 if month <= 11 else 2021, month, day).isoformat()
    except ValueError:
        assert found == []
    else:
        assert found == [(f"{month}月{day}日", expected)]
