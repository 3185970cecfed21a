"""Person, place and organisation names in newspaper text, found by their context.

Precision comes first: an ordinary word marked as a name is worse than a missed name, and
jieba's part-of-speech tags alone mark many ordinary words (蓝图, 双赢, 保驾护航) as person
names. So a person is recognised only where the context says a name is printed:

- after a word for a role: listed ("本报记者 路静", "机电组组长王文明", "市民李英") or a
  word ending in 员/师/户/工/长 ("护林员石大山", "种粮大户钱德顺");
- before a speech verb, a form of address or 是一名 ("”慕德刚说。", "蒋桂芬阿婆说"),
  where no word runs into the name from the left;
- in a byline, credit or editors entry (``byline_names``), also one printed inside a
  paragraph ("…装车。（路静 摄）") or an author's signature closing it ("…体会。（欧阳春燕）");
- before what news prints after a name only (今年58岁, ，男，, 的带领下, 李华教授), in a
  list of people closed by 等人, and in a list after a name found;
- where no cue stands, a full name by its form: a word jieba's segmenter cuts out, no
  dictionary word, given characters its part-of-speech model finds likely in a name (one
  score, fitted leave one paper out: ``GIVEN_NAME_LOGP``);
- anywhere, once known: names the caller passes in ``known_persons`` and names found by
  context in the same text.

A candidate is a surname from a shipped list followed by one or two given-name characters;
the length is chosen so the name does not swallow the first character of the next word
("李英来到" → 李英, "王大锁来到" → 王大锁), and candidates that are ordinary words (马上, 高兴)
are rejected. Organisations are found by their endings (公司, 集团, 局, 中心 …) and places by a
gazetteer and their endings; both need a specific part (a place name, an unknown proper
noun, a 市/区/县 prefix) so that generic phrases (物业公司, 服务区) are left alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from teipress import lexicon as _lexicon
from teipress.segment.patterns import PHOTO_POSITION

__all__ = ["Mention", "byline_names", "find_mentions", "speaker_after_quote"]


@dataclass(frozen=True)
class Mention:
    start: int  # offsets into the text given
    end: int
    kind: str  # "person" | "place" | "org"
    name: str  # the register key: the name's normal form (e.g. whitespace removed)


def _words(spaced: str) -> tuple[str, ...]:
    return tuple(spaced.split())


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SPACE = " \t\u3000\u00a0"
_WS = re.compile(r"\s+")

# Characters that (practically) never occur in a given name but often follow one.
_NOT_IN_GIVEN_NAME = frozenset(
    "的地得了着过是在和与及说等也就都还把被对从到仅便又已曾并而或让给跟于以因所则但却再才很最"
    "更这那其此该各每们我你他她它吗呢吧啊呀么个些日月年时分秒万亿第向为将里上下中内外前后"
)
# Single characters that turn "surname + X" into a form of address, not a name (王总, 李局).
_ADDRESS_CHARS = frozenset("总工老姐哥叔婶姨伯爷婆嫂妈爸局处科队董主经书院所校部厅省市县区镇乡村")
# Kin terms and forms of address printed after a surname or a name (王师傅, 蒋桂芬阿婆).
_ADDRESS_WORDS = _words(
    "先生 女士 小姐 师傅 阿姨 阿婆 阿公 阿伯 大爷 大妈 大娘 大姐 大哥 大叔 大婶 奶奶 爷爷 老人 "
    "老汉 同志 老板 老师 总监"
)
# A candidate that is a dictionary word this common is an ordinary word, not a name.
_COMMON_WORD = 20
# ... unless jieba lists it as a name and it is rarer than this (阳光 is not a name).
_NAME_LIKE_FREQ = 500

_SPEECH_VERB = re.compile(
    rf"(?:[{_CJK}]{{1,6}}?地|笑着|在[{_CJK}]{{1,10}}?[上时中]|[对向跟]记者)?"
    r"(?:说|表示|介绍|告诉|指出|坦言|透露|强调|认为|回忆|感慨|解释|补充|谈到|笑言|直言|坦承|"
    r"笑称|称[，,：:])"
)
# A citation's author or editor before the work (费孝通著《乡土中国》, 参见某某主编：《…》).
_AUTHOR_OF = r"(?:主编|编著|著|编)[：:]?《"
# A person's name in Latin letters in brackets after the Chinese one (林某（Jessica Lim）), as
# reports on overseas Chinese and foreigners print it.
_LATIN_NAME = r"[（(][A-Z][a-z]+\s*[A-Z][a-z]+(?:\s*[A-Z][a-z]+)?[)）]"
# What news prints right after a person's name and after nothing else: an age (今年58岁),
# the sex opening a short biography (，男，汉族), a leader's guidance (在某某的带领下).
_PERSON_AFTER = r"今年\d{1,3}岁|[，,][男女][，,]|的带领下|的带动下"
_NAME_CUE = re.compile("|".join([_SPEECH_VERB.pattern, *_ADDRESS_WORDS, "是一名", "是一位",
                                 _AUTHOR_OF, _LATIN_NAME, PHOTO_POSITION.pattern,
                                 _PERSON_AFTER]))
# Kin terms a report names a relative by (祖父黄德顺, 丈夫热合曼·吐尔逊): the standard Chinese
# kinship terms. They run into verbs more often than roles do ('女儿来住'), so a name after
# one counts only when it is a full name (two given characters, or parts joined by ·).
_KIN_WORDS = _words("祖父 祖母 外公 外婆 爷爷 奶奶 父亲 母亲 丈夫 妻子 儿子 女儿 孙子 孙女 "
                    "哥哥 姐姐 弟弟 妹妹")
# Last characters of words for people by their work, rank or place (护林员, 种粮大户, 环卫工,
# 茶农, 外交官, 老兵, 机手, 木匠, 战士, 传承人): the suffixes Chinese forms agent nouns with.
_ROLE_WORD_ENDINGS = frozenset("员师户工长农官兵手匠士人")
_SENTENCE_END = frozenset("。！？!?；;“「『")

# Organisation endings, longest first; places: administrative endings after a known place.
_ORG_ENDINGS = _words(
    "有限责任公司 股份有限公司 有限公司 分公司 公司 集团 煤矿 电厂 委员会 管委会 中心 协会 学会 "
    "商会 联合会 基金会 学校 小学 中学 大学 学院 研究院 研究所 卫生院 医院 银行 支行 分行 法院 "
    "检察院 合作社 电视台 报社 出版社 幼儿园 图书馆 博物馆 人民政府 政府 派出所 局 厅 部"
)
_PLACE_ENDINGS = _words("特别行政区 自治区 自治州 自治县 地区 街道 省 市 区 县 旗 盟 镇 乡 村")
# One-character prefixes that stand for the paper's own city, district … (市商务局).
_ADMIN_PREFIXES = frozenset("市区县省州旗盟镇乡")
# Words that end the left extension of an organisation name.
_ORG_STOP_WORDS = frozenset(
    _words(
        "全市 我市 本市 全区 我区 全县 我县 全省 我省 全国 各级 各地 各类 隔壁 旁边 附近 记者 "
        "走访 使用 帮助 组织 联合 成立 来到 前往 调研 参观 考察 支持 推动 引导 指导 督促 要求 "
        "召开 举行 携手 依托 通过 包括 位于 隶属 委托 邀请 加入 进入 入驻 录入 新成立"
    )
)
_ORG_BODY_TAGS = frozenset(_words("n nr nrt nrfg ns nt nz j vn an b eng x"))
_PROPER_TAGS = frozenset(_words("nr nrt nrfg ns nt nz j eng"))
_ORG_MAX_LEFT = 16


# --------------------------------------------------------------------------- persons


def _given_char_ok(ch: str) -> bool:
    return bool(re.match(f"[{_CJK}]", ch)) and ch not in _NOT_IN_GIVEN_NAME


@cache
def _surname_start() -> re.Pattern[str]:
    """Matches where a surname may start (its first character)."""
    return re.compile(f"[{''.join(sorted({name[0] for name in _lexicon.surnames()}))}]")


def _surname_at(text: str, i: int) -> int:
    """Length of the surname starting at i (2 for 欧阳 …, 1 for 王 …), 0 if none."""
    names = _lexicon.surnames()
    if text[i : i + 2] in names:
        return 2
    return 1 if text[i : i + 1] in names else 0


def _is_common_word(word: str) -> bool:
    """A frequent dictionary word. Names jieba lists are not counted: its full names
    (nrfg: 李强) and three-character names (赵红梅); its two-character 'names' are too often
    ordinary words (周密, 麦子) to be trusted."""
    freq = _lexicon.word_freq(word)
    if freq < _COMMON_WORD:
        return False
    tag = _lexicon.word_tag(word) or ""
    name_like = tag == "nrfg" or (tag == "nr" and len(word) >= 3)
    return not (name_like and freq < _NAME_LIKE_FREQ)


def _closed(text: str, i: int, end: int) -> bool:
    """A three-character run standing alone, no character on either side ('（记者 麦子俊）'):
    it is read as a name even if its first two characters are a word. Inside running text
    ('施工许可证、') it is a word's end, not a name."""
    cjk = re.compile(f"[{_CJK}]")
    alone_right = end == len(text) or not cjk.match(text[end])
    alone_left = i == 0 or not cjk.match(text[i - 1])
    return end - i == 3 and alone_right and alone_left


