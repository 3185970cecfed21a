"""Person names in bylines, credits and editors entries ('本报记者 路静', '颜  珂',
'王某李某某'), and in a credit or an author's signature printed inside running text
('…装车。（路静 摄）', '…体会。（欧阳春燕）').
"""

from __future__ import annotations

import re

from teipress import lexicon as _lexicon
from teipress.encode.name_parts import (
    CJK,
    NOT_IN_GIVEN_NAME,
    SPACE,
    Mention,
    holds_other_word,
    is_common_word,
    is_free_word,
    is_tibetan_name,
    surname_at,
    unlisted_surname_name,
    words,
)
from teipress.encode.names_by_form import GIVEN_NAME_LOGP, given_name_score, is_yi_name
from teipress.encode.orgs_places import ends_as_org, names_a_unit
from teipress.segment.patterns import dash_signature, signed_name, vouched_name

# An agency's credit for a photo it released: the agency (新华社, 中新社, 法新社, 中国新闻社:
# one to four characters and 社) and 发, spaced from the photographer's name or run into it
# ('新华社发 韦　明 摄', '新华社发韦明摄'). One pattern for every place a credit is read.
_AGENCY_RELEASE = rf"[{CJK}]{{1,4}}?社发"

# Words of a credit line that are not names: agencies, roles, kinds of work (also the ones a
# question-and-answer column or a told story signs with: 某某 解答, 某某 口述), and an
# agency's release (above). Matched anywhere in a run of characters ('本报记者路静', '吕航通讯员',
# '新华社发韦明摄'); the one-character ones (文 图 摄) only as a run of their own or at its end
# ('路静摄').
_CREDIT_WORDS = re.compile(
    "|".join(
        (_AGENCY_RELEASE, *words(
            "本报讯 本报 新华社 中新社 人民日报 经济日报 光明日报 央视 "
            "通讯员 实习生 见习记者 特约记者 首席记者 摄影记者 全媒体记者 融媒体记者 记者 "
            "本版责编 责任编辑 责编 编辑 主编 审校 审核 校对 制图 美编 版式 排版 组版 设计 "
            "策划 统筹 监制 出品 摄影报道 摄影 "
            "摄像 报道 整理 供图 图片 视频 文字 翻译 发自 解答 口述 讲述 执笔"
        ))
    )
)
_CREDIT_SINGLE = frozenset("文图摄")
# A run ending like this is an agency, a paper or a dateline, not a person: 晚报讯, 新华社.
_AGENCY_ENDINGS = tuple("讯社报网台电")
_NAME_RUN = re.compile(rf"[{CJK}·]+")


def _split_run(run: str) -> list[tuple[int, int]]:
    """Split a run of CJK characters printed without spaces into names ('王某李某某'; a
    Tibetan name has no surname to split at, its elements are: '白玛龚一帆', '次仁央金王某').
    Where two splits read, the one whose next name opens with a double surname wins
    ('李明欧阳文博': 欧阳, not 阳). A Mongolian name of two elements runs to five characters
    or more (乌云其其格) and is one name, whatever surname its first character reads as."""
    if len(run) <= 4 or "·" in run or _mongolian_name(run):
        return [(0, len(run))] if len(run) >= 2 else []
    surname = surname_at(run, 0)
    splits = []
    for first in (4, 3, 2):
        rest = run[first:]
        # a Han name is its surname and one or two characters more (欧阳 takes four)
        han = surname and surname < first and (first < 4 or surname == 2)
        if (han or is_tibetan_name(run[:first])) \
                and (surname_at(rest, 0) or is_tibetan_name(rest[:2])):
            tail = _split_run(rest)
            if tail:
                splits.append([(0, first), *((s + first, e + first) for s, e in tail)])
    double = [split for split in splits if surname_at(run, split[0][1]) == 2]
    return (double or splits or [[]])[0]


