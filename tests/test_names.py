"""Names analysis: persons by context, bylines, speakers, organisations and places.

The sample page is read with a rough segmentation (blank-line blocks, lines joined with no
space) and the byline, credit and editors strings found on it, as the converter would pass
them; the persons found are scored against the gold list. Three short texts in other
papers' styles (written for these tests, with their own names) check that the rules are
not fitted to the sample.
"""

from __future__ import annotations

import itertools
import json
import re

import pytest

from conftest import SAMPLE_GOLD, SAMPLE_TXT
from teipress.edition import Edition
from teipress.encode.bylines import byline_names
from teipress.encode.name_parts import Mention
from teipress.encode.names import find_mentions, page_speakers, speaker_after_quote
from teipress.encode.tei import encode_page
from teipress.segment import segment_page
from teipress.segment.patterns import names_in

CREDIT = re.compile(r"[（(][^（）()]{2,30}[)）]|本报记者\s*\S+")
EDITORS = re.compile(r"(?:责任编辑|制图|审校)：(\S+)")


def persons_on_page(blocks: list[str], credits: list[str]) -> set[str]:
    """What the converter does: credits first, then paragraphs with the names known so far."""
    known: list[str] = []
    for credit in credits:
        known += [m.name for m in byline_names(credit)]
    for block in blocks:
        known += [m.name for m in find_mentions(block, known) if m.kind == "person"]
    return set(known)


def precision_recall(got: set[str], want: set[str]) -> tuple[float, float]:
    hits = len(got & want)
    return hits / max(1, len(got)), hits / max(1, len(want))


def sample_blocks() -> list[str]:
    raw = SAMPLE_TXT.read_text(encoding="utf-8")
    blocks = ("".join(line.strip() for line in b.splitlines()) for b in raw.split("\n\n"))
    return [b for b in blocks if b]


def sample_credits() -> list[str]:
    raw = SAMPLE_TXT.read_text(encoding="utf-8")
    return [m.group() for m in CREDIT.finditer(raw)] + EDITORS.findall(raw)


def test_sample_page_persons_precision_and_recall() -> None:
    want = set(json.loads(SAMPLE_GOLD.read_text(encoding="utf-8"))["persons"])
    got = persons_on_page(sample_blocks(), sample_credits())
    precision, recall = precision_recall(got, want)
    assert precision >= 0.95, sorted(got - want)
    assert recall >= 0.9, sorted(want - got)
    # the hard ones: split over lines 89-90, only in a photo credit, two characters
    assert {"王文明", "黄建飞", "李英"} <= got


def test_ordinary_words_jieba_tags_as_names_are_not_persons() -> None:
    words = {"蓝图", "双赢", "保驾护航", "绿水青山", "张贴", "许可证", "养老金", "阳光"}
    for block in sample_blocks():
        for m in find_mentions(block):
            assert m.name not in words, (m, block)


# Other papers' styles: (byline/credit strings, paragraphs, expected persons)
PEOPLES_DAILY = (
    ["本报北京2月28日电 （记者 赵一鸣）"],
    [
        "国家统计局28日发布2023年国民经济和社会发展统计公报。初步核算，全年国内生产总值"
        "比上年增长5.2%，就业形势总体稳定。",
        "“经济回升向好，高质量发展扎实推进。”国家统计局局长康义在新闻发布会上说。",
        "中国人民大学经济学院教授刘元春认为，消费潜力正在释放，市场预期逐步改善。"
        "记者从国家发展改革委了解到，今年将继续扩大有效投资，马上启动一批重大项目。",
    ],
    {"赵一鸣", "康义", "刘元春"},
)
XINHUA = (
    ["新华社北京3月5日电（记者 张辛欣 王悦阳）"],
    [
        "十四届全国人大二次会议5日上午在人民大会堂开幕。国务院总理李强作政府工作报告。",
        "“我们村的苹果今年又丰收了！”村民张桂兰高兴地说。村党支部书记王建国介绍，"
        "全村种植苹果2000余亩，带动村民人均增收3000元。",
        "在杭州市西湖区，志愿者陈晓东和李梅正在帮助老人使用智能手机，方便群众办事。",
    ],
    {"张辛欣", "王悦阳", "李强", "张桂兰", "王建国", "陈晓东", "李梅"},
)
PROVINCIAL = (
    ["（记者 周海燕 通讯员 黄  磊）", "责编：马文涛  版式：黄一帆  校对：常乐"],
    [
        "5月10日，市民政局局长赵红梅带队走访养老服务中心，详细了解老人们的生活情况。",
        "“以前看病要跑很远，现在家门口就能看。”家住附近的蒋桂芬阿婆说。社区医生告诉记者，"
        "服务站每天接诊五十多人。",
        "在湿地巡护了十几年的护林员石大山说，鸟越来越多了。王经理说，公司马上可以开展后续业务，"
        "方面表示，同时高兴地说。",
    ],
    {"周海燕", "黄磊", "马文涛", "黄一帆", "常乐", "赵红梅", "蒋桂芬", "石大山"},
)


@pytest.mark.parametrize(
    "page", [PEOPLES_DAILY, XINHUA, PROVINCIAL], ids=["peoples-daily", "xinhua", "provincial"]
)
def test_other_papers_persons_precision_and_recall(page) -> None:
    credits, paragraphs, want = page
    got = persons_on_page(paragraphs, credits)
    precision, recall = precision_recall(got, want)
    assert precision == 1.0, sorted(got - want)
    assert recall >= 0.9, sorted(want - got)


def test_role_words_give_the_name_after_them_with_its_length() -> None:
    cases = {
        "机电组组长王文明积极发言": "王文明",
        "安健环科环保负责人乔鸿旭公布的一组数据": "乔鸿旭",
        "市家政服务行业协会会长柴团云与平台负责人签约": "柴团云",
        "市民李英来到政务服务中心": "李英",
        "国务院总理李强作政府工作报告": "李强",
        "记者 麦子俊）": "麦子俊",
    }
    for text, name in cases.items():
        persons = [m for m in find_mentions(text) if m.kind == "person"]
        assert [m.name for m in persons] == [name], text
        assert text[persons[0].start : persons[0].end] == name


def test_no_person_where_the_context_is_not_a_name() -> None:
    for text in [
        "记者走访多家企业发现，所到之处热潮涌动。",
        "家政服务人员和消费者还可实现三方互评。",
        "群众路线是党的生命线。居民楼里灯火通明。",
        "王总说，李师傅表示，高兴地说，主任表示。",
        "他常说，群众的小事就是干部的大事。",
        "公司董事长高度重视，总经理周密部署，技术员严格把关，施工队长全程监督。",
        "工业增加值同比增长万分之三。专家组成员表示，项目进展顺利。",
        "农户种植的辣椒喜获丰收，种植户高兴地说今年收成好。工长介绍说，工期有保障。",
        "这位老人说，生活越来越好了。该局局长表示，将进一步加强监管。",
        "“好。”李老人说。向阳社区居民常年坚持志愿服务。",
        "居民广泛参与，大家说好。",  # 居 and 广 are surnames only in a byline
    ]:
        assert [m for m in find_mentions(text) if m.kind == "person"] == [], text


