"""Where a person's name that starts with a surname ends, and the cues news prints right after
a name (a speech verb, a form of address, an office: '王大锁满意地说', '蒋桂芬阿婆',
'李强总理'). Every finder of persons by context or by form reads names through here.
"""

from __future__ import annotations

import re
from functools import cache

from teipress import lexicon as _lexicon
from teipress.encode.name_parts import (
    CJK,
    SPACE,
    UNLISTED_NAME,
    given_char_ok,
    given_name_score,
    is_common_word,
    is_conjunction,
    is_free_word,
    surname_at,
    unlisted_surname_name,
    words,
)
from teipress.segment.patterns import PHOTO_POSITION

# Single characters that turn "surname + X" into a form of address, not a name (王总, 李局).
_ADDRESS_CHARS = frozenset("总工老姐哥叔婶姨伯爷婆嫂妈爸局处科队董主经书院所校部厅省市县区镇乡村")
# A kin word with its rank, as neighbours are addressed by surname (曹大伯, 汪二叔, 隆阿叔,
# 刘大嫂): where a given name would start, it makes a form of address of the surname.
_KIN_ADDRESS = re.compile("[大二三四五六七八九小老阿][伯叔婶姨舅姑嫂哥姐爷奶妈娘公婆]")
# 某 stands for a given name withheld: a legal report names parties by surname and 某
# (被告人张某, 被害人刘某, 原告陈某某), and a withheld name is no person's.
_WITHHELD = "某"
# Kin terms and forms of address printed after a surname or a name (王师傅, 蒋桂芬阿婆).
ADDRESS_WORDS = words(
    "先生 女士 小姐 师傅 阿姨 阿婆 阿公 阿伯 大爷 大妈 大娘 大姐 大哥 大叔 大婶 奶奶 爷爷 老人 "
    "老汉 同志 老板 老师 总监"
)

# 说 of 说明 (an explanation: '盲文说明') and 说服 (persuading) reports no speech.
SPEECH_VERB = re.compile(
    rf"(?:[{CJK}]{{1,6}}?地|笑着|在[{CJK}]{{1,10}}?[上时中]|[对向跟]记者)?"
    r"(?:说(?![明服])|表示|介绍|告诉|指出|坦言|透露|强调|认为|回忆|感慨|解释|补充|谈到|笑言|直言|坦承|"
    r"笑称|称[，,：:])"
)
# A citation's author or editor before the work (费孝通著《乡土中国》, 参见某某主编：《…》).
_AUTHOR_OF = r"(?:主编|编著|著|编)[：:]?《"
# A person's name in Latin letters in brackets after the Chinese one (林某（Jessica Lim）), as
# reports on overseas Chinese and foreigners print it.
_LATIN_NAME = r"[（(][A-Z][a-z]+\s*[A-Z][a-z]+(?:\s*[A-Z][a-z]+)?[)）]"
# What news prints right after a person's name and after nothing else: an age (今年58岁),
# the sex opening a short biography (，男，汉族; a space before it in a nominee list: 某某某
# 男，汉族), a leader's guidance (在某某的带领下), and becoming one of a kind of people
# (也成了一名护边员: 名 and 位 count people only), and the actor playing a part in a stage or
# film caption (老艄公（某某饰）, 某某饰演的渔家女).
_PERSON_AFTER = (r"今年\d{1,3}岁|[，, \u3000][男女][，,]|的带领下|的带动下"
                 r"|[也还又]?成(?:为|了)一[名位]|饰演|饰[）)]")
NAME_CUE = re.compile("|".join([SPEECH_VERB.pattern, *ADDRESS_WORDS, "是一名", "是一位",
                                 _AUTHOR_OF, _LATIN_NAME, PHOTO_POSITION.pattern,
                                 _PERSON_AFTER]))


def _closed(text: str, i: int, end: int) -> bool:
    """A three-character run standing alone, no character on either side ('（记者 麦子俊）'):
    it is read as a name even if its first two characters are a word. Inside running text
    ('施工许可证、') it is a word's end, not a name."""
    cjk = re.compile(f"[{CJK}]")
    alone_right = end == len(text) or not cjk.match(text[end])
    alone_left = i == 0 or not cjk.match(text[i - 1])
    return end - i == 3 and alone_right and alone_left


# A clause's end: a comma, a sentence mark, a colon or a closing bracket.
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?）)、]")


def _closes_clause_unverbal(text: str, k: int) -> bool:
    """Whether the character at k, an adverb or a preposition of its own, is a given name's
    last one: a clause mark follows it, and neither ever closes a clause ('村民龙文才，' is
    龙文才; a verb or a particle may: '王刚走，', '李英的，')."""
    return _lexicon.word_tag(text[k]) in ("d", "p") and _CLAUSE_MARK.match(text, k + 1) is not None


