"""framing across the whole story (issue 12), on invented articles about a fictional
ferry strike in Vella: descriptors, loaded modifiers and one speaker's attribution in
sentences that do not align, with a near-miss negative for every false case the issue
names (legal wording, "deny service", "declared a national emergency", a "so-called"
phrase set against an unrelated sentence)."""

from __future__ import annotations

import pytest

from storylens.findings.confidence import rule_confidence
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Harbour Post", "Vella Times", "Coast Courier")
STORY = Options(framing=True, story_framing=True)

# Shared context so the articles are one story (and so sentences can link).
LEDE_A = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
LEDE_B = "Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages they say were never paid."


def _framing(*bodies: str, options: Options | None = None) -> list:
    arts = [
        Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=body)
        for i, body in enumerate(bodies)
    ]
    comp = compare_articles(arts, options or STORY)
    return [f for f in comp.findings if f.type == "framing"]


def _words(f) -> tuple[str, str]:
    return (f.detail["a"]["word"] or "").lower(), (f.detail["b"]["word"] or "").lower()


POSITIVE = [
    # (id, text a, text b, expected (plain word, charged word), rule)
    (
        # session 16 (dev t38): the name in apposition after "group the"
        "descriptor separatist vs terrorist for one named group",
        f"{LEDE_A} Police said the fire at the depot was the work of the separatist group the Grey "
        "Banner, which wants independence for Tarn.",
        f"{LEDE_B} Officials blamed the Grey Banner terrorist group for setting the fuel depot alight.",
        ("separatist", "terrorist"),
        "framing.story.descriptor",
    ),
    (
        "descriptor mob vs protesters",
        f"{LEDE_A} Hundreds of protesters gathered outside the harbour office and blocked the gate for two hours.",
        f"{LEDE_B} Later a mob blocked the gate of the harbour office for two hours, shouting at staff.",
        ("protesters", "mob"),
        "framing.story.descriptor",
    ),
    (
        "descriptor regime vs government",
        f"{LEDE_A} The government of Vella ordered the navy to run emergency crossings to Tarn.",
        f"{LEDE_B} The regime ordered navy boats to run the crossings to Tarn instead, officials confirmed.",
        ("government", "regime"),
        "framing.story.descriptor",
    ),
    (
        "descriptor illegal immigrants vs undocumented migrants",
        f"{LEDE_A} Among the passengers stranded in Tarn were forty undocumented migrants from Osk waiting for papers.",
        f"{LEDE_B} Forty illegal immigrants from Osk were among those stranded in Tarn, still waiting for papers.",
        ("undocumented migrants", "illegal immigrants"),
        "framing.story.descriptor",
    ),
    (
        "descriptor dictator vs president",
        f"{LEDE_A} The president of Osk, Marek Dunn, offered Vella two of his navy ferries for the crossings.",
        f"{LEDE_B} Osk's dictator Marek Dunn offered two navy ferries to Vella for the crossings to Tarn.",
        ("president", "dictator"),
        "framing.story.descriptor",
    ),
    (
        "modifier suspicious death",
        f"{LEDE_A} The strike began a week after the death of ferry captain Ilse Marrow in the Tarn dock.",
        f"{LEDE_B} Crews walked out a week after the suspicious death of captain Ilse Marrow at the Tarn dock.",
        ("death", "suspicious death"),
        "framing.story.modifier",
    ),
    (
        "attribution claimed vs said, unaligned",
        f"{LEDE_A} Union leader Dara Quill said the company owed each crew member three months of pay.",
        f"{LEDE_B} The company, Quill claimed, owes every crew member three months of pay and has ignored letters.",
        ("said", "claimed"),
        "framing.story.attribution",
    ),
    (
        "relative clause claim vs say",
        f"{LEDE_A} On the coast road, villagers who say they are farmers blocked lorries bound for the port.",
        f"{LEDE_B} Protesters, who claim to be farmers, blocked lorries on the coast road bound for the port.",
        ("say", "claim"),
        "framing.story.relative_clause",
    ),
    (
        "sensational phrase with no quote vs said, same statement",
        f"{LEDE_A} The ferry company will go bankrupt by March unless the state pays the wages, "
        "union leader Dara Quill said on Tuesday at a rally in Tarn.",
        f"{LEDE_B} Dara Quill took a swipe at the state on Tuesday, warning the Tarn rally that "
        "bankruptcy would come by March without the wages.",
        ("said", "took a swipe"),
        "framing.story.attribution",
    ),
    (
        "label stated as fact vs an accusation",
        f"{LEDE_A} Investors fear that the strike fund was emptied by Ivo Brant, the union's bagman, "
        "before the crews walked out of the Tarn depot.",
        f"{LEDE_B} Ivo Brant, who has long been accused of serving as the union's bagman, emptied "
        "the strike fund before the crews walked out of the Tarn depot, investors fear.",
        ("bagman", "accused of serving as the union's bagman"),
        "framing.story.modifier",
    ),
    (
        "descriptor for one named person: dictator vs leader",
        f"{LEDE_A} Osk's leader Marek Dunn has ruled the island since 1998.",
        f"{LEDE_B} The strikers' union asked dictator Marek Dunn for ferries last week.",
        ("leader", "dictator"),
        "framing.story.descriptor",
    ),
    (
        "terrorists vs militants for one named group (linked by the name only)",
        f"{LEDE_A} Police in Tarn blamed the fire at the depot on Red Tide militants.",
        f"{LEDE_B} Ministers met on Sunday after Red Tide terrorists burned a fuel store near the port.",
        ("militants", "terrorists"),
        "framing.story.descriptor",
    ),
    (
        "pronoun subject: the previous sentence's one named person",
        f"{LEDE_A} The ferry company will go bankrupt by March unless the state pays the wages, "
        "union leader Dara Quill said on Tuesday at a rally in Tarn.",
        f"{LEDE_B} Dara Quill spoke to the Tarn rally for an hour on Tuesday. She also claimed that "
        "the ferry company would be bankrupt by March without the wages.",
        ("said", "claimed"),
        "framing.story.attribution",
    ),
]


