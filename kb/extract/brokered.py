"""A deal a third party brokered is a truce by its broker, not talks (issue 13, session 21, stm21).

The seeds README types a ceasefire as "agreed, brokered, entering into force or broken", with the broker among
its parties, and talks as "negotiations, mediation, meetings".  "Mediated" is a talks cue, but when it names
how a deal came about ("the peace agreement mediated by Russia", "kesepakatan damai yang dimediasi Rusia",
"perjanjian yang ditengahi Turki", "the accord brokered by Qatar") the words tell of the deal made, the truce,
not of negotiations held: on dev batches <= 13 the gold typed every such deal a ceasefire (5 sentences; the
extractor had two of them as talks).  A deal only sought or discussed ("talks on a deal", "efforts to reach an
agreement") names no broker this way and is left to the talks cues.

Linear: one bounded pattern, searched in a window or a span.
"""

from __future__ import annotations

import re

_DEAL = (r"(?:deal|agreement|accord|pact|kesepakatan|perjanjian|persetujuan|pakta)"
         r"(?:\s+(?:damai|perdamaian|gencatan\s+senjata))?")
_BROKER_VERB = r"(?:brokered|mediated|dimediasi|ditengahi|diperantarai|difasilitasi)"
# "the peace deal mediated by Russia", "perjanjian perdamaian yang dimediasi Rusia", "peace accord brokered by X"
_DEAL_BROKERED = re.compile(
    rf"(?<![\w-]){_DEAL}\s+(?:(?:that\s+was|which\s+was|yang|that|which)\s+)?(?:(?:jointly|telah|sudah)\s+)?"
    rf"(?P<verb>{_BROKER_VERB})(?![\w-])",
    re.IGNORECASE,
)


def brokered_deal(norm: str, start: int, end: int) -> re.Match[str] | None:
    """The first deal named by its broker's act inside ``norm[start:end]`` ("a peace agreement mediated by ...")."""
    return _DEAL_BROKERED.search(norm, start, end)


def brokers_a_deal(norm: str, cue_start: int) -> bool:
    """Whether the talks cue at ``cue_start`` ("mediated", "dimediasi") is the broker's act of a deal named right
    before it: the deal's making, a truce, no talks."""
    found = _DEAL_BROKERED.search(norm, max(0, cue_start - 60), cue_start + 20)
    return found is not None and found.start("verb") == cue_start


# A deal made to stop the strikes or the fighting ("announced a deal with the rebels to halt the airstrikes in return
# for ...", "mengumumkan kesepakatan dengan Houthi untuk menghentikan serangan udara"): the truce by its purpose, as a
# document signed to end the war is (``kinds._SIGNED_TO_END``).  The deal must be made (a past verb): "efforts to
# reach a deal to end the war" only seek one and stay talks.
_DEAL_TO_HALT = re.compile(
    rf"(?<![\w-])(?:announced|reached|struck|agreed|clinched|sealed|mengumumkan|mencapai|menyepakati|meneken)\s+"
    rf"(?:(?:a|an|the|its|sebuah|suatu)\s+)?(?:[\w-]+\s+){{0,2}}?{_DEAL}\s+[^.;:\"“”]{{0,50}}?(?<![\w-])"
    r"(?:to\s+(?:end|halt|stop|cease)|untuk\s+(?:mengakhiri|menghentikan))\s+(?:(?:the|its|their|all)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:air\s*strikes|airstrikes|bombing|bombings|bombardment|strikes|attacks|fighting|hostilities"
    r"|war|serangan(?:\s+udara)?|pengeboman|pemboman|pertempuran|perang)(?![\w-])",
    re.IGNORECASE,
)


def deal_to_halt(norm: str, start: int, end: int) -> re.Match[str] | None:
    """A deal made to stop the strikes or the fighting inside ``norm[start:end]``: a truce.  The verb that made it
    may be the frame's own, just before the words ("announced | a deal ... to end the airstrikes")."""
    return _DEAL_TO_HALT.search(norm, max(0, start - _VERB_BEFORE), end)


_VERB_BEFORE = 14


__all__ = ["brokered_deal", "brokers_a_deal", "deal_to_halt"]
