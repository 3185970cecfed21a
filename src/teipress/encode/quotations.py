"""Quotations in running text, and what each one is: a document's words, speech, a term.

A quotation is the text between a balanced pair of marks (the marks are not part of it).
Its kind comes from its words and the words around it, as news writing uses them: a lead-in
naming an authority and a verb like 提出 or 强调 quotes policy; 说 or 表示 around it quotes
speech; a few words without a sentence mark are a term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
# A lead-in that names a document or an authority, and the verbs that introduce its words.
_AUTHORITY = re.compile(
    r"报告|精神|纲要|规划|决定|决议|意见|方案|条例|通知|文件|会议|全会|讲话|指示|批示|论述|"
    r"党中央|中央|国务院|总书记|党的|市委|省委|区委|县委|政府|部署|政策|办法|措施|规定|细则|》|"
    r"声明|宣言|公报|"  # a government's joint statement, declaration, communiqué
    r"厅|局|委员会|"  # a government department: 省文化和旅游厅, 市生态环境局, 省发展改革委员会
    r"党委|党组|党工委|"  # an organisation's Party committee or group: 集团公司党委书记, 厅党组
    # a government named by its level, the subject opening its clause, as news reports an
    # official saying what it decided (…说，县里将…，要求各部门; 他说，乡里提出; an autonomous
    # prefecture's 州里; not inside a phrase: 他受省里委托, 在城市里)
    r"(?:^|(?<=[，,：:]))(?:省|市|州|县|区|乡|镇)里|"
    # a body named by its level of government: a commission by its short name (省发展改革委,
    # 国家卫生健康委, 市住建委; not 委托, 委屈, 委婉) and a fire or armed police corps (省消防
    # 救援总队, 市消防救援支队)
    r"(?:国家|省|市|县|自治区|自治州)[\u4e00-\u9fff]{1,8}?(?:委(?![托屈婉员])|总队|支队)"
)
# Whom a verb binds, printed between it and the quotation or its clause: 各地, 各级各部门,
# and when or where: 要求各级播出机构春节期间要“…”.
_BOUND = r"(?:各[\u4e00-\u9fff]{1,12}?)?"
# What a directive binds them to do, right before its words: 要做到“…”, 切实做到“…”.
_BOUND_TO = r"(?:要|的|切实|务必)?(?:做到|坚持|落实|实现|确保)?"
# The verb may name whom it binds before the quotation: 通知要求各地“…”, 要求各级各部门“…”,
# 要求各地要做到“…”.
_POLICY_VERB = re.compile(
    rf"(?:提出|指出|强调|要求|明确|部署|写入|规定|号召)(?:了)?{_BOUND}[：:，,]?{_BOUND_TO}$"
)
# The verb may stand a clause before the quotation: 会议强调，今年经济工作要坚持“…”,
# 会议要求，各地各部门“…”, 管理局要求各寄递企业，要做到“…”. A clause the directive's 要
# opens after the verb's comma (局长某某指出，要为老年人搭建…平台，让广大老同志“…”) is the
# directive's to the sentence's end, the lead-in's length (_LEAD_IN_MAX). An office's 表示
# is a directive only when 要 opens the clause after it, as news prints an official's
# instruction (发展改革委…副主任某某表示，要督促…，做到“…”); a bare 表示 reports speech.
_POLICY_VERB_BEFORE = re.compile(
    rf"(?:(?P<verb>提出|指出|强调|要求|明确)(?:了)?{_BOUND}[：:，,]|表示[，,](?=要))"
    rf"(?:要[^“”‘’。！？；]*|[^“”‘’。！？；]{{0,20}})$"
)
# A principle a body holds to, reported by an official's 介绍, 表示, 强调 or 指出 a clause
# before it (局副局长某某介绍，联赛坚持“…”; 坚持以“…”为): policy when the reporter's office is
# an authority and the quoted words are a clause, not a slogan short enough to be a term
# (改造坚持“居民点单、政府派单”).
_PRINCIPLE_BEFORE = re.compile(
    r"(?:介绍|表示|强调|指出)[，,][^“”‘’。！？；，,]{0,16}?坚持(?:以)?$"
)
_POLICY_AFTER = re.compile(
    r"^(?:的)?(?:部署要求|决策部署|重大部署|部署|要求|精神|重要指示|重要论述|目标任务)"
    r"|^(?:作出|做出)(?:了)?(?:重大|重要|全面)?部署"
)
_OFFICIAL_VERBS = ("指出", "强调")  # news reserves these for officials and documents
_SPEECH_AFTER = re.compile(
    r"^[^。！？“”]{0,24}?(?:说|表示|介绍|告诉记者|坦言|感慨|笑着说|补充道|说道|发言)"
)
_SPEECH_BEFORE = re.compile(r"(?:说|表示|介绍|告诉记者|坦言|感慨|笑着说|说道)[：:]$")
_SENTENCE_MARKS = set("。！？；!?;")


@dataclass(frozen=True)
class Quotation:
    """The text between a pair of quotation marks: [start, end) excludes the marks."""

    start: int
    end: int
    depth: int


def quotations(text: str) -> list[Quotation]:
    """Balanced pairs of quotation marks; unbalanced marks are left as plain text."""
    stack: list[tuple[str, int]] = []
    found: list[Quotation] = []
    for i, ch in enumerate(text):
        if ch in PAIRS:
            stack.append((ch, i))
        elif ch in PAIRS.values():
            for depth in range(len(stack) - 1, -1, -1):
                if PAIRS[stack[depth][0]] == ch:
                    _open, start = stack[depth]
                    del stack[depth:]
                    if i > start + 1:
                        found.append(Quotation(start + 1, i, depth))
                    break
    return sorted(found, key=lambda q: (q.start, -q.end))


@lru_cache(maxsize=64)
def classified_quotations(text: str) -> tuple[tuple[Quotation, str], ...]:
    """Every quotation of ``text`` with its kind, worked out once per text: the quotation
    and term annotators each take their kinds from it."""
    return tuple((q, classify_quotation(text, q)) for q in quotations(text))


def classify_quotation(text: str, q: Quotation) -> str:
    """``policy``, ``said``, ``term`` or ``q``: what a quotation is, by its words and lead-in."""
    inner = text[q.start : q.end]
    lead_in = _lead_in(text, q.start - 1)
    after = text[q.end + 1 : q.end + 30]
    if _is_term(inner, limit=4):  # “闯”的精神, “双碳”目标: a word, not a document's text
        return "term"
    if _speakers_sentence(inner, lead_in):
        return "said"
    verb = _POLICY_VERB.search(lead_in)
    if ((verb and (_AUTHORITY.search(lead_in) or verb.group().startswith(_OFFICIAL_VERBS)))
            or _POLICY_AFTER.match(after)):
        return "policy"
    subject = _sentence_opening(text, q.start - 1)
    early = _POLICY_VERB_BEFORE.search(lead_in)
    if early and (_AUTHORITY.search(subject + lead_in[:early.start()])
                  or early.group("verb") in _OFFICIAL_VERBS):
        return "policy"
    principle = _PRINCIPLE_BEFORE.search(lead_in)
    if (principle and not _is_term(inner, limit=12)
            and _AUTHORITY.search(subject + lead_in[:principle.start()])):
        return "policy"
    if _SPEECH_BEFORE.search(lead_in) or (_SPEECH_AFTER.match(after) and _is_utterance(inner)):
        return "said"
    if _is_term(inner, limit=12):
        return "term"
    return "q"


# A speaker's report opening the sentence: a speech verb and the comma after it (某某说，).
_SPEECH_OPENS = re.compile(r"(?:说|表示|介绍|坦言)[，,]")


def _speakers_sentence(inner: str, lead_in: str) -> bool:
    """Whether the quotation is a whole sentence (its own full stop inside the marks) in a
    sentence a speaker's 说， opens: the speaker's words, though the lead-in reports what
    their office asked (局长某某说，县里…提出要求，“…。”); a document is quoted as a whole
    sentence after its verb and a colon (报告提出：“…。”), not after a speaker."""
    return inner.rstrip()[-1:] in _SENTENCE_MARKS and _SPEECH_OPENS.search(lead_in) is not None


def officials_directive(text: str, q: Quotation, officials: Iterable[str]) -> bool:
    """Whether a quotation is a directive by an official the page named after their office
    (省教育厅党组成员、副厅长卓玛央金 … 卓玛央金提出，要“…”): a policy verb in its lead-in,
    the official before it, or a pronoun for the official the sentence before names. A
    person's 提出 or 要求 is none (他笑着提出，要“…” after no official)."""
    lead_in = _lead_in(text, q.start - 1)
    verb = _POLICY_VERB.search(lead_in) or _POLICY_VERB_BEFORE.search(lead_in)
    if verb is None or _speakers_sentence(text[q.start : q.end], lead_in):
        return False
    subject = lead_in[: verb.start()].strip()
    if any(name in subject for name in officials):
        return True
    # The official named in the sentence before, the directive's subject a pronoun for them
    # (局长某某介绍，…。他提出，要“…”): news names an official once, then says 他 or 她.
    return _PRONOUN_SUBJECT.fullmatch(subject) is not None and any(
        name in _sentence_before(text, text.rfind(lead_in, 0, q.start)) for name in officials)


