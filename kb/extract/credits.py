"""Agencies credited inside a sentence ("dikutip Sputnik", "told AFP"): which frame they relay, and which
mentions are media rather than parties.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.mentions import Mention
from kb.extract.needs import absent, needs

if TYPE_CHECKING:
    from kb.extract.frames import Frame

_VIA = re.compile(
    rf"(?<![\w-])(?:{alternation(lexicon.VIA_CUES)})\s+"
    r"(?:(?:kantor\s+berita|the|news\s+agency|laman|situs(?:\s+(?:web|berita|resmi))?|media|website)\s+)?"
    # the kind of agency said before its name: "carried by the state news agency SUNA", "kantor berita resmi SPA"
    r"(?:(?:(?:state|state-run|state-owned|official|national|government)\s+news\s+agency"
    r"|(?:resmi|negara|pemerintah|nasional)(?:\s+\w+)?)\s+)?"
    # "Yerevan's Armenpress", "Saudi-owned Al Arabiya", "Houthi-run al-Masirah": who owns the medium
    r"(?:(?:[A-Z][\w-]*'s|\w+-(?:owned|run|controlled|backed|affiliated|funded|linked))\s+)?$"
    # on air, or to one of the medium's people: "said on Al Jazeera television", "told a reporter
    # working for the BBC", "kepada televisi Al Jazeera", "mengatakan di televisi X"
    r"|(?<![\w-])(?:said|says|speaking|spoke|appeared)\s+on\s+(?:the\s+)?$"
    r"|(?<![\w-])(?:kepada|di|told|to)\s+(?:(?:a|an|the|seorang)\s+)?(?:freelance\s+|lepas\s+)?(?:televisi|stasiun\s+"
    r"televisi|radio|harian|surat\s+kabar|koran|(?:journalist|reporter|correspondent|wartawan|jurnalis)(?:\s+lepas)?"
    r"\s+(?:working\s+)?(?:for|with|from|untuk|dari))\s+(?:the\s+)?$"
    # the outlet naming itself as the one quoting: "Dikutip Harian X dari laman Euronews, ..."
    r"|(?<![\w-])(?:dikutip|dilansir)\s+(?:(?-i:[A-Z])[\w.]*\s+){1,3}dari\s+(?:laman\s+|situs\s+)?$"
    # a medium closing the sentence after its verb: "X said ..., reports Xinhua."
    r"|,\s*(?:reports|reported|writes|wrote)\s+(?:the\s+)?$"
    # the one told, named by what it is before its name: "told state broadcaster Suspilne", "told the news agency
    # Interfax", "kepada stasiun televisi Suspilne" (session 34's sweep: the credit was lost)
    r"|(?<![\w-])(?:told|kepada)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:news\s+agency|agency|broadcaster"
    r"|outlet|newspaper|daily|channel|station|website|portal|kantor\s+berita|stasiun\s+(?:televisi|tv|radio))\s+$",
    re.IGNORECASE,
)


_JOINED_MEDIUM = re.compile(r"\s*(?:,\s*)?(?:dan|and|serta|,)\s+(?:the\s+)?", re.IGNORECASE)


def assign_via(norm: str, frames: list[Frame], mentions: list[Mention]) -> None:
    """Credit agencies named after a via cue ("dikutip Sputnik", "kepada AFP") to the nearest frame."""
    if not frames:
        return
    credited: list[int] = []  # where each credited medium's name ends
    for mention in mentions:
        if mention.actor is None or mention.actor.kind not in ("NewsAgency", "Outlet"):
            continue
        joined = any(_JOINED_MEDIUM.fullmatch(norm, end, mention.start) for end in credited)
        if not joined and not _VIA.search(norm, max(0, mention.start - 60), mention.start):
            continue  # "dilansir AFP dan Al Arabiya": the second medium joined to a credited one relays too
        credited.append(mention.end)
        owners = [f for f in frames if f.verb[0] <= mention.start] or frames[:1]
        owner = owners[-1]
        if mention.actor.label not in owner.via and owner.speaker.label != mention.actor.label:
            owner.via.append(mention.actor.label)
    for name, at in unlisted_media(norm, mentions):  # "dikutip dari The Sundaily", "told state television"
        owners = [f for f in frames if f.verb[0] <= at] or frames[:1]
        owner = owners[-1]
        if name not in owner.via and owner.speaker.label != name:
            owner.via.append(name)
    quoting_media(norm, frames, mentions)
    for frame in frames:  # "X told Interfax, adding that ...": the verb going on was said to the same medium
        if frame.partner is not None and frame.partner.speaker.label == frame.speaker.label:
            frame.via += [v for v in frame.partner.via if v not in frame.via]


# A medium quoting the source whose frame follows: "Kantor berita Rusia, Interfax, mengutip menteri yang mengatakan
# ...", "AFP, quoting a ministry official who said ...".  Its initials or an aside may come between.
_QUOTING = re.compile(
    r"\)?(?:\s*\([^()]{1,30}\))?\s*,?\s*(?:(?:dengan|sambil)\s+)?(?:mengutip|citing|quoting)\s+(?:dari\s+)?"
    r"(?:(?:pernyataan|keterangan|statement\s+by)\s+)?",
    re.IGNORECASE,
)  # the medium's name may be the initials closing its description ("Kantor berita Rusia (TASS) mengutip dari ...")
_QUOTED_GAP = 60  # the quoted source's frame opens within a few words of the cue


def quoting_media(norm: str, frames: list[Frame], mentions: list[Mention]) -> None:
    """Credit a medium that quotes a source ("X mengutip Y yang mengatakan ...") to Y's frame (in place).

    Why: the medium frames nothing itself there (the speech verb is the source's, in a relative clause), so the
    cue-before-medium credits above never see it, and the source's claim lost its relay.  A medium quoting
    another medium, or a frame opening far from the cue, is left alone."""
    for mention in mentions:
        if mention.actor is None or mention.actor.kind not in ("NewsAgency", "Outlet"):
            continue
        cue = _QUOTING.match(norm, mention.end)
        if cue is None:
            continue
        owner = next((f for f in frames if 0 <= f.agent[0] - cue.end() <= _QUOTED_GAP), None)
        if owner is None or owner.speaker.label == mention.actor.label or (
            owner.speaker.actor is not None and owner.speaker.actor.kind in ("NewsAgency", "Outlet")
        ):
            continue
        if mention.actor.label not in owner.via:
            owner.via.insert(0, mention.actor.label)


# A medium the gazetteer lacks, credited by a cue only media follow ("dikutip dari The Sundaily", "as quoted by
# the Daily Star"), or named by what it is after "told"/"kepada" ("told state television", "kepada televisi
# pemerintah").  "told John" or "kepada Ahmad" name a person, so only a medium's own words count there.
_NAMED_AFTER = re.compile(
    r"(?<![\w-])(?:(?i:sebagaimana|seperti)\s+)?(?:(?i:dikutip|dilansir)\s+(?:[A-Z][\w.]*\s+){1,3}dari"
    # the cue opening the sentence too: "Dilansir dari The Sundaily, ..." (the name keeps its capitals)
    r"|(?i:dikutip\s+dari|dilansir\s+dari|dikutip|dilansir)|(?:as\s+)?quoted\s+by"
    r"|carried\s+by|(?:as\s+)?reported\s+by|according\s+to\s+a\s+report\s+(?:in|by))\s+"
    r"(?:(?:laman|situs(?:\s+(?:web|berita|resmi))?|website|kantor\s+berita|the\s+news\s+agency)\s+)?"  # "laman X"
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
)
_MEDIUM_TOLD = re.compile(
    r"(?<![\w-])(?:told|kepada)\s+(?P<name>(?:the\s+)?(?:state|state-run|national|official|local)\s+(?:television|TV|radio|"
    r"media|broadcaster|news\s+agency)|televisi\s+(?:pemerintah|negara|nasional|pemerintah\s+\w+)"
    r"|stasiun\s+televisi\s+(?:pemerintah|negara))(?![\w-])(?!\s+(?-i:[A-Z]))",  # "told state TV MRTV": the name, below
    re.IGNORECASE,
)
# A medium the gazetteer lacks named beside what it is after "told"/"kepada": "told military broadcast channel
# Myawaddy", "told Myawaddy military broadcast channel", "told state broadcaster MRTV", "kepada stasiun TV Al-Alam".
_KINDS = (r"(?:television|TV|radio|broadcaster|broadcast\s+channel|channel|newspaper|daily|station"
          r"|news\s+(?:agency|outlet|site|website|portal)|website|televisi)")
_NAMED_TOLD = re.compile(
    r"(?<![\w-])(?:told|kepada)\s+(?:the\s+)?(?:(?:(?i:[a-z-]+)\s+){0,2}(?i:" + _KINDS + r")\s+"
    r"(?P<after>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"|(?P<before>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:(?i:[a-z-]+)\s+){0,2}(?i:" + _KINDS + r")(?![\w-]))"
)
_NOT_NAME = frozenset(w.casefold() for w in (*lexicon.WEEKDAYS, *lexicon.MONTHS))
# An acronym the gazetteer lacks right after "told"/"kepada" ("told NMG", "kepada RFA"): whom a source talks to
# by initials is a medium (a body named so, "told the UN", is known and skipped as a party).
_ACRONYM_TOLD = re.compile(r"(?<![\w-])(?:told|kepada)\s+(?P<name>[A-Z]{2,6})(?![\w-])")

_ACRONYM_TOLD_NEEDS = needs(_ACRONYM_TOLD)  # a sentence without these words is not scanned


def unlisted_media(norm: str, mentions: list[Mention]) -> list[tuple[str, int]]:
    """(name, start) of media credited with no gazetteer entry (see ``_NAMED_AFTER`` and ``_MEDIUM_TOLD``)."""
    found = []
    for match in _NAMED_AFTER.finditer(norm):
        start, stop = match.span("name")
        known = next((m for m in mentions if m.start < stop and start < m.end and m.actor is not None), None)
        if known is not None:
            continue  # a known medium is credited above; a known party is no medium
        words = match.group("name").split()
        while words and words[-1].casefold() in _NOT_NAME:
            words.pop()  # "dikutip dari Reuters Senin": the day is no part of the name
        if words and words[-1].endswith(".") and "." not in words[-1][:-1]:
            words[-1] = words[-1][:-1]  # "dikutip dari France24.": the sentence's full stop ("A.F.P." keeps its own)
        if words and not (len(words) == 1 and words[0].casefold() == "the"):
            found.append((" ".join(words), start))
    found += [(m.group("name"), m.start("name")) for m in _MEDIUM_TOLD.finditer(norm)]
    told = () if absent(_ACRONYM_TOLD_NEEDS, norm) else _ACRONYM_TOLD.finditer(norm)
    found += [(m.group("name"), m.start("name")) for m in told
              if not any(k.start <= m.start("name") < k.end for k in mentions)]
    for match in _NAMED_TOLD.finditer(norm):
        group = "after" if match.group("after") else "before"
        start, stop = match.span(group)
        if not any(m.start < stop and start < m.end and m.actor is not None for m in mentions):
            found.append((match.group(group), start))  # a known name is credited above, a party is no medium
    return found


def via_mentions(norm: str, mentions: list[Mention]) -> set[int]:
    """Starts of mentions that are credited media, not parties (so subjects skip them)."""
    return {
        m.start
        for m in mentions
        if m.actor is not None
        and m.actor.kind in ("NewsAgency", "Outlet")
        and _VIA.search(norm, max(0, m.start - 60), m.start)
    }
