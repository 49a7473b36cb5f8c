"""Word lists of speaker phrases: the nouns that head one, the words that extend or end it, and what makes it
an organisation or an unnamed institutional voice (``kb.extract.speakers``, ``mentions``, ``agents``).

Split from ``kb.extract.lexicon_speech`` (the verbs and relays stay there); ``kb.extract.lexicon`` re-exports
every name here. Matched on the normalised text, case folded, on word boundaries, Indonesian and English side
by side.
"""

from __future__ import annotations

from typing import Final

# Nouns that head a speaker phrase the gazetteer does not know ("Pejabat pertahanan Armenia").
SPEAKER_HEADS: Final[tuple[str, ...]] = (
    "pejabat", "para pejabat", "sumber", "juru bicara", "jubir", "pihak", "kementerian", "militer",
    "tentara", "pasukan", "kepala", "komandan", "menteri", "presiden", "perdana menteri", "duta besar",
    "dubes", "penasihat", "pengamat", "analis", "warga", "saksi", "otoritas", "pemerintah", "kantor",
    "wakil", "direktur", "ketua", "sekretaris", "officials", "official", "sources", "source",
    "spokesman", "spokeswoman", "spokesperson", "ministry", "military", "army", "authorities",
    "kelompok", "gerakan", "milisi", "paramiliter", "pemantau", "pengunjuk rasa", "demonstran", "dokter",
    # ministers by the usual short forms (session 31): "Menlu Iran mengatakan", "Menhan Israel menyebut"
    "menlu", "menhan", "menkes", "mendagri", "wamenlu",
    "petugas", "tim", "gubernur", "wali kota", "walikota", "polisi", "panglima", "jenderal", "utusan",
    "juru runding", "pemimpin", "badan", "lembaga", "organisasi", "komite", "rumah sakit", "relawan",
    # go-betweens speak for themselves: "international mediators have urged both sides to ..."
    "mediators",
    # who study the war speak as a body of their own: "researchers estimate ...", "para peneliti memperkirakan"
    "researchers", "researcher", "experts", "scientists", "scholars", "academics", "peneliti", "para peneliti", "pakar",
    "akademisi", "universities", "university", "universitas",  # "a study by US universities estimates ..."
    # a party's arm speaks for it: "Hamas's armed wing", "sayap militer Hamas", "the group's political bureau"
    "wing", "sayap", "bureau", "biro",
    # armed groups named by what they are: "the separatists said", "pemberontak mengatakan"
    "rebels", "separatists", "insurgents", "militants", "guerrillas", "pemberontak", "separatis", "militan",
    "gerilyawan",
    # bodies whose head is written in lower case after it ("Jaringan dokter tersebut", "the doctors' union")
    "jaringan", "asosiasi", "serikat", "persatuan", "koalisi", "aliansi", "komisi", "dewan", "yayasan",
    "observatorium", "association", "union", "alliance", "commission", "council",
    "observatory",
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
    # medical workers as Indonesian news names them ("tenaga medis setempat menyebut", "nakes di RS X", "paramedis")
    "tenaga", "nakes", "paramedis",  # ("tenaga" alone: each word of a head is a head word, "kesehatan" must not be)
    "pusat medis", "klinik", "puskesmas", "clinic",  # "sumber di pusat medis X": the facility, its name after it
    # research and rights bodies named in capitals ("the ... Data Project", "Human Rights League")
    "project", "proyek", "initiative", "league", "society",
    # "the Russian side", "the Azerbaijani side": the state speaking (the seeds conventions)
    "side",
    # blocs of states no gazetteer names one by one: "Western powers", "Arab governments", "negara-negara Barat"
    "powers", "governments", "negara-negara",
    # the media as a source ("according to local media", "menurut media yang dikelola Houthi")
    "media", "outlets", "newspapers", "broadcasters",
    # bodies that count the dead: "the UN human rights monitoring mission", "misi pemantau PBB"
    "mission", "misi", "observers", "pemantau", "ngo", "charity", "red crescent", "bulan sabit merah",
    # people at the scene by their work ("said an emergency worker", "a nurse at the hospital told AFP",
    # "kata seorang perawat"): an unnamed source like a witness
    "worker", "workers", "nurse", "nurses", "doctor", "medic", "paramedic", "rescuer", "volunteer", "volunteers",
    "surgeon", "perawat", "pekerja",
    # a member of a group speaking for it ("an anti-junta militia member said", "anggota milisi")
    "member", "members",
    # departments and elders the gazetteer does not list (session 20): "the regional health department said",
    # "Direktorat Kesehatan", "village elders told AFP", "tetua desa"
    "department", "departments", "departemen", "directorate", "direktorat", "elders", "tetua", "morgue",
    # more people of the scene who speak as unnamed sources (session 34's sweep, and batch 25 read blind): "a
    # village elder said", "kata seorang guru", "a teacher and a priest said", "menurut pengungsi"
    "elder", "guru", "teacher", "teachers", "imam", "priest", "monk", "biksu", "pastor", "villager", "villagers",
    "survivor", "survivors", "penyintas", "refugee", "refugees", "pengungsi", "bidan",
    "midwife", "anggota",
)
# Words that may extend a speaker phrase around a name ("Pejabat militer Armenia dan Karabakh").
NP_WORDS: Final[tuple[str, ...]] = (
    "pertahanan", "luar", "negeri", "militer", "senior", "tinggi", "kedua", "keamanan", "kepresidenan",
    "kantor", "para", "sejumlah", "beberapa", "dan", "serta", "defence", "defense", "foreign", "military",
    "top", "government", "security", "presidential", "office", "several", "some", "a", "an", "the", "and",
    "of", "for", "bicara", "juru", "itu", "tersebut", "negara", "state", "separatis", "separatist",
    "resmi", "setempat", "lokal", "nasional", "regional",  # "kantor berita resmi Suriah SANA"
    "television", "tv", "channel", "televisi",  # "the Houthi-run Masirah TV channel quoted"
    "seorang", "sebuah", "satu", "one",  # "Seorang pejabat Kementerian Kesehatan Gaza": a count, no name's word
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
    "via", "through", "quoted", "cited", "told", "before", "because", "that", "adding", "menambahkan", "dinukil",
    "per",
    # an auxiliary opens the predicate: "yang menurut pihak berwenang Palestina telah menewaskan 9.140 orang"
    "telah", "sudah", "akan", "masih", "sedang", "belum", "has", "have", "had", "was", "were", "is", "are",
    # a modal opens it too: "yang menurut sumber dan pejabat bisa mencapai 5.000", "according to X could reach"
    "bisa", "dapat", "mungkin", "could", "might", "may", "would",
)
# Heads of an institution's unnamed voice, never one person's office: with no holder in the article, the words
# as written speak ("the local authorities said", "otoritas setempat", "pihak berwenang") rather than the outlet.
UNNAMED_VOICES: Final[tuple[str, ...]] = ("authorities", "officials", "otoritas", "berwenang", "pejabat",
                                          "administration")
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
    "project", "proyek", "initiative", "monitor", "league", "society",  # research and rights bodies
)
# Words opening a parenthetical between a speaker and the verb (", in a televised address,").
PARENTHETICAL: Final[tuple[str, ...]] = (
    "dalam", "di", "pada", "saat", "ketika", "yang", "setelah", "usai", "sambil", "in", "on", "at",
    "during", "which", "who", "whose", "when", "after", "speaking", "berbicara", "following", "menyusul",
    "reporting", "writing", "melaporkan",  # a correspondent's place: "Hani Mahmoud, reporting from Gaza, said"
    "a", "an", "the", "seorang",  # appositions: ", an aide to President Aliyev, wrote"
    "sebuah", "suatu", "salah satu", "kelompok", "organisasi",  # "RSF, (sebuah) kelompok paramiliter, mengakui"
    # who runs or backs the speaker: "Al-Masirah TV, run by the Houthis, reported", "X, based in Britain, said"
    "run", "controlled", "owned", "backed", "based", "affiliated", "allied", "dikelola", "dikuasai", "berbasis",
    "seperti", "sebagaimana", "as",  # a relay between speaker and verb: "X, seperti dilansir Reuters, mengatakan"
    "quoted", "cited", "dikutip", "dilansir",  # "Gladkov, quoted by TASS, said": the relay, not the speaker
    # appositions that open with the role itself: "Ahmed Salem, juru bicara Houthi, mengatakan"
    "juru bicara", "jubir", "kepala", "ketua", "pemimpin", "komandan", "panglima", "direktur", "wakil",
    "penasihat", "utusan", "sekretaris", "spokesman", "spokeswoman", "spokesperson", "head", "chief",
    "commander", "leader", "director", "deputy", "adviser", "advisor", "envoy",
)
