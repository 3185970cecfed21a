"""Every tunable number of the PDF path in one place, with the evidence for its value.

Sizes are ratios to the body text's size, distances in ems of the text concerned, shares of
a width or of the page. The passes read these at call time (``thresholds.NAME``), so
``bench/lopo_pdf.py`` can try other values and measure, leaving one paper out, whether each
value generalises.

Evidence (``bench/lopo_pdf.py`` on the tuned test page PDFs: ``tests/pdfpages`` dev, heldout,
heldout2 … heldout9, the eighth to thirteenth text sets' PDFs among dev's, both typesetters,
182 PDFs of 87 papers; a held-out set is never read): each threshold was tried at the values
shown, one at a time, the others as shipped; "folds" says in how many of the 87
leave-one-paper-out folds the value fitted on the other papers is the shipped one (on a tie
the shipped value stays); the last column gives the all-pages mean at each value tried (the
shipped one in bold). All-pages mean 0.989, leave one paper out 0.989 (the 166 PDFs of the
round before 0.9955 before and after this round's rules, scored in-process). BAR_PADDING and
BAR_WIDTH are new and flat over the range tried (but BAR_WIDTH 1.2, lower): their values the
typographic conventions their comments give; no threshold moved. The all-pages mean is lower
than the last round's 0.993 for the new pages (heldout9 and the thirteenth set's PDFs), whose
losses left are other rounds' (policy quotations, lists, two bylines, a folio). SIGNED keeps
its value in every fold; 86 and 87 folds still pick SHORT 2.048 and SHORT_UNENDED 5 by a gain
the table's three decimals do not show.

Where the mean moves, the test pages bear the value out: the size ratios (HEAD_SIZE,
SAME_SIZE, SMALL_SIZE), the measure (MEASURE), how close heads stack (GROUP_GAP) and what a
subhead is (SUBHEAD_SHARE) have the shipped value on a peak every fold keeps. Where it is
flat over the whole range tried, the test pages do not decide it and the value is the
typographic convention its comment gives (bands, gaps, indents): it depends on no paper, and
the held-out sets are the test of it. SHORT and SHORT_UNENDED were raised this round (from
.8 and 2.5) to the values 38 of 39 folds picked the round before: the 16 PDFs first read
since (heldout4, the eighth set's) lose nothing by them, two pages gain (a notice's signature
set in by an em, a results list). SHORT still creeps: 46 folds pick 2.048, for a list's
lines (which the page model cannot hold yet) on two pages, the all-pages mean flat from 1.28
up; the smallest value on the plateau is kept (78 of 79 folds pick 2.048 now, for the same
pages).

| threshold | value | folds picking it | all-pages mean at each value tried |
| --- | --- | --- | --- |
| FURNITURE_BAND | .18 | 87/87 | .108:.989 .144:.989 **.18:.989** .225:.989 .288:.989 |
| LABEL_SIZE | .9 | 87/87 | .54:.987 .72:.989 **.9:.989** 1.125:.989 1.44:.989 |
| LABEL_GAP | 2 | 87/87 | 1.2:.989 1.6:.989 **2:.989** 2.5:.989 3.2:.989 |
| RUNNING_LINES | 5 | 87/87 | 3:.989 4:.989 **5:.989** 6:.989 7:.989 |
| LINE_GAP | .9 | 87/87 | .54:.989 .72:.989 **.9:.989** 1.125:.989 1.44:.988 |
| UNDER | .5 | 87/87 | .3:.989 .4:.989 **.5:.989** .625:.989 .8:.989 |
| INDENT_EMS | 2.5 | 87/87 | 1.5:.989 2:.989 **2.5:.989** 3.125:.989 4:.989 |
| MEASURE | 1.25 | 87/87 | .75:.94 1:.976 **1.25:.989** 1.562:.989 2:.989 |
| HANGING | .6 | 87/87 | .36:.989 .48:.989 **.6:.989** .75:.989 .96:.989 |
| ROW_LEVEL | .5 | 87/87 | .3:.989 .4:.989 **.5:.989** .625:.989 .8:.989 |
| RUN_IN | 1.5 | 87/87 | .9:.989 1.2:.989 **1.5:.989** 1.875:.989 2.4:.989 |
| BAR_PADDING | 1 | 87/87 | .6:.989 .8:.989 **1:.989** 1.25:.989 1.6:.989 |
| BAR_WIDTH | 2 | 87/87 | 1.2:.988 1.6:.989 **2:.989** 2.5:.989 3.2:.989 |
| SAME_SIZE | 1.06 | 87/87 | .636:.889 .848:.889 **1.06:.989** 1.325:.98 1.696:.979 |
| HEAD_SIZE | 1.2 | 87/87 | .72:.463 .96:.612 **1.2:.989** 1.5:.985 1.92:.969 |
| SMALL_SIZE | .9 | 87/87 | .54:.947 .72:.947 **.9:.989** 1.125:.905 1.44:.905 |
| MAX_SUBHEAD_LINES | 3 | 87/87 | 1:.987 2:.989 **3:.989** 4:.989 5:.989 |
| LABEL_CHARACTERS | 5 | 87/87 | 3:.98 4:.988 **5:.989** 6:.989 7:.989 |
| GROUP_GAP | 1.2 | 87/87 | .72:.988 .96:.989 **1.2:.989** 1.5:.988 1.92:.986 |
| CAPTION_GAP | 1.5 | 87/87 | .9:.983 1.2:.989 **1.5:.989** 1.875:.988 2.4:.981 |
| MAX_CAPTION_LINES | 5 | 87/87 | 3:.989 4:.989 **5:.989** 6:.989 7:.989 |
| SERIES_GAP | 2 | 87/87 | 1.2:.987 1.6:.988 **2:.989** 2.5:.989 3.2:.989 |
| SUBHEAD_SHARE | .8 | 87/87 | .48:.989 .64:.989 **.8:.989** 1:.989 1.28:.965 |
| NEIGHBOUR_GAP | 3 | 87/87 | 1.8:.988 2.4:.989 **3:.989** 3.75:.988 4.8:.988 |
| TITLE_GAP | 2 | 87/87 | 1.2:.989 1.6:.989 **2:.989** 2.5:.989 3.2:.989 |
| OVERHANG | .3 | 87/87 | .18:.989 .24:.989 **.3:.989** .375:.989 .48:.989 |
| LEVEL | 2 | 87/87 | 1.2:.989 1.6:.989 **2:.989** 2.5:.989 3.2:.989 |
| UNDERLINE | .8 | 87/87 | .48:.989 .64:.989 **.8:.989** 1:.989 1.28:.989 |
| INDENT | 1.2 | 87/87 | .72:.989 .96:.989 **1.2:.989** 1.5:.989 1.92:.988 |
| SHORT | 1.28 | 0/87 (2.048×86, 1.6×1) | .768:.989 1.024:.989 **1.28:.989** 1.6:.989 2.048:.989 |
| SHORT_UNENDED | 3.125 | 0/87 (5×87) | 1.875:.989 2.5:.989 **3.125:.989** 3.906:.989 5:.989 |
| FLUSH_RIGHT | 2.5 | 87/87 | 1.5:.989 2:.989 **2.5:.989** 3.125:.989 4:.989 |
| SIGNED | .95 | 87/87 | .57:.989 .76:.989 **.95:.989** 1.188:.989 1.52:.989 |
| MAX_WRAPPED | 3 | 87/87 | 1:.988 2:.989 **3:.989** 4:.989 5:.989 |
| EDGE_LINES | 3 | 87/87 | 1:.988 2:.988 **3:.989** 4:.989 5:.989 |
| ACROSS | .6 | 87/87 | .36:.989 .48:.989 **.6:.989** .75:.989 .96:.985 |

Rerun ``bench/lopo_pdf.py`` after a rule changes and update this table from what it prints.
"""

