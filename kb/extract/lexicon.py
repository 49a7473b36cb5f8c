"""Word lists that drive the extractor: edit these tables, not the rules, to teach it new words.

Every entry is matched on the normalised text (straight quotes, plain spaces and hyphens) with
case folded, on word boundaries.  Keys are lower-case.  Indonesian and English live side by side:
the rules do not care which language a cue comes from.
"""

from __future__ import annotations

from typing import Final

from kb.extract import lexicon_attacks as _attacks
from kb.extract import lexicon_figures as _figures


def _split(words: str) -> tuple[str, ...]:
    """A long word list written as one string, for readability."""
    return tuple(words.split())

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
    "meminta maaf": None, "mengakui": None, "memperkirakan": None, "memastikan": None, "mengabarkan": None,
    "menginformasikan": None, "mengingatkan bahwa": None, "bersikeras": None, "menulis": None,
    "menuding": "accusation", "mengutuk": "accusation",
    # more reporting verbs real articles use, and their common misspellings
    "menerangkan": None, "mengaku": None, "mengeklaim": None, "megatakan": None, "mengatakn": None,
    "mengungkap": None, "menduga": None, "mencatatkan": None, "memaparkan": None, "membeberkan": None,
    "mengutarakan": None, "menandaskan": None, "melansir": None, "klaim": None, "mengeluarkan data": None,
    "mengesampingkan": None, "menggambarkan": None,
    "menuduh": "accusation", "menyalahkan": "accusation", "mengecam": "accusation",
    "membantah": "denial", "menyangkal": "denial", "menepis": "denial",
    "menyerukan": "call", "mendesak": "call", "meminta": "call", "mengajukan": "call",
    "mengusulkan": "call", "mengimbau": "call", "menuntut": "call",
    # English
    "said": None, "says": None, "told": None, "tells": None, "stated": None, "claimed": None, "claims": None,
    "announced": None, "added": None, "reported": None, "confirmed": None, "warned": None,
    "insisted": None, "stressed": None, "noted": None, "explained": None, "declared": None,
    "said in a statement": None, "wrote": None, "tweeted": None, "pledged": None, "vowed": None,
    "called": None, "offered": None, "rejected the accusation": "denial", "rejected accusations": "denial",
    "rejected allegations": "denial", "dismissed the claim": "denial", "dismissed reports": "denial",
    "recorded": None, "estimated": None, "estimates": None, "posted": None, "reiterated": None,
    "argued": None, "acknowledged": None, "signalled": None, "signaled": None, "announces": None,
    "charged": "accusation", "condemns": "accusation", "alleged": "accusation",
    "put": None, "puts": None, "has put": None, "updated": None, "updates": None, "confirms": None,
    "reports": None, "notes": None, "states": None, "adds": None, "went on to say": None, "asserted": None,
    "ruled out": None, "disputed": "denial", "disputes": "denial", "announcing": None,
    "welcomed": None, "hailed": None, "writes": None, "report": None,
    "tweets": None,
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
    "lashed out at": "accusation",
    "membantah klaim": "denial", "membantah laporan": "denial", "membantah tuduhan": "denial",
    "demands": "call", "demanding": "call", "appeals": "call", "urging": "call",
    # what data or a report shows: "Data Kementerian Kesehatan menunjukkan 34.000 orang tewas"
    "menunjukkan": None, "memperlihatkan": None, "show": None, "shows": None, "showed": None,
    # present-tense and less common reporting verbs real news uses (plural subjects: "officials say",
    # "rights groups accuse"), and Indonesian ones for confirming, detailing and reporting
    "adding": None, "noting": None, "stressing": None, "say": None, "confirm": None, "warn": None,
    "insist": None, "specified": None, "specifies": None,
    "disclosed": None, "revealed": None, "affirmed": None, "indicated": None,
    "accuse": "accusation", "blame": "accusation", "allege": "accusation", "deny": "denial",
    "membenarkan": None, "merinci": None, "memberitakan": None, "mewartakan": None, "mengemukakan": None,
    "mengisyaratkan": None, "menampik": "denial", "menyanggah": "denial",
}
POST_VERBS: Final[tuple[str, ...]] = (
    "kata", "ujar", "ucap", "tutur", "jelas", "tambah", "ungkap", "imbuh", "papar", "terang", "tegas",
    "lanjut", "sebut", "said", "says", "told", "added", "stated", "explained", "insisted", "wrote",
    "tulis", "bunyi pernyataan", "demikian pernyataan", "ungkap pernyataan", "kata pernyataan",
    "noted", "reported", "announced", "confirmed", "claimed", "lapor", "say",
    # the wire tail "..., demikian laporan X": X reported what precedes
    "demikian laporan", "demikian keterangan", "demikian dilaporkan", "demikian disampaikan", "demikian kata",
)
# "-nya" forms: the verb carries its own pronoun speaker (katanya = he/she said).
PRONOUN_VERBS: Final[tuple[str, ...]] = (
    "katanya", "ujarnya", "ucapnya", "tuturnya", "jelasnya", "tambahnya", "ungkapnya", "imbuhnya",
    "paparnya", "terangnya", "tegasnya", "lanjutnya", "sebutnya", "tulisnya", "akunya", "bebernya",
)
ACCORDING_TO: Final[tuple[str, ...]] = ("menurut", "according to", "kata")
PRONOUNS: Final[tuple[str, ...]] = ("ia", "dia", "beliau", "he", "she")
FIRST_PERSON: Final[tuple[str, ...]] = ("kami", "kita", "saya", "aku", "we", "i")

