"""Adjuncts a mid-sentence attribution may carry before its closing comma.

Used by ``analysis.quotes.indirect``: in "The bridge, the mayor said on Friday, would
reopen in May" the attribution "the mayor said" is an aside set off by commas inside the
reported clause, and the words after the cue up to the comma ("on Friday") are the
speech act's own time or occasion, not reported words. Without reading them the clause
was either lost ("These workers, Lund explained earlier in the hearing, were well paid":
nothing found) or reported from the adjunct on ("…, the senator said then, was a failure"
read as "then, was a failure"). PolNeAR (Newell et al., LREC 2018) labels such a clause as
two content spans, one on each side of the aside (valid split: "These employees, Stumpf
explained earlier in the committee hearing, were ...", "The truth, the senator said then,
was ...", "The difference now, he told me on Friday, is ...").
"""

from __future__ import annotations

# Time adverbs that may follow the cue in such an aside (Quirk et al., *A Comprehensive
# Grammar of the English Language*, §8.51-8.54, time-position and time-relationship
# adjuncts): "the senator said then,", "she added later,", "he said again,". Only words
# that cannot begin a clause's subject, so the comma after them closes the aside.
ASIDE_TIME_ADVERBS: frozenset[str] = frozenset(
    "then later earlier again recently previously afterward afterwards subsequently "
    "once repeatedly also".split()
)

# Most words an adjunct (with a listener before it) may have between the cue and the
# comma that closes the aside: "explained earlier in the committee hearing" (5). A longer
# stretch holds more than a time or occasion ("…, Lund said in a letter to the board that
# she had sent …") and is left alone.
ASIDE_ADJUNCT_WORDS = 7

# Most words a listener's noun phrase may have after its determiner in such an aside
# ("he told the harbour committee on Friday,", "she told Ilse Varga,"): a short name or
# compound noun; a longer stretch ("told a packed hall of angry fishermen") is left alone.
ASIDE_LISTENER_WORDS = 3
