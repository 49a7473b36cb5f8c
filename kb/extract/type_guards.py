"""Words that look like a claim of one type and are another thing (issue 13, round 16): a ceasefire word that only
names the subject of talks or of a call, and a truce the article restates.

- **A ceasefire word that modifies another noun** names what talks or calls are about, not a truce made: "the
  collapse of ceasefire talks", "truce negotiations resumed", "ignoring ceasefire calls", "pembahasan gencatan
  senjata itu", "seruan gencatan senjata".  The annotation types such words as talks (or a call), never as a
  ceasefire agreed, in force or broken; the talks cue of the same words still makes the talks claim.

- **Arms laid down by agreement** ("had agreed to lay down their weapons and disarm", "sepakat meletakkan senjata")
  is the truce the fighting ends with: a ceasefire claim, as "decided to cease fire" is (``kinds.ceasefire_acts``).
  A demand that they lay down arms is a call, typed by its own cue first.
- **A modal on the speaker's own call-up, binding nobody** ("another wave of call-ups is sensitive and must be
  handled fairly", "mobilisasi ... perlu ditangani dengan adil") is a view of a domestic matter, no call on a
  party: the annotation calls it a statement.  "The shelling must stop" stays a call, and so does "urged" or
  "menyerukan" anything.

- **An allegation said as such** ("struck \"a Hezbollah operative\", alleging he was rebuilding a launch site") accuses
  the party its object was named as, before the cue, when no other party follows it (``alleged_before``).
- **Words that only point back** ("Reuters mengungkap hal tersebut sambil mengutip ...", "the agency reported
  this, citing ...") credit the sentence before, which holds the claim: no statement of their own.

Each test is one anchored regex at a fixed place, or one pass over a scope (linear).
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.parties import compile_words

# English: the truce word stands before the noun it modifies ("ceasefire talks", "truce negotiators").
_MODIFIES = re.compile(
    r"\s+(?:talks|negotiations?|negotiators?|discussions?|calls|appeals|demands)(?![\w-])",
    re.IGNORECASE,
)
# Indonesian: the noun stands before the truce word ("pembahasan gencatan senjata", "seruan untuk gencatan senjata").
_GOVERNED_BY = re.compile(
    r"(?<![\w-])(?:pembicaraan|pembahasan|perundingan|negosiasi|seruan|desakan|tuntutan|imbauan|permintaan"
    r"|talks\s+(?:on|about)|negotiations\s+(?:on|about)|calls?\s+for|appeals?\s+for|demands?\s+for)"
    r"(?:nya)?\s+(?:(?:untuk|soal|tentang|mengenai|atas|bagi|a|an|the|sebuah|suatu)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def truce_as_modifier(norm: str, start: int, end: int) -> bool:
    """Whether the ceasefire word at ``start:end`` only names what talks or calls are about ("ceasefire talks",
    "pembahasan gencatan senjata"): no truce is claimed by it."""
    return bool(_MODIFIES.match(norm, end) or _GOVERNED_BY.search(norm, max(0, start - 48), start))


_CALL_CUES = compile_words(lexicon.TYPE_CUES["call"])
_MODAL = frozenset(lexicon.MODAL_CALL_CUES)


def modal_only(norm: str, scope: tuple[int, int]) -> bool:
    """Whether every call cue in ``scope`` is a modal ("must", "perlu"): a call only if it binds a party."""
    found = [re.sub(r"\s+", " ", m.group(0).casefold()) for m in _CALL_CUES.finditer(norm, *scope)]
    return bool(found) and all(cue in _MODAL for cue in found)


_ARMS_DOWN = re.compile(
    r"(?<![\w-])(?:agreed|agrees|agree|consented|sepakat|setuju|menyetujui|bersedia)\s+(?:to|untuk)?\s*[\"'“”]?"
    r"(?:lay\s+down\s+(?:(?:their|its|his|all)\s+)?(?:weapons|arms)|disarm|surrender|meletakkan\s+senjata"
    r"|menyerahkan\s+senjata|melucuti\s+senjata|menyerah)(?![\w-])",
    re.IGNORECASE,
)


def arms_laid_down(norm: str, span: tuple[int, int]) -> int | None:
    """Where ``span`` tells of a side agreeing to lay down its arms ("agreed to \"lay down their weapons\""), the
    fighting ended by agreement, a ceasefire (the caller drops one that only dates something)."""
    match = _ARMS_DOWN.search(norm, *span)
    return match.start() if match else None


_POINTS_BACK = re.compile(
    r"\s*(?:hal\s+(?:itu|tersebut|ini)|(?:informasi|kabar|berita|laporan|data)\s+(?:itu|tersebut|ini)|this|so)"
    r"(?:\s*[,.]|\s+(?:(?:dengan|sambil)\s+mengutip|mengutip|citing|kepada|to|on|in|pada|di|dalam)(?![\w-])|\s*$)",
    re.IGNORECASE,
)
_CLAUSE_AFTER = re.compile(r"(?<![\w-])(?:bahwa|that)(?![\w-])", re.IGNORECASE)


def points_back(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the speaker's words are only a pointer to what came before ("hal itu dengan mengutip X", "this,
    citing X"), with no clause of their own after it."""
    return bool(spans) and _POINTS_BACK.match(norm, spans[0][0], spans[0][1]) is not None and not any(
        _CLAUSE_AFTER.search(norm, a, b) for a, b in spans)


_ALLEGING = re.compile(r"(?<![\w-])(?:alleging|alleges\s+that|alleged\s+that)(?![\w-])", re.IGNORECASE)


def alleged_before(norm: str, scope: tuple[int, int], parties: list[tuple[int, str, str, bool]], own: set[str]
                   ) -> str | None:
    """The party named last before an "alleging" in ``scope`` (``parties``: (offset, label, iri, armed group or
    not) of the parties the sentence names, ``own``: the speaker's side IRIs), when none follows the cue: whom the
    allegation is about; an armed group before a state ("a Hezbollah operative in southern Lebanon")."""
    cue = _ALLEGING.search(norm, *scope)
    if cue is None or any(cue.end() <= at < scope[1] and iri not in own for at, _, iri, _ in parties):
        return None
    before = [(group, label) for at, label, iri, group in parties if scope[0] <= at < cue.start() and iri not in own]
    groups = [label for group, label in before if group]
    return groups[-1] if groups else before[-1][1] if before else None