def test_known_persons_are_found_everywhere_and_mentions_do_not_overlap() -> None:
    text = "主动帮助王大锁提交了网上申请。王大锁便顺利拿到了执照，王大锁满意地说。"
    mentions = find_mentions(text, known_persons=["王大锁"])
    assert [m.start for m in mentions] == [text.index("王大锁", i) for i in (0, 10, 25)]
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("本报记者 路静", ["路静"]),
        ("记者 王某 李某某", ["王某", "李某某"]),
        ("（路静 摄）", ["路静"]),
        ("新华社记者 张三 摄", ["张三"]),
        ("本报记者 颜  珂 王某", ["颜珂", "王某"]),
        ("文/图 记者 某某", ["某某"]),
        ("(路静)", ["路静"]),
        ("（记者 某某 通讯员 某某）", ["某某", "某某"]),
        ("路静", ["路静"]),
        ("张三 李四 王五", ["张三", "李四", "王五"]),
        ("本报记者王某李某某", ["王某", "李某某"]),
        ("晚报讯（记者 吕航通讯员 赵静怡）", ["吕航", "赵静怡"]),
        ("新华社发（郑宇航 摄）", ["郑宇航"]),
        # an agency's release credit, the photographer's two-character name padded
        ("新华社发 韦　明 摄", ["韦明"]),
        ("中新社发 王　伟 摄", ["王伟"]),
        # any agency's release, the name spaced from it or run into it (one pattern for all)
        ("新华社发韦明摄", ["韦明"]),
        ("法新社发 苏　航 摄", ["苏航"]),
        ("中国新闻社发冯立军摄", ["冯立军"]),
        ("（路透社发）", []),
        # a compound surname spaced from its one given character, as 颜  珂 is
        ("（通讯员 司寇 明）", ["司寇明"]),
        ("本报记者 欧阳 雪 王　芳", ["欧阳雪", "王芳"]),
        # a unit's name run together is no two names; a label of four characters is no name
        ("（党委宣传部 芮小舟 摄）", ["芮小舟"]),
        ("校对：訾 雯 公告热线：0371-65320188", ["訾雯"]),
        ("文/本报记者 叶思远 通讯员 粤工宣  图/本报记者 邝嘉仪", ["叶思远", "邝嘉仪"]),
        ("本报记者  方　舟  韩立新", ["方舟", "韩立新"]),
        # a 百家姓 surname that is more often a word (居, 广) is a surname in a byline
        ("责编：闫　冬  审校：居小雅", ["闫冬", "居小雅"]),
        ("（通讯员 广思远 摄）", ["广思远"]),
    ],
)
def test_byline_names(byline: str, names: list[str]) -> None:
    found = byline_names(byline)
    assert [m.name for m in found] == names
    for m in found:
        assert m.kind == "person"
        assert re.sub(r"\s", "", byline[m.start : m.end]) == m.name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“这么快就能拿到证。”王大锁满意地说。", "王大锁"),
        ("“迈上新台阶。”慕德刚说。", "慕德刚"),
        ("“谋划发展。”平沟煤矿矿长邢永亮信心满怀地说。", "邢永亮"),
        ("“效率很高。”窗口工作人员郭小华表示。", "郭小华"),
        ("“经济回升向好。”国家统计局局长康义在新闻发布会上说。", "康义"),
    ],
)
def test_speaker_after_quote(text: str, speaker: str) -> None:
    mentions = find_mentions(text)
    found = speaker_after_quote(text, text.index("”"), mentions)
    assert found is not None
    assert found.name == speaker
    assert speaker_after_quote(text, text.index("”") + 1, mentions) == found


def test_no_speaker_across_a_sentence_or_without_a_speech_verb() -> None:
    text = "“振奋人心。”负责人乔鸿旭公布了一组数据。王大锁说。"
    mentions = find_mentions(text)
    assert speaker_after_quote(text, text.index("”"), mentions) is None


def test_organisations_by_their_endings_with_a_specific_name() -> None:
    text = (
        "乌海能源平沟煤矿召开座谈会，使用隔壁乌海包钢矿业公司的余热。市商务局多举措推进"
        "市家政服务行业协会成立，为新成立的物业公司申请执照，录入商务部家政服务信用信息平台。"
        "国家统计局发布公报，形成新格局，干部群众在庭院和服务区。"
    )
    orgs = [m.name for m in find_mentions(text) if m.kind == "org"]
    assert orgs == [
        "乌海能源平沟煤矿",
        "乌海包钢矿业公司",
        "市商务局",
        "市家政服务行业协会",
        "商务部",
        "国家统计局",
    ]


def test_places_from_the_gazetteer_keyed_by_full_name() -> None:
    text = "在杭州市西湖区，来自浙江和内蒙古的游客参观。综合服务区窗口、我市、全市居民。"
    places = [(text[m.start : m.end], m.name) for m in find_mentions(text) if m.kind == "place"]
    assert places == [
        ("杭州市", "杭州市"),
        ("西湖区", "西湖区"),
        ("浙江", "浙江省"),
        ("内蒙古", "内蒙古自治区"),
    ]


def test_mention_is_a_value() -> None:
    assert Mention(0, 2, "person", "路静") == Mention(0, 2, "person", "路静")


def test_organisation_boundaries() -> None:
    cases = {
        "记者从中国国家铁路集团有限公司获悉": ["中国国家铁路集团有限公司"],
        "按照部署要求，君正集团精心组织职工学习": ["君正集团"],
        "国家统计局局长康义说": ["国家统计局"],
        "国务院总理李强作政府工作报告": [],
        "市商务局充分发挥行业协会组织协调作用": ["市商务局"],
    }
    for text, orgs in cases.items():
        assert [m.name for m in find_mentions(text) if m.kind == "org"] == orgs, text


def test_a_place_ending_does_not_make_a_place_of_a_word_part() -> None:
    text = "黄河滩区绿意浓，近日安徽省阜阳市颍州区一处农田"
    places = [m.name for m in find_mentions(text) if m.kind == "place"]
    assert places == ["安徽省", "阜阳市"]


@pytest.mark.parametrize(("text", "names"), [
    ("国务院副总理外，邬明远书记强调，要抓好落实。", ["邬明远"]),  # a name before the office
    ("来自江城的分析师海伦·福斯特说，市场回暖。", ["海伦·福斯特"]),  # a transliterated name
    ("研究所所长安东尼奥·加西亚表示，合作前景广阔。", ["安东尼奥·加西亚"]),
    ("柯文斌：我们今年新建了三个站点。", ["柯文斌"]),  # an interview's speaker label
    ("石家庄市长安区一处社区就业驿站里坐满了人。", []),  # a place, not 石家庄 + 市长
    ("记者：今年有哪些新举措？", []),  # the role word labels the question
    ("《礼记·礼运》描绘了大同社会。", []),
])
def test_names_by_office_after_them_dotted_parts_and_speaker_labels(text: str,
                                                                    names: list[str]) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("“方便多了。”货车司机巴特尔说。", ["巴特尔"]),
    ("牧民扎西表示，今年收入增加。", ["扎西"]),
    ("演员阿依古丽说，她很激动。", ["阿依古丽"]),
    # a role and a speech verb, but what stands between them is no name
    ("工作人员小李说，马上就好。", []),
    ("负责人现场介绍，项目已经完工。", []),
    ("村民纷纷表示满意。", []),
    ("医生护士介绍病情。", []),
    ("司机师傅说没问题。", []),
])
def test_a_name_without_a_han_surname_between_a_role_and_a_speech_verb(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("茶农乐秀梅和姐妹们穿梭在茶垄间。", ["乐秀梅"]),  # a grower by what she grows: 茶农
    ("菜农李红霞正在采摘。", ["李红霞"]),
    ("惠农政策落地。", []),
    ("果农高兴地说。", []),
])
def test_a_name_after_a_word_for_a_grower(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("②参见苏明远主编：《中国乡村文化发展报告》，青禾出版社2022年版。", ["苏明远"]),
    ("费孝通著《乡土中国》是一部经典。", ["费孝通"]),
    ("本报主编《年鉴》一书。", []),
])
def test_a_citations_author_or_editor_before_the_work(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # parts jieba does not know, joined by ·: after a role word, before a speech verb
    ("哈萨克族牧民别克波拉提·吐尔逊带着奶疙瘩赶集。", ["别克波拉提·吐尔逊"]),
    ("“日子越过越红火。”帕尔哈提·艾买提说。", ["帕尔哈提·艾买提"]),
    ("乘务员迪丽努尔·库尔班会说三种语言。", ["迪丽努尔·库尔班"]),
    # a kin term before the second name, a function word ending the first
    ("吐尔洪·买买提的妻子阿依努尔·赛买提说，家里添了新车。", ["阿依努尔·赛买提"]),
    # a first part holding a syllable that is a function word elsewhere (比 of 比亚, which
    # jieba lists as a proper noun), read back from the dot over it
    ("努尔比亚·吐尔逊（左）在温室里查看番茄长势。", ["努尔比亚·吐尔逊"]),
    ("26岁的研究生努尔比亚·吐尔逊说，她想留在村里。", ["努尔比亚·吐尔逊"]),
    # a word between the role and the name is no part of it (华人 + 后裔 + the name)
    ("远在智利的华人后裔马里奥·黄已年过六旬。", ["马里奥·黄"]),
    # no role, no speech verb: a series name or a festival's, no person
    ("街道举办“邻里同心·社区欢歌”活动。", []),
    ("“中华文化·传承发展”论坛开幕。", []),
])
def test_a_dotted_name_whose_parts_jieba_does_not_know_by_its_context(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("一封是外公郑德昌1950年寄回的家书。", ["郑德昌"]),  # a kin term, a full name after it
    ("旅居泰国的华侨庄振邦每年都回乡过年。", ["庄振邦"]),  # a word for overseas Chinese
    ("返乡青年钟丽萍开了一家网店。", ["钟丽萍"]),
    ("马来西亚华裔少女许诗琪（Chloe Khoo）第一次回到祖籍地。", ["许诗琪"]),  # a Latin name
    ("5月3日，邝志远（右）和同事在查看秧苗。", ["邝志远"]),  # a photo position
    # a kin term followed by a verb, not a name
    ("他的女儿来住几天，儿子高兴极了。", []),
    ("华侨大学的学生来了。", []),
    ("世界卫生组织（World Health）发布报告。", []),
])
def test_a_name_after_a_kin_or_reference_word_or_before_its_latin_form_or_photo_position(
        text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # an organisation jieba lists (党工委) before an office is no name
    ("社区党工委副书记庞丽介绍，活动持续一周。", ["庞丽"]),
    # 和 is a surname, but before a word (子女) it joins two words
    ("志愿者和子女都可以报名。", []),
    ("记者和晓东说，今天很热。", ["和晓东"]),
    # 得 is a syllable of 彼得, not the particle; the ordinary word before the name is left out
    ("主讲人安娜·彼得罗娃介绍，课程为期一月。", ["安娜·彼得罗娃"]),
    # a player by position or standing
    ("门将胡一鸣扑出点球，比赛结束。", ["胡一鸣"]),
    ("18岁小将单振宇左路突破。", ["单振宇"]),
])
def test_organisations_conjunctions_transliterations_and_players(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("只要坚持，就能做好。（顾晓岚）", ["顾晓岚"]),  # a signature closing the paragraph
    ("（阿依努尔·托乎提）", ["阿依努尔·托乎提"]),  # a paragraph of its own
    ("日子越过越好。（阿依努尔·托乎提）（本版由市妇联协办）", ["阿依努尔·托乎提"]),
    ("这是第一部分。（上）", []),
    ("全文完。（马上）", []),  # a word, no name
])
def test_an_authors_signature_in_brackets(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("byline", "names"), [
    ("本报记者 旦增尼玛", ["旦增尼玛"]),  # a reporter's name without a Han surname
    ("本报记者 司马青  特约记者 次仁卓玛", ["司马青", "次仁卓玛"]),
    ("本报记者 北京报道", []),  # a place
    ("通讯员 苏交宣", ["苏交宣"]),  # after 通讯员 only a surname makes a name
    # a column's title set like a byline: a word and a verb (童年说), and four characters
    # after a one-character surname (成长课堂): no name
    ("童年说    成长课堂", []),
])
def test_byline_reporters_without_a_han_surname_and_column_titles(byline, names) -> None:
    assert [m.name for m in byline_names(byline)] == names


@pytest.mark.parametrize(("text", "names"), [
    # a word for a person by the suffixes of agent nouns: 兵 手 匠 士 官, a verb and 人
    ("退伍老兵蔡文举今年92岁。", ["蔡文举"]),
    ("农机手钱立平驾驶收割机。", ["钱立平"]),
    ("老木匠陶春生做了一辈子家具。", ["陶春生"]),
    ("边防战士谭晓光巡逻归来。", ["谭晓光"]),
    ("非遗传承人申凤英正在剪纸。", ["申凤英"]),
    # no name: a plural, a word across the boundary, an idiom, a word running on
    ("战士们都把吐尔洪·艾山当作长辈。", []),
    ("城市主人翁意识增强。", []),
    ("年轻人任重道远。", []),
    ("闲置农房盘活后，村民增收。", []),
    ("个人所得税改革稳步推进。", []),
    # a word read as a role right after a role word: an unlisted surname's name, no role
    ("56岁的菜农过长林正和家人一起割韭菜。", []),
])
def test_a_name_after_a_word_made_with_an_agent_suffix(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # the guides of travel reports, before a name
    ("营地的星空向导安进忠是肃南来的裕固族牧民。", ["安进忠"]),
    ("当地导游马建军说，今年游客多了。", ["马建军"]),
    # a role word whose last character starts another (向 + 导游): the later one is read
    ("游客向导游咨询路线。", []),
])
def test_a_name_after_a_guide_of_travel_reports(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # a full name found by its form where no role word or speech verb stands by it
    ("在苗永红的带领下，村里建起了大棚。", ["苗永红"]),
    ("苗永红今年58岁，是村里的老党员。", ["苗永红"]),
    ("苗永红教授在报告中指出，要重视基础研究。", ["苗永红"]),
    ("该片由苗永红执导。", ["苗永红"]),  # the segmenter joins 由 to the unknown name
    # and the names listed after it with 、
    ("苗永红、符建国、鲁晓燕等人参加了座谈。", ["苗永红", "符建国", "鲁晓燕"]),
    # words and idioms starting with a surname, places, and pieces of a dotted name: no name
    ("杨柳依依，春光明媚。", []),
    ("冯唐易老，李广难封。", []),
    ("周边游、乡村游持续升温。", []),
    ("闲置的平寨村小学改成了书屋。", []),
    ("出席会议的代表有三百人。", []),
    ("乘务员古丽娜尔·艾山会说三种语言。", ["古丽娜尔·艾山"]),
    # a locative the segmenter joins to the run: a thing's place (a tree's shade), no person
    ("多一些像左公柳下那样可以歇脚的树荫。", []),
])
def test_a_full_name_by_its_form_where_no_cue_stands(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # an academic or professional title after the name, as news writes an office
    ("冉强教授说，要重视基础研究。", ["冉强"]),
    ("李华主任介绍，全年接诊三万人次。", ["李华"]),
    # the title after a body's name: no person
    ("市公安局局长说，案件已告破。", []),
    ("居委会主任介绍，活动每周一次。", []),
    ("高校教授说，这是好事。", []),
])
def test_a_name_before_an_academic_or_professional_title(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # what news prints after a name and after nothing else
    ("冉华对记者说，今年行情不错。", ["冉华"]),
    ("冉华称，订单已排到年底。", ["冉华"]),
    ("冉华直言，压力不小。", ["冉华"]),
    ("在冉华的带领下，村里建起了大棚。", ["冉华"]),
    ("冉华今年58岁，是村里的老党员。", ["冉华"]),
    ("冉华，男，汉族，1965年出生。", ["冉华"]),
    ("“我们有信心。”冉华坚定地说。", ["冉华"]),  # 坚定地说: the adverb is no given name
    # a list of people closed by 等人
    ("冉华、付强、欧阳春燕等3人获奖。", ["冉华", "付强", "欧阳春燕"]),
    ("苹果、香蕉等水果热销。", []),
    ("张家港、常熟等地客商云集。", []),
    ("他获得“劳动模范”称号。", []),
])
def test_cues_after_a_name_and_lists_of_people(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # given names that are nouns (桂花, 菊花) whose last character is a verb of its own (花,
    # 'to spend'): the speech verb after the full name says the character is the name's
    ("石桂花介绍，合作社有40名社员。", ["石桂花"]),
    ("“手艺不能丢。”孙菊花说。", ["孙菊花"]),
    ("李强作介绍。", []),  # 强作 is no noun: 作 is the verb after 李强
])
def test_a_given_name_that_is_a_noun_before_a_speech_verb(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # four characters with no Han surname framed by a break and a speech verb or a photo
    # position: Yi names (吉克, 阿鲁 are clan names, not Han surnames)
    ("“路还长。”吉克伍呷说。", ["吉克伍呷"]),
    ("阿鲁拉哈（右）在地里查看长势。", ["阿鲁拉哈"]),
    # four characters holding an ordinary word: no name
    ("“这事好办。”有关人员说。", []),
    ("会上，大家纷纷说好。", []),
    # Tibetan names: two elements of the list side by side, with no cue at all
    ("那天，尼玛次仁赶着羊群下山。", ["尼玛次仁"]),
    ("格桑花开满了山坡。", []),  # one element, part of a word
])
def test_names_without_a_han_surname_framed_or_made_of_tibetan_elements(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # 米 is a measure word, but 米勒 a transliterated name; 老将 and 外援 are sports role words
    ("老将卡达里·米勒贡献15分。", ["卡达里·米勒"]),
    ("外援达维斯·米勒贡献15分。", ["达维斯·米勒"]),
])
def test_a_dotted_names_part_may_open_with_a_measure_word_character(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_an_answerers_line_signs_with_a_credit_word() -> None:
    assert [m.name for m in byline_names("（国网某供电公司高级工程师 钱立新 解答）")] == ["钱立新"]
    assert [m.name for m in byline_names("（钱立新 口述）")] == ["钱立新"]


@pytest.mark.parametrize(("text", "names"), [
    # becoming one of a kind of people is said of a person (名, 位 count people)
    ("张伟也成了一名志愿者。", ["张伟"]),
    # a name with no Han surname between a kin word and such a cue
    ("如今他的女儿古丽扎也成了一名乡村教师。", ["古丽扎"]),
    ("女儿来住了几天。", []),
])
def test_becoming_one_of_a_kind_of_people_and_a_name_after_a_kin_word(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # one Tibetan element alone where one side says a name is there: a role word before it,
    # or after a break or function character a speech verb after it
    ("驻村第一书记尼玛带领村民修路。", ["尼玛"]),
    ("开牧家乐的扎西说，今年游客比往年多了。", ["扎西"]),
    # no side says so, or the element is no name here (才让: 'only then let')
    ("拉巴的时候下了雨。", []),
    ("这件事直到后来才让大家明白。", []),
])
def test_one_tibetan_element_beside_a_role_or_a_speech_verb(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("byline", "names"), [
    # a Tibetan name in a credit: it has no Han surname and may hold 才 (才让)
    ("（记者 才让多吉）", ["才让多吉"]),
    ("本报通讯员 次旦", ["次旦"]),
    # a trainee signs as a person, like a reporter, with or without a Han surname
    ("本报记者 邵一鸣 实习生 尕藏草", ["邵一鸣", "尕藏草"]),
    # a series tag in brackets is shaped like a dotted name, but its parts are words
    ("（乡村振兴·人物）", []),
])
def test_credits_with_tibetan_names_trainees_and_series_tags(byline, names) -> None:
    assert [m.name for m in byline_names(byline)] == names


