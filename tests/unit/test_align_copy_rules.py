"""What makes two sentences a copy or a paraphrase (align step 3): the attribution of two
different quotes is no shared claim, a heading is no shortened copy on function words, and
``edited`` needs most of both sentences kept. Invented text (fictional town, people and
outlets), each rule with near-miss positives that must keep their link."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_align import doc, groups

from storylens.align import _different_quotes, _mostly_kept, _quoted_stems
from storylens.normalize import tokens
from storylens.options import Options

TITLE = "Jan Varga, deputy harbour master for passenger services at the Port Elm Coastal Authority,"
FILLER_A = ["Port Elm opened a second ferry pier on Friday.", "Crowds filled the quay by noon.",
            "The council paid for new lights on the promenade.", "Tickets sold out within an hour."]
FILLER_B = ["A second ferry pier opened in Port Elm on Friday.", "Hundreds of people waited on the quay.",
            "A brass band played until dusk.", "The kiosk ran out of coffee before lunch."]


DEFAULT = Options()


def _pair(a: list[str], b: list[str], options: Options = DEFAULT) -> dict[frozenset[str], str]:
    """Kinds of the groups of two articles: ``a`` and ``b`` are the second sentences."""
    return groups([doc(1, FILLER_A[0], *a, *FILLER_A[1:]), doc(2, FILLER_B[0], *b, *FILLER_B[1:])], options)[0]


PAIR = frozenset({"a1:s1", "a2:s1"})


# --- two different quotes of one speaker ------------------------------------------------

QUOTE_A = (f"\u201cWe will add two more ferries before the summer season because the queues have grown,\u201d "
           f"{TITLE} said at a briefing.")
QUOTE_B = (f"\u201cNobody should expect lower fares this year, the fuel bill alone has doubled,\u201d "
           f"{TITLE} said on Tuesday.")


def test_two_quotes_sharing_a_long_title_do_not_align() -> None:
    # the speaker, his six-word title, the cue: all the two sentences share
    for options in (Options(), Options(paraphrases=True)):
        assert PAIR not in _pair([QUOTE_A], [QUOTE_B], options)
    # a quote that began in the sentence before is still a different quote
    tail = f"And the queues keep growing,\u201d said {TITLE.rstrip(',')}."
    assert PAIR not in _pair([tail], [QUOTE_B], Options(paraphrases=True))


def test_one_quote_reported_twice_still_aligns() -> None:
    # near miss: the same quote with the same long title, lightly rewritten
    same = (f"\u201cWe will add two more ferries before summer because the queues have grown,\u201d "
            f"said {TITLE.rstrip(',')}.")
    assert _pair([QUOTE_A], [same]).get(PAIR) in ("edited", "paraphrase")
    # near miss: the quote put as reported speech in the other (only one side quotes)
    reported = "Two more ferries will join the Port Elm fleet before the summer season because queues have grown, Jan Varga said."
    assert _pair([QUOTE_A], [reported], Options(paraphrases=True)).get(PAIR) == "paraphrase"


def test_different_quotes_rule() -> None:
    qa = _quoted_stems(QUOTE_A)
    assert _different_quotes(qa, _quoted_stems(QUOTE_B))
    # two quotes sharing a word or two ("need", "saw") are still two quotes
    assert _different_quotes(frozenset({"need", "saw", "bring", "ferry", "add"}),
                             frozenset({"need", "saw", "later", "acceler", "look"}))
    # one quote, part of the other: the same quote
    assert not _different_quotes(frozenset({"never", "northgat"}), frozenset({"never", "northgat", "ever"}))
    # a sentence without a quote is no quote pair
    assert not _different_quotes(qa, frozenset())


# --- a heading is not a shortened copy ----------------------------------------------------

DECK = ("The new Harbourview ferry features a redesigned passenger deck, largely based on the open "
        "deck of the old Northgate steamer.")


def test_heading_is_not_contained_on_function_words() -> None:
    # 7 of its 8 tokens are in the long sentence ("on", "the", "new" among them), but one of
    # its 5 content words is not: a subheading, not the sentence shortened
    heading = "Walking on the new Harbourview ferry passenger deck"
    assert PAIR not in _pair([DECK], [heading])
    question = 'First, "Is the ferry the future of the harbour?"'
    long_b = "Port Elm is betting on the ferry, which, depending on who you ask, is either the future of the harbour or its past."
    assert PAIR not in _pair([question], [long_b])


def test_shortened_copies_stay_edited() -> None:
    # near miss: the sentence with its second half dropped
    full = ("Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks "
            "in two of its pillars during a routine inspection, the council said.")
    short = "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks."
    assert _pair([full], [short])[PAIR] == "edited"
    # near miss: one half of a quote, few content words but all of them kept
    both = "\u201cThis will not be another Northgate \u2026 this will never, ever be another Northgate,\u201d she added."
    half = "\u201cThis will never, ever be another Northgate.\u201d"
    assert _pair([both], [half])[PAIR] == "edited"


# --- edited needs most of both sentences kept ---------------------------------------------

# two write-ups sharing one quote: the token sets overlap by half (function words, the
# quote), but the word diff keeps well under half of either sentence
SHARED_QUOTE_A = ('She added that "this will not be another Northgate," a reference to a flood in 2009 '
                  "that cut the Port Elm rail line for a month.")
SHARED_QUOTE_B = ("\u201cThis will not be another Northgate \u2026 this will never, ever be another Northgate,\u201d "
                  "she added, referring to the 2009 flood that closed the rail line to Port Elm.")


def test_two_write_ups_sharing_a_quote_are_not_edited() -> None:
    for options in (Options(), Options(paraphrases=True)):
        assert _pair([SHARED_QUOTE_A], [SHARED_QUOTE_B], options).get(PAIR) != "edited"
    ka, kb = tokens(SHARED_QUOTE_A), tokens(SHARED_QUOTE_B)
    assert not _mostly_kept(ka, kb, of_shorter=False)


def test_copy_edits_stay_edited() -> None:
    vote = "The council voted 7-2 on Monday to close the Harbourview Bridge until engineers repair its pillars."
    # near miss: one word changed
    assert _pair([vote], [vote.replace("Monday", "Tuesday")])[PAIR] == "edited"
    # near miss: a phrase moved to the front and a word added
    moved = "On Monday, the council voted 7-2 to close the old Harbourview Bridge until engineers repair its pillars."
    assert _pair([vote], [moved])[PAIR] == "edited"
    # near miss: a real paraphrase stays a paraphrase
    para = "Port Elm's council decided 7-2 on Monday that the Harbourview Bridge stays closed until its pillars are repaired."
    assert _pair([vote], [para], Options(paraphrases=True))[PAIR] == "paraphrase"


@example(ka=list("bbcaaab"), kb=list("bcabc"), of_shorter=False)  # difflib is greedy: a stripped first token lost a match
@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from("a b c d e f".split()), min_size=1, max_size=14),
       st.lists(st.sampled_from("a b c d e f".split()), min_size=1, max_size=14), st.booleans())
def test_mostly_kept_agrees_with_the_word_diff(ka: list[str], kb: list[str], of_shorter: bool) -> None:
    # the linear shortcuts only ever find an in-order matching: never "kept" when none of
    # that size exists, and always "kept" when the word diff keeps enough
    kept = sum(b.size for b in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks())
    need = 0.5 * (min(len(ka), len(kb)) if of_shorter else max(len(ka), len(kb)))
    lcs = [[0] * (len(kb) + 1) for _ in range(len(ka) + 1)]
    for i, x in enumerate(ka):
        for j, y in enumerate(kb):
            lcs[i + 1][j + 1] = lcs[i][j] + 1 if x == y else max(lcs[i][j + 1], lcs[i + 1][j])
    result = _mostly_kept(ka, kb, of_shorter)
    if kept >= need:
        assert result
    if result:
        assert lcs[-1][-1] >= need
