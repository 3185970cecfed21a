"""The inline annotators (encode/annotate.py): each finds its own kind, and they share only
what the page's Context carries."""

from __future__ import annotations

import datetime

from lxml import etree

from conftest import ROOT, SAMPLE_TXT, TEI_ALL
from teipress.edition import Edition
from teipress.encode.annotate import (
    Context,
    annotate,
    annotate_head,
    annotate_row,
    date_spans,
    name_spans,
    quotation_spans,
    term_spans,
    title_spans,
)
from teipress.encode.quotations import quotations
from teipress.encode.registers import Registers
from teipress.encode.tei import encode_page
from teipress.encode.xml import tei
from teipress.segment import segment_page
from teipress.segment.model import Article, Byline

ISSUE = datetime.date(2022, 11, 22)
SAID = "“今年的收成比去年好多了，”护林员石大山笑着说。"


def context() -> Context:
    return Context(ISSUE, Registers(), [])


def by_tag(spans, tag):
    return [(s.start, s.end, dict(s.attrs)) for s in spans if s.tag == tei(tag)]


def test_speech_names_its_speaker_through_the_names_annotator() -> None:
    spans = annotate(SAID, context())
    assert by_tag(spans, "persName") == [(17, 20, {"ref": "#pers-1"})]
    assert by_tag(spans, "said") == [(1, 13, {"who": "#pers-1"})]
    # alone, without the names annotator's mentions, the speech has no speaker
    assert by_tag(quotation_spans(SAID, context()), "said") == [(1, 13, {})]


def test_a_person_found_in_one_paragraph_is_known_in_the_next() -> None:
    later = "今天石大山来到村里。"
    assert by_tag(annotate(later, context()), "persName") == []
    shared = context()
    annotate(SAID, shared)
    assert shared.known_persons == ["石大山"]
    assert by_tag(annotate(later, shared), "persName") == [(2, 5, {"ref": "#pers-1"})]


def test_each_kind_comes_from_its_own_annotator() -> None:
    text = "会上，“双碳”目标写入了《报告》，11月15日开工。"
    term, title, date = (4, 6, {}), (13, 15, {}), (17, 23, {"when": "2022-11-15"})
    assert by_tag(term_spans(text, context()), "term") == [term]
    assert quotation_spans(text, context()) == []
    assert by_tag(title_spans(text, context()), "title") == [title]
    assert by_tag(date_spans(text, context()), "date") == [date]
    spans = annotate(text, context())
    assert (by_tag(spans, "term"), by_tag(spans, "title"), by_tag(spans, "date")) == (
        [term], [title], [date])


def test_every_quotation_of_the_sample_is_a_quotation_or_a_term_once() -> None:
    page = segment_page(SAMPLE_TXT.read_text(encoding="utf-8"))
    texts = [p.text for item in page.body if isinstance(item, Article) for p in item.paragraphs]
    checked = 0
    for text in texts:
        marked = [(s.start, s.end) for s in
                  quotation_spans(text, context()) + term_spans(text, context())]
        assert sorted(marked) == sorted((q.start, q.end) for q in quotations(text)), text
        checked += len(marked)
    assert checked > 10  # the sample quotes policy, speech and terms


def test_a_government_department_quotes_policy_and_a_person_does_not() -> None:
    """A department (省…厅, 市…局, …委员会) is an authority like a government: the words it
    提出 are policy; the same verb after a person quotes no document."""
    for text in ("省文化和旅游厅今年提出，要“让游客住得下、留得住、愿再来”。",
                 "市生态环境局明确，要“守住蓝天碧水”。"):
        kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, context())]
        assert kinds == ["policy"], text
    assert quotation_spans("他笑着提出，要“多来几次”。", context()) == []


