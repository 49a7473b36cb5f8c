"""Word lists of claim types: which cue makes which claim, and what makes none (``kb.extract.claims``).

Split from ``kb.extract.lexicon`` (which re-exports every name here, so ``lexicon.TYPE_CUES`` still
works); the same rules hold: matched on the normalised text, case folded, on word boundaries,
Indonesian and English side by side.
"""

from __future__ import annotations

from typing import Final

# --- claim types -------------------------------------------------------------------------------
# Priority order when one frame carries several cues: the first listed wins.
TYPE_PRIORITY: Final[tuple[str, ...]] = ("accusation", "denial", "call", "ceasefire", "talks", "statement")
TYPE_CUES: Final[dict[str, tuple[str, ...]]] = {
    "accusation": (
        "menuduh", "tuduhan", "menyalahkan", "saling menuduh", "pelanggaran oleh", "serangan oleh",
        "menuding", "tudingan",
        "provokasi", "accused", "accuses", "accusing", "accuse", "blamed", "blaming", "blame",
        "violations by",
        "attacks by", "provocation", "mengecam", "condemned", "kejahatan perang", "war crime",
        "war crimes",
        # responsibility pinned on a party: "said Moscow was behind the attack", "dalang serangan itu"
        "was behind", "were behind", "is behind", "are behind", "to blame for",
        "dalang", "berada di balik",
        # starting the fighting (the seeds README: "starting hostilities")
        "started the war", "started the fighting", "started hostilities", "initiated hostilities",
        "memulai perang", "memulai pertempuran", "memulai eskalasi", "memulai permusuhan",
        # who did it, named as its author: "the rocket fire was the work of Hamas", "pelaku serangan itu"
        "the work of", "perpetrator", "perpetrators", "pelaku", "attributed", "attributes", "attribute",
        "attributing",
        # a party named by a hostile epithet in a speaker's words ("Russian killers keep waging war on homes",
        # "para penjajah menyerang kota kami"): an accusation whatever the verb
        "killers", "occupiers", "invaders", "aggressors", "pembunuh", "penjajah", "agresor",
        # an allegation said as such ("struck a fighter, alleging he was rebuilding a launch site"); meddling pinned
        # on a named party is a wrongdoing noun (``lexicon_attacks``), a bare "foreign interference" accuses nobody
        "alleging", "alleges that", "alleged that",
        # fighters sent in (the seeds README: "sending fighters"): "sent mercenaries to the front"; interference by a
        # named party is a wrongdoing noun (``lexicon_attacks.WRONGDOING_NOUNS``)
        "sent mercenaries", "sending mercenaries", "sends mercenaries", "recruited mercenaries", "sent fighters",
        "sending fighters", "mengirim tentara bayaran", "mengirimkan tentara bayaran", "merekrut tentara bayaran",
        "mengirim pejuang", "mengirimkan pejuang",
    ),
    "denial": (
        "membantah", "menyangkal", "menepis", "menolak tuduhan", "menolak klaim", "menolak laporan",
        "tidak benar", "denied", "denies", "rejected claims", "rejected the claim", "dismissed claims",
        "not true", "baseless", "tidak berdasar", "kebohongan", "bohong", "rekayasa", "disinformasi",
        "hoaks", "fitnah", "a lie", "lies", "fabricated", "fabrication", "disinformation", "no question of",
        "dibantah", "ditepis", "lie", "absolute lie", "hanya dalih", "sekadar dalih", "merely a pretext",
        "only a pretext",
        # a report called wrong outright: "another piece of misinformation", "sepenuhnya salah"
        "misinformation", "misinformasi", "completely false", "entirely false", "totally false", "utterly false",
        "sepenuhnya salah", "sama sekali salah", "sepenuhnya keliru",
        # a report called false plainly ("This information is false", "berita palsu", "groundless")
        "is false", "are false", "untrue", "is fake", "fake news", "berita palsu", "groundless",
    ),
    "call": (
        "menyerukan", "mendesak", "meminta", "mengajukan gencatan", "mengusulkan", "mengimbau",
        "menuntut", "perlu", "perlunya", "need for", "harus", "penting untuk", "hendaknya", "sebaiknya",
        "urged", "urge",
        "urges", "called on", "called for", "calls for", "calls on", "call on", "call for", "must",
        "should", "need to", "needs to", "important to", "demanded", "proposed", "appealed",
        # the speaker's own call named as a noun ("my call to the world is ...", "seruan kami kepada ...", "made the
        # call on Wednesday: ...")
        "my call", "our call", "my appeal", "our appeal", "my message", "seruan saya", "seruan kami", "imbauan kami",
        "imbauan saya", "made the call", "made an appeal", "appeal to",
    ),
    "ceasefire": (
        "gencatan senjata", "genjatan senjata", "ceasefire", "cease-fire", "truce",
        "penghentian permusuhan", "cessation of hostilities", "jeda kemanusiaan", "jeda pertempuran",
        "humanitarian pause", "pause in fighting", "armistice", "pause", "jeda", "truce deal", "ceasefires",
        "cease-fires", "truces",
        # hostilities ended by other words (issue 13, session 17): "an agreement to cease hostilities", "an
        # immediate end to hostilities", "penghentian tembak-menembak", "menghentikan permusuhan"
        "cease hostilities", "ceasing hostilities", "end to hostilities", "end hostilities", "halt to hostilities",
        "halt hostilities", "stop hostilities", "penghentian tembak-menembak", "penghentian tembak menembak",
        "menghentikan permusuhan", "penghentian pertempuran", "mengakhiri permusuhan",
    ),
    "talks": (
        "pembicaraan", "perundingan", "negosiasi", "berunding", "bernegosiasi", "merundingkan",
        # the prefixed and suffixed forms the word-bounded cues above miss (session 21, stm21)
        "memediasi", "menegosiasikan", "dinegosiasikan", "dirundingkan", "berdialog", "bertelepon", "mediating",
        "mediasi", "dimediasi", "menengahi",
        "mediator", "pertemuan", "bertemu", "kontak", "berhubungan dekat", "berhubungan erat",
        "panggilan telepon", "percakapan telepon", "berbicara melalui telepon", "keikutsertaan",
        "berpartisipasi", "dialog", "ktt", "menelepon", "membahas", "pembahasan", "melalui telepon", "lewat telepon",
        "terus berhubungan", "tuan rumah perundingan", "discussed", "by phone", "met", "to meet", "meet with",
        "talks", "negotiation", "negotiations", "negotiate",
        "mediation", "mediate", "mediated", "mediator", "mediators", "meeting", "met with", "summit",
        "phone call", "telephone call", "spoke by phone", "contacts", "in contact", "participate",
        "participation", "dialogue", "discussions", "delegation", "delegations", "negotiators", "negotiating",
        "delegasi", "juru runding", "peace proposal", "proposal perdamaian", "round of talks",
        "tak sepakat", "tidak sepakat", "belum sepakat", "disagreed", "disagree", "failed to agree",
        "gagal mencapai kesepakatan", "no agreement",
        "mediating", "mediates", "brokering talks", "shuttle diplomacy",
        # a meeting announced ("would meet to discuss ...", "will meet in Doha"; "will meet any attack" is none)
        "meet to discuss", "agreed to meet", "plan to meet", "plans to meet", "will meet in", "would meet in",
        "will meet on", "would meet on", "will meet with", "would meet with", "will meet next", "would meet next",
    ),
}
# Call cues that are modal: they make a call only inside a quotation or a reported complement.
MODAL_CALL_CUES: Final[tuple[str, ...]] = (
    "perlu", "harus", "penting untuk", "hendaknya", "sebaiknya", "must", "should", "need to",
    "needs to", "important to", "perlunya", "need for",
)
MUTUAL_ACCUSATION: Final[tuple[str, ...]] = ("saling menuduh", "saling menyalahkan", "accused each other",
                                            "blamed each other", "traded accusations", "traded blame",
                                            "blame each other", "blame one another",
                                            "saling tuduh", "saling tuding", "saling salahkan", "saling mengecam",
                                            "accusing each other", "accuse each other", "blaming each other",
                                            "accused one another", "exchanged accusations",
                                            # "both sides have accused the other of violations" ("accused the
                                            # other side of" is one side's accusation: no "of" after "other")
                                            "accused the other of", "accuse the other of", "blamed the other for",
                                            "blame the other for", "blaming the other for",
                                            # "kedua belah pihak menuduh pihak lainnya melanggar ..."
                                            "menuduh pihak lainnya", "menuduh pihak lain", "menyalahkan pihak lain",
                                            "menyalahkan pihak lainnya", "menuding pihak lain",
                                            "menuding pihak lainnya",
                                            # the reciprocal written out ("menuduh satu sama lain") and the
                                            # exchange nouns: the same mutual blame in other words
                                            "menuduh satu sama lain", "menyalahkan satu sama lain",
                                            "menuding satu sama lain", "saling menuding", "saling melempar tuduhan",
                                            "saling lempar tuduhan", "tuduh-menuduh", "bertukar tuduhan",
                                            "accusing one another", "accuse one another", "blamed one another",
                                            "blaming one another", "traded charges", "traded allegations",
                                            "exchanged blame", "exchanged allegations",
                                            # the same exchange in every tense ("with X and Y trading accusations
                                            # of violations", "the two sides trade blame")
                                            "trading accusations", "trade accusations", "trades accusations",
                                            "trading blame", "trade blame", "trading charges",
                                            "trading allegations", "exchanging accusations",
                                            "exchange accusations", "exchanging blame")

