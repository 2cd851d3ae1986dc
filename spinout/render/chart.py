"""The business case's charts as PNG bytes, drawn with Pillow: no plotting library, the same
bytes every time.

Drawn for print: an image `width_mm` wide (the Figure's printed width) at 300 dots an inch,
so every text is at least 9 pt when the figure is printed at that width. Every text is
measured with the font it is drawn in: the left margin is as wide as the widest tick label,
value labels are kept inside the image, and nothing is ever clipped, at £50 as at £6bn.
Colours are safe for colour-blind readers (blue #0072B2, orange #E69F00, grey, black) and
never the only cue: series also differ by pattern, and every chart has a legend or labels.

- `bars_png`: grouped vertical bars (income, recurring costs and one-off costs by year);
- `results_png`: surplus (deficit) after tax as bars about a bold zero line, with year-end
  cash as a line with markers, on their own axis, every value labelled;
- `tornado_png`: one horizontal bar a driver, about zero, each value labelled at its end.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..engine.document import Chart
from ..formats import pounds, short_pounds

if TYPE_CHECKING:
    from PIL import Image, ImageFont

Box = tuple[float, float, float, float]     # left, top, right, bottom, in pixels
Point = tuple[float, float]

DPI = 300
WIDTH_MM = 155                     # the printed width a Figure has unless it says otherwise

BLUE = (0, 114, 178)               # #0072B2
ORANGE = (230, 159, 0)             # #E69F00
GREY = (153, 153, 153)             # #999999
SKY = (86, 180, 233)               # #56B4E9
INK = (0, 0, 0)
TEXT_INK = (34, 34, 34)
GRID = (220, 220, 220)
WHITE = (255, 255, 255)

# (fill, pattern) a series: a pattern as well as a colour, so colour is never the only cue
STYLES = ((BLUE, "solid"), (ORANGE, "diagonal"), (GREY, "cross"), (SKY, "dots"))


def pt(points: float) -> int:
    """Points at print size as pixels of the image."""
    return round(points * DPI / 72)


def mm(millimetres: float) -> int:
    return round(millimetres * DPI / 25.4)


TEXT = pt(9.5)                     # tick labels, categories, legend
LABEL = pt(9)                      # value labels (the smallest text: 9 pt)
TITLE = pt(10)                     # the axis title
PAD = mm(2)                        # blank border round the chart
GAP = mm(1.2)                      # between a text and what it labels


@cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    names = ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf") if bold else \
        ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    for name in names:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    font = ImageFont.load_default(size)
    # without FreeType, Pillow has only a bitmap font, which cannot be measured as the charts are
    if not isinstance(font, ImageFont.FreeTypeFont):
        raise RuntimeError("Pillow was built without FreeType, so the charts cannot be drawn")
    return font


def text_width(text: str, size: int = TEXT, bold: bool = False) -> int:
    return math.ceil(_font(size, bold).getlength(text))


def line_height(size: int) -> int:
    ascent, descent = _font(size).getmetrics()
    return ascent + descent


# --------------------------------------------------------------------------- the canvas

@dataclass(frozen=True)
class Text:
    box: Box                           # what the text covers
    text: str
    size: int


@dataclass
class Canvas:
    """An image and a record of every text drawn on it (for the tests: inside, not overlapping)."""
    width: int
    height: int
    texts: list[Text] = field(default_factory=list)

    def __post_init__(self) -> None:
        from PIL import Image, ImageDraw

        self.image = Image.new("RGB", (self.width, self.height), WHITE)
        self.draw = ImageDraw.Draw(self.image)

    def text(self, xy: tuple[float, float], text: str, *, size: int = TEXT, anchor: str = "la",
             bold: bool = False, fill: tuple[int, int, int] = TEXT_INK, halo: bool = False) -> Box:
        font = _font(size, bold)
        xy = (round(xy[0]), round(xy[1]))
        box = self.draw.textbbox(xy, text, font=font, anchor=anchor)
        if halo:                  # a white ground, so a label stays legible across a grid line or bar
            self.draw.rectangle(_grow(box, 4), fill=WHITE)
        self.draw.text(xy, text, fill=fill, font=font, anchor=anchor)
        self.texts.append(Text(box, text, size))
        return box

    def box_of(self, xy: tuple[float, float], text: str, *, size: int = TEXT, anchor: str = "la",
               bold: bool = False) -> Box:
        return self.draw.textbbox((round(xy[0]), round(xy[1])), text, font=_font(size, bold), anchor=anchor)

    def bar(self, box: tuple[float, float, float, float], style: int) -> None:
        """A bar filled with the series' colour and pattern, outlined in black."""
        x0, y0, x1, y1 = (round(v) for v in box)
        x0, x1 = sorted((x0, x1))
        y0, y1 = sorted((y0, y1))
        if x1 - x0 < 1 or y1 - y0 < 1:
            return
        self.image.paste(_pattern(x1 - x0 + 1, y1 - y0 + 1, style), (x0, y0))
        self.draw.rectangle([x0, y0, x1, y1], outline=INK, width=2)

    def png(self) -> bytes:
        out = io.BytesIO()
        self.image.save(out, format="PNG", optimize=False, dpi=(DPI, DPI))
        return out.getvalue()