@pytest.mark.parametrize(("text", "names"), [
    # two names of a credit run together where the line broke between them: the credit's
    # reading wins over the role word's (白玛龚 would swallow the second surname)
    ("本报讯（通讯员 白玛龚晓峰）截至5月底，全市…", ["白玛", "龚晓峰"]),
    # a series tag closing a paragraph in brackets is no signature
    ("高级工程师严立平——“守住大堤”（抗洪一线·人物）", ["严立平"]),
])
def test_a_credits_names_inside_running_text(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # a dotted part jieba cuts out as one unknown word runs over the syllables 不 and 都
    ("自治区副主席买买提·阿不都出席会议。", ["买买提·阿不都"]),
    # a surname that is a frequent verb before a single verb character makes a phrase
    ("确保纳税人应退尽退、应享快享。", []),
])
def test_transliterated_syllables_and_verb_phrases_that_open_with_a_surname(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_no_name_ends_with_the_first_character_of_the_office_after_it() -> None:
    # 区 is a surname and 主席 an office printed after names, but 副主席 is the office here
    assert [m.name for m in find_mentions("自治区副主席热合曼·阿不都出席会议。")
            if m.kind == "person"] == ["热合曼·阿不都"]


@pytest.mark.parametrize(("byline", "names"), [
    # names run together in a credit split at a Tibetan name's elements as at surnames, and
    # at a double surname before a single one that is its second character
    ("（记者 才让卓玛王小明）", ["才让卓玛", "王小明"]),
    ("（通讯员 白玛龚晓峰）", ["白玛", "龚晓峰"]),
    ("（记者 李明欧阳文博）", ["李明", "欧阳文博"]),
    ("（记者 欧阳文博李明）", ["欧阳文博", "李明"]),
])
def test_names_run_together_in_a_credit(byline, names) -> None:
    assert [m.name for m in byline_names(byline)] == names


def test_a_dotted_names_unknown_last_part_stops_before_a_speech_verb() -> None:
    # jieba's segmenter cuts 基马尼说 as one unknown word; the name ends before 说
    assert [m.name for m in find_mentions("肯尼亚铁路公司总经理彼得·基马尼说，货运时间缩短了。")
            if m.kind == "person"] == ["彼得·基马尼"]


@pytest.mark.parametrize(("text", "names"), [
    # a name with no Han surname after an office, closing the clause: no word but a name in it
    ("记者专访了自治区农牧厅副厅长朝鲁门。", ["朝鲁门"]),
    ("——访市中级人民法院副院长吐尔逊江", ["吐尔逊江"]),
    # a procuratorate's and a court's ranks are roles like any office's
    ("市人民检察院副检察长木合塔尔表示，将加大办案力度。", ["木合塔尔"]),
    ("区人民法院庭长白云峰介绍，", ["白云峰"]),
    # a Yi name holds 日 (ri), which no Han given name does
    ("村支书吉克日哈告诉记者，路修通了。", ["吉克日哈"]),
    # an ordinary phrase after an office is no name, though a clause's end follows it
    ("这件事由局长亲自抓，", []),
    ("校长日前表示，", []),
    # two unknown characters closing the clause are as often a new word as a name
    ("赢得了群众点赞。", []),
    # a verb inside the run, or a kin word before it: no name closes the clause
    ("游客边走边看，", []),
    ("我跟着奶奶去挖笋，", []),
])
def test_a_name_with_no_han_surname_after_an_office(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_an_editors_line_names_its_staff_with_or_without_a_surname() -> None:
    assert [m.name for m in byline_names("责任编辑：韦　东  美编：热娜  校对：古丽娜尔")] == [
        "韦东", "热娜", "古丽娜尔"]


@pytest.mark.parametrize(("byline", "names"), [
    # a compound surname no list holds, in a credit: four characters, no word inside, given
    # characters likely in a name
    # (a correspondent's credit: 通讯员 alone vouches for no name without a surname)
    ("（通讯员 纳兰海燕）", ["纳兰海燕"]),
    # a series tag or a desk of four characters holds words
    ("（乡村振兴）", []),
    ("（防汛一线·人物）", []),
])
def test_a_credits_name_with_a_compound_surname_no_list_holds(byline, names) -> None:
    assert [m.name for m in byline_names(byline)] == names


@pytest.mark.parametrize(("text", "names"), [
    # an apprentice and a pupil's parent are named by their tie, as a 师傅 is (徒弟, 家长)
    ("这些年，他带出了30多个徒弟。徒弟阿依古丽说：“师傅教得细。”", ["阿依古丽"]),
    ("希望贵报转达我们全家的感谢。城关镇学生家长 郑晓峰", ["郑晓峰"]),
    # a full name closing the paragraph keeps its last character (a letter's signature)
    ("本报记者 王小军", ["王小军"]),
    # a common word right after the role goes on with the sentence: no name after 老师
    ("长大了也想像赵红梅老师一样当老师。", ["赵红梅"]),
])
def test_names_after_a_tie_and_closing_a_paragraph(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("byline", "names"), [
    # a correspondent with no Han surname, whose given characters score as a name's
    ("（记者 钟离悦 通讯员 木合塔尔）", ["钟离悦", "木合塔尔"]),
    # an office's pen name after 通讯员 does not
    ("（通讯员 粤工宣）", []),
])
def test_a_correspondents_name_with_no_han_surname(byline, names) -> None:
    assert [m.name for m in byline_names(byline)] == names


@pytest.mark.parametrize(("text", "names"), [
    # a brief's reporters signing it together in brackets after its last sentence
    ("预计每年可节电180万千瓦时。（巴特尔 韩　冰）", ["巴特尔", "韩冰"]),
    ("…有了新的体会。（欧阳春燕）", ["欧阳春燕"]),
    # brackets holding anything but names sign nothing
    ("…有了新的体会。（见第二版）", []),
])
def test_a_signature_of_several_names_closing_a_paragraph(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # an adverb never closes a clause: before a comma 才 is the given name's last character
    ("原告是68岁的村民龙文才，被告是他的邻居。", ["龙文才"]),
    # before a verb it is the adverb, and a particle may close a clause
    ("村民李英才来，", ["李英"]),
    ("村民李英的，", ["李英"]),
])
def test_an_adverb_closing_a_clause_is_a_given_names_last_character(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # an aspect particle after a character makes it the clause's verb, not a given name's
    ("学校来了3名年轻教师，居民王梅成了她们的师傅。", ["王梅"]),
    # unless the particle opens a word of its own
    ("村民王小明了解到，", ["王小明"]),
])
def test_a_character_before_an_aspect_particle_is_a_verb(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_a_known_name_running_into_a_place_after_a_broken_byline_is_the_shorter_name() -> None:
    """'本报讯 记者 钟离悦' broken at the line's end, the report running on: the name the page
    knows ends where the place's name (宁州市) begins; unknown, the reading stays."""
    text = "本报讯 记者 钟离悦宁州市两级法院日前全面上线"
    assert [m.name for m in find_mentions(text, ["钟离悦"]) if m.kind == "person"] == ["钟离悦"]
    # a two-character place may be a given name's end: 张建华 + 县长, not 张建 + 华县
    assert [m.name for m in find_mentions("市长张建华县长说", ["张建"])
            if m.kind == "person"] == ["张建华"]


@pytest.mark.parametrize(("text", "names"), [
    ("覃月娥，女，壮族，1988年生", ["覃月娥"]),
    ("村民马月英说，今年收成好。", ["马月英"]),
    ("各单位于月底前完成自查。", []),
])
def test_a_calendar_word_heading_a_womans_given_name(text, names) -> None:
    """月 heads many women's given names (月娥, 月英): after a surname, with a second given
    character it makes no word with, it opens a name; 于月底 stays a phrase."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_names_before_their_units_in_brackets() -> None:
    """An honour list prints each person with their unit in brackets, the items run together
    where the lines were joined: each name before a bracket holding an organisation; a word
    before a bracket holding none is no name."""
    text = "名单如下：石清泉（花垣县供销社）向红梅（永顺县供销社）刘国栋（安化县第一中学）"
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == [
        "石清泉", "向红梅", "刘国栋"]
    assert not [m for m in find_mentions("他在市场（农贸市场）买菜") if m.kind == "person"]


@pytest.mark.parametrize(("text", "names"), [
    ("（摘自《江南都市报》3月18日文/欧阳澜 林可心）“课后服务要规范。”", ["欧阳澜", "林可心"]),
    ("（摘自《东方瞭望》2026年第5期 作者：宁致远）", ["宁致远"]),
])
def test_a_digests_source_note_names_its_authors(text, names) -> None:
    """A digest closes each piece with its source and authors (摘自《…》… 文/某某 某某, 作者：
    某某): the names after the credit word are persons, a line joined before 文 too (日文/)."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("鄂温克族歌手杜拉尔·娜仁合唱《草原的春天》。", ["杜拉尔·娜仁"]),
    ("村民阿依古丽·买买提说，今年收成好。", ["阿依古丽·买买提"]),
])
def test_a_dotted_names_last_part_stops_before_the_clauses_verb(text, names) -> None:
    """A part of two characters is followed by the clause's verb (合唱), not more of the name."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("晚会总导演额尔敦毕力格介绍，开场的马头琴齐奏。", ["额尔敦毕力格"]),
    ("镇长在村里召开会议介绍情况。", []),
])
def test_a_long_transcribed_name_after_a_role_before_a_speech_verb(text, names) -> None:
    """A Mongolian name of two elements runs to six characters: after a role word, before a
    speech verb, no frequent word inside it, it is one name (not 毕力格 by its 毕)."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("刚开门，72岁的卢桂芝就端着餐盘排起了队。", ["卢桂芝"]),
    ("一年级（3）班的单朵朵摸着胸前的红领巾。", ["单朵朵"]),
    ("旗杆下，66岁的柯尔克孜族护边员升起国旗。", []),
    ("今年49岁的阿合伍呷是青年突击队队长。", []),
])
def test_a_name_after_an_age_or_a_class_with_de(text, names) -> None:
    """72岁的某某, 三年级（2）班的某某: a full name after them, running into no longer word
    (柯尔克孜族) and followed by a frequent word, not by a rare syllable of a longer name."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("青年歌手萨日朗将与鄂温克族歌手合唱。", ["萨日朗"]),
    ("三年级学生罗子涵一边浇水一边唱歌。", ["罗子涵"]),
    ("记者一行将前往牧区采访。", []),
])
def test_a_name_with_no_surname_after_a_role_before_an_adverb(text, names) -> None:
    """歌手萨日朗将与…: a frequent adverb opening the predicate closes a name with no Han
    surname after a role word as a clause mark does; a surname's name is name_end's (罗子涵,
    not 罗子涵一 before 边)."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    ("供电公司副总工程师覃铭介绍，新能源装机已超过3800万千瓦。", ["覃铭"]),
    ("“今年的活儿不少。”师明说。", ["师明"]),
])
def test_a_surname_character_closing_a_role_word_is_the_roles(text, names) -> None:
    """工程师覃铭介绍: 师 closes the role word before it and opens no name (not 师覃铭);
    师 after a break is a surname still."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_a_run_ending_like_goods_is_no_name_by_form() -> None:
    """危化品 (dangerous chemicals) reads like 危 + a given name; 品 closes product words."""
    text = "开展高层建筑灭火救援、危化品泄漏处置等实战演练。"
    assert not [m for m in find_mentions(text) if m.kind == "person"]


def test_a_name_after_its_unit_and_a_space() -> None:
    """An honour list prints each item as the unit, a space, the name (轮南油气储运中心
    龚国庆); the items run together where the lines were joined."""
    text = "轮南油气储运中心 龚国庆油气调控中心 杭建军塔中采油作业区 程晓梅"
    assert "龚国庆" in [m.name for m in find_mentions(text) if m.kind == "person"]
    assert not [m for m in find_mentions("市图书馆 开放时间") if m.kind == "person"]


def _persons(text: str) -> list[str]:
    return [m.name for m in find_mentions(text) if m.kind == "person"]


def test_office_and_money_characters_are_no_given_name() -> None:
    """副 opens an office (原副局长) and 款 closes money words (钱款): after a role word or a
    surname they are no given name (written for this test, in a discipline paper's style)."""
    assert _persons("南平县水利局原副局长因违纪被查处。") == []
    assert _persons("督促退还群众钱款2.1万元。") == []


def test_yi_names_are_a_clan_name_and_two_syllables() -> None:
    """A Yi name is the clan name (沙马, 吉克) and two syllables: after a role word it is not
    a Han surname and one given character (吉克石), and after 彝族 and a word for the person
    it is a name by its form (written for this test, with its own names)."""
    assert _persons("村党支部书记吉木拉体违规报销差旅费。") == ["吉木拉体"]
    assert _persons("村民海来石者领到了补贴。") == ["海来石者"]
    assert _persons("去年，彝族小伙阿苏木呷回到了村里。") == ["阿苏木呷"]
    assert _persons("马海涛指出，要抓好落实。") == ["马海涛"]


def test_a_book_notice_credits_its_author_and_translator() -> None:
    """A book's credit line spaces the author's name from 著 and the translator's from 译,
    a foreign author's country in brackets first (written for this test, its own names)."""
    assert _persons("〔法〕让·莫里斯 著  许安然 译") == ["让·莫里斯", "许安然"]
    assert _persons("《河流的故事》程望川 著南方文艺出版社  2025年5月") == ["程望川"]
    assert _persons("〔日〕山田花子 著  孟　舟 译") == ["山田花子", "孟舟"]
    assert _persons("他一生著书立说，其著作影响深远。") == []


def test_a_list_of_donors_names_each_before_its_sum() -> None:
    """A donors' list prints each item as a name, spaces and a sum; the items run together
    where the lines were joined, units among them (written for this test, its own names)."""
    text = "名单如下：城南建材有限公司  10万元刘志强  1万元古丽米拉·艾山  3000元"
    assert _persons(text) == ["刘志强", "古丽米拉·艾山"]
    assert _persons("每户补助  800元，共计  2万元。") == []


def test_uyghur_and_kazakh_names_are_whole_elements() -> None:
    """Uyghur and Kazakh names have no surname: a name read as 阿 and two given characters
    stops short of its element (古丽 'flower'), and a full name joins the given name and the
    father's by a dot (written for this test, with its own names)."""
    assert _persons("后来，姐姐阿依古丽也报了名。") == ["阿依古丽"]
    assert _persons("社区居民迪丽努尔·别克参加了培训。") == ["迪丽努尔·别克"]
    assert _persons("村委会主任 阿布都热合曼说。") == ["阿布都热合曼"]


def test_dai_names_open_with_a_prefix_in_place_of_a_surname() -> None:
    """Dai commoners have no surname: 岩 opens a man's name, 玉 a woman's; after a role word
    the prefix and one or two syllables are a name (written for this test, its own names)."""
    assert _persons("景区讲解员玉坎已在这里工作了五年。") == ["玉坎"]
    assert _persons("讲解员岩罕说，游客越来越多。") == ["岩罕"]
    assert _persons("讲解员玉米地里忙碌。") == []


def test_a_dotted_turkic_name_opening_the_text_starts_at_it() -> None:
    """The given name of a dotted name may open the text, shorter than the longest element
    looked for (a PDF's list line: '热依拉·吐尔逊 5000 元'); the name starts at offset 0."""
    text = "迪丽拜尔·艾力 3000 元"
    persons = [m for m in find_mentions(text) if m.kind == "person"]
    assert [(m.start, m.end, m.name) for m in persons] == [(0, 7, "迪丽拜尔·艾力")]


def test_a_list_of_appointments_and_removals_names_each_item() -> None:
    """A 任免名单: a header and items closed by ；, each a name and its post; where the header
    is set as a heading of its own, a paragraph of items each ending in a post (written for
    this test, its own names and offices)."""
    assert _persons("任命：钱振华为市交通局局长；孟和为市民族事务局局长。") == ["钱振华", "孟和"]
    assert _persons("免去：钟立平的市审计局局长职务；白玉兰的市妇联主席职务。") \
        == ["钟立平", "白玉兰"]
    assert _persons("钱振华为市交通局局长；孟和为市民族事务局局长。") == ["钱振华", "孟和"]
    # items that end in no post and follow no header name nobody
    assert _persons("报名时间为7月1日；考试地点为第一中学。") == []


def test_a_notice_running_its_header_into_each_clause_names_each_item() -> None:
    """A company's 人事任免: 任命 and 免去 run into each clause, items parted by ， as well
    as ；, a removal closed by a remark (另有任用); the frame bounds a name whose last given
    character is a word of its own (德明为) or whose surname is on no list (written for
    this test, its own names and offices)."""
    assert _persons("车间：任命林德明为主任，禤少文为副主任。") == ["林德明", "禤少文"]
    assert _persons("任命马建国为厂长；免去琚文海的副厂长职务，另有任用。") \
        == ["马建国", "琚文海"]
    assert _persons("任命何德明为副部长（试用期一年）；免去卜秀兰的副部长职务，到龄退休。") \
        == ["何德明", "卜秀兰"]
    # a remark that is no item names nobody
    assert _persons("任命马建国为厂长，另有任用。") == ["马建国"]


def test_a_works_credit_naming_their_authors_in_order_names_each() -> None:
    """A spread of works credited in one line, their authors after 作者依次为 parted by 、
    (written for this test, its own names); items that are no names name nobody."""
    assert _persons("（作者依次为韦志远、程淑芬、景德宏，均为市老年大学学员）") \
        == ["韦志远", "程淑芬", "景德宏"]
    assert _persons("作者：王大明、苹果") == ["王大明"]
    assert _persons("作者为人民服务") == []


def test_a_contributors_signature_with_where_they_live_names_them() -> None:
    """A couplet sent in by a reader closed by their county and name in brackets, no
    sentence mark before (written for this test, its own names); a place alone in the
    brackets names nobody, nor a signature that is no closing one."""
    assert _persons("上联：瑞雪迎春辞旧岁 下联：东风送暖启新程 横批：万象更新（闻喜县 卫秉山）") \
        == ["卫秉山"]
    assert _persons("横批：春满人间（某某区 裴守义）") == ["裴守义"]
    assert _persons("他们来自（北京市 海淀区）") == []
    assert _persons("横批：春满人间（某某区 裴守义）上联：") == []


def test_a_measure_word_after_a_numeral_is_no_role() -> None:
    """一家, 这家, 每户 count households or firms: 家 and 户 there close no agent noun, and
    what follows is no name (written for this test); 种粮大户 stays a role."""
    assert _persons("从一家牧户到另一家，常常要骑马走上大半天。") == []
    assert _persons("这家农户今年养了三百只羊。") == []
    assert _persons("种粮大户钱德顺说，今年收成不错。") == ["钱德顺"]


def test_a_verb_surname_before_an_activity_no_name_holds_is_no_name() -> None:
    """练 (a surname and a verb) before 摔跤, a verb whose 跤 jieba's model never saw in a
    given name: a verb and its activity after a kin word, no name (written for this test);
    a verb surname before given characters names hold stays a name."""
    assert _persons("他从小跟着父亲练摔跤，今年第四次参赛。") == []
    assert _persons("他从小跟着父亲祝满仓学手艺。") == ["祝满仓"]


def test_a_word_for_ones_family_is_a_kin_word_not_a_role() -> None:
    """家人 and 亲人 end in 人 as agent nouns do, but name one's family: the verb after them
    is no name ('和家人查苗': 查 + 苗), a full name is (written for this test)."""
    assert _persons("他正和家人查苗补缺。") == []
    assert _persons("他和家人王建国一起赶到。") == ["王建国"]


def test_a_given_names_last_character_that_is_a_function_word_by_what_follows() -> None:
    """和 before a time word opening the predicate, and 才 (likelier a name's end than a word,
    by jieba's models) before another adverb, end the name (written for this test); 和 before
    a time word inside a 的-phrase joins two people, and 和 before a noun stays 'and'."""
    assert _persons("61岁的茶农汪宗和今年靠茶园增收3万元。") == ["汪宗和"]
    assert _persons("58岁的烟农吕有才正和家人移栽烟苗。") == ["吕有才"]
    assert _persons("村民李英和今年入学的孙子一起来了。") == ["李英"]
    assert _persons("村民李英和家人一起来了。") == ["李英"]


def test_a_given_name_ending_in_nian_before_a_speech_verb() -> None:
    """永年, 松年: 年 ends the given name where 说 follows it ('”某永年说'); a time word
    after a name (李强今年说) leaves the name as it is (written for this test)."""
    assert _persons("“手还不抖，就想多写几幅。”贺松年说，每天早上写字。") == ["贺松年"]
    assert _persons("村民李强今年说，收成好。") == ["李强"]


def test_an_unlisted_surnames_name_after_a_role_before_an_adverb() -> None:
    """A worker named after an unlisted role word (焊装工) by a surname on no list: the name
    is read where an adverb opens the predicate after it (正) and its given characters are
    likely a name's by jieba's model (written for this test); a verb after a role word
    (师傅话不多) names nobody."""
    assert _persons("32岁的焊装工禤志强正盯着屏幕检查焊点。") == ["禤志强"]
    assert _persons("老师傅话不多，手上功夫好。") == []


def test_a_name_after_where_its_bearer_comes_from() -> None:
    """来自某县的 before a full name, as a sports report names a contestant (written for this
    test); a word after it (金融) names nobody."""
    assert _persons("来自安图县的金春兰以11.6米的高度获得冠军。") == ["金春兰"]
    assert _persons("来自安图县的金融机构代表参加了会议。") == []


def test_a_verb_surname_and_a_noun_the_dictionary_lists_together_is_no_name() -> None:
    """练 (a surname and a verb) and 球, a word the dictionary lists (as a noun) after a role
    word: the pupils' practice, no name (written for this test); a name after the same
    role stays one."""
    assert _persons("教练在活动室指导小学员练球。") == []
    assert _persons("教练在活动室指导小学员练海涛。") == ["练海涛"]


def test_a_verb_of_work_and_gong_is_a_worker_before_a_name() -> None:
    """A two-character verb of work and 工 names a worker, as 员 does (抚育工, 养护工: written
    for this test); one character and 工 is the work done (加工), no worker."""
    assert _persons("松林里，57岁的抚育工孙德厚正给幼树修枝。") == ["孙德厚"]
    assert _persons("公路上，养护工张学军正在清理积雪。") == ["张学军"]
    assert _persons("合作社把秸秆加工成饲料。") == []


def test_a_roster_of_names_spaced_apart_names_each_one() -> None:
    """A block of names four to a line, two run together where two lines were joined and the
    last running into what follows (written for this test)."""
    text = "丁国华 于秀兰 马建军 王立新吴海燕 孔德明 石玉梅 冯建平县政协"
    assert _persons(text) == ["丁国华", "于秀兰", "马建军", "王立新", "吴海燕", "孔德明",
                              "石玉梅", "冯建平"]
    assert _persons("上海 北京 天津 重庆 南京 武汉") == []


def test_an_obituarys_family_signature_names_each_mourner() -> None:
    """家属 and the names before 泣告; a name set to a width with a space is one name."""
    assert _persons("家属 赵秀英 孙 立国 孙立华 泣告") == ["赵秀英", "孙立国", "孙立华"]


def test_a_label_followed_by_figures_is_no_speaker() -> None:
    assert _persons("红球：02 07 13 21 28 33") == []
    assert _persons("郜文斌：今年的收成比去年好。") == ["郜文斌"]


def test_an_item_bounded_by_list_marks_after_a_name_is_a_name() -> None:
    """A list after a name found goes on where an item holds a word (建中)."""
    assert _persons("副市长巴特尔、杜建中、宋平，秘书长出席。") == ["巴特尔", "杜建中", "宋平"]


def test_an_editors_entry_in_running_text_names_each_editor() -> None:
    """编辑：… 校对：… set as a paragraph, a name padded with a plain space, a hotline after."""
    assert _persons("编辑：柏文涛 校对：阚 雯 服务热线：0371-6000000") == ["柏文涛", "阚雯"]
    assert _persons("编辑：本报综合 校对：专刊部") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("护林员王长发每天巡山。", "王长发"),  # 发: likelier a name's end than a verb
        ("“是我们的责任。”张德发说。", "张德发"),
        ("记者王海来到现场。", "王海"),  # 来: the next word
        ("老将南宫羽正对着镜子练习。", "南宫羽"),  # 正: an adverb opening the predicate
    ],
)
def test_a_name_ending_in_a_character_more_often_a_names_than_a_verb(text: str, name: str
                                                                      ) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == [name]