def _given_ok(text: str, i: int, end: int, sn: int) -> bool:
    """Whether text[i:end] can be a name: given characters (none withheld), not a word, not
    an address, not an organisation jieba lists (党工委), not a conjunction joining two words
    ('志愿者和子女': 和 is a surname, but before a word it is 'and')."""
    given = text[i + sn : end]
    return (
        1 <= len(given) <= 2
        and (given_char_ok(given[0]) or _calendar_head(given))
        and (given_char_ok(given[-1])
             or (len(given) == 2 and _word_ends_the_name(text, end - 1)))
        and not is_common_word(text[i:end])
        and not _verb_and_object(text[i : i + sn], given)
        and not _a_not_a(text[i : i + sn], given)
        and _lexicon.word_tag(text[i:end]) != "nt"
        and not (is_conjunction(text[i : i + sn]) and is_common_word(given))
        and not (sn == 1 and is_common_word(text[i : i + 2]) and not _closed(text, i, end))
        and given not in ADDRESS_WORDS
        and given not in _lexicon.roles()
        and not (len(given) == 1 and given in _ADDRESS_CHARS)
        and _WITHHELD not in given
        and not _verb_phrase(text[i : i + sn], given)
        and not _a_count(given)
    )


# jieba's tag for numerals and the counts they make with a measure word (一遍, 三趟).
_NUMERAL_TAG = "m"


def _a_count(given: str) -> bool:
    """Two given characters that are a count, a numeral and its measure word as the dictionary
    lists it, the measure one jieba's model never saw in a name ('动手查一遍': 查 + 一遍; 一峰,
    一鸣 stay names): a verb's count after a surname that is the verb."""
    return len(given) == 2 and _lexicon.word_tag(given) == _NUMERAL_TAG \
        and _lexicon.given_name_logp(given[1], True) is None


# Calendar words that head many women's given names (月娥, 月英, 月梅): after a surname they
# open a name only with a second given character they make no word with (于月底, 每月初 stay
# phrases).
_CALENDAR_HEADS = frozenset("月")
# The number 万 heads many men's given names (万山, 万春, 万福, 万全): it opens one with a second
# given character that is no counter or 人 and makes with it no number jieba lists (成万人,
# 余万元, 万里, 万年 stay numbers; 万山 ns, 万春 nr are names).
_NUMBER_HEADS = frozenset("万")


def _calendar_head(given: str) -> bool:
    if len(given) != 2 or not given_char_ok(given[1]):
        return False
    if given[0] in _CALENDAR_HEADS:
        return not _lexicon.word_freq(given)
    if given[0] in _NUMBER_HEADS:
        tag = _lexicon.word_tag(given)
        return given[1] != "人" and _lexicon.word_tag(given[1]) not in ("q", "m", "zg") \
            and (tag is None or tag != "m")
    return False


def _verb_phrase(surname: str, given: str) -> bool:
    """A surname that is a frequent verb, adverb or preposition of its own before a single
    character jieba tags as a verb makes a phrase, not a name ('纳税人应享尽享': 应 + 享;
    '向东', '于洋' are names: 东 and 洋 are no verbs); a surname that is a frequent verb
    before a common word makes one too ('职工来读书', '应加强': 来 and 应 are the verbs)."""
    if len(given) == 1 and _coordinate_verbs(surname, given):
        return True
    if len(given) == 2 and _verb_and_activity(surname, given):
        return True
    if not is_free_word(surname):
        return False
    if len(given) == 1:
        return _lexicon.word_tag(given) == "v"
    return _lexicon.word_tag(surname) == "v" and is_common_word(given)


# How often jieba counts each of two verbs, at least, for the pair to be read as two verbs
# joined (a coordinate verb of officialese: 包保, 督促) rather than a surname and a given name.
_COORDINATE_VERB_FREQ = 3000


def _coordinate_verbs(surname: str, given: str) -> bool:
    """A surname that is a frequent verb before a given character that is one too: two verbs
    joined ('领导干部包保责任': 包 + 保), which jieba's dictionary does not list."""
    return all(_lexicon.word_tag(ch) == "v" and _lexicon.word_freq(ch) >= _COORDINATE_VERB_FREQ
               for ch in (surname, given))


