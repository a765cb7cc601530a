"""Named paraphrases (align.NAMED_MIN): a list of names retold in other words ("New cast
members include A and B" / "A and B will also star") shares its names and few plain words,
and links by default when the names are rare in both articles and stand as a list in both
sentences; one titled person, a person and his party, names used again elsewhere in an
article, names that are not side by side, the speakers of a statement, or the same people
on two different days do not link. Invented text."""

from __future__ import annotations

from storylens.align import _names_listed, _reports_speech, align
from storylens.models import Article, Document
from storylens.normalize import stem
from storylens.options import Options
from storylens.segment import segment


def doc(i: int, *sentences: str) -> Document:
    art = Article(id=f"a{i}", source=f"t{i}", outlet=f"Outlet {i}", text=" ".join(sentences))
    return segment(art)


def pairs(docs: list[Document]) -> set[frozenset[str]]:
    return {frozenset(a.sentences) for a in align(docs, Options())[0]}


# two write-ups of one film announcement, in their own words; s2 of each is the cast list
FIRST = [
    "Filming on the sequel to the mountain thriller Cold Pass begins in Norvik next month, the studio said.",
    "Director Hanne Olstad returns to write and direct the film.",
    "{}",
    "The first film earned more than 90 million dollars at the box office.",
    "The sequel is due in cinemas in the autumn of next year.",
]
SECOND = [
    "Cameras will roll in Norvik in the spring on the follow-up to the hit thriller Cold Pass.",
    "Olstad, who wrote the original, is back behind the camera.",
    "{}",
    "Her first outing was a surprise success with audiences and critics alike.",
    "A release is planned for the autumn of next year, according to the studio.",
]

POSITIVES = [
    ("New cast members include Tomas Breivik (Night Ferry) and Ilse Marand (The Quiet Harbour).",
     "Tomas Breivik and Ilse Marand will also star in the sequel."),
    ("Greta Solheim, Piet Varga and Anouk Delmar serve as producers.",
     "The sequel is executive produced by Greta Solheim, Piet Varga, Anouk Delmar."),
    ("The film also features Tomas Breivik, Ruben Asker, Ilse Marand and Lotte Kvam in supporting roles.",
     "Lotte Kvam, Tomas Breivik and Ilse Marand round out the supporting cast."),
    # a figure both give is no sign of two events
    ("New cast members for 2027 include Tomas Breivik (Night Ferry) and Ilse Marand (The Quiet Harbour).",
     "Tomas Breivik and Ilse Marand will also star in the 2027 sequel."),
]

# near misses: four shared name stems that are one titled person, a person and his party,
# or not a list in one of the sentences
NEAR_MISSES = [
    ("Culture Minister Ilse Marand praised the production.",
     "Culture Minister Ilse Marand visited the set on its first day."),
    ("Tomas Breivik, leader of the Northern Renewal party, said the tax credit was too generous.",
     "The subsidy will be challenged in parliament, said Tomas Breivik, leader of Northern Renewal."),
    ("Tomas Breivik thanked Ilse Marand for the script.",
     "Tomas Breivik and Ilse Marand will also star in the sequel."),
    # two names and one bare comma are an apposition or a fronted place, not a list: a
    # person and his party or his employer, a place and a person (review17d)
    ("Tomas Breivik, Northern Renewal's leader, praised the production.",
     "Tomas Breivik, Northern Renewal's leader, visited the set on its first day."),
    ("Tomas Breivik, Ilse Marand's agent, praised the production.",
     "Tomas Breivik, Ilse Marand's agent, visited the set on its first day."),
    ("In Port Norvik, Tomas Breivik praised the production.",
     "In Port Norvik, Tomas Breivik visited the set on its first day."),
    # the listed names are the speakers of one statement, each sentence reporting another part
    ("Tomas Breivik and Ilse Marand said in a joint statement that the shoot was safe.",
     "Tomas Breivik and Ilse Marand urged the studio to pay the crew overtime."),
    # speakers named by "according to" or a present-tense cue (review17d)
    ("According to Tomas Breivik and Ilse Marand, the shoot was safe.",
     "Tomas Breivik and Ilse Marand want the studio to pay the crew overtime."),
    ("Tomas Breivik and Ilse Marand will also star in the sequel.",
     "Tomas Breivik and Ilse Marand say the shoot was safe."),
    ("Tomas Breivik and Ilse Marand will also star in the sequel.",
     "Tomas Breivik and Ilse Marand, the two leads, argues the shoot was safe."),
    # two events of the same two people, a day apart
    ("Tomas Breivik and Ilse Marand were detained at Norvik airport on Monday.",
     "Tomas Breivik and Ilse Marand appeared before a judge in Norvik on Wednesday."),
    # the same with dates or years: two figures and none shared (review17d)
    ("Tomas Breivik and Ilse Marand were detained at Norvik airport on March 3.",
     "Tomas Breivik and Ilse Marand appeared before a judge in Norvik on March 5."),
    ("Tomas Breivik and Ilse Marand were detained at Norvik airport on 3 March.",
     "Tomas Breivik and Ilse Marand appeared before a judge in Norvik on 5 March."),
    ("Tomas Breivik and Ilse Marand were detained at Norvik airport in 2019.",
     "Tomas Breivik and Ilse Marand appeared before a judge in Norvik in 2021."),
]


