"""The extractor end to end: prepare the text, walk its sentences, turn drafts into claims.

Offsets always come from the sentence splitter over the original text, so every claim quotes the
article exactly.  A sentence that trips a bug is skipped with a warning rather than losing the
whole article: extraction must never raise on any text.
"""

from __future__ import annotations

import logging

from kb.actors import Gazetteer
from kb.extract import announced, backref, carry, coref, follows, history, pronoun_parties
from kb.extract import text as textprep
from kb.extract.added import passive_addition, refers_back
from kb.extract.answered import name_claimants
from kb.extract.article_parties import ArticleParties, main_parties, sentence_parties, struck
from kb.extract.bare_bodies import civil_state, home_state
from kb.extract.belligerents import resolve_drafts
from kb.extract.between import Between
from kb.extract.captions import caption
from kb.extract.claim_records import claim_date, claim_of, set_period
from kb.extract.claims import sentence_drafts
from kb.extract.conditionals import unconditional
from kb.extract.contract import ensure_contract, identity
from kb.extract.datelines import find_dateline, find_tag, lone_dateline
from kb.extract.dates import DateMention, find_dates
from kb.extract.drafts import Draft, SentenceInput
from kb.extract.forces import armed_bodies, home_army
from kb.extract.frames import Frame, find_frames
from kb.extract.holders import sentence_place
from kb.extract.lang import article_language
from kb.extract.late_striker import add_late_striker
from kb.extract.mentions import Mention, find_mentions
from kb.extract.named_later import name_later
from kb.extract.narrated_strikers import note_narrated_strikers
from kb.extract.pairs import pair_subject
from kb.extract.parties import is_place
from kb.extract.past_years import reference_year, set_in_history, set_in_past
from kb.extract.publisher import outlet_of, published, same_outlet, wire_credits
from kb.extract.restated import drop_restated
from kb.extract.scope_dates import since_dates
from kb.extract.self_told import drop_self_told
from kb.extract.speaker_parts import TollParts
from kb.extract.speakers import Context, Speaker, from_mention, voiced
from kb.extract.stance_gates import habitual, own_doing, shelter_advice
from kb.extract.statement_gate import kept_statements
from kb.extract.survey import survey
from kb.extract.they import group_opening
from kb.pipeline.article import Article
from kb.pipeline.record import Claim

