"""Bylines, credits, end marks and jump lines among a text's lines: on a line of their own,
wrapped onto the next one, or run on after a paragraph's last sentence.

Both readers ask ``byline_kind`` of the lines they find; a bare name (a commentary's author,
a letter's signature) is told from a head by the name lists and the dictionary.
"""

from __future__ import annotations

import re

from teipress.lexicon import tokenizer, word_freq, word_tag
from teipress.segment.line_forms import LAST_BRACKET, NAME_MARKS
from teipress.segment.model import Byline, BylineKind, Paragraph
from teipress.segment.patterns import (
    AUTHOR_NOTE,
    COMMENTARY_LABEL,
    COMMENTATOR,
    CONTACT_LINE,
    CREDIT,
    END_MARK,
    FULL_DATE,
    JUMP,
    LEADING_BYLINE,
    PAPER_SIGNATURE,
    QR_PROMPT,
    RUN_ON_AUTHOR_NOTE,
    RUN_ON_BYLINE,
    SECTIONS,
    TRAILING_BYLINE,
    TRANSLITERATED_NAME,
    dash_signature,
    is_person_name,
    names_in,
    signed_name,
)
from teipress.segment.text import ends_sentence, join_lines

# A letter's signature on a line of its own: who the writer is (a few words, no punctuation),
# a space, the writer's name (学生家长 侯小军, 江州市读者 温晴); a column's expert signs so
# under its headline (附属第一医院儿科 某某: the department, then the name).
_SIGNATURE = re.compile(
    r"^[\u4e00-\u9fff]{2,12}\s+(?P<name>[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3})$")


# The work a byline names after its writer (本报记者 萨仁高娃 文/图): it says the words
# before it are a name, one the surname lists may not know (a Mongolian or Tibetan name).
_WORK_NAMED = re.compile(r"[文图]\s*[/／]\s*[文图]$")


# A notice's closer: the issuing body on a line of its own (words only, no punctuation), the
# full date it was issued on the next, the last lines of its block (雷山县公安局 / 2026年1月6日;
# a court dates in Chinese numerals: 某某人民法院 / 二〇二六年六月二十六日).
# A tender or procurement notice labels its issuers, each on a line of its own over the date
# (招标人：某公司 / 招标代理机构：某咨询有限公司 / 2026年5月20日).
_ISSUER = re.compile(r"[\u4e00-\u9fff]{4,24}")
_LABELLED_ISSUER = re.compile(r"[\u4e00-\u9fff]{2,8}[:：][\u4e00-\u9fff]{4,24}")
_ISSUE_DATE = re.compile(FULL_DATE)
MAX_LABELLED_ISSUERS = 3  # a tenderer, its agent, a supervisor


def closer_length(texts: list[str]) -> int:
    """How many of a block's last lines close a notice (the issuer, or its labelled issuers,
    and the date under them), or 0: they name no writer and are no text, whatever the
    extractor glued them to."""
    if len(texts) < 2 or not _ISSUE_DATE.fullmatch(texts[-1].strip()):
        return 0
    if _ISSUER.fullmatch(texts[-2].strip()):
        return 2
    labelled = 0
    while labelled < min(MAX_LABELLED_ISSUERS, len(texts) - 1) \
            and _LABELLED_ISSUER.fullmatch(texts[-2 - labelled].strip()):
        labelled += 1
    return labelled + 1 if labelled else 0


def closer_in_flow(texts: list[str]) -> tuple[int, int] | None:
    """Where the first notice's closer stands among a block's lines (start, end), or None:
    first in the block or under a line closing a sentence or under the notice's contact line
    (联系人：某某  联系电话：…), where an extractor prints notices and what follows them in one
    flow (…到龄退休。 / 公司党委组织部 / 2026年8月11日 / the next notice's headline)."""
    for end in range(2, len(texts) + 1):
        length = closer_length(texts[:end])
        start = end - length
        if length and (start == 0 or ends_sentence(texts[start - 1].strip())
                       or CONTACT_LINE.match(texts[start - 1].strip())):
            return start, end
    return None


