"""Rules for the failure kinds the eighteenth set of test pages showed, each on a small page of
its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, blocks, figures_of, heads, paragraphs, prose
from teipress.segment import segment_page

# A literary supplement's essay: its headline of two clauses over its writer signed 文/某某 (no
# role), then its text; pdfminer sets each apart with a blank line, pdftotext prints them as
# one flow.
ESSAY_HEADS = ("端午，江边的鼓声", "文/陈晓帆")
ESSAY = ("天还没亮，江边就响起了鼓\n声。村里的龙舟一条接一条\n"
         "下了水，岸上站满了看热闹\n的乡亲。\n\n")


def test_an_essays_headline_of_clauses_over_its_writer_signed_after_wen():
    for gap in ("\n", "\n\n"):
        report, essay = articles(REPORT + gap.join(ESSAY_HEADS) + gap + ESSAY)
        assert heads(essay) == ("", "端午，江边的鼓声", "")
        assert [byline.names for byline in essay.bylines] == [["陈晓帆"]]
        assert paragraphs(essay) == [
            "天还没亮，江边就响起了鼓声。村里的龙舟一条接一条下了水，岸上站满了看热闹的乡亲。"]
        assert paragraphs(report) == [
            "入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"]


# A photo's caption with its photographer's bare name run on a space after its last sentence,
# 摄 wrapped onto the next line (…赛龙舟。 陈晓帆 / 摄).
CAPTION = "6月10日，村民在江上赛龙\n舟。 陈晓帆\n摄\n\n"


def test_a_bare_name_credit_run_on_after_the_caption_and_wrapped_before_she():
    (photo,) = figures_of(REPORT + CAPTION)
    assert [p.text for p in photo.caption] == ["6月10日，村民在江上赛龙舟。"]
    assert photo.credit is not None
    assert photo.credit.names == ["陈晓帆"]
    (report,) = articles(REPORT + CAPTION)
    assert paragraphs(report) == [
        "入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"]


# A paper's call for contributions signed by the paper itself on a line of its own under the
# last point (江滨县报社): the call's closer, no head of another article.
CALL = ("副刊征稿启事\n\n本报副刊面向广大读者长期\n征稿，欢迎踊跃投稿。\n\n"
        "一、征稿内容：散文、诗歌\n等文学作品。\n\n江滨县报社\n\n")


def test_a_papers_signature_under_its_call_closes_it():
    _report, call = articles(REPORT + CALL)
    assert heads(call) == ("", "副刊征稿启事", "")
    assert paragraphs(call) == ["本报副刊面向广大读者长期征稿，欢迎踊跃投稿。",
                                "一、征稿内容：散文、诗歌等文学作品。"]
    assert [(byline.text, byline.names) for byline in call.trailing] == [("江滨县报社", [])]


# A call for contributions whose head quotes the supplement it is for, set apart under an
# essay's last paragraph: a notice of its own, no subhead of the essay.
ESSAY_END = ("端午的鼓声\n\n□ 陈晓帆\n\n天还没亮，江边就响起了鼓声，\n"
             "岸上站满了看热闹的乡亲，孩子\n们骑在大人的肩上。\n\n")
QUOTED_CALL = "“江风”副刊征稿启事\n\n本报副刊面向广大读者长期征\n稿，欢迎踊跃投稿。\n\n"


def test_a_notices_head_quoting_what_it_is_for_opens_a_notice_of_its_own():
    essay, call = articles(ESSAY_END + QUOTED_CALL)
    assert heads(essay) == ("", "端午的鼓声", "")
    assert (essay.sections, paragraphs(essay)) == (
        [], ["天还没亮，江边就响起了鼓声，岸上站满了看热闹的乡亲，孩子们骑在大人的肩上。"])
    assert heads(call) == ("", "“江风”副刊征稿启事", "")
    assert paragraphs(call) == ["本报副刊面向广大读者长期征稿，欢迎踊跃投稿。"]


# A profile's fact box set after its text (pdftotext: the same flow, a blank line before it):
# its label over the person's facts, the name first, then sex, people and birth year.
PROFILE = ("乡村医生的一天\n本报记者 甘晓岚\n早上8点，李秀兰背起药箱\n出门，沿着山路走向5公里\n"
           "外的村寨。\n\n")
FACTS = ("人物档案\n李秀兰，女，苗族，1980\n年生，贵州雷山人，乡村医\n生。\n\n")


def test_a_label_over_a_persons_facts_opens_a_profile_box_of_its_own():
    profile, box = articles(PROFILE + FACTS)
    assert heads(profile) == ("", "乡村医生的一天", "")
    assert profile.sections == []
    assert heads(box) == ("", "人物档案", "")
    assert box.bylines == []
    assert paragraphs(box) == ["李秀兰，女，苗族，1980年生，贵州雷山人，乡村医生。"]


# A data box: its label and headline, one sentence, then a figure a line, each with what it
# counts after a gap, closed by its source (no maker's credit: no chart); pymupdf sets each
# part apart with a blank line, pdfminer prints its lines before its sentence.
DATA_HEADS = "数说\n\n上半年全市消费“成绩单”\n\n"
DATA_SENTENCE = "几组数据，看全市消费市场\n的新变化：\n"
DATA_LINES = ("1268.5亿元  社会消费品零售总额\n12.6%  网上零售额增速\n"
              "35.8%  服务消费占比\n")
DATA_SOURCE = "数据来源：市统计局\n"


def test_a_data_boxs_figure_lines_are_a_list_and_its_source_an_end_note():
    for box in (DATA_HEADS + DATA_SENTENCE + "\n" + DATA_LINES + "\n" + DATA_SOURCE,
                DATA_HEADS + DATA_LINES + "\n" + DATA_SENTENCE + "\n" + DATA_SOURCE):
        _report, data = articles(REPORT + box + "\n")
        assert heads(data) == ("数说", "上半年全市消费“成绩单”", "")
        assert prose(data) == ["几组数据，看全市消费市场的新变化："]
        (figures,) = blocks(REPORT + box + "\n")
        assert figures.block == "list"
        assert figures.rows == [["1268.5亿元  社会消费品零售总额"], ["12.6%  网上零售额增速"],
                                ["35.8%  服务消费占比"]]
        assert [(b.kind, b.text) for b in data.trailing] == [("end", "数据来源：市统计局")]


# A lead report's heads printed in one flow over its dateline (pdftotext), the dateline
# wrapped inside its bracket: a kicker, the headline, and a subtitle whose clauses part at a
# comma; the heads are no paragraph's lines. (Where the kicker ends and the headline begins,
# neither set apart nor of a label's width, this rule does not say.)
LEAD = ("上半年全市消费市场观察\n全市消费品零售总额增长9.2%\n"
        "——服务消费占比提升，网上零售保持两位数增长\n本报讯（记者\n甘晓岚）上半年，全市社会\n"
        "消费品零售总额1268.5亿元，\n同比增长9.2%。\n\n")


def test_heads_over_a_dateline_in_one_flow_with_a_subtitle_of_clauses():
    (lead,) = articles(LEAD)
    kicker, headline, subtitle = heads(lead)
    assert kicker + headline == "上半年全市消费市场观察全市消费品零售总额增长9.2%"
    assert subtitle == "——服务消费占比提升，网上零售保持两位数增长"
    assert lead.dateline is not None
    assert lead.dateline.names == ["甘晓岚"]
    assert paragraphs(lead) == ["上半年，全市社会消费品零售总额1268.5亿元，同比增长9.2%。"]


# A column of briefs whose first is reprinted from another paper: no dateline, closed by its
# source on a line of its own; the briefs after it open with their datelines.
REPRINTED = ("政法简讯\n\n全市启动夏季治安整治行动\n\n即日起，全市公安机关开展\n"
             "夏季治安整治行动，重点整\n治夜市等人员密集场所。\n\n（据《江滨日报》报道）\n\n")
BRIEF = ("县法院设立巡回审判点\n\n本报讯（通讯员 甘晓岚）县\n法院日前设立3个巡回审判\n"
         "点，方便群众就近诉讼。\n\n")


def test_a_reprinted_briefs_source_is_its_end_note_under_the_columns_label():
    page = segment_page(REPORT + REPRINTED + BRIEF)
    assert ("label", "政法简讯") in [(item.kind, item.text) for item in page.furniture]
    _report, reprint, brief = articles(REPORT + REPRINTED + BRIEF)
    assert heads(reprint) == ("", "全市启动夏季治安整治行动", "")
    assert paragraphs(reprint) == [
        "即日起，全市公安机关开展夏季治安整治行动，重点整治夜市等人员密集场所。"]
    assert [(b.kind, b.text, b.names) for b in reprint.trailing] == [
        ("end", "（据《江滨日报》报道）", [])]
    assert reprint.bylines == []
    assert heads(brief) == ("", "县法院设立巡回审判点", "")


# A strip of photos under a column's label, the label in one box with the first caption
# (pdfminer): each photo its caption and credit, the label no photo's title.
STRIP = ("江城印象\n5月1日，游客在江边公园\n赏花。 陈晓帆 摄\n\n"
         "市民在江堤上晨练。\n\n甘晓岚 摄\n\n孩子们在广场上放风筝。\n（陈晓帆 摄）\n\n")


def test_a_strip_of_photos_under_a_column_label():
    page = segment_page(REPORT + STRIP)
    assert ("label", "江城印象") in [(item.kind, item.text) for item in page.furniture]
    photos = figures_of(REPORT + STRIP)
    assert [(photo.title, [p.text for p in photo.caption]) for photo in photos] == [
        (None, ["5月1日，游客在江边公园赏花。"]), (None, ["市民在江堤上晨练。"]),
        (None, ["孩子们在广场上放风筝。"])]
    assert [photo.credit.names if photo.credit else [] for photo in photos] == [
        ["陈晓帆"], ["甘晓岚"], ["陈晓帆"]]


# The police's warning box under a report: its head alone, a sentence leading into its tips,
# each numbered tip a paragraph (pdfminer sets each apart with a blank line): an article of
# its own, no section of the report.
WARNING = ("警方提示\n\n近期冒充客服的诈骗多发，\n市公安局提醒广大群众：\n\n"
           "1.自称客服要求退款并索要\n验证码的，一律挂断。\n\n"
           "2.不出租、出借本人的银行\n卡和电话卡。\n\n")


TIPS = ["近期冒充客服的诈骗多发，市公安局提醒广大群众：",
        "1.自称客服要求退款并索要验证码的，一律挂断。", "2.不出租、出借本人的银行卡和电话卡。"]


def test_a_police_warning_box_is_an_article_of_its_own():
    report, warning = articles(REPORT + WARNING)
    assert report.sections == []
    assert heads(warning) == ("", "警方提示", "")
    assert warning.sections == []
    assert paragraphs(warning) == TIPS


# The same box where the extractor keeps the indent (pymupdf: ``　　`` opens each paragraph, no
# blank line between them): the sentence's colon ends it, and each numbered tip set in by the
# indent opens a paragraph, no subhead.
INDENTED_REPORT = ("社区食堂开到家门口\n\n　　本报讯（记者 甘晓岚）入冬以\n"
                   "来，全市新建社区食堂二十多\n家，老人在家门口就能吃上热\n乎饭。\n\n")
INDENTED_WARNING = ("警方提示\n\n　　近期冒充客服的诈骗多发，\n市公安局提醒广大群众：\n"
                    "　　1.自称客服要求退款并索要\n验证码的，一律挂断。\n"
                    "　　2.不出租、出借本人的银行\n卡和电话卡。\n\n")


def test_numbered_tips_under_a_sentence_ending_in_a_colon_are_paragraphs():
    _report, warning = articles(INDENTED_REPORT + INDENTED_WARNING)
    assert heads(warning) == ("", "警方提示", "")
    assert warning.sections == []
    assert paragraphs(warning) == TIPS
