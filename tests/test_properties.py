"""Generated pages: whatever a page holds, conversion ends in TEI that keeps every character
once, or in a one-line refusal that names what is wrong — never in a traceback.

Pages are built from the kinds of lines extracted newspaper text has (body lines of CJK and
Latin text with full- and half-width punctuation, heads, bylines, credits, dates, editors
lines, datelines, captions) and from what goes wrong in it (unbalanced quotation marks, runs
of blank lines, very long and very short lines, control characters, stray symbols). Running
text nests quotations, 《titles》, terms, names and dates in one another, and token soup
throws the cues every annotator looks for together in any order. Every page's TEI is valid
against teipress.rng and teipress.sch; a sample is checked against tei_all.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from conftest import ROOT, SAMPLE_TXT, TEI_ALL
from teipress.convert import page_id
from teipress.decode import decode_page
from teipress.edition import Edition
from teipress.encode.tei import encode_page
from teipress.errors import InputError
from teipress.segment import segment_page
from teipress.validate import Validator

TEI = "{http://www.tei-c.org/ns/1.0}"
EDITION = Edition(paper_id="test-daily", title="测试日报", place="某市", publisher="测试日报社")
# Characters XML 1.0 cannot carry (C0 controls but tab, LF, CR; U+FFFE, U+FFFF). Form feed
# and vertical tab are read as line breaks, so a page may hold them.
NOT_XML = re.compile("[^\t\n\r\f\v\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

HAN = ("经济发展绿色低碳产业企业行动市委政府服务群众记者工作会议推进建设项目社会主义文化"
       "乌海能源煤矿高标准矿山规划水资源环境生态治理家政行业健康乡村振兴农业旅游教育科技")
RARE_HAN = "𠀋𡈽𤴔丂亍"  # outside the BMP and rarely used ones
NAMES = ["路静", "刘雨佳", "冯立云", "黄建飞", "王明", "欧阳修文", "李 华", "张　三"]
FULL_PUNCT = "，。、；：？！“”‘’（）《》…—·「」『』【】"
HALF_PUNCT = ",.;:?!\"'()-/%"
LATIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
SPACES = " \t\u3000\u00a0\u2028\x85"
CONTROLS = "\x01\x02\x07\x08\x0e\x1b\x1c\x1f\x7f\x81\x9f\ufffe\uffff\f\v"

names = st.sampled_from(NAMES)
han_run = st.text(alphabet=HAN, min_size=1, max_size=12)


@st.composite
def body_line(draw, min_size: int = 8, max_size: int = 30) -> str:
    """A run of running text: CJK with punctuation, Latin words and numbers mixed in."""
    parts = []
    while sum(map(len, parts)) < draw(st.integers(min_size, max_size)):
        parts.append(draw(st.one_of(
            han_run, han_run, han_run,
            st.text(alphabet=FULL_PUNCT, min_size=1, max_size=2),
            st.text(alphabet=HALF_PUNCT, min_size=1, max_size=2),
            st.text(alphabet=LATIN, min_size=1, max_size=8),
            st.text(alphabet=RARE_HAN, min_size=1, max_size=2),
            st.text(alphabet=SPACES, min_size=1, max_size=2),
        )))
    end = draw(st.sampled_from(["", "", "。", "。”", "？", "！", ".", "；", "，", "：“"]))
    return "".join(parts) + end


@st.composite
def quoted_line(draw) -> str:
    """Text with quotation marks, balanced or not, nested or crossed."""
    marks = draw(st.lists(st.sampled_from("“”‘’「」《》\"'"), min_size=1, max_size=5))
    pieces = [draw(han_run) for _ in range(len(marks) + 1)]
    lead = draw(st.sampled_from(["", "报告提出：", "他说：", "党的二十大报告明确提出"]))
    return lead + "".join(p + m for p, m in zip(pieces, marks, strict=False)) + pieces[-1]


# What the annotators look for: names after role words, organisations and places by their
# endings, dates, speech and policy lead-ins, quotation marks of every kind and 《》.
ROLE_WORDS = ["记者", "市委书记", "组长", "负责人", "市民", "总书记", "主任"]
ORGS = ["市商务局", "乌海能源公司", "家政服务协会", "国务院", "人民银行"]
PLACES = ["乌海", "海南区", "北京", "内蒙古自治区"]
DATES = ["11月15日", "今年10月底", "去年5月", "2022年11月22日", "3月", "13月45日"]
LEAD_INS = ["报告提出：", "他说：", "党的二十大报告明确提出", "强调", "表示，", "印发", "指出："]
OPEN_CLOSE = [("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》")]


def annotated_word() -> st.SearchStrategy[str]:
    return st.one_of(
        han_run,
        st.builds("{}{}".format, st.sampled_from(ROLE_WORDS), names),
        st.builds("{}说".format, names),
        st.sampled_from(ORGS), st.sampled_from(PLACES), st.sampled_from(DATES),
        st.sampled_from(["十四五", "五篇大文章", "双碳", "闯"]),
    )


def nested_inline(depth: int = 3) -> st.SearchStrategy[str]:
    """Running text whose quotations, 《titles》 and terms hold one another, names and dates:
    《关于做好金融“五篇大文章”的指导意见》, “《“十四五”规划》提出：‘…’”."""
    def wrap(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.builds(lambda marks, lead, parts: lead + marks[0] + "".join(parts) + marks[1],
                         st.sampled_from(OPEN_CLOSE), st.sampled_from(["", *LEAD_INS]),
                         st.lists(inner, min_size=1, max_size=4))
    return st.recursive(annotated_word(), wrap, max_leaves=12 if depth else 1)


@st.composite
def inline_line(draw) -> str:
    """A paragraph of nested annotated text, ending a sentence or not."""
    parts = draw(st.lists(st.one_of(nested_inline(), st.sampled_from(["，", "。", "、", "："])),
                          min_size=1, max_size=8))
    return "".join(parts) + draw(st.sampled_from(["", "。", "”。", "》"]))


def token_soup() -> st.SearchStrategy[str]:
    """Hostile: every cue the annotators use, in any order, marks opened and never closed."""
    tokens = st.one_of(
        annotated_word(), st.sampled_from(LEAD_INS),
        st.sampled_from([m for pair in OPEN_CLOSE for m in pair] + ["\"", "'", "（", "）"]),
        st.sampled_from(["，", "。", "：", "、", "！", "？", "·", "——"]),
    )
    return st.lists(tokens, min_size=1, max_size=40).map("".join)


def furniture_line() -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds("{}".format, st.integers(1, 24)),
        st.builds("第{}版".format, st.integers(1, 24)),
        st.builds("{}年{}月{}日 星期{}".format, st.integers(1990, 2030), st.integers(0, 13),
                  st.integers(0, 32), st.sampled_from("一二三四五六日")),
        st.builds("责任编辑：{} 制图：{}".format, names, names),
        st.builds("{}责任编辑：{}".format, st.integers(1, 24), names),
        st.builds("审校：{} {}".format, names, st.sampled_from(["经济", "要闻", "文化", "社会"])),
        st.sampled_from(["经济", "要闻", "测试日报", "国内新闻", "A3版"]),
    )


def byline_line() -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds("本报记者 {}".format, names),
        st.builds("本报记者  {}  {}".format, names, names),
        st.builds("（{}）".format, names),
        st.builds("（记者 {}）".format, names),
        st.builds("（{} 摄）".format, names),
        st.builds("新华社记者 {} 摄".format, names),
        st.builds("新华社北京{}月{}日电（记者 {}）".format, st.integers(1, 12), st.integers(1, 31),
                  names),
        st.builds("本报讯（通讯员 {}）{}".format, names, body_line()),
        st.builds("{}。 （{} 摄）".format, body_line(), names),
        st.just("（完）"),
    )


def head_line() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(alphabet=HAN, min_size=2, max_size=16),
        st.builds("{} {}".format, han_run, han_run),
        st.builds("——{}".format, han_run),
        st.builds("{}：".format, han_run),
        st.builds("一、{}".format, han_run),
        st.builds("■{}".format, han_run),
        st.builds("图为{}。".format, body_line()),
        st.builds("{}·{}".format, han_run, han_run),
    )


def odd_line() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(alphabet=HAN + FULL_PUNCT, min_size=1, max_size=2),  # very short
        st.builds(str.__mul__, body_line(), st.integers(5, 20)),  # very long
        st.text(alphabet=FULL_PUNCT + HALF_PUNCT, min_size=1, max_size=6),  # only punctuation
        st.text(alphabet=SPACES, min_size=1, max_size=6),  # looks blank
        st.builds("{}{}{}".format, han_run, st.sampled_from(CONTROLS), han_run),
        st.text(min_size=1, max_size=10),  # anything at all
    )


@st.composite
def pages(draw) -> str:
    """A page: lines of every kind, blank runs between them, LF or CRLF line ends."""
    kinds = st.one_of(body_line(), body_line(), body_line(), body_line(), quoted_line(),
                      inline_line(), inline_line(), token_soup(),
                      furniture_line(), byline_line(), head_line(), head_line(), odd_line())
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 30))):
        lines.append(draw(kinds))
        lines.extend([""] * draw(st.sampled_from([0, 0, 0, 1, 1, 2, 5])))
    newline = draw(st.sampled_from(["\n", "\n", "\r\n"]))
    return newline.join(lines) + draw(st.sampled_from(["", "\n", "\n\n", "\f"]))


REAL_PAGES = [path.read_text("utf-8") for path in
              [SAMPLE_TXT, *sorted((ROOT / "tests" / "pages").glob("*.txt"))]]


@st.composite
def reworked_real_pages(draw) -> str:
    """A real page's lines cut, blocks shuffled, generated lines put in: the converter's
    article, photo and head logic meets layouts no paper printed."""
    lines = draw(st.sampled_from(REAL_PAGES)).split("\n")
    start = draw(st.integers(0, len(lines) - 1))
    lines = lines[start:draw(st.integers(start + 1, len(lines)))]
    if draw(st.booleans()):
        blocks = "\n".join(lines).split("\n\n")
        draw(st.randoms(use_true_random=False)).shuffle(blocks)
        lines = "\n\n".join(blocks).split("\n")
    kinds = st.one_of(body_line(), quoted_line(), inline_line(), token_soup(), furniture_line(),
                      byline_line(), head_line(), odd_line(), st.just(""))
    for line in draw(st.lists(kinds, max_size=6)):
        lines.insert(draw(st.integers(0, len(lines))), line)
    return "\n".join(lines)


any_page = st.one_of(pages(), reworked_real_pages())


def convert_text(text: str) -> bytes | None:
    """The page's TEI, or None where decoding refuses it for a reason the page shows."""
    try:
        decoded = decode_page(text.encode("utf-8"))
    except InputError as exc:
        assert_refusal_is_right(text, str(exc))
        return None
    assert decoded.text == text.removeprefix("\ufeff")  # a leading U+FEFF reads as a BOM
    page = segment_page(decoded.text, EDITION.title)
    return encode_page(page, EDITION, page_id(EDITION, page, Path("page.txt")))


