"""Hostile text from the data, in a real browser: it is shown as the letters it is, and nothing in
it runs. tests/fixtures/site/data holds a complaint about 't Hummeltje made of such text."""

from __future__ import annotations

import pytest

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[klik](javascript:alert(1))",
    "<!-- commentaar -->",
    "{{ 7*7 }}",
    "{% raw %}",
]


@pytest.fixture
def hostile_page(page, fixture_server):
    dialogs = []

    def dismiss(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(f"{fixture_server.url}/locaties/t-hummeltje/")
    page.wait_for_load_state("networkidle")
    page.dialogs = dialogs
    return page


def test_hostile_text_opens_no_dialog(hostile_page) -> None:
    assert hostile_page.dialogs == []


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_visible_as_literal_text(hostile_page, text) -> None:
    complaint = hostile_page.locator("article p", has_text="Wat was de klacht?")
    assert complaint.count() == 1
    assert complaint.is_visible()
    assert text in complaint.inner_text()


def test_hostile_text_is_not_run_as_a_template_or_markup(hostile_page) -> None:
    assert "49" not in hostile_page.locator("article").inner_text()
    assert hostile_page.locator("[onerror]").count() == 0
    assert hostile_page.locator("a[href^='javascript:' i]").count() == 0
    assert hostile_page.locator("article script, article img").count() == 0