# Phrases that credit a relaying agency or medium: the name follows them.
VIA_CUES: Final[tuple[str, ...]] = (
    "sebagaimana dikutip dari", "sebagaimana dikutip", "seperti dikutip dari", "seperti dikutip",
    "dikutip dari", "dikutip", "dilansir dari", "dilansir", "melansir", "mengutip", "seperti dilansir",
    "seperti dilaporkan", "dilaporkan", "kepada", "dalam wawancara dengan", "told", "to",
    "in an interview with", "quoted by", "cited by", "reported by", "via", "seperti diwartakan", "diwartakan",
    "carried by", "published by", "broadcast by", "aired by", "disiarkan", "disiarkan oleh", "dimuat",
    "sebagaimana diberitakan", "seperti diberitakan", "diberitakan", "diberitakan oleh",
)

# Nouns that head a speaker phrase the gazetteer does not know ("Pejabat pertahanan Armenia").
SPEAKER_HEADS: Final[tuple[str, ...]] = (
    "pejabat", "para pejabat", "sumber", "juru bicara", "jubir", "pihak", "kementerian", "militer",
    "tentara", "pasukan", "kepala", "komandan", "menteri", "presiden", "perdana menteri", "duta besar",
    "dubes", "penasihat", "pengamat", "analis", "warga", "saksi", "otoritas", "pemerintah", "kantor",
    "wakil", "direktur", "ketua", "sekretaris", "officials", "official", "sources", "source",
    "spokesman", "spokeswoman", "spokesperson", "ministry", "military", "army", "authorities",
    "kelompok", "gerakan", "milisi", "paramiliter", "pemantau", "pengunjuk rasa", "demonstran", "dokter",
    "petugas", "tim", "gubernur", "wali kota", "walikota", "polisi", "panglima", "jenderal", "utusan",
    "juru runding", "pemimpin", "badan", "lembaga", "organisasi", "komite", "rumah sakit", "relawan",
    "group", "movement", "militia", "militias", "monitors", "protesters", "doctors", "medics", "rescuers",
    "governor", "mayor", "police", "general", "envoy", "negotiator", "negotiators", "agency", "committee",
    "organisation", "organization", "hospital", "office", "staff", "forces", "commanders", "lawmakers",

    "minister", "president", "prime minister", "ambassador", "adviser", "advisor", "aide", "analyst",
    "analysts", "witnesses", "residents", "commander", "head", "chief", "deputy", "diplomats", "council",
    "dewan",
    "diplomat", "spokesmen", "leaders", "leader", "analis",
    "journalist", "journalists", "activist", "activists", "resident", "locals", "local", "eyewitnesses",
    "eyewitness", "witness", "paramedics", "wartawan", "jurnalis", "aktivis", "penduduk", "saksi mata",
    "representative", "perwakilan", "ombudsman", "prosecutor", "monitoring group",
    # plural and service heads: "rights groups", "resistance committees", "the emergency service"
    "groups", "committees", "organisations", "organizations", "agencies", "movements", "councils",
    "monitor", "observatory", "service", "services", "dinas", "layanan", "officer", "officers", "administration",
    "authority", "penyelamat", "kapolres", "kapolda", "kapolri", "kapolsek", "kepolisian",
    "prosecutors", "jaksa",
    # bodies that count the dead: "the UN human rights monitoring mission", "misi pemantau PBB"
    "mission", "misi", "observers", "pemantau", "ngo", "charity", "red crescent", "bulan sabit merah",
)
# Words that may extend a speaker phrase around a name ("Pejabat militer Armenia dan Karabakh").
NP_WORDS: Final[tuple[str, ...]] = (
    "pertahanan", "luar", "negeri", "militer", "senior", "tinggi", "kedua", "keamanan", "kepresidenan",
    "kantor", "para", "sejumlah", "beberapa", "dan", "serta", "defence", "defense", "foreign", "military",
    "top", "government", "security", "presidential", "office", "several", "some", "a", "an", "the", "and",
    "of", "for", "bicara", "juru", "itu", "tersebut", "negara", "state", "separatis", "separatist",
    "resmi", "setempat", "lokal", "nasional", "regional",  # "kantor berita resmi Suriah SANA"
)
# Speech verbs whose content comes before them ("..., Kemhan Turki mengeluarkan pernyataan").
CONTENT_BEFORE: Final[tuple[str, ...]] = (
    "mengeluarkan pernyataan", "dalam pernyataannya", "said in a statement",
)
# Words that end a speaker phrase written after its verb ("ujar Aliyev kepada televisi").
NP_STOPS: Final[tuple[str, ...]] = (
    "kepada", "dalam", "di", "pada", "saat", "ketika", "sebagaimana", "seperti", "setelah", "seraya",
    "yang", "selama", "usai", "sambil", "menurut", "melalui", "lewat", "dikutip", "dilansir", "mengutip",
    "sebelum", "karena", "bahwa", "to", "in", "on", "at", "when", "as", "after", "while", "who", "during",
    "via", "through", "quoted", "cited", "told", "before", "because", "that", "adding", "menambahkan",
)
# Words that make a capitalised phrase an organisation, not a person ("Observatorium Suriah ...").
ORG_WORDS: Final[tuple[str, ...]] = (
    "observatorium", "observatory", "kementerian", "ministry", "komite", "committee", "dewan", "council",
    "badan", "agency", "organisasi", "organization", "organisation", "watch", "institute", "lembaga",
    "kantor", "office", "kejaksaan", "departemen", "department", "army", "angkatan", "forces", "tentara",
    "pasukan", "komisi", "commission", "palang", "bulan", "sabit", "union", "uni", "kedutaan", "embassy",
    "pemerintah", "government", "partai", "party", "parlemen", "parliament", "majelis", "assembly",
    "pengadilan", "court", "amnesty", "amnesti", "media", "news", "kantor berita", "times", "post",
    "serikat", "asosiasi", "association", "syndicate", "sindikat", "network", "jaringan", "federation",
    "federasi", "front", "brigade", "brigades", "forum", "coalition", "koalisi", "alliance", "aliansi",
    "centre", "center", "pusat", "yayasan", "foundation", "program", "programme",
    "hospital", "sakit", "klinik", "clinic", "network", "committees", "ombudsman", "prosecutor", "kejaksaan",
)
# Words opening a parenthetical between a speaker and the verb (", in a televised address,").
PARENTHETICAL: Final[tuple[str, ...]] = (
    "dalam", "di", "pada", "saat", "ketika", "yang", "setelah", "usai", "sambil", "in", "on", "at",
    "during", "which", "who", "when", "after", "speaking", "berbicara", "following", "menyusul",
    "reporting", "writing", "melaporkan",  # a correspondent's place: "Hani Mahmoud, reporting from Gaza, said"
    "a", "an", "the", "seorang",  # appositions: ", an aide to President Aliyev, wrote"
    "seperti", "sebagaimana", "as",  # a relay between speaker and verb: "X, seperti dilansir Reuters, mengatakan"
    "quoted", "cited", "dikutip", "dilansir",  # "Gladkov, quoted by TASS, said": the relay, not the speaker
    # appositions that open with the role itself: "Ahmed Salem, juru bicara Houthi, mengatakan"
    "juru bicara", "jubir", "kepala", "ketua", "pemimpin", "komandan", "panglima", "direktur", "wakil",
    "penasihat", "utusan", "sekretaris", "spokesman", "spokeswoman", "spokesperson", "head", "chief",
    "commander", "leader", "director", "deputy", "adviser", "advisor", "envoy",
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
}
# Role words that may stand before a person's name ("juru bicara militer Armenia Artsrun X").
ROLE_HEADS: Final[tuple[str, ...]] = (
    "juru bicara", "jubir", "menteri", "wakil menteri", "presiden", "wakil presiden", "perdana menteri",
    "kepala", "komandan", "duta besar", "dubes", "penasihat", "asisten", "ketua", "sekretaris",
    "direktur", "pejabat", "analis", "pengamat", "spokesman", "spokeswoman", "spokesperson",
    "minister", "president", "prime minister", "ambassador", "adviser", "advisor", "aide",
    "commander", "chief", "secretary", "director", "official", "deputy", "analyst",
    "gubernur", "wali kota", "walikota", "panglima", "jenderal", "letnan jenderal", "mayor jenderal", "kolonel",
    "utusan", "utusan khusus", "juru runding", "pemimpin", "kepala staf", "koordinator", "anggota parlemen",
    "senator", "pelapor khusus", "governor", "regional governor", "mayor", "general", "lieutenant general",
    "major general", "colonel", "envoy", "special envoy", "negotiator", "leader", "chief of staff",
    "coordinator", "lawmaker", "senator", "special rapporteur", "head", "commissioner", "komisaris",
    "brigjen", "mayjen", "letjen", "laksamana", "marsekal", "brigadir jenderal", "brigadier", "brigadier general",
)

