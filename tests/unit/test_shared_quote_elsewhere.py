"""What one outlet "adds" to a shared quote, or "gives more of", is checked against the
other article as a whole, not only the quote its shared words matched: a statement the
other outlet splits into two quotations ("…," she said. "…") or whose rest it tells in
its own narration lacks none of it. The real-page wrong of session 17's hand report:
"chipleypaper.com adds 'The impeachment thing, I call it impeachment light'" where
teaparty.org quotes those words too, in a quotation split off by "he said". Invented
articles (fictional Velmora, its mayor Ilsa Dravnik and the toll bridge), each with near
misses where the words really are one outlet's own."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The mayor of Velmora spoke to reporters on Thursday about the unfinished toll bridge."
LEAD_B = "Velmora's mayor attacked the regional council over the toll bridge on Thursday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Velmora Courier", "Drav Valley Times"), "Toll bridge",
                                    "shared_quote")


CASES = [
    # (id, a, b, words the summary must show, words it must not show)
    ("the other splits the statement in two quotations: no 'each gives', it gives more",
     '"The toll bridge, I call it a monument to waste. It is a scandal. And the council '
     'should be ashamed of itself," Dravnik said.',
     '"I think the toll bridge — I call it a monument to waste," Dravnik said. "It is a '
     'scandal. And the council should be ashamed of itself. I have warned them for years."',
     "Drav Valley Times gives more of it: 'I have warned them for years'",
     ["each gives", "Velmora Courier adds", "Velmora Courier gives more"]),
    ("near miss: the other quotes the first words nowhere: each adds",
     '"The toll bridge, I call it a monument to waste. It is a scandal. And the council '
     'should be ashamed of itself," Dravnik said.',
     'Dravnik was asked about the costs. "It is a scandal. And the council should be ashamed '
     'of itself. I have warned them for years," she said.',
     "Velmora Courier adds 'The toll bridge, I call it a monument…' and Drav Valley Times adds 'I have warned them for years'",
     ["gives more of it"]),
    ("near miss: only a word or two of the first words elsewhere: each adds",
     '"The toll bridge, I call it a monument to waste. It is a scandal. And the council '
     'should be ashamed of itself," Dravnik said.',
     'Dravnik called the toll bridge a disgrace. "It is a scandal. And the council should be '
     'ashamed of itself. I have warned them for years," she said.',
     "Velmora Courier adds 'The toll bridge, I call it a monument…' and Drav Valley Times adds 'I have warned them for years'",
     ["gives more of it"]),
    ("the longer quote's rest told in the other's narration: nobody gives more",
     '"The ferry will run again on Monday morning from the old quay. The fares will stay the '
     'same for the whole summer," Dravnik said.',
     '"The ferry will run again on Monday morning from the old quay," Dravnik said. The fares '
     'will stay the same for the whole summer, she added.',
     "quote the same words",
     ["gives more of it", "adds"]),
    ("near miss: the other's narration tells something else: the longer gives more",
     '"The ferry will run again on Monday morning from the old quay. The fares will stay the '
     'same for the whole summer," Dravnik said.',
     '"The ferry will run again on Monday morning from the old quay," Dravnik said. Fares '
     'may rise in August, the council said.',
     "Velmora Courier gives more of it: ",
     ["adds"]),
    ("near miss: the other quotes those words from someone else: they are still added",
     '"The toll bridge has cost us four years. We will not accept another delay," Dravnik '
     "said.",
     '"The toll bridge has cost us four years," Dravnik said. "We will not accept another '
     'delay. The council has to go," opposition leader Pavel Orsk said.',
     "Velmora Courier gives more of it: ",
     ["Drav Valley Times gives more", "adds"]),
    ("the other quotes the rest as a quotation of its own after the attribution",
     '"We will open the north lane in May and the south lane in June. Nobody will pay a '
     'toll before the autumn," Dravnik said.',
     '"We will open the north lane in May and the south lane in June," Dravnik said. The '
     'mayor also promised that "nobody will pay a toll before the autumn".',
     "quote the same words",
     ["gives more of it", "adds"]),
    # session 18 review: the words count as found only as the other article writes them in
    # one place (or split off where it breaks off: a quote's edge, punctuation); three-word
    # windows picked from unrelated sentences make no statement of it
    ("near miss: the other's narration has the words only scattered: the longer gives more",
     '"The toll bridge has cost us four years. The builders will not finish the north lane '
     'before the winter," Dravnik said.',
     '"The toll bridge has cost us four years," Dravnik said. The builders will not comment. '
     "Engineers hope to finish the north lane before the winter.",
     "Velmora Courier gives more of it: ",
     ["quote the same words of Dravnik: 'The toll bridge has cost us four years' (8",
      "Drav Valley Times gives more"]),
    ("near miss: the speaker's other quotes have the words only scattered: each adds",
     '"The toll bridge has cost us four years and the council will not pay the builders," '
     "Dravnik said.",
     '"Frankly, the toll bridge has cost us four years," Dravnik said. "I hope the council '
     'will agree. We will not pay the builders a cent more," she added.',
     "Velmora Courier adds 'and the council will not pay the builders'",
     ["gives more of it"]),
    ("near miss: the other quotes the rest with a negation inserted: each adds",
     '"The toll bridge has cost us four years. The council will pay the builders in full by '
     'May," Dravnik said.',
     '"Frankly, the toll bridge has cost us four years," Dravnik said. "The council will not '
     'pay the builders in full by May."',
     "Velmora Courier adds 'The council will pay the builders in full…'",
     ["gives more of it"]),
    ("the other quotes the rest split off, a determiner apart: it gives more",
     '"The toll bridge has cost us four years. I call it the monument to waste of this '
     'council," Dravnik said.',
     '"Frankly, the toll bridge has cost us four years," Dravnik said. "I call it a monument '
     'to waste of this council."',
     "Drav Valley Times gives more of it: 'Frankly'",
     ["adds"]),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", CASES, ids=[c[0] for c in CASES])
def test_words_the_other_article_has_elsewhere_are_not_added(case_id, a, b, shown, absent):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert shown in summary, summary
    for words in absent:
        assert words not in summary, summary
