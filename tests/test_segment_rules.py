"""Rules for the failure kinds issue #14 saw on unseen papers, each on a small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 12
cells, paragraphs' first lines set in by two, as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import articles, figures_of, heads, page_figures, paragraphs
from teipress.segment import segment_page
from teipress.segment.line_bylines import split_trailing_byline
from teipress.segment.model import Byline, Line, Paragraph


def test_a_subhead_nearly_as_wide_as_the_column_with_no_blank_line_under_it():
    page = ("城西新建三座口袋公园\n"
            "本报讯（记者 王晓岚）今年以\n来，城西区利用边角地新建口\n"
            "袋公园三座，居民出门就能散\n步健身。\n"
            "小空间里做出大文章的秘诀\n"
            "公园设计前，街道先后召\n开六次居民议事会，收集意见\n"
            "八十多条，把健身器材、儿童\n游乐区放在居民最需要的地方。\n")
    (article,) = articles(page)
    assert [s.head.text for s in article.sections] == ["小空间里做出大文章的秘诀"]
    assert article.sections[0].paragraphs[0].text.startswith("公园设计前")


def test_a_paragraph_cut_by_a_caption_printed_between_its_columns_is_whole():
    page = ("老街换新颜\n\n"
            "今年春天，老街改造工程完\n成，沿街店铺统一更换了招牌，\n路面重新铺设了青石板，\n\n"
            "▲改造后的老街吸引不少游客。\n\n"
            "古色古香的风貌又回来了。\n")
    (article,) = articles(page)
    assert paragraphs(article) == [
        "今年春天，老街改造工程完成，沿街店铺统一更换了招牌，路面重新铺设了青石板，"
        "古色古香的风貌又回来了。"]


def test_heads_of_two_boxes_side_by_side_are_two_articles():
    page = ("短评    观点\n\n"
            "守住安全底线    让服务更贴心\n\n"
            "安全生产没有旁观者，守住\n底线才能行稳致远。（林一）\n\n"
            "服务好不好，群众说了算，\n贴心才能暖心。\n（何舟）\n")
    found = sorted(heads(a)[:2] for a in articles(page))
    assert found == [("短评", "守住安全底线"), ("观点", "让服务更贴心")]
    # the authors in brackets, run on after the last sentence or on their own line
    assert sorted(b.names[0] for a in articles(page) for b in a.trailing) == ["何舟", "林一"]


def test_end_notes_and_a_series_tag_are_no_heads_and_no_text():
    page = ("把好事办到心坎上\n（民生观察）\n\n"
            "办好民生实事，既要尽力而\n为，也要量力而行。\n\n"
            "（本系列评论到此结束）\n\n"
            "让小切口撬动大民生\n\n"
            "民生无小事，枝叶总关情。\n（摘编自《江南日报》）\n")
    first, second = articles(page)
    assert first.headline.text == "把好事办到心坎上（民生观察）"
    assert [t.text for t in first.trailing] == ["（本系列评论到此结束）"]
    assert paragraphs(second) == ["民生无小事，枝叶总关情。"]
    assert [t.kind for t in second.trailing] == ["end"]


def test_a_bare_name_under_the_headline_is_the_byline():
    page = ("以实干跑出加速度\n\n林远舟\n\n"
            "开局就是决战，起步就要冲\n刺，这是应有的精神状态。\n")
    (article,) = articles(page)
    assert article.headline.text == "以实干跑出加速度"
    assert [b.names for b in article.bylines] == [["林远舟"]]


def test_a_shared_credit_line_is_the_photos_credit():
    page = ("①工人在更换供热管道。\n②客服人员接听来电。\n以上图片均为本报记者 王晓岚 摄\n")
    figures = page_figures(page)
    assert figures
    assert figures[-1].credit.names == ["王晓岚"]
    assert not articles(page) or not any(a.sections for a in articles(page))


def test_stacked_briefs_each_with_its_dateline_are_articles_of_their_own():
    page = ("本报讯（记者 王晓岚）5月7\n日，全区春季植树活动收官。\n"
            "本报讯（通讯员 何舟）日前，\n区医院远程会诊中心启用。\n")
    briefs = articles(page)
    assert [a.dateline.names for a in briefs] == [["王晓岚"], ["何舟"]]


def test_folio_with_the_page_number_among_its_items_and_a_letter_spaced_section():
    page = segment_page("2023年6月1日 星期四  经　济  2  江南日报\n\n"
                        "正文第一段写在这里，这是\n一个完整的句子。\n")
    assert (page.page_number, page.section, page.paper) == ("2", "经济", "江南日报")


def test_a_photo_series_captions_printed_apart_are_one_figure():
    page = ("供暖抢修一夜未停\n\n"
            "凌晨一点，抢修人员赶到现\n场，开始排水作业。\n\n"
            "①抢修人员在更换管道。\n\n"
            "清晨五点，管道修复完成，\n各小区恢复供暖。\n\n"
            "②客服人员接听来电。\n\n"
            "以上图片均为本报记者 王晓岚 摄\n")
    figures = page_figures(page)
    (article,) = articles(page)
    assert [[p.text for p in f.caption] for f in figures] == [
        ["①抢修人员在更换管道。", "②客服人员接听来电。"]]
    assert figures[0].credit.names == ["王晓岚"]
    assert paragraphs(article) == ["凌晨一点，抢修人员赶到现场，开始排水作业。",
                                   "清晨五点，管道修复完成，各小区恢复供暖。"]


def test_an_author_line_wrapped_over_three_lines_is_the_byline():
    page = ("乡村治理的文化根脉\n\n"
            "乡村治理离不开文化的滋养，\n这是历史的经验。\n"
            "（作者：林一舟、何思远，分别\n系江南大学教授、江南大学副\n教授）\n")
    (article,) = articles(page)
    assert [b.names for b in article.trailing] == [["林一舟", "何思远"]]
    assert paragraphs(article) == ["乡村治理离不开文化的滋养，这是历史的经验。"]


def test_a_first_line_left_alone_at_a_columns_foot_is_no_head():
    page = ("新线路开通\n\n"
            "四条公交线路昨日投入\n运营，县城至十四个乡镇的\n公交线路实现全覆盖，群众\n出行更加方便。\n\n"
            "此次开通的线路全部使\n\n"
            "用新能源公交车，票价统一\n为两元。\n")
    (article,) = articles(page)
    assert article.headline.text == "新线路开通"
    assert not article.sections
    assert paragraphs(article)[-1] == "此次开通的线路全部使用新能源公交车，票价统一为两元。"


def test_the_papers_commentator_is_a_byline_naming_no_one():
    page = ("让实干成为鲜明导向\n\n本报评论员\n\n"
            "开局就是决战，起步就要冲\n刺，这是应有的精神状态。\n")
    (article,) = articles(page)
    assert article.headline.text == "让实干成为鲜明导向"
    assert [(b.text, b.names) for b in article.bylines] == [("本报评论员", [])]


def test_a_line_short_only_because_a_number_moved_on_does_not_open_a_paragraph():
    page = ("制造业景气回升\n\n"
            "从企业规模看，大型企\n业的指数比上月上升了一点\n五个百分点，重返扩张区间。\n"
            "生产指数与订单指数为\n50.3%与48.6%，均有回升。\n"
            "分析人士认为，随着政\n策效应持续显现，制造业有\n望继续恢复向好。\n")
    (article,) = articles(page)
    assert [p[:6] for p in paragraphs(article)] == ["从企业规模看", "分析人士认为"]


def test_a_credit_that_names_no_one_is_still_the_photos_credit():
    page = ("社区工作人员为老人测量血压。\n（图片由受访者提供）\n")
    (figure,) = page_figures(page)
    assert [p.text for p in figure.caption] == ["社区工作人员为老人测量血压。"]
    assert (figure.credit.text, figure.credit.names) == ("（图片由受访者提供）", [])


def test_a_chart_printed_source_note_title_maker_is_one_figure():
    body = ("物价运行总体平稳\n\n"
            "今年以来，居民消费价格\n总体平稳，食品价格涨幅回\n落，服务价格稳中有升。\n\n"
            "专家表示，下阶段物价有\n望保持温和上涨态势，居民\n消费需求持续恢复。\n\n")
    page = body + "资料来源：国家统计局\n\n今年以来居民消费价格涨幅\n\n制图：王晓岚\n\n" + body
    (figure,) = [f for a in articles(page) for f in a.figures]
    assert figure.title.text == "今年以来居民消费价格涨幅"
    assert [p.text for p in figure.caption] == ["资料来源：国家统计局"]
    assert figure.credit.names == ["王晓岚"]


def test_a_column_label_over_stacked_briefs_heads_none_of_them():
    page = ("城西新建三座口袋公园\n"
            "本报讯（记者 王晓岚）今年以\n来，城西区利用边角地新建口\n"
            "袋公园三座，居民出门就能散\n步健身。\n\n"
            "区县快讯\n"
            "本报讯（通讯员 何舟）日前，\n区医院远程会诊中心启用。\n"
            "本报讯（记者 林一）5月7日，\n全区春季植树活动收官。\n")
    segmented = segment_page(page)
    found = articles(page)
    assert [a.headline.text if a.headline else None for a in found] == [
        "城西新建三座口袋公园", None, None]
    assert [a.dateline.names for a in found] == [["王晓岚"], ["何舟"], ["林一"]]
    assert [(item.kind, item.text) for item in segmented.furniture] == [("label", "区县快讯")]


def test_a_kicker_over_one_datelined_article_is_no_column_label():
    page = ("区县快讯\n城西新建三座口袋公园\n"
            "本报讯（记者 王晓岚）今年以\n来，城西区利用边角地新建口\n"
            "袋公园三座，居民出门就能散\n步健身。\n")
    (article,) = articles(page)
    assert (article.kicker.text, article.headline.text) == ("区县快讯", "城西新建三座口袋公园")


def test_a_two_phrase_subhead_set_within_the_column_opens_a_section_not_an_article():
    page = ("城西新建三座口袋公园\n\n本报记者 王晓岚\n\n"
            "今年以来，城西区利用边角\n地新建口袋公园三座，居民出\n门就能散步健身。\n\n"
            "小空间 大文章\n\n"
            "公园设计前，街道先后召开\n六次居民议事会，收集意见八\n十多条。\n")
    (article,) = articles(page)
    assert article.headline.text == "城西新建三座口袋公园"
    assert [s.head.text for s in article.sections] == ["小空间 大文章"]
    assert article.sections[0].paragraphs[0].text.startswith("公园设计前")


def test_the_text_after_a_caption_that_cut_its_paragraph_is_the_same_article():
    page = ("老街换新颜\n\n"
            "今年春天，老街改造工程完\n成，沿街店铺统一更换了招牌，\n路面重新铺设了青石板，\n\n"
            "改造后的老街吸引不少游客。\n（本报记者 王晓岚 摄）\n\n"
            "古色古香的风貌又回来了。\n\n"
            "周末的老街人头攒动，不少\n市民专程前来拍照打卡。\n")
    (article,) = articles(page)
    assert paragraphs(article) == [
        "今年春天，老街改造工程完成，沿街店铺统一更换了招牌，路面重新铺设了青石板，"
        "古色古香的风貌又回来了。", "周末的老街人头攒动，不少市民专程前来拍照打卡。"]
    assert [f.credit.names for f in article.figures] == [["王晓岚"]]


def test_an_authors_note_and_a_columns_note_are_end_notes_and_a_marked_bare_name_a_byline():
    page = ("让老手艺走进新课堂\n\n◎ 林远舟\n\n"
            "剪纸、泥塑走进中小学课堂，\n孩子们在动手中感受魅力。\n\n"
            "（作者单位：江南师范学院）\n\n"
            "好故事要讲出烟火气\n\n"
            "创作者只有扎根生活，才能\n写出有温度的好故事。（本栏\n目稿件由市文联协办）\n")
    first, second = articles(page)
    assert [b.names for b in first.bylines] == [["林远舟"]]
    assert first.headline.text == "让老手艺走进新课堂"
    assert [t.text for t in first.trailing] == ["（作者单位：江南师范学院）"]
    assert paragraphs(second) == ["创作者只有扎根生活，才能写出有温度的好故事。"]
    assert [t.text for t in second.trailing] == ["（本栏目稿件由市文联协办）"]


def test_a_title_printed_right_over_a_caption_is_the_photos_title():
    page = ("本报讯（记者 王晓岚）今年以\n来，城西区利用边角地新建口\n袋公园三座。\n\n"
            "冬日暖阳\n12月1日，市民在城西口袋公园晒太阳。\n通讯员 何舟 摄\n")
    figures = page_figures(page)
    (article,) = articles(page)
    assert article.headline is None
    assert [(f.title.text if f.title else None, f.credit.names) for f in figures] == [
        ("冬日暖阳", ["何舟"])]


def test_a_title_over_a_photo_series_first_caption_is_the_series_title():
    page = ("城西新建三座口袋公园\n\n"
            "本报讯（记者 王晓岚）今年以\n来，城西区利用边角地新建口\n袋公园三座。\n\n"
            "小园大乐趣\n\n①老人在公园里下棋。\n\n②孩子们在滑梯上玩耍。\n\n"
            "本版图片均由记者 林一 摄\n")
    figures = page_figures(page)
    (article,) = articles(page)
    assert article.headline.text == "城西新建三座口袋公园"
    assert [f.title.text if f.title else None for f in figures] == ["小园大乐趣"]


def test_a_boxs_first_line_as_wide_as_its_own_columns_first_line_is_no_head():
    # the page's columns are 13 wide, the box's 11: its first line is 9 wide (11 less the
    # indent), as short as a subhead of the page's columns would be
    page = ("链接\n劳动课成为独立课程\n按照教育部印发的义\n务教育劳动课程标准，劳\n"
            "动课从2022年秋季学期起\n成为中小学一门独立课程，\n平均每周不少于1课时。\n\n"
            "城南小学开辟了一块“校园\n农场”，三年级的孩子们戴上草\n帽，拿起小铲子，种下了第一\n"
            "批萝卜和青菜，每个班级认领\n一块责任田，还要写观察日记。\n")
    texts = [p.text for a in articles(page) for p in a.paragraphs]
    assert texts[0].startswith("按照教育部印发的义务教育")


def test_a_headline_printed_after_its_text_is_no_subhead_of_the_text_after_it():
    # heads after their bodies, as PyMuPDF prints some pages
    page = ("本报讯（记者 王晓岚）记者从\n税务部门获悉，上半年新增减税\n降费超万亿元。\n"
            "其中，制造业新增减税降费占\n比超过四成。\n\n"
            "上半年新增减税降费超万亿元\n\n"
            "近一段时间，多家消费金融公\n司把目光投向县域市场，推出\n分期优惠等服务。\n\n"
            "消费金融布局县域市场\n")
    first, second = articles(page)
    assert (first.headline.text, second.headline.text) == (
        "上半年新增减税降费超万亿元", "消费金融布局县域市场")
    assert [first.sections, second.sections] == [[], []]
    assert paragraphs(second) == [
        "近一段时间，多家消费金融公司把目光投向县域市场，推出分期优惠等服务。"]


def test_a_sentence_set_apart_wider_than_a_first_line_is_a_caption_without_credit():
    # a column of 12: a one-line paragraph is at most 10 wide (its indent is not printed)
    page = ("老街夜市重新开张\n\n文/图 记者 王晓岚\n\n"
            "傍晚时分，老街夜市重新开\n张，一百多个摊位一字排开，\n吸引了大批市民前来打卡。\n\n"
            "改造后的老街夜市人气很旺。\n\n"
            "雨后环卫工人清扫街道\n\n"
            "本报讯（记者 林一）昨夜降\n雨后，各区环卫部门连夜组\n织人员上路清扫积水。\n")
    figures = figures_of(page)
    assert [([p.text for p in f.caption], f.credit) for f in figures] == [
        (["改造后的老街夜市人气很旺。"], None)]
    assert all("人气很旺" not in text for a in articles(page) for text in paragraphs(a))


def test_a_photo_series_numbered_captions_in_one_flow_are_one_figure():
    # pdftotext prints a series' title, its numbered captions and the shared credit in one
    # flow, no blank line between them
    page = ("本报讯（记者 王晓岚）今年以\n来，城西区利用边角地新建口\n袋公园三座。\n\n"
            "小园大乐趣\n①老人们在公园的凉亭里下棋。\n②孩子们在滑梯上玩耍。\n"
            "本版图片均由记者 林一 摄\n")
    figures = page_figures(page)
    assert [(f.title.text if f.title else None, [p.text for p in f.caption], f.credit.names)
            for f in figures] == [
        ("小园大乐趣", ["①老人们在公园的凉亭里下棋。", "②孩子们在滑梯上玩耍。"], ["林一"])]


def test_a_bare_name_printed_under_the_headline_with_no_blank_line_is_the_byline():
    # pdftotext: headline, author and text in one flow
    page = ("以实干跑出加速度\n林远舟\n"
            "开局就是决战，起步就要冲刺，\n这是应有的精神状态，也是干\n事创业的应有姿态。\n")
    (article,) = articles(page)
    assert article.headline.text == "以实干跑出加速度"
    assert [b.names for b in article.bylines] == [["林远舟"]]


def test_a_box_printed_where_a_paragraph_breaks_columns_is_an_article_of_its_own():
    # the page's columns are 13 wide, the box's 11; the paragraph goes on after the box on
    # a full line (no first line is full: the indent)
    page = ("城南小学开辟“校园农场”\n\n本报记者 王晓岚\n\n"
            "9月2日上午，城南小学的\n开学第一课不在教室，而在教\n学楼后面新开辟的校园农场里\n"
            "三年级的孩子们戴上草帽，拿\n起小铲子，在老师指导下种下\n了第一批萝卜和青菜。\n\n"
            "“校园农场”占地约两亩，\n分成24块责任田，每个班级认\n\n"
            "链接\n劳动课成为独立课程\n按照教育部印发的义\n务教育劳动课程标准，劳\n"
            "动课从2022年秋季学期起\n成为中小学一门独立课程，\n平均每周不少于1课时。\n\n"
            "领一块。班主任詹晓梅说，孩\n子们要自己松土、播种、浇水，\n还要写观察日记。\n")
    main, box = articles(page)
    assert paragraphs(main)[1:] == ["“校园农场”占地约两亩，分成24块责任田，每个班级认领一块。"
                                    "班主任詹晓梅说，孩子们要自己松土、播种、浇水，还要写观察日记。"]
    assert (box.kicker.text, box.headline.text) == ("链接", "劳动课成为独立课程")
    assert paragraphs(box)[0].startswith("按照教育部印发的义务教育")


def test_a_line_that_keeps_the_indent_opens_a_paragraph_after_an_open_one():
    # PyMuPDF keeps the 2em indent (　　) on some pages: such a line never goes on the open
    # paragraph before it
    page = ("城南小学开辟“校园农场”\n\n"
            "　　“校园农场”占地约两亩，\n分成24块责任田，每个班级认\n\n"
            "　　按照教育部印发的义务教\n育劳动课程标准，劳动课成为\n独立课程。\n\n"
            "领一块，还要写观察日记。\n")
    texts = [text for a in articles(page) for text in paragraphs(a)]
    assert "按照教育部印发的义务教育劳动课程标准，劳动课成为独立课程。" in texts
    assert "“校园农场”占地约两亩，分成24块责任田，每个班级认" in texts


def test_a_head_after_a_photos_credit_and_apart_from_the_headline_is_the_photos_title():
    # an extractor that prints some heads after their text (PyMuPDF): the photo's title
    # after its credit, the second article's headline after that article's text
    page = ("我省启动职工送清凉活动\n\n"
            "　　本报讯（记者 宫晓川）2日，\n省总工会启动夏季送清凉活动，\n"
            "为户外劳动者送去防暑降温物\n资。\n\n"
            "7月2日，工作人员在建筑工地为工人送上防暑降温用品。\n\n（记者 何舟 摄）\n\n"
            "送清凉\n\n"
            "　　近日，城区首条绿道建成开\n放，全长12公里，串联起沿线\n五个公园。\n"
            "（记者 林一）\n\n"
            "城区首条绿道建成开放\n")
    figures = page_figures(page)
    assert [f.title.text if f.title else None for f in figures] == ["送清凉"]
    assert all(a.kicker is None for a in articles(page))


def test_a_headline_wrapped_over_two_lines_on_unrelated_text_opens_an_article():
    page = ("中试即中间试验，是科技成\n果从实验室走向规模化生产\n的关键环节。\n\n"
            "智慧路灯点亮\n城市“神经末梢”\n"
            "近日，高新区首批200盏智慧\n路灯完成安装调试，集照明、\n"
            "环境监测和充电桩等功能于一\n体，点亮了城市的“神经末梢”。\n")
    first, second = articles(page)
    assert second.headline.text == "智慧路灯点亮城市“神经末梢”"
    assert not first.sections
    assert paragraphs(second)[0].startswith("近日，高新区首批200盏智慧路灯")


def test_numbered_captions_set_side_by_side_and_printed_on_one_line_are_one_series():
    # pdfium prints two captions set side by side on one line
    page = ("本报讯（记者 王晓岚）今年以\n来，城西区利用边角地新建口\n袋公园三座。\n\n"
            "小园大乐趣\n①老人们在凉亭里下棋。 ②孩子们在滑梯上玩耍。\n"
            "③居民在步道上散步。\n本版图片均由记者 林一 摄\n")
    figures = page_figures(page)
    assert [(f.title.text if f.title else None, "".join(p.text for p in f.caption))
            for f in figures] == [
        ("小园大乐趣", "①老人们在凉亭里下棋。 ②孩子们在滑梯上玩耍。③居民在步道上散步。")]


def test_one_line_paragraphs_on_a_page_with_no_wrapped_text_are_no_captions():
    # no wrapped paragraph shows the column, so no line is wider than a first line of it
    (article,) = articles("第一段写在这里。\n\n第二段也在这里。\n")
    assert paragraphs(article) == ["第一段写在这里。", "第二段也在这里。"]


def test_a_caption_that_places_people_cuts_a_paragraph_and_has_no_credit():
    # the photo sits inside the column: its caption, set apart, says who stands where
    page = ("侨批里的乡愁\n\n"
            "镇上是著名侨乡，近年来\n镇里收集整理侨批、老照\n\n"
            "3月2日，侨胞柯文远（左）\n在文化馆查看侨批。\n\n"
            "片等侨史资料三千余件，建\n起了侨批文化馆。\n")
    (article,) = articles(page)
    assert paragraphs(article) == [
        "镇上是著名侨乡，近年来镇里收集整理侨批、老照片等侨史资料三千余件，建起了侨批文化馆。"]
    (figure,) = figures_of(page)
    assert [p.text for p in figure.caption] == ["3月2日，侨胞柯文远（左）在文化馆查看侨批。"]
    assert figure.credit is None


def test_a_caption_set_wider_than_the_column_under_a_paragraph_with_no_blank_line():
    # pdftotext prints no blank line between a paragraph and the caption under it
    page = ("城西口袋公园开放\n"
            "本报讯 今年以来，城西\n区利用边角地新建口袋公园\n三座，居民出门就能散步。\n"
            "城西区第一座口袋公园开放仪式\n现场。（城西区园林局供图）\n")
    (article,) = articles(page)
    assert paragraphs(article) == ["今年以来，城西区利用边角地新建口袋公园三座，居民出门就能散步。"]
    (figure,) = figures_of(page)
    assert [p.text for p in figure.caption] == ["城西区第一座口袋公园开放仪式现场。"]
    assert figure.credit is not None
    assert figure.credit.text == "（城西区园林局供图）"


def test_wire_copy_without_place_or_date_opens_a_brief():
    page = ("侨界动态\n\n"
            "南非侨团捐赠文具\n"
            "据中新社电 南非华人社团\n联合会日前向两所公立小学\n捐赠文具六百套。\n"
            "曼谷将办春节庙会\n"
            "本报电 泰国曼谷唐人街春\n节庙会将于下月举行。\n")
    briefs = [a for a in articles(page) if a.dateline is not None]
    assert [(a.headline.text if a.headline else None, a.dateline.text if a.dateline else None,
             paragraphs(a)) for a in briefs] == [
        ("南非侨团捐赠文具", "据中新社电",
         ["南非华人社团联合会日前向两所公立小学捐赠文具六百套。"]),
        ("曼谷将办春节庙会", "本报电", ["泰国曼谷唐人街春节庙会将于下月举行。"])]


def test_an_authors_note_wrapped_over_two_lines_closes_the_article():
    page = ("别让预付卡成糊涂账\n\n"
            "预付式消费本是便民之举，\n不能成了商家的“提款机”。\n"
            "（作者系市社科院研究\n员）\n")
    (article,) = articles(page)
    assert paragraphs(article) == ["预付式消费本是便民之举，不能成了商家的“提款机”。"]
    assert [(t.kind, t.text) for t in article.trailing] == [("trail", "（作者系市社科院研究员）")]


def test_a_byline_naming_a_transliterated_name_and_a_series_tag_that_is_none():
    page = ("戈壁深处的护路人\n（丝路工匠·一线故事）\n"
            "本报记者 苗　青 通讯员 艾尼瓦尔·吐逊\n\n"
            "清晨六点，巡道工们已经\n走在了戈壁上的铁轨旁。\n")
    (article,) = articles(page)
    assert article.headline is not None
    assert article.headline.text == "戈壁深处的护路人（丝路工匠·一线故事）"
    assert [b.names for b in article.bylines] == [["苗青", "艾尼瓦尔·吐逊"]]


def test_subheads_run_in_after_labels_of_one_form_stay_in_their_article():
    # 问题：… 对策：… are sections of one report, also where a photo stands between a
    # section and the next subhead (a single 村名：… head is a headline's form); pdfminer:
    # each head a box of its own, a blank line under it
    page = ("老旧小区加装电梯难在哪\n\n"
            "今年以来，全市老旧小区加\n装电梯的申请明显增多。\n\n"
            "问题：意见难统一\n\n"
            "低层住户担心采光和噪\n音，高层住户盼着早日开工。\n\n"
            "居民在议事会上发言。\n（记者 林一 摄）\n\n"
            "对策：协商定方案\n\n"
            "街道请来规划师和律师\n，组织大家坐下来商量。\n")
    (article,) = articles(page)
    assert article.headline is not None
    assert article.headline.text == "老旧小区加装电梯难在哪"
    assert [s.head.text for s in article.sections] == ["问题：意见难统一", "对策：协商定方案"]


def test_marked_heads_under_a_column_label_or_over_a_dateline_head_their_briefs():
    # the first ◆ head sits under the label, the next one after a brief with no byline
    page = ("家电以旧换新补贴发放过半\n"
            "本报讯 今年以来，全市家电\n以旧换新补贴已发放过半。\n\n"
            "一家之言\n"
            "以旧换新要换出真实惠\n"
            "□ 柯远舟\n"
            "补贴发得好，还要看商家\n接得住。\n\n"
            "家电快讯\n"
            "◆旧冰箱回收点增至40个\n"
            "本报讯（记者 林一）全市旧\n冰箱回收点已增至40个。\n"
            "◆空调清洗投诉下降\n"
            "本报讯 一季度，空调清洗\n投诉同比下降三成。\n")
    heads = [(a.kicker.text if a.kicker else None, a.headline.text if a.headline else None)
             for a in articles(page)]
    assert heads[-2:] == [(None, "◆旧冰箱回收点增至40个"), (None, "◆空调清洗投诉下降")]
    assert ("一家之言", "以旧换新要换出真实惠") in heads


def test_labels_of_two_boxes_side_by_side_go_with_their_own_boxes_headline():
    # label line and headline line both printed across the two boxes, no blank line; read
    # box by box, the second label follows the first box's headline in the text, and it
    # shares a word (司机) with the first box's text: it still goes with its own headline
    page = ("城区新增八条公交线路\n"
            "本报讯 今年以来，城区新增\n公交线路八条，市民出行\n更加便利。\n\n"
            "站长日记    司机来信\n"
            "凌晨四点的发车场    一把伞的温度\n"
            "凌晨四点，发车场里司机\n们已经在检查车况，确保首\n班车准点发出。\n（骆晴）\n\n"
            "那天雨下得很大，司机\n把自己的一把伞递给了我，\n这把伞的温度我一直记得。\n"
            "（邝小舟）\n")
    found = [heads(a)[:2] for a in articles(page)]
    assert found == [("", "城区新增八条公交线路"), ("站长日记", "凌晨四点的发车场"),
                     ("司机来信", "一把伞的温度")]


def test_side_by_side_boxes_labels_are_no_bylines_and_head_their_texts_in_order():
    page = ("劳模说    工匠心语\n\n"
            "手艺要在干中学    每一针都要对得起用户\n\n"
            "很多年轻人问我当好焊工\n有什么诀窍，我的回答只\n有一个：多干。（欧阳春燕）\n\n"
            "在服装厂做了十五年缝纫\n工，细节决定品质，哪一\n针走偏了都不行。\n（米热古丽）\n")
    found = [heads(a)[:2] for a in articles(page)]
    assert found == [("劳模说", "手艺要在干中学"), ("工匠心语", "每一针都要对得起用户")]


def test_a_caption_wider_than_the_column_cutting_an_open_paragraph_is_a_photo():
    page = ("家门口吃上热乎饭\n\n"
            "银龄食堂去年五月开业，每\n天供应午餐和晚餐，两荤两\n素一汤只要十二元，行动不\n"
            "\n老人们在银龄食堂里品尝长寿面。\n\n"
            "便的老人打个电话，志愿者\n就把饭菜送上门。\n")
    (figure,) = page_figures(page)
    assert figure.caption[0].text == "老人们在银龄食堂里品尝长寿面。"
    (article,) = articles(page)
    assert paragraphs(article) == [
        "银龄食堂去年五月开业，每天供应午餐和晚餐，两荤两素一汤只要十二元，"
        "行动不便的老人打个电话，志愿者就把饭菜送上门。"]


def test_a_photo_series_title_set_as_two_phrases_over_its_first_caption():
    page = ("今年新开设的俄语班格外\n受欢迎，学员们学得特别\n认真。\n\n"
            "重阳登高 老当益壮\n"
            "①老年登山队队员登上城北\n的凤凰山。\n"
            "②老人们在山顶合影留念。\n"
            "本组图片均由通讯员 毕然 摄\n")
    (figure,) = page_figures(page)
    assert figure.title is not None
    assert figure.title.text == "重阳登高 老当益壮"


def test_a_box_closed_by_its_source_note_inside_a_paragraphs_column_break():
    page = ("预警跑在降雨前面\n"
            "县气象局连续发布暴雨\n橙色预警信号。县防指随即\n启动防汛应急响应，各乡镇\n\n"
            "气象提示\n\n明日起我省将迎新一轮强降雨\n\n"
            "据省气象台预报，明日\n至后日我省自西向东将有\n一次强降雨过程。\n\n"
            "（来源：省气象台）\n\n"
            "通过短信和应急广播等渠道\n把预警信息送到每一户。\n")
    texts = [paragraphs(a) for a in articles(page)]
    assert ["县气象局连续发布暴雨橙色预警信号。县防指随即启动防汛应急响应，各乡镇"
            "通过短信和应急广播等渠道把预警信息送到每一户。"] in texts


def test_a_briefs_column_takes_no_head_from_the_top_of_the_page():
    page = ("防汛一线\n\n“雨再大，也要把人转出来”\n\n本报记者 公孙卓\n\n"
            "昨夜安澜县普降大暴雨，全\n县干部群众连夜转移群众一\n千余人，未发生人员伤亡。\n\n"
            "应急快讯\n"
            "本报讯（记者 施晓楠）省防\n汛抢险队伍昨日在水库开展\n防汛演练。\n"
            "本报讯（记者 施晓楠）省防\n汛物资储备库向一线调拨防\n汛物资两万件。\n")
    (first, *briefs) = articles(page)
    assert first.kicker is not None
    assert first.kicker.text == "防汛一线"
    assert [brief.headline for brief in briefs] == [None, None]


def test_a_pages_shared_photo_credit_makes_the_caption_before_it_a_photo():
    page = ("民兵开展实战化演练\n\n"
            "本报讯（记者 郜明）昨日，民\n兵应急分队在城郊水库开展防\n汛抢险演练。\n\n"
            "民兵应急分队队员在水库开展\n水上救援演练。\n"
            "本版图片由省军区政治工作局提供\n")
    (figure,) = page_figures(page)
    assert figure.caption[0].text == "民兵应急分队队员在水库开展水上救援演练。"
    assert figure.credit is not None
    assert figure.credit.text == "本版图片由省军区政治工作局提供"


def test_a_datelines_bracket_of_two_roles_wrapped_between_them():
    page = ("国防教育进校园\n\n"
            "本报讯（通讯员 费晓萌\n记者 阮晓东）7月28日，省城\n"
            "12所中学的学生走进营区，\n参加国防教育暑期营。\n")
    (article,) = articles(page)
    assert article.dateline is not None
    assert article.dateline.names == ["费晓萌", "阮晓东"]
    assert paragraphs(article)[0].startswith("7月28日")


def test_an_authors_note_run_on_after_a_commentarys_last_sentence():
    text = "尊老敬老，把数字反哺变成家庭里的日常。（作者系江州大学社会学院教授）"
    body, note = split_trailing_byline(Paragraph([Line(1, text)], text))
    assert isinstance(body, Paragraph)
    assert body.text == "尊老敬老，把数字反哺变成家庭里的日常。"
    assert isinstance(note, Byline)
    assert (note.kind, note.text) == ("trail", "（作者系江州大学社会学院教授）")


def test_an_authors_note_wrapped_on_a_block_of_its_own_closes_the_commentary():
    page = ("让老年人跟上数字生活\n\n上官明远\n\n"
            "扫码点餐、网上挂号、刷脸\n支付，数字技术让生活更加便\n利，也让一些老人犯了难。\n\n"
            "（作者系江州大学社会学院教\n授）\n\n"
            "老年大学秋季班开课\n\n"
            "本报讯（记者 戴安琪）今天，\n江州市老年大学秋季学期开\n课，三千余名学员走进课堂。\n")
    first, second = articles(page)
    assert [b.text for b in first.trailing] == ["（作者系江州大学社会学院教授）"]
    assert second.kicker is None


def test_a_paragraphs_first_two_lines_left_at_a_columns_foot_are_no_subhead():
    page = ("焊花飞溅二十七年\n\n"
            "欧阳春燕把多年摸索出的操\n作窍门整理成标准化作业法，编\n成图文并茂的培训手册，供全\n"
            "车间的青年焊工学习使用。\n\n"
            "来自新疆的徒弟阿卜杜·热\n西提去年10月在全省焊工职业技\n\n"
            "能竞赛中拿了一等奖。“师傅对\n我们要求特别严。”\n")
    (article,) = articles(page)
    assert article.sections == []
    assert paragraphs(article)[-1].startswith("来自新疆的徒弟")


def test_a_boxs_headline_wider_than_its_text_with_no_blank_line_under_it():
    page = ("灾后重建有序推进\n"
            "目前，各地正在组织力量抢修\n道路、排查房屋安全，受灾群众\n的基本生活得到妥善保障。\n\n"
            "气象提示\n"
            "17日起我省将迎新一轮强降雨\n"
            "据省气象台预报，受副\n热带高压边缘和低涡切变共\n同影响，17日至19日我省自\n"
            "西向东将有一次强降雨过程，\n请公众减少不必要外出。\n")
    found = [heads(a)[:2] for a in articles(page)]
    assert ("气象提示", "17日起我省将迎新一轮强降雨") in found


def test_a_quoted_headline_under_its_kicker_with_no_blank_line():
    def heads_of(first: str, second: str) -> list[tuple[str, str]]:
        page = (f"02 应急管理\n2025年7月16日 星期三\n\n{first}\n{second}\n"
                "——安澜县防御强降雨连夜转移群众纪实\n本报记者 公孙卓\n"
                "7月14日20时至15日8时，安\n澜县普降大暴雨，局地特大暴雨，\n"
                "最大累计雨量达312毫米，多条\n河流水位超警。面对汛情，全县\n"
                "干部群众连夜奋战，提前转移危\n险区域群众1260人，未发生人员\n伤亡。\n"
                "预警跑在降雨前面\n14日下午，县气象局连续发\n布暴雨橙色、红色预警信号。县\n"
                "应急管理局局长介绍，县防指\n随即启动防汛Ⅱ级应急响应。\n")
        return [heads(a)[:2] for a in articles(page)]

    assert heads_of("防汛一线", "“雨再大，也要把每个人转出来”") == [
        ("防汛一线", "“雨再大，也要把每个人转出来”")]
    # a headline wrapped before its quotation, its first line ending on 的, stays whole
    assert heads_of("一条生产线的", "“数字蝶变”") == [("", "一条生产线的“数字蝶变”")]


def test_a_letter_spaced_column_label_over_briefs_heads_none_of_them():
    page = ("要 闻 简 报\n\n"
            "本报讯（记者 施晓楠）省防\n汛抢险队伍昨日在水库开展\n防汛演练。\n\n"
            "本报讯（记者 施晓楠）省防\n汛物资储备库向一线调拨防\n汛物资两万件。\n\n"
            "本报讯（记者 公孙卓）全省\n地质灾害隐患点均已落实专\n职监测员。\n")
    page_model = segment_page(page)
    assert [(item.kind, item.text) for item in page_model.furniture] == [("label", "要 闻 简 报")]
    assert [a.headline for a in articles(page)] == [None, None, None]


def test_a_one_phrase_question_alone_between_paragraphs_is_a_subhead():
    body = ("老年人怎样补钙\n本报记者 甘晓岚\n"
            "入冬以来，不少老人到医院\n咨询补钙问题。专家提醒，补钙\n要讲究方法，不能盲目吃药。\n"
            "{gap}哪些人容易缺钙？{gap}"
            "专家介绍，绝经后的女性\n和七十岁以上的老人最容易缺\n钙，平时要多晒太阳、多运动。\n"
            "{gap}补钙是否越多越好？{gap}"
            "专家说，补钙过量反而可能\n引起便秘等问题，每天喝一杯\n牛奶就能满足大部分需要。\n")
    for gap in ("\n", "\n\n"):  # glued on its answer, or a block of its own
        (article,) = articles(body.format(gap=gap))
        assert [s.head.text for s in article.sections] == ["哪些人容易缺钙？", "补钙是否越多越好？"]
        assert [s.paragraphs[0].text[:4] for s in article.sections] == ["专家介绍", "专家说，"]


def test_a_question_with_its_clauses_commas_stays_a_paragraph():
    page = ("老年人怎样补钙\n本报记者 甘晓岚\n"
            "入冬以来，不少老人到医院\n咨询补钙问题。专家提醒，补钙\n要讲究方法。\n"
            "那么，补钙越多越好吗？\n"
            "专家说，补钙过量反而可能\n引起便秘等问题，每天喝一杯\n牛奶就能满足大部分需要。\n")
    (article,) = articles(page)
    assert not article.sections
    assert any("那么，补钙越多越好吗？" in text for text in paragraphs(article))


def test_a_subhead_after_a_paragraph_cut_by_a_caption_stays_in_its_article():
    page = ("老年人怎样补钙\n本报记者 甘晓岚\n"
            "入冬以来，不少老人到医院\n咨询补钙问题。专家提醒，补钙\n要讲究方法，不能\n\n"
            "医生在社区为老人讲解补钙知识。 本报记者 甘晓岚 摄\n\n"
            "盲目吃药。\n"
            "喝牛奶也能补\n"
            "专家说，每天喝一杯牛奶就\n能满足大部分需要，还要多晒\n太阳、多运动。\n")
    (article,) = articles(page)
    assert [s.head.text for s in article.sections] == ["喝牛奶也能补"]


def test_a_photo_series_whose_captions_cut_the_text_apart_is_one_photo():
    page = ("老手艺有了新传人\n本报记者 甘晓岚\n"
            "入冬以来，村里的竹编合作\n社接到的订单越来越多，二十\n多名\n\n"
            "①老艺人（左）在合作社里教年轻人编竹篮。\n\n"
            "村民每天在这里编织竹篮、\n竹席，一个月能挣三千多元。\n"
            "合作社还请来设计师，开发\n了灯罩、果盘等新产品，在网\n上很受欢迎。\n\n"
            "②合作社的竹编灯罩和果盘。\n以上图片均为本报记者 甘晓岚 摄\n\n"
            "今年，合作社计划再培训五\n十名年轻编织手。\n")
    figures = figures_of(page)
    assert [[p.text for p in figure.caption] for figure in figures] == [
        ["①老艺人（左）在合作社里教年轻人编竹篮。", "②合作社的竹编灯罩和果盘。"]]
    assert figures[0].ident == "fig-1"
    assert figures[0].credit is not None


def test_a_boxs_label_over_the_term_it_explains():
    for term in ("昆曲", "蓝印花布"):  # a term no wider than the label, or wider
        page = ("老手艺有了新传人\n本报记者 甘晓岚\n"
                "入冬以来，村里的竹编合作\n社接到的订单越来越多，二十\n多名村民在这里上班。\n\n"
                f"链接\n{term}\n{term}是流传于江南的传统\n艺术，已有数百年历史，被列\n入国家级非物质文化遗产名录。\n")
        box = articles(page)[-1]
        assert (box.kicker.text, box.headline.text) == ("链接", term)
        assert not box.bylines
        assert paragraphs(box)[0].startswith(term)


def test_a_boxs_label_over_its_term_is_no_column_label_of_the_briefs_printed_after_it():
    page = ("链接\n\n昆曲\n\n"
            "昆曲是流传于江南的传统\n艺术，已有数百年历史，被列\n入国家级非物质文化遗产名录。\n\n"
            "本报讯（记者 施晓楠）省防\n汛抢险队伍昨日在水库开展\n防汛演练。\n\n"
            "本报讯（记者 公孙卓）全省\n地质灾害隐患点均已落实专\n职监测员。\n")
    assert not segment_page(page).furniture
    assert (articles(page)[0].kicker.text, articles(page)[0].headline.text) == ("链接", "昆曲")


def test_a_campus_papers_student_reporters_are_the_byline():
    page = ("我校学子获机器人大赛金奖\n学生记者 甘晓岚 通讯员 施晓楠\n"
            "日前，第十届全国大学生机\n器人大赛落幕，我校代表队获\n得金奖。\n")
    (article,) = articles(page)
    assert article.kicker is None
    assert [name for byline in article.bylines for name in byline.names] == ["甘晓岚", "施晓楠"]


def test_a_briefs_headline_as_wide_as_the_column_over_its_dateline():
    page = ("赛事速递\n\n"
            "全省青少年游泳锦标赛落幕\n本报讯（记者 施晓楠）14日，\n全省青少年游泳锦标赛在江\n"
            "州落下帷幕，我市小将共获得\n八枚金牌、六枚银牌和五枚铜\n牌，创下历届最好成绩纪录。\n"
            "城市足球联赛下周末开踢了\n新华社北京12月13日电\n（记者 公孙卓）城市足球联\n"
            "赛将于下周末开赛，共有十六\n支球队参赛。\n")
    assert [a.headline.text for a in articles(page)] == [
        "全省青少年游泳锦标赛落幕", "城市足球联赛下周末开踢了"]
