"""Page furniture: page number, editors line, section name and issue date.

Extractors glue these together (``3责任编辑：路静 制图：刘雨佳``, ``审校：冯立云 经济``) and put
them at the top, the bottom or, in content-stream order, anywhere; a line counts as furniture
only when all of it reads as furniture.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from teipress.segment import thresholds
from teipress.segment.model import FurnitureItem, Line, Page
from teipress.segment.patterns import (
    EDITOR_ENTRY,
    EDITOR_ROLES,
    EDITORS_CONTACT,
    FOLIO_SEPARATOR,
    ISSUE_DATE,
    ISSUE_NUMBER,
    PAGE_NUMBER,
    SECTIONS,
    TRANSLITERATED_NAME,
    is_person_name,
)

WEEKDAY = re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]")
# A paper's name, maybe with its edition (海外版, 农村版: a national paper's separate editions):
# the usual kinds of paper (日报, 晚报 …; a daily named as its morning or evening issue: 晨刊,
# 晚刊) or any short name ending in 报 (健康报, 夕阳红报).
_PAPER_NAME = (r"(?:[\u4e00-\u9fff]{1,6}"
               r"(?:日报|晚报|都市报|时报|商报|早报|晨报|晨刊|晚刊|青年报|法治报)"
               r"|[\u4e00-\u9fff]{2,6}报)(?:[\u4e00-\u9fff]{2}版)?")
_PAPER = re.compile(rf"^{_PAPER_NAME}$")
# The paper's name printed as one word with the section: 星城晚报·教育周刊.
_PAPER_SECTION = re.compile(rf"^(?P<paper>{_PAPER_NAME}·)[\u4e00-\u9fff]{{2,6}}(?=\s|$)")
# The paper's name, date and weekday joined by middle dots: 江南审计报·2025年12月10日·星期三.
_PAPER_DATE = re.compile(rf"^(?P<paper>{_PAPER_NAME}·)(?={ISSUE_DATE.pattern})")
_DOT_WEEKDAY = re.compile(r"^·\s*(?:星期|周|礼拜)[一二三四五六日天]")
_TRAILING_SEPARATOR = re.compile(rf"(?:{FOLIO_SEPARATOR.pattern})+$")
_WEEKDAY_NEXT = re.compile(r"^\s*(?:星期|周|礼拜)[一二三四五六日天]")
# What a folio prints after the section its page number stands beside: 邮政·快递  02.
_NUMBER_LAST = re.compile(r"\s+[A-Z]?\d{1,3}")
# A section name beside the folio's page number or date, set apart by a space: 【5】 政法·综合,
# 12    文艺评论 (the folio's form says it is the section, listed or not).
# (Not a date's or a count's rest that an extractor spaced off its digits: 7 日凌晨, 12 个.)
_FOLIO_SECTION = re.compile(
    r"^(?![年月日号个版期])[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,4})?(?=\s|$)")
_PINYIN_MASTHEAD = re.compile(r"^[A-Z]{4,}(?: [A-Z]{4,}){1,3}(?=\s|$)")
# (or two two-character words joined by a middle dot, as sections pair their subjects: 褒扬·关爱)
_SECTION_WORD = re.compile(r"^(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{2}·[\u4e00-\u9fff]{2})$")
_TRANSLITERATED = re.compile(rf"^{TRANSLITERATED_NAME}$")
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]){1,5}(?=\s|$)")
_SUPPLEMENT = re.compile(r"^[\u4e00-\u9fff·]{2,8}(?:周刊|专刊)$")
# What a masthead prints beside the paper's name, each a fixed form of all papers: whose organ
# the paper is (中共云溪县委机关报), its serial numbers (国内统一连续出版物号 CN 35-0093, 邮发代号
# 34-12), how many pages the issue has (今日4版), the day's weather line (今日天气：多云转雷阵雨
# 25℃～34℃ 东南风2级: the sky, the temperatures, the wind), the news hotline (报料热线：96706)
# and an internal paper's notice (内部资料 免费交流).
_MASTHEAD = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}机关报(?=\s|$)"
    r"|(?:国内统一连续出版物号|国际标准连续出版物号|邮发代号)\s*(?:CN|ISSN)?"
    r"\s*[\dX]{2,4}\s*-\s*[\dX]{2,4}(?:/[A-Z]{1,2})?"
    r"|今日\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版(?=\s|$)"
    r"|今日天气\s*[:：]\s*[\u4e00-\u9fff]{1,8}"
    r"(?:\s*-?\d{1,2}\s*℃\s*[～~至-]\s*-?\d{1,2}\s*℃)?"
    r"(?:\s*[\u4e00-\u9fff]{1,4}风\s*\d{1,2}(?:\s*[～~至-]\s*\d{1,2})?\s*级)?"
    r"|(?:新闻)?(?:报料|爆料|新闻)热线\s*[:：]\s*\d[\d\-]{4,}"
    r"|内部资料\s*免费交流)")
# The paper's advertising desk's hotline on a line of its own, printed under the classifieds
# wherever they stand on the page (广告热线：0514-87361234): the paper's, no notice's text.
_AD_HOTLINE = re.compile(r"(?:广告|分类广告)(?:热线|电话)\s*[:：]\s*[\d（()）\-－ ]{5,20}\d")
_SECTION_LIKE = re.compile(
    r"^(?:[\u4e00-\u9fff·]{2,6}版|[\u4e00-\u9fff·]{2,8}(?:新闻|周刊|专刊|特刊|专版))$"
)


def parse_furniture_line(text: str, paper_title: str = "", at_edge: bool = True
                         ) -> list[FurnitureItem] | None:
    """The furniture items of a line, or None when any part of it is not furniture."""
    items: list[FurnitureItem] = []
    rest = text.strip()
    first = True
    while rest:
        separated = False
        if items and (separator := FOLIO_SEPARATOR.match(rest)):
            # 03｜乐龄生活: the separator goes with the item before it, nothing is lost
            last = items[-1]
            items[-1] = replace(last, text=last.text + rest[:separator.end()])
            rest, separated = rest[separator.end():], True
        if items and items[-1].kind == "date" and (
                weekday := _DOT_WEEKDAY.match(rest) or (separated and _WEEKDAY_NEXT.match(rest))):
            # ·星期三, ◆ 星期三: the weekday a middle dot or the folio's separator apart from
            # its date is part of the date
            last = items[-1]
            items[-1] = replace(last, text=last.text + weekday.group())
            rest = rest[weekday.end():]
            continue
        # a section set a space apart from the folio's number, date or the paper's name:
        # 5  评论, 江南检察报  公益诉讼
        after_folio = bool(items) and items[-1].kind in ("pageNum", "date", "title") and (
            separated or rest[:1].isspace())
        item, rest = _next_item(rest.lstrip(), paper_title, first and at_edge, after_folio)
        if item is None:
            return None
        items.append(item)
        first = False
    editors = [item for item in items if item.kind == "editors"]
    if not at_edge and not editors:
        return None
    if not at_edge and len(items) == 1 and editors[0].editors[0][0] == "制图":
        return None  # a chart's credit, set under the chart, not the page's editors line
    return items or None


def _next_item(rest: str, paper_title: str, line_start: bool, after_folio: bool = False
               ) -> tuple[FurnitureItem | None, str]:
    """The furniture item ``rest`` opens with and what follows it; ``after_folio``: a page
    number or date came before it on the line, a space apart."""
    if match := EDITOR_ENTRY.match(rest):
        colon = bool(re.search(r"[:：/／｜|]", rest[match.end("role"):match.start("names")]))
        names, consumed = _editor_names(match.group("names"), colon)
        if names:
            end = match.start("names") + consumed
            while contact := EDITORS_CONTACT.match(rest, end):
                end = contact.end()
            role = match.group("role")
            return FurnitureItem("editors", rest[:end], editors=[(role, names)]), rest[end:]
    if match := ISSUE_DATE.match(rest):
        return FurnitureItem("date", match.group()), rest[match.end():]
    # a weekly's 第312期, among its folio's items, or what a masthead prints
    if match := ISSUE_NUMBER.match(rest) or _MASTHEAD.match(rest):
        return FurnitureItem("masthead", match.group()), rest[match.end():]
    if paper_title and rest.startswith(paper_title):
        return FurnitureItem("title", paper_title), rest[len(paper_title):]
    word = rest.split()[0] if rest.split() else ""
    if with_section := _PAPER_SECTION.match(rest) or _PAPER_DATE.match(rest):
        paper = with_section["paper"]
        return FurnitureItem("title", paper), rest[len(paper):]
    if (in_words := PAGE_NUMBER.match(rest)) and in_words["cn"]:
        # 第四版: a page number in Chinese numerals, which has a section's shape (…版)
        return FurnitureItem("pageNum", in_words.group()), rest[in_words.end():]
    # a section word first on an edge line whose only other item is the page number: 邮政·快递  02
    # (two words joined by the folio's middle dot: a front page's 今日 8 版 or 气温 8 is none)
    number_last = line_start and "·" in word and bool(_NUMBER_LAST.fullmatch(rest[len(word):]))
    beside_folio = (after_folio or number_last) and bool(_FOLIO_SECTION.match(word)) \
        and not _PAPER.match(word)
    if (word in SECTIONS or _SECTION_LIKE.match(word) or beside_folio) and not _PAPER.match(word):
        return FurnitureItem("header", word), rest[len(word):]
    if spaced := _LETTER_SPACED.match(rest):  # a section name set with wide tracking: 评　论
        joined = "".join(spaced.group().split())
        # listed, shaped like one, or set beside the folio's number or date (07  民　族　团　结)
        if joined in SECTIONS or _SECTION_LIKE.match(joined) or after_folio:
            return FurnitureItem("header", spaced.group()), rest[spaced.end():]
    if _PAPER.match(word):
        return FurnitureItem("title", word), rest[len(word):]
    if masthead := _PINYIN_MASTHEAD.match(rest):  # RENMIN RIBAO, beside or under the title
        return FurnitureItem("title", masthead.group().strip()), rest[masthead.end():]
    return _page_number_item(rest, word, line_start)


def _page_number_item(rest: str, word: str, line_start: bool
                      ) -> tuple[FurnitureItem | None, str]:
    """The page number ``rest`` opens with, where a folio sets one: first or last on its line,
    a word of its own among the folio's items, or marked as one (第6版, 【5】)."""
    last_word = len(word) == len(rest)  # a folio ending in its page number: … 评论 5
    # or set among the folio's other items, a word of its own: … 综合  3  边城日报
    among = not line_start and bool(re.fullmatch(r"[A-Z]?\d{1,3}", word))
    match = PAGE_NUMBER.match(rest) if line_start or last_word or among or rest[0] in "第【［[" \
        else None
    if match and not ISSUE_DATE.match(rest) and not rest[match.end():match.end() + 1].isdigit():
        return FurnitureItem("pageNum", match.group()), rest[match.end():]
    return None, rest


