"""Patterns of Chinese newspaper layout: furniture, bylines, credits, datelines, names.

These describe how papers print things (role words, brackets, 摄), never any page's words.
"""

from __future__ import annotations

import re

# The marks that open a brief's head (■江州马拉松报名人数创新高), stacked under a column's label:
# one list, the glyph reader's (it parts a run-in head from its text at them), the lowest layer.
from teipress.decode.glyphs import BRIEF_MARKS as BRIEF_MARKS
from teipress.lexicon import (
    ABBREVIATION_TAG,
    NOT_IN_GIVEN_NAME,
    byline_surnames,
    mongolian_name_parts,
    surnames,
    word_freq,
    word_tag,
)

# A person's name as printed in a byline: 2–4 CJK characters, two-character names
# sometimes padded with spaces to the width of three (颜  珂).
NAME = r"[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3})"
_NAME_RE = re.compile(NAME)
# A transliterated name (Uyghur, Kazakh, Tibetan, foreign) printed in parts joined by the
# middle dot: 热娜·阿不都, 约翰·史密斯; a part runs to six characters, as the names finder
# reads them (阿布都热依木: encode.name_parts.DOTTED_PART_MAX). A bracketed series tag is
# shaped the same way (（法治护航·基层治理观察））, so a bracket holding one is a byline only
# after a role word.
TRANSLITERATED_NAME = r"[\u4e00-\u9fff]{1,6}(?:·[\u4e00-\u9fff]{1,6})+"
_TRANSLITERATED_RE = re.compile(TRANSLITERATED_NAME)
_PERSON_NAME = rf"(?:{TRANSLITERATED_NAME}|{NAME})"

# Who wrote or photographed: 本报记者, 新华社记者, 河北日报记者, 青年报·青年网记者 (a paper
# and its website), 实习生, 文/图 …; a rank before 记者 or 通讯员 as papers print it (首席,
# 见习 …; 学生: a campus paper's student reporters, as a children's page prints 小记者)
_OUTLET = (
    r"(?:本报|新华社|中新社"
    r"|[\u4e00-\u9fff]{0,6}(?:日报|晚报|都市报|时报|商报|晨报|早报|青年报|报社|电视台|网)"
    r"(?:·[\u4e00-\u9fff]{0,6}(?:网|客户端|新闻|电视台))?)"  # a paper with its site: 青年报·青年网
)
# Any paper's name before its reporter's or commentator's role: papers' names end in 报
# (证券导报记者, 农民周报评论员), beyond the endings _OUTLET lists for datelines; never
# 本报, whose name before it is a name run on (某某本报通讯员 某某).
_PAPER = r"[\u4e00-\u9fff]{2,6}(?<!本)报"
REPORTER_ROLES = (
    # a correspondent abroad or in another city: 本报驻德国记者; a campus paper's 学生记者
    rf"(?:{_OUTLET}|{_PAPER})?(?:驻[\u4e00-\u9fff]{{1,6}}?)?(?:首席|特约|见习|实习|学生|全媒体|融媒体|摄影)?(?:记者|通讯员)|"
    "首席记者|特约记者|见习记者|实习记者|全媒体记者|融媒体记者|摄影记者|小记者|记者|通讯员|实习生|"
    # a paper's commentator signing with a name (本报评论员 某某)
    rf"(?:{_OUTLET}|{_PAPER})?(?:特约|首席)?评论员|"
    "特约撰稿人?|撰稿|文／图|文/图|图／文|图/文|文图|图文|摄影|指导老师|指导教师|"
    # a pupil's school and class before the name, as a children's page prints a composition:
    # 松城实验小学五年级（3）班 某某, 育才中学初一（5）班 某某
    r"[\u4e00-\u9fff]{2,12}(?:小学|中学|学校)(?:[一二三四五六]年级|初[一二三]|高[一二三])"
    r"(?:[（(]\d{1,2}[)）]班)?"
)
_ROLE = rf"(?:{REPORTER_ROLES})"
_MARK = r"(?:[■□●◆◇▲△★☆▌▍│|]\s*)?"
_PLAIN_NAMES = rf"{NAME}(?:\s*[、，,\s]\s*{NAME})*"
_NAMES = rf"{_PERSON_NAME}(?:\s*[、，,\s]\s*{_PERSON_NAME})*"