def _given_ok(text: str, i: int, end: int, sn: int) -> bool:
    """Whether text[i:end] can be a name: given characters, not a word, not an address,
    not an organisation jieba lists (党工委), not a conjunction joining two words
    ('志愿者和子女': 和 is a surname, but before a word it is 'and')."""
    given = text[i + sn : end]
    return (
        1 <= len(given) <= 2
        and all(_given_char_ok(ch) for ch in given)
        and not _is_common_word(text[i:end])
        and _lexicon.word_tag(text[i:end]) != "nt"
        and not (_is_conjunction(text[i : i + sn]) and _is_common_word(given))
        and not (sn == 1 and _is_common_word(text[i : i + 2]) and not _closed(text, i, end))
        and given not in _ADDRESS_WORDS
        and given not in _lexicon.roles()
        and not (len(given) == 1 and given in _ADDRESS_CHARS)
    )


# A character used this often as a word of its own, as a verb, preposition, adverb or
# particle, is the word after a two-character name rather than a name's third character
# ('李强作报告', but '邢永亮信心满怀', '王大锁来到').
_FREE_WORD_FREQ = 10_000


def _is_conjunction(ch: str) -> bool:
    """A character used this often as a conjunction (和): as a surname it needs a given
    name that is no word of its own."""
    return _lexicon.word_tag(ch) == "c" and _lexicon.word_freq(ch) >= _FREE_WORD_FREQ


