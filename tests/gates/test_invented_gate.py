"""Quality gate on the blind-written dev stories (benchmarks/invented/dev, sessions 12-17).

Recomputes ``benchmarks/invented_stories.py --set dev`` with default options and fails when
a finding hits a trap of the answer key, when a finding read wrong by hand
(``benchmarks/invented/dev/verdicts.jsonl``) comes back, or when the story warning misses an
off-story article or names one of the story's own. Findings nobody has read yet (their words
changed) do not fail it: read them and add their verdicts. The held-out ``test`` set is
never scored here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "benchmarks" / "invented" / "dev"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} not present"),
]


@pytest.fixture(scope="module")
def scored():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import invented_stories as IS

    from storylens.options import Options

    tallies, stories, _, _ = IS.measure(DEV, Options())
    return tallies, stories


# Trap hits that are known; the gate fails on any other, and on fewer. s13-facts took the
# fact-conflict trap hits of t01-t10 and d11-d20 to none (the scorer credits a finding's traps
# on one of its sides only). Session 14 moved session 13's held-out t11-t20 here, with the one
# trap its read found hit:
TRAPS_KNOWN_HIT: dict[str, int] = {
    # none with default options since session 15: fact_conflict and quote_changed, the two
    # types whose traps were hit, are off by default (the pre-registered rule on the
    # held-out read t31-t40); their hits are pinned under their flags below
    # (FLAGGED_KNOWN). d23 (judge Vadim Kostenko vs governor Vadim Kostrenko/Vadym
    # Kostrenko) and d27 (coastguard captain Elena Brisco vs clinic doctor Elena Bruscia)
    # were hit when d21-d30 came (two people each, read as one name); s14-names: none (a
    # form nearer one of two people that one article tells apart is never the other's
    # variant: names._nearer_apart)
    # Session 16's held-out t41-t50 (read once at e267981, moved here in session 17): t50's
    # defence-ministry spokeswoman 'Vesna Marin' grouped with the editor 'Vesna Marić'/'Maric'
    # (name.letters; the key's trap: two people, one given name, surnames one letter apart):
    # none since s17-names ('editor-in-chief' is a title, so the right's sentence-opening
    # 'Editor-in-chief Vesna Marić' is her name beside the spokeswoman's, and each form
    # carries its post, editor against spokeswoman: names.roles_apart; a form a dropped
    # diacritic away from one of two people an article tells apart names that one:
    # names._nearness).
    # Session 17's new dev d51-d60 (writers W and X), at first sight: d52's fire chief 'Tomás
    # Ferrer' and union leader 'Tomas Ferrero' grouped as one name (name.typo; the Observer
    # names both): none since s17-names (one article writing two forms a letter apart names
    # two people for every outlet: names._variant_finding, one_writes_both); and d54's wire
    # 'maintained' against the Daily's 'say' for the prosecutor's case
    # (framing.aligned.attribution_verb; the key's trap): none since s17-framing ("the
    # company that supplied and maintained the draw software" has a noun object and reports
    # no statement)
    # Session 19's new dev d71-d80 (writers AE and AF), at first sight: d76's Sentinel 'until
    # every one of our sailors is home' against the wire's 'until every sailor is home' read
    # as a dropped qualifier (quote_changed.meaning, 0.39; the key's trap: the same claim);
    # none since quotes19 ("one of" after "every", "each", "any" before the noun the other
    # wording has alone is trivial: quote_diff._partitive_one)
    # Session 20: fact_conflict on by default again (the pre-registered rule on t81-t90: 7/7
    # held out), so its four trap hits by their sentences only, each read right, count here
    # too: t12's grams and d44's dogs (the expected conflict cites a rounding trap's
    # sentences), d79's nine vs six hours (the firefighters-count trap's sentences) and t65's
    # court vote 9-6 vs 8-7 (the seats trap's sentences); see FLAGGED_KNOWN. Session 21:
    # fact_conflict off by default again (the pre-registered rule on t91-t100: 3/6), so its
    # four hits count under its flag only (FLAGGED_KNOWN)
    # Session 21's new dev d91-d100 (writers AM and AN), at first sight: d92's mayor Tomas
    # Kellner (the wire) and the union's organiser Tomas Keller (the Clarion), two people
    # whose roles each article states, read as one name spelled two ways (name.typo, 0.96):
    # none since s21-names21 (a staff post, "organiser", heads a role phrase as a title
    # does: rules/titles.STAFF_POST_NOUNS, and the mayor's and the organiser's posts share
    # no word: names.roles_apart)
    # none since s22-names22: t93's 'Lactora Premuim' (session 21's held-out t91-t100), the
    # counterfeit tins' misspelt logo that both outlets writing it quote as a word beside
    # their own 'Lactora Premium', is a spelling they report, not theirs
    # (findings/names._quoted_word; it was one name spelled two ways, name.typo 0.96)
    # Session 26: quote_changed on by default again (the pre-registered rule on t141-t150: 5/5
    # held out, the last three reads 23/27), so its one trap hit under the flag counts here
    # too: t132's 'denies every allegation made against him ... in court' (the key's trap: an
    # extension restating complements; see FLAGGED_KNOWN)
    # Session 27's new dev d151-d160, at first sight: two more; d152's Tribune cut of 'This is not a
    # strike,' from Tarkanji's 'it is a fight for survival' and d153's Standard 'never allowed my
    # personal views to influence a judgment' against 'a single judgment' (the keys' traps:
    # trivial, same meaning). Session 27 (quotes27): two; d153's is gone ('a single' after a
    # negation earlier in its clause is a minimiser: quote_diff._denied_before); d152's stays
    # (t70's key reads the same 'B, not A' cut as a change: the keys disagree)
    # Session 27: quote_changed off by default again (the pre-registered rule on t151-t160:
    # 8/11 held out), so its two trap hits count under FLAGGED_KNOWN only
    # Session 31: quote_changed on by default again (the pre-registered rule on t191-t200:
    # 6/6 held out, the last three reads 16/18): its one trap hit (t132's 'made against him
    # ... in court', read wrong) counts here again, and under FLAGGED_KNOWN
    # Session 32's new dev at first sight: d205 1043014482c9, 'in the race' dropped (the key's trap)
    # One since quotes32: a locative naming the story's own setting after a quantified noun
    # phrase of "other" restates the set "other" ranges over ("any other horse [in the
    # race]": quote_diff._setting_domain, tests/unit/test_quotes_session32.py); left: t132's
    # Session 33 moved session 32's held-out t201-t210 here: t209 54b784ea8fae cites the key's
    # trap sentences (the dropped 'my', trivial) but testread32 read it right by override (the
    # Chronicle's added 'this year' is a real change), one more trap hit: two
    # Session 33: quote_changed off by default again (the pre-registered rule on t211-t220:
    # 10/14 held out), so its two trap hits count under FLAGGED_KNOWN only
    # session 35: d234's off-story tourist-tax piece's background sentence (a 2019 fire's inquiry
    # recommending wider clearings) aligned as a paraphrase with the centre's (true as a paraphrase;
    # the writer's trap is that the piece reports another event, which the story warning names)
    "aligned:paraphrase": 1,
    # Session 37: quote_changed on by default again (the pre-registered rule on t251-t260: 7/7
    # held out, the last three reads 25/27), so its trap hits under the flag count here too
    # (see FLAGGED_KNOWN: t247's 'People put ...', t220's end cut, d230's 'master key', t132,
    # t209's read right by override)
    # Session 38: quote_changed off by default again (the pre-registered rule on t261-t270: 6/7
    # held out, a trap hit on t270's same-meaning trim), so its five dev trap hits count under
    # FLAGGED_KNOWN only; addition, on by default again by the same rule (5/5 held out), hits no
    # dev trap by default
    # Session 39: fact_conflict on by default again (the pre-registered rule on t271-t280: 13/14
    # held out, dev 432/435, the last three reads 25/29) and quote_changed on again (9/9 held
    # out, dev 500/508, the last three reads 22/23), so their dev trap hits under the flags count
    # here too, as FLAGGED_KNOWN lists them (d267's headline rounding, t227's 'hundreds', the
    # rounding and count traps' sentences; d230's 'master key', d247's, t132, t220's end cut,
    # t247's 'People put ...', d271's and d276's closing-clause trims); addition, off again by
    # the same rule (4/5 held out), counts under FLAGGED_KNOWN only
    # quotes40: d271's and d276's gone (a 'but we will <carry on>' pledge cut from a hedged
    # claim, quote_diff._pledge_after_hedge): 5
    # Session 40: fact_conflict and quote_changed off by default again (the pre-registered rule
    # on t281-t290: fact_conflict 11/13 held out, two trap hits setting a part against the whole;
    # quote_changed 7/9, two trap hits on trims with the same claim), so their dev trap hits
    # (8 and 5) count under FLAGGED_KNOWN only; addition, on by default again by the same rule
    # (6/6 held out, dev 385/407, the last three reads 15/16), hits no dev trap by default
}


def test_no_trap_hit(scored) -> None:
    tallies, _ = scored
    assert {t: x.trap_hits for t, x in tallies.items() if x.trap_hits} == TRAPS_KNOWN_HIT


@pytest.fixture(scope="module")
def scored_flagged():
    """The dev stories with the finders whose default the held-out reads have switched
    (fact conflicts, quote changes, framing and, since session 21, additions and, since session
    22, shared sources and, since session 30, shared quotes) asked for by
    name, so their known trap hits and wrongs stay pinned whatever the default."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import invented_stories as IS

    from storylens.options import Options

    tallies, _, _, _ = IS.measure(DEV, Options(fact_conflicts=True, quote_changes=True, framing=True,
                                               additions=True, shared_sources=True,
                                               shared_quotes=True))
    return tallies


def test_flagged_finders_keep_their_known_trap_hits_and_wrong(scored_flagged) -> None:
    """Under their flags, fact_conflict and quote_changed keep the bar they had while on by
    default (sessions 13-14): no trap hit and no finding read wrong beyond the known ones."""
    got = {}
    for t in FLAGGED_KNOWN:
        x = scored_flagged.get(t)
        assert x is not None and x.found, f"no {t} found: the flag did not reach the finder"
        got[t] = (x.trap_hits, x.wrong)
    assert got == FLAGGED_KNOWN


