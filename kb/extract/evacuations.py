"""An order to the population to leave: the war's conduct toward civilians, no call on a party.

"The army urged residents of the eastern districts to leave ahead of the strikes", "pasukan meminta warga kota
untuk mengungsi ke selatan": the addressees are the people living there, not a party to the war, and what is
asked is that they move — an evacuation order, which the annotation leaves out (a call is a demand or proposal
addressed to parties: stop firing, restraint, a ceasefire, talks), as it leaves out safety advice
(``stance_gates.shelter_advice``).  The population must be whom the call is addressed to (at the head of its
words): "urged Israel to let civilians leave" is addressed to a party and stays a call.  On the 242 dev
articles of batches <= 12 such calls were right 2 times in 8.
"""

from __future__ import annotations

import re

_POPULATION = (r"(?:residents|inhabitants|civilians|people|the\s+population|families|warga(?:\s+sipil)?|penduduk"
               r"|masyarakat|rakyat|orang-orang)")
_LEAVE = (r"(?:leave|flee|evacuate|move\s+(?:away|out|south|north|east|west|to)|relocate|head\s+(?:south|north|to)"
          r"|mengungsi|meninggalkan|melarikan\s+diri|pindah|evakuasi|dievakuasi|menyingkir|menjauh)")
_ORDER = re.compile(
    rf"\s*(?:(?:kepada|on|upon)\s+)?(?:(?:the|all|semua|seluruh|para)\s+)?"
    rf"(?:(?:(?-i:[A-Z])[\w'’-]*|northern|southern|eastern|western|local)\s+){{0,2}}?{_POPULATION}"
    rf"(?![\w-])(?:[\s,]+[\w'’.-]+){{0,10}}?\s+(?:(?:untuk|to|agar|supaya)\s+)?(?:segera\s+|swiftly\s+|immediately\s+)?"
    rf"{_LEAVE}(?![\w-])",
    re.IGNORECASE,
)


def evacuation_order(norm: str, scope: tuple[int, int]) -> bool:
    """Whether a call's words open with the population and ask it to leave ("residents of X to evacuate", "warga
    ... untuk meninggalkan daerah tersebut"): an evacuation order, no call on a party."""
    match = _ORDER.match(norm, scope[0], scope[1])
    return match is not None
