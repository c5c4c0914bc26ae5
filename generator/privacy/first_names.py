"""Common first names in the Netherlands, written down for the privacy check.

A location may be named after the person who runs it ("Gastouderopvang Anja"), and a text may
name a teacher after a title in lower case ("juf sanne"). Capitals do not tell a name apart there,
so these checks look the word up in this list. It holds first names that have been common in the
Netherlands over the last eighty years (of children, parents and staff), with their usual short
forms. It is not complete and need not be: a name that is missing is still found by the other
rules where it has a capital or a title, and a found name is only a candidate for a person to
review. Names that are also ordinary Dutch words or months (Roos, Bas, Mei, Juni) are left out,
because every text has them.
"""

from __future__ import annotations

FIRST_NAMES = frozenset(
    name.lower()
    for name in """
    Aad Aafke Aart Abdel Abdelkader Abdul Abdullah Abe Abel Abraham Achmed Adam Adriaan Adrianus Agnes Ahmed Aisha Ali Alice Alida
    Alex Alexander Alexandra Alfred Alma Amalia Amber Amina Amira Amy Ana Anja Anke Ann Anna Anne Anneke Annemarie Annet Annie Anouk
    Antoinette Anton Antonius Ard Arend Arie Arjan Arjen Arnold Arthur Astrid Ayoub Aziz Bart Bastiaan Beatrix Ben Benjamin Bep Bernard
    Bert Bertus Betty Bianca Bilal Bob Boris Bram Brenda Britt Bregje Carla Carlijn Carmen Caroline Catharina Cathy Cees Charlotte Chantal
    Chris Christa Christiaan Christina Christine Cindy Claudia Cor Corrie Cornelis Daan Dani Daniel Daniëlle Danny David Debby Dennis
    Dewi Dick Diederik Dietrich Dina Dirk Dolf Dora Dorien Dries Dylan Ed Eddy Edwin Eefje Eline Elif Elisabeth Ella Ellen Els Elsa Elly
    Emily Emma Emre Erik Erich Ernst Esmee Esther Eva Evelien Evert Fabian Fatima Fatma Femke Finn Fleur Floor Floris Frank Frans Fred
    Frederik Freek Frits Fritz Gaby Geert Gerard Gerda Gerrit Gerritje Gert Gijs Gerben Gonnie Greet Gerrie Guus Hanna Hannah Hans Hansje
    Harm Harrie Hassan Hein Hendrik Henk Henny Henri Herman Hetty Hilde Huib Hugo Ibrahim Ilse Imane Inge Ingrid Ineke Irene Isa Isabel
    Ivo Jaap Jacob Jacqueline Jan Jana Janneke Jannie Jans Jasper Jeanette Jelle Jeroen Jesse Jet Jildou Joke Johan Johanna Johannes
    John Joost Jop Joris Jos Josephine Joyce Judith Julia Julian Julie Jurre Justin Kaj Karin Karel Kees Khadija Kim Klaas Koen Kees
    Laura Lars Lea Leo Leon Lieke Lies Lisa Lisanne Linda Lisette Loes Lotte Louis Louise Lucas Lucy Luuk Maaike Maarten
    Marco Marian Marianne Marie Marieke Marijke Marina Mario Marion Marjan Marjolein Mark Marleen Marloes Martijn Martin Martine Mats
    Max Maud Mehmet Meike Melissa Mieke Miep Milan Mila Mirjam Mohamed Mohammed Monique Mustafa Myrthe Nadia Naima Nathalie Nick Niels
    Nicolaas Nienke Nina Noa Noah Nora Olivia Patrick Paul Paula Peter Petra Piet Pieter Pim Priscilla Rachid Renate René Richard Rik
    Rina Rob Robert Robin Rob Roel Ron Ronald Rosa Ruben Rutger Ruud Saar Sabine Sam Samira Sandra Sanne Sara Sarah Sebastiaan Selin
    Sem Siem Simon Sjaak Sjoerd Sofie Sophie Stefan Stijn Suzanne Sven Tamara Teun Theo Thijs Thomas Tim Tineke Tom Toon Toos Truus
    Twan Tycho Vera Victor Vincent Wendy Wilma Willem Wim Wouter Yara Yasmina Yusuf Yvonne Zeynep Zoë
    """.split()
)