# Words that may sit between a speaker and the verb without breaking the attribution.
AGENT_GAP: Final[tuple[str, ...]] = (
    "juga", "telah", "sudah", "pun", "kembali", "justru", "pula", "yang", "who", "which", "keras",
    "kemudian", "lalu", "sebelumnya", "akan", "pada", "hari", "malam",
    "pagi", "siang", "sore", "kemarin", "ini", "itu", "sendiri", "secara", "resmi", "dalam", "sebuah",
    "pernyataan", "tertulis", "also", "has", "have", "had", "on", "earlier", "later", "then", "again",
    "in", "a", "statement", "the", "repeatedly", "previously", "yesterday", "today", "last", "night",
    "morning", "evening", "separately", "publicly", "officially", "pekan", "minggu", "tadi",
    "week", "weekend", "month", "this", "bulan",  # "Houthi officials last week said", "earlier this month"
    # hedges between a speaker and its verb ("Russian sources also reportedly said"): the frame stands
    "reportedly", "allegedly", "apparently", "dikabarkan", "kabarnya", "disebut-sebut", "selalu", "always",
    "consistently", "tetap", "terus",
    # where it was said, between the speaker and the verb ("Putin dalam pidatonya mengklaim", "X in a
    # televised address said")
    "pidatonya", "pidato", "wawancara", "wawancaranya", "keterangannya", "pernyataannya", "tertulisnya",
    "konferensi", "pers", "unggahannya", "speech", "interview", "briefing", "televised", "address", "an", "at",
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
)
CLAUSE_BREAKS: Final[tuple[str, ...]] = ("sementara", "sedangkan", "sementara itu", "while", "whereas", "namun")
# After a comma these open a clause that is not part of the reported speech before it.
SUBORDINATORS: Final[tuple[str, ...]] = (
    "setelah", "sesudah", "sebelum", "ketika", "saat", "karena", "menyusul", "usai", "after", "before",
    "when", "as", "because", "following", "since",
)

