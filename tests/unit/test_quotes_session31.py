"""Session 31 (quotes31): a speaker change is never claimed between two spellings of one name.

Under its flag quote_changed read held-out t183 wrong: one outlet's "Corvescu said" and
another's "Korvescu said", one lawmaker spelled two ways (the name_variant finder pairs
"Radu Corvescu" / "Radu Korvescu"), told as the same words given to two people. The
speaker-change finder now asks the name_variant finder's clusters
(``findings.names.name_clusters``) whether the two written speakers can be one person,
a surname alone standing for every full name of it its article writes
(quote_speakers._one_person, _clustered). Near misses that stay speaker changes: two
similar surnames one article names apart ("Marek" beside "Malek"), two people of one
surname written with their two given names (siblings), and two given names before two
spellings of a surname.

Also its d181 trap: "There is no evidence so far of lasting harm" / "There is no evidence
yet of lasting harm", one adverbial of the time up to now put for another in a denial
(rules.quote_changes.PRESENT_LIMITERS, quote_diff._present_limit_swap), read as a hedge
changed. Near misses that stay changes: the limiter dropped (a denial for now made one for
good), one put for "ever" or for "for now" (the present moment, another limit).

The text is new invented text (the port of Brenvik, its pier and its people).
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(quote_changes=True)
TAIL = " The harbour board will meet in June to review the pier's rules."


OUTLETS = ("Brenvik Post", "Coast Herald")


def _quote_changes(a: str, b: str) -> list[str]:
    return [f.summary for f in support.quote_changes_of(a + TAIL, b + TAIL, OUTLETS, ON)]


def _speaker_changes(a: str, b: str) -> list[tuple[str, str]]:
    return support.speaker_changes(a + TAIL, b + TAIL, OUTLETS, ON)


QUOTE = "I never saw the crates on the boat. The boat belongs to my family"

CASES = [
    # (id, outlet a, outlet b, speaker change expected)
    # one councillor spelled two ways (K / C), each outlet's surname alone as speaker; one
    # outlet also names his brother, so its bare surname stands for two full names
    ("surname-spelled-two-ways",
     "Harbour councillor Stefan Kalvaro was stopped at the Brenvik pier on Friday. "
     f'In a statement, Kalvaro said: "{QUOTE}." The boat is registered to his brother, Luca '
     "Kalvaro, who runs a fish shop.",
     "Harbour councillor Stefan Calvaro was stopped at the Brenvik pier on Friday. "
     f'"{QUOTE}," Calvaro said in a statement.',
     False),
    # ... the full names written as the speakers
    ("full-name-spelled-two-ways",
     f'"{QUOTE}," harbour councillor Stefan Kalvaro said on Friday.',
     f'"{QUOTE}," harbour councillor Stefan Calvaro said on Friday.',
     False),
    # near miss: two similar surnames that one outlet names apart are two people
    ("named-apart",
     "Dock foreman Tomas Marek and crane driver Tomas Malek both spoke on Friday. "
     f'"{QUOTE}," Marek said.',
     "Dock foreman Tomas Marek and crane driver Tomas Malek both spoke on Friday. "
     f'"{QUOTE}," Malek said.',
     True),
    # near miss: two similar surnames alone, each outlet naming its own full name of it
    ("surnames-alone-two-full-names",
     f'Dock foreman Jan Marek spoke on Friday. "{QUOTE}," Marek said.',
     f'Crane driver Piotr Malek spoke on Friday. "{QUOTE}," Malek said.',
     True),
    # near miss: siblings of one surname, each written with a given name
    ("siblings-one-surname",
     "Irina Dalvescu and her brother Petru Dalvescu own the boat. "
     f'"{QUOTE}," Irina Dalvescu said on Friday.',
     "Irina Dalvescu and her brother Petru Dalvescu own the boat. "
     f'"{QUOTE}," Petru Dalvescu said on Friday.',
     True),
    # near miss: two given names before two spellings of a surname: two people
    ("given-names-apart-surnames-alike",
     f'"{QUOTE}," harbour councillor Stefan Kalvaro said on Friday.',
     f'"{QUOTE}," fish trader Luca Calvaro said on Friday.',
     True),
    # one person: an initial and the given name before one surname
    ("initial-and-given",
     f'"{QUOTE}," Irina Dalvescu said on Friday.',
     f'"{QUOTE}," I. Dalvescu said on Friday.',
     False),
    # one person: one given name spelled two ways before one surname
    ("given-spelled-two-ways",
     f'"{QUOTE}," pier manager Mikael Ostrand said on Friday.',
     f'"{QUOTE}," pier manager Michael Ostrand said on Friday.',
     False),
    # two people of unrelated names: a change, as before
    ("two-names",
     f'"{QUOTE}," Irina Dalvescu said on Friday.',
     f'"{QUOTE}," Stefan Kalvaro said on Friday.',
     True),
]


@pytest.mark.parametrize("a, b, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_change_needs_two_people(a: str, b: str, expected: bool) -> None:
    got = _speaker_changes(a, b)
    assert bool(got) == expected, got


SAID = " said pier manager Mikael Ostrand on Friday."
LIMITS = [
    # (id, quote a, quote b, change expected)
    ("so-far-yet", "There is no evidence so far of damage to the pier,",
     "There is no evidence yet of damage to the pier,", False),
    ("to-date-so-far", "We have found no cracks to date in the old pier,",
     "We have found no cracks so far in the old pier,", False),
    ("as-yet-yet", "No boat has as yet been turned away from the pier,",
     "No boat has yet been turned away from the pier,", False),
    # near misses: the limit dropped, or put for another word
    ("so-far-dropped", "There is no evidence so far of damage to the pier,",
     "There is no evidence of damage to the pier,", True),
    ("so-far-ever", "There is no evidence so far of damage to the pier,",
     "There is no evidence ever of damage to the pier,", True),
]


@pytest.mark.parametrize("a, b, expected", [c[1:] for c in LIMITS], ids=[c[0] for c in LIMITS])
def test_one_limit_to_now_for_another_in_a_denial(a: str, b: str, expected: bool) -> None:
    got = _quote_changes(f'"{a}"{SAID}', f'"{b}"{SAID}')
    assert bool(got) == expected, got
