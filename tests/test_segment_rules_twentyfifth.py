"""Rules for the failure kinds the twenty-fifth set of test pages showed in its body text
and its boxes, each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

import pytest

from segment_rules_pages import FOLIO, NEXT, REPORT, articles, blocks, headed, heads

# A cook's profile that names the dish of the recipe box beside it, more than once.
PROFILE = ("李大厨：把豆腐做出家乡味\n\n——一位小镇厨师的二十年\n\n本报记者 甘晓岚\n\n"
           "李大厨的小饭馆开在老街\n口，店里卖得最好的是红烧\n豆腐，他说红烧豆腐要用山\n"
           "泉水点的卤水豆腐。\n\n"
           "每天清早，他都要去豆腐\n坊挑豆腐，红烧豆腐的火候\n全凭多年练出的手感。\n\n")
RECIPE = ("家常菜谱\n\n红烧豆腐\n\n"
          "豆腐嫩滑，酱汁浓香，是\n小镇人家餐桌上常见的一道\n菜。\n\n")


def test_a_label_and_headline_over_a_box_head_it_whatever_text_names_its_words():
    page = articles(FOLIO + REPORT + PROFILE + RECIPE + NEXT)
    recipe = next(a for a in page if a.paragraphs and "豆腐嫩滑" in a.paragraphs[0].text)
    assert heads(recipe) == ("家常菜谱", "红烧豆腐", "")
    profile = next(a for a in page if a.paragraphs and "老街" in a.paragraphs[0].text)
    assert heads(profile) == ("", "李大厨：把豆腐做出家乡味", "——一位小镇厨师的二十年")


# An air-quality forecast box: a sentence, then one district a line, cells set apart by gaps,
# the index's range in a cell after its Latin name (AQI 60—85), no bare figure in any row.
FORECAST = ("空气质量预报\n\n"
            "明后两天我市空气质量以良\n为主，敏感人群应减少户外\n活动。\n\n"
            "东城  良  AQI 55—80  首要污染物 PM2.5\n"
            "西城  良  AQI 60—85  首要污染物 PM2.5\n"
            "南湖  轻度污染  AQI 95—120  首要污染物 PM10\n\n")


def test_forecast_rows_of_index_ranges_are_a_table():
    page = FOLIO + REPORT + FORECAST + NEXT
    assert [(block.block, block.rows) for block in blocks(page)] == [("table", [
        ["东城", "良", "AQI 55—80", "首要污染物 PM2.5"],
        ["西城", "良", "AQI 60—85", "首要污染物 PM2.5"],
        ["南湖", "轻度污染", "AQI 95—120", "首要污染物 PM10"]])]


# A film review closed by the film's title and its credits line, printed as one piece.
REVIEW = ("小城故事动人心\n\n□ 甘晓岚\n\n"
          "《江城月》讲的是一个小城\n里几代人的故事，朴素却动\n人，值得一看。\n\n"
          "《江城月》\n导演：李江  编剧：王小禾  主演：赵大山、钱小雨\n\n")


def test_a_films_title_and_credits_line_under_its_review_are_one_list():
    page = articles(FOLIO + REPORT + REVIEW + NEXT)
    review = headed(page, "小城故事动人心")
    assert [(p.block, p.rows) for p in review.paragraphs] == [
        (None, []),
        ("list", [["《江城月》"], ["导演：李江  编剧：王小禾  主演：赵大山、钱小雨"]])]
    assert [a.headline.text for a in page if a.headline] == [
        "社区食堂开到家门口", "小城故事动人心", "社区警务室挂牌"]


@pytest.mark.parametrize("note", ["（供稿：李师傅）", "（市气象台发布）"])
def test_a_contributors_or_an_issuers_note_closes_its_box(note):
    page = FOLIO + REPORT + ("寒潮来袭注意保暖\n\n本报讯 明天起气温将下\n降五到八度，市民外出注\n"
                             f"意保暖。\n\n{note}\n\n") + NEXT
    box = headed(articles(page), "寒潮来袭")
    assert [p.text for p in box.paragraphs] == ["明天起气温将下降五到八度，市民外出注意保暖。"]
    assert [t.text for t in box.trailing] == [note]
    assert not box.sections


# A league's results box: a sentence, the results one a line, a note under them.
RESULTS = ("本轮战报\n\n本轮共进行三场比赛，战\n果如下。\n\n"
           "东城队  2:1  西城队\n南湖队  0:0  北山队\n江岸队  3:2  河口队\n\n"
           "注：积分相同时，按相互间比赛成绩排列名次。\n\n")


def test_a_note_opening_with_zhu_under_a_list_is_its_end_note():
    page = articles(FOLIO + REPORT + RESULTS + NEXT)
    box = headed(page, "本轮战报")
    assert [(p.block, p.text) for p in box.paragraphs] == [
        (None, "本轮共进行三场比赛，战果如下。"),
        ("list", "东城队  2:1  西城队南湖队  0:0  北山队江岸队  3:2  河口队")]
    assert [t.text for t in box.trailing] == ["注：积分相同时，按相互间比赛成绩排列名次。"]


# A recipe box: its dish, a sentence, the ingredients line, the numbered steps, a tip.
RECIPE_BOX = ("家常菜谱\n\n葱油拌面\n\n葱油拌面做法简单，是不\n少人家的早餐。\n\n"
              "食材：细面200克，小葱一\n把，生抽、老抽适量。\n\n"
              "1.小葱切段，小火熬出葱\n油。\n"
              "2.面条煮熟，捞出沥干。\n"
              "3.淋上葱油和酱汁拌匀即\n可。\n\n"
              "小贴士：葱要熬到焦黄才香。\n\n")


def test_a_recipes_ingredients_and_numbered_steps_are_one_list_and_its_tip_an_end_note():
    page = articles(FOLIO + REPORT + RECIPE_BOX + NEXT)
    recipe = headed(page, "葱油拌面")
    assert [(p.block, p.rows) for p in recipe.paragraphs] == [
        (None, []),
        ("list", [["食材：细面200克，小葱一把，生抽、老抽适量。"],
                  ["1.小葱切段，小火熬出葱油。"], ["2.面条煮熟，捞出沥干。"],
                  ["3.淋上葱油和酱汁拌匀即可。"]])]
    assert [t.text for t in recipe.trailing] == ["小贴士：葱要熬到焦黄才香。"]


# A ballot: a sentence, the candidates one a line, then how and when to vote.
BALLOT = ("评选\n\n年度好人候选人公布\n\n现将候选人名单公布如下，\n欢迎读者投票。\n\n"
          "01  李春生  城东社区\n02  王秋月  南湖小学\n03  赵冬梅  市中心医院\n\n"
          "投票方式：关注本报微信公\n众号，每人每天可投3票。\n"
          "投票时间：6月1日至6月10日\n\n")


def test_a_ballots_how_and_when_lines_under_its_list_are_another_list():
    page = articles(FOLIO + REPORT + BALLOT + NEXT)
    ballot = headed(page, "年度好人")
    assert [(p.block, p.rows if p.block == "list" else None) for p in ballot.paragraphs] == [
        (None, None), ("table", None),
        ("list", [["投票方式：关注本报微信公众号，每人每天可投3票。"],
                  ["投票时间：6月1日至6月10日"]])]


def test_its_organisers_in_brackets_after_the_last_text_are_its_end_note():
    page = articles(FOLIO + REPORT + BALLOT + "（市委宣传部  江州日报社）\n\n" + NEXT)
    ballot = headed(page, "年度好人")
    assert [t.text for t in ballot.trailing] == ["（市委宣传部  江州日报社）"]
    assert not ballot.sections


# A subscription notice signed by the paper's department that runs it.
SUBSCRIPTION = ("征订启事\n\n欢迎订阅2027年《江州日报》\n\n"
                "2027年度《江州日报》征订\n工作已经开始，欢迎订阅。\n\n"
                "邮发代号：31-58\n订价：每份全年480元\n订阅热线：0575-85116688\n\n"
                "江州日报社发行部\n\n")


def test_a_notice_signed_by_the_papers_department_ends_with_its_signature():
    page = articles(FOLIO + REPORT + SUBSCRIPTION + NEXT)
    notice = headed(page, "欢迎订阅")
    assert [t.text for t in notice.trailing] == ["江州日报社发行部"]
    assert not notice.sections
