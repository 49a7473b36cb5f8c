"""Word lists of figures: victims and their hurt (``kb.extract.casualties``) and what a figure counts
over (``kb.extract.scope``).

Split from ``kb.extract.lexicon``, which keeps every name reachable as ``lexicon.NAME``; the same
rules hold: matched on the normalised text, case folded, on word boundaries, Indonesian and English
side by side.
"""

from __future__ import annotations

from typing import Final

_WEEKDAY = (r"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday"
            r"|sunday")
_FEW = (r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|two|three|four|five|six|seven|eight|nine"
        r"|ten|several")

# --- casualties --------------------------------------------------------------------------------
# Noun -> class of victim (soldier, civilian, person); "death" nouns need no predicate.
CASUALTY_NOUNS: Final[dict[str, str]] = {
    "tentara": "soldier", "prajurit": "soldier", "serdadu": "soldier", "personel militer": "soldier",
    "personel": "soldier", "personil": "soldier", "pasukan": "soldier", "militan": "soldier", "pejuang": "soldier",
    "anggota militer": "soldier", "soldiers": "soldier", "troops": "soldier", "servicemen": "soldier",
    "fighters": "soldier", "militants": "soldier", "military personnel": "soldier",
    "warga sipil": "civilian", "penduduk sipil": "civilian", "orang sipil": "civilian", "sipil": "civilian",
    "civilians": "civilian", "civilian": "civilian", "warga": "civilian", "anak-anak": "civilian",
    "petempur": "soldier", "tentara bayaran": "soldier", "mercenaries": "soldier", "crew members": "soldier",
    "awak": "soldier", "lainnya": "same", "others": "same",
    "children": "civilian", "orang": "person", "people": "person", "persons": "person", "korban": "person",
    "individuals": "person", "paramedics": "civilian", "paramedis": "civilian", "petugas medis": "civilian",
    "petugas darurat": "civilian", "personel darurat": "civilian", "rescuers": "civilian",
    "rescue workers": "civilian",
    "jiwa": "death", "nyawa": "death", "lives": "death", "deaths": "death", "kematian": "death",
    "korban jiwa": "death", "korban tewas": "death", "dead": "death", "bodies": "death", "jenazah": "death",
    "mayat": "death", "corpses": "death", "injuries": "person",  # "12 deaths and 40 injuries": 40 wounded
    "paratroopers": "soldier", "marines": "soldier", "conscripts": "soldier", "combatants": "soldier",
    "gunmen": "soldier", "terrorists": "soldier", "teroris": "soldier",
    "commandos": "soldier", "personnel": "soldier", "naval personnel": "soldier",
    # a ship's people: a merchant crew are no side's soldiers ("two sailors were killed", "tiga pelaut tewas")
    "sailors": "person", "seafarers": "person", "mariners": "person", "crewmen": "person", "pelaut": "person",
    "anak buah kapal": "person", "pasukan terjun payung": "soldier", "marinir": "soldier",
    "kombatan": "soldier", "milisi": "soldier", "militiamen": "soldier", "police officers": "civilian",
    "policemen": "civilian", "polisi": "civilian", "journalists": "civilian", "wartawan": "civilian",
    "jurnalis": "civilian", "aid workers": "civilian", "pekerja bantuan": "civilian", "relawan": "civilian",
    "hostages": "civilian", "sandera": "civilian", "patients": "civilian", "pasien": "civilian",
    "women": "civilian", "perempuan": "civilian", "wanita": "civilian", "refugees": "civilian",
    "pengungsi": "civilian", "anak": "civilian", "balita": "civilian", "residents": "civilian",
    "penduduk": "civilian", "medics": "civilian", "tenaga medis": "civilian", "staff members": "civilian",
    # counted people ("two girls", "five members of one family", "Dua anggota staf"): the victims by who they were
    "girls": "civilian", "boys": "civilian", "men": "person", "villagers": "civilian", "minors": "civilian",
    "teenagers": "civilian", "members": "person", "family members": "civilian", "anggota": "person",
    "anggota keluarga": "civilian", "fatalities": "death", "jenderal": "soldier", "generals": "soldier",
    "officers": "soldier", "perwira": "soldier", "commanders": "soldier", "komandan": "soldier",
    # one victim in English ("a soldier was killed", "an aid worker was wounded": kb.extract.singular)
    "soldier": "soldier", "serviceman": "soldier", "servicewoman": "soldier", "fighter": "soldier",
    "militant": "soldier", "officer": "soldier", "commander": "soldier", "policeman": "civilian",
    "police officer": "civilian", "man": "person", "woman": "civilian", "child": "civilian", "boy": "civilian",
    "girl": "civilian", "baby": "civilian", "teenager": "civilian", "person": "person", "resident": "civilian",
    "villager": "civilian", "journalist": "civilian", "reporter": "civilian", "photographer": "civilian",
    "aid worker": "civilian", "medic": "civilian", "paramedic": "civilian", "doctor": "civilian",
    "nurse": "civilian", "volunteer": "civilian", "worker": "civilian", "farmer": "civilian",
    "student": "civilian", "pensioner": "civilian", "driver": "civilian",
    # trades and descriptions that real reports name victims by (issue 13, casualty recall round 1)
    "tenaga kesehatan": "civilian", "petugas kesehatan": "civilian", "health workers": "civilian",
    "emergency workers": "civilian", "cameramen": "civilian", "cameraman": "civilian", "volunteers": "civilian",
    "photographers": "civilian", "reporters": "civilian", "contributors": "civilian", "contributor": "civilian",
    "freelancers": "civilian", "freelancer": "civilian", "doctors": "civilian", "nurses": "civilian",
    "individu bersenjata": "soldier", "orang bersenjata": "soldier", "armed individuals": "soldier",
    # who one victim was in Indonesian, as the English list above ("seorang pria tewas", "seorang penjaga tewas",
    # "dua sopir terluka"): a newcomer's trial on an unseen article lost both of its deaths to these words
    "pria": "person", "laki-laki": "person", "lelaki": "person", "bocah": "civilian", "remaja": "civilian",
    "penjaga": "person", "guard": "person", "guards": "person", "satpam": "civilian", "sopir": "civilian",
    "pengemudi": "civilian", "petani": "civilian", "nelayan": "civilian", "gadis": "civilian", "murid": "civilian",
    "anak laki-laki": "civilian", "anak perempuan": "civilian",
    "pelajar": "civilian", "siswa": "civilian", "mahasiswa": "civilian",
    "lansia": "civilian", "dokter": "civilian", "perawat": "civilian",  # ("menurut seorang dokter" is a source:
    # kb.extract.unhurt.a_source)
    # kin and ages a family's dead are counted by ("a father, a mother and three of their children": kb.extract.sums)
    "mother": "civilian", "mothers": "civilian", "father": "civilian", "fathers": "civilian", "son": "civilian",
    "sons": "civilian", "daughter": "civilian", "daughters": "civilian", "wife": "civilian", "husband": "civilian",
    "brothers": "civilian", "sisters": "civilian", "babies": "civilian", "infants": "civilian",
    "elderly people": "civilian", "grandchildren": "civilian", "grandsons": "civilian", "granddaughters": "civilian",
    "nephews": "civilian", "nieces": "civilian", "ayah": "civilian", "ibu": "civilian", "infant": "civilian",
    "brother": "civilian", "sister": "civilian",
    "istri": "civilian", "suami": "civilian", "putra": "civilian", "putri": "civilian", "bayi": "civilian",
    "cucu": "civilian", "kakek": "civilian", "nenek": "civilian",
    # fighters and citizens as reports count them (cas15; "martyrs" cost dev precision: restated tolls)
    "rebels": "soldier", "rebel": "soldier", "insurgents": "soldier", "pemberontak": "soldier",
    "gerilyawan": "soldier", "citizens": "civilian", "citizen": "civilian",
    "casualties": "person",  # "12 casualties": killed and wounded together (kb.extract.casualties)
    # civil defence staff are no soldiers, whatever "personel" says alone; workers of any trade are civilians
    "personel pertahanan sipil": "civilian", "civil defence personnel": "civilian",
    "civil defense personnel": "civilian",
    "workers": "civilian", "medical workers": "civilian", "health care workers": "civilian",
    # one of a party's people named by post ("a Hezbollah official was killed": kb.extract.singular)
    "official": "person", "member": "person", "leader": "person", "employee": "civilian",
    "employees": "civilian", "karyawan": "civilian", "pegawai": "civilian", "staf": "civilian",
    # the plurals and Indonesian forms of trades and gatherings above that were missing (issue 13, session 19: "two
    # other shop workers", "lima petugas penyelamat", "worshippers at a mosque", "para penumpang bus")
    "fishermen": "civilian", "students": "civilian", "teachers": "civilian",
    "teacher": "civilian", "guru": "civilian", "pekerja": "civilian", "buruh": "civilian", "labourers": "civilian",
    "laborers": "civilian", "staff": "civilian", "shepherds": "civilian", "penggembala": "civilian",
    "traders": "civilian", "pedagang": "civilian", "shoppers": "civilian", "pilgrims": "civilian",
    "worshippers": "civilian", "worshipers": "civilian", "jamaah": "civilian", "jemaah": "civilian",
    "monks": "civilian", "biksu": "civilian", "priests": "civilian", "protesters": "civilian",
    "demonstrators": "civilian", "pengunjuk rasa": "civilian", "passengers": "civilian", "penumpang": "civilian",
    "drivers": "civilian", "relatives": "civilian", "kerabat": "civilian", "penyelamat": "civilian",
    "petugas penyelamat": "civilian", "tim penyelamat": "civilian", "engineers": "civilian", "insinyur": "civilian",
    # counted victims by the word itself, dissidents and siblings (issue 13, session 20: "killed eleven victims",
    # "enam pembangkang tewas", "three siblings", "tiga bersaudara", "dua kakak beradik", "demonstran")
    "victims": "person", "dissidents": "civilian", "pembangkang": "civilian", "siblings": "civilian",
    "bersaudara": "civilian", "kakak beradik": "civilian", "demonstran": "civilian",
    # people counted by their country ("killed at least 10 Syrian nationals", "lima warga negara asing"): no soldiers
    "nationals": "civilian", "warga negara": "civilian", "migrants": "civilian", "migran": "civilian",
    # who else wars kill and reports count (session 26: "six Russian peacekeepers were killed" made no claim)
    "peacekeepers": "soldier", "peacekeeper": "soldier", "penjaga perdamaian": "soldier", "recruits": "soldier",
    "cadets": "soldier", "sappers": "soldier", "guerrillas": "soldier", "jihadists": "soldier", "police": "civilian",
    "settlers": "civilian", "settler": "civilian", "pemukim": "civilian", "detainees": "person", "prisoners": "person",
    "prisoner": "person", "tahanan": "person", "narapidana": "person", "toddlers": "civilian",
    "firefighters": "civilian", "firefighter": "civilian", "pemadam kebakaran": "civilian", "observers": "civilian",
    "diplomats": "civilian", "diplomat": "civilian", "pilots": "person", "pilot": "person", "crew": "person",
    "foreigners": "civilian", "tourists": "civilian", "tourist": "civilian",
    "turis": "civilian", "wisatawan": "civilian", "staffers": "civilian", "contractors": "civilian",
    "contractor": "civilian",
    # trades a village's dead are counted by, probed word by word (session 34 sweep: "killed 30 herders")
    "herders": "civilian", "herder": "civilian",
    "miners": "civilian", "vendors": "civilian", "penambang": "civilian", "peziarah": "civilian",
}
KILLED: Final[tuple[str, ...]] = (
    "tewas", "terbunuh", "meninggal", "meninggal dunia", "gugur", "disingkirkan", "dibunuh", "menewaskan",
    "merenggut", "kematian", "dilumpuhkan", "membunuh", "terbunuhnya", "tewasnya", "killed", "dead", "died",
    "die", "eliminated", "lost their lives", "kills",
    "death toll", "death count", "body count", "deaths", "killing", "claimed", "kehilangan", "lost",
    "syahid", "tewaskan", "fatalities", "the death of",
    "the loss of",  # "reported the loss of 14 soldiers" (as "kehilangan 40 tentara")
    "claiming the lives", "claiming the life", "claiming lives", "took the lives", "taking the lives",
    # idioms of dying ("meregang nyawa", "kehilangan nyawa", "lost his life")
    "meregang nyawa", "kehilangan nyawa", "lost his life", "lost her life",
    "killings",  # "the killings of 72 civilians"
    # the dead honoured by their side ("50 servicemen were martyred", "menjadi syahid", "mati syahid")
    "martyred", "were martyred", "was martyred",
    # dying of wounds ("succumbed to their wounds": rec20; the plain Indonesian "mati" is read in kb.extract.hurt),
    # the literary and the deliberate deaths ("perished", "were slain", "were massacred", "were executed",
    # "dibantai"; not "had been executed", which an attack is as often), "reported losing 15 soldiers", "menjadi
    # korban jiwa"
    "succumbed", "died of", "perished", "slain", "massacred", "were executed", "dibantai", "losing",
    # finishing off as killing ("telah menghabisi 4.300 tentara", "dihabisi")
    "menghabisi", "dihabisi",
    "menjadi korban jiwa",
    # the rest of the language's words for dying and killing, probed word by word (session 26)
    "wafat", "dieksekusi", "menemui ajal", "menghembuskan napas terakhir", "menghembuskan nafas terakhir",
    "slaughtered",
    # a misspelling common enough in Indonesian news to be read as the word (session 34 sweep: "12 warga meningal")
    "meningal", "meningal dunia",
    # a death told by how it came (fresh34, batch 25: "three old men were burned to death" was read as nothing)
    "burned to death", "burnt to death",
)
WOUNDED: Final[tuple[str, ...]] = (
    "luka", "terluka", "luka-luka", "cedera", "cidera", "melukai", "mencederai", "wounded", "injured", "injuring",
    "wounding", "hurt",
    # periphrases: "sustained injuries", "were admitted to hospitals with injuries"
    "sustained injuries", "suffered injuries", "with injuries", "sustained wounds", "suffered wounds",
    # in hospital for their wounds ("40 others were hospitalised", "40 lainnya dirawat di rumah sakit": rec20)
    "hospitalised", "hospitalized", "treated for injuries", "treated for wounds", "dirawat di rumah sakit",
    "dilarikan ke rumah sakit",
    "maimed",
    # the -i verb without its prefix, as headlines write it ("Rudal Lukai 9 Orang"), and "luka2", the reduplication
    # written with a 2 (session 34 sweep)
    "lukai", "cederai", "luka2",
)
UNITS: Final[dict[tuple[str, str], str]] = {
    ("soldier", "killed"): "soldiers killed", ("soldier", "wounded"): "soldiers wounded",
    ("civilian", "killed"): "civilians killed", ("civilian", "wounded"): "civilians wounded",
    ("person", "killed"): "deaths", ("person", "wounded"): "wounded", ("death", "killed"): "deaths",
}
KILLED_AND_WOUNDED: Final = "killed and wounded"

