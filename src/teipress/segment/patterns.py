"""Patterns of Chinese newspaper layout: furniture, bylines, credits, datelines, names.

These describe how papers print things (role words, brackets, 摄), never any page's words.
"""

from __future__ import annotations

import re

# Common single and compound surnames (the Hundred Family Surnames that cover most people).
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
    "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
COMPOUND_SURNAMES = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "令狐", "夏侯", "端木", "独孤", "西门", "南宫", "百里", "呼延", "轩辕",
}

# A person's name as printed in a byline: 2–4 CJK characters, two-character names
# sometimes padded with spaces to the width of three (颜  珂).
NAME = r"[\u4e00-\u9fff](?:[ \u3000]{1,3}[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3})"
_NAME_RE = re.compile(NAME)

REPORTER_ROLES = (
    "本报首席记者|本报特约记者|本报见习记者|本报实习记者|本报记者|本报通讯员|本报特约通讯员|"
    "新华社记者|新华社特约记者|人民日报记者|中新社记者|首席记者|特约记者|见习记者|实习记者|"
    "全媒体记者|融媒体记者|摄影记者|记者|通讯员|实习生|特约撰稿人|撰稿|文／图|文/图|图／文|图/文|"
    "文图|图文|摄影"
)
_ROLE = rf"(?:{REPORTER_ROLES})"
_MARK = r"(?:[■□●◆◇▲△★☆▌▍│|]\s*)?"
_NAMES = rf"{NAME}(?:\s*[、，,\s]\s*{NAME})*"

_WORK = r"(?:[文图]\s*[/／]\s*)?"  # 文/本报记者 某某  图/本报记者 某某
LEADING_BYLINE = re.compile(
    rf"^{_MARK}(?:{_WORK}{_ROLE}\s*[:：/／]?\s*{_NAMES}\s*)+$"
)
TRAILING_BYLINE = re.compile(
    rf"^[（(]\s*(?:(?:{_ROLE})\s*[:：]?\s*)?{_NAMES}(?:\s+(?:{_ROLE})\s*[:：]?\s*{_NAMES})*\s*[)）]$"
)
END_MARK = re.compile(r"[（(]\s*(?:完|全文完|未完待续|待续)\s*[)）]$")  # wire copy's （完）
RUN_ON_BYLINE = re.compile(
    rf"[（(]\s*(?:{_ROLE})\s*[:：]?\s*{_NAMES}(?:\s+(?:{_ROLE})\s*[:：]?\s*{_NAMES})*\s*[)）]$"
)
CREDIT = re.compile(
    rf"(?:(?:新华社|中新社|人民网|本报)发?\s*)?(?:[（(]\s*(?:(?:{_ROLE}|新华社发|新华社)\s*)?{_NAMES}\s*[/／]?\s*摄(?:影)?\s*[)）]"
    rf"|(?:新华社记者|本报记者|记者|通讯员|摄影)\s*[:：]?\s*{_NAMES}\s*[/／]?\s*摄(?:影)?"
    rf"|(?<![\u4e00-\u9fff]){_NAMES}\s*[/／]\s*摄(?:影)?"
    rf"|摄影\s*[:：]\s*{_NAMES}"
    rf"|[（(](?:本报)?资料图片[)）]|[（(]?新华社发[)）]?)$"
)
# 新华社北京3月5日电 / 本报北京2月28日电 / 本报讯 / 中新网上海1月2日电, then (记者 某某).
DATELINE = re.compile(
    r"^(?P<dateline>(?:新华社|本报|中新社|中新网|人民网|新华网|央视网|据新华社)"
    r"(?:讯|[\u4e00-\u9fff]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*电)"
    r"|[\u4e00-\u9fff]{1,4}报讯)"
    rf"(?P<byline>\s*[（(]\s*(?:{_ROLE})?\s*{_NAMES}(?:\s+(?:{_ROLE})\s*{_NAMES})*\s*[)）])?"
)
# Numbered or marked subheads (小标题): 一、 （二） 3. ■ ●.
SUBHEAD_MARK = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．]|[■□●◆◇▲△★☆]\s*\S)"
)
PHOTO_LEADIN = re.compile(r"^(?:图为|上图|下图|左图|右图|▲|△|◀|▶)")

# Page furniture: the editors' roles, page numbers, dates with weekdays, section names.
EDITOR_ROLES = (
    "本版责任编辑|本版责编|本版编辑|本版统筹|责任编辑|责任校对|执行编辑|值班编辑|美术编辑|"
    "责编|编辑|美编|制图|审校|校对|版式|组版|设计|统筹|监制|审核|终审|一审|二审|三审|视觉|照排|排版"
)
EDITOR_ENTRY = re.compile(
    rf"(?P<role>{EDITOR_ROLES})(?:\s*[:：]\s*|\s+)(?P<names>{NAME}(?:\s*[、，,\s]\s*{NAME})*)"
)
ISSUE_DATE = re.compile(
    r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*农历[\u4e00-\u9fff]{2,10})?"
)
PAGE_NUMBER = re.compile(r"^(?:第\s*)?(?P<n>[A-Z]?\d{1,3})(?:\s*版)?")
SECTIONS = frozenset({
    "要闻", "经济", "国内", "国际", "综合", "评论", "理论", "文化", "体育", "社会",
    "民生", "副刊", "时政", "城事", "城市", "地方", "专版", "专题", "观察", "视点",
    "视野", "新闻", "财经", "法治", "科技", "教育", "健康", "生态", "环境", "农业",
    "三农", "乡村振兴", "旅游", "文旅", "党建", "公告", "广告", "本地", "都市", "区县",
    "县域", "深度", "调查", "人物", "周刊", "读书", "文艺", "史话", "旗县区", "产经",
    "金融", "政务", "公益", "特刊", "综合新闻", "要闻·综合", "国内新闻", "国际新闻",
})


def is_person_name(name: str) -> bool:
    """A plausible Chinese personal name: a known surname and one to three more characters."""
    name = "".join(name.split())
    if not 2 <= len(name) <= 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return False
    if name[:2] in COMPOUND_SURNAMES:
        return len(name) >= 3
    return (name[0] in SURNAMES and len(name) <= 3) or name[:2] in COMPOUND_SURNAMES


def names_in(text: str) -> list[str]:
    """Plausible person names in a byline or credit (role words removed), in printed order.

    Two-character names padded to three cells (``颜  珂``) are put back together.
    """
    cleaned = re.sub(_ROLE, " ", text)
    cleaned = re.sub(r"摄影?|[（()）:：/／、，,■□●◆▲]", " ", cleaned)
    tokens = cleaned.split()
    names: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if len(token) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            token, i = token + tokens[i + 1], i + 1
        if is_person_name(token):
            names.append(token)
        i += 1
    return names