# A pronoun standing for a person as a clause's subject, with the adverbs news puts between
# it and the verb (他还提出, 她同时强调, 他进一步要求).
_PRONOUN_SUBJECT = re.compile(r"[他她](?:还|也|并|又|同时|随后|进一步|特别|最后)?")


def _sentence_before(text: str, start: int) -> str:
    """The whole sentence that closes right before offset ``start``, or nothing if none does."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text[end - 1] not in _SENTENCE_MARKS:
        return ""
    begin = end - 1
    while begin > 0 and text[begin - 1] not in _SENTENCE_MARKS:
        begin -= 1
    return text[begin:end]


def is_authority(words: str) -> bool:
    """Whether words name a document or an authority (a lead-in's, an office's)."""
    return _AUTHORITY.search(words) is not None


def _is_term(inner: str, limit: int) -> bool:
    return len(inner) <= limit and not any(ch in _SENTENCE_MARKS or ch in "，," for ch in inner)


# How far back a lead-in is read from its quotation's opening mark.
_LEAD_IN_MAX = 40


def _lead_in(text: str, mark: int) -> str:
    """The words before an opening mark, back to the start of their sentence."""
    return text[_lead_in_start(text, mark):mark].rstrip()


def _lead_in_start(text: str, mark: int) -> int:
    start = mark
    while start > 0 and text[start - 1] not in _SENTENCE_MARKS and mark - start < _LEAD_IN_MAX:
        start -= 1
    return start


def _sentence_opening(text: str, mark: int) -> str:
    """The words of the sentence before its lead-in, which _LEAD_IN_MAX cuts: the subject
    of a long sentence, an official after all their posts (市文化广电旅游局党组成员、副局长
    某某在接受采访时表示，要…，“…”), opens it further back than the lead-in reaches."""
    start = _lead_in_start(text, mark)
    begin = start
    while begin > 0 and text[begin - 1] not in _SENTENCE_MARKS:
        begin -= 1
    return text[begin:start]


def _is_utterance(inner: str) -> bool:
    return any(ch in _SENTENCE_MARKS or ch in "，," for ch in inner) or len(inner) > 12
