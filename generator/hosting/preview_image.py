"""The picture a chat app or social site shows with a shared link (og:image): 1200 by 630
pixels, the site's own colours, its title and its main figures, drawn at build time with Pillow
(no outside service). The same bytes for the same texts."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
# The site's primary colour (docs/assets/klachten.css) with white: contrast 8.9:1.
BACKGROUND = "#303fa1"
FOREGROUND = "#ffffff"
MUTED = "#dfe3ff"
# (font size, most lines) per part of the picture.
HEADING = (56, 2)
FIGURE = (96, 1)
DETAIL = (36, 3)
FOOTER = (30, 1)
ELLIPSIS = "…"


@dataclass(frozen=True)
class PreviewText:
    heading: str  # the site's title, e.g. "Klachtenjaarverslag Voorbeeld kinderopvang 2024"
    figure: str  # "537 klachten"
    detail: str  # "bij 330 locaties: 120 gegrond, ..."
    footer: str  # what the site offers


def preview_png(text: PreviewText) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    y = _draw_lines(draw, text.heading, y, HEADING, FOREGROUND) + 32
    y = _draw_lines(draw, text.figure, y, FIGURE, FOREGROUND) + 12
    _draw_lines(draw, text.detail, y, DETAIL, MUTED)
    _draw_lines(draw, text.footer, HEIGHT - MARGIN - FOOTER[0], FOOTER, MUTED)
    output = io.BytesIO()
    # Not optimize=True: 3% smaller (41 against 43 KB) for three times the time (0,07 against 0,02 s).
    image.save(output, format="PNG")
    return output.getvalue()


def _draw_lines(draw: ImageDraw.ImageDraw, text: str, top: int, style: tuple[int, int], colour: str) -> int:
    """Draw `text` wrapped to the width, at most the style's number of lines (the last one cut with
    '…'); returns the y below it."""
    size, most = style
    font = ImageFont.load_default(size=size)
    for line in wrap(text, lambda candidate: draw.textlength(candidate, font=font), WIDTH - 2 * MARGIN, most):
        draw.text((MARGIN, top), line, font=font, fill=colour)
        top += round(size * 1.25)
    return top


def wrap(text: str, width_of, width: float, most: int) -> list[str]:
    """The words of `text` in lines no wider than `width`; past `most` lines the last one ends in '…'."""
    lines: list[str] = []
    for word in " ".join(text.split()).split(" "):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and width_of(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    if len(lines) > most:
        lines = lines[:most]
        lines[-1] += ELLIPSIS
    return [_fit(line, width_of, width) for line in lines]


def _fit(line: str, width_of, width: float) -> str:
    """A line (or one long word) cut until it fits, ending in '…'."""
    if width_of(line) <= width:
        return line
    while line and width_of(line + ELLIPSIS) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS
