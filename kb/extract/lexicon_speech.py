"""Word lists of attribution: reporting verbs, speaker phrases and relays (``kb.extract.frames``, ``speakers``).

Split from ``kb.extract.lexicon`` (which re-exports every name here, so ``lexicon.PRE_VERBS`` still
works); the same rules hold: matched on the normalised text, case folded, on word boundaries,
Indonesian and English side by side.
"""

from __future__ import annotations

from typing import Final

# --- attribution -------------------------------------------------------------------------------
# Verbs whose agent is a speaker.  Value: the claim type the verb itself asserts (None = the type
# comes from the content).  "pre" verbs take the speaker before them (X mengatakan ...); "post"
# verbs take it after them (..., kata X).  A verb may be both.
PRE_VERBS: Final[dict[str, str | None]] = {
    # Indonesian
    "mengatakan": None, "menyatakan": None, "menegaskan": None, "menekankan": None,
    "mengklaim": None, "mengumumkan": None, "menambahkan": None, "menjelaskan": None,
    "mengungkapkan": None, "menyampaikan": None, "melaporkan": None, "mengkonfirmasi": None,
    "mengonfirmasi": None, "memperingatkan": None, "berkata": None, "menuturkan": None,
    "mengeluarkan pernyataan": None, "dalam pernyataannya": None, "menyebut": None, "menyebutkan": None,
    "menilai": None, "menawarkan": None, "menolak tuduhan": "denial", "menolak klaim": "denial",
    "menolak laporan": "denial", "berjanji": None, "bersumpah": None, "mengingatkan": None, "mencatat": None,
    "memperbarui": None, "merilis": None, "menyambut baik": None, "memuji": None, "mengapresiasi": None,
    "memutakhirkan": None, "mempublikasikan": None,
    "meminta maaf": None, "mengakui": None, "memperkirakan": None, "memastikan": None, "mengabarkan": None,
    "menginformasikan": None, "mengingatkan bahwa": None, "bersikeras": None, "menulis": None,
    "menuding": "accusation", "mengutuk": "accusation",
    # more reporting verbs real articles use, and their common misspellings
    "menerangkan": None, "mengaku": None, "mengeklaim": None, "megatakan": None, "mengatakn": None,
    "mengungkap": None, "menduga": None, "mencatatkan": None, "memaparkan": None, "membeberkan": None,
    "mengutarakan": None, "menandaskan": None, "melansir": None, "klaim": None, "mengeluarkan data": None,
    "mengesampingkan": None, "menggambarkan": None,
    # reporting verbs from the dictionary rather than from one article (session 24): tweeting, broadcasting, the
    # colloquial "bilang", "mengimbuhkan" beside "mengimbuh"; a count recorded, revised or documented
    "mencuit": None, "menyiarkan": None, "bilang": None, "mengimbuhkan": None, "mendata": None,
    # a count changed by who keeps it, only before the count and its new value (``NEEDS_AFTER``): "raised the toll
    # to 40", "menaikkan jumlah korban menjadi 40"
    "raised": None, "raises": None, "lowered": None, "lowers": None,
    "menaikkan": None, "merevisi": None, "menurunkan": None,
    "gave": None, "gives": None, "provided": None, "provides": None,  # only before a toll (``NEEDS_AFTER``)
    "menuduh": "accusation", "menyalahkan": "accusation", "mengecam": "accusation",
    "menudingkan": "accusation", "menuduhkan": "accusation",  # "-kan": the thing blamed, then "kepada" the accused
    "membantah": "denial", "menyangkal": "denial", "menepis": "denial",
    "menyerukan": "call", "mendesak": "call", "meminta": "call", "mengajukan": "call",
    "mengusulkan": "call", "mengimbau": "call", "menuntut": "call",
    # English
    "said": None, "says": None, "told": None, "tells": None, "stated": None, "claimed": None, "claims": None,
    "announced": None, "added": None, "reported": None, "confirmed": None, "warned": None,
    "insisted": None, "stressed": None, "noted": None, "explained": None, "declared": None,
    "concluded": None,  # a finding: "..., killing six, the agency concluded", "the inquiry concluded that ..."
    # a hospital's or morgue's count, only before one (``NEEDS_AFTER``): "Al-Aqsa Hospital received 10 bodies"
    "received": None, "receives": None, "has received": None, "menerima": None, "telah menerima": None,
    "said in a statement": None, "wrote": None, "tweeted": None, "pledged": None, "vowed": None,
    "called": None, "labeled": None, "labelled": None, "branded": None, "termed": None, "dubbed": None,
    "offered": None, "rejected the accusation": "denial", "rejected accusations": "denial",
    "rejected allegations": "denial", "dismissed the claim": "denial", "dismissed reports": "denial",
    "recorded": None, "estimated": None, "estimates": None, "posted": None, "shared": None, "reiterated": None,
    "estimate": None,  # a present plural: "researchers estimate the toll ..." ("an estimate": a noun, skipped)
    "argued": None, "acknowledged": None, "signalled": None, "signaled": None, "announces": None,
    "charged": "accusation", "condemns": "accusation", "condemn": "accusation", "alleged": "accusation",
    "put": None, "puts": None, "has put": None, "updated": None, "updates": None, "confirms": None,
    "reports": None, "notes": None, "states": None, "adds": None, "went on to say": None, "asserted": None,
    "ruled out": None, "disputed": "denial", "disputes": "denial", "announcing": None,
    "welcomed": None, "hailed": None, "writes": None, "report": None,
    "tweets": None, "counted": None, "revised": None, "documented": None, "tallied": None, "has documented": None,
    "praised": None, "apologised": None, "apologized": None, "admitted": None, "saying": None,
    "held": "accusation", "holds": "accusation", "holding": "accusation",  # only with NEEDS_AFTER's word
    "accused": "accusation", "accuses": "accusation", "blamed": "accusation", "blames": "accusation",
    "condemned": "accusation",
    "denied": "denial", "denies": "denial", "rejected claims": "denial", "dismissed claims": "denial",
    "urged": "call", "urges": "call", "called on": "call", "called for": "call", "calls for": "call",
    "calls on": "call", "demanded": "call", "proposed": "call", "appealed": "call", "asked": "call",
    # typed verbs of issue 13: denials of a figure or claim, present-tense demands
    "rejected the figure": "denial", "rejected the figures": "denial", "rejected the toll": "denial",
    "dismissed the figure": "denial", "denied the losses": "denial", "disputed these claims": "denial",
    "menolak angka": "denial", "membantah angka": "denial", "menepis angka": "denial",
    "dismissed the accusations": "denial", "dismissed accusations": "denial", "dismissed the allegations": "denial",
    "dismissed allegations": "denial", "rejected the allegations": "denial", "rejected the accusations": "denial",
    "dismissed the report": "denial", "dismissed the reports": "denial", "rejected the report": "denial",
    "dismissed the figures": "denial", "dismissed the claims": "denial", "dismissed the toll": "denial",
    "dismissed these claims": "denial", "rejected the claims": "denial", "rejected these claims": "denial",
    "rejected the reports": "denial", "refuted the claims": "denial", "refuted claims": "denial",
    "refuted the report": "denial", "refuted the allegations": "denial", "refuted allegations": "denial",
    "slammed": "accusation", "slams": "accusation", "denounced": "accusation", "denounces": "accusation",
    "denounce": "accusation", "decried": "accusation", "decries": "accusation",
    "lashed out at": "accusation",
    "membantah klaim": "denial", "membantah laporan": "denial", "membantah tuduhan": "denial",
    "demands": "call", "demanding": "call", "appeals": "call", "urging": "call",
    # the progressive after "is"/"are"/"has been" only (``PROGRESSIVE_ONLY``)
    "calling for": "call", "calling on": "call", "accusing": "accusation", "blaming": "accusation",
    "condemning": "accusation", "denying": "denial", "alleging": "accusation",
    # what data or a report shows: "Data Kementerian Kesehatan menunjukkan 34.000 orang tewas"
    "menunjukkan": None, "memperlihatkan": None, "show": None, "shows": None, "showed": None,
    # evidence laid before a body ("gave the Security Council new evidence that ...", "memberikan bukti baru kepada
    # DK PBB bahwa ..."): the giver's claim, what the evidence is of
    "memberikan bukti": None, "menyerahkan bukti": None, "menyampaikan bukti": None, "presented evidence": None,
    "provided evidence": None, "gave evidence": None, "submitted evidence": None,
    # present-tense and less common reporting verbs real news uses (plural subjects: "officials say",
    # "rights groups accuse"), and Indonesian ones for confirming, detailing and reporting
    "adding": None, "noting": None, "stressing": None, "say": None, "confirm": None, "warn": None,
    "insist": None, "claim": None, "specified": None, "specifies": None,
    "stating": None, "indicating": None,
    "disclosed": None, "revealed": None, "affirmed": None, "indicated": None,
    "verified": None, "detailed": None, "registered": None,  # "the ministry verified that 14 were killed"
    "accuse": "accusation", "blame": "accusation", "allege": "accusation", "deny": "denial",
    "membenarkan": None, "merinci": None, "memberitakan": None, "mewartakan": None, "mengemukakan": None,
    "mengisyaratkan": None, "menampik": "denial", "menyanggah": "denial",
    # rejecting verbs deny only before a claim noun (``NEEDS_AFTER``): "rejected Moscow's account", "menolak
    # tudingan"; describing is evaluating ("described the killing of aid workers as a war crime")
    "rejected": "denial", "rejects": "denial", "reject": "denial", "rejecting": "denial", "dismissed": "denial",
    "dismisses": "denial", "dismissing": "denial", "refuted": "denial", "refutes": "denial", "rebuffed": "denial",
    "rebuffs": "denial", "repudiated": "denial", "brushed aside": "denial", "brushed off": "denial",
    "pushed back on": "denial", "pushed back against": "denial", "pushes back on": "denial",
    "menolak": "denial", "mementahkan": "denial", "described": None, "describes": None,
    # alarm and concern voiced over what a party did (session 31): "The UN has raised the alarm over reports of
    # atrocities by the RSF", "expressed concern about ..."; the words after are the speaker's, as after "said"
    "raised the alarm": None, "raises the alarm": None, "sounded the alarm": None, "sounds the alarm": None,
    "expressed concern": None, "expresses concern": None, "voiced concern": None, "voices concern": None,
    # "attributed the attack to Russian saboteurs", "medics attribute the attack to ..."
    "attributed": "accusation", "attributes": "accusation", "attribute": "accusation",
    # speak only to renew a call or send a request (``NEEDS_AFTER``, ``CALL_AFTER``): "renewed its call on ..."
    "maintained": None, "maintains": None,  # only before "that" (``NEEDS_AFTER``)
    "reaffirmed": None, "renewed": None, "repeated": None, "echoed": None, "mengulangi": None,
    "menegaskan kembali": None, "melayangkan": None,
    # more verbs of saying with emphasis or detail (issue 13, session 17): "RSF underlined that ...", "the
    # ombudsman informs", "X pointed out that ...", "menggarisbawahi bahwa ...", "menceritakan ..."
    "underlined": None, "underlines": None, "underscored": None, "underscores": None, "emphasized": None,
    "emphasised": None, "emphasizes": None, "emphasises": None, "highlighted": None, "pointed out": None,
    "points out": None, "informs": None, "mentioned": None, "remarked": None, "explains": None,
    "lamented": None, "contended": None, "recounted": None, "describe": None, "alleges": "accusation",
    # a claim made as a noun ("Ukraina membuat klaim ..., yakni ...", "made the claim that ...")
    "membuat klaim": None, "made the claim": None, "made a claim": None,
    "menggarisbawahi": None, "menyoroti": None, "menceritakan": None, "mengisahkan": None, "menuliskan": None,
    "memberitahukan": None,
    # telling someone a thing, only before "that"/"bahwa" (``NEEDS_AFTER``): "a source informed the agency that ...",
    # "memberitahu wartawan bahwa ..."; "well-informed sources", "memberitahu lokasinya" say nothing
    "informed": None, "memberitahu": None,
    # a party's own act on a truce is its claim (``NEEDS_AFTER``: a truce word follows): "the separatist authorities
    # accepted a ceasefire proposal", "otoritas separatis menyetujui gencatan senjata" (the outlet was credited)
    "accepted": None, "accepts": None, "approved": None, "decided": None, "menyetujui": None, "memutuskan": None,
    # a threat is a position a party takes, like a vow ("threatened to retaliate", "mengancam akan membalas")
    "threatened": None, "threatens": None, "mengancam": None,
    # "ber-" verbs of saying beside "berkata" ("Presiden X pada Rabu malam berujar bahwa"); a statement setting
    # something straight ("A later statement clarified that ..."), and a medium or body reporting in the progressive
    # after its auxiliary ("A channel run by the rebels is reporting that ...")
    "berujar": None, "berucap": None, "bertutur": None, "clarified": None, "clarifies": None, "is reporting": None,
    "are reporting": None, "was reporting": None,
    # more verbs of asking a party to act (issue 13, session 21, stm21): "called upon Israel to end", "pressed Hamas
    # to accept", "pleaded with its allies to send", "implored both sides to spare", "encouraged X to resume";
    # "mengajak X kembali ke meja perundingan", "memohon kepada kedua pihak agar", "mendorong X untuk melanjutkan",
    # "menekan Israel agar menghentikan", "menghimbau" (a common spelling of "mengimbau").  Only with an addressee
    # told to act after them (``NEEDS_AFTER``): "pressed on with the offensive", "mendorong harga" say nothing.
    "called upon": "call", "calls upon": "call", "pressed": "call", "presses": "call", "pleaded with": "call",
    "pleads with": "call", "implored": "call", "implores": "call", "encouraged": "call", "encourages": "call",
    "mengajak": "call", "memohon": "call", "mendorong": "call", "menekan": "call", "menghimbau": "call",
    # working for a truce or talks in public is asking for them ("Qatar is pushing for a new ceasefire", "pressed for
    # talks"), and an ultimatum is a demand ("issued an ultimatum to the army to leave", "mengeluarkan ultimatum
    # kepada tentara untuk ...", "mengultimatum")
    "pushing for": "call", "pushed for": "call", "pushes for": "call", "pressing for": "call", "pressed for": "call",
    "presses for": "call", "lobbying for": "call", "lobbied for": "call", "issued an ultimatum": "call",
    "issued ultimatum": "call", "mengeluarkan ultimatum": "call", "memberikan ultimatum": "call",
    "memberi ultimatum": "call", "mengultimatum": "call",
}