# --- claim types -------------------------------------------------------------------------------
# Priority order when one frame carries several cues: the first listed wins.
TYPE_PRIORITY: Final[tuple[str, ...]] = ("accusation", "denial", "call", "ceasefire", "talks", "statement")
TYPE_CUES: Final[dict[str, tuple[str, ...]]] = {
    "accusation": (
        "menuduh", "tuduhan", "menyalahkan", "saling menuduh", "pelanggaran oleh", "serangan oleh",
        "menuding", "tudingan",
        "agresi", "provokasi", "accused", "accuses", "accusing", "accuse", "blamed", "blaming", "blame",
        "violations by",
        "attacks by", "aggression", "provocation", "mengecam", "condemned", "kejahatan perang", "war crime",
        "war crimes",
        # responsibility pinned on a party: "said Moscow was behind the attack", "dalang serangan itu"
        "was behind", "were behind", "is behind", "are behind", "to blame for",
        "dalang", "berada di balik",
        # starting the fighting (the seeds README: "starting hostilities")
        "started the war", "started the fighting", "started hostilities", "initiated hostilities",
        "memulai perang", "memulai pertempuran", "memulai eskalasi", "memulai permusuhan",
    ),
    "denial": (
        "membantah", "menyangkal", "menepis", "menolak tuduhan", "menolak klaim", "menolak laporan",
        "tidak benar", "denied", "denies", "rejected claims", "rejected the claim", "dismissed claims",
        "not true", "baseless", "tidak berdasar", "kebohongan", "bohong", "rekayasa", "disinformasi",
        "hoaks", "fitnah", "a lie", "lies", "fabricated", "fabrication", "disinformation", "no question of",
        "dibantah", "ditepis", "lie", "absolute lie", "hanya dalih", "sekadar dalih", "merely a pretext",
        "only a pretext",
    ),
    "call": (
        "menyerukan", "mendesak", "meminta", "mengajukan gencatan", "mengusulkan", "mengimbau",
        "menuntut", "perlu", "perlunya", "need for", "harus", "penting untuk", "hendaknya", "sebaiknya",
        "urged", "urge",
        "urges", "called on", "called for", "calls for", "calls on", "call on", "call for", "must",
        "should", "need to", "needs to", "important to", "demanded", "proposed", "appealed",
    ),
    "ceasefire": (
        "gencatan senjata", "genjatan senjata", "ceasefire", "cease-fire", "truce",
        "penghentian permusuhan", "cessation of hostilities", "jeda kemanusiaan", "jeda pertempuran",
        "humanitarian pause", "pause in fighting", "armistice", "pause", "jeda", "truce deal", "ceasefires",
        "cease-fires", "truces",
    ),
    "talks": (
        "pembicaraan", "perundingan", "negosiasi", "berunding", "mediasi", "dimediasi", "menengahi",
        "mediator", "pertemuan", "bertemu", "kontak", "berhubungan dekat", "berhubungan erat",
        "panggilan telepon", "percakapan telepon", "berbicara melalui telepon", "keikutsertaan",
        "berpartisipasi", "dialog", "ktt", "menelepon", "membahas", "melalui telepon", "lewat telepon",
        "terus berhubungan", "tuan rumah perundingan", "discussed", "by phone", "met", "to meet", "meet with",
        "talks", "negotiation", "negotiations", "negotiate",
        "mediation", "mediate", "mediated", "mediator", "mediators", "meeting", "met with", "summit",
        "phone call", "telephone call", "spoke by phone", "contacts", "in contact", "participate",
        "participation", "dialogue", "discussions", "delegation", "delegations", "negotiators", "negotiating",
        "delegasi", "juru runding", "peace proposal", "proposal perdamaian", "round of talks",
        "tak sepakat", "tidak sepakat", "belum sepakat", "disagreed", "disagree", "failed to agree",
        "gagal mencapai kesepakatan", "no agreement",
    ),
}
# Call cues that are modal: they make a call only inside a quotation or a reported complement.
MODAL_CALL_CUES: Final[tuple[str, ...]] = (
    "perlu", "harus", "penting untuk", "hendaknya", "sebaiknya", "must", "should", "need to",
    "needs to", "important to", "perlunya", "need for",
)
MUTUAL_ACCUSATION: Final[tuple[str, ...]] = ("saling menuduh", "saling menyalahkan", "accused each other",
                                            "blamed each other", "traded accusations", "traded blame",
                                            "saling tuduh", "saling tuding", "saling salahkan", "saling mengecam",
                                            "accusing each other", "accuse each other", "blaming each other",
                                            "accused one another", "exchanged accusations")

