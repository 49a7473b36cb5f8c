"""Who an outlet's own narration says struck: "the coalition launched air strikes on the capital", "pihak junta
meluncurkan serangan udara ke ...", a sentence that carries no claim of anyone's.

Why: the article's striker (``ArticleParties.striker``) was counted only from claims, figures pinned on an
attacker and accusations.  An article that opens by narrating the attack in the outlet's voice and then gives
the toll in a sentence naming no attacker ("Dalam insiden tersebut, enam warga sipil tewas", "The strike killed
24 people") left the toll with its victims alone, though the annotation conventions give it the attacker the
article names.  Only a sentence without frames (nobody is quoted) and with no claim counts: a speaker's words are
its claims' business.  Never over what a later sentence names itself.
"""

from __future__ import annotations

from kb.actors import Gazetteer
from kb.extract.article_parties import ArticleParties
from kb.extract.attacks import find_attacks
from kb.extract.mentions import Mention


def note_narrated_strikers(norm: str, mentions: list[Mention], gazetteer: Gazetteer, around: ArticleParties) -> None:
    """Count the one named party an unquoted, claimless sentence says attacked as an attacker of the article, and
    make it the sentence's striker (for "the attack" in the next sentence)."""
    agents = [a.accused for a in find_attacks(norm, (0, len(norm)), mentions, gazetteer, set())
              if a.mention is not None and not a.wrongdoing]
    if len(set(agents)) != 1:  # none, or both sides' attacks told together ("X struck ... while Y fired ..."):
        return  # nothing says whose the next toll is
    around.inflictors[agents[0]] += 1
    around.struck_before = tuple(dict.fromkeys((*around.struck_before, agents[0])))
