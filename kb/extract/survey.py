"""The pass over a whole article before its sentences are walked: who and what it names, and how often.

Apart from ``pipeline`` (the sentence-by-sentence walk) because this pass answers questions no single sentence
can: which "ministry" an article means (the one it names most), which actors are its sides (named as parties, not
as places), which acronyms it defines, which office holders its lead names only later.  The walk reuses the
mentions found here rather than finding them twice.
"""

from __future__ import annotations

from collections import Counter

from kb.actors import Gazetteer
from kb.extract.ahead import note_office_holders
from kb.extract.bodies import words_of
from kb.extract.context import Context
from kb.extract.local_acronyms import apply_acronyms, defined_acronyms
from kb.extract.mentions import Mention, find_mentions
from kb.extract.parties import is_place
from kb.extract.sentences import split_sentences
from kb.extract.text import Line


def survey(prepared: tuple[str, str, str], lines: list[Line], gazetteer: Gazetteer,
           context: Context) -> tuple[dict[tuple[int, int], list[Mention]], Counter[str]]:
    """Who and what the whole article names, counted: how "the ministry" or "Kementerian Kesehatan"
    is told apart (the Gaza one in an article about Gaza).  One more pass over the text.  ``prepared``: the text,
    its normalised copy and that copy with the dateline blanked; ``context`` gets the article's words, its office
    holders named later and how often each actor is seen.  Returns each sentence's mentions (by its span) and how
    often each actor is named as a party."""
    text, norm, masked = prepared
    mentions: dict[tuple[int, int], list[Mention]] = {}
    named: Counter[str] = Counter()
    for line in lines:
        # sentence by sentence, as the walk reads them: sentences are capped in length, lines are not
        for s_start, s_end in split_sentences(text, norm, line.start, line.end):
            mentions[(s_start, s_end)] = find_mentions(masked[s_start:s_end], gazetteer)
        context.words.update(words_of(masked[line.start : line.end]))
    apply_acronyms(mentions, defined_acronyms(masked, mentions))  # "the Arakan Army (AA)"
    for (s_start, s_end), found in mentions.items():
        sentence = masked[s_start:s_end]
        note_office_holders(sentence, found, context.ahead)  # "the governor" of the lead, named later
        for mention in found:
            if mention.actor is not None:
                context.seen[mention.actor.iri] += 1
                if not is_place(sentence, mention):  # the article's sides: named as parties
                    named[mention.actor.iri] += 1
    return mentions, named
