"""Rules for how extractors print a page (issue #14): the forms pdfminer and PyMuPDF give a
page's text in, each on a small page of its own.

The texts are written here for the rule (not taken from any test page): a column of 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import articles, heads, paragraphs

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