_WORK = r"(?:[文图]\s*[/／]\s*)?"  # 文/本报记者 某某  图/本报记者 某某
_WORK_AFTER = r"(?:[文图]\s*[/／]\s*[文图])?"  # the work named after the name: 某某 文/图
# the writer's work after the name, then the photographer's: 本报记者 某某 文  某某 摄
_TEXT_AND_PHOTOS = rf"(?:\s+文\s+(?:{_ROLE})?\s*{_NAMES}\s*摄(?:影)?)?"
# An essay's or a feature's writer named after 文/ with no role, as supplements sign (文/某某).
_WRITER = r"文\s*[/／]\s*"
LEADING_BYLINE = re.compile(
    rf"^{_MARK}(?:(?:{_WORK}{_ROLE}\s*[:：/／]?|{_WRITER})\s*{_NAMES}{_TEXT_AND_PHOTOS}"
    rf"\s*{_WORK_AFTER}\s*)+$"
)
_MORE_REPORTERS = rf"(?:\s+(?:{_ROLE})\s*[:：]?\s*{_NAMES})*"  # … 通讯员 某某
# an essay's author line (（作者：某某，系某大学教授）), or a commentary's expert signing it
# after the posts (（点评专家：某大学某学院教授 某某）, 点评人：…)
_AUTHOR = r"(?:作者|点评专家|点评人)\s*[:：][^（()）]{2,80}"
# An expert's answer closing a readers' question: （松城植物园高级工程师 某某 解答）.
_ANSWERER = rf"[^（()）\s]{{2,20}}\s+(?P<answerer>{NAME})\s*(?:解答|答疑)"
_ANSWER_LINE = re.compile(rf"^[（(]\s*{_ANSWERER}\s*[)）]$")
# A reprint's source and its writers, as a digest paper closes what it reprints: （摘自《江南
# 都市报》3月18日 文/某某 某某）, （摘自《…》2026年第5期 作者：某某）, （摘自《…》 记者 某某）.
_REPRINT_WRITERS = (rf"(?:摘编|摘|转载|选|编)自[^（()）]{{1,30}}?"
                    rf"(?:[文图]\s*[/／]|作者\s*[:：]|(?:{_ROLE})\s*[:：]?)\s*{_NAMES}")
# A reader's letter signed with where the reader lives: （历下区读者 某某）, （读者 某某）.
_READER = rf"[\u4e00-\u9fff]{{0,10}}?读者\s*{_NAMES}"
TRAILING_BYLINE = re.compile(  # its own line: (路静), （记者 某某 通讯员 某某）, （作者：…）
    rf"^[（(]\s*(?:(?:(?:{_ROLE})\s*[:：]?\s*{_NAMES}|{_PLAIN_NAMES}){_MORE_REPORTERS}|{_AUTHOR}"
    rf"|{_ANSWERER}|{_REPRINT_WRITERS}|{_READER})"
    r"\s*[)）]$"
)
# A paper signing its own notice under the text, on a line of its own (椰岭县报社), or the
# paper's department that runs it (鉴湖日报社发行部: a subscription notice's): the notice's
# closer, naming no one (its editorial board, 本报编辑部, is COMMENTATOR's).
PAPER_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{2,10}报社(?:发行部|广告部|办公室|总编室)?$")
# A writer's signature after a dash, on a line of its own, as a column of readers' messages or
# sayings signs each item: where the writer lives or works (a county, a district, a post, 本报记者),
# a space, the name (——西吉县 某某); or the name alone (——某某), which only the line's place in
# the layout tells from a subtitle's ——记某某. The dash is the 破折号 as printed (——) or as an
# extractor gives its one glyph (—); the name is a byline's (NAME: a two-character name padded
# to the width of three, 颜  珂) or a transliterated one.
DASH_SIGNATURE = re.compile(
    rf"^——?\s*(?:(?P<place>[\u4e00-\u9fff]{{2,12}})\s+)?(?P<name>{TRANSLITERATED_NAME}|{NAME})$")
