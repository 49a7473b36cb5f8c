"""Session 34 (issue 13): a sweep of the attribution family, cell by cell, not sentence by sentence.

Sessions 32-33 wrote rules from errors, and the blind held-outs did not move: each unseen article failed on a form
of its own.  This file is the family's typology written out instead (journalism and wire style, both languages):
each *construction* (a reporting verb, "according to", a relay, a credit that is no relay ...) crossed with its
*position* (before or after the clause, inside it, in the next sentence) and the *form of whoever speaks* (a full
name, role and name, a role alone whose body was named before, an institution, a capital for its government, a
pronoun, an Indonesian verb with its affixes or a slip).  Every sentence is written here; the expected speaker and
source chain (``via``, compared as a set as ``kb eval`` does) follow ``shared/seeds/README.md``: a relay's outlet or
agency is a via, the one it quotes the speaker; a sentence only relayed ("seperti dilansir X") is the outlet's with
X as via; photo credits, "Sumber:" lines and read-more links are no via.

The cell names (``CELL``) group the rows: the pass rate per cell is the figure reported for the sweep.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import OUTLET, run_as

# (cell, lang, text, speaker, via): the expected fields of every claim the text gives (via None: not checked); a
# speaker None: the cell's sources joined by "and" each speak (``JOINED``: one claim per source)
Row = tuple[str, str, str, str | None, list[str] | None]

EN: list[Row] = [
    # a reporting verb after its subject, sentence-initial, by the speaker's form
    ("en.verb.name", "en", "Oleh Marchenko said 14 people were killed when rockets hit the port of Ochakiv.",
     "Oleh Marchenko", []),
    ("en.verb.name", "en", "Leyla Aziz told reporters that 23 civilians died in the bombing of the camp.",
     "Leyla Aziz", []),
    ("en.verb.role_name", "en", "Regional governor Oleh Marchenko said rockets killed 14 people at the port.",
     "Oleh Marchenko", []),
    ("en.verb.role_name", "en", "Health ministry spokesman Karim Haddad said 23 people died in the bombing.",
     "Karim Haddad", []),
    ("en.verb.name_role", "en", "Oleh Marchenko, the head of the regional administration, said 14 people died.",
     "Oleh Marchenko", []),
    ("en.verb.name_role", "en", "Karim Haddad, a spokesman for the civil defence agency, said 23 people died.",
     "Karim Haddad", []),
    ("en.verb.metonym", "en", "Kyiv said on Tuesday that 60 Russian soldiers had been killed near the river.",
     "Government of Ukraine", []),
    ("en.verb.metonym", "en", "Moscow said its forces had killed 45 Ukrainian troops in the past day.",
     "Government of Russia", []),
    ("en.verb.affixed", "en", "The regional governor, Oleh Marchenko, confirmed that 14 people had died.",
     "Oleh Marchenko", []),
    ("en.verb.affixed", "en", "Oleh Marchenko updated the death toll to 17 on Wednesday evening.",
     "Oleh Marchenko", []),
    ("en.verb.puts", "en", "Oleh Marchenko put the death toll from the strike at 17 on Wednesday.",
     "Oleh Marchenko", []),
    ("en.verb.puts", "en", "Karim Haddad puts the number of dead from the raid at 23.",
     "Karim Haddad", []),
    # the verb after the clause (postposed), subject before or after it
    ("en.post.name", "en", "Rockets killed 14 people at the port of Ochakiv, Oleh Marchenko said.",
     "Oleh Marchenko", []),
    ("en.post.name", "en", "Twenty-three civilians died in the bombing of the camp, said Leyla Aziz.",
     "Leyla Aziz", []),
    ("en.post.role_name", "en", "Rockets killed 14 people at the port, regional governor Oleh Marchenko said.",
     "Oleh Marchenko", []),
    ("en.post.role_name", "en", "Twenty-three people died in the raid, said civil defence official Karim Haddad.",
     "Karim Haddad", []),
    ("en.post.statement", "en", "Rockets killed 14 people at the port, Oleh Marchenko said in a statement.",
     "Oleh Marchenko", []),
    ("en.post.statement", "en", "Twenty-three people died in the raid, Karim Haddad wrote on Telegram.",
     "Karim Haddad", []),
    # according to, in its three places
    ("en.according.initial", "en", "According to Oleh Marchenko, rockets killed 14 people at the port on Monday.",
     "Oleh Marchenko", []),
    ("en.according.initial", "en", "According to civil defence official Karim Haddad, 23 people died in the raid.",
     "Karim Haddad", []),
    ("en.according.final", "en", "Rockets killed 14 people at the port on Monday, according to Oleh Marchenko.",
     "Oleh Marchenko", []),
    ("en.according.final", "en", "Twenty-three people died in the raid, according to civil defence official Karim "
     "Haddad.", "Karim Haddad", []),
    ("en.according.inside", "en", "Rockets killed, according to Oleh Marchenko, 14 people at the port on Monday.",
     "Oleh Marchenko", []),
    ("en.according.inside", "en", "At least 23 people, according to Karim Haddad, died in the raid on the camp.",
     "Karim Haddad", []),
    # nominal claims: a statement, a figure, a count of someone's
    ("en.nominal.in_statement", "en", "In a statement, Oleh Marchenko said 14 people were killed at the port.",
     "Oleh Marchenko", []),
    ("en.nominal.in_statement", "en", "In a post on Telegram, Karim Haddad said 23 people died in the raid.",
     "Karim Haddad", []),
    ("en.nominal.statement_from", "en", "A statement from Oleh Marchenko's office said 14 people were killed.",
     "Oleh Marchenko", []),
    ("en.nominal.statement_from", "en", "A statement issued by Karim Haddad said 23 people died in the raid.",
     "Karim Haddad", []),
    # told X: the one told is a via when a medium, no one when reporters
    ("en.told.medium", "en", "Oleh Marchenko told Reuters that 14 people were killed at the port.",
     "Oleh Marchenko", ["Reuters"]),
    ("en.told.medium", "en", "Twenty-three people died in the raid, Karim Haddad told AFP.",
     "Karim Haddad", ["AFP"]),
    ("en.told.reporters", "en", "Twenty-three people died in the raid, Karim Haddad told reporters in the city.",
     "Karim Haddad", []),
    ("en.told.reporters", "en", "Oleh Marchenko told a news conference that 14 people were killed at the port.",
     "Oleh Marchenko", []),
    # relays: an outlet citing or quoting the speaker, in front or after
    ("en.relay.citing", "en", "Rockets killed 14 people at the port, Reuters reported, citing Oleh Marchenko.",
     "Oleh Marchenko", ["Reuters"]),
    ("en.relay.citing", "en", "AFP, citing Karim Haddad, reported that 23 people died in the raid.",
     "Karim Haddad", ["AFP"]),
    ("en.relay.quoted_by", "en", "Twenty-three people died in the raid, Karim Haddad was quoted by TASS as saying.",
     "Karim Haddad", ["TASS"]),
    ("en.relay.quoted_by", "en", "Oleh Marchenko, quoted by Reuters, said 14 people were killed at the port.",
     "Oleh Marchenko", ["Reuters"]),
    ("en.relay.of_relay", "en", "AFP, citing Al Jazeera, reported that Karim Haddad said 23 people died in the "
     "raid.", "Karim Haddad", ["AFP", "Al Jazeera"]),
    ("en.relay.of_relay", "en", "Rockets killed 14 people at the port, Oleh Marchenko told TASS, according to "
     "Reuters.", "Oleh Marchenko", ["TASS", "Reuters"]),
    ("en.relay.only", "en", "Rockets killed 14 people at the port of Ochakiv on Monday, Reuters reported.",
     OUTLET, ["Reuters"]),
    ("en.relay.only", "en", "According to Al Jazeera, 23 people died in the raid on the camp.",
     OUTLET, ["Al Jazeera"]),
    # the source in the sentence before or after
    ("en.next.pronoun", "en", "Oleh Marchenko spoke on television on Monday. He said rockets killed 14 people at "
     "the port.", "Oleh Marchenko", []),
    ("en.next.pronoun", "en", "Leyla Aziz visited the camp on Tuesday. She said 23 civilians died in the bombing.",
     "Leyla Aziz", []),
    ("en.role_only.body_before", "en", "The Gaza health ministry gave new figures on Monday. A spokesman for the "
     "ministry said 23 people died in the raid.", "Gaza Health Ministry", []),
    ("en.role_only.body_before", "en", "Oleh Marchenko leads the regional administration. The governor said "
     "rockets killed 14 people at the port.", "Oleh Marchenko", []),
    # a dashed aside between the subject and its verb
    ("en.dashed", "en", "Oleh Marchenko - who visited the port on Monday - said rockets killed 14 people there.",
     "Oleh Marchenko", []),
    ("en.dashed", "en", "Karim Haddad \u2014 speaking from the hospital \u2014 said 23 people died in the raid.",
     "Karim Haddad", []),
    # datelines and bylines: a wire's for the whole text
    ("en.dateline", "en", "KYIV (Reuters) - Rockets killed 14 people at the port, Oleh Marchenko said on Monday.",
     "Oleh Marchenko", ["Reuters"]),
    ("en.dateline", "en", "GAZA CITY (AP) \u2014 Twenty-three people died in the raid, Karim Haddad said.",
     "Karim Haddad", ["Associated Press"]),
    # a voice of a body pointed back at: the person named in that role, else the body (round 1's mechanisms)
    ("en.voice_of_body", "en", "The Gaza health ministry gave new figures on Monday. A ministry spokesman said 23 "
     "people died in the raid.", "Gaza Health Ministry", []),
    ("en.voice_of_body", "en", "The Gaza health ministry gave new figures on Monday. Twenty-three people died in "
     "the raid, a spokeswoman for the ministry said.", "Gaza Health Ministry", []),
    ("en.voice_of_body", "en", "Gaza health ministry spokesman Karim Haddad gave new figures. A spokesman for the "
     "ministry said 23 people died in the raid.", "Karim Haddad", []),
    ("en.voice_definite", "en", "Oleh Marchenko, the regional governor, toured the port on Monday. The official "
     "said rockets killed 14 people there.", "Oleh Marchenko", []),
    ("en.voice_definite", "en", "Leyla Aziz, who runs the district clinic, met relatives on Tuesday. The official "
     "said 23 civilians died in the bombing.", "Leyla Aziz", []),
    # a count owned by its keeper, by possessive or pronoun
    ("en.owned_count", "en", "The Gaza health ministry gave new figures on Monday. By the ministry's count, 23 "
     "people died in the raid.", "Gaza Health Ministry", []),
    ("en.owned_count", "en", "Oleh Marchenko spoke on Monday. Marchenko's figure of 14 dead could not be checked "
     "independently.", "Oleh Marchenko", []),
    ("en.owned_count", "en", "The Gaza health ministry updated its figures. By its count, 23 people died in the "
     "raid.", "Gaza Health Ministry", []),
    ("en.owned_count", "en", "Oleh Marchenko described the strike on Telegram. In his words, rockets killed 14 "
     "people at the port.", "Oleh Marchenko", []),
    # the one told, named by its kind before its name
    ("en.told.kind_name", "en", "Rockets killed 14 people at the port, Oleh Marchenko told state broadcaster "
     "Suspilne.", "Oleh Marchenko", ["Suspilne"]),
    ("en.told.kind_name", "en", "Rockets killed 14 people at the port, Oleh Marchenko told the news agency "
     "Interfax.", "Oleh Marchenko", ["Interfax"]),
    ("en.told.kind_name", "en", "Oleh Marchenko told state broadcaster Suspilne that rockets killed 14 people at "
     "the port.", "Oleh Marchenko", ["Suspilne"]),
    # a medium citing its source inside the phrase before the verb; one quoting it "as saying"
    ("en.relay.citing_inside", "en", "Local media, citing police, said 14 people died in the blast at the depot.",
     "police", ["Local media"]),
    ("en.relay.citing_inside", "en", "Russian state media, citing Oleh Marchenko, said rockets killed 14 people at "
     "the port.", "Oleh Marchenko", ["Russian state media"]),
    ("en.relay.as_saying", "en", "Oleh Marchenko was cited by Interfax as saying rockets killed 14 people at the "
     "port.", "Oleh Marchenko", ["Interfax"]),
    ("en.relay.as_saying", "en", "Rockets killed 14 people at the port, Interfax reported Oleh Marchenko as "
     "saying.", "Oleh Marchenko", ["Interfax"]),
    # a document on its owner's channel
    ("en.posted_on", "en", "A statement on the ministry's website said 23 people died in the raid on the camp.",
     "ministry", []),
    ("en.posted_on", "en", "A statement posted on the Gaza health ministry's Telegram channel said 23 people died "
     "in the raid.", "Gaza Health Ministry", []),
    # round 2, from the causes of batch 25 read blind (each cell written anew with our own sentences)
    ("en.joined.people", "en", "Twelve villagers died when the shell hit the market, a nurse and a village elder "
     "said.", None, []),
    ("en.joined.groups", "en", "Twelve villagers died when the shell hit the market, residents and medics said.",
     None, []),
    ("en.joined.groups", "en", "Twelve villagers died in the shelling, according to residents and a local "
     "official.", None, []),
    ("en.relay.citing_remarks", "en", "Forty soldiers died in the assault, Reuters reported, citing remarks by the "
     "regional governor, Tom Vale.", "Tom Vale", ["Reuters"]),
    ("en.relay.citing_remarks", "en", "Forty soldiers died in the assault, the state news agency said, citing a "
     "statement by the regional governor, Tom Vale.", "Tom Vale", ["state news agency"]),
    ("en.dateline.glued", "en", "KHARTOUM\u2014Medics say nine people were killed by shelling on the market.",
     "Medics", []),
    ("en.dateline.glued", "en", "GAZA CITY\u2014Rescuers say nine people were killed in the strike on the school.",
     "Rescuers", []),
    ("en.described_apposition", "en", "The Yemen Data Project, a group that tracks the war through field monitors, "
     "says the strike killed six fishermen.", "Yemen Data Project", []),
    ("en.described_apposition", "en", "The Sudan Doctors Network, a group which counts the dead through its "
     "volunteers, said six people died in the shelling.", "Sudan Doctors Network", []),
    ("en.credit_tail", "en", "\"Nine people died in the attack,\" said a medic, as quoted by Reuters.", "medic",
     ["Reuters"]),
    ("en.relay.citing_remarks", "en", "Nearly 40 civilians died in the strikes, Reuters reported, citing "
     "Ruritania's Minister of Health, Welfare and Family, Tom Vale.", "Tom Vale", ["Reuters"]),
    ("en.according.closing_name", "en", "Nearly 40 civilians died in the strikes, according to Ruritania's Minister "
     "of Labour, Social Policy and Family, Tom Vale.", "Tom Vale", []),
    ("en.apposition.unclosed", "en", "Tom Vale, head of the Lakeside woreda, or county, up in the north told "
     "Reuters on Wednesday that 40 bodies had been recovered.", "Tom Vale", ["Reuters"]),
    ("en.apposition.unclosed", "en", "Ana Ruiz, head of the county health office in the south told AFP that 40 "
     "bodies had been recovered.", "Ana Ruiz", ["AFP"]),
    ("en.relay.citing_remarks", "en", "Nearly 700 civilians died in twelve days of strikes, Ledgerline reports, "
     "citing statements by Ruritania's Minister of Health, Welfare and Family, Tom Vale.", "Tom Vale", None),
    ("en.according.named_list", "en", "At least 14 people died, according to the UN, Amnesty International and Human "
     "Rights Watch.", None, []),
    # credits that are no relay
    ("en.not_via.photo", "en", "Oleh Marchenko said rockets killed 14 people at the port.\n(Photo: AFP)",
     "Oleh Marchenko", []),
    ("en.not_via.photo", "en", "Karim Haddad said 23 people died in the raid.\nPhoto: Reuters/Staff",
     "Karim Haddad", []),
]

ID: list[Row] = [
    # a reporting verb with its affixes after its subject
    ("id.verb.name", "id", "Budi Santoso mengatakan 14 orang tewas akibat serangan roket di pelabuhan.",
     "Budi Santoso", []),
    ("id.verb.name", "id", "Rina Wulandari menyebutkan bahwa 23 warga sipil meninggal dalam pengeboman kamp.",
     "Rina Wulandari", []),
    ("id.verb.role_name", "id", "Gubernur Budi Santoso menjelaskan 14 orang tewas akibat serangan roket itu.",
     "Budi Santoso", []),
    ("id.verb.role_name", "id", "Juru bicara pertahanan sipil Rina Wulandari mengungkapkan 23 orang tewas.",
     "Rina Wulandari", []),
    ("id.verb.name_role", "id", "Budi Santoso, kepala pemerintahan daerah itu, menerangkan 14 orang tewas.",
     "Budi Santoso", []),
    ("id.verb.name_role", "id", "Rina Wulandari, juru bicara badan pertahanan sipil, menegaskan 23 orang tewas.",
     "Rina Wulandari", []),
    ("id.verb.other", "id", "Budi Santoso mengaku 14 orang tewas akibat serangan roket di pelabuhan itu.",
     "Budi Santoso", []),
    ("id.verb.other", "id", "Rina Wulandari memaparkan 23 orang tewas dalam serangan di kamp pengungsi.",
     "Rina Wulandari", []),
    ("id.verb.misspelt", "id", "Budi Santoso mengatkan 14 orang tewas akibat serangan roket di pelabuhan.",
     "Budi Santoso", []),
    ("id.verb.misspelt", "id", "Rina Wulandari menyatkan 23 orang tewas dalam serangan di kamp pengungsi.",
     "Rina Wulandari", []),
    ("id.verb.metonym", "id", "Kyiv menyatakan 60 tentara Rusia tewas di dekat sungai pada Selasa.",
     "Government of Ukraine", []),
    ("id.verb.metonym", "id", "Moskow mengklaim pasukannya menewaskan 45 tentara Ukraina dalam sehari.",
     "Government of Russia", []),
    # a quote verb after the clause: kata / ujar / ungkap / jelas / tutur / imbuh / tambah / terang
    ("id.post.kata", "id", "Sebanyak 14 orang tewas akibat serangan roket di pelabuhan, kata Budi Santoso.",
     "Budi Santoso", []),
    ("id.post.kata", "id", "Sebanyak 23 orang tewas dalam serangan itu, kata juru bicara Rina Wulandari.",
     "Rina Wulandari", []),
    ("id.post.ujar", "id", "Sebanyak 14 orang tewas akibat serangan roket di pelabuhan, ujar Budi Santoso.",
     "Budi Santoso", []),
    ("id.post.ujar", "id", "Sebanyak 23 orang tewas dalam serangan itu, ungkap Rina Wulandari.",
     "Rina Wulandari", []),
    ("id.post.jelas", "id", "Sebanyak 14 orang tewas akibat serangan roket di pelabuhan, jelas Budi Santoso.",
     "Budi Santoso", []),
    ("id.post.jelas", "id", "Sebanyak 23 orang tewas dalam serangan itu, tutur Rina Wulandari.",
     "Rina Wulandari", []),
    ("id.post.tambah", "id", "Sebanyak 14 orang tewas akibat serangan roket di pelabuhan, imbuh Budi Santoso.",
     "Budi Santoso", []),
    ("id.post.tambah", "id", "Sebanyak 23 orang tewas dalam serangan itu, terang Rina Wulandari.",
     "Rina Wulandari", []),
    ("id.post.nya", "id", "Sebanyak 14 orang tewas akibat serangan roket di pelabuhan, katanya.",
     OUTLET, []),
    # menurut, before or after
    ("id.menurut.initial", "id", "Menurut Budi Santoso, 14 orang tewas akibat serangan roket di pelabuhan.",
     "Budi Santoso", []),
    ("id.menurut.initial", "id", "Menurut juru bicara pertahanan sipil Rina Wulandari, 23 orang tewas.",
     "Rina Wulandari", []),
    ("id.menurut.final", "id", "Sebanyak 14 orang tewas akibat serangan roket di pelabuhan, menurut Budi Santoso.",
     "Budi Santoso", []),
    ("id.menurut.final", "id", "Sebanyak 23 orang tewas dalam serangan itu menurut keterangan Rina Wulandari.",
     "Rina Wulandari", []),
    # kepada X: a medium is a via, reporters no one
    ("id.kepada.medium", "id", "Budi Santoso kepada Antara mengatakan 14 orang tewas akibat serangan roket.",
     "Budi Santoso", ["ANTARA"]),
    ("id.kepada.medium", "id", "Sebanyak 23 orang tewas dalam serangan itu, kata Rina Wulandari kepada AFP.",
     "Rina Wulandari", ["AFP"]),
    ("id.kepada.reporters", "id", "Budi Santoso kepada wartawan mengatakan 14 orang tewas akibat serangan roket.",
     "Budi Santoso", []),
    ("id.kepada.reporters", "id", "Sebanyak 23 orang tewas dalam serangan itu, kata Rina Wulandari kepada "
     "wartawan di Jakarta.", "Rina Wulandari", []),
    # dalam keterangan / pernyataan
    ("id.statement", "id", "Budi Santoso dalam keterangan tertulisnya menyebut 14 orang tewas akibat serangan.",
     "Budi Santoso", []),
    ("id.statement", "id", "Dalam pernyataannya, Rina Wulandari mengatakan 23 orang tewas dalam serangan itu.",
     "Rina Wulandari", []),
    # passive di- with the agent named
    ("id.passive", "id", "Hal itu disampaikan oleh Budi Santoso, yang menyebut 14 orang tewas akibat serangan.",
     "Budi Santoso", []),
    ("id.passive", "id", "Jumlah korban tewas mencapai 23 orang, seperti diungkapkan Rina Wulandari.",
     "Rina Wulandari", []),
    # relays: dilansir, dikutip, melansir, mengutip, melaporkan ... kata
    ("id.relay.dilansir", "id", "Sebanyak 14 orang tewas akibat serangan roket, kata Budi Santoso seperti dilansir "
     "Reuters.", "Budi Santoso", ["Reuters"]),
    ("id.relay.dilansir", "id", "Seperti dikutip Al Jazeera, Rina Wulandari mengatakan 23 orang tewas dalam "
     "serangan itu.", "Rina Wulandari", ["Al Jazeera"]),
    ("id.relay.melaporkan", "id", "Reuters melaporkan 14 orang tewas akibat serangan roket, kata Budi Santoso.",
     "Budi Santoso", ["Reuters"]),
    ("id.relay.melaporkan", "id", "AFP melaporkan, mengutip Rina Wulandari, 23 orang tewas dalam serangan itu.",
     "Rina Wulandari", ["AFP"]),
    ("id.relay.only", "id", "Sebanyak 14 orang tewas akibat serangan roket di pelabuhan, seperti dilansir Reuters.",
     OUTLET, ["Reuters"]),
    ("id.relay.only", "id", "Melansir Al Jazeera, sebanyak 23 orang tewas dalam serangan di kamp pengungsi.",
     OUTLET, ["Al Jazeera"]),
    # the source in the sentence before
    ("id.next.pronoun", "id", "Budi Santoso berbicara di televisi pada Senin. Ia mengatakan 14 orang tewas akibat "
     "serangan roket.", "Budi Santoso", []),
    ("id.next.pronoun", "id", "Rina Wulandari mengunjungi kamp itu pada Selasa. Dia menyebut 23 warga sipil "
     "tewas.", "Rina Wulandari", []),
    ("id.role_only.body_before", "id", "Kementerian Kesehatan Gaza merilis data baru pada Senin. Juru bicara "
     "kementerian itu mengatakan 23 orang tewas.", "Gaza Health Ministry", []),
    ("id.role_only.body_before", "id", "Budi Santoso memimpin pemerintahan daerah itu. Gubernur itu mengatakan 14 "
     "orang tewas akibat serangan roket.", "Budi Santoso", []),
    # datelines of Indonesian outlets
    ("id.dateline", "id", "Jakarta (ANTARA) - Sebanyak 14 orang tewas akibat serangan roket, kata Budi Santoso.",
     "Budi Santoso", ["ANTARA"]),
    ("id.dateline", "id", "GAZA, KOMPAS.com - Sebanyak 23 orang tewas dalam serangan itu, kata Rina Wulandari.",
     "Rina Wulandari", ["Kompas"]),
    # a voice of a body pointed back at (round 1's mechanisms)
    ("id.voice_of_body", "id", "Kementerian Kesehatan Gaza merilis data baru pada Senin. Juru bicara kementerian "
     "tersebut mengatakan 23 orang tewas.", "Gaza Health Ministry", []),
    ("id.voice_of_body", "id", "Kementerian Kesehatan Gaza merilis data baru pada Senin. Juru bicaranya mengatakan "
     "23 orang tewas.", "Gaza Health Ministry", []),
    ("id.voice_of_body", "id", "Kementerian Kesehatan Gaza merilis data baru. Sebanyak 23 orang tewas, kata juru "
     "bicara kementerian.", "Gaza Health Ministry", []),
    ("id.voice_definite", "id", "Budi Santoso, kepala dinas kesehatan, meninjau pelabuhan. Pejabat itu mengatakan "
     "14 orang tewas akibat serangan roket.", "Budi Santoso", []),
    ("id.owned_count", "id", "Kementerian Kesehatan Gaza memperbarui datanya. Berdasarkan catatannya, 23 orang "
     "tewas dalam serangan itu.", "Gaza Health Ministry", []),
    ("id.kepada.kind_name", "id", "Budi Santoso kepada stasiun televisi Suspilne mengatakan 14 orang tewas akibat "
     "serangan roket.", "Budi Santoso", ["Suspilne"]),
    ("id.kepada.kind_name", "id", "Budi Santoso kepada kantor berita Interfax mengatakan 14 orang tewas akibat "
     "serangan roket.", "Budi Santoso", ["Interfax"]),
    ("id.as_reported", "id", "Sebanyak 14 orang tewas akibat serangan roket, seperti ditulis Budi Santoso di "
     "Telegram.", "Budi Santoso", []),
    ("id.as_reported", "id", "Sebanyak 14 orang tewas akibat serangan roket, seperti ditulis Reuters.",
     OUTLET, ["Reuters"]),
    ("id.posted_on", "id", "Unggahan di akun Telegram Kementerian Kesehatan Gaza menyebut 23 orang tewas dalam "
     "serangan itu.", "Gaza Health Ministry", []),
    ("id.post.passive", "id", "Sebanyak 14 orang tewas akibat serangan roket, disebut Budi Santoso.",
     "Budi Santoso", []),
    ("id.post.passive", "id", "Sebanyak 23 orang tewas dalam serangan itu, ditegaskan juru bicara Rina Wulandari.",
     "Rina Wulandari", []),
    # round 2, from the causes of batch 25 read blind
    ("id.joined.people", "id", "Sembilan orang tewas dalam serangan itu, kata seorang guru dan kepala desa "
     "setempat.", None, []),
    ("id.joined.people", "id", "Seorang perawat dan seorang relawan mengatakan sembilan orang tewas dalam serangan "
     "itu.", None, []),
    ("id.joined.groups", "id", "Sembilan orang tewas dalam serangan itu, menurut warga dan seorang petugas medis.",
     None, []),
    ("id.credit_tail", "id", "\"Sembilan orang tewas dalam serangan itu,\" menurut warga, seperti dikutip AFP.",
     "warga", ["AFP"]),
    ("id.verb.glued_bahwa", "id", "Gubernur Budi Santoso juga mengatakanbahwa ada tujuh orang terluka.",
     "Budi Santoso", []),
    ("id.verb.glued_bahwa", "id", "Rina Wulandari menyebutkanbahwa 23 orang tewas dalam serangan itu.",
     "Rina Wulandari", []),
    ("id.relay.two_media", "id", "Sembilan orang tewas dalam serangan itu, kata warga, seperti dilansir AFP dan Al "
     "Arabiya.", "warga", ["AFP", "Al Arabiya"]),
    ("id.relay.two_media", "id", "Rina Wulandari mengatakan 23 orang tewas, seperti dikutip Reuters dan Al "
     "Jazeera.", "Rina Wulandari", ["Reuters", "Al Jazeera"]),
    ("id.menurut.named_list", "id", "Sedikitnya 14 orang tewas, menurut PBB, Amnesty International dan Human Rights "
     "Watch.", None, []),
    # credits that are no relay
    ("id.not_via.sumber", "id", "Budi Santoso mengatakan 14 orang tewas akibat serangan roket.\nSumber: Reuters",
     "Budi Santoso", []),
    ("id.not_via.sumber", "id", "Rina Wulandari mengatakan 23 orang tewas dalam serangan itu.\nFoto: ANTARA/Staf",
     "Rina Wulandari", []),
    ("id.not_via.baca", "id", "Rina Wulandari mengatakan 23 orang tewas dalam serangan itu.\nBaca juga: Al "
     "Jazeera soal serangan di kamp", "Rina Wulandari", []),
    ("id.not_via.baca", "id", "Budi Santoso mengatakan 14 orang tewas akibat serangan roket.\nBACA JUGA: Reuters "
     "ungkap serangan lain", "Budi Santoso", []),
]

ROWS = EN + ID


JOINED = {
    "At least 14 people died, according to the UN, Amnesty International and Human Rights Watch.":
        {"United Nations", "Amnesty International", "Human Rights Watch"},
    "Sedikitnya 14 orang tewas, menurut PBB, Amnesty International dan Human Rights Watch.":
        {"United Nations", "Amnesty International", "Human Rights Watch"},
    "Twelve villagers died when the shell hit the market, a nurse and a village elder said.":
        {"nurse", "village elder"},
    "Seorang perawat dan seorang relawan mengatakan sembilan orang tewas dalam serangan itu.": {"perawat", "relawan"},
    "Twelve villagers died when the shell hit the market, residents and medics said.": {"residents", "medics"},
    "Twelve villagers died in the shelling, according to residents and a local official.":
        {"residents", "local official"},
    "Sembilan orang tewas dalam serangan itu, kata seorang guru dan kepala desa setempat.":
        {"guru", "kepala desa setempat"},
    "Sembilan orang tewas dalam serangan itu, menurut warga dan seorang petugas medis.": {"warga", "petugas medis"},
}


def outcome(row: Row, gazetteer: Gazetteer) -> str | None:
    """None when every claim of the row's text has its speaker and via; else what went wrong (the sweep's report
    reads this per cell)."""
    _, lang, text, speaker, via = row
    claims = [c for c in run_as(text, gazetteer, lang) if not text[c.start:c.end].lstrip().startswith(
        ("Photo", "Foto", "Sumber", "Baca", "BACA"))]
    if not claims:
        return "no claim"
    if speaker is None:  # sources joined by "and": one claim per source
        got = sorted(c.speaker for c in claims)
        return None if got == sorted(JOINED[text]) else f"got {got}"
    wrong = [(c.speaker, c.via) for c in claims
             if c.speaker != speaker or (via is not None and set(c.via) != set(via))]
    return f"got {wrong}" if wrong else None


_GROUPS_JOINED = ("convention open: groups joined by 'and' stay one voice in the dev gold and in 13 tests of sessions "
                  "15-33; batches 24-25 give one claim per source (splitting: dev precision -1.1 points)")
# Cells still failing, each with why (the sweep's open rows: a strict xfail turns green the day they pass)
OPEN = {
    "Twelve villagers died when the shell hit the market, residents and medics said.": _GROUPS_JOINED,
    "Twelve villagers died in the shelling, according to residents and a local official.": _GROUPS_JOINED,
    "Sembilan orang tewas dalam serangan itu, menurut warga dan seorang petugas medis.": _GROUPS_JOINED,
    "At least 23 people, according to Karim Haddad, died in the raid on the camp.":
        "an according-to inside its clause scopes only the words after it (frame_scope, not this family's module)",
    "Rockets killed 14 people at the port of Ochakiv on Monday, Reuters reported.":
        "convention open: the dev gold credits an agency relayed alone both ways (outlet + via 85, agency 20)",
    "According to Al Jazeera, 23 people died in the raid on the camp.":
        "convention open: the dev gold credits an agency relayed alone both ways (outlet + via 85, agency 20)",
    "Hal itu disampaikan oleh Budi Santoso, yang menyebut 14 orang tewas akibat serangan.":
        "a passive opening a relative clause of speech: the clause is read as the outlet's",
}


def _param(index: int, row: Row) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=OPEN[row[2]])] if row[2] in OPEN else []
    return pytest.param(row, id=f"{row[0]}-{index}", marks=marks)


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(ROWS)])
def test_sweep_row(gazetteer: Gazetteer, row: Row) -> None:
    assert outcome(row, gazetteer) is None


def test_the_publisher_citing_a_source_is_no_relay_of_its_own(gazetteer: Gazetteer) -> None:
    # round 2 (batch 25): the page's own outlet reporting "citing" a minister; written in other capitals than the
    # outlet's metadata, it was kept as its own via
    text = ("Nearly 700 civilians died in twelve days of strikes, Ledgernews reports, citing statements by "
            "Ruritania's Minister of Health, Welfare and Family, Tom Vale.")
    claims = run_as(text, gazetteer, "en", outlet="LedgerNews")
    assert claims and all(c.speaker == "Tom Vale" and c.via == [] for c in claims), [(c.speaker, c.via) for c in claims]
