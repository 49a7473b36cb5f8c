"""What a reporting verb needs soon after it to speak (a regex matched right after the verb): "held X responsible",
"rejected Moscow's account", "told residents to leave", "menolak gencatan senjata" (a stance on a truce, no denial).

Split from ``kb.extract.lexicon_types`` (``kb.extract.lexicon`` re-exports ``NEEDS_AFTER``, ``CALL_AFTER`` and
``TRUCE_AFTER``, so ``lexicon.NEEDS_AFTER`` still works): verb-keyed regex tables, where the rest are word lists.
"""

from __future__ import annotations

from typing import Final

# Reporting verbs that speak only with words soon after them (a regex matched right after the verb):
# "held Russia responsible for the strike" (but "held talks", "held a meeting" say nothing of blame);
# "rejected Moscow's account", "dismissed the accusation as ...", "menolak tudingan ...": any rejecting verb
# before a claim noun is a denial (but "rejected the proposal", "menolak gencatan senjata" deny no claim).
_BLAME_AFTER = r"[^.;]{0,50}?(?<![\w-])(?:responsible|accountable)"
_CLAIM_AFTER = (
    r"(?:\s+(?:the|these|those|such|all|any|this|that|its|their|his|her|[A-Z][\w-]*(?:'s|\u2019s)|"
    r"[\w-]+\s+(?:the|of))){0,2}\s+(?:[\w-]+\s+)?(?:claims?|accusations?|allegations?|charges?|reports?|figures?|"
    r"toll|accounts?|version|assertions?|suggestions?|information|stories|tuduhan(?:nya)?|tudingan|klaim|laporan|"
    r"angka|data|kabar|"
    r"berita|informasi|anggapan|dakwaan|isu|narasi|versi|"
    # responsibility refused: "rejected responsibility for the strike", "menolak bertanggung jawab atas serangan itu"
    r"responsibility|bertanggung\s*jawab|tanggung\s*jawab)"
)
# "described the killing of aid workers as a war crime": describing is a claim only when it pins a crime or
# calls a claim false ("the UN has described the conflict as the worst crisis" takes no position); the name may
# stand in quotation marks ("described the scene as a “horrific massacre”")
_DESCRIBED_AS = (
    r"[^.;]{0,90}?(?<![\w-])as\s+(?:an?\s+|the\s+)?[\"“”']?(?:[\w-]+\s+){0,2}(?:war\s+crimes?|crimes?|genocide|terror\w*|"
    r"massacre|atrocit\w+|aggression|provocation|violations?|false|fake|lies?|baseless|fabricat\w+|propaganda)"
)
# "put" speaks only when it puts a figure somewhere ("put the toll at 40", "put the number of dead in the
# hundreds"); "the truce, put in place after talks" and "put forward a plan" are no verb of speech
_PUT_FIGURE = r"[^.;]{0,60}?(?<![\w-])(?:at|in\s+the\s+(?:dozens|tens|hundreds|thousands|millions))"
# a count changed by who keeps it speaks only with the count and its new value after the verb ("raised the death toll
# to 40", "lowered its estimate to 300", "menaikkan jumlah korban tewas menjadi 40"); "raised the flag", "raised
# funds", "menaikkan harga" say nothing
_COUNT_TO = (r"(?:\s+[\w'’-]+){0,3}?\s+(?:toll|count|tally|number|figure|figures|estimate)(?![\w-])[^.;]{0,60}?"
             r"(?<![\w-])to(?![\w-])")