def test_a_directive_names_whom_it_binds_and_what_they_must_do_before_its_words() -> None:
    """要求 may name whom it binds (各…) before the comma of its clause, and 要做到 may stand
    between the clause and the quoted words: still policy; a person's 要求 is none."""
    for text in ("市交通运输局要求各客运企业，要做到“不超员、不超速、不疲劳驾驶”。",
                 "通知要求各地要做到“应检尽检、不漏一户”。"):
        kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, context())]
        assert kinds == ["policy"], text
    assert [dict(s.attrs).get("type") for s in
            quotation_spans("他要求孩子们，要做到“早睡早起”。", context())] != ["policy"]


def test_a_government_named_by_its_level_quotes_policy() -> None:
    """县里, 乡里: a government named by its level, as an official reports what it decided
    (他说，乡里提出，要“…”; 县里…要求各部门“…”): its words are policy where it opens its
    clause as the subject; inside a phrase (在城市里) it is no government."""
    for text in ("他说，乡里提出，要“让每一户都有一项增收产业”，下一步将统一培训。",
                 "县长说，县里将继续延长产业链，要求各部门“把资源优势转化为产业优势”。"):
        kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, context())
                 if s.tag == tei("quote")]
        assert kinds == ["policy"], text
    assert [dict(s.attrs).get("type") for s in quotation_spans(
        "他在城市里提出，要“多给孩子留一块玩耍的空地，让他们跑起来”。", context())] != ["policy"]


def test_an_autonomous_prefecture_named_by_its_level_quotes_policy() -> None:
    """州里: an autonomous prefecture's government named by its level, opening its clause
    (…介绍，…。州里要求，要“…”), as 县里 does (written for this test)."""
    text = ("局长介绍，全州已有球场四百块。"
            "州里要求，要“把全民健身和竞技比赛结合起来”，让人才走出去。")
    kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, context())
             if s.tag == tei("quote")]
    assert kinds == ["policy"]
    assert [dict(s.attrs).get("type") for s in quotation_spans(
        "他在广州里提出，要“多给孩子留一块玩耍的空地，让他们跑起来”。", context())] != ["policy"]


def test_a_directive_clause_opened_by_yao_runs_to_its_quotation() -> None:
    """An official's 指出，要… : the clause 要 opens is the directive's however long, up to the
    quoted words later in the sentence (written for this test); a clause no 要 opens stays
    bounded (20 characters)."""
    text = ("市老干部局局长王建国在开幕式上指出，要为老年人搭建更多展示才艺的平台，"
            "让广大老同志“老有所为、老有所乐”，为传承文化贡献力量。")
    kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, context())
             if s.tag == tei("quote")]
    assert kinds == ["policy"]
    text = ("市老干部局局长王建国在开幕式上指出，老年人搭建了更多展示才艺的平台，"
            "广大老同志说这是“老有所为、老有所乐”，为传承文化贡献力量。")
    assert [dict(s.attrs).get("type") for s in quotation_spans(text, context())
            if s.tag == tei("quote")] != ["policy"]


def test_an_offices_biaoshi_yao_directive_is_policy() -> None:
    """An official named by their office who 表示，要… gives a directive, as 指出，要 does
    (the form of heldout19's price report, written for this test); a 表示 no 要 follows
    reports what was said, and a villager's 表示，要 names no office."""
    def kinds(text: str) -> list[str | None]:
        return [dict(s.attrs).get("type") for s in quotation_spans(text, context())
                if s.tag == tei("quote")]
    assert kinds("市发展和改革委员会党组成员、副主任李文明表示，要督促经营企业严格执行"
                 "价格政策，做到“保供稳价、明码标价”。") == ["policy"]
    assert kinds("市发展和改革委员会副主任李文明表示，经营企业已经做到了"
                 "“保供稳价、明码标价”。") != ["policy"]
    assert kinds("村民张大爷表示，要把日子过得“红红火火、热热闹闹”。") != ["policy"]


def test_a_party_committee_is_an_authority_whose_directive_is_policy() -> None:
    """An organisation's Party committee secretary requiring, a clause before the quoted
    words, is an authority's directive (集团公司党委书记 … 要求，…，“…”)."""
    text = ("集团公司党委书记、董事长王建国在会上要求，各单位要把节能改造作为治本之策，"
            "“以‘零容忍’态度抓好隐患排查”，坚决守住底线。")
    kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, context())
             if s.tag == tei("quote")]
    assert kinds == ["policy"]


