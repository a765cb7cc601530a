"""Units of measure and currencies, each mapped to its SI base unit and factor.

``UNITS`` maps every spelling an article may use (lower case, without a trailing period;
a space in a key also matches a hyphen: "square-mile") to ``(si_unit, factor)``: ``value_si = value * factor``. Factors are the exact legal
definitions (NIST SP 811, appendix B); "ton" is read as the metric tonne because wire
copy outside the US uses it that way and the US short ton is only 9% lighter (the fact
comparer's tolerance is the place to absorb that). Temperatures are not linear, so
``TEMPERATURES`` names them and the extractor converts them to kelvin by formula.

``CURRENCY_SYMBOLS`` / ``CURRENCY_WORDS`` map to ISO 4217 codes; money keeps its own
currency as ``unit`` (no exchange rates: a conflict is only looked for within one
currency).
"""

from __future__ import annotations

_MILE = 1609.344
_FOOT = 0.3048
_INCH = 0.0254
_YARD = 0.9144
_POUND = 0.45359237
_ACRE = 4046.8564224
_SHORT_TON = 2000 * _POUND  # US ton, 907.18474 kg
_LONG_TON = 2240 * _POUND  # imperial ton, 1016.0469088 kg
_CUBIC_FOOT = _FOOT**3
_US_FLUID_OUNCE = 0.003785411784 / 128
_WATT_HOUR = 3600.0  # joules