def _verb_and_activity(surname: str, given: str) -> bool:
    """A surname that is a verb before a verb of the dictionary whose characters jieba's
    model never saw in a given name: a verb and the activity it takes ('跟着父亲练摔跤': 练 +
    摔跤; 跤 is in no name), however rare the surname's verb (习远航, 祝满仓 stay names)."""
    return _lexicon.word_tag(surname) == "v" and _lexicon.word_tag(given) in _VERB_TAGS \
        and any(_lexicon.given_name_logp(ch, k == 1) is None for k, ch in enumerate(given))


# jieba's tags for verbs (its names are nr).
_VERB_TAGS = ("v", "vn", "vd")


def _verb_and_object(surname: str, given: str) -> bool:
    """A surname that is a verb before a noun, the two a word the dictionary lists whatever
    its count or its tag, but a name's (老年人查档: 查 + 档; 学员练球: 练 + 球, which jieba tags
    a noun); a name jieba happens to tag a verb is no verb and its object (付强: 强 is no
    noun)."""
    return (not (_lexicon.word_tag(surname + given) or "nr").startswith("nr")
            and _lexicon.word_tag(surname) == "v"
            and (_lexicon.word_tag(given) or "").startswith("n"))


def _a_not_a(surname: str, given: str) -> bool:
    """The question form A不A or A没A (港口强不强, 行不行): a surname, then 不 and itself."""
    return len(given) == 2 and given[0] in "不没" and given[1] == surname


def _conjunction_before_speech(text: str, k: int) -> bool:
    """Whether the character at k, a conjunction (和, 与), is a given name's last one: a speech
    verb follows it, which no conjunction joins ('副厅长晏春和指出')."""
    return is_conjunction(text[k]) and SPEECH_VERB.match(text, k + 1) is not None


def _word_ends_the_name(text: str, k: int) -> bool:
    """Whether the character at k, a function word of its own, is a given name's last one by
    what follows it: a clause's end, a speech verb, a time word or an adverb that no
    function word there could stand before."""
    return _closes_clause_unverbal(text, k) or _conjunction_before_speech(text, k) \
        or _conjunction_before_a_time(text, k) or _adverb_before_an_adverb(text, k) \
        or _year_before_speech(text, k)


# jieba's tag for time words (今年, 去年, 目前).
_TIME_TAG = "t"
_TIME_WORD = 2


def _conjunction_before_a_time(text: str, k: int) -> bool:
    """Whether the character at k, a conjunction (和, 与), is a given name's last one: a time
    word opens the predicate after it ('茶农蔡宗和今年靠10亩茶园增收'), which no conjunction
    joins to a person; where a 的 follows in the clause, the time word is a later noun's
    ('王刚和今年入学的新生': 和 joins the two people)."""
    time = text[k + 1 : k + 1 + _TIME_WORD]
    if not is_conjunction(text[k]) or _lexicon.word_tag(time) != _TIME_TAG:
        return False
    clause = _CLAUSE_MARK.search(text, k + 1)
    return "的" not in text[k + 1 : clause.start() if clause else len(text)]


# The calendar character that ends many men's given names (永年, 松年, 鹤年, 延年).
_YEAR = "年"


def _year_before_speech(text: str, k: int) -> bool:
    """Whether 年 at k is a given name's last character: a speech verb follows it ('”师永年
    说'); news puts a time word before the speaker's name, not between the name and 说."""
    return text[k] == _YEAR and SPEECH_VERB.match(text, k + 1) is not None


def _adverb_before_an_adverb(text: str, k: int) -> bool:
    """Whether the character at k, an adverb jieba's models find likelier a given name's
    last character than a word (才 of 有才, 德才), is the name's last one: another adverb
    opens the predicate after it ('烟农佘有才正和家人查苗': 才 + 正 stack no adverbs)."""
    return _lexicon.word_tag(text[k]) == "d" and _lexicon.word_tag(text[k + 1 : k + 2]) == "d" \
        and _model_prefers_a_name(text[k])


# The aspect particles, which follow a verb and nothing else.
_ASPECT_PARTICLES = ("了", "着", "过")


def _third_char_is_the_names(text: str, g: int) -> bool:
    """Whether the character after the first given-name character (at g) ends the name:
    it forms no word with the next one ('王大锁来到'), or the word that follows the longer
    name is the likelier one ('郭小华表示': 表示 before 华表; '李英来到': 来到 before 到海)."""
    # an aspect particle after it makes it the clause's verb ('龙梅成了她们的师傅': 成 + 了),
    # unless the particle opens a word of its own ('王小明了解', '张伟明过来')
    if text[g + 2 : g + 3] in _ASPECT_PARTICLES and not _lexicon.word_freq(text[g + 2 : g + 4]):
        return False
    # at the text's end (a letter's signature: '学生家长 侯小军') the character runs on into nothing
    runs_on = _lexicon.word_freq(text[g + 1 : g + 3]) if g + 3 <= len(text) else 0
    # a cue after the longer name, unless the cue reads from the shorter one's end too
    # ('冉华坚定地说': 坚定地说)
    if not runs_on or (NAME_CUE.match(text, g + 2) and not NAME_CUE.match(text, g + 1)):
        return True
    return _lexicon.word_freq(text[g + 2 : g + 4]) > runs_on