from __future__ import annotations

# -- the page (segment.geometry) -----------------------------------------------------------
# The head and foot bands of a page, where its furniture is printed: this share of its height
# (a front page's masthead with its date and issue lines runs to a sixth of the page).
FURNITURE_BAND = 0.18
# A label over a photo's title is set smaller than the title.
LABEL_SIZE = 0.9
# A column's label stands within this many ems (of its size) over the briefs it labels.
LABEL_GAP = 2.0
# A block of this many lines is running text (captions and heads run to fewer).
RUNNING_LINES = 5

# -- blocks --------------------------------------------------------------------------------
# Lines of one block are this close: body leading is 1.2–1.8 em, so the white between two
# lines stays under an em; a paragraph gap or a head's margin is wider.
LINE_GAP = 0.9
# A line belongs under another when they share this much of the narrower one's width.
UNDER = 0.5
# A line starting within this many ems of the one above is in its column (an indent is two).
INDENT_EMS = 2.5
# Full lines of one measure differ by no more than this ratio (an indent, a hanging mark).
MEASURE = 1.25
HANGING = 0.6
# Lines opening a row of columns stand level within this many ems (a wrapped subhead's
# first line sits a little lower than the text beside it; a line's pitch is over an em).
ROW_LEVEL = 0.5
# A head run in before its text is parted from it by a space of about an em at most.
RUN_IN = 1.5
# A frame round a head's few lines, padded by less than this many of its lines' height, is
# a bar they are printed on (a kicker or subhead reversed out of a tint), not a box holding
# an article.
BAR_PADDING = 1.0
# A bar this many times as wide as its words runs across a column: a box's label bar.
BAR_WIDTH = 2.0
# Sizes within this ratio are one size (a face's rounding, a bold variant).
SAME_SIZE = 1.06

