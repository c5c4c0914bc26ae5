"""How far a build is: a line per finished stage, and on the way only when a stage runs long."""

from __future__ import annotations

import pytest

from generator.progress import QUIET, Progress, counted, format_duration, is_progress_line


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def recorded() -> tuple[Progress, list[str], Clock]:
    lines: list[str] = []
    clock = Clock()
    return Progress(lines.append, clock, interval=30), lines, clock


def test_a_finished_stage_says_what_it_made_and_how_long_it_took() -> None:
    progress, lines, clock = recorded()
    stage = progress.start("Gegevens")
    clock.now += 0.44
    stage.finish("537 klachten")
    assert lines == ["Gegevens: 537 klachten (0,4 s)"]


def test_on_the_way_a_line_comes_every_interval_and_not_at_the_end() -> None:
    progress, lines, clock = recorded()
    stage = progress.start("MkDocs")
    for done in range(1, 1_001):
        clock.now += 0.25
        stage.advance(done, 1_000, "pagina's geschreven")
    stage.finish("1.000 pagina's")
    assert lines == [
        "MkDocs: 120 van 1.000 pagina's geschreven (30,0 s)",
        "MkDocs: 240 van 1.000 pagina's geschreven (1 min 0 s)",
        "MkDocs: 360 van 1.000 pagina's geschreven (1 min 30 s)",
        "MkDocs: 480 van 1.000 pagina's geschreven (2 min 0 s)",
        "MkDocs: 600 van 1.000 pagina's geschreven (2 min 30 s)",
        "MkDocs: 720 van 1.000 pagina's geschreven (3 min 0 s)",
        "MkDocs: 840 van 1.000 pagina's geschreven (3 min 30 s)",
        "MkDocs: 960 van 1.000 pagina's geschreven (4 min 0 s)",
        "MkDocs: 1.000 pagina's (4 min 10 s)",
    ]


def test_a_short_stage_says_nothing_on_the_way() -> None:
    progress, lines, clock = recorded()
    stage = progress.start("Zoekindex")
    for done in range(1, 538):
        clock.now += 0.001
        stage.advance(done, 537, "klachten")
    stage.finish("537 klachten")
    assert lines == ["Zoekindex: 537 klachten (0,5 s)"]


@pytest.mark.parametrize(("seconds", "said"), [(0, "0,0 s"), (12.56, "12,6 s"), (59.94, "59,9 s"), (59.96, "1 min 0 s"), (456.4, "7 min 36 s")])
def test_durations_in_dutch(seconds: float, said: str) -> None:
    assert format_duration(seconds) == said


def test_counts_in_dutch() -> None:
    assert [counted(1, "klacht", "klachten"), counted(0, "klacht", "klachten"), counted(33_000, "locatie", "locaties")] == [
        "1 klacht", "0 klachten", "33.000 locaties",
    ]


def test_progress_lines_are_recognised_by_their_stage() -> None:
    assert is_progress_line("PDF: 123 pagina's (14,0 s)")
    assert is_progress_line("Gegevens: 537 klachten over 330 locaties, 5 geschillen (0,4 s)")
    assert not is_progress_line("Cleaning site directory")
    assert not is_progress_line("Gegevensbestand ontbreekt: klachten.csv")


def test_quiet_says_nothing(capsys) -> None:
    QUIET.start("Gegevens").finish("537 klachten")
    assert capsys.readouterr() == ("", "")