# A byline naming no one: the paper's commentator or editorial board (本报评论员).
COMMENTATOR = re.compile(rf"^{_OUTLET}?(?:特约|首席)?(?:评论员|编辑部|评论部)$")
# The label over a commentator's editorial (本报评论员文章, 特约评论员文章): the genre it is, a
# kicker over the headline, no role and name (文章 is no writer).
COMMENTARY_LABEL = re.compile(rf"^{_OUTLET}?(?:特约|首席)?评论员文章$")
# An entry of a front page's index (今日导读, 本期导读): a story's title, a space, and the page
# it is on (县人大常委会开展食品安全法执法检查  详见第2版): text, though it ends no sentence.
INDEX_ENTRY = re.compile(r"^\S.{3,40}?\s+(?:详见|见)\s*第?\s*[A-Z]?\d{1,3}\s*版$")
# A jump line: the article goes on, or comes from, another page: （下转A05版） （上接第1版）.
JUMP = re.compile(r"[（(]\s*(?:上接|下转|接|转)\s*第?\s*[A-Z]?\d{1,3}\s*版\s*[)）]")
# An article's end note: wire copy's （完）, a series' （本系列评论到此结束）, a reprint's source
# （摘编自《浙江日报》） （来源：…）, a body's supplied copy （市消费者协会供稿, 供稿：某某）, a
# forecast's or a notice's issuer （市气象台发布）, a column's note （本栏目稿件由…协办） or an
# author's （作者单位：…）, printed after the last sentence or on a line of its own.
END_MARK = re.compile(
    r"[（(]\s*(?:完|全文完|未完待续|待续|本系列[^（()）]{0,16}|本文[^（()）]{0,24}"
    # a column's note (本栏目稿件由…协办, 本版稿件…) and an author's note (作者单位：…)
    r"|本(?:栏目?|专栏|版|期|组)[^（()）]{1,24}|作者单位\s*[:：][^（()）]{2,40}"
    r"|本报综合[^（()）]{0,12}"  # a report the paper compiled from others' (本报综合)
    # a brief reprinted from another paper or an agency's wire: （据《陕西日报》报道）,
    # （据新华社电）
    r"|据\s*《[^（()）《》]{1,20}》[^（()）]{0,8}|据(?:新华社|中新社|央视|人民网)[^（()）]{0,8}"
    r"|(?:摘编|摘|转载|转|选|编)自[^（()）]{1,30}|原载[^（()）]{1,30}|(?:数据|资料|信息)?来源\s*[:：][^（()）]{1,30}"
    r"|[^（()）\s]{2,20}供稿|供稿\s*[:：][^（()）]{1,20}|[^（()）\s\d]{2,20}发布)"
    r"\s*[)）]$"
)
# A QR code's prompt printed beside the text it belongs to, pointing to a video or more online
# (扫描二维码  观看…, 扫码收看…, 扫一扫  了解更多): the verbs papers print under a code.
QR_PROMPT = re.compile(r"^(?:扫描(?:上方|下方|右侧|左侧)?二维码|扫码|扫一扫)\s*"
                       r"(?:即可|可)?\s*(?:观看|收看|收听|阅读|了解|查看|参与|下载)[^。！？]{0,20}$")
# A social media handle and its colon opening a reader's comment, as a paper's 网友热议 or
# 网友留言 box prints each comment (@锡林河畔的风：…): no head or article's text opens so.
HANDLE = re.compile(r"^@[^\s：:]{1,20}[：:]")
# A letter's salutation run into its first sentence, as a reader's letter to the paper opens
# (编辑同志：我家住在…, 尊敬的市长：…): the letter's text, no head, though a label's form.
SALUTATION = re.compile(r"^(?:(?:尊敬|亲爱)的[^\s：:，。]{1,12}|编辑部?(?:同志|老师)?"
                        r"|记者(?:同志|老师)?)[：:]\s*\S")
# A timeline's entry (大事记): its date, a space (full-width as papers set it), then what
# happened (1958年10月　某厂建成投产。, 2023年　…): the entry's text, never a head of two
# phrases, however short its first line. (A folio's date runs on to its weekday: 星期三.)
TIMELINE_ENTRY = re.compile(
    r"^\d{4}\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)?[ \u3000]+"
    r"(?!星期|周[一二三四五六日天]|农历)[\u4e00-\u9fff“]")