MOBILIZATION_NOUNS: Final[tuple[str, ...]] = (
    "mobilisasi", "mobilization", "mobilisation", "pasukan cadangan", "tentara cadangan", "reservists",
    "batalion relawan", "relawan", "volunteers", "wajib militer", "conscription", "call-up",
    "pengerahan",
)
# Attacks and wrongdoing pinned on a party: the tables live in kb/extract/lexicon_attacks.py and stay
# reachable here as ``lexicon.NAME``.
ATTACK_CUES: Final = _attacks.ATTACK_CUES
ATTACK_VERBS: Final = _attacks.ATTACK_VERBS
WRONGDOING_VERBS: Final = _attacks.WRONGDOING_VERBS
ATTACK_LIGHT_VERBS: Final = _attacks.ATTACK_LIGHT_VERBS
LAUNCHED_WEAPONS: Final = _attacks.LAUNCHED_WEAPONS
LAUNCH_VERBS: Final = _attacks.LAUNCH_VERBS
WEAPON_WORDS: Final = _attacks.WEAPON_WORDS
ATTACK_PASSIVES: Final = _attacks.ATTACK_PASSIVES
ATTACK_NOUNS: Final = _attacks.ATTACK_NOUNS
WRONGDOING_NOUNS: Final = _attacks.WRONGDOING_NOUNS
AGENT_AFTER_NOUNS: Final = _attacks.AGENT_AFTER_NOUNS
ATTACK_MODIFIERS: Final = _attacks.ATTACK_MODIFIERS
FORCE_WORDS: Final = _attacks.FORCE_WORDS
CIVILIAN_TARGETS: Final = _attacks.CIVILIAN_TARGETS
# A ceasefire named with none of these near it is mentioned, not claimed (agreed, brokered, in force,
# broken ...).  The phrases in ``CEASEFIRE_ACTS`` are a ceasefire claim on their own.
CEASEFIRE_EVENTS: Final[tuple[str, ...]] = (
    "agreed", "agree", "agrees", "agreement", "deal", "brokered", "mediated", "signed", "signing", "sign",
    "enter into force", "entered into force", "entering into force", "took effect", "take effect",
    "came into effect", "come into effect", "in force", "in effect", "holding", "held", "broke", "broken",
    "breached", "violated", "violation", "violations", "collapsed", "declared", "announced", "accepted",
    "reached", "proposed", "terms", "extend", "extension", "began", "started", "despite", "begin", "begins",
    "dimulai", "would start", "will start",
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
    "meant to", "allow", "memungkinkan", "under the", "sesuai", "bertujuan", "dimaksudkan",
)
CEASEFIRE_ACTS: Final[tuple[str, ...]] = (
    "cease fire", "decided to cease fire", "halting military operations", "halt military operations",
    "halted military operations", "menghentikan pertempuran", "menghentikan sepenuhnya pertempuran",
    "menghentikan operasi militer",
    "gencatan senjata berlaku", "hentikan tembak-menembak",
)
# Cue words inside these set phrases are no cue ("kontak senjata" is a firefight, not contact).
NOT_CUES: Final[tuple[str, ...]] = (
    "kontak senjata", "meminta anonimitas", "requested anonymity", "asked for anonymity",
    "asked not to be named", "meminta tidak disebutkan namanya", "meminta namanya tidak disebutkan",
    "asking not to use his name", "asking not to be named", "line of contact", "garis kontak",
    # appeals for aid are addressed to donors, not to the parties
    "mengajukan permohonan bantuan", "appeal for aid", "appealed for aid", "appeal for funds", "appealed for funds",
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
    "tewas", "terbunuh", "meninggal", "korban", "luka", "terluka", "hilang", "mayat", "kematian",
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
)
# Speakers who comment on a war and take no position in it: what they say is analysis, not a claim.
COMMENTATORS: Final[tuple[str, ...]] = (
    "analysts", "analyst", "experts", "observers", "commentators", "analis", "pengamat", "para pengamat",
    "para analis",
)
# Who the dead were by age or sex: "seven people, including a child", "termasuk dua perempuan" is a
# breakdown of the figure before it, not a second figure a fact-checker compares (a category that
# says which side, "including seven civilians", still is one).
DEMOGRAPHIC_NOUNS: Final[frozenset[str]] = frozenset((
    "child", "children", "anak", "anak-anak", "balita", "bayi", "baby", "babies", "girl", "girls", "boy",
    "boys", "woman", "women", "perempuan", "wanita", "minor", "minors", "teenager", "teenagers", "remaja",
    "man", "men", "pria", "laki-laki", "bride", "groom", "infant", "infants", "elderly", "lansia",
))
# Reporting verbs that speak only with a word soon after them: "held Russia responsible for the strike",
# "menganggap Israel bertanggung jawab" (but "held talks", "held a meeting" say nothing of blame).
NEEDS_AFTER: Final[dict[str, str]] = {
    "held": r"responsible|accountable", "holds": r"responsible|accountable", "holding": r"responsible|accountable",
}
# A speaker's stance on a ceasefire that exists or is on the table is a ceasefire claim too ("menyatakan
# mendukung gencatan senjata tersebut", "welcomed the truce"); a ceasefire merely named in a speaker's
# words ("does not trust that Putin wants a ceasefire") is not.
CEASEFIRE_STANCES: Final[tuple[str, ...]] = (
    "support", "supports", "supported", "supporting", "backed", "backs", "welcomed", "welcomes", "welcome",
    "rejected", "rejects", "reject", "committed to", "commitment", "mendukung", "menyambut", "menolak",
    "berkomitmen", "komitmen", "siap", "ready",
)
NEGATIONS: Final[tuple[str, ...]] = ("tidak", "tak", "bukan", "belum", "not", "never", "did not", "didn't")
MOBILIZATION_SCOPE: Final[dict[str, str]] = {
    "parsial": "partial", "sebagian": "partial", "terbatas": "partial", "partial": "partial",
    "penuh": "full", "umum": "full", "total": "full", "menyeluruh": "full", "full": "full",
    "general": "full", "nasional": "full",
}

