"""Word lists that drive the extractor: edit these tables, not the rules, to teach it new words.

Every entry is matched on the normalised text (straight quotes, plain spaces and hyphens) with
case folded, on word boundaries.  Keys are lower-case.  Indonesian and English live side by side:
the rules do not care which language a cue comes from.

The tables live in modules split along their seams (attribution, claim types, ceasefires, attacks, figures,
text); every one stays reachable here as ``lexicon.NAME``, which is how the rules read them.
"""

from __future__ import annotations

from typing import Final

from kb.extract import lexicon_after as _after
from kb.extract import lexicon_attacks as _attacks
from kb.extract import lexicon_figures as _figures
from kb.extract import lexicon_speakers as _speakers
from kb.extract import lexicon_speech as _speech
from kb.extract import lexicon_text as _text
from kb.extract import lexicon_truce as _truce
from kb.extract import lexicon_types as _types

# --- attribution: reporting verbs, speaker phrases, relays ------------------------------------------
PRE_VERBS: Final = _speech.PRE_VERBS
PROGRESSIVE_ONLY: Final = _speech.PROGRESSIVE_ONLY
NAME_GOES_ON_HEADS: Final = _speech.NAME_GOES_ON_HEADS
POST_VERBS: Final = _speech.POST_VERBS
PRONOUN_VERBS: Final = _speech.PRONOUN_VERBS
ACCORDING_TO: Final = _speech.ACCORDING_TO
PRONOUNS: Final = _speech.PRONOUNS
FIRST_PERSON: Final = _speech.FIRST_PERSON
VIA_CUES: Final = _speech.VIA_CUES
SPEAKER_HEADS: Final = _speakers.SPEAKER_HEADS
UNNAMED_VOICES: Final = _speakers.UNNAMED_VOICES
NP_WORDS: Final = _speakers.NP_WORDS
CONTENT_BEFORE: Final = _speakers.CONTENT_BEFORE
NP_STOPS: Final = _speakers.NP_STOPS
ORG_WORDS: Final = _speakers.ORG_WORDS
PARENTHETICAL: Final = _speakers.PARENTHETICAL
PASSIVE_VERBS: Final = _speech.PASSIVE_VERBS
ROLE_HEADS: Final = _speech.ROLE_HEADS
AGENT_GAP: Final = _speech.AGENT_GAP
PREPOSITIONS: Final = _speech.PREPOSITIONS
SENTENCE_OPENERS: Final = _speech.SENTENCE_OPENERS
CLAUSE_BREAKS: Final = _speech.CLAUSE_BREAKS
SUBORDINATORS: Final = _speech.SUBORDINATORS

# --- claim types: cue words, and what makes no claim ------------------------------------------------
TYPE_PRIORITY: Final = _types.TYPE_PRIORITY
TYPE_CUES: Final = _types.TYPE_CUES
MODAL_CALL_CUES: Final = _types.MODAL_CALL_CUES
MUTUAL_ACCUSATION: Final = _types.MUTUAL_ACCUSATION
MOBILIZATION_NOUNS: Final = _types.MOBILIZATION_NOUNS
CEASEFIRE_EVENTS: Final = _truce.CEASEFIRE_EVENTS
CEASEFIRE_ACTS: Final = _truce.CEASEFIRE_ACTS
NOT_CUES: Final = _types.NOT_CUES
DENIAL_OBJECTS: Final = _types.DENIAL_OBJECTS
NOT_POSITION: Final = _types.NOT_POSITION
COMMENTATORS: Final = _types.COMMENTATORS
OBSERVERS: Final = _types.OBSERVERS
CRIME_NOUNS: Final = _types.CRIME_NOUNS
CRIME_MANNERS: Final = _types.CRIME_MANNERS
MATERIEL_AND_GROUND: Final = _types.MATERIEL_AND_GROUND
INTENT: Final = _types.INTENT
CEASEFIRE_CONDITIONS: Final = _truce.CEASEFIRE_CONDITIONS
CEASEFIRE_ADJECTIVES: Final = _truce.CEASEFIRE_ADJECTIVES
TRUCE_ANAPHORS: Final = _truce.TRUCE_ANAPHORS
TRUCE_ANAPHOR_EVENTS: Final = _truce.TRUCE_ANAPHOR_EVENTS
DEMOGRAPHIC_NOUNS: Final = _types.DEMOGRAPHIC_NOUNS
NEEDS_AFTER: Final = _after.NEEDS_AFTER
CALL_AFTER: Final = _after.CALL_AFTER
TRUCE_AFTER: Final = _after.TRUCE_AFTER
CEASEFIRE_STANCES: Final = _truce.CEASEFIRE_STANCES
CEASEFIRE_PURPOSES: Final = _truce.CEASEFIRE_PURPOSES
NEGATIONS: Final = _types.NEGATIONS
MOBILIZATION_SCOPE: Final = _types.MOBILIZATION_SCOPE
ALLEGED_CUES: Final = _types.ALLEGED_CUES
HEDGED_CUES: Final = _types.HEDGED_CUES
WAR_WORDS: Final = _types.WAR_WORDS