# The heads of the notices a paper prints as items of their own, alone or after what the notice
# is about (更正, 征稿启事, 郑重声明, 警方提示): the kinds of notice Chinese papers print
# (corrections, errata, announcements, statements, obituaries, apologies, the authorities'
# advisories), from the genre's names, not any page.
# (what the notice is about may be quoted: “椰风”副刊征稿启事). Whole on its line over a
# headline, it is the notice's label (公告 / 人事任免).
NOTICE_HEAD = re.compile(
    r"[\u4e00-\u9fff“”《》]{0,12}(?:更正|勘误|启事|声明|公告|通告|讣告|致歉|提示)")
# The heads of the boxes a paper sets beside a report, each a piece of its own however much it
# shares the report's words, never a column's label: a timeline (…大事记), a glossary
# (名词解释), a link to what came before (相关链接, 新闻链接, 知识链接), background (背景资料)
# and a profile of the person the report is by or about (专家简介, 人物简介, 作者简介): the
# genres' names, not any page's.
BOX_HEAD = re.compile(
    r"[\u4e00-\u9fff“”《》]{0,12}大事记|名词解释|(?:相关|新闻|知识|背景)链接|背景资料"
    r"|[\u4e00-\u9fff]{2}简介")
# A notice's contact detail (监督电话：0931-…, 通信地址：…, 举报邮箱：…, 联系人：某某): how to reach
# the issuer, its field named by the kinds of contact notices print (or whom to ask), or when
# (出诊时间：…, 开放时间：…: the hours a clinic, an office or a venue keeps, a qualifier before
# 时间); on a line of its own, a paragraph of the notice's text though it ends no sentence
# (two fields on the line, the notice's end note: segment/lists.py), never a head.
CONTACT_LABEL = (r"(?:[\u4e00-\u9fff]{0,4}(?:电话|热线|传真|邮箱|信箱|地址|邮编|网址)|联系人"
                 r"|[\u4e00-\u9fff]{2}时间)\s*[:：]")
