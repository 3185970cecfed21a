"""The real sample page, converted and read back element by element."""

from __future__ import annotations

import json
import subprocess
from collections import Counter

import pytest

from conftest import SAMPLE_GOLD, SAMPLE_TXT, TEI_ALL, load_scorer
from tei import parse, text, texts, xp
from teipress.convert import convert_file
from teipress.edition import find_edition_file, load_edition


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    target = tmp_path_factory.mktemp("sample") / "03.xml"
    data, encoding = convert_file(SAMPLE_TXT, target, load_edition(find_edition_file(SAMPLE_TXT)))
    target.write_bytes(data)
    return target, data, encoding


def test_header_carries_issue_page_section_and_editors(converted):
    _target, data, encoding = converted
    root = parse(data)
    assert encoding == "utf-8"
    monogr = xp(root, "//t:sourceDesc/t:biblStruct/t:monogr")[0]
    assert texts(monogr, "t:title[@level='j']") == ["乌海日报"]
    assert xp(monogr, "t:imprint/t:date/@when") == ["2022-11-22"]
    assert texts(monogr, "t:imprint/t:date") == ["2022年11月22日星期二"]
    assert xp(monogr, "t:biblScope[@unit='page']/@n") == ["3"]
    assert texts(monogr, "t:biblScope[@unit='section']") == ["经济"]
    editors = [(text(r.find("t:resp", {"t": r.nsmap[None]})), texts(r, "t:persName"))
               for r in xp(root, "//t:titleStmt/t:respStmt")]
    assert editors == [("责任编辑", ["路静"]), ("制图", ["刘雨佳"]), ("审校", ["冯立云"])]
    assert xp(root, "//t:editorialDecl/t:quotation/@marks") == ["all"]


def test_furniture_stays_in_the_text(converted):
    root = parse(converted[1])
    assert xp(root, "//t:body/t:pb/@n") == ["3"]
    fws = [(fw.get("type"), text(fw)) for fw in xp(root, "//t:body/t:fw")]
    assert fws == [("pageNum", "3"), ("editors", "责任编辑：路静"), ("editors", "制图：刘雨佳"),
                   ("editors", "审校：冯立云"), ("header", "经济"),
                   ("date", "2022年11月22日星期二")]


def test_articles_get_their_displaced_heads(converted):
    root = parse(converted[1])
    articles = xp(root, "//t:div[@type='article']")
    heads = [(texts(a, "t:head[@type='kicker']"), texts(a, "t:head[@type='main']"),
              texts(a, "t:head[@type='sub']")) for a in articles]
    assert heads == [
        (["学习党的二十大精神·看基层"], ["发展绿色低碳产业企业在行动（下）"], []),
        (["优化营商环境进行时"], ["政务服务“帮帮团”便民利企“零距离”"], []),
        ([], ["规范有形提质扩容"], ["——市商务局多举措推进家政服务行业健康发展"]),
    ]
    assert [texts(a, "t:byline//t:persName") for a in articles] == [["路静"]] * 3
    assert texts(articles[0], "t:div[@type='section']/t:head") == [
        "乌海能源平沟煤矿：高标准推进绿色矿山建设", "记者手记：推进产业转型推动绿色发展"]
    assert texts(articles[1], "t:div[@type='section']/t:head") == [
        "助企“帮帮团”帮办代办全流程", "“综合一窗受理”精准服务效率高"]
    # a head printed on two lines keeps its line break
    assert len(xp(articles[0], "t:div[@type='section'][1]/t:head/t:lb")) == 1


def test_a_section_printed_apart_from_its_head_gets_its_paragraphs(converted):
    """pdfminer prints the three paragraphs under 记者手记 before the article's headline and
    the head itself after the last section: the section is rebuilt in reading order."""
    article = xp(parse(converted[1]), "//t:div[@type='article']")[0]
    opening = [p[:8] for p in texts(article, "t:p")]
    assert opening == ["厂矿车间内，一线", "“立足岗位推进能"]
    notes = xp(article, "t:div[@type='section'][2]")[0]
    assert [p[:8] for p in texts(notes, "t:p")] == [
        "党的二十大对“推", "近年来，我市坚决", "党的二十大描绘的"]
    first = xp(article, "t:div[@type='section'][1]")[0]
    assert texts(first, "t:p")[0].startswith("“入冬以来")


