"""Numbers that belong to one person: a burgerservicenummer (BSN) and a bank account (IBAN). Both
carry a checksum, and only numbers that pass it are reported: nine digits in a row are common
(case numbers, amounts), but few of them pass the eleven test by chance."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.privacy.finding import BSN, IBAN, Hit

# Nine digits, in one piece or grouped as 1234.56.789 or 123 456 789.
BSN_CANDIDATE = re.compile(r"(?<![\w.,-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\w-]|[.,]\d)")
BSN_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)

# Country code, two check digits and the account in groups of up to four, with or without spaces:
# NL91ABNA0417164300 or NL91 ABNA 0417 1643 00.
IBAN_CANDIDATE = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\w])", re.IGNORECASE)
IBAN_LENGTH = range(15, 35)


def find_bsn(text: str) -> Iterator[Hit]:
    for match in BSN_CANDIDATE.finditer(text):
        if passes_eleven_test(re.sub(r"\D", "", match.group())):
            yield Hit(BSN, match.start(), match.end())


def passes_eleven_test(digits: str) -> bool:
    """The elfproef of a BSN: the weighted sum of its nine digits is a multiple of 11 (and not 0)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(digit) * weight for digit, weight in zip(digits, BSN_WEIGHTS))
    return total != 0 and total % 11 == 0


def find_iban(text: str) -> Iterator[Hit]:
    for match in IBAN_CANDIDATE.finditer(text):
        if has_valid_iban_checksum(match.group().replace(" ", "")):
            yield Hit(IBAN, match.start(), match.end())


def has_valid_iban_checksum(iban: str) -> bool:
    """ISO 13616: with the first four characters moved to the end and letters as numbers (A=10),
    the number leaves 1 when divided by 97."""
    iban = iban.upper()
    if len(iban) not in IBAN_LENGTH or not iban.isalnum():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(character, 36)) for character in rearranged)) % 97 == 1
