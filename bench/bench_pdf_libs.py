"""Which PDF library reads newspaper pages: pdfminer.six, pdfplumber and pypdfium2 measured on
the same pages in the same run (PyMuPDF is left out: AGPL does not suit a permissive project).

usage: PYTHONPATH=src python bench/bench_pdf_libs.py [PAGE.pdf ...] [--runs R]

Without arguments the page is the sample (editions/wuhai-daily/2022-11-22/03.txt) converted and
laid out as an A3 page by teipress itself (about 4,500 characters in six columns).

For each library and page: the time to get every character with its box, size and font (best
of R runs, CPU seconds of this process), and how its characters agree with poppler's
``pdftotext`` (multiset of non-space characters; 1.000 = the same characters, so ToUnicode maps
were read alike); then what else it gives: font names, weights, fill colour, vector rules and
frames, images with their stored bytes.
"""

from __future__ import annotations

import argparse
import ctypes
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "editions" / "wuhai-daily" / "2022-11-22" / "03.txt"
EDITION = ROOT / "editions" / "wuhai-daily" / "edition.toml"


def sample_pdf(folder: Path) -> Path:
    """The sample page as teipress prints it (convert, then render pdf)."""
    (folder / "edition.toml").write_bytes(EDITION.read_bytes())
    xml, pdf = folder / "03.xml", folder / "03.pdf"
    for args in (["convert", str(SAMPLE), "-o", str(xml)],
                 ["render", "pdf", str(xml), "-o", str(pdf)]):
        subprocess.run([sys.executable, "-m", "teipress", *args], check=True)
    return pdf


def with_pdfminer(path: Path) -> dict:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTCurve, LTImage

    chars, fonts, rules, images = [], set(), 0, 0

    def walk(item) -> None:
        nonlocal rules, images
        if isinstance(item, LTChar):
            chars.append(item.get_text())
            fonts.add(item.fontname)
        elif isinstance(item, LTCurve):
            rules += 1
        elif isinstance(item, LTImage):
            images += 1
        for child in getattr(item, "_objs", ()):
            walk(child)

    for page in extract_pages(str(path), laparams=None):  # no layout analysis: chars only
        walk(page)
    return {"chars": chars, "fonts": len(fonts), "rules": rules, "images": images}


def with_pdfplumber(path: Path) -> dict:
    import pdfplumber

    out = {"chars": [], "fonts": set(), "rules": 0, "images": 0}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            out["chars"] += [ch["text"] for ch in page.chars]
            out["fonts"] |= {ch["fontname"] for ch in page.chars}
            out["rules"] += len(page.lines) + len(page.rects)
            out["images"] += len(page.images)
    out["fonts"] = len(out["fonts"])
    return out


def with_pypdfium2(path: Path) -> dict:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    chars, fonts, rules, images = [], set(), 0, 0
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    pdf = pdfium.PdfDocument(str(path))
    for page in pdf:
        text = page.get_textpage()
        for i in range(text.count_chars()):
            if raw.FPDFText_IsGenerated(text.raw, i):
                continue
            chars.append(chr(raw.FPDFText_GetUnicode(text.raw, i)))
            raw.FPDFText_GetCharBox(text.raw, i, left, right, bottom, top)
            raw.FPDFText_GetFontSize(text.raw, i)
            raw.FPDFText_GetFontInfo(text.raw, i, name, 128, flags)
            fonts.add(name.value)
        for obj in page.get_objects(max_depth=4):
            rules += obj.type == raw.FPDF_PAGEOBJ_PATH
            images += obj.type == raw.FPDF_PAGEOBJ_IMAGE
        text.close()
        page.close()
    pdf.close()
    return {"chars": chars, "fonts": len(fonts), "rules": rules, "images": images}


LIBRARIES = {"pdfminer.six": with_pdfminer, "pdfplumber": with_pdfplumber,
             "pypdfium2": with_pypdfium2}
GIVES = {  # read from each library's documented API, and checked by the functions above
    "pdfminer.six": "char boxes, size, font name; colour as graphic state; curves, rects; "
                    "images with their stream (DCT bytes kept)",
    "pdfplumber": "pdfminer's data as dicts, plus lines/rects split out, colours; "
                  "images with their stream (via pdfminer)",
    "pypdfium2": "char boxes (tight and advance), origin, size and matrix, font name and "
                 "flags (its 'weight' is a stem width, unusable), fill colour, angle, "
                 "unicode-map errors per character; path objects with bounds, stroke and "
                 "fill; images with their raw stream (DCT bytes kept)",
}


def unmapped_copy(pdf: Path, folder: Path) -> Path | None:
    """The PDF with its fonts' ToUnicode maps taken out (qpdf), as some typesetters write it."""
    import shutil

    if not shutil.which("qpdf") or not shutil.which("fix-qdf"):
        return None
    qdf, broken, fixed = folder / "q.pdf", folder / "b.pdf", folder / f"{pdf.stem}-nomap.pdf"
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", str(pdf), str(qdf)], check=True)
    broken.write_bytes(qdf.read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))
    with fixed.open("wb") as out:
        subprocess.run(["fix-qdf", str(broken)], stdout=out, check=True)
    return fixed


def flagged(name: str, path: Path) -> str:
    """What a library makes of glyphs it cannot map: flagged (so garbage can be refused)?"""
    if name == "pypdfium2":
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw

        pdf = pdfium.PdfDocument(str(path))
        text = pdf[0].get_textpage()
        count = text.count_chars()
        bad = sum(raw.FPDFText_HasUnicodeMapError(text.raw, i) == 1 for i in range(count))
        pdf.close()
        return f"{bad}/{count} flagged as unmapped"
    chars = LIBRARIES[name](path)["chars"]
    cids = sum(ch.startswith("(cid:") for ch in chars)
    sample = "".join(ch for ch in chars[:6] if not ch.isspace())
    return f"{cids}/{len(chars)} as (cid:N), text starts {sample!r}"


def agreement(chars: list[str], reference: Counter[str]) -> float:
    got = Counter(ch for ch in chars if not ch.isspace())
    return sum((got & reference).values()) / max(sum((got | reference).values()), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = args.pdfs or [sample_pdf(Path(tmp))]
        for path in pdfs:
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                  capture_output=True, text=True, check=True).stdout
            reference = Counter(ch for ch in text if not ch.isspace())
            print(f"{path.name}: {sum(reference.values())} characters")
            timed = _time_subprocess(path, args.runs)
            print(f"  {'pdftotext':<13} {timed:7.3f} s wall per file (fresh process)")
            for name, read in LIBRARIES.items():
                best = float("inf")
                for _ in range(args.runs):
                    start = time.process_time()
                    got = read(path)
                    best = min(best, time.process_time() - start)
                print(f"  {name:<13} {best:7.3f} s CPU  ({best / timed:5.1f}× pdftotext)  "
                      f"agrees {agreement(got['chars'], reference):.3f}  fonts {got['fonts']}  "
                      f"rules/frames {got['rules']}  images {got['images']}")
            nomap = unmapped_copy(path, Path(tmp))
            if nomap is not None:
                print("  without ToUnicode maps: "
                      + "; ".join(f"{name} {flagged(name, nomap)}" for name in LIBRARIES))
    print("\nwhat each gives:")
    for name, gives in GIVES.items():
        print(f"  {name}: {gives}")


def _time_subprocess(path: Path, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                       check=True)
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    main()
