"""Article text made safe to print on a terminal.

Titles, outlets and sentences come from the web and files that anyone can write. A raw
ESC or C1 control in them is obeyed by the terminal: ``ESC ] 0 ; ... BEL`` retitles the
window, ``ESC [ 2 J`` clears the screen, ``ESC ] 8 ; ; URL`` draws a fake link. So every
piece of article data that storylens prints goes through :func:`terminal_safe`: whole
escape sequences (CSI, OSC, DCS/SOS/PM/APC strings, two-character ESC sequences, their
C1 forms) are removed, and any other control character (C0 but tab and newline, DEL,
C1) becomes U+FFFD so the reader sees that something was there.

The patterns start only at an ESC or a C1 introducer and their runs are possessive, so
one pass is linear in the text whatever it holds.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

_SEQUENCE = re.compile(
    # CSI: ESC [ or 0x9B, parameter bytes, intermediate bytes, one final byte
    r"(?:\x1b\[|\x9b)[0-?]*+[ -/]*+[@-~]?"
    # OSC, DCS, SOS, PM, APC: ESC ] P X ^ _ or their C1 forms, up to BEL / ST (or the end)
    r"|(?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])[^\x07\x1b\x9c]*+(?:\x07|\x1b\\|\x9c)?"
    # any other ESC sequence: intermediates and one final byte ("ESC ( B", "ESC c")
    r"|\x1b[ -/]*+[0-~]?"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ANY = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """``text`` with escape sequences removed and other control characters shown as U+FFFD.

    >>> terminal_safe("Mayor\\x1b]0;pwned\\x07 resigns\\x1b[2J")
    'Mayor resigns'
    """
    if _ANY.search(text) is None:  # the common case: nothing to do
        return text
    return _CONTROL.sub(REPLACEMENT, _SEQUENCE.sub("", text))
