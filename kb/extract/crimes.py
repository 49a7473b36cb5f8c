"""A crime reported by name with nobody named doing it accuses the article's attacker.

"Rights groups reported mass killings and torture of detainees", "sebuah badan PBB mencatat pemerkosaan di
kamp pengungsi", "monitors called the siege a genocide":
the speaker blames the war's wrongs on someone without naming them in that sentence, and the article has
said who (the annotation pins these on the side the article names attacking, as it does a condemned attack
with no attacker: ``condemn.py``): the one side named inflicting losses, else the party the article's
accusations so far have named most.  Neither known, the sentence accuses nobody and stays what it was.
A crime whose doer is named is an attack ``attacks.py`` already pins on that party.

Only crimes by name count (killings en masse, executions, torture, rape, sexual violence, ethnic cleansing,
genocide, massacres, war crimes), and an attack called a crime by a demonstrative ("this is a vile crime"): an
attack, a strike or a death is not a crime by name, and fighting is no wrong at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.article_parties import ArticleParties
from kb.extract.charges import aimed_at_people
from kb.extract.parties import compile_words

if TYPE_CHECKING:
    from kb.extract.drafts import Draft

_CRIMES = compile_words(lexicon.CRIME_NOUNS)
_MANNERS = compile_words(lexicon.CRIME_MANNERS)
# the attack a manner word is said of, referred back to and nobody's own ("the strike", "serangan itu"; not "its
# own offensive", "serangan kami")
_THAT_ATTACK = re.compile(
    r"(?<![\w-])(?:(?:the|this|that)\s+(?:air\s+|drone\s+|missile\s+)?(?:attack|strike|raid|shelling|bombing)"
    r"|(?:serangan|penyerangan|pengeboman|penembakan|aksi|tindakan)(?:\s+udara)?\s+(?:itu|tersebut|ini))(?![\w-])",
    re.IGNORECASE,
)
# the attack called a crime by a demonstrative ("This is a vile crime", "Ini adalah kejahatan keji", "it was an act of
# terror"): the sentence names the wrong and points back to the attack it is said of
_THIS_IS_CRIME = re.compile(
    r"(?<![\w-])(?:this|it|ini|itu)\s+(?:is|was|adalah|merupakan)\s+(?:(?:a|an|sebuah|suatu)\s+)?(?:[\w-]+\s+)?"
    r"(?:crime|kejahatan|terrorism|terorisme|act\s+of\s+terror(?:ism)?|aksi\s+teror|tindakan\s+teror)(?![\w-])",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    rf"(?:{'|'.join(map(re.escape, lexicon.NEGATIONS))}|denied|denies|membantah|menyangkal|menolak)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def crime_doer(around: ArticleParties) -> str | None:
    """Who a crime named without its doer is pinned on: the one side the article has named attacking, else
    the party its accusations so far have named most (and no other as often), else nobody."""
    attacker = around.attacker()
    if attacker is not None:
        return attacker
    ranked = around.accused.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def pointed_back(draft: Draft, norm: str, span: tuple[int, int], around: ArticleParties) -> bool:
    """Whom an accusation calling an attack a crime by a demonstrative ("Ini adalah kejahatan perang ...", "This is
    a war crime") accuses when its words name nobody: the one party the sentence before said struck ("accused
    Russia of striking a hospital. 'This is a deliberate war crime,' he said"), set as ``draft``'s subject.  False
    when it said none: "this" points back to nothing named, and the draft accuses nobody."""
    if draft.subject or not _THIS_IS_CRIME.search(norm, *span):
        return True
    if len(around.struck_before) != 1:
        return False
    draft.subject = around.struck_before[0]
    return True


def named_crime(norm: str, spans: list[tuple[int, int]]) -> str | None:
    """The first crime named in ``spans`` that no negation or denial governs, in the text's words."""
    for start, end in spans:
        for match in _CRIMES.finditer(norm, start, end):
            if not _NEGATED.search(norm, max(0, match.start() - 40), match.start()):
                return match.group(0)
        aimed = aimed_at_people(norm, start, end)
        at = norm.find(aimed, start) if aimed is not None else -1
        if aimed is not None and not _NEGATED.search(norm, max(0, at - 40), at):
            return aimed  # "homes are being targeted": people aimed at, a charge by the convention (``charges``)
        this_is = _THIS_IS_CRIME.search(norm, start, end)
        if this_is is not None and not _NEGATED.search(norm, max(0, this_is.start() - 40), this_is.start()):
            return this_is.group(0)
        if _THAT_ATTACK.search(norm, start, end):
            for match in _MANNERS.finditer(norm, start, end):
                if not _NEGATED.search(norm, max(0, match.start() - 40), match.start()):
                    return match.group(0)
    return None


__all__ = ["crime_doer", "named_crime", "pointed_back"]
