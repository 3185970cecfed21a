"""Organisations found by their endings (公司, 集团, 局, 中心 …) and places by a gazetteer and
their administrative endings; both need a specific part (a place name, an unknown proper
noun, a 市/区/县 prefix) so that generic phrases (物业公司, 服务区) are left alone.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from teipress import lexicon as _lexicon
from teipress.encode.name_parts import (
    CJK,
    COMMON_WORD,
    NOT_IN_GIVEN_NAME,
    Mention,
    is_common_word,
    words,
)

# Organisation endings, longest first (供销社: the supply and marketing cooperative's short
# name); places: administrative endings after a known place.
_ORG_ENDINGS = words(
    "有限责任公司 股份有限公司 有限公司 分公司 公司 集团 煤矿 电厂 委员会 管委会 中心 协会 学会 "
    "商会 联合会 基金会 学校 小学 中学 大学 学院 研究院 研究所 卫生院 医院 银行 支行 分行 法院 "
    "检察院 合作社 供销社 电视台 报社 出版社 幼儿园 图书馆 博物馆 人民政府 政府 派出所 局 厅 部"
)
_PLACE_ENDINGS = words("特别行政区 自治区 自治州 自治县 地区 街道 省 市 区 县 旗 盟 镇 乡 村")
# One-character prefixes that stand for the paper's own city, district … (市商务局).
_ADMIN_PREFIXES = frozenset("市区县省州旗盟镇乡")
# Words that end the left extension of an organisation name.
_ORG_STOP_WORDS = frozenset(
    words(
        "全市 我市 本市 全区 我区 全县 我县 全省 我省 全国 各级 各地 各类 隔壁 旁边 附近 记者 "
        "走访 使用 帮助 组织 联合 成立 来到 前往 调研 参观 考察 支持 推动 引导 指导 督促 要求 "
        "召开 举行 携手 依托 通过 包括 位于 隶属 委托 邀请 加入 进入 入驻 录入 新成立"
    )
)
_ORG_BODY_TAGS = frozenset(words("n nr nrt nrfg ns nt nz j vn an b eng x"))
_PROPER_TAGS = frozenset(words("nr nrt nrfg ns nt nz j eng"))
_ORG_MAX_LEFT = 16


@cache
def _ending_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(endings, key=lambda e: (-len(e), e)))))


def _org_body(text: str, start: int, limit: int, company: bool) -> list[tuple[str, str]]:
    """The words left of an organisation ending that belong to its name, in text order.

    The name reaches back no further than limit (the end of the previous ending) and over
    nouns only, verbs too in a company's registered name (乌海抽水蓄能有限责任公司).
    """
    left = max(limit, start - _ORG_MAX_LEFT)
    window = text[left:start]
    words = [(p.word, p.flag) for p in _lexicon.pos_tokenizer().cut(window, HMM=False)]
    body: list[tuple[str, str]] = []
    for word, tag in reversed(words):
        if not re.fullmatch(f"[{CJK}]+", word) or word in _ORG_STOP_WORDS:
            break
        if word in _lexicon.roles() or (
            len(word) > 1 and not is_common_word(word) and tag.startswith("nr")
        ):
            break
        if len(word) == 1:
            if word in NOT_IN_GIVEN_NAME or word in "一二两三几多家该本其每全":
                break
        elif tag not in _ORG_BODY_TAGS and not (company and tag == "v"):
            break
        body.append((word, tag))
    body.reverse()
    # a lone character between words is a verb or the like ('总理李强作政府'), not part of
    # an unknown name such as 君正 or 平沟 (two characters jieba does not know as a word)
    for k in range(len(body) - 1, -1, -1):
        lone = len(body[k][0]) == 1 and all(
            not 0 <= j < len(body) or len(body[j][0]) > 1 for j in (k - 1, k + 1)
        )
        if lone and not (k == 0 and body[k][0] in _ADMIN_PREFIXES):
            body = body[k + 1 :]
            break
    # a window cut mid-word leaves a fragment at its left edge: drop it
    if body and start - sum(len(w) for w, _ in body) == left > limit:
        body.pop(0)
    return body


def _is_specific(body: list[tuple[str, str]]) -> bool:
    """Whether the words before an ending name one body (平沟煤矿) rather than a kind (物业公司)."""
    if not body:
        return False
    if body[0][0] in _ADMIN_PREFIXES:
        return True
    singles = 0
    for word, tag in body:
        if tag in _PROPER_TAGS or word in _lexicon.gazetteer():
            return True
        singles = singles + 1 if len(word) == 1 else 0
        if singles >= 2:
            return True
    return False


def _word_is_org(text: str, start: int, end: int, limit: int) -> bool:
    """Whether jieba lists text[start:end] as an organisation, and not as a rare entry
    that only ends like one (新格局)."""
    word = text[start:end]
    return (
        start >= limit
        and _lexicon.word_tag(word) == "nt"
        and (_lexicon.word_freq(word) >= COMMON_WORD or not _lexicon.word_freq(word[-2:]))
    )


def ends_as_org(words: str) -> bool:
    """Whether words end as an organisation's name does (花垣县供销社, 市第一中学)."""
    return words.endswith(_ORG_ENDINGS)