def assert_refusal_is_right(text: str, message: str) -> None:
    if not text.strip():
        assert message.startswith("empty file"), message
    elif message.startswith("binary file"):
        controls = [ch for ch in text
                    if (ord(ch) < 0x20 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0]
        assert "\x00" in text or len(controls) > 8, message
    else:
        bad = NOT_XML.search(text)
        assert bad is not None, message
        before = text[:bad.start()].replace("\r\n", "\n").replace("\r", "\n")
        line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
        code = ord(bad.group())
        kind = "non-character" if code in (0xFFFE, 0xFFFF) else "control character"
        assert message == f"{line}:{column}: {kind} U+{code:04X} cannot be stored in XML"


VALIDATOR = Validator.load()


def assert_valid(data: bytes) -> None:
    """No error against schema/teipress.rng and teipress.sch (warnings allowed)."""
    errors = [d for d in VALIDATOR.check_bytes(data) if d.severity == "error"]
    assert not errors, (errors, data.decode("utf-8"))


def assert_every_character_once(text: str, data: bytes) -> None:
    """Parse the TEI (well-formed or this raises) and count ``<text>``'s characters."""
    root = etree.fromstring(data)
    assert root.tag == f"{TEI}TEI"
    bodies = root.findall(f"{TEI}text")
    assert len(bodies) == 1
    got = Counter(ch for ch in "".join(bodies[0].itertext()) if not ch.isspace())
    want = Counter(ch for ch in text.removeprefix("\ufeff") if not ch.isspace())
    assert got == want, (want - got, got - want)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_page)