def test_an_official_named_after_an_office_earlier_on_the_page_quotes_policy() -> None:
    """An official the page named after an authority's office, later requiring or proposing
    by name alone, quotes policy; the same words from a person named otherwise do not."""
    page = context()
    annotate("省教育厅党组成员、副厅长格桑卓玛介绍，全省已补充教师4800余名。", page)
    said = "格桑卓玛提出，要“让乡村教师下得去、留得住、教得好”，今年将继续提高补助。"
    assert [dict(s.attrs).get("type") for s in annotate(said, page)
            if s.tag == tei("quote")] == ["policy"]
    other = context()
    annotate("村民格桑卓玛今年58岁。", other)
    assert not [s for s in annotate(said, other) if s.tag == tei("quote")]


def test_a_whole_sentence_in_a_speakers_sentence_is_their_words_not_policy() -> None:
    """A quotation closed by its own full stop, in a sentence a speaker's 说， opens, is the
    speaker's words though the lead-in reports what their office asked (局长某某说，县里…
    提出要求，“…。”), whether the speaker is an official the page named or not; a document's
    whole sentence after its verb and a colon stays policy."""
    said = ("县里已经出台露营地建设和服务规范，对消防、用水和垃圾处理提出要求，"
            "“沙漠生态脆弱，露营不能以破坏戈壁为代价。”")
    page = context()
    annotate("瓜州县文体广电和旅游局局长郇建国介绍，今年新建营地3处。", page)
    for text in ("郇建国说，" + said, "他说，" + said):
        assert [dict(s.attrs).get("type") for s in annotate(text, page)
                if s.tag == tei("quote")] != ["policy"], text
    assert [dict(s.attrs).get("type") for s in quotation_spans(
        "党的二十大报告提出：“提升生态系统多样性、稳定性、持续性。”", context())] == ["policy"]


def test_a_body_named_by_its_level_of_government_is_an_authority() -> None:
    """A commission by its short name (省发展改革委, 国家卫生健康委) or a fire corps
    (市消防救援支队) after 国家/省/市/县 is an authority; 委托 after 省里 names none."""
    for text in ("省发展改革委要求，要“全力保障群众温暖过冬”。",
                 "国家卫生健康委强调，要“把预防放在首位”。",
                 "市消防救援支队要求，要“把隐患消除在萌芽状态”。"):
        kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, context())]
        assert kinds == ["policy"], text
    assert [dict(s.attrs).get("type") for s in quotation_spans(
        "他受省里委托提出，要“多听听大家的意见”。", context())] != ["policy"]


def test_a_directive_names_whom_and_when_it_binds_before_its_words() -> None:
    """通知，要求各级…机构春节期间要“…”: whom the directive binds and when, a dozen
    characters, stand between 要求 and 要."""
    text = "国家广电总局发出通知，要求各级播出机构春节期间要“坚持正确导向，推出精品节目”。"
    assert [dict(s.attrs).get("type") for s in quotation_spans(text, context())] == ["policy"]


def test_a_company_executive_named_after_the_office_conveys_policy() -> None:
    """An executive the page named after a company's office (油田公司副总经理某某) who says
    the company requires, quotes policy; the same words from a person named otherwise do not."""
    said = "董振邦说，公司要求，要“把保民生用气放在首位，确保群众温暖过冬”，并加强巡检。"
    page = context()
    annotate("油田公司副总经理董振邦介绍，今年冬季保供面临挑战。", page)
    assert [dict(s.attrs).get("type") for s in annotate(said, page)
            if s.tag == tei("quote")] == ["policy"]
    other = context()
    annotate("村民董振邦今年58岁。", other)
    assert [dict(s.attrs).get("type") for s in annotate(said, other)
            if s.tag == tei("quote")] != ["policy"]