def names_a_unit(words: str) -> bool:
    """Whether words name a unit: an organisation's name, or one and a section of it after
    (玉林供电局配电运检班: the bureau, then its team), at least two characters before the
    ending."""
    return ends_as_org(words) or any(m.start() >= 2 for m in
                                     _ending_pattern(_ORG_ENDINGS).finditer(words))


def orgs(text: str) -> list[Mention]:
    found = []
    previous_end = 0
    matches = list(_ending_pattern(_ORG_ENDINGS).finditer(text))
    for m, after in itertools.zip_longest(matches, matches[1:]):
        if after is not None and after.start() == m.end() and len(after.group()) > 1:
            continue  # 集团 + 有限公司: one name, found at the last ending
        s, e = m.span()
        limit, previous_end = previous_end, e
        # a dictionary organisation word ends here (统计局, 商务部): it is the ending
        known = next((k for k in (4, 3, 2) if _word_is_org(text, e - k, e, limit)), 0)
        # '局面', '部门': a one-character ending runs on into a word; '格局', '干部': it ends one.
        if len(m.group()) == 1 and (
            _lexicon.word_freq(text[e - 1 : e + 1])
            or (not known and _lexicon.word_freq(text[s - 1 : e]))
        ):
            continue
        if known:
            s = e - known
        body = _org_body(text, s, limit, "有限" in m.group())
        if known or _is_specific(body):
            start = s - sum(len(w) for w, _ in body)
            found.append(Mention(start, e, "org", text[start:e]))
    return found


@cache
def _gazetteer_starts() -> tuple[re.Pattern[str], tuple[int, ...]]:
    """Where a gazetteer name may start, and the lengths of its names, longest first."""
    forms = _lexicon.gazetteer()
    first = "".join(sorted({f[0] for f in forms}))
    return re.compile(f"[{first}]"), tuple(sorted({len(f) for f in forms}, reverse=True))


def places(text: str) -> list[Mention]:
    found = []
    gazetteer = _lexicon.gazetteer()
    starts, lengths = _gazetteer_starts()
    pos = 0
    while (m := starts.search(text, pos)) is not None:
        i = m.start()
        form = next((text[i : i + n] for n in lengths if text[i : i + n] in gazetteer), None)
        if form is None:
            pos = i + 1
            continue
        found.append(Mention(i, i + len(form), "place", gazetteer[form]))
        pos = i + len(form)
    # dictionary place names with an administrative ending whose stem is a place (海淀区)
    for m in _ending_pattern(_PLACE_ENDINGS).finditer(text):
        s, e = m.span()
        for k in (4, 3, 2):
            stem = text[max(0, s - k) : s]
            # '黄河滩区': the stem's first character belongs to a word on its left
            runs_in = s > k and _lexicon.word_freq(text[s - k - 1 : s - k + 1])
            if len(stem) == k and _lexicon.word_tag(stem) == "ns" and not runs_in:
                found.append(Mention(s - k, e, "place", text[s - k : e]))
                break
    return found
