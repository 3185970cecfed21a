"""Rules for how extractors print a page (issue #14): the forms pdfminer and PyMuPDF give a
page's text in, each on a small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT as OPENING
from segment_rules_pages import articles, figures_of, heads, page_figures, paragraphs, subheads
from teipress.segment import segment_page

# A report whose third paragraph the extractor cuts after its first line, printing a box
# of readers' sayings there: the box's lines share heights with the column's.
LIBRARY = ("社区书屋开进老小区\n\n"
           "清晨的社区书屋里已经坐满\n了读者，书架上的两千多册图书\n都是附近居民捐出来的，还有不\n"
           "少是出版社送来的新书。\n\n"
           "管理员说，书屋每天开放十\n二个小时，周末还请作家来给孩\n子们讲故事，每次都有几十个孩\n"
           "子来听，很受欢迎。\n\n"
           "街道办事处印发的工作方案\n\n")
SAYINGS = ("读者心声\n\n"
           "“书屋就在楼下，孩子放学\n就能来看书。”——居民 甘晓\n岚\n\n"
           "“退休以后有了去处，每天\n都来坐一坐。”——退休教师\n温　晴\n\n"
           "“周末带孩子来听故事，比\n刷手机强多了。”——快递员\n包尔金\n\n"
           "“书屋里有暖气，冬天也能\n来看报纸。”——居民 萨仁娜\n\n"
           "“借书还书都方便，一本书\n能读好几遍。”——学生 冉小\n雨\n\n"
           "（本报综合）\n\n")
GOES_ON = ("提出，要让每个小区都有一间书\n屋，让居民读书更方便、更舒心。\n\n"
           "如今，全街道已建成社区书\n屋二十个，今年还将新建十个。\n\n（记者 甘晓岚）\n")


def test_a_paragraphs_first_line_cut_by_a_box_goes_on_past_the_box():
    library, sayings = articles(LIBRARY + SAYINGS + GOES_ON)
    assert heads(library) == ("", "社区书屋开进老小区", "")
    assert paragraphs(library)[2:] == [
        "街道办事处印发的工作方案提出，要让每个小区都有一间书屋，让居民读书更方便、更舒心。",
        "如今，全街道已建成社区书屋二十个，今年还将新建十个。"]
    assert heads(sayings)[1] == "读者心声"
    assert len(paragraphs(sayings)) == 5


# A report and its photo, then two boxes set side by side whose labels the extractor prints
# on one line: a list of names on the left, a column of briefs on the right.
MEALS = ("社区食堂开到家门口\n\n"
         "本报讯 入冬以来，全市新建\n社区食堂二十多家，老人在家门\n口就能吃上热乎饭，子女下班\n"
         "后也常来陪父母吃顿晚饭。\n\n"
         "街道负责人说，食堂每天供\n应午餐和晚餐，还为行动不便的\n老人送餐上门，每天送餐八十\n"
         "多份，很受老人欢迎。\n\n"
         "12月2日，志愿者在社区食堂\n为老人送餐。\n\n记者 甘晓岚 摄\n\n")
LABELS = "表扬名单    社区简讯\n\n"
NAMES = ("全市“最美志愿者”名单公布\n\n"
         "日前，市文明办对在社区服\n务中表现突出的志愿者予以通报\n表扬。名单如下：\n\n"
         "温　晴（城东街道志愿队）\n包尔金（城西街道志愿队）\n萨仁娜（城南街道志愿队）\n"
         "冉小雨（城北街道志愿队）\n甘晓岚（高新区志愿队）\n\n")
BRIEF = ("城北街道开通老年助餐服务专线\n\n"
         "本报讯（通讯员 冉小雨）城北\n街道日前开通老年助餐服务专线，\n老人打电话就能订餐。\n")


def test_the_left_of_two_labels_on_one_line_is_its_boxs_kicker_not_a_photos_title():
    (figure,) = page_figures(MEALS + LABELS + NAMES + BRIEF)
    assert figure.title is None
    names = articles(MEALS + LABELS + NAMES + BRIEF)[1]
    assert heads(names) == ("表扬名单", "全市“最美志愿者”名单公布", "")


def test_a_line_over_a_dateline_heads_a_brief_after_a_list_left_open():
    brief = articles(MEALS + LABELS + NAMES + BRIEF)[-1]
    assert heads(brief)[1] == "城北街道开通老年助餐服务专线"
    assert brief.dateline is not None
    assert paragraphs(brief) == ["城北街道日前开通老年助餐服务专线，老人打电话就能订餐。"]


# A profile with a pull quote, one of its sentences set large between rules, which the
# extractor prints where it cuts a paragraph after its first line.
REPAIRS = ("修车铺里的老韩\n\n"
           "今年六十岁的老韩在社区修\n了二十年自行车。“车修好了，\n心里就踏实。”这是他常挂在嘴\n"
           "边的一句话。\n\n"
           "去年，老韩在街道的帮助下\n\n"
           "“车修好了，心里就踏实。”\n\n"
           "开起了便民维修点，一年修好了\n三千多辆车，还带出了两个徒弟。\n\n"
           "如今，维修点每天都有居民\n来修车，老韩说，他想一直干下\n去，把手艺传下去。\n\n"
           "（记者 甘晓岚）\n")


def test_a_pull_quote_in_a_paragraphs_break_is_no_photos_caption():
    (profile,) = articles(REPAIRS)
    assert not profile.figures
    assert paragraphs(profile)[1] == ("去年，老韩在街道的帮助下开起了便民维修点，一年修好了三千多辆"
                                      "车，还带出了两个徒弟。")
    assert "“车修好了，心里就踏实。”" in paragraphs(profile)  # its characters kept


# A report, then a box under its label whose headline of clauses pdfminer prints alone
# between blank lines, full to the column's width, over the box's text (its first line set
# in by the indent): no open paragraph going on into that text.
REPORT = ("社区食堂开门迎客\n\n"
          "城南街道的社区食堂昨天开\n门迎客，六十岁以上的老人吃饭\n可以打八折，每天供应两百多份\n"
          "午餐，很受居民欢迎。\n\n")
BOX = ("便民提示\n\n"
       "天气转凉了，老人出门别忘添衣\n\n"
       "近日气温明显下降，早晚温\n差较大，请老人和孩子出门时注\n意添加衣物，预防感冒。\n\n"
       "街道卫生服务站提醒，身体\n不适要及时就医，不要硬扛。\n")


def test_a_box_headline_of_clauses_alone_between_blank_lines_is_no_paragraph():
    report, box = articles(REPORT + BOX)
    assert heads(box) == ("便民提示", "天气转凉了，老人出门别忘添衣", "")
    assert paragraphs(box) == [
        "近日气温明显下降，早晚温差较大，请老人和孩子出门时注意添加衣物，预防感冒。",
        "街道卫生服务站提醒，身体不适要及时就医，不要硬扛。"]
    assert paragraphs(report) == ["城南街道的社区食堂昨天开门迎客，六十岁以上的老人吃饭可以打八折，"
                                  "每天供应两百多份午餐，很受居民欢迎。"]


# PyMuPDF keeps the 2em indent: a notice's paragraph ending on a colon (its list printed
# before it) is left open, and the box printed next opens with an indented line, so it is
# no column break inside the notice's paragraph.
NOTICE = ("爱心榜\n\n"
          "社区爱心义卖捐赠名单（第一批）\n\n"
          "城东粮油店  大米20袋\n"
          "惠民超市  食用油30桶\n"
          "刘建华  500元\n\n"
          "　　社区爱心义卖活动得到各\n方支持，现将第一批捐赠款物\n公布如下，谨向各位爱心人士\n"
          "致以诚挚谢意：\n\n")
TIPS = ("健康小贴士\n\n"
        "秋冬季节，老人如何防跌倒\n\n"
        "　　一穿：鞋子要防滑合脚，\n裤腿不宜过长，走路时不要穿\n拖鞋，以免绊倒。\n"
        "　　二扶：上下楼梯时要扶好\n扶手，夜里起床先坐一会儿再\n开灯下床。\n")


def test_an_open_paragraph_goes_on_in_no_line_the_extractor_printed_indented():
    notice, tips = articles(NOTICE + TIPS)
    assert heads(tips) == ("健康小贴士", "秋冬季节，老人如何防跌倒", "")
    assert paragraphs(tips) == ["一穿：鞋子要防滑合脚，裤腿不宜过长，走路时不要穿拖鞋，以免绊倒。",
                                "二扶：上下楼梯时要扶好扶手，夜里起床先坐一会儿再开灯下床。"]
    assert paragraphs(notice)[-1].endswith("致以诚挚谢意：")


# A notice's table of rows (name, native place, date) with its contact line set flush under
# the rows, in the same block: the line closes the table, no head of another article.
SEARCH = ("寻找失散亲属\n\n"
          "下列老人在市福利院生活多年，\n至今未能联系上亲属，请知情者\n与市民政局联系。\n\n"
          "刘桂兰  河南省商丘县人  1938年3月生\n"
          "周福来  山东省临沂县人  1941年8月生\n"
          "马秀英  河北省沧县人  1945年5月生\n"
          "联系电话：（0371）66123456\n")


def test_a_notices_contact_line_under_its_rows_closes_the_table():
    (notice,) = articles(SEARCH)
    table = notice.paragraphs[-1]
    assert table.block == "table"
    assert table.rows[-1] == ["联系电话：（0371）66123456"]
    assert heads(notice) == ("", "寻找失散亲属", "")


# A QR code's prompt printed beside a report's columns (扫描二维码  观看…), which pdfminer
# prints where it cuts a paragraph: no paragraph and no head, the paragraph going on past it.
MARKET = ("早市搬进了新大棚\n\n"
          "城西早市今年搬进了新建的大\n棚，摊位统一编号，地面天天冲\n洗，买菜的居民多了不少。\n\n"
          "摊主老杨说：“以前刮风下雨\n就没法出摊，现在大棚里干干净\n\n"
          "扫描二维码  观看早市开张视频\n\n"
          "净，生意比去年好多了。”\n\n"
          "（记者 甘晓岚）\n")


def test_a_qr_prompt_in_a_paragraphs_break_is_no_paragraph():
    (report,) = articles(MARKET)
    assert paragraphs(report) == [
        "城西早市今年搬进了新建的大棚，摊位统一编号，地面天天冲洗，买菜的居民多了不少。",
        "摊主老杨说：“以前刮风下雨就没法出摊，现在大棚里干干净净，生意比去年好多了。”"]
    assert heads(report) == ("", "早市搬进了新大棚", "")
    assert any("二维码" in byline.text for byline in report.trailing)


# A review with its book's data block printed after its text (pdfminer), then a column of
# new-book notices, each its title, the book's credit line and a paragraph: the credit line
# and the data block are lists, no head or byline, and each notice an article of its own.
REVIEW = ("书评\n\n"
          "在老街的烟火里读懂小城\n\n"
          "石　岚\n\n"
          "作者用两年时间走访老街的街\n坊邻居，写下了这本关于小城\n变迁的书。\n\n"
          "书中的人物都很普通，修鞋\n的老师傅，卖早点的夫妻，读\n来却格外亲切。\n\n"
          "《老街故事》\n"
          "贺远山 著\n"
          "北方文艺出版社  2026年1月\n"
          "定价：58.00元\n\n")
NOTICES = ("新书速递\n\n"
           "《草原上的星星》\n\n"
           "〔英〕露西·格林 著  梁　悦 译\n\n"
           "一位英国女作家在内蒙古草原\n支教一年的日记，写孩子们的\n笑声和草原的四季。\n\n"
           "《江河万里》\n\n"
           "甄长河 著\n\n"
           "一位水文工作者走遍大江大河\n的见闻，写水文站的日常和守\n站人的坚持。\n")


def test_book_credit_lines_and_data_blocks_are_lists_and_notices_stand_apart():
    review, *notices = articles(REVIEW + NOTICES)
    assert heads(review) == ("书评", "在老街的烟火里读懂小城", "")
    assert [p.block for p in review.paragraphs] == [None, None, "list"]
    assert review.paragraphs[-1].rows[0] == ["《老街故事》"]
    assert [heads(notice)[1] for notice in notices] == ["《草原上的星星》", "《江河万里》"]
    for notice in notices:
        assert not notice.bylines
        assert [p.block for p in notice.paragraphs] == ["list", None]


# The page's first heads, printed before any text (kicker / headline / a dateline's report),
# then a box and a commentary whose text uses the kicker's words more than the report does: no
# extractor prints a headline after its body above the body's first line, so the page's first
# heads are the report's, not the commentary's.
FITNESS = ("全民健身日\n\n"
        "全市新建健身步道一百二十公里\n\n"
        "本报讯 记者 甘晓岚 今年以来，\n全市新建健身步道一百二十公里，\n"
        "城区已基本形成十五分钟健身圈。\n\n"
        "市体育局负责人介绍，下一步\n将在老旧小区增设健身器材，方\n便居民就近锻炼。\n\n"
        "健身提示\n\n"
        "夏季锻炼，注意防暑补水\n\n"
        "气温升高后，锻炼时间最好\n安排在早晚，运动中要少量多次\n补充水分，出现头晕要及时休息。\n\n"
        "体育观察\n\n"
        "让运动成为生活方式\n\n"
        "□ 石　岚\n\n"
        "全民健身日不只是一天的活\n动。全民健身，贵在坚持，让健\n身成为日常，全民健身才有实效。\n\n"
        "建好场地只是第一步，还要\n组织好活动，让更多人走出家门\n动起来，让健身日天天都是健身日。\n")


def test_heads_printed_before_any_text_head_the_article_under_them():
    report = articles(FITNESS)[0]
    assert heads(report) == ("全民健身日", "全市新建健身步道一百二十公里", "")
    assert paragraphs(report)[0].startswith("今年以来，全市新建健身步道")


def figures(text: str) -> list[tuple[str, str, str]]:
    """Each photo of a page as (title, caption, credit), "" where there is none."""
    return [(f.title.text if f.title else "", "".join(p.text for p in f.caption),
             f.credit.text if f.credit else "") for f in figures_of(text)]


# A pictures page: a report, two photos of a night market printed with their captions alone
# (no credit), then a photo whose title pdfminer prints between blank lines after the
# uncredited caption, over its own caption and credit.
MARKET_NIGHT = ("老街夜市重新开张\n\n"
                "本报讯（记者 甘晓岚）\n经过半年改造，城南老\n街夜市昨晚重新开张，\n"
                "一百多个摊位整齐排\n开，前来逛夜市的市民\n络绎不绝。\n\n"
                "改造后的老街夜市灯火通明。\n\n"
                "摊主正在为顾客打包小吃。\n\n")
LAKE_TITLE = "湖畔柳色\n\n"
LAKE = ("4月9日，市民在南湖公园的柳树下散步赏景。\n眼下，"
        "湖边的垂柳已经抽出新芽，吸\n引不少市民前来踏青。\n\n"
        "记者 温　晴 摄\n\n")
NEXT = ("城东新建两座口袋公园\n\n"
        "本报讯（记者 甘晓岚）城东街\n道新建的两座口袋公园日前开\n放，居民在家门口就能散步。\n")


def test_a_title_between_an_uncredited_caption_and_a_credited_one_titles_the_credited():
    assert figures(MARKET_NIGHT + LAKE_TITLE + LAKE + NEXT)[-2:] == [
        ("", "摊主正在为顾客打包小吃。", ""),
        ("湖畔柳色", "4月9日，市民在南湖公园的柳树下散步赏景。眼下，湖边的垂柳已经抽出新芽，"
         "吸引不少市民前来踏青。", "记者 温　晴 摄")]


# pdftotext prints a pictures page's titles each on the line right over its caption: a
# title after one photo's credit, glued to the next caption, is that photo's.
HARVEST = ("图为农技人员在田间为农户讲解\n小麦病虫害防治技术。（通讯员\n包尔金 摄）\n\n"
           "麦田新绿\n"
           "4月10日，城北镇的麦田里一片新绿，农户们正在\n"
           "给小麦浇返青水。 本报记者 萨仁娜\n冉小雨 摄\n\n")


def test_a_title_glued_over_the_next_caption_titles_that_photo_not_the_one_before():
    assert figures(OPENING + HARVEST + NEXT) == [
        ("", "图为农技人员在田间为农户讲解小麦病虫害防治技术。", "（通讯员包尔金 摄）"),
        ("麦田新绿", "4月10日，城北镇的麦田里一片新绿，农户们正在给小麦浇返青水。",
         "本报记者 萨仁娜 冉小雨 摄")]


# A photo's title set as two phrases over its caption, the photo's credit followed by the
# next article's headline: a head over a photo with no text after it heads no article.
MATCH = ("村民篮球赛 赛出活力\n\n"
         "5月1日，南湾村村民篮球赛决赛现场，\n球员们奋力拼抢，场边观众呐喊助威。\n\n"
         "图/甘晓岚\n\n")


def test_a_two_phrase_title_over_a_photo_the_next_articles_head_follows_is_its_title():
    assert figures(OPENING + MATCH + NEXT) == [
        ("村民篮球赛 赛出活力",
         "5月1日，南湾村村民篮球赛决赛现场，球员们奋力拼抢，场边观众呐喊助威。", "图/甘晓岚")]
    assert [heads(a) for a in articles(OPENING + MATCH + NEXT)] == [
        ("", "社区食堂开到家门口", ""), ("", "城东新建两座口袋公园", "")]


# pdfminer and PyMuPDF print a report's headline, set across its columns, after the report's
# text and over its photo's caption: a head wider than the column is the report's headline,
# no photo's title, even where it shares the caption's words.
CAMP = ("本报讯（记者 甘晓岚）第三届\n全市青少年科技夏令营昨天开\n营，来自十二所"
        "中学的两百名\n学生参加。\n\n"
        "营员们将走进科研院所和企\n业实验室，动手做实验，听科\n学家讲课。\n\n"
        "第三届全市青少年科技夏令营昨天开营\n\n"
        "第三届全市青少年科技夏令营开营仪式\n现场。（市科协供图）\n\n")


def test_a_head_wider_than_the_column_over_a_caption_is_no_photos_title():
    assert figures(OPENING + CAMP + NEXT) == [
        ("", "第三届全市青少年科技夏令营开营仪式现场。", "（市科协供图）")]
    assert heads(articles(OPENING + CAMP + NEXT)[1])[1] == "第三届全市青少年科技夏令营昨天开营"


# PyMuPDF prints a report's headline and its subtitle (opening with a dash), then its photo's
# title over the photo's wide caption, then the report's text: the subtitle closes the
# report's heads, so the short head under it is the photo's title.
ORCHARD = ("果园花开满山坡 游客踏青兴致高\n\n"
           "——城西果园迎来赏花季\n\n"
           "梨花似雪\n\n"
           "近日，城西果园的梨花竞相开放，漫山遍野一片雪白。图为4月2日，游客在\n"
           "果园里赏花拍照。\n"
           "（温　晴 摄）\n\n"
           "本报讯（记者 甘晓岚）连日来，\n城西果园的梨花竞相开放，每天\n"
           "有上千名游客前来赏花踏青。\n")


def test_a_head_under_an_articles_subtitle_over_a_wide_caption_is_the_photos_title():
    assert [title for title, _, _ in figures(OPENING + ORCHARD)] == ["梨花似雪"]
    assert heads(articles(OPENING + ORCHARD)[1]) == (
        "", "果园花开满山坡 游客踏青兴致高", "——城西果园迎来赏花季")


# PyMuPDF prints a report's headline, wrapped over two lines, after the report's text and
# over its photo's caption: a photo's title is set on one line, so a head of two lines that
# speaks of the photo on its first is the report's headline.
HARBOUR = ("本报讯（记者 甘晓岚）入春以\n来，南湾渔港的新码头陆续启\n用，"
           "渔船进出港更加方便。\n（完）\n\n"
           "渔港码头\n"
           "迎来开渔新气象\n\n"
           "渔民在南湾渔港的新码头上整理渔网（3月4\n日摄）。\n\n"
           "本报记者 温　晴 摄\n\n")


def test_a_head_of_two_lines_over_a_caption_it_speaks_of_is_no_photos_title():
    assert figures(OPENING + HARBOUR + NEXT)[0][0] == ""
    assert heads(articles(OPENING + HARBOUR + NEXT)[1])[1] == "渔港码头迎来开渔新气象"


# pdftotext prints a photo story's column label on the line over the story's title, with
# no blank line between: the label labels the photos (the page's furniture), the title is
# the photo's, and neither heads an article.
STORY = ("镜头记录\n"
         "山村里的“流动书车”\n\n"
         "南岭县山区的孩子们住得分散，\n县图书馆开出的“流动书车”每\n周进村，把新书送到孩子们手\n上。\n\n"
         "①清晨，“流动书车”从县城出发。\n\n"
         "②孩子们围在车前挑选图书。\n\n"
         "本报记者 温　晴 摄影报道\n\n")


def test_a_photo_storys_label_glued_over_its_title_labels_the_photos():
    page = segment_page(OPENING + STORY + NEXT)
    assert figures(OPENING + STORY + NEXT)[0][0] == "山村里的“流动书车”"
    assert [(item.kind, item.text) for item in page.furniture if item.kind == "label"] == [
        ("label", "镜头记录")]
    assert [heads(a) for a in articles(OPENING + STORY + NEXT)] == [
        ("", "社区食堂开到家门口", ""), ("", "城东新建两座口袋公园", "")]


# pdftotext prints a box's label, its headline of clauses and what opens the box line on
# line, no blank line between: a byline, a line opening with a mark, a letter's salutation.
# The headline ends no sentence and goes on into none of them: a head, not a paragraph's
# first line run on into the box's text. (The salutation is still read as the headline's
# second line: a letter's opener has no place in the page model yet.)
QUESTIONS = ("办事问答\n"
             "老人办社保卡，这些事要知道\n"
             "本报记者 甘晓岚 整理\n"
             "问：老人行动不便，可以上门办卡吗？\n"
             "答：可以。社区工作人员每周\n二上门，为行动不便的老人办\n理社保卡。\n\n")
CASE = ("以案说法\n"
        "租房押金到期不退，房东被判返还\n"
        "■案号 （2026）城民初118号\n"
        "【案情】\n"
        "租客刘某租住王某的房子一\n年，到期搬走后，王某以房屋\n有损坏为由拒退押金。\n\n")
LETTER = ("读者来信\n"
          "谢谢你，社区食堂\n"
          "编辑同志：\n"
          "我父亲今年八十岁，一个人\n住在老城区，自从社区食堂开\n张，他每天都能吃上热饭。\n")


def test_a_box_headline_of_clauses_glued_under_its_label_is_a_head():
    _, questions, case, letter = articles(OPENING + QUESTIONS + CASE + LETTER)
    assert heads(questions) == ("办事问答", "老人办社保卡，这些事要知道", "")
    assert heads(case) == ("以案说法", "租房押金到期不退，房东被判返还", "")
    assert heads(letter)[:2] == ("读者来信", "谢谢你，社区食堂编辑同志：")
    assert paragraphs(letter)[-1] == ("我父亲今年八十岁，一个人住在老城区，自从社区食堂开张，"
                                      "他每天都能吃上热饭。")


# A report, then a column of briefs under the column's label, each brief's head marked ■:
# the label over the first brief's head opens the column; the head is no subhead of the
# report before it.
GYM = ("社区健身房开门了\n\n"
       "城南街道的社区健身房昨天开\n门，跑步机、动感单车一应俱\n全，居民办卡就能免费使用。\n\n"
       "居民甘晓岚说，以前健身要去\n体育馆，现在下楼走几步就到\n了。\n\n")
BRIEFS = ("体育简讯\n"
          "■全市冬季长跑比赛开赛\n"
          "日前，全市冬季长跑比\n赛在滨江公园开赛，共有两\n千多名市民参加。（记者\n温　晴）\n"
          "■少儿游泳培训班开班\n"
          "市游泳馆少儿游泳培训\n班日前开班，二百多名孩子\n报名参加。（记者 冉小雨）\n")


def test_a_column_label_over_a_marked_briefs_head_opens_a_column_of_briefs():
    report, *briefs = articles(GYM + BRIEFS)
    assert heads(report) == ("", "社区健身房开门了", "")
    assert not report.sections
    assert [heads(brief)[1] for brief in briefs] == ["■全市冬季长跑比赛开赛", "■少儿游泳培训班开班"]
    assert paragraphs(briefs[0]) == ["日前，全市冬季长跑比赛在滨江公园开赛，共有两千多名市民参加。"]


# A commentary citing two books, its notes printed after its author's line, one a paragraph,
# each opening with the circled number its citation carries in the text.
CITED = ("读书让乡村更有底气\n\n"
         "乡村文化是农民在长期生产\n生活中积累的精神财富①。守护\n好这份财富，要靠一代代人接\n"
         "着读、接着写。\n"
         "近年来，各地建起农家书屋\n五十多万个②，不少村民有了\n读书的习惯。\n"
         "（作者系江州大学教授）\n\n"
         "①温晴：《乡土的书香》，江州\n大学出版社2019年版，第47页。\n"
         "②参见冉小雨主编：《农家书屋\n发展报告》，青禾出版社2022年\n版，第112页。\n\n")


def test_an_articles_endnotes_after_its_text_are_one_list_not_paragraphs():
    (commentary,) = articles(CITED)
    notes = [p for p in commentary.paragraphs if p.block]
    assert [p.text[:6] for p in commentary.paragraphs if not p.block] == [
        "乡村文化是农", "近年来，各地"]
    assert len(notes) == 1
    assert notes[0].block == "list"
    assert notes[0].rows == [["①温晴：《乡土的书香》，江州大学出版社2019年版，第47页。"],
                             ["②参见冉小雨主编：《农家书屋发展报告》，青禾出版社2022年版，"
                              "第112页。"]]


# pdftotext prints a report's kicker and headline over its dateline with no blank line: the
# headline fills the column (14 cells) under a shorter kicker.
KICKED = ("清明祭英烈\n全市烈士陵园迎来祭扫高峰群众\n"
          "本报江州3月30日讯 记者 甘晓\n岚 清明将至，全市各地的烈士陵\n"
          "园都迎来祭扫高峰，接待群众四\n万多人次。\n"
          "市退役军人事务局的负责人说，\n今年全市还将开展网上祭扫活动\n和英烈事迹宣讲活动。\n")


def test_a_headline_filling_the_column_under_a_shorter_head_is_under_its_kicker():
    (report,) = articles(KICKED)
    assert heads(report) == ("清明祭英烈", "全市烈士陵园迎来祭扫高峰群众", "")
    assert paragraphs(report) == [
        "清明将至，全市各地的烈士陵园都迎来祭扫高峰，接待群众四万多人次。",
        "市退役军人事务局的负责人说，今年全市还将开展网上祭扫活动和英烈事迹宣讲活动。"]


# A theory page's column label and headline alone over an editor's note set across the
# columns (pdftotext: no blank line between the two heads), then the text in columns of 14.
NOTED = ("理论视野\n让农家书屋成为乡村的文化会客厅\n\n"
         "编者按：农家书屋是乡村公共文化服务的重要阵地。如何让书屋\n"
         "真正热起来、用起来，是一个值得深入研究的课题。本版特邀专家\n"
         "撰文，围绕这一问题谈谈认识和思考。\n\n"
         "农家书屋建起来容易，用起\n来难。一些地方的书屋常年铁\n将军把门，图书落满了灰尘，\n"
         "成了摆设。\n"
         "让书屋热起来，关键在人。\n要选好管理员，把爱读书、会\n组织的能人请进书屋，带着村\n"
         "民一起读书。\n")


def test_heads_over_a_wide_editors_note_are_measured_against_the_body_column():
    (commentary,) = articles(NOTED)
    assert heads(commentary) == ("理论视野", "让农家书屋成为乡村的文化会客厅", "")
    assert commentary.lead is not None
    assert commentary.lead.text.startswith("农家书屋是乡村公共文化服务")
    assert [p.text[:6] for p in commentary.paragraphs] == ["农家书屋建起", "让书屋热起来"]


# PyMuPDF prints a report's headline after its text, then the column's label, the headline
# and the author of a commentary that speaks of the report (blank lines between all).
LATE = ("本报江州3月30日电 记者从市\n民政局获悉，全市社区食堂已\n开到一百多家，老人在家门口\n"
        "就能吃上热乎饭。\n"
        "不少子女下班后也来食堂陪\n父母吃饭，社区食堂成了邻里\n聚会的好去处。\n\n"
        "社区食堂开到老人家门口\n\n"
        "民生观察\n\n"
        "办好食堂要算长远账\n\n"
        "甘晓岚\n\n"
        "社区食堂开到老人家门口，\n是民生实事。食堂要办得长，\n还得算好长远账，让老人吃\n"
        "得起，让食堂开得下去。\n")


def test_a_head_after_a_text_over_anothers_label_and_headline_heads_the_text_before():
    report, commentary = articles(LATE)
    assert heads(report) == ("", "社区食堂开到老人家门口", "")
    assert heads(commentary) == ("民生观察", "办好食堂要算长远账", "")
    assert [p.text[:6] for p in report.paragraphs] == ["记者从市民政", "不少子女下班"]
    assert [p.text[:6] for p in commentary.paragraphs] == ["社区食堂开到"]


# pdfminer prints a commentary's column label and its headline (as wide as the column, 14
# cells) as one block, then its author, then its text.
LABELLED = ("民生观察\n办好社区食堂要算好长远账啊\n\n"
            "甘晓岚\n\n"
            "社区食堂开到老人家门口，是\n实实在在的民生实事。食堂要\n办得长久，还得算好长远账，\n"
            "让老人吃得起，让食堂开得下\n去，让社区管得好。\n")


def test_a_headline_as_wide_as_the_column_under_a_label_in_a_block_of_heads():
    (commentary,) = articles(LABELLED)
    assert heads(commentary) == ("民生观察", "办好社区食堂要算好长远账啊", "")
    assert [p.text[:6] for p in commentary.paragraphs] == ["社区食堂开到"]


# PyMuPDF runs a short report's text on under the one before it in the column (each credits
# its own reporter, the first in its dateline, the second at its end) and prints the second
# report's headline after its text.
RUN_ON = ("社区食堂开到家门口\n\n"
          "本报讯（记者 甘晓岚）入冬以\n来，全市新建社区食堂二十多\n家，老人在家门口就能吃上热\n"
          "乎饭。\n"
          "街道负责人说，食堂每天供\n应午餐和晚餐，还为行动不便\n的老人送餐上门。\n\n"
          "城北街道新开一家图书室，\n藏书三千多册，居民凭身份证\n就能借书。\n"
          "图书室每天开放十个小时，\n周末还办读书会。（记者 冉\n小雨）\n\n"
          "城北街道图书室开放\n")


def test_a_run_credited_at_both_ends_to_others_holds_two_reports():
    canteen, library = articles(RUN_ON)
    assert heads(canteen) == ("", "社区食堂开到家门口", "")
    assert heads(library) == ("", "城北街道图书室开放", "")
    assert [p.text[:6] for p in canteen.paragraphs] == ["入冬以来，全", "街道负责人说"]
    assert [p.text[:6] for p in library.paragraphs] == ["城北街道新开", "图书室每天开"]
    assert [name for b in library.trailing for name in b.names] == ["冉小雨"]


# pdftotext glues a feature's subhead, one saying in quotation marks as wide as the column
# (14 cells), over the paragraph under it, whose first line is set in by the indent.
SAYING = ("守陵三十年的老兵\n\n"
          "今年六十八岁的白者发退伍回\n到乡里，在县烈士陵园当了三十\n年管理员，从没离开过。\n"
          "“战友们在这里，我就在这里”\n"
          "每天清晨，白者发都要把园\n里的小路扫一遍，再把每一块墓\n碑上的灰尘擦去，风雨无阻，三\n"
          "十年如一日。\n")


def test_a_quoted_saying_glued_over_an_indented_first_line_is_a_subhead():
    (feature,) = articles(SAYING)
    assert subheads(feature) == ["“战友们在这里，我就在这里”"]
    assert paragraphs(feature) == [
        "今年六十八岁的白者发退伍回到乡里，在县烈士陵园当了三十年管理员，从没离开过。",
        "每天清晨，白者发都要把园里的小路扫一遍，再把每一块墓碑上的灰尘擦去，风雨无阻，三十年如一日。"]


# PyMuPDF prints a report's headline (two phrases set apart) after its text, then the
# captions and credit of a photo story, its title (two phrases too), then the next article's
# text, signed, and that article's heads.
TWO_PHRASED = ("本报讯（记者 甘晓岚）今天，\n市老年大学秋季学期开课，两\n千多名老人报名参加学习。\n"
               "新开的俄语班请来一位“洋\n老师”，老人们学俄语的劲头\n很足。\n\n"
               "老年大学开课 “洋老师”教俄语\n\n"
               "①登山队队员登上城北的凤凰山。\n\n"
               "②老人们在山顶合影留念。\n\n"
               "本组图片均由通讯员 冉小雨 摄\n\n"
               "重阳登高 老当益壮\n\n"
               "深秋早晚温差大，老年人秋\n季锻炼不宜过早，最好等太阳\n出来以后再出门锻炼。（温晴）\n\n"
               "健康提醒\n\n"
               "秋季锻炼莫贪早\n")


def test_of_two_heads_set_in_phrases_the_one_after_a_photos_credit_is_its_title():
    report, advice = articles(TWO_PHRASED)
    assert heads(report) == ("", "老年大学开课 “洋老师”教俄语", "")
    assert heads(advice) == ("健康提醒", "秋季锻炼莫贪早", "")
    assert figures(TWO_PHRASED) == [
        ("重阳登高 老当益壮", "①登山队队员登上城北的凤凰山。②老人们在山顶合影留念。",
         "本组图片均由通讯员 冉小雨 摄")]


# pdftotext prints a headline wrapped over two lines right over its text (no blank line),
# the text's first line set in by the indent (a column of 14 cells).
WRAPPED = ("社区食堂开到家门口\n\n"
           "入冬以来，全市新建社区食\n堂二十多家，老人在家门口就\n能吃上热乎饭。（甘晓岚）\n\n"
           "数字技术为传统村落保护\n注入新动能\n"
           "传统村落是农耕文明的“活\n化石”。近年来，三维扫描、虚\n拟现实等手段被越来越多地运\n"
           "用到传统村落的保护中。\n")


def test_a_headline_wrapped_over_two_lines_glued_over_its_text_is_a_head():
    _, villages = articles(WRAPPED)
    assert heads(villages) == ("", "数字技术为传统村落保护注入新动能", "")
    assert paragraphs(villages) == ["传统村落是农耕文明的“活化石”。近年来，三维扫描、虚拟现实等"
                                    "手段被越来越多地运用到传统村落的保护中。"]


# PyMuPDF prints a commentary's heads after its text, its author's line and its notes, then
# another commentary's text and heads: the notes are the first commentary's, and the heads
# printed after them too, no article of their own.
NOTES_AFTER = ("乡村文化是农民在长期生产\n生活中积累的精神财富①。守护\n好这份财富，要靠一代代人接\n"
               "着读、接着写。\n\n"
               "近年来，各地建起农家书屋\n五十多万个②，不少村民有了\n读书的习惯。\n\n"
               "（作者：温晴，系江州大学教授）\n\n"
               "①温晴：《乡土的书香》，江州\n大学出版社2019年版，第47页。\n"
               "②参见冉小雨主编：《农家书屋\n发展报告》，青禾出版社2022年\n版，第112页。\n\n"
               "理论视野\n\n"
               "读书让乡村文化更有底气\n\n"
               "传统村落是农耕文明的“活\n化石”。三维扫描等数字手段\n正被用到古村落的保护中。\n\n"
               "（作者：甘晓岚，系青州社科院研究员）\n\n"
               "数字技术守护传统村落\n")


def test_an_articles_notes_after_its_authors_line_stay_with_it():
    commentary, villages = articles(NOTES_AFTER)
    assert heads(commentary) == ("理论视野", "读书让乡村文化更有底气", "")
    assert [p.block for p in commentary.paragraphs] == [None, None, "list"]
    assert heads(villages) == ("", "数字技术守护传统村落", "")
    assert [p.text[:6] for p in villages.paragraphs] == ["传统村落是农"]


# pdfminer prints a profile's box where a paragraph of the profile breaks between columns; the
# paragraph is joined past it and the box read after the page, past a later report with no
# trailing byline: the box is a piece of its own, not that report's subhead.
PROFILE = ("大山里的“背包医生”\n\n"
           "本报记者 甘晓岚\n\n"
           "早上八点，温晴背起装满\n血压计和常用药品的双肩包，\n沿着山路走向五公里外的村\n寨。\n\n"
           "去年，乡卫生院接入了县\n医院的远程会诊系统，遇到拿\n\n"
           "人物档案\n\n"
           "温晴，女，1982年生，主\n治医师，2018年起任乡卫生\n院院长。\n\n"
           "不准的病例，她就在电脑前\n请县医院的专家来会诊。\n\n"
           "社区护士上门服务\n\n"
           "本报记者 冉小雨\n\n"
           "今年起，全市二十家医院的\n护士可以预约上门，为行动不\n便的老人换药、打针。\n\n"
           "护士上门要带好全套器械，\n服务全程录音录像，保障护患\n双方安全。\n")


def test_a_box_printed_in_a_paragraphs_break_is_no_subhead_of_the_report_read_before_it():
    profile, nurses, box = articles(PROFILE)
    assert heads(profile) == ("", "大山里的“背包医生”", "")
    assert paragraphs(profile)[1] == ("去年，乡卫生院接入了县医院的远程会诊系统，遇到拿不准的病例，"
                                      "她就在电脑前请县医院的专家来会诊。")
    assert heads(nurses) == ("", "社区护士上门服务", "")
    assert subheads(nurses) == []
    assert len(paragraphs(nurses)) == 2
    assert heads(box) == ("", "人物档案", "")
    assert paragraphs(box) == ["温晴，女，1982年生，主治医师，2018年起任乡卫生院院长。"]


# A photo series under its column's label and its title, its text over its numbered captions,
# each printed by pdfminer in a box of its own (blank lines between label, title and text).
SERIES_HEAD = ("图片故事\n\n"
               "山村里的“流动书车”\n\n"
               "在山区，村民住得分散，借\n书要走很远的山路。县图书馆\n的“流动书车”每周进村一次。\n\n"
               "①清晨，书车满载图书从县城\n出发。\n\n"
               "②在石门村，孩子们围在车前\n挑选图书。\n\n")
SERIES_END = ("③管理员帮老人办好借书证。\n\n"
              "本报记者 冉小雨 摄影报道\n")
# A notice set beside the series, which pdfminer prints between two of its captions.
SERIES_NOTICE = ("招聘启事\n\n"
          "因工作需要，县图书馆现面\n向社会招聘管理员2名。有关\n事项公告如下：\n\n"
          "报名时间：2023年8月21日\n至8月25日，报名者携带本人\n身份证到县图书馆报名。\n\n"
          "县图书馆\n2023年8月15日\n\n")
SERIES_CAPTION = ("在山区，村民住得分散，借书要走很远的山路。县图书馆的“流动书车”每周进村一次。"
                  "①清晨，书车满载图书从县城出发。②在石门村，孩子们围在车前挑选图书。"
                  "③管理员帮老人办好借书证。")


def test_a_photo_series_label_printed_apart_over_its_title_heads_no_article():
    figure, = page_figures(OPENING + SERIES_HEAD + SERIES_END)
    assert figure.title is not None
    assert figure.title.text == "山村里的“流动书车”"
    assert "".join(p.text for p in figure.caption) == SERIES_CAPTION
    assert [heads(article) for article in articles(OPENING + SERIES_HEAD + SERIES_END)] == [
        ("", "社区食堂开到家门口", "")]


def test_a_box_printed_between_a_photo_series_captions_is_read_after_the_series():
    text = OPENING + SERIES_HEAD + SERIES_NOTICE + SERIES_END
    figure, = page_figures(text)
    assert figure.title is not None
    assert figure.title.text == "山村里的“流动书车”"
    assert "".join(p.text for p in figure.caption) == SERIES_CAPTION
    assert figure.credit is not None
    assert figure.credit.text == "本报记者 冉小雨 摄影报道"
    _, notice = articles(text)
    assert heads(notice) == ("", "招聘启事", "")
    assert paragraphs(notice)[0].startswith("因工作需要")


# PyMuPDF keeps the indent and prints an article's text as one block, no blank line between its
# paragraphs or columns; a warning box set under the report comes after a blank line, its head
# printed after its tips, then the next article's heads over its text.
REPORT_THEN_TIPS = (
    "以案为鉴\n\n"
    "一起电信诈骗案一审宣判\n\n"
    "　　本报讯（记者 甘晓岚）市中\n级人民法院日前对一起“刷单\n"
    "返利”诈骗案公开宣判，12名\n被告人被判处有期徒刑。\n"
    "　　法院审理查明，被告人在\n境外搭建虚假购物平台，骗取\n"
    "全国1300余名被害人钱款。\n"
    "　　审判长介绍，本案被告人\n分工明确，有人专门出租银行\n卡帮助转移赃款。\n\n"
    "　　针对近期高发的手法，省\n反诈中心提醒广大群众：\n"
    "　　1.凡是要求先垫付资金的\n兼职，都是骗局。\n"
    "　　2.不出租、出借本人的手\n机卡和收款码。\n\n"
    "警方提示\n\n"
    "社区调解室里解心结\n\n"
    "——记社区人民调解员温晴\n\n"
    "本报记者 冉小雨\n\n"
    "　　在老城区的街道，提起调\n解室，街坊邻居没有不知道\n"
    "的。温晴退休前是一名民警，\n如今当上了专职调解员。\n"
    "　　去年冬天，两户邻居因为\n楼上漏水闹得不可开交，她\n"
    "泡上一壶茶，帮两家算清了\n维修费用。\n")


def test_a_blank_line_in_pymupdfs_indented_text_parts_a_box_whose_head_comes_after_it():
    report, tips, mediator = articles(REPORT_THEN_TIPS)
    assert heads(report) == ("以案为鉴", "一起电信诈骗案一审宣判", "")
    assert len(paragraphs(report)) == 3
    assert heads(tips) == ("", "警方提示", "")
    assert [text[:2] for text in paragraphs(tips)] == ["针对", "1.", "2."]
    assert heads(mediator) == ("", "社区调解室里解心结", "——记社区人民调解员温晴")


# pdftotext prints a report's heads in one flow with its dateline, no blank line between: the
# subtitle's clauses carry a comma, and the stack is still heads over the dateline (the lines
# of tests/pages/ganjiang-daily-2026-09-23-p06-pdftotext.txt).
GLUED_STACK = ("前8个月全省外贸运行观察\n全省进出口总值同比增长8.6%\n"
               "——“新三样”出口增长超三成，跨境电商成为新引擎\n"
               "本报南昌9月21日讯（记者\n饶思远 实习生 申屠蕾）记者从\n"
               "南昌海关获悉，今年前8个月，\n"
               "全省货物贸易进出口总值5216.8\n亿元，同比增长8.6%，增速高于\n"
               "全国平均水平5.1个百分点。其\n中，出口3580.2亿元，增长\n"
               "10.3%；进口1636.6亿元，增长\n5.1%。\n")


def test_heads_glued_over_a_dateline_may_end_on_a_subtitle_of_clauses():
    report, = articles(GLUED_STACK)
    assert heads(report)[2] == "——“新三样”出口增长超三成，跨境电商成为新引擎"
    assert paragraphs(report) == [
        "记者从南昌海关获悉，今年前8个月，全省货物贸易进出口总值5216.8亿元，同比增长8.6%，"
        "增速高于全国平均水平5.1个百分点。其中，出口3580.2亿元，增长10.3%；进口1636.6亿元，"
        "增长5.1%。"]


# pdftotext prints paragraphs in one flow, no blank line and no indent between them: a
# paragraph whose first line (short by the indent) is a whole sentence over a full line
# opens there; the line is no last line, as the next paragraph's first would be set in.
ONE_FLOW = ("工业园区三年产值翻一番\n\n"
            "本报讯 记者日前从市工信局\n获悉，工业园区三年来累计引进\n项目一百二十个，"
            "年产值由三百\n亿元增长到六百亿元，居全省。\n"
            "园区的变化看得见摸得着。\n"
            "新建的标准厂房里，生产线日夜\n运转，订单已经排到了明年。\n"
            "园区还建起了人才公寓，入\n住的技术工人有两千多名。\n")


def test_a_first_line_that_is_a_whole_sentence_over_a_full_line_opens_a_paragraph():
    report, = articles(ONE_FLOW)
    assert [text[:4] for text in paragraphs(report)] == ["记者日前", "园区的变", "园区还建"]
    assert paragraphs(report)[1] == ("园区的变化看得见摸得着。新建的标准厂房里，生产线日夜运转，"
                                     "订单已经排到了明年。")


# pdfminer and pdftotext print a photo's caption where it cuts a column; a paragraph cut
# there at a sentence's end on a full line goes on after the caption, on a full line (no
# paragraph's first line is full: the indent), as one cut mid-sentence does.
CUT_AT_A_STOP = ("大山里的“流动课堂”\n\n"
                 "本报记者 甘晓岚\n\n"
                 "清晨七点，支教老师温晴背\n起教具，沿着山路走向二十里外\n"
                 "的教学点。这条路她已经走了\n整整六年，每周都要走上两三趟。\n\n"
                 "温晴（右）在教学点给孩子们上美术课。\n\n"
                 "本报记者 甘晓岚 摄\n\n"
                 "山里的孩子少，一个教学点只有\n七八个学生，她一个人要同时教\n"
                 "语文、数学和美术三门课。\n\n"
                 "孩子们最喜欢上美术课。\n")


def test_a_paragraph_cut_by_a_caption_at_a_stop_on_a_full_line_goes_on_past_it():
    feature, = articles(CUT_AT_A_STOP)
    assert paragraphs(feature) == [
        "清晨七点，支教老师温晴背起教具，沿着山路走向二十里外的教学点。这条路她已经走了"
        "整整六年，每周都要走上两三趟。山里的孩子少，一个教学点只有七八个学生，她一个人要同时教"
        "语文、数学和美术三门课。",
        "孩子们最喜欢上美术课。"]
    assert len(feature.figures) == 1


# pdftotext prints a report's kicker, headline and subtitle line on line, in one flow with
# its dateline: the kicker, narrower than the headline, is a head of its own, not the
# headline's first line; further down, a commentary quotes the kicker's words.
STACK = ("深化国企改革\n湘江重工混改三年营收翻一番\n"
         "——引入战略投资者后研发投入强度提高到5.6%\n"
         "本报长沙7月13日讯（记者\n谌　宁）记者从省国资委获悉，\n"
         "湘江重工集团完成混合所有制改\n革三年来，营业收入由2022年的\n"
         "186亿元增长到去年的375亿元。\n\n"
         "混改既要“混”更要“改”\n\n□ 易　凡\n\n"
         "混合所有制改革，“混”是手\n段，“改”是目的。深化国企改\n"
         "革，关键在于把制度优势转化为\n治理效能，让国有企业真正强起\n来。\n")


def test_a_kicker_printed_line_on_line_over_a_headline_and_subtitle_heads_the_report():
    report, commentary = articles(STACK)
    assert heads(report) == ("深化国企改革", "湘江重工混改三年营收翻一番",
                             "——引入战略投资者后研发投入强度提高到5.6%")
    assert heads(commentary) == ("", "混改既要“混”更要“改”", "")


# A photo, a digest under its label, then an interview's kicker, headline and subtitle line
# on line (pdftotext): the kicker is no headline for the digest before it, whatever words
# they share (董事长).
DIGEST_THEN_STACK = (OPENING + "4月25日，工人在储能电池生产线\n上检测电芯。\n（受访企业供图）\n\n"
                     "公告速览\n"
                     "●远航科技（688216）：\n公司拟以每10股派发现金红\n利3.2元（含税），合计派\n"
                     "发现金红利1.05亿元。\n●江淮重工（600875）：\n公司与某央企签订风电设备\n"
                     "采购合同，合同金额约8.7\n亿元。\n●青禾农业（002734）：\n"
                     "公司董事长单立平因工作调\n整辞去董事长职务。\n\n"
                     "对话董事长\n储能订单排到了明年二季度\n——访华瑞新能董事长诸葛明\n"
                     "证券导报记者 甘　露\n"
                     "华瑞新能一季度实现营业收入\n28.6亿元，同比增长41%，储能\n"
                     "订单已经排到了明年二季度。\n")


def test_a_stacks_kicker_is_no_headline_for_the_text_before_it():
    interview = articles(DIGEST_THEN_STACK)[-1]
    assert heads(interview) == ("对话董事长", "储能订单排到了明年二季度",
                                "——访华瑞新能董事长诸葛明")