def test_a_measure_word_after_a_demonstrative_opens_no_name() -> None:
    assert [m for m in find_mentions("开门的是位白发老人。") if m.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("记者：效果怎么样？ 房立新：比去年好。记者：下一步呢？房立新：继续抓。",
         ["房立新", "房立新"]),
        ("房立新（县水务局局长）：今年抓了三件事。", ["房立新"]),
        # a paragraph that opens with no label has no turns run together
        ("会上他谈了三点意见。房立新：一是抓落实。", []),
    ],
)
def test_an_interviews_turn_labels_name_the_speakers(text: str, names: list[str]) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


# An honour roll of families, one family a line by its head's name (written for this test).
FAMILY_ROLL = """文明新风
2026年5月6日 星期三
第 3 版
“文明家庭”名单公布
本报讯 经各村推荐、群众评议，决定授予以下 6 户家庭“文明家庭”称号，现予以公布：
（按姓氏笔画为序）
邓金花家庭（东湖村）
石建平家庭（西岭村）
冯永福家庭（南沟村）
贺秀芝家庭（北坪村）
龙桂兰一家（河口村）
钟海林家庭（柳营村）
希望受表彰的家庭珍惜荣誉，发挥示范作用。
"""


def test_an_honour_roll_of_families_names_each_familys_head() -> None:
    """某某某家庭 and 某某某一家 name a family by its head: each entry's person is the head,
    not the head's surname and first given character, then the family word as a name."""
    xml = encode_page(segment_page(FAMILY_ROLL, Edition().title), Edition(), "p").decode()
    body = xml[xml.index("<text"):]
    items = re.findall(r"<item>(.*?)</item>", body)
    assert [re.findall(r"<persName[^>]*>([^<]*)</persName>", item) for item in items] == [
        ["邓金花"], ["石建平"], ["冯永福"], ["贺秀芝"], ["龙桂兰"], ["钟海林"]]