# a count given ("gave a toll of nine dead", "gave the figure as 40", "provided a new tally"); "gave shelter to 40"
# and "provided aid" say nothing
_TOLL_GIVEN = r"(?:\s+[\w'’-]+){0,3}?\s+(?:toll|tolls|figure|figures|count|tally|number|breakdown)(?![\w-])"
_COUNT_TO_ID = r"(?:\s+[\w-]+){0,1}?\s+(?:jumlah|angka|data|total)(?![\w-])[^.;]{0,60}?(?<![\w-])menjadi(?![\w-])"
# A speech verb that makes a call by what follows it (``CALL_AFTER``): an addressee told to act ("told Lebanese
# residents not to enter", "warned Israel not to escalate"; never "told AFP the army had to withdraw": the words
# before "to" are a noun phrase, no verb, pronoun, "that" or time), a call quoted right after "called" ("called
# “for a halt”"), a call renewed as a noun ("renewed its call on both armies to stop", "mengulangi seruannya
# agar"), a request sent ("melayangkan permintaan kepada Ukraina").
_NOT_ADDRESSEE = (
    r"that|bahwa|it|he|she|they|we|i|you|had|has|have|was|were|is|are|would|will|could|might|must|should|need\w*"
    r"|want\w*|plan\w*|hop\w+|intend\w*|expect\w*|on|at|during|after|before|of|about|against|reporters?"
    r"|journalists?|press|media|news|conference|briefing|interview|television|tv|radio"
    # a verb before "to" makes it a reported clause ("told the BBC Russia continues to shell", "warned strikes
    # threatened to"), not an addressee told to act
    r"|[a-z]+ed|continu\w*|prepar\w*|threaten\w*|seek\w*|seems?|tr(?:y|ies)|appears?|refus\w*|vow\w*|aims?"
)
_TOLD_TO = (
    rf"\s+(?:(?!(?:{_NOT_ADDRESSEE})(?![\w'’-]))[\w'’.-]+\s+){{1,4}}?(?:not\s+to|never\s+to|to)\s+"
    r"(?!(?:the|a|an|his|her|its|their|them|him|me|us|be\s+named|be\s+identified)(?![\w-]))[a-z]{2,}"
)
_CALLED_QUOTED = r"\s*[\"“”]\s*(?:for|on)(?![\w-])"
_CALL_NOUN = (
    r"\s+(?:(?:his|her|its|their|the|a|an)\s+)?(?:[\w-]+\s+)?(?:calls?|appeals?|demands?)\s+(?:for|to|on)(?![\w-])"
)
_SAID_AGAIN = (
    r"\s+(?:(?:its|their|his|her|the|an?)\s+(?:earlier\s+|previous\s+|own\s+)?"
    r"(?:claims?|accusations?|allegations?|charges?|assertions?|position)\s+)?that(?![\w-])"
)
_DIULANG = r"\s+(?:(?:klaim|tuduhan|tudingan|pernyataan)(?:nya)?\s+)?bahwa(?![\w-])"
_SERUAN = (
    r"\s+(?:[\w-]+\s+){0,2}?(?:seruan|permintaan|tuntutan|desakan|imbauan)(?:nya)?\s+"
    r"(?:agar|supaya|untuk|kepada|bagi|terhadap)(?![\w-])"
)
# "memperingatkan Israel agar tidak ..."; never "memperingatkan Rusia bersiap untuk menyerang" (a report)
_WARNED_ID = (
    r"\s+(?:(?!(?:bersiap|berencana|akan|sedang|tengah|telah|sudah|siap|berupaya|berusaha|ber\w+|me\w+)(?![\w-]))"
    r"[\w-]+\s+){1,4}?(?:agar|supaya|untuk)\s+(?:tidak\s+|tak\s+|jangan\s+)?[a-z]"
)
CALL_AFTER: Final[dict[str, str]] = {
    "told": _TOLD_TO, "tells": _TOLD_TO, "warned": _TOLD_TO, "warns": _TOLD_TO, "warn": _TOLD_TO,
    "called": _CALLED_QUOTED, "reiterated": _CALL_NOUN, "reaffirmed": _CALL_NOUN, "renewed": _CALL_NOUN,
    "repeated": _CALL_NOUN, "echoed": _CALL_NOUN, "memperingatkan": _WARNED_ID, "mengulangi": _SERUAN,
    "menegaskan kembali": _SERUAN, "menyampaikan": _SERUAN, "melayangkan": _SERUAN,
}
# "received 10 bodies", "menerima 12 jenazah": a count of the dead or wounded taken in, the receiver's report
_BODIES_AFTER = (r"\s+(?:(?:at\s+least|more\s+than|about|some|around|nearly|sedikitnya|setidaknya|lebih\s+dari|"
                 r"sekitar|sebanyak)\s+)?(?:\d[\d,.]*|[a-z]+)\s+(?:(?:more|other|new|lainnya|lagi)\s+)?"
                 r"(?:bodies|dead|corpses|wounded|injured|casualties|jenazah|mayat|jasad|korban)(?![\w-])")
# a truce a party acts on itself: "accepted a ceasefire proposal", "memutuskan untuk menghentikan tembakan"
_TRUCE_AFTER = (r"(?:\s+[\w-]+){0,5}?\s+(?:ceasefire|cease-fire|truce|cease\s+fire|gencatan\s+senjata"
                r"|penghentian\s+tembak|menghentikan\s+tembakan)(?![\w-])")
