"""What makes a headline loud or generic: chosen against when a story needs one title.

A story's title (the report, the web page, the terminal) and a stored story's label are
one outlet's headline. Editors comparing outlets should not get the loudest one by
accident of order, so a plainer headline of the same story is preferred over one with
these marks (session-7 reader: "Pope Francis repeatedly SLAPS woman's hand after she
YANKS him toward her (VIDEO)" titled a six-outlet story whose other headlines were plain).
Code: :mod:`storylens.headlines`.
"""

from __future__ import annotations

import re

# Media tags in brackets: a page's format, not the event ("(VIDEO)", "[PHOTOS]",
# "(WATCH)"); seen in rt.com and tabloid headlines in the SemEval dev set. Case-insensitive.
MEDIA_TAG = re.compile(
    r"[(\[]\s*(?:video|videos|photos?|pics?|pictures|watch|live|gallery|graphic|update[d]?|exclusive"
    r"|breaking|must see|listen|audio|poll)\s*[)\]]",
    re.I,
)

# Leading labels before a colon that sell the page rather than name the event
# ("WATCH: Pope Francis slaps ..." at mediaite.com; "BREAKING:", "JUST IN:").
LEAD_LABEL = re.compile(
    r"^\s*(?:watch|breaking|breaking news|just in|video|exclusive|shock|shocking|must see|live|update)\s*[:|\-–—]\s",
    re.I,
)

# A word in capitals this long or longer is shouting ("SLAPS", "YANKS"), not an acronym:
# acronyms in headlines are mostly 2-4 letters (US, NATO, NASA, FIFA); those of 5+ letters
# (UNICEF, NASDAQ) are rare, and cost only a tie-break against a plainer headline.
SHOUT_MIN_LETTERS = 5

# A headline of fewer content words than this is generic as a story's label ("net",
# "thing today", "quick hit", "daily jolt": GoogleNews-TS dev labels, whose titles are
# stop-word-stripped). Passed over when the story has a headline this specific.
SPECIFIC_MIN_WORDS = 3