MOBILIZATION_NOUNS: Final[tuple[str, ...]] = (
    "mobilisasi", "mobilization", "mobilisation", "pasukan cadangan", "tentara cadangan", "reservists",
    "batalion relawan", "relawan", "volunteers", "wajib militer", "conscription", "call-up",
    "pengerahan",
)
# Attacks and wrongdoing pinned on a party: the tables live in kb/extract/lexicon_attacks.py and stay

# A ceasefire named with none of these near it is mentioned, not claimed (agreed, brokered, in force,
# broken ...).  The phrases in ``CEASEFIRE_ACTS`` are a ceasefire claim on their own.
CEASEFIRE_EVENTS: Final[tuple[str, ...]] = (
    "agreed", "agree", "agrees", "agreement", "deal", "brokered", "mediated", "signed", "signing", "sign",
    "enter into force", "entered into force", "entering into force", "took effect", "take effect",
    "came into effect", "come into effect", "in force", "in effect", "holding", "held", "broke", "broken",
    "breached", "violated", "violation", "violations", "collapsed", "declared", "announced", "accepted",
    "reached", "proposed", "extend", "extension", "began", "started", "despite", "begin", "begins",
    "dimulai", "would start", "will start", "extended", "prolonged", "diperpanjang", "memperpanjang",
    "sepakat", "menyepakati", "disepakati", "kesepakatan", "perjanjian", "berlaku", "mulai berlaku",
    "ditengahi", "dimediasi", "ditandatangani", "menandatangani", "dilanggar", "melanggar", "pelanggaran",
    "diumumkan", "mengumumkan", "menerima", "diterima", "dicapai", "tercapai", "runtuh", "gagal",
    "bertahan", "diberlakukan", "memberlakukan", "menyetujui", "disetujui", "perpanjangan", "meski",
    "proposal", "usulan", "berlangsung", "periode", "observe", "observed", "observing", "respect",
    "respected", "honour", "honor", "fragile", "shaky", "effective", "from midnight", "at midnight",
    "starting", "implement", "implementation", "monitor", "monitoring", "new", "renewed", "restore",
    "restored", "lasting", "permanent", "mulai", "sejak", "pukul", "efektif", "rapuh", "goyah",
    "mematuhi", "menghormati", "dipatuhi", "menerapkan", "penerapan", "memantau", "pemantauan", "baru",
    "memulihkan", "permanen", "langgeng", "tengah malam", "between", "antara", "humanitarian", "kemanusiaan",
    # (not its terms: "under the terms of the truce, X is to withdraw", "sesuai gencatan senjata" describe one the
    # article has named, no event; its purpose is one only in a speaker's words, ``CEASEFIRE_PURPOSES``)
    # a truce that ended is an event too ("the truce ended on Friday", "gencatan senjata itu berakhir"), as much as
    # one broken
    "ended", "berakhir", "diakhiri",
)
CEASEFIRE_ACTS: Final[tuple[str, ...]] = (
    "cease fire", "decided to cease fire", "halting military operations", "halt military operations",
    "halted military operations", "menghentikan pertempuran", "menghentikan sepenuhnya pertempuran",
    "menghentikan operasi militer",
    # the operation stopped by its own side, named by its possessive ("halted its military operation")
    "halted its military operation", "halted its military operations", "halted its offensive",
    "halted the military operation", "stopped its military operation", "suspended its military operation",
    "menghentikan operasi militernya", "menghentikan operasinya", "menghentikan serangan militernya",
    "gencatan senjata berlaku", "hentikan tembak-menembak",
    # ending a truce is an event of it ("akan mengakhiri gencatan senjata"); "gencatan senjata yang mengakhiri
    # perang" (a truce that ends the war) is only named, so the verb is no event word of its own
    "mengakhiri gencatan senjata", "mengakhiri genjatan senjata",
)
# Cue words inside these set phrases are no cue ("kontak senjata" is a firefight, not contact).
NOT_CUES: Final[tuple[str, ...]] = (
    "kontak senjata", "meminta anonimitas", "requested anonymity", "asked for anonymity",
    "asked not to be named", "meminta tidak disebutkan namanya", "meminta namanya tidak disebutkan",
    "asking not to use his name", "asking not to be named", "line of contact", "garis kontak",
    "meminta namanya dirahasiakan", "minta namanya dirahasiakan", "meminta identitasnya dirahasiakan",
    "minta identitasnya dirahasiakan", "meminta agar namanya tidak disebutkan", "asked that his name be withheld",
    "asked that her name be withheld", "requested that his name be withheld", "asked to remain anonymous",
    "asked to stay anonymous", "asked to be anonymous", "requested to remain anonymous", "asked not to be identified",
    "minta tidak disebutkan identitasnya", "meminta untuk tetap anonim", "meminta tetap anonim", "minta anonim",
    "meminta anonim",
    # shooting a weapon down is defence, not an attack by whoever shot ("menembak jatuh 12 drone")
    "menembak jatuh", "ditembak jatuh", "shot down", "shoot down", "shoots down", "shooting down",
    # appeals for aid are addressed to donors, not to the parties
    "mengajukan permohonan bantuan", "appeal for aid", "appealed for aid", "appeal for funds", "appealed for funds",
    # recognising a state is a diplomatic act, not a speech act ("mengakui" is also "admitted")
    "mengakui kemerdekaan", "mengakui kedaulatan", "mengakui negara", "mengakui pemerintahan",
    # "lies" as the verb of where a thing is ("responsibility lies with X"), not falsehoods called (session 21)
    "lies with", "lies on", "lies upon", "lies in", "lies within", "lies solely", "lies entirely", "lies squarely",
    "lies fully",
)
# Objects of a denial that name a figure or a claim ("membantah angka tersebut", "disputed these claims").
DENIAL_OBJECTS: Final[tuple[str, ...]] = (
    "menolak angka", "membantah angka", "menepis angka", "rejected the figure", "rejected the figures",
    "rejected the toll", "disputed the figure", "disputed the figures", "disputed these claims",
    "disputed the claims", "disputed the claim", "denied the losses", "denied the allegations",
    "denied the allegation", "denied the report", "denied the reports", "rejected the report",
    "menolak klaim", "membantah klaim", "membantah laporan", "menolak data", "membantah data",
    "membantah tuduhan", "menepis tuduhan", "menepis klaim",
)
# Positions worth tracking are not made of these: a statement whose sentence carries them is a
# casualty report (typed or missed), a non-disclosure, praise or rescue work.
NOT_POSITION: Final[tuple[str, ...]] = (
    "killed", "dead", "died", "death", "deaths", "victims", "wounded", "injured", "injuries", "fatalities",
    "casualties", "missing", "toll", "funerals", "cremated", "losses", "kerugian",
    "tewas", "terbunuh", "meninggal", "korban", "luka", "terluka", "hilang", "mayat", "kematian", "cedera",
    "did not disclose", "not disclosed", "hasn't disclosed", "has not disclosed", "tidak mengungkapkan",
    "belum mengungkapkan",
    "tidak merilis", "belum merilis", "praised", "memuji", "rescue", "penyelamatan", "deployed to the scene",
    "killing", "mayat-mayat", "deadly",
    # territory and targets struck: the seeds README leaves territory and equipment claims out
    "taken control", "took control", "take control", "seized control", "cleared much", "menguasai",
    "targets",
    # damage to buildings and infrastructure: equipment and property, not a position on the war
    "destroyed", "damaged", "merusak", "rusak", "hancur", "dirusak",
    # "eliminated"/"neutralised" are killings: a casualty report, typed or missed
    "eliminated", "eliminating", "neutralised", "neutralized", "mengeliminasi", "dieliminasi", "menetralisir",
    # watching events is no position ("said it was closely following events", "terus memantau perkembangan")
    "closely following", "closely monitoring", "closely watching", "following closely", "monitoring closely",
    "following developments", "following events", "monitoring developments", "monitoring the situation",
    "following the situation", "memantau perkembangan", "memantau situasi", "mencermati perkembangan",
    "mengikuti perkembangan", "terus memantau",
    # sympathy offered to the bereaved is no position on the war ("shared its deepest condolences")
    "condolences", "condolence", "belasungkawa", "bela sungkawa", "turut berduka", "berduka cita",
)
# Weapons intercepted and ground taken: equipment and territory claims, which the annotation leaves out, when
# they report what happened ("said six drones were shot down", "claimed the capture of 90 positions"); an
# intention or a condition (``INTENT``: "will fight until every base is captured") is a position still.
MATERIEL_AND_GROUND: Final[tuple[str, ...]] = (
    "shot down", "shoot down", "shoots down", "downed", "intercepted", "intercepting", "interception",
    "air defences", "air defenses", "air defence", "air defense", "menembak jatuh", "ditembak jatuh",
    "mencegat", "dicegat", "pertahanan udara", "captured", "capture of", "seized", "merebut", "direbut",
    "control over", "control of", "kendali atas", "thwarted", "foiled", "digagalkan", "menggagalkan",
    # weapons and vehicles seized, lost or fielded: equipment ("armoured vehicles were seized", "a jet crashed",
    # "dilengkapi dengan persenjataan canggih")
    "crashed", "disita", "menyita", "penyitaan", "seizure of", "equipped with", "dilengkapi dengan",
    # damage to things, no one's loss or blame: explosions heard, fires, falling debris ("reported several explosions
    # and a fire at a business", "puing-puing yang jatuh dapat menimbulkan kerusakan")
    "explosions", "explosion", "ledakan", "fire broke out", "fires broke out", "caught fire", "kebakaran",
    "debris", "puing", "puing-puing",
)
INTENT: Final[tuple[str, ...]] = (
    "will", "would", "shall", "won't", "going to", "vowed", "vows", "pledged", "promised", "threatened",
    "intends", "intend", "plans to", "ready to", "prepared to", "until", "unless", "only if",
    "akan", "bakal", "siap", "hendak", "berencana", "bertekad", "bersumpah", "mengancam", "sampai", "kecuali",
    "hanya jika", "asalkan",
)
# Crimes by name: reported with nobody named doing them, they accuse the article's attacker (``crimes.py``).
CRIME_NOUNS: Final[tuple[str, ...]] = (
    "mass killings", "mass killing", "targeted killings", "summary executions", "extrajudicial executions",
    "executions", "torture", "rape", "rapes", "sexual violence", "ethnic cleansing", "genocide", "massacre",
    "massacres", "war crimes", "atrocities", "crimes against humanity",
    "pembunuhan massal", "eksekusi", "eksekusi di luar hukum", "penyiksaan", "pemerkosaan", "kekerasan seksual",
    "pembersihan etnis", "genosida", "pembantaian", "kejahatan perang", "kekejaman",
    "kejahatan terhadap kemanusiaan",
)
# A wrong by its manner, said of an attack the sentence refers back to ("called the strike an indiscriminate attack",
# "menyebut serangan itu biadab"): a crime by name too (``crimes.py``), never of the speaker's own act.
CRIME_MANNERS: Final[tuple[str, ...]] = (
    "indiscriminate", "tanpa pandang bulu", "brutal", "barbaric", "biadab", "keji", "paling brutal",
    "deliberate", "disengaja", "sengaja",
)
# Speakers who comment on a war and take no position in it: what they say is analysis, not a claim.
COMMENTATORS: Final[tuple[str, ...]] = (
    "analysts", "analyst", "experts", "observers", "commentators", "analis", "pengamat", "para pengamat",
    "para analis",
)
# Who saw or reported events and is party to none of them (words of the speaker phrase): what they say
# is narration, not a position; their accusations and tolls still count, a plain statement does not.
OBSERVERS: Final[tuple[str, ...]] = (
    "witness", "witnesses", "eyewitness", "eyewitnesses", "resident", "residents", "villager", "villagers",
    "activist", "activists", "journalist", "journalists", "correspondent", "correspondents", "reporter",
    "reporters", "local sources", "locals", "survivor", "survivors", "saksi", "saksi mata", "warga", "penduduk",
    "aktivis", "jurnalis", "wartawan", "koresponden", "sumber lokal", "sumber setempat", "penyintas",
)
# Who the dead were by age or sex: "seven people, including a child", "termasuk dua perempuan" is a
# breakdown of the figure before it: a claim of its own (session 22), but no figure a fact-checker compares
# (``Claim.breakdown``); a category that says which side, "including seven civilians", still is one.
DEMOGRAPHIC_NOUNS: Final[frozenset[str]] = frozenset((
    "child", "children", "anak", "anak-anak", "balita", "bayi", "baby", "babies", "girl", "girls", "boy",
    "boys", "woman", "women", "perempuan", "wanita", "minor", "minors", "teenager", "teenagers", "remaja",
    "man", "men", "pria", "laki-laki", "lelaki", "bocah", "bride", "groom", "infant", "infants", "elderly", "lansia",
    # trades named inside a toll ("including three medics", "termasuk dua wartawan"): who they were, not whose
    "medic", "medics", "paramedic", "paramedics", "doctor", "doctors", "nurse", "nurses", "journalist",
    "journalists", "rescuer", "rescuers", "tenaga medis", "petugas medis", "dokter", "perawat", "jurnalis",
    "wartawan",
))
# A truce's purpose ("the truce is meant to allow prisoner swaps", "gencatan senjata bertujuan ..."), said by a speaker,
# tells of the truce it made; in the reporter's words it describes one the article has named already (no event).
CEASEFIRE_PURPOSES: Final[tuple[str, ...]] = (
    "meant to", "allow", "memungkinkan", "bertujuan", "dimaksudkan",
)
# A speaker's stance on a ceasefire that exists or is on the table is a ceasefire claim too ("menyatakan
# mendukung gencatan senjata tersebut", "welcomed the truce"); a ceasefire merely named in a speaker's
# words ("does not trust that Putin wants a ceasefire") is not.
CEASEFIRE_STANCES: Final[tuple[str, ...]] = (
    "support", "supports", "supported", "supporting", "backed", "backs", "welcomed", "welcomes", "welcome",
    "rejected", "rejects", "reject", "committed to", "commitment", "mendukung", "menyambut", "menolak",
    "berkomitmen", "komitmen", "siap", "ready",
    # a side confirming the truce ("Azerbaijan confirmed the ceasefire", "Baku mengonfirmasi gencatan senjata itu")
    "confirmed", "confirms", "confirm", "mengonfirmasi", "mengkonfirmasi", "membenarkan",
)
# A ceasefire a speaker would accept only on a condition ("would accept a truce only if Hezbollah withdraws",
# "akan menerima gencatan senjata hanya jika ...") is a condition the speaker sets: a statement, no event.
CEASEFIRE_CONDITIONS: Final[tuple[str, ...]] = (
    "only if", "if", "unless", "provided that", "on condition that", "hanya jika", "jika", "apabila",
    "asalkan", "kecuali", "dengan syarat",
)
# Nouns that name the ceasefire again once an article has named one ("Azerbaijan confirmed it had reached an
# agreement", "Kesepakatan itu diumumkan Kementerian Luar Negeri Qatar"): in a speaker's words, with an event.
TRUCE_ANAPHORS: Final[tuple[str, ...]] = ("agreement", "deal", "accord", "kesepakatan", "perjanjian")
# The events that make such a noun the truce itself: reached, signed, announced, in force, broken (a stance on
# it, "welcomed the agreement", "the deal is a chance to save lives", stays a statement).
TRUCE_ANAPHOR_EVENTS: Final[tuple[str, ...]] = (
    "reached", "signed", "signing", "announced", "took effect", "came into effect", "in force", "in effect",
    "entered into force", "broke", "broken", "violated", "collapsed", "dicapai", "tercapai", "diumumkan",
    "mengumumkan", "ditandatangani", "menandatangani", "berlaku", "dilanggar", "melanggar", "runtuh",
    # an agreement confirmed or being carried out exists ("confirmed the agreement", "kesepakatan itu dilaksanakan")
    "confirmed", "confirms", "mengonfirmasi", "mengkonfirmasi", "dikonfirmasi", "implemented", "dilaksanakan",
)
# Words that only describe a ceasefire: "amid a fragile truce", "di tengah gencatan senjata yang rapuh" names
# one in passing; an event (agreed, in force, broken) is what makes the mention a claim.
CEASEFIRE_ADJECTIVES: Final[tuple[str, ...]] = (
    "fragile", "shaky", "tenuous", "rapuh", "goyah", "new", "baru", "renewed", "lasting", "permanent",
    "permanen", "langgeng", "humanitarian", "kemanusiaan", "between", "antara",
)
NEGATIONS: Final[tuple[str, ...]] = ("tidak", "tak", "bukan", "belum", "not", "never", "did not", "didn't")
MOBILIZATION_SCOPE: Final[dict[str, str]] = {
    "parsial": "partial", "sebagian": "partial", "terbatas": "partial", "partial": "partial",
    "penuh": "full", "umum": "full", "total": "full", "menyeluruh": "full", "full": "full",
    "general": "full", "nasional": "full",
}

