"""Page furniture as papers print it and extractors glue it: each line read whole or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from teipress.segment.furniture import find_furniture, issue_date, parse_furniture_line
from teipress.segment.model import Line


def read(line: str) -> list[tuple[str, str]] | None:
    items = parse_furniture_line(line)
    return [(item.kind, item.text) for item in items] if items else None


@pytest.mark.parametrize(("line", "expected"), [
    ("3责任编辑：路静 制图：刘雨佳",
     [("pageNum", "3"), ("editors", "责任编辑：路静"), ("editors", "制图：刘雨佳")]),
    ("审校：冯立云 经济", [("editors", "审校：冯立云"), ("header", "经济")]),
    ("4 要闻 2023年3月1日 星期三",
     [("pageNum", "4"), ("header", "要闻"), ("date", "2023年3月1日 星期三")]),
    ("2023年6月12日 星期一 评论 5",
     [("date", "2023年6月12日 星期一"), ("header", "评论"), ("pageNum", "5")]),
    ("本版责编：罗　岩  孙向东  钟　悦", [("editors", "本版责编：罗　岩  孙向东  钟　悦")]),
    ("编辑 肖雨 美编 陈可 校对 许诺",
     [("editors", "编辑 肖雨"), ("editors", "美编 陈可"), ("editors", "校对 许诺")]),
    ("版式设计：骆　晴", [("editors", "版式设计：骆　晴")]),
    ("河北日报 2023年7月3日 星期一", [("title", "河北日报"), ("date", "2023年7月3日 星期一")]),
    ("人民日报 RENMIN RIBAO", [("title", "人民日报"), ("title", "RENMIN RIBAO")]),
    ("第6版", [("pageNum", "第6版")]),
    ("A09", [("pageNum", "A09")]),
    # a boxed page number, and an unlisted section a space after the folio's number
    ("【3】 民生·社会", [("pageNum", "【3】"), ("header", "民生·社会")]),
    ("15    文化周末", [("pageNum", "15"), ("header", "文化周末")]),
    ("2024年5月6日 星期一  城乡观察", [("date", "2024年5月6日 星期一"), ("header", "城乡观察")]),
    # the paper's name and the section printed as one word
    ("江城晚报·健康周刊", [("title", "江城晚报·"), ("header", "健康周刊")]),
    # the whole folio on one line (pdfium), a lettered page number among its items
    ("江城晚报·健康周刊 B05 2024年5月6日 星期一",
     [("title", "江城晚报·"), ("header", "健康周刊"), ("pageNum", "B05"),
      ("date", "2024年5月6日 星期一")]),
    # a transliterated editor's name; the page's mailbox after the editors' names
    ("本版编辑：古丽巴哈尔·热合曼  校对：骆晴",
     [("editors", "本版编辑：古丽巴哈尔·热合曼"), ("editors", "校对：骆晴")]),
    ("责编：邝　岚  邮箱：gqb@example.cn", [("editors", "责编：邝　岚  邮箱：gqb@example.cn")]),
    # a paper's edition is its name, not a section shaped like …版
    ("江海日报海外版", [("title", "江海日报海外版")]),
    # a section set letter-spaced beside the folio's page number, listed or not
    ("11    侨　务　交　流    2024年3月5日 星期二",
     [("pageNum", "11"), ("header", "侨　务　交　流"), ("date", "2024年3月5日 星期二")]),
    # a weekly's folio: its name, its issue number, items parted by slashes, a dotted date
    ("国防周刊  第312期  /  06  /  2025.8.1 星期五",
     [("header", "国防周刊"), ("masthead", "第312期  /"), ("pageNum", "06  /"),
      ("date", "2025.8.1 星期五")]),
    ("03｜乐龄生活", [("pageNum", "03｜"), ("header", "乐龄生活")]),
    ("二〇二五年十月二十九日 星期三", [("date", "二〇二五年十月二十九日 星期三")]),
    ("2025-07-16 星期三", [("date", "2025-07-16 星期三")]),
    ("夕阳红报", [("title", "夕阳红报")]),
    # a daily named as a morning or evening issue (…晨刊, …晚刊), no weekly's supplement
    ("徽州晨刊  2026年3月11日  星期三",
     [("title", "徽州晨刊"), ("date", "2026年3月11日  星期三")]),
    # an editor with no Han surname (a Mongolian name), four characters, before the next role
    ("责任编辑：斯琴高娃  美术编辑：温　雅",
     [("editors", "责任编辑：斯琴高娃"), ("editors", "美术编辑：温　雅")]),
])
def test_furniture_lines(line, expected):
    assert read(line) == expected


@pytest.mark.parametrize(("line", "day"), [
    ("二〇二五年十月二十九日 星期三", date(2025, 10, 29)),
    ("二〇二四年二月十日", date(2024, 2, 10)),
    ("二〇二三年十二月三十一日", date(2023, 12, 31)),
    ("2025.8.1 星期五", date(2025, 8, 1)),
    ("2025-07-16 星期三", date(2025, 7, 16)),
])
def test_issue_dates_in_chinese_numerals_and_in_figures(line, day):
    assert issue_date(line) == day


def test_a_supplements_name_leaves_the_section_word_beside_the_folio_to_be_read():
    lines = [Line(1, "科普周刊 第186期 6"), Line(2, "科普"), Line(3, "2025年5月22日 星期四"),
             Line(4, "正文一段，写到这里。")]
    found, _taken = find_furniture(lines)
    assert [(item.kind, item.text) for _line, items in found for item in items
            if item.kind == "header"] == [("header", "科普周刊"), ("header", "科普")]


@pytest.mark.parametrize("line", [
    "绿色发展，动能澎湃。",  # text
    "2022年是关键一年",  # a date in a sentence
    "CPI PMI",  # abbreviations, not a masthead
    "记者手记：",  # a subhead's label
    "7 日凌晨",  # a date's rest spaced off its digit (pdfminer), not a section
    "12 个项目",
    "2025.8.1",  # figures with dots: a date only before a weekday
    "第3期培训班",  # an issue's number only as a folio item of its own
])
def test_text_is_not_furniture(line):
    assert read(line) is None


@pytest.mark.parametrize(("text", "kept"), [
    ("3\n正文一段。\n4", ["3"]),  # a second page number is not the page's
    ("第3版\n正文一段。\n3", ["第3版", "3"]),  # the same number twice is
    ("2022年11月22日 星期二\n正文一段。\n2022年11月23日 星期三", ["2022年11月22日 星期二"]),
    ("1990年0月0日 星期一\n正文一段。", []),  # no calendar date
])
def test_furniture_that_contradicts_the_page_stays_text(text, kept):
    lines = [Line(n, line) for n, line in enumerate(text.split("\n"), 1)]
    found, taken = find_furniture(lines)
    assert [item.text for _line, items in found for item in items] == kept
    assert len(taken) == len(kept)