# (trap hits, read wrong) per flagged type.
FLAGGED_KNOWN: dict[str, tuple[int, int]] = {
    # shared_source (off by default since session 21's held-out read, 3/6: three lines
    # "only X-wire credits X" where the copy names the agency in full in its text): pinned
    # here since session 22, when s22-source22 read credits written in a sentence and
    # s22-source22b/c set a pair's and the story's source by the copy's credit; reader22
    # read every changed line (dev: no trap hit, none wrong)
    # reader40 on d281-d290 at first sight: d286 0db06a934700 (the Sentinel said to copy 43% of its narration from
    # the wire where half the cited pairs are its own rewrites; the key lists no copy): (0, 1)
    "shared_source": (0, 1),
    # addition, on by default in sessions 19-20 (off since session 21: 5/6 on t91-t100)
    # and since session 19 (the pre-registered rule on t71-t80: 11/12
    # held out, dev 139/148): its nine read wrong, all the one class of a figure the others
    # give in another form or as a conflict (coverage._told_otherwise reaches most, not
    # these): d-care home 38 vs 41 degrees and the Kessing dam's 6,500 vs 8,000 residents
    # (both sides, the keys' fact_conflicts), d64's 1.8 million pupils (the 2.1 million
    # conflict), t68's 350 sick (312 + 41 told as one total), d78's 47 ships (one moment of a
    # running count the others give at theirs), the Serrania 2022 turnout told as a
    # difference, a blast's '2 kilometres' told as 'more than a mile', and a polling
    # station's number 112 (a label read as a quantity). Session 19's held-out t71-t80
    # (moved here in session 20) brought one more of the class: t72's Standard's 320
    # million, its value of the harbour contract the others give as 220 million (the key's
    # fact_conflict, which the finder missed), told as a figure only it gives. Session 20
    # (coverage20): eight; d64's 1.8 million is told otherwise since a "with" clause is read
    # with the clause it hangs on ("About 4,800 schools are affected, with some 2.1 million
    # pupils ...": rules/coverage.DEPENDENT_CLAUSE), and the polling station's 112 is a
    # label's number (rules/coverage.LABEL_BEFORE). Session 20's held-out t81-t90 (moved
    # here in session 21) brought one more of the class: t82's Voice's crew of 37 where two
    # others give 31 (the key's fact_conflict, told as a figure only the Voice gives).
    # Session 21 (coverage21): eight again; two sizes of one owner's thing ("its 31 crew
    # members" / "the ship's 37 crew") are one measure (coverage._owned_size); seven, as
    # a unit in words tells a figure ("more than a mile" for the blast's "2 kilometres":
    # rules/coverage.UNIT_IN_WORDS). Session 21's new dev d91-d100, read wrong by reader21
    # at first sight, two more of the class: d94's Morgenruf 'built for 400 people' (the
    # design capacity the others give as 450: the key's fact_conflict) and d96's Herald 31
    # (Sunday's toll, 'rose to 31', of the running count the others give as 23 on
    # Saturday: the key's update trap)
    # Session 21's held-out t91-t100 (moved here in session 22), one more of the class:
    # t98's island-mercury 'a bull shark between 2.5 and 3 metres long' told as a figure only
    # it gives, where the wire and the Post give 'about three metres' (the key's
    # compatible-length trap: a range against a rounded figure). Session 22 (coverage22):
    # nine; t98's '2.5' is gone, as the low end of a range whose unit only the high end
    # carries is no figure of its own (rules/coverage.RANGE_LOW_AFTER)
    # Session 23's new dev d111-d120, read wrong by reader23 at first sight: two more of the
    # class, d118's wire 'about 3,100 passengers and 1,150 crew' and the left's 'more than
    # 4,000 people' aboard (one count told as parts and as a total: the key's compatible
    # trap), each told as a figure only it gives. Session 23 (coverage23b): eight; those two
    # and t68's 350 sick are gone, as two groups of people joined in one phrase ("312
    # passengers and 41 crew members") and another outlet's count of people at large
    # ("more than 350 people on board") are one head count within their hedges and bounds
    # (coverage._joined_whole)
    # Session 23's held-out t111-t120 (moved here in session 24): t114's '820 million
    # dinars' that only the off-story piece the warning missed gives; eight since
    # s24-warn24, as the warning names the piece (coverage._shares_their_lede). Session 24
    # (coverage24b): seven; d94's Morgenruf 'built for 400 people' is gone, as an event verb
    # that takes a count through "for" sizes what was built, the measure the others give as
    # "designed for 450 people" (rules/coverage.PURPOSE_FOR_BEFORE, coverage._measure_heads)
    # Session 24's new dev d121-d130, read wrong by reader24: ten; d122's Bulwark 'More than
    # 80 people were taken to hospital' (the count the others give, the key's compatible
    # trap), d128's Standard '140,000 dollars' (the key's conflict with 410,000), d130's
    # 'about 58 million euros' (the same 640 million krona fine, converted)
    # Session 24's held-out t121-t130 (moved here in session 25), read by testread24: three
    # wrong; t121's 'more than $200 million' (the others' $214 million, rounded), t122's
    # '4 million' views (a later count), t125's toll of 27 (an update, the key's trap)
    # Session 25 (coverage25): ten; d122's wire '87' in hospital is gone, as a figure that
    # names no place, in an article whose lede sets the story in the fact's place, is of
    # that place (coverage._setting: the Bulwark's 'More than 80'); d128's Standard
    # '140,000 dollars', as one verb taking two amounts no head names is one measure
    # (coverage._disputed: 'owed around 140,000' / 'owed about 410,000'); d130's 'about 58
    # million euros', as an amount of one measure given in another currency is the figure
    # converted (coverage._converted: the 640 million krona fine)
    # Session 25's new dev d131-d140, read wrong by reader25: two updates of a count the
    # others give (d132's toll 'rose to 11', d137's families tested 'risen to 12')
    # Session 25's held-out t131-t140 (moved here in session 26), read wrong by testread25: two;
    # t132's '13' and '12' (the key's conflict between the outlets' counts told as two additions)
    # Session 26 (coverage26): twelve; t132's '13' and '12' are gone, as two figures whose own
    # phrases name one measure ('as young as 13' / 'girls as young as 12') in sentences about
    # one thing are one measure told two ways (coverage._named_otherwise, rules/coverage
    # BOUND_MEASURE_BEFORE)
    # Session 26's new dev d141-d150, read wrong by reader26: two vote counts the others give
    # otherwise told as additions (d145 'Only left gives the figure 29', its '29 votes to six'
    # against the centre's 31-4; d146 'Only right-standard gives the figure 19', '31 votes to
    # 19' against the others' 31 to 20: the key's conflicts)
    # Session 26 (coverage26b): thirteen; d146's '19' is gone, as a tally another outlet
    # gives with other figures for the same vote (as findings/votes.py pairs tallies) tells
    # the vote otherwise (coverage._tells_vote); d145's '29' stays (the others' "Thirty-one
    # members voted in favour, four against" and "31 of its 38 members" are no tallies
    # votes.py reads)
    # Session 26's held-out t141-t150 (moved here in session 27), read wrong by testread26:
    # fifteen; t146's Sentinel '33' people on board (the others' 31 tourists, a driver and a
    # guide: the key's compatible trap, told as parts and a total), t150's Courier 'Some 6,000
    # islanders' (the island population the others give as about 4,500: the key's conflict)
    # Session 27 (coverage27): fourteen; t146's '33' is gone, as single people listed after
    # a group's count ("31 tourists, a driver and a guide") add one each to its head count,
    # the total the Sentinel gives of people at large (coverage._singles_after, rules/coverage
    # SINGLE_PARTS_AFTER); t150's '6,000' stays
    # Session 27's new dev d151-d160, read wrong by reader27: sixteen; d154's Patriot crowd
    # '2,800' (the wire's 'About 3,000': the key's rounding trap), d158's Observer 'around 970'
    # (the wire's '10th-century Beatus': the key's compatible trap, borderline)
    # Session 27's held-out t151-t160 (moved here in session 28), read wrong by testread27:
    # seventeen; t160's 'level 0' (the key's conflict with the others' level 1, told as a
    # figure only one outlet gives)
    # Session 28's new dev d161-d170, read wrong by reader28: nineteen; d161's '31' and d169's
    # '53' (updates of a running count, 'rose to'), d163's '250' (the Observer's breakdown of
    # the 312 freed)
    # Session 28 (coverage28): seventeen; t160's 'level 0' is gone, as another outlet's reading
    # on the same scale is its own reading of the figure (coverage._Index._scale_read, rules/
    # coverage SCALE_NOUNS), and t121's Tribune 'more than $200 million' (the others' $214
    # million), as 'Radovan Lazić' and 'Lazic' are one name in the sentences that tie two
    # figures (coverage._sentence_names folds diacritics); its keyed '$1.1 billion' shows
    # Session 28's held-out t161-t170 (moved here in session 29), read by testread28: three
    # wrong; t162's '15,000' fled and t168's '39.1 degrees' (each the figure another outlet
    # gives otherwise: the keys' fact_conflicts), t164's dairy fine (the off-story piece the
    # warning missed)
    # s29-warn29: t164's dairy fine is gone, as the warning names the dairy piece
    # (pipeline._set_apart leaves out the additions that cite it)
    # Session 29's new dev d171-d180, read wrong by reader29: d171's Sentinel '1.2 per mille'
    # (its reading of the level the others give as 0.92: the key's fact_conflict)
    # Session 29 (coverage29): seventeen; t162's '15,000' is gone, as another outlet's count
    # of the same counted noun high in its article, in words sharing nothing with the fact's,
    # with no article giving both values, is its own reading of the count (coverage.
    # _read_apart), and t168's '39.1 degrees' and d42's '38 degrees Celsius', as a temperature
    # another outlet gives in bare degrees in a clause about the same thing is its reading
    # (coverage._bare_degrees)
    # Session 29's held-out t171-t180 (moved here in session 30): two more, conflicts told as
    # additions (t174's '9 votes to 2' against the others' unanimous vote, t179's 14 million
    # crowns against 11 million; testread29)
    # Session 30 (coverage30): eighteen, measured under these flags; a tally with votes
    # against beside another outlet's unanimous vote of the same body is a disagreement
    # (coverage._unanimous_vote: t174's '9'), and a role's age in apposition no figure
    # (coverage._an_age: t178's '18', read wrong under --on all)
    # reader30 on d181-d190: d181's 14 children (Wednesday's update of the nine), d185's 36
    # (the Voice's own subtraction of two figures the others give)
    # Session 30's held-out t181-t190 (moved here in session 31, read by testread30): t190 203e7ef7721e
    # 'More than 200 families' told as an addition beside the others' 212 households (the key's trap)
    # Session 31 (coverage31): t190's '200' is gone, as a bound its own article pins
    # to an exact figure of the same counted noun (Kabar's headline '212 families') that
    # another outlet gives is that figure told loosely (coverage._bound_of_own_figure)
    # Session 31's new dev d191-d200, read by reader31: d195 cac37b707044 and f4fdfabfff30
    # (a capacity and a seat count, the two sides of the key's conflict, each told as 'only'), d198
    # 487b760f2797 ('owned it for more than 60 years' = bought in 1961), d199 3409f130bd7a (54 million
    # since 2023 = 18 million a year over three years)
    # Session 33 moved session 32's held-out t201-t210 here: t204 b050aa572765, '9 percent' from
    # the off-story tariffs piece the warning missed (testread32; WARNING_KNOWN_WRONG)
    # reader33 on d211-d220: four more, d212 09b5abd888e9 (1,260 mg/kg against a limit of 90: the
    # others' '14 times the limit'), d214 9c8ada053ab9 (430 evacuated: the key's conflict with 340),
    # d215 6b9544983568 ('87 percent' from the strike-vote piece the warning missed), d220
    # 14f450005360 (the toll 'rose to 11': an update of the running count)
    # Sixteen since coverage33: a running count's later value ("rose to 11 on Friday" beside
    # the others' nine, coverage._running_count) is no addition, as the readers since session
    # 21 read it (d132, d137, d161, d169, d181, d96, t125; d78's '47' gone with them; eleven
    # older rows read such updates right, s13-s22, now unfound); d171's '1.2 per mille' is
    # the others' reading told two ways (coverage._unit_words). Nineteen with reader33's rows
    # on the new dev d211-d220: d212 09b5abd888e9 (1,260 mg/kg = the others' '14 times the
    # limit'), d214 9c8ada053ab9 (430 vs 340 evacuated), d215's '87%' from the off-story piece
    # the warning missed; d220 14f450005360 (the toll 'rose to 11') is gone with the others
    # t204's '9 percent' gone since s33-warn33: the warning names the piece (its "three price
    # rises" retell no toll, coverage._retells_their_event), so its findings are left out: 18
    # reader33's second round: d96 8afd2f133c5e, the Herald's 'around 35 still unaccounted for' (an
    # update of the missing count the others give as about 40, without 'rose to'): 19
    # Session 33's held-out t211-t220 (moved here in session 34, read by testread33): three more,
    # sides of the keys' conflicts told as figures only one outlet gives: t212 b133ffe30e81 and
    # bf50de9e5cce (bail of 200,000 vs 250,000 crowns), t219 4d8f1cc40168 (a 20 vs 30 percent cut): 22
    # reader34 on d221-d230: four more, d225 bee3b5dd0645 (2,100 evacuated) and d229 6bda3a4a13c8
    # (3,000 fans), each a side of the key's conflict; d226 1167f6e8e423 ('60 families', the wire's
    # 'dozens of families'); d227 ae337f8d73a2 ('41 percent of members', the Courier's own product of
    # the shared 68 percent and 61 percent turnout): 26
    # Nineteen since coverage34: an amount both outlets name by one money noun, in either
    # order, is one measure ('on bail of 200,000 crowns' / 'on 250,000 crowns bail',
    # coverage._measure_named), and a share sized as one change of one thing ("cut the
    # orchestra's annual grant by 30 percent" / "a 20 percent reduction in the orchestra's
    # grant", coverage._change_named): one side of a disagreement each, no addition
    # (measured with reader34's rows by the lead's gate after the merge)
    # session 35 moved t221-t230 here with testread34's rows: t226 080ea1e265dd ($168 vs $186
    # million, a side of the keyed conflict) and t230 1832db17c722 (400,000 likes) read wrong: 25
    # coverage35: t226 080ea1e265dd is gone (a figure written with another outlet's digits in
    # another order, of the same size, is a side of a conflict: coverage._transposed): 24
    # reader36 on d241-d250: d249 34ceed6899c0 (the wire's 12 of 40 hectares, the Herald's "about a
    # third of the park", the same extent told otherwise): 25
    # fix38c: d264 4385d81d1b26 (47.3 percent turnout) and d267 4341f4077895 (1.9 billion
    # dollars) are gone: a figure told beside the same neighbouring figure as the others'
    # value of its family is a side of the keyed conflict (coverage._anchored_dispute): 23
    # 22 measured at main bcfc76ac, with fix38c, reader38's rows and warn38 (whose named
    # off-story pieces leave their findings out) all merged
    # Session 39's held-out t271-t280 (moved here in session 40): t273 feb30c0dc85c ('only the
    # Gazette gives a margin of 13', the wire's 31-18 vote: a figure the others' give; testread39): 23
    # coverage40: t273's gone (a vote's margin beside the others' tally: coverage._tells_margin);
    # reader40 on d281-d290 at first sight: d288 eec73ca61866 ('only 40 rehomed', the Progress's conflicting
    # version of the 80 horses): 23
    # coverage41 (-2) and reader41's three first-sight d291-d300 wrongs (+3; see FINDINGS_KNOWN_WRONG):
    # (0, 24) (gate41c at bb6361c8)
    "addition": (0, 24),
    # framing (off by default in session 17, its held-out read t51-t60: 19/22; on again since
    # session 18's, t61-t70: 11/11): the five
    # read wrong listed under FINDINGS_KNOWN_WRONG below (d03, d26, d27, d35, d50; d27 gone
    # since s18-framing2, below), no trap hit;
    # session 17's held-out t51-t60 (moved here in session 18) brought three wrong: t55's
    # story-wide modifier setting the Observer's 'alleged cartel leader Dorian Vasquez Ruiz'
    # against a bare mention in the Bastion, which calls him 'cartel boss' elsewhere (the
    # finding cites the wrong mention: framing.story.modifier); t55's wire 'alleged leader'
    # against 'leaders' in the off-story guards'-strike piece the warning missed (none since
    # s18-story: the warning names the piece, coverage.story_early_weighed); t56's
    # "after months of insisting that ..." read as the verb of the minister's statement
    # (framing.story.attribution_profile). All three gone since s18-framing: a doubt modifier
    # on a person's role is set only against another outlet stating such a role of him, read
    # over all its mentions (framing._stated_roles: now "the Bastion states 'Red Coast cartel
    # boss' as fact where the others write 'alleged leader'"), a modifier in apposition to a
    # name is about that name's bearer (descriptors._apposed_to), and a speech verb's gerund
    # after a preposition is no attribution (attribution.gerund_cue). Session 18's new dev
    # d61-d70 (writers AA and AB), read by reader18, brought one more (and s18-story's
    # warning took t55's off-story piece away): d65's Courier 'a flock
    # of geese tore into one of its engines' set against the wire's 'the airline said' as a
    # sensational verb for the same statement (framing.aligned.sensational_verb): 'tore into'
    # is the geese hitting the engine, no verb of saying; none since s18-framing (a
    # sensational phrase needs a possible speaker before it in its clause:
    # framing._speaker_subject); and d63's wire 'claimed responsibility in a statement posted
    # online' read as a doubt verb against 'saying' (framing.story.attribution): none since
    # s18-framing (an abstract noun right after a doubt verb is its object:
    # attribution._ABSTRACT_NOUN). d27's Valdoria Today 'insisted' (Lunardi's charity
    # remark) against the Herald's 'said' (his pledge on traffickers), two statements, is
    # gone since s18-framing2: the story-wide profile sets two outlets' verbs for a speaker
    # against each other only where they attribute one matter (attribution._one_matter:
    # the loaded cue's complement and a plain statement share a content word beyond the
    # speaker's name and title and the occasion's time words) and never for an earlier
    # statement (attribution.background_cue): four left (d03, d26, d35, d50). d26's
    # 'riots' (the 2019 fuel riots) against this autumn's 'protests' is gone since
    # s19-framing: a loaded term in a sentence that names a year neither its article's
    # own nor the plain sentence's may tell another event (framing._dated_apart): three
    # left (d03, d35, d50). Session 20's new dev d81-d90 (writers AI and AJ), read by
    # reader20 at first sight, brought one more (below, FINDINGS_KNOWN_WRONG): d90; session
    # 20's held-out t81-t90 (moved here in session 21) one more: t81 (below); both gone
    # since s21-framing21 (below): three left (d03, d35, d50); session 22's held-out
    # t101-t110 (moved here in session 23) one more: t109 (below)
    # Session 21 (framing21's admission that leads into a quote others give with 'said'),
    # read wrong by reader21: d96 (below, FINDINGS_KNOWN_WRONG). Session 23 (framing23):
    # three; t109's gone (a kindred modifier on the same noun, "forged notes", is no plain
    # side: framing._kindred_on), d35's line changed (it quotes the wire's 'unusual betting
    # patterns' now: framing._head_in, _with_own_premodifier), read wrong again by reader23
    # Session 23's held-out t111-t120 (moved here in session 24): t114's 'so-called tax
    # amnesty' set against the missed off-story piece; t116's 'claimed' vs 'said' for two
    # statements (the wrong claimant). Five since s24-warn24: t114's is gone, as the warning
    # names the piece (coverage._shares_their_lede). Four since s24-framing24: t116's is
    # gone, as a speaker written as a common noun the key's word only qualifies ("press
    # freedom groups and Lusenian officials") gets no profile against "Lusenia's foreign
    # ministry" (attribution._described_group), and two statements sharing only the names
    # every article gives tell no one matter (attribution._story_wide_names)
    # Session 24's held-out t121-t130 (moved here in session 25): one; t127's Clarion
    # sentence set against 'seize on' is not its telling of the opponents (below); gone
    # since s25-framing25 (the key's Clarion sentence now): four
    # Session 26's held-out t141-t150 (moved here in session 27), read wrong by testread26:
    # five; t148's Gazette 'Left-wing councillor Ines Montaner' against the wire's name (its
    # 'rioting' against the wire's 'protests' / 'demonstrations', read wrong too, comes only
    # with paraphrase alignment, --on all). Four since s27-framing27: a lean label another
    # outlet states of the same person in an apposition or a title ('Ines Montaner, leader of
    # the Green-Left group') is the same fact (framing._states_lean); the 'rioting' lines are
    # gone too, as a loaded sentence that writes a plain word of the set itself on the other
    # side of a time order ('banning street protests ... after a weekend of rioting') names
    # another event with its loaded word (framing._other_event; narrowed so by s27-review27fr,
    # which brought back d16 'massacre', d01 'gutting', ew417 'rioting', read right: still four)
    # Session 27's held-out t151-t160 (moved here in session 28), read wrong by testread27:
    # seven; t151's Sentinel 'insisted' (a statement no other outlet gives) against another
    # statement's 'told'; t154's 'claimed' and 'insisted' of the runner's agent read as the
    # runner's own (a possessive speaker, 'Mwangosi's agent claimed'), twice
    # Session 28's new dev d161-d170, read wrong by reader28: eight; d164's/d168's 'so-called'
    # before a lowercase common-noun term ('so-called ghost employees', 'so-called jackpotting
    # malware': naming a term, not distancing). Five since s28-framing28: t151's and t154's
    # three are gone (a one-person post of a person is the person an article names beside
    # it, or no speaker: attribution._person_post; the other outlet's own stance gist on
    # another matter before the shared quote is no neutral side: attribution._gists_apart).
    # Four since s28-framing28b, measured: d164's and d168's 'so-called' lines are gone
    # ('so-called' before a lower-case two-word compound names a term: framing._names_term,
    # rules/loaded_terms.TERM_OF_ART_WORDS); the four read wrong under these flags are the
    # 'rioters'/'crowd' descriptor, d35's 'suspicious betting patterns', the Diario's
    # 'alleged' against 'reported', and 'admitted' for Josephine Okereke
    # Session 28's held-out t161-t170 (moved here in session 29): t166's Clarion 'admitted'
    # a claim only it carries, set against another statement's 'told'/'said' (testread28;
    # fires by default too: FINDINGS_KNOWN_WRONG). Three since s29-framing29, measured:
    # t166's line is gone (a loaded gist that quotes words of its own the quote after it
    # does not carry, where the other outlet gives that quote with no gist, is a line only it
    # carries: attribution._own_quote_apart) and so is d96's 'admitted' for Josephine
    # Okereke (a quote another outlet gives with a negation it drops is no one statement:
    # attribution._reversed_quotes); left: d03's 'rioters', d35's 'suspicious betting
    # patterns', the Diario's 'alleged'
    # Session 29's new dev d171-d180: d172's 'shameful end' vs the idiom 'the sharp end of'
    # (reader29; by default too). Three since s29-framing29b: d172's line is gone (a part
    # noun on another thing is no plain side: framing._part_of_another)
    # Session 29's held-out t171-t180 (moved here in session 30): one more, t172's 'suspicious
    # test results' set against 'routine tests' (the tests, not the results; testread29)
    # Two since s30-framing30, measured: t172's line is gone (a modifier on a noun compound
    # qualifies its head: the plain side writes the two nouns together or the head alone as
    # a noun, never the first noun alone: framing._compound_phrase, _head_in) and so is d35's
    # (an anomaly word, 'unusual', on the noun another outlet calls 'suspicious' is its kin:
    # rules/loaded_terms.KINDRED_MODIFIER_GROUPS); left: d03's 'rioters', the Diario's 'alleged'
    # reader30 on d181-d190: d182's 'conceded' (as by default)
    # Session 30's held-out t181-t190 (moved here in session 31, read by testread30): t183 bed389d5a1df
    # 'seized on' set against another speaker's sentence; t186 7e6d4db4d0da 'conceded' for a line only
    # the Voice carries (d182's shape); t189 9035f1196bdd a plain 'left-wing' party label, set against
    # the off-story piece the warning missed; gone since s31-warn31 (the warning names that piece,
    # so findings citing it are set apart: pipeline._set_apart)
    # Two since s31-framing31, measured: t186's and t189's lines are gone (a statement of the
    # others' that the loaded outlet gives too with a plain verb is no contrast where its
    # loaded line is one only it carries: attribution._told_alike, _only_line; a lean label
    # two outlets put on one name identifies it: framing._shared_label); t183's line cites
    # the Social Democrat leader's own words now (the phrase's counterpart is the same act by
    # the same actor, never a sentence opening on another person: opportunism._another_voice;
    # unread) and d182's cites only the wire's and Ledger's forklift sentences (their shared
    # quote, given alike, left out; unread, the claim reader30 read wrong, the shape of d33's
    # keyed line); left: d03's 'rioters', the Diario's 'alleged'. Seven more profile lines
    # cite fewer sentences (the statements given alike left out) and are unread; reader31's
    # round three read d182's new line (e0a6719f7896) wrong again ('conceded' for a line only the
    # Standard carries, against the others' 'said' for another statement)
    # Session 32 moved session 31's held-out t191-t200 here with testread31's verdicts: four
    # framing lines read wrong: t192 68cef9a5c805 and ba1370f72f9a (the Transport Minister Paolo
    # Serra's words given to the railway chief Paola Serrano), t196 3b7d68233d02 'admitted' for a
    # line only the Standard carries (d182's shape), t197 d796fa9fedd3 'seized on' against a
    # sentence sharing only chance words
    # Four since s32-framing32, measured: t192's two lines are the right people's now (one
    # article naming two people the name finder keeps apart is two speakers, however close
    # the spellings: attribution._people_apart; both lines key-right, the Baluardo line gone)
    # and t197's is gone (a passive phrase's counterpart names the agent or the thing seized
    # on: opportunism._passive_head); left: d03's 'rioters', the Diario's 'alleged', d182's
    # and t196's 'conceded'/'admitted' lead-ins (kept: leaving the lead-in out lost 21 keyed
    # dev items, test_framing_session32.py)
    # Still four since s33-framing33, measured (--framing: found 512 -> 520, wrong 4, unread
    # 1 -> 8): framing32b's charged noun (real32) moves no dev line; the reported lead-in now
    # cited beside a quote given to the surname (attribution._named_lead_in) rehashes seven
    # lines read right (d36, d53, d66, d81, d101, d166, d196; unread) and none of the four
    # reader33 on d211-d220: d216 e904974de055, the Sentinel's 'insisted the government had acted
    # responsibly', a line only it carries (t166/d182/t196's shape): five
    # Session 33's held-out t211-t220 (moved here in session 34, read by testread33): two more,
    # 'admitted' set against another statement's 'said'/'told' (t212 690dd7725cfd, t216 8d7b14d1a5d3)
    # Five since s34-framing34, measured (--on framing,story_framing: found 554, right 683,
    # wrong 7 -> 5, unread 8 -> 7): both lines are gone (a verb contrast needs the loaded cue's
    # reported clause, past an adjunct of place, time or listener before its "that" and up to
    # a coordinated later cue where the clause quotes the speaker, to be what the plain
    # sentence tells: attribution.cue_complement); t164's 'insisted on' profile line (read
    # right, mild) went with t212's shape; left: d03's 'rioters', the Diario's 'alleged',
    # d182's, t196's and d216's lines only the loaded outlet carries
    # session 35 moved t221-t230 here: t227 92db7a90f0cd, a friendly 'insisted' set against
    # 'said' (read wrong by testread34): 6
    # Five since s35-framing35, measured: t227's line is gone (a plain statement the loaded
    # outlet gives itself with a plain verb, on the loaded cue's matter, outside the quote
    # its gist leads into, is no contrast: attribution._profile_pairs, _quote_after); dev
    # t97's keyed 'claimed' (its quote in its own paragraph with 'said') went with it
    # reader35 (round two): t192 9eb48a9c98d6, the Baluardo's own 'insisted that the company had
    # followed every safety procedure' (a line no other outlet carries) against 'said', while it
    # writes a plain 'she said' for the shared apology quote (t227's shape that framing35's rule
    # misses here; left for next session): 6
    # reader37: d253 cf3394786e3a (see FINDINGS_KNOWN_WRONG); d243 1d6956f709d1 ('explain' in
    # narration read as a speech verb) is read wrong under --on all only: (0, 7)
    # Six since s37-fix37f: d253's line is gone ('said A but stressed B': the plain side is the
    # verb of the clause that tells the matching statement, and an emphatic one is no plain
    # side: framing._matching_cues); it names the Nation alone now (b76db99da048, read right).
    # d243's 'explain' (a subjectless bare verb: framing._subjectless_cue) was --on all only
    # reader38 on d261-d270: the two speaker verb-profile lines of FINDINGS_KNOWN_WRONG (d267
    # 4d754f8f5772, d270 49c4110f6293); d267's 'the report says' vs 'insisted' (db1248e0d980) is
    # gone since fix38f (a document subject is no speaker): (0, 8)
    # Session 39's held-out t271-t280 (moved here in session 40): t280 0d74fd3317f3 ('heroic
    # run', the horse's race, against the wire's 'run' of the race's distance; testread39): (0, 9)
    # framing40: t280's gone (a plain counterpart read as a verb is no counterpart:
    # framing._verb_read): (0, 8)
    "framing": (0, 8),
    # t12 (s14-align: a close rewrite joins the copies of the possession sentence): 15 vs 20
    # grams, the key's expected conflict and read right by its verdict, cites the sentences of
    # the plant-limit trap (three plants in all three), so it counts as a trap hit, not wrong.
    # t16's toll of three (Saturday) against four (Sunday) is an update since session 14
    # (facts._updated); d22's 'more than 60' is no side since session 14; t30's 12 detained
    # against 'among five parents detained' is a subgroup since s15-facts. Session 15's
    # held-out t31-t40 (moved here in session 16) brought two wrong, both fixed by s16-facts:
    # t34 'Kalevu and two neighbouring provinces' (three) against 'three provinces' (a count
    # joined to a named thing is of the others beside it: facts._addend); t36's trap, two
    # against three days of mourning the mayor 'extended ... to three days' (a figure after a
    # change verb's 'to' is the new value, another moment: facts._change). Session 16's new
    # dev d41-d50 (writers S and T) brought two trap hits at first sight and one more wrong:
    # d50's damages 180,000 vs 220,000 pesos (the 220,000 includes 40,000 of costs, and says
    # so) is no side since s16-facts (facts._uncomposed: another outlet's two amounts sum to
    # it; the finding keeps the key's 180,000 vs 150,000); d41's 'stranding thousands of
    # passengers' against about 21,000 is none since s16-facts ('thousands' is any number of
    # thousands: facts.SCALE_PLURALS); d44's dogs three vs two, the key's expected conflict,
    # read right by reader16, cites the sentences of a rounding trap ('a dozen' vs 11), as
    # t12's 15 vs 20 grams does: trap hits by their sentences only. Session 16's held-out
    # t41-t50 (moved here in session 17) brought one trap hit and two wrong: t50's
    # 410-million-euro contract against the Sovereign's 400 million (a rounding of one
    # contract: the key's trap; fact.aligned.word), and t47's 37 polling stations that stayed
    # closed against the Herald's nine where attacks took place (two counts of stations:
    # fact.unaligned.context); both fixed by s17-facts: a round figure of a thousand or more
    # that the other rounds to at its own step is a rounding (facts._rounds_to), and two
    # counts of one noun under predicates that share nothing are two measures
    # (facts._predicate, _two_predicates).
    # Session 17's new dev d51-d60 brought one more trap hit at first sight: d55's 14 arrested
    # (wire) against 23 (Tribuna Popular), the count a day later (fact.unaligned.context);
    # none since s17-facts: a later article's tally "by" a moment of the same day ("By
    # Tuesday evening ... 23 had been arrested") is that day's latest count, an update
    # (facts._Mention.as_of, _updated). Session 17's held-out t51-t60 (moved here in session
    # 18) brought one wrong: t52's 12 tonnes of dead fish collected by Monday against 'more than
    # 15 tonnes' by Wednesday, a running total the later article cites from a headline
    # (fact.unaligned.context): an update, not a conflict; none since s18-facts: a total
    # worded as one up to a moment ("by Monday afternoon", "so far", "to date", the present
    # perfect, a mark passed: "toll passes 15 tonnes", also a floor) is a running tally
    # whatever it totals, and two of them for two days are the tally at two moments
    # (facts._Mention.tally_words, _updated, _moments_apart)
    # Session 18's held-out t61-t70 (moved here in session 19) brought four wrong, each its
    # key's trap: t64's 85 million crowns (the ministry's value of the whole catch) against
    # 30 million (one fleet's landings) and t69's 42 tonnes of reserves against 14 in one
    # vault (fact.aligned.word): a whole and a part of one noun, two measures; t66's four
    # missing against two, told after two bodies were recovered (fact.aligned.measure): an
    # update; t68's outbreaks dated to 2025 against 2024 (fact.aligned.word): two years'
    # figures, not one fact dated twice. None since s19-facts: an amount given as a part
    # ("14 tonnes of the country's gold", "with the rest stored abroad", "a tiny share of the
    # trade") never meets a total ("in total"; facts._share), and the subject that takes an
    # amount is its referent ("Dorsenian boats land ...": facts._places); two counts of one
    # running tally whose difference an article reports as an event ("two more bodies") are
    # before and after it (facts._moved); two dates that each time a figure of their
    # sentence, whose figures differ, are two periods (facts._years_of_figures). Left
    # before d71-d80: the two trap hits by their sentences only (t12, d44), read right.
    # Session 19's new dev d71-d80, at first sight: d76's 'Eleven ships' searching against
    # 'Fourteen ships ... are now taking part' after foreign vessels joined (an update; the
    # key's trap; fact.aligned.word), and d79's 'fought the blaze for nine hours' against
    # 'for six hours' in the sentences of the key's firefighters trap (more than 100 vs 120,
    # compatible): a trap hit by its sentences, read right by reader19 (the hours are the
    # key's expected conflict; the finding sets only them against each other), as t12's and
    # d44's; and one read wrong by reader19: d75's case count 300 (the wire's headline)
    # against 'five' in Sahl's 'Most of our cases are children under five' (an age bound
    # read as a count of the noun before it; fact.unaligned.context). Since s19-facts: d75's
    # is none (an age bound, no count: facts._AGE_GROUP_BOUND), nor d76's ships (a later
    # moment read from the verb a count shares with the count listed after it, "Fourteen
    # ships and six aircraft are now taking part": facts._Mention.running); left: the three
    # trap hits by their sentences only (t12, d44, d79), each read right.
    # s19-facts2 (vote tallies read whole, findings/votes.py): t65's court vote, 9-6 (wire,
    # Voice) against the Nation's 8-7, the key's expected conflict, cites the two sentences of
    # the key's seats trap ('162 votes' / 'holding 151 seats'), so it counts as a trap hit
    # (as t12's grams and d44's dogs are trap hits by their sentences); read right by
    # reader19 (the finding sets only the court vote against itself)
    # Session 19's held-out t71-t80 (moved here in session 20) brought two wrong, each its
    # key's trap: t72's 14-minute published excerpt against the 40-minute full recording (two
    # durations of one noun family: a part and the whole), and t75's 1.9 billion (the
    # finance ministry's estimate) against 2.4 billion (the employers' federation's): two
    # sources' figures, each attributed, not one fact told two ways. None since s20-facts:
    # a hyphenated figure sizes the words after it and one marked as the whole ("the full
    # 40-minute recording": rules/numbers.WHOLE_MARKS) meets only one so marked
    # (facts._sized_noun, _whole_marked); two figures its sentences word as estimates of two
    # named sources are two claims (facts._source under ESTIMATE_WORDS); left: the four
    # trap hits by their sentences only (t12, d44, d79, t65), each read right
    # Session 21's held-out t91-t100 (read once at e262f0eb by testread21, moved here in
    # session 22) brought three wrong, one a trap hit by its sentences: two crowd estimates by
    # police and by organisers set against each other where the source sits in another
    # sentence (today-centre's 'Hundreds' beside 'Police put the crowd at about 600' against
    # freevoice-left's 'Some 2,000 people, according to organisers'; the wire's and times'
    # 'Tens of thousands' against voice-left's 'a crowd that organisers put at 150,000',
    # where both also give the organisers' 150,000), and Zofia Halinek's age 67 vs 76 (the
    # key's expected conflict, read wrong as it cites the time trap's sentences). None of
    # the two crowd estimates since s22-facts22: an outlet's own rough size beside a
    # source's figure it agrees with in the next sentence takes that source, and a
    # sentence naming two sources gives each figure its clause's (facts._sourced,
    # _source); left: Halinek's age (its only sentences are the time trap's: a trap hit by
    # its sentences, which a reader's verdict can read right, as t12's, d44's, d79's, t65's)
    # Session 22's new dev d101-d110 (writers AQ and AR), read by reader22 at first sight: one
    # more, d107's two dead (the wire, Saturday) against the Post's three (Sunday's update:
    # the key's update trap, cited by other sentences). t92's age line read right by reader22
    # (the line sets no times apart; its trap hit by sentences still counts)
    # Session 22's held-out t101-t110 (read once at 60759ef6 by testread22, moved here in
    # session 23) brought two wrong, one its key's trap, and one trap hit by its sentences
    # read right: t102's three events' years told as one date of 'the death' (a prisoner's
    # death in 2021, the 2008 killing, the 2009 jailing; fact.unaligned.context); t105's 19
    # league goals against 24 in all competitions (two counts of one noun under different
    # scopes: the key's trap); t109's 48 vs 480 million kurats (the key's conflict, read right,
    # its sentences also the trap's). None of the three since s23-facts23 (dev: two trap hits
    # and three wrong fewer, nothing else changed): a date's head is its own event, not a
    # setting's or a cause's ("died in prison in 2021", "jailed in 2009 for the killing"),
    # and an article that dates one event head two ways tells of two events (t102); a
    # count widened to a whole ("in all competitions") never meets one of the same noun
    # under a restricting qualifier ("league goals"; t105); a later article's toll for the
    # event's day at the figure the story says the toll rose to on a later day is that
    # update (d107's two dead vs three)
    # Session 23's new dev d111-d120 (writers AS and AT), read wrong by reader23 at first
    # sight: d113's Standard 'thousands of pop fans' (the fraud's victims) against the
    # off-story piece's 'tens of thousands of fans' left without tickets (another measure,
    # and an article the warning names); d120's injured 'Eleven / two / Thirteen / ten' (the
    # 'two' are the seriously injured, 'more than ten' is compatible: only 11 vs 13 is the
    # key's conflict)
    # Session 23's held-out t111-t120 (moved here in session 24): t118's 12 vs 4 million
    # crowns, two scopes of the lock's cost (read wrong by testread23). Session 24's new dev
    # d121-d130 at first sight, two trap hits: d124's 11 vs 3.2 vs 2.4 percent, share falls
    # of two companies, one from the off-story piece (which the warning missed with
    # --paraphrases on until s24-warn24b); d126's 'dates the abroad to 2024 / 2022' ("the third since 2024" vs "at least five
    # since 2022": two windows of two counts). None of the three since s24-facts24: a part
    # singled out by a focus word ("its members alone are losing 4 million") never meets a
    # figure of no part so singled out (facts._alone, t118); a changing figure's subject
    # written before asides is the sentence's first phrase, not its verb, and two changes of
    # opposite directions are two moves (facts._subject_past_asides, _direction, d124); two
    # dates after "since" that two different tallies count from are two windows
    # (facts._window_tally, d126)
    # Session 24's held-out t121-t130 (moved here in session 25): one; t126's 38 against 21
    # million kurons, the 21 million a 2019 ransom of another case: none since s25-facts25
    # (a year written after a figure that dates the figure itself, "The previous record, 21
    # million kurons, was paid in 2019", makes it a past year's figure, which never meets
    # one of the story's moment: facts._year_after, _Mention.past)
    # Session 25's new dev d131-d140, read wrong by reader25: two; d137's 14 girls traced
    # against the 'two baby girls' swapped, d138's 'dozens' who blocked a road against the
    # 4,000 who marched (two quantities each)
    # Session 25's held-out t131-t140 (moved here in session 26), read by testread25: t139's
    # starting against average pay (the key's trap: two measures), and t139's 350,000 bus
    # passengers against the off-story rail network's 180,000 (a finding that cites the piece
    # the story warning names)
    # Session 26 (s26-warn26): 6 -> 4 wrong. A finding that compares tellings of one event
    # is left out where it cites an article the story warning names (pipeline._set_apart,
    # rules/story_warning.ONE_EVENT_TYPES): t139's 350,000 bus passengers against the
    # off-story rail ballot's 180,000, and d113's 'thousands of pop fans' against the
    # off-story piece's 'tens of thousands of fans' are gone; no finding read right was lost
    # Session 26 (s26-facts26): (6, 4) -> (5, 3). t139's starting against average pay is
    # gone (a figure's measure includes the statistic it names, on its clause's subject too:
    # "A newly hired driver earns" / "the average driver ... earns" are two classes, two
    # measures; facts._statistic, rules/numbers.STATISTIC_WORDS)
    # Session 26's new dev d141-d150, read wrong by reader26 (an override of a keyed-right
    # line): d148's 9,800 closures, the country's total of pharmacies, not a count of closures
    # Session 26's held-out t141-t150 (moved here in session 27), read wrong by testread26:
    # six; t146's wire 'Three tourists ... were among the dead' against the Record's 'carrying
    # 31 tourists' (the dead and those aboard, two counts), t150's Courier 'three-day strike'
    # (the 2019 strike) against this 48-hour walkout (another event's figure)
    # Session 27 (s27-facts27): (5, 6) -> (5, 4). Both t146 and t150 are gone: a count its
    # clause sets among a group ("Three tourists and the driver were among the dead") is a
    # subset's count, which meets only a count among that group or of its noun under the
    # group's head (facts._among, _among_apart); a span whose sentence opens with a year
    # before its article's ("In 2019, it staged a three-day strike") is that year's event's
    # (_Mention.past now covers spans as it did counts and amounts)
    # Session 27's new dev d151-d160, read wrong by reader27: five; d157's Banner 4,400 (the
    # jobs left after the cuts, not the cut's size)
    # Session 27 (s27-review27f): (5, 5) -> (5, 4). d138's 'dozens' who blocked a road
    # against the 4,000 who marched is gone: two sizes of a crowd whose clauses say it did
    # two things (no predicate word in common, every crowd word one act) are a part and the
    # crowd (facts._two_crowd_acts, rules/numbers.CROWD_ACT_WORDS)
    # Session 27's held-out t151-t160 (moved here in session 28): two trap hits, read wrong
    # by testread27: t151's injured of all kinds against the police officers injured (a
    # subset), t160's one unit's 9 percent against the plant's 18 (a part and the whole)
    # Session 28 (s28-facts28): (7, 6) -> (6, 3). t151's and t160's are gone: a count of a
    # qualified noun ('34 police officers injured') is a part of a count of people at large,
    # and a share's named subject ('Unit 2 supplies about 9 percent') is part of its referent;
    # d93's 23 vs 32 injured police officers, the key's conflict, now cites the sentences of
    # the key's arrests trap too (a trap hit by its sentences, read right by reader28's verdict)
    # Session 28's held-out t161-t170 (moved here in session 29): t164's 31 poisonings vs the
    # off-story dairy piece's 46 listeria cases (testread28; two stories' counts)
    # s29-warn29: t164's is gone, as the warning names the dairy piece
    # (pipeline._set_apart leaves out the conflicts that cite it)
    # Session 29's new dev d171-d180: d176's three vs five dead, a toll updated a day later
    # (reader29)
    # Session 29's held-out t171-t180 (moved here in session 30): one more, t178's passenger
    # aged 17 read as the driver (19; testread29); none since facts30 (an age of no name
    # carries its role, "the driver, 19," / "a 17-year-old passenger", and an article that
    # gives both roles ages sets them apart: facts._two_persons)
    # Session 30's new dev d181-d190 at first sight: one trap hit, d184's injured 11 against
    # 13 (an update: two more taken to hospital the next day)
    # reader30 on d181-d190: d186's city population 900,000 against last year's trade-fair
    # visitors 120,000 (two quantities)
    # Session 30's held-out t181-t190 (moved here in session 31, read by testread30): t189 a vote of
    # the off-story piece's case (a trap hit, read wrong; the warning misses that piece); gone
    # since s31-warn31 (the warning names that piece: pipeline._set_apart)
    # Session 31 (s31-facts31): gone: d186's population against visitors
    # (a populated place's size, "a city of about 900,000 people", is a whole:
    # facts._collection, rules/numbers.POPULATED_PLACE_WORDS), d148's 9,800 pharmacies (a
    # whole after a possessor, "of the country's 9,800": facts._whole), d176's three vs five
    # dead (an earlier year in a relative clause after the figure dates that clause:
    # facts._relative_year_after; the five are the next day's, an update), d184's 11 vs 13
    # injured (the 13's article tells the rise: facts._risen_here), d157's 4,400 jobs left
    # against the 2,400 cut (facts._remainder, rules/numbers.REMAINDER_PREPOSITIONS). Left:
    # d137's 14 girls traced against the two swapped
    # Session 31's new dev d191-d200, read by reader31: d191 3d88b8a1cb33
    # (23 injured vs a later 27: an update), d200 0afa74b236c2 (a quote's 'two days' vs 'three days'
    # labelled a death toll)
    # Session 32 moved session 31's held-out t191-t200 here: t195 343f685cf003 hits the key's
    # trap line but testread31 read it right (the two years told for one event, the conflict
    # the key expects), one more trap hit
    # Session 32's new dev d201-d210 at first sight: d208 90d6f9af306e (32.1 degrees against a
    # rise of 2.7 degrees: 34.8 minus 32.1, the key's trap), a trap hit read wrong
    # reader32: d201 68dfd139fcfb, the wire's seven injured against the Ledger's later nine (an
    # update: the Courier says the toll rose to nine on Sunday)
    # facts32's each article's one count rule (facts._sole_pair) adds no trap hit and no wrong
    # Session 33 moved session 32's held-out t201-t210 here: t204 a1daa97a6eeb, the bakers'
    # 'more than 20 years' at the bakery against 'six years' on the early shift together (two
    # measures; testread32), one more read wrong
    # facts33: gone, t204's spans (a span's complement is part of its measure, unaligned:
    # facts._span_words), d208's record against its margin (a figure after a comparison
    # verb's "by" is a margin: facts._margin, rules/numbers.MARGIN_VERBS; the trap hit),
    # d191's and d201's updates (a third article tells the rise to the later figure:
    # facts._risen_here, _tally_subject), d137's girls traced against the two swapped (a
    # participle's complement restricts the counted group: facts._restriction) and d200's
    # two vs three days, named a death toll (now "the time": rules/numbers.COUNT_PHRASE_HEADS;
    # unread again)
    # Session 33's new dev d211-d220 at first sight: two trap hits, each read wrong by its key: d214
    # d433e2d24365 (the wire's 1,200 hectares burned against the Ledger's 'grew to 1,900 hectares by
    # Thursday evening': an update, labelled 'the southern') and d217 30e917a37816 (a net profit of 640
    # million solares against 210 million paid out in dividends: two measures)
    # and reader33's d212 7d5e0cc021bf (12 of 20 samples against 'up to four times the permitted
    # level': a count against a multiple; not found under these flags). Measured after facts33 and
    # s33-facts33b (two amounts whose own nouns name different money measures never conflict:
    # facts._money_head, rules/numbers.MONEY_MEASURES): d217's is gone; left, d214's update
    # Session 33's held-out t211-t220 (moved here in session 34): one trap hit read wrong,
    # t216 df4fc39489d4 (crashes counted against people injured: two measures)
    # facts34: gone, t216's crashes (a count after a setting preposition, "injured in 37
    # crashes", takes no head from the words before it: facts._setting_object,
    # rules/numbers.SETTING_COUNT_PREPOSITIONS), d214's update (a rise told as of a later
    # moment than the other's running figure: facts._change_told) and d212's count against a
    # multiple (rules/numbers.MULTIPLE_PLURALS). New, t169 9b831451135b: the key's four vs six
    # cities raided (found since the cities are no count of the arrested), which cites the
    # sentences of the key's 8,000-vs-8,400 trap: right for its own reason, a trap hit until
    # a reader's verdict says so
    # reader34 (round two) read t169 9b831451135b right by override (the key's four-vs-six cities,
    # worded as such): (8, 0)
    # session 35 moved t221-t230 here: t227 c5becd89c055, 1,400 stranded set against 180,000
    # weekday riders (read wrong by testread34): (8, 1)
    # facts35: gone (a count whose clause names a habitual period, "use the line on a typical
    # weekday", is a rate: facts._habitual, rules/numbers.HABITUAL_*); the group left is
    # 1,400 vs the Clarion's 'hundreds' (fff88eaae7cc, unread): (8, 0)
    # reader35 (round three): t227 fff88eaae7cc, the Clarion's loose 'hundreds' in its lede set
    # against 1,400 where it gives 'More than 1,000' itself (what facts35 left of the old line): (8, 1)
    # reader36 on d241-d250: d247 7c09cf94c9aa, the Progressive's loose 'hundreds of millions of
    # marks' in its lede, made exact (850 million) in its next paragraph (t227's shape): (8, 2)
    # session 38 moved session 37's held-out t251-t260 here: t258's trap hit, 'seven' injured set
    # against 'five' after two of the injured died (a superseded count; testread37); t259's 41 vs 6
    # million kronor is gone since fix37x (amounts naming what they were for): (9, 3)
    # facts38: t258's superseded injured (76c79f24ab60: the dead and injured side by side,
    # the toll up and the injured down by no more: facts._casualties_moved) and d247's loose
    # 'hundreds of millions' (7c09cf94c9aa: a rough size of its own, rules/numbers.
    # VAGUE_COUNTS) gone; left, t227's 'hundreds' of passengers (fff88eaae7cc, its exact
    # figure counts 'people'): (8, 1)
    # reader38 on d261-d270: d267 4bc846ffb4bb, the Folha's headline '14 tonnes' set against the
    # 14.2 its own body gives (a rounding; facts38's whole-vs-decimal rounding for measures was
    # backed out as it broke session 16's '4 km' / '4.1 km' near miss): (8, 2)
    # session 39 moved session 38's held-out t261-t270 here: t265 0694abebf7e6, the ministry's
    # 38,000-crown cost of the flights against the office's 4,200 extra cost (two measures of
    # one trip; testread38): (8, 3)
    # facts39: t265's gone (an amount whose measure noun is qualified as an increment, "the
    # only additional cost ... was about 4,200 crowns", is no total: facts._increment_measure,
    # rules/numbers.INCREMENT_MEASURE_WORDS); left, d267's headline rounding and t227's
    # 'hundreds' of passengers: (8, 2)
    # Session 39's held-out t271-t280 (moved here in session 40): t279 8f8ed7f7c25c (a winning
    # margin of 57 against ~1,400 votes credited to the wrong candidate; testread39): (8, 3)
    # facts40: t279's gone (a contest's "by 57 votes" is a margin whatever verb carries it,
    # facts._margin, rules/numbers.MARGIN_BY_NOUNS) and d267's (an outlet's headline rounding
    # of the finer figure its own body gives, facts._own_rounding); left, t227's 'hundreds'
    # of passengers (its exact figure counts 'people'): (8, 1)
    # reader40 on d281-d290 at first sight: d286 5f2e7d822d69 (three companies' fines and their total told as one
    # fine: the owner lost after an appositive), d288 db62cdf9b2fd (a study's cost of moving the
    # herd against the cull's cost: two costs): (8, 3)
    # fix40: both gone (an appositive keeps its owner, a counted subject of several gives a
    # total; an outlet's own second figure of the measure sets another's apart): (8, 1)
    # Session 40's held-out t281-t290 (moved here in session 41): t288 (insured losses 310 million
    # against total damage 900 million: a part against the whole) and t290 (8.6 million with the
    # buyer's premium against the 7.2 million hammer price), both traps (testread40): (10, 3)
    # facts41: both gone (a measure's qualifier is part of the measure: insured, hammer, net,
    # direct bases of a loss or a price, for an invented currency's count too, and a price with
    # or without the buyer's premium or fees; one article that tells two figures apart by such
    # a qualifier explains two other outlets' plain figures: facts._told_apart_dropped): (8, 1)
    # gate41c at bb6361c8: d300 44a68774c10d (231 vs 213 days, the key's conflict, read right by
    # reader41) cites the sentences of the '11:14 vs shortly after 11 a.m.' trap: a trap hit by
    # sentence only: (9, 1)
    "fact_conflict": (9, 1),
    # none since s16-quotes. Before: trailing trims read as dropped qualifiers
    # (quote_changed.meaning, 0.39): t11 'in the upper valley' and d40 'not one day less'
    # hit their traps; d24's 'in the coming days' was read wrong by reader14 (borderline);
    # session 15's held-out read found three more of the kind ('Tonight', 'September', 'in
    # 1951'), which turned the type off; d41-d50 brought an intensifier dropped or added
    # ('more than enough' vs 'enough' liquidity, d45; 'fully complied', d48) and d46's one
    # person spelled two ways read as a speaker change (Piet Dalgaard / Dahlgaard, read wrong
    # by reader16). s16-quotes:
    # a time adjunct or an emphatic tail at an edge is a longer excerpt unless its clause
    # restricts the claim, a date's month dropped is wording, a place the outlet gives just
    # before the quote in its paragraph is extent, boosters and maximizers are emphasis, and
    # one given name before two spellings of a surname is one speaker. Session 16's held-out
    # t41-t50 (moved here in session 17) brought one trap hit and two wrong: t42's 'We have
    # suspended all dosing' against 'We have halted all dosing' (a synonym, the key's trap)
    # and t43's 'Mr Kereshvili is a convicted' against 'Mr Kereshveli' (one man spelled two
    # ways inside the quote: a name variant, not a changed quote). s17-quotes: none. A
    # one-word swap is a change of meaning only where the embed-static word table puts its
    # two words apart (without the table, as here, it is wording and not shown: t42's
    # 'suspended' / 'halted' sit close in it, 0.39); one name spelled two ways inside the
    # quote, a letter apart in a name of six letters or more, is no change (t43). Session 17's
    # held-out t51-t60 (moved here in session 18) brought two trap hits, both read wrong: a
    # quote trimmed of 'three days of' and 'what matters' against 'all that matters' (the
    # keys' traps: a trim and an emphasis, shown as changes of meaning). Session 18's new dev
    # d61-d70 (writers AA and AB) brought one trap hit at first sight: d61's 'triggered a
    # cascade that our protection systems' against '... which ...' (a relative pronoun
    # swapped, the key's trap: no change of meaning), and one read wrong by reader18: d64's
    # Kale quote trimmed of its trailing 'in the capital' by the Voice ('...about 40 percent
    # of the pollution'), a trailing trim read as a dropped qualifier (quote_changed.meaning;
    # the pollution is the capital's in both). None since quotes18: a measure of duration
    # before a noun ('three days of heavy rain') cut from a clause that restricts nothing is
    # detail (kind time); a free relative's 'what' and 'all that' name the same maximal
    # thing (emphasis); one relative pronoun for another right after a noun is trivial; a
    # definite place ('in the capital') left off the end of a quote whose outlet has named
    # 'the capital' earlier in its article is the story's own place, extent (each class
    # with near misses in tests/unit/test_quote_near_misses18.py)
    # Session 19's new dev d71-d80, at first sight: d76 (under TRAPS_KNOWN_HIT above); none
    # since quotes19. Session 19's held-out t71-t80 (moved here in session 20) brought three
    # trap hits, each read wrong: trims the keys call trivial ('worked as designed' /
    # 'worked', t74; 'for every farm in the country' / 'for every farm', t77; 'denies all
    # the charges' / 'denies the charges', t78); none since quotes20, each read as a class:
    # a trim that restates what the rest of the quote says is no change outside a downward
    # context (a maximizer before a definite noun phrase, the story's own country as a
    # quantifier's domain, the norm of a verb of functioning: quote_diff._restated, near
    # misses in tests/unit/test_quote_restated20.py). The same rule misses d79's keyed
    # 'all of the most valuable documents' / 'The most valuable documents' (found 171 -> 170;
    # found again since quotes21: a definite graded by a superlative is no whole a maximizer
    # restates, quote_diff._superlative)
    # Session 20's new dev d81-d90 (writers AI and AJ), read by reader20 at first sight: one
    # wrong, d81's Ledger cutting 'in good spirits, and he' from the middle of the
    # spokeswoman's 'The president is safe and in good spirits, and he will continue to
    # Marsevin later today' (quote_changed.meaning, 0.39, "a qualifier dropped"): a
    # coordinated predicate spliced out, the words kept unchanged and no claim narrowed,
    # read as a qualifier (borderline; unkeyed, a trim of the kind the keys call trivial).
    # None since quotes21: one conjunct of a coordination spliced out with the coordinator
    # after it and the next clause's subject pronoun is a phrase dropped, a change of
    # wording (quote_diff._conjunct_cut, near misses in tests/unit/test_quote_added_claim21.py)
    # Session 21 (quotes21's further claim added at a quote's end), read wrong by reader21:
    # d51 (below, FINDINGS_KNOWN_WRONG). Session 22 (quotes22's hyphenated-surname link
    # pairs Varga-Monteiro's quotes), read wrong by reader22: t41 (below); none since
    # quotes22d (a descriptive aside set off by commas, "with ..." or a non-restrictive
    # relative, spliced out is a phrase dropped: wording; quote_diff._aside_cut, near misses
    # in tests/unit/test_quote_aside22.py)
    # Session 22's held-out t101-t110 (moved here in session 23): t110's (below,
    # FINDINGS_KNOWN_WRONG); none since quotes23 (a second person of a tagged person's
    # family is a pronoun's candidate: quotes.pronouns.namesakes)
    # Session 23's held-out t111-t120 (moved here in session 24): t119's 'all Marvenians'
    # vs 'every Marvenian' (the key's trap: one meaning) and t113's trim of 'that led to
    # this tragedy' told as a qualifier dropped; none since quotes24 (one noun phrase under
    # two universal quantifiers, plural after "all" and singular after "every", is one
    # scope: quote_diff._universal_number; a relative clause left off an excerpt's end that
    # only ties a definite head to the story's event named by a demonstrative is more of
    # the quote: quote_diff._anaphoric_relative; near misses in
    # tests/unit/test_quote_universal_anaphoric24.py): trap hits 1 -> 0, wrong 3 -> 1
    # Session 24's held-out t121-t130 (moved here in session 25): one, borderline; t129's
    # trim of a quote told as 'a contrasting clause dropped'
    # Session 25's held-out t131-t140 (moved here in session 26): three of the key's traps, each
    # read wrong by testread25: t132 'denies every allegation' extended, t134 'any risk' against
    # 'a risk', t137 a trim of 'and never will'. t134 and t137 none since quotes26 (a last
    # alternative cut from under a negation that reaches it, "failed to show any risk that
    # the accused would flee [or interfere with witnesses]", says less, not otherwise:
    # quote_diff._negated_disjunct; an elliptical conjunct of the clause's own polarity,
    # "and never will", restates the clause before it: quote_diff._elliptical_conjunct;
    # near misses in tests/unit/test_quote_restating_tails26.py): trap hits 3 -> 1, wrong
    # 5 -> 3; t132 ('made against him' / 'in court' added) left
    # Session 27's new dev d151-d160: (3, 5), d152's and d153's trap hits (TRAPS_KNOWN_HIT);
    # (2, 4) since quotes27 (d153's gone: TRAPS_KNOWN_HIT)
    # Session 27's held-out t151-t160 (moved here in session 28), read by testread27: two
    # trap hits and one more wrong, (4, 7); t155's 'a free press [in Damaria]' and t159's
    # 'involved [in her death]' (trims the keys call trivial), t159's trim told as a further
    # claim added
    # Session 28's new dev d161-d170 (writers BM and BN), at first sight: two more trap hits,
    # (6, 9); d161's 'Do not swim, paddle or fish' against 'Do not swim or fish' (one item of a
    # list dropped, told as a qualifier dropped), d163's two freed workers (a woman, a young
    # man) whose like words are read as one quote changed
    # (4, 6) since quotes28: a trailing complement naming what the shorter outlet's lede
    # and the longer outlet's article fix as the story's setting or event is restated
    # (quote_diff._setting_restated: t155's 'in Damaria', t159's 'in her death'), and a
    # further claim the story's source goes on with is a cut by the outlets that close
    # earlier (quotes._corroborated: d51's Renquist, read wrong); left: d152's and t132's
    # trap hits, t129's borderline trim, d161's and d163's, and t159's Novak under these
    # flags (without paraphrase links the provenance reads the Herald, which closes the
    # quote, as t159's source; with --on all it reads Today, which goes on, and it is gone)
    # Session 28's held-out t161-t170 (moved here in session 29): one trap hit, t170's La Voce
    # quoting the mayor at greater length (the shared words identical; testread28)
    # Session 29's new dev d171-d180 at first sight: two more trap hits (d171's added 'all',
    # d179's 'They cannot' / 'Nobody can'; read by reader29)
    # since quotes29: a further claim at a quote's end is more of the quote however
    # many outlets close before it (quotes._without_claims: t170's and t159's gone; keyed
    # t34, t83, t87, t90 missed), a contrast after a sentence end is the next sentence
    # (t129), a rejected alternative spliced out is trivial (d152's 'not a strike, it is'),
    # unnamed speakers described as a man and a woman are two people (d163); left: d161's
    # list item and t132's 'made against him … in court'
    # since quotes29b: 'all' put before a bare plural in an embedded yes/no question asks
    # what the bare plural asks (quote_diff._bare_plural_all: d171's 'whether testing at
    # all depots'), and 'Nobody can' / 'They cannot' is one negative claim
    # (quote_diff._negative_subject: d179); left: d161's and t132's
    # Session 29's held-out t171-t180 (moved here in session 30): one more trap hit, t176's
    # shortened quote with the same meaning (testread29)
    # Session 30's new dev d181-d190 at first sight: one trap hit, d181's 'so far' against
    # 'yet' inside the same words (the same meaning)
    # since quotes30: a relative clause cut from the foil of "X, not Y" describes the foil
    # (quote_diff._foil_relative: t176's 'not for suitcases [that come and go]'), and one
    # middle item of a list cut keeps the list (quote_diff._list_item_cut: d161's 'swim,
    # [paddle] or fish'); left: t132's 'made against him … in court'
    # Session 30's held-out t181-t190 (moved here in session 31, read by testread30): t183 d9f97548d907
    # 'Korvescu', the Patriot's spelling of Corvescu, read as another speaker
    # since quotes31: a speaker change needs two people by the name_variant finder's clusters
    # (quote_speakers._clustered: t183's 'Corvescu' / 'Korvescu' is one lawmaker), and one
    # adverbial of the time up to now put for another in a denial is wording
    # (quote_diff._present_limit_swap: d181's 'so far' / 'yet'); left: t132's 'made against
    # him … in court' (two additions, a restated argument and a means adjunct)
    # Session 32's new dev d201-d210 at first sight: d205's trap hit (1043014482c9, 'in the race'
    # dropped), read wrong by its key
    # reader32: d210 f0a6c5cee123 ('under any circumstances' trimmed: emphasis, not a hedge)
    # since quotes32: a locative naming the story's own setting (a definite the shorter outlet
    # writes before the quote, or its lede and the longer article name) right after a
    # quantified noun phrase of "other" restates the set "other" ranges over
    # (quote_diff._setting_domain: d205's 'any other horse [in the race]'); left: t132's
    # and d210's line is gone since quotes32 (rules/quote_changes.POLARITY_EMPHASIS)
    # Session 33 moved session 32's held-out t201-t210 here: t209 54b784ea8fae, a trap hit read
    # right by testread32's override (see TRAPS_KNOWN_HIT)
    # Session 33's held-out t211-t220 (moved here in session 34): four trap hits read wrong, each
    # a quote trimmed at its ends told as changed (t214 8391c4ff0b9b, t216 751c04f2db4c, t219
    # 4fa2314b9e10, t220 2fb3b8a94ab6)
    # Session 34's new dev d221-d230 at first sight: four more of the shape, a qualifier trimmed or
    # added ('in living memory', 'perfect', 'even', 'master key'; d221 71b604fff8b8, d223
    # e289cf5d0014, d227 15ddc4b78738, d230 2c22fea570c3)
    # (6, 5) since quotes34 (gate run on s34-quotes34): a universal concessive aside, a
    # focusing 'even' after a negation and a bare-plural agent of a negated refusal passive,
    # left out inside a quote, and one negated predicate written two ways are the same quote
    # (rules/quotes_trims.py: t214's 'however large', t216's 'by criminals', t219's 'cannot
    # be an exception' / 'will be no exception', d227's 'not even' gone); left: t220's end
    # cut ('the right one [for our children and grandchildren]'), d221, d223, d230, t132,
    # and t209's trap hit read right
    # session 35 moved t221-t230 here: t221 207ac3d169e9, 'exactly' dropped (a trap hit): (7, 6)
    # reader35 (round one): d240 9a076456d685 'a name or place dropped' where the left quotes a
    # fragment and names Tavaria in its own words just before the marks: (7, 7)
    # (4, 3) since quotes35: a lone intensifier left out or put in with no negation over it
    # (t221's 'exactly', d223's 'in [perfect] order') and a superlative's 'in living memory'
    # (d221) are the same quote (rules/quotes_trims.py); left: t220's end cut, d230's 'master
    # key', t132, and t209's trap hit read right; d240's line (reader35) is gone with it
    # (a time word beside a name given outside the marks: quote_diff._edge_kind)
    # reader36 on d241-d250: d247 c89072d97f87, a trim whose dropped half the outlet gives in
    # its own words at once ('but insisted the wall was needed ...'): (4, 4)
    # session 37 moved session 36's held-out t241-t250 here: two trap hits read by testread36 (t247
    # Lindqvist's 'People put ...' quote, t250 'far too early' against 'too early': the keys'
    # trivial-trim traps): (6, 6)
    # quotes37: t250's 'far too early' / 'too early' is an intensifier cut
    # (rules/quotes_trims.TOO_AMPLIFIERS); left: t247's 'People put ...': (5, 5)
    # session 39 moved session 38's held-out t261-t270 here: t270 2a78f6ac7866, the Tribune's
    # trim of 'We accept the findings and apologise' (the key's trap); d271-d280 at first sight:
    # d271 9c627f88763a and d276 0f130a2d7cbb, closing clauses ('but we will ...') trimmed
    # (the keys' traps): (8, 8)
    # quotes39: a prepositional maximizer ('in full', 'in its entirety') cut outside a denial is
    # emphasis, as 'fully' (rules/quotes_trims.MAXIMIZER_PHRASES): t270's gone; left: d230's
    # 'master key', d247's, t132, t220's end cut, t247's 'People put ...', d271's, d276's: (7, 7)
    # reader39 on d271-d280: d273 2825906d3ea3 '(a negation dropped)' where the Sentinel drops
    # the whole clause 'not a backyard operation; it was' and the claim is unchanged: (7, 8)
    # quotes40: d271's and d276's trims gone (quote_diff._pledge_after_hedge: a pledge to go
    # on cut from a claim already hedged, 'so far', 'probably'), d273's gone (a rejected
    # alternative closed by a semicolon is spliced out as by a comma, _corrective_cut): (5, 5)
    # reader40 on d281-d290 at first sight: d289 bd341a2cb7e8 ('a qualifier dropped': 'find' just outside the
    # Times' quote marks) and 8f5475d2f9de ('a number changed': 'Line 3' outside the Daily's
    # quote): (5, 7)
    # quotes40b: d289's two gone (a noun or label written outside the quote marks is moved, not
    # cut: quote_diff._noun_told_outside): (5, 5)
    # Session 40's held-out t281-t290 (moved here in session 41): t288 ('for that' trimmed off one
    # excerpt's end) and t289 ('since 2022' trimmed): the same claim, both traps (testread40): (7, 7)
    # t281-t290 (now dev) brought t288's 'for that' and t289's 'since 2022' trims, d291-d300
    # d291's conceded denial cut before a request: (8, 8) on main; quotes41: t288's gone (an
    # anaphoric pronoun object after a noun, quote_diff._anaphoric_object), t289's (a "since"
    # span in an affirmative perfect clause, _since_trim), d291's (a directive kept,
    # _directive), d247's read-wrong c89072d97f87 (the turn reported by the outlet,
    # _contrast_reported; d247's trap hit c3468a37708b stays, hitting two trap items): left
    # d230's 'master key', d247's, t220's end cut, t247's 'People put' (measured --on all)
    "quote_changed": (5, 4),
    # shared_quote, off by default since session 30's held-out read (21/25 on t181-t190): the
    # one dev line read wrong that FINDINGS_KNOWN_WRONG counted while it was on by default,
    # d173's 'gives more of it' hiding the Patriot's 'this government' (reader29)
    # Session 30's held-out t181-t190 (moved here in session 31, read by testread30): four changed
    # quotes told as shared words: t181 b3a03591ec6e (names 'the'/'any', hides the dropped 'into
    # abuse'), t181 e1b5f831bd71 ('2 more shared quotes' counting one the Lantern extends), t185
    # 75c7cb099dac and e6c488d31b56 (a spelling told, Rumbo's cut of a whole sentence hidden)
    # All four gone since s31-sharedq31: each shared quote is told by the whole word-for-word
    # difference of its two quotes (shared_quote.told_in_full): "'the line into abuse' where
    # standard has 'any line'", "1 more quoted in part (lantern adds 'and by the city officials
    # …')", "1 more quoted in part (agencia adds 'We can honour what he built …')" (one name
    # spelled two ways is no difference); their new lines unread. d173's stays
    # Session 31's new dev d191-d200, read by reader31: d197 c40b41e3d6dc and
    # 3755e93b301a (an override of the key): the Herald's cut of the caveat 'but it is too early to
    # draw any conclusions' hidden in a shared quote. Both gone since s31-review31s: a woven
    # fragment stopped before a contrast clause is no fair trim (shared_quote.difference), "1
    # more quoted in part (wire-kns adds 'but it is too early to draw any…')"; d173's stays
    # reader31's round two on sharedq31's reworded lines: d65 eef0b1f673c8 tells Roos's quote
    # as "atlas-press-wire adds 'so far'" and hides the Courier's cut of 'but the investigation
    # is at a very early stage' (the Courier gives the rest as the speaker's whole sentence)
    # reader32: d204 74d5659b65ea (a dropped opening clause told as extent)
    # One since s32-sharedq32: d204's and d65's lines tell the cuts ("1 more nearly the same
    # (wire-nwb adds 'The crack is serious, but' and right-observer adds 'completely')": a
    # clause cut with its conjunction of contrast is no extent, shared_quote.Piece.turning;
    # "atlas-press-wire adds 'so far, but the investigation is at a…'": a place one side adds
    # alone tells no more of a cut than its own words, shared_quote.told_in_full), unread
    # since; d173's stays
    # reader34 on session 34's new dev d221-d230: five more lines that tell a quote as shared or
    # 'gives more of it' where one side cuts a scope-limiting phrase the key lists as a quote
    # change (d225 1e17fb6f0417 'Thursday'/'Friday' behind a headline pairing; d226 54c0a6be68ab
    # and f48832739ff2 'At this stage'; d227 0c2efc0ca912 'this year'; d230 13025cb3a719 'In its
    # current form'): 6
    # One since s34-sharedq34: the five lines tell the cuts ("1 more nearly the same (cps-wire
    # adds 'At this stage')", "kpa-wire adds 'this year'", "ona-wire adds 'In its current
    # form'": a cut of a phrase limiting the claim is no fair trim nor extent,
    # shared_quote.Piece.limiting; "otchizna has 'Friday' where svitlo has 'Thursday'": a
    # headline's part told as its article's fuller quote, shared_quote._in_full), unread
    # since with d214's (reader33's '1 more shared quote' now 'centre-ledger adds 'If the army
    # caused this fire'', the key's quote change); d173's stays
    # reader34 (round three) on sharedq34's reworded lines: d214 18ef2fa05fba, 'gives more of it'
    # hiding the Clarion's cut of 'in force at the time' at a fragment's end (a front cut too): 2
    # session 35 moved t221-t230 here: three lines that tell a cut concessive opening clause
    # ('X, but ...') as 'gives more of it' or the same words (t225 d6fa7e91cd15, t228
    # efa4ae626226, t223 329a0f552b15 by override), read wrong by testread34: 5
    # One since s35-sharedq35: the four lines tell the cuts ("but wire-cnw adds 'in force at
    # the time'": quote_scope.VALIDITY_LIMITERS; "1 more nearly the same (wire-atb adds 'Nobody
    # in the cockpit wants to strike, but')", "wire-cps adds 'We are open to talks, but'": a cut
    # clause the kept claim is set against is no extent, shared_quote.Piece.conceded; "left-faro
    # has 'did not do enough' where right-heraldo has 'may not have done enough'": a fragment
    # of the shorter quote's sentence that quotes the cut words in other words,
    # shared_quote._requoted_apart), unread since (t223's keyed right through Lund's quote);
    # d173's stays
    # session 37 moved session 36's held-out t241-t250 here: t242 be62b937dea9, '1 more nearly the
    # same' hiding the Voz's dropped 'and I will not interfere' (testread36; strict xfail in
    # tests/unit/test_heldout36_rows.py): 2
    # quotes37: t242's line tells the dropped pledge ("aen-wire has 'I have not interfered, and
    # I will not…' where voz-popular has 'I have not interfered in this investigation'":
    # shared_quote._spliced, _one_named_speaker), a new line, unread: 1 (d173's)
    # reader37: d254 9a8ea9920330 (see FINDINGS_KNOWN_WRONG): 2
    # fix37s: d254's gone (find_shared_quotes leaves out the articles the story warning names,
    # as framing and names do): 1 (d173's)
    # quotes39: speaker keys after a lower-case post ("Opposition leader Desmond Okafor of the
    # Workers' Party": 'okafor', not 'party') regroup some shared quotes (t100, t104, t137,
    # t142, t149, d04: two new lines unread, read right by quotes39 in its report): 1 (d173's)
    # Session 39's held-out t271-t280 (moved here in session 40): t279 b8e8d9e42f0c (the wire
    # 'gives more of' a quote whose shared part Domovina Today changes with 'yet'; testread39): 2
    # quotes40: t279's line tells the 'yet' ("1 more nearly the same (tns-wire adds 'The errors
    # were human mistakes, and' and domovina-today adds 'yet')": a closing 'yet' limits the
    # kept denial, shared_quote._limit_span), a new line, unread: 1 (d173's)
    # reader40 on d281-d290 at first sight: d283 5484fe1834cf and d288 85cb59784457 ('gives more of it' hides
    # a changed ending: the Herald's added clause, La Voz's cut place and time limit): 3
    # quotes40b: d283's and d288's gone (a place/time run-on and an 'as we ...' claim named): 1
    "shared_quote": (0, 1),
}