# --- attacks and wrongdoing pinned on a party -------------------------------------------------------
ATTACK_CUES: Final = _attacks.ATTACK_CUES
ATTACK_VERBS: Final = _attacks.ATTACK_VERBS
WRONGDOING_VERBS: Final = _attacks.WRONGDOING_VERBS
ATTACK_LIGHT_VERBS: Final = _attacks.ATTACK_LIGHT_VERBS
LAUNCHED_WEAPONS: Final = _attacks.LAUNCHED_WEAPONS
LAUNCH_VERBS: Final = _attacks.LAUNCH_VERBS
WEAPON_WORDS: Final = _attacks.WEAPON_WORDS
ATTACK_PASSIVES: Final = _attacks.ATTACK_PASSIVES
CIVILIAN_SITES: Final = _attacks.CIVILIAN_SITES
ATTACK_NOUNS: Final = _attacks.ATTACK_NOUNS
WRONGDOING_NOUNS: Final = _attacks.WRONGDOING_NOUNS
AGENT_AFTER_NOUNS: Final = _attacks.AGENT_AFTER_NOUNS
ATTACK_MODIFIERS: Final = _attacks.ATTACK_MODIFIERS
FORCE_WORDS: Final = _attacks.FORCE_WORDS
CIVILIAN_TARGETS: Final = _attacks.CIVILIAN_TARGETS
SHIELD_VERBS: Final = _attacks.SHIELD_VERBS
RESPONSIBLE: Final = _attacks.RESPONSIBLE
SHIELD_ROLES: Final = _attacks.SHIELD_ROLES
SHIELD_PURPOSES: Final = _attacks.SHIELD_PURPOSES

# --- casualties and what a figure counts over -------------------------------------------------------
CASUALTY_NOUNS: Final = _figures.CASUALTY_NOUNS
KILLED: Final = _figures.KILLED
WOUNDED: Final = _figures.WOUNDED
UNITS: Final = _figures.UNITS
KILLED_AND_WOUNDED: Final = _figures.KILLED_AND_WOUNDED
CUMULATIVE_CUES: Final = _figures.CUMULATIVE_CUES
WAR_NOUNS: Final = _figures.WAR_NOUNS
PERIOD_CUES: Final = _figures.PERIOD_CUES
SPREAD_CUES: Final = _figures.SPREAD_CUES
INCIDENT_NOUNS: Final = _figures.INCIDENT_NOUNS
INCREMENT_BEFORE: Final = _figures.INCREMENT_BEFORE
INCREMENT_AFTER: Final = _figures.INCREMENT_AFTER

# --- quantities, languages, dates, site furniture ---------------------------------------------------
ID_UNITS: Final = _text.ID_UNITS
ID_SCALES: Final = _text.ID_SCALES
EN_UNITS: Final = _text.EN_UNITS
EN_SCALES: Final = _text.EN_SCALES
HEDGES: Final = _text.HEDGES
VAGUE: Final = _text.VAGUE
STOPWORDS: Final = _text.STOPWORDS
WEEKDAYS: Final = _text.WEEKDAYS
MONTHS: Final = _text.MONTHS
RELATIVE_DAYS: Final = _text.RELATIVE_DAYS
BOILERPLATE_LINES: Final = _text.BOILERPLATE_LINES
BOILERPLATE_TAILS: Final = _text.BOILERPLATE_TAILS
ABBREVIATIONS: Final = _text.ABBREVIATIONS