def _misspelt(verbs: tuple[str, ...], keep: frozenset[str]) -> dict[str, None]:
    """Each verb with one letter dropped or two neighbours swapped after its prefix ("mengtakan", "menyatakn",
    "menjelsakan"): typing slips that a reader reads through and the word lists missed on text never seen (issue
    13: the outlet took the claim).  Only long Indonesian verbs, whose slips are no other word (``keep`` out)."""
    slips: dict[str, None] = {}
    for verb in verbs:
        for i in range(4, len(verb)):
            slips[verb[:i] + verb[i + 1 :]] = None
            if i + 1 < len(verb):
                slips[verb[:i] + verb[i + 1] + verb[i] + verb[i + 2 :]] = None
    return {slip: None for slip in slips if slip not in keep and slip not in verbs}


PRE_VERBS.update({
    slip: None for slip in _misspelt(
        ("mengatakan", "menyatakan", "menyebutkan", "mengungkapkan", "menjelaskan", "menambahkan", "melaporkan",
         "menegaskan", "menyampaikan"),
        frozenset(("menegakan",)),  # a spelling of "menegakkan" (to enforce)
    ) if slip not in PRE_VERBS
})
PRE_VERBS.update({"siad": None, "sayd": None})  # English slips of "said"
# a verb glued to its "bahwa" by a missing space ("juga mengatakanbahwa ada tujuh ...": batch 25 read blind gave the
# outlet the claim); the same long verbs
PRE_VERBS.update({f"{verb}bahwa": None for verb in (
    "mengatakan", "menyatakan", "menyebutkan", "mengungkapkan", "menjelaskan", "menambahkan", "melaporkan",
    "menegaskan", "menyampaikan", "menyebut")})