CONTACT_LINE = re.compile(rf"^{CONTACT_LABEL}\s*\S")
# A box's answers under a label and a colon, numbered one after another on the line (谜底：1．告
# 2．重…, 答案：1.B 2.C…), as a riddle or quiz box prints its key: a key, never a head (a
# head's label ends on its colon or runs into a phrase, never into numbered entries).
ANSWER_KEY = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,4})[：:]\s*1\s*[．.、].*?\s2\s*[．.、]")
# Who decided what a notice of appointments or a decision lists under it, the sentence it
# opens with as official documents word it (经公司党委研究决定：, 经研究，决定：): a paragraph
# of its own that closes though it ends on a colon, never a head (a head's label ends on a
# noun: 记者手记：).
DECIDED = re.compile(r"经[^，。：:；]{0,24}研究[，,]?决定[：:]")
# A quotation closed and signed after a dash, as a column of quotations prints each saying
# (“…还给运动和阅读。”——江州市第一中学校长 某某): the speaker closes the paragraph.
SIGNED_QUOTATION = re.compile(r"[。！？!?…]”\s*——[^“”。，；！？]{1,30}$")
# A note on the author closing a commentary on a line of its own, maybe wrapped: （作者系…）,
# （作者为…）, （作者：…）: a trailing byline naming the author's post (both paths read it).
_AUTHOR_NOTE = r"[（(]\s*作者\s*(?:系|为|[:：])[^（）()]{2,40}[）)]$"
AUTHOR_NOTE = re.compile(rf"^{_AUTHOR_NOTE}")
# the same note run on after the commentary's last sentence, where no blank line parts them
RUN_ON_AUTHOR_NOTE = re.compile(_AUTHOR_NOTE)
RUN_ON_BYLINE = re.compile(  # after a paragraph's last sentence: a role word is needed there
    rf"[（(]\s*(?:(?:{_ROLE})\s*[:：]?\s*{_NAMES}{_MORE_REPORTERS}|{_AUTHOR})\s*[)）]$"
)
# A credit shared by the photos above it: 以上图片均为本报记者 某某 摄, 本版图片由 … 摄 (or
# … 提供).
_SHARED = r"(?:(?:以上|上述|本版|本组|组)?图片?(?:均|皆)?(?:为|系|由)\s*)?"
CREDIT = re.compile(
    rf"{_SHARED}(?:(?:新华社|中新社|人民网|本报)发?\s*)?(?:[（(]\s*{_SHARED}(?:(?:{_ROLE}|新华社发|新华社)\s*)?{_NAMES}\s*[/／]?\s*摄(?:影)?\s*[)）]"
    rf"|(?:{_ROLE}|摄影)\s*[:：]?\s*{_NAMES}\s*[/／]?\s*摄(?:影)?(?:报道)?"
    rf"|(?<![\u4e00-\u9fff]){_NAMES}\s*[/／]\s*摄(?:影)?"
    # the photographer's name alone, a space, then 摄, on a line of its own (某某 摄): no
    # sentence ends on 摄 set a space apart
    rf"|^{_NAMES}[ \u3000]+摄(?:影)?$"
    # … or run on a space after the caption's last sentence (…跳竹竿舞。 某某 摄)
    rf"|(?<=[。！？!?”][ \u3000]){_NAMES}[ \u3000]+摄(?:影)?$"
    rf"|(?:摄影|制图)\s*[:：]\s*{_NAMES}|^图\s*[/／]\s*{_NAMES}"
    rf"|[（(](?:(?:本报)?资料图片|网络图片|视频截图|图片由[^（()）]{{1,12}}提供|[^（()）]{{1,8}}供图)[)）]"
    rf"|[（(]?新华社发[)）]?"
    # an agency's photo with its photographer unbracketed after it: 新华社发 某某 摄
    rf"|(?<=新华社发|中新社发)\s*{_NAMES}\s*摄(?:影)?"
    # the page's photos credited to a body, on a line of their own: 本版图片由…提供
    rf"|^(?:以上|上述|本版|本组)图片(?:均|皆)?由[^（()）\s]{{2,16}}提供)$"
)
# A Mongol name after a role word, closing a byline's bracket: no surname, two elements of
# the names list (（通讯员 乌云其其格）), maybe longer than a Han name; two Han names run
# together where the bracket wrapped between them (许嘉禾 / 周岩) are none.
_MONGOL_PART = "|".join(sorted(mongolian_name_parts(), key=len, reverse=True))
_LONG_NAME = rf"(?:{_MONGOL_PART})(?:{_MONGOL_PART})(?=\s*[)）])"
# 新华社北京3月5日电 / 本报北京2月28日电 / 本报讯 / 中新网上海1月2日电, then (记者 某某).
DATELINE = re.compile(
    rf"^(?P<dateline>(?:据?{_OUTLET}|中新网|人民网|新华网|央视网)"
    # 本报讯, a wire's copy without place or date (据中新社电 …), or with them
    # (本报综合消息: a report the paper compiled, its dateline naming no place)
    r"(?:讯|综合消息|电(?=\s)|[\u4e00-\u9fff]{0,12}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]))"
    # (each further role may follow the name before it with no space: the bracket wrapped
    # there, （通讯员 某某 / 记者 某某） joined as one text; the last may be a Mongol name)
    rf"(?P<byline>\s*[（(]\s*(?:(?:{_ROLE})\s*{_LONG_NAME}|(?:{_ROLE})?\s*{_NAMES}"
    rf"(?:\s*(?:{_ROLE})\s*(?:{_LONG_NAME}|{_NAMES}))*)\s*[)）]"
    # or unbracketed, each name after its role, a space before the text: 本报讯 记者 某某 …
    rf"|\s+(?:{_ROLE})\s*{_PERSON_NAME}(?:\s*(?:{_ROLE})\s*{_PERSON_NAME})*(?=\s))?"
)
# A question under the 问 label of a 问答 column (``问：时间紧，可以预约办理吗？``), answered
# by the ``答：`` paragraph under it: the column's subhead, commas and all, however wide it
# is set; one question, no sentence closed before its mark. A column numbering its questions
# instead (``1.在外地发生交通事故，该怎么报案？`` over ``答：…``) sets them the same way. An
# interview's questions are labelled by who asks (记者：), not 问.
ASKED_QUESTION = re.compile(r"^(?:问\s*[:：]|\d{1,2}\s*[.．、])[^。！!？?…；;]{2,40}[？?]$")
# A numbered point's number opening its line (1.…, 2、…: a notice's tips, a box's points; a
# decimal, 1.5万, is no number of a point), its figure the group: the text path reads such
# points as paragraphs under a colon (paragraph_ends), the PDF path a box's as a list.
POINT_NUMBER = r"(\d{1,2})[.．、](?!\d)"
# Numbered or marked subheads (小标题): 一、 （二） 3. ■ ●, or a label in lenticular brackets
# on a line of its own (【基本案情】, 【产业兴村】: a case's or a report's parts).
SUBHEAD_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]|[■□●◆◇▲△★☆]\s*\S"
    r"|【[\u4e00-\u9fff]{2,8}】$)"
)
# A tag in lenticular brackets on a line of its own: a part's label (【基本案情】) or a series
# tag over a headline (【文旅新场景】, 【“十五五”开局之年·交通在行动】).
BOX_TAG = re.compile(r"【[^【】\s]{2,24}】")
# A box's label run into its lead, closed by a colon: 编者按：… (the labels editors set over a
# lead or note: 编者按, 编后(语), 核心提示, 核心阅读, 内容提要, 导读; as the PDF path reads them).
OPENING_LABEL = re.compile(r"^(?:编者按|编后语?|核心提示|核心阅读|内容提要|导读)\s*[:：]")
SOURCE_NOTE = re.compile(r"^(?:数据|资料|信息)来源\s*[:：]")  # a chart's source line
PHOTO_LEADIN = re.compile(r"^(?:图为|上图|下图|左图|右图|▲|△|◀|▶)")
# Where a person stands in a photo, printed after the name in its caption: 某某（左）, （右二）.
PHOTO_POSITION = re.compile(r"[（(](?:左|右|中|前排|后排)[一二三四五六七八九]?[)）]")

