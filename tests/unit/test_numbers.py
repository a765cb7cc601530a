"""Numbers, amounts, quantities and dates on invented sentences."""

from __future__ import annotations

import pytest
import support
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.analysis.numbers import extract_quantities, parse_number_words, parse_published
from storylens.models import Document


def make_doc(*sentences: str, published: str | None = "2020-09-30") -> Document:
    return support.make_doc("a1", "Test Outlet", sentences, published=published)


def quantities(sentence: str, published: str | None = "2020-09-30"):
    return extract_quantities(make_doc(sentence, published=published))


def one(sentence: str, text: str, published: str | None = "2020-09-30"):
    found = [q for q in quantities(sentence, published) if q.text == text]
    assert found, [q.text for q in quantities(sentence, published)]
    return found[0]


# (sentence, span text, kind, value, unit, date, relative); 2020-09-30 is a Wednesday
CASES = [
    ("The death toll rose to 1,204 on the coast.", "1,204", "cardinal", 1204, None, None, False),
    ("Some 1.2 million people fled the floods.", "1.2 million", "cardinal", 1.2e6, None, None, False),
    ("Officials counted twenty-five bodies.", "twenty-five", "cardinal", 25, None, None, False),
    ("Three hundred and six homes were lost.", "Three hundred and six", "cardinal", 306, None, None, False),
    ("Hundreds of protesters gathered.", "Hundreds", "cardinal", 100, None, None, False),
    # s11-facts4: a size of several words read whole whatever follows it, a one-word size
    # before a past form ("Thousands marched"); "scores" only before of/more/an auxiliary
    ("Hundreds of thousands watched the fireworks.", "Hundreds of thousands", "cardinal", 1e5, None, None, False),
    ("The show drew crowds of tens of thousands, police said.", "tens of thousands", "cardinal", 1e4, None, None, False),
    ("Thousands marched through Orsk.", "Thousands", "cardinal", 1e3, None, None, False),
    ("Dozens fled the fire in Orsk.", "Dozens", "cardinal", 12, None, None, False),
    ("The fund holds $5m for repairs.", "$5m", "money", 5e6, "USD", None, False),
    ("It cost €1.2bn in total.", "€1.2bn", "money", 1.2e9, "EUR", None, False),
    ("Fines of £300 were issued.", "£300", "money", 300, "GBP", None, False),
    ("The town paid 40 million dollars.", "40 million dollars", "money", 4e7, "USD", None, False),
    ("A repair contract of 14-million-crown was delayed.", "14-million-crown", "money", 1.4e7, "crown", None, False),
    ("Turnout was 45% in the north.", "45%", "percent", 45, "%", None, False),
    ("Prices rose 3.5 per cent last year.", "3.5 per cent", "percent", 3.5, "%", None, False),
    ("The road is 12 km long.", "12 km", "quantity", 12000, "m", None, False),
    ("The road is 7.5 miles long.", "7.5 miles", "quantity", 12070.08, "m", None, False),
    ("A 90-metre section fell.", "90-metre", "quantity", 90, "m", None, False),
    ("A 400-foot section fell.", "400-foot", "quantity", 121.92, "m", None, False),
    ("Winds reached 120 km/h at the coast.", "120 km/h", "quantity", 33.333, "m/s", None, False),
    ("Winds reached 75 mph at the coast.", "75 mph", "quantity", 33.528, "m/s", None, False),
    ("The fire burned 400 hectares of forest.", "400 hectares", "quantity", 4e6, "m2", None, False),
    ("The fire burned 1,000 acres of forest.", "1,000 acres", "quantity", 4046856.42, "m2", None, False),
    ("The truck carried 5 tonnes of steel.", "5 tonnes", "quantity", 5000, "kg", None, False),
    ("The parcel weighed 3 lb in all.", "3 lb", "quantity", 1.3608, "kg", None, False),
    ("The wall is 6 ft high.", "6 ft", "quantity", 1.8288, "m", None, False),
    ("It was 30C in the shade.", "30C", "quantity", 303.15, "K", None, False),
    ("The search lasted three days.", "three days", "duration", 259200, "s", None, False),
    ("It opened on Sept. 27, 2020 to traffic.", "Sept. 27, 2020", "date", None, None, "2020-09-27", False),
    ("It opened on 27 September 2020 to traffic.", "27 September 2020", "date", None, None, "2020-09-27", False),
    ("It opened on 2020-09-27 to traffic.", "2020-09-27", "date", None, None, "2020-09-27", False),
    ("The memo is dated March 2018.", "March 2018", "date", None, None, "2018-03", False),
    ("It happened on Sept. 27 at night.", "Sept. 27", "date", None, None, "2020-09-27", True),
    ("The sequel opens on March 20.", "March 20", "date", None, None, "2021-03-20", True),
    ("Several dozen people were hurt.", "Several dozen", "cardinal", 12, None, None, False),
    ("The bridge opened in 1998.", "1998", "year", 1998, None, "1998", False),
    ("Yesterday the crews left.", "Yesterday", "date", None, None, "2020-09-29", True),
    ("The crews left last week.", "last week", "date", None, None, "2020-09-23", True),
    ("The crews left on Monday.", "on Monday", "date", None, None, "2020-09-28", True),
    ("The crews left more than a month ago.", "more than a month ago", "date", None, None, "2020-08", True),
    ("The crews left two weeks ago.", "two weeks ago", "date", None, None, "2020-09-16", True),
    ("The talks will resume on Friday.", "on Friday", "date", None, None, "2020-10-02", True),
    ("The crews left last year.", "last year", "date", None, None, "2019", True),
    ("It was the third collapse.", "third", "ordinal", 3, None, None, False),
    ("She finished 21st overall.", "21st", "ordinal", 21, None, None, False),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit", "date", "relative"), CASES)
def test_extract(sentence, text, kind, value, unit, date, relative):
    q = one(sentence, text)
    assert q.kind == kind
    if value is None:
        assert q.value is None
    else:
        assert q.value == pytest.approx(value, rel=1e-3)
    assert q.unit == unit
    assert q.date == date
    assert q.relative is relative


@pytest.mark.parametrize(
    ("sentence", "not_found"),
    [
        ("The variant is called COVID-19 here.", "19"),
        ("The meeting starts at 10:30 a.m. sharp.", "10"),
        ("No one was hurt.", "one"),  # a pronoun, not a count
        ("She was one of the first.", "one"),
        ("The 1990s were hard.", "1990"),
        ("The hours 5 and 6 were quiet.", "rs 5"),  # no currency glued onto a word
        ("Test scores rose in Orsk.", "scores"),  # test scores, no size
        ("Scores rose in Orsk schools.", "Scores"),
        ("He earned thousands.", "thousands"),  # no verb or "of" after it
    ],
)
def test_near_misses(sentence, not_found):
    texts = [q.text for q in quantities(sentence)]
    assert not any(t == not_found or t.startswith(not_found + " ") for t in texts), texts


def test_count_not_year_before_plural_noun():
    assert one("Some 2000 people marched.", "2000").kind == "cardinal"
    assert one("It closed in 2000 after floods.", "2000").kind == "year"


def test_relative_without_publication_date_stays_unresolved():
    q = one("The crews left yesterday.", "yesterday", published=None)
    assert q.relative and q.date is None


def test_pounds_weight_or_money():
    assert one("The boy weighed 90 pounds.", "90 pounds").kind == "quantity"
    assert one("The ticket cost 90 pounds.", "90 pounds").kind == "money"


# Units news copy writes out, read as plain counts before ("2,095 metric tons" was the
# count 2,095): each is a quantity in its SI unit, so two outlets compare across spellings.
UNIT_CASES = [
    ("The freighter unloaded 2,095 metric tons of grain at Port Velling.", "2,095 metric tons", 2.095e6, "kg"),
    ("The mill shipped 6 metric tonnes of flour.", "6 metric tonnes", 6000, "kg"),
    ("The barge held 4 short tons of coal.", "4 short tons", 3628.74, "kg"),
    ("Each tablet holds 500 milligrams of the drug.", "500 milligrams", 5e-4, "kg"),
    ("Each tablet holds 500 mg of the drug.", "500 mg", 5e-4, "kg"),
    ("Inspectors found 20 micrograms of the toxin.", "20 micrograms", 2e-8, "kg"),
    ("The fire burned 3.5 square miles of forest.", "3.5 square miles", 9.065e6, "m2"),
    ("The plan adds a 1.2 million square foot warehouse.", "1.2 million square foot", 111483.6, "m2"),
    ("The reservoir lost 40 million cubic feet of water.", "40 million cubic feet", 1.1327e6, "m3"),
    ("Crews poured 50 cubic yards of concrete.", "50 cubic yards", 38.228, "m3"),
    ("The vial holds 10 milliliters of serum.", "10 milliliters", 1e-5, "m3"),
    ("The farm produced 300 megawatt hours last year.", "300 megawatt hours", 1.08e12, "J"),
    ("The farm produced 300 MWh last year.", "300 MWh", 1.08e12, "J"),
    ("Officials approved a 500-megawatt plant.", "500-megawatt", 5e8, "W"),
    ("Rangers tagged a 200-pound bear near the lake.", "200-pound", 90.718, "kg"),
    # hyphenated as an adjective: every space of a unit may be a hyphen
    ("The fire left a 3.5-square-mile burn scar.", "3.5-square-mile", 9.065e6, "m2"),
    ("A 2,095-metric-ton shipment reached the quay.", "2,095-metric-ton", 2.095e6, "kg"),
    ("The town bought a 300-megawatt-hour battery.", "300-megawatt-hour", 1.08e12, "J"),
    ("The plant sold 5 kilowatt-hours to each home.", "5 kilowatt-hours", 1.8e7, "J"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), UNIT_CASES)
def test_units_written_out_are_quantities(sentence, text, value, unit):
    q = one(sentence, text)
    assert (q.kind, q.unit) == ("quantity", unit)
    assert q.value == pytest.approx(value, rel=1e-3)


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "value"),
    [
        ("Half a million people marched in Port Velling.", "Half a million", "cardinal", 5e5),
        ("About a half million people marched.", "a half million", "cardinal", 5e5),
        ("A quarter of a million people marched.", "A quarter of a million", "cardinal", 2.5e5),
        ("Three-quarters of a million residents left.", "Three-quarters of a million", "cardinal", 7.5e5),
        ("The council spent half a billion dollars.", "half a billion dollars", "money", 5e8),
        # AP's hyphenated spelling, read as "million" (1,000,000) before (review, s6)
        ("A half-million people marched.", "A half-million", "cardinal", 5e5),
        ("The port won a half-billion-dollar grant.", "a half-billion-dollar", "money", 5e8),
    ],
)
def test_a_fraction_of_a_scale_word_is_that_fraction(sentence, text, kind, value):
    # "half a million" was read as "a million": twice the figure, a conflict with "500,000"
    q = one(sentence, text)
    assert q.kind == kind and q.value == pytest.approx(value)