# Findings read wrong that are known, per type, with why; the gate fails when a type has more,
# and when it has fewer (then lower the count here).
FINDINGS_KNOWN_WRONG: dict[str, int] = {
    # d03, since story-wide framing is on by default (session 13): the Post's 'rioters' (a
    # masked group) against the Free Press's 'crowd' (the marchers): two referents
    # (framing.story.descriptor; read wrong since session 12 under --story-framing). Read wrong
    # by reader14 (session 14): d26, the Sentinel's 'riots' (the 2019 fuel riots) against the
    # Ledger's 'protests' (this autumn's fuel-price protests), two referents
    # (framing.story.loaded_term); d27, Valdoria Today's 'insisted' for Lunardi's contested
    # charity remark against the Herald's 'said' for his pledge on traffickers, two statements
    # (framing.story.attribution_profile). Read wrong by reader15 (session 15's new dev): d35,
    # Novi Glas's 'suspicious betting patterns' against the wire's 'unusual' for the same
    # monitor's flag, a near-synonym with no slant (framing.story.modifier). Read wrong by
    # reader16 (session 16's new dev): d50, the Diario's 'alleged' (the programme's bribery
    # accusation) against the Nación's 'reported' (the contract award it gives instead), two
    # statements (framing.aligned.attribution_verb). (d34's 'admitted'
    # against 'said' in the off-story billing-fine article the warning misses, read wrong at
    # first, is gone since main f204cda.)
    # (d54's 'maintained' against 'say', session 17's new dev, gone since s17-framing: a
    # speech verb with a noun object, "maintained the draw software", reports no statement.)
    # (Read wrong by reader17, session 17's new dev, gone since s17-framing2: d51, the
    # Herald's 'a crash ... that has now claimed five lives' read as 'claimed' against the
    # Sentinel's 'told': a doubt verb with a noun object reports no statement; d58, the
    # Bulwark's 'The alleged ringleader ... was arrested' told as stated without a hedge: a
    # hedge a legal word exempts counts for neither side.)
    # (framing was off by default in session 17, by its held-out read, and is on again since
    # session 18's (t61-t70: 11/11 with framing alone): its known wrong are these, d27's
    # gone since s18-framing2, four left: d03, d26, d35, d50; d26's gone since s19-framing,
    # framing._dated_apart: three left, d03, d35, d50)
    # (name_variant: t50, session 16's held-out moved here in session 17, Vesna Marin, a
    # ministry spokeswoman, and Vesna Marić, an editor, grouped as one name; d52, session
    # 17's new dev, Tomás Ferrer, fire chief, and Tomas Ferrero, union leader: none since
    # s17-names, the trap hits above)
    # (shared_quote: d57 (session 17's new dev), read wrong by reader17: the Review's Lorenz
    # quote adds 'including the age of the aircraft' at its end (the key's quote_changed) while the
    # wire's and the centre's begin with a sentence the Review lacks; each overlap is told
    # as the same words with 'wire/centre gives more of it', which hides the Review's
    # added words (two findings, wire/left and centre/left); d59, keyed right through its
    # '1 more' (Holt's line) but read wrong by reader17: its lead quote is Ekvall's 'Mistakes
    # may have been made' against the Common Cause's 'Mistakes were made' (the key's
    # quote_changed), told as the same words with 'wire gives more of it'
    # since s17-source: d57's two said as the same words 'and each gives words the other
    # lacks: wire adds 'There is no indication …' and left adds 'including the age of the
    # aircraft'' (SharedQuote.change "extent"); d59's Ekvall quote said as nearly the same
    # ("wire has 'may have been' where left has 'were'", a swap of stopwords inside the
    # run, shared_quote.TRIVIAL_SWAPS), Holt's words leading: read again by reader17b, all
    # three right, the added and changed words now shown)
    # (shared_quote: d47 and d49, read wrong by reader16, words inserted inside a quote ('our
    # soldiers and their families in danger' vs 'our soldiers in danger'; 'Those responsible,
    # whoever they are, will face') told as the same words with 'X gives more of it': since
    # s16-source said as nearly the same words, "but courier-right adds 'and their
    # families'" (SharedQuote.change "inside"), to be read again)
    # quote_changed (t11, d24, d40) and fact_conflict (t30, fixed by s15-facts: a count of a
    # noun the story lists as a part is a subgroup's, facts._subgroup) are off by default
    # since session 15: see FLAGGED_KNOWN
    # (d23's and d27's two people each read as one name: none since s14-names, above)
    # no other since session 13. t01-t10 (session 12's held-out set, moved to dev) had four
    # default fact conflicts that compared different things (87 fell ill vs seven dead, 40
    # burnt vehicles vs three injured officers, other parties' seats, an earlier clash's
    # toll), d11-d20 two more (a rounding, a 2019 flood's toll): s13-facts fixed all six in
    # the fact model. d17's shared quote ("the state of the track" vs "human error" given as
    # the same words) is said as nearly the same words with both endings shown (s13-squote).
    # Session 18's new dev d61-d70 (writers AA and AB), read wrong by reader18: a partial
    # quote that another part of its sentence turns around, told as the same words: d67's
    # wire/left, whose '1 more shared quote' is Vist's 'seek to repeal this law', which the
    # left gives as his aim ('saying his party would "seek to repeal this law"') where he said
    # 'We will not seek to repeal this law' (the key's quote_changed); d68's wire/left
    # 'cannot be certified' with 'wire gives more of it', whose left sentence also lifts 'was
    # stolen' out of Morvath's 'I am not saying the result was stolen' (borderline).
    # None since s18-source2: d67's '1 more shared quote' was in fact 'freedom of
    # conscience', true words of Vist's, in the very sentence of the left that drops his 'not'
    # from 'seek to repeal this law' (a three-word fragment the old negation guard kept
    # apart, silently); a fragment beside a shared quote in one outlet's sentence that lifts
    # the other's quoted words out of a clause a negation turns around there and not here
    # makes the shared quote changed (shared_quote._with_lifts, change "negation"): d67 now
    # "1 more nearly the same ('freedom of conscience', but wire has 'We will not seek to
    # repeal this law' where left has 'seek to repeal this law')", d68 "nearly the same words of Morvath: 'cannot be
    # certified', but wire has 'I am not saying the result was stolen' where left has 'was
    # stolen'" (both unread, to be read again)
    # Session 20's new dev d81-d90 (writers AI and AJ), read wrong by reader20 at first
    # sight: d90's wire 'Wencel had claimed for 14 restaurant meals' (an expense claim:
    # claiming money, 'claimed for' the meals) set against the Ledger's 'said' for Wencel as
    # a doubt verb for one matter (framing.story.attribution, 0.66): 'claim' in its money
    # sense, with 'for' and the thing paid for, reports no statement
    # Session 20's held-out t81-t90 (moved here in session 21) brought one more: t81's
    # Ledger 'alleged that Korvex held' set against the wire's 'held' as a doubt modifier
    # (framing.story.modifier), where the wire's 'held' sits inside 'questioned whether the
    # exchange held enough reserves': both outlets attribute the doubt. Both gone since
    # s21-framing21: a cue's "for" is an adjunct only before a span of time and a clause
    # ("claimed for years that ..."), else the thing claimed or paid for, no report
    # (attribution._span_then_clause); a clause under "whether" or a questioning or
    # denying verb is no plain side of a doubt modifier (framing._unasserted): three left
    # (d03, d35, d50)
    # Session 21, read wrong by reader21: d96's Standard 'admitted the chances of finding
    # survivors were slim' set against the wire's and Herald's 'said' for the rescue chief
    # (framing.story.attribution_profile via attribution._leads_into_told): the Standard's
    # admission leads into its negated quote 'We have given up hope' where the others quote
    # 'We have not given up hope' (the key's quote_changed): not one statement told two ways
    # Session 22's held-out t101-t110 (moved here in session 23), read wrong by testread22:
    # t109's Gazette 'bogus notes worth' set against the Free Press's 'notes' as a modifier
    # (framing.story.modifier), where the Free Press writes 'forged notes': the same meaning,
    # and the line misquotes it. (t106's 'alleged' for the prosecutors' allegation against
    # a newspaper's 'said', read wrong too, fires only with every flag: not counted here)
    # Session 23 (framing23): three left (d03, d50, d96). t109's gone: a modifier of the
    # same judgement on the same noun in the other outlet ('forged notes' for 'bogus notes',
    # rules/loaded_terms.KINDRED_MODIFIER_GROUPS) is no plain side (framing._kindred_on),
    # and "worth" ends the qualified phrase (STOP_HEADS); t106's is gone too: a passive cue
    # with no agent ('is alleged to have copied') names no speaker (framing._passive_cue).
    # d35's line now quotes the wire's own words, 'unusual betting patterns' (the plain
    # side's premodifier and second head: framing._with_own_premodifier, _head_in): read
    # wrong again by reader23 (a near-synonym with no slant): four (d03, d35, d50, d96).
    # Framing was off by default in session 23 (its held-out read, t111-t120: 10/12), when
    # these four counted under FLAGGED_KNOWN only; on again since session 24 (12/13): below
    # shared_quote, session 22's held-out t101-t110 (moved here in session 23), read wrong by
    # testread22: t109's Kaldara Today / Free Press Aras quote told as the same words with
    # 'kaldaratoday adds 'Many of'', hiding the Free Press's 'Half my members' (the key's
    # quote_changed); t110's Evening Post / Citoyen quote given to Colonel Laurent Brisset
    # where the words are prosecutor Anne-Laure Brisset's (the speaker of quote_changed's).
    # None since quotes23: a predeterminer ("Half my members") sets a shared quote's scope
    # as a quantifier does, so the line says "kaldaratoday has 'Many of' where freepress
    # has 'Half'" (rules/quote_scope.PREDETERMINERS); a second person of a tagged person's
    # family is a pronoun's candidate, so the 'she' is Anne-Laure Brisset
    # (quotes.pronouns.namesakes). Both lines unread since.
    # Session 19's new dev d71-d80, read wrong by reader19: a qualifier at a quote's edge
    # told as extent, hiding the key's quote_changed. d79's Chronicle/Tribune Ferrández
    # quote said as 'nearly the same words ... but oriana-chronicle adds 'tonight'', where
    # the Tribune also drops the leading 'Part of' (a partial loss made total); d79's
    # Chronicle/Nation Ibarra quote with 'montaran-nation gives more of it: 14 words vs 12',
    # where the Nation's extra words are a leading 'all of' (a stronger claim); d78's
    # wire/Courant, keyed right through Reinholt's quote, whose '1 more shared quote' is
    # Moberg's, cut by the Courant before 'if the weather holds' (a dropped condition).
    # None since quotes19: a condition after the comma closing a whole sentence and a
    # partitive quantifier with its "of" opening the longer excerpt are edge qualifiers in
    # quote_diff, so the shared quotes name them ("but montaran-nation adds 'all of'", "but
    # oriana-chronicle adds 'Part of'": read right by quotes19, unread in verdicts.jsonl)
    # and d78's Moberg quote is no longer counted among the shared ones
    # s19-source reads the same classes in shared_quote itself (rules/quote_scope.py: a
    # partitive, quantifier or bound before the shared words, a condition after them, on
    # either side), so a cut that drops them is said as changed whatever quote_diff grades
    # Session 20: quote_changed on by default again (the pre-registered rule on t81-t90:
    # 7/7 held out), so its one dev finding read wrong counted here too: d81's Ledger cutting
    # 'in good spirits, and he' from the spokeswoman's quote (see FLAGGED_KNOWN); none since
    # quotes21 (a conjunct spliced out with its ", and" is a phrase dropped: wording)
    # Session 21's new dev d91-d100, at first sight: d92's Kellner/Keller (see
    # TRAPS_KNOWN_HIT): none since s21-names21
    # Session 21 (quotes21: a further claim added at a quote's end, said when two outlets
    # end the quote where a third goes on), read wrong by reader21: d51's Ledger and
    # Herald end Renquist's quote at 'by the authority' where the wire goes on ', and we
    # are cooperating fully with the investigators': a trailing trim whose kept words are
    # verbatim, a procedural tail rather than a further claim (precedents d24, d64)
    # Session 22 (quotes22: a hyphenated surname links to its last part, so Commodore Ilse
    # Varga-Monteiro's quotes pair up), read wrong by reader22: t41's Bulwark cuts 'with nets
    # that are banned under Calderian law' from the middle of her quote, the rest word for
    # word and the banned nets given in its narration: a middle trim told as 'a name or place
    # dropped'; none since quotes22d (an aside set off by commas, opened by "with" or a
    # non-restrictive relative, whose only name modifies a common noun, spliced out:
    # wording, quote_diff._aside_cut); left: d51's
    # Session 22's held-out t101-t110 (moved here in session 23), read wrong by testread22:
    # t110's Veilleur quote change keyed right but told of fire commander Colonel Laurent
    # Brisset where the words are prosecutor Anne-Laure Brisset's (a bare surname resolved to
    # the wrong one of two Brissets the story names); none since quotes23 (the 'she' after
    # "Prosecutor Anne-Laure Brisset has opened an investigation." went to the one person
    # the tagger read, the colonel: a second person of his family, kind other to the
    # tagger, is a candidate too, and the subject of the sentence before; now keyed right)
    # Quote changes are off by default since session 23 (its held-out read, t111-t120:
    # 9/11), so d51's counts under FLAGGED_KNOWN only
    # name_variant: none since s22-names22 (t93's 'Lactora Premuim', see TRAPS_KNOWN_HIT)
    # reader33: d215 0a11ce21dbd0, 'Social Democrats' against the wire's 'Social Democratic'
    # (the party and its adjective, one name's two grammatical forms); none again since
    # s33-names33 (findings.names.grammatical_forms, rules/names_forms.py)
    # addition, on by default again since session 22 (the pre-registered rule on t101-t110:
    # 8/8 held out): its nine dev findings read wrong, each listed under FLAGGED_KNOWN
    # above, count here too (eleven since session 23's d118; eight since coverage23b's
    # coverage._joined_whole: d118's two and t68's 350)
    # t114 (session 23's held-out, moved here in session 24): '820 million dinars' from the
    # off-story piece the warning missed; eight since s24-warn24 (the warning names it);
    # seven since coverage24b (d94's Morgenruf 'built for 400 people', the design capacity
    # the others give as 450: rules/coverage.PURPOSE_FOR_BEFORE)
    # Session 24's new dev d121-d130, read wrong by reader24: ten; d122's Bulwark 'More than
    # 80 people were taken to hospital' (the count the others give, the key's compatible
    # trap), d128's Standard '140,000 dollars' (the key's conflict with 410,000), d130's
    # 'about 58 million euros' (the same 640 million krona fine, converted)
    # Additions are off by default again since session 24 (its held-out read, t121-t130:
    # 5/8), so these ten count under FLAGGED_KNOWN only.
    # framing, on by default again since session 24 (its held-out read, t121-t130: 12/13):
    # the four dev findings read wrong under FLAGGED_KNOWN (d03, d35, d50, d96) count here
    # again; session 24's held-out t121-t130 (moved here in session 25) one more: t127's
    # 'seize on' set against a Clarion sentence that is not its telling of the opponents;
    # gone since s25-framing25 (four left): the actor is the subject's own words, not its
    # "of" complement (opportunism._subject_head), and an agent noun is told by its verb
    # (opportunism._agent_act: "a plan that environmental groups have opposed", the key's)
    # Session 26's held-out t141-t150 (moved here in session 27): five; t148's Gazette 'Left-wing
    # councillor Ines Montaner' against the wire's bare name (keyed right, overridden wrong by
    # testread26: the wire gives her group in an apposition, 'leader of the Green-Left group')
    # Four since s27-framing27: gone, as a lean label another outlet states of the same person
    # in an apposition or a title is the same fact (framing._states_lean). Session 27's new dev
    # d151-d160, read wrong by reader27: d156's Herald 'insisted' set against the Sentinel as
    # 'said', whose own cited lead-in is 'Per Lunde insisted', comes only with paraphrase
    # alignment (--on all), never with default options, so it was not one of these four (d03
    # 'rioters', d35 'suspicious betting patterns', d50 'alleged'/'reported', d96 'admitted'
    # for 'We have given up hope'); gone since s27-framing27b: a quote its outlet leads into
    # with a loaded verb of the same speaker is no plain side against a verb of its class
    # (framing._loaded_lead_in)
    # Session 27: framing off by default again (the pre-registered rule on t151-t160: 17/20
    # held out), so its four count under FLAGGED_KNOWN framing only
    # quote_changed, on by default again since session 26 (its held-out read, t141-t150: 5/5):
    # the three dev findings read wrong under FLAGGED_KNOWN count here too (t132's trap, two
    # borderline trims read wrong before: see FLAGGED_KNOWN quote_changed); session 27's new dev
    # d151-d160: five, d152's and d153's trap hits (see TRAPS_KNOWN_HIT); four since quotes27.
    # Session 27: off by default again (t151-t160: 8/11), so they count under FLAGGED_KNOWN only
    # shared_quote, session 24's new dev d121-d130, read wrong by reader24: 'X gives more of
    # it' where the other outlet's rest of the quote has a changed word: d122 Herald 'saved
    # many of them' vs Bulwark 'saved all of them'; d125 Examiner 'none of our turbines will
    # turn' vs the Post's and the wire's 'none of the turbines at Hallstrand' (two lines)
    # Session 24's held-out t121-t130 (moved here in session 25), one more of the same kind:
    # t122 'ppa-wire adds at least three' where the Patriot replaces 'in at least three
    # provinces' with 'in provinces across the country' (the key's quote_changed, hidden)
    # None since quotes25 (pin 4 removed): a longer quote's rest that the other article
    # quotes apart, the same passage with words changed, is said as such ("tavalia-herald
    # has 'saved many of them' where daily-bulwark has 'saved all of them'":
    # shared_quote._requoted), and words inserted on one side where the other runs on past
    # the words taken up again are a replacement ("ppa-wire has 'at least three provinces'
    # where sundara-patriot has 'provinces across the country'": shared_quote._inside).
    # d125's wire/Examiner line keyed right since; the other three (d122's now led by
    # Almoud's 'every illegal distiller in Marhab') unread.
    # Session 27's new dev d151-d160, read wrong by reader27: four of one kind, a quote cut by
    # one outlet (a dropped qualifier or lead-in: the keys' quote_changed) told as a shared
    # quote whose extent one side gives more of: d152 568148083570 ('as it stands' dropped),
    # d153 0c59edf7c7b3 and 38cdefbe4a4c (Lindqvist's quote cut to 'judges are free to hold
    # opinions'), d155 5efbf364d75b (Maes's 'We support the aim, but' cut)
    # None since quotes27b (pin 4 removed): a cut that turns the kept words' claim is named
    # whether or not the cut quote is woven into its outlet's sentence
    # (shared_quote._turning_cut): a hedge run straight on ("centre-brezan-courier adds 'as
    # it stands'"), a contrast clause that takes the kept predicate back ("wire-upa adds
    # 'but they are not free to broadcast them'"), a concession of the reverse polarity
    # before "but" ("centre-lenoria-today adds 'We support the aim, but'"); the four lines
    # unread since (d153's still say 'left-observer gives more of it' of the Observer's
    # 'in every court in the land', six words past the wire's closed sentence)
    # Session 28's new dev d161-d170 (writers BM and BN), read wrong by reader28 at first sight:
    # four; d162 359db3d92b62 (the Patriot's fragment 'needing forty minutes to say sorry',
    # its verb fitted to the sentence, told as a rewording rather than the Herald giving more),
    # d163 d82fe0b9e8f5 ('1 more nearly the same' pairs two freed workers' quotes: the key's
    # trap), d169 5ac8e89873f5 ('aps-wire gives more of it' hides the Herald's cut 'The gates
    # were opened too slowly': the key's quote_changed), d170 c5645c63fef9 (names the dropped
    # clause, hides the Observer's dropped 'immediate')
    # None since sharedq28 (pin 4 removed): a fragment's word of another form of the same stem
    # at its edge is a word apart in a cut (shared_quote._fitted: "a word apart: 'needed',
    # 'needing'", herald-centre gives more of it); two people each article introduces unnamed
    # and describes apart say like words changed as two statements (shared_quote._described_apart:
    # d163's '1 more' gone); a clause and its "and" before the shared words, dropped where the
    # other quote opens on them as a sentence, is named (shared_quote._claim_before: "aps-wire
    # adds 'The gates were opened too slowly and'"); a word dropped inside a further quote's
    # run is told beside its change (source._tail_difference: "a word apart: 'immediate';
    # npb-wire adds …"). The four lines unread since, with six more: d59's centre/right
    # ("centre adds 'Mistakes may have been made, and'", as the key's quote_changed of the
    # wire's words), d133's and d146's two (a word of one stem at an edge now "a word apart:
    # 'voices', 'voice'", "'belongs', 'belong'") and t121's two (a word inserted in the
    # further quote now told beside its change: "a word apart: 'even'; …")
    # Session 28: framing on by default again (the pre-registered rule on t161-t170: 9/10
    # held out, the last three reads 46/51), so the four read wrong under its flag
    # (FLAGGED_KNOWN "framing") count here too: d03's 'rioters' / 'crowd' (two groups), d35's
    # 'suspicious' / 'unusual betting patterns', the Diario's 'alleged' against 'reported',
    # and 'admitted' for Josephine Okereke (a quote another outlet negates)
    # Session 28's held-out t161-t170 (moved here in session 29): t166's Clarion 'admitted'
    # a claim only it carries, set against another statement's 'told'/'said' (testread28)
    # Three since s29-framing29: t166's and Okereke's lines are gone (FLAGGED_KNOWN above)
    # Session 29's new dev d171-d180 (reader29): d172's 'shameful end' vs 'sharp end' (an
    # idiom, not a description of the match); gone since s29-framing29b
    # Session 29's held-out t171-t180 (moved here in session 30): t172's 'suspicious test
    # results' set against 'routine tests', the tests, not the results (testread29)
    # Two since s30-framing30 (FLAGGED_KNOWN above): t172's and d35's lines are gone; left:
    # d03's 'rioters' / 'crowd', the Diario's 'alleged' / 'reported'
    # Session 30's new dev d181-d190 (reader30): d182's 'conceded' for a line only the Standard
    # carries, set against the others' 'said' for the shared quote (two statements)
    # Session 30: framing off by default again (the pre-registered rule on t181-t190: 5/8 held
    # out), so these three count under FLAGGED_KNOWN only ("framing": (0, 3) there)
    # (shared_quote: session 29's new dev d171-d180, read wrong by reader29: four shared
    # quotes told as the same words where one outlet changed them, d173 'this government',
    # d174 'so far' dropped, d176 a cut claim, d177 'defend my name in court' rewritten; all
    # four now told (sharedq29: shared_quote._subject_apart, _inside's stopwords taken up,
    # _claim_after, _beside_adds), unread since with six more lines that now name a dropped
    # claim: d31, d36 twice, t106, t162, t28)
    # Read by reader29 (round 2): nine right, two wrong; d173's 'nearly the same' sets the
    # Voice's own narration ('the relief operation in flood-hit Ketara was') against the
    # Patriot's quoted 'this government is'; t106's 'beacon adds the lives of our sailors'
    # where the Sentinel has 'soldiers' (an excerpt cut at the word that differs)
    # Session 29's held-out t171-t180 (moved here in session 30): t174's line shows the Glas's
    # next sentence where its quote has 'cleaned out' for the Obzor's 'reformed' (testread29)
    # One since s30-sharedq30: t174's and t106's lines set each quote's counterpart against
    # the other's ('reformed' / 'cleaned out', 'lives of our sailors' / 'lives of our
    # soldiers': shared_quote._counterparts, _aligned_swap), unread since; d173's stays
    # Session 30's new dev d181-d190 (reader30): d186's 'gives more of it' twice (wire/Standard,
    # Courier/Standard) hiding the Standard's cut before 'this year without cutting other services'
    # One since s30-sharedq30b: d186's two lines tell the cut ("but cpa-wire adds 'this year
    # without cutting other services'": quote_diff._time_then_modifier_tail), unread since
    # Session 30: shared quotes off by default again (the pre-registered rule on t181-t190:
    # 21/25 held out), so this one counts under FLAGGED_KNOWN only ("shared_quote": (0, 1) there)
    # Session 31: shared quotes, quote changes and additions on by default again (the
    # pre-registered rule on t191-t200: 34/34, 6/6 and 12/12 held out; the last three reads
    # 79/84, 16/18 and 23/26): their dev wrongs count here again, as under FLAGGED_KNOWN
    # (shared_quote: d173's narration against a quote and d65's hidden caveat cut;
    # quote_changed: t132; addition: the 24 listed there)
    # reader32: d204 74d5659b65ea, the Observer's cut of the opening 'The crack is serious, but'
    # told as extent ('gives more of it'), the key's quote change (d155/d65's shape)
    # One since s32-sharedq32: d204's and d65's cuts told by their words (see FLAGGED_KNOWN
    # above), unread since; d173's stays
    # reader34 on d221-d230: five more by default (see FLAGGED_KNOWN: cuts of 'At this stage',
    # 'this year', 'In its current form', a headline pairing hiding 'Thursday'/'Friday'): 6
    # One since s34-sharedq34: the five cuts told (see FLAGGED_KNOWN above), unread since;
    # d173's stays
    # reader34 (round three): d214 18ef2fa05fba (see FLAGGED_KNOWN): 2
    # Session 34: shared quotes off by default again (the pre-registered rule on t221-t230:
    # 23/26 held out), so these two count under FLAGGED_KNOWN only ("shared_quote": (0, 2) there)
    # Session 34: framing on by default again (the pre-registered rule on t221-t230: 15/16 held
    # out, dev 717/721, the last three reads 40/43): its dev wrongs count here again, as under
    # FLAGGED_KNOWN (d03's 'rioters', the Diario's 'alleged', d182's and t196's lines only the
    # loaded outlet carries, d216's of the same shape); session 35: t227's friendly 'insisted'
    # Five since s35-framing35: t227's line gone (see FLAGGED_KNOWN above)
    # reader35: t192 9eb48a9c98d6 (t227's shape, see FLAGGED_KNOWN)
    # reader37 on d251-d260 at first sight: d253 cf3394786e3a, the Herald's 'said X but stressed Y'
    # read by its first verb where 'stressed' governs the matching clause: 7
    # Six since s37-fix37f: d253's line is gone (see FLAGGED_KNOWN above)
    # reader38 on d261-d270 at first sight: two speaker verb-profile lines whose loaded verb goes
    # with a line only that outlet carries (d267 4d754f8f5772 'Quintanilla insisted the bank was
    # taking the matter seriously', d270 49c4110f6293 'Bellandi conceded ...'), the outlet writing a
    # plain 'said' for the quote the others share; fix38f found no word-level test that keeps the
    # ~15 right lines of the same shape (49 of 55 firing profile lines read right): 8
    # Session 39's held-out t271-t280 (moved here in session 40): t280 0d74fd3317f3 (see
    # FLAGGED_KNOWN): 9
    # framing40: t280's gone (see FLAGGED_KNOWN): 8
    "framing": 8,
    # Session 35: shared_quote on by default again (the pre-registered rule on t231-t240: 27/27
    # held out, the last three reads 75/78), so its one dev wrong counts here again, as under
    # FLAGGED_KNOWN (d173's 'gives more of it' hiding the Patriot's 'this government')
    # session 37 moved t241-t250 here: t242 be62b937dea9 (see FLAGGED_KNOWN): 2
    # quotes37: t242's line tells the pledge now (see FLAGGED_KNOWN): 1
    # reader37 on d251-d260 at first sight: d254 9a8ea9920330, a shared quote set against the
    # off-story dam piece the story warning names (findings keep a named off-story file): 2
    # fix37s: d254's gone (source.find_shared_quotes leaves out coverage.off_story's articles): 1
    # Session 39's held-out t271-t280 (moved here in session 40): t279 b8e8d9e42f0c (see
    # FLAGGED_KNOWN): 2
    # quotes40: t279's gone (see FLAGGED_KNOWN): 1
    # reader40 on d281-d290 at first sight: d283's and d288's (see FLAGGED_KNOWN): 3
    # quotes40b: both gone (see FLAGGED_KNOWN): 1
    "shared_quote": 1,
    # Session 37: quote_changed on by default again (the pre-registered rule on t251-t260: 7/7
    # held out), so its dev wrongs count here again, as under FLAGGED_KNOWN
    # Session 38: quote_changed off by default again (the pre-registered rule on t261-t270: 6/7
    # held out), so its five dev wrongs count under FLAGGED_KNOWN only
    # Session 38: addition on by default again (the pre-registered rule on t261-t270: 5/5 held
    # out, dev 363/384 with every flag, the last three reads 13/13), so its dev wrongs count here
    # too: the 22 FLAGGED_KNOWN lists (measured by default at s38-flip38 on main 4f5cee0b)
    # Session 39: addition off by default again (the pre-registered rule on t271-t280: 4/5 held
    # out, t273's margin of 13 told as only the Gazette's where the wire gives the 31-18 vote), so
    # its dev wrongs count under FLAGGED_KNOWN only; quote_changed (9/9 held out, dev 500/508) and
    # fact_conflict (13/14 held out, dev 432/435) on again by the same rule, so their dev wrongs
    # count here too, as FLAGGED_KNOWN lists them
    # Session 39's held-out t271-t280 (moved here in session 40): fact_conflict t279 8f8ed7f7c25c
    # (see FLAGGED_KNOWN): 3
    # facts40: t279's and d267's gone (see FLAGGED_KNOWN); left, t227's: 1
    # quotes40: d271's, d276's and d273's quote_changed gone (see FLAGGED_KNOWN): 5
    # reader40 on d281-d290 at first sight: quote_changed d289's two, fact_conflict d286's and d288's (see
    # FLAGGED_KNOWN): 7 and 3; quotes40b: d289's two gone: 5 and 3; fix40: d286's and d288's
    # fact_conflict gone: 5 and 1
    # Session 40: quote_changed and fact_conflict off by default again (the pre-registered rule
    # on t281-t290: 7/9 and 11/13 held out, under the 0.9 bar), so their dev wrongs (5 and 1)
    # count under FLAGGED_KNOWN only; addition on by default again by the same rule (6/6 held
    # out with --additions, dev 385/407 with every flag, the last three reads 15/16), so its dev
    # wrongs count here too: the 23 FLAGGED_KNOWN lists (measured by default at s40-flip40 on
    # main a7767a4a: addition 387 right, 23 wrong, no trap hit)
    # coverage41: d145 3eb4fa5f7539 ('29 votes to six' beside 'Thirty-one members voted in
    # favour, four against': votes reads compound number words) and t150 77e8c5b8764b ('Some
    # 6,000 islanders' beside 'About 4,500 people live on Skarra': coverage._people_alike) gone;
    # measured by default on s41-coverage41: addition 393 right, 21 wrong, 1 unread, no trap hit
    # reader41 on d291-d300 at first sight: d291 e8642b20fc36 (the sting count's later value, a
    # running count), d297 943825098d6e (an outlet's own conflicting figure, 6,000 vs 9,000), d300
    # 8710341c6c46 (5,000 for the crowd the others call 'thousands'): 24 (gate41c at bb6361c8)
    "addition": 24,
    # reader40 on d281-d290 at first sight: shared_source d286 0db06a934700 (see FLAGGED_KNOWN): 1
    "shared_source": 1,
    # Session 32's new dev d201-d210 at first sight: d205 1043014482c9 ('in the race' dropped
    # from 'any other horse in the race was affected', the key's trap: trivial), by default
    # reader32: d210 f0a6c5cee123, 'under any circumstances' trimmed from the quote's end (emphasis,
    # not a hedge: 'a qualifier dropped' overstates it)
    # from 'any other horse in the race was affected', the key's trap: trivial), by default;
    # gone since quotes32 (quote_diff._setting_domain); left: t132's
    # d210's gone since quotes32 (POLARITY_EMPHASIS: "under any circumstances")
    # Session 33 moved session 32's held-out t201-t210 here: t204 b050aa572765 (see FLAGGED_KNOWN)
    # reader33 on d211-d220: d212, d214, d215, d220 (see FLAGGED_KNOWN)
    # Sixteen since coverage33 (see FLAGGED_KNOWN: running counts' later values, d171's per
    # mille); nineteen with reader33's d212, d214 and d215 rows (see FLAGGED_KNOWN)
    # t204's gone since s33-warn33 (the warning names the tariffs piece): 18; reader33's d96
    # 8afd2f133c5e ('around 35 still unaccounted for', an update; see FLAGGED_KNOWN): 19
    # reader33 on d211-d220: d215 0a11ce21dbd0, 'Social Democrats' (the party) against the wire's
    # 'the Social Democratic candidate' (its adjective) told as one name spelled two ways; gone
    # since s33-names33 (findings.names.grammatical_forms)
    # Session 33: quote_changed and addition off by default again (the pre-registered rule on
    # t211-t220: 10/14 and 4/7 held out), so their dev wrongs (t132's quote change, the 19
    # additions) count under FLAGGED_KNOWN only
}


