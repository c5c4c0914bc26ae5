"""argparse in Dutch: help texts, usage lines and error messages.

argparse writes its own words in English ("usage:", "options", "show this help message and exit",
"the following arguments are required") through gettext, which has no Dutch catalogue for it.
Rather than change argparse's module for the whole process, this parser names its own groups and
help option, and translates argparse's error messages, which follow a small fixed set of patterns
(Python 3.11 to 3.13), when it reports them. A message that matches no pattern is still shown in
one line with the Dutch heading, so a parse error never prints a traceback.

Argument types that can be wrong in a way argparse does not know (a year, a scale) raise
ArgumentTypeError with a Dutch message themselves.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

EXIT_USAGE = 2
USAGE_PREFIX = "gebruik: "
HELP_TEXT = "toon deze hulp en stop"

# argparse's own messages (without 'argument X: ') and their Dutch translations.
_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), dutch)
    for pattern, dutch in (
        (r"the following arguments are required: (?P<names>.+)", "dit ontbreekt nog: {names}"),
        (r"unrecognized arguments: (?P<names>.+)", "onbekend argument: {names}"),
        (r"expected one argument", "hier hoort een waarde achter"),
        (r"expected at most one argument", "hier hoort hoogstens één waarde achter"),
        (r"expected at least one argument", "hier hoort minstens één waarde achter"),
        (r"invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)", "onbekende keuze {value}; kies uit {choices}"),
        (r"invalid (?P<type>\S+) value: (?P<value>.+)", "ongeldige waarde {value}"),
        (r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)", "{option} kan meer dan één optie zijn: {matches}"),
        (r"ignored explicit argument (?P<value>.+)", "deze optie krijgt geen waarde (gegeven: {value})"),
        (r"not allowed with argument (?P<other>.+)", "mag niet samen met {other}"),
        (r"one of the arguments (?P<names>.+) is required", "een van deze opties is nodig: {names}"),
        (r"unexpected option string: (?P<option>.+)", "onverwachte optie {option}"),
    )
)
_ARGUMENT = re.compile(r"argument (?P<name>[^:]+): (?P<message>.*)", re.DOTALL)


def dutch_message(message: str) -> str:
    """argparse's message in Dutch; 'argument --jaar: ...' becomes '--jaar: ...'."""
    argument = _ARGUMENT.fullmatch(message)
    prefix = ""
    if argument:
        prefix = f"{argument.group('name')}: "
        message = argument.group("message")
    for pattern, dutch in _MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return prefix + dutch.format(**match.groupdict())
    return prefix + message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, USAGE_PREFIX if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose every word a person reads is Dutch; errors end in one line and exit 2."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs["add_help"] = False
        # No abbreviations: '--zon' must not quietly mean '--zonder-pdf' (or, one day, another option).
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=HELP_TEXT)
        self._given: list[str] = []  # the arguments this parser was asked to read, for its messages

    def parse_known_args(self, args=None, namespace=None):
        self._given = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        said = dutch_message(message)
        # argparse stops at a missing argument before it looks at the ones it does not know; a
        # typo in an option is then the real cause, so it is named first.
        unknown = self._unknown_options()
        if unknown and not message.startswith("unrecognized arguments"):
            said = f"onbekend argument: {' '.join(unknown)}; {said}"
        self.exit(EXIT_USAGE, f"fout: {self.prog}: {said}. Zie '{self.prog} --help'.\n")

    def _unknown_options(self) -> list[str]:
        options = []
        for argument in self._given:
            if argument == "--":
                break
            if argument.startswith("-") and len(argument) > 1 and not argument[1:2].isdigit() and argument.split("=", 1)[0] not in self._option_string_actions:
                options.append(argument)
        return options

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)


def whole_number(minimum: int, maximum: int, what: str):
    """An argparse type: a whole number in [minimum, maximum], with a Dutch message otherwise.
    The bounds keep a typo from asking for something absurd (a year of 20 digits, a synthetic
    folder a billion times 2024)."""

    def parse(text: str) -> int:
        digits = text.strip()
        if not re.fullmatch(r"[0-9]+", digits):
            raise argparse.ArgumentTypeError(f"'{text}' is geen geheel getal; {what}")
        # Compared as text first: int() refuses numbers of more than 4300 digits.
        if len(digits.lstrip("0")) > len(str(maximum)) or not minimum <= int(digits) <= maximum:
            shown = digits if len(digits) <= 20 else digits[:20] + "…"
            raise argparse.ArgumentTypeError(f"{shown} ligt niet tussen {minimum} en {maximum}; {what}")
        return int(digits)

    parse.__name__ = "geheel getal"
    return parse