# Verbs that speak only in the progressive ("The UN is urging", "Kyiv is accusing"): without "is"/"are" a
# participle describes a noun ("gunmen demanding ransom", ``agents.agent_left``), and after a comma it goes on
# from the verb before ("..., accusing X of ...") with no frame of its own.
PROGRESSIVE_ONLY: Final[frozenset[str]] = frozenset((
    "calling for", "calling on", "accusing", "blaming", "condemning", "denying", "alleging",
))
POST_VERBS: Final[tuple[str, ...]] = (
    "kata", "ujar", "ucap", "tutur", "jelas", "tambah", "ungkap", "imbuh", "papar", "terang", "tegas",
    "lanjut", "sebut", "said", "siad", "says", "told", "added", "stated", "explained", "insisted", "wrote",
    "tulis", "bunyi pernyataan", "demikian pernyataan", "ungkap pernyataan", "kata pernyataan",
    "noted", "reported", "announced", "confirmed", "claimed", "lapor", "say",
    "underlined", "emphasized", "emphasised", "pointed out", "informs",
    # quote verbs of Indonesian news beside "kata": "sambung X" (X went on), "tandas X", "pungkas X", "beber X"
    "sambung", "tandas", "pungkas", "beber", "timpal", "urai",
    # more of them: a tweet ("cuit X di X"), a retort ("tukas X", "kilah X"), an answer ("jawab X")
    "cuit", "tukas", "kilah", "jawab",
    # the wire tail "..., demikian laporan X": X reported what precedes
    "demikian laporan", "demikian keterangan", "demikian dilaporkan", "demikian disampaikan", "demikian kata",
    # the passive after a comma, its agent after it (session 34's sweep): "..., disebut Name", "..., ditegaskan Name"
    "disebut", "disebutkan", "ditegaskan", "diterangkan", "dituturkan", "ditambahkan",
)
# "-nya" forms: the verb carries its own pronoun speaker (katanya = he/she said).
PRONOUN_VERBS: Final[tuple[str, ...]] = (
    "katanya", "ujarnya", "ucapnya", "tuturnya", "jelasnya", "tambahnya", "ungkapnya", "imbuhnya",
    "paparnya", "terangnya", "tegasnya", "lanjutnya", "sebutnya", "tulisnya", "akunya", "bebernya",
    "sambungnya", "tandasnya", "pungkasnya", "timpalnya", "urainya", "cuitnya", "tukasnya", "kilahnya", "jawabnya",
)
ACCORDING_TO: Final[tuple[str, ...]] = ("menurut", "according to", "kata")
PRONOUNS: Final[tuple[str, ...]] = ("ia", "dia", "beliau", "dirinya", "he", "she")
FIRST_PERSON: Final[tuple[str, ...]] = ("kami", "kita", "saya", "aku", "we", "i")

