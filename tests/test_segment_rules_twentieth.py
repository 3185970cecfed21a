"""Rules for the failure kinds the twentieth set of test pages showed, each on a small page of
its own.

The texts are written here for the rule (not taken from any test page): a column of 12 to 14
cells, paragraphs' first lines set in by two (the indent dropped, as extractors print it),
as tests/pages/README.md describes.
"""

from __future__ import annotations

from segment_rules_pages import REPORT, blocks

# An event schedule: per day a date line with its weekday over lines of a time, a title and a
# place; the day lines belong to the list as its timed lines do.
SCHEDULE = ("本周活动安排如下：\n\n"
            "3月14日（星期六）\n"
            "09:00  春季花卉展开幕  人民公园\n"
            "19:30  民乐专场音乐会  大剧院\n"
            "3月15日（星期日）\n"
            "08:00  环湖健步走  南湖公园\n\n")


def test_a_schedules_day_lines_go_in_its_list_with_the_timed_lines():
    schedule, = blocks(REPORT + SCHEDULE)
    assert schedule.block == "list"
    assert schedule.rows == [["3月14日（星期六）"], ["09:00  春季花卉展开幕  人民公园"],
                             ["19:30  民乐专场音乐会  大剧院"], ["3月15日（星期日）"],
                             ["08:00  环湖健步走  南湖公园"]]
