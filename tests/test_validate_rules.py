"""The Schematron rules (teipress.sch): each one fires, with its id, at the element at fault."""

from __future__ import annotations

import pytest
from lxml import etree

from teipress.validate import Validator
from teipress.validate.checks import schematron_diagnostics
from teipress.validate.diagnostics import SourcePositions
from teipress.validate.safe import parse_bytes
from teipress.validate.schemas import project_schematron_path, schematron
from validate_support import EXAMPLE, variant


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator.load()


def found(validator: Validator, text: str) -> list[tuple[int, int, str, str]]:
    return [(d.line, d.column, d.severity, d.rule)
            for d in validator.check_bytes(text.encode("utf-8"))]


def rules_only(text: str) -> list[tuple[str, str]]:
    """The Schematron rules alone, without the grammar (which rejects some of these too)."""
    data = text.encode("utf-8")
    tree = parse_bytes(data)
    diagnostics = schematron_diagnostics(schematron(project_schematron_path()), tree,
                                         SourcePositions(data, tree))
    return [(d.rule, d.message) for d in diagnostics]


def test_the_example_page_breaks_no_rule(validator):
    assert found(validator, EXAMPLE) == []


def test_pointer_to_a_missing_id(validator):
    text = variant(('<said who="#pers-5">', '<said who="#pers-9">'))
    assert found(validator, text) == [(96, 13, "error", "pointer-resolves")]
    assert rules_only(text) == [("pointer-resolves", '@who="#pers-9" points to no xml:id')]


def test_pointer_to_the_wrong_kind_of_entry(validator):
    text = variant(('<placeName ref="#place-1">', '<placeName ref="#org-1">'))
    assert [(rule, line) for line, _, _, rule in found(validator, text)] == [("pointer-kind", 95)]


def test_duplicate_ids_are_reported_by_the_rule_at_each_use(validator):
    text = variant(('<figure xml:id="fig-2">', '<figure xml:id="fig-1">'))
    rules = [(line, column, rule) for line, column, _, rule in found(validator, text)]
    assert (97, 9, "id-unique") in rules
    assert (104, 7, "id-unique") in rules
    assert ("id-unique", 'xml:id="fig-1" is used 2 times') in rules_only(text)


def test_printed_date_must_match_the_issue_date(validator):
    text = variant(('<fw type="date"><date when="2022-11-22">',
                    '<fw type="date"><date when="2022-11-21">'))
    assert found(validator, text) == [(75, 7, "error", "issue-date")]


@pytest.mark.parametrize(("old", "new", "line", "rule"), [
    ('<fw type="pageNum">3</fw>', '<fw type="pageNum">4</fw>', 71, "page-number"),
    ('<pb n="3"/>', '<pb n="4"/>', 70, "page-break-number"),
    ('<biblScope unit="page" n="3">', '<biblScope unit="page" n="5">', 70, "page-break-number"),
])
def test_page_numbers_must_agree(validator, old, new, line, rule):
    assert (line, rule) in [(ln, r) for ln, _, _, r in found(validator, variant((old, new)))]


def test_printed_page_number_may_carry_words_or_leading_zeros(validator):
    text = variant(('<fw type="pageNum">3</fw>', '<fw type="pageNum">第03版</fw>'))
    assert found(validator, text) == []


@pytest.mark.parametrize("printed", ["A11｜", "【A11】", "第A11版"])
def test_a_lettered_page_number_may_carry_the_folios_marks(validator, printed):
    """A11｜生活: the converter keeps the folio's separator with the number before it, so a
    lettered page's printed number carries it (an evening paper's PDF was rejected for it)."""
    text = variant(('<biblScope unit="page" n="3">3', '<biblScope unit="page" n="A11">A11'),
                   ('<pb n="3"', '<pb n="A11"'),
                   ('<fw type="pageNum">3</fw>', f'<fw type="pageNum">{printed}</fw>'))
    assert found(validator, text) == []


def test_a_lettered_page_number_must_still_be_the_page(validator):
    text = variant(('<biblScope unit="page" n="3">3', '<biblScope unit="page" n="A11">A11'),
                   ('<pb n="3"', '<pb n="A11"'),
                   ('<fw type="pageNum">3</fw>', '<fw type="pageNum">A12｜</fw>'))
    assert "page-number" in [rule for _, _, _, rule in found(validator, text)]


