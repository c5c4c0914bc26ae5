"""Reviewed word lists of the privacy check: capitalised words that are not names of people, for
any Dutch childcare organisation. Terms of one organisation or one year (the name of its app, of a
group, a town) belong in that year's privacy-toegestaan.yaml, with a reason.

Built from the 2024 data: every capitalised word in the middle of a sentence was listed with its
count and read in context; the general ones are here, the rest in data/2024/privacy-toegestaan.yaml.
"""

from __future__ import annotations

from generator.dutch import MONTHS

DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# Single words: days and months (capitalised at the start of a title), public bodies, laws,
# languages and holidays.
GENERAL_WORDS = frozenset(
    [word.capitalize() for word in (*DAYS, *MONTHS)]
    + [
        "Belastingdienst",
        "Toeslagen",
        "Geschillencommissie",
        "Klachtenloket",
        "Klachtenloket-kinderopvang",
        "Kinderopvang",
        "Wet",
        "Gemeente",
        "Rijksoverheid",
        "Inspectie",
        "Kinderbescherming",
        "Nederland",
        "Nederlands",
        "Nederlandse",
        "Engels",
        "Engelse",
        "Frans",
        "Franse",
        "Duits",
        "Duitse",
        "Kerst",
        "Kerstmis",
        "Pasen",
        "Pinksteren",
        "Sinterklaas",
        "Koningsdag",
        "Hemelvaart",
        "Halloween",
        "Carnaval",
        "Suikerfeest",
        "Offerfeest",
        "Nieuwjaar",
        "Moederdag",
        "Vaderdag",
        "Klantenservice",
    ]
)

# Words that are capitalised only because a list item or a quoted sentence starts with them
# ("- Hun kind", "Vraag van ouder: Op de website"). None of them is also a common first name.
FUNCTION_WORDS = frozenset(
    (
        "de", "het", "een", "en", "of", "maar", "want", "dus", "ook", "nog", "er", "hier", "daar", "dit", "dat",
        "deze", "die", "zij", "ze", "hij", "wij", "we", "hun", "haar", "zijn", "ons", "onze", "u", "uw", "je", "jij",
        "ik", "mijn", "op", "in", "aan", "bij", "met", "van", "voor", "na", "naar", "om", "over", "uit", "tot",
        "door", "tegen", "zonder", "tijdens", "vanaf", "sinds", "onder", "boven", "tussen", "als", "dan",
        "wanneer", "omdat", "hoewel", "toen", "nu", "hierna", "daarna", "daarom", "daarnaast", "verder", "zelf",
        "niet", "geen", "wel", "alle", "elke", "ieder", "iedere", "veel", "meer", "enkele", "andere", "welke",
        "wat", "wie", "waar", "hoe", "waarom", "graag", "helaas", "tevens", "eventueel",
    )
)

# Names of public bodies of more than one word, matched as a whole.
GENERAL_PHRASES = (
    "Centrum Jeugd en Gezin",
    "Veilig Thuis",
    "Raad voor de Kinderbescherming",
    "Geschillencommissie Kinderopvang",
    "Wet kinderopvang",
    "Landelijk Klachtenloket",
)

# Abbreviations whose dot does not end a sentence, written in lower case without their last dot.
ABBREVIATIONS = frozenset(
    (
        "o.a", "i.v.m", "m.b.t", "t.a.v", "d.w.z", "z.s.m", "n.a.v", "i.p.v", "m.u.v", "o.b.v", "i.o.m",
        "e.d", "d.d", "a.s", "z.o.z", "t/m", "b.v", "bijv", "bv", "enz", "etc", "incl", "excl", "ca", "evt",
        "nl", "resp", "jl", "nr", "tel", "geb", "st", "vs",
        "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "ing", "prof",
        "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
    )
)

# Words that put a name after them, in lower case; "de heer" is two words.
TITLES = ("juf", "juffrouw", "meester", "meneer", "mevrouw", "de heer", "dhr", "mevr", "mw", "mr", "dr", "drs", "ir", "prof")
# Words between a first name and a surname (Anna de Vries, Jan van den Berg).
NAME_PARTICLES = ("van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "el", "al", "da", "di", "du")
