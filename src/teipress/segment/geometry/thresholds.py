"""Every tunable number of the PDF path in one place, with the evidence for its value.

Sizes are ratios to the body text's size, distances in ems of the text concerned, shares of
a width or of the page. The passes read these at call time (``thresholds.NAME``), so
``bench/lopo_pdf.py`` can try other values and measure, leaving one paper out, whether each
value generalises.

Evidence (``bench/lopo_pdf.py`` on the tunable test page PDFs: ``tests/pdfpages`` dev,
heldout, heldout2 … heldout12, the eighth to sixteenth text sets' PDFs among dev's, both
typesetters, 230 PDFs of 111 papers, on main after session 8's three rounds merged, at
``c17aa98``): each threshold was tried at the values shown, one at a time, the others as
shipped; "folds" says in how many of the 111 leave-one-paper-out folds the value fitted on the
other papers is the shipped one (on a tie the shipped value stays); the last column gives the
all-pages mean at each value tried (the shipped one in bold). All-pages mean 0.996, leave one
paper out 0.996 (session 7: 0.997 / 0.997 over 182 PDFs; the 48 PDFs added since include the
steppe page, still under the page floor). CELL_GAP and VERTICAL_HEAD are new this session, the
first flat over the range tried (the typographic convention its comment gives). No threshold
moved: where folds pick another value (SHORT 1.6, FLUSH_RIGHT 1.5, EDGE_LINES 2) the means tie
to three decimals.

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
| FURNITURE_BAND | .18 | 111/111 | .108:.996 .144:.996 **.18:.996** .225:.996 .288:.996 |
| LABEL_SIZE | .9 | 111/111 | .54:.995 .72:.996 **.9:.996** 1.125:.996 1.44:.996 |
| LABEL_GAP | 2 | 111/111 | 1.2:.996 1.6:.996 **2:.996** 2.5:.996 3.2:.996 |
| RUNNING_LINES | 5 | 111/111 | 3:.996 4:.996 **5:.996** 6:.996 7:.996 |
| LINE_GAP | .9 | 111/111 | .54:.996 .72:.996 **.9:.996** 1.125:.996 1.44:.995 |
| UNDER | .5 | 111/111 | .3:.996 .4:.996 **.5:.996** .625:.996 .8:.996 |
| INDENT_EMS | 2.5 | 111/111 | 1.5:.996 2:.996 **2.5:.996** 3.125:.996 4:.996 |
| MEASURE | 1.25 | 111/111 | .75:.944 1:.985 **1.25:.996** 1.562:.996 2:.996 |
| HANGING | .6 | 111/111 | .36:.996 .48:.996 **.6:.996** .75:.996 .96:.996 |
| ROW_LEVEL | .5 | 111/111 | .3:.996 .4:.996 **.5:.996** .625:.996 .8:.996 |
| RUN_IN | 1.5 | 111/111 | .9:.996 1.2:.996 **1.5:.996** 1.875:.996 2.4:.996 |
| BAR_PADDING | 1 | 111/111 | .6:.996 .8:.996 **1:.996** 1.25:.996 1.6:.996 |
| BAR_WIDTH | 2 | 111/111 | 1.2:.996 1.6:.996 **2:.996** 2.5:.996 3.2:.996 |
| SAME_SIZE | 1.06 | 111/111 | .636:.896 .848:.896 **1.06:.996** 1.325:.989 1.696:.988 |
| HEAD_SIZE | 1.2 | 111/111 | .72:.453 .96:.604 **1.2:.996** 1.5:.992 1.92:.975 |
| SMALL_SIZE | .9 | 111/111 | .54:.959 .72:.959 **.9:.996** 1.125:.912 1.44:.913 |
| MAX_SUBHEAD_LINES | 3 | 111/111 | 1:.995 2:.996 **3:.996** 4:.996 5:.996 |
| LABEL_CHARACTERS | 5 | 111/111 | 3:.988 4:.996 **5:.996** 6:.996 7:.996 |
| GROUP_GAP | 1.2 | 111/111 | .72:.995 .96:.996 **1.2:.996** 1.5:.995 1.92:.993 |
| VERTICAL_HEAD | 3 | 111/111 | 1.8:.996 2.4:.996 **3:.996** 3.75:.996 4.8:.996 |
| CAPTION_GAP | 1.5 | 111/111 | .9:.992 1.2:.996 **1.5:.996** 1.875:.996 2.4:.988 |
| MAX_CAPTION_LINES | 5 | 111/111 | 3:.996 4:.996 **5:.996** 6:.996 7:.996 |
| SERIES_GAP | 2 | 111/111 | 1.2:.995 1.6:.996 **2:.996** 2.5:.996 3.2:.996 |
| SUBHEAD_SHARE | .8 | 111/111 | .48:.996 .64:.996 **.8:.996** 1:.996 1.28:.97 |
| NEIGHBOUR_GAP | 3 | 111/111 | 1.8:.996 2.4:.996 **3:.996** 3.75:.996 4.8:.996 |
| TITLE_GAP | 2 | 111/111 | 1.2:.996 1.6:.996 **2:.996** 2.5:.996 3.2:.996 |
| OVERHANG | .3 | 111/111 | .18:.996 .24:.996 **.3:.996** .375:.996 .48:.996 |
| LEVEL | 2 | 111/111 | 1.2:.996 1.6:.996 **2:.996** 2.5:.996 3.2:.996 |
| UNDERLINE | .8 | 111/111 | .48:.996 .64:.996 **.8:.996** 1:.996 1.28:.996 |
| INDENT | 1.2 | 111/111 | .72:.996 .96:.996 **1.2:.996** 1.5:.996 1.92:.996 |
| SHORT | 1.28 | 1/111 (1.6×109, 2.048×1) | .768:.996 1.024:.996 **1.28:.996** 1.6:.996 2.048:.996 |
| SHORT_UNENDED | 3.125 | 111/111 | 1.875:.996 2.5:.996 **3.125:.996** 3.906:.996 5:.996 |
| FLUSH_RIGHT | 2.5 | 1/111 (1.5×110) | 1.5:.996 2:.996 **2.5:.996** 3.125:.996 4:.996 |
| SIGNED | .95 | 111/111 | .57:.995 .76:.995 **.95:.996** 1.188:.996 1.52:.996 |
| CELL_GAP | 4 | 111/111 | 2.4:.996 3.2:.996 **4:.996** 5:.996 6.4:.996 |
| MAX_WRAPPED | 3 | 111/111 | 1:.996 2:.996 **3:.996** 4:.996 5:.996 |
| EDGE_LINES | 3 | 1/111 (2×110) | 1:.996 2:.996 **3:.996** 4:.996 5:.996 |
| ACROSS | .6 | 111/111 | .36:.996 .48:.996 **.6:.996** .75:.996 .96:.994 |
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
# A head this many times taller than it is wide is set vertically (竖排): a commentary box's
# title beside its text (the tenth held-out set's commentary, typst: one line of 9 characters
# 20 pt wide, 196 pt tall; a horizontal head of two lines is never taller than wide). Not yet
# tried by bench/lopo_pdf.py: the convention it follows, a column of one character a line.
VERTICAL_HEAD = 3.0

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
# Cells of an entry printed side by side (A 点  24°27′30″N, a grid read down its columns)
# stand at most this many ems apart: the widest gap in the heldout11 lists is about three.
CELL_GAP = 4.0
# A byline's bracket closes within this many more lines.
MAX_WRAPPED = 3
# A block of this many lines has full lines: its edges are its column's.
EDGE_LINES = 3

# -- masthead ------------------------------------------------------------------------------
# A rule this share of the page's width long runs across the page: under the folio, over the
# foot line.
ACROSS = 0.6
