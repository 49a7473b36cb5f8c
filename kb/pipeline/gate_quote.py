"""``ckbsh:QuoteMatchesText`` (ontology/shapes.ttl) evaluated in Python, for the compiled gate (``gate_compiled``).

Why: pySHACL runs the constraint's SPARQL query once per claim, and rdflib's evaluation of its FILTER was a
fifth of the gate's time on real articles (1.3 of 7.4 s for the 182 dev articles), for four comparisons.

The equivalent holds only for the exact query text below: ``gate_compiled`` uses it when a shape's ``sh:select``
is this text character for character, so an edited query falls back to pySHACL until this is edited too.  The
query has a solution (a violation) for a claim when some combination of its quote, start, end, article and that
article's text fails the FILTER.  ``quote_matches_text`` says True only when every combination certainly passes,
with plainly typed terms: integer offsets, a text without language or datatype (as ``kb.pipeline.to_rdf`` writes
them); any other term gets False, and pySHACL decides, with SPARQL's rules for errors and types.
"""

from __future__ import annotations

from typing import Any

from rdflib import XSD, Literal
from rdflib.term import Node

from kb.vocab import CKB

QUOTE_MATCHES_TEXT = (
    "SELECT $this ?value WHERE { $this ckb:quote ?value ; ckb:start ?start ; ckb:end ?end ; ckb:article ?article"
    " . ?article ckb:text ?text . FILTER (?end > STRLEN(?text) || ?start < 0 || ?end <= ?start || SUBSTR(?text,"
    " ?start + 1, ?end - ?start) != STR(?value)) }"
)
_NOTHING: dict[Node, Any] = {}


def quote_matches_text(spo: dict[Node, dict[Node, dict[Node, None]]], claim: Node) -> bool:
    """Whether the query certainly finds no violation for ``claim``: every quote is the text between every
    start and end, inside every text of every article of the claim."""
    props = spo.get(claim, _NOTHING)
    quotes, starts, ends = props.get(CKB.quote, _NOTHING), props.get(CKB.start, _NOTHING), props.get(CKB.end, _NOTHING)
    texts = [t for a in props.get(CKB.article, _NOTHING) for t in spo.get(a, _NOTHING).get(CKB.text, _NOTHING)]
    if not (quotes and starts and ends and texts):
        return True  # no solution: the query asks for all five
    for text in texts:
        if type(text) is not Literal or text.language is not None or text.datatype is not None:
            return False
        for start in starts:
            for end in ends:
                s, e = _offset(start), _offset(end)
                if s is None or e is None or e > len(text) or s < 0 or e <= s:
                    return False
                if any(type(q) is not Literal or str(text)[s:e] != str(q) for q in quotes):
                    return False
    return True


def _offset(term: Node) -> int | None:
    """An xsd:integer literal's value; None for any other term (pySHACL decides those)."""
    if type(term) is Literal and term.datatype == XSD.integer and not term.ill_typed and type(term.value) is int:
        return term.value
    return None
