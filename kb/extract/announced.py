"""An announcement whose content is the next sentence: "Dinas kesehatan setempat merilis data terbaru soal korban.
/ Sampai hari ini jumlah korban jiwa menjadi 3.150 orang.", "The ministry released its latest casualty figures on
Monday. / The toll has reached 1,200."

Why: the first sentence says who gave the figures and gives none; the second gives them and names nobody, so the
outlet took a count it only passed on.  Unlike a source's figure followed by more figures (``follows``: the
reporter's own background often follows a source, so only words pointing back carry it), a sentence that
announces figures without giving them is incomplete by its grammar: the content must follow.  So only this
carries: an announcing verb with a figures noun as its object ("update", "figures", "toll", "pembaruan",
"jumlah korban"), no number in the sentence, no claim made there, and a speaker before the verb; then the very
next sentence (across a paragraph break too) gives that speaker its casualty figures the outlet was left with,
when it has no speaker of its own.  One search per sentence: linear.
"""

from __future__ import annotations

import re

from kb.extract.agents import agent_left
from kb.extract.frames import Frame
from kb.extract.mentions import Mention
from kb.extract.speakers import Context, Speaker
from kb.pipeline.record import Claim

_VERB = (r"(?:released|published|announced|updated|issued|gave|provided|shared|mengumumkan|merilis|memperbarui|"
         r"memperbaharui|memberikan|menyampaikan|mengeluarkan|membagikan|menerbitkan)")
_QUALIFIER = r"(?:an?|its|their|the|new|latest|updated|fresh|daily|terbaru|terkini|baru|resmi|harian)"
_OBJECT = (r"(?:update|updates|figures|casualty\s+figures|death\s+toll|toll|tally|data|numbers|statistics|"
           r"pembaruan|pembaharuan|update|data|angka|jumlah\s+(?:korban|kematian)|rincian\s+korban|daftar\s+korban)")
_ANNOUNCES = re.compile(
    rf"(?<![\w-]){_VERB}(?:\s+{_QUALIFIER}){{0,3}}\s+{_OBJECT}(?![\w-])",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d")


def announcer(norm: str, mentions: list[Mention], context: Context, made_claims: bool,
              outlet: str) -> Speaker | None:
    """Who a sentence says gave figures it does not give itself ("X released its latest figures."), or None."""
    if made_claims or _NUMBER.search(norm):
        return None
    match = _ANNOUNCES.search(norm)
    if match is None:
        return None
    found = agent_left(norm, match.start(), 0, mentions, context)
    if found is None or found[0].first_person or not found[0].label or found[0].label == outlet:
        return None
    return found[0]


def credit_announcer(claims: list[Claim], frames: list[Frame], speaker: Speaker | None) -> None:
    """Give a frameless sentence's outlet casualty figures the announcer of the sentence before (in place)."""
    if speaker is None or frames:
        return
    for claim in claims:
        if claim.type != "casualty" or ".outlet." not in claim.rule:
            continue
        claim.speaker, claim.speaker_iri, claim.speaker_role = speaker.label, speaker.iri, speaker.role
        claim.rule = claim.rule.replace(".outlet.", ".announced.")


__all__ = ["announcer", "credit_announcer"]