UNITS: dict[str, tuple[str, float]] = {
    # length -> metre
    "km": ("m", 1000.0),
    "kms": ("m", 1000.0),
    "kilometre": ("m", 1000.0),
    "kilometres": ("m", 1000.0),
    "kilometer": ("m", 1000.0),
    "kilometers": ("m", 1000.0),
    "m": ("m", 1.0),
    "metre": ("m", 1.0),
    "metres": ("m", 1.0),
    "meter": ("m", 1.0),
    "meters": ("m", 1.0),
    "cm": ("m", 0.01),
    "centimetre": ("m", 0.01),
    "centimetres": ("m", 0.01),
    "centimeter": ("m", 0.01),
    "centimeters": ("m", 0.01),
    "mm": ("m", 0.001),
    "millimetre": ("m", 0.001),
    "millimetres": ("m", 0.001),
    "millimeter": ("m", 0.001),
    "millimeters": ("m", 0.001),
    "mile": ("m", _MILE),
    "miles": ("m", _MILE),
    "mi": ("m", _MILE),
    "ft": ("m", _FOOT),
    "foot": ("m", _FOOT),
    "feet": ("m", _FOOT),
    "in": ("m", _INCH),  # only after a number and before a non-word (see numbers.py)
    "inch": ("m", _INCH),
    "inches": ("m", _INCH),
    "yard": ("m", _YARD),
    "yards": ("m", _YARD),
    "yd": ("m", _YARD),
    "nautical mile": ("m", 1852.0),
    "nautical miles": ("m", 1852.0),
    # mass -> kilogram
    "kg": ("kg", 1.0),
    "kgs": ("kg", 1.0),
    "kilo": ("kg", 1.0),
    "kilos": ("kg", 1.0),
    "kilogram": ("kg", 1.0),
    "kilograms": ("kg", 1.0),
    "kilogramme": ("kg", 1.0),
    "kilogrammes": ("kg", 1.0),
    "g": ("kg", 0.001),
    "gram": ("kg", 0.001),
    "grams": ("kg", 0.001),
    "tonne": ("kg", 1000.0),
    "tonnes": ("kg", 1000.0),
    "ton": ("kg", 1000.0),
    "tons": ("kg", 1000.0),
    "t": ("kg", 1000.0),
    "lb": ("kg", _POUND),
    "lbs": ("kg", _POUND),
    "pound": ("kg", _POUND),  # "pounds" is money unless the context says weight
    "pounds": ("kg", _POUND),
    "oz": ("kg", 0.028349523125),
    "ounce": ("kg", 0.028349523125),
    "ounces": ("kg", 0.028349523125),
    # Written out in news copy and read as plain counts before (issue papercut 5): "2,095
    # metric tons of grain" was the count 2,095 beside the noun "metric", "500 milligrams"
    # the count 500. Each is one unit of mass; "metric" and "short"/"long" say which ton.
    "metric ton": ("kg", 1000.0),
    "metric tons": ("kg", 1000.0),
    "metric tonne": ("kg", 1000.0),
    "metric tonnes": ("kg", 1000.0),
    "short ton": ("kg", _SHORT_TON),
    "short tons": ("kg", _SHORT_TON),
    "long ton": ("kg", _LONG_TON),
    "long tons": ("kg", _LONG_TON),
    "milligram": ("kg", 1e-6),
    "milligrams": ("kg", 1e-6),
    "mg": ("kg", 1e-6),
    "microgram": ("kg", 1e-9),
    "micrograms": ("kg", 1e-9),
    "mcg": ("kg", 1e-9),
    "µg": ("kg", 1e-9),
    # speed -> metre per second
    "km/h": ("m/s", 1000.0 / 3600.0),
    "kmh": ("m/s", 1000.0 / 3600.0),
    "kph": ("m/s", 1000.0 / 3600.0),
    "kilometres per hour": ("m/s", 1000.0 / 3600.0),
    "kilometers per hour": ("m/s", 1000.0 / 3600.0),
    "kilometres an hour": ("m/s", 1000.0 / 3600.0),
    "kilometers an hour": ("m/s", 1000.0 / 3600.0),
    "mph": ("m/s", _MILE / 3600.0),
    "miles per hour": ("m/s", _MILE / 3600.0),
    "miles an hour": ("m/s", _MILE / 3600.0),
    "knots": ("m/s", 1852.0 / 3600.0),
    "m/s": ("m/s", 1.0),
    # area -> square metre
    "hectare": ("m2", 10_000.0),
    "hectares": ("m2", 10_000.0),
    "ha": ("m2", 10_000.0),
    "acre": ("m2", _ACRE),
    "acres": ("m2", _ACRE),
    "sq km": ("m2", 1e6),
    "square kilometres": ("m2", 1e6),
    "square kilometers": ("m2", 1e6),
    "km2": ("m2", 1e6),
    "km²": ("m2", 1e6),
    "square miles": ("m2", _MILE * _MILE),
    "sq miles": ("m2", _MILE * _MILE),
    "square metres": ("m2", 1.0),
    "square meters": ("m2", 1.0),
    "square feet": ("m2", _FOOT * _FOOT),
    "sq ft": ("m2", _FOOT * _FOOT),
    # singular forms, written in the adjective ("a 1.2 million square foot warehouse",
    # "a 3.5-square-mile burn scar": a key's space also matches a hyphen), and yards
    "square mile": ("m2", _MILE * _MILE),
    "square kilometre": ("m2", 1e6),
    "square kilometer": ("m2", 1e6),
    "square metre": ("m2", 1.0),
    "square meter": ("m2", 1.0),
    "square foot": ("m2", _FOOT * _FOOT),
    "square yards": ("m2", _YARD * _YARD),
    "square yard": ("m2", _YARD * _YARD),
    "sq m": ("m2", 1.0),
    "sq mi": ("m2", _MILE * _MILE),
    # volume -> cubic metre
    "litre": ("m3", 0.001),
    "litres": ("m3", 0.001),
    "liter": ("m3", 0.001),
    "liters": ("m3", 0.001),
    "gallon": ("m3", 0.003785411784),  # US gallon
    "gallons": ("m3", 0.003785411784),
    "barrel": ("m3", 0.158987294928),  # oil barrel
    "barrels": ("m3", 0.158987294928),
    "cubic metres": ("m3", 1.0),
    "cubic meters": ("m3", 1.0),
    "cubic metre": ("m3", 1.0),
    "cubic meter": ("m3", 1.0),
    "cubic feet": ("m3", _CUBIC_FOOT),
    "cubic foot": ("m3", _CUBIC_FOOT),
    "cubic yards": ("m3", _YARD**3),
    "cubic yard": ("m3", _YARD**3),
    "millilitre": ("m3", 1e-6),
    "millilitres": ("m3", 1e-6),
    "milliliter": ("m3", 1e-6),
    "milliliters": ("m3", 1e-6),
    "ml": ("m3", 1e-6),
    # US fluid ounce; the imperial one is 4% smaller, inside the comparer's tolerance.
    # Pints and quarts are left out: US and imperial differ by 20%, and copy says neither.
    "fluid ounce": ("m3", _US_FLUID_OUNCE),
    "fluid ounces": ("m3", _US_FLUID_OUNCE),
    # energy / power
    "mw": ("W", 1e6),
    "megawatts": ("W", 1e6),
    "gw": ("W", 1e9),
    "gigawatts": ("W", 1e9),
    "kw": ("W", 1e3),
    "kilowatts": ("W", 1e3),
    "megawatt": ("W", 1e6),  # singular in the adjective: "a 500-megawatt plant"
    "gigawatt": ("W", 1e9),
    "kilowatt": ("W", 1e3),
    # energy -> joule: a plant's output over time, not its power ("300 megawatt hours";
    # a key's space also matches a hyphen: "megawatt-hours", "a 300-megawatt-hour battery")
    "kilowatt hour": ("J", 1e3 * _WATT_HOUR),
    "kilowatt hours": ("J", 1e3 * _WATT_HOUR),
    "kwh": ("J", 1e3 * _WATT_HOUR),
    "megawatt hour": ("J", 1e6 * _WATT_HOUR),
    "megawatt hours": ("J", 1e6 * _WATT_HOUR),
    "mwh": ("J", 1e6 * _WATT_HOUR),
    "gigawatt hour": ("J", 1e9 * _WATT_HOUR),
    "gigawatt hours": ("J", 1e9 * _WATT_HOUR),
    "gwh": ("J", 1e9 * _WATT_HOUR),
    # time spans that are written as units
    "second": ("s", 1.0),
    "seconds": ("s", 1.0),
    "minute": ("s", 60.0),
    "minutes": ("s", 60.0),
    "hour": ("s", 3600.0),
    "hours": ("s", 3600.0),
    "day": ("s", 86400.0),
    "days": ("s", 86400.0),
    "week": ("s", 604800.0),
    "weeks": ("s", 604800.0),
    "month": ("s", 2629746.0),  # mean Gregorian month
    "months": ("s", 2629746.0),
    "year": ("s", 31556952.0),  # mean Gregorian year
    "years": ("s", 31556952.0),
    "decade": ("s", 315569520.0),
    "decades": ("s", 315569520.0),
}

