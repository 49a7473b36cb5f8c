"""Reviewing in the browser and over HTTP: sign in with a reviewer's token, the ``/review`` queue, the claim
page's accept / reject / correct forms, adding a missed claim from a selection on the article page, and
``/api/claims/<id>/review`` (bearer token).  Thin: every write is one ``kb.review.service`` call
(``web.reviewing.write``)."""

from __future__ import annotations

import csv
import io
from typing import Any

from flask import Blueprint, Response, current_app, flash, jsonify, redirect, render_template, request
from rdflib import URIRef
from rdflib.namespace import SKOS

from kb.errors import InputError
from kb.review import listing, service
from kb.review.model import EDITABLE, parse_value
from kb.review.queue import first_claims
from kb.vocab import CLAIM_CLASS, DATA
from web import core, render, reviewing, security
from web.errors import ApiError
from web.render import Data
from web.views import signin

bp = Blueprint("review", __name__)

QUEUE_COLUMNS = ("claim", "type", "confidence", "reviewed", "speakerLabel", "articleKey", "quote", "min", "max",
                 "approximate", "unit", "parties", "scope", "periodStart", "periodEnd", "allegation")
"""What a reviewer accepts from the queue, as the claim page shows it (tryout 25: the rows gave only the quote)."""
FORM_FIELDS = tuple(f for f in EDITABLE if f not in ("start", "end", "quote", "speaker_iri"))


def _form_guard() -> str:
    """The signed-in reviewer of a valid form post, or the error to show."""
    if not reviewing.enabled():
        raise ApiError(403, "Reviews disabled", reviewing.DISABLED)
    name = reviewing.signed_in()
    if name is None:  # before the form's token: a tab left open after signing out is told to sign in again
        raise ApiError(401, "Sign in first", "sign in with your reviewer token at /review/signin")
    if not security.csrf_ok(request.form.get("csrf")):
        raise ApiError(403, "Form expired", "the form has expired or did not come from this site: reload the page")
    return name


@bp.get("/review")
@bp.get("/review.<suffix>")
@render.renders()
def queue() -> Data:
    """Unreviewed claims first, least confident first; ``?article=KEY``, ``?actor=KEY``, ``?type=casualty``."""
    bindings, filters = core.claim_filters()  # an unknown article or actor is a 404, as on every list (user29)
    status = request.args.get("status", "").strip()
    if not status or status == "unreviewed":
        rows = _queue_rows(bindings)
        rows = [r for r in rows if not r.get("reviewed")] if status else rows
    else:
        rows = _reviewed_rows(status, filters["article"], filters["type"], str(bindings.get("actor") or ""))
    filters["status"] = status
    return Data("review.html", QUEUE_COLUMNS, rows, lambda _: _queue_context(filters), json={"total": len(rows)},
                headers={"X-Total-Count": str(len(rows))})  # as every other list says its length


def _queue_rows(bindings: dict[str, Any]) -> list[dict[str, Any]]:
    """The queue's rows: on the embedded store its first claims found by scans (``kb.review.queue``), then their
    rows alone; one article's queue (few claims), or a remote store, by the query itself."""
    store = core.kb().store
    if "article" in bindings or not store.capabilities.embedded:
        return core.run("review-queue", **bindings).values()
    db = store.ox  # type: ignore[attr-defined]
    first = first_claims(db, kind=str(bindings["type"]) if "type" in bindings else None,
                         actor=str(bindings["actor"]) if "actor" in bindings else None)
    rows: list[dict[str, Any]] = []
    for i in range(0, len(first), 40):  # bound to 100 claims at once, Oxigraph planned it as a scan (56 s at 40k)
        rows += core.run("review-queue", claim=[URIRef(c) for c in first[i:i + 40]]).values()
    return rows


def _queue_context(filters: dict[str, str]) -> dict[str, Any]:
    reviewer = reviewing.signed_in()
    return {"reviewer": reviewer, "enabled": reviewing.enabled(), "csrf": security.csrf_token() if reviewer else "",
            "kinds": list(CLAIM_CLASS), "statuses": ("unreviewed", *SHOWN_STATUSES), "filters": filters}


SHOWN_STATUSES = ("accepted", "corrected", "rejected", "added", "recheck")