def _is_free_word(ch: str) -> bool:
    tag = _lexicon.word_tag(ch) or ""
    free = tag in ("v", "p", "d", "c") or tag.startswith("u")
    return free and _lexicon.word_freq(ch) >= _FREE_WORD_FREQ


def _third_char_is_the_names(text: str, g: int) -> bool:
    """Whether the character after the first given-name character (at g) ends the name:
    it forms no word with the next one ('王大锁来到'), or the word that follows the longer
    name is the likelier one ('郭小华表示': 表示 before 华表; '李英来到': 来到 before 到海)."""
    runs_on = _lexicon.word_freq(text[g + 1 : g + 3])
    # a cue after the longer name, unless the cue reads from the shorter one's end too
    # ('冉华坚定地说': 坚定地说)
    if not runs_on or (_NAME_CUE.match(text, g + 2) and not _NAME_CUE.match(text, g + 1)):
        return True
    return _lexicon.word_freq(text[g + 2 : g + 4]) > runs_on


def name_end(text: str, i: int) -> int | None:
    """End of a person name that starts at i with a surname, or None.

    Two given-name characters are taken unless the second one begins the next word
    ('李英来到', '李英告诉' → 李英; '王大锁来到' → 王大锁), is a word of its own ('李强作')
    or cannot be in a name ('李英的'). Ordinary words ('马上', '高兴地') and forms of
    address ('王总', '李师傅') are rejected.
    """
    sn = _surname_at(text, i)
    if not sn:
        return None
    g = i + sn
    long_end = g + 2
    if (
        long_end <= len(text)
        and _third_char_is_the_names(text, g)
        and not _is_free_word(text[g + 1])
        and not any(_lexicon.word_freq(text[g : long_end + k]) for k in (1, 2))
        and _given_ok(text, i, long_end, sn)
    ):
        return long_end
    # '和消费者': the given name would be the start of a word running on
    if _is_common_word(text[g : g + 2]) and not _is_free_word(text[g + 1 : g + 2]):
        return None
    return g + 1 if _given_ok(text, i, g + 1, sn) else None


@cache
def _role_pattern() -> re.Pattern[str]:
    roles = "|".join(map(re.escape, _lexicon.roles()))
    return re.compile(rf"(?:{roles})[{_SPACE}]*")


def _after_role(text: str, i: int) -> bool:
    """Whether the word ending at i names a role though it is not listed (护林员, 种粮大户)
    and a name may start at i: not '战士们', no word across i ('主人翁'), no word of three
    or four characters from i on ('年轻人任重道远')."""
    if not i or text[i - 1] not in _ROLE_WORD_ENDINGS or i >= len(text) \
            or not _given_char_ok(text[i]):
        return False
    if any(_lexicon.word_freq(text[i - k : i + 1]) for k in (1, 2, 3) if i >= k) or any(
            _lexicon.word_freq(text[i : i + n]) and not _is_listed_name(text[i : i + n])
            for n in (3, 4)):
        return False
    # the role is a word (护林员) or a word and 人, the suffix that makes a person of any
    # verb (传承 + 人, 发起 + 人)
    return any(_lexicon.word_freq(text[i - k : i]) for k in (2, 3, 4) if i >= k) \
        or (text[i - 1] == "人" and any(_lexicon.word_freq(text[i - k : i - 1])
                                        for k in (3, 4, 5) if i >= k))


def _is_listed_name(word: str) -> bool:
    """A name jieba lists: a full name (nrfg) or a three-character name (赵红梅); its
    four-character 'names' are idioms that start with a surname (任重道远)."""
    tag = _lexicon.word_tag(word) or ""
    return tag == "nrfg" or (tag.startswith("nr") and len(word) == 3)