# Page furniture: the editors' roles, page numbers, dates with weekdays, section names.
# Roles of the editors line: a role word, maybe with a qualifier (本版, 值班, 视觉, 版式…).
# Source: the production roles of a Chinese newsroom that papers print under a page
# (编辑, 责编, 美编, 校对, 审校, 版式/组版, 制图/设计, 统筹/监制, the 三审 readers, 值班主任,
# 值班编委: the editorial board member on duty, who signs a front page off; 主编: a page's
# or a supplement's chief editor, 本版主编),
# never a role because one page printed it. A role stands apart from its names by a space, a
# colon, a slash or a vertical bar (责任编辑｜某某), as typesetters separate them.
EDITOR_ROLES = (
    r"(?:本版)?[\u4e00-\u9fff]{0,2}?"
    r"(?:编辑|责编|美编|制图|审校|校对|审读|版式|组版|设计|统筹|监制|审核|终审|[一二三]审|视觉|照排|排版"
    r"|值班主任|主任|编委|主编)"
)
EDITOR_ENTRY = re.compile(
    rf"(?P<role>{EDITOR_ROLES})(?:\s*[:：/／｜|]\s*|\s+)"
    rf"(?P<names>{_PERSON_NAME}(?:\s*[、，,\s]\s*{_PERSON_NAME})*)"
)
# The page's mailbox or hotline, printed on the editors line after the names
# (邮箱：…@…, 电话：…), its hotline maybe named for what it takes (公告热线, 新闻热线,
# 广告电话): part of that line, naming no one.
EDITORS_CONTACT = re.compile(
    r"\s+(?:电子邮箱|电子信箱|邮箱|E-mail|Email|[\u4e00-\u9fff]{0,2}(?:电话|热线)|传真)\s*[:：]"
    r"\s*[A-Za-z0-9@._\-]+")