# -- roles ---------------------------------------------------------------------------------
# Headlines are set at least a fifth larger than body text (body 9–12 pt, heads 14–40 pt).
HEAD_SIZE = 1.2
# Captions, notes and furniture are set smaller than body text.
SMALL_SIZE = 0.9
# A bold head at body size has at most this many lines (a subhead, a photo title).
MAX_SUBHEAD_LINES = 3
# A label is a word or two (核心阅读, 编者按).
LABEL_CHARACTERS = 5
# Heads of one group stand this close (in ems of the larger): kicker, headline, subtitle.
GROUP_GAP = 1.2

# -- photos --------------------------------------------------------------------------------
# A caption starts within this many ems under (or beside) its picture.
CAPTION_GAP = 1.5
# A caption in the body's size runs to a few lines.
MAX_CAPTION_LINES = 5
# Pictures of one series stand within this many ems of each other.
SERIES_GAP = 2.0

# -- regions -------------------------------------------------------------------------------
# A head smaller than this share of the headline above it is a subhead of that article.
SUBHEAD_SHARE = 0.8
# An article's text goes on under or beside its last block within this many ems.
NEIGHBOUR_GAP = 3.0
# A picture's title stands within this many ems over it.
TITLE_GAP = 2.0
# A head's box may reach this share of its size into the text under it (its descent).
OVERHANG = 0.3
# A column starts within this many ems (of the head) under the foot of heads beside it.
LEVEL = 2.0
# A rule this close under a head (in ems of the head) underlines it; it separates nothing.
UNDERLINE = 0.8

# -- paragraphs ----------------------------------------------------------------------------
# A first line set in by this many ems is indented (the custom is two).
INDENT = 1.2
# A line ending this many ems before its column's edge is a paragraph's last line (a line
# set flush right may stop this short of the edge: a signature set in by an em).
SHORT = 1.28
SHORT_UNENDED = 3.125
# A line set flush right starts this many ems in from its column's edge at least (an
# indent is two).
FLUSH_RIGHT = 2.5
# A closing line set smaller than this share of the text's size is set apart from it.
SIGNED = 0.95
# A byline's bracket closes within this many more lines.
MAX_WRAPPED = 3
# A block of this many lines has full lines: its edges are its column's.
EDGE_LINES = 3

# -- masthead ------------------------------------------------------------------------------
# A rule this share of the page's width long runs across the page: under the folio, over the
# foot line.
ACROSS = 0.6