def likelier_a_names_end(ch: str) -> bool:
    """Whether a character that is a frequent verb of its own is likelier a given name's last
    character than a word, by jieba's own models: its probability at a name's end (the
    part-of-speech model's emission) over its share of the dictionary as a word (发 in 长发,
    胜 in 得胜 are names' more than verbs'; 来, 为, 在, 说 are the next word; an adverb, 正 or
    常, opens the predicate: 南宫羽正对着)."""
    return _lexicon.word_tag(ch) == "v" and _model_prefers_a_name(ch)


def _model_prefers_a_name(ch: str) -> bool:
    """Whether jieba's part-of-speech model gives a character a higher probability at a
    given name's end than its dictionary gives it as a word of its own."""
    name_logp, word_logp = _lexicon.given_name_logp(ch, True), _lexicon.word_logp(ch)
    return name_logp is not None and word_logp is not None and name_logp > word_logp


# What a measure word follows: a numeral (or digits) or a demonstrative (一位, 是位, 这张).
_BEFORE_A_CLASSIFIER = frozenset("一二两三四五六七八九十百千几每这那是")


def classifier_at(text: str, i: int) -> bool:
    """Whether the surname at i is a measure word there, as jieba tags it (是位白发老人: 位),
    not a surname."""
    return bool(i) and (text[i - 1] in _BEFORE_A_CLASSIFIER or text[i - 1].isdigit()) \
        and _lexicon.word_tag(text[i]) == "q"


def _noun_given_name_speaks(text: str, g: int) -> bool:
    """Whether two given characters at g make a name though the second is a word of its own:
    they form a noun, as many given names do (金花, 海燕), and a speech verb follows them
    that does not make a word with that character ('龙金花说', but '李强作介绍': 强作 is no
    noun; '对王海来说': 来说 is a word)."""
    end = g + 2
    return (
        (_lexicon.word_tag(text[g:end]) or "").startswith("n")
        and SPEECH_VERB.match(text, end) is not None
        and not _lexicon.word_freq(text[g + 1 : end + 1])
    )


def addressed_by_kin(text: str, i: int) -> bool:
    """Whether a surname at i is followed by a kin word with its rank (曹大伯): the two are a
    form of address, with no name to find there."""
    sn = surname_at(text, i)
    return bool(sn) and _KIN_ADDRESS.match(text, i + sn) is not None


# What closes the name of a village called after the clan that settled it, a surname and
# 家 (王家庄, 李家村, 张家湾, 刘家屯): the words for a village, a hamlet, a bay, a gully, a
# stockade, a flat or a post station that northern and central China's villages are named
# with; a given name of 家 and one of them is that village.
_SETTLEMENT_ENDS = frozenset("庄村屯湾沟洼寨堡坪坝峪铺")


def _names_a_clan_village(text: str, g: int) -> bool:
    """Whether the given name read at g is 家 and a settlement's word: the surname before it
    opens a village's name (78岁的綦家庄村民), no person's."""
    return text[g : g + 1] == "家" and text[g + 1 : g + 2] in _SETTLEMENT_ENDS


def name_end(text: str, i: int) -> int | None:
    """End of a person name that starts at i with a surname, or None.

    Two given-name characters are taken unless the second one begins the next word
    ('李英来到', '李英告诉' → 李英; '王大锁来到' → 王大锁), is a word of its own ('李强作';
    not in a noun before a speech verb, '龙金花说', nor an adverb closing a clause, '龙文才，')
    or cannot be in a name ('李英的').
    Ordinary words ('马上', '高兴地') and forms of address ('王总', '李师傅', '曹大伯') are
    rejected.
    """
    sn = surname_at(text, i)
    if not sn or addressed_by_kin(text, i) or _names_a_clan_village(text, i + sn):
        return None
    g = i + sn
    long_end = g + 2
    if (
        long_end <= len(text)
        and _third_char_is_the_names(text, g)
        and (not is_free_word(text[g + 1]) or _noun_given_name_speaks(text, g)
             or _word_ends_the_name(text, g + 1)
             or (likelier_a_names_end(text[g + 1]) and not classifier_at(text, i)))
        and not any(_lexicon.word_freq(text[g : long_end + k]) for k in (1, 2)
                    if long_end + k <= len(text))
        and _given_ok(text, i, long_end, sn)
    ):
        return long_end
    # '和消费者': the given name would be the start of a word running on
    if is_common_word(text[g : g + 2]) and not is_free_word(text[g + 1 : g + 2]):
        return None
    return g + 1 if _given_ok(text, i, g + 1, sn) else None


