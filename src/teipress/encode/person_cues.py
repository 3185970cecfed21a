"""Persons found by the context news prints them in: after a role or kin word ('本报记者 路静',
'护林员石大山', '祖父黄德顺'), before a speech verb or a form of address ('”慕德刚说。'), as an
interview's speaker label, in a list closed by 等人, and in a list after a name found.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from teipress import lexicon as _lexicon
from teipress.encode.name_parts import (
    CJK,
    FREE_WORD_FREQ,
    NOT_IN_GIVEN_NAME,
    SPACE,
    TRANSCRIBED_SYLLABLES,
    UNLISTED_NAME,
    Mention,
    given_char_ok,
    holds_other_word,
    is_common_word,
    is_free_word,
    is_proper_noun,
    surname_at,
    surname_start,
    unlisted_surname_name,
    words,
)
from teipress.encode.name_span import (
    ADDRESS_WORDS,
    NAME_CUE,
    SPEECH_VERB,
    addressed_by_kin,
    cue_at,
    name_end,
    role_pattern,
    vouched_name_end,
)
from teipress.encode.orgs_places import names_a_unit
from teipress.segment.patterns import PHOTO_POSITION

# Kin terms a report names a relative by (祖父黄德顺, 丈夫热合曼·吐尔逊): the standard Chinese
# kinship terms, and the words for one's family or relatives as a whole (家人, 亲人). They
# run into verbs more often than roles do ('女儿来住', '和家人查苗'), so a name after one
# counts only when it is a full name (two given characters, or parts joined by ·).
KIN_WORDS = words("祖父 祖母 外公 外婆 爷爷 奶奶 父亲 母亲 丈夫 妻子 儿子 女儿 孙子 孙女 "
                    "哥哥 姐姐 弟弟 妹妹 家人 亲人")
# Last characters of words for people by their work, rank or place (护林员, 种粮大户, 环卫工,
# 茶农, 外交官, 老兵, 机手, 木匠, 战士, 传承人, 指挥家): the suffixes Chinese forms agent nouns
# with (家 of the arts and sciences: 画家, 作家, 企业家).
_ROLE_WORD_ENDINGS = frozenset("员师户工长农官兵手匠士人家")


def after_role(text: str, i: int) -> bool:
    """Whether the word ending at i names a role though it is not listed (护林员, 种粮大户)
    and a name may start at i: not '战士们', no word across i ('主人翁'), no word of three
    or four characters from i on ('年轻人任重道远'), no kin word (家人: kin_names reads it)."""
    if not i or text[i - 1] not in _ROLE_WORD_ENDINGS or i >= len(text) \
            or not given_char_ok(text[i]) or text.endswith(KIN_WORDS, 0, i):
        return False
    if any(_lexicon.word_freq(text[i - k : i + 1]) and not _role_outweighs(text, i, k)
           for k in (1, 2, 3) if i >= k) or any(
            _lexicon.word_freq(text[i : i + n]) and not _is_listed_name(text[i : i + n])
            for n in (3, 4)):
        return False
    # the role is a word (护林员) or a word and 人 or 员, the suffixes that make a person of
    # any verb or trade (传承 + 人, 发起 + 人, 快递 + 员, 安检 + 员); a verb ending in 工 is
    # work done, no worker (加工, 施工: 加工成饲料)
    return any(_lexicon.word_freq(text[i - k : i]) and not _verb_of_work(text[i - k : i])
               and not _counted(text[i - k : i])
               for k in (2, 3, 4) if i >= k) \
        or (text[i - 1] in _AGENT_SUFFIXES and any(_makes_an_agent(text[i - k : i - 1])
                                                   for k in (3, 4, 5) if i >= k)) \
        or _worker_of_a_trade(text[i - 3 : i]) or _grower_of_a_crop(text[i - 2 : i])


# The suffix that makes a grower of what a noun names (茶 + 农, 菜 + 农, 竹 + 农): the farmers
# of rural reports, by crop; the dictionary lists the common ones only.
_GROWER_SUFFIX = "农"
_NOUN_TAGS = ("n", "ng")


def _grower_of_a_crop(word: str) -> bool:
    """Whether a two-character word the dictionary lacks is a noun and 农, a grower of that
    crop (竹农余某某); the ones it lists (茶农, 菜农) are roles as words already."""
    return len(word) == 2 and word[-1] == _GROWER_SUFFIX and not _lexicon.word_freq(word) \
        and _lexicon.word_tag(word[0]) in _NOUN_TAGS


def _verb_of_work(word: str) -> bool:
    """A verb (jieba's v, vn) ending in 工, the work done (加工, 施工, 开工), not the worker
    (员工, 矿工); 长 is left alone, jieba tags offices so (连长: v)."""
    return word[-1] == "工" and _lexicon.word_tag(word) in ("v", "vn")


# jieba's tags for numerals and pronouns: a word of them ending in 家 or 户 is a measure word
# counting households or firms (一家, 两家, 这家, 每户), no agent noun.
_COUNTING_TAGS = ("m", "r")


def _counted(word: str) -> bool:
    """A numeral's or a demonstrative's measure word (从一家牧户到另一家: 一家), no role."""
    return _lexicon.word_tag(word) in _COUNTING_TAGS


def _role_outweighs(text: str, i: int, k: int) -> bool:
    """Whether a two-character word across i (k = 1) is cut out of a longer role word ending
    at i that the dictionary counts more often (农民工房大海: 农民工, not 工房)."""
    across = _lexicon.word_freq(text[i - 1 : i + 1])
    return k == 1 and any(_lexicon.word_freq(text[i - n : i]) > across
                          for n in (3, 4) if i >= n)


# Where words name a place or a direction (头上, 路上, 门口; jieba's s and f), 人 after them
# is people there, not an agent (码头上人来车往: no role before 来).
_PLACE_TAGS = ("s", "f")


def _makes_an_agent(word: str) -> bool:
    """Whether a word makes a person with 人 or 员 after it: a verb or a trade (传承人, 快递员),
    no place word."""
    return bool(_lexicon.word_freq(word)) and _lexicon.word_tag(word) not in _PLACE_TAGS


_AGENT_SUFFIXES = frozenset("人员")
# The suffix that makes a worker of the work a two-character verb names (抚育 + 工, 养护 +
# 工, 搬运 + 工: the forestry, road and dock hands of local reports); one character and 工
# is the work itself (加工, 施工), which _verb_of_work leaves out.
_WORKER_SUFFIX = "工"
_WORK_TAGS = ("v", "vn")


def _worker_of_a_trade(word: str) -> bool:
    """Whether a three-character word is a verb of work and 工, a worker (抚育工逄某某)."""
    return len(word) == 3 and word[-1] == _WORKER_SUFFIX \
        and _lexicon.word_tag(word[:2]) in _WORK_TAGS


def _is_listed_name(word: str) -> bool:
    """A name jieba lists: a full name (nrfg) or a three-character name (赵红梅); its
    four-character 'names' are idioms that start with a surname (任重道远)."""
    tag = _lexicon.word_tag(word) or ""
    return tag == "nrfg" or (tag.startswith("nr") and len(word) == 3)


def role_names(text: str) -> list[tuple[int, int]]:
    """Names printed right after a role word, and names listed after them with 、 or 和."""
    starts = []
    for m in role_pattern().finditer(text):
        role_end = m.start() + len(m.group().rstrip(SPACE))
        # '居民楼', '学生会': the role word runs on into a longer word, so no name follows;
        # '向导游': its last character starts another role word (向 + 导游), read instead.
        if not _lexicon.word_freq(text[m.start() : role_end + 1]) \
                and not role_pattern().match(text, role_end - 1) \
                and not _read_across_two_words(text, m.start(), role_end):
            starts.append(m.end())
    # a name after an unlisted role word (焊装工), its surname listed or not
    starts += [i for i in range(1, len(text))
               if after_role(text, i) and not _role_after_a_role(text, i)]
    spans = []
    for pos in sorted(set(starts)):
        while (end := vouched_name_end(text, pos, after_role=True)) is not None \
                and not _predicate_after_role(text, pos, end):
            spans.append((pos, end))
            nxt = re.match(rf"[、和及{SPACE}]+", text[end:])
            if not nxt:
                break
            pos = end + nxt.end()
    return spans


def _read_across_two_words(text: str, start: int, end: int) -> bool:
    """Whether a role word at start..end is read across two words, its first character
    closing one and its last opening the other (泰州长江公路大桥: 泰州 + 长江, no 州长)."""
    return start > 0 and bool(_lexicon.word_freq(text[start - 1 : start + 1])) \
        and bool(_lexicon.word_freq(text[end - 1 : end + 1]))


# A role word before a verb is the verb's subject, a kind of people doing it: a two-character
# "name" read right after it is the clause's predicate where the dictionary tags it a verb
# (专家初评: the experts' first review) or where its surname is an adverb or a preposition
# as free words are and its given character opens a word with the next (专家都尊称他: 都 +
# 尊称).
_VERB_TAG = "v"
_SHORT_NAME = 2


def _predicate_after_role(text: str, start: int, end: int) -> bool:
    """Whether the two-character name read after a role word at start..end is the clause's
    predicate instead (see above)."""
    if end - start != _SHORT_NAME:
        return False
    return _lexicon.word_tag(text[start:end]) == _VERB_TAG or (
        is_free_word(text[start]) and bool(_lexicon.word_freq(text[start + 1 : end + 1])))


def _role_after_a_role(text: str, i: int) -> bool:
    """Whether the word read as a role before i starts where another role word ends: news
    prints a name between a role and the verb, no second role there, so the word is the
    name of an unlisted surname run on into a verb (菜农过长林正和家人: 过长林, not 过长 +
    林正)."""
    return any(_lexicon.word_freq(text[i - k : i]) and _role_word_ends(text, i - k)
               for k in (2, 3) if i > k)


def _role_word_ends(text: str, j: int) -> bool:
    """Whether a dictionary word for people by their work or rank ends at j (菜农, 护林员)."""
    return j > 0 and text[j - 1] in _ROLE_WORD_ENDINGS \
        and any(_lexicon.word_freq(text[j - n : j]) for n in (2, 3, 4) if j >= n)


# A clause's end right after a name: the name closes the sentence or the clause, or a colon
# or bracket follows it ('副厅长哈斯巴根。', a head's '——访副厅长哈斯巴根').
_CLAUSE_END = re.compile(r"[。，,；;：:）)！？!?]|$")
# ... where the name has three characters or more: two unknown characters closing a clause
# after a word for people are as often a new word (群众点赞。) as a name.
_CLOSED_NAME_MIN = 3


# How long a name with no Han surname runs after a role word: up to four characters on the
# role's word alone, up to six (Mongolian names of two elements: 额尔敦毕力格)
# where a speech verb or a form of address follows and no frequent word is inside.
_UNSURNAMED_PLAIN_MAX = 4
_TRANSCRIBED_MAX = 6


def unsurnamed_names(text: str) -> list[tuple[int, int]]:
    """A name with no Han surname (巴特尔, 扎西: Mongolian, Tibetan, Uyghur names are printed
    so) where both sides say a name is there: right after a role or kin word and right
    before a speech verb or a form of address ('货车司机巴特尔说', '儿子阿依别克也成了一名…'),
    or before a clause's end when it has three characters or more and no dictionary word but
    a name is inside it ('副厅长哈斯巴根。'; '局长亲自抓，' holds 亲自). Two to four
    characters that are no common word, open with none but a name's element ('老师一样当老师')
    and hold no function character; 小/老 opens a form of address, no name."""
    spans = []
    kin = re.compile("|".join(KIN_WORDS))
    roles = role_pattern().finditer(text)
    for m in itertools.chain(roles, kin.finditer(text)):
        role_end = m.start() + len(m.group().rstrip(SPACE))
        if _lexicon.word_freq(text[m.start(): role_end + 1]):
            continue  # the role word runs on into a longer word (居民楼)
        start, is_role = m.end(), m.re is role_pattern()
        if _opens_with_word(text[start : start + 2]):
            continue  # the sentence goes on with a word: '像龙梅老师一样当老师' (一样)
        if addressed_by_kin(text, start):
            continue  # a surname and a kin word: '村民汪二叔说' addresses, names no one
        for end in range(start + 2, min(start + _TRANSCRIBED_MAX, len(text)) + 1):
            name = text[start:end]
            if not re.fullmatch(f"[{CJK}]+", name) or any(
                    ch in NOT_IN_GIVEN_NAME and ch not in TRANSCRIBED_SYLLABLES
                    for ch in name) or name[0] in "小老":
                break
            cued = NAME_CUE.match(text, end) is not None
            if len(name) > _UNSURNAMED_PLAIN_MAX and not (cued and not _holds_common_word(name)):
                continue  # a long transcription needs the cue and no common word inside it
            # an adverb after it closes a name with no surname only (学生罗子涵一边…: a
            # surname's name ends where name_end says)
            closing = _CLAUSE_END.match(text, end) or (
                not surname_at(text, start) and _adverb_at(text, end))
            if not (cued or (is_role and closing)) or is_common_word(
                    name) or name in _lexicon.roles() or name in ADDRESS_WORDS:
                continue
            if cued or _closes_clause(name):
                spans.append((start, end))
                break
    return spans


def _adverb_at(text: str, i: int) -> bool:
    """Whether a frequent adverb of its own stands at i, opening the clause's predicate after
    its subject ('青年歌手萨日朗将与…合唱': 将); a two-character word it opens is no adverb."""
    return _lexicon.word_tag(text[i : i + 1]) == "d" and is_free_word(text[i : i + 1]) \
        and not _lexicon.word_freq(text[i : i + 2])


def _holds_common_word(run: str) -> bool:
    """Whether a frequent dictionary word lies inside a run (毕力 in 额尔敦毕力格 is too rare)."""
    return any(is_common_word(run[k : k + n]) for n in range(2, len(run) + 1)
               for k in range(len(run) - n + 1))


def _opens_with_word(pair: str) -> bool:
    """A frequent word that is no name's or place's element (一样; not 哈斯, 巴特, 苏木, which
    jieba tags as names and places: transcribed names are built of them)."""
    return is_common_word(pair) and not (_lexicon.word_tag(pair) or "").startswith(("nr", "ns"))


def _closes_clause(name: str) -> bool:
    """Whether a run right after a role word and before a clause's end is a name by closing
    the clause alone: three characters or more, no dictionary word but a name inside it and
    no character that is a frequent verb, adverb or preposition of its own (游客边走边读，:
    走; a kin word is left out, a verb follows it too often: 外婆去摘菜), nor a frequent
    adjective closing it, the clause's predicate (a head's 农民卖粮快: 快)."""
    return (len(name) >= _CLOSED_NAME_MIN and not holds_other_word(name)
            and not any(is_free_word(ch) for ch in name) and not _predicate_adjective(name[-1]))


def _predicate_adjective(ch: str) -> bool:
    """A character used this often as an adjective of its own (快, 好, 多)."""
    return _lexicon.word_tag(ch) == "a" and _lexicon.word_freq(ch) >= FREE_WORD_FREQ


# Last characters of government bodies' short names (卫健委, 发改委, 公安局, 教育厅, 网信办):
# a committee, a bureau, a department, an office; given names hardly end in them.
_BODY_ENDS = frozenset("委局厅办")


# How many characters a name with no Han surname is printed in as a clause's subject before
# a speech verb or as a caption's person before their place in the photo: Yi, Tibetan and
# other names transcribed in four characters (吉克曲布, 次仁央金).
_FRAMED_LENGTH = 4


def framed_names(text: str) -> list[tuple[int, int]]:
    """A four-character name with no Han surname standing alone between a break (a closing
    quote, a comma, the paragraph's start) and a speech verb or a caption's place in the
    photo ('”吉克曲布说。', '吉克曲布（左）和同学…'): no function character, no form of
    address or role inside it, no government body's short name (县卫健委介绍), and no word
    of the dictionary in it but a name ('有关人员说', '大家纷纷说' hold 有关, 纷纷). So
    framed, a name of a surname the lists lack is read too (unlisted_surname_name: '拜进福说，',
    '拜进福（左）在…')."""
    spans = []
    for m in itertools.chain(SPEECH_VERB.finditer(text), PHOTO_POSITION.finditer(text)):
        start, end = m.start() - _FRAMED_LENGTH, m.start()
        if _frames_unlisted(text, end - UNLISTED_NAME, m.re is SPEECH_VERB) \
                and not surname_at(text, end - UNLISTED_NAME) \
                and unlisted_surname_name(text[end - UNLISTED_NAME : end]):
            spans.append((end - UNLISTED_NAME, end))
            continue
        if not _framed(text, start):
            continue
        name = text[start:end]
        if not re.fullmatch(f"[{CJK}]+", name) or name[0] in "小老" or name[-1] in _BODY_ENDS \
                or any(ch in NOT_IN_GIVEN_NAME for ch in name) \
                or any(NAME_CUE.match(text, k) or role_pattern().match(text, k)
                       for k in range(start, end)):
            continue
        inner = (name[k:k + n] for n in (2, 3) for k in range(_FRAMED_LENGTH - n + 1))
        if not any(_lexicon.word_freq(w) and not (_lexicon.word_tag(w) or "").startswith("nr")
                   for w in inner):
            spans.append((start, end))
    return spans


def _framed(text: str, start: int) -> bool:
    """Whether a run may start at start as a name framed by a break before it."""
    return start >= 0 and not (start and re.match(f"[{CJK}]", text[start - 1]))


# What closes the words before a speaker's name in the same paragraph: a quotation's close,
# a clause's or a sentence's end.
_CLOSE_BEFORE_SPEAKER = frozenset("”，,。；;！？!?：:")


def _frames_unlisted(text: str, start: int, speech: bool) -> bool:
    """Whether a name of a surname no list holds is framed at start: before a caption's place
    in the photo after any break; before a speech verb only after a close within the
    paragraph, not at its start nor after an opening quote (an extractor splits a paragraph
    inside a name: '”阿卜杜·' | '热西提说'; columns run together: '“哑设' + '琳告诉记者')."""
    if not speech:
        return _framed(text, start)
    return start > 0 and text[start - 1] in _CLOSE_BEFORE_SPEAKER


def cued_names(text: str) -> list[tuple[int, int]]:
    """Names followed by a speech verb, a form of address or 是一名 ('”王大锁满意地说',
    '蒋桂芬阿婆说', '贺永生是一名…'), where no word runs into the name from the left."""
    spans = []
    for m in surname_start().finditer(text):
        i = m.start()
        sn = surname_at(text, i)
        if (i and _lexicon.word_freq(text[i - 1 : i + 1])) or _closes_a_role(text, i):
            continue
        if not any(cue_at(text, i + sn + k) for k in (1, 2)):
            continue
        end = name_end(text, i)
        # a place is no name, whatever follows it ('石家庄市长安区': 石家庄 + 市长); nor is
        # a run whose last character opens the office after it ('自治区副主席': 副主席), nor
        # a government body's short name before its officer or as the one who says
        # (市卫健委副主任, 县发改委介绍)
        if end is not None and cue_at(text, end) and text[i:end] not in _lexicon.gazetteer() \
                and not _office_from(text, end - 1) and text[end - 1] not in _BODY_ENDS:
            spans.append((_word_surname_before(text, i, end), end))
    return spans


# What may stand before a name a surname of the byline list opens: a break or 的
# (85岁的某某某老人).
_BEFORE_A_NAME = re.compile(f"[^{CJK}]|的")


def _word_surname_before(text: str, i: int, end: int) -> int:
    """Where a cued name of one surname and one given character starts when a surname of
    the 百家姓 that running text reads as a word (鄂, 水, 干: byline_surnames.txt) stands right
    before it after a break or 的: the three characters are the name (的鄂云飞老人, not 云飞),
    as most Han names have three."""
    k = i - 1
    if end - i != 2 or k < 0 or text[k] in _lexicon.surnames() \
            or text[k] not in _lexicon.byline_surnames() \
            or not (k == 0 or _BEFORE_A_NAME.match(text, k - 1)) \
            or _lexicon.word_freq(text[k:end]):
        return i
    return k


def _closes_a_role(text: str, i: int) -> bool:
    """Whether the character at i is the last of a role word begun before it (工程师覃铭介绍:
    师 closes 工程师, it is no surname there)."""
    return any(m.start() < i and m.start() + len(m.group().rstrip(SPACE)) == i + 1
               for m in role_pattern().finditer(text, max(0, i - 6), i + 1))


def _office_from(text: str, i: int) -> bool:
    """Whether a role word of two characters or more starts at i (副主席, 副部长)."""
    role = role_pattern().match(text, i)
    return role is not None and len(role.group().strip(SPACE)) >= 2


# What news prints right before a person's name with 的 and before nothing else: an age
# (72岁的某某), a pupil's class (一年级（3）班的某某) and where a contestant or a delegate
# comes from (来自安图县的某某).
_PERSON_BEFORE = re.compile(
    rf"\d{{1,3}}岁的|[)）]?班的|来自[{CJK}]{{1,8}}?(?:省|市|县|区|旗|州|镇|乡|村)的")


# How often the character after such a name is a word of its own, at least: a verb or an
# adverb (就, 摸, 在), not a rare syllable of a longer transcribed name (阿合伍呷).
_NEXT_WORD_FREQ = 1000


def described_names(text: str) -> list[tuple[int, int]]:
    """A full name right after an age, a class or where one comes from, with 的
    ('72岁的卢桂芝就端着餐盘', '来自安图县的某某以'). The name runs into no longer word
    (66岁的柯尔克孜族: an ethnic group) and a frequent word or no character follows it."""
    spans = []
    for m in _PERSON_BEFORE.finditer(text):
        start = m.end()
        end = vouched_name_end(text, start)
        if end is None or end - start - max(surname_at(text, start), 1) != 2:
            continue
        longer = any(_lexicon.word_freq(text[start:k]) for k in range(end + 1, start + 7))
        nxt = text[end : end + 1]
        if not longer and (not re.match(f"[{CJK}]", nxt)
                           or _lexicon.word_freq(nxt) >= _NEXT_WORD_FREQ):
            spans.append((start, end))
    return spans


def kin_names(text: str) -> list[tuple[int, int]]:
    """A full name right after a kin term: '祖父黄德顺1936年…'."""
    spans = []
    for kin in KIN_WORDS:
        for m in re.finditer(kin, text):
            end = name_end(text, m.end())
            if end is not None and end - m.end() - surname_at(text, m.end()) == 2:
                spans.append((m.end(), end))
    return spans


# A list of people closed by 等 and a word for people: 某某、某某等人 / 等同志 / 等5名.
_PEOPLE_LIST = re.compile(
    rf"(?:[{CJK}]{{2,4}}、)+[{CJK}]{{2,4}}(?=等(?:人|同志|[\d一二三四五六七八九十几多]+[人名位]))")


def people_lists(text: str) -> list[tuple[int, int]]:
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


# A list of donors or of awards: each item a name, two spaces or more, and its sum of money,
# the items running together where the lines were joined (马建国  2万元热依拉·吐尔逊  5000元).
# A price per unit (金鲳鱼  26.0元/公斤, a market's price list) names a product, not a donor.
_SUM_AFTER = re.compile(rf"[{SPACE}]{{2,}}\d+(?:\.\d+)?[万亿]?元(?![/／每])")
_DOTTED_ITEM = re.compile(rf"[{CJK}]{{2,6}}[·・][{CJK}]{{2,6}}")


def names_before_sums(text: str) -> list[tuple[int, int]]:
    """The names of such a list (see _SUM_AFTER): an item standing after a break (the text's
    start, a mark or the sum before it) that is a full name by name_end or a dotted name;
    units (某某有限公司  50万元) are left to the organisations' finder."""
    spans = []
    for m in _SUM_AFTER.finditer(text):
        for start in range(max(0, m.start() - 13), m.start() - 1):
            before = text[start - 1] if start else ""
            if (before and re.match(f"[{CJK}]", before) and before != "元") \
                    or text[start] in "万亿元":
                continue
            if name_end(text, start) == m.start() \
                    or _DOTTED_ITEM.fullmatch(text, start, m.start()):
                spans.append((start, m.start()))
                break
    return spans


# A two-character name padded to the width of three with an ideographic space, as papers set
# names in signatures, credits and book reviews' bylines ('谷　雨'), run into the text where
# lines were joined ('定价：68.00元谷　雨一粒米…'): running text never spaces a word so.
_PADDED_NAME = re.compile(f"(?<![{CJK}][\u3000])([{CJK}])\u3000([{CJK}])(?![\u3000])")


def padded_names(text: str) -> list[tuple[int, int]]:
    """Such padded names: a surname of one character, an ideographic space and one given
    character, no word of its own, with no free word nor word starting at it after it."""
    spans = []
    for m in _PADDED_NAME.finditer(text):
        start, given = m.start(), m.group(2)
        after = text[m.end() : m.end() + 1]
        if surname_at(text, start) == 1 and given_char_ok(given) \
                and not is_free_word(given) \
                and not (after and _lexicon.word_freq(given + after)):
            spans.append(m.span())
    return spans


# A list of names spaced apart, as rolls of the honoured, award lists and donors' boxes print
# them (名单：某某某  某某某  某某某): three items or more after a colon or a break, each
# a full name, spaced by two spaces or more (or one ideographic space).
_SPACED_ITEMS = re.compile(
    rf"(?:^|(?<=[：:\n]))[{SPACE}]*([{CJK}]{{2,4}}(?:(?:[{SPACE}]{{2,}}|\u3000)[{CJK}]{{2,4}}){{2,}})"
    rf"[{SPACE}]*(?=$|[。；;\n])")


def spaced_name_lists(text: str) -> list[tuple[int, int]]:
    """The names of such a list (see _SPACED_ITEMS): every item must be a full name, a
    surname and two given characters by name_end, or the list is of something else
    (产品  服务  品牌)."""
    spans = []
    for m in _SPACED_ITEMS.finditer(text):
        items = [(m.start(1) + i.start(), m.start(1) + i.end())
                 for i in re.finditer(f"[{CJK}]+", m.group(1))]
        if all(name_end(text, s) == e and e - s - surname_at(text, s) == 2 for s, e in items):
            spans += items
    return spans


# A quotation or a motto signed by its author after a dash closing the text ('“…。”——某某某'):
# the name alone after the dash, the text's last word; a reader's letter signs with their
# county or town first, spaced from the name ('——西吉县 某某某').
_DASH_SIGNATURE = re.compile(
    rf"——[{SPACE}]*(?:[{CJK}]{{1,8}}[省市县区州旗镇乡村][{SPACE}]+)?([{CJK}·]{{2,12}})[{SPACE}]*$")


def dash_signatures(text: str) -> list[tuple[int, int]]:
    """The author signing a quotation after a dash (see _DASH_SIGNATURE): a full name by
    name_end or a dotted name, nothing else after the dash."""
    m = _DASH_SIGNATURE.search(text)
    if m is None:
        return []
    start, end = m.span(1)
    # a surname and two given characters standing alone closing the text are one name
    # though the last is a word of its own elsewhere (——某志发: 发, a verb)
    closed = end - start - surname_at(text, start) == 2 and surname_at(text, start) \
        and all(given_char_ok(ch) for ch in text[end - 2 : end]) \
        and not is_common_word(text[start:end])
    return [(start, end)] if vouched_name_end(text, start) == end or closed \
        or _DOTTED_ITEM.fullmatch(text, start, end) else []


# A roll of the fallen, of veterans or of a search notice: each item a name, a space, and where
# the person came from, a place down to its county, town or village and 人 (王某某  某省某县人
# 1979年牺牲), the way such rolls print a native place; 籍 for 人 (某某  某省某县籍).
_NATIVE_PLACE_AFTER = re.compile(
    rf"[{SPACE}]+[{CJK}]{{1,12}}?[省市县区州旗盟镇乡村][人籍](?![{CJK}])")


# ... or an honour roll's: a name, a space or more, then where the person lives or works
# and their occupation, a clause of its own (郑某某  某某县环卫工，拾到…), as such rolls
# describe each one; the occupation a listed role (村民, 退休教师) or an agent noun (环卫工,
# 个体户).
_PLACE_AND_OCCUPATION_AFTER = re.compile(
    rf"[{SPACE}]+[{CJK}]{{1,12}}?[省市县区州旗盟镇乡村]([{CJK}]{{2,6}}?)(?=[，,；;。])")


def names_before_native_places(text: str) -> list[tuple[int, int]]:
    """The names of such a roll (see _NATIVE_PLACE_AFTER, _PLACE_AND_OCCUPATION_AFTER): an
    item standing after a break that is a full name by name_end or a dotted name."""
    ends = [m.start() for m in _NATIVE_PLACE_AFTER.finditer(text)]
    ends += [m.start() for m in _PLACE_AND_OCCUPATION_AFTER.finditer(text)
             if _an_occupation(m.group(1))]
    return [span for end in ends if (span := _item_before(text, end)) is not None]


def _an_occupation(words: str) -> bool:
    """Whether words end in a listed role (村民, 教师) or an agent noun's suffix (环卫工)."""
    return words[-1] in _ROLE_WORD_ENDINGS or any(
        m.end() == len(words) for m in role_pattern().finditer(words))


def _item_before(text: str, end: int) -> tuple[int, int] | None:
    """A list's item ending at end: a full name by name_end or a dotted name, standing after
    a break (the text's start, a space or a mark)."""
    for start in range(max(0, end - 13), end - 1):
        if start and re.match(f"[{CJK}·・]", text[start - 1]):
            continue
        if name_end(text, start) == end or _DOTTED_ITEM.fullmatch(text, start, end):
            return start, end
    return None


# A person's unit in brackets right after the name, as lists of the honoured and of delegates
# print each one: 石清泉（花垣县供销社）.
_AFFILIATION = re.compile(rf"[（(]([{CJK}]{{2,20}})[）)]")


def affiliated_names(text: str) -> list[tuple[int, int]]:
    """A full name right before its unit in brackets (石清泉（花垣县供销社）向红梅（…）), the
    name standing after a break: the text's start, a mark or the bracket before it."""
    spans = []
    for m in _AFFILIATION.finditer(text):
        if not names_a_unit(m.group(1)):
            continue
        for start in range(max(0, m.start() - 4), m.start() - 1):
            if (start == 0 or not re.match(f"[{CJK}]", text[start - 1])) \
                    and name_end(text, start) == m.start():
                spans.append((start, m.start()))
                break
    return spans


def names_after_units(text: str, units: Iterable[Mention]) -> list[tuple[int, int]]:
    """A full name after its unit's name and a space, as honour lists print each item
    (轮南油气储运中心 龚国庆): a surname and two given characters name_end agrees on."""
    spans = []
    for unit in units:
        gap = re.match(f"[{SPACE}]+", text[unit.end :])
        if unit.kind != "org" or gap is None:
            continue
        start = unit.end + gap.end()
        end = name_end(text, start)
        if end is not None and end - start - surname_at(text, start) == 2:
            spans.append((start, end))
    return spans


def listed_after(text: str, found: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names listed after a name found, separated by 、 (苗永红、符建国、鲁晓燕等): a list
    goes on with its own kind. An item the marks bound on both sides is a name by its form
    alone where name_end reads a word in it (副主任某某、刘建中、某某: 建中 is a word)."""
    spans = []
    for _start, end in found:
        while (nxt := re.match(rf"[{SPACE}]*[、][{SPACE}]*", text[end:])) is not None:
            pos = end + nxt.end()
            if (end := name_end(text, pos) or _bounded_name(text, pos)) <= pos:
                break
            spans.append((pos, end))
    return spans


# A works' credit naming their authors in a list (一组书画作品的（作者依次为某某、某某、某某，
# 均为…学员）, 作者：某某、某某): the word 作者 says the items are people's names.
_AUTHORS_NAMED = re.compile(rf"作者(?:依次|分别)?(?:为|是|[：:])[{SPACE}]*")


def named_authors(text: str) -> list[tuple[int, int]]:
    """The names a works' credit lists after 作者 (see _AUTHORS_NAMED): each item a full name
    the marks bound (_bounded_name), up to the first item that is none."""
    spans = []
    for m in _AUTHORS_NAMED.finditer(text):
        pos = m.end()
        while (end := _bounded_name(text, pos)) > pos:
            spans.append((pos, end))
            if not text.startswith("、", end):
                break
            pos = end + 1
    return spans


# What closes an item of a list of people: the next item's mark, the clause's end, 等.
_ITEM_CLOSE = re.compile(rf"[{CJK}]{{2,4}}(?=[、，,。；;等]|[{SPACE}]*$)")


def _bounded_name(text: str, pos: int) -> int:
    """The end of a full name filling an item of a list (see _ITEM_CLOSE): a surname and one
    or two given characters, no common word and no place; 0 if the item is none. The marks
    say where the name ends, so a given character that elsewhere ends a name (中 in 建中)
    does not here, but one used as a verb or particle alone (王在) does. The list vouches
    for a name whose surname no list holds too (某某、冶永福、某某: unlisted_surname_name)."""
    item = _ITEM_CLOSE.match(text, pos)
    if item is None:
        return 0
    word, surname = item.group(), surname_at(text, pos)
    given = word[surname:]
    if surname and (len(given) == 2 or (len(given) == 1 and not is_free_word(given))) \
            and not is_common_word(word) and word not in _lexicon.gazetteer():
        return item.end()
    return item.end() if not surname and unlisted_surname_name(word) else 0


# What follows a field's label, not a speaker's: figures alone (蓝球：09, 开奖日期：…).
_FIGURES_ONLY = re.compile(rf"[{SPACE}\d.,:：/-]*$")


# A notice's contact line (a 公告's, a 启事's, an advert's): 联系人 and a colon, then the
# person to call, closed by the spaces before the next field (电话：…) or the line's end.
_CONTACT_LABEL = re.compile(rf"联系人[：:][{SPACE}]*")


def contact_names(text: str) -> list[tuple[int, int]]:
    """The contact person a notice's contact line names ('联系人：某某  联系电话：…'): the
    field holds a name alone, so one of a surname no list holds is read too
    (vouched_name_end), where nothing but a space or a mark closes it; a unit set there
    instead (联系人：县民政局殡葬管理股) is no name."""
    spans = []
    for label in _CONTACT_LABEL.finditer(text):
        end = vouched_name_end(text, label.end())
        if end is not None and not re.match(f"[{CJK}]", text[end : end + 1]):
            spans.append((label.end(), end))
    return spans


# An interview's turn label: a name, its office in brackets maybe (某某（市水利局局长）：),
# and a colon, opening the paragraph or, where the extractor ran the turns into one
# paragraph, opening a turn after the last one's sentence end (记者：…？某某：…).
_TURN_LABEL = re.compile(
    rf"(?:^|(?<=[。！？!?…”]))[{SPACE}]*([{CJK}]{{2,4}})(?:[（(][^（）()：:]{{1,20}}[)）])?[：:]")


def speaker_label(text: str) -> list[tuple[int, int]]:
    """An interview's speaker labels (see _TURN_LABEL): ``郜文斌：今年…``; a label after a
    sentence end only where the paragraph opens with a label too (记者：, 问：, a name: the
    turns of a question-and-answer run together). A label followed by figures only is a
    field of a table or a notice (see _FIGURES_ONLY); a role word is no name."""
    spans = []
    for label in _TURN_LABEL.finditer(text):
        start, end = label.span(1)
        if label.group(1) in _lexicon.roles() or _FIGURES_ONLY.match(text, label.end()):
            continue
        if label.start() and not _OPENING_LABEL.match(text):
            break
        if vouched_name_end(text, start) == end:
            spans.append((start, end))
    return spans


# A paragraph opening with a label: an interview's first turn (记者：, 问：, 某某：).
_OPENING_LABEL = re.compile(rf"[{SPACE}]*[{CJK}]{{1,6}}(?:[（(][^（）()：:]{{1,20}}[)）])?[：:]")


# A list of appointments and removals as a standing committee's 任免名单 prints it: a header
# (任命：, 免去：) and items closed by ；, each a name and its post, 某某为某某厅厅长 or
# 某某的某某厅厅长职务. The item says where the name ends; no context says what it is else.
# Where the header is set as a heading of its own, the paragraph is the items alone, each
# ending in a post (a role word) or 职务. A company's or a county's notice runs the header
# into each clause (任命某某为厂长；免去某某的副厂长职务，另有任用。): its items may be
# parted by ，, and a removal closed by a remark of its own (另有任用, 到龄退休).
_APPOINTMENT_HEADER = re.compile(r"(?:任命|免去|免职|任免)([：:]?)")
_APPOINTMENT_ITEM = re.compile(
    rf"([{CJK}]{{2,6}}?)(?:为[^；;。，,]+|的[^；;。，,]+职务)(?=[；;。，,]|$)")
_ITEM_BREAK = re.compile(r"[；;，,]")


def appointment_lists(text: str) -> list[tuple[int, int]]:
    """The names of such a list (see _APPOINTMENT_HEADER): every item after a header up to
    the sentence's end (a header run into its items, 任命某某为县长, only where an item's name
    is a full name its frame bounds: _framed_name), or every item of a paragraph of two items
    or more, or of one closed by ； or alone in its paragraph whose name is a full name by
    name_end (a list set an item to a line: 某某为某某局局长), that each end in a post; a name
    no common word and no place's name."""
    spans = []
    for header in _APPOINTMENT_HEADER.finditer(text):
        spans += [span for span, _ in _appointment_items(text, header.end())
                  if header.group(1) or _framed_name(text, *span)]
    items = _appointment_items(text, 0)
    listed = len(items) >= 2 or text.rstrip().endswith(("；", ";")) \
        or (len(items) == 1 and name_end(text, items[0][0][0]) == items[0][0][1])
    if items and listed and items[-1][1] >= len(text.rstrip()) - 1 \
            and all(_ends_in_post(text, s, e) for (s, _), e in items):
        spans += [span for span, _ in items]
    return spans


def _appointment_items(text: str, pos: int) -> list[tuple[tuple[int, int], int]]:
    """The items from pos up to the sentence's end: each its name's span and its end. After
    the first item, a clause that is none is a remark passed over (另有任用); one opening
    with a header is left to that header."""
    items: list[tuple[tuple[int, int], int]] = []
    while pos < len(text) and not (items and _APPOINTMENT_HEADER.match(text, pos)):
        m = _APPOINTMENT_ITEM.match(text, pos)
        if m is None:
            if not items:
                break
            remark_end = _ITEM_BREAK.search(text, pos)
            sentence_end = text.find("。", pos)
            if remark_end is None or -1 < sentence_end < remark_end.start():
                break
            pos = remark_end.end()
            continue
        name = m.group(1)
        if (not is_common_word(name) or is_proper_noun(name)) \
                and name not in _lexicon.gazetteer():
            items.append((m.span(1), m.end()))
        if m.end() >= len(text) or text[m.end()] == "。":
            break
        pos = m.end() + 1
    return items


def _framed_name(text: str, start: int, end: int) -> bool:
    """Whether an item's name run into its header is a full name: name_end's, or a character
    and two given ones, which the item's frame (任命…为, 免去…的) bounds though the last
    given character is a word of its own (佘德明为) or the surname is on no list (禤少华为):
    a listed surname's, or unlisted_surname_name's."""
    if name_end(text, start) == end:
        return True
    name = text[start:end]
    return len(name) == UNLISTED_NAME and (
        (surname_at(text, start) == 1 and all(map(given_char_ok, name[1:])))
        or unlisted_surname_name(name))


def _ends_in_post(text: str, start: int, end: int) -> bool:
    """Whether an item ends in 职务 or a role word."""
    return text.endswith("职务", start, end) \
        or any(m.end() == end for m in role_pattern().finditer(text, max(start, end - 8), end))


# A roster printed as a block of names (a presidium's, a committee's, 按姓氏笔画为序), each
# a full name, spaced by one space or more, four or five to a line: where the extractor joined
# two lines, two names run together (某某某某某某), and the block's last name may run into
# the text set after it. A run of four items or more, three in four of them names, is one.
_ROSTER_RUN = re.compile(rf"[{CJK}]{{2,}}(?:[{SPACE}]+[{CJK}]{{2,}}){{3,}}")
_ROSTER_SHARE = 0.75


def roster_names(text: str) -> list[tuple[int, int]]:
    """The names of such a roster (see _ROSTER_RUN): each item read as names one after the
    other, a surname and one or two given characters each, no common word; the last item's
    names up to where the names stop."""
    spans = []
    for run in _ROSTER_RUN.finditer(text):
        items = [(run.start() + i.start(), run.start() + i.end())
                 for i in re.finditer(f"[{CJK}]+", run.group())]
        read = [_names_filling(text, s, e) for s, e in items]
        if sum(bool(r) for r in read) < _ROSTER_SHARE * len(items) or not all(read[:-1]):
            continue
        spans += [span for names in read[:-1] for span in names]
        spans += _names_leading(text, *items[-1])
    return spans


def _roster_name(text: str, s: int, e: int) -> bool:
    surname = surname_at(text, s)
    return bool(surname) and 1 <= e - s - surname <= 2 \
        and all(given_char_ok(ch) for ch in text[s + surname : e]) \
        and not is_common_word(text[s:e]) and text[s:e] not in _lexicon.gazetteer()


def _names_filling(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names filling text[start:end] exactly, three-character names preferred; [] if none."""
    if start == end:
        return []
    for length in (3, 2, 4):
        if start + length <= end and _roster_name(text, start, start + length):
            if start + length == end:
                return [(start, end)]
            rest = _names_filling(text, start + length, end)
            if rest:
                return [(start, start + length), *rest]
    return []


def _names_leading(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Three-character names from start on, as long as they are names (the roster's last
    item, run into what follows it)."""
    spans = []
    while start + 3 <= end and _roster_name(text, start, start + 3):
        spans.append((start, start + 3))
        start += 3
    return spans


# An obituary's family signature: 家属 (亲属, 孝子) and the names, spaced, then 泣告 (敬告,
# 泣启, 叩谢). The spaces may cut a name where the name was set to a width (秦 建华).
_MOURNERS = re.compile(
    rf"(?:家属|亲属|孝子|孝女)[：:]?[{SPACE}]*([{CJK}{SPACE}]+?)[{SPACE}]*(?:泣告|敬告|泣启|叩谢)")


def mourners(text: str) -> list[tuple[int, int]]:
    """The names of such a signature (see _MOURNERS): the items between the spaces, a lone
    character joined to the next, each item read as names one after another; all of them
    names, or none is taken."""
    spans: list[tuple[int, int]] = []
    for m in _MOURNERS.finditer(text):
        items = [[i.start() + m.start(1), i.end() + m.start(1)]
                 for i in re.finditer(f"[{CJK}]+", m.group(1))]
        joined: list[list[int]] = []
        for item in items:
            if joined and joined[-1][1] - joined[-1][0] == 1:
                joined[-1][1] = item[1]
            else:
                joined.append(item)
        names = [_spaced_name(text, s, e) for s, e in joined]
        if names and all(names):
            spans += [span for found in names for span in found]
    return spans


def _spaced_name(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Names filling text[start:end], a name cut by spaces read as one (秦 建华)."""
    squeezed = re.sub(f"[{SPACE}]", "", text[start:end])
    if squeezed != text[start:end]:
        return [(start, end)] if _names_filling(squeezed, 0, len(squeezed)) == \
            [(0, len(squeezed))] else []
    return _names_filling(text, start, end)


# What a work's author is printed before: 的 and the work's title in 《》, or a word for works
# (贝多芬的《热情》, 肖邦的作品): the name is an author's, a composer's, a painter's.
_WORKS = frozenset(words("《 作品 名作 代表作 名曲 诗作 画作 作品集"))
# A name jieba lists counted this often or more is as often a word (周密): it needs more.
_AUTHOR_NAME_FREQ = 500


def authors_of_works(text: str) -> list[tuple[int, int]]:
    """Names jieba lists as persons (foreign ones printed without a dot: 贝多芬, 肖邦) right
    before 的 and a work, and the names joined to one with 和, 与 or 、 before it ('演奏了
    贝多芬和肖邦的作品')."""
    tokens, pos = [], 0
    for piece in _lexicon.pos_tokenizer().cut(text, HMM=False):
        tokens.append((pos, pos + len(piece.word), piece.word, piece.flag))
        pos += len(piece.word)

    def named(k: int) -> bool:
        _s, _e, word, flag = tokens[k]
        return flag in ("nr", "nrt") and len(word) >= 2 \
            and _lexicon.word_freq(word) < _AUTHOR_NAME_FREQ

    spans = []
    for k in range(len(tokens) - 2):
        if not (named(k) and tokens[k + 1][2] == "的" and tokens[k + 2][2] in _WORKS):
            continue
        spans.append(tokens[k][:2])
        j = k
        while j >= 2 and tokens[j - 1][2] in ("和", "与", "、") and named(j - 2):
            j -= 2
            spans.append(tokens[j][:2])
    return spans
