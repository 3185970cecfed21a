"""Every tunable number of the text path in one place, with the evidence for its value.

Widths are in printed cells (a CJK character is one, ASCII half: ``text.width``). The rules
read these at call time, so ``bench/lopo.py`` can try other values and measure, leave one
paper out, whether each value generalises.

Evidence (``bench/lopo.py`` on the sample and the first three sets of test pages: 15 papers,
45 pages): each threshold was tried at the values shown, one at a time, the others as
shipped; "folds" says in how many of the 15 leave-one-paper-out folds the value fitted on the
other 14 papers is the shipped one (on a tie the shipped value stays), and the last column
gives the all-pages mean at each value tried (the shipped one in bold). A value the folds
agree on, on a flat stretch of the mean, depends on no particular paper; where the folds
pick another value, the means show the difference is below 0.002 (a single page's head).
GLOBAL_HEADLINES is issue #14's item 3 measured: giving every article its headline by the
page's best assignment (assemble._best_headlines) rather than taking the best-fitting pair
first is never worse in any fold and better on one page (economic pymupdf 0.911 → 0.926),
so it is on; the other rules stay first-match until a global design beats them by LOPO.
SHORT_BY was 1.5 until this table: every fold picks 2 (all-pages 0.902 → 0.906 then). The
glued head's margin is kept at 1.5 apart (HEAD_SHORT_BY) although the folds would pick 2
(+0.002): at 2 the sample read in visual order joins its subhead 高标准推进绿色矿山建设 (11
cells in a 15-cell column) into the paragraph below (tests/test_convert_sample.py); the test
pages have too few subheads that nearly fill their column to show it. Where the folds pick
another value (MAX_HEAD_LINES, HEAD_LABEL_WIDTH, NEAR_BONUS, BESIDE_BONUS) the means differ
by 0.001 or less: the shipped values stay, nothing fitted to a paper. INDENT and MAX_HEADS
are typesetting conventions (2em; kicker + headline), not fitted.

| threshold | value | folds picking it | all-pages mean at each value tried |
| --- | --- | --- | --- |
| SHORT_BY | 2 | 15/15 | .5:.923 1:.927 1.5:.928 **2:.932** 3:.913 |
| HEAD_SHORT_BY | 1.5 | 1/15 (2×14) | .5:.925 1:.931 **1.5:.932** 2:.934 3:.932 |
| INDENT | 2 | 15/15 | 1:.922 **2:.932** 3:.928 |
| MAX_HEAD_LINES | 3 | 0/15 (2×14, 4×1) | 2:.933 **3:.932** 4:.932 |
| HEAD_LABEL_WIDTH | 4 | 0/15 (6×14, 3×1) | 2:.931 3:.932 **4:.932** 5:.932 6:.933 |
| COLUMN_WINDOW | 10 | 15/15 | 5:.932 8:.932 **10:.932** 15:.93 25:.926 |
| COLUMN_PERCENTILE | 0.75 | 15/15 | .5:.928 .6:.932 **.75:.932** .9:.917 |
| WIDE_FACTOR | 1.4 | 13/15 (1.2×1, 1.6×1) | 1.2:.932 1.3:.932 **1.4:.932** 1.6:.931 2:.924 |
| JOIN_SIMILARITY | 0.12 | 14/15 (.08×1) | .05:.928 .08:.93 **.12:.932** .16:.932 .2:.932 .3:.932 |
| NEAR_BONUS | 0.3 | 0/15 (.5×14, 0×1) | 0:.932 .1:.932 .2:.932 **.3:.932** .5:.932 1:.932 |
| HEADS_ABOVE | 0.01 | 15/15 | 0:.932 **.01:.932** .05:.932 .1:.932 |
| BESIDE_BONUS | 0.5 | 1/15 (.2×13, 0×1) | 0:.932 .2:.933 **.5:.932** 1:.932 |
| BOX_LABEL_WIDTH | 4 | 15/15 | 2:.932 **4:.932** 6:.932 |
| GLOBAL_HEADLINES | 1 | 15/15 | 0:.932 **1:.932** |
| PHOTO_TITLE_WIDTH | 10 | 15/15 | 6:.931 8:.932 **10:.932** 14:.932 20:.932 |
| EDGE_LINES | 6 | 15/15 | 3:.923 4:.932 **6:.932** 8:.932 12:.932 |

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

# -- assembly: which article a piece belongs to ----------------------------------------
JOIN_SIMILARITY = 0.12  # runs of paragraphs whose words overlap this much read as one article
NEAR_BONUS = 0.3  # a head printed next to an article's paragraphs likely belongs to it
HEADS_ABOVE = 0.01  # with nothing else to go by, the article below a head wins (print order)
BESIDE_BONUS = 0.5  # a head printed right beside an article's headline is its kicker
BOX_LABEL_WIDTH = 4  # a box's label over its lead is this wide at most: 核心阅读, 导读
MAX_HEADS = 2  # an article's heads besides its subtitle: kicker and headline (a convention)
GLOBAL_HEADLINES = 1  # 1: headlines assigned for the page as a whole, 0: best pair first

# -- figures and furniture ---------------------------------------------------------------
PHOTO_TITLE_WIDTH = 10  # a photo's title is a few words at most: 麦浪滚滚, 发展庭院养殖
EDGE_LINES = 6  # furniture other than an editors line is among the page's first or last lines
