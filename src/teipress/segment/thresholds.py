"""Every tunable number of the text path in one place, with the evidence for its value.

Widths are in printed cells (a CJK character is one, ASCII half: ``text.width``). The rules
read these at call time, so ``bench/lopo.py`` can try other values and measure, leave one
paper out, whether each value generalises.

Evidence (``bench/lopo.py`` on the sample and the first five sets of test pages: 22 papers,
66 pages; the sixth set is held out): each threshold was tried at the values shown, one at a
time, the others as shipped; "folds" says in how many of the 22 leave-one-paper-out folds the
value fitted on the other 21 papers is the shipped one (on a tie the shipped value stays), and
the last column gives the all-pages mean at each value tried (the shipped one in bold). A
value the folds agree on, on a flat stretch of the mean, depends on no particular paper.
GLOBAL_HEADLINES is issue #14's item 3 measured: giving every article its headline by the
page's best assignment (assemble._best_headlines, which never pairs a head with an article
it shares no word with and is printed away from) rather than taking the best-fitting pair
first is kept by every fold (all-pages .963 off, .964 on); the other rules stay first-match
until a global design beats them by LOPO (a page-wide guess of whether the extractor printed
heads after their text, tried this round, did not: all-pages .9618–.9626 against .9626
without). SHORT_BY was 1.5 until the 45-page table (every fold picked 2). HEAD_SHORT_BY:
every fold now keeps 1.5 (at 2 the sample read in visual order joins its subhead
高标准推进绿色矿山建设, 11 cells in a 15-cell column, into the paragraph below).
COLUMN_WINDOW went from 10 to 8 this round because 20 of 22 folds picked 8 (two boxes'
narrow columns no longer widen the column read around a page's body). BLOCK_LABEL_WIDTH is
new (0 reproduces the rule before it). Where the folds pick another value (HEAD_LABEL_WIDTH,
JOIN_SIMILARITY) the means differ by less than 0.001: the shipped values stay. INDENT and
MAX_HEADS are typesetting conventions (2em; kicker + headline), not fitted.

| threshold | value | folds picking it | all-pages mean at each value tried |
| --- | --- | --- | --- |
| SHORT_BY | 2 | 22/22 | .5:.953 1:.956 1.5:.961 **2:.964** 3:.945 |
| HEAD_SHORT_BY | 1.5 | 22/22 | .5:.956 1:.963 **1.5:.964** 2:.963 3:.963 |
| INDENT | 2 | 22/22 | 1:.95 **2:.964** 3:.954 |
| MAX_HEAD_LINES | 3 | 22/22 | 2:.962 **3:.964** 4:.963 |
| HEAD_LABEL_WIDTH | 4 | 1/22 (6×21) | 2:.963 3:.963 **4:.964** 5:.964 6:.964 |
| BLOCK_LABEL_WIDTH | 3 | 22/22 | 0:.963 2:.963 **3:.964** 4:.963 |
| COLUMN_WINDOW | 8 | 21/22 (5×1) | 5:.964 **8:.964** 10:.963 15:.957 25:.954 |
| COLUMN_PERCENTILE | 0.75 | 22/22 | .5:.955 .6:.962 **.75:.964** .9:.949 |
| WIDE_FACTOR | 1.4 | 22/22 | 1.2:.963 1.3:.963 **1.4:.964** 1.6:.962 2:.958 |
| JOIN_SIMILARITY | 0.12 | 21/22 (.08×1) | .05:.961 .08:.962 **.12:.964** .16:.964 .2:.964 .3:.964 |
| NEAR_BONUS | 0.3 | 22/22 | 0:.963 .1:.964 .2:.964 **.3:.964** .5:.963 1:.963 |
| HEADS_ABOVE | 0.01 | 22/22 | 0:.962 **.01:.964** .05:.964 .1:.964 |
| BESIDE_BONUS | 0.5 | 22/22 | 0:.961 .2:.962 **.5:.964** 1:.963 |
| BOX_LABEL_WIDTH | 4 | 22/22 | 2:.963 **4:.964** 6:.964 |
| GLOBAL_HEADLINES | 1 | 22/22 | 0:.963 **1:.964** |
| PHOTO_TITLE_WIDTH | 10 | 22/22 | 6:.963 8:.964 **10:.964** 14:.964 20:.964 |
| EDGE_LINES | 6 | 22/22 | 3:.954 4:.963 **6:.964** 8:.964 12:.964 |


Rerun ``bench/lopo.py`` after a rule changes and update this table from what it prints.
"""

from __future__ import annotations

# -- lines: reading a line against its column ------------------------------------------
SHORT_BY = 2.0  # a line this many cells short of its column is no wrapped line
HEAD_SHORT_BY = 1.5  # a head glued above a paragraph is this much shorter than a first line
INDENT = 2  # a paragraph's first line is set 2em in (the convention); extraction drops it
MAX_HEAD_LINES = 3  # a head (kicker, headline, subhead) is printed on at most this many lines
HEAD_LABEL_WIDTH = 4  # a column label over a headline is this wide at most: 短评, 一线观察
BLOCK_LABEL_WIDTH = 3  # the same in a block of heads alone, where 4 is a headline's line too
COLUMN_WINDOW = 8  # lines either side that tell the column width around a line
COLUMN_PERCENTILE = 0.75  # the percentile of the nearby widths taken as the column's width
WIDE_FACTOR = 1.4  # a line this many times the column's width spans columns (a lead, a head)
BOX_PIECES = 4  # a box inside a paragraph's break is a few pieces: label, headline, its text

# -- assembly: which article a piece belongs to ----------------------------------------
JOIN_SIMILARITY = 0.12  # runs of paragraphs whose words overlap this much read as one article
NEAR_BONUS = 0.3  # a head printed next to an article's paragraphs likely belongs to it
HEADS_ABOVE = 0.01  # with nothing else to go by, the article below a head wins (print order)
HEAD_BEFORE_FIT = 0.5  # a head using this share of the text before it (none after) heads it
BESIDE_BONUS = 0.5  # a head printed right beside an article's headline is its kicker
BOX_LABEL_WIDTH = 4  # a box's label over its lead is this wide at most: 核心阅读, 导读
MAX_HEADS = 2  # an article's heads besides its subtitle: kicker and headline (a convention)
COLUMN_LABEL_WIDTH = 6  # a column's label over briefs is a few characters: 要闻简报, 法治动态
BRIEF_PARAGRAPHS = 3  # a brief runs to a few paragraphs at most (a column of briefs)
GLOBAL_HEADLINES = 1  # 1: headlines assigned for the page as a whole, 0: best pair first

# -- figures and furniture ---------------------------------------------------------------
PHOTO_TITLE_WIDTH = 10  # a photo's title is a few words at most: 麦浪滚滚, 发展庭院养殖
EDGE_LINES = 6  # furniture other than an editors line is among the page's first or last lines
