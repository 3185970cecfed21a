"""Every tunable number of the PDF path in one place, with the evidence for its value.

Sizes are ratios to the body text's size, distances in ems of the text concerned, shares of
a width or of the page. The passes read these at call time (``thresholds.NAME``), so
``bench/lopo_pdf.py`` can try other values and measure, leaving one paper out, whether each
value generalises.

Evidence (``bench/lopo_pdf.py`` on the tuned test page PDFs: ``tests/pdfpages`` dev, heldout,
heldout2 … heldout7, the eighth to eleventh text sets' PDFs among dev's, both typesetters, 150
PDFs of 71 papers; a held-out set is never read): each threshold was tried at the values
shown, one at a time, the others as shipped; "folds" says in how many of the 71
leave-one-paper-out folds the value fitted on the other papers is the shipped one (on a tie
the shipped value stays); the last column gives the all-pages mean at each value tried (the
shipped one in bold). All-pages mean 0.998, leave one paper out 0.998 (0.990 and 0.990 over
the same PDFs before the round that first read heldout7 and the eleventh set's PDFs: its
rules are new conditions in the passes, no threshold moved). 70 folds now pick SHORT_UNENDED 5
and SIGNED 1.188 by a gain the table's three decimals do not show; they were not moved in that
round (no time left to find the page that gains and check it), the next round should.

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
up; the smallest value on the plateau is kept (70 of 71 folds pick 2.048 now, for the same
pages).

| threshold | value | folds picking it | all-pages mean at each value tried |
| --- | --- | --- | --- |
| FURNITURE_BAND | .18 | 71/71 | .108:.998 .144:.998 **.18:.998** .225:.998 .288:.998 |
| LABEL_SIZE | .9 | 71/71 | .54:.996 .72:.998 **.9:.998** 1.125:.998 1.44:.998 |
| LABEL_GAP | 2 | 71/71 | 1.2:.998 1.6:.998 **2:.998** 2.5:.998 3.2:.998 |
| RUNNING_LINES | 5 | 71/71 | 3:.998 4:.998 **5:.998** 6:.998 7:.998 |
| LINE_GAP | .9 | 71/71 | .54:.998 .72:.998 **.9:.998** 1.125:.998 1.44:.997 |
| UNDER | .5 | 71/71 | .3:.998 .4:.998 **.5:.998** .625:.998 .8:.998 |
| INDENT_EMS | 2.5 | 71/71 | 1.5:.998 2:.998 **2.5:.998** 3.125:.998 4:.998 |
| MEASURE | 1.25 | 71/71 | .75:.945 1:.985 **1.25:.998** 1.562:.998 2:.998 |
| HANGING | .6 | 71/71 | .36:.998 .48:.998 **.6:.998** .75:.998 .96:.998 |
| SAME_SIZE | 1.06 | 71/71 | .636:.899 .848:.899 **1.06:.998** 1.325:.99 1.696:.988 |
| HEAD_SIZE | 1.2 | 71/71 | .72:.471 .96:.62 **1.2:.998** 1.5:.995 1.92:.979 |
| SMALL_SIZE | .9 | 71/71 | .54:.956 .72:.956 **.9:.998** 1.125:.914 1.44:.914 |
| MAX_SUBHEAD_LINES | 3 | 71/71 | 1:.997 2:.998 **3:.998** 4:.998 5:.998 |
| LABEL_CHARACTERS | 5 | 71/71 | 3:.992 4:.998 **5:.998** 6:.998 7:.998 |
| GROUP_GAP | 1.2 | 71/71 | .72:.997 .96:.998 **1.2:.998** 1.5:.997 1.92:.994 |
| CAPTION_GAP | 1.5 | 71/71 | .9:.995 1.2:.998 **1.5:.998** 1.875:.998 2.4:.99 |
| MAX_CAPTION_LINES | 5 | 71/71 | 3:.998 4:.998 **5:.998** 6:.998 7:.998 |
| SERIES_GAP | 2 | 71/71 | 1.2:.996 1.6:.997 **2:.998** 2.5:.998 3.2:.998 |
| SUBHEAD_SHARE | .8 | 71/71 | .48:.998 .64:.998 **.8:.998** 1:.998 1.28:.977 |
| NEIGHBOUR_GAP | 3 | 71/71 | 1.8:.998 2.4:.998 **3:.998** 3.75:.998 4.8:.998 |
| TITLE_GAP | 2 | 71/71 | 1.2:.998 1.6:.998 **2:.998** 2.5:.998 3.2:.998 |
| OVERHANG | .3 | 71/71 | .18:.998 .24:.998 **.3:.998** .375:.998 .48:.998 |
| LEVEL | 2 | 71/71 | 1.2:.998 1.6:.998 **2:.998** 2.5:.998 3.2:.998 |
| UNDERLINE | .8 | 71/71 | .48:.998 .64:.998 **.8:.998** 1:.998 1.28:.998 |
| INDENT | 1.2 | 71/71 | .72:.998 .96:.998 **1.2:.998** 1.5:.998 1.92:.997 |
| SHORT | 1.28 | 0/71 (2.048×70, 1.6×1) | .768:.998 1.024:.998 **1.28:.998** 1.6:.998 2.048:.998 |
| SHORT_UNENDED | 3.125 | 1/71 (5×70) | 1.875:.998 2.5:.998 **3.125:.998** 3.906:.998 5:.998 |
| FLUSH_RIGHT | 2.5 | 71/71 | 1.5:.998 2:.998 **2.5:.998** 3.125:.998 4:.998 |
| SIGNED | .95 | 1/71 (1.188×70) | .57:.998 .76:.998 **.95:.998** 1.188:.998 1.52:.998 |
| MAX_WRAPPED | 3 | 71/71 | 1:.998 2:.998 **3:.998** 4:.998 5:.998 |
| EDGE_LINES | 3 | 71/71 | 1:.998 2:.998 **3:.998** 4:.998 5:.998 |
| ACROSS | .6 | 71/71 | .36:.998 .48:.998 **.6:.998** .75:.998 .96:.995 |

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
