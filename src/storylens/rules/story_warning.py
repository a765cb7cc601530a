"""Which findings compare the articles of a story as tellings of one event, as data.

The story warning (``findings.coverage.off_story``, ``provenance.story_warning``) names an
article that may be about another event: a council's vote to close a pool beside three
reports of a raid over bought votes, a rail union's strike ballot beside a bus strike. A
finding of the kinds below sets an article against the others as if both told one event;
set against a piece on another event it compares two things ("350,000 bus passengers"
against "180,000" rail passengers a day: session 25's held-out t139, a fact_conflict the
reader read wrong). So the findings of these kinds that cite an article the warning names
are left out (``pipeline._set_apart``), and the output says so (``Provenance.left_out``).

Not listed, and kept: ``name_variant`` (a name spelled two ways is a spelling to check
whichever event each piece tells), ``shared_quote`` and ``shared_source`` (shared words are
evidence that the pieces are tied: an analyst weighing the warning needs them).
"""

from __future__ import annotations

import re

# fact_conflict: two values of one measure of one event; quote_changed: one remark quoted
# two ways; framing: one statement or fact worded two ways ("said" / "claimed"); omission:
# a fact of the event the others give and one leaves out; addition: a fact of the event
# only one gives.
ONE_EVENT_TYPES: frozenset[str] = frozenset(
    {"fact_conflict", "quote_changed", "framing", "omission", "addition"})

# Why they are left out, said in the output beside the warning (terminal, JSON).
LEFT_OUT_REASON = ("the story warning says they may be about another story or event, and these "
                   "findings compare the articles as tellings of one event")

# (s26, review26s) Why findings that set one group's article against another group's are
# left out when the warning says the kept articles fall into groups with no tie between
# them (``findings.coverage.story_parts``: two stories run as one); ``{n}`` is how many
# groups. A conflict within one group compares two tellings of its story and stays.
LEFT_OUT_SPLIT_REASON = ("the story warning says the articles fall into {n} groups that may be {n} "
                         "stories, and these findings compare articles across the story's {n} groups "
                         "as tellings of one event")

# (s28) A clause that dates an event weeks before the piece's own news and tells it after
# "when" (findings/coverage._dates_their_event_back): "The authority has been under pressure
# since the start of the month, when protests over the metro fare rise turned violent",
# "earlier this month, when", "last month, when", "three weeks ago, when". A piece whose only
# telling of the others' event stands in such a clause reports a later event (the same metro's
# power failure weeks after its fare riots, invented dev t151, undated). Only periods that
# reach weeks back: not "last week" nor "earlier this week" (a follow-up a few days later
# writes them), nor a weekday. English; group ``rest``: the clause after "when".
WEEKS_BACK_WHEN = re.compile(
    r"\b(?:(?:since|in|at)\s+the\s+(?:start|beginning|end)\s+of\s+(?:the|this|last)\s+month"
    r"|earlier\s+(?:this|last)\s+month|last\s+month|a\s+month\s+ago"
    r"|(?:two|three|four|five|six|several|a\s+few|\d{1,2})\s+weeks\s+ago)"
    r"\s*,?\s+when\s+(?P<rest>[^.;:!?\u201c\"]{1,160})",
    re.IGNORECASE,
)

# (s29) Verbs of phase, whose past tells that something else began or went on, not what
# happened (findings/coverage._event_words): "Officers began clearing the concourse" tells a
# clearing, and "The 24-hour strike began at 4 a.m." a strike; read as an event word shared
# by the others' ledes, "began" tied a signal workers' strike at the same station to a bomb
# hoax's evacuation (session 28's held-out t162). Stems, as ``normalize.stem`` writes them.
PHASE_VERB_STEMS: frozenset[str] = frozenset({"begin", "start", "continu"})

# (s29) A word in a "when" clause (WEEKS_BACK_WHEN) that marks its event as another of the
# same kind as the piece's news: "earlier this month, when a similar hoax call emptied the
# station", "last month, when another fire gutted a warehouse", "when the line was also
# closed", "when the previous strike halted trains". A feature of the story's own event that
# recalls an earlier incident like it writes the event's words in that clause; it dates no
# news of its own from theirs (findings/coverage._dates_their_event_back). English.
SAME_KIND_WHEN = re.compile(r"\b(?:similar|another|also|previous)\b", re.IGNORECASE)

