"""One named person killed: "komandan itu, Ahmad Rahmani, telah dilenyapkan", "Colonel X, the head of the
brigade, was killed", "the death of battalion commander Y" — a casualty figure of exactly one death.

Why: real reports announce a leader's or an officer's death by name, with no numeral and no victim noun, and the
annotation counts each as one death.  A name is two to four capitalised words that the gazetteer does not know
as a state, a body or a place (a person's name is not in it, or is a Person); the harm is passive with an
auxiliary ("was killed", "telah tewas") or the name stands as an apposition (", Name, was killed"), so "warga
Kota Gaza tewas" (a place before a bare "tewas") is no named victim.  One bounded pattern pass per sentence.
"""

from __future__ import annotations

import re

from kb.extract.figure import Figure
from kb.extract.mentions import Mention
from kb.extract.needs import absent, needs
from kb.extract.parties import is_place
from kb.extract.quantities import Quantity

_CAP = r"(?:[A-Z][\w'\u2019-]+|al-[A-Z][\w'-]*|bin|Al)"
_NAME = rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})"
_HARM = (
    r"(?:killed|assassinated|eliminated|dilenyapkan|tewas|terbunuh|dibunuh|gugur|meninggal(?:\s+dunia)?|dead)"
)
_AUX = r"(?:was|has\s+been|had\s+been|is|telah|sudah|juga\s+telah)"
# a role before a name ("the death of brigade commander Y") has no preposition, article or vague count
_NOT_ROLE = r"(?:in|of|at|on|near|from|to|and|the|an?|many|several|some|di|dari|ke|dan|para|banyak|beberapa)"
_PATTERN = re.compile(
    rf"(?<![\w-]){_NAME}(?:(?P<appo>\s*,[^,.;]{{1,60}},)|(?P<comma>\s*,))?\s+(?:{_AUX}\s+)?(?:\w+ly\s+)?{_HARM}(?![\w-])"
    rf"|(?<![\w-])(?:kematian|tewasnya|terbunuhnya|the\s+(?:death|killing)\s+of)\s+"
    rf"(?:(?:[\w'\u2019-]+\s+){{0,6}}?[\w'\u2019-]+,\s+|(?:(?!{_NOT_ROLE}\s)[a-z][\w-]*\s+){{0,3}})(?P<name2>{_CAP}(?:\s+{_CAP}){{1,3}})(?=\s*(?:[,.;]|$))"
    # the object of an active killing verb (rec20): "its jets killed Omar Haddad, a senior commander", "killing
    # 9-year-old Aung Min and injuring ...", "killed the group's top commander, Omar Haddad", "menewaskan komandan
    # brigade, Omar Haddad"
    rf"|(?<![\w-])(?:killed|killing|kills|assassinated|eliminated|menewaskan|membunuh)\s+"
    # the role may open with its party's capitalised name: "killed Hamas commander Ahmed Ghandour"
    rf"(?:(?:[\w'\u2019-]+\s+){{0,6}}?[\w'\u2019-]+,\s+|(?:[A-Z][\w'\u2019-]*\s+(?=[a-z]))?"
    rf"(?:(?!{_NOT_ROLE}\s)[a-z\d][\w-]*\s+){{0,3}})"
    rf"(?P<name3>{_CAP}(?:\s+{_CAP}){{1,3}})(?=\s*(?:[,.;]|$)|\s+(?:and|dan|who|whom|yang|in|di|on|pada)\s)",
)
_APPOSED = re.compile(r"[^.;,]{0,40},\s*")
_AUX_BEFORE = re.compile(rf"\s+{_AUX}\s+", re.IGNORECASE)
# words a sentence opens with that are no part of a name: "Yesterday Ahmed Saleh was killed"
_OPENERS = (
    "The", "A", "An", "On", "In", "Also", "Yesterday", "Earlier", "Later", "Sebelumnya", "Kemarin", "Pada",
     "Sementara", "Namun", "But", "And", "Last", "This", "Meanwhile",
)


# Between a party and the name its role belongs to: role words only ("Hamas brigade commander X", "pemimpin
# Hizbullah, X", "komandan brigade Hamas, X", "Hamas's military chief X").
_ROLE_GAP = re.compile(r"(?:['’]s)?(?:\s*,)?(?:\s+[a-z][\w-]*){0,3}\s*,?\s*$")


def _victims_party(norm: str, start: int, mentions: list[Mention], party: dict[int, str]) -> str | None:
    """The party a named victim's role names, right before the name ("the death of Hamas commander X")."""
    before = [m for m in mentions
              if m.start in party and m.end <= start and start - m.end <= 40 and not is_place(norm, m)]
    last = before[-1] if before else None
    return party[last.start] if last is not None and _ROLE_GAP.fullmatch(norm, last.end, start) else None


_PATTERN_NEEDS = needs(_PATTERN)  # a sentence without these words is not scanned


def named_victims(norm: str, taken: list[Figure], mentions: list[Mention],
                  party: dict[int, str] | None = None) -> list[Figure]:
    """Each named person the sentence says was killed, as a figure of one death (of the party its role names)."""
    out = []
    for match in () if absent(_PATTERN_NEEDS, norm) else _PATTERN.finditer(norm):
        group = next(g for g in ("name", "name2", "name3") if match.group(g))
        start, end = match.start(group), match.end(group)
        opener = re.match(r"(?:(?:" + "|".join(_OPENERS) + r")\s+)+", norm[start:end])
        start += opener.end() if opener else 0
        if len(norm[start:end].split()) < 2:
            continue
        if group == "name" and not (match.group("appo") or _AUX_BEFORE.search(match.group(0))):
            continue  # "warga Kota Gaza tewas": a bare "tewas" after capitals is no named victim
        if any(m.start < end and start < m.end and not m.is_person for m in mentions):
            continue  # a state, a body or a place, not a person
        if any((f.start < end and start < f.end) or _APPOSED.fullmatch(norm, f.end, start) for f in taken):
            continue  # read already, or a read victim's name ("a contributor for AP, Jane Roe, was killed")
        if group == "name3" and any(match.start() <= f.start < start for f in taken):
            continue  # "menewaskan 17 warga desa Nyaung Lay": the verb's object is the counted figure, the name a place
        one = Quantity(start, end, norm[start:end], 1, 1)
        whose = _victims_party(norm, start, mentions, party) if party else None
        out.append(Figure(start, end, one, "deaths", whose, "person", written=norm[start:end]))
    return out


__all__ = ["named_victims"]
