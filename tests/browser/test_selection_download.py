"""Download what Zoeken en filteren shows: a CSV for Excel (';', UTF-8 with BOM) with exactly the
complaints of the selection, each row as in the site's klachten-excel.csv; cells that Excel would
read as a formula start with an apostrophe. The data is fetched only when a visitor downloads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from filter_search import complaints, expected_count, frequent_word, open_search, show_all, volgnummer, wait_for_status

BOM = "\ufeff"
# The rule of the Excel downloads (generator/site/downloads.py): a cell starting with one of these
# gets a leading apostrophe, so that a spreadsheet does not run it as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def download_selection(page) -> str:
    with page.expect_download() as info:
        page.locator("#zoekdownload button").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    page.wait_for_function("() => document.querySelector('#zoekdownload [role=status]').textContent.startsWith('Klaar')")
    return Path(download.path()).read_text(encoding="utf-8")


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix(BOM)), delimiter=";"))


def excel_text(rows: list[list[str]]) -> str:
    """Rows written the way the downloads write them: Python's csv module, ';', '\\n', with a BOM."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\n").writerows(rows)
    return BOM + buffer.getvalue()


def excel_download(site_root: Path) -> list[list[str]]:
    text = (site_root / "data" / "klachten-excel.csv").read_text(encoding="utf-8")
    rows = parse(text)
    assert excel_text(rows) == text  # writing the parsed rows again gives the same bytes
    return rows


def rows_of(rows: list[list[str]], numbers: list[int]) -> list[list[str]]:
    header, *body = rows
    by_number = {int(row[header.index("volgnummer")]): row for row in body}
    return [header] + [by_number[number] for number in sorted(numbers)]


def test_the_selection_csv_has_exactly_the_complaints_the_filter_shows(page, site_server) -> None:
    data = complaints()
    wanted = sorted(data.loc[(data["categorie"] == "Communicatie") & (data["gegrond"] == "Ja"), "volgnummer"].tolist())
    assert len(wanted) == expected_count("Communicatie", "Ja")
    open_search(page, site_server.url, "?categorie=Communicatie&gegrond=Ja")
    wait_for_status(page, f"{len(wanted)} klachten gevonden")
    shown = sorted(volgnummer(link) for link in show_all(page))
    assert page.locator("#zoekdownload button").inner_text() == f"Download deze {len(wanted)} klachten (CSV voor Excel)"

    text = download_selection(page)

    assert shown == wanted
    rows = parse(text)
    assert sorted(int(row[0]) for row in rows[1:]) == wanted
    assert text == excel_text(rows_of(excel_download(site_server.root), wanted))


def test_the_selection_csv_of_a_word_search_has_the_complaints_found(page, site_server) -> None:
    open_search(page, site_server.url, f"?zoek={frequent_word()}&gegrond=Ja")
    wait_for_status(page)
    shown = sorted(volgnummer(link) for link in show_all(page))
    assert shown

    text = download_selection(page)

    assert text == excel_text(rows_of(excel_download(site_server.root), shown))


def test_a_cell_that_excel_would_run_as_a_formula_starts_with_an_apostrophe(page, site_server) -> None:
    hostile = {"omschrijving": '=HYPERLINK("http://example.com","klik")', "oplossing": "@SUM(1+1)"}
    changed = {}

    def with_formulas(route) -> None:
        response = route.fetch()
        data = response.json()
        entry = data["klachten"][0]
        for column, text in hostile.items():
            entry["rij"][data["kolommen"].index(column)] = text
        changed["row"] = entry["rij"]
        route.fulfill(response=response, body=json.dumps(data), content_type="application/json")

    page.route("**/zoeken/klachten/communicatie.json", with_formulas)
    open_search(page, site_server.url, "?categorie=Communicatie")
    wait_for_status(page)

    rows = parse(download_selection(page))

    row = next(row for row in rows[1:] if row[0] == str(changed["row"][0]))
    header = rows[0]
    assert row[header.index("omschrijving")] == "'" + hostile["omschrijving"]
    assert row[header.index("oplossing")] == "'" + hostile["oplossing"]
    # Every other cell of the file is left as it is, unless it starts like a formula.
    assert all(not cell.startswith(FORMULA_START) for row in rows for cell in row)


def test_searching_fetches_no_complaint_data_until_a_visitor_downloads(page, site_server) -> None:
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    open_search(page, site_server.url, "?categorie=Communicatie&gegrond=Ja")
    wait_for_status(page)
    page.wait_for_load_state("networkidle")
    data_files = [url for url in requested if "/zoeken/klachten/" in url or "/data/" in url]
    assert data_files == []

    download_selection(page)

    assert [url for url in requested if "/zoeken/klachten/" in url] == [f"{site_server.url}/zoeken/klachten/communicatie.json"]