@pytest.mark.parametrize("case", POSITIVE, ids=[c[0] for c in POSITIVE])
def test_story_framing_found(case):
    _, a, b, words, rule = case
    found = _framing(a, b)
    hits = [f for f in found if _words(f) == words]
    assert hits, [(_words(f), f.detail.get("rule")) for f in found]
    f = hits[0]
    # a pair the aligner links is reported by the aligned rule of the same kind
    # (a relative clause "who say/claim" has been a reported quote since the quotes
    # helper's fourth session, so an aligned pair reaches the attribution-verb rule first)
    aligned = {"framing.story.descriptor": "framing.aligned.loaded_term",
               "framing.story.attribution": "framing.aligned.attribution_verb",
               "framing.story.relative_clause": "framing.aligned.attribution_verb"}
    assert f.detail["rule"] in (rule, aligned.get(rule))
    # the rule's calibrated value (rules/confidence.json), shown at the default cut
    assert f.confidence == rule_confidence(f.detail["rule"]) and f.confidence >= 0.5
    assert f.spans and all(s.start < s.end for s in f.spans)
    assert {sid.partition(":")[0] for sid in f.sentences} == {"a1", "a2"}
    if f.detail.get("scope") == "story":
        assert "score" in f.detail


NEGATIVE = [
    # (id, text a, text b): near misses that must not give a story-wide framing finding
    (
        "two named groups: separatist for one, terrorist for another",
        f"{LEDE_A} Police said the fire at the depot was the work of the separatist group the Grey "
        "Banner, which wants independence for Tarn.",
        f"{LEDE_B} Officials blamed the Iron Hand terrorist group for setting the fuel depot alight.",
    ),
    (
        "legal wording: prosecutors allege",
        f"{LEDE_A} Prosecutors said the company's director moved the wage fund to a bank in Tarn.",
        f"{LEDE_B} Prosecutors allege the company's director moved the wage fund to a bank in Tarn.",
    ),
    (
        "legal wording: the indictment alleges",
        f"{LEDE_A} The director moved the wage fund to a bank in Tarn, according to court papers.",
        f"{LEDE_B} The indictment alleges that the director moved the wage fund to a bank in Tarn.",
    ),
    (
        "legal wording: the alleged gunman",
        f"{LEDE_A} Police said the gunman who fired at the ferry office was arrested in Tarn.",
        f"{LEDE_B} Police said the alleged gunman who fired at the ferry office was arrested in Tarn.",
    ),
    (
        "deny service is not speech",
        f"{LEDE_A} The company said it would refuse service to passengers without tickets bought in advance.",
        f"{LEDE_B} The company will deny service to passengers without tickets bought in advance.",
    ),
    (
        "declared a national emergency",
        f"{LEDE_A} President Oren Falk said on Tuesday that the strike was now a national emergency.",
        f"{LEDE_B} President Oren Falk declared a national emergency on Tuesday over the strike.",
    ),
    (
        "so-called phrase against an unrelated sentence",
        f"{LEDE_A} The harbour board approved the new budget for the Tarn terminal on Tuesday.",
        f"{LEDE_B} Senators in Vella debated the so-called nuclear option for ending strikes.",
    ),
    (
        "loaded word inside a direct quote",
        f"{LEDE_A} Hundreds of protesters gathered outside the harbour office and blocked the gate.",
        f'{LEDE_B} "This mob has no right to block the gate of the harbour office," the port director said.',
    ),
    (
        "loaded word in a short quoted phrase (scare quotes)",
        f"{LEDE_A} The union will strike on until the law on ferries is withdrawn by parliament in Vella.",
        f"{LEDE_B} The union will strike on until the “draconian law” on ferries is withdrawn by parliament.",
    ),
    (
        "'failed' reports an outcome, it is not loaded",
        f"{LEDE_A} The strike follows a bid by the crews to win back pay in court last year.",
        f"{LEDE_B} The strike follows a failed bid by the crews to win back pay in court last year.",
    ),
    (
        "name of a charge",
        f"{LEDE_A} Two union members were questioned over the protests at the harbour office in Tarn.",
        f"{LEDE_B} Two union members were charged with inciting riots at the harbour office in Tarn.",
    ),
    (
        "difference of degree: stormed vs broke into",
        f"{LEDE_A} Strikers broke into the harbour office in Tarn and cut the power to the cranes.",
        f"{LEDE_B} Strikers stormed the harbour office in Tarn and cut the power to the cranes.",
    ),
    (
        "same speaker, different statements",
        f"{LEDE_A} Union leader Dara Quill said the crews would return on Friday if talks resumed.",
        f"{LEDE_B} Quill admitted the union's strike fund had run out in November.",
    ),
    (
        "sensational verb in the passive: the subject is the one criticised",
        f"{LEDE_A} Union leader Dara Quill said the ferry company will go bankrupt by March unless the state pays.",
        f"{LEDE_B} Union leader Dara Quill was slammed by ministers after warning the ferry company will go bankrupt by March.",
    ),
    (
        "sensational phrase aimed at the named person, not said by them",
        f"{LEDE_A} Union leader Dara Quill said the ferry company will go bankrupt by March unless the state pays.",
        f"{LEDE_B} Ministers took a swipe at Dara Quill over her warning that the ferry company will go bankrupt by March.",
    ),
    (
        "the named person is asked, not asking",
        f"{LEDE_A} Union leader Dara Quill said the ferry company will go bankrupt by March unless the state pays.",
        f"{LEDE_B} Reporters slammed the door as minister Oren Falk asked Dara Quill whether the ferry company will go bankrupt by March.",
    ),
    (
        "loaded and plain labels for two different named people",
        f"{LEDE_A} Osk's leader Marek Dunn has ruled the island since 1998.",
        f"{LEDE_B} The strikers' union asked dictator Oren Falk for ferries last week.",
    ),
    (
        "an unresolved 'He' in each outlet is no one speaker",
        f"{LEDE_A} Union leader Dara Quill met minister Oren Falk at the depot. He said the company "
        "owes each crew member three months of pay.",
        f"{LEDE_B} He claimed that crews had gone three months without pay while the company looked away.",
    ),
    (
        "a cue word read as a noun: Falk's comments",
        f"{LEDE_A} Dara Quill later mocked minister Oren Falk's comments that the company owes each crew member three months of pay.",
        f"{LEDE_B} Union leader Dara Quill claimed the company owes each crew member three months of pay.",
    ),
    (
        "pronoun after a sentence naming two people",
        f"{LEDE_A} Union leader Dara Quill said the company owed each crew member three months of pay.",
        f"{LEDE_B} Dara Quill met minister Oren Falk at the depot in Tarn. He claimed the company owes each crew member three months of pay.",
    ),
    (
        "doubt modifier against a counterpart that hedges with the adverb",
        f"{LEDE_A} The navy struck the depot in Tarn over the weekend for allegedly storing fuel for the strikers.",
        f"{LEDE_B} The navy said it struck the depot in Tarn in response to alleged fuel storage for the strikers.",
    ),
    (
        "accusation label against a sentence that hedges it too",
        f"{LEDE_A} Investors fear that the strike fund was emptied by Ivo Brant, the alleged bagman of the union, before the walkout.",
        f"{LEDE_B} Ivo Brant, who has long been accused of serving as the union's bagman, emptied the strike fund before the walkout.",
    ),
    (
        "accusation label against the label inside a quote",
        f'{LEDE_A} "Ivo Brant is the bagman of this union and emptied the strike fund," a striker in Tarn said.',
        f"{LEDE_B} Ivo Brant, who has long been accused of serving as the union's bagman, emptied the strike fund before the walkout.",
    ),
    (
        "both outlets use the loaded word",
        f"{LEDE_A} The regime ordered the navy to run crossings, and the government paid for fuel.",
        f"{LEDE_B} The regime ordered navy boats to run the crossings to Tarn instead.",
    ),
]