def _role_names(text: str) -> list[tuple[int, int]]:
    """Names printed right after a role word, and names listed after them with 、 or 和."""
    starts = []
    for m in _role_pattern().finditer(text):
        role_end = m.start() + len(m.group().rstrip(_SPACE))
        # '居民楼', '学生会': the role word runs on into a longer word, so no name follows.
        if not _lexicon.word_freq(text[m.start() : role_end + 1]):
            starts.append(m.end())
    starts += [m.start() for m in _surname_start().finditer(text) if _after_role(text, m.start())]
    spans = []
    for pos in sorted(set(starts)):
        while (end := name_end(text, pos)) is not None:
            spans.append((pos, end))
            nxt = re.match(rf"[、和及{_SPACE}]+", text[end:])
            if not nxt:
                break
            pos = end + nxt.end()
    return spans


def _unsurnamed_names(text: str) -> list[tuple[int, int]]:
    """A name with no Han surname (巴特尔, 扎西: Mongolian, Tibetan, Uyghur names are printed
    so) where both sides say a name is there: right after a role word and right before a
    speech verb or a form of address ('货车司机巴特尔说'). Two to four characters that are
    no common word and hold no function character; 小/老 opens a form of address, no name."""
    spans = []
    for m in _role_pattern().finditer(text):
        role_end = m.start() + len(m.group().rstrip(_SPACE))
        if _lexicon.word_freq(text[m.start(): role_end + 1]):
            continue  # the role word runs on into a longer word (居民楼)
        start = m.end()
        for end in range(start + 2, min(start + 4, len(text)) + 1):
            name = text[start:end]
            if not re.fullmatch(f"[{_CJK}]+", name) or any(
                    ch in _NOT_IN_GIVEN_NAME for ch in name) or name[0] in "小老":
                break
            if _NAME_CUE.match(text, end) and not _is_common_word(name) \
                    and name not in _lexicon.roles() and name not in _ADDRESS_WORDS:
                spans.append((start, end))
                break
    return spans


def _cued_names(text: str) -> list[tuple[int, int]]:
    """Names followed by a speech verb, a form of address or 是一名 ('”王大锁满意地说',
    '蒋桂芬阿婆说', '贺永生是一名…'), where no word runs into the name from the left."""
    spans = []
    for m in _surname_start().finditer(text):
        i = m.start()
        sn = _surname_at(text, i)
        if i and _lexicon.word_freq(text[i - 1 : i + 1]):
            continue
        if not any(_cue_at(text, i + sn + k) for k in (1, 2)):
            continue
        end = name_end(text, i)
        # a place is no name, whatever follows it ('石家庄市长安区': 石家庄 + 市长)
        if end is not None and _cue_at(text, end) and text[i:end] not in _lexicon.gazetteer():
            spans.append((i, end))
    return spans


def _with_given_names(text: str, start: int, end: int) -> tuple[int, int]:
    """A transliterated name found by its last part (``约翰·史密斯说``: 史密斯) reaches back
    over its parts joined by ``·``, each a word jieba tags as a transliterated name."""
    while start >= 2 and text[start - 1] == "·":
        words = _lexicon.tokenizer().lcut(text[max(0, start - 8): start - 1])
        part = words[-1] if words else ""
        if not part or not re.fullmatch(f"[{_CJK}]+", part) or not (
                _lexicon.word_tag(part) or "").startswith("nr"):
            break
        start -= len(part) + 1
    return start, end


def _transliterated(text: str) -> list[tuple[int, int]]:
    """A foreign name written in parts joined by ``·`` (玛丽亚·罗德里格斯), its parts words
    jieba tags as names (one may be tagged a place: 加西亚), after a role word or before a
    speech verb."""
    spans = []
    for m in re.finditer(f"[{_CJK}]+(?:·[{_CJK}]+)+", text):
        parts = m.group().split("·")
        first = _lexicon.tokenizer().lcut(parts[0])
        last = _lexicon.tokenizer().lcut(parts[-1])
        if not first or not last:
            continue
        tags = [_lexicon.word_tag(word) or "" for word in (first[-1], last[0])]
        # both parts names (nr…), or one a name and the other one jieba knows as a place
        if not all(tag.startswith(("nr", "ns")) for tag in tags) or not any(
                tag.startswith("nr") for tag in tags):
            continue
        start = m.start() + len(parts[0]) - len(first[-1])
        end = m.end() - len(parts[-1]) + len(last[0])
        before = text[max(0, start - 6): start]
        after_role = any(before.endswith(role) for role in _lexicon.roles())
        if after_role or _cue_at(text, end):
            spans.append((start, end))
    return spans


# A character this common as a verb, preposition, adverb, conjunction, particle or measure
# word ends a transliterated name's last part ('买买提家的', '艾山会说', '努尔兰带着').
_NAME_BREAK_FREQ = 20_000
_DOTTED_PART_MAX = 6


def _breaks_name(ch: str) -> bool:
    tag = _lexicon.word_tag(ch) or ""
    common = tag in ("v", "p", "d", "c", "q") or tag.startswith("u")
    return ch in _NOT_IN_GIVEN_NAME or (common and _lexicon.word_freq(ch) >= _NAME_BREAK_FREQ)