log = logging.getLogger(__name__)
MAX_CLAIMS = 500
"""Claims taken from one article at most.  A real article holds a few dozen (the most in the real-article
set is under 50); a 2 MB text of repeated claim sentences made 24,000, and gating and storing them held
the writer for two minutes.  The cut keeps every request's cost bounded; ``kb ingest`` notes it."""
class _Walker:
    """State while walking one article's sentences."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article, self.gazetteer = article, gazetteer
        self.text = article.text
        self.key = article.key  # a hash of the whole text: once, not once per claim
        self.norm = textprep.normalize(self.text)
        self.lang = article_language(article.lang, self.text[:5000])
        self.published = published(article)
        every = textprep.classify_lines(self.norm, article.title)
        self.lines = [ln for ln in every if ln.kind == "body"]
        self.dateline = next(
            (
                d
                for d in (find_dateline(self.norm, ln.start, ln.end, gazetteer) for ln in self.lines[:2])
                if d
            ),
            None,
        ) or lone_dateline(self.norm, every, gazetteer)
        tag = find_tag(self.norm, self.lines[-1].end, gazetteer) if self.lines else None
        self.outlet = outlet_of(article, self.dateline, tag, gazetteer)
        self.wire = wire_credits(self.norm, every, self.lines, self.dateline, tag, self.outlet, gazetteer)
        self.masked = self.norm
        if self.dateline:
            d = self.dateline
            self.masked = self.norm[: d.start] + " " * (d.end - d.start) + self.norm[d.end :]
        self.ref_year = reference_year(self.norm, self.published)
        self.context = Context(lang=self.lang, gazetteer=gazetteer,
                               dateline=self.dateline.place if self.dateline else None)
        # per sentence span, the survey's mentions; and each actor named as a party, counted
        self.mentions, self.named = survey((self.text, self.norm, self.masked), self.lines, gazetteer, self.context)
        main = main_parties(self.named, gazetteer)
        home = home_state(gazetteer, self.context.seen, self.context.dateline, self.context.words)
        self.around = ArticleParties(main, armed=armed_bodies(self.named, gazetteer, main),
                                     home_armed=home_army(home, gazetteer),
                                     civil=civil_state(home, main, gazetteer, self.context.words))
        self.mobilized: set[tuple[str | None, str | None]] = set()
        self.claims: list[Claim] = []
        self.claimless: list[tuple[int, int]] = []  # captions and habits (``captions``, ``stance_gates``): no claims
        self.seen: set[tuple[object, ...]] = set()  # _identity of every claim kept: one look-up, not a scan
        self.previous_framed = False
        self.narrated_before: Speaker | None = None  # the person a frameless sentence opened with: "X visited ..."
        self.relayed_before: list[str] = []  # media the sentence before credited, speaking for nobody else
        self.reported_before: tuple[str, str | None] | None = None  # a medium the sentence before said reported it
        self.outlet_before: list[Claim] = []  # the outlet's claims of the sentence before: a source may follow
        self.source_before: tuple[Speaker, list[str]] | None = None  # who spoke in the sentence before
        self.quote_open = False  # a quotation opened in the paragraph and not closed yet
        self.source_across: tuple[Speaker, list[str]] | None = None  # the source of the paragraph before
        self.toll_source: tuple[Speaker, list[str]] | None = None  # the last source of a death toll (follows.py)
        self.announced: Speaker | None = None  # who the sentence before said gave figures it did not give
        self.between = Between(self.outlet.label)  # a sentence between two of one source's (between.py)
        self.parts = TollParts(self.outlet.label, gazetteer.places)  # figures inside a source's toll (speaker_parts)
        self.unstruck = 0  # how many claims were made while the article had named no attacker (late_striker.py)
        self.past_before = False  # the sentence before was history (``history``): the next may go on with it

    def run(self) -> list[Claim]:
        for index, line in enumerate(self.lines):
            self.context.new_paragraph()
            self.between.paragraph()
            # a source goes on across a paragraph break only into a sentence whose head points back to it
            self.source_across, self.source_before = self.source_before, None
            self.quote_open = False
            if index == 1:  # "Melansir BBC, ..., jumlah korban itu ...": the medium the lead was taken from
                carry.credit_lead(self.claims, self.masked[line.start : line.end], self.gazetteer, self.outlet.label)
            end = textprep.body_end(self.norm, line.start, line.end)
            start = (
                self.dateline.body_start
                if self.dateline and self.dateline.start == line.start
                else line.start
            )
            for number, (s_start, s_end) in enumerate(textprep.split_sentences(self.text, self.norm, start, end)):
                if len(self.claims) >= MAX_CLAIMS:
                    break  # still give the claims so far the article's late-named attacker, below
                lead = index == 0 and s_start <= start + 1
                if index == 0 and number == 1:  # "N tewas ... . Dilansir dari X, (date), ...": in the lead's paragraph
                    carry.credit_lead(self.claims, self.masked[s_start:end], self.gazetteer, self.outlet.label)
                try:
                    self._sentence(s_start, s_end, lead)
                except Exception:
                    log.warning(
                        "extraction failed on %s at %d",
                        self.article.name or "article",
                        s_start,
                        exc_info=True,
                    )
                if len(self.claims) > self.unstruck and self.around.striker(self.gazetteer) is None:
                    self.unstruck = len(self.claims)  # claims made so far knew no attacker of the article's
            if len(self.claims) >= MAX_CLAIMS:
                break
        add_late_striker(self.claims[: self.unstruck], self.around, self.gazetteer)
        return [c for c in self.claims if not any(a <= c.start < b for a, b in self.claimless)]

    def _background(self, norm: str, narrated: bool) -> bool:
        """The sentence is set in a past year ("in 1991"), not merely dated by one (``past_years``), or it is the
        reporter's (``narrated``: no frame, no quotation going on) and goes on with the history an old year opened
        (``history``; a year or three before is the start of the war reported, no history)."""
        carried = narrated and self.past_before and history.goes_on(norm)
        self.past_before = carried or set_in_history(norm, self.ref_year)  # an old year opens it: "in 1994"
        return carried or set_in_past(norm, self.published, self.ref_year)

    def _sentence(self, start: int, end: int, lead: bool) -> None:
        """One sentence: its frames, its drafts, its claims; then what the next sentences may point back to."""
        norm = self.masked[start:end]
        mentions = self.mentions.pop((start, end), None)  # the survey read most sentences already
        if mentions is None:
            mentions = find_mentions(norm, self.gazetteer)
        remembered = dict(self.context.via)  # the media each speaker's last words came through
        frames = find_frames(norm, mentions, self.context, self.lang)
        carry.own_media_only(frames, remembered)  # "He told Fox News": not the medium of the sentence before
        coref.resolve(frames, self.context, norm)
        carry.carry_credit(frames, self.source_before or self.source_across, norm)  # the same source goes on: its relay
        drafts, continuation = self._drafts(norm, mentions, frames, start, end)
        kept = len(self.claims)
        starts = since_dates(norm, self.published)  # "since 7 October" starts a count: not the claim's date
        dates = [d for d in find_dates(norm, self.published) if d.start not in starts]
        for draft in drafts:
            set_period(draft, norm, self.published)
            self._add(draft, start, end, dates, lead)
        self._remember_bodies(norm, mentions, frames)
        self._pass_sources(norm, frames, kept)
        announced.credit_announcer(self.claims[kept:], frames, self.announced)  # "X gave its figures. / N died."
        self.announced = announced.announcer(norm, mentions, self.context, len(self.claims) > kept, self.outlet.label)
        self._pass_media(norm, mentions, frames, kept)
        self.between.sentence(norm, frames, self.claims[kept:], continuation)
        self.parts.sentence(norm, frames, self.claims[kept:], continuation)
        self._remember_speakers(norm, mentions, frames, continuation)

    def _drafts(self, norm: str, mentions: list[Mention], frames: list[Frame], start: int,
                end: int) -> tuple[list[Draft], Speaker | None]:
        """The sentence's drafts after every gate, and whose words it goes on with when it has no frame."""
        continuation = None
        if not frames and (norm.lstrip().startswith('"') or self.quote_open):  # a quotation is always someone's
            # words, and so is every sentence of it before its closing mark ("... . Sekitar 30 orang terluka.")
            continuation = self.context.last_speaker if self.previous_framed else self.narrated_before
        elif not frames and self.previous_framed and passive_addition(norm):  # "Ditambahkan bahwa ...": it added
            continuation = self.context.last_speaker
        if norm.count('"') % 2:
            self.quote_open = not self.quote_open
        drafts = sentence_drafts(
            SentenceInput(
                norm, mentions, frames, self.outlet, self.gazetteer,
                self._background(norm, not frames and continuation is None), continuation,
                self.around,
            )
        )
        resolve_drafts(drafts, self.around, self.gazetteer, norm, mentions)  # "the paramilitary", "musuh"
        drafts = unconditional(norm, drafts, self.outlet.label)
        drafts = [d for d in drafts if (d.type != "call" or not shelter_advice(norm, d.scope))  # "stay in shelters"
                  and not own_doing(d, self.gazetteer)]  # "our troops shelled X, the ministry said": no blame
        if caption(norm) or habitual(norm):  # "Foto ... ini menunjukkan ...", "... [Jane Doe / Reuters]": a picture's
            self.claimless.append((start, end))  # caption; "regularly accuse each other": a habit; claims go at the end
        # "accused it of ...": the sentence before's agent; "the group": the armed group named before it
        pronoun_parties.resolve(drafts, self.around, self.gazetteer, norm, mentions)
        self.around.before = sentence_parties(norm, mentions, self.gazetteer)
        self.around.struck_before = struck(drafts)
        if not frames and not drafts and continuation is None:  # the outlet narrates an attack: who struck
            note_narrated_strikers(norm, mentions, self.gazetteer, self.around)
        self.context.place_before = sentence_place(norm, self.context)
        pointed = backref.pointing_source(norm, frames) if self.outlet_before else None
        if pointed is not None:  # "... 40 orang tewas. Hal itu diungkapkan oleh X": X's figures
            backref.credit(self.outlet_before, pointed[0], [*pointed[1], *self.wire])
            drafts = [d for d in drafts if d.type != "statement"]
        return drafts, continuation

    def _remember_bodies(self, norm: str, mentions: list[Mention], frames: list[Frame]) -> None:
        """Bodies the sentence opens with, outside any report: who "the group" may be next ("Hamas ... . Kelompok
        itu menuduh ...")."""
        for mention in mentions:
            actor = mention.actor
            if any(f.scope[0] <= mention.start < f.scope[1] for f in frames):
                continue  # "X reported that RSF units detained ...": inside a report, not the group spoken of
            if actor is not None and actor.kind in ("Organization", "Group", "Ministry") and mention.start < 60:
                if coref.in_apposition(norm, mention, mentions):
                    continue  # "Hezbollah, a Hamas ally, said": Hamas only says who Hezbollah is
                body = Speaker(actor.label, actor.iri, None, actor)
                self.context.bodies = [*[b for b in self.context.bodies if b.label != body.label][-9:], body]

    def _pass_sources(self, norm: str, frames: list[Frame], kept: int) -> None:
        """Give the sentence's claims the source of the sentence before when it points back, and keep this
        sentence's source (and the outlet's own claims) for the next one."""
        if self.source_before is None and self.source_across is not None and refers_back(norm):
            self.source_before = self.source_across  # "¶ Agresi militer tersebut menewaskan ...", "¶ Selain itu, ..."
        self.source_across = None
        source = self.source_before
        if not frames and self.toll_source is not None and follows.among_the_dead(norm):
            source = self.toll_source  # "Among the dead are ...": the dead of the last toll, whoever spoke since
        carried = not frames and source is not None and follows.points_back(norm)
        if carried and source is not None:
            follows.carry_source(self.claims[kept:], source)  # "Another 40 were wounded."
        if not carried:  # a sentence that went on with the source passes it on ("... lainnya hilang. Selain itu")
            self.source_before = follows.source_of(frames, self.outlet.label)
        self.toll_source = follows.toll_source(frames, self.claims[kept:], self.outlet.label, self.toll_source)
        own = [c for c in self.claims[kept:] if ".outlet." in c.rule]
        if not frames and own and self.outlet_before and follows.points_back(norm):
            # "A killed 11. It also wounded 11 others. So said X": X's figures both (figures only: an outlet's
            # own accusation before them stays the outlet's)
            own = [*(c for c in self.outlet_before if c.type == "casualty"), *own][-8:]
        self.outlet_before = own

    def _pass_media(self, norm: str, mentions: list[Mention], frames: list[Frame], kept: int) -> None:
        """Media a sentence credits or reports through: on its claims, and on the next sentence's."""
        if self.relayed_before and not frames:  # "Dikutip BBC, ... . Dua lainnya terluka": still BBC's report
            carry.carry_relay(self.claims[kept:], self.relayed_before, self.wire)
        medium = carry.reporting_medium(norm, mentions, frames)
        reported: tuple[str, str | None] | None = (
            (medium.actor.label, medium.actor.iri) if medium is not None and medium.actor is not None else None)
        reported = reported or (self.reported_before if not frames else None)
        if reported is not None:  # "Sebagaimana dilaporkan Al Jazeera, ...": it speaks, and in the next sentence
            carry.credit_medium(self.claims[kept:], *reported)
        self.reported_before = reported if medium is not None else None
        self.relayed_before = carry.credited_media(norm, mentions, frames, self.outlet.label)

    def _remember_speakers(self, norm: str, mentions: list[Mention], frames: list[Frame],
                           continuation: Speaker | None) -> None:
        """Who spoke, who was named and who the sentence narrates: whom "he" or "they" point to next."""
        # "X said ..., citing a medical source. “...,” he told ...": the one cited is no one "he" goes back to
        for frame in sorted(frames, key=lambda f: f.verb_text != "citing"):
            said_by = norm[frame.agent[0] : frame.agent[1]].casefold().split()
            self.context.remember(frame.speaker, frame.via, voiced=voiced(said_by),
                                  apposed=coref.person_apposed(norm, frame.agent[1]))
        coref.remember_people(self.context, norm, mentions)
        self.narrated_before = None
        self.context.pair_before = () if frames else pair_subject(norm, mentions)  # who "they" are next
        self.context.opened_before = None if frames else group_opening(norm, mentions)  # "Mereka juga ..." (they.py)
        if not frames and not norm.lstrip().startswith('"'):
            # "Rouhani offered to mediate. ... , he said": the subject is who "he" is; never a name inside a
            # quotation standing alone ("“Ko Lin and Ma Su are cousins.” ..., she added": the quoted woman goes on)
            subject = next((m for m in mentions if m.start < 60 and m.is_person and self._named_person(m)
                            and coref.opens_with(norm, m)), None)
            if subject is not None and not is_place(norm, subject):
                self.narrated_before = from_mention(subject, norm)
                self.context.narrate(self.narrated_before)
        self.previous_framed = bool(frames) or continuation is not None

    def _named_person(self, mention: Mention) -> bool:
        """A person the gazetteer knows, a role's holder, or a name of two or more words that is no place
        ("Petro Hlynka visited the site. ..., he told reporters": who "he" is)."""
        if mention.actor is not None or mention.name:
            return True
        return len(mention.text.split()) > 1 and self.gazetteer.places.lookup(mention.text) is None

    def _add(self, draft: Draft, start: int, end: int, dates: list[DateMention], lead: bool) -> None:
        if draft.type == "mobilization":
            key = (draft.subject, draft.object)
            if key in self.mobilized or (
                draft.object is None and any(s == draft.subject for s, _ in self.mobilized)
            ):
                return
            self.mobilized.add(key)
        ensure_contract(draft, self.gazetteer)
        via = [v for v in (*draft.via, *(w for w in self.wire if w not in draft.via))
               if not same_outlet(v, self.outlet.label)]  # "Azernews" on AzerNews' page: the publisher
        claim = claim_of(draft, (self.key, self.text, self.lang), (start, end), via,
                         claim_date(draft, dates, lead, self.published))
        # two tolls of one size at two places of one sentence ("tiga warga tewas di pasar, dan tiga lainnya tewas
        # di masjid") are two claims: the figure's own place in the sentence tells them apart (session 33)
        same = (*identity(claim), draft.quantity.start if draft.type == "casualty" and draft.quantity else None)
        if same not in self.seen:
            self.seen.add(same)
            self.claims.append(claim)


def run(article: Article, gazetteer: Gazetteer) -> list[Claim]:
    """Claims of ``article``; never raises on any text (a failure loses the article, logged)."""
    try:
        claims = drop_restated(name_later(_Walker(article, gazetteer).run(), article.text, gazetteer), article.text,
                               gazetteer)
        claims = kept_statements(drop_self_told(claims, gazetteer))
        return name_claimants(claims, gazetteer, article.outlet)
    except Exception:
        log.warning("extraction failed on %s", article.name or "article", exc_info=True)
        return []