# An issue date as folios print it: 2023年9月25日, in Chinese numerals 二〇二五年十月二十九日,
# or in figures with a separator, 2025-07-16, 2025.8.1 (these only before a weekday: a bare
# 2025.8.1 is as likely a figure of the text); the weekday and the lunar date may follow.
_CN_DIGIT = "〇○零一二三四五六七八九"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_CN_DAY = "三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九]"
ISSUE_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    rf"|(?P<cy>[{_CN_DIGIT}]{{4}})\s*年\s*(?P<cm>{_CN_MONTH})\s*月"
    rf"\s*(?P<cd>{_CN_DAY})\s*日"
    r"|(?P<sy>\d{4})(?P<sep>[-./])(?P<sm>\d{1,2})(?P=sep)(?P<sd>\d{1,2})"
    r"(?=\s*(?:星期|周|礼拜)[一二三四五六日天]))"
    r"(?:\s*·?\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*农历[\u4e00-\u9fff]{2,10})?"
)
# A full date in figures or, as courts and government bodies date their notices, in Chinese
# numerals (二〇二六年六月二十六日): the date a notice was issued on, under its issuer.
FULL_DATE = (r"(?:\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
             rf"|[{_CN_DIGIT}]{{4}}\s?年\s?(?:{_CN_MONTH})\s?月\s?(?:{_CN_DAY})\s?日)")
# An issue's number in a folio: 第312期 (a weekly's or a supplement's count of issues), or
# the paper's running count since its first issue, 总第1268期 (printed beside the date).
ISSUE_NUMBER = re.compile(r"(?:总\s*)?第\s*\d{1,6}\s*期(?=\s|$)")
# What a folio prints between its items: 03｜乐龄生活, 06 / 2025.8.1, or a diamond or square
# set as a bullet between them, 03 ◆ 教师·成长 (only after an item: one opening a line is a
# list's bullet, ◆市消协发布…).
FOLIO_SEPARATOR = re.compile(r"\s*[|｜/／◆◇■□]")
# A page number as printed: 5, A09, 第6版, boxed in brackets 【5】 or between dashes —4— (the
# brackets and dashes kept in print), or in Chinese numerals between 第 and 版 (第四版, 第十二版,
# 第二十版: 1 to 99, as papers count their pages in words).
CN_PAGE_NUMERAL = "[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]"
PAGE_NUMBER = re.compile(
    rf"^(?:第\s*(?P<cn>{CN_PAGE_NUMERAL})\s*版"
    r"|(?:第\s*|[【［\[]\s*(?=[A-Z]?\d{1,3}\s*[】］\]])|(?P<dash>[—–-])\s*(?=\d{1,3}\s*[—–-]))?"
    r"(?P<n>[A-Z]?\d{1,3})(?:\s*版)?(?(dash)\s*[—–-]|(?:\s*[】］\]])?))")
# Section names (版名) that Chinese dailies print in their folio: the common departments of
# a paper (要闻, 经济, 评论 …) and their usual compounds; a section not listed is still read
# where the folio's form shows it (furniture.py).
SECTIONS = frozenset({
    "要闻", "经济", "国内", "国际", "综合", "评论", "理论", "文化", "体育", "社会",
    "民生", "副刊", "时政", "城事", "城市", "地方", "专版", "专题", "观察", "视点",
    "视野", "新闻", "财经", "法治", "科技", "教育", "健康", "生态", "环境", "农业",
    "三农", "乡村振兴", "旅游", "文旅", "党建", "公告", "广告", "本地", "都市", "区县",
    "县域", "深度", "调查", "人物", "周刊", "读书", "文艺", "史话", "旗县区", "产经",
    "金融", "政务", "公益", "特刊", "综合新闻", "要闻·综合", "国内新闻", "国际新闻",
})


# A byline that is a role alone (commentaries): 本报评论员, 本报特约评论员.
ROLE_ONLY_BYLINE = re.compile(r"^(?:本报|新华社|人民日报)?(?:特约)?评论员$")


def is_person_name(name: str, in_byline: bool = False) -> bool:
    """A plausible Chinese personal name: a known surname and one to three more characters
    (``in_byline``: where the place says a name is printed, the surnames that are more often
    words elsewhere count too)."""
    name = "".join(name.split())
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    known = byline_surnames() if in_byline else surnames()
    if name[:2] in known and len(name) >= 3:
        return True
    return name[0] in known and len(name) <= 3