def _reviewed_rows(status: str, article: str, kind: str, actor: str) -> list[dict[str, Any]]:
    """Claims with one review status, rejected ones included (hidden everywhere else): read from the reviewed
    articles only (``kb.review.listing``), so the cost grows with the reviews, not the store. ``kind`` and
    ``actor`` (an actor IRI, speaker or party) narrow them as they narrow the queue: the form sends all three
    together, and a status once dropped the other two, listing every accepted claim as "accepted casualty
    claims" (user27)."""
    if status not in SHOWN_STATUSES:
        raise ApiError(400, "Bad filter", f"status: one of unreviewed, {', '.join(SHOWN_STATUSES)}")
    kb = core.kb()
    found = listing.rows(kb.store, kb.gazetteer, status=status, article=core.split_key(article)[0] if article else None)
    found = [r for r in found if (not kind or r.record.type == kind) and (not actor or actor in _actors_of(r.record))]
    return [{"claim": URIRef(r.iri), "type": CLAIM_CLASS[r.record.type], "confidence": r.record.confidence,
             "reviewed": True, "speakerLabel": r.record.speaker, "articleKey": r.record.article,
             "quote": r.record.quote, "status": r.status, "shown": r.shown, "min": r.record.quantity_min,
             "max": r.record.quantity_max, "approximate": r.record.approximate, "unit": r.record.unit,
             "parties": "; ".join(r.record.subjects) or None, "scope": r.record.scope,
             "periodStart": r.record.period_start, "periodEnd": r.record.period_end,
             "allegation": r.record.allegation} for r in found]


def _actors_of(record: Any) -> set[str]:
    """The IRIs of a reviewed claim's speaker and parties, as the queue's ``?actor`` matches them: the record
    names its parties by label, which the gazetteer resolves as the RDF mapper does (a minted name to its slug)."""
    gazetteer = core.kb().gazetteer
    names = [record.speaker, *record.subjects]
    return {record.speaker_iri or "", *(gazetteer.resolve(n).iri for n in names if n)} - {""}


def claim_panel(iri: URIRef) -> dict[str, Any]:
    """What the claim page shows for reviewing: history, the current record, the signed-in reviewer."""
    store = core.kb().store
    reviewer = reviewing.signed_in()
    panel: dict[str, Any] = {"history": listing.history(store, str(iri)), "reviewer": reviewer,
                             "reviews_enabled": reviewing.enabled()}
    if reviewer is not None:  # the forms: only for a signed-in reviewer (no session made for readers)
        panel.update(record=service.current(store, core.kb().gazetteer, str(iri)), csrf=security.csrf_token(),
                     fields=FORM_FIELDS, kinds=list(CLAIM_CLASS), actors=actor_names())
    return panel


def add_panel() -> dict[str, Any]:
    """What the article page needs to add a missed claim from a selection (nothing unless signed in)."""
    reviewer = reviewing.signed_in()
    if reviewer is None:
        return {"reviewer": None, "enabled": reviewing.enabled()}
    return {"reviewer": reviewer, "enabled": True, "csrf": security.csrf_token(), "kinds": list(CLAIM_CLASS),
            "actors": actor_names()}


def hidden_claim(raw: str, media: str | None = render.HTML) -> Response | None:
    """The page of a claim the view no longer shows (rejected, or its quote gone): its last reviewed record
    and its history, so a reviewer can restore it (accept); None when no review knows the claim.  JSON and CSV
    answer with the same status as the page (200), saying why it is hidden: tryout 19 found the page at 200 with
    a "rejected" banner beside a .json 404.  Other formats (RDF) stay 404: the claim is not in the data."""
    key, _ = core.split_key(raw)
    if media not in (render.HTML, render.JSON, render.CSV):
        return None
    iri = DATA[f"claim/{key}"]
    history = listing.history(core.kb().store, str(iri))
    if not history:
        return None
    last = history[-1]
    if media != render.HTML:
        row = {"claim": str(iri), "key": key, "status": last.status, "shown": False, "reviewedBy": last.reviewer,
               "reviewedAt": last.at.isoformat(), "reason": last.reason, "type": last.after.type,
               "quote": last.after.quote, "article": last.article}
        if media == render.JSON:
            body = {"claim": row, "history": [h.to_dict() for h in history]}
            return jsonify(body)
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\r\n")
        writer.writeheader()
        writer.writerow(row)
        return Response(out.getvalue(), status=200, mimetype="text/csv")
    panel = claim_panel(iri)
    panel.pop("record", None)
    page = render_template("claim_hidden.html", key=key, last=last, review=panel)
    return Response(page, status=200, mimetype="text/html")


def actor_names() -> list[str]:
    """The gazetteer's English (or plain) labels: the actor picker's options (made once per app)."""
    found = current_app.extensions.get("actor_names")
    if found is None:
        graph = core.kb().gazetteer.graph
        found = sorted({str(o) for o in graph.objects(None, SKOS.prefLabel)
                        if getattr(o, "language", None) in (None, "en")})
        current_app.extensions["actor_names"] = found
    return found


@bp.post("/claims/<raw>/review")
def review_form(raw: str) -> Response:
    name = _form_guard()
    claim = core.split_key(raw)[0]
    action = request.form.get("action", "")
    reason = request.form.get("reason")
    try:
        if action == "correct":
            values = _changed(claim)
            reviewing.write(lambda kb: kb.review(service.correct, claim, values, name, reason))
        elif action in ("accept", "reject"):
            op = service.accept if action == "accept" else service.reject
            reviewing.write(lambda kb: kb.review(op, claim, name, reason))
        else:
            raise ApiError(400, "Bad review", "action: accept, reject or correct")
    except ApiError as exc:
        if exc.status == 503:
            raise
        flash(exc.detail, "error")
    return redirect(signin.back(f"/claims/{claim}"), code=303)  # type: ignore[return-value]