def story(first: str, second: str) -> list[Document]:
    return [doc(1, *(s.format(first) for s in FIRST)), doc(2, *(s.format(second) for s in SECOND))]


def test_a_retold_list_of_names_aligns() -> None:
    for first, second in POSITIVES:
        assert frozenset({"a1:s2", "a2:s2"}) in pairs(story(first, second)), (first, second)


def test_near_misses_do_not_link() -> None:
    for first, second in NEAR_MISSES:
        assert frozenset({"a1:s2", "a2:s2"}) not in pairs(story(first, second)), (first, second)


def test_names_used_again_elsewhere_are_a_topic_not_a_claim() -> None:
    # the same two people named together in three sentences of each article: not rare
    first, second = POSITIVES[0]
    a = [s.format(first) for s in FIRST]
    b = [s.format(second) for s in SECOND]
    a[3] = "Tomas Breivik and Ilse Marand met on the set of the first film."
    a[4] = "Tomas Breivik and Ilse Marand are now married."
    b[3] = "Tomas Breivik and Ilse Marand were both nominated for awards."
    b[4] = "Tomas Breivik and Ilse Marand will present the film in Norvik."
    got = pairs([doc(1, *a), doc(2, *b)])
    assert frozenset({"a1:s2", "a2:s2"}) not in got


def test_names_listed_reads_a_list() -> None:
    names = {stem(w) for w in ("tomas", "breivik", "ilse", "marand")}
    cases = [
        ("Tomas Breivik and Ilse Marand will star.", True),
        ("Tomas Breivik (Night Ferry) and Ilse Marand (Harbour) will star.", True),
        ("It stars Ruben Asker, Tomas Breivik, and others.", True),  # one side a shared name
        ("Tomas Breivik thanked Ilse Marand.", False),
        ("Tomas Breivik, leader of the party, spoke.", False),
        ("Tomas Breivik, Minister of Culture, spoke.", False),  # a title is no name
        ("Ilse Marand arrived on Monday and Tuesday.", False),  # weekdays are no names
        # one bare comma between two names: an apposition or a fronted phrase
        ("Tomas Breivik, Northern Renewal's leader, spoke.", False),
        ("In Port Norvik, Tomas Breivik spoke.", False),
        ("In Port Norvik, Tomas Breivik, the mayor, spoke.", False),
        # a comma in a series: another join follows, or a comma comes before
        ("It stars Ruben Asker, Tomas Breivik, Ilse Marand.", True),
        ("It stars Ruben Asker, Lotte Kvam, Tomas Breivik.", True),
        ("It stars Tomas Breivik, Ilse Marand & Lotte Kvam.", True),
    ]
    for text, want in cases:
        assert _names_listed(text, names) is want, text


def test_reports_speech_reads_present_cues_and_according_to() -> None:
    cases = [
        ("Tomas Breivik and Ilse Marand said the shoot was safe.", True),
        ("Tomas Breivik and Ilse Marand say the shoot was safe.", True),
        ("Ilse Marand warns the crew to rest.", True),
        ("According to Tomas Breivik and Ilse Marand, the shoot was safe.", True),
        # near misses: no cue, or a cue's bare form that is a noun as often
        ("Tomas Breivik and Ilse Marand star in the state drama.", False),
        ("Tomas Breivik and Ilse Marand will also star in the sequel.", False),
    ]
    for text, want in cases:
        assert _reports_speech(text) is want, text