def dash_signature(text: str) -> re.Match[str] | None:
    """A dash signature (DASH_SIGNATURE) whose name reads as one: the place, or the dash, says
    a name is printed there, as a role word does in a byline (names_in), so a name by the
    byline surname lists will do, or any word the dictionary does not know (a surname the
    lists lack: 拜文军)."""
    signature = DASH_SIGNATURE.match(text)
    if signature is None:
        return None
    name = signed_name(signature)
    return signature if is_person_name(name, in_byline=True) or not word_freq(name) else None


def signed_name(signature: re.Match[str]) -> str:
    """The name a dash signature gives, its padding spaces dropped (颜  珂: 颜珂)."""
    return "".join(signature["name"].split())


# A short name set apart after a reporter's role word (本报记者 某某, 通讯员：某某, 记者 蹇　丹;
# vouched_name says when it is one); a role run into a word is a label's (记者追访).
_AFTER_REPORTER = re.compile(
    r"(?:记者|通讯员|实习生)(?:\s*[:：]\s*|\s+)"
    r"([\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}))(?=[\s)）、]|$)")


def names_in(text: str) -> list[str]:
    """Plausible person names in a byline or credit (role words removed), in printed order.

    Two-character names padded to three cells (``颜  珂``) are put back together.
    """
    author = re.match(r"^[（(]\s*作者\s*[:：]([^，,]*)", text)
    if author:  # （作者：甲、乙，分别系…）: the names come before the comma
        text = author.group(1)
    answerer = _ANSWER_LINE.match(text)
    if answerer:  # （…高级工程师 某某 解答）: the name before 解答, not the post
        text = answerer["answerer"]
    after_role = {"".join(name.split()) for name in _AFTER_REPORTER.findall(text)}
    cleaned = re.sub(_ROLE, " ", text)
    cleaned = re.sub(r"摄影?|[（()）:：/／、，,■□●◆▲◎○]", " ", cleaned)
    tokens = cleaned.split()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            token, i = token + tokens[i + 1], i + 1
        if is_person_name(token, in_byline=True) or _TRANSLITERATED_RE.fullmatch(token) \
                or _mongolian_name(token) or (token in after_role and vouched_name(token)):
            names.append(token)
        i += 1
    return names


# A short name: two or three ideographs (the CJK blocks a name's characters come from).
_SHORT_NAME = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,3}")


def vouched_name(name: str) -> bool:
    """Whether a short name the layout vouches for is a name whatever its surname: a
    two-character name padded to the width of three cells (a credit's 蹇　丹, an author's
    □ 闭　宁: papers pad a name so, a word set so is letter-spaced), or one of two or three
    characters set apart after a reporter's role word (本报记者 喇海, 通讯员：拜文军). The
    surname lists miss a Hui's 喇 or 拜, a Zhuang's 闭 or 韦, 蹇, 拓, 种; the place says a name
    is printed there, so it is one where it is no dictionary word, its given characters are
    ones a name holds (no 的, 说, 等: a clause's words) and its first character is no
    province's short name (粤: an office's pen name, 通讯员 粤工宣). Spaces inside (the
    padding) are dropped."""
    name = "".join(name.split())
    return (_SHORT_NAME.fullmatch(name) is not None
            and not word_freq(name)
            and not any(ch in NOT_IN_GIVEN_NAME for ch in name[1:])
            and word_tag(name[0]) != ABBREVIATION_TAG)


def _mongolian_name(token: str) -> bool:
    """A Mongolian name where a byline prints one: one or two elements of the list, no surname
    (其其格, 斯琴高娃; Mongols of China mostly bear none, so the surname test misses them)."""
    parts = mongolian_name_parts()
    return token in parts or any(
        token[:n] in parts and token[n:] in parts for n in range(2, len(token) - 1))


def is_column_label(text: str, limit: int) -> bool:
    """A column label's form, as both readers test it (体坛简讯, 法治动态, 应 急 快 讯 letter-
    spaced): ``limit`` characters at most, no sentence or clause mark."""
    text = "".join(text.split())
    return 2 <= len(text) <= limit and not any(mark in text for mark in "。，；：")