# --- factuality --------------------------------------------------------------------------------
ALLEGED_CUES: Final[tuple[str, ...]] = (
    "dugaan", "diduga", "disebut-sebut", "kabarnya", "konon", "belum dikonfirmasi", "belum terverifikasi",
    "reportedly", "alleged", "allegedly", "unconfirmed", "purportedly", "unverified",
)
HEDGED_CUES: Final[tuple[str, ...]] = (
    "kemungkinan", "mungkin", "barangkali", "diperkirakan", "kemungkinan besar", "may have", "might",
    "possibly", "probably", "likely", "perhaps", "could have",
)
# What makes a plain statement checkable when it names no party and gives no number: words of the war itself
# ("Officials said the situation was calm", "it was aware of the reports" assert nothing a fact-checker follows;
# "the EU said it was concerned by the escalation", "vowed revenge" do).
WAR_WORDS: Final[tuple[str, ...]] = (
    "war", "wars", "perang", "attack", "attacks", "attacked", "serangan", "menyerang", "troops", "tentara",
    "pasukan", "forces", "military", "militer", "army", "soldiers", "prajurit", "civilians", "civilian", "sipil",
    "hostages", "hostage", "sandera", "prisoners", "prisoner", "tahanan", "tawanan", "ceasefire", "truce",
    "weapons", "weapon", "senjata", "arms", "operation", "operasi", "offensive", "front", "frontline",
    "territory", "wilayah", "sovereignty", "kedaulatan", "sanctions", "sanksi", "escalation", "eskalasi",
    "conflict", "konflik", "fighting", "pertempuran", "bertempur", "berperang", "battle", "bombing", "bombs",
    "bom", "drone", "drones", "missile", "missiles", "rudal", "roket", "rockets", "aggression", "agresi",
    "invasion", "invasi", "occupation", "pendudukan", "penjajah", "retaliate", "retaliation", "revenge",
    "membalas", "balas", "dendam", "peace", "damai", "perdamaian", "negotiations", "talks", "mobilisation",
    "mobilization", "mobilisasi", "refugees", "pengungsi", "displaced", "mengungsi", "fled", "humanitarian",
    "kemanusiaan", "aid", "bantuan", "genocide", "terror", "terrorism", "terorisme", "teroris", "terrorists",
    "shelling", "strikes", "strike", "airstrikes", "raid", "defeat", "victory", "kemenangan", "kekalahan",
    "security", "keamanan", "defence", "defense", "pertahanan", "crimes", "kejahatan", "violence", "kekerasan",
    "bodies", "jasad", "jenazah", "fighters", "pejuang", "militants", "militia", "milisi", "rebels",
    "pemberontak", "regime", "rezim", "junta", "nuclear", "nuklir", "disarm", "melucuti", "border", "perbatasan",
    "captured", "direbut", "merebut", "withdrawal", "withdraw", "mundur", "penarikan", "exchange", "pertukaran",
    "agreement", "deal", "kesepakatan", "perjanjian", "lives", "nyawa", "country", "nation", "negara", "bangsa",
    "rakyat", "homeland", "tanah air", "liberated", "liberation", "dibebaskan", "pembebasan", "situation on the front",
    # an inquiry into what happened is a position on it ("said it would investigate", "akan menyelidiki")
    "investigate", "investigating", "investigation", "inquiry", "menyelidiki", "penyelidikan", "investigasi",
)

