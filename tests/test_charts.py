"""Charts are drawn from the same numbers as the tables next to them."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup


def page(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def chart_numbers(figure) -> dict[tuple[str, str], int]:
    numbers = {}
    for bar in figure.select("g.grafiek__staaf"):
        for segment in bar.select("rect[data-reeks]"):
            numbers[(bar["data-label"], segment["data-reeks"])] = int(segment["data-aantal"])
    return numbers


def table_numbers(table) -> dict[tuple[str, str], int]:
    headers = [cell.get_text(" ", strip=True) for cell in table.select("thead th")]
    numbers = {}
    for row in table.select("tbody tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for header, value in zip(headers[1:], cells[1:]):
            if header != "Totaal" and cells[0] != "Totaal" and value not in ("", "0"):
                numbers[(cells[0], header)] = int(value.replace(".", ""))
    return numbers


def test_home_charts_match_the_tables_next_to_them(real_site: Path) -> None:
    home = page(real_site / "index.html")
    for chart_id in ("grafiek-per-soort-en-label", "grafiek-oordeel-per-soort"):
        figure = home.find("figure", id=chart_id)
        table = figure.find_next("table")
        assert chart_numbers(figure) == table_numbers(table), chart_id


def test_year_chart_matches_the_comparison_table(real_site: Path) -> None:
    home = page(real_site / "index.html")
    figure = home.find("figure", id="grafiek-vorig-jaar")
    rows = {row.find_all("td")[0].get_text(strip=True): row for row in figure.find_next("table").select("tbody tr")}
    for (label, year), count in chart_numbers(figure).items():
        category = label.rsplit(" (", 1)[0]
        cells = [cell.get_text(strip=True) for cell in rows[category].find_all("td")]
        assert count == int(cells[1] if year == "2023" else cells[2]), label


def test_category_chart_matches_its_table(real_site: Path) -> None:
    category = page(real_site / "categorieen" / "communicatie" / "index.html")
    figure = category.find("figure", id="grafiek-oordeel")
    table = figure.find_next("table")
    shown = {series: count for (_, series), count in chart_numbers(figure).items()}
    rows = {cells[0]: int(cells[1]) for cells in ([td.get_text(strip=True) for td in row.find_all("td")] for row in table.select("tbody tr"))}
    assert shown == {name: count for name, count in rows.items() if name != "Totaal" and count}


def test_every_chart_has_a_text_alternative(real_site: Path) -> None:
    for path in [real_site / "index.html", *(real_site / "categorieen").glob("*/index.html")]:
        for svg in page(path).select("figure.grafiek svg"):
            assert svg["role"] == "img"
            ids = svg["aria-labelledby"].split()
            assert all(svg.find(id=identifier).get_text(strip=True) for identifier in ids), path