def test_fraction_near_misses():
    assert one("Half of the 200 homes burned.", "200").value == 200  # a share of a count
    assert one("Half the town, a million people, fled.", "a million").value == 1e6
    assert one("Half a dozen boats sank.", "Half a dozen").value == 6
    assert one("A half-dozen boats sank.", "A half-dozen").value == 6
    assert one("At half-time 3 million viewers watched.", "3 million").value == 3e6


def test_unit_near_misses_stay_counts_or_money():
    # a word that starts like a unit is no unit; a bare "metric" is no ton; money stays money
    assert one("The team set 12 metrics for the port.", "12").kind == "cardinal"
    assert one("Officials listed 40 metric targets.", "40").kind == "cardinal"
    assert one("A fine of 200 pounds was paid.", "200 pounds").kind == "money"
    assert one("The 12 mgmt staff left.", "12").kind == "cardinal"


def test_original_unit_kept():
    q = one("The road is 7.5 miles long.", "7.5 miles")
    assert q.original_unit == "miles" and q.unit == "m"


def test_published_argument_overrides_article():
    doc = make_doc("The crews left yesterday.", published="2020-09-30")
    (q,) = extract_quantities(doc, published="2021-01-01T08:00:00")
    assert q.date == "2020-12-31"


def test_offsets_slice_article_text():
    doc = make_doc("The 2.4-kilometre bridge, opened in 1974, cost $5m.", "Yesterday 14 died.")
    for q in extract_quantities(doc):
        assert doc.article.text[q.start:q.end] == q.text


