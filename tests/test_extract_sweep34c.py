"""Session 34 (issue 13): a construction sweep of casualty figures, over-generation first, then misses.

Sessions 32-33 wrote rules from dev errors and moved blind held-outs by nothing: each unseen article fails on its own
forms.  So this file is a typology, not a list of sentences: each row is one construction of the casualty family
(what is not a claim; what is one claim and what two; figures missed), in news English and Indonesian news style,
each with two or more sentences written for this file (names and places made up) and the figures a careful
annotator would record under ``../shared/seeds/README.md``.  The pass rate per construction is the measure
(docs/extraction.md, session 34 "figures sweep"); a row is fixed by a mechanism, never by one sentence.

Each case lists the casualty claims' (lowest, highest, unit) the article should give, sorted; an empty list: no
casualty claim at all.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import run_as

Fig = tuple[int | None, int | None, str]

# (construction, language, text, expected figures)
CASES: list[tuple[str, str, str, list[Fig]]] = [
    # --- not a claim: an earlier war's toll, told after today's news ---------------------------------------------
    ("history", "en", "The regional governor said a missile hit a grain depot in Velikovo on Monday, killing three "
     "workers. The previous war over the valley, in 1994, killed some 30,000 people.", [(3, 3, "civilians killed")]),
    ("history", "id", "Gubernur Arman Saputra mengatakan tiga warga tewas dalam serangan itu. Perang 44 hari pada "
     "tahun 2009 menewaskan sekitar 6.500 orang.", [(3, 3, "civilians killed")]),
    ("history", "en", "Police said five people were wounded. The conflict, which began in 2011, had killed more than "
     "14,000 people before the truce of 2016.", [(5, 5, "wounded")]),
    ("history", "id", "Polisi menyebut lima orang terluka. Konflik yang dimulai pada 2011 itu telah menewaskan lebih "
     "dari 14.000 orang sebelum gencatan senjata 2016.", [(5, 5, "wounded")]),
    # --- not a claim: the yardstick of a comparison ("the deadliest since X, when N died") ------------------------
    ("yardstick", "en", "The strike killed 14 people, the ministry said, the deadliest attack on the port since March "
     "2022, when 23 people died.", [(14, 14, "deaths")]),
    ("yardstick", "id", "Serangan itu menewaskan 14 orang, kata kementerian, serangan paling mematikan sejak Maret "
     "2022 ketika 23 orang tewas.", [(14, 14, "deaths")]),
    ("yardstick", "en", "Nine soldiers were killed on Sunday, the army said, its heaviest loss in a day since the "
     "summer of 2021, when 17 troops died in an ambush.", [(9, 9, "soldiers killed")]),
    ("yardstick", "id", "Sembilan tentara tewas pada Minggu, kata militer, kerugian terbesar dalam sehari sejak "
     "musim panas 2021, saat 17 prajurit tewas dalam penyergapan.", [(9, 9, "soldiers killed")]),
    # --- not a claim: the dead remembered (a memorial, an anniversary) --------------------------------------------
    ("remembered", "en", "Residents of Dolinka gathered on Sunday to remember the 40 people killed in the massacre "
     "three years ago.", []),
    ("remembered", "id", "Warga Dolinka berkumpul pada Minggu untuk mengenang 40 orang yang tewas dalam pembantaian "
     "tiga tahun lalu.", []),
    ("remembered", "en", "Families laid flowers at the memorial to the 112 passengers who died when the ferry was hit "
     "two years ago.", []),
    ("remembered", "id", "Keluarga korban memperingati dua tahun tragedi yang menewaskan 112 penumpang kapal itu.", []),
    # a memorial of the war reported is its background, annotated (the October 7 toll in the gold): kept
    ("remembered", "en", "Hundreds gathered in Dolinka to remember the 40 people killed in last week's strike on the "
     "market.", [(40, 40, "deaths")]),
    ("remembered", "id", "Ratusan warga berkumpul untuk mengenang 40 orang yang tewas dalam serangan ke pasar pekan "
     "lalu.", [(40, 40, "deaths")]),
    # --- not a claim: a death foreseen or feared ---------------------------------------------------------------------
    ("foreseen", "en", "The UN warned that thousands could die if the siege of the town continues.", []),
    ("foreseen", "id", "Badan PBB memperingatkan ratusan anak dapat meninggal dalam beberapa pekan jika bantuan tidak "
     "masuk.", []),
    ("foreseen", "en", "Aid groups said up to 5,000 people may die within weeks unless the crossings reopen.", []),
    ("foreseen", "id", "Menurut perkiraan lembaga itu, hingga 5.000 orang berpotensi tewas bila serangan darat "
     "dimulai.", []),
    ("foreseen", "id", "Dokter memperingatkan puluhan pasien bisa meninggal jika listrik rumah sakit padam.", []),
    # --- not a claim: equipment, ground, arrests, the displaced, hostages --------------------------------------------
    ("not_people", "en", "The defence ministry said its forces destroyed 14 tanks, 3 helicopters and 22 armoured "
     "vehicles overnight.", []),
    ("not_people", "id", "Kementerian Pertahanan mengklaim pasukannya menghancurkan 14 tank, 3 helikopter dan 22 "
     "kendaraan lapis baja.", []),
    ("not_people", "en", "Police said 40 people were arrested and 300 families were displaced by the shelling.", []),
    ("not_people", "id", "Polisi mengatakan 40 orang ditangkap dan 300 keluarga mengungsi akibat penembakan.", []),
    ("not_people", "en", "Hamas released 13 hostages on Friday, the army said.", []),
    ("not_people", "id", "Militer menyatakan telah merebut kembali 12 desa dan menembak jatuh 40 drone.", []),
    # --- not a claim: losses not disclosed ---------------------------------------------------------------------------
    ("undisclosed", "en", "The ministry did not disclose how many of its soldiers were killed in the fighting.", []),
    ("undisclosed", "id", "Militer tidak mengungkapkan berapa banyak tentaranya yang tewas dalam pertempuran itu.", []),
    # --- not a claim: a share of a toll told before, without a number ("some of the victims were children") ---------
    ("share_of_dead", "en", "The ministry said 12 people were killed. Some of the victims were children, it said.",
     [(12, 12, "deaths")]),
    ("share_of_dead", "id", "Kementerian mengatakan 12 orang tewas. Beberapa korban adalah anak-anak.",
     [(12, 12, "deaths")]),
    ("share_of_dead", "id", "Kementerian mengatakan 12 orang tewas. Banyak di antara korban adalah anak-anak.",
     [(12, 12, "deaths")]),
    ("share_of_dead", "en", "Police said 12 people were killed. Several of the dead were teenagers.",
     [(12, 12, "deaths")]),
    # --- no one hurt: a report alone, but no claim beside another attack's count ------------------------------------
    ("none_hurt", "en", "No one was hurt in the blast at the depot, Governor Olek Marchuk said.",
     [(0, 0, "killed and wounded")]),
    ("none_hurt", "id", "Tidak ada korban jiwa dalam ledakan di gudang itu, kata Gubernur Olek Marchuk.",
     [(0, 0, "killed and wounded")]),
    ("none_hurt", "en", "There were no casualties in the first strike, while two soldiers were wounded in the second, "
     "the army said.", [(2, 2, "soldiers wounded")]),
    ("none_hurt", "id", "Tidak ada korban jiwa dalam serangan pertama, sementara dua tentara terluka dalam serangan "
     "kedua, kata militer.", [(2, 2, "soldiers wounded")]),
    # --- not a claim: an age ----------------------------------------------------------------------------------------
    ("age", "en", "A 12-year-old boy was killed in the strike, the governor said.", [(1, 1, "civilians killed")]),
    ("age", "id", "Seorang anak laki-laki berusia 12 tahun tewas dalam serangan itu, kata gubernur.",
     [(1, 1, "civilians killed")]),
    # --- one claim: the same toll named again as "the N dead" by the same source --------------------------------------
    ("restated", "en", "The health ministry said 27 people were killed in the strikes on Tuesday. Rescuers worked "
     "through the night. The ministry said the 27 dead included five children.",
     [(5, 5, "civilians killed"), (27, 27, "deaths")]),
    ("restated", "id", "Kementerian Kesehatan mengatakan 27 orang tewas dalam serangan pada Selasa. Tim penyelamat "
     "bekerja sepanjang malam. Menurut kementerian, 27 korban tewas itu termasuk lima anak.",
     [(5, 5, "civilians killed"), (27, 27, "deaths")]),
    ("restated", "en", "At least 14 people were killed in the attack, Governor Olek Marchuk said. \"Fourteen people "
     "are dead,\" he told reporters.", [(14, None, "deaths")]),
    ("restated", "id", "Sedikitnya 14 orang tewas dalam serangan itu, kata Gubernur Olek Marchuk. \"Empat belas "
     "orang meninggal,\" ujarnya kepada wartawan.", [(14, None, "deaths")]),
    # --- one claim: a source's quotation telling its toll again beside a new figure (round 2, fresh34 C1) -----------
    ("told_in_part", "id", "Kementerian Kesehatan Lebanon mencatat tiga orang tewas karena serangan Israel di desa "
     "Sukamaju. Salah satu korban tewas itu masih anak-anak. \"Serangan itu menewaskan tiga orang, di antaranya "
     "satu anak, dan melukai empat orang lainnya,\" kata kementerian itu.",
     [(1, 1, "deaths"), (3, 3, "deaths"), (4, 4, "wounded")]),
    ("told_in_part", "en", "Governor Olek Marchuk said Russian shelling killed five people in Dolinka. \"Five people "
     "were killed and eleven were wounded,\" Marchuk said on Telegram.", [(5, 5, "deaths"), (11, 11, "wounded")]),
    # near miss: the quotation tells every figure again, the small one too: read as before, both tellings kept (the
    # dev gold annotates either one; session 33 drops a telling again only of tolls of three or more)
    ("told_in_part", "id", "Gubernur Olek Marchuk mengatakan roket menewaskan satu warga dan membuat 20 orang "
     "terluka, beberapa jam setelah empat orang tewas di selatan. \"Roket itu menewaskan satu warga dan membuat 20 "
     "orang terluka,\" kata Marchuk.",
     [(1, 1, "civilians killed"), (1, 1, "civilians killed"), (4, 4, "deaths"), (20, 20, "wounded"),
      (20, 20, "wounded")]),
    # --- not a claim: a figure asked about ("did not say whether ...") ---------------------------------------------
    ("asked", "en", "The ministry said 12 soldiers were killed. It did not say whether civilians were among the dead.",
     [(12, 12, "soldiers killed")]),
    ("asked", "id", "Kementerian Pertahanan mengatakan 12 tentara tewas. Ia tidak menjelaskan apakah yang tewas "
     "termasuk warga sipil, tetapi menyebut serangan itu sangat besar.", [(12, 12, "soldiers killed")]),
    # --- not a count: which day ("hari ke-26", "day 26") ----------------------------------------------------------
    ("which_day", "id", "Kementerian Kesehatan Gaza menyampaikan jumlah korban tewas hingga hari ke-26 perang "
     "mencapai 9.061 jiwa.", [(9061, 9061, "deaths")]),
    ("which_day", "id", "Kementerian Kesehatan Gaza menyampaikan jumlah korban tewas hingga Rabu (1/11) atau hari "
     "ke-26 perang, 9.061 jiwa.", [(9061, 9061, "deaths")]),
    # --- two claims: killed and wounded in one sentence; an increment and its total; a toll and its parts -----------
    ("killed_and_wounded", "en", "The strike killed 9 people and wounded 31, the ministry said.",
     [(9, 9, "deaths"), (31, 31, "wounded")]),
    ("killed_and_wounded", "id", "Serangan itu menewaskan 9 orang dan melukai 31 lainnya, kata kementerian.",
     [(9, 9, "deaths"), (31, 31, "wounded")]),
    ("killed_and_wounded", "id", "Empat warga meninggal dunia dan enam mengalami luka-luka, kata polisi.",
     [(4, 4, "civilians killed"), (6, 6, "civilians wounded")]),
    ("killed_and_wounded", "id", "Tiga orang cedera dan dua lainnya tewas, kata polisi.",
     [(2, 2, "deaths"), (3, 3, "wounded")]),
    ("killed_and_wounded", "en", "Four people were hurt and one was killed, police said.",
     [(1, 1, "deaths"), (4, 4, "wounded")]),
    ("combined", "en", "The shelling left 45 people dead or wounded, the mayor said.",
     [(45, 45, "killed and wounded")]),
    ("combined", "id", "Penembakan itu menyebabkan 45 orang tewas dan terluka, kata wali kota.",
     [(45, 45, "killed and wounded")]),
    ("increment", "en", "Eleven more bodies were recovered on Wednesday, bringing the toll to 62, the civil defence "
     "said.", [(11, 11, "deaths"), (62, 62, "deaths")]),
    ("increment", "id", "Sebelas jenazah lagi ditemukan pada Rabu sehingga jumlah korban tewas menjadi 62, kata "
     "pertahanan sipil.", [(11, 11, "deaths"), (62, 62, "deaths")]),
    ("breakdown", "en", "The attack killed 20 people, including eight children and four women, the ministry said.",
     [(4, 4, "civilians killed"), (8, 8, "civilians killed"), (20, 20, "deaths")]),
    ("breakdown", "id", "Serangan itu menewaskan 20 orang, termasuk delapan anak-anak dan empat perempuan, kata "
     "kementerian.", [(4, 4, "civilians killed"), (8, 8, "civilians killed"), (20, 20, "deaths")]),
    # --- one claim: the whole a part is taken from is no toll ("Of the 40 passengers, 11 were killed") ----------------
    ("whole_and_part", "en", "Of the 40 passengers on the bus, 11 were killed, police said.", [(11, 11, "deaths")]),
    ("whole_and_part", "id", "Dari 40 penumpang bus itu, 11 orang tewas, kata polisi.", [(11, 11, "deaths")]),
    ("whole_and_part", "en", "Of the 25 workers at the plant, at least 6 died, Governor Olek Marchuk said.",
     [(6, None, "deaths")]),
    ("whole_and_part", "id", "Dari total 25 pekerja di pabrik itu, sedikitnya 6 orang tewas, kata Gubernur Olek "
     "Marchuk.", [(6, None, "deaths")]),
    # near miss: a whole of the dead is the toll itself, kept (its part, the five children, is still unread: OPEN)
    ("whole_and_part", "en", "Of the 12 people killed, five were children, the ministry said.", [(12, 12, "deaths")]),
    ("whole_and_part", "id", "Dari 12 orang yang tewas, lima di antaranya anak-anak, kata kementerian.",
     [(12, 12, "deaths")]),
    # --- misses: a count opening the clause after a semicolon -------------------------------------------------------
    ("after_semicolon", "en", "The strike hit a building where 60 people were sheltering; 9 were killed, the mayor "
     "said.", [(9, 9, "deaths")]),
    ("after_semicolon", "en", "Police gave the toll at noon: 14 were killed and 30 were wounded.",
     [(14, 14, "deaths"), (30, 30, "wounded")]),
    # --- two claims: the make-up of the dead in groups counted apart (round 2, fresh34 C3); a family stays one -------
    ("makeup", "en", "Drone strikes killed 20 people in the camp, according to the army. Among the victims were 3 "
     "women and 9 children.", [(3, 3, "civilians killed"), (9, 9, "civilians killed"), (20, 20, "deaths")]),
    ("makeup", "id", "Serangan drone menewaskan 20 orang di kamp itu, menurut militer. Di antara korban terdapat 3 "
     "perempuan dan 9 anak-anak.", [(3, 3, "civilians killed"), (9, 9, "civilians killed"), (20, 20, "deaths")]),
    # the whole list of parts said again by the body's spokesman: told once
    ("makeup", "en", "The civil defence agency said an air strike on Sunday killed 14 members of one family, "
     "including eight children and two women. Agency spokesman Omar Halabi said the toll from the strike on the "
     "family home was 14. The victims included eight children and two women.",
     [(2, 2, "civilians killed"), (8, 8, "civilians killed"), (14, 14, "deaths")]),
    # --- misses: counted nouns ----------------------------------------------------------------------------------------
    ("counted_nouns", "en", "Two children and their mother were killed when the shell hit their house, the governor "
     "said.", [(3, 3, "civilians killed")]),
    ("counted_nouns", "id", "Dua anak dan ibu mereka tewas ketika peluru menghantam rumah mereka, kata gubernur.",
     [(3, 3, "civilians killed")]),
    ("counted_nouns", "en", "A man and his two sons died in the strike, local officials said.",
     [(3, 3, "civilians killed")]),
    ("counted_nouns", "id", "Seorang pria dan dua putranya meninggal dalam serangan itu, kata pejabat setempat.",
     [(3, 3, "civilians killed")]),
    ("counted_nouns", "id", "Tiga bersaudara dan ayah mereka tewas tertimpa reruntuhan, kata warga.",
     [(4, 4, "civilians killed")]),
    ("counted_nouns", "id", "Gubernur Olek Marchuk mengatakan korban tewas merupakan sepasang suami istri dan dua "
     "anak mereka.", [(4, 4, "civilians killed")]),
    ("counted_nouns", "en", "Governor Olek Marchuk said an elderly couple and their two grandsons were killed in the "
     "strike.", [(4, 4, "civilians killed")]),
    # --- misses: the dead counted by their trade ---------------------------------------------------------------------
    ("trades", "en", "Fighters from the northern region killed 30 herders in a village, officials said.",
     [(30, 30, "civilians killed")]),
    ("trades", "en", "Gunmen killed 12 miners at the Kolva pit on Monday, police said.",
     [(12, 12, "civilians killed")]),
    ("trades", "id", "Kelompok bersenjata menewaskan 12 penambang di tambang Kolva pada Senin, kata polisi.",
     [(12, 12, "civilians killed")]),
    ("trades", "id", "Serangan roket menewaskan 9 peziarah di dekat makam itu, kata polisi.",
     [(9, 9, "civilians killed")]),
    # --- misses: numbers in words -------------------------------------------------------------------------------------
    ("number_words", "en", "A dozen soldiers were killed in the ambush, the army said.", [(12, 12, "soldiers killed")]),
    ("number_words", "id", "Selusin tentara tewas dalam penyergapan itu, kata militer.", [(12, 12, "soldiers killed")]),
    ("number_words", "en", "Scores of civilians were wounded in the bombardment, witnesses said.",
     [(10, 99, "civilians wounded")]),
    ("number_words", "id", "Belasan orang tewas dalam serangan itu, kata polisi.", [(11, 19, "deaths")]),
    ("number_words", "id", "Dua puluh tiga orang tewas, kata kementerian.", [(23, 23, "deaths")]),
    # --- misses: Indonesian words of death and wounds -----------------------------------------------------------------
    ("id_verbs", "id", "Serangan itu menyebabkan 12 korban jiwa, kata kementerian.", [(12, 12, "deaths")]),
    ("id_verbs", "id", "Sebanyak 7 prajurit gugur dalam pertempuran itu, kata militer.", [(7, 7, "soldiers killed")]),
    ("id_verbs", "id", "Serangan itu merenggut nyawa 8 warga sipil, kata gubernur.", [(8, 8, "civilians killed")]),
    ("id_verbs", "id", "Sebanyak 15 orang kehilangan nyawa dalam serangan itu, kata polisi.", [(15, 15, "deaths")]),
    ("id_verbs", "id", "Serangan itu menelan 21 korban jiwa, kata kementerian.", [(21, 21, "deaths")]),
    ("id_verbs", "id", "Jumlah korban meninggal mencapai 103 orang, kata kementerian.", [(103, 103, "deaths")]),
    ("id_verbs", "id", "Dua orang menjadi korban tewas dalam insiden itu, kata polisi.", [(2, 2, "deaths")]),
    # --- misses: "among the casualties", the killed and wounded in one (round 2, fresh34 D2) -------------------------
    ("among_casualties", "en", "The nurses' union said 20 nurses were among the casualties.",
     [(20, 20, "killed and wounded")]),
    ("among_casualties", "en", "Three paramedics were among the casualties of the strike, Governor Olek Marchuk said.",
     [(3, 3, "killed and wounded")]),
    # --- misses: Indonesian affixes dropped and common misspellings ---------------------------------------------------
    ("id_spelling", "id", "Serangan drone itu lukai 9 orang di dekat stasiun, kata Gubernur Olek Marchuk.",
     [(9, 9, "wounded")]),
    ("id_spelling", "id", "Sebanyak 12 warga meningal dalam serangan itu, kata polisi.",
     [(12, 12, "civilians killed")]),
    ("id_spelling", "id", "Sebanyak 9 warga luka2 akibat ledakan itu, kata polisi.", [(9, 9, "civilians wounded")]),
    ("id_spelling", "id", "Korban meninggal dunia akibat serangan itu berjumlah 14 orang, kata polisi.",
     [(14, 14, "deaths")]),
    ("id_spelling", "id", "Serangan itu tewaskan 12 warga sipil, kata polisi.", [(12, 12, "civilians killed")]),
    # --- misses: English words of death -------------------------------------------------------------------------------
    ("en_verbs", "en", "The strike claimed the lives of 12 people, the ministry said.", [(12, 12, "deaths")]),
    ("en_verbs", "en", "Rescuers pulled 15 bodies from the rubble, the civil defence said.", [(15, 15, "deaths")]),
    ("en_verbs", "en", "Seven people lost their lives in the attack, police said.", [(7, 7, "deaths")]),
    ("en_verbs", "en", "The ministry put the death toll at 54.", [(54, 54, "deaths")]),
    ("en_verbs", "en", "At least three old men were burned to death, Governor Olek Marchuk said on Tuesday.",
     [(3, None, "deaths")]),
    ("en_verbs", "en", "The shelling left 8 dead and 20 injured, the governor said.",
     [(8, 8, "deaths"), (20, 20, "wounded")]),
]


# Rows still failing at the end of session 34, kept as the sweep's record of what is left (strict: a fix shows).
OPEN: list[tuple[str, str, str, list[Fig]]] = [
    ("among_casualties", "en", "The nurses' union said 20 nurses, 6 of them surgeons, were also among the casualties.",
     [(6, 6, "killed and wounded"), (20, 20, "killed and wounded")]),
    # a family after "among the dead" is one count (the dev gold sums it) but, of the size of the toll before, it is
    # read as that toll told again and dropped (session 33's ``_told_again``)
    ("makeup", "en", "Shelling killed three people in Dolinka, the ministry said. Among the dead were a mother and "
     "her two sons, it said.", [(3, 3, "civilians killed"), (3, 3, "deaths")]),
    ("whole_and_part", "en", "Of the 12 people killed, five were children, the ministry said.",
     [(5, 5, "civilians killed"), (12, 12, "deaths")]),
    ("whole_and_part", "id", "Serangan itu menghantam gedung tempat 60 orang berlindung; 9 di antaranya tewas, kata "
     "wali kota.", [(9, 9, "deaths")]),
    ("counted_nouns", "id", "Sebanyak 14 orang menjadi korban dalam serangan itu, 5 di antaranya meninggal dunia, kata "
     "polisi.", [(5, 5, "deaths"), (14, 14, "killed and wounded")]),
    ("killed_and_wounded", "en", "Four residents died and six sustained burns, Governor Olek Marchuk said.",
     [(4, 4, "civilians killed"), (6, 6, "civilians wounded")]),
    ("not_people", "id", "Sebanyak 1,2 juta orang mengungsi dan 40 ribu tewas, kata PBB.", [(40000, 40000, "deaths")]),
]


def _figures(text: str, gazetteer: Gazetteer, lang: str) -> list[Fig]:
    return sorted(((c.quantity_min, c.quantity_max, c.unit or "") for c in run_as(text, gazetteer, lang)
                   if c.type == "casualty"), key=lambda f: (f[0] or 0, f[1] or 0, f[2]))


@pytest.mark.parametrize(("construction", "lang", "text", "expected"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)])
def test_sweep(gazetteer: Gazetteer, construction: str, lang: str, text: str, expected: list[Fig]) -> None:
    assert _figures(text, gazetteer, lang) == sorted(expected, key=lambda f: (f[0] or 0, f[1] or 0, f[2]))


@pytest.mark.xfail(strict=True, reason="open at the end of session 34")
@pytest.mark.parametrize(("construction", "lang", "text", "expected"), OPEN,
                         ids=[f"{c[0]}-{c[1]}-open{i}" for i, c in enumerate(OPEN)])
def test_sweep_open(gazetteer: Gazetteer, construction: str, lang: str, text: str, expected: list[Fig]) -> None:
    assert _figures(text, gazetteer, lang) == sorted(expected, key=lambda f: (f[0] or 0, f[1] or 0, f[2]))


# What a figure counts over, for the constructions whose figure was right and whose scope was not (round 2, fresh34 E2)
SCOPES: list[tuple[str, str, str, str]] = [
    ("stretch_named", "id", "Sebanyak 40 orang tewas dalam kurun 24 jam terakhir, kata Gubernur Olek Marchuk.",
     "period"),
    ("stretch_named", "id", "Sebanyak 40 orang tewas dalam kurun waktu 3 hari terakhir, kata Gubernur Olek Marchuk.",
     "period"),
]


@pytest.mark.parametrize(("construction", "lang", "text", "scope"), SCOPES,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(SCOPES)])
def test_sweep_scope(gazetteer: Gazetteer, construction: str, lang: str, text: str, scope: str) -> None:
    assert [c.scope for c in run_as(text, gazetteer, lang) if c.type == "casualty"] == [scope]
