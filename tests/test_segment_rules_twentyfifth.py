"""Rules for the failure kinds the twenty-fifth set of test pages showed in its body text
and its boxes, each on a small page of its own.

The pages are written for the rule, as tests/segment_rules_pages.py says.
"""

from __future__ import annotations

from segment_rules_pages import FOLIO, NEXT, REPORT, articles, heads

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