def test_a_pronoun_for_the_official_named_the_sentence_before_quotes_policy() -> None:
    """News names an official after the office once, then says 他 or 她: a directive whose
    subject is that pronoun (…。他提出，要“…”) is the official's, so policy; the same words
    after a sentence naming no official are a person's."""
    ctx = context()
    text = ("县水利局党组书记、局长邵明远介绍，全县今年新建高标准农田8万亩，节水灌溉面积"
            "扩大到一半以上。他提出，要“把每一方水都用在刀刃上，让农田旱能浇、涝能排”。")
    name_spans(text, ctx)
    kinds = [dict(s.attrs).get("type") for s in quotation_spans(text, ctx)]
    assert kinds == ["policy"]
    ctx = context()
    text = ("村民邵明远种了二十年地，今年头一回用上了滴灌。他提出，要“把每一方水都用在刀刃上，"
            "让农田旱能浇、涝能排”。")
    name_spans(text, ctx)
    assert [dict(s.attrs).get("type") for s in quotation_spans(text, ctx)] == [None]


def test_a_tables_row_is_read_as_it_prints() -> None:
    """A roll's name stands alone in its cell; the native place in the next cell makes it a
    name, as it does when the row is printed as one line (王某某  某省某县人  1979年牺牲)."""
    row = ["李国强", "湖南省桑植县人", "1979年2月牺牲"]
    assert annotate(row[0], context()) == []  # a cell alone says nothing of a name
    cells = annotate_row(row, context())
    persons = [row[0][s.start:s.end] for s in cells[0] if s.tag == tei("persName")]
    assert persons == ["李国强"]
    assert [s.tag for s in cells[2]] == [tei("date")]
    assert all(s.end <= len(text) for spans, text in zip(cells, row, strict=True)
               for s in spans)



def test_the_persons_signing_after_an_end_mark_are_named_in_the_trailer() -> None:
    """What a page prints after an article's end mark goes into its trailer: an obituary's
    family line (家属 某某 某某 泣告) and a correspondent's bracket name persons there, valid
    against the project's grammar and tei_all; a source note's label (来源：) names no one."""
    page = segment_page("本报记者 路静\n今年以来，全市新建公园12个，市民休闲去处越来越多。\n", "")
    article = next(item for item in page.body if isinstance(item, Article))
    line = article.paragraphs[-1].lines[-1]
    article.trailing += [Byline(line, "（完）", "end"),
                         Byline(line, "（来源：江州市园林局）", "trail", ["来源"]),
                         Byline(line, "（通讯员 司寇 明）", "trail", ["司寇明"]),
                         Byline(line, "家属 芦春生 秦 建华 泣告", "trail")]
    tree = etree.fromstring(encode_page(page, Edition(), "p"))
    trailer = tree.find(f".//{tei('trailer')}")
    assert trailer is not None
    assert "".join(trailer.itertext()) == \
        "（完） （来源：江州市园林局） （通讯员 司寇 明） 家属 芦春生 秦 建华 泣告"
    assert ["".join(p.itertext()) for p in trailer.iter(tei("persName"))] == \
        ["司寇 明", "芦春生", "秦 建华"]
    for grammar in (ROOT / "schema" / "teipress.rng", TEI_ALL):
        schema = etree.RelaxNG(etree.parse(str(grammar)))
        assert schema.validate(etree.ElementTree(tree)), schema.error_log


def test_a_word_run_on_after_a_credit_is_vouched_for_as_no_name() -> None:
    """An editorial's byline 本报评论员文章 read with 文章 as its name: a dictionary word that
    is no name is not a name the page vouches for, so 做文章 in its text stays plain (written
    for this test); a reporter's name stays vouched for."""
    page = segment_page("本报记者 路静\n要在“特”字上做文章，路静也在现场。\n", "")
    article = next(item for item in page.body if isinstance(item, Article))
    article.bylines[0].names.append("文章")
    tree = etree.fromstring(encode_page(page, Edition(), "p"))
    body = tree.find(f".//{tei('body')}")
    assert body is not None
    assert sorted({"".join(p.itertext()) for p in body.iter(tei("persName"))}) == ["路静"]


