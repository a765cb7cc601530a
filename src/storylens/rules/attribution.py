"""Attribution (reporting) verbs as data: which verb introduces speech, and what it implies.

Used by ``analysis.quotes`` (to find cues) and ``findings.framing`` (to compare the verb
two outlets chose for the same statement).

Classes and where they come from:

* ``neutral``  — Wikipedia, *Manual of Style/Words to watch* ("Said, stated, described,
  writes, commented, and according to are almost always neutral and accurate"); AP
  Stylebook, entry *said*: "said" is the preferred, neutral attribution verb.
* ``doubt``    — Words to watch: "To say that someone asserted or claimed something can
  call their statement's credibility into question"; *insisted* "can suggest the degree
  of the person's ... resoluteness"; AP Stylebook, *claim*: use sparingly, implies doubt.
  *alleged* / *purported* carry explicit doubt (AP: *allege*).
* ``culpability`` — Words to watch: "the words admit, confess, reveal, and deny ... imply
  culpability". Admitting something the neutral outlet merely "said" frames the speaker.
* ``endorsing`` — Words to watch: "clarified, explained, exposed, found, pointed out,
  showed, or revealed something can imply it is true". Mild; findings use it only with a
  lowered confidence.
* ``other``    — speech verbs with a tone (warned, urged, vowed, slammed, ...). Useful as
  cues for extraction; not compared for framing (too often a legitimate summary choice).
"""

from __future__ import annotations

NEUTRAL = "neutral"
DOUBT = "doubt"
CULPABILITY = "culpability"
ENDORSING = "endorsing"
OTHER = "other"

# lemma -> class. Comments give the source when it is not the class's own.
CUE_VERBS: dict[str, str] = {
    # neutral (Words to watch; AP "said")
    "say": NEUTRAL,
    "tell": NEUTRAL,
    "state": NEUTRAL,
    "describe": NEUTRAL,
    "write": NEUTRAL,
    "comment": NEUTRAL,
    "add": NEUTRAL,  # continuation of a neutral attribution
    "announce": NEUTRAL,
    "report": NEUTRAL,
    "reply": NEUTRAL,
    "respond": NEUTRAL,
    "ask": NEUTRAL,
    "continue": NEUTRAL,  # "he continued" after a quote
    "tweet": NEUTRAL,
    "post": NEUTRAL,
    "declare": NEUTRAL,
    "remark": NEUTRAL,
    "conclude": NEUTRAL,
    # doubt
    "claim": DOUBT,
    "allege": DOUBT,
    "assert": DOUBT,
    "insist": DOUBT,
    "purport": DOUBT,
    "contend": DOUBT,
    "maintain": DOUBT,
    # culpability
    "admit": CULPABILITY,
    "confess": CULPABILITY,
    "concede": CULPABILITY,
    "deny": CULPABILITY,
    # endorsing
    "explain": ENDORSING,
    "clarify": ENDORSING,
    "reveal": ENDORSING,
    "point out": ENDORSING,
    "note": ENDORSING,
    "observe": ENDORSING,
    "acknowledge": ENDORSING,
    # other speech verbs (cues only)
    "warn": OTHER,
    "urge": OTHER,
    "vow": OTHER,
    "pledge": OTHER,
    "promise": OTHER,
    "threaten": OTHER,
    "argue": OTHER,
    "suggest": OTHER,
    "boast": OTHER,
    "complain": OTHER,
    "lament": OTHER,
    "predict": OTHER,
    "recall": OTHER,
    "stress": OTHER,
    "emphasize": OTHER,
    "emphasise": OTHER,
    "demand": OTHER,
    "call": OTHER,  # "called for", "called it ..."
    "accuse": OTHER,
    "slam": OTHER,
    "blast": OTHER,
    "charge": OTHER,
    "tout": OTHER,
    "estimate": OTHER,
    "believe": OTHER,
    "think": OTHER,
    "agree": OTHER,
    "shout": OTHER,
    "whisper": OTHER,
    "joke": OTHER,
    "quip": OTHER,
    "testify": OTHER,
    "confirm": OTHER,
    "hint": OTHER,
    "mention": OTHER,
    "indicate": OTHER,
    "tell reporters": NEUTRAL,
    "find": ENDORSING,  # "a study found that …" (Words to watch: "found")
}

# Irregular or spelling-changing inflections; regular ones are generated.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "clarify": ("clarify", "clarifies", "clarified", "clarifying"),
    "slam": ("slam", "slams", "slammed", "slamming"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "point out": ("point out", "points out", "pointed out", "pointing out"),
    "tell reporters": ("told reporters", "tells reporters", "telling reporters"),
    "find": ("find", "finds", "found", "finding"),
}


def inflections(lemma: str) -> tuple[str, ...]:
    """Surface forms of a cue lemma (present, 3rd person, past, -ing)."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith(("sh", "ch", "s", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


CUE_FORMS: dict[str, str] = {
    form: lemma for lemma in CUE_VERBS for form in inflections(lemma)
}
"""surface form -> lemma, e.g. ``"claimed" -> "claim"``."""

# Cues used for *indirect* (reported) speech. Narrower than CUE_VERBS: "believe",
# "think", "call" and friends introduce too much that is not speech.
INDIRECT_LEMMAS: frozenset[str] = frozenset(
    {
        "say", "tell", "state", "write", "add", "announce", "report", "claim", "allege",
        "assert", "insist", "contend", "maintain", "admit", "concede", "deny", "explain",
        "note", "acknowledge", "warn", "urge", "argue", "suggest", "predict", "stress",
        "emphasize", "emphasise", "confirm", "declare", "tweet", "vow", "pledge",
        "promise", "threaten", "complain", "accuse", "boast", "estimate", "agree",
        "reveal", "recall", "testify", "point out", "charge", "conclude", "remark",
        "indicate", "mention", "tell reporters", "find",
    }
)

# Phrases that attribute without a verb (Words to watch lists "according to" as neutral).
ACCORDING_TO = ("according to",)


def cue_class(cue: str | None) -> str | None:
    """Class of a cue as written ("has claimed" -> "doubt"); ``None`` if unknown."""
    if not cue:
        return None
    text = " ".join(cue.lower().replace(":", " ").split())
    if text.startswith("according to"):
        return NEUTRAL
    words = text.split()
    # try two-word forms first ("pointed out"), then each word from the right
    for i in range(len(words) - 1, -1, -1):
        pair = " ".join(words[i : i + 2])
        if pair in CUE_FORMS:
            return CUE_VERBS[CUE_FORMS[pair]]
        if words[i] in CUE_FORMS:
            return CUE_VERBS[CUE_FORMS[words[i]]]
    return None


def cue_lemma(cue: str | None) -> str | None:
    if not cue:
        return None
    text = " ".join(cue.lower().replace(":", " ").split())
    if text.startswith("according to"):
        return "according to"
    words = text.split()
    for i in range(len(words) - 1, -1, -1):
        pair = " ".join(words[i : i + 2])
        if pair in CUE_FORMS:
            return CUE_FORMS[pair]
        if words[i] in CUE_FORMS:
            return CUE_FORMS[words[i]]
    return None

# Hedges that cast doubt without a verb ("the alleged attack", "so-called reforms").
# Source: Words to watch ("alleged", "supposed", "so-called" under "Expressions of doubt").
DOUBT_MARKERS: frozenset[str] = frozenset(
    {"alleged", "allegedly", "purported", "purportedly", "so-called",
     "supposedly"}
)