def _changed(claim: str) -> dict[str, object]:
    """The form's fields that differ from the claim as it stands (a form shows every field)."""
    current = service.current(core.kb().store, core.kb().gazetteer, claim).to_dict()
    values: dict[str, object] = {}
    for name in FORM_FIELDS:
        if name in request.form:
            value = _parse(name, request.form[name]) if name not in ("approximate", "increment", "breakdown") else \
                request.form.get(name) == "true"
            if value != current[name]:
                values[name] = value
    return values


def _parse(name: str, raw: str) -> object:
    try:
        return parse_value(name, raw)
    except InputError as exc:
        raise ApiError(400, "Bad review", str(exc)) from None


@bp.post("/articles/<raw>/claims")
def add_form(raw: str) -> Response:
    """A missed claim from the span the reviewer selected on the article page."""
    name = _form_guard()
    key = core.split_key(raw)[0]
    try:
        start, end = _span(key, request.form.get("start"), request.form.get("end"), request.form.get("quote"))
        values = {k: _parse(k, request.form[k]) for k in ("type", "speaker", "subject", "quantity_min",
                                                            "quantity_max", "unit") if request.form.get(k)}
        review = reviewing.write(lambda kb: kb.review(service.add, key, start, end, values, name,
                                                        request.form.get("reason")))
    except ApiError as exc:
        if exc.status == 503:
            raise
        flash(exc.detail, "error")
        return redirect(f"/articles/{key}", code=303)  # type: ignore[return-value]
    return redirect(core.path_for(review.claim) or f"/articles/{key}", code=303)  # type: ignore[return-value]


def _span(key: str, start: str | None, end: str | None, quote: str | None) -> tuple[int, int]:
    """The selection's offsets in the stored text.  The browser counts UTF-16 units, Python code points, so
    the selected text itself is looked up (nearest to the browser's offset) when the two disagree."""
    from kb.review.view import anchor

    try:
        a, b = int(start or ""), int(end or "")
    except ValueError:
        raise ApiError(400, "Bad selection", "start and end: select some text of the article first") from None
    text = service.load_article(core.kb().store, key).text
    if quote and text[a:b] != quote:
        found = anchor(text, quote, a)
        if found is None:
            raise ApiError(400, "Bad selection", "the selected text is not in the article")
        a, b = found, found + len(quote)
    return a, b


# ---- the HTTP API: JSON in and out, a reviewer's bearer token


@bp.post("/api/claims/<raw>/review")
def api_review(raw: str) -> Response:
    """``{"action": "accept"|"reject"|"correct", "set": {...}, "reason": "..."}`` → 201 with the review."""
    name = reviewing.bearer(request.headers.get("Authorization"))
    claim = core.split_key(raw)[0]
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ApiError(400, "Bad review", "expected a JSON object: {\"action\": ..., \"set\": {...}}")
    action, reason = body.get("action"), body.get("reason")
    if reason is not None and not isinstance(reason, str):
        raise ApiError(400, "Bad review", "reason: expected text")
    if action == "correct":
        values = reviewing.values_from(body.get("set"))
        review = reviewing.write(lambda kb: kb.review(service.correct, claim, values, name, reason))
    elif action in ("accept", "reject"):
        op = service.accept if action == "accept" else service.reject
        review = reviewing.write(lambda kb: kb.review(op, claim, name, reason))
    else:
        raise ApiError(400, "Bad review", "action: accept, reject or correct")
    return Response(jsonify(review.to_dict()).get_data(), status=201, mimetype="application/json")


@bp.get("/api/claims/<raw>/review")
def api_history(raw: str) -> Response:
    """Every review of the claim, oldest first."""
    claim = str(service.claim_ref(core.split_key(raw)[0]))
    return jsonify({"claim": claim, "reviews": [r.to_dict() for r in listing.history(core.kb().store, claim)]})


@bp.post("/api/articles/<raw>/claims")
def api_add(raw: str) -> Response:
    """``{"start": N, "end": M, "set": {"type": ..., "speaker": ...}}`` → 201 with the review of the added claim."""
    name = reviewing.bearer(request.headers.get("Authorization"))
    key = core.split_key(raw)[0]
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not all(isinstance(body.get(k), int) for k in ("start", "end")):
        raise ApiError(400, "Bad claim", "expected a JSON object with integer start and end, and set")
    values = reviewing.values_from(body.get("set"))
    review = reviewing.write(lambda kb: kb.review(service.add, key, body["start"], body["end"], values,
                                                    name, body.get("reason")))
    return Response(jsonify(review.to_dict()).get_data(), status=201, mimetype="application/json")