# --- what a figure counts over (kb/extract/scope.py) ------------------------------------------
# Words that make a figure a running total ("since", "so far", "in total"); regexes.
CUMULATIVE_CUES: Final[tuple[str, ...]] = (
    # "since Sunday morning" is that day's toll (a period); "since Sunday" a running total like "since 27 September"
    rf"since(?!\s+(?:{_WEEKDAY})\s+morning)", rf"sejak(?!\s+(?:hari\s+)?(?:{_WEEKDAY})\s+pagi)", r"so\s+far",
    r"to\s+date",
    r"thus\s+far", r"sejauh\s+ini", r"hingga\s+(?:kini|sekarang)",
    # the count as it stands: "saat ini ada 32 orang yang tewas", "there are 10 confirmed deaths"
    r"saat\s+ini\s+(?:ada|tercatat|sudah|telah|mencapai)",
    r"there\s+(?:are|have\s+been)(?:\s+now)?(?=\s+(?:at\s+least\s+|more\s+than\s+|about\s+|nearly\s+|some\s+)?\d)",
    r"(?:hingga|sampai)\s+saat\s+ini", r"sampai\s+(?:kini|sekarang)", r"in\s+total", r"a\s+total\s+of",
    r"total(?:nya)?",
    r"secara\s+keseluruhan", r"overall", r"cumulative", r"kumulatif",
    r"(?:death\s+)?toll\s+(?:has\s+|had\s+)?(?:risen|rose|climbed|reached|stands|stood|now\s+stands"
    r"|exceeded|passed|surpassed|topped|crossed)",
    # the toll named far from its verb ("the death toll in more than a year of war had reached 4,000")
    r"death\s+toll\s+(?:[\w,'\u2019-]+\s+){1,20}?(?:has\s+|had\s+|now\s+)?(?:risen|rose|climbed|reached"
    r"|exceeded|passed|surpassed|topped|crossed)",
    # a count that has gone past a mark is the count so far ("the number of dead has now passed 900", "telah
    # melampaui 900 orang"): a strike's toll is told, not said to have gone beyond a round mark
    r"(?:has|have|had|telah|sudah)\s+(?:now\s+|kini\s+)?(?:exceeded|surpassed|passed|topped|crossed|melebihi"
    r"|melampaui|menembus)(?=\s+(?:more\s+than\s+|lebih\s+dari\s+)?\d)",
    # a stretch of months or years is the war's toll so far ("over the past 14 months", "in more than a year
    # of war", "dalam dua bulan terakhir", "selama setahun perang")
    r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:months|years|year)",
    r"(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?(?:a|one|two|three|four|five|six|\d+)\s+(?:months?|years?)\s+"
    r"of\s+(?:the\s+)?(?:war|fighting|conflict)",
    r"(?:dalam|selama)\s+(?:[\w-]+\s+)?(?:bulan|tahun)\s+terakhir",
    r"(?:lebih\s+dari\s+)?(?:setahun|sebulan|(?:[\w-]+\s+)(?:bulan|tahun))\s+(?:perang|konflik|pertempuran)",
    r"jumlah\s+korban(?:\s+(?:tewas|jiwa|meninggal|luka))?\s+(?:\w+\s+)?(?:mencapai|menjadi)",
    r"bringing\s+(?:the|its|their)\s+(?:overall\s+|total\s+)?(?:total|toll|death\s+toll)", r"sehingga\s+total",
    r"(?:throughout|during)\s+the\s+(?:war|conflict)",
    r"(?:selama|sepanjang)\s+(?:perang|konflik|operasi)",
    # a campaign that goes on is the killer of a running total, not one strike ("have died as a result of the
    # continuous bombardment", "dalam serangan yang terus-menerus"; "continued shelling on Monday" is that day's)
    r"(?:continuous|ongoing|relentless|incessant|unrelenting)\s+(?:bombardment|bombing"
    r"|shelling|offensive|assault|attacks|strikes|air\s+strikes|airstrikes|campaign)",
    r"(?:serangan|pengeboman|pemboman|gempuran)\s+(?:\w+\s+)?(?:yang\s+)?(?:terus-menerus|tanpa\s+henti|berkelanjutan)",
)
# A whole war, fighting or crackdown as the killer: a running total of all sides ("the fighting has claimed").
WAR_NOUNS: Final[tuple[str, ...]] = (
    "war", "civil war", "fighting", "conflict", "clashes", "crackdown", "hostilities", "military operation",
    "perang", "perang saudara", "konflik", "pertempuran", "bentrokan", "perebutan kekuasaan", "operasi militer",
    "pertikaian",
)
# Words that bound a figure to a stretch of time ("in the past 24 hours", "overnight", "pekan ini"); regexes.
PERIOD_CUES: Final[tuple[str, ...]] = (
    r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:24|twenty-four|48|forty-eight|72)\s+hours",
    r"(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?:day|week|month|\d+\s+(?:days|weeks))",
    # ("dalam kurun 24 jam terakhir", "dalam kurun waktu": a stretch named as such; session 34, fresh34 E2)
    r"(?:dalam|selama)\s+(?:kurun\s+(?:waktu\s+)?)?(?:24|48|72)\s+jam(?:\s+terakhir)?",
    r"(?:dalam|selama)\s+(?:kurun\s+(?:waktu\s+)?)?\d+\s+(?:hari|pekan|minggu)\s+terakhir",
    # a few days counted in words, a span of days, the day before ("selama dua hari terakhir", "dalam rentang 10
    # hari", "over three days", "pada hari sebelumnya"), a morning since, a day alone
    rf"(?:dalam|selama)\s+(?:rentang\s+(?:waktu\s+)?)?(?:{_FEW}|\d+)\s+hari(?:\s+terakhir)?",
    rf"(?:in|over|during|within)\s+(?:the\s+(?:past|last|previous)\s+)?(?:{_FEW})\s+days",
    r"(?:pada\s+)?hari\s+sebelumnya", r"the\s+(?:previous|preceding)\s+day", r"the\s+day\s+before",
    rf"since\s+(?:{_WEEKDAY})\s+morning", rf"sejak\s+(?:hari\s+)?(?:{_WEEKDAY})\s+pagi",
    # "400 were killed on Monday alone": that day's toll
    rf"(?:on\s+)?(?:{_WEEKDAY})\s+alone", rf"(?:pada\s+)?(?:hari\s+)?(?:{_WEEKDAY})\s+saja",
    r"(?:sepekan|seminggu|sehari)\s+terakhir", r"dalam\s+(?:sehari|satu\s+hari)", r"in\s+(?:a|one)\s+(?:single\s+)?day",
    r"in\s+(?:a|one)\s+(?:single\s+)?week", r"dalam\s+(?:sepekan|seminggu|satu\s+minggu)",
    r"overnight", r"tonight", r"last\s+night", r"today", r"yesterday", r"this\s+week", r"last\s+week",
    r"over\s+the\s+weekend", r"a\s+day\s+earlier", r"semalam", r"tadi\s+malam", r"malam\s+ini", r"hari\s+ini",
    r"kemarin",
    r"(?:pekan|minggu)\s+(?:ini|lalu)", r"akhir\s+pekan",
    # the day's toll so far: "since dawn", "sejak subuh" (a "since" that starts today, not the war)
    r"since\s+(?:dawn|daybreak|(?:this|early)\s+morning|midnight)",
    r"sejak\s+(?:subuh|fajar|dini\s+hari|pagi(?:\s+tadi)?)",
)
# Strikes spread over many places or coming in waves: a stretch's toll, never one incident, even with a day
# or a place ("in strikes across different areas of the south", "di berbagai wilayah", "gelombang serangan").
SPREAD_CUES: Final[tuple[str, ...]] = (
    r"(?:across|throughout|in)\s+(?:different|various|several|multiple|many)\s+(?:areas|parts|regions|locations"
    r"|districts|towns|villages|neighbou?rhoods)",
    r"(?:shelling|striking|bombing|pounding|targeting)\s+(?:different|various|several|multiple|many)\s+\w+",
    r"(?:di|ke)\s+(?:berbagai|seluruh|sejumlah|banyak)\s+(?:wilayah|daerah|kawasan|lokasi|tempat|kota|desa)",
    r"(?:menargetkan|menggempur|membombardir|menyerang)\s+(?:berbagai|sejumlah|banyak)\s+\w+",
    r"gelombang\s+(?:baru\s+)?(?:serangan|gempuran|pengeboman|pemboman)",
    r"waves?\s+of\s+(?:\w+\s+)?(?:strikes|attacks|raids)",
)
# One strike or attack; with a determiner or a place it is one incident ("in the strike", "serangan itu").
INCIDENT_NOUNS: Final[tuple[str, ...]] = (
    "strike", "strikes", "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "raid", "attack",
    "attacks", "shelling", "bombing", "bombardment", "blast", "explosion", "shooting", "massacre", "ambush",
    "drone strike", "missile strike", "rocket attack", "serangan", "serangan udara", "serangan rudal",
    "serangan drone", "serangan roket", "penembakan", "pengeboman", "pemboman", "ledakan", "pembantaian",
    "penyergapan", "gempuran", "agresi", "agresi militer", "tembakan", "rudal", "missile", "helicopter raid",
    # a bombing told by its verb or its bombs: "the junta bombed a village", "menjatuhkan dua bom", "bombardir"
    "bombed", "bombarded", "shelled", "mengebom", "membom", "membombardir", "bombardir", "bom",
)
# "15 more", "another 20", "4 korban jiwa baru", "bertambah 12": a figure added to an earlier total.  Regexes
# for the words right before the figure, and right after it (at most two words of the victim noun between).
INCREMENT_BEFORE: Final[tuple[str, ...]] = (
    r"another", r"an\s+additional", r"(?:bertambah|naik|meningkat)(?!\s+menjadi)", r"rose\s+by", r"increased\s+by",
    r"tambahan", r"further",
)
INCREMENT_AFTER: Final[tuple[str, ...]] = (r"more", r"additional", r"further", r"new", r"lagi", r"baru")