def byline_kind(text: str) -> BylineKind | None:
    """What a bylines' line is (``credit``, ``lead``, ``trail``, ``end``, ``jump``), or None:
    both readers ask it of the lines they find."""
    credit = CREDIT.search(text)
    if credit and credit.start() == 0:
        return "credit"
    if COMMENTARY_LABEL.match(text.strip()):
        return None
    if (LEADING_BYLINE.match(text) and (names_in(text) or _WORK_NAMED.search(text))) \
            or COMMENTATOR.match(text):
        return "lead"
    if TRAILING_BYLINE.match(text) and names_in(text):
        return "trail"
    if AUTHOR_NOTE.match(text) or PAPER_SIGNATURE.match(text) or placed_dash_signature(text):
        return "trail"
    if END_MARK.fullmatch(text) or QR_PROMPT.match(text):
        return "end"
    if JUMP.fullmatch(text):
        return "jump"
    return None


def placed_dash_signature(text: str) -> str | None:
    """The writer's name a dash signature naming the place gives (——西吉县 某某), or None:
    read from the text alone, only the place and the space before the name tell a signature
    from a subtitle (——记某某); the PDF reader reads the name alone by where it is set."""
    signature = dash_signature(text)
    return signed_name(signature) if signature and signature["place"] else None


def byline_names(text: str) -> list[str]:
    """The persons a bylines' line names: a dash signature's reader, else those names_in finds."""
    reader = placed_dash_signature(text)
    return [reader] if reader else names_in(text)


def wrapped_byline(line: str, following: str) -> tuple[str, str, BylineKind] | None:
    """A photo credit or a trailing byline that starts on ``line`` after its text's last
    sentence and ends the next line: the text before it, the credit or byline, its kind."""
    for joined in (join_lines([line, following]), f"{line} {following}"):  # names may wrap
        match = CREDIT.search(joined)
        kind: BylineKind = "credit"
        if not match or match.end() != len(joined):
            match = LAST_BRACKET.search(joined)
            kind = "trail"
            if not match or not (TRAILING_BYLINE.fullmatch(match.group())
                                 or AUTHOR_NOTE.match(match.group())):
                continue
        if match.start() >= len(line) or len(following) >= len(joined) - match.start():
            continue  # it does not start on this line, or the next line holds it all
        before = joined[: match.start()].rstrip()
        # (a note on the author, （作者系…教 / 授）, names no one; a credit's form, role or
        # name then 摄, says it is one even where the name is none the lists know: 达娃卓嘎)
        if (before and not ends_sentence(before)) or not (
                names_in(match.group()) or AUTHOR_NOTE.match(match.group())
                or kind == "credit"):
            continue
        return before, joined[match.start():], kind
    return None


