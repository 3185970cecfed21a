"""Random documents from a RELAX NG grammar (XML syntax), to test what the grammar allows.

Handles the constructs teipress.rng uses: element, attribute, group, choice, optional,
zeroOrMore, oneOrMore, ref/define, text, empty, value, list, interleave (parts in a random
order, each whole) and the XML Schema datatypes it names.
"""

from __future__ import annotations

import random
import re

from lxml import etree

RNG = "{http://relaxng.org/ns/structure/1.0}"
XML_NS = "http://www.w3.org/XML/1998/namespace"

# Candidate values for each datatype the grammar uses, edge cases included; a value is drawn
# from those the datatype's pattern (if any) accepts, so the edge cases reach the documents
# whenever the grammar lets them through.
SAMPLE_DATA = {
    "date": ["2022-11-15", "2024-02-29", "2022-11-15Z", "2022-11-15+08:00"],
    "gYearMonth": ["2022-11", "2022-11Z"],
    "gYear": ["2022", "0001", "2022Z"],
    "Name": ["teipress", "tei:press", "a.b-c"],
    "token": ["0.1.0", "1", "1.2.3.4", "v1", "1754px", "0px", "12.5px"],
    "decimal": ["0", "12", "841.89", "-1", "1e3"],
    "language": ["zh-Hans", "en", "x-private"],
    "string": ["3", "A3", "3 4", "第3版", " 3"],
    "anyURI": ["images/p03-1.jpg", "a b.jpg", "#id-1", "http://example.org/x?y#z", "#"],
}


class Sampler:
    def __init__(self, grammar: etree._ElementTree, seed: int, max_depth: int = 12) -> None:
        root = grammar.getroot()
        self.ns = root.get("ns", "")
        self.defines = {d.get("name"): d for d in root.iter(f"{RNG}define")}
        self.start = root.find(f"{RNG}start")
        self.random = random.Random(seed)
        self.max_depth = max_depth
        self.ids = 0

    def document(self) -> etree._Element:
        holder = etree.Element("holder")
        self._children(self.start, holder, 0)
        (root,) = holder
        return root

    def _children(self, pattern: etree._Element, parent: etree._Element, depth: int) -> None:
        for child in pattern:
            if isinstance(child.tag, str) and child.tag.startswith(RNG):
                self._pattern(child, parent, depth)

    def _pattern(self, node: etree._Element, parent: etree._Element, depth: int) -> None:
        kind = node.tag[len(RNG):]
        deep = depth > self.max_depth
        if kind == "element":
            element = etree.SubElement(parent, f"{{{self.ns}}}{node.get('name')}")
            self._children(node, element, depth + 1)
        elif kind == "attribute":
            name = node.get("name")
            if name.startswith("xml:"):
                name = f"{{{XML_NS}}}{name[4:]}"
            parent.set(name, self._value(node))
        elif kind in ("group", "define", "start"):
            self._children(node, parent, depth)
        elif kind == "interleave":  # its parts in a random order (each part kept whole)
            parts = [c for c in node if isinstance(c.tag, str) and c.tag.startswith(RNG)]
            self.random.shuffle(parts)
            for part in parts:
                self._pattern(part, parent, depth)
        elif kind == "ref":
            self._children(self.defines[node.get("name")], parent, depth)
        elif kind == "choice":
            options = [c for c in node if isinstance(c.tag, str)]
            if deep and any(c.tag == f"{RNG}text" for c in options):
                options = [c for c in options if c.tag == f"{RNG}text"]
            self._pattern(self.random.choice(options), parent, depth)
        elif kind in ("optional", "zeroOrMore", "oneOrMore"):
            low = 1 if kind == "oneOrMore" else 0
            high = {"optional": 1}.get(kind, 3)
            for _ in range(low if deep else self.random.randint(low, high)):
                self._children(node, parent, depth)
        elif kind == "text":
            self._text(parent, self.random.choice(["文本", "乌海", "2022年", ""]))
        elif kind == "empty":
            pass
        else:
            raise NotImplementedError(kind)

    def _value(self, node: etree._Element) -> str:
        """A value for an attribute pattern (or a pattern inside one)."""
        kind = node.tag[len(RNG):]
        if kind in ("attribute", "define", "group"):
            inner = [c for c in node if isinstance(c.tag, str) and c.tag.startswith(RNG)]
            return self._value(inner[0]) if inner else "x"
        if kind == "ref":
            return self._value(self.defines[node.get("name")])
        if kind == "choice":
            return self._value(self.random.choice([c for c in node if isinstance(c.tag, str)]))
        if kind == "value":
            return node.text or ""
        if kind == "list":  # a space-separated list: "#z-1 #z-2"
            return " ".join(self._value(c) for c in node if isinstance(c.tag, str))
        if kind == "oneOrMore":
            inner = [c for c in node if isinstance(c.tag, str)]
            return " ".join(self._value(inner[0]) for _ in range(self.random.randint(1, 3)))
        if kind == "text":
            return "x"
        if kind == "data":
            kind = node.get("type")
            if kind == "ID":
                self.ids += 1
                return f"id-{self.ids}"
            pattern = node.findtext(f"{RNG}param[@name='pattern']")
            low = node.findtext(f"{RNG}param[@name='minInclusive']")
            candidates = [v for v in SAMPLE_DATA[kind]
                          if (pattern is None or re.fullmatch(pattern, v))
                          and (low is None or (_decimal(v) is not None
                               and _decimal(v) >= float(low)))]
            return self.random.choice(candidates)
        raise NotImplementedError(kind)

    @staticmethod
    def _text(parent: etree._Element, text: str) -> None:
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + text
        else:
            parent.text = (parent.text or "") + text


def _decimal(value: str) -> float | None:
    """An xsd:decimal's value (no exponent), or None for what is not one."""
    return float(value) if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", value) else None
