"""Words that stand for what a speaker said when a clause with a gap follows them.

Used by ``analysis.quotes.indirect``: in "Everything Vell says is a lie" the words "Vell
says" are a relative clause whose object is "Everything" (a contact clause, no "that"):
the speaker is "Vell", and what she says is the pronoun, not the predicate after the
clause ("is a lie" is the writer's, said of her words). Without this list the subject
read back from the cue took the pronoun in ("Everything Vell") and the main predicate was
reported as her words. PolNeAR (Newell et al., LREC 2018) labels the pronoun as the
content (valid split: "Everything Trump says is a lie unless proven otherwise").
"""

from __future__ import annotations

# The compound indefinite pronouns of "thing" (Quirk et al., *A Comprehensive Grammar of
# the English Language*, §6.45): they take a contact relative clause right after them.
# Not "everyone"/"anyone", which are as often that clause's subject ("Everyone Vell said
# would come stayed home": a raising verb, the reading is unclear) nor "all" ("All Vell
# said was that …", a pseudo-cleft whose content follows "was").
OBJECT_GAP_PRONOUNS: frozenset[str] = frozenset("everything anything nothing something".split())