def test_paragraphs_are_whole_across_wraps_and_column_breaks(converted):
    root = parse(converted[1])
    paragraphs = texts(root, "//t:div[@type='article']//t:p")
    assert len(paragraphs) == 35
    # a column break (blank line) inside a sentence does not split the paragraph
    assert any(p.startswith("党的二十大对“推动绿色发展") and p.endswith("引起企业共鸣。")
               for p in paragraphs)
    assert any(p.startswith("市商务局商贸服务") and p.endswith("信用信息平台。")
               for p in paragraphs)
    # the lead spanning the columns is the first article's argument
    lead = texts(root, "//t:div[@xml:id='art-1']/t:argument/t:p")
    assert lead[0].startswith("绿色发展，动能澎湃")


def test_photos_have_title_caption_and_credit(converted):
    root = parse(converted[1])
    figures = xp(root, "//t:figure")
    assert [texts(f, "t:head") for f in figures] == [
        ["学习党的二十大精神"], ["发展庭院养殖"], ["外贸产品畅销"], ["灭火救援演练"]]
    assert [texts(f, "t:byline/t:persName") for f in figures] == [
        ["路静"], ["路静"], ["路静"], ["黄建飞"]]
    assert all(texts(f, "t:p")[0].count("图为") == 1 for f in figures)
    assert not any(t.endswith("摄）") for f in figures for t in texts(f, "t:p"))


def test_quotations_keep_their_marks_outside(converted):
    root = parse(converted[1])
    policy = texts(root, "//t:quote[@type='policy']")
    assert "推动绿色发展，促进人与自然和谐共生。" in policy
    assert "统筹水资源、水环境、水生态治理" in policy
    quote = xp(root, "//t:quote[@type='policy']")[0]
    assert quote.getparent().text.endswith("明确提出：“")
    assert quote.tail.startswith("”")
    assert "双碳" in texts(root, "//t:term")
    assert "乌海市家政服务行业自律公约" in texts(root, "//t:title[not(@level)]")


def test_every_character_is_kept_once(converted):
    root = parse(converted[1])
    body = xp(root, "t:text")[0]
    assert Counter(text(body)) == Counter("".join(SAMPLE_TXT.read_text("utf-8").split()))


def test_conversion_is_deterministic(converted, tmp_path):
    target, data, _ = converted
    again, _ = convert_file(SAMPLE_TXT, target, load_edition(find_edition_file(SAMPLE_TXT)))
    assert again == data
    assert b"<?xml-model" in data
    assert b"teipress.rng" in data
    assert b"teipress.sch" in data


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_tei(converted, tmp_path, encoding):
    target, data, _ = converted
    page = tmp_path / "wuhai-daily" / "2022-11-22" / "03.txt"
    page.parent.mkdir(parents=True)
    (tmp_path / "wuhai-daily" / "edition.toml").write_bytes(
        (SAMPLE_TXT.parents[1] / "edition.toml").read_bytes())
    page.write_bytes(SAMPLE_TXT.read_text("utf-8").encode(encoding))
    again, detected = convert_file(page, target, load_edition(find_edition_file(page)))
    assert detected.replace("_", "-").startswith(encoding.split("-sig")[0][:6])
    assert again == data


def test_scores_on_the_shared_gold(converted):
    scorer = load_scorer()
    result = scorer.score(str(SAMPLE_TXT), str(converted[0]), str(SAMPLE_GOLD))
    assert result["chars"] == 1.0
    assert result["score"] >= 0.97, json.dumps(result)


