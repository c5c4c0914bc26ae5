"""What the operating system refused (a full disk, no permission, a name too long), in Dutch.

OSError's own text is English ("[Errno 28] No space left on device"); the user gets the path, what
went wrong in Dutch and what to do about it.
"""

from __future__ import annotations

import errno

_REASONS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("bestaat niet", "controleer het pad."),
    errno.EACCES: ("geen toegang", "controleer de rechten van het bestand of de map, of kies een andere plek."),
    errno.EPERM: ("geen toestemming", "controleer de rechten van het bestand of de map, of kies een andere plek."),
    errno.ENOSPC: ("de schijf is vol", "maak ruimte vrij en probeer het opnieuw."),
    errno.EROFS: ("de schijf is alleen te lezen", "kies een plek waar geschreven mag worden."),
    errno.EISDIR: ("is een map, waar een bestand nodig is", "haal de map weg of geef een bestand op."),
    errno.ENOTDIR: ("een deel van het pad is een bestand, waar een map nodig is", "controleer het pad."),
    errno.ENAMETOOLONG: ("de naam is te lang voor het bestandssysteem", "kies een kortere naam of map."),
    errno.ELOOP: ("de symbolische koppelingen vormen een kring", "herstel of verwijder de koppeling."),
    errno.EEXIST: ("bestaat al", "kies een andere naam of haal het eerst zelf weg."),
    errno.ENOTEMPTY: ("de map is niet leeg", "kies een andere map of haal deze eerst zelf weg."),
    errno.EMFILE: ("er staan te veel bestanden tegelijk open", "probeer het opnieuw."),
}


def system_error_message(error: OSError) -> str:
    """One Dutch line for an OSError, naming its path where it has one."""
    reason, hint = _REASONS.get(error.errno or -1, ("het besturingssysteem weigerde dit", "controleer het pad, de rechten en de vrije ruimte."))
    names = [str(name) for name in (error.filename, error.filename2) if name is not None]
    where = " -> ".join(names) if names else "een bestand of map"
    return f"{where}: {reason}. Oplossing: {hint}"
