"""One victim written without a numeral: "a soldier was killed", "a 77-year-old man died", "the death of a
civilian", "an aid worker was wounded" — a casualty figure of exactly one.

Why: Indonesian writes the count ("seorang tentara tewas") and the quantity reader finds it; English writes
an article, which is no number anywhere else ("a strike", "a statement").  So the article counts only in
front of a person noun and only when the person is the one harmed: a passive or intransitive harm right
after the noun ("was killed", "died", "were wounded"), or "the death of" right before it.  "A soldier
killed two civilians" makes the soldier the killer, not a victim, and stays uncounted.  Every search is
one pass of a bounded pattern over the sentence.
"""

from __future__ import annotations

import re

from kb.extract.needs import absent, needs
from kb.extract.quantities import Quantity

NOUNS = (
    "soldier", "serviceman", "servicewoman", "fighter", "militant", "officer", "policeman", "police officer",
    "civilian", "man", "woman", "child", "boy", "girl", "baby", "teenager", "person", "resident", "villager",
    "journalist", "reporter", "photographer", "aid worker", "medic", "paramedic", "doctor", "nurse", "volunteer",
    "worker", "farmer", "student", "pensioner", "driver", "commander", "cameraman", "contributor", "freelancer",
    "citizen", "rebel",
    # a party's people named by their post ("a Hezbollah official was killed", "a senior member died")
    "official", "member", "leader", "employee", "guard",
    # kin after a possessive ("his 11-year-old son was killed", "her brother died": rec19)
    "son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "nephew", "niece", "cousin",
    "grandson", "granddaughter",
    # who else a war kills one at a time (session 26)
    "peacekeeper", "settler", "prisoner", "firefighter", "diplomat", "pilot", "tourist", "contractor",
)
# "one of its cameramen", "one of the volunteers": one of a plural group, the group's noun
PLURALS = (
    "soldiers", "servicemen", "fighters", "militants", "officers", "policemen", "civilians", "children", "residents",
    "villagers", "journalists", "reporters", "photographers", "aid workers", "medics", "paramedics", "doctors",
    "nurses", "volunteers", "workers", "cameramen", "contributors", "freelancers", "employees", "staff members",
    "members", "rescuers", "citizens", "rebels", "peacekeepers", "settlers", "prisoners", "firefighters",
    "diplomats", "pilots", "tourists", "contractors",
)
_NOUN = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in NOUNS), key=len, reverse=True))
_GROUP = "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in PLURALS), key=len, reverse=True))
# Up to two words of the noun phrase between the article and the noun: "a 59-year-old man", "a young
# Palestinian woman", "an Israeli soldier".
_MODS = r"(?:[\w'-]+\s+){0,2}?"
# the harm right after the victim, past a short "for AP" / "from the Red Crescent" and an apposition
# (", Jane Roe,"): "was killed", "had been killed", "was among the journalists killed"
_HARM_AFTER = (
    r"(?:\s+(?:for|from|with|of|at|working\s+for|employed\s+by)\s+[^,.;]{1,40}?)?(?:\s*,[^,.;]{1,60},)?"
    r"(?:\s+who\s+(?:was|were|had\s+been)\s+[^,.;]{1,50}?)?\s+(?:also\s+)?"  # "a woman who was picking beans also was"
    r"(?:(?<=\s)[a-z]+ing\s+(?:at|in|on|near|outside|inside)\s+[^,.;]{1,80}?\s+)?"  # "a man sleeping at the inn was"
    r"(?:(?:was|is|has\s+been|had\s+been|were)\s+(?:\w+ly\s+|also\s+)?"
    r"(?:killed|wounded|injured|hurt|dead|shot\s+dead|shot|among\s+the\s+(?:dead|injured|wounded)"
    r"|among\s+(?:the\s+)?(?:\w+\s+){1,2}(?:killed|wounded|injured))|(?:had\s+)?died|dies|succumbed"
    r"|(?:suffered|sustained)\s+(?:[a-z]+\s+){0,2}(?:injuries|wounds))(?![\w-])"  # "suffered neck injuries"
)
_AFTER = re.compile(
    rf"(?<![\w-])(?:(?P<art>an?|one|another|his|her|its|their|my|our)\s+{_MODS}(?P<noun>{_NOUN})"
    rf"|(?P<of>one)\s+of\s+(?:its|their|his|her|our|the)\s+{_MODS}(?P<group>{_GROUP}))(?={_HARM_AFTER})",
    re.IGNORECASE,
)
# "killed a senior commander", "shot dead a teenager", "killing the driver", "killing its driver", "also injured a
# soldier", "killed another person": one victim of an active verb (not "killing the commander's guard": the
# possessor is no victim)
_KILLED_ONE = re.compile(
    rf"(?<![\w-])(?:killed|kills|killing|eliminated|shot\s+dead|assassinated|wounding|injuring|injured|injures"
    rf"|wounded)\s+(?P<art>an?|one|the|another|its|his|her|their)\s+{_MODS}"
    rf"(?P<noun>{_NOUN})(?![\w'\u2019-])",
    re.IGNORECASE,
)
# "Among the wounded is a 34-year-old woman", "among the dead was a nurse": one victim named after the hurt
_AMONG_ONE = re.compile(
    rf"(?<![\w-])among\s+the\s+(?:dead|killed|injured|wounded|victims)\s+(?:is|was)\s+(?P<art>an?|one)\s+{_MODS}"
    rf"(?P<noun>{_NOUN})(?![\w-])",
    re.IGNORECASE,
)
# "shelling killed three people, including a girl", "six dead, among them four men and a nurse": one victim counted
# in a toll's breakdown (its own claim, session 22), right after the opener or after "and" inside the aside
_INCLUDED_ONE = re.compile(
    rf"(?<![\w-])(?:including|among\s+them|among\s+whom|and)\s+(?P<art>an?|one)\s+{_MODS}"
    rf"(?P<noun>{_NOUN})(?![\w'\u2019-])",
    re.IGNORECASE,
)
_ASIDE_OPENER = re.compile(r"(?:including|among\s+them|among\s+whom)\s[^.;:!?()]*$", re.IGNORECASE)
_DEATH_OF = re.compile(
    rf"(?<![\w-])(?:the\s+)?(?:death|killing)\s+of\s+(?P<art>an?|one|the|its|his|her|their)\s+{_MODS}"
    rf"(?P<noun>{_NOUN})(?![\w'\u2019-])",
    re.IGNORECASE,
)