def _pattern(width: int, height: int, style: int) -> Image.Image:
    """A tile of the series' fill: solid, diagonal hatching, cross-hatching or dots."""
    from PIL import Image, ImageDraw

    colour, kind = STYLES[style % len(STYLES)]
    tile = Image.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(tile)
    step, line = 20, 4
    if kind in ("diagonal", "cross"):
        for start in range(-height, width + height, step):
            draw.line([(start, height), (start + height, 0)], fill=INK, width=line)
            if kind == "cross":
                draw.line([(start, 0), (start + height, height)], fill=INK, width=line)
    elif kind == "dots":
        for y in range(step // 2, height, step):
            for x in range(step // 2 + (y // step % 2) * step // 2, width, step):
                draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=INK)
    return tile


SHORTEST = 7          # pixels: a bar for any value other than zero shows beyond the zero line


def _reach(zero: float, end: float, value: int, sign: int) -> float:
    """Where a bar for `value` ends: at `end`, but at least SHORTEST pixels from zero if the
    value is not zero (`sign` is the direction of a positive value in pixels)."""
    if value == 0:
        return zero
    direction = sign if value > 0 else -sign
    return zero + direction * max(abs(end - zero), SHORTEST)


def _grow(box: Box, by: int) -> Box:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _wrap(text: str, width: int, size: int = TEXT, bold: bool = False) -> list[str]:
    """Words on lines no wider than `width` pixels (a word too long for a line is split)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, size, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while text_width(word, size, bold) > width and len(word) > 1:
            cut = max((n for n in range(1, len(word)) if text_width(word[:n], size, bold) <= width), default=1)
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


# --------------------------------------------------------------------------- the value axis

def _nice_step(span: int, intervals: int) -> int:
    """A whole-pound step of 1, 2, 2.5 or 5 times a power of ten giving at most `intervals`."""
    raw = max(span / max(intervals, 1), 1)
    magnitude = 10 ** int(math.floor(math.log10(raw)))
    for multiple in (1, 2, 2.5, 5, 10):
        step = multiple * magnitude
        if step >= raw and float(step).is_integer():
            return int(step)
    return 10 * magnitude


def _ticks(low: float, high: float, step: int) -> list[int]:
    first = math.ceil(low / step)
    return [n * step for n in range(first, math.floor(high / step) + 1)]


@dataclass(frozen=True)
class Axis:
    """A vertical value axis: `high` at pixel `start` (the top), `low` at pixel `end`."""
    low: float
    high: float
    start: float          # the pixel of `high`
    end: float            # the pixel of `low`

    def at(self, value: float) -> float:
        return self.end + (value - self.low) / (self.high - self.low) * (self.start - self.end)

    def value_at(self, pixel: float) -> float:
        return self.low + (pixel - self.end) / (self.start - self.end) * (self.high - self.low)


def _value_axis(values: list[int], top: int, bottom: int, room_above: int, room_below: int) -> Axis:
    """A vertical axis from pixel `top` to `bottom`: zero and every value in it, the values
    kept `room_above` / `room_below` pixels clear of the ends (for labels), and no further
    below zero than the data needs."""
    high, low = max(values + [0]), min(values + [0])
    if high == low:
        high = 100
    inner_top = top + (room_above if high > 0 else 0)
    inner_bottom = bottom - (room_below if low < 0 else 0)
    inner = Axis(low, high, inner_top, inner_bottom)
    return Axis(inner.value_at(bottom), inner.value_at(top), top, bottom)


def _vertical_ticks(axis: Axis) -> list[int]:
    span = axis.high - axis.low
    pixels = abs(axis.end - axis.start)
    intervals = max(2, min(6, int(pixels // (2.2 * line_height(TEXT)))))
    return _ticks(axis.low, axis.high, _nice_step(int(span), intervals))


# --------------------------------------------------------------------------- legend

@dataclass(frozen=True)
class Key:
    name: str
    style: int = 0
    line: bool = False    # a line with a marker, not a bar


SWATCH = pt(9)


def _legend_rows(keys: list[Key], width: int) -> list[list[tuple[Key, int]]]:
    """The legend's entries laid out in rows of at most `width` pixels: (key, entry width)."""
    rows: list[list[tuple[Key, int]]] = [[]]
    used = 0
    for key in keys:
        swatch = SWATCH * 2 if key.line else SWATCH
        entry = swatch + GAP + min(text_width(key.name), width - swatch - GAP)
        if rows[-1] and used + mm(5) + entry > width:
            rows.append([])
            used = 0
        used += (mm(5) if rows[-1] else 0) + entry
        rows[-1].append((key, entry))
    return [row for row in rows if row]


def _legend_height(keys: list[Key], width: int) -> int:
    return sum(_legend_row_height(row, width) for row in _legend_rows(keys, width))


def _legend_row_height(row: list[tuple[Key, int]], width: int) -> int:
    lines = max(len(_wrap(key.name, width - SWATCH * 2 - GAP)) for key, _ in row)
    return lines * line_height(TEXT) + GAP


def _draw_legend(canvas: Canvas, keys: list[Key], x: int, y: int, width: int) -> None:
    for row in _legend_rows(keys, width):
        left = x
        for key, entry in row:
            middle = y + line_height(TEXT) // 2
            if key.line:
                canvas.draw.line([(left, middle), (left + 2 * SWATCH, middle)], fill=INK, width=5)
                _marker(canvas, left + SWATCH, middle)
                text_x = left + 2 * SWATCH + GAP
            else:
                canvas.bar((left, middle - SWATCH // 2, left + SWATCH, middle + SWATCH // 2), key.style)
                text_x = left + SWATCH + GAP
            for n, line in enumerate(_wrap(key.name, x + width - text_x)):
                canvas.text((text_x, middle + n * line_height(TEXT)), line, anchor="lm")
            left += entry + mm(5)
        y += _legend_row_height(row, width)


def _marker(canvas: Canvas, x: float, y: float) -> None:
    r = pt(2.6)
    canvas.draw.ellipse([round(x - r), round(y - r), round(x + r), round(y + r)], fill=WHITE, outline=INK, width=5)


# --------------------------------------------------------------------------- vertical charts

@dataclass(frozen=True)
class Frame:
    """Where a vertical chart's parts go."""
    canvas: Canvas
    axis: Axis
    ticks: list[int]
    left: int             # the plot area
    right: int
    top: int
    bottom: int
    category_lines: list[list[str]]

    def group(self, index: int) -> tuple[float, float]:
        width = (self.right - self.left) / len(self.category_lines)
        return self.left + index * width, width


def _frame(categories: tuple[str, ...], values: list[int], keys: list[Key], axis_title: str, width_mm: int,
           *, room_above: int = 0, room_below: int = 0) -> Frame:
    """Lay out a vertical chart and draw its furniture: axis title, legend, grid, ticks,
    category labels. The left margin is as wide as the widest tick label drawn."""
    width = mm(width_mm)
    title_lines = _wrap(axis_title, width - 2 * PAD, TITLE, bold=True)
    legend_top = PAD + len(title_lines) * line_height(TITLE) + GAP
    plot_top = legend_top + _legend_height(keys, width - 2 * PAD) + GAP + line_height(TEXT) // 2
    categories = categories or ("",)
    room_above, room_below = room_above + mm(1), room_below + mm(1)
    # The tick labels set the left margin, the margin the room for category labels, and
    # their lines the plot's height and so the ticks: settle them in turn (twice is enough).
    label_width = text_width("-£0,000,000")
    for _ in range(3):
        group = (width - 2 * PAD - label_width - GAP) / len(categories)
        category_lines = [_wrap(c, max(int(group) - GAP, 1)) for c in categories]
        below = max(len(lines) for lines in category_lines) * line_height(TEXT) + GAP + PAD
        # the plot keeps at least 35 mm for the bars beyond the labels' room: a narrow figure grows taller
        height = max(mm(width_mm * 0.58), plot_top + room_above + room_below + mm(35) + below)
        plot_bottom = height - below
        axis = _value_axis(values, plot_top, plot_bottom, room_above, room_below)
        ticks = _vertical_ticks(axis)
        settled = max(text_width(pounds(t)) for t in ticks)
        if settled == label_width:
            break
        label_width = settled
    left, right = PAD + label_width + GAP, width - PAD
    canvas = Canvas(width, height)

    for n, line in enumerate(title_lines):
        canvas.text((PAD, PAD + n * line_height(TITLE)), line, size=TITLE, bold=True)
    _draw_legend(canvas, keys, PAD, legend_top, width - 2 * PAD)
    for tick in ticks:
        y = axis.at(tick)
        canvas.draw.line([(left, round(y)), (right, round(y))], fill=GRID, width=2)
        canvas.text((left - GAP, y), pounds(tick), anchor="rm")
    frame = Frame(canvas, axis, ticks, left, right, plot_top, plot_bottom, category_lines)
    for index, lines in enumerate(category_lines):
        x, group = frame.group(index)
        for n, line in enumerate(lines):
            canvas.text((x + group / 2, plot_bottom + GAP + n * line_height(TEXT)), line, anchor="ma")
    return frame


def _zero_line(frame: Frame) -> None:
    y = round(frame.axis.at(0))
    frame.canvas.draw.line([(frame.left, y), (frame.right, y)], fill=INK, width=5)


def bars_png(categories: tuple[str, ...], series: tuple[tuple[str, list[int]], ...], *, axis_title: str,
             width_mm: int = WIDTH_MM) -> bytes:
    """Grouped vertical bars: one group a category, one bar a series, each series its own
    colour and pattern (income, recurring costs, one-off costs by year)."""
    return draw_bars(categories, series, axis_title=axis_title, width_mm=width_mm).png()


def draw_bars(categories: tuple[str, ...], series: tuple[tuple[str, list[int]], ...], *, axis_title: str,
              width_mm: int = WIDTH_MM) -> Canvas:
    values = [int(v) for _, numbers in series for v in numbers]
    keys = [Key(name, index) for index, (name, _) in enumerate(series)]
    frame = _frame(categories, values, keys, axis_title, width_mm)
    count = max(len(series), 1)
    for g in range(len(frame.category_lines)):
        x, group = frame.group(g)
        bar = group * 0.8 / count
        for s, (_, numbers) in enumerate(series):
            if g < len(numbers) and int(numbers[g]):
                x0 = x + group * 0.1 + s * bar
                value, zero = int(numbers[g]), frame.axis.at(0)
                end = _reach(zero, frame.axis.at(value), value, -1)
                frame.canvas.bar((x0, end, x0 + bar - mm(0.4), zero), s)
    _zero_line(frame)
    return frame.canvas


def results_png(categories: tuple[str, ...], bars: tuple[str, list[int]], line: tuple[str, list[int]], *,
                axis_title: str, width_mm: int = WIDTH_MM) -> bytes:
    """The surplus (deficit) after tax as bars above or below a bold zero line, and year-end
    cash as a line with markers, on one axis of their own; every value labelled."""
    return draw_results(categories, bars, line, axis_title=axis_title, width_mm=width_mm).png()


def draw_results(categories: tuple[str, ...], bars: tuple[str, list[int]], line: tuple[str, list[int]], *,
                 axis_title: str, width_mm: int = WIDTH_MM) -> Canvas:
    bar_name, bar_values = bars[0], [int(v) for v in bars[1]]
    line_name, line_values = line[0], [int(v) for v in line[1]]
    radius = pt(2.6)
    room = line_height(LABEL) + GAP + radius
    frame = _frame(categories, bar_values + line_values, [Key(bar_name, 0), Key(line_name, line=True)],
                   axis_title, width_mm, room_above=room, room_below=room)
    canvas, axis = frame.canvas, frame.axis
    zero = axis.at(0)
    groups = len(frame.category_lines)
    bar_values, line_values = bar_values[:groups], line_values[:groups]
    bar_boxes: list[Box] = []
    for g, value in enumerate(bar_values):
        x, group = frame.group(g)
        box = (x + group * 0.3, _reach(zero, axis.at(value), value, -1), x + group * 0.7, zero)
        canvas.bar(box, 0)
        bar_boxes.append((round(box[0]), round(min(box[1], box[3])), round(box[2]), round(max(box[1], box[3]))))
    _zero_line(frame)
    points = [(frame.group(g)[0] + frame.group(g)[1] / 2, axis.at(value)) for g, value in enumerate(line_values)]
    if len(points) > 1:
        canvas.draw.line([(round(x), round(y)) for x, y in points], fill=INK, width=5, joint="curve")
    for x, y in points:
        _marker(canvas, x, y)
    markers: list[Box] = [(round(x - radius), round(y - radius), round(x + radius), round(y + radius))
                          for x, y in points]
    segments = list(zip(points, points[1:], strict=False))
    bounds = (PAD, frame.top - line_height(TEXT) // 2, canvas.width - PAD, frame.bottom)
    placed = [t.box for t in canvas.texts]
    # whole pounds where they fit a category's width, else three figures ("£653k")
    crowded = max(text_width(short_pounds(v), LABEL, bold=True) for v in bar_values + line_values + [0]) \
        > frame.group(0)[1] * 0.92

    def label(value: int) -> str:
        return short_pounds(value, thousands=crowded)

    # each surplus at its bar's end (or, if a cash marker sits there, beside it or across the zero line)
    for g, value in enumerate(bar_values):
        x, group = frame.group(g)
        middle, end, side = x + group / 2, _reach(zero, axis.at(value), value, -1), (-1 if value >= 0 else 1)
        vertical = "b" if value >= 0 else "t"
        beside = radius + GAP
        candidates = [((middle, end + side * GAP), "m" + vertical),
                      ((middle - beside, end + side * GAP), "r" + vertical),
                      ((middle + beside, end + side * GAP), "l" + vertical),
                      ((middle, end + side * (GAP + line_height(LABEL))), "m" + vertical),    # further out
                      ((middle, zero - side * GAP), "m" + ("t" if value >= 0 else "b"))]
        at, anchor = _best(canvas, label(value), candidates, bounds, labels=placed,
                           obstacles=markers, segments=segments)
        placed.append(canvas.text(at, label(value), size=LABEL, anchor=anchor, bold=True, fill=(0, 70, 110)))
    # each cash figure by its marker, where it covers nothing else
    for (x, y), value in zip(points, line_values, strict=True):
        r = radius + GAP
        candidates = [((x, y - r), "mb"), ((x, y + r), "mt"), ((x + r, y), "lm"), ((x - r, y), "rm"),
                      ((x + r, y - r), "lb"), ((x - r, y - r), "rb"), ((x + r, y + r), "lt"), ((x - r, y + r), "rt"),
                      ((x, y - r - line_height(LABEL)), "mb"), ((x, y + r + line_height(LABEL)), "mt")]
        at, anchor = _best(canvas, label(value), candidates, bounds, labels=placed,
                           obstacles=markers + bar_boxes, segments=segments, bold=False)
        placed.append(canvas.text(at, label(value), size=LABEL, anchor=anchor, halo=True))
    return canvas


def _best(canvas: Canvas, text: str, candidates: list[tuple[Point, str]], bounds: Box, *, labels: list[Box],
          obstacles: list[Box], segments: list[tuple[Point, Point]], bold: bool = True) -> tuple[Point, str]:
    """The first of the candidate places for a label that stays in `bounds` and covers
    nothing; if every place covers something, the one covering least (another label most)."""
    def cost(box: Box) -> int:
        grown = _grow(box, 4)
        return (100 * sum(_overlaps(grown, other) for other in labels)
                + 10 * sum(_overlaps(grown, other) for other in obstacles)
                + sum(_crosses(grown, a, b) for a, b in segments))

    best: tuple[Point, str] | None = None
    best_cost: int | None = None
    for at, anchor in candidates:
        box = canvas.box_of(at, text, size=LABEL, anchor=anchor, bold=bold)
        shift = max(bounds[0] - box[0], 0) - max(box[2] - bounds[2], 0)      # keep inside the image
        at, box = (at[0] + shift, at[1]), (box[0] + shift, box[1], box[2] + shift, box[3])
        if box[1] < bounds[1] or box[3] > bounds[3]:
            continue
        here = cost(box)
        if best_cost is None or here < best_cost:
            best, best_cost = (at, anchor), here
        if here == 0:
            break
    return best or candidates[0]


def _crosses(box: Box, a: Point, b: Point) -> bool:
    """Whether the line from a to b passes through the box (sampled every few pixels)."""
    steps = max(1, int(math.hypot(b[0] - a[0], b[1] - a[1]) // 4))
    return any(box[0] <= a[0] + (b[0] - a[0]) * n / steps <= box[2]
               and box[1] <= a[1] + (b[1] - a[1]) * n / steps <= box[3]
               for n in range(steps + 1))


# --------------------------------------------------------------------------- tornado

def tornado_png(items: list[tuple[str, int]], *, axis_title: str, width_mm: int = WIDTH_MM) -> bytes:
    """One horizontal bar a driver, from zero (negative values to the left), in the order
    given, the driver named on the left and the value labelled at the bar's end."""
    return draw_tornado(items, axis_title=axis_title, width_mm=width_mm).png()


def draw_tornado(items: list[tuple[str, int]], *, axis_title: str, width_mm: int = WIDTH_MM) -> Canvas:
    items = [(str(name), int(value)) for name, value in items]
    values = [value for _, value in items]
    width = mm(width_mm)
    # the drivers' names wrapped into a gutter on the left, labels in whole pounds; if that
    # leaves the bars too little room (a narrow figure, huge values), a narrower gutter and
    # labels in three figures ("£99.2m")
    for share, label in ((0.36, pounds), (0.36, short_pounds), (0.24, short_pounds), (0.16, short_pounds)):
        names = [_wrap(name, int(width * share)) for name, _ in items]
        gutter = PAD + max([text_width(line) for lines in names for line in lines] + [0]) + GAP
        left, right = gutter + mm(4), width - PAD
        scale, zero = _tornado_scale(values, left, right, label)
        if scale * max(map(abs, values), default=0) >= (right - left) / 3:
            break
    thickness = pt(13)
    rows = [max(len(lines) * line_height(TEXT), thickness) + mm(2.2) for lines in names]
    title_lines = _wrap(axis_title, width - 2 * PAD, TITLE, bold=True)
    top = PAD
    bottom = top + sum(rows)
    height = bottom + GAP + line_height(TEXT) + GAP + len(title_lines) * line_height(TITLE) + PAD
    canvas = Canvas(width, height)
    low, high = (left - zero) / scale, (right - zero) / scale

    ticks = _tornado_ticks(low, high, scale)
    for tick in ticks:
        pixel = round(zero + tick * scale)
        canvas.draw.line([(pixel, top), (pixel, bottom)], fill=GRID, width=2)
    for tick in ticks:
        x = zero + tick * scale
        box = canvas.box_of((x, bottom + GAP), pounds(tick), anchor="ma")
        if PAD <= box[0] and box[2] <= width - PAD:
            canvas.text((x, bottom + GAP), pounds(tick), anchor="ma")
    for n, line in enumerate(title_lines):          # under the plot's middle, but never off the image
        half = text_width(line, TITLE, bold=True) / 2
        middle = min(max((left + right) / 2, PAD + half), width - PAD - half)
        canvas.text((middle, bottom + 2 * GAP + line_height(TEXT) + n * line_height(TITLE)),
                    line, size=TITLE, bold=True, anchor="ma")
    y = top
    for (_, value), lines, row in zip(items, names, rows, strict=True):
        middle = y + row / 2
        for n, line in enumerate(lines):
            offset = (n - (len(lines) - 1) / 2) * line_height(TEXT)
            canvas.text((gutter, middle + offset), line, anchor="rm")
        end = _reach(zero, zero + value * scale, value, 1)
        canvas.bar((zero, middle - thickness / 2, end, middle + thickness / 2), 0 if value >= 0 else 1)
        if value >= 0:
            canvas.text((end + GAP, middle), label(value), size=LABEL, anchor="lm", bold=True)
        else:
            canvas.text((end - GAP, middle), label(value), size=LABEL, anchor="rm", bold=True)
        y += row
    canvas.draw.line([(round(zero), top), (round(zero), bottom)], fill=INK, width=5)
    return canvas


def _tornado_scale(values: list[int], left: int, right: int,
                   label: Callable[[int], str] = pounds) -> tuple[float, float]:
    """Pixels a pound, and the pixel of zero, so that every bar and its label fit between
    `left` and `right` (labels go beyond the bar's end: right of it, or left for a negative)."""
    def need(value: int) -> tuple[int, int]:
        return abs(value), SHORTEST + GAP + text_width(label(value), LABEL, bold=True)

    negatives = [need(v) for v in values if v < 0]
    positives = [need(v) for v in values if v >= 0] or [(0, text_width("£0") // 2 + GAP)]   # room for the £0 tick

    def fits(scale: float) -> bool:
        return _side(negatives, scale) + _side(positives, scale) <= right - left

    low, high = 0.0, (right - left) / 100          # never more than the plot for £100
    if fits(high):
        scale = high
    else:
        for _ in range(60):
            middle = (low + high) / 2
            low, high = (middle, high) if fits(middle) else (low, middle)
        scale = max(low, 1e-12)                  # labels wider than the plot: bars as short as can be
    return scale, left + _side(negatives, scale)


def _side(needs: list[tuple[int, int]], scale: float) -> float:
    return max((value * scale + label for value, label in needs), default=0)


def _tornado_ticks(low: float, high: float, scale: float) -> list[int]:
    intervals = 6
    while True:
        step = _nice_step(int(high - low), intervals)
        ticks = _ticks(low, high, step)
        widest = max([text_width(pounds(t)) for t in ticks] + [0])
        if intervals == 1 or step * scale >= widest + mm(3):
            return ticks
        intervals -= 1


@cache
def chart_png(chart: Chart, width_mm: int = WIDTH_MM) -> bytes:
    """The PNG of a Chart (engine/document.py), drawn once a process: the DOCX, HTML and PDF of
    one business case share the bytes."""
    series = tuple((name, list(values)) for name, values in chart.series)
    if chart.kind == "bars":
        return bars_png(chart.categories, series, axis_title=chart.axis_title, width_mm=width_mm)
    if chart.kind == "results":
        return results_png(chart.categories, series[0], series[1], axis_title=chart.axis_title, width_mm=width_mm)
    items = [(name, values[0]) for name, values in series]
    return tornado_png(items, axis_title=chart.axis_title, width_mm=width_mm)