@pytest.mark.parametrize(
    ("words", "value"),
    [("three", 3), ("twenty-five", 25), ("a million", 1e6), ("two hundred and six", 206),
     ("two dozen", 24), ("five thousand", 5000), ("sausage", None)],
)
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [("2020-09-30", "2020-09-30"), ("2020-09-30T23:10:00+02:00", "2020-09-30"),
     ("Wed, 30 Sep 2020 10:00:00 GMT", "2020-09-30"), ("", None), (None, None),
     ("not a date", None),
     # no full day: never completed from today's clock (it would anchor "Tuesday" to today)
     ("-1", None), ("Tuesday", None), ("March 5", None),
     ("Published March 5, 2019 by Staff", "2019-03-05")],
)
def test_parse_published(stamp, iso):
    d = parse_published(stamp)
    assert (d.isoformat() if d else None) == iso


_PIECES = ["The", "bridge", "opened", "in", "1998", "on", "Sept.", "27,", "2020", "and",
           "12", "km", "7.5", "miles", "$5m", "45%", "twenty-five", "last", "week",
           "Monday", "1,204", "dead", "a", "million", "(13", "feet)", "-", "more", "than",
           "ago", "three", "days", "30C", "€1.2bn", "COVID-19", "10:30", "a.m."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25),
       st.sampled_from([None, "2020-09-30", "2021-01-01T10:00:00"]))
def test_offsets_always_slice_back(words, published):
    sentence = " ".join(words)
    doc = make_doc(sentence, published=published)
    spans = []
    for q in extract_quantities(doc):
        assert doc.article.text[q.start:q.end] == q.text
        spans.append((q.start, q.end))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # never overlap


# "m" glued to a number is a metre unless a counted noun, a currency word or a unit word
# follows: then it is "million" (review, s7: "2.5m people" was 2.5 metres). Near misses:
# lengths of things measured in metres, a plural noun among them ("3m waves", "100m
# hurdles"), stay metres. (sentence, span, kind, value, unit)
SHORT_SCALE_CASES = [
    ("About 2.5m people live in the Vell delta.", "2.5m", "cardinal", 2.5e6, None),
    ("The flood cut off 2.5m residents of Port Velling.", "2.5m", "cardinal", 2.5e6, None),
    ("Kessia's app now has 6m users.", "6m", "cardinal", 6e6, None),
    ("The storm left 3m homes without power.", "3m", "cardinal", 3e6, None),
    ("The census counted 2.5m more people than in 2010.", "2.5m", "cardinal", 2.5e6, None),
    ("The scheme reached 1.5bn people across the region.", "1.5bn", "cardinal", 1.5e9, None),
    ("The port authority raised 40m euros.", "40m euros", "money", 4e7, "EUR"),
    ("The fund holds $2.5m for repairs.", "$2.5m", "money", 2.5e6, "USD"),
    ("Velling exported 12m tonnes of grain.", "12m tonnes", "quantity", 1.2e10, "kg"),
    # near misses: metres
    ("The new sea wall is 2.5m high.", "2.5m", "quantity", 2.5, "m"),
    ("A 4m wave hit the pier.", "4m", "quantity", 4, "m"),
    ("Forecasters expect 3m waves along the coast.", "3m", "quantity", 3, "m"),
    ("Dana Rusk won the 100m hurdles.", "100m", "quantity", 100, "m"),
    ("Crews laid 20m of cable.", "20m", "quantity", 20, "m"),
    ("The climber fell 3m onto rocks.", "3m", "quantity", 3, "m"),
    ("Builders put up 2m barriers around the site.", "2m", "quantity", 2, "m"),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), SHORT_SCALE_CASES)
def test_short_scale_before_counted_noun_is_million(sentence, text, kind, value, unit):
    q = one(sentence, text)
    assert (q.kind, q.unit) == (kind, unit)
    assert q.value == pytest.approx(value, rel=1e-3)