def test_a_documents_title_before_its_verb_quotes_policy() -> None:
    """A document named by its title in 《》 and a policy verb after it (提出, 强调, 明确规定,
    要求 whom it binds) quotes the document's words, however long the title; a book's or a
    person's 提出 is no policy."""
    policy = [
        "《实施意见》强调，“要压实各方责任，确保取得实效”。",
        "省政府印发的《关于加快发展银发经济的实施意见》提出，“到2030年，养老服务体系更加完善”。",
        "《条例》第十二条提出：“任何单位和个人不得擅自占用耕地。”",
        "《通知》要求，各地要“坚持因地制宜，分类推进”。",
    ]
    for text in policy:
        assert [s.tag for s in quotation_spans(text, context())] == [tei("quote")], text
    book = "该书提出，“读书是一种生活方式，也是一种修行”。"
    assert [s.tag for s in quotation_spans(book, context())] != [tei("quote")]


def test_a_name_a_heads_line_ends_on_that_runs_on_into_the_next_is_no_person() -> None:
    """A profile's subtitle wrapped inside the name (——记…站长巴莫阿 / 果, as a PDF's narrow
    column sets it): the first line's 巴莫阿 is the name cut, no person; the lines are read
    with what follows them, and a name that ends with its line stays one."""
    wrapped = annotate_head(["——记金阳县红峰乡卫生站站长巴莫阿", "果"], context())
    assert [by_tag(spans, "persName") for spans in wrapped] == [[], []]
    whole = annotate_head(["——记金阳县红峰乡卫生站站长巴莫阿果", "扎根山乡二十年"], context())
    assert [[(s, e) for s, e, _ in by_tag(spans, "persName")] for spans in whole] == [
        [(14, 18)], []]


def _quote_kinds(text: str) -> list[str | None]:
    return [dict(s.attrs).get("type") for s in quotation_spans(text, context())
            if s.tag == tei("quote")]


def test_a_principle_an_official_reports_a_body_holds_to_is_policy() -> None:
    """An official named by an authority's office who 介绍 or 表示 that a body 坚持“…” quotes
    the principle it adheres to (the form of the twenty-fifth set's sports page, written for
    this test); a slogan short enough to be a term stays one, and a principle no authority's
    official reports is none."""
    assert _quote_kinds("市文化和旅游局副局长王建国介绍，活动坚持“让市民在家门口就能看上好戏、"
                        "听上好曲”，所有演出免费。") == ["policy"]
    assert _quote_kinds("县民政局局长王建国表示，中心坚持以“让每一位老人吃得放心、住得安心”"
                        "为目标。") == ["policy"]
    assert [(s.start, s.end) for s in term_spans(
        "县住房和城乡建设局局长王建国介绍，今年的改造坚持“居民点单、政府派单”。",
        context())] == [(25, 34)]
    assert _quote_kinds("合作社理事长王建国介绍，合作社坚持“让社员在家门口就能卖上好价、"
                        "拿上分红”。") != ["policy"]


def test_an_officials_posts_before_a_long_lead_in_still_name_an_authority() -> None:
    """An official's posts open a long sentence (市…局党组成员、副局长某某在接受采访时表示，
    要…，…，“…”): the authority is read from the sentence's start, past the lead-in's
    length, so the quoted close of the directive's clauses is policy (the form of heldout21's
    reading page, written for this test); a 表示 no authority opens stays speech or a term."""
    directive = ("在接受采访时表示，要继续推进社区图书馆和乡村书屋建设，办好各类读书活动，"
                 "“让读书成为市民的生活习惯”。")
    assert _quote_kinds("市文化广电旅游局党组成员、副局长王建国" + directive) == ["policy"]
    assert _quote_kinds("退休教师、读书会发起人王建国" + directive) != ["policy"]
