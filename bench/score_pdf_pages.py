"""Score the PDF path against the text path on the test page PDFs (tests/pdfpages).

For each PDF:
  pdf        ``teipress convert PAGE.pdf -o PAGE.xml`` (the PDF reader, issue #11), scored with
             the PDF's ``pdftotext`` text as the scorer's PAGE.txt (its characters are the
             page's);
  pdftotext  the text converter on ``pdftotext PAGE.pdf -`` (poppler, default reading order),
  pdfminer   … on pdfminer.six's ``extract_text``,
  pdfium     … on pypdfium2's text page (``get_text_range``),
each text path scored with its own text as PAGE.txt. The extractors that are not installed are
left out. Prints one line per page, then the means per set: dev, heldout, heldout2,
heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11,
heldout12, heldout13, heldout14, heldout15, heldout16, heldout17, heldout18, heldout19,
heldout20, heldout21 and heldout22 (tuned on since their first scores, see
tests/pdfpages/README.md), and heldout23 (held out: never tuned on until its first score).
Without ``--set`` or PDFs it scores the sets tuned on: a held-out set (``HELD_OUT``) is
scored only when named, once, by the lead at the end of the round that wrote it, and the text
pages' held-out sets typeset in dev only when their PDFs are passed. Needs poppler; the scorer
is the copy under tests/shared/.

usage: PYTHONPATH=src python bench/score_pdf_pages.py
       [--set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7
              |heldout8|heldout9|heldout10|heldout11
              |heldout12|heldout13|heldout14|heldout15|heldout16
              |heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23] [PAGE.pdf ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from score_pages import SETS as TEXT_SETS

from teipress.convert import convert_file
from teipress.edition import Edition

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / "tests" / "shared"
PDFPAGES = ROOT / "tests" / "pdfpages"
SETS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
        "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12",
        "heldout13", "heldout14", "heldout15", "heldout16", "heldout17",
        "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23")
HELD_OUT: tuple[str, ...] = ("heldout23",)  # never tuned on: left out without --set
# The text pages' held-out sets are typeset in dev too: a set's run leaves their PDFs out;
# they are scored only when passed by name.
TEXT_HELD_OUT = tuple(prefix for name, prefixes in TEXT_SETS.items()
                      if "held out" in name
                      for prefix in prefixes)


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def pdfminer_text(pdf: Path) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(str(pdf))


def pdfium_text(pdf: Path) -> str:
    import pypdfium2
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def extractors() -> dict[str, Callable[[Path], str]]:
    found: dict[str, Callable[[Path], str]] = {"pdftotext": pdftotext}
    for name, module, function in (("pdfminer", "pdfminer", pdfminer_text),
                                   ("pdfium", "pypdfium2", pdfium_text)):
        if importlib.util.find_spec(module) is not None:
            found[name] = function
    return found


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_page", SHARED / "tools" / "score_page.py")
    if spec is None or spec.loader is None or not Path(spec.origin or "").exists():
        sys.exit(f"score_pdf_pages: no scorer at {SHARED / 'tools' / 'score_page.py'}")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def convert_pdf(pdf: Path, out: Path) -> tuple[bool, str]:
    """Run the PDF path as a user would; (True, "") or (False, the CLI's one-line error)."""
    run = subprocess.run([sys.executable, "-m", "teipress", "convert", str(pdf), "-o", str(out),
                          "--force"], capture_output=True, text=True)
    if run.returncode == 0 and out.exists():
        return True, ""
    lines = (run.stderr.strip() or run.stdout.strip() or f"exit code {run.returncode}")
    return False, lines.splitlines()[-1]


def score_text(scorer, text: str, gold: Path, work: Path, stem: str) -> float:
    txt = work / f"{stem}.txt"
    txt.write_text(text, encoding="utf-8")
    xml = work / f"{stem}.xml"
    data, _encoding = convert_file(txt, xml, Edition())
    xml.write_bytes(data)
    return scorer.score(str(txt), str(xml), str(gold))["score"]


def pdfs_of(args: argparse.Namespace) -> list[Path]:
    if args.pdfs:
        return [Path(p) for p in args.pdfs]
    sets = args.set or [s for s in SETS if s not in HELD_OUT]
    return [p for s in sets for p in sorted((PDFPAGES / s).glob("*.pdf"))
            if not p.name.startswith(TEXT_HELD_OUT)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pdfs", nargs="*", help="PDFs with a .gold.json beside them")
    parser.add_argument("--set", choices=SETS, action="append")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    texts = extractors()
    columns = ["pdf", *texts]
    rows: dict[str, list[dict[str, float | None]]] = {}
    pdf_error = ""
    print(f"{'set':10}{'page':46}" + "".join(f"{c:>10}" for c in columns) + "  >=ptt >=best")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for pdf in pdfs_of(args):
            gold = pdf.with_suffix(".gold.json")
            set_name = pdf.parent.name if pdf.parent.name in SETS else "other"
            row: dict[str, float | None] = {}
            page_text = pdftotext(pdf)
            for name, extract in texts.items():
                text = page_text if name == "pdftotext" else extract(pdf)
                row[name] = score_text(scorer, text, gold, work, f"{pdf.stem}-{name}")
            ok, error = convert_pdf(pdf, work / f"{pdf.stem}-pdf.xml")
            if ok:
                (work / f"{pdf.stem}-page.txt").write_text(page_text, encoding="utf-8")
                row["pdf"] = scorer.score(str(work / f"{pdf.stem}-page.txt"),
                                          str(work / f"{pdf.stem}-pdf.xml"), str(gold))["score"]
            else:
                row["pdf"], pdf_error = None, error
            rows.setdefault(set_name, []).append(row)
            best_text = max(v for k, v in row.items() if k != "pdf" and v is not None)
            verdict = "    -     -" if row["pdf"] is None else "".join(
                f"{'yes' if row['pdf'] >= other else 'NO':>6}"
                for other in (row["pdftotext"], best_text))
            print(f"{set_name:10}{pdf.stem[:46]:46}"
                  + "".join(f"{row[c]:10.3f}" if row[c] is not None else f"{'—':>10}"
                            for c in columns) + f" {verdict}")
    for set_name, set_rows in rows.items():
        means = []
        for c in columns:
            values = [r[c] for r in set_rows if r[c] is not None]
            means.append(f"{sum(values) / len(values):10.3f}" if values else f"{'—':>10}")
        print(f"{'mean':10}{set_name + f' ({len(set_rows)} PDFs)':46}" + "".join(means))
    if pdf_error:
        print(f"\nPDF path not scored: `teipress convert` did not accept the PDFs on this branch "
              f"({pdf_error})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