def vouched_name_end(text: str, i: int, after_role: bool = False) -> int | None:
    """End of a name at i printed where its place vouches for it (after a post, as a turn's
    label, after an age): name_end, or where no listed surname starts at i, a name of an
    unlisted surname (unlisted_surname_name: 理事长拜进福) that a speech verb, a form of
    address or a caption's place in the photo closes, or a clause's end where no role word
    stands before it: after a role word the sentence goes on with a verb and its object as
    often (让群众少跑腿。, 师傅话不多，)."""
    end = name_end(text, i)
    if end is None and after_role and _word_opens_the_name(text, i):
        return i + _FULL_NAME
    if end is not None or surname_at(text, i):
        return end
    end = i + UNLISTED_NAME
    if end > len(text) or not unlisted_surname_name(text[i:end]):
        return None
    cued = NAME_CUE.match(text, end) or PHOTO_POSITION.match(text, end)
    closed = not after_role and not re.match(f"[{CJK}]", text[end : end + 1])
    return end if cued or closed or _adverb_opens_predicate(text, i, end) else None


# A surname and two given characters.
_FULL_NAME = 3


def _word_opens_the_name(text: str, i: int) -> bool:
    """Whether a full name after a role word opens with a common word its surname and first
    given character make, a word the dictionary tags a name (主任蓝天野在…: 蓝天; not 文化,
    游客): the role vouches for the name where its given characters are no word, nor is its
    last with what follows, the three are no word but a name jieba lists (蓝天野), and a
    preposition, an adverb or a conjunction opens the predicate after it, or a clause's end
    closes it."""
    end = i + _FULL_NAME
    opening = text[i : i + 2]
    if end > len(text) or surname_at(text, i) != 1 or not is_common_word(opening) \
            or not (_lexicon.word_tag(opening) or "").startswith("nr"):
        return False
    after = text[end : end + 1]
    opens_predicate = not after or _CLAUSE_MARK.match(after) is not None or (
        is_free_word(after) and (_lexicon.word_tag(after) or "") in ("p", "d", "c"))
    return opens_predicate and given_char_ok(text[end - 1]) \
        and not _lexicon.word_freq(text[i + 1 : end]) \
        and not _lexicon.word_freq(text[end - 1 : end + 1]) \
        and (not _lexicon.word_freq(text[i:end])
             or (_lexicon.word_tag(text[i:end]) or "").startswith("nr"))


# The least mean log probability jieba's model gives a name's given characters for an unlisted
# surname's name before an adverb (names_by_form.GIVEN_NAME_LOGP's bar).
_UNLISTED_GIVEN_LOGP = -8.5


def _adverb_opens_predicate(text: str, i: int, end: int) -> bool:
    """Whether an unlisted surname's name at i..end is one by what follows: an adverb of its
    own opens the predicate (焊装工禤志明正盯着屏幕), which a verb and its object after a role
    word seldom have, and given characters jieba's model finds likely in a name."""
    return _lexicon.word_tag(text[end : end + 1]) == "d" \
        and given_name_score(text[i:end]) >= _UNLISTED_GIVEN_LOGP


@cache
def role_pattern() -> re.Pattern[str]:
    roles = "|".join(map(re.escape, _lexicon.roles()))
    return re.compile(rf"(?:{roles})[{SPACE}]*")


def cue_at(text: str, i: int) -> bool:
    """A speech verb, a form of address, or a title after a name, as news writes a leader's
    name before the office ('习近平总书记指出', '李强总理说')."""
    if NAME_CUE.match(text, i):
        return True
    title = role_pattern().match(text, i)
    return title is not None and len(title.group().strip()) >= 2 \
        and title.group() in _TITLES_AFTER


# Offices written after a name in news (the name first, then the office, then what was said),
# and the academic and professional titles news writes the same way (李华教授, 王强院士,
# 张伟主任, 刘洋董事长).
_TITLES_AFTER = frozenset({"总书记", "主席", "总理", "副主席", "副总理", "委员长", "书记",
                           "副书记", "省长", "市长", "县长", "区长", "部长", "同志",
                           "局长", "厅长", "处长", "院长", "校长", "主任", "副主任", "教授",
                           "副教授", "院士", "研究员", "董事长", "总经理"})