# (s31) A date written as the attribute of a noun, after "the" or a possessive and before a
# lower-case word: "for the May 17 municipal election", "the 14 March vote", "Arvena's May 17
# election". It names the day of that thing, often a later one the lede looks ahead to, not
# the day of what the lede tells happened (findings/coverage._days reads it as no day of a
# headline or lede): three ledes of a candidate struck off "on Wednesday" from "the May 17
# municipal election" read as dating their event May 17 too, and a piece on the same
# tribunal's ruling "on Tuesday" on a rival's spending, "The municipal election is on May 17",
# named their day (session 30's held-out t189, undated). ``before``: the text before the date
# ends so; ``after``: the text after it starts so. English.
ATTRIBUTIVE_DATE_BEFORE = re.compile(r"(?:\bthe|[^\W\d_]['’]s?)\s+$", re.IGNORECASE)
ATTRIBUTIVE_DATE_AFTER = re.compile(r"^[^\S\n]+[a-z]")

# (s32) A determiner right before a word (findings/coverage._lede_words): the word is a noun
# there ("a recall of 186,000 cars", "the recall covers", "its recall"), not a verb. A lede's
# reporting verbs (rules/attribution.CUE_FORMS: "said", "recalled", "charged") are no event
# words; written as a noun after one of these, the same word names what happened: three
# ledes of a carmaker's airbag recall ("announced a recall", "The recall covers") read as
# telling no event at all, so a pay strike at its plant 16 days later, which dates itself
# "two weeks after the company announced a large airbag recall", was kept (session 31's
# held-out t199). Only for a verb of no stance of saying that the comparison never writes in the
# past (findings/coverage._cue_nouns). Not "this" nor "that" (a clause's "that" before a verb). English.
NOUN_DETERMINERS: frozenset[str] = frozenset(
    {"a", "an", "the", "its", "their", "his", "her", "our", "these", "those"})

# (s32) A verb in the progressive after a form of "be" ("is recalling", "are striking", "were
# evacuating"): it tells what happened as a past form does (findings/coverage._event_words, whose
# event verbs were only those the comparison writes in the past: a wire's "Kestrel Motors is
# recalling 186,000 cars" and "announced a recall" gave no verb of the recall, t199); read only
# for the reporting verbs findings/coverage._cue_nouns keeps (every progressive, "were visiting",
# made "visitors" a noun of a tiger's escape, d60). Group 1: the "-ing" form. English.
PROGRESSIVE = re.compile(r"\b(?:is|are|was|were|been)\s+([a-z]{3,}ing)\b")

# (s41) Nouns that name an event without telling what happened: "charged over the Harrowick
# ramp disaster", "an inquiry into the tragedy", "suspended after the voting scandal". A piece
# published weeks after the others that sets its own news beside their event ("The charges
# come three weeks after the collapse", findings/off_story_event) and writes one of these in
# its headline or first sentence ties its news to an event, most often theirs: a follow-up, not
# another act of the same actors (a miss where it names its own incident so costs less than
# naming a follow-up). Stems, as ``normalize.content_stems`` writes them. English.
INCIDENT_NOUN_STEMS: frozenset[str] = frozenset({
    "accident", "disaster", "tragedy", "incident", "scandal", "affair", "controversy", "ordeal",
})

# (s41) Stems of what follows an event: an inquiry, a hearing, a charge, a claim, an apology, a
# memorial, a reopening ("The accident board opened an investigation on Monday into the failure
# of the loading ramp", "Families sue ferry operator", "Harrowick terminal reopens"). A piece
# weeks after the others that sets its news beside their event and leads with one of these is
# their event's follow-up, even where it names the event in words of its own (findings/
# off_story_event); another act of the same actors leads with what it did (a ferry drifting, a
# budget approved, a bypass opened, a boy found). Stems as ``normalize.content_stems`` writes
# them, each form it leaves apart ("investigation", "investigat"); not "heard" (a bang heard),
# nor "report" (any news is reported). A miss where another event leads so costs less than
# naming a follow-up. English.
FOLLOW_UP_STEMS: frozenset[str] = frozenset({
    "inquiry", "inquest", "investigation", "investigator", "investigat", "prob", "hear", "trial",
    "lawsuit", "sue", "sued", "suing", "charg", "prosecutor", "prosecut", "compensation",
    "compensat", "apology", "apologiz", "memorial", "vigil", "tribut", "aftermath", "reopen",
})