@pytest.mark.parametrize("text", [
    "经审理查明，被告人张某等人在境外设立虚假投资网站，骗取钱款。",
    "58岁的退休工人刘某作为被害人代表出庭。",
    "原告陈某某与被告某公司发生买卖合同纠纷。",
])
def test_a_party_named_by_surname_and_mou_is_no_person(text: str) -> None:
    """A legal report withholds a party's given name (被告人张某, 被害人刘某, 原告陈某某): 某
    stands for the name withheld, and the gold counts no person there (ENCODING: 马某)."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == []


@pytest.mark.parametrize("text", [
    "阅览室的管理员是退休工人曹大伯。他每天都来开门。",
    "村民汪二叔说，今年的橘子又丰收了。",
    "护林员隆阿叔每天清早上山巡护。",
    "保洁员刘大嫂把楼道扫得干干净净。",
])
def test_a_surname_and_a_kin_word_is_an_address_no_person(text: str) -> None:
    """Neighbours are called by surname and a kin word with its rank (曹大伯, 汪二叔, 隆阿叔,
    刘大嫂): a form of address, no name, and no surname and first given character either."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == []


@pytest.mark.parametrize(("text", "names"), [
    ("晚霞映红了黎乡文/钟晓燕清晨，村口的广场上就热闹起来。", ["钟晓燕"]),
    ("炊烟升起在苗岭文/吴海生五月的山里，杜鹃花开遍了坡。", []),
])
def test_a_name_by_form_takes_no_credit_word_run_on_after_it(text: str, names: list[str]
                                                              ) -> None:
    """A headline joined with the credit line under it (…黎乡 + 文/钟晓燕, as an extractor
    runs them together): 文/ credits the writer, so the head's last words and 文 are no name."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_a_customs_chief_after_his_rank() -> None:
    """A customs house's chief is its 关长 (the service's ranks: 署长, 关长), printed before his
    name as any office's rank is: a rank listed lets a name whose surname and first given
    character are a word (齐国) be read before the speech verb."""
    text = "海关副关长齐国强介绍，今年前5个月全市外贸进出口稳中有升。"
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == ["齐国强"]


@pytest.mark.parametrize(("text", "names"), [
    ("本报记者 温晓岚 通讯员 吉克日哈", ["温晓岚", "吉克日哈"]),
    ("（通讯员 曲比拉日 摄）", ["曲比拉日"]),
])
def test_a_yi_name_in_a_byline(text: str, names: list[str]) -> None:
    """A Yi name in a credit, its clan name and two syllables, 日 one of them (吉克日哈,
    曲比拉日): four characters after a clan that opens with a Han surname are a Yi name's,
    not too long for a Han one."""
    assert [m.name for m in byline_names(text)] == names


def test_a_yi_name_right_after_a_role_word() -> None:
    """村民 then a clan name and two syllables (阿说拉果): the Yi name whole, where a Han reading
    stops at the clan or finds no name (阿说: 说 is a speech verb)."""
    text = "75岁的村民阿说拉果腿脚不便，医生每月上门为他送药。"
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == ["阿说拉果"]


@pytest.mark.parametrize(("text", "names"), [
    ("（本报记者 马永强 通讯员 拜晓军）", ["马永强", "拜晓军"]),
    ("责任编辑：王海燕  校对：把秀兰", ["王海燕", "把秀兰"]),
    ("（锁文涛）", ["锁文涛"]),
])
def test_a_credit_vouches_for_a_surname_no_list_holds(text: str, names: list[str]) -> None:
    """Hui and other rare surnames (拜, 把, 锁) are on no list; a credit holds names only, so a
    surname and two given characters there are read as one (把 too, elsewhere a preposition)."""
    assert [m.name for m in byline_names(text)] == names


@pytest.mark.parametrize(("text", "names"), [
    ("养殖合作社理事长冶春生说，今年出栏肉牛300头。", ["冶春生"]),
    ("拜志刚（右）在温室大棚里查看西红柿长势。", ["拜志刚"]),
    ("“今年的牛价稳住了。”拜志刚说。", ["拜志刚"]),
    ("冶春生：今年我们又添了两台烘干机。", ["冶春生"]),
    ("65岁的锁桂兰老人把房子收拾得干干净净。", ["锁桂兰"]),
    ("日子越过越红火了。——海原县 纳玉梅", ["纳玉梅"]),
])
def test_a_place_that_vouches_reads_a_surname_no_list_holds(text: str, names: list[str]
                                                            ) -> None:
    """After a post and before 说, before a caption's place in the photo, as a turn's label,
    after an age, signing a letter after the writer's county: a name whose surname no list
    holds (冶, 拜, 锁, 纳) is read where its place vouches for it."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize("text", [
    "诉调对接，让群众少跑腿。",
    "只有把群众当主角，才能把事办好。",
    "据家人介绍，老人一直很健康。",
    "高校老师讲配色、讲设计。",
])
def test_no_name_of_an_unlisted_surname_where_a_verb_follows_a_role(text: str) -> None:
    """After a role word the sentence goes on with a verb and its object as often (群众少跑腿):
    an unlisted surname's name needs a cue after it there; a preposition (据) is no surname."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == []


def test_a_provinces_short_name_opens_a_pen_name_no_surname() -> None:
    """An office signing as correspondent with a pen name (粤工宣: 粤, Guangdong's short name)
    is no person whose surname the lists lack."""
    assert [m.name for m in byline_names("（通讯员 粤工宣 林晓峰）")] == ["林晓峰"]


def test_a_postdoctoral_researcher_is_named_after_the_rank() -> None:
    """博士后, the rank after 博士, is printed before a researcher's name as 博士 is: a dotted
    Uyghur name after it is read whole though it is followed by no speech verb."""
    text = "课题组的博士后阿不都热合曼·吐尔逊来自和田，负责田间试验。"
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == ["阿不都热合曼·吐尔逊"]


def test_a_list_of_names_vouches_for_a_surname_no_list_holds() -> None:
    """An item of a list of people after a name found, bounded by its marks, is a name though
    its surname is on no list (冶: a Hui surname), and the list goes on after it."""
    text = "拟表扬对象：卜　琳、冶春生、豆建华、凌晓明。"
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == [
        "卜琳", "冶春生", "豆建华", "凌晓明"]


def test_a_bylines_dotted_name_has_parts_of_six_characters() -> None:
    """A Uyghur name's element runs to six characters (阿布都热依木); a byline's names are
    read with parts as long as the names finder reads them (DOTTED_PART_MAX)."""
    assert names_in("记者 欧阳晨 阿布都热依木·吐尔洪") == ["欧阳晨", "阿布都热依木·吐尔洪"]


@pytest.mark.parametrize("text", ["热西提说，现在他也开始带徒弟了。",
                                  "把“哑设琳告诉记者，企业只上线了订单管理。"])
def test_no_unlisted_surname_read_where_an_extractor_splits_a_name(text: str) -> None:
    """Before a speech verb, a name whose surname no list holds needs a close before it in the
    paragraph: at a paragraph's start the extractor may have split a name ('”阿卜杜·' then
    '热西提说'), after an opening quote columns may have run together ('“哑设' + '琳…')."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == []


def test_a_lines_name_is_no_person() -> None:
    """A power line, a railway or a bus route is named as a place is, its name closed by 线
    (10千伏拦隆口线): a surname opening it makes no name of it, as 站 closes a station's."""
    text = "6月16日 8:30—16:00  10千伏拦隆口线  拦隆口镇部分村"
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("村民在集市上咨询法律问题。（蹇　丹 摄）", ["蹇丹"]),
    ("本报讯（通讯员 拓　娟）近日，", ["拓娟"]),
    ("…如数归还失主。（种　凯 屈晓雯）", ["种凯", "屈晓雯"]),
])
def test_a_credits_padded_name_needs_no_listed_surname(text: str, want: list[str]) -> None:
    """A credit pads a two-character name to the width of three (蹇　丹), whatever its
    surname, and sets no credit word so: the pair is a name though no list holds 蹇, 拓, 种."""
    found = [m.name for m in find_mentions(text) if m.kind == "person"]
    assert [re.sub(r"\s", "", name) for name in found] == want


def test_a_letter_spaced_credit_pads_no_name() -> None:
    """Where an extractor spaced every character of a credit apart (记 者 尚 书 怡 褚 云),
    two single characters side by side are no padded name."""
    assert "怡褚" not in [m.name for m in byline_names("记 者 尚 书 怡 褚 云")]


