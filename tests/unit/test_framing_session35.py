"""Session 35's framing changes (framing35), from session 34's wrong held-out line.

A verb contrast is fair only where the two verbs introduce the same statement and the
loaded outlet does not itself give that statement with the neutral verb. Held-out t227
(session 34, read wrong): the Morning Post's 'insisted that passenger safety was his
priority' set, as the story-wide profile, against the wire's and the Courier's 'said' for
the shared '"Safety comes first ...," Aasmundsen said.' -- which the Morning Post gives
too, with a plain 'said', in a paragraph of its own. Its 'insisted' line is then a friendly
paraphrase of its own, not its verb for the shared quote
(attribution._profile_pairs: a plain telling that is not the quote the loaded cue leads
into, attribution._lead_in_quote, leaves no contrast on that statement).

Near miss kept (keyed dev t89's shape): the loaded gist leads straight into the quote in
its paragraph ('claimed hospitals and schools would be spared. "Hospitals ... will be
protected," she said.'): the gist's verb is the outlet's verb for the quote.

Invented text: a fictional ferry strike in the port town of Ambersund; Harbour Minister
Ilka Vossberg; the Ambersund Wire, the Tarnby Courier and the Coastline Herald.
"""

from __future__ import annotations

import pytest
import support

OUTLETS = ("Ambersund Wire", "Tarnby Courier", "Coastline Herald")

LEDE = ("Ferry crews in Ambersund walked out on Monday over pay, cancelling every crossing "
        "to the islands and leaving about 2,000 passengers stranded at the terminal.\n\n")
QUOTE = ('"Safety comes first, and no crossing will sail until the crews are back at work," '
         'Vossberg said.')
PLAIN = ("Harbour Minister Ilka Vossberg ordered the port authority to run two emergency "
         "boats for hospital patients until the crews return.\n\n" + QUOTE)

OWN_PARAGRAPH = ("Harbour Minister Ilka Vossberg insisted that passenger safety was her priority "
                 "and ordered the port authority to run two emergency boats for "
                 "hospital patients until the crews return.\n\n" + QUOTE)
OWN_LINE = ("Harbour Minister Ilka Vossberg insisted that passenger safety was her priority "
            "and asked the navy to carry hospital patients until the crews return.\n\n"
            + QUOTE)
LEAD_IN = ("Harbour Minister Ilka Vossberg insisted that no crossing would sail without the "
           "crews. " + QUOTE.replace("Vossberg said", "she said"))
# the wire's statement goes on to a further point, which the loaded outlet tells plainly
# after the quote its gist leads into: that point is not the gist's matter (dev d193's shape)
ADDING = QUOTE[:-1] + ", adding that two emergency boats would carry hospital patients."
FURTHER_POINT = (LEAD_IN + " The ministry says two emergency boats will carry hospital "
                 "patients.")
NO_PLAIN_TELLING = ("Harbour Minister Ilka Vossberg insisted that no crossing would sail "
                    "without the crews and ordered the port authority to run two emergency "
                    "boats for hospital patients until the crews return.")

CASES = [
    # (id, the Herald's text (the loaded verb), a line for 'insisted' expected)
    ("t227's shape: the loaded outlet gives the shared quote with 'said' in its own "
     "paragraph, its 'insisted' line a paraphrase of its own", OWN_PARAGRAPH, False),
    ("t227's shape, the loaded line one only its outlet carries", OWN_LINE, False),
    ("near miss (dev t89's shape): the loaded gist leads into the quote in its paragraph",
     LEAD_IN, True),
    ("near miss (dev d193's shape): the loaded outlet tells a further point of the "
     "statement plainly, not the gist's matter", FURTHER_POINT, True),
    ("near miss: the loaded outlet never gives the statement with a plain verb",
     NO_PLAIN_TELLING, True),
]


@pytest.mark.parametrize("name,herald,expected", CASES, ids=[c[0] for c in CASES])
def test_no_contrast_where_the_loaded_outlet_gives_the_statement_plainly(name, herald, expected):
    plain = PLAIN.replace(QUOTE, ADDING) if herald == FURTHER_POINT else PLAIN
    courier = plain.replace("Ilka Vossberg", "Ilka Vossberg, 58,")
    got = support.profile_lines(LEDE, (plain, courier, herald), OUTLETS, "insisted")
    assert bool(got) is expected, got