# Phrases that credit a relaying agency or medium: the name follows them.
VIA_CUES: Final[tuple[str, ...]] = (
    "sebagaimana dikutip dari", "sebagaimana dikutip", "seperti dikutip dari", "seperti dikutip",
    "dikutip dari", "dikutip", "dilansir dari", "dilansir", "melansir", "mengutip", "seperti dilansir",
    "seperti dilaporkan", "dilaporkan", "kepada", "dalam wawancara dengan", "told", "to",
    "in an interview with", "quoted by", "cited by", "reported by", "via", "seperti diwartakan", "diwartakan",
    "carried by", "published by", "broadcast by", "aired by", "disiarkan", "disiarkan oleh", "dimuat",
    "sebagaimana diberitakan", "seperti diberitakan", "diberitakan", "diberitakan oleh",
    # a register of quoting and an English tail: "..., kata X dinukil VOA", "..., per Reuters"
    "dinukil dari", "dinukil", "per",
    # telling a medium: "a source informed Reuters that ...", "memberitahu Al Jazeera bahwa ..."
    "informed", "memberitahu", "memberitahukan",
    # a medium that wrote it (session 34's sweep): "..., seperti ditulis The Guardian"
    "seperti ditulis", "sebagaimana ditulis",
)

# Passive forms of typed verbs: "tuduhan yang dibantah oleh Baku" (the speaker follows "oleh"/"by").
PASSIVE_VERBS: Final[dict[str, str | None]] = {
    "dibantah oleh": "denial", "ditepis oleh": "denial", "dikecam oleh": "accusation",
    "dibantah": "denial", "ditepis": "denial", "diumumkan oleh": None, "diumumkan": None,
    "disampaikan oleh": None, "announced by": None, "diungkapkan oleh": None, "dikatakan oleh": None,
    "dijelaskan oleh": None, "dilaporkan oleh": None, "dikonfirmasi oleh": None, "disebutkan oleh": None,
    "dirilis oleh": None, "diungkap oleh": None, "diungkapkan": None, "disampaikan": None, "dikatakan": None,
    "dijelaskan": None, "dikonfirmasi": None, "confirmed by": None, "stated by": None,
    "denied by": "denial", "rejected by": "denial", "condemned by": "accusation",
    "dituduhkan oleh": "accusation", "dituduh oleh": "accusation", "disalahkan oleh": "accusation",
    "accused by": "accusation", "blamed by": "accusation", "alleged by": "accusation",
    # a call in the passive ("the two generals are urged by Riyadh and Washington to resume talks"): the caller
    # follows "by", the addressees stand before the verb
    "urged by": "call", "called on by": "call", "pressed by": "call", "didesak oleh": "call", "diminta oleh": "call",
}
# Role words that may stand before a person's name ("juru bicara militer Armenia Artsrun X").
ROLE_HEADS: Final[tuple[str, ...]] = (
    "juru bicara", "jubir", "menteri", "wakil menteri", "presiden", "wakil presiden", "perdana menteri",
    "kepala", "komandan", "duta besar", "dubes", "penasihat", "asisten", "ajudan", "ketua", "sekretaris",
    "direktur", "pejabat", "analis", "pengamat", "spokesman", "spokeswoman", "spokesperson",
    "minister", "president", "prime minister", "ambassador", "adviser", "advisor", "aide",
    "commander", "chief", "secretary", "director", "official", "deputy", "analyst",
    "gubernur", "wali kota", "walikota", "panglima", "jenderal", "letnan jenderal", "mayor jenderal", "kolonel",
    "utusan", "utusan khusus", "juru runding", "pemimpin", "kepala staf", "koordinator", "anggota parlemen",
    "senator", "pelapor khusus", "governor", "regional governor", "mayor", "general", "lieutenant general",
    "major general", "colonel", "envoy", "special envoy", "negotiator", "leader", "chief of staff",
    "coordinator", "lawmaker", "senator", "special rapporteur", "head", "commissioner", "komisaris",
    "brigjen", "mayjen", "letjen", "laksamana", "marsekal", "brigadir jenderal", "brigadier", "brigadier general",
    # two-word ranks and Indonesian information offices ("Laksamana Muda Julius ...", "Kapuspen TNI ...")
    "laksamana muda", "laksamana madya", "laksamana pertama", "marsekal muda", "marsekal madya", "marsekal pertama",
    "letnan kolonel", "kapuspen", "kadispen", "admiral", "rear admiral", "vice admiral", "lieutenant colonel",
    # local offices (session 34: "Name, administrator for the X district, told AP"; "Bupati Name mengatakan")
    "administrator", "bupati", "camat", "lurah",
)

