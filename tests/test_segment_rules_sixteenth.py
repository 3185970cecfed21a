"""Rules for the failure kinds the sixteenth set of test pages showed (issue #14), each on a
small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import (
    REPORT,
    articles,
    figures_of,
    flow,
    heads,
    paragraphs,
    subheads,
)
from teipress.encode.bylines import byline_names
from teipress.segment.model import Article
from teipress.segment.patterns import names_in

# A box of one-sentence news: each item opened by its mark and wrapped at the box's measure,
# as pdftotext prints it (no blank line between items).
NEWS_ITEMS = ("简讯一束\n\n"
              "■市交通局日前启动公交\n线路优化，新开通社区巴士\n12条。\n"
              "■江州至临海高速公路改\n扩建工程8月底通车，全程\n缩短至40分钟。\n"
              "■全市首批“15分钟\n便民生活圈”在东湖区建成，\n居民步行可达菜场和药店。\n\n")


def test_one_sentence_news_items_opened_by_a_mark_are_paragraphs_not_subheads():
    box = articles(REPORT + NEWS_ITEMS)[-1]
    assert not [head for head in subheads(box) if head.startswith("■")]
    assert paragraphs(box)[-3:] == [
        "■市交通局日前启动公交线路优化，新开通社区巴士12条。",
        "■江州至临海高速公路改扩建工程8月底通车，全程缩短至40分钟。",
        "■全市首批“15分钟便民生活圈”在东湖区建成，居民步行可达菜场和药店。"]


def test_a_marked_subhead_over_its_paragraph_is_still_a_subhead():
    page = REPORT + ("工地走笔\n\n■ 一线直击\n记者走进江州新城的施\n工现场，塔吊林立，工人们\n"
                     "正忙着浇筑混凝土。\n\n")
    assert subheads(articles(page)[-1]) == ["■ 一线直击"]


# A feature whose photo caption, set to the photo's width (wider than the column) and
# uncredited (the byline credits the photos), the extractor printed where it cut a paragraph.
FEATURE = ("老街换新颜\n\n文/图 本报记者 甘晓岚\n\n"
           "江州市东湖区的老街建于\n上世纪六十年代，两侧住着一\n百多户人家。今年春天，街道\n"
           "请来了设计师，和居民一起商\n\n"
           "东湖区老街改造后的青石板路，居民在街\n边下棋纳凉。\n\n"
           "量，把坑洼的水泥路换成了青\n石板，又在街口建了小广场。\n"
           "居民们说，街还是那条\n街，住着却舒心多了。\n\n")


def test_an_uncredited_caption_wider_than_the_column_cutting_a_paragraph():
    (figure,) = figures_of(REPORT + FEATURE)
    assert [p.text for p in figure.caption] == ["东湖区老街改造后的青石板路，居民在街边下棋纳凉。"]
    assert paragraphs(articles(REPORT + FEATURE)[-1]) == [
        "江州市东湖区的老街建于上世纪六十年代，两侧住着一百多户人家。今年春天，街道"
        "请来了设计师，和居民一起商量，把坑洼的水泥路换成了青石板，又在街口建了小广场。",
        "居民们说，街还是那条街，住着却舒心多了。"]


# A report whose clause ends a line short only because the figure opening the next line,
# never split, did not fit on it.
FIGURES_REPORT = ("一季度业绩出炉\n\n"
                  "本报讯 从盈利面看，2140家上\n市公司一季度实现盈利，在全部\n"
                  "公司中的占比已达到58.3%；\n1275家公司净利润同比增长，其\n"
                  "中380家增幅超过一倍，分行业\n看，电子、汽车等行业增长快。\n\n")


def test_a_line_short_only_by_the_figure_opening_the_next_ends_no_paragraph():
    assert paragraphs(articles(REPORT + FIGURES_REPORT)[-1]) == [
        "从盈利面看，2140家上市公司一季度实现盈利，在全部公司中的占比已达到58.3%；"
        "1275家公司净利润同比增长，其中380家增幅超过一倍，分行业看，电子、汽车等行业增长快。"]


# A photo credited by its maker's name alone, a space, then 摄, on a line of its own under
# its caption, printed between the heads and the text of a feature.
NAMED_CREDIT = ("茶园里的直播间\n本报记者 甘晓岚\n\n"
                "9月10日，村民在茶园里直播\n销售普洱茶。\n蔺建华 摄\n\n"
                "清晨的茶园，雾气还没有散\n尽，村民已经把手机架在了自\n家的茶树下。\n\n")


def test_a_photographers_bare_name_then_she_on_its_own_line_is_a_credit():
    (figure,) = figures_of(REPORT + NAMED_CREDIT)
    assert [p.text for p in figure.caption] == ["9月10日，村民在茶园里直播销售普洱茶。"]
    assert figure.credit is not None
    assert figure.credit.text == "蔺建华 摄"
    assert heads(articles(REPORT + NAMED_CREDIT)[-1]) == ("", "茶园里的直播间", "")


def _blocks(article: Article) -> list[tuple[str, list[str]]]:
    return [(p.label.text if p.label else "", [row[0] for row in p.rows])
            for p in flow(article) if p.block == "list"]


# An appointments list: each entry one clause on a line of its own, parted by semicolons and
# closed by a full stop, under a short label closed by a colon; the headline set across the
# columns over a note in brackets wrapped over two lines (no head); pdftotext runs the label
# on after the note over it (no blank line, the note's line ending no sentence).
APPOINTMENTS = ("江州市人民代表大会常务委员会任免名单\n\n"
                "（2026年5月8日市十六届人\n大常委会第九次会议通过）\n"
                "任命：\n"
                "周明远为市教育局局长；\n"
                "韩雪梅为市卫生健康委员会主任；\n"
                "罗建新为市水务局局长。\n"
                "免去：\n"
                "许志强的市教育局局长职务；\n"
                "邓丽华的市卫生健康委员会主任职务；\n"
                "罗建新的市水务局副局长职务。\n\n")


def test_an_appointments_list_of_semicolon_clauses_under_colon_labels_is_two_lists():
    box = articles(REPORT + APPOINTMENTS)[-1]
    assert heads(box) == ("", "江州市人民代表大会常务委员会任免名单", "")
    assert [p.text for p in box.paragraphs if not p.block] == [
        "（2026年5月8日市十六届人大常委会第九次会议通过）"]
    assert _blocks(box) == [
        ("任命：", ["周明远为市教育局局长；", "韩雪梅为市卫生健康委员会主任；",
                   "罗建新为市水务局局长。"]),
        ("免去：", ["许志强的市教育局局长职务；", "邓丽华的市卫生健康委员会主任职务；",
                   "罗建新的市水务局副局长职务。"])]


def test_a_list_label_closing_a_paragraph_that_goes_on_stays_its_last_line():
    page = REPORT + ("悬赏通告\n\n"
                     "本报讯 近日，江州市东湖区\n发生一起盗窃案，为尽快将\n"
                     "嫌疑人缉拿归案，现发布悬\n赏通告：\n"
                     "周明远为市教育局局长；\n韩雪梅为市卫生健康委员会主任；\n"
                     "罗建新为市水务局局长。\n\n")
    (block,) = [p for p in articles(page)[-1].paragraphs if p.block]
    assert block.label is None
    assert articles(page)[-1].paragraphs[0].text.endswith("现发布悬赏通告：")


# A feature signed by a Mongol reporter, a name with no surname (其其格), on a line of its
# own under the heads, as pdftotext prints it (no blank line between heads, byline and text).
MONGOL_BYLINE = ("草场轮牧见成效\n本报记者 其其格\n"
                 "六月的草原绿意正浓，牧民\n把羊群从一号草场赶往三号\n草场。\n\n")


def test_a_byline_naming_a_mongol_reporter_without_a_surname_is_a_byline():
    feature = articles(REPORT + MONGOL_BYLINE)[-1]
    assert heads(feature) == ("", "草场轮牧见成效", "")
    assert [b.text for b in feature.bylines] == ["本报记者 其其格"]
    assert paragraphs(feature) == ["六月的草原绿意正浓，牧民把羊群从一号草场赶往三号草场。"]


def test_a_mongol_reporters_name_in_a_byline_is_a_person():
    assert [m.name for m in byline_names("（记者 其其格 王　晨）")] == ["其其格", "王晨"]
    assert [m.name for m in byline_names("本报记者 斯琴高娃 摄")] == ["斯琴高娃"]


# A wrapped note in brackets opened by a label and its colon credits its text (the author's
# posts, the expert who comments): the bylines' reader takes it, no note under the heads.
def test_a_labelled_bracket_under_the_heads_is_no_note():
    page = REPORT + ("茶山上的“直播间”\n（点评专家：云南大学信息学\n院教授段志华）\n\n"
                     "村民把手机架在茶树下，一\n天卖出两百单普洱茶。\n\n")
    assert "（点评专家：云南大学信息学院教授段志华）" not in paragraphs(articles(page)[-1])


# A paper signing its reporter by its own name, which ends in 报 as papers' names do but in
# none of the endings the datelines list (证券导报, not 日报 or 晚报).
def test_a_reporter_signed_by_the_papers_name_ending_in_bao_is_a_byline():
    page = REPORT + ("一季度盈利面扩大\n金融周报记者 甘　露\n\n"
                     "从盈利面看，全市上市公司\n一季度实现盈利的占比达到\n七成。\n\n")
    feature = articles(page)[-1]
    assert heads(feature) == ("", "一季度盈利面扩大", "")
    assert [b.text for b in feature.bylines] == ["金融周报记者 甘　露"]


# A digest's entries, each labelled by its company and code on a marked line ending in a
# colon, its text wrapped under it; pdfminer sets each entry apart by a blank line (the last
# one's label too), pdftotext runs them on.
DIGEST = ("公司公告\n\n"
          "●江州科技（688001）：\n公司拟以每10股派发现金红\n利2元（含税）。\n\n"
          "●临川重工（600001）：\n公司与某央企签订设备采购\n合同，金额约3亿元。\n\n"
          "●东湖医药（300001）：\n\n公司一类新药获得临床试验\n批准通知书。\n\n")


def test_entries_labelled_on_a_marked_line_ending_in_a_colon_are_paragraphs():
    for page in (DIGEST, DIGEST.replace("\n\n●", "\n●").replace("：\n\n", "：\n")):
        box = articles(REPORT + page)[-1]
        assert subheads(box) == []
        assert paragraphs(box) == [
            "●江州科技（688001）：公司拟以每10股派发现金红利2元（含税）。",
            "●临川重工（600001）：公司与某央企签订设备采购合同，金额约3亿元。",
            "●东湖医药（300001）：公司一类新药获得临床试验批准通知书。"]


def test_a_marked_label_ending_in_a_colon_alone_on_its_page_is_still_a_subhead():
    page = REPORT + ("工地走笔\n\n■记者手记：\n记者走进江州新城的施\n工现场，塔吊林立，工人们\n"
                     "正忙着浇筑混凝土。\n\n")
    box = articles(page)[-1]
    assert subheads(box)[0].startswith("■记者手记：")
    assert not [text for text in paragraphs(box) if text.startswith("■")]


# A commentary signed in brackets by the expert commenting, after the posts, wrapped over two
# lines, then the next article.
EXPERT_SIGNED = ("专家点评\n让边境村寨的网络既通得上又用得好\n\n"
                 "网络只是基础，更要让群\n众用得起、用得好，把培训\n和电商结合起来。\n"
                 "（点评专家：江州大学信息学\n院教授 段志华）\n\n"
                 "茶园里的直播间\n本报记者 甘晓岚\n\n"
                 "清晨的茶园雾气还没有散\n尽，村民已经把手机架在了\n自家的茶树下。\n\n")


def test_a_commentary_signed_by_its_expert_after_the_posts_has_that_byline():
    commentary, feature = articles(REPORT + EXPERT_SIGNED)[-2:]
    assert heads(commentary) == ("专家点评", "让边境村寨的网络既通得上又用得好", "")
    assert [b.text for b in commentary.bylines + commentary.trailing] == [
        "（点评专家：江州大学信息学院教授 段志华）"]
    assert paragraphs(feature) == ["清晨的茶园雾气还没有散尽，村民已经把手机架在了自家的茶树下。"]


# An extractor printing heads after bodies (pymupdf): a report, its headline and subtitle,
# then a commentary's label and headline over the commentary, whose words are the report's.
HEADS_AFTER = ("本报讯 全省新建5G基站\n1.2万个，边境村寨的网络\n覆盖率达到92%，村民在家\n"
               "就能用网络卖茶叶。\n\n"
               "5G网络通到边境村寨\n\n——全省新建5G基站1.2万个\n\n专家点评\n\n让网络更好用\n\n"
               "边境村寨建一个5G基站的\n成本是城市的几倍，网络覆\n盖率提高了，更要让村民\n"
               "用好网络，在家卖茶叶。\n\n")


def test_heads_past_a_subtitle_between_two_texts_part_two_articles():
    found = articles(HEADS_AFTER)
    assert [paragraphs(article)[0][:6] for article in found] == ["全省新建5G", "边境村寨建一"]


def test_a_name_run_on_before_the_papers_own_word_stays_a_name():
    assert names_in("本报记者 杜若溪本报通讯员 阮一平") == ["杜若溪", "阮一平"]