def _past_ordinary_words(text: str, start: int, end: int) -> int:
    """Where a dotted name's first part starts once the ordinary words in front of it are
    left out ('主讲人安娜·…': 主讲人 is a dictionary word and no name; a part jieba does not
    know falls apart into single characters, which are kept)."""
    for word in _lexicon.tokenizer().lcut(text[start:end], HMM=False):
        if len(word) < 2 or not _lexicon.word_freq(word) \
                or (_lexicon.word_tag(word) or "").startswith("nr") or end - start - len(word) < 2:
            break
        start += len(word)
    return start


def _in_transliteration(text: str, i: int) -> bool:
    """Whether the character at i ends a transliterated name jieba lists with the one before
    it (彼得 in 叶莲娜·彼得罗娃): there 得 is a syllable, not the particle."""
    return i > 0 and _lexicon.word_tag(text[i - 1 : i + 1]) == "nrt"


def _role_before(text: str, i: int) -> bool:
    """Whether a role word, listed or ending like one (乘务员), ends right before i."""
    before = text[max(0, i - 6): i]
    return any(before.endswith(role) for role in (*_lexicon.roles(), *_KIN_WORDS)) \
        or _after_role(text, i)


def _kin_names(text: str) -> list[tuple[int, int]]:
    """A full name right after a kin term: '祖父黄德顺1936年…'."""
    spans = []
    for kin in _KIN_WORDS:
        for m in re.finditer(kin, text):
            end = name_end(text, m.end())
            if end is not None and end - m.end() - _surname_at(text, m.end()) == 2:
                spans.append((m.end(), end))
    return spans


def _dotted_by_context(text: str) -> list[tuple[int, int]]:
    """A name printed in parts joined by ``·`` whose parts jieba does not know (Uyghur,
    Kazakh names: 阿依古丽·买买提, 努尔兰·加克斯勒克): the first part starts after a role
    word or a break in the text (punctuation, a function word), the last part runs until a
    function word; the name counts only where a role word stands before it or a speech
    verb or a form of address after it."""
    cjk = re.compile(f"[{_CJK}]")
    spans = []
    pos = 0
    while (dot := text.find("·", pos)) > 0:
        pos = dot + 1
        start = next((dot - k for k in range(2, _DOTTED_PART_MAX + 1)
                      if dot - k >= 0 and _role_before(text, dot - k)), None)
        role = start is not None
        if start is None:
            start = dot
            while start > 0 and cjk.match(text[start - 1]) and not _breaks_name(text[start - 1]):
                start -= 1
            start = _past_ordinary_words(text, start, dot)
            if dot - start < 2 or dot - start > _DOTTED_PART_MAX:
                continue
        end = dot
        while end < len(text) and text[end] == "·":  # each part after a dot
            part_start = end = end + 1
            while end < len(text) and cjk.match(text[end]) and end - part_start < _DOTTED_PART_MAX \
                    and not (_breaks_name(text[end]) and not _in_transliteration(text, end)) \
                    and not _cue_at(text, end):
                end += 1
            if end == part_start:
                break
        pos = max(pos, end)
        if end > dot + 1 and text[end - 1] != "·" and (role or _cue_at(text, end)):
            spans.append((start, end))
    return spans


# What a name found by its form may stand next to: a break in the text, a function word
# (在, 由, 的, 等, 和), a verb, a time word, or any dictionary word of two characters or
# more (a clean word boundary); not a lone character that may be part of a longer name.
_FREE_TAG_PREFIXES = ("x", "p", "c", "u", "d", "r", "v", "f", "t", "m", "ng", "nr")
# Last characters that make a place or an organisation of a run (平寨村, 某某局), not a name.
_NOT_A_NAMES_END = frozenset("村镇乡县区市省州街路局厅委办院所站队社")


def _names_by_form(text: str) -> list[tuple[int, int]]:
    """Full names found by their form alone, where no cue stands ('在苗永红的带领下',
    '苗永红今年58岁'): a surname and two given characters that name_end agrees on, no
    dictionary word (jieba tags many words names: 周密, 郁金香; they are left to the
    context), no part of a dotted name, no place or organisation ending; given characters
    jieba's part-of-speech model finds likely in a name (a score, ``GIVEN_NAME_LOGP``); a
    word of its own for jieba's segmenter, a free-standing or whole word on each side."""
    spans = []
    for m in _surname_start().finditer(text):
        start = m.start()
        sn = _surname_at(text, start)
        end = start + sn + 2
        word = text[start:end]
        if not sn or end > len(text) or _lexicon.word_freq(word) or word[-1] in _NOT_A_NAMES_END \
                or not re.fullmatch(f"[{_CJK}]+", word) \
                or "·" in text[max(0, start - _DOTTED_PART_MAX): end + _DOTTED_PART_MAX] \
                or _given_name_score(word) < GIVEN_NAME_LOGP or name_end(text, start) != end:
            continue
        tokens = _tagged_around(text, start, end)
        if tokens is None:
            continue
        if all(tag.startswith(_FREE_TAG_PREFIXES) or (len(w) >= 2 and _lexicon.word_freq(w))
               for w, tag in tokens):
            spans.append((start, end))
    return spans