@pytest.mark.parametrize(("n", "printed", "agrees"), [
    ("4", "第四版", True), ("12", "第十二版", True), ("20", "第二十版", True),
    ("23", "第二十三版", True), ("10", "第十版", True), ("4", "第五版", False),
    ("12", "第二十版", False), ("A7", "A07", True), ("A7", "A08", False), ("A7", "B07", False)])
def test_n_drops_the_padding_and_reads_chinese_numerals(validator, n, printed, agrees):
    """@n is the page's number in figures, unpadded (A7, 4); the folio prints it padded (A07)
    or in Chinese numerals (第四版)."""
    text = variant(('<biblScope unit="page" n="3">3', f'<biblScope unit="page" n="{n}">{n}'),
                   ('<pb n="3"', f'<pb n="{n}"'),
                   ('<fw type="pageNum">3</fw>', f'<fw type="pageNum">{printed}</fw>'))
    rules = [rule for _, _, _, rule in found(validator, text)]
    assert rules == ([] if agrees else ["page-number"])


def test_article_without_headline_is_a_warning(validator):
    # the converter may find no headline; the file stays valid and the user is told
    text = variant(('<head type="main">规范有形', '<head type="kicker">规范有形'))
    assert found(validator, text) == [(92, 7, "warning", "article-headline")]
    assert rules_only(text) == [
        ("article-headline", "article art-2 has no head[@type='main'] (headline): "
                             "the converter found none; add it by hand")]


def test_article_with_two_headlines_is_an_error(validator):
    text = variant(('<head type="sub">', '<head type="main">'))
    assert ("error", "article-one-headline") in [(d[2], d[3]) for d in found(validator, text)]


def test_heads_come_kicker_main_sub(validator):
    text = variant(('<head type="kicker">学习党的二十大精神·看基层</head>\n'
                    '        <head type="main">发展绿色低碳产业 企业在行动（下）</head>',
                    '<head type="main">发展绿色低碳产业 企业在行动（下）</head>\n'
                    '        <head type="kicker">学习党的二十大精神·看基层</head>'))
    assert found(validator, text) == [(78, 9, "error", "head-order")]


def test_figure_without_credit_is_a_warning_not_an_error(validator):
    credit = '<byline>（<persName ref="#pers-1">路静</persName> 摄）</byline>\n      </figure>'
    text = variant((credit, "</figure>"))
    assert found(validator, text) == [(104, 7, "warning", "figure-credit")]
    assert rules_only(text) == [("figure-credit", "figure fig-2 has no byline (photo credit)")]


@pytest.mark.parametrize(("old", "new", "line"), [
    ("<head>家政培训</head>", "<head> </head>", 98),
    ("<p>图为近日，家政服务人员参加岗前培训。</p>", "<p/>", 99),
])
def test_empty_heads_and_paragraphs(validator, old, new, line):
    assert found(validator, variant((old, new))) == [(line, 11, "error", "not-empty")]


@pytest.mark.parametrize(("when", "real"), [
    ("2022", True), ("2022-11", True), ("2022-11-30", True), ("2024-02-29", True),
    ("2000-02-29", True), ("2022-12-31", True),
    ("2023-02-29", False), ("1900-02-29", False), ("2022-04-31", False), ("2022-11-31", False),
    ("2022-13", False), ("2022-00", False), ("2022-11-00", False), ("2022-11-32", False),
    ("22-11-15", False), ("2022-1-15", False), ("2022/11/15", False), ("2022-11-15Z", False),
])
def test_when_is_a_real_date(when, real):
    text = variant(('when="2022-11-15"', f'when="{when}"'))
    rules = [rule for rule, _ in rules_only(text)]
    assert rules == ([] if real else ["date-real"])


def test_schematron_messages_are_one_line():
    text = variant(('<said who="#pers-5">', '<said who="#nobody">'),
                   ('<fw type="pageNum">3</fw>', '<fw type="pageNum">9</fw>'))
    for _, message in rules_only(text):
        assert "\n" not in message
        assert "  " not in message


def test_every_rule_in_the_schema_has_an_id():
    sch = etree.parse(str(project_schematron_path()))
    ns = {"sch": "http://purl.oclc.org/dsdl/schematron"}
    asserts = sch.xpath("//sch:assert | //sch:report", namespaces=ns)
    assert asserts
    assert all(a.get("id") for a in asserts)
    assert {a.get("id") for a in asserts} == {
        "pointer-resolves", "pointer-kind", "id-unique", "issue-date", "page-number",
        "page-break-number", "article-headline", "article-one-headline", "figure-credit",
        "not-empty", "head-order", "date-real", "facs-resolves", "coordinates-ordered",
        "zone-inside-surface", "url-inside"}