# An addressee asked to act after an Indonesian verb of asking: "mengajak militer dan RSF kembali ke meja
# perundingan", "mendorong kedua pihak untuk melanjutkan", "memohon kepada kedua pihak agar", "menekan Israel agar";
# never "mendorong gerobak berisi jenazah", "mengajak wartawan berkeliling" (no "agar"/"untuk"/"supaya" asks there).
_ASKED_ID = (
    r"\s+(?:kepada\s+)?(?:(?!(?:agar|supaya|untuk)(?![\w-]))[\w-]+\s+){1,4}?"
    r"(?:(?:agar|supaya|untuk)\s+(?:tidak\s+|tak\s+|jangan\s+|segera\s+)?[a-z]+|kembali)"
)
# What a party pushes for that is a call on the parties: a truce, talks, an end, restraint ("pushing for a new
# ceasefire", "pressed for direct talks"); never "pushed for a breakthrough on the front" (a military push).
_PUSHED_FOR = (
    r"\s+(?:(?:a|an|the|new|renewed|immediate|lasting|permanent|fresh|direct|swift|quick|another)\s+){0,3}"
    r"(?:ceasefire|cease-fire|truce|talks|negotiations|peace|end|halt|pause|de-escalation|restraint|dialogue"
    r"|diplomatic|political|humanitarian|withdrawal|deal|agreement|resumption|return)"
)
NEEDS_AFTER: Final[dict[str, str]] = {
    **{verb: _PUSHED_FOR for verb in ("pushing for", "pushed for", "pushes for", "pressing for", "pressed for",
                                      "presses for", "lobbying for", "lobbied for")},
    **{verb: _TOLD_TO for verb in ("pressed", "presses", "pleaded with", "pleads with", "implored", "implores",
                                   "encouraged", "encourages")},
    **{verb: _ASKED_ID for verb in ("mengajak", "memohon", "mendorong", "menekan")},
    **{verb: _BODIES_AFTER for verb in ("received", "receives", "has received", "telah menerima")},
    "menerima": _BODIES_AFTER + "|" + _TRUCE_AFTER,
    **{verb: _TRUCE_AFTER for verb in ("accepted", "accepts", "approved", "decided", "menyetujui", "memutuskan")},
    "described": _DESCRIBED_AS, "describes": _DESCRIBED_AS,
    # "labeled the incident a provocation", "branded the raid a war crime": a wrong named, or nothing said
    **{verb: _DESCRIBED_AS.replace(r"as\s+(?:an?", r"(?:as\s+)?(?:an?", 1)
       for verb in ("labeled", "labelled", "branded", "termed", "dubbed")},
    "put": _PUT_FIGURE, "puts": _PUT_FIGURE, "has put": _PUT_FIGURE,
    **{verb: _COUNT_TO for verb in ("raised", "raises", "lowered", "lowers")},
    **{verb: _COUNT_TO_ID for verb in ("menaikkan", "merevisi", "menurunkan")},
    **{verb: _TOLL_GIVEN for verb in ("gave", "gives", "provided", "provides")},
    "attributed": r"[^.;]{0,60}?(?<![\w-])to", "attributes": r"[^.;]{0,60}?(?<![\w-])to",
    "attribute": r"[^.;]{0,60}?(?<![\w-])to",
    # a participle after a statement speaks only before "that": "issued a joint statement, indicating that ..."
    # (never "indicating support")
    **{verb: r"\s*that" for verb in ("stating", "indicating")},
    "held": _BLAME_AFTER, "holds": _BLAME_AFTER, "holding": _BLAME_AFTER,
    # "maintained that X ...": a claim held to; "maintained control of the town" says nothing
    "maintained": r"\s+that(?![\w-])", "maintains": r"\s+that(?![\w-])",
    "informed": r"(?:\s+[\w-]+){0,3}?\s+that(?![\w-])", "memberitahu": r"(?:\s+[\w-]+){0,3}?\s+bahwa(?![\w-])",
    # "shared on social media: “...”", "shared that ...": words shared; "shared a border" says nothing
    "shared": r"(?:\s+(?:on|in|via|through)\s+[^.:;\"“”]{1,40}?)?\s*:|\s+that(?![\w-])",
    **{verb: _CALL_NOUN for verb in ("renewed", "echoed")},
    # a claim said again: "repeated its claims that ...", "reaffirmed that ...", "mengulangi klaimnya bahwa ..."
    **{verb: _CALL_NOUN + "|" + _SAID_AGAIN for verb in ("reaffirmed", "repeated")},
    "mengulangi": _SERUAN + "|" + _DIULANG, "menegaskan kembali": _SERUAN + r"|\s+bahwa(?![\w-])",
    "melayangkan": _SERUAN,
    **{verb: _CLAIM_AFTER for verb in (
        "dismissed", "dismisses", "dismissing", "refuted", "refutes",
        "rebuffed", "rebuffs", "repudiated", "brushed aside", "brushed off", "menampik", "mementahkan",
    )},
    # rejecting a truce is a party's stance on it, its own claim: "Netanyahu menolak gencatan senjata" (a ceasefire
    # claim, ``TRUCE_AFTER`` tells the frame it denies nothing)
    **{verb: _CLAIM_AFTER + "|" + _TRUCE_AFTER for verb in ("rejected", "rejects", "reject", "rejecting", "menolak")},
}
# What a rejecting verb acts on when it is a truce, not a claim (see ``NEEDS_AFTER``).
TRUCE_AFTER: Final[str] = rf"(?!(?:{_CLAIM_AFTER})(?![\w-])){_TRUCE_AFTER}"  # "menolak tuduhan ...": still a denial