_CLAUSE_BREAK = re.compile(f"[^{_CJK}·]")
# The least mean log probability of a name's given characters (jieba's model) for a name
# found by its form: chosen leave-one-paper-out on the test pages (bench/lopo_names.py:
# all 34 folds fit -8.5; the papers left out, pooled: precision 1.000, recall 0.979 of the
# candidates the gold lists).
GIVEN_NAME_LOGP = -8.5
# How far around a candidate the tagger reads (it is slow): enough for the words on either side.
_TAG_WINDOW = 8


def _tagged_around(text: str, start: int, end: int) -> list[tuple[str, str]] | None:
    """The words before and after the name text[start:end] with their dictionary tags, if
    jieba's segmenter, run over the clause around it, cuts it out as one word, or as one
    word with a single-character word of the dictionary stuck to it ('由苗永红', '苗永红称':
    the segmenter's model joins an unknown name to its neighbour); None otherwise. A
    clause's edge counts as a break (x)."""
    window_start = max(0, start - _TAG_WINDOW)
    left = max([window_start, *(m.end() for m in _CLAUSE_BREAK.finditer(text, window_start,
                                                                         start))])
    right = m.start() if (m := _CLAUSE_BREAK.search(text, end, end + _TAG_WINDOW)) \
        else min(len(text), end + _TAG_WINDOW)
    words = _lexicon.tokenizer().lcut(text[left:right])
    spans = list(itertools.accumulate((len(w) for w in words), initial=left))
    for k, word in enumerate(words):
        s, e = spans[k], spans[k + 1]
        if e <= start:
            continue
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if (s, e) == (start, end):
            return [(w, _tag(w)) for w in (before, after)]
        if _lexicon.word_freq(word):
            return None  # a dictionary word across the name's edge (出席会议)
        if (s, e) == (start, end + 1) and _lexicon.word_freq(text[end]):
            return [(before, _tag(before)), (text[end], _tag(text[end]))]
        if (s, e) == (start - 1, end) and _lexicon.word_freq(text[s]):
            return [(text[s], _tag(text[s])), (after, _tag(after))]
        return None
    return None


def _given_name_score(word: str) -> float:
    """The mean log probability jieba's part-of-speech model gives the given-name characters
    of word (its last two) inside a person's name; -inf where one is never there."""
    logps = [_lexicon.given_name_logp(ch, k == 1) for k, ch in enumerate(word[-2:])]
    known = [logp for logp in logps if logp is not None]
    return sum(known) / 2 if len(known) == 2 else float("-inf")


def _tag(word: str) -> str:
    """A word's tag in jieba's dictionary, "x" for a break (no word, punctuation, digits)."""
    if not re.match(f"[{_CJK}]", word):
        return "x"
    return _lexicon.word_tag(word) or "" if _lexicon.word_freq(word) else ""


# A list of people closed by 等 and a word for people: 某某、某某等人 / 等同志 / 等5名.
_PEOPLE_LIST = re.compile(
    rf"(?:[{_CJK}]{{2,4}}、)+[{_CJK}]{{2,4}}(?=等(?:人|同志|[\d一二三四五六七八九十几多]+[人名位]))")


def _people_lists(text: str) -> list[tuple[int, int]]:
    """The names of a list of people closed by 等人 (苗永红、符建国等人): every item must be a
    name by name_end, or the list is of something else (苹果、香蕉等)."""
    spans = []
    for m in _PEOPLE_LIST.finditer(text):
        items, pos = [], m.start()
        for item in m.group().split("、"):
            items.append((pos, pos + len(item)))
            pos += len(item) + 1
        if len(items) >= 2 and all(name_end(text, s) == e for s, e in items):
            spans += items
    return spans


