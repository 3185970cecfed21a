"""Make the images of the e-paper fixture (03.xml beside this script); run once, commit them.

The page image is the example page as ``teipress render pdf`` lays it out, rasterised by
poppler at 60 dpi (A3: 702 × 993 px); the zones in 03.xml were placed over it by hand, in
PDF points. The two photos are drawn with Pillow: flat shapes, so the files stay small and
the same bytes come out every run.

    PYTHONPATH=src python tests/data/epaper/make_images.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
EXAMPLE = HERE.parent / "example-page.xml"


def page_image() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "03.pdf"
        subprocess.run([sys.executable, "-m", "teipress", "render", "pdf", str(EXAMPLE), "-o",
                        str(pdf)], check=True)
        subprocess.run(["pdftoppm", "-r", "60", "-jpeg", "-jpegopt", "quality=80",
                        "-singlefile", str(pdf), str(HERE / "03.page")], check=True)


def photo(name: str, size: tuple[int, int], sky: str, ground: str) -> None:
    image = Image.new("RGB", size, sky)
    draw = ImageDraw.Draw(image)
    width, height = size
    draw.rectangle((0, height * 2 // 3, width, height), fill=ground)
    draw.ellipse((width // 8, height // 8, width // 8 + height // 4, height * 3 // 8),
                 fill="#f4d35e")
    draw.polygon([(width // 3, height * 2 // 3), (width // 2, height // 3),
                  (width * 2 // 3, height * 2 // 3)], fill="#7a5c3e")
    image.save(HERE / name, quality=85, optimize=False)


if __name__ == "__main__":
    page_image()
    photo("03-photo1.jpg", (480, 320), "#9cc5e8", "#6b8f4e")
    photo("03-photo2.jpg", (640, 360), "#bcd7ee", "#a88a5c")
