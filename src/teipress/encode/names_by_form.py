"""Full names found by their form alone, where no cue stands: a surname and two given
characters that jieba's segmenter cuts out as a word of its own and its part-of-speech model
finds likely in a name (one score, ``GIVEN_NAME_LOGP``, fitted by bench/lopo_names.py).
"""

from __future__ import annotations

import itertools
import re

from teipress import lexicon as _lexicon
from teipress.encode.name_parts import (
    CJK,
    DOTTED_PART_MAX,
    NOT_IN_GIVEN_NAME,
    SPACE,
    TRANSCRIBED_SYLLABLES,
    given_char_ok,
    given_name_score,
    is_common_word,
    is_proper_noun,
    surname_at,
    surname_start,
)
from teipress.encode.name_span import NAME_CUE, classifier_at, name_end, role_pattern
from teipress.encode.person_cues import KIN_WORDS, after_role

# What a name found by its form may stand next to: a break in the text, a function word
# (在, 由, 的, 等, 和), a verb, a time word, or any dictionary word of two characters or
# more (a clean word boundary); not a lone character that may be part of a longer name.
_FREE_TAG_PREFIXES = ("x", "p", "c", "u", "d", "r", "v", "f", "t", "m", "ng", "nr")
# Last characters that make a place or an organisation of a run (平寨村, 某某局), a kind
# of goods (危化品, 化妆品: 品 closes product words), a system of responsibility (河长制,
# 责任制: 制 closes words for institutions), or a line's name (a power line, a railway, a bus
# route: 10千伏拦隆口线, 某某线 as 站 closes a station's), not a name.
_NOT_A_NAMES_END = frozenset("村镇乡县区市省州街路局厅委办院所站队社品制线")


def names_by_form(text: str) -> list[tuple[int, int]]:
    """Full names found by their form alone, where no cue stands ('在苗永红的带领下',
    '苗永红今年58岁'): a surname and two given characters that name_end agrees on, no
    dictionary word (jieba tags many words names: 周密, 郁金香; they are left to the
    context), no part of a dotted name, no place or organisation ending, not right after a
    figure (26项迎峰度夏工程: 项 counts the works; a name found by form needs a break or a
    word before it), not closed by a credit's word (…黎乡文/钟晓燕: 文/ credits); given
    characters jieba's part-of-speech model finds likely in a name (``GIVEN_NAME_LOGP``); a
    word of its own for jieba's segmenter, a free-standing or whole word on each side."""
    spans = []
    for m in surname_start().finditer(text):
        start = m.start()
        sn = surname_at(text, start)
        end = start + sn + 2
        word = text[start:end]
        if not sn or end > len(text) or _lexicon.word_freq(word) or word[-1] in _NOT_A_NAMES_END \
                or not re.fullmatch(f"[{CJK}]+", word) \
                or "·" in text[max(0, start - DOTTED_PART_MAX): end + DOTTED_PART_MAX] \
                or given_name_score(word) < GIVEN_NAME_LOGP or name_end(text, start) != end \
                or classifier_at(text, start) or _after_a_figure(text, start) \
                or _quoted_term(text, start, end) or _in_verse(text, start, end) \
                or _CREDIT_WORD.match(text, end - 1):
            continue
        tokens = _tagged_around(text, start, end)
        if tokens is None:
            continue
        if all(_boundary(w, tag) for w, tag in tokens):
            spans.append((start, end))
    return spans


# Classical verse is printed in lines of five or seven characters, a mark after each; two
# such lines running on in a row are a poem (a calligraphy's transcription, a quoted couplet).
_VERSE_LINE = re.compile(f"(?<![{CJK}])(?:[{CJK}]{{5}}|[{CJK}]{{7}})[，。！？；、]")


def _in_verse(text: str, start: int, end: int) -> bool:
    """Whether the run lies in a line of verse next to another line of its length: a name
    found by form alone is no name there (江月何年初照人: 江 + 月何)."""
    lines = [m.span() for m in _VERSE_LINE.finditer(text)]
    for (s1, e1), (s2, e2) in itertools.pairwise(lines):
        inside = (s1 <= start and end < e1) or (s2 <= start and end < e2)
        if e1 == s2 and e1 - s1 == e2 - s2 and inside:
            return True
    return False