def _listed_after(text: str, found: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names listed after a name found, separated by 、 (苗永红、符建国、鲁晓燕等): a list
    goes on with its own kind."""
    spans = []
    for _start, end in found:
        while (nxt := re.match(rf"[{_SPACE}]*[、][{_SPACE}]*", text[end:])) is not None:
            pos = end + nxt.end()
            if (end := name_end(text, pos) or 0) <= pos:
                break
            spans.append((pos, end))
    return spans


def _speaker_label(text: str) -> list[tuple[int, int]]:
    """An interview's speaker label opening a paragraph: ``郜文斌：今年…``."""
    label = re.match(f"([{_CJK}]{{2,4}})[：:]", text)
    if not label or label.group(1) in _lexicon.roles():
        return []
    end = name_end(text, 0)
    return [(0, end)] if end == label.end(1) else []


def _cue_at(text: str, i: int) -> bool:
    """A speech verb, a form of address, or a title after a name, as news writes a leader's
    name before the office ('习近平总书记指出', '李强总理说')."""
    if _NAME_CUE.match(text, i):
        return True
    title = _role_pattern().match(text, i)
    return title is not None and len(title.group().strip()) >= 2 \
        and title.group() in _TITLES_AFTER


# Offices written after a name in news (the name first, then the office, then what was said),
# and the academic and professional titles news writes the same way (李华教授, 王强院士,
# 张伟主任, 刘洋董事长).
_TITLES_AFTER = frozenset({"总书记", "主席", "总理", "副主席", "副总理", "委员长", "书记",
                           "副书记", "省长", "市长", "县长", "区长", "部长", "同志",
                           "局长", "厅长", "处长", "院长", "校长", "主任", "副主任", "教授",
                           "副教授", "院士", "研究员", "董事长", "总经理"})


def _occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for name in sorted(set(names), key=lambda n: (-len(n), n)):
        if name:
            spans.extend((m.start(), m.end()) for m in re.finditer(re.escape(name), text))
    return spans


# ---------------------------------------------------------------- organisations, places


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
        if not re.fullmatch(f"[{_CJK}]+", word) or word in _ORG_STOP_WORDS:
            break
        if word in _lexicon.roles() or (
            len(word) > 1 and not _is_common_word(word) and tag.startswith("nr")
        ):
            break
        if len(word) == 1:
            if word in _NOT_IN_GIVEN_NAME or word in "一二两三几多家该本其每全":
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
        and (_lexicon.word_freq(word) >= _COMMON_WORD or not _lexicon.word_freq(word[-2:]))
    )


def _orgs(text: str) -> list[Mention]:
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


def _places(text: str) -> list[Mention]:
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


# ------------------------------------------------------------------------------ API


def _resolve(candidates: Iterable[Mention]) -> list[Mention]:
    """Non-overlapping mentions: persons first, then the longer name."""
    rank = {"person": 0, "org": 1, "place": 2}
    taken: list[Mention] = []
    for c in sorted(candidates, key=lambda c: (rank[c.kind], c.start - c.end, c.start)):
        if all(c.end <= t.start or c.start >= t.end for t in taken):
            taken.append(c)
    return sorted(taken, key=lambda c: c.start)


_INLINE_CREDIT = re.compile(r"[（(]([^（）()]{2,40}?(?:摄|记者|通讯员)[^（）()]{0,30})[)）]")


# An author's name alone in brackets closing a paragraph after its last sentence, or making a
# paragraph of its own: how papers sign a short contribution ('…体会。（欧阳春燕）'); an
# editor's note in brackets may follow it.
_SIGNATURE = re.compile(rf"(?:^|[。！？!?”])[{_SPACE}]*[（(]([^（）()]{{2,16}})[)）][{_SPACE}]*"
                        rf"(?:[（(][^（）()]*[)）][{_SPACE}]*)?$")


def _known_other_word(name: str) -> bool:
    """A dictionary word that is not a name (张家港, 马上): no signature."""
    return bool(_lexicon.word_freq(name)) and not (_lexicon.word_tag(name) or "").startswith("nr")


def _credit_names(text: str) -> list[tuple[int, int]]:
    """Names in a credit printed inside running text ('…装车。（路静 摄）') and an author's
    signature closing it ('…名堂。（米热古丽·艾买提）'): the signature's brackets hold one
    name and nothing else."""
    spans = [
        (m.start(1) + n.start, m.start(1) + n.end)
        for m in _INLINE_CREDIT.finditer(text)
        for n in byline_names(m.group(1))
    ]
    if (m := _SIGNATURE.search(text)) is not None:
        signed = [n for n in byline_names(m.group(1))
                  if n.name == m.group(1).strip(_SPACE) and not _known_other_word(n.name)]
        spans += [(m.start(1) + n.start, m.start(1) + n.end) for n in signed[:1]]
    return spans


def find_mentions(text: str, known_persons: Iterable[str] = ()) -> list[Mention]:
    """Names in one paragraph of running text, non-overlapping, sorted by start."""
    context = [_with_given_names(text, s, e)
               for s, e in _role_names(text) + _cued_names(text) + _credit_names(text)]
    context += _speaker_label(text) + _transliterated(text) + _dotted_by_context(text)
    context += _unsurnamed_names(text) + _kin_names(text) + _names_by_form(text)
    context += _people_lists(text)
    context += _listed_after(text, context)
    names = {_WS.sub("", text[s:e]) for s, e in context} | {_WS.sub("", n) for n in known_persons}
    spans = context + _occurrences(text, names)
    persons = [Mention(s, e, "person", _WS.sub("", text[s:e])) for s, e in spans]
    return _resolve([*persons, *_orgs(text), *_places(text)])


# ------------------------------------------------------------------------- bylines