@pytest.mark.parametrize("case", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_story_framing_near_miss(case):
    _, a, b = case
    found = [f for f in _framing(a, b) if f.detail.get("scope") == "story"]
    assert found == [], [(f.summary, f.detail.get("rule")) for f in found]


def test_cue_word_read_as_a_noun_is_no_attribution_aligned_or_not():
    """ "Falk's comments that ..." is a noun: neither the aligned nor the story-wide rule
    sets it against "claimed" (the cue finder reads a capitalised possessor as "is")."""
    _, a, b = next(c for c in NEGATIVE if c[0].startswith("a cue word"))
    assert _framing(a, b) == []


ANCHORS = [
    # (sentence, term, the name it labels or None)
    ("Osk's leader Marek Dunn has ruled the island since 1998.", "leader", "Marek Dunn"),
    ("Dictator Marek Dunn spoke on Sunday.", "Dictator", "Marek Dunn"),
    ("Police blamed Red Tide militants for the fire.", "militants", "Red Tide"),
    ("Police blamed the militant group Red Tide for the fire.", "militant", "Red Tide"),
    ("The Osk regime closed the port.", "regime", "Osk"),
    ("Police arrested the protesters, Red Tide leaders said.", "protesters", None),
    ("The president warned Osk on Sunday.", "president", None),
    # session 16: the name in apposition after a class word, with its article (dev t38)
    ("Police blamed the armed separatist group the Grey Banner for the fire.", "separatist",
     "Grey Banner"),
    ("Police blamed a separatist group, the Grey Banner, for the fire.", "separatist", "Grey Banner"),
    # ... but "the" right after a term with no class word opens another noun phrase
    ("Police said the protesters the Grey Banner hired had left.", "protesters", None),
    # ... and a name a verb follows is a clause's subject, no apposition (review16e): a
    # relative clause, the source of the report
    ("Members of the separatist group the Interior Ministry banned in 2019 set the fire.",
     "separatist", None),
    ("Police blamed a separatist group, the Interior Ministry said.", "separatist", None),
]


@pytest.mark.parametrize("case", ANCHORS, ids=[c[0] for c in ANCHORS])
def test_descriptor_anchor(case):
    """The name a descriptor labels, the link that needs no sentence overlap."""
    from storylens.analysis.descriptors import term_uses

    sentence, term, name = case
    comp = compare_articles([Article(id="a1", source="t", outlet="X", text=f"{LEDE_A} {sentence}"),
                             Article(id="a2", source="t", outlet="Y", text=LEDE_B)], STORY)
    uses = [u for u in term_uses(comp.documents[0]) if u.surface == term]
    assert uses, [u.surface for u in term_uses(comp.documents[0])]
    if name is None:
        assert uses[0].anchor is None
    else:
        # entity keys are phonetic ("marek dun"): the name's last word opens the key's
        assert uses[0].anchor and uses[0].anchor.split()[-1][:3] == name.split()[-1][:3].lower()


def test_three_outlets_name_each_plain_outlet():
    found = _framing(
        # a copy-edit of the other two (a rewrite is a paraphrase: it joins no copy group by default)
        f"{LEDE_A} Hundreds of protesters blocked the gate of the harbour office for two hours.",
        f"{LEDE_B} Later a mob blocked the gate of the harbour office for two hours, shouting at staff.",
        f"{LEDE_A} Protesters blocked the gate of the harbour office for two hours on Monday.",
    )
    hits = [f for f in found if _words(f)[1] == "mob"]
    assert len(hits) == 1
    assert set(hits[0].detail["a"]["outlets"].split(" and ")) == {"Harbour Post", "Coast Courier"}
    assert hits[0].detail["b"]["outlets"] == "Vella Times"


def test_story_framing_is_on_by_default_and_off_with_story_framing_false():
    _, a, b, _, _ = next(c for c in POSITIVE if c[4] == "framing.story.modifier")
    assert any(f.detail.get("scope") == "story" for f in _framing(a, b, options=Options()))
    off = Options(framing=True, story_framing=False)
    assert [f for f in _framing(a, b, options=off) if f.detail.get("scope") == "story"] == []
    assert any(f.detail.get("scope") == "story" for f in _framing(a, b))
