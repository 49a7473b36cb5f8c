"""The hot paths of extraction, RDF building and the gate, made cheaper in session 32 (issue 13's speed bar), answer
exactly as the plain code they replaced.

Each rewrite kept the output and changed only the work: a cache, one C-level pass instead of a Python loop over
characters, a walk that steps over characters where nothing can happen.  The plain versions are written out here as
references, and generated text (capitals and quotation marks outside ASCII included) must give the same answers.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import XSD, Graph, Literal

from kb.actors import Gazetteer, normalize_name
from kb.extract import attacks, sentences
from kb.extract import text as text_module
from kb.extract.bodies import words_of
from kb.extract.mentions import find_mentions
from kb.extract.text import _NORM_TABLE, _norm_char, normalize
from kb.pipeline import gate, to_rdf
from kb.pipeline.article import Article
from kb.pipeline.to_rdf import article_graph
from tests.conftest import TEXT, make_claim

GAZ = Gazetteer.load()
# marks, quotation marks (straight, curly, guillemets), capitals in and out of ASCII, a few lower-case letters
_SENTENCE_PIECES = st.sampled_from(
    [*"ab z.!?\"'(),\n", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u00c9", "\u00e9", "\u03a9", "\u00df",
     "Mr. ", "U.S. ", "Dr. ", "said. ", "tiga.Kemudian", "DamaiMenurut", "...", "?!\" "]
)


def _plain_walk(text: str, norm: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """``split_sentences`` as it was before session 32: every character visited in turn."""
    s = sentences
    track_quotes = s._quote_balanced(text, start, end)
    spans: list[tuple[int, int]] = []
    depth, straight, begin = 0, False, start
    after: tuple[int, int, str] = (-1, -1, "")
    i = start
    while i < end:
        ch = text[i]
        if track_quotes:
            if ch in s._OPENING_QUOTES:
                depth += 1
            elif ch in s._CLOSING_QUOTES:
                depth = max(0, depth - 1)
            elif ch == '"':
                straight = not straight
        boundary = norm[i] in ".!?" and not (track_quotes and (depth or straight))
        if not boundary and track_quotes and norm[i] == '"' and not depth and not straight:
            boundary = i > start and norm[i - 1] in ".!?"
        if not boundary and not (track_quotes and (depth or straight)) and s._glued_title(norm, start, i):
            spans.append((begin, i))
            begin = i
        if boundary and not after[0] <= i < after[1]:
            after = s._after_run(norm, i, end)
        if boundary and s._breaks_after(norm, start, i, after):
            stop = after[1]
            spans.append((begin, stop))
            begin = stop
            i = stop
            continue
        i += 1
    spans.append((begin, end))
    capped = [piece for a, b in spans for piece in s._cap(norm, a, b)]
    return tuple(t for t in (s._trim(norm, a, b) for a, b in capped) if t is not None)


@settings(max_examples=400)
@given(st.lists(_SENTENCE_PIECES, max_size=40).map("".join), st.data())
def test_sentence_spans_match_the_walk_over_every_character(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for a, b in ((0, len(text)), (start, end)):
        assert sentences.split_sentences.__wrapped__(text, norm, a, b) == _plain_walk(text, norm, a, b)


def test_sentence_ends_after_a_quotation_and_a_glued_title_are_kept() -> None:
    text = ("\u00abKami menolak tuduhan itu.\u201d Menteri itu pergi. \u00c9mile Ravel berkata bahwa pasukan "
            "mundur.Kemudian PerundinganMenurut juru bicara, \u201cdua kota\u201d jatuh!")
    norm = normalize(text)
    assert sentences.split_sentences.__wrapped__(text, norm, 0, len(text)) == _plain_walk(text, norm, 0, len(text))


def _plain_fold(name: str) -> str:
    """``normalize_name`` before session 32."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[\s\u00a0]+", " ", text).strip(" .,;:'\"“”‘’()-").casefold()


@given(st.text())
def test_names_fold_as_before(name: str) -> None:
    assert normalize_name(name) == _plain_fold(name)


def test_a_name_asked_again_is_not_folded_again() -> None:
    normalize_name("Kementerian  Luar Negeri Contoh")
    hits = normalize_name.cache_info().hits
    assert normalize_name("Kementerian  Luar Negeri Contoh") == "kementerian luar negeri contoh"
    assert normalize_name.cache_info().hits == hits + 1


@given(st.text())
def test_normalize_maps_each_character_as_before(text: str) -> None:
    assert text.translate(_NORM_TABLE) == "".join(_norm_char(ch) for ch in text)


def test_the_normalisation_table_stays_bounded() -> None:
    """Each code point met is kept, up to a bound: a text holding every character must not keep them all."""
    wide = "".join(chr(point) for point in range(0x4E00, 0x4E00 + 2 * text_module._NORM_TABLE_SIZE))
    assert normalize(wide) == "".join(_norm_char(ch) for ch in wide)
    assert len(_NORM_TABLE) <= text_module._NORM_TABLE_SIZE


def test_words_come_back_as_a_fresh_list() -> None:
    first = words_of("the Ministry's spokesman")
    first.append("changed")
    assert words_of("the Ministry's spokesman") == ["the", "ministry", "spokesman"]


def test_graphs_share_the_literals_of_repeated_values() -> None:
    article = Article(text=TEXT, name="hot-paths", published="2020-09-29", lang="en")
    one = article_graph(article, [make_claim(article)], GAZ)
    two = article_graph(article, [make_claim(article)], GAZ)
    rule = to_rdf.CKB.rule
    assert next(one.objects(None, rule)) is next(two.objects(None, rule))


def test_kept_literals_tell_true_from_one() -> None:
    assert to_rdf._literal(1, datatype=XSD.integer) == Literal(1, datatype=XSD.integer)
    assert to_rdf._literal(True).datatype == XSD.boolean
    assert to_rdf._literal(1) == Literal(1) and to_rdf._literal(1) != to_rdf._literal(True)


class _Uncountable(Graph):
    def __len__(self) -> int:
        raise AssertionError("the gate counted the graph")


def test_the_gate_reads_the_graph_once_without_counting_it() -> None:
    """``list(graph)`` asks the length first; an in-memory store counts by walking every triple."""
    article = Article(text=TEXT, name="hot-paths", published="2020-09-29", lang="en")
    built = article_graph(article, [make_claim(article)], GAZ)
    graph = _Uncountable()
    for triple in built.triples((None, None, None)):
        graph.add(triple)
    assert gate.check(graph, context=GAZ.graph).conforms == gate.check(built, context=GAZ.graph).conforms


def test_attacks_found_again_in_a_span_are_the_same() -> None:
    """The cue matches are kept per span; what each call makes of them still depends on its own arguments."""
    norm = normalize("Pasukan Armenia menembaki desa itu dan menewaskan tiga warga, kata Azerbaijan.")
    mentions = find_mentions(norm, GAZ)
    span = (0, len(norm))
    armenia = {m.actor.iri for m in mentions if m.actor is not None and "armenia" in m.actor.iri}
    first = attacks.find_attacks(norm, span, mentions, GAZ, set())
    own = attacks.find_attacks(norm, span, mentions, GAZ, armenia)
    attacks._cues.cache_clear()
    assert attacks.find_attacks(norm, span, mentions, GAZ, set()) == first
    attacks._cues.cache_clear()
    assert attacks.find_attacks(norm, span, mentions, GAZ, armenia) == own
    assert first and not own
