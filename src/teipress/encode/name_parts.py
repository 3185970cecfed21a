"""What a Chinese person's name is made of, shared by the finders of names: the Mention they
return, the character classes, the surname list's look-ups, and the tests for ordinary words
and free-standing characters that keep a name from swallowing its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from teipress import lexicon as _lexicon
from teipress.lexicon import ABBREVIATION_TAG, NOT_IN_GIVEN_NAME


@dataclass(frozen=True)
class Mention:
    start: int  # offsets into the text given
    end: int
    kind: str  # "person" | "place" | "org"
    name: str  # the register key: the name's normal form (e.g. whitespace removed)


def words(spaced: str) -> tuple[str, ...]:
    return tuple(spaced.split())


CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
SPACE = " \t\u3000\u00a0"

# Characters of NOT_IN_GIVEN_NAME that transcribed names use for a syllable of their own: 日
# (ri, zhi) in Yi and Tibetan names (沙马日火, 沙马拉日, 阿日, 尼玛日珠), where a Han given name
# has none.
TRANSCRIBED_SYLLABLES = frozenset("日")
# A candidate that is a dictionary word this common is an ordinary word, not a name.
COMMON_WORD = 20
# ... unless jieba lists it as a name and it is rarer than this (阳光 is not a name).
_NAME_LIKE_FREQ = 500

# The longest part of a name printed in parts joined by ``·`` (阿依古丽·买买提).
DOTTED_PART_MAX = 6


def given_char_ok(ch: str) -> bool:
    return bool(re.match(f"[{CJK}]", ch)) and ch not in NOT_IN_GIVEN_NAME


@cache
def surname_start() -> re.Pattern[str]:
    """Matches where a surname may start (its first character)."""
    return re.compile(f"[{''.join(sorted({name[0] for name in _lexicon.surnames()}))}]")


def surname_at(text: str, i: int) -> int:
    """Length of the surname starting at i (2 for 欧阳 …, 1 for 王 …), 0 if none."""
    names = _lexicon.surnames()
    if text[i : i + 2] in names:
        return 2
    return 1 if text[i : i + 1] in names else 0


# How often a word the given name of an unlisted surname makes may be counted, at most: a
# name's given characters make a rare word or none (彩霞, 建平), a run after a post or before
# 说 that makes a frequent one is the sentence's words (时代, 一步).
_UNLISTED_GIVEN_FREQ = 1000
# How long a name of an unlisted surname is read: the surname and two given characters (a
# single given character after an unknown character is as often a word).
UNLISTED_NAME = 3


def unlisted_surname_name(name: str, in_credit: bool = False) -> bool:
    """Whether a name printed where its place vouches for it (a byline, a signature, an
    interview's turn label, after a post, before 说) is read though its surname is on no list
    (拜进福, 者建平, 妥彩霞: Hui and other surnames too rare for the lists): a character and
    two given ones, no character a given name never holds, no dictionary word across the
    surname and the given name nor the whole, the given name no frequent word, neither a
    place (赴兰州). In
    a credit line, which holds names only, the surname may be a character that is a word of
    its own elsewhere (校对：把永红); in running text it may not, nor a frequent verb,
    preposition or adverb (记者在现场, 据家人介绍). A province's
    or a city's short name (jieba's abbreviations, j: 粤, 沪) opens an office's pen name
    (通讯员 粤工宣), no surname."""
    surname, given = name[:1], name[1:]
    return (
        _lexicon.word_tag(surname) != ABBREVIATION_TAG
        and len(name) == UNLISTED_NAME
        and re.fullmatch(f"[{CJK}]+", name) is not None
        and (in_credit or (surname not in NOT_IN_GIVEN_NAME and not is_free_word(surname)))
        and not any(ch in NOT_IN_GIVEN_NAME for ch in given)
        and not _lexicon.word_freq(name)
        and not _lexicon.word_freq(name[:2])
        and _lexicon.word_freq(given) < _UNLISTED_GIVEN_FREQ
        and name not in _lexicon.gazetteer()
        and given not in _lexicon.gazetteer()
    )


def is_tibetan_name(word: str) -> bool:
    """A name made of one or two elements of Tibetan names (白玛, 才让卓玛): Tibetans have no
    surname, so the name has no Han surname and may hold characters no Han given name does."""
    parts = _lexicon.tibetan_name_parts()
    return word in parts or (len(word) == 4 and word[:2] in parts and word[2:] in parts)


def is_common_word(word: str) -> bool:
    """A frequent dictionary word. Names jieba lists are not counted: its full names
    (nrfg: 李强) and three-character names (赵红梅); its two-character 'names' are too often
    ordinary words (周密, 麦子) to be trusted."""
    freq = _lexicon.word_freq(word)
    if freq < COMMON_WORD:
        return False
    tag = _lexicon.word_tag(word) or ""
    name_like = tag == "nrfg" or (tag == "nr" and len(word) >= 3)
    return not (name_like and freq < _NAME_LIKE_FREQ)


# A character used this often as a word of its own, as a verb, preposition, adverb or
# particle, is the word after a two-character name rather than a name's third character
# ('李强作报告', but '邢永亮信心满怀', '王大锁来到').
FREE_WORD_FREQ = 10_000


def is_proper_noun(word: str) -> bool:
    """Whether jieba lists the word as a proper noun (nr, ns, nz): its dictionary holds
    names of people it tags as places (乌云其木格: ns), so a name made by its form is not
    refused for being listed so, where the gazetteer does not list it."""
    tag = _lexicon.word_tag(word) or ""
    return tag.startswith(("nr", "ns", "nz")) and word not in _lexicon.gazetteer()


def is_conjunction(ch: str) -> bool:
    """A character used this often as a conjunction (和): as a surname it needs a given
    name that is no word of its own."""
    return _lexicon.word_tag(ch) == "c" and _lexicon.word_freq(ch) >= FREE_WORD_FREQ


def is_free_word(ch: str) -> bool:
    tag = _lexicon.word_tag(ch) or ""
    free = tag in ("v", "p", "d", "c") or tag.startswith("u")
    return free and _lexicon.word_freq(ch) >= FREE_WORD_FREQ


def holds_other_word(run: str) -> bool:
    """Whether a dictionary word that is no name lies inside a run of a few characters
    (亲自抓: 亲自; 哈斯巴根 holds 哈斯, which jieba tags as a name)."""
    inner = (run[k:k + n] for n in range(2, len(run) + 1) for k in range(len(run) - n + 1))
    return any(_lexicon.word_freq(w) and not (_lexicon.word_tag(w) or "").startswith("nr")
               for w in inner)


def given_name_score(word: str) -> float:
    """The mean log probability jieba's part-of-speech model gives the given-name characters
    of word (its last two) inside a person's name; -inf where one is never there."""
    logps = [_lexicon.given_name_logp(ch, k == 1) for k, ch in enumerate(word[-2:])]
    known = [logp for logp in logps if logp is not None]
    return sum(known) / 2 if len(known) == 2 else float("-inf")