# --- casualties and what a figure counts over: kb/extract/lexicon_figures.py --------------------
CASUALTY_NOUNS: Final = _figures.CASUALTY_NOUNS
KILLED: Final = _figures.KILLED
WOUNDED: Final = _figures.WOUNDED
UNITS: Final = _figures.UNITS
KILLED_AND_WOUNDED: Final = _figures.KILLED_AND_WOUNDED
CUMULATIVE_CUES: Final = _figures.CUMULATIVE_CUES
WAR_NOUNS: Final = _figures.WAR_NOUNS
PERIOD_CUES: Final = _figures.PERIOD_CUES
INCIDENT_NOUNS: Final = _figures.INCIDENT_NOUNS
INCREMENT_BEFORE: Final = _figures.INCREMENT_BEFORE
INCREMENT_AFTER: Final = _figures.INCREMENT_AFTER

# --- factuality --------------------------------------------------------------------------------
ALLEGED_CUES: Final[tuple[str, ...]] = (
    "dugaan", "diduga", "disebut-sebut", "kabarnya", "konon", "belum dikonfirmasi", "belum terverifikasi",
    "reportedly", "alleged", "allegedly", "unconfirmed", "purportedly", "unverified",
)
HEDGED_CUES: Final[tuple[str, ...]] = (
    "kemungkinan", "mungkin", "barangkali", "diperkirakan", "kemungkinan besar", "may have", "might",
    "possibly", "probably", "likely", "perhaps", "could have",
)