# The word a credit opens with (文/某某, 图/某某): a run whose last character it is holds no
# name, but a headline's last words run on into the credit under it (…黎乡 + 文/钟晓燕).
_CREDIT_WORD = re.compile(r"[文图]\s*[/／]")


def _after_a_figure(text: str, start: int) -> bool:
    """Whether a figure stands right before start, a space between them or not (26 项)."""
    before = text[:start].rstrip(SPACE)
    return bool(before) and before[-1].isdigit()


def _quoted_term(text: str, start: int, end: int) -> bool:
    """Whether the run fills a pair of quotation marks, as a coined name of a thing is
    printed (一部“连心梯”, “幸福里”); a person's name so printed has a cue of its own."""
    return start > 0 and end < len(text) and text[start - 1] in "“「『\"" \
        and text[end] in "”」』\""


def _boundary(word: str, tag: str) -> bool:
    """Whether a word next to a candidate ends the name there: a free-standing or whole word,
    not a lone character jieba knows as part of names (布 after 吉克曲: the name is 吉克曲布)."""
    if len(word) == 1 and tag.startswith("nr"):
        return False
    return tag.startswith(_FREE_TAG_PREFIXES) or (len(word) >= 2 and bool(_lexicon.word_freq(word)))


_CLAUSE_BREAK = re.compile(f"[^{CJK}·]")
# The least mean log probability of a name's given characters (jieba's model) for a name
# found by its form: chosen leave-one-paper-out on the test pages (bench/lopo_names.py:
# all 50 folds fit -8.5, the twelfth set's papers included; the papers left out, pooled:
# precision 1.000, recall 0.976 of the candidates the gold lists). Also the bar a credit's
# name with an unlisted compound surname clears, and a correspondent's with no Han surname
# (bylines).
GIVEN_NAME_LOGP = -8.5
# How far around a candidate the tagger reads (it is slow): enough for the words on either side.
_TAG_WINDOW = 8


# The tag of a locative (下, 上, 里, 旁: jieba's f): one stuck to the run's end makes a place
# of a thing (左公柳下, 桥头上), as a person is not put (a person's place is 身边, 家里).
_LOCATIVE_TAGS = ("f",)