def split_trailing_byline(paragraph: Paragraph) -> list[Paragraph | Byline]:
    """A reporter's bracket or an end mark run on after the last sentence:
    ``…跑得快了。（本报记者 程远航）``, ``…攻关。（完）``."""
    if TRAILING_BYLINE.fullmatch(paragraph.text) and names_in(paragraph.text):
        # a trailing byline wrapped over several lines: （作者：甲、乙，分别系…）
        return [Byline(paragraph.lines[0], paragraph.text, "trail", names_in(paragraph.text))]
    if (signer := signature_name(paragraph.text)) and len(paragraph.lines) == 1:
        # a reader's letter signed under its last sentence: 石桥村学生家长 侯小军
        return [Byline(paragraph.lines[0], paragraph.text, "trail", [signer])]
    if AUTHOR_NOTE.match(paragraph.text):  # a note on the author wrapped over lines
        return [Byline(paragraph.lines[0], paragraph.text, "trail", names_in(paragraph.text))]
    jump = JUMP.match(paragraph.text)
    if jump:  # ``（上接A01版）据介绍，…``: where the article comes from
        rest = paragraph.text[jump.end():].lstrip()
        mark = Byline(paragraph.lines[0], jump.group(), "jump")
        if not rest:
            return [mark]
        return [mark, *split_trailing_byline(
            Paragraph(paragraph.lines, rest, paragraph.open, paragraph.wide))]
    jump = JUMP.search(paragraph.text)
    if jump and jump.end() == len(paragraph.text) and jump.start():  # ``…，（下转A05版）``
        body = Paragraph(paragraph.lines, paragraph.text[: jump.start()], True, paragraph.wide)
        return [body, Byline(paragraph.lines[-1], jump.group(), "jump")]
    end = END_MARK.search(paragraph.text)
    if end and end.start() and ends_sentence(paragraph.text[: end.start()]):
        body = Paragraph(paragraph.lines, paragraph.text[: end.start()], False, paragraph.wide)
        return [*split_trailing_byline(body),
                Byline(paragraph.lines[-1], end.group(), "end")]
    note = RUN_ON_AUTHOR_NOTE.search(paragraph.text)
    if note and note.start() and ends_sentence(paragraph.text[: note.start()]):
        # …日常。（作者系江州大学社会学院教授）: the note closes the commentary
        body = Paragraph(paragraph.lines, paragraph.text[: note.start()], False, paragraph.wide)
        return [*split_trailing_byline(body),
                Byline(paragraph.lines[-1], note.group(), "trail", names_in(note.group()))]
    match = RUN_ON_BYLINE.search(paragraph.text)
    if not match or not match.start() or not names_in(match.group()):
        match = LAST_BRACKET.search(paragraph.text)  # a box's author: …检验。（闻一舟）
        if not match or not match.start() or not _bare_names(match.group()[1:-1]):
            return [paragraph]
    if not ends_sentence(paragraph.text[: match.start()]):
        return [paragraph]
    text = paragraph.text[: match.start()]
    body = Paragraph(paragraph.lines, text, open=False, wide=paragraph.wide)
    return [body, Byline(paragraph.lines[-1], match.group(), "trail", names_in(match.group()))]


def signature_name(text: str) -> str | None:
    """The writer's name of a line signed with who the writer is before it (学生家长 侯小军;
    an expert's unit over a column, 附属第一医院儿科 某某), its padding dropped, or None."""
    signature = _SIGNATURE.match(text.strip())
    if signature is None or not bare_name(signature["name"]):
        return None
    return "".join(signature["name"].split())


def unit_signature(text: str) -> str | None:
    """The name of a line signed with the writer's unit or post before it, longer than the
    name (a column's expert under its headline: 附属第一医院儿科 某某, 省农科院植保所研究员
    某某), or None: a unit's name is longer than a given name, where two phrases set apart (a
    kicker's 稳预期 强信心) or two names are alike."""
    name = signature_name(text)
    return name if name is not None and len(text.split()[0]) > len(name) else None


def _bare_names(text: str) -> bool:
    """One person's name or several set a space or a 、 apart and nothing else: a brief's
    reporters closing it, ``…时。（巴特尔 韩　冰）``."""
    names = names_in(text)
    return bool(names) and "".join(names) == re.sub(r"[\s、，,]", "", text) \
        and all(bare_name(name) for name in names)


def bare_name(text: str) -> bool:
    """A person's name and nothing else (a mark before it aside: ``◎ 陆知秋``): a known
    surname, no dictionary word."""
    name = "".join(text.split()).lstrip(NAME_MARKS)
    if _TRANSLITERATED.fullmatch(name):
        # 热依拉·艾买提: parts joined by the middle dot, each of syllables or names only (a
        # column tag set so, 创新驱动·城市样本 or 人物·巾帼风采, is made of common words)
        return all(_transliterated_part(part) for part in name.split("·"))
    if not is_person_name(name) or name in SECTIONS:
        return False
    return not word_freq(name) or (word_tag(name) or "").startswith("nr")


_TRANSLITERATED = re.compile(TRANSLITERATED_NAME)


def _transliterated_part(part: str) -> bool:
    """A part of a transliterated name: each word jieba cuts it into is a name (约翰, 努尔)
    or no dictionary word at all (热依拉, 托合|提), never a common word (城市, 调研)."""
    return all(len(word) == 1 or not word_freq(word) or (word_tag(word) or "").startswith("nr")
               for word in tokenizer().lcut(part))
