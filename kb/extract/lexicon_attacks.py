"""Word lists of attacks and wrongdoing: what a speaker pins on a party (``kb.extract.attacks``).

Split from ``kb.extract.lexicon`` (which re-exports every name here, so ``lexicon.ATTACK_VERBS``
still works); the same rules hold: matched on the normalised text, case folded, on word
boundaries, Indonesian and English side by side.
"""

from __future__ import annotations

from typing import Final

# Verbs of armed attack: when a party other than the speaker's is their agent, the claim accuses it.
ATTACK_CUES: Final[tuple[str, ...]] = (
    "menembaki", "menembak", "menyerang", "menggempur", "menghantam", "membombardir", "melancarkan serangan",
    "menargetkan", "mengebom", "serangan", "gempuran", "penembakan", "shelled", "shelling", "fired", "hit",
    "struck", "attacked", "attacks", "attack", "bombed", "targeted", "targeting", "launched", "strikes",
    "tembakan", "serangan udara", "serangan roket",
    # fire and strikes named by their arm ("heavy artillery fire from X", "Israeli airstrikes", "bombardment by X")
    "artillery fire", "rocket fire", "mortar fire", "sniper fire", "gunfire", "bombardment", "bombardments",
    "airstrikes", "airstrike", "air strikes", "drone strikes", "missile strikes",
)

def _english_forms(stems: tuple[str, ...], finite: tuple[str, ...]) -> tuple[str, ...]:
    """Every tense of a regular English verb: "pound" -> pounded, pounding ("strafe" -> strafed, strafing;
    "pummel" -> pummelled, pummeled), and for ``finite`` stems, whose bare and -s forms are no noun a party
    could own ("Hamas targets"), the headline present too ("Russia pounds Kharkiv") and the base after "to".
    A hostile verb is a family, not the forms some article happened to use."""
    forms: list[str] = []
    for stem in stems:
        base = stem[:-1] if stem.endswith("e") else stem
        double = stem + stem[-1] if stem.endswith("el") else base
        forms += [base + "ed", base + "ing", double + "ed", double + "ing"]
        if stem in finite:
            forms += [stem, stem + "s"]
    return tuple(dict.fromkeys(forms))