def _tagged_around(text: str, start: int, end: int) -> list[tuple[str, str]] | None:
    """The words before and after the name text[start:end] with their dictionary tags, if
    jieba's segmenter, run over the clause around it, cuts it out as one word, or as one
    word with a single-character word of the dictionary stuck to it ('由苗永红', '苗永红称':
    the segmenter's model joins an unknown name to its neighbour), but for a locative after
    it ('左公柳下': a thing's place); None otherwise. A
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
        if (s, e) == (start, end + 1) and _lexicon.word_freq(text[end]) \
                and _tag(text[end]) not in _LOCATIVE_TAGS:
            return [(before, _tag(before)), (text[end], _tag(text[end]))]
        if (s, e) == (start - 1, end) and _lexicon.word_freq(text[s]):
            return [(text[s], _tag(text[s])), (after, _tag(after))]
        return None
    return None


def _tag(word: str) -> str:
    """A word's tag in jieba's dictionary, "x" for a break (no word, punctuation, digits)."""
    if not re.match(f"[{CJK}]", word):
        return "x"
    return _lexicon.word_tag(word) or "" if _lexicon.word_freq(word) else ""


def tibetan_names(text: str) -> list[tuple[int, int]]:
    """Tibetan names by their form: two elements of the list side by side (次仁央金, 格桑顿珠;
    Tibetans have no surname), making no word with the character on either side; or one
    element alone where one side says a name is there: a role or kin word before it
    ('第一书记达瓦牵头') or, after a break or a function character, a speech verb or a form of
    address after it ('农家乐的次旦说'). A lone element must be no common word and hold no
    character a given name never does (才让: 'only then let')."""
    parts = _lexicon.tibetan_name_parts()
    spans = []
    for i in range(len(text) - 1):
        if text[i : i + 2] not in parts or _lexicon.word_freq(text[i - 1 : i + 1] if i else ""):
            continue
        if text[i + 2 : i + 4] in parts and not _lexicon.word_freq(text[i + 3 : i + 5]):
            spans.append((i, i + 4))
        elif _lone_element(text, i):
            spans.append((i, i + 2))
    return spans


def _lone_element(text: str, i: int) -> bool:
    """Whether the Tibetan name element at i stands as a name of its own (see tibetan_names)."""
    element, end = text[i : i + 2], i + 2
    if is_common_word(element) or any(ch in NOT_IN_GIVEN_NAME for ch in element) \
            or _lexicon.word_freq(text[i + 1 : i + 3]) or text[end : end + 2] in \
            _lexicon.tibetan_name_parts():
        return False
    role_before = any(m.end() == i for m in role_pattern().finditer(text, max(0, i - 8), i)) \
        or any(text.endswith(kin, 0, i) for kin in KIN_WORDS) or after_role(text, i)
    break_before = not i or not re.match(f"[{CJK}]", text[i - 1]) \
        or text[i - 1] in NOT_IN_GIVEN_NAME
    return role_before or (break_before and NAME_CUE.match(text, end) is not None)


# The characters a Yi name has: its clan name and a given name of two syllables.
_YI_NAME = 4


def _yi_given(text: str, i: int) -> bool:
    """Whether a Yi clan name at i is followed by two given-name characters: the caller has
    a cue saying a name starts at i (a role word, 彝族 and a word for the person), so the
    name's length is the clan's and its two syllables, whatever follows ('沙马拉者违规')."""
    given = text[i + 2 : i + _YI_NAME]
    return len(given) == 2 and all(given_char_ok(ch) or ch in TRANSCRIBED_SYLLABLES
                                   for ch in given)


def is_yi_name(name: str) -> bool:
    """A Yi name whole: a clan name of the list and two syllables (沙马拉日), as a byline or a
    credit prints it."""
    return len(name) == _YI_NAME and name[:2] in _lexicon.yi_clan_names() and _yi_given(name, 0)


def yi_names(text: str) -> list[tuple[int, int]]:
    """Yi names by their form where the page says a Yi is named: a clan name of the list
    and two syllables after 彝族 and a word for the person ('彝族姑娘沙马阿依'), or right after
    a role word, listed or not ('村民阿说木呷患…', '养殖大户俄木拉日把…': a Han reading stops
    at the clan, or finds no name)."""
    clans = _lexicon.yi_clan_names()
    after_yi = [i for m in re.finditer("彝族", text)
                for i in range(m.end(), m.end() + _YI_WORD_MAX + 1)]
    listed = [m.end() for m in role_pattern().finditer(text)]
    return [(i, i + _YI_NAME) for i in range(len(text))
            if text[i : i + 2] in clans and _yi_given(text, i)
            and (i in after_yi or i in listed or after_role(text, i))]


# How many characters the word for the person may have between 彝族 and the name (姑娘, 老党员).
_YI_WORD_MAX = 4


def whole_yi_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names found by context that are a Yi clan name and part of its given name, read as a
    Han surname and given name ('书记沙马' of 沙马拉者, '村民吉克石' of 吉克石布), made whole."""
    clans = _lexicon.yi_clan_names()
    return [(s, s + _YI_NAME) if e - s < _YI_NAME and text[s : s + 2] in clans
            and _yi_given(text, s) else (s, e) for s, e in spans]


# The longest element of a Uyghur or Kazakh name the list holds (古丽巴哈尔).
_TURKIC_PART_MAX = 5


