"""Stand-in news photos and charts: small JPEGs drawn with Pillow from a seed.

The PDF reader must find the photos a page embeds (JPEG streams) and set their captions beside
them; what the pictures show does not matter, only that they are real JPEG images of a news
photo's proportions. Each is drawn from its seed alone (``random.Random``), so the same page
always embeds the same bytes.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFilter

SIZE = (480, 320)  # pixels; a 3:2 news photo, small enough to keep the PDFs small
PORTRAIT = (240, 320)  # a 3:4 head-and-shoulders photo, as columns print their author's


def _sky_and_ground(draw: ImageDraw.ImageDraw, rnd: random.Random, w: int, h: int) -> None:
    top = (rnd.randrange(90, 200), rnd.randrange(120, 210), rnd.randrange(170, 250))
    bottom = (rnd.randrange(60, 160), rnd.randrange(90, 170), rnd.randrange(40, 120))
    horizon = rnd.randrange(h // 3, 2 * h // 3)
    for y in range(h):
        t = y / max(1, horizon) if y < horizon else 1.0
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (w, y)], fill=colour)
    for _ in range(rnd.randrange(3, 7)):  # hills, fields, buildings
        x0 = rnd.randrange(-w // 4, w)
        width = rnd.randrange(w // 6, w // 2)
        y0 = horizon - rnd.randrange(0, h // 4)
        shade = tuple(max(0, c - rnd.randrange(10, 60)) for c in bottom)
        if rnd.random() < 0.5:
            draw.polygon([(x0, horizon + 5), (x0 + width // 2, y0), (x0 + width, horizon + 5)],
                         fill=shade)
        else:
            draw.rectangle([x0, y0, x0 + width // 3, horizon + 5], fill=shade)
    for _ in range(rnd.randrange(4, 12)):  # people, machines, trees in the foreground
        x = rnd.randrange(0, w)
        y = rnd.randrange(horizon, h)
        r = rnd.randrange(4, 18)
        colour = (rnd.randrange(20, 230), rnd.randrange(20, 200), rnd.randrange(20, 200))
        draw.ellipse([x - r, y - 2 * r, x + r, y], fill=colour)


def _chart(draw: ImageDraw.ImageDraw, rnd: random.Random, w: int, h: int) -> None:
    draw.rectangle([0, 0, w, h], fill=(250, 248, 240))
    bars = rnd.randrange(5, 9)
    step = (w - 60) // bars
    for i in range(bars):
        value = rnd.randrange(h // 5, h - 50)
        x = 40 + i * step
        draw.rectangle([x, h - 30 - value, x + step * 2 // 3, h - 30],
                       fill=(200, 60 + 10 * i, 50))
    draw.line([(30, h - 30), (w - 10, h - 30)], fill=(60, 60, 60), width=2)
    draw.line([(30, 10), (30, h - 30)], fill=(60, 60, 60), width=2)


def photo_jpeg(seed: str, chart: bool = False, size: tuple[int, int] = SIZE) -> bytes:
    """A JPEG news photo (or bar chart) drawn from ``seed``; same seed, same bytes."""
    rnd = random.Random(seed)
    w, h = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    if chart:
        _chart(draw, rnd, w, h)
    else:
        _sky_and_ground(draw, rnd, w, h)
        image = image.filter(ImageFilter.GaussianBlur(1.2))
        noise = Image.frombytes("L", size, rnd.randbytes(w * h)).convert("RGB")
        image = Image.blend(image, noise, 0.06)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=72, optimize=True)
    return out.getvalue()