# Words of a credit line that are not names: agencies, roles, kinds of work. Matched
# anywhere in a run of characters ('本报记者路静', '吕航通讯员'); the one-character ones
# (文 图 摄) only as a run of their own or at its end ('路静摄').
_CREDIT_WORDS = re.compile(
    "|".join(
        _words(
            "本报讯 本报 新华社 中新社 人民日报 经济日报 光明日报 央视 通讯员 实习生 见习记者 "
            "特约记者 首席记者 摄影记者 全媒体记者 融媒体记者 记者 本版责编 责任编辑 责编 编辑 "
            "主编 审校 审核 校对 制图 美编 版式 排版 组版 设计 策划 统筹 监制 出品 摄影报道 摄影 "
            "摄像 报道 整理 供图 图片 视频 文字 翻译 发自"
        )
    )
)
_CREDIT_SINGLE = frozenset("文图摄")
# A run ending like this is an agency, a paper or a dateline, not a person: 晚报讯, 新华社.
_AGENCY_ENDINGS = tuple("讯社报网台电")
_NAME_RUN = re.compile(rf"[{_CJK}·]+")


def _split_run(run: str) -> list[tuple[int, int]]:
    """Split a run of CJK characters printed without spaces into names ('王某李某某')."""
    if len(run) <= 4 or "·" in run:
        return [(0, len(run))] if len(run) >= 2 else []
    for first in (3, 2):
        rest = run[first:]
        if _surname_at(run, 0) and _surname_at(rest, 0):
            tail = _split_run(rest)
            if tail:
                return [(0, first), *((s + first, e + first) for s, e in tail)]
    return []


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
                    and not text[runs[-1][1]:start].strip(_SPACE) and runs[-1][1] < start
                if run.group() not in _CREDIT_SINGLE or padded:
                    runs.append((start, end))
    return runs


def _looks_like_name(name: str) -> bool:
    """A surname first ('王某' too; in a byline also one that is more often a word elsewhere:
    居小雅), a transliterated name ('·'), or a placeholder ('某某'); not a word and a verb
    (a column's title set like a byline: 劳模说)."""
    surname = bool(_surname_at(name, 0)) or name[:1] in _lexicon.byline_surnames()
    word_and_verb = len(name) == 3 and _is_common_word(name[:2]) and _is_free_word(name[2])
    return (surname or "·" in name or set(name) == {"某"}) and not word_and_verb


# A reporter's credit word: what follows it is the reporter's name, with or without a Han
# surname (本报记者 格桑顿珠). Not 通讯员: a correspondent is often an office signing with a
# pen name (通讯员 某工宣).
_REPORTER_BEFORE = re.compile(rf"记者[{_SPACE}]*$")
_UNSURNAMED_MAX = 4


def _reporters_name(text: str, start: int, name: str) -> bool:
    """A name without a Han surname right after a reporter's credit word: two to four
    characters that are no word and no place."""
    return (
        bool(_REPORTER_BEFORE.search(text, 0, start))
        and 2 <= len(name) <= _UNSURNAMED_MAX
        and bool(re.fullmatch(f"[{_CJK}]+", name))
        and not _is_common_word(name)
        and name not in _lexicon.gazetteer()
        and not any(ch in _NOT_IN_GIVEN_NAME for ch in name)
    )


def byline_names(text: str) -> list[Mention]:
    """Person names in a byline, credit or editors entry.

    Credit words (本报记者, 通讯员, 摄 …), agencies and datelines are dropped; what is left
    between spaces and brackets are names if they begin with a surname. Single characters
    separated by spaces are one name spaced out to the width of three ('颜  珂'); names
    run together are split at surnames ('王某李某某').
    """
    runs = _credit_runs(text)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(runs):
        s, e = runs[i]
        if e - s == 1 and i + 1 < len(runs) and runs[i + 1][1] - runs[i + 1][0] == 1:
            s2, e2 = runs[i + 1]
            if not text[e:s2].strip(_SPACE):
                spans.append((s, e2, text[s] + text[s2]))
                i += 2
                continue
        spans += [(s + a, s + b, text[s + a : s + b]) for a, b in _split_run(text[s:e])]
        i += 1
    return [Mention(s, e, "person", name) for s, e, name in spans
            if _looks_like_name(name) or _reporters_name(text, s, name)]


# ---------------------------------------------------------------------------- speech


def speaker_after_quote(text: str, pos: int, mentions: Sequence[Mention]) -> Mention | None:
    """The person a quotation closing at pos is attributed to.

    pos is the offset of the closing mark (or just after it). The speaker is the first
    person mention in the same sentence that is followed, after at most a few words
    ('信心满怀地'), by a speech verb: '……”平沟煤矿矿长邢永亮信心满怀地说。'.
    """
    while pos < len(text) and text[pos] in "”’」』\"'" + _SPACE:
        pos += 1
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "person" or m.start < pos:
            continue
        between = text[pos : m.start]
        if len(between) > 24 or any(ch in _SENTENCE_END for ch in between):
            return None
        if _SPEECH_VERB.match(text, m.end):
            return m
    return None