# --- quantities --------------------------------------------------------------------------------
ID_UNITS: Final[dict[str, int]] = {
    "nol": 0, "satu": 1, "seorang": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}  # "se" + a scale word (sepuluh, sebelas, seratus, seribu, sejuta) is one of that scale
ID_SCALES: Final[dict[str, int]] = {"belas": 10, "puluh": 10, "ratus": 100, "ribu": 1000, "juta": 1_000_000}
EN_UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1,
}
EN_SCALES: Final[dict[str, int]] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Hedge phrase -> kind.  "more" = min N+1; "least" = min N; "about" = N..N approximate;
# "nearly" = max N-1; "upto" = max N; "less" = max N-1; "exact" = N..N ("mencapai 47.306" is the toll
# reached, exactly 47,306, not "at most").
HEDGES: Final[dict[str, str]] = {
    "lebih dari": "more", "lebih daripada": "more", "more than": "more", "over": "more", "lebih": "more",
    "sedikitnya": "least", "setidaknya": "least", "paling sedikit": "least", "minimal": "least",
    "at least": "least", "no fewer than": "least", "sedikitnya ada": "least", "setidaknya ada": "least",
    "mencapai": "exact", "reached": "exact", "sebanyak": "exact", "a total of": "exact", "total": "exact",
    "sekitar": "about", "kira-kira": "about", "sekira": "about", "kurang lebih": "about",
    "lebih kurang": "about", "about": "about", "around": "about", "some": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about", "estimated": "about",
    "hampir": "nearly", "nyaris": "nearly", "nearly": "nearly", "almost": "nearly",
    "hingga": "upto", "sampai": "upto", "up to": "upto", "as many as": "upto",
    "kurang dari": "less", "less than": "less", "fewer than": "less",
}
# Vague plurals -> (min, max).  "puluhan ribu" (tens of thousands) scales the second word.
VAGUE: Final[dict[str, tuple[int, int]]] = {
    "belasan": (11, 19), "puluhan": (10, 99), "ratusan": (100, 999), "ribuan": (1000, 9999),
    "jutaan": (1_000_000, 9_999_999), "dozens": (10, 99), "scores of": (20, 99),
    "hundreds": (100, 999), "thousands": (1000, 9999), "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999), "puluhan ribu": (10_000, 99_999),
    "ratusan ribu": (100_000, 999_999),
}