# Hostile acts by their stems (every tense is matched): the verb of "X said Y's troops <verb> ..." that
# makes a report an accusation of Y (irregular forms such as "struck", "shot", "hit" are listed below).
ATTACK_STEMS_EN: Final[tuple[str, ...]] = (
    "shell", "bomb", "bombard", "attack", "pound", "pummel", "hammer", "strafe", "besiege", "assault", "raid",
    "storm", "target", "ambush", "torch", "overrun", "execute", "invade", "encircle", "blast",
)
_FINITE_EN: Final[tuple[str, ...]] = (
    "pound", "pummel", "hammer", "strafe", "besiege", "bombard", "torch", "invade", "encircle", "storm",
)
# Indonesian hostile verbs (meN- actives; "terus menggempur", "telah menghujani ... dengan roket").
INDONESIAN_ATTACK_VERBS: Final[tuple[str, ...]] = (
    "menghujani", "mengepung", "menyerbu", "merudal", "membom", "membombardir", "menggempur", "menembaki",
    "menyerang", "menyergap", "mengebom", "menghantam", "menyasar", "menargetkan", "memborbardir",
    "melepaskan tembakan", "melepas tembakan", "membakar habis",
    "menarget",  # the unsuffixed spelling of "menargetkan" that some outlets write
    "menewaskan",  # "killed" as a verb with its doer ("pasukan Israel menewaskan tiga warga"), as English "killed"

)
# Attacks and wrongdoing a speaker pins on a party: an accusation without an accusing verb.  Verbs
# take their agent before them ("pasukan X menembaki", "Y's forces were shelling"), nouns after
# "oleh"/"by" ("serangan yang dilakukan oleh X", "attack by X") or beside them ("Israeli strikes").
# ``WRONGDOING`` is what the reporter's own unattributed words accuse with; plain military action
# reported by the outlet is narration, not an accusation.
ATTACK_VERBS: Final[tuple[str, ...]] = (
    "shelled", "shelling", "shells", "attacked", "attacking", "bombed", "bombing", "bombarded", "struck",
    "fired on", "fired at", "fired upon", "opened fire", "launched airstrikes", "launched air strikes",
    "launched an attack", "launched attacks", "launched strikes", "launched a strike", "launched an offensive",
    "carried out airstrikes", "carried out air strikes", "carried out an attack", "carried out attacks",
    "carried out a raid", "carried out strikes", "carried out an airstrike", "dropped bombs", "strike",
    "targeted", "targeting", "raided", "invaded", "killed", "killing", "executed", "hit",
    "menembaki", "menyerang", "menggempur", "membombardir", "mengebom", "melancarkan serangan",
    "melakukan serangan", "meluncurkan serangan", "menargetkan", "membunuh", "mengeksekusi", "menembak",
    "menjatuhkan bom", "menyasar", "menginvasi", "fired into", "menghantam",
    "menembakkan", "meluncurkan rudal", "meluncurkan roket", "meluncurkan drone",
    "stormed", "storming", "menyerbu", "menggerebek", "attempted to attack", "tried to attack", "torched",
    "set fire to", "mencoba menyerang", "berusaha menyerang",
    "ambushed", "ambushing", "menyergap", "menyergapnya",
    # gunfire at people, every form ("soldiers shot two farmers", "seen to shoot men on motorbikes", "gunned down";
    # "shot down" is defence, dropped in ``attacks``; "were shot" is a passive, whose agent follows "by")
    "shot", "shoot", "shoots", "shot dead", "gunned down", "mowed down", "mown down",
    # base forms after "continued to", "began to", "plans to"
    "shell", "bomb", "bombard", "attack",
    # the progressive and present of the irregular ones ("drones were striking civilian infrastructure", "troops are
    # firing on the convoy"): "strikes" and "fire" stay nouns
    "striking", "hitting", "firing on", "firing at", "firing upon", "fires on", "fires at", "shooting at", "shot at",
    "opening fire", "opens fire",
    # fire aimed at a target named ("Russia aimed at a convoy of buses"; never "aimed at restoring peace")
    "aimed at a", "aimed at an", "aimed at the", "took aim at", "membidik",
    *_english_forms(ATTACK_STEMS_EN, _FINITE_EN), *INDONESIAN_ATTACK_VERBS,
)
WRONGDOING_VERBS: Final[tuple[str, ...]] = (
    "violated", "violating", "violates", "breached", "breaching", "broke the ceasefire", "broke the truce",
    # base forms after "continues to", "keeps trying to" ("continues to grossly violate the ceasefire regime")
    "violate", "breach the ceasefire", "breach the truce", "provoke",
    "broken the ceasefire", "broken the truce", "breaking the ceasefire", "breaking the truce", "broke a truce",
    "provoked", "provoking", "carried out a massacre", "committed a massacre", "committed atrocities",
    "committed war crimes", "looted", "looting", "burned", "razing", "razed", "tortured", "massacred",
    "melanggar", "memprovokasi", "melakukan pembantaian", "melakukan kekejaman", "melakukan kejahatan perang",
    "menjarah", "membakar", "menyiksa", "membantai", "menghambat", "menghabisi",
    "blocked aid", "blocking aid", "blocked humanitarian", "blocking humanitarian", "obstructed", "obstructing",
    "menghalangi", "menghalang-halangi", "memblokir bantuan", "abducted", "kidnapped", "took hostages",
    "menculik", "menyandera",
    "human shields", "human shield", "tameng manusia", "perisai manusia",
    # weapons hidden among civilians ("Hamas menyembunyikan senjata di sekolah-sekolah")
    "hid weapons", "hiding weapons", "hides weapons", "stored weapons", "storing weapons", "stores weapons",
    "menyembunyikan senjata", "menyimpan senjata",
    # a side armed or reinforced by another ("the UAE was sending weapons to the RSF", "Iran supplies drones to",
    # "mengirim senjata kepada RSF", "memasok drone"): the charge of "sending fighters" the annotation counts
    *(f"{verb} {thing}" for verb in ("sending", "sent", "sends", "supplying", "supplied", "supplies", "providing",
                                     "provided", "provides", "delivering", "delivered", "smuggling", "smuggled")
      for thing in ("weapons", "arms", "drones", "mercenaries", "fighters", "ammunition")),
    *(f"{verb} {thing}" for verb in ("mengirim", "mengirimkan", "memasok", "menyuplai", "memasukkan",
                                     "menyelundupkan")
      for thing in ("senjata", "drone", "tentara bayaran", "amunisi", "pejuang", "militan")),
    "mempersenjatai",
    # failing the people it should protect: "had not heeded a request for help", "failed to protect civilians",
    # "gagal melindungi warga", "mengabaikan permintaan bantuan" (blame by description, no accusing verb)
    "had not heeded", "has not heeded", "did not heed", "failed to heed", "never heeded",
    "failed to protect", "fails to protect", "failing to protect",
    "gagal melindungi", "tidak mengindahkan", "tak mengindahkan",
    # a truce or an order not kept ("tidak mematuhi perjanjian gencatan senjata", "failed to respect the truce")
    "tidak mematuhi", "tak mematuhi", "tidak menghormati", "tak menghormati", "tidak menaati", "tak menaati",
    "did not comply with", "does not comply with", "failed to comply with", "not complying with",
    "did not respect", "does not respect", "failed to respect", "not respecting", "not observing",
    "did not observe", "failed to observe", "did not abide by", "not abiding by",
    # terror against civilians
    "terrorise", "terrorize", "terrorises", "terrorizes", "terrorised", "terrorized", "terrorising", "terrorizing",
    "meneror",
    # taking, raping and abusing, every tense (issue 13, session 17: "they loot banks and steal aid", "have
    # stolen humanitarian aid", "merampas bantuan", "memperkosa perempuan"), as "looted" and "tortured" were
    *_english_forms(("loot", "plunder", "pillage", "abduct", "torture", "massacre"),
                    ("loot", "plunder", "pillage", "abduct", "torture")),
    "kidnap", "kidnaps", "kidnapping", "steal", "steals", "stole", "stolen", "stealing",
    "rape", "rapes", "raped", "raping",
    "mencuri", "merampok", "merampas", "menganiaya", "memperkosa", "memerkosa", "membumihanguskan",
)
# Blame written as a predicate of the accused, who must be a party the gazetteer names ("Moscow was responsible
# for the deaths", "Israel bertanggung jawab penuh atas nasib para sandera"; not "three helicopters were
# responsible for the raid", and claiming responsibility is not this).
RESPONSIBLE: Final[tuple[str, ...]] = (
    "was responsible for", "were responsible for", "is responsible for", "are responsible for",
    "was fully responsible", "is fully responsible", "was directly responsible", "is directly responsible",
    "bears responsibility", "bear responsibility", "bore responsibility", "bertanggung jawab atas",
    "bertanggung jawab penuh", "bertanggungjawab atas", "bertanggung jawab sepenuhnya",
)
# Light verbs that make an attack noun a verb: "launched a raid", "melancarkan serangan", "dropped bombs".
ATTACK_LIGHT_VERBS: Final[tuple[str, ...]] = (
    "launched", "launch", "launching", "carried out", "carry out", "carrying out", "conducted", "conduct",
    "conducting", "committed", "committing", "commits", "commit", "dropped", "staged", "mounted", "used", "using",
    "uses", "use",
    "employed", "intensified", "unleashed", "unleash", "unleashes", "unleashing",
    # an attack taken up again: "resumed its bombardment", "stepped up its offensive", "melanjutkan serangan"
    "resumed", "resumes", "resuming", "stepped up", "steps up", "stepping up", "escalated", "melanjutkan",
    "melancarkan", "melakukan", "meluncurkan", "menjatuhkan", "menggunakan", "meningkatkan",
    # an attack tried ("attempted counterattacks", "made attempts at a large-scale offensive", "mencoba melakukan")
    "attempted", "attempting", "attempts at", "attempt at", "tried",
    # a wrong's steps taken ("had been taking provocative steps")
    "taking", "took", "taken", "take", "takes",
)
# Weapons a party fires or launches: an attack only after a launching verb ("fired about 30 rockets",
# "launched 40 drones at", "menembakkan puluhan roket"), never as a bare noun ("rockets were intercepted").
LAUNCHED_WEAPONS: Final[tuple[str, ...]] = (
    "rockets", "missiles", "drones", "shells", "projectiles", "mortars", "mortar rounds", "ballistic missiles",
    "cruise missiles", "rocket", "missile", "drone", "roket", "rudal", "proyektil", "mortir", "peluru kendali",
    "drone kamikaze", "kamikaze drones", "artillery shells", "glide bombs",
    "artillery", "firepower", "heavy weapons", "artileri", "senjata berat",  # "used heavy artillery against ..."
    # warplanes a party used ("used Turkish F-16 jets", "menggunakan jet tempur", "menggunakan pesawat tak berawak")
    "jets", "fighter jets", "warplanes", "jet", "jet tempur", "pesawat tempur", "bombers", "pesawat tak berawak",
)
LAUNCH_VERBS: Final[tuple[str, ...]] = (
    "fired", "fires", "firing", "launched", "launches", "launching", "lobbed", "sent", "menembakkan",
    "meluncurkan", "melepaskan", "mengirim", "mengirimkan",
    "used", "using", "menggunakan",  # "troops used mortars and artillery against ..."
)
# Weapons that may stand between "by"/"oleh" and the party that used them ("oleh bom dan rudal AS").
WEAPON_WORDS: Final[tuple[str, ...]] = (
    "bom", "rudal", "roket", "drone", "pesawat", "jet", "artileri", "bombs", "missiles", "rockets",
    "drones", "jets", "artillery", "aircraft", "warplanes", "tembakan", "fire",
)
# Indonesian passives of attack verbs whose agent follows "oleh" ("dibunuh oleh ...").
ATTACK_PASSIVES: Final[tuple[str, ...]] = (
    "dibunuh", "diserang", "ditembaki", "ditembak", "dibom", "dihantam", "digempur", "dibombardir",
    "dieksekusi", "disiksa", "dijarah", "dibakar", "killed", "attacked", "shelled", "bombed", "struck",
    "targeted", "hit", "shot",
    # a passive naming its agent after "by" ("was fired by Russian forces", "a drone launched by Hezbollah"), and
    # fire come under "from" its agent ("came under fire from Azerbaijani troops")
    # (with words of manner inside, "under heavy fire from", "under drone attack from": ``attacks._UNDER_FIRE``)
    "fired", "launched", "carried out", "conducted", "ambushed", "unleashed", "under fire from",
    "under attack from", "under attack by", "under shelling from",
    "disergap", "ditembakkan", "diluncurkan",
    # wrongs done to places and people, told in the passive with their doer ("houses were looted by RSF fighters",
    # "villages torched by the army"); the doer must follow "by", so "burned by fire" names no one
    "looted", "plundered", "pillaged", "torched", "burned", "burnt", "razed", "abducted", "kidnapped", "tortured",
    "massacred", "diculik", "dirampok", "dihancurkan",
    # fire come under "dari" its agent ("pos mereka mendapat serangan dari pasukan Armenia")
    "mendapat serangan dari", "mendapat tembakan dari", "mendapat penembakan dari", "diserang dari",
    "menjadi sasaran serangan", "menjadi sasaran tembakan",
)
ATTACK_NOUNS: Final[tuple[str, ...]] = (
    "attack", "attacks", "ambush", "penyergapan", "killing", "killings", "aggression", "agresi",
    "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids",
    "strike", "strikes", "drone strike", "drone strikes", "missile strike", "shelling", "bombing",
    "bombardment", "offensive", "raid", "raids", "rocket fire", "invasion", "bombs", "air raids",
    "serangan", "serangan udara", "serangan roket", "serangan drone", "gempuran", "penembakan",
    "pengeboman", "pemboman", "invasi", "tembakan",
    # fire in volleys ("came under a barrage of missiles", "a Russian missile barrage", "salvo roket")
    "barrage", "barrages", "salvo", "salvos", "volley", "volleys",
    "assault", "assaults",  # "a massive artillery assault on Stepanakert"
    # the attack given back ("the Armenian side attempted counterattacks", "melakukan serangan balik")
    "counterattack", "counterattacks", "counter-attack", "counter-attacks", "counteroffensive", "counter-offensive",
    "serangan balik", "counteroffensives", "counter-offensives",
)
WRONGDOING_NOUNS: Final[tuple[str, ...]] = (
    "massacre", "massacres", "atrocities", "war crimes", "war crime", "violation", "violations", "breach", "breaches",
    "provocation", "provocations", "siege", "looting", "genocide", "ethnic cleansing",
    "pembantaian", "kekejaman", "kejahatan perang", "pelanggaran", "provokasi", "pengepungan",
    "penjarahan", "genosida", "pembersihan etnis", "pembunuhan",
    # a crime pinned on its doer ("the crime that the enemy committed", "Russia's crimes", "kejahatan Israel")
    "crime", "crimes", "kejahatan",
    # weapons whose use is itself the wrong ("were using chemical weapons", "menggunakan bom curah")
    "chemical weapons", "chemical agents", "chemical weapon", "cluster munitions", "cluster bombs", "white phosphorus",
    "barrel bombs", "senjata kimia", "bom curah", "bom tandan", "fosfor putih", "bom barel", "bom fosfor",
    "munisi tandan", "amunisi tandan", "munisi curah", "amunisi curah",
    "phosphorus bombs", "phosphorus munitions",
    "banned weapons", "prohibited weapons", "banned munitions", "senjata terlarang", "amunisi terlarang",
    # a named party drawn into the fight ("Iran's meddling", "ada campur tangan kekuatan Armenia"; a bare "foreign
    # interference" names nobody and accuses nobody)
    "interference", "meddling", "campur tangan",
    # provocation told by its adjective ("had been taking provocative steps", "melakukan tindakan provokatif")
    "provocative steps", "provocative actions", "provocative acts", "provocative moves", "provocative action",
    "tindakan provokatif", "langkah provokatif", "langkah-langkah provokatif", "aksi provokatif",
)
# Indonesian attack nouns name their agent right after them ("serangan Israel", "agresi Rusia").
AGENT_AFTER_NOUNS: Final[tuple[str, ...]] = (
    "serangan", "serangan udara", "serangan roket", "serangan drone", "gempuran", "penembakan", "pengeboman",
    "pemboman", "invasi", "tembakan", "pembantaian", "kekejaman", "agresi", "provokasi", "pengepungan",
    "penjarahan", "pelanggaran", "campur tangan",
)
# Words that may stand between a party and its attack noun ("Israel's recent military strikes").
ATTACK_MODIFIERS: Final[tuple[str, ...]] = (
    "military", "air", "drone", "missile", "rocket", "artillery", "recent", "continuous", "continued",
    "latest", "deadly", "new", "fresh", "heavy", "massive", "large-scale", "overnight", "army", "forces",
    "naval", "ground", "led", "coalition", "backed", "renewed", "intense", "s",
)
# Heads of an armed agent the gazetteer does not name ("junta jets bombed", "pasukan musuh menembaki").
FORCE_WORDS: Final[tuple[str, ...]] = (
    "forces", "troops", "military", "army", "junta", "militia", "militias", "militiamen", "jets", "jet",
    "soldiers", "rebels", "gunmen", "enemy", "drones", "helicopters", "artillery", "paramilitary",
    "insurgents", "militants", "regime", "occupiers", "invaders", "aggressors", "adversary", "adversaries",
    "pasukan", "tentara", "militer", "milisi", "junta", "pemberontak", "musuh", "jet", "pesawat",
    "artileri", "rezim", "penjajah", "zionis", "agresor", "paramiliter", "prajurit", "lawan",
    # the arms a side strikes with, as reports name the striker ("Israeli tanks shelled", "tank Israel menembaki")
    "tanks", "tank", "warplanes", "gunboats", "warships", "snipers", "penembak jitu", "kapal perang",
)
# Targets that make reported military action wrongdoing even in the reporter's own words.
CIVILIAN_TARGETS: Final[tuple[str, ...]] = (
    "civilians", "civilian", "villagers", "hospital", "hospitals", "school", "schools", "market", "markets",
    "residential", "refugees", "displacement", "camp", "warga sipil", "penduduk sipil", "sipil", "warga",
    "rumah sakit", "sekolah", "permukiman", "pasar", "pengungsi", "kamp", "kindergarten", "taman kanak-kanak",
    # places named by the people living there ("fired on a populated village", "menembaki desa berpenduduk")
    "populated", "inhabited", "berpenduduk",
)
# Civilian sites whose use by an armed party, told in the passive with its user, is itself the wrong ("the clinic
# which was used by Hamas gunmen", "rumah sakit yang digunakan oleh milisi").
CIVILIAN_SITES: Final[tuple[str, ...]] = (
    "school", "schools", "school compound", "hospital", "hospitals", "mosque", "mosques", "church", "churches",
    "shelter", "shelters", "homes", "houses", "residential buildings", "clinic", "clinics",
    "sekolah", "rumah sakit", "masjid", "gereja", "tempat penampungan", "rumah-rumah", "rumah warga", "klinik",
)
# Military use of civilians or civilian sites, with the verb's subject as the accused: "the RSF was using
# residents as human shields", "Hamas menggunakan rumah sakit sebagai pusat komando".
SHIELD_VERBS: Final[tuple[str, ...]] = ("using", "used", "uses", "use", "menggunakan", "memanfaatkan", "menjadikan")
# What a party uses civilian places "to" do that makes the use military ("to store weapons", "untuk meluncurkan").
SHIELD_PURPOSES: Final[tuple[str, ...]] = (
    "store weapons", "store arms", "stockpile weapons", "hide weapons", "hide fighters", "launch attacks",
    "launch rockets", "launch drones", "launch missiles", "fire rockets", "fire missiles", "launch",
    "menyimpan senjata", "menyembunyikan senjata", "menyembunyikan pejuang", "meluncurkan", "menembakkan",
    "melancarkan serangan",
)
SHIELD_ROLES: Final[tuple[str, ...]] = (
    "human shields", "human shield", "shields", "shield", "cover", "military bases", "military base", "bases", "base",
    "command centres", "command centers", "command centre", "command center", "command posts", "command post",
    "launch pads", "launch sites", "military positions", "weapons depots", "tameng manusia", "tameng",
    "perisai manusia", "perisai", "markas", "markas militer", "pangkalan", "pangkalan militer", "pusat komando",
    "basis militer", "pos militer", "gudang senjata",
)

