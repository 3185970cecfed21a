"""Reading a typeset page back with poppler: its text, its page count, overprinted words."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path


def pdftotext(pdf: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                          text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"([^<]*)</word>")


PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def overlapping_words(pdf: Path) -> list[str]:
    """Words printed over words of another line, or off the page (text set past its block)."""
    bbox = pdftotext(pdf, "-bbox")
    boxes = sorted((float(x0), float(y0), float(x1), float(y1), text) for x0, y0, x1, y1, text
                   in WORD.findall(bbox))
    width, height = (float(v) for v in PAGE.search(bbox).groups())
    found = [f"{text[:8]}/off the page" for x0, y0, x1, y1, text in boxes
             if x0 < 0 or y0 < 0 or x1 > width or y1 > height]
    for i, (x0, y0, x1, y1, text) in enumerate(boxes):
        for bx0, by0, bx1, by1, other in boxes[i + 1:]:
            if bx0 >= x1:
                break
            w, h = min(x1, bx1) - bx0, min(y1, by1) - max(y0, by0)
            smaller = min((x1 - x0) * (y1 - y0), (bx1 - bx0) * (by1 - by0))
            same_line = abs(by0 - y0) < 0.3 * (y1 - y0)  # punctuation set tight: no fault
            if w > 0 and h > 0 and w * h > 0.3 * smaller and not same_line:
                found.append(f"{text[:8]}/{other[:8]}")
    return found