# --- language ----------------------------------------------------------------------------------
STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "id": frozenset([
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu", "dalam", "tidak", "akan",
        "telah", "juga", "adalah", "bahwa", "mereka", "kata", "oleh", "sebagai", "atau", "ada", "karena",
        "tersebut",
    ]),
    "en": frozenset([
        "the", "and", "of", "to", "in", "that", "is", "was", "for", "on", "with", "as", "by", "it", "from",
        "at", "are", "have", "has", "said", "were", "their", "be", "this", "an", "which",
    ]),
}

# --- dates -------------------------------------------------------------------------------------
WEEKDAYS: Final[dict[str, int]] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
MONTHS: Final[dict[str, int]] = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
    "september": 9, "oktober": 10, "november": 11, "desember": 12, "nopember": 11, "pebruari": 2,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "agu": 8, "agt": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
RELATIVE_DAYS: Final[dict[str, int]] = {
    "kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "yesterday": -1, "today": 0,
    "tomorrow": 1, "tadi malam": -1, "semalam": -1, "last night": -1,
}

# --- text preparation --------------------------------------------------------------------------
# Lines (or line tails) that are site furniture, never reporting.  Regexes, case-insensitive,
# matched against a whole normalised line; a match drops the line.
BOILERPLATE_LINES: Final[tuple[str, ...]] = (
    r"baca(?:\s+juga)?\s*(?:[:.-].*)?",          # read-more links ...
    r"baca(?-i:[A-Z]).*",                        # ... also glued onto a title: "BacaPM Yaman: ..."
    r"(?:lihat|simak|tonton)\s+(?:juga|pula|video)\s*[:.-].*",
    r"(?:read|see)\s+(?:more|also)\s*[:.-].*", r"related\s*(?:articles?|stories|news)?\s*[:.-].*",
    r"about\s+\S.{0,60}?\s+\d+\s+articles?",
    r"be\s+the\s+first\s+to\s+comment", r".*\bakismet\b.*",
    r"(?:leave|post)\s+a\s+(?:reply|comment).*", r"\d+\s+comments?", r"no\s+comments?(?:\s+yet)?",
    r"advertisement", r"iklan", r"scroll\s+(?:to\s+continue|untuk\s+melanjutkan).*",
    r"(?:editor|penulis|reporter|pewarta|penyunting|sumber|source|writer|photo|foto)\s*:.*",
    r"(?:copyright|hak\s+cipta)\b.*", r"©.*", r"\(c\)\s*\d{4}.*",
    r"(?:share|bagikan|follow|ikuti)\s+(?:this|us|kami|artikel|on)?.*", r"tags?\s*:.*",
    r"(?:all\s+rights\s+reserved|sign\s+up|subscribe).*",
)
# Read-more tails glued inside a paragraph: cut from the cue to the end of the line.
BOILERPLATE_TAILS: Final[tuple[str, ...]] = (
    r"\bBACA\s+JUGA\b.*", r"\bBaca\s+juga\s*:.*", r"\bBaca\s*:.*", r"\bRead\s+more\s*:.*",
    r"\bBaca(?=[A-Z])\S.*", r"[(\[]\s*(?i:baca|lihat|simak|tonton)\s+(?i:juga|pula|video)\s*:.*",
    r"[(\[]\s*(?i:read\s+more|see\s+also|watch)\s*:.*",
)
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(_split(
    "dr mr mrs ms prof gen lt col sgt capt maj st jl no vs dll dsb dst tsb u.s u.n a.s sdr bpk hlm jr "
    "sr inc ltd co corp dept gov sen rep ir h drs kol letjen mayjen brigjen jend pres jan feb mar apr jun "
    "jul aug agu agt sep sept oct okt nov dec des"
))
