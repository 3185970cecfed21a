"""Calendar dates in newspaper text, resolved against the issue's date.

A date is marked only where the text fixes it: '2022年11月22日', '11月15日', '今年10月底',
'去年5月', '截至9月初' (the 截至 is not part of the date), '11 月 18 日' (spaces from PDF
extraction). Vague expressions ('近日', '当天', '近年来', a bare '15日') get nothing, and
neither does an impossible date ('2月30日').

How a date without a year is resolved (the issue date is D):
- '今年/去年/前年/明年/上年' count from D's year; '本月/上月 N日' from D's month;
- 'M月' or 'M月N日' with M up to D's month is in D's year; with M after D's month it is in
  the year before ('12月3日' in a 2022-11-22 issue is 2021-12-03): newspapers report the
  past far more often than they announce the future.
- but a date the text announces is in the future: after 将于, 拟, 预计 … ('将于12月底'), and
  a date something starts from or is due by ('12月1日起施行', '9月30日前报名', '至1月5日止',
  '3月1日开始') is the one of D's year, the year before or the year after that lies nearest D
  (an announcement of next month is next month; '自12月1日起' in a February issue is the
  December just past).
- without an issue date only dates that print their year are marked.

A month qualified by 初/上旬/中旬/下旬/底/末 is resolved to the month (YYYY-MM), with the
qualifier inside the span.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    when: str  # ISO: YYYY, YYYY-MM or YYYY-MM-DD


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_D = "0-9０-９"  # ASCII and full-width digits
_CN = "〇零一二三四五六七八九十两"
_NUM = rf"[{_D}]{{1,2}}|[{_CN}]{{1,3}}"
_YEAR = rf"[{_D}]{{4}}|[〇零一二三四五六七八九]{{4}}"
_PART = r"初|上旬|中旬|下旬|底|末"
_S = r"[ \t\u3000]*"  # spaces PDF extraction leaves between the parts

_MONTH_DAY = rf"(?P<m>{_NUM}){_S}月(?:份)?(?:{_S}(?P<d>{_NUM}){_S}[日号]|(?P<part>{_PART}))?"
_DATE = re.compile(
    rf"(?=[{_D}{_CN}今去前明上本])(?<![{_D}{_CN}.年月])(?:"
    rf"(?P<rel_month>本月|上月){_S}(?P<rd>{_NUM}){_S}[日号]|"
    rf"(?:(?P<y>{_YEAR}){_S}年|(?P<rel_year>今年|去年|前年|明年|上年|本年))?"
    rf"(?:{_S}{_MONTH_DAY})?)"
)
_YEAR_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}


def _number(text: str) -> int | None:
    """'11', '１１', '十一', '二十三', '二〇二二' → int; None when it is not a number."""
    if text.isdigit():
        return int(text)
    if "十" not in text:
        digits = [_CN_DIGITS.get(c) for c in text]
        return None if None in digits else int("".join(map(str, digits)))
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    high = _CN_DIGITS.get(tens, -1) if tens else 1
    low = _CN_DIGITS.get(ones, -1) if ones else 0
    return None if high < 0 or low < 0 else high * 10 + low


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        if day is not None and month is not None:
            return datetime.date(year, month, day).isoformat()
        if month is not None:
            return f"{datetime.date(year, month, 1):%Y-%m}"
    except ValueError:
        return None
    return f"{year:04d}" if 1 <= year <= 9999 else None


_FUTURE = re.compile(r"(?:将|将于|拟|拟于|预计|计划|力争|有望|定于|于明年)\s*$")
# What follows a date something starts from or is due by: 起 (12月1日起施行), 前 / 以前 / 之前
# (9月30日前报名), 止 (至1月5日止), 开始 and 截止 (3月1日开始, 1月10日截止).
_START_OR_DUE = re.compile(r"^\s*(?:起|前|以前|之前|止|开始|截止)")


def _resolve(m: re.Match[str], issue: datetime.date | None, ahead: bool = False,
             nearest: bool = False) -> str | None:
    """The date's ISO value; ``ahead`` when the text speaks of the future (将于12月底),
    ``nearest`` when something starts from or is due by it (12月1日起)."""
    month = _number(m["m"]) if m["m"] else None
    day = _number(m["d"]) if m["d"] else None
    if (m["m"] and month is None) or (m["d"] and day is None):
        return None
    if m["y"]:
        year = _number(m["y"])
        return _iso(year, month, day) if year else None
    if issue is None:
        return None
    if m["rel_year"]:
        return _iso(issue.year + _YEAR_OFFSET[m["rel_year"]], month, day)
    if m["rel_month"]:
        first = issue.replace(day=1)
        if m["rel_month"] == "上月":
            first = (first - datetime.timedelta(days=1)).replace(day=1)
        rel_day = _number(m["rd"])
        return _iso(first.year, first.month, rel_day) if rel_day else None
    if month is None:
        return None
    if day is None and not m["m"].isdigit() and not m["part"]:
        return None  # '三月' alone is too often not a date ('阳春三月')
    if nearest:
        return _iso(_nearest_year(issue, month, day or 1), month, day)
    year = issue.year if month <= issue.month or ahead else issue.year - 1
    return _iso(year, month, day)


def _nearest_year(issue: datetime.date, month: int, day: int) -> int:
    """The year (the issue's, the one before or after) that puts month and day nearest the
    issue date; a day that no year has (2月30日) keeps the issue's year."""
    def distance(year: int) -> int:
        try:
            return abs((datetime.date(year, month, day) - issue).days)
        except ValueError:
            return 10**6
    return min((issue.year, issue.year - 1, issue.year + 1), key=distance)


def find_dates(text: str, issue_date: datetime.date | None) -> list[DateMention]:
    """Dates in text as ISO values, resolved against the issue's date; sorted by start."""
    found = []
    for m in _DATE.finditer(text):
        if not m.group().strip():
            continue
        when = _resolve(m, issue_date,
                        ahead=bool(_FUTURE.search(text[max(0, m.start() - 4) : m.start()])),
                        nearest=bool(_START_OR_DUE.match(text[m.end() : m.end() + 2])))
        if when is not None:
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            found.append(DateMention(start, m.end(), when))
    return found