def test_valid_against_tei_all(converted):
    jing = subprocess.run(["jing", str(TEI_ALL), str(converted[0])], capture_output=True,
                          text=True) if _has_jing() else None
    if jing is not None:
        assert jing.returncode == 0, jing.stdout + jing.stderr
        return
    from lxml import etree

    schema = etree.RelaxNG(etree.parse(str(TEI_ALL)))
    assert schema.validate(etree.parse(str(converted[0]))), schema.error_log


def _has_jing() -> bool:
    from shutil import which

    return which("jing") is not None


def test_sample_without_blank_lines_reads_the_same(converted, tmp_path):
    """PyMuPDF and pdftotext print no blank line between paragraphs: the same page, read
    from its lines alone, must give the same articles, heads, paragraphs and photos. (Which
    section a displaced paragraph opens is read from the column break a blank line shows,
    so here only each article's paragraphs are compared, not their order.)"""
    page = tmp_path / "wuhai-daily" / "2022-11-22" / "03.txt"
    page.parent.mkdir(parents=True)
    (tmp_path / "wuhai-daily" / "edition.toml").write_bytes(
        (SAMPLE_TXT.parents[1] / "edition.toml").read_bytes())
    lines = SAMPLE_TXT.read_text("utf-8").splitlines()
    page.write_text("\n".join(line for line in lines if line.strip()) + "\n", "utf-8")
    data, _ = convert_file(page, tmp_path / "03.xml", load_edition(find_edition_file(page)))

    def reading(root):
        articles = [(texts(a, "t:head"), sorted(texts(a, ".//t:p")),
                     texts(a, ".//t:byline//t:persName"))
                    for a in xp(root, "//t:div[@type='article']")]
        figures = [(texts(f, "t:head"), texts(f, "t:p")) for f in xp(root, "//t:figure")]
        return articles, figures

    assert reading(parse(data)) == reading(parse(converted[1]))


def test_an_end_mark_with_no_body_stays_valid_tei(tmp_path):
    """TEI allows a trailer only after a body: a wire item that is all dateline keeps its
    end mark as text (found by the property tests)."""
    page = tmp_path / "01.txt"
    page.write_text("新华社北京3月5日电（记者 王晓岚）\n（完）\n", "utf-8")
    root = parse(convert_file(page, tmp_path / "01.xml", load_edition(None))[0])
    article = xp(root, "//t:div[@type='article']")[0]
    assert texts(article, "t:dateline") == ["新华社北京3月5日电"]
    assert texts(article, "t:p") == ["（完）"]
    assert not xp(article, "t:trailer")


# The sample's blocks as an extractor working in visual order prints them: each article's
# kicker, headline, subtitle and byline above its text (line ranges of the real page).
VISUAL_ORDER = [(1, 5), (9, 12), (69, 70), (6, 8), (15, 68), (71, 151), (13, 14), (263, 265),
                (152, 262), (338, 339), (360, 361), (266, 337), (340, 359)]


def test_sample_in_visual_order_reads_the_same(converted, tmp_path):
    lines = SAMPLE_TXT.read_text("utf-8").split("\n")
    page = tmp_path / "wuhai-daily" / "2022-11-22" / "03.txt"
    page.parent.mkdir(parents=True)
    (tmp_path / "wuhai-daily" / "edition.toml").write_bytes(
        (SAMPLE_TXT.parents[1] / "edition.toml").read_bytes())
    page.write_text("\n".join(line for first, last in VISUAL_ORDER
                              for line in lines[first - 1:last]) + "\n", "utf-8")
    data, _ = convert_file(page, tmp_path / "03.xml", load_edition(find_edition_file(page)))

    def reading(root):
        articles = sorted((texts(a, "t:head"), texts(a, ".//t:p"),
                           texts(a, ".//t:byline//t:persName"))
                          for a in xp(root, "//t:div[@type='article']"))
        figures = sorted((texts(f, "t:head"), texts(f, "t:p")) for f in xp(root, "//t:figure"))
        return articles, figures

    assert reading(parse(data)) == reading(parse(converted[1]))
