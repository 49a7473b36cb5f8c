"""Word lists of claim types: which cue makes which claim, and what makes none (``kb.extract.claims``).

Split from ``kb.extract.lexicon`` (which re-exports every name here, so ``lexicon.TYPE_CUES`` still
works); the same rules hold: matched on the normalised text, case folded, on word boundaries,
Indonesian and English side by side.  The ceasefire tables are in ``kb.extract.lexicon_truce``.
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
        "started fighting", "started a war", "began the war", "began hostilities",
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
    "massacres", "war crimes", "war crime", "atrocities", "crimes against humanity", "crime against humanity",
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
    "elderly people",  # the third part of "including 40 children, 30 women and 12 elderly people" (trial user31)
    # trades named inside a toll ("including three medics", "termasuk dua wartawan"): who they were, not whose
    "medic", "medics", "paramedic", "paramedics", "doctor", "doctors", "nurse", "nurses", "journalist",
    "journalists", "rescuer", "rescuers", "tenaga medis", "petugas medis", "dokter", "perawat", "jurnalis",
    "wartawan",
))
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