def test_no_finding_read_wrong(scored) -> None:
    tallies, _ = scored
    assert {t: x.wrong for t, x in tallies.items() if x.wrong} == FINDINGS_KNOWN_WRONG


# Stories whose warning is known wrong, each with why; the gate fails on any other, and on
# one of these once it is right (then take it off the list).
WARNING_KNOWN_WRONG: dict[str, str] = {
    # Session 30's held-out t189 (moved here in session 31): the piece on the same tribunal
    # clearing the rival's spending was not named (missed by testread30's read), with dates and
    # without. Named since s31-warn31: its first sentence's "candidate for mayor of the capital"
    # is the rival's post, not what the others' event was done to, a person it never names
    # (coverage._of_another_person); undated, the others' "the May 17 municipal election" is
    # the election's day, not their event's (rules/story_warning.ATTRIBUTIVE_DATE_BEFORE)
    # session 13: the stray rule (findings.coverage._stray: no shared quote, at most one
    # close group, and no lead actor the others name prominently, while the others share
    # quotes or sentences) names the council vote on officers (d09), the other mayor's
    # land sale (t02), the recruitment plan (t07) and the other city's ransomware (t09);
    # a piece that leads with the story's own actor is named when it writes none of the
    # event words the others' ledes share (_tells_another_event: the mining company's
    # results, d11; the mayor's tram line, d14), and (session 14) when its headline and
    # first sentence write none, its lede names a day of its own, its text never names
    # the others' day and it gives figures of its own that no other article gives (the
    # fence tender, d16; the club's fine over flares, t13; the court's wind-farm ruling,
    # t18; the minister's border pact, t20), and (session 16) when it was published more
    # than ``stories``' window before every other dated article (_predates: the same
    # party's by-election weeks before, t04; the same bureau's earlier arrest, d19; the same
    # water company's earlier fine, d34). These tell another event of the story's actor
    # after it, in its words. Session 17: a lede naming no actor no longer keeps a piece
    # published weeks before (_predates decides first: the zoo's snow-leopard cubs, d60),
    # and a piece published weeks after every other that dates its own news weeks after
    # their event, introduced as news ("two weeks after a sightseeing helicopter crash",
    # "two weeks after drone sightings closed it"), is named (_follows_their_event: the
    # hikers' rescue on the same glacier, t39; the baggage handlers' strike vote, d41)
    # Session 17's held-out t51-t60 (moved here in session 18): two pieces of another event of
    # the same institution, near the story in time and words, not named. Session 18 names
    # all three: t59's hiring drive, once a wire's bracketed sign-off "(Reporting by
    # Olek Varga; Editing by Dana Whitcombe)", which the same wire's story also ends with, is
    # a credit line (rules/boilerplate "credit"), not a close aligned group that kept it;
    # d43's pension bill, published 13 days after the others, counts what their ledes count
    # in their event's words with figures of its own ("passed by 104 votes to 90" beside
    # "passed by 118 votes to 74": coverage._counts_another)
    # and t55 (coverage.story_early_weighed): its guards' strike at the same prison,
    # 17 days before the escape, shares three aligned sentences (the prison's population, the
    # union's staffing figures, an opposition spokesman's "lost control of its own prisons",
    # said of the strike and again of the escape), only one of them close, so the warning,
    # which read only articles with fewer than STORY_FLOOR shared sentences, never weighed it;
    # a piece published weeks before every other is weighed now, and its quote tie no longer
    # keeps it (a statement it shares is its speaker's repeated line)
    # session 14's new dev stories d21-d30 (writers K and L): d23's later case against a
    # former health minister is named since the scorer dates each article as story.json
    # dates it (s14-facts): the date rule of the story warning reads it
    # Session 19's new dev d71-d80, at first sight: d77's off-story piece (the same party's
    # electoral list, naming the same MP, 16 days after the vote) not named; named since
    # "before regional elections" in two ledes no longer makes "election" a noun of their
    # event (coverage._later_in_ledes, rules/coverage.LATER_ANCHOR)
    # Session 19's held-out t71-t80 (moved here in session 20): t80's off-story piece (the
    # same president's veto of a judicial bill, naming the opposition leader and the
    # pardon) not named; named since "two weeks after his pardon" is a span, no retold
    # "two years" of the pardon's ledes, and "several hundred people" (about 100) no longer
    # shares its "104 seats" (coverage._spelled, _figures_of_its_own, session 20)
    # Session 22's new dev d101-d110 (writers AQ and AR), at first sight: d108's off-story
    # piece (the same parliament approving a 6 percent pension rise, 12 days after the law's
    # vote, naming the same prime minister, opposition leader and president, from the
    # centre outlet of the story) not named; named since coverage22: the chamber's size
    # hyphen-joined to its noun ("the 150-seat chamber"), in the piece and in the others'
    # ledes, is no figure of their vote that it gives (coverage._sized in _counts_another),
    # so its own "112 votes to 9" counts another vote
    # Session 23's held-out t111-t120 (moved here in session 24): two pieces of the same
    # institution and people weeks apart, not named (missed at b8077109 too)
    # t114: the same finance minister surviving a no-confidence vote over motorway contracts,
    # 20 days before the amnesty law, from the story's centre outlet; t116: the same court
    # and security directorate jailing another activist for treason, 19 days before the
    # journalist's case, from the story's wire. Named since s24-warn24: each shared two close
    # background lines (the ruling party's seats and the deficit; where the detainee is held
    # and how trials are held), and two close groups kept any piece whatever its date; a piece
    # published weeks before the others is kept by them only when one holds its first
    # sentence beside their ledes (coverage._shares_their_lede), and t116's country in both
    # headlines no longer keeps it (the date decides, not who)
    # Session 24's held-out t121-t130 (moved here in session 25): two more pieces of the same
    # institution weeks apart with figures of their own, not named. Named since s25-warn25:
    # t121's first sentence tells the others' verb ("sentenced") of a person of its own, none
    # their ledes name (coverage._done_to_another: the former Belica mayor, not the former
    # president); t126's "18 percent" was read as shared with the wire's "A fifth man was still
    # being sought", a fraction word that tells no share (coverage._ordinal_only)
    # Session 25's new dev d131-d140 (writers BA and BB), at first sight: two more of the class
    # (d133: the same chamber and Speaker passing the budget; d136: a later launch by the same
    # rocket company), not named. Named since s25-warn25b: d133's "joined by three independents"
    # beside "voted" no longer retells the brawl's "Three deputies were treated in hospital" (a
    # retold toll counts the same thing, coverage._counted_after); d136's first sentence tells
    # "fell" only in the clause it dates its launch from ("the company's first launch since a
    # piece of one of its rockets fell on a Dravonian village", coverage._since_clause)
    # Session 25's held-out t131-t140 (moved here in session 26): t131's pool-closure piece of
    # the same town, naming the mayor-elect's cousin, 11 days after the raid, not named. Named
    # since s26-warn26: its first sentence's "voted" (one of the others' event words, of
    # "buy votes") is told of a thing of its own ("to close the Station Street municipal
    # swimming pool": no other word of their event, nothing their ledes tell it was done to,
    # none of their people; coverage._told_of_its_own)
    # Session 28's held-out t161-t170 (moved here in session 29): t162's rail-signal-strike
    # piece and t164's dairy-listeria piece, missed by the held-out read (testread28) with dates
    # and without. Named since s29-warn29: t162's "The 24-hour strike began at 4 a.m." wrote
    # "began", read as an event word of the others' ledes ("officers began clearing"): a verb of
    # phase is none (rules/story_warning.PHASE_VERB_STEMS); t164's two close groups were one
    # official's attribution around two statements (coverage._close_groups_by_statement) and a
    # background yearly count, and its "The fine comes two weeks after ... more than 30 were taken
    # to hospital" retold no toll of theirs (coverage._in_juxtaposed_clause)
    # Session 29's new dev d171-d180 at first sight: all three off-story pieces missed, with
    # dates and without. Named since s29-warn29b: d171's rail-fare rise shared one strong figure,
    # the operator's "190,000 passengers a day" in a closing line with none of the arrest's
    # words, a background line, no figure of their event (coverage._background_figure); d179's
    # opposition deputy's "Two weeks ago we were told the courts are independent" met the
    # government spokesman's "The courts are independent" of the blogger's release: one
    # speaker's words echoed by another, no statement both quote (coverage._echoed_only); d175's
    # tram piece kept its outlet's labelled sign-up box ("Newsletter: Sign up for ..."), a
    # verbatim line shared with the outlet's report (rules/boilerplate, a "promo" rule)
    # Session 31's held-out t199 (moved here in session 32): the piece on a pay strike at the same
    # carmaker's plant 16 days after its airbag recall was not named (missed by testread31's read),
    # with dates and without. Named since s32-warn32: the others' ledes told no event, "recall" being
    # a reporting verb (rules/attribution.CUE_FORMS) read out of them though written as a noun ("a
    # recall", "The recall covers": rules/story_warning.NOUN_DETERMINERS, coverage._cue_nouns: a verb
    # of no stance of saying that the comparison never writes in the past) and no event verb being
    # written in the past ("is recalling": rules/story_warning.PROGRESSIVE); its "two weeks after the
    # company announced a large airbag recall" introduces the recall as news by its indefinite
    # article, the "the" being the actor's (coverage._introduced_after); undated, "comes a little
    # over two weeks after" is a juxtaposition (rules/coverage.JUXTAPOSED_AFTER)
    # Session 33's new dev d215 at first sight: a strike vote at the same postal depot (the same
    # company and place, a different act) 19 days after the lost ballots was not named. Named
    # since s38-warn38: two close background lines keep no piece published weeks after every
    # other, as they keep none published weeks before, unless one holds its first sentence beside
    # their ledes (coverage._stray, _postdates, _shares_their_lede)
    # Session 32's held-out t204 (moved here in session 33): the gas company's tariff rise weeks
    # after the bakery blast, with the same company and mayor, was not named (testread32). Named
    # since s33-warn33: its consumer group's "three price rises in two years" read as retelling the
    # others' toll ("the death toll rose to three"), "rise" being a word of two ledes; an event word
    # that is only what a figure counts retells none (coverage._retells_their_event)
    # Session 37's new dev d259 at first sight: an arrest of 14 activists of the same group at an
    # oil terminal three days after the appeal judge freed its member (the same group, city,
    # activist and justice minister) was not named: published within the window, it was never a
    # stray. Named since s37-warn37: published after every other, on a day of its own, its headline
    # and first sentence writing none of their event's words and leading with none of their actors
    # (coverage._later_act_of_its_own)
    # Session 37's held-out t254 (moved here in session 38): the developer's planning approval for
    # homes in another town two weeks after the oak was felled (the same company, one paragraph
    # looking back at the felling) was not named (testread37). Named since s38-warn38: its lede's
    # "The approval comes two weeks after ... the felling" dates its own news from their event,
    # which it recalls, not tells (coverage._lede_words_as_news)
    # Session 40's new dev d290 at first sight: the same police force's dog finding a missing boy
    # (the off-story piece, the same unit, a week after) was not named by default; with every
    # finder it was. Named since s41-warning41 with session 40's held-out misses (t285 the same
    # operator's ferry losing power, t286 the same parliament's defence budget, t289 the same
    # town's bypass), each published weeks after the others and setting a later act of its own
    # beside their event ("The rescue came less than two weeks after the death of another
    # Brannock police dog"), its lede telling none of their acts, toll or people
    # (findings/off_story_event.sets_its_news_beside_theirs); t289's mayor's two statements
    # sharing "built", "since" and "foundry" tie no quote (off_story_event.one_speakers_two_lines)
}


def test_story_warning_names_exactly_the_off_story_articles(scored) -> None:
    _, stories = scored
    wrong = {s["story"] for s in stories if not s["warning_ok"]}
    assert wrong - set(WARNING_KNOWN_WRONG) == set()
    assert set(WARNING_KNOWN_WRONG) - wrong == set(), "a known-wrong warning is now right: take it off the list"