@example("（路静）")  # a page that is only a trailing byline
@example("本报记者 路静\n\n\n")  # only a leading byline
@example("“\n”")  # a quotation mark alone on each line
@example("正文\x01一段。")  # a control character XML cannot carry
@example("3\n\n经济\n\n2022年11月22日 星期二")  # only furniture
@example("春日花海\n4月7日，市民在公园赏花。\n记者 魏然 摄")  # only a photo
@example("真抓实干。\n业业业业业业业业\n\n政策自然就跑得快了。（本报记者\n程远航）")  # byline twice
@example("本报记者 路静\n新华社北京1月1日电（记者 路静）\n；\n1\n业业业业业业业业业\n1")  # "1" lost
@example("1\n2")  # two page numbers: the second is no folio
@example("1990年0月0日 星期一")  # no calendar date
@example("A3版")  # the page number with its letter
@example("业。\n本报记者 路静\n（完）\n（完）")  # two end marks, one trailer
@example("本报讯 梧州供电局日\n\n南宁供电局输电管理所带电作业班\n防城港供电局输电运检班\n"
         "安全标兵：\n韦建明（南宁供电局带电作业班）\n覃美玲（桂林供电局调度控制中心）\n"
         "黄振华（玉林供电局配电运检班）")  # an open paragraph never goes on into a list