# Units whose SI dimension is time: extracted as kind "duration", not "quantity".
DURATION_UNITS: frozenset[str] = frozenset(k for k, (si, _) in UNITS.items() if si == "s")

# How a fact-conflict summary names a measure by its SI dimension when no word of the
# outlets names it ("gives the distance as 15 km; ... as 50 km" for "was killed about 15 km
# from the eastern gate", whose casualty head names a count, never a distance:
# findings/facts._finding, rules/numbers.COUNT_PHRASE_HEADS; session 33). The plain noun of
# each dimension of UNITS; kelvin for the temperatures converted to it.
DIMENSION_LABELS: dict[str, str] = {
    "m": "the distance", "m2": "the area", "m3": "the volume", "kg": "the weight",
    "m/s": "the speed", "s": "the time", "W": "the power", "J": "the energy",
    "K": "the temperature",
}

# Temperatures: spelling -> scale name; converted to kelvin in numbers.py.
TEMPERATURES: dict[str, str] = {
    "°c": "C",
    "c": "C",
    "degrees celsius": "C",
    "degrees centigrade": "C",
    "celsius": "C",
    "°f": "F",
    "f": "F",
    "degrees fahrenheit": "F",
    "fahrenheit": "F",
}

# Currency symbols and prefixes written before an amount.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "chf": "CHF",
    "₽": "RUB",
}

