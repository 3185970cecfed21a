"""Rules for the failure kinds the seventeenth set of test pages showed (issue #14), each on a
small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, articles, figures_of, heads, paragraphs
from teipress.segment import segment_page

# A weekly's folio: its page number and section over the date, which it prints with the
# paper's running count of issues since its first (总第…期).
WEEKLY_FOLIO = "第5版  航运·市场  江海航运周刊\n\n2025年3月6日  星期四  总第986期\n\n"


def test_the_running_count_of_issues_beside_the_date_is_furniture():
    page = segment_page(WEEKLY_FOLIO + REPORT)
    assert page.date is not None
    assert page.date.isoformat() == "2025-03-06"
    assert [(item.kind, item.text) for item in page.furniture][-2:] == [
        ("date", "2025年3月6日  星期四"), ("masthead", "总第986期")]
    (article,) = articles(WEEKLY_FOLIO + REPORT)
    assert article.kicker is None


# A county paper's front page: its masthead (the paper's name, whose organ it is and its serial
# number, the issue's number and count of pages, the weather line, the date) over the folio.
MASTHEAD = ("临江报\n中共临江县委机关报  国内统一连续出版物号 CN 41-0077\n第2210期  今日8版\n"
            "今日天气：晴转多云  12℃～21℃  北风3级\n2025年4月2日  星期三  农历乙巳年三月初五\n\n"
            "第1版  要闻\n\n")


def test_a_front_pages_masthead_and_weather_line_are_furniture():
    page = segment_page(MASTHEAD + REPORT)
    assert [(item.kind, item.text) for item in page.furniture] == [
        ("title", "临江报"), ("masthead", "中共临江县委机关报"),
        ("masthead", "国内统一连续出版物号 CN 41-0077"), ("masthead", "第2210期"),
        ("masthead", "今日8版"), ("masthead", "今日天气：晴转多云  12℃～21℃  北风3级"),
        ("date", "2025年4月2日  星期三  农历乙巳年三月初五"), ("pageNum", "第1版"),
        ("header", "要闻")]
    (article,) = articles(MASTHEAD + REPORT)
    assert (article.kicker, article.sections) == (None, [])
    assert paragraphs(article) == [
        "入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"]


# A metro paper's folio with its news hotline; an enterprise paper's with the notice that it is
# an internal paper given away free.
def test_a_news_hotline_and_an_internal_papers_notice_are_furniture():
    for line in ("报料热线：96123", "内部资料 免费交流"):
        page = segment_page("第7版  城事\n" + line + "\n\n" + REPORT)
        assert (page.furniture[-1].kind, page.furniture[-1].text) == ("masthead", line)
        (article,) = articles("第7版  城事\n" + line + "\n\n" + REPORT)
        assert article.kicker is None
        assert article.headline is not None
        assert article.headline.text == "社区食堂开到家门口"


# A front page's index after a report: each entry a story's title and the page it is on, one
# a line (pdftotext) or each a block of its own (pdfminer prints a blank line between them).
INDEX_ENTRIES = ("市政协召开专题协商会  详见第2版", "城南片区旧改项目启动签约  详见第3版",
                 "冬季供暖设施检修全面完成  详见第5版")


def test_a_front_pages_index_is_an_article_of_its_entries():
    for gap in ("\n", "\n\n"):
        page = REPORT + "今日导读\n\n" + gap.join(INDEX_ENTRIES) + "\n\n"
        report, index = articles(page)
        assert heads(index) == ("", "今日导读", "")
        assert (index.sections, index.bylines) == ([], [])
        assert paragraphs(index) == list(INDEX_ENTRIES)  # the page reference kept
        assert paragraphs(report) == [
            "入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"]


# A reader's letter under its column label and its question headline, opened by its salutation
# run into its first sentence (its first line short of a column of 14) and signed in brackets
# with where the reader lives; pdftotext prints the heads over the letter, pdfminer sets each
# apart with a blank line.
ROUTES = ("公交线路优化调整\n\n本报讯（记者 甘晓岚）市交通局日\n前对12条公交线路进行优化调整，\n"
          "新开通社区巴士线路5条，方便居\n民出行。调整后，城北片区居民到\n市中心的换乘次数平均减少一次。\n\n")
LETTER_HEADS = ("来信选登", "老旧小区加装电梯进度能否再快一些？")
LETTER = ("编辑同志：我住在城北\n区的一个老旧小区，楼里老人多，\n上下楼很不方便。听说加装电梯的\n"
          "申请已经提交半年了，希望有关部\n门能加快审批，早日让老人们坐上\n电梯，出门更方便一些。\n"
          "（城北区读者 欧阳明远）\n\n")


def test_a_readers_letter_opened_by_its_salutation_under_a_question_headline():
    for gap in ("\n", "\n\n"):
        (_report, letter) = articles(ROUTES + gap.join(LETTER_HEADS) + gap + LETTER)
        assert heads(letter) == ("来信选登", "老旧小区加装电梯进度能否再快一些？", "")
        assert letter.sections == []
        assert paragraphs(letter) == [
            "编辑同志：我住在城北区的一个老旧小区，楼里老人多，上下楼很不方便。听说加装电梯的申请"
            "已经提交半年了，希望有关部门能加快审批，早日让老人们坐上电梯，出门更方便一些。"]
        assert [byline.names for byline in letter.trailing] == [["欧阳明远"]]


# An editor's afterword set under the report it speaks of, its head alone on a line.
AFTERWORD = ("编后\n社区食堂开到家门口，老人\n吃上热乎饭，子女也放了心。\n"
             "办好这样的小事，就是办好\n群众心里的大事。\n\n")


def test_an_editors_afterword_is_an_article_of_its_own():
    report, afterword = articles(REPORT + AFTERWORD)
    assert (report.sections, paragraphs(report)) == (
        [], ["入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"])
    assert heads(afterword) == ("", "编后", "")
    assert (afterword.sections, afterword.bylines) == ([], [])
    assert paragraphs(afterword) == [
        "社区食堂开到家门口，老人吃上热乎饭，子女也放了心。办好这样的小事，就是办好群众心里的大事。"]


# A calendar of events under a feature: its head, one sentence introducing it, then its
# entries one a line (date, time, place, event), each a row of cells; pdfminer may print the
# box's table before its sentence.
CALENDAR_HEAD = "本周演出信息\n"
CALENDAR_SENTENCE = "本周，市区几家剧场推出以下\n演出，可在剧场公众号购票。\n"
CALENDAR_ROWS = ("12月6日  19:30  江州大剧院  交响音乐会《春江》\n"
                 "12月7日  14:00  市文化馆  少儿舞蹈专场演出\n"
                 "12月7日  19:30  红星剧场  越剧《梁祝》全本\n")


def test_a_calendar_under_its_head_is_a_listing_not_a_section_of_the_text_before():
    for box in (CALENDAR_HEAD + CALENDAR_SENTENCE + CALENDAR_ROWS,
                CALENDAR_HEAD + "\n" + CALENDAR_ROWS + "\n" + CALENDAR_SENTENCE):
        report, calendar = articles(REPORT + box + "\n")
        assert report.sections == []
        assert heads(calendar) == ("", "本周演出信息", "")
        assert calendar.sections == []
        (sentence,) = [p for p in calendar.paragraphs if p.block is None]
        (table,) = [p for p in calendar.paragraphs if p.block is not None]
        assert sentence.text == "本周，市区几家剧场推出以下演出，可在剧场公众号购票。"
        assert table.block == "table"
        assert table.rows[0] == ["12月6日", "19:30", "江州大剧院", "交响音乐会《春江》"]


def test_a_masthead_printed_last_is_furniture_past_the_pages_last_lines():
    # (pymupdf prints a front page's furniture last: the masthead, the folio and the editors
    # line, one a block, more lines than the page's edge holds)
    furniture = MASTHEAD.replace("\n", "\n\n") + "责任编辑：甘晓岚  版式：欧阳帆\n"
    page = segment_page(ROUTES + REPORT + furniture)
    assert [(item.kind, item.text) for item in page.furniture][:2] == [
        ("title", "临江报"), ("masthead", "中共临江县委机关报")]
    assert page.paper == "临江报"
    _routes, article = articles(ROUTES + REPORT + furniture)
    assert heads(article) == ("", "社区食堂开到家门口", "")
    assert (article.sections, paragraphs(article)) == (
        [], ["入冬以来，全市新建社区食堂二十多家，老人在家门口就能吃上热乎饭。"])


# PyMuPDF prints heads after their bodies: a report's text, its headline, then a photo news
# item's title over its caption and credit, then the next report.
HEADS_AFTER = ("本报讯（记者 甘晓岚）入冬以\n来，全市新建社区食堂二十多\n"
               "家，老人在家门口就能吃上热\n乎饭。\n\n社区食堂开到家门口\n\n柑橘丰收\n\n"
               "12月3日，城东村果农正在果园里采\n摘柑橘，今年柑橘丰收。 本报记者 甘晓岚 摄\n\n"
               "本报讯（记者 欧阳帆）全市首\n批10个智慧菜场日前投入运营，\n"
               "市民可扫码查看菜价和产地。\n\n智慧菜场投入运营\n\n")


def test_a_photo_titles_own_words_over_its_caption_make_it_the_title_under_anothers_headline():
    (figure,) = figures_of(HEADS_AFTER)
    assert figure.title is not None
    assert figure.title.text == "柑橘丰收"
    assert [p.text for p in figure.caption] == [
        "12月3日，城东村果农正在果园里采摘柑橘，今年柑橘丰收。"]
    assert [heads(article) for article in articles(HEADS_AFTER)] == [
        ("", "社区食堂开到家门口", ""), ("", "智慧菜场投入运营", "")]


def test_a_weather_line_ends_at_the_wind_before_the_folio_a_pdf_row_puts_after_it():
    page = segment_page("今日天气：晴 12℃～21℃ 北风3级  1  要闻\n\n" + ROUTES + REPORT)
    assert [(item.kind, item.text) for item in page.furniture] == [
        ("masthead", "今日天气：晴 12℃～21℃ 北风3级"), ("pageNum", "1"), ("header", "要闻")]
    assert (page.page_number, page.section) == ("1", "要闻")