def whole_turkic_names(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names found by context that stop one or two characters short of an element of a
    Uyghur or Kazakh name (母亲阿依古 of 阿依古丽: read as a surname 阿 and two given
    characters), made whole, with the elements that follow it joined on (阿不都热合曼)."""
    parts = _lexicon.turkic_name_parts()
    out = []
    for s, e in spans:
        longer = [e + k for k in (2, 1) if text[s : e + k] in parts and e + k <= len(text)]
        if longer and e - s < _TURKIC_PART_MAX:
            e = longer[0]
            while following := _element_at(text, e, parts):
                e = following
        out.append((s, e))
    return out


def _element_at(text: str, i: int, parts: frozenset[str]) -> int | None:
    """The end of the longest element of the list starting at i, None if none does."""
    return next((i + n for n in range(_TURKIC_PART_MAX, 1, -1) if text[i : i + n] in parts),
                None)


def dotted_turkic_names(text: str) -> list[tuple[int, int]]:
    """A Uyghur or Kazakh name printed in full, its given name and the father's joined by a
    dot (阿依努尔·叶尔兰), both elements of the list: the longest one ending at the dot and
    the longest one starting after it."""
    parts = _lexicon.turkic_name_parts()
    spans = []
    for m in re.finditer("[·・]", text):
        left = [m.start() - n for n in range(min(_TURKIC_PART_MAX, m.start()), 1, -1)
                if text[m.start() - n : m.start()] in parts]
        right = _element_at(text, m.end(), parts)
        if left and right:
            spans.append((left[0], right))
    return spans


# The longest element of a Mongolian name the list holds (吉日嘎拉).
_MONGOLIAN_PART_MAX = 4


def mongolian_names(text: str) -> list[tuple[int, int]]:
    """Mongolian names by their form: two elements of the list side by side (斯琴高娃,
    额尔敦毕力格; Mongols of China mostly bear no surname), making no word with the
    character on either side; or one element alone where one side says a name is there, as
    for a Tibetan element (牧民巴特尔说, 女儿其其格)."""
    parts = _lexicon.mongolian_name_parts()
    spans = []
    for i in range(len(text) - 1):
        first = _longest_part(text, i, parts)
        if first is None or (i and _lexicon.word_freq(text[i - 1 : i + 1])):
            continue
        second = _longest_part(text, first, parts)
        end = second or first
        common = is_common_word(text[i:end]) and not (second and is_proper_noun(text[i:end]))
        if _lexicon.word_freq(text[end - 1 : end + 1]) or common:
            continue
        if second is not None or _lone_part(text, i, end):
            spans.append((i, end))
    return spans


def _longest_part(text: str, i: int, parts: frozenset[str]) -> int | None:
    """The end of the longest Mongolian element starting at i, None if none does."""
    return next((i + n for n in range(_MONGOLIAN_PART_MAX, 1, -1) if text[i : i + n] in parts),
                None)


def _lone_part(text: str, i: int, end: int) -> bool:
    """Whether one element (text[i:end]) stands as a name of its own: a role or kin word
    before it, or a break before it and a speech verb or a form of address after it."""
    role_before = any(m.end() == i for m in role_pattern().finditer(text, max(0, i - 8), i)) \
        or any(text.endswith(kin, 0, i) for kin in KIN_WORDS) or after_role(text, i)
    break_before = not i or not re.match(f"[{CJK}]", text[i - 1]) \
        or text[i - 1] in NOT_IN_GIVEN_NAME
    return role_before or (break_before and NAME_CUE.match(text, end) is not None)


def _breaks_after(text: str, i: int) -> bool:
    """Whether a name may end before i: the text's end, no character of a name, a function
    character, or what news prints after a name."""
    return i >= len(text) or not re.match(f"[{CJK}]", text[i]) or text[i] in NOT_IN_GIVEN_NAME \
        or NAME_CUE.match(text, i) is not None


# A person described by their people and a word for a person (傣族姑娘, 傣族小伙): a name
# of that people's form follows.
_PEOPLE_DESCRIBED = re.compile(f"[{CJK}]族(?:姑娘|小伙子?|少女|妇女|老人|青年|汉子|阿妈|大妈)")


def _verb_after(text: str, i: int) -> bool:
    """Whether a verb of two characters or more starts at i, making no word with the
    character before (岩罕打开: 打开; a name ends before it)."""
    return any(_lexicon.word_tag(text[i : i + n]) == "v" for n in (2, 3)) \
        and not _lexicon.word_freq(text[i - 1 : i + 1])


def dai_names(text: str) -> list[tuple[int, int]]:
    """Dai names after a word for a role, listed or not ('陵园讲解员玉香已…', 护林员岩温说): a
    prefix of the list in place of a surname and one or two syllables, the name ending where
    a name may end."""
    prefixes = _lexicon.dai_name_prefixes()
    spans = []
    starts = [m.end() for m in role_pattern().finditer(text)]
    starts += [m.end() for m in _PEOPLE_DESCRIBED.finditer(text)]
    starts += [i for i, ch in enumerate(text) if ch in prefixes and after_role(text, i)]
    for i in sorted(set(starts)):
        if text[i : i + 1] not in prefixes:
            continue
        for end in (i + 3, i + 2):
            if end <= len(text) and all(given_char_ok(ch) for ch in text[i + 1 : end]) \
                    and (_breaks_after(text, end) or _verb_after(text, end)) \
                    and not _lexicon.word_freq(text[i:end]):
                spans.append((i, end))
                break
    return spans