def _credit_runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of characters in a credit line that are left once credit words,
    agencies and datelines are taken out."""
    runs: list[tuple[int, int]] = []
    for chunk in re.finditer(r"[^\s()（）\[\]【】,，、;；:：/／|]+", text):
        word = chunk.group()
        if re.search(r"\d", word) or word.endswith(_AGENCY_ENDINGS):
            continue  # a dateline (本报北京2月28日电) or an agency (晚报讯)
        pos = chunk.start()
        for piece in _CREDIT_WORDS.split(word):
            at = text.index(piece, pos) if piece else pos
            pos = at + len(piece)
            if piece.endswith(_AGENCY_ENDINGS):
                continue  # the outlet before a role word: 青年报·青年网 (记者)
            if len(piece) > 2 and piece[-1] == "摄":
                piece = piece[:-1]
            for run in _NAME_RUN.finditer(piece):
                start, end = at + run.start(), at + run.end()
                # 文 图 摄 alone are credit words (文/图), unless padded after a one-character
                # run as a two-character name's second half (巢　文)
                padded = bool(runs) and runs[-1][1] - runs[-1][0] == 1 \
                    and not text[runs[-1][1]:start].strip(SPACE) and runs[-1][1] < start
                if run.group() not in _CREDIT_SINGLE or padded:
                    runs.append((start, end))
    return runs


def _looks_like_name(name: str) -> bool:
    """A surname first ('王某' too; in a byline also one that is more often a word elsewhere:
    居小雅), a transliterated name ('·', its parts no ordinary words: a series tag in brackets
    is set the same way, 防汛一线·人物), a Tibetan, Mongolian or Yi name (才让卓玛, 其其格,
    沙马拉日), a name whose surname the lists lack (者建平: unlisted_surname_name), or a
    placeholder ('某某'); not a word and a verb (a column's title set like a byline: 劳模说),
    nor four characters or more after a one-character surname: a Han given name has one or two
    (公告热线, 从市教育 are a label's and a sentence's words)."""
    if is_tibetan_name(name) or _unlisted_compound_surname(name) or _mongolian_name(name) \
            or is_yi_name(name) or unlisted_surname_name(name, in_credit=True):
        return True
    han = bool(surname_at(name, 0)) or name[:1] in _lexicon.byline_surnames()
    too_long = han and len(name) > _HAN_NAME_MAX and surname_at(name, 0) != 2 \
        and "·" not in name
    surname = (han and not too_long) or _dai_name(name)
    word_and_verb = len(name) == 3 and is_common_word(name[:2]) and is_free_word(name[2])
    dotted = "·" in name and not any(_ordinary_word(part) for part in name.split("·"))
    return (surname or dotted or set(name) == {"某"}) and not word_and_verb


# How long a Han name of a one-character surname is, at most: the surname and two given.
_HAN_NAME_MAX = 3


def _mongolian_name(name: str) -> bool:
    """A Mongolian name where a byline prints one: one or two elements of the list and nothing
    else (其其格, 宝音图 is no element; 斯琴高娃): Mongols of China mostly bear no surname."""
    parts = _lexicon.mongolian_name_parts()
    return name in parts or any(name[:n] in parts and name[n:] in parts
                                for n in range(2, len(name) - 1))


# How long a Dai name is: its prefix and one or two syllables (岩温香, 玉香).
_DAI_NAME = (2, 3)


def _dai_name(name: str) -> bool:
    """A Dai name (a prefix of dai_name_prefixes.txt in a surname's place: 岩温香, 刀玉兰),
    no word and no place."""
    return (len(name) in _DAI_NAME and name[0] in _lexicon.dai_name_prefixes()
            and bool(re.fullmatch(f"[{CJK}]+", name)) and not _lexicon.word_freq(name)
            and name not in _lexicon.gazetteer()
            and not any(ch in NOT_IN_GIVEN_NAME for ch in name[1:]))


# How long a name with a compound surname is: two characters of surname, two given.
_COMPOUND_NAME = 4


def _unlisted_compound_surname(name: str) -> bool:
    """A name printed by its place whose compound surname the lists lack (纳兰, 爱新觉罗's
    clans: Manchu and other compound surnames beyond the 百家姓): four characters, no
    dictionary word but a name inside them, none a given name never holds, and given
    characters jieba's model finds likely in a name (names_by_form's score)."""
    return (
        len(name) == _COMPOUND_NAME
        and bool(re.fullmatch(f"[{CJK}]+", name))
        and not holds_other_word(name)
        and name not in _lexicon.gazetteer()
        and not any(ch in NOT_IN_GIVEN_NAME for ch in name)
        and given_name_score(name) >= GIVEN_NAME_LOGP
    )


def _ordinary_word(part: str) -> bool:
    """A part of a dotted run that is a dictionary word and neither a name nor a place (人物;
    transliterated parts jieba knows are tagged so: 玛丽亚, 加西亚)."""
    return bool(_lexicon.word_freq(part)) \
        and not (_lexicon.word_tag(part) or "").startswith(("nr", "ns"))


# A reporter's credit word: what follows it is the reporter's name, with or without a Han
# surname (本报记者 格桑顿珠), and so is a trainee's (实习生 拉毛草: a newsroom's interns
# sign as persons) and a desk's staff's in the editors line (校对：帕丽达: the page's editors,
# designers and proofreaders are its staff). A correspondent (通讯员) is often an office
# signing with a pen name (通讯员 粤工宣), so a name after it must also have given characters
# jieba's model finds likely in a name (木合塔尔: names_by_form's score).
_REPORTER_BEFORE = re.compile(
    rf"(?:记者|实习生|(?:责任)?编辑|责编|美编|校对|审校|审核|版式|排版|组版)[：:]?[{SPACE}]*$")
_CORRESPONDENT_BEFORE = re.compile(rf"通讯员[：:]?[{SPACE}]*$")
_UNSURNAMED_MAX = 4


def _reporters_name(text: str, start: int, name: str) -> bool:
    """A name without a Han surname right after a reporter's or correspondent's credit word:
    two to four characters that are no word and no place."""
    staff = bool(_REPORTER_BEFORE.search(text, 0, start)) or (
        bool(_CORRESPONDENT_BEFORE.search(text, 0, start))
        and given_name_score(name) >= GIVEN_NAME_LOGP)
    return (
        staff
        and 2 <= len(name) <= _UNSURNAMED_MAX
        and bool(re.fullmatch(f"[{CJK}]+", name))
        and not is_common_word(name)
        and name not in _lexicon.gazetteer()
        and not any(ch in NOT_IN_GIVEN_NAME for ch in name)
    )


def byline_names(text: str) -> list[Mention]:
    """Person names in a byline, credit or editors entry.

    Credit words (本报记者, 通讯员, 摄 …), agencies and datelines are dropped; what is left
    between spaces and brackets are names if they begin with a surname. Single characters
    separated by spaces are one name spaced out to the width of three ('颜  珂', also after a
    compound surname: '司寇 明'); names
    run together are split at surnames ('王某李某某'). A signature after a dash names its
    writer by the form both readers read it by ('——西吉县 某某': the name, not the place).
    """
    signature = dash_signature(text)
    if signature:
        return [Mention(signature.start("name"), signature.end("name"), "person",
                        signed_name(signature))]
    runs = _credit_runs(text)
    spans: list[tuple[int, int, str]] = []
    padded: set[str] = set()
    i = 0
    while i < len(runs):
        s, e = runs[i]
        # a surname spaced from a one-character given name: one name set to a width (颜  珂,
        # a compound surname's 司寇 明)
        surname = e - s == 1 or (e - s == 2 and surname_at(text[s:e], 0) == 2)
        if surname and i + 1 < len(runs) and runs[i + 1][1] - runs[i + 1][0] == 1:
            s2, e2 = runs[i + 1]
            if not text[e:s2].strip(SPACE):
                spans.append((s, e2, text[s:e] + text[s2]))
                if e - s == 1 and not _letter_spaced(text, runs, i):
                    padded.add(text[s:e] + text[s2])
                i += 2
                continue
        split = _split_run(text[s:e])
        # a run read as names that are all words of the dictionary or a unit's ending is a
        # unit's name (党委宣传部: 党委 and 宣传部), not two people's
        if len(split) < 2 or not all(known_other_word(text[s + a : s + b])
                                     or ends_as_org(text[s + a : s + b]) for a, b in split):
            spans += [(s + a, s + b, text[s + a : s + b]) for a, b in split]
        i += 1
    return [Mention(s, e, "person", name) for s, e, name in spans
            if _looks_like_name(name) or _reporters_name(text, s, name)
            or (name in padded and vouched_name(name))]


def _letter_spaced(text: str, runs: list[tuple[int, int]], i: int) -> bool:
    """Whether the one-character runs i and i + 1 stand in a line whose every character an
    extractor spaced apart (记 者 贺 兰 雪 通 讯 员): a single character next to them, spaces
    only between and no credit word (摄), says the spacing is the extractor's, not a name's
    padding."""
    return (i > 0 and _single_beside(text, runs[i - 1], runs[i][0])) \
        or (i + 2 < len(runs) and _single_beside(text, runs[i + 2], runs[i + 1][1]))


def _single_beside(text: str, run: tuple[int, int], edge: int) -> bool:
    """Whether a run is one character, no credit word, spaced only from edge."""
    s, e = run
    between = text[e:edge] if e <= edge else text[edge:s]
    return e - s == 1 and text[s] not in _CREDIT_SINGLE and not between.strip(SPACE)


# A credit in brackets inside running text: a photographer's (路静 摄) or a reporter's or
# correspondent's, the role word first (（通讯员 白玛 龚一帆）opening a brief's text).
_INLINE_CREDIT = re.compile(r"[（(]([^（）()]{0,40}?(?:摄|记者|通讯员)[^（）()]{0,30})[)）]")


# A photo's credit without brackets, run into the text where a caption was joined to a
# paragraph ('…选购图书。 新华社发 韦　明 摄介绍，'): an agency's or the paper's credit word,
# the photographer's name spaced from it and from 摄.
_BARE_PHOTO_CREDIT = re.compile(
    rf"(?:{_AGENCY_RELEASE}|[{CJK}]{{1,4}}社记者|本报记者|通讯员)[{SPACE}]+"
    rf"([{CJK}](?:[{SPACE}]?[{CJK}]){{1,3}})[{SPACE}]+摄")

# An author's name alone in brackets closing a paragraph after its last sentence, or making a
# paragraph of its own: how papers sign a short contribution ('…体会。（欧阳春燕）'); an
# editor's note in brackets may follow it.
_SIGNATURE = re.compile(rf"(?:^|[。！？!?”])[{SPACE}]*[（(]([^（）()]{{2,16}})[)）][{SPACE}]*"
                        rf"(?:[（(][^（）()]*[)）][{SPACE}]*)?$")
# ... or the reporters of a brief signing it together, two names spaced apart, where the next
# brief was run on after it ('…困难。（岩温香 刀玉兰）某地为烈属…'): the brackets close a
# sentence and hold names spaced apart and nothing else.
_JOINT_SIGNATURE = re.compile(
    rf"(?<=[。！？!?”])[{SPACE}]*[（(]([{CJK}·]{{1,8}}(?:[{SPACE}]+[{CJK}·]{{1,8}})+)[)）]")


# A contributor's signature in brackets closing a paragraph or a list's item: where they
# live, a space, the name (a couplet or a poem sent in by a reader: …横批：马到成功（某某区
# 某某某）), as _DASH_SIGNATURE without the dash. The place ends in an administrative unit's
# word; the name is one by its place, whatever its surname.
_PLACE_SIGNATURE = re.compile(
    rf"[（(][{CJK}]{{1,10}}(?:省|市|县|区|旗|州|镇|乡|村)[{SPACE}]+"
    rf"(?P<name>[{CJK}](?:[{SPACE}]?[{CJK}]){{1,3}})[)）][{SPACE}]*$")


def place_signature_names(text: str) -> list[tuple[int, int]]:
    """The name of such a signature (see _PLACE_SIGNATURE): no common word, no character a
    given name never holds."""
    m = _PLACE_SIGNATURE.search(text)
    if m is None:
        return []
    name = re.sub(f"[{SPACE}]", "", m["name"])
    if is_common_word(name) or any(ch in NOT_IN_GIVEN_NAME for ch in name):
        return []
    return [m.span("name")]


# A book's credit line in a notice or review: its author's name spaced from 著 (编著, 主编),
# their country in brackets first for a foreign one, then the translator's name spaced from
# 译, by one space or more ('〔美〕艾伦·卡特莱特 著  周以宁 译', '… 著 吕 晴 译', '林望舒 著'),
# at a line's start or after the title; the publisher may run on where the lines were joined,
# not a word 著 opens (著作, 著名). It finds the names inside running text, where the readers'
# segment.lists.BOOK_CREDIT says whether a whole line is a credit.
_BOOK_NAME = rf"[{CJK}](?:[·・]?[{CJK}]|[{SPACE}][{CJK}]){{1,7}}"
_BOOK_CREDIT_IN_TEXT = re.compile(
    rf"(?:^|(?<=[》\n]))[{SPACE}]*(?:[〔［\[][{CJK}]{{1,3}}[〕］\]])?({_BOOK_NAME})[{SPACE}]+"
    rf"(?:编著|主编|著)(?:[{SPACE}]+(?:[〔［\[][{CJK}]{{1,3}}[〕］\]])?({_BOOK_NAME})"
    rf"[{SPACE}]+译)?(?![书作名称述录者])")


def book_credit_names(text: str) -> list[tuple[int, int]]:
    """The author and translator named in a book's credit line (see _BOOK_CREDIT_IN_TEXT)."""
    return [m.span(k) for m in _BOOK_CREDIT_IN_TEXT.finditer(text) for k in (1, 2)
            if m.group(k) and not known_other_word(re.sub(f"[{SPACE}]", "", m.group(k)))]


def known_other_word(name: str) -> bool:
    """A dictionary word that is not a name (张家港, 马上): no signature."""
    return bool(_lexicon.word_freq(name)) and not (_lexicon.word_tag(name) or "").startswith("nr")


# A digest's source note: the work it was taken from, then its authors after 文/, 作者： or
# 记者 (（摘自《某某报》3月18日 文/欧阳澜 林可心）, （摘自《某刊》第5期 作者：某某）).
_SOURCE_NOTE = re.compile(
    rf"[（(](?:摘自|转自|选自|来源[：:])[^（）()]{{0,40}}?(?:文[/／]|作者[：:]|记者)"
    rf"[{SPACE}]*([^（）()/／：:]{{2,30}})[)）]")


def source_note_names(text: str) -> list[Mention]:
    """The authors named in a digest's source notes inside running text (see _SOURCE_NOTE)."""
    return [Mention(m.start(1) + n.start, m.start(1) + n.end, n.kind, n.name)
            for m in _SOURCE_NOTE.finditer(text) for n in byline_names(m.group(1))]


# An editors entry set as running text (a notice page's foot: 编辑：某某 校对：某 某 热线：…),
# or a film's or a play's credits as a review prints them at its foot (导演：某某  编剧：某某
# 主演：某某、某某: the labels of a screen or stage work's credits): each label's names up to
# the next label or the text's end, names (spaced or joined by 、) and nothing else. A label
# of these may follow the names unspaced where the line broke between them (编剧：某某某主演：).
_ENTRY_LABELS = "责任编辑|编辑|校对|美编|责编|导演|编剧|领衔主演|主演|制片人|出品人|作曲|编舞"
_EDITORS_ENTRY = re.compile(
    rf"(?:{_ENTRY_LABELS})[：:][{SPACE}]*([^：:]+?)"
    rf"(?=[{SPACE}]+[{CJK}]{{2,6}}[：:]|(?:{_ENTRY_LABELS})[：:]|[{SPACE}]*$)")


# A byline standing as a line of its own where the reader took it for a head or a paragraph:
# a reporter's or correspondent's credit word, a space, the names and nothing else (本报记者
# 蹇　丹); or, over an expert's column, the unit they work in, a space and their name
# (附属第一医院儿科 林芷若), as honour lists print a unit and a name.
_REPORTER_LINE = re.compile(
    rf"[{SPACE}]*(?:本报)?(?:特约|见习|首席)?(?:记者|通讯员)[{SPACE}]+"
    rf"[{CJK}](?:[{SPACE}]*[{CJK}])*[{SPACE}]*")
_UNIT_LINE = re.compile(rf"[{SPACE}]*([{CJK}]{{3,20}})[{SPACE}]+([{CJK}]{{2,4}})[{SPACE}]*")


def credit_line_names(text: str) -> list[tuple[int, int]]:
    """The names of a line that is a byline and nothing else (see _REPORTER_LINE, _UNIT_LINE):
    a unit's line names one person, read as a byline reads names."""
    if _REPORTER_LINE.fullmatch(text):
        return [(n.start, n.end) for n in byline_names(text)]
    unit = _UNIT_LINE.fullmatch(text)
    if unit is None or not names_a_unit(unit.group(1)):
        return []
    start = unit.start(2)
    return [(start + n.start, start + n.end) for n in byline_names(unit.group(2))
            if (n.start, n.end) == (0, len(unit.group(2)))]


# An entry of a numbered list of people as ballots and rankings print it, a line or a table's
# row of its own: the entry's number, a space, the person's name alone, a space and what the
# entry says of them (01  某某某  某某区豫剧团: a ballot's candidate and the unit); in a book
# list, the work's title in 《》 comes between the number and its author (3 《某某》 某某
# 某某出版社). The columns' spacing bounds the name, as a credit's does; a column of figures
# after it makes the entry a table's row of scores (1  某某队  9  7), or a date's (7 日凌晨 3
# 时许), no person's.
_NUMBERED_ENTRY = re.compile(
    rf"[{SPACE}]*\d{{1,3}}[.、．]?[{SPACE}]+(?:《[^《》]{{1,30}}》[{SPACE}]*)?"
    rf"([{CJK}·]{{2,6}})(?=[{SPACE}]+[{CJK}])")


def numbered_entry_name(text: str) -> list[tuple[int, int]]:
    """The name of such an entry (see _NUMBERED_ENTRY): one name filling its column, read as a
    byline reads names, no dictionary word but a name."""
    m = _NUMBERED_ENTRY.match(text)
    if m is None:
        return []
    signed = byline_names(m.group(1))
    if len(signed) != 1 or signed[0].name != m.group(1) or known_other_word(m.group(1)) \
            or ends_as_org(m.group(1)):
        return []
    return [m.span(1)]


def credit_names(text: str) -> list[tuple[int, int]]:
    """Names in a credit printed inside running text ('…装车。（路静 摄）', also bare: '新华社发
    韦　明 摄'), a source note's authors ('（摘自《某某报》文/欧阳澜 林可心）') and an author's
    signature closing it
    ('…名堂。（米热古丽·艾买提）'): the signature's brackets hold names and nothing else; or
    where the author lives before the name ('…横批：马到成功（某某区 某某某）')."""
    spans = [
        (m.start(1) + n.start, m.start(1) + n.end)
        for m in _INLINE_CREDIT.finditer(text)
        for n in byline_names(m.group(1))
    ]
    spans += [(n.start, n.end) for n in source_note_names(text) if (n.start, n.end) not in spans]
    spans += [(m.start(1) + n.start, m.start(1) + n.end)
              for m in _BARE_PHOTO_CREDIT.finditer(text) for n in byline_names(m.group(1))
              if (m.start(1) + n.start, m.start(1) + n.end) not in spans]
    for m in _EDITORS_ENTRY.finditer(text):
        signed = byline_names(m.group(1))
        if "".join(n.name for n in signed) == re.sub(f"[{SPACE}、]", "", m.group(1)) \
                and not any(known_other_word(n.name) for n in signed):
            spans += [(m.start(1) + n.start, m.start(1) + n.end) for n in signed
                      if (m.start(1) + n.start, m.start(1) + n.end) not in spans]
    spans += [span for span in place_signature_names(text) if span not in spans]
    spans += [span for span in credit_line_names(text) if span not in spans]
    spans += [span for span in numbered_entry_name(text) if span not in spans]
    signatures = [m for m in (_SIGNATURE.search(text),) if m is not None]
    signatures += [m for m in _JOINT_SIGNATURE.finditer(text) if m.end() < len(text.rstrip())]
    for m in signatures:
        signed = byline_names(m.group(1))
        # every character in the brackets is a name's: one author, or the reporters of a
        # brief signing it together, spaced apart ('（巴特尔 韩　冰）')
        if "".join(n.name for n in signed) == re.sub(f"[{SPACE}]", "", m.group(1)) \
                and not any(known_other_word(n.name) for n in signed):
            spans += [(m.start(1) + n.start, m.start(1) + n.end) for n in signed]
    return spans
