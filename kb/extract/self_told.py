"""Statements the annotators do not record: a party telling of itself again, in its own quoted words, or on a
line cut short.

A plain statement is "another position a speaker takes" (``../shared/seeds/README.md``), and the conventions
leave out generic statements, a later restatement by the same speaker, and page furniture (teasers, captions,
read-more lines).  Counted on the dev split's batches <= 11 (session 19, prec19), four shapes of statement
were right far less often than the rest (98 of 171 statements matched):

- **A speaker already heard, now telling of its own side** — the statement's parties are all the speaker's
  own side ("the army said troops also operated in ...", "Hizbullah mengatakan pihaknya meluncurkan ...")
  and the same speaker has a claim earlier in the article: the narration of its own operations goes on
  (4 of 18 gold).
- **A party's own side in its own quoted words** ("'Our units held every line,' he said"): rhetoric about
  itself, no position on another party (0 of 5 gold).

In both, an intention ("will", "would", "akan", "berencana": ``lexicon.INTENT``) is a position still, as it is
for equipment and ground (``kinds``): a side saying what it will do next (4 of 6 such statements were gold).
- **A line that does not end as a sentence** — a teaser or a cut-off lead ("... said the operation was a
  response to a ser"), a headline: the page's copy of a sentence the body tells (2 of 10 gold).

- **A speaker already heard, now saying nothing the war does** — no operation (a strike, an attack, a target,
  a launch, an interception: the attack lexicon) and no intention: concern, deliberation, a side's own relief
  work, how the fighting goes, "no comment" (session 19, lead).  Cut for every speaker, such statements were
  27 of 44 not gold on the 242-article dev split, 8 of 8 on batch 12, and the cut raised blind batch 13's precision
  68.1 -> 71.1 at equal recall; but the project's own written sets record a third party's concern as a statement
  and their recall fell (tests/heldout 0.651 -> 0.595, whose bar is "does not drop"), so only a speaker already
  heard in the article loses them (batch 13: 68.1 -> 70.1, the written sets unchanged).

Statements about another party, first statements of a speaker, and every other claim type are untouched.
Linear in the claims (one pass, a set of speakers heard so far).
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract import lexicon_attacks as attacks
from kb.extract.parties import compile_words
from kb.extract.speaker_sides import side_label
from kb.pipeline.record import Claim

# Saying nothing on purpose ("would not comment on the claims", "declined to comment", "tidak akan mengomentari",
# "menolak berkomentar"): no position is taken, whatever "would"/"akan" says.
_NO_COMMENT = re.compile(
    r"(?<![\w-])(?:(?:would|will|did|does|do)\s+not\s+comment|declined\s+to\s+comment|refused\s+to\s+comment"
    r"|no\s+comment|(?:tidak|tak|enggan|belum)\s+(?:akan\s+|mau\s+|bersedia\s+)?(?:mengomentari|berkomentar)"
    r"|menolak\s+(?:untuk\s+)?(?:mengomentari|berkomentar))(?![\w-])",
    re.IGNORECASE,
)
_FINAL = re.compile(r"[.!?\"'”’»)]\s*$")  # a sentence ends with a mark (a quote or a bracket may close it)
# "will", "would", "akan", "berencana": an intention is a position; so is a warning, which looks ahead as an
# intention does ("warned the violence risks engulfing the region", "memperingatkan ... berisiko")
_INTENT = compile_words((*lexicon.INTENT, "warned", "warns", "warning", "memperingatkan", "mengingatkan", "berisiko"))
# What a war does, in the attack lexicon's words and a few of operations' own: a statement naming none is generic.
_OPERATION = compile_words((
    *attacks.ATTACK_CUES, *attacks.ATTACK_VERBS, *attacks.ATTACK_NOUNS, *attacks.LAUNCH_VERBS,
    "operation", "operations", "operasi", "intercepted", "intercept", "shot down", "mencegat", "menembak jatuh",
    "destroyed", "menghancurkan", "retaliation", "retaliate", "balasan", "membalas",
))


def _side(name: str, gazetteer: Gazetteer) -> str:
    actor = gazetteer.lookup(name)
    return side_label(actor, gazetteer) if actor else name


def _own_side(claim: Claim, gazetteer: Gazetteer) -> bool:
    """Every party of the statement is the speaker's own side (a speaker the gazetteer knows, with parties)."""
    actor = gazetteer.by_iri(claim.speaker_iri) if claim.speaker_iri else None
    parties = [p.strip() for p in (claim.subject or "").split(";") if p.strip()]
    if actor is None or not parties:
        return False
    mine = side_label(actor, gazetteer)
    return all(_side(p, gazetteer) == mine for p in parties)


def _quoted(claim: Claim) -> bool:
    """The claim rests on a quotation with its attribution (rule family ``quote``: "'...,' kata X")."""
    parts = claim.rule.split(".")
    return len(parts) > 2 and parts[1] == "quote"


def unrecorded(claim: Claim, heard: set[str], gazetteer: Gazetteer) -> bool:
    """Whether a statement is one of the shapes above (``heard``: speakers with an earlier claim)."""
    if claim.type != "statement":
        return False
    if not _FINAL.search(claim.quote) or _NO_COMMENT.search(claim.quote):
        return True  # a line cut short, or a refusal to comment
    if claim.speaker in heard and not _OPERATION.search(claim.quote) and not _INTENT.search(claim.quote):
        return True  # a generic statement by a speaker already heard: no operation, no intention
    told_again = claim.speaker in heard or _quoted(claim)
    return told_again and _own_side(claim, gazetteer) and not _INTENT.search(claim.quote)


def drop_self_told(claims: list[Claim], gazetteer: Gazetteer) -> list[Claim]:
    """The claims without the statements the annotators leave out (``unrecorded``), in text order.  A speaker
    counts as heard from the sentence after its first claim, so a statement beside its own toll still stands."""
    heard: set[str] = set()
    pending: list[tuple[int, str]] = []  # (sentence start, speaker) not yet heard by later sentences
    kept = []
    for claim in sorted(claims, key=lambda c: c.start):
        heard.update(name for start, name in pending if start < claim.start)
        pending = [(start, name) for start, name in pending if start >= claim.start]
        if not unrecorded(claim, heard, gazetteer):
            kept.append(claim)
        pending.append((claim.start, claim.speaker))
    order = {id(c): i for i, c in enumerate(claims)}
    return sorted(kept, key=lambda c: order[id(c)])


__all__ = ["drop_self_told", "unrecorded"]