def _editor_names(names_text: str, after_colon: bool = False) -> tuple[list[str], int]:
    """Names after an editors role, stopping before what is not a name (a section word).

    ``after_colon``: the role is printed with its colon (责任编辑：), which says a name
    follows, so the first name may be one of four characters with no Han surname, as
    Mongolian and Tibetan names are printed without a middle dot (乌兰图雅, 拉巴卓玛)."""
    names: list[str] = []
    consumed = 0
    tokens = [(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\s、，,]+", names_text)]
    i = 0
    while i < len(tokens):
        token, _start, end = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1:
            token, end = token + tokens[i + 1][0], tokens[i + 1][2]
            i += 1
        # the first name after a role is taken even with a rare surname (濮小舟), and with
        # none, four characters long, after the role's colon or where the next role follows
        # it (责任编辑：乌兰图雅  美术编辑)
        role_next = i + 1 < len(tokens) and bool(re.fullmatch(EDITOR_ROLES, tokens[i + 1][0]))
        plausible = is_person_name(token, in_byline=True) or bool(_TRANSLITERATED.match(token)) or (
            not names and _SECTION_WORD.match(token)
            and (len(token) <= 3 or (len(token) == 4 and (after_colon or role_next))))
        if token in SECTIONS or not plausible:
            break
        names.append(token)
        consumed = end
        i += 1
    return names, consumed


def find_furniture(lines: list[Line], paper_title: str = ""
                   ) -> tuple[list[tuple[Line, list[FurnitureItem]]], set[int]]:
    """The furniture lines of a page (in printed order) and the numbers of the lines they take."""
    found: list[tuple[Line, list[FurnitureItem]]] = []
    taken: set[int] = set()
    n = thresholds.EDGE_LINES
    edge = {line.number for line in lines[:n] + lines[-n:]}
    for line in lines:
        items = parse_furniture_line(line.text, paper_title, at_edge=line.number in edge)
        if not items and _AD_HOTLINE.fullmatch(line.text.strip()):
            items = [FurnitureItem("masthead", line.text.strip())]
        if items:
            found.append((line, items))
            taken.add(line.number)
    _past_the_edge(lines, paper_title, found, taken)
    found, taken = _without_stray_dates(found, taken)
    found, taken = _one_page_number_and_date(found, taken)
    # a supplement's name (科普周刊) is printed as a header and may stand over a section word
    # of its own (科普), which is then still read as on a page without a header
    if not any(item.kind == "header" and not _SUPPLEMENT.match("".join(item.text.split()))
               for _line, items in found for item in items):
        section = _unlisted_section(lines, taken, edge)
        if section is not None:
            found.append((section, [FurnitureItem("header", section.text.strip())]))
            found.sort(key=lambda pair: pair[0].number)
            taken.add(section.number)
    return found, taken


def _past_the_edge(lines: list[Line], paper_title: str,
                   found: list[tuple[Line, list[FurnitureItem]]], taken: set[int]) -> None:
    """Where every line at an edge of the page is furniture, the stack goes on past it: a
    front page's masthead, folio and editors printed one a line (an extractor printing the
    furniture last) take more lines than the edge holds."""
    for step in (1, -1):
        order = lines if step == 1 else lines[::-1]
        k = 0
        while k < len(order) and order[k].number in taken:
            k += 1
        while thresholds.EDGE_LINES <= k < len(order):
            items = parse_furniture_line(order[k].text, paper_title)
            if not items:
                break
            found.append((order[k], items))
            taken.add(order[k].number)
            k += 1
    found.sort(key=lambda pair: pair[0].number)


def _without_stray_dates(found: list[tuple[Line, list[FurnitureItem]]], taken: set[int]
                         ) -> tuple[list[tuple[Line, list[FurnitureItem]]], set[int]]:
    """A bare date line (a notice's 2023年8月15日) is no issue date where the page prints
    one with its weekday: it stays text."""
    def bare_date(items: list[FurnitureItem]) -> bool:
        return len(items) == 1 and items[0].kind == "date" and not WEEKDAY.search(items[0].text)

    if not any(item.kind == "date" and WEEKDAY.search(item.text)
               for _line, items in found for item in items):
        return found, taken
    kept = [(line, items) for line, items in found if not bare_date(items)]
    return kept, {line.number for line, _items in kept}


def _one_page_number_and_date(found: list[tuple[Line, list[FurnitureItem]]], taken: set[int]
                              ) -> tuple[list[tuple[Line, list[FurnitureItem]]], set[int]]:
    """A page prints one page number and one real issue date: a line giving another number
    (a list's 2), another date or no calendar date at all (0月0日) is no folio: it stays text."""
    items = [item for _line, line_items in found for item in line_items]
    number = first_page_number(found)
    dates = [issue_date(item.text) for item in items if item.kind == "date"]
    first_date = next((day for day in dates if day is not None), None)

    def agrees(item: FurnitureItem) -> bool:
        if item.kind == "date":
            return first_date is not None and issue_date(item.text) == first_date
        return not another_page_number(item, number)

    kept = [(line, line_items) for line, line_items in found if all(map(agrees, line_items))]
    return kept, {line.number for line, _items in kept}


def _unlisted_section(lines: list[Line], taken: set[int], edge: set[int]) -> Line | None:
    """A section name not in the list (宏观, 聚焦): one short word at the page's edge, set
    between furniture lines or beside one on the same edge."""
    for i, line in enumerate(lines):
        if line.number not in edge or line.number in taken:
            continue
        if not _SECTION_WORD.match("".join(line.text.split())):
            continue
        beside = [lines[j].number for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if any(number in taken for number in beside):
            return line
    return None


def issue_date(text: str) -> date | None:
    """The calendar date of a printed issue date, or None when it is not a real date."""
    match = ISSUE_DATE.search(text)
    if not match:
        return None
    if match["cy"]:  # 二〇二五年十月二十九日
        parts = ("".join(str(_CN_DIGITS.index(c) % 10) for c in match["cy"]),
                 _chinese_number(match["cm"]), _chinese_number(match["cd"]))
    else:
        parts = (match["y"] or match["sy"], match["m"] or match["sm"], match["d"] or match["sd"])
    try:
        return date(*map(int, parts))
    except ValueError:
        return None


_CN_DIGITS = "〇一二三四五六七八九○零"  # 〇, ○ and 零 all read 0 (index mod 10)


def _chinese_number(text: str) -> str:
    """A day's, month's or page's number written in Chinese numerals (十, 二十九, 三十一) in
    figures."""
    tens, _ten, units = text.rpartition("十")
    if not _ten:
        return str(_CN_DIGITS.index(units))
    return str((_CN_DIGITS.index(tens) if tens else 1) * 10
               + (_CN_DIGITS.index(units) if units else 0))


def printed_page_number(text: str) -> str:
    """The page number as printed (07, A09, 四), without 第…版."""
    match = PAGE_NUMBER.match(text.strip())
    return (match["n"] or match["cn"]) if match else ""


def page_number_of(text: str) -> str:
    """The page's number, however its folio prints it: in figures and without the zeros that
    pad it (07 → 7, A09 → A9, 第四版 → 4), so that one page has one number (its ``@n``)."""
    printed = printed_page_number(text)
    if printed and not printed[-1].isdigit():  # in Chinese numerals
        return _chinese_number(printed)
    letters = printed.rstrip("0123456789")
    return letters + (printed[len(letters):].lstrip("0") or "0") if printed else ""


def first_page_number(found: list[tuple[Line, list[FurnitureItem]]]) -> str | None:
    """The page number the first folio found gives: the page's own (a page prints one)."""
    return next((page_number_of(item.text) for _line, items in found for item in items
                 if item.kind == "pageNum"), None)


def another_page_number(item: FurnitureItem, page_number: str | None) -> bool:
    """A page number other than the page's own (a list's 2, the issue's 今日 12 版): no
    folio's. Before the page's own is known, none is another."""
    return item.kind == "pageNum" and page_number is not None \
        and page_number_of(item.text) != page_number


def take_furniture(page: Page, line: Line, items: list[FurnitureItem]) -> None:
    """Put a furniture line's items on the page: both readers find them the same way."""
    page.explain(f"line {line.number}: page furniture: "
                 + ", ".join(f"{item.kind} “{item.text}”" for item in items))
    for item in items:
        page.furniture.append(item)
        if item.kind == "pageNum" and not page.page_number:
            page.page_number = page_number_of(item.text)
            page.printed_page_number = printed_page_number(item.text)
        elif item.kind == "header" and not page.section:
            # 评　论 set letter-spaced; 安全生产 / without the separator the folio sets after it
            page.section = _without_separator("".join(item.text.split()))
        elif item.kind == "title" and not page.paper and not item.text.isascii():
            page.paper = _without_separator(item.text).rstrip("·")  # not its pinyin masthead
        elif item.kind == "date" and page.date is None:
            page.date, page.date_text = issue_date(item.text), item.text
        elif item.kind == "editors":
            page.editors.extend(item.editors)


def _without_separator(text: str) -> str:
    """An item's text without the folio's separator that went with it (江南林业报 /)."""
    return _TRAILING_SEPARATOR.sub("", text)
