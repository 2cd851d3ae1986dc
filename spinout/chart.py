"""A grouped bar chart as PNG bytes, drawn with Pillow: no plotting library, same bytes every time."""

from __future__ import annotations

import io
from decimal import Decimal
from functools import cache

WIDTH, HEIGHT = 1600, 800
COLOURS = ((31, 58, 77), (180, 95, 6), (76, 140, 74))   # income, expenditure, surplus
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 190, 40, 40, 140


@cache
def _font(size: int):
    from PIL import ImageFont

    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def bar_chart_png(categories: tuple[str, ...], series: tuple[tuple[str, list[Decimal]], ...]) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    values = [float(v) for _, numbers in series for v in numbers]
    top, bottom = max(values + [0.0]), min(values + [0.0])
    scale_top, step = _nice_axis(top, bottom)
    scale_bottom = -step * _ceil_div(-bottom, step) if bottom < 0 else 0.0
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

    def y_of(value: float) -> int:
        return MARGIN_TOP + round((scale_top - value) / (scale_top - scale_bottom or 1) * plot_h)

    tick = scale_bottom
    while tick <= scale_top + step / 2:
        y = y_of(tick)
        draw.line([(MARGIN_LEFT, y), (WIDTH - MARGIN_RIGHT, y)], fill=(220, 224, 228), width=2)
        label = f"-£{-tick:,.0f}" if tick < 0 else f"£{tick:,.0f}"
        draw.text((MARGIN_LEFT - 12, y), label, fill=(60, 60, 60), font=_font(24), anchor="rm")
        tick += step
    draw.line([(MARGIN_LEFT, y_of(0)), (WIDTH - MARGIN_RIGHT, y_of(0))], fill=(40, 40, 40), width=3)
    group_w = (WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / len(categories)
    bar_w = group_w * 0.75 / len(series)
    for g, category in enumerate(categories):
        left = MARGIN_LEFT + g * group_w + group_w * 0.125
        for s, (_, numbers) in enumerate(series):
            x0 = left + s * bar_w
            y0, y1 = sorted((y_of(float(numbers[g])), y_of(0)))
            draw.rectangle([round(x0), y0, round(x0 + bar_w) - 4, y1], fill=COLOURS[s % len(COLOURS)])
        draw.text((MARGIN_LEFT + (g + 0.5) * group_w, HEIGHT - MARGIN_BOTTOM + 16), category,
                  fill=(40, 40, 40), font=_font(26), anchor="mt")
    _legend(draw, [name for name, _ in series])
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _legend(draw, names: list[str]) -> None:
    x = MARGIN_LEFT
    y = HEIGHT - 60
    for index, name in enumerate(names):
        draw.rectangle([x, y, x + 30, y + 30], fill=COLOURS[index % len(COLOURS)])
        draw.text((x + 42, y + 15), name, fill=(40, 40, 40), font=_font(26), anchor="lm")
        x += 60 + round(draw.textlength(name, font=_font(26)))


def _nice_axis(top: float, bottom: float) -> tuple[float, float]:
    span = max(top, -bottom, 1.0)
    raw = span / 4
    magnitude = 10 ** (len(str(int(raw))) - 1)
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * _ceil_div(max(top, 0.0), step), step


def _ceil_div(value: float, step: float) -> int:
    return int(-(-value // step))