_NEEDED = {id(p): needs(p) for p in (_AFTER, _DEATH_OF, _KILLED_ONE, _AMONG_ONE, _INCLUDED_ONE)}  # (``needs``)


def singular_victims(norm: str, taken: list[Quantity]) -> list[Quantity]:
    """Figures of one person harmed, each ending right before its victim noun (so the noun follows it as
    after any numeral), skipping any that overlaps a figure already read."""
    found: list[Quantity] = []
    for pattern in (_AFTER, _DEATH_OF, _KILLED_ONE, _AMONG_ONE, _INCLUDED_ONE):
        for match in () if absent(_NEEDED.get(id(pattern)), norm) else pattern.finditer(norm):
            if pattern is _INCLUDED_ONE and match.group(0)[:3].casefold() == "and" \
                    and not _ASIDE_OPENER.search(norm, max(0, match.start() - 80), match.start()):
                continue  # "... and a woman was wounded": no aside, read by the patterns above
            one_of = "of" in pattern.groupindex and match.group("of") is not None
            art, noun = ("of", "group") if one_of else ("art", "noun")
            start, end = match.start(art), match.start(noun)
            if any(q.start < end and start < q.end for q in [*taken, *found]):
                continue
            # "a 59-year-old man": the age goes with "a"; "an Israeli soldier": the demonym stays readable
            # as the victims' side
            aged = re.search(r"\d", norm[match.end(art) : end])
            text = norm[start:end].rstrip() if aged else match.group(art)
            if one_of:  # "one of its": the count, the modifiers ("freelance") stay with the noun
                text = " ".join(norm[start:end].split()[:3])
            found.append(Quantity(start, start + len(text), text, 1, 1))
    return sorted(found, key=lambda q: q.start)


__all__ = ["NOUNS", "singular_victims"]