# Currency words written after an amount: the currency names of ISO 4217 in English use,
# singular and plural (s15-facts3: "save 420 million kroner" was no amount). A name that
# several current ISO currencies share maps to the name itself, as "crown" does (peso,
# dinar, dirham, rial, riyal, shilling, kwacha, manat; "franc" stays "CHF" as "francs"
# was): amounts still compare within one story. Left out on purpose, because after a
# number they are mostly English words: "mark(s)" ("passed the 1,000 mark"; the mark is
# gone), "real" ("three real threats"; "reais" stays), "sol", "colon", "kip", "lat", "lei"
# (garlands), "dram" (a measure of spirits), "afghanis" (people). "won" is a verb after a
# bare number ("of 40 candidates, 12 won"): it is read only after a scale word
# (``CURRENCY_WORDS_AFTER_SCALE``: "1.2 trillion won"). An invented currency ("dalers")
# is no currency: no guessing.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "pounds": "GBP",  # money by default; weight when the sentence weighs something
    "pound": "GBP",
    "yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "franc": "CHF",
    "francs": "CHF",
    # "crown(s)" is the krona/koruna family (SEK, NOK, DKK, ISK, CZK): no single ISO code,
    # so the word itself is the unit; amounts still compare within one story. The
    # Scandinavian and Czech names are the same family ("kroner" and "crowns" are one
    # currency written two ways).
    "crowns": "crown",
    "crown": "crown",
    "krone": "crown",
    "kroner": "crown",
    "krona": "crown",
    "kronor": "crown",
    "kronur": "crown",
    "koruna": "crown",
    "korun": "crown",
    "koruny": "crown",
    "yuan": "CNY",
    "renminbi": "CNY",
    "zloty": "PLN",
    "zlotys": "PLN",
    "zlotych": "PLN",
    "złoty": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "lev": "BGN",
    "leva": "BGN",
    "leu": "RON",
    "lira": "TRY",
    "lire": "TRY",
    "liras": "TRY",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "hryvnya": "UAH",
    "denar": "MKD",
    "denars": "MKD",
    "denari": "MKD",
    "kuna": "HRK",
    "kunas": "HRK",
    "lari": "GEL",
    "laris": "GEL",
    "tenge": "KZT",
    "som": "KGS",
    "soms": "KGS",
    "somoni": "TJS",
    "shekel": "ILS",
    "shekels": "ILS",
    "rand": "ZAR",
    "rupiah": "IDR",
    "rupiahs": "IDR",
    "reais": "BRL",
    "baht": "THB",
    "ringgit": "MYR",
    "ringgits": "MYR",
    "naira": "NGN",
    "nairas": "NGN",
    "cedi": "GHS",
    "cedis": "GHS",
    "taka": "BDT",
    "kyat": "MMK",
    "kyats": "MMK",
    "riel": "KHR",
    "riels": "KHR",
    "dong": "VND",
    "birr": "ETB",
    "pula": "BWP",
    "quetzal": "GTQ",
    "quetzales": "GTQ",
    "quetzals": "GTQ",
    "lempira": "HNL",
    "lempiras": "HNL",
    "colones": "CRC",
    "soles": "PEN",
    "bolivar": "VES",
    "bolivars": "VES",
    "bolivares": "VES",
    "tugrik": "MNT",
    "tugriks": "MNT",
    "dalasi": "GMD",
    "leone": "SLE",
    "leones": "SLE",
    "ouguiya": "MRU",
    "nakfa": "ERN",
    "rufiyaa": "MVR",
    "ngultrum": "BTN",
    "pataca": "MOP",
    "patacas": "MOP",
    "gourde": "HTG",
    "gourdes": "HTG",
    # shared by several ISO currencies: the name is the unit
    "peso": "peso",
    "pesos": "peso",
    "dinar": "dinar",
    "dinars": "dinar",
    "dirham": "dirham",
    "dirhams": "dirham",
    "rial": "rial",
    "rials": "rial",
    "riyal": "riyal",
    "riyals": "riyal",
    "shilling": "shilling",
    "shillings": "shilling",
    "kwacha": "kwacha",
    "kwachas": "kwacha",
    "manat": "manat",
    "manats": "manat",
}

# Currency words that are read only after a scale word ("1.2 trillion won", "40 million
# won"): after a bare number they are most often another word ("12 won" of 40 candidates).
CURRENCY_WORDS_AFTER_SCALE: dict[str, str] = {"won": "KRW"}

# Words that make "pounds" a weight rather than money when they occur in the sentence.
WEIGHT_CUES: frozenset[str] = frozenset("weigh weighs weighed weighing weight heavy lighter heavier".split())

# Rough bounds on how many units of a currency one US dollar has bought since about 2005
# (low, high), for the currencies whose rate has stayed within a few times: an amount
# another outlet gives in another currency is the same figure converted, or one side of a
# disagreement (findings/coverage._converted), only where the two amounts could be one at
# some rate in these bounds, widened by the dispute ratio. A fine of "about 9 million
# euros" is not "a fine of 20,000 crowns" (the captain's, beside the owners'), whatever the
# clause says. The "crown" family spans the Scandinavian, Czech and Icelandic crowns. A
# currency with no entry (a peso of one of several countries, one whose rate has moved by
# orders of magnitude) has no bound: its amounts are not compared by size (review25c,
# session 25's invented probes).
USD_RATES: dict[str, tuple[float, float]] = {
    "USD": (1.0, 1.0),
    "EUR": (0.62, 1.2),
    "GBP": (0.47, 0.95),
    "CHF": (0.7, 1.35),
    "JPY": (75.0, 165.0),
    "CNY": (6.0, 8.3),
    "INR": (39.0, 95.0),
    "RUB": (23.0, 140.0),
    "CAD": (0.94, 1.6),
    "AUD": (0.9, 1.9),
    "NZD": (1.1, 2.3),
    "HKD": (7.7, 7.9),
    "KRW": (900.0, 1600.0),
    "PLN": (2.0, 5.0),
    "HUF": (150.0, 420.0),
    "ZAR": (6.0, 20.0),
    "BRL": (1.5, 6.5),
    "ILS": (3.0, 5.0),
    "crown": (5.0, 150.0),
}