@pytest.mark.parametrize(("text", "want"), [
    ("本报记者 蹇　丹", ["蹇丹"]),
    ("附属第一医院儿科 林芷若", ["林芷若"]),
    ("市人民医院 急诊科", []),
    ("记者调查", []),
])
def test_a_byline_standing_alone_names_its_author(text: str, want: list[str]) -> None:
    """A line that is a byline and nothing else, where the reader took it for a head: a
    reporter's credit word and a name, or an expert's unit and name over their column; a
    unit and a department, or a column named after reporters, name nobody."""
    found = [m.name for m in find_mentions(text) if m.kind == "person"]
    assert [re.sub(r"\s", "", name) for name in found] == want


@pytest.mark.parametrize("text", ["毛根土  衢江区村民，跳入衢江救起两名落水儿童",
                                  "毛根土 衢江区村民，跳入衢江救起两名落水儿童"])
def test_an_honour_rolls_item_is_a_name_before_place_and_occupation(text: str) -> None:
    """An honour roll prints each person's name, a space, then where they live or work and
    their occupation, a clause of its own (…区村民，…): the item is a name though its given
    characters are rare in names."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == ["毛根土"]


def test_a_credits_mongolian_name_of_five_characters_is_one_name() -> None:
    """A Mongolian name of two elements runs to five characters (乌云 + 其其格) and bears no
    surname: a credit reads it whole, not as a Han surname (乌) and given characters."""
    assert [m.name for m in byline_names("通讯员 乌云其其格 摄")] == ["乌云其其格"]


@pytest.mark.parametrize(("text", "want"), [
    ("“能帮就帮。”韩索菲亚说，只要身体允许。", ["韩索菲亚"]),
    ("“谢谢你。”他向索菲亚说。", ["索菲亚"]),
])
def test_a_han_surname_before_a_transcribed_given_name_is_the_names(
        text: str, want: list[str]) -> None:
    """Hui and Salar people put a Han surname before an Islamic given name (韩 + 索菲亚): the
    surname run into a transcribed name is the name's, a preposition (向) is not."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == want


@pytest.mark.parametrize("text", ["他总对新来的关员说：“多看一眼。”",
                                  "船靠港后，关员随即登轮检查。"])
def test_a_surname_and_the_agent_suffix_is_a_role_word(text: str) -> None:
    """员 makes an agent noun of the character before it (关员, a customs officer): after a
    surname's character it is a role word, however rare, and no given name ends in it."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("看一遍不如自己动手查一遍。", []),
    ("选手王一鸣说，比赛很激烈。", ["王一鸣"]),
])
def test_a_count_after_a_verb_is_no_given_name(text: str, want: list[str]) -> None:
    """A verb that is a surname (查) before a count (一遍, a numeral and its measure word) is
    an action counted, no name, after a word read as a role (动手); a numeral opening a given
    name that makes no count (一鸣) stays a name's."""
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == want


@pytest.mark.parametrize(("text", "speaker", "want"), [
    ("27岁的关员欧阳琦刚到查验科时，常常跟在她身后。", "欧阳琦说，科长讲课从不照本宣科。",
     ["欧阳琦"]),
    ("27岁的关员欧阳琦刚到查验科时，常常跟在她身后。", "", ["欧阳琦刚"]),
    ("村民王志刚到村委会反映情况。", "王志刚说，路修好了。", ["王志刚"]),
])
def test_a_name_the_page_prints_before_a_speech_verb_ends_before_an_adverb(
        text: str, speaker: str, want: list[str]) -> None:
    """A name read with an adverb as its last character (刚, which ends many given names:
    志刚) is the shorter name where the page prints that one before a speech verb, in a
    paragraph after it as well: there the adverb opens the predicate (刚到)."""
    speakers = page_speakers([speaker])
    assert [m.name for m in find_mentions(text, (), speakers) if m.kind == "person"] == want


@pytest.mark.parametrize(("text", "names"), [
    # a dotted part opening with a listed element reads over its syllables 不 and 都, up to
    # the longest a part runs (six characters)
    ("第63分钟，前锋买买提江·阿不都热依木头球扳平比分；", ["买买提江·阿不都热依木"]),
])
def test_a_dotted_part_opening_with_a_listed_element(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # a grower by a crop the dictionary has no word for (竹 + 农)
    ("一处竹林，73岁的竹农余长根已经挖了半筐笋。", ["余长根"]),
    # and its 农 is no surname run into a name jieba lists
    ("竹农王大明正在采摘。", ["王大明"]),
])
def test_a_name_after_a_grower_of_a_crop_the_dictionary_lacks(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # a film's credits at a review's foot: each label's names up to the next label
    ("导演：揭永康  编剧：黑玉珊  主演：海明远、司马婉清",
     ["揭永康", "黑玉珊", "海明远", "司马婉清"]),
    # the next label run on where the line broke, unspaced
    ("导演：揭永康 编剧：黑玉珊主演：海明远、司马婉清",
     ["揭永康", "黑玉珊", "海明远", "司马婉清"]),
    ("编辑：王小明校对：张三", ["王小明", "张三"]),
])
def test_a_films_credits_line(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # a ballot's candidate between the entry's number and the unit, whatever the surname
    ("01  毋秋平  偃师区豫剧团", ["毋秋平"]),
    ("03  揭红梅  伊川县文化馆", ["揭红梅"]),
    ("05  东郭一苇  河洛书画院", ["东郭一苇"]),
    # a book list's author between the title and the publisher
    ("4 《外婆的蜡染裙》 冼冬青 南明少年儿童出版社", ["冼冬青"]),
    ("7 《鼓楼下的孩子》 晏舒 南明少年儿童出版社", ["晏舒"]),
    # a numbered entry whose column holds a word names no one
    ("1  合计  300", []),
    ("3 《人民日报》 评论员文章", []),
])
def test_a_numbered_entrys_name_between_its_number_and_its_columns(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # 专家初评: the experts' first review; 初 is a surname, 初评 a verb
    ("经各单位推荐和专家初评，6名候选人进入评选。", []),
    # 都 is the adverb before the verb 尊称, no surname
    ("年轻的评审专家都尊称他“闻人老师”。", []),
    # a name whose surname is a preposition, no word after it
    ("记者向明表示，", ["向明"]),
])
def test_a_predicate_after_a_role_word_is_no_name(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


@pytest.mark.parametrize(("text", "names"), [
    # after a role word, a full name whose surname and first given character make a word the
    # dictionary tags a name (蓝天), before a preposition
    ("市卫生健康委党组书记、主任蓝天野在日前召开的会议上要求，", ["蓝天野"]),
    # a common word that is no name's opening (文化, 游客) stays a word
    ("第五届世界华裔青年文化营在南洲开营。", []),
    ("市民游客可在灯光映衬下观赏夜景。", []),
])
def test_a_full_name_after_a_role_opening_with_a_word_tagged_a_name(text, names) -> None:
    assert [m.name for m in find_mentions(text) if m.kind == "person"] == names


def test_a_notices_contact_line_names_its_contact_person() -> None:
    """联系人： and the name, closed by the next field; a surname no list holds is read there
    (旷), and a unit set in the field is no name."""
    assert _persons("联系人：旷志刚  联系电话：13807382716") == ["旷志刚"]
    assert _persons("联系人：郑红梅  电话：0730-2215566") == ["郑红梅"]
    assert _persons("联系人：县民政局殡葬管理股  联系电话：0539-2251306") == []


def test_a_clan_villages_name_is_no_persons() -> None:
    """A surname, 家 and a settlement's word name a village (綦家庄, 张家湾); the villager after
    it is the person."""
    assert _persons("78岁的綦家庄村民綦长顺是第一批把祖坟迁进公墓的村民。") == ["綦长顺"]
    assert _persons("张家湾村民韩德明说，路修好了。") == ["韩德明"]


def test_a_bodys_short_name_before_its_officer_is_no_person() -> None:
    """卫 is a surname, but 卫健委 before 副主任 or a speech verb is the body (a committee's
    short name); its officer after it is the person."""
    assert _persons("市卫健委副主任郜慧敏介绍，今年市财政安排专项资金。") == ["郜慧敏"]
    assert _persons("县卫健委介绍，全县已有3万人接种。") == []


def test_a_role_read_across_two_words_opens_no_name() -> None:
    """泰州长江: 泰州 and 长江, no 州长 (a governor) before a name 江公路; a mayor after the
    city's full name still is one."""
    assert _persons("但通过泰州长江公路大桥的车辆仍需按规定排队通行。") == []
    assert _persons("盐城市长李文明说，大桥年内通车。") == ["李文明"]