# Words that may sit between a speaker and the verb without breaking the attribution.
AGENT_GAP: Final[tuple[str, ...]] = (
    "juga", "telah", "sudah", "pun", "kembali", "justru", "pula", "yang", "who", "which", "keras",
    "kemudian", "lalu", "sebelumnya", "akan", "pada", "hari", "malam",
    "pagi", "siang", "sore", "kemarin", "ini", "itu", "sendiri", "secara", "resmi", "dalam", "sebuah",
    "pernyataan", "laporan", "laporannya", "keterangannya",  # "PBB dalam laporannya menyebutkan"
    "tertulis", "also", "has", "have", "had", "on", "earlier", "later", "then", "again",
    "in", "a", "statement", "the", "repeatedly", "previously", "yesterday", "today", "last", "night",
    "morning", "evening", "separately", "publicly", "officially", "pekan", "minggu", "tadi",
    "week", "weekend", "month", "this", "bulan",  # "Houthi officials last week said", "earlier this month"
    # hedges between a speaker and its verb ("Russian sources also reportedly said"): the frame stands
    "reportedly", "allegedly", "apparently", "dikabarkan", "kabarnya", "disebut-sebut", "selalu", "always",
    "consistently", "tetap", "terus",
    # a stance held for long ("UEA telah lama membantah", "Moscow has long denied")
    "lama", "long",
    # an Indonesian negation before the verb ("Pihak berwenang belum merinci ..."): no part of who speaks (session 19:
    # the label was "Pihak berwenang belum"); English "not" stays out (a negated "has not disclosed" is no frame)
    "belum", "tidak", "tak",
    "kali",  # "X kali ini juga mengumumkan" (this time)
    # a linking adverb between a speaker and its verb ("Armenia meanwhile denied", "Moskow sementara itu membantah")
    "meanwhile", "however", "likewise", "subsequently", "nonetheless", "nevertheless", "still",
    # how strongly it was said ("Turkey strongly condemned", "Moscow flatly denied", "dengan tegas membantah")
    "strongly", "sharply", "firmly", "categorically", "vehemently", "flatly", "strenuously", "fiercely", "harshly",
    "swiftly", "quickly", "immediately", "dengan", "tegas", "segera",
    # where it was said, between the speaker and the verb ("Putin dalam pidatonya mengklaim", "X in a
    # televised address said")
    "pidatonya", "pidato", "wawancara", "wawancaranya", "keterangannya", "pernyataannya", "tertulisnya",
    "konferensi", "pers", "unggahannya", "speech", "interview", "briefing", "televised", "address", "an", "at",
    # when or how first it was said ("Residents initially said", "X sempat mengatakan", "X awalnya menyebut")
    "initially", "originally", "first", "jointly", "formally", "privately", "explicitly", "specifically",
    "recently", "late", "early", "overnight", "afterwards", "afterward", "shortly", "awalnya", "semula", "sempat",
    "bahkan",
)
PREPOSITIONS: Final[tuple[str, ...]] = (
    "di", "ke", "dari", "dengan", "oleh", "kepada", "terhadap", "untuk", "atas", "bagi", "antara",
    "tentang", "soal", "terkait", "mitranya", "in", "at", "to", "with", "from", "by", "against",
    "for", "of", "on", "between", "about", "toward", "towards", "into", "over", "near",
)
# Capitalised words that open a sentence, never part of a name.
SENTENCE_OPENERS: Final[tuple[str, ...]] = (
    "Pada", "Dalam", "Namun", "Tetapi", "Sementara", "Menurut", "Di", "Ke", "Dari", "Ketika", "Setelah",
    "Sebelumnya", "The", "A", "An", "In", "On", "But", "And", "However", "When", "After", "Before", "Meanwhile",
    # concessive openers: "Meskipun pihak Rusia mengatakan ..." still reports what Russia said
    "Meskipun", "Meski", "Walaupun", "Walau", "Although", "Though",
    # the Indonesian existential ("Ada klaim berbeda tentang ...": there are claims), never a name there
    "Ada",
)
CLAUSE_BREAKS: Final[tuple[str, ...]] = ("sementara", "sedangkan", "sementara itu", "while", "whereas", "namun")
# After a comma these open a clause that is not part of the reported speech before it.
SUBORDINATORS: Final[tuple[str, ...]] = (
    "setelah", "sesudah", "sebelum", "ketika", "saat", "karena", "menyusul", "usai", "after", "before",
    "when", "as", "because", "following", "since",
)

# Heads of an institution's capitalised name that goes on past a connector ("Committee to Protect Journalists",
# "High Commissioner for Human Rights", "PBB untuk Hak Asasi Manusia"): the words after "to"/"for"/"untuk" are
# the name's, never a recipient, a channel or a purpose (``mentions``, ``agents``, ``agents_right``).
NAME_GOES_ON_HEADS: Final[tuple[str, ...]] = (
    "Committee", "Commission", "Commissioner", "Council", "Office", "Centre", "Center", "Network", "Association",
    "Institute", "Organisation", "Organization", "Ministry", "Agency", "Fund", "Foundation", "Programme", "Program",
    "Mission", "Union", "Federation", "Komite", "Komisi", "Komisaris", "Dewan", "Kantor", "Kementerian", "Badan",
    "Lembaga", "Jaringan", "Asosiasi", "Organisasi", "Misi", "Yayasan", "Pusat", "PBB", "UN",
)

