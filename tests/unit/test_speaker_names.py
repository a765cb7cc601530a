"""Speakers and names a reader saw wrong on real pages (reader report item 7), on invented
text: a sentence-opening "Having" read as a name, a name cut at its initials ("Gov. J.B."),
a capitalised role noun kept in the name ("Resident …"), "The Governor" as a name, and a
coordinated school name cut to "High School". Each beside a near miss that must hold."""

from __future__ import annotations

from storylens.analysis import analyse
from storylens.analysis.quotes import extract_quotes
from storylens.findings import fact_labels as L
from storylens.models import Article
from storylens.segment import segment


def _doc(text: str):
    return analyse(segment(Article(id="a1", source="t", outlet="Orm Ledger", text=text)))


def _ents(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in _doc(text).analysis.entities]


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    d = _doc(text)
    return [(q.speaker, L.speaker(d, q)) for q in d.analysis.quotes]


def test_having_said_that_is_no_speaker():
    text = ("I grew up with that saying, too. Having said that, I also have to point to "
            "what Marta Quell told me: \u201cIf you wait, you lose the harbour.\u201d")
    sp = _speakers(text)
    assert all(s != "Having" for s, _ in sp), sp
    assert ("Marta Quell", "Marta Quell") in sp
    # near miss: "has said" is still a cue with its speaker before it
    plain = extract_quotes(segment(Article(id="a1", source="t", outlet="x", text=(
        "\u201cThe ferry will run,\u201d Marta Quell has said."))))
    assert [q.speaker for q in plain] == ["Marta Quell"]


def test_a_name_with_initials_is_kept_whole():
    assert ("person", "J.B. Parrin") in _ents("\u201cWe will not wait,\u201d Gov. J.B. Parrin said.")
    assert ("person", "A.J. Doe") in _ents("\u201cThe dam holds,\u201d A.J. Doe said on Monday.")
    assert ("person", "J. K. Vell") in _ents("\u201cThe dam holds,\u201d said J. K. Vell, the engineer.")
    text = "\u201cWe are restoring rights,\u201d Orm Governor J.B. Parrin said in a statement."
    assert _speakers(text) == [("Orm Governor J.B. Parrin", "J.B. Parrin")]
    # near miss: a dotted abbreviation the alias table knows is a name of its own
    ents = _ents("The U.S. Army sent two boats to the delta on Monday.")
    assert ("place", "U.S.") in ents or any(t == "U.S." for _, t in ents), ents
    assert not any(t.startswith("U.S. Army") for _, t in ents), ents


def test_a_role_noun_opening_the_sentence_is_not_part_of_the_name():
    text = ("More than 200 people gathered. Resident Maqsood Tarim said protesters were not "
            "afraid. \u201cWe have waited two days on the roof,\u201d Tarim said.")
    ents = _ents(text)
    assert ("person", "Maqsood Tarim") in ents and not any("Resident" in t for _, t in ents)
    assert ("Resident Maqsood Tarim", "Maqsood Tarim") in _speakers(text)
    # near misses: one name word after it may be a given name, and an organisation keeps it
    assert any(t == "Fan Bingwei" for _, t in _ents("Fan Bingwei said the show would go on."))
    assert any(t == "Student Loan Company" for _, t in _ents(
        "Student Loan Company said the payments would resume in May."))


def test_the_governor_is_the_named_holder_of_the_title_or_no_name():
    text = ("Delta Governor Tarsem Vell spoke on Monday. The Governor said that the harbour "
            "will reopen soon. \u201cIt is a great day for the delta,\u201d the Governor said.")
    assert {s for s, _ in _speakers(text)} == {"Tarsem Vell"}
    assert {lab for _, lab in _speakers(text)} == {"Tarsem Vell"}
    # near misses: nobody holds the title, or two people do: the role stays a description
    alone = "The Governor said that the harbour will reopen. \u201cIt is a great day,\u201d the Governor said."
    assert all(s.lower() == "the governor" and lab is None for s, lab in _speakers(alone))
    two = ("Delta Governor Tarsem Vell met Orm Governor Lise Parrin. The Governor said that "
           "the harbour will reopen soon.")
    assert _speakers(two) == [("The Governor", None)]
    # a different title is not the holder: "the prime minister" is not the foreign minister
    other = ("Foreign Minister Ana Lund flew in on Monday. The prime minister said that the "
             "talks would go on.")
    assert [s for s, _ in _speakers(other)] == ["The prime minister"]


def test_two_modifiers_sharing_a_head_make_one_name():
    ents = _ents("Bands from schools including Orm Girl\u2019s Middle and High School and Tarn "
                 "Boy\u2019s Middle and High School marched on Monday.")
    assert ("org", "Orm Girl\u2019s Middle and High School") in ents
    assert not any(t == "High School" for _, t in ents), ents
    # near miss: two names joined by "and" stay two
    ents = _ents("Mara Velko and Orm Bank signed the lease on Monday.")
    assert ("org", "Orm Bank") in ents and not any("and" in t for _, t in ents), ents


def test_a_number_is_not_named_by_another_numbers_word():
    """"old" in "35-year-old" measures the 35: it must not label the 159 after it (the
    summary showed "old Vellian is ranked No. 159")."""
    text = "The 35-year-old Vellian is ranked 159 in the world after a long injury."
    assert L._glued_to_other_number(text, text.index("old"), text.index("159"))
    # near misses: a word glued to the labelled number itself, a free word after another
    assert not L._glued_to_other_number(text, text.index("year"), text.index("35"))
    crew = "a 12-hour shift for 40 nurses"
    assert not L._glued_to_other_number(crew, crew.index("hour"), crew.index("12"))
    assert not L._glued_to_other_number(crew, crew.index("nurses"), crew.index("40"))


def test_a_name_opening_with_an_initial_a_is_no_description():
    """"A K Vell" opens with "A", which is also an article: the name found inside the
    speaker phrase is still shown (only a phrase as written that opens with one is a
    description)."""
    text = ("A probe will look at the leak, Orm Police Commissioner A K Vell told "
            "reporters on Monday.")
    labels = [lab for _, lab in _speakers(text)]
    assert "A K Vell" in labels, labels
