"""The e-paper fixture (tests/data/epaper: the example page with a facsimile and images) made
into an issue of several pages, as the edition would hold it."""

from __future__ import annotations

import shutil
from pathlib import Path

from lxml import etree

from conftest import ROOT

EPAPER = ROOT / "tests" / "data" / "epaper"
EPAPER_TEI = EPAPER / "03.xml"
NS = {"t": "http://www.tei-c.org/ns/1.0", "xml": "http://www.w3.org/XML/1998/namespace"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def epaper_issue(folder: Path, numbers: tuple[int, ...] = (1, 2, 3),
                 sections: tuple[str, ...] = ("要闻", "综合", "经济"),
                 date: str = "2022-11-22") -> list[Path]:
    """Copies of the fixture page as pages ``numbers`` of the issue of ``date``, each with its
    page number, section and date printed and in the header, images beside them."""
    folder.mkdir(parents=True, exist_ok=True)
    for image in EPAPER.glob("*.jpg"):
        shutil.copy(image, folder / image.name)
    written = []
    for number, section in zip(numbers, sections, strict=True):
        tree = etree.parse(str(EPAPER_TEI))
        root = tree.getroot()
        root.set(XML_ID, f"wuhai-daily-{date}-p{number:02d}")
        for scope in root.iterfind(".//t:biblScope[@unit='page']", NS):
            scope.set("n", str(number))
            scope.text = str(number)
        root.find(".//t:biblScope[@unit='section']", NS).text = section
        root.find(".//t:fw[@type='header']", NS).text = section
        root.find(".//t:fw[@type='pageNum']", NS).text = str(number)
        root.find(".//t:body/t:pb", NS).set("n", str(number))
        year, month, day = (int(x) for x in date.split("-"))
        for element in (root.find(".//t:imprint/t:date", NS), root.find(".//t:fw/t:date", NS)):
            element.set("when", date)
            element.text = f"{year}年{month}月{day}日"
        title = root.find(".//t:titleStmt/t:title", NS)
        title.text = f"乌海日报 {year}年{month}月{day}日 第{number}版 {section}"
        target = folder / f"{number:02d}.xml"
        tree.write(str(target), encoding="UTF-8", xml_declaration=True)
        written.append(target)
    return written
