"""Bar charts as plain geometry, for the SVG templates: computed at build time, no JavaScript.

Each bar is split into segments, one per series. A series has a colour and a pattern, so that no
chart depends on colour alone; every number is also in the table next to the chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.view.context import YearContext
from generator.view.model import Category, Judgement, JudgementCounts

# Geometry in SVG units. Each bar has its label on a line above it, so that the chart stays
# narrow enough to read on a phone.
WIDTH = 400
BAR_AREA = 350
LABEL_LINE = 17
BAR_HEIGHT = 16
BAR_GAP = 10
ROW = LABEL_LINE + BAR_HEIGHT + BAR_GAP
LEGEND_ROW = 22
LEGEND_COLUMNS = 2
LABEL_CHARACTERS = 56
# Colour and pattern per series, in order. Every colour has at least 3:1 contrast with white (WCAG
# 1.4.11) and segments are separated by white, so each keeps that contrast with its neighbour; the
# patterns tell series apart for readers who do not see the colours apart.
STYLES = {
    "label": (("#5f6368", "stippen"), ("#1f5fa8", "vlak"), ("#a34a00", "strepen")),
    "soort": (("#1f5fa8", "vlak"),),
    "oordeel": (("#8e2a1b", "vlak"), ("#7a5400", "strepen"), ("#1f5fa8", "stippen"), ("#5f6368", "ruit")),
    "jaar": (("#5f6368", "strepen"), ("#1f5fa8", "vlak")),
}


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    pattern: str  # vlak (solid), strepen, stippen or ruit; see the SVG template

    @property
    def key(self) -> str:
        return f"{self.pattern}-{self.colour.lstrip('#')}"


@dataclass(frozen=True)
class Segment:
    series: Series
    value: float  # as shown: a count, or a percentage of the bar
    count: float
    x: float
    width: float


@dataclass(frozen=True)
class Bar:
    label: str
    total: float
    total_text: str
    top: int
    segments: tuple[Segment, ...]

    @property
    def label_y(self) -> int:
        return self.top + LABEL_LINE - 5

    @property
    def y(self) -> int:
        return self.top + LABEL_LINE

    @property
    def short_label(self) -> str:
        """The label as drawn; the full label is in the tooltip and the table."""
        return self.label if len(self.label) <= LABEL_CHARACTERS else self.label[: LABEL_CHARACTERS - 1].rstrip() + "…"


@dataclass(frozen=True)
class BarChart:
    key: str  # unique on the page; used for element ids
    title: str
    description: str
    series: tuple[Series, ...]
    bars: tuple[Bar, ...]
    percent: bool

    @property
    def width(self) -> int:
        return WIDTH

    @property
    def bar_height(self) -> int:
        return BAR_HEIGHT

    @property
    def legend_top(self) -> int:
        return len(self.bars) * ROW + 4

    @property
    def height(self) -> int:
        legend_rows = -(-len(self.series) // LEGEND_COLUMNS)
        return self.legend_top + legend_rows * LEGEND_ROW

    def legend_position(self, index: int) -> tuple[int, int]:
        return (index % LEGEND_COLUMNS) * (WIDTH // LEGEND_COLUMNS), self.legend_top + (index // LEGEND_COLUMNS) * LEGEND_ROW


def series_styles(names: tuple[str, ...], family: str) -> tuple[Series, ...]:
    styles = STYLES[family]
    return tuple(Series(name, *styles[index % len(styles)]) for index, name in enumerate(names))


def stacked_chart(key: str, title: str, description: str, series: tuple[Series, ...], rows: list[tuple[str, tuple[float, ...]]], percent: bool = False) -> BarChart:
    """Horizontal stacked bars; with `percent`, each bar is scaled to 100% of its own total."""
    largest = max((sum(values) for _, values in rows), default=0) or 1
    bars = []
    for index, (label, values) in enumerate(rows):
        total = sum(values)
        scale = BAR_AREA / (total or 1) if percent else BAR_AREA / largest
        shown = [100 * value / total if percent and total else value for value in values]
        x = 0.0
        segments = []
        for kind, value, count in zip(series, shown, values):
            width = count * scale
            segments.append(Segment(kind, round(value, 1) if percent else value, count, round(x, 2), round(width, 2)))
            x += width
        bars.append(Bar(label, total, f"{int(total)}", index * ROW, tuple(segment for segment in segments if segment.count)))
    return BarChart(key, title, description, series, tuple(bars), percent)


def home_charts(year: YearContext) -> dict[str, BarChart]:
    """The home page's charts: per category (and label, in a year with labels), the judgements
    per category (in a year with judgements), and last year's figures where the report gives them."""
    charts = {"labels": _category_chart(year)}
    if year.judgements:
        charts["gegrond"] = stacked_chart(
            "oordeel-per-soort",
            "Oordeel per soort klacht",
            "Staafdiagram met per soort klacht het deel van de klachten per oordeel van de organisatie, in procenten. De aantallen staan ook in de tabel.",
            judgement_series(year.judgements),
            [(category.name, gegrond_values(category.gegrond)) for category in year.categories if category.complaints],
            percent=True,
        )
    if year.comparisons:
        previous_year = year.report.published.previous_year.year
        years = series_styles((str(previous_year), str(year.report.year)), "jaar")
        rows = []
        for row in year.comparisons:
            if row.is_category:
                rows.append((f"{row.subject} ({previous_year})", (float(row.previous), 0.0)))
                rows.append((f"{row.subject} ({year.report.year})", (0.0, float(row.current))))
        if rows:
            charts["jaren"] = stacked_chart(
                "vorig-jaar",
                f"Klachten per soort in {previous_year} en {year.report.year}",
                f"Staafdiagram met het aantal klachten in {previous_year} en {year.report.year}, voor de soorten waarvoor het verslag het cijfer van {previous_year} noemt. De cijfers staan ook in de tabel.",
                years,
                rows,
            )
    return charts


def _category_chart(year: YearContext) -> BarChart:
    rows = [(row.category.name, tuple(float(cell) for cell in row.cells)) for row in year.label_table]
    if year.label_names:
        return stacked_chart(
            "per-soort-en-label",
            "Klachten per soort en label",
            "Staafdiagram met het aantal klachten per soort, elke staaf verdeeld over de labels. De cijfers staan ook in de tabel.",
            series_styles(year.label_names, "label"),
            rows,
        )
    return stacked_chart(
        "per-soort",
        "Klachten per soort",
        "Staafdiagram met het aantal klachten per soort. De cijfers staan ook in de tabel.",
        series_styles(("Klachten",), "soort"),
        [(row.category.name, (float(row.total),)) for row in year.label_table],
    )


def judgement_series(judgements: tuple[Judgement, ...]) -> tuple[Series, ...]:
    return series_styles(tuple(judgement.label for judgement in judgements), "oordeel")


def gegrond_values(counts: JudgementCounts) -> tuple[float, ...]:
    return tuple(float(count) for _, count in counts.rows)


def category_chart(category: Category, judgements: tuple[Judgement, ...]) -> BarChart:
    return stacked_chart(
        "oordeel",
        f"Oordeel over de klachten: {category.name}",
        "Staafdiagram met het deel van de klachten per oordeel van de organisatie, in procenten. De aantallen staan ook in de tabel.",
        judgement_series(judgements),
        [(category.name, gegrond_values(category.gegrond))],
        percent=True,
    )
