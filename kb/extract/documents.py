"""A document pointing back to its issuer as the speaker: "..., the report added", "The statement also said",
"tambah laporan itu", "Laporan tersebut juga menyebutkan".

Why: a reporter names the source once ("X reported on Tuesday that ...", "menurut laporan Kantor Berita
Nasional") and then lets the document speak; the document is no actor, and left unresolved the claim fell to
the outlet.  A definite document noun ("the report", "pernyataan tersebut") is whoever spoke last, with the media
that relayed it; an indefinite one ("a report said") names no one and stays unresolved, and so does a document
with its issuer named ("the ministry's report", "laporan PBB"), which the speaker phrase reads as usual.
"""

from __future__ import annotations

import re

from kb.extract.speakers import Context, Speaker

_DOC_EN = (r"(?:the|this|that)\s+(?:same\s+|latest\s+|new\s+|initial\s+|earlier\s+)?"
           r"(?:report|statement|communiqu[eé]|announcement|update|bulletin|release)")
_DOC_ID = (r"(?:laporan|pernyataan|keterangan|rilis|siaran\s+pers|unggahan|pengumuman)"
           r"\s+(?:itu|tersebut|ini|yang\s+sama)")
_GAP = r"(?:\s+(?:also|further|then|later|juga|pun|kemudian|lebih\s+lanjut))*"
# The document closing the words before a verb: ". The report also said", ", Laporan tersebut juga menyebutkan".
_BEFORE = re.compile(rf"(?:^|[,.;:\"“”]\s*|\b(?:and|dan)\s+)(?P<doc>{_DOC_EN}|{_DOC_ID}){_GAP}\s*$", re.IGNORECASE)
# The document right after a verb, closing the clause: "..., the report added.", "..., tambah laporan itu."
_AFTER = re.compile(rf"\s*(?P<doc>{_DOC_EN}|{_DOC_ID})\s*(?=[.,;:\"”]|$)", re.IGNORECASE)
_WORDS = re.compile(rf"(?:{_DOC_EN}|{_DOC_ID})", re.IGNORECASE)


def _issuer(context: Context) -> Speaker | None:
    speaker = context.last_speaker
    return None if speaker is None or speaker.first_person else speaker


def document_before(norm: str, lower: int, verb_start: int, context: Context) -> tuple[Speaker, int] | None:
    """The issuer of a document written before the verb, with where the document's phrase starts."""
    found = _BEFORE.search(norm, max(lower, verb_start - 60), verb_start)
    speaker = _issuer(context) if found is not None else None
    return (speaker, found.start("doc")) if found is not None and speaker is not None else None


def document_after(norm: str, verb_end: int, context: Context) -> tuple[Speaker, int] | None:
    """The issuer of a document written right after the verb, with where the document's phrase ends."""
    found = _AFTER.match(norm, verb_end)
    speaker = _issuer(context) if found is not None else None
    return (speaker, found.end("doc")) if found is not None and speaker is not None else None


def points_to_issuer(words: list[str]) -> bool:
    """Whether a speaker phrase's folded words are only a definite document ("the report", "laporan itu")."""
    return _WORDS.fullmatch(" ".join(words)) is not None
