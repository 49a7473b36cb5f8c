"""Leaders or envoys who spoke with their counterparts or the mediators: talks (issue 13, session 21, stm21).

The seeds README counts "phone calls and diplomatic contacts" as talks.  The talks cues know "talks", "met",
"by phone" and "in contact", but not the plainest wording of a contact: "Lavrov spoke with his Armenian
counterpart", "Blinken talked to Israeli officials about the hostages", "pemimpin kelompok itu berkomunikasi
dengan para mediator di Kairo", "sang menteri berbicara dengan mitranya dari Turki", "the minister conferred with
the mediators".
The one spoken with must be a counterpart, an envoy, a mediator, officials or a leader by office: never
"spoke to reporters", "berbicara dengan wartawan", "talked with residents" (no contact between parties).  On dev
batches <= 13 the gold typed all three such sentences talks, and the extractor had none of them.

A host receiving a leader or an envoy is a contact too ("Putin hosted Aliyev and Pashinyan at the Kremlin",
"Erdogan menjamu Putin di Istanbul", "Presiden menerima kunjungan Menteri Luar Negeri Rusia"): the one received
must be a person, state or government the gazetteer knows, or an office, within a few words of the verb
("hosted a fundraiser", "menjamu warga" are none).

One bounded pattern per span: linear.
"""

from __future__ import annotations

import re

from kb.extract.drafts import SentenceInput

_CONTACT = re.compile(
    r"(?<![\w-])(?:spoke|speaks|speaking|talked|talks|talking|conferred|confers|communicated|communicates"
    r"|berbicara|berkomunikasi|berbincang|bercakap)\s+(?:(?:by\s+(?:tele)?phone|melalui\s+telepon|lewat\s+telepon"
    r"|secara\s+virtual|langsung)\s+)?(?:with|to|dengan)\s+(?:(?:his|her|their|its|the|para|sejumlah)\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:counterparts?|mitra(?:nya)?|mediators?|mediator|envoys?|utusan|negotiators?|juru\s+runding"
    r"|officials|pejabat|leaders?|pemimpin|presiden|president|prime\s+minister|perdana\s+menteri"
    r"|foreign\s+ministers?|menteri\s+luar\s+negeri|secretary\s+of\s+state)(?![\w-])",
    re.IGNORECASE,
)


def spoke_with(norm: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` tells of a contact with a counterpart, a mediator, officials or a leader."""
    return _CONTACT.search(norm, *span) is not None


_HOSTED = re.compile(
    r"(?<![\w-])(?:hosted|hosts|hosting|menjamu|menerima\s+kunjungan(?:\s+kenegaraan)?)\s+", re.IGNORECASE)
_GUEST_OFFICE = re.compile(
    r"(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:counterparts?|mitra(?:nya)?|president|presiden"
    r"|prime\s+minister|perdana\s+menteri|foreign\s+minister|menteri\s+luar\s+negeri|envoys?|utusan"
    r"|delegations?|delegasi|secretary\s+of\s+state)(?![\w-])",
    re.IGNORECASE,
)
_GUEST_KINDS = ("Person", "State", "Government")


def hosted(s: SentenceInput, span: tuple[int, int]) -> bool:
    """Whether ``span`` tells of a host receiving a leader, an envoy or a state's delegation."""
    for match in _HOSTED.finditer(s.norm, *span):
        if _GUEST_OFFICE.match(s.norm, match.end()) or any(
                m.actor is not None and m.actor.kind in _GUEST_KINDS and match.end() <= m.start <= match.end() + 12
                for m in s.mentions):
            return True
    return False


# a meeting ahead with a named leader or state ("Aliyev will meet Pashinyan in Prague", "is to meet Erdogan"): the
# lexicon's "will meet in" / "will meet with" phrases leave out the object named right after the verb
_TO_MEET = re.compile(
    r"(?<![\w-])(?:will|would|shall|to|is\s+to|are\s+to|set\s+to|due\s+to|plans?\s+to|agreed\s+to)\s+meet\s+"
    r"(?:with\s+)?(?:(?:his|her|their)\s+)?", re.IGNORECASE)


def to_meet(s: SentenceInput, span: tuple[int, int]) -> bool:
    """Whether ``span`` tells of a meeting to come with a leader, a state or a government named right after."""
    if "meet" not in s.norm[span[0]:span[1]].lower():
        return False
    return any(m.actor is not None and m.actor.kind in _GUEST_KINDS and match.end() <= m.start <= match.end() + 2
               and not _OWNER.match(s.norm, m.end)  # "would meet Israel's demands": a demand met, no meeting
               for match in _TO_MEET.finditer(s.norm, *span) for m in s.mentions)


_OWNER = re.compile(r"['\u2019]s?(?![\w-])")


__all__ = ["hosted", "spoke_with", "to_meet"]
