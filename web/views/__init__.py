"""One blueprint per page family; this module registers them and the template helpers they share."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from flask import Flask, has_request_context, request

from kb.figures import figure_text, number, unit_text
from web import core, security


def safe_href(url: object) -> str | None:
    """An outside link only when it is plain http(s); a ``javascript:`` or ``data:`` URL never becomes a link."""
    text = str(url or "")
    return text if urlsplit(text).scheme in ("http", "https") else None


def reviewed_value(value: object) -> str:
    """A field's value in a review's changes, in words: 'none' for no value, a list as 'A; B' (the history
    showed Python's [] and ['Bloomberg'], tryout 19)."""
    if value is None or value == "" or value == [] or value == ():
        return "none"
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(str(v) for v in value)
    return str(value)


def register(app: Flask) -> None:
    from web.views import (
        actors,
        api,
        articles,
        claim_list,
        claims,
        conflicts,
        feeds,
        findings,
        home,
        mapview,
        quarantine,
        query,
        review,
        signin,
        sparql,
        upload,
    )

    for module in (home, actors, claim_list, claims, articles, conflicts, findings, mapview, feeds, quarantine, query,
                   sparql, api, upload, review, signin):
        app.register_blueprint(module.bp)
    app.jinja_env.filters["path_for"] = core.path_for
    app.jinja_env.filters["local"] = core.local_name
    app.jinja_env.filters["key"] = core.key_of
    app.jinja_env.filters["safe_href"] = safe_href
    app.jinja_env.filters["plain"] = core.plain
    app.jinja_env.filters["reviewed_value"] = reviewed_value
    app.jinja_env.filters["quoted"] = core.quoted
    app.jinja_env.filters["thousands"] = thousands
    app.jinja_env.globals["figure_text"] = figure_text  # one wording with the CLI: "at least 97"
    app.jinja_env.globals["unit_text"] = unit_text  # "1 soldier killed", not "1 soldiers killed"
    app.jinja_env.globals["kind_label"] = kind_label
    app.jinja_env.globals["with_filters"] = with_filters
    app.jinja_env.globals["csrf_token"] = security.csrf_token  # the nav's sign-out form, on every page


PAGING = frozenset({"page", "limit"})
thousands = number
"""43799 → "43,799", 2552.5 → "2,552.5" (``kb.figures.number``: the figures' own wording uses it too)."""


def with_filters(path: str) -> str:
    """``path`` with the request's filters (``?actor=``, ``?kind=``, ``?q=``...), for a list's "Also as JSON · CSV"
    links: they dropped them, so the CSV of Armenia's conflicts was every conflict (tryout 22).  Paging is left
    out: the other format gives the whole filtered list, as README says of a list without ``page`` or ``limit``."""
    if not has_request_context():
        return path
    kept = [(k, v) for k, v in request.args.items(multi=True) if k not in PAGING]
    return f"{path}?{urlencode(kept)}" if kept else path


def kind_label(iri: object) -> str:
    """``ckb:CasualtyClaim`` → "casualty"; ``ckb:NewsAgency`` → "news agency"."""
    name = core.local_name(iri).removesuffix("Claim")
    words = "".join(f" {c}" if c.isupper() else c for c in name).strip()
    return words.lower() or "claim"