@example("看。\n【档案信息】\n题名：志愿军战士刘满仓请战书\n形成时间：1953年3月\n档号：J012-3-45\n"
         "（资料图片）")  # a labelled list over a credit captions no photo
def test_any_page_converts_keeping_every_character_once(text):
    data = convert_text(text)
    if data is not None:
        assert_every_character_once(text, data)
        assert_valid(data)
        assert convert_text(text) == data  # and the same page gives the same bytes


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(inline_line(), token_soup()), min_size=1, max_size=6))
@example(["国务院印发《“十四五”数字经济发展规划》。"])
@example(["《关于做好金融“五篇大文章”的指导意见》印发。"])
@example(["他说：“《“十四五”规划》提出：‘双碳’。”"])
@example(["“《人民日报》”", "记者王明说：“11月15日，《乌海“市商务局”公约》”"])
def test_nested_quotations_titles_terms_and_names_are_valid(paragraphs):
    text = "\n\n".join(paragraphs)
    data = convert_text(text)
    if data is not None:
        assert_every_character_once(text, data)
        assert_valid(data)


def test_generated_pages_are_valid_against_tei_all(tmp_path):
    """A sample of generated pages, checked against tei_all in one jing run."""
    written = []

    @settings(max_examples=50, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(any_page)
    def convert_sample(text):
        data = convert_text(text)
        if data is not None:
            target = tmp_path / f"{len(written):03d}.xml"
            target.write_bytes(data)
            written.append(target)

    convert_sample()
    assert len(written) >= 25
    if shutil.which("jing"):
        jing = subprocess.run(["jing", str(TEI_ALL), *map(str, written)], capture_output=True,
                              text=True, timeout=300)
        assert jing.returncode == 0, jing.stdout[:3000] + jing.stderr[:3000]
        return
    schema = etree.RelaxNG(etree.parse(str(TEI_ALL)))
    invalid = [p.name for p in written if not schema.validate(etree.parse(str(p)))]
    assert not invalid, (invalid, schema.error_log)
