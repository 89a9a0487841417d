"""The fresh report sets of ``tests/data/``, written from the corpus README's rules only: expected claims.

Each set holds wire-style reports in the ``articles.jsonl`` format. Reports the extractor gets fully right must
give exactly their expected (attribute, value) claims, with and without a lexicon built from the people the
reports name; a set with known misses must keep its claims F1 above a floor. The form rules each set exposed
are pinned in ``test_holdout_forms.py`` and ``test_holdout_round4.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tests.extractor.holdout_sets import claim_counts, lexicon_of, load_reports, set_f1


@dataclass(frozen=True)
class HoldoutSet:
    """One report set, what it must satisfy and what it is known to miss.

    :ivar size: how many reports it holds; ``max_words`` bounds each text (``None``: not bounded).
    :ivar unverifiable_only: every claim is about an event the store lacks.
    """

    file: str
    size: int
    known_misses: frozenset[str] = field(default_factory=frozenset)
    f1_floor: float | None = None
    max_words: int | None = 200
    unverifiable_only: bool = True


SETS = [
    # like the hidden split: other events, people and places, some in the store. Known miss: "The king is due to visit
    # Washington next month for talks with US President Joe Biden" names who will take part; the annotator left it out.
    HoldoutSet("holdout_like.jsonl", 13, frozenset({"h10"}), 0.99, max_words=250, unverifiable_only=False),
    # date, duration, venue and name forms the other sets do not use ("Thursday, Oct. 19", "some six hours",
    # "Qatar's Emir Sheikh Tamim bin Hamad Al Thani"), plus traps (ages, "a 24-hour ceasefire").
    # Known miss: "discussed ... the day before" ("discussed" is not an event trigger). ("at Chequers" is now read as
    # the site it is.)
    HoldoutSet("holdout_forms.jsonl", 10, frozenset({"hf09"}), 0.98),
    # several events per report tied by "the next day", "that evening"; titles after names; "De Croo"; a pair
    # naming the people of talks told by titles alone; "travelled to Erbil, where he met ..."
    HoldoutSet("holdout_round4.jsonl", 8),
    # written blind to the extractor (first look: F1 0.813 without a lexicon): titles before names set off by
    # commas, plural titles, pronoun subjects, travel verbs, "an hour-long call", a named site with no city,
    # "Xi, 71, also met ...", "Zelensky, whose country marked ... last month,".
    # Known misses: "Modi heads to Brunei next week" (no week precision); "Brazil's Lula" has no title and,
    # without the alias "Lula", no lexicon entry; "imposed ... in mid-2025".
    HoldoutSet("holdout_round5.jsonl", 10, frozenset({"r5-04", "r5-09"}), 0.97, None, unverifiable_only=False),
    # written blind (first look: F1 0.941 without a lexicon, precision 1.0): business titles ("executive chair"),
    # "the Nigerian leader", "the Saudi city of AlUla", "To Lam", "two days earlier", "met one-on-one for".
    HoldoutSet("holdout_round6.jsonl", 12, max_words=None),
    # written blind to stress structure (first look: F1 0.817): several events per report, passives, "who"
    # clauses, fronted clauses, quotes, durations in later sentences. Known misses: first-person claims inside
    # quotes ("I met General Assimi Goita in Bamako"); "talks held at
    # Brdo Castle in Slovenia on Tuesday between A and his Slovenian counterpart, B"; "at the Brandenburg Gate"
    # after the visit's own city;
    # "longest conversation since Stocker took office, at 70 minutes"; "travel to Abidjan ... for talks with B".
    HoldoutSet(
        "holdout_round7.jsonl",
        12,
        frozenset({"r7-05", "r7-06", "r7-10", "r7-11"}),
        0.95,
    ),
    # written blind as ordinary wire copy (first look: F1 0.789): datelines ("TOKYO, July 28 (Reuters) -"),
    # "Hawaii Gov.", "then-House Speaker", "April last year", "Ulaanbaatar", "the US", "had met" asides.
    # Known misses: "toured the plant for nearly 90 minutes"; "Austin and Kihara were joined by ..."; "South
    # Korea will host"; "the cartel's Vienna headquarters"; "since 2020" as a comparison; "gather in Ankara
    # ... for the annual summit"; "organising committee president".
    HoldoutSet(
        "holdout_round8.jsonl",
        14,
        frozenset(f"r8-{k:02d}" for k in (2, 3, 4, 6, 14)),
        0.95,
        max_words=None,
    ),
    # written blind, the widest set (first look: F1 0.735, now 0.824): Taliban, Vatican, Gulf, African and Central Asian
    # leaders, a papal audience, cancelled and postponed meetings, business chiefs. 12 of 14 reports still miss
    # something: titles the annotator strips or names from knowledge ("Mohamed bin Zayed Al Nahyan"), events
    # named by nouns ("the encounter", "an iftar"), "was to have been held in Islamabad on February 18",
    # "postponed until February 9", "at an air base outside Paris", five ministers listed after a plural title.
    HoldoutSet(
        "holdout_round10.jsonl",
        14,
        frozenset(f"r10-{k:02d}" for k in (4, 6, 7, 8, 9, 10, 11, 12, 13, 14)),
        0.82,
        max_words=None,
    ),
    # written blind for precision (first look: P 0.911, F1 0.896): meeting reports full of dates, durations,
    # places and people that are no claim. Known misses: "a day earlier, at the 2+2 talks in New Delhi" with
    # "Mark Esper"; "the Group of Seven summit in Cornwall" (Cornwall, Ontario, is a city) and "since a travel
    # bubble opened on April 19" ("travel" reads as a trigger); "envoys ... met Sogavare" after a comma list;
    # "in Lilongwe" after a long clause. Its annotator leaves out "aides said he could also stop in Lima" (r11-13),
    # where the annotators of rounds 337 and 353 count what "could" happen ("could meet again in Rome in October").
    HoldoutSet(
        "holdout_round11.jsonl",
        14,
        frozenset(f"r11-{k:02d}" for k in (3, 6, 13)),
        0.94,
        max_words=None,
    ),
    # written blind in the dev reports' own style about other real events (first look: F1 0.880, precision
    # 0.961; now 0.945): the likeliest guide to the hidden split. Its first run also raised AttributeError (an
    # anaphor beside a sideline trigger), now fixed. Known misses: "at the ayatollah's modest home in the holy
    # city of Najaf", "Morocco's King Mohammed VI" (the annotator's "Mohammed VI of Morocco"), "signed a
    # declaration ... in Athens".
    HoldoutSet(
        "holdout_round12.jsonl",
        14,
        frozenset(f"r12-{k:02d}" for k in (2, 8, 9, 14)),
        0.93,
        max_words=None,
    ),
    # written blind in the dev style about events 2015-2025 (first look: F1 0.802, precision 0.864, the lowest
    # yet; now 0.921). Fixed as rules: "On Wednesday he had an unusually effusive call with B", "Dwight D.
    # Eisenhower", long "since" clauses, "elections on Jan. 16", "the entry into force on July 1". Known misses:
    # names from knowledge ("King Salman" as "Salman of Saudi Arabia"), a group of leaders named once ("The
    # leaders had met ..."), a signing with no meeting verb, "a stop in Jamaica", "went to New Delhi". Its
    # annotator does not count "Sharif greeted him at the airport" (r13-03); five later sets count such greetings.
    # r13-09: "Video footage showed the sultan, 77, welcoming Netanyahu" is read as a welcome of its own, which its
    # annotator takes as the talks told again (a participle welcome is an event since stop 20: +15 claims elsewhere).
    HoldoutSet(
        "holdout_round13.jsonl",
        14,
        frozenset(f"r13-{k:02d}" for k in (3, 4, 7, 8, 9, 12, 13)),
        0.9,
        max_words=None,
    ),
    # written blind to stress sentence structure (first look: F1 0.693, precision 0.848, recall 0.586; 0.661 on
    # the code of this stop's start; now 0.773): passives, appositions, fronted clauses, coordinated verbs,
    # several events per report. Every report still misses something. Known misses: canonical names from
    # knowledge ("Tayyip Erdogan", "Antonio Guterres", "King Charles", "Queen Elizabeth"); descriptions as
    # subjects ("the pontiff", "the monarch"); "A and B agreed ... . The deal was finalised over a working lunch";
    # "at the Vatican" as a site; "hosted him for lunch"; "a day after" where both events are one.
    HoldoutSet(
        "holdout_round14.jsonl",
        14,
        frozenset(f"r14-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 14)),
        0.75,
        max_words=None,
    ),
    # written blind in the dev style (first look: F1 0.879, precision 0.916; 0.883 on the code of this stop's
    # start, so the day's earlier rules did not carry over to it; now 0.925). Known misses: canonical names from
    # knowledge ("Tayyip Erdogan", "Kim Jong Il" for the earlier "Kim"), "the Russian city of Vladivostok" as
    # city and country, "between A and B and their Indian counterparts, C and D", "inside St Peter's Basilica",
    # "was agreed by senior officials in Geneva last month", "Abe and Xi agreed on Friday" (no event verb).
    HoldoutSet(
        "holdout_round15.jsonl",
        14,
        frozenset(f"r15-{k:02d}" for k in (2, 6, 7, 9, 12)),
        0.9,
        max_words=None,
    ),
    # written blind in the dev style at the end of stop 8, after all its rules (first look: F1 0.876, precision 0.880;
    # 0.854 on the code of the stop's start). Scored as written, no rule taken from it. Its annotator leaves out
    # "visit to <country>" beside a city that other sets count, and counts "Mamallapuram in Tamil Nadu" as one.
    HoldoutSet(
        "holdout_round16.jsonl",
        12,
        frozenset(f"r16-{k:02d}" for k in (1, 3, 4, 5, 6, 8, 9, 10)),
        0.86,
        max_words=None,
    ),
]
SETS += [
    # stop 9's blind sets, each scored as written first (first look; then the same set on the code of the
    # stop's start). Dev style with regions beyond the usual (first look 0.760; 0.720): signings, "embraced",
    # a six-leader list "joined Xi in signing", day-first datelines. Known misses: a generic "hosted" in a
    # later sentence with a date of its own merges into the pair's first event; "knelt and kissed the feet
    # of"; "signed by A, secretary of ..., B and China's top diplomat, C"; a visit's length in "arrived on
    # Sunday for a two-day official visit"; "the Nigerien capital, Niamey" after a summit aside.
    HoldoutSet(
        "holdout_round17.jsonl",
        12,
        frozenset(f"r17-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
        0.8,
        max_words=None,
    ),
    # structure (first look 0.746; 0.739): passives, fronted clauses, "was signed by A and B", "Patriarch
    # Kirill". Known misses: "Accompanied by A, who ..., B said"; an arrival inside a "who" clause (other sets
    # count none); a six-person list spread over "with A and B alongside Trump, while Putin was joined by C".
    HoldoutSet(
        "holdout_round18.jsonl",
        12,
        frozenset(f"r18-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12)),
        0.77,
        max_words=None,
    ),
    # short news items of one to three sentences, mostly untitled names (first look 0.878; 0.860). Known
    # misses: "JD Vance"; "a heated Oval Office meeting" (a site as modifier); "over a dinner in Buenos Aires";
    # "visiting Xi Jinping in Beijing"; "inside St Peter's Basilica"; "Iran and six world powers".
    HoldoutSet(
        "holdout_round19.jsonl",
        30,
        frozenset(f"r19-{k:02d}" for k in (12, 19, 25, 28, 30)),
        0.92,
        max_words=None,
    ),
    # dev style, events new to the sets (first look 0.806; 0.800): "the three-day gathering in Bucharest",
    # "hosted by Queen Elizabeth, 89, at Buckingham Palace", "10 Downing Street", "her trip ends in Shanghai".
    HoldoutSet(
        "holdout_round20.jsonl",
        12,
        frozenset(f"r20-{k:02d}" for k in (1, 2, 4, 6, 7, 8, 10, 11, 12)),
        0.86,
        max_words=None,
    ),
    # short items with varied shapes (first look 0.825; 0.798): untitled subjects before any verb, asides,
    # "A, the Hungarian prime minister, held talks with B". Known misses: "took B for cheeseburgers at <a
    # restaurant> in Arlington, Virginia"; "flew to Berlin to brief B"; a dinner as the event.
    HoldoutSet(
        "holdout_round21.jsonl",
        30,
        frozenset(f"r21-{k:02d}" for k in (1, 3, 15, 16, 17, 20, 21, 25, 27, 28)),
        0.87,
        max_words=None,
    ),
]
SETS += [
    # the stop's last two blind sets, written while its last rules were made and scored as soon as they came
    # in: dev style with new events (first look 0.795, the same as on the stop's starting code) and short items
    # (first look 0.798; 0.769). Known misses: stays, tours and greetings told with pronouns ("a three-day stay
    # that began in Shanghai on Sunday night", "Abe broke with protocol to greet him"), "the guest of King
    # Abdullah", "a hastily arranged meeting" after a list, wives as participants, "Thornton Manor near
    # Liverpool" (a site with a city nearby).
    HoldoutSet(
        "holdout_round22.jsonl",
        12,
        frozenset(f"r22-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 10, 12)),
        0.83,
        max_words=None,
    ),
    # written after nearly every rule of the stop, no rule taken from it (first look 0.716; 0.697 on
    # the stop's starting code). Its annotator lists more than most: arrival dates and "flew in from" places,
    # stays "of about seven hours", pronoun pairs ("Putin hosted him"), a cancelled summit with its people.
    HoldoutSet(
        "holdout_round24.jsonl",
        12,
        frozenset(f"r24-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12)),
        0.7,
        max_words=None,
    ),
    HoldoutSet(
        "holdout_round23.jsonl",
        30,
        frozenset(f"r23-{k:02d}" for k in (1, 3, 4, 5, 7, 12, 14, 15, 17, 22, 23, 25, 28, 29)),
        0.84,
        max_words=None,
    ),
]
# Written blind at the start of the tenth stop (first looks, claim F1 without a lexicon, on that stop's starting
# code): round 25, dev style from Africa, Latin America, Asia and the Pacific, 0.781; round 26, 30 short items,
# 0.868; round 27, shaped like the founding report, 0.842. Many misses are the annotators' canonical names
# from knowledge ("Raúl Castro" for "Raul Castro", "Volodymyr Zelenskyy" for "Zelenskiy").
SETS += [
    HoldoutSet(
        "holdout_round25.jsonl",
        12,
        frozenset(f"r25-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 10, 12)),
        0.81,
        max_words=250,
    ),
    HoldoutSet(
        "holdout_round26.jsonl",
        30,
        frozenset(f"r26-{k:02d}" for k in (2, 5, 10, 14, 15, 19, 21, 22, 24, 27, 28)),
        0.88,
        max_words=None,
    ),
    HoldoutSet(
        "holdout_round27.jsonl",
        12,
        frozenset(f"r27-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
        0.86,
        max_words=None,
    ),
]
# Written blind in the middle of the tenth stop, after most of its rules (first looks on the code of the moment):
# round 28, ordinary wire reports, 0.789 (the same on the stop's starting code: the stop's rules had carried
# nothing to it); round 29, multilateral summits, signings and lists of leaders, 0.587 (0.572 at the stop's start).
# Round 29's annotator also lists one-name participant claims and people implied by context, which dev does not.
SETS += [
    HoldoutSet(
        "holdout_round28.jsonl",
        12,
        frozenset(f"r28-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
        0.79,
        max_words=250,
    ),
    HoldoutSet("holdout_round29.jsonl", 14, frozenset(f"r29-{k:02d}" for k in range(1, 15)), 0.6, max_words=250),
]
# Written blind late in the tenth stop, after nearly all of its rules: round 30, twelve reports in the dev set's
# own house style (seven faithful, five with deliberate errors), first look 0.809 (0.808 on the stop's starting
# code); round 31, thirty news-style sentences with five traps, 0.798 (0.781).
SETS += [
    HoldoutSet(
        "holdout_round30.jsonl", 12, frozenset(f"r30-{k:02d}" for k in (1, 3, 4, 6, 7, 9, 10, 11)), 0.8, max_words=250
    ),
    HoldoutSet(
        "holdout_round31.jsonl",
        30,
        frozenset(f"r31-{k:02d}" for k in (1, 4, 6, 8, 11, 12, 20, 21, 22, 26)),
        0.79,
        max_words=None,
    ),
]
# Written blind at the end of the tenth stop, both in the dev set's house style: round 32 (well-known pairs), first
# look 0.908 (0.889 on the stop's starting code); round 33 (no US, Chinese or Russian leaders), 0.747 (0.728).
SETS += [
    HoldoutSet("holdout_round32.jsonl", 12, frozenset(f"r32-{k:02d}" for k in (1, 5, 6, 7, 9, 12)), 0.9),
    HoldoutSet("holdout_round33.jsonl", 12, frozenset(f"r33-{k:02d}" for k in (1, 2, 3, 7, 9, 10, 11, 12)), 0.75),
]
# Round 34, written blind after nearly all of the stop's rules (dev house style, events 1975-2020): first look
# 0.771, against 0.700 on the stop's starting code.
SETS += [
    HoldoutSet(
        "holdout_round34.jsonl", 12, frozenset(f"r34-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12)), 0.8
    )
]
# Round 35, written blind last (fourteen reports shaped like the founding example: a call, its length, an earlier
# meeting, a planned visit): first look 0.847, against 0.844 on the stop's starting code.
SETS += [
    HoldoutSet(
        "holdout_round35.jsonl",
        14,
        frozenset(f"r35-{k:02d}" for k in (1, 2, 3, 6, 8, 10, 11, 12, 13, 14)),
        0.84,
        max_words=250,
    )
]
# The stop's last blind sets, written after nearly all of its rules: round 36 (dev house style, leaders beyond the
# usual pairs) first looked 0.826 (0.789 on the stop's starting code); round 37 (shaped like the founding report,
# with anaphoric second events) 0.821 (0.799).
SETS += [
    HoldoutSet("holdout_round36.jsonl", 12, frozenset(f"r36-{k:02d}" for k in range(2, 13)), 0.83),
    HoldoutSet(
        "holdout_round37.jsonl",
        12,
        frozenset(f"r37-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11)),
        0.82,
        max_words=250,
    ),
]
# Written blind after every rule of the stop and scored as written, no rule taken from them: round 38 (dev house
# style, leaders beyond the usual pairs) 0.878 (0.851 on the stop's starting code); round 39 (thirty news-style
# sentences with five traps) 0.868 (0.849).
SETS += [
    HoldoutSet("holdout_round38.jsonl", 12, frozenset(f"r38-{k:02d}" for k in (3, 4, 6, 7, 10, 11)), 0.87),
    HoldoutSet(
        "holdout_round39.jsonl",
        30,
        frozenset(f"r39-{k:02d}" for k in (2, 6, 8, 9, 12, 14, 26)),
        0.86,
        max_words=None,
    ),
]
SETS += [
    # Stop 11's blind rounds, each written from the corpus README alone and scored as written first ("first look",
    # claim F1 without a lexicon); rules were then taken from them as general forms with rows of their own.
    # round 40: bilateral meetings, calls and visits in regions other sets rarely use (first look 0.869)
    HoldoutSet(
        "holdout_round40.jsonl",
        15,
        frozenset(f"r40-{k:02d}" for k in (2, 4, 5, 6, 7, 8, 9, 10, 11, 14)),
        0.89,
    ),
    # round 41: 30 items of one or two sentences, 8 traps (first look 0.862)
    HoldoutSet(
        "holdout_round41.jsonl",
        30,
        frozenset(f"r41-{k:02d}" for k in (8, 13, 15, 27, 28, 30)),
        0.89,
        max_words=None,
    ),
    # round 42: shaped like the founding report, second events anchored to the first (first look 0.918)
    HoldoutSet(
        "holdout_round42.jsonl",
        15,
        frozenset(f"r42-{k:02d}" for k in (2, 4, 5, 6, 7, 10, 11)),
        0.9,
    ),
    # round 43: planned and reported events side by side, ministers, multilateral meetings (first look 0.812)
    HoldoutSet(
        "holdout_round43.jsonl",
        15,
        frozenset(f"r43-{k:02d}" for k in (1, 2, 4, 6, 7, 8, 9, 11, 15)),
        0.81,
    ),
    # round 44: Reuters/AP datelines, ministers and royals, Arabic, Korean and Spanish names (first look 0.801)
    HoldoutSet(
        "holdout_round44.jsonl",
        15,
        frozenset(f"r44-{k:02d}" for k in (3, 4, 5, 6, 7, 9, 11, 12, 15)),
        0.8,
    ),
    # round 45: 30 items covering every date and duration form of the issue, 6 traps (first look 0.850)
    HoldoutSet(
        "holdout_round45.jsonl",
        30,
        frozenset(f"r45-{k:02d}" for k in (1, 3, 4, 6, 7, 9, 11, 18, 26, 28)),
        0.85,
        max_words=None,
    ),
    # round 46: summits and multi-party meetings with hosts, sideline talks and next summits (first look 0.700)
    HoldoutSet(
        "holdout_round46.jsonl",
        15,
        frozenset(f"r46-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
        0.68,
    ),
    # round 49: calls as readouts and wire copy tell them, with an earlier meeting and a planned visit (first look
    # 0.888)
    HoldoutSet(
        "holdout_round49.jsonl",
        15,
        frozenset(f"r49-{k:02d}" for k in (1, 2, 4, 5, 8, 9, 11, 13)),
        0.88,
    ),
    # round 50: state visits with itineraries, named palaces and airports, earlier visits (first look 0.758)
    HoldoutSet(
        "holdout_round50.jsonl",
        15,
        frozenset(
            f"r50-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
        ),  # 15: a funeral attended
        0.76,
    ),
    # round 47: the house style of the corpus's articles, 1985-2025 (first look 0.792; rules were taken from it)
    HoldoutSet(
        "holdout_round47.jsonl",
        15,
        frozenset(f"r47-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15)),
        0.83,
    ),
    # round 48: 30 short items a fact-checker pastes in, 5 with no claim (first look 0.843)
    HoldoutSet(
        "holdout_round48.jsonl",
        30,
        frozenset(f"r48-{k:02d}" for k in (2, 9, 17, 18, 19, 21, 23, 24, 26, 27)),
        0.86,
        max_words=None,
    ),
    # rounds 51 and 52 were kept blind to the end of stop 11: no rule was taken from them. Round 51, in the
    # articles' house style, read 0.763 on arrival; round 52, 30 short items, 0.892.
    HoldoutSet(
        "holdout_round51.jsonl",
        15,
        frozenset(f"r51-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15)),
        0.75,
    ),
    HoldoutSet(
        "holdout_round52.jsonl",
        30,
        frozenset(f"r52-{k:02d}" for k in (1, 5, 9, 10, 12, 19, 22, 26)),
        0.88,
        max_words=None,
    ),
]
# rounds 53-58 (stop 12), one theme each: 2023-25 calls and visits (first look 0.824), Africa and the Middle East
# (0.716), Asia-Pacific (0.846; kept blind: no rule taken from it), Europe and Ukraine (0.800), the Americas
# (0.817), and 30 short items stressing every date, duration and venue form (0.979). Rounds 59 (the articles'
# house style, 0.863 on arrival) and 60 (30 news-style sentences, 0.818) were kept blind as well.
_ALL = range(1, 16)
SETS += [
    HoldoutSet(
        "holdout_round53.jsonl",
        15,
        frozenset(f"r53-{k:02d}" for k in (1, 2, 5, 6, 7, 8, 9, 11, 14, 15)),
        0.84,
        max_words=300,
    ),
    HoldoutSet("holdout_round54.jsonl", 15, frozenset(f"r54-{k:02d}" for k in _ALL), 0.75, max_words=300),
    HoldoutSet(
        "holdout_round55.jsonl",
        15,
        frozenset(f"r55-{k:02d}" for k in (2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15)),
        0.83,
        max_words=300,
    ),
    HoldoutSet(
        "holdout_round56.jsonl",
        15,
        frozenset(f"r56-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15)),
        0.84,
        max_words=300,
    ),
    HoldoutSet("holdout_round57.jsonl", 15, frozenset(f"r57-{k:02d}" for k in _ALL), 0.88, max_words=300),
    HoldoutSet("holdout_round58.jsonl", 30, frozenset(), 0.97, max_words=None),
    HoldoutSet(
        "holdout_round59.jsonl",
        15,
        frozenset(f"r59-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 15)),
        0.85,
        max_words=300,
    ),
    HoldoutSet(
        "holdout_round60.jsonl",
        30,
        frozenset(f"r60-{k:02d}" for k in (3, 4, 7, 10, 12, 17, 19, 22, 23, 24, 28, 29)),
        0.81,
        max_words=None,
    ),
    # rounds 61 (ministers and envoys, 0.890 on arrival) and 62 (multi-stop trips, 0.808): rules were taken from both
    HoldoutSet(
        "holdout_round61.jsonl",
        15,
        # r61-15 writes "the Indonesian island of Bali" as the island alone; most sets add its country
        frozenset(f"r61-{k:02d}" for k in (3, 4, 5, 6, 7, 9, 12, 15)),
        0.90,
        max_words=300,
    ),
    HoldoutSet("holdout_round62.jsonl", 15, frozenset(f"r62-{k:02d}" for k in _ALL if k != 12), 0.84, max_words=300),
    # rounds 63 (multilateral summits, 0.836 on arrival) and 64 (30 pasted sentences of varied grammar, 0.809)
    HoldoutSet(
        "holdout_round63.jsonl",
        15,
        frozenset(f"r63-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15)),
        0.83,
        max_words=300,
    ),
    HoldoutSet(
        "holdout_round64.jsonl",
        30,
        frozenset(f"r64-{k:02d}" for k in (1, 2, 12, 24, 28, 30)),
        0.87,
        max_words=None,
    ),
    # Rounds 65-73, written blind by helpers that never read the extractor; rules were taken from all of them.
    # First looks (the session's starting code): 65 dev style, regional leaders 0.710 (its annotator adds
    # diacritics and demonym countries most sets leave out); 66 30 sentences 0.859; 67 founding-report shape
    # 0.881; 68 dev style 0.849; 69 wire copy 0.782; 70 30 sentences 0.839; 71 Europe and the Americas 0.849;
    # 72 Africa and the Middle East 0.774; 73 30 Asia-Pacific sentences 0.890.
    HoldoutSet("holdout_round65.jsonl", 12, frozenset(f"r65-{k:02d}" for k in (2, 3, 4, 5, 7, 8, 10, 11, 12)), 0.75),
    HoldoutSet(
        "holdout_round66.jsonl",
        30,
        frozenset(f"r66-{k:02d}" for k in (6, 14, 18, 21, 22, 23, 25)),
        0.90,
        max_words=None,
    ),
    HoldoutSet("holdout_round67.jsonl", 10, frozenset(f"r67-{k:02d}" for k in (2, 5, 8, 9, 10)), 0.93),
    HoldoutSet("holdout_round68.jsonl", 12, frozenset(f"r68-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 9, 10, 12)), 0.87),
    HoldoutSet(
        "holdout_round69.jsonl", 12, frozenset(f"r69-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 9, 10, 12)), 0.79, 250
    ),
    HoldoutSet(
        "holdout_round70.jsonl",
        30,
        frozenset(f"r70-{k:02d}" for k in (2, 3, 14, 15, 17, 18, 22, 26, 30)),
        0.88,
        max_words=None,
    ),
    HoldoutSet("holdout_round71.jsonl", 12, frozenset(f"r71-{k:02d}" for k in (1, 3, 5, 6, 7, 8, 10, 11, 12)), 0.85),
    HoldoutSet("holdout_round72.jsonl", 12, frozenset(f"r72-{k:02d}" for k in _ALL if k <= 12), 0.79),
    # Rounds 74 (dev house style, a third with deliberate errors) and 75 (30 pasted sentences): written after all of
    # this stop's rules, and no rule taken from them. Start of the stop -> now: 0.866 -> 0.877 and 0.870 -> 0.870.
    HoldoutSet("holdout_round74.jsonl", 14, frozenset(f"r74-{k:02d}" for k in (2, 3, 5, 6, 7, 8, 12, 13)), 0.86),
    HoldoutSet(
        "holdout_round75.jsonl",
        30,
        frozenset(f"r75-{k:02d}" for k in (1, 9, 10, 15, 20, 21, 22, 24, 25, 26, 29, 30)),
        0.86,
        max_words=None,
    ),
    # Rounds 76 (dev house style, famous pairs, first look 0.892), 77 (three or more linked events per report,
    # 0.826) and 78 (wire copy 1989-2009, 0.737): written late in the stop; a few rules were taken from them.
    HoldoutSet(
        "holdout_round76.jsonl", 14, frozenset(f"r76-{k:02d}" for k in (2, 3, 4, 5, 6, 8, 10, 12, 13, 14)), 0.89
    ),
    HoldoutSet(
        "holdout_round77.jsonl", 12, frozenset(f"r77-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12)), 0.83, 250
    ),
    HoldoutSet(
        "holdout_round78.jsonl", 12, frozenset(f"r78-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 8, 10, 11, 12)), 0.77, 250
    ),
    # Rounds 79 (dev style, ministers and envoys, first look 0.761) and 80 (linked events, 0.842): rules were taken
    # from both. Round 81 (a second dev split in the same house style, 0.858): no rule taken from it; it moved
    # to 0.874 only with rules chosen from round 80. r80-10: "The Helsinki meeting capped a trip" restates the venue,
    # which its annotator left out.
    HoldoutSet("holdout_round79.jsonl", 14, frozenset(f"r79-{k:02d}" for k in _ALL if k <= 14), 0.78),
    HoldoutSet("holdout_round80.jsonl", 12, frozenset(f"r80-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 9, 10, 11)), 0.86),
    HoldoutSet("holdout_round81.jsonl", 14, frozenset(f"r81-{k:02d}" for k in (5, 7, 9, 11, 12, 13, 14)), 0.86),
    HoldoutSet(
        "holdout_round73.jsonl",
        30,
        frozenset(f"r73-{k:02d}" for k in (14, 16, 17, 23)),
        0.91,
        max_words=None,
    ),
    # Stop 13's blind sets (helpers who never read services/ or tests/). First looks on the stop's starting code:
    # 0.925, 0.928, 0.890, 0.877 (rounds 82-85), 0.853, 0.914, 0.794, 0.907 (86-89), 0.924, 0.824 (90, 91),
    # 0.881, 0.853, 0.905 (92-94), 0.849, 0.903, 0.846 (95-97). Rules were taken from most; none from 87 or 96,
    # and rounds 95-97 arrived last (on the stop's final code before their own rules: 0.849, 0.903, 0.859).
    HoldoutSet("holdout_round82.jsonl", 14, frozenset(f"r82-{k:02d}" for k in (2, 6, 7, 9, 10, 12, 13)), 0.93),
    HoldoutSet("holdout_round83.jsonl", 30, frozenset(f"r83-{k:02d}" for k in (12, 13, 19)), 0.94, max_words=None),
    HoldoutSet(
        "holdout_round84.jsonl", 12, frozenset(f"r84-{k:02d}" for k in (3, 4, 5, 7, 8, 9, 10, 11, 12)), 0.91, 250
    ),
    HoldoutSet("holdout_round85.jsonl", 14, frozenset(f"r85-{k:02d}" for k in (4, 5, 9, 10, 11, 12, 13)), 0.89),
    HoldoutSet("holdout_round86.jsonl", 14, frozenset(f"r86-{k:02d}" for k in (1, 3, 4, 6, 7, 9, 12, 14)), 0.89, 250),
    HoldoutSet("holdout_round87.jsonl", 14, frozenset(f"r87-{k:02d}" for k in (2, 5, 8, 9, 11, 12)), 0.9),
    HoldoutSet(
        "holdout_round88.jsonl",
        30,
        frozenset(f"r88-{k:02d}" for k in (4, 9, 14, 19, 25, 26, 29, 30)),
        0.88,
        max_words=None,
    ),
    HoldoutSet("holdout_round89.jsonl", 14, frozenset(f"r89-{k:02d}" for k in (2, 5, 8, 9, 12, 13, 14)), 0.9),
    # (r90-21: "the two men could meet again, possibly in Havana" is no claim to its annotator; see round 11)
    HoldoutSet(
        "holdout_round90.jsonl",
        30,
        frozenset(f"r90-{k:02d}" for k in (1, 2, 5, 7, 9, 11, 18, 21, 22, 23, 25)),
        0.92,
        max_words=None,
    ),
    HoldoutSet(
        "holdout_round91.jsonl", 12, frozenset(f"r91-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 11, 12)), 0.86, 250
    ),
    HoldoutSet("holdout_round92.jsonl", 14, frozenset(f"r92-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 10, 13)), 0.87),
    HoldoutSet(
        "holdout_round93.jsonl",
        30,
        frozenset(f"r93-{k:02d}" for k in (7, 12, 14, 19, 24, 27, 29)),
        0.87,
        max_words=None,
    ),
    HoldoutSet("holdout_round94.jsonl", 14, frozenset(f"r94-{k:02d}" for k in (4, 5, 8, 9, 10, 12, 13, 14)), 0.92),
    HoldoutSet("holdout_round95.jsonl", 14, frozenset(f"r95-{k:02d}" for k in (1, 4, 5, 6, 7, 8, 10, 13, 14)), 0.86),
    HoldoutSet(
        "holdout_round96.jsonl",
        30,
        frozenset(f"r96-{k:02d}" for k in (8, 9, 15, 16, 18, 20, 22, 23)),
        0.89,
        max_words=None,
    ),
    HoldoutSet(
        "holdout_round97.jsonl", 14, frozenset(f"r97-{k:02d}" for k in (3, 4, 5, 6, 7, 8, 9, 10, 13, 14)), 0.86
    ),  # written blind (stop 14), house style, two or three events per report, 1950-2026 (first look 0.918)
    # (r98-15 is known to miss since "session" became a trigger: "Sunday's final session ... lasted about an hour"
    # now dates that sitting too; the annotator dates only the summit)
    HoldoutSet("holdout_round98.jsonl", 20, frozenset(f"r98-{k:02d}" for k in (1, 2, 7, 9, 11, 13, 15, 17)), 0.93),
    # written blind, 30 pasted sentences: transcripts, readouts, date and duration forms (first look 0.883)
    HoldoutSet(
        "holdout_round99.jsonl", 30, frozenset(f"r99-{k:02d}" for k in (6, 10, 15, 17, 18)), 0.94, max_words=None
    ),
    # written blind, wire copy of multi-stop trips with pronouns and anaphoric dates (first look 0.758)
    HoldoutSet(
        "holdout_round100.jsonl",
        20,
        frozenset(f"r100-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.77,
    ),
    # written blind, official readouts: honorifics, sidelines meetings, follow-ups (first look 0.861)
    HoldoutSet(
        "holdout_round101.jsonl",
        20,
        frozenset(f"r101-{k:02d}" for k in (4, 5, 7, 9, 13, 15, 16, 17, 18, 20)),
        0.88,
    ),
    # written blind, history retrospectives and anniversary pieces, 1945-2010 (first look 0.645)
    HoldoutSet(
        "holdout_round102.jsonl",
        30,
        frozenset(
            f"r102-{k:02d}"
            for k in (1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 19, 20, 21, 22, 25, 27, 28, 29, 30)
        ),
        0.69,
        max_words=None,
        unverifiable_only=False,
    ),
    # written blind, house style, 2015-2026 diplomacy of the South; no rule taken from it (first look 0.938)
    HoldoutSet(
        "holdout_round103.jsonl",
        20,
        frozenset(f"r103-{k:02d}" for k in (3, 6, 7, 8, 10, 14, 15, 16, 17, 18)),
        0.92,
    ),
    # written blind, live-blog entries and news alerts (first look 0.753)
    HoldoutSet(
        "holdout_round104.jsonl",
        30,
        frozenset(f"r104-{k:02d}" for k in (9, 10, 15, 16, 17, 19, 20, 24, 27)),
        0.86,
        max_words=None,
        unverifiable_only=False,
    ),
    # written blind, European and Middle Eastern wire copy; no rule taken from it (first look 0.748)
    HoldoutSet(
        "holdout_round105.jsonl",
        20,
        frozenset(f"r105-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20)),
        0.73,
    ),
    # written blind, house style, one relationship over time; no rule taken from it (first look 0.898)
    HoldoutSet(
        "holdout_round106.jsonl",
        20,
        frozenset(f"r106-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 17, 19, 20)),
        0.88,
    ),
    # written blind, 30 sentences naming people in varied ways (first look 0.886). r107-13: "The 70-year-old emperor and
    # Nixon spoke for about 30 minutes" is read as an event of its own, so the pair is claimed twice.
    HoldoutSet(
        "holdout_round107.jsonl",
        30,
        frozenset(f"r107-{k:02d}" for k in (6, 9, 13, 14, 17, 22, 25)),
        0.90,
        max_words=None,
    ),
    # written blind, wire copy of multi-leader summits and their sidelines (first look 0.894)
    HoldoutSet(
        "holdout_round108.jsonl",
        20,
        frozenset(f"r108-{k:02d}" for k in (3, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.89,
    ),
    # written blind, 30 pasted claims in many date forms (first look 0.863)
    HoldoutSet(
        "holdout_round109.jsonl",
        30,
        frozenset(f"r109-{k:02d}" for k in (4, 16, 17, 29)),
        0.92,
        max_words=None,
        unverifiable_only=False,
    ),
    # written blind, house style, leaders' travel with several cities (first look 0.809)
    HoldoutSet(
        "holdout_round110.jsonl",
        20,
        frozenset(f"r110-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 20)),
        0.81,
        unverifiable_only=False,
    ),
    # written blind, house style, calls and what followed; no rule taken from it (first look 0.939)
    HoldoutSet(
        "holdout_round111.jsonl",
        20,
        frozenset(f"r111-{k:02d}" for k in (4, 5, 6, 12, 14, 18, 19, 20)),
        0.92,
        unverifiable_only=False,
    ),
    # written blind, 30 sentences: royals, popes and chiefs with leaders, honorifics (first look 0.810). r112-12: "Mr
    # Macron and the King ... had last hosted each other in September 2023" names the pair of that earlier visit; the
    # annotator left it out.
    HoldoutSet(
        "holdout_round112.jsonl",
        30,
        frozenset(f"r112-{k:02d}" for k in (2, 6, 8, 11, 12, 15, 18, 23, 27, 28)),
        0.86,
        max_words=None,
    ),
    # written blind, wire copy of peace, trade and nuclear negotiations (first look 0.850)
    HoldoutSet(
        "holdout_round113.jsonl",
        20,
        frozenset(f"r113-{k:02d}" for k in (1, 3, 5, 6, 7, 8, 10, 11, 13, 15, 16, 17, 18, 20)),
        0.84,
    ),
    # written blind, house style, widest mix of regions and decades (first look 0.804; rules taken after it)
    HoldoutSet(
        "holdout_round114.jsonl",
        20,
        frozenset(f"r114-{k:02d}" for k in (1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20)),  # 10: a session
        0.80,
        unverifiable_only=False,
    ),
    # written blind, 30 sentences in world English outlets' styles; no rule taken from it (first look 0.882)
    HoldoutSet(
        "holdout_round115.jsonl",
        30,
        frozenset(f"r115-{k:02d}" for k in (1, 4, 5, 7, 9, 10, 13, 14, 15, 17, 18, 23, 24, 27)),
        0.87,
        max_words=None,
        unverifiable_only=False,
    ),
    # written blind, wire copy of one day of diplomacy, 2022-2026 (first look 0.812; rules taken after it)
    HoldoutSet(
        "holdout_round116.jsonl",
        20,
        frozenset(f"r116-{k:02d}" for k in (1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18)),
        0.82,
    ),
    # written blind, house style, mixed events 1980-2026; no rule taken from it (first look 0.859)
    HoldoutSet(
        "holdout_round117.jsonl",
        20,
        frozenset(f"r117-{k:02d}" for k in (1, 3, 4, 6, 8, 11, 13, 14, 17, 18, 19, 20)),
        0.84,
    ),
    # written blind, wire copy with quotes and figures; no rule taken from it (first look 0.901)
    HoldoutSet(
        "holdout_round118.jsonl",
        20,
        frozenset(f"r118-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 17, 19)),
        0.89,
    ),
    # written blind, 30 sentences, five with no claim; no rule taken from it (first look 0.954)
    HoldoutSet(
        "holdout_round119.jsonl",
        30,
        frozenset(f"r119-{k:02d}" for k in (4, 24, 25, 26, 28)),
        0.94,
        max_words=None,
        unverifiable_only=False,
    ),
    # written blind, house style, 2024-2026 diplomacy, two or three events each (first look 0.815)
    HoldoutSet(
        "holdout_round120.jsonl",
        20,
        frozenset(f"r120-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 13, 15, 16, 17, 18, 19)),
        0.81,
    ),
    # written blind, 30 press-release and ministry readouts (first look 0.761)
    HoldoutSet(
        "holdout_round121.jsonl",
        30,
        frozenset(f"r121-{k:02d}" for k in (1, 2, 5, 6, 7, 8, 9, 11, 13, 14, 16, 17, 18, 19, 20, 21, 24, 27, 30)),
        0.75,
        max_words=None,
    ),
    # written blind, Cold War and post-colonial wire copy, 1950-2000 (first look 0.745). r122-20: "The Emperor, 71, who
    # has ruled his country since 1930, held an hour of talks with Mr. Kennedy" names the pair of the talks, which its
    # annotator leaves out.
    HoldoutSet(
        "holdout_round122.jsonl",
        20,
        frozenset(f"r122-{k:02d}" for k in (2, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.79,
        unverifiable_only=False,
    ),
    # written blind, house style, typical reports of a meeting or call; no rule taken from it (first look 0.884)
    HoldoutSet(
        "holdout_round123.jsonl",
        20,
        frozenset(f"r123-{k:02d}" for k in (1, 2, 3, 5, 9, 10, 11, 13, 14, 15, 17, 18, 19, 20)),
        0.87,
    ),
    # written blind, 30 pasted sentences; no rule taken from it (first look 0.948)
    HoldoutSet(
        "holdout_round124.jsonl",
        30,
        frozenset(f"r124-{k:02d}" for k in (1, 3, 13, 15, 16, 20)),
        0.93,
        max_words=None,
        unverifiable_only=False,
    ),
    # written blind, wire copy 2000-2026; no rule taken from it (first look 0.923)
    HoldoutSet(
        "holdout_round125.jsonl", 20, frozenset(f"r125-{k:02d}" for k in (2, 4, 5, 6, 7, 9, 10, 12, 18, 19)), 0.91
    ),
    # written blind, house style, smaller states with bigger powers (first look 0.800)
    HoldoutSet(
        "holdout_round126.jsonl",
        20,
        frozenset(f"r126-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.78,
    ),
    # written blind, 30 sentences of unusual news phrasing ("huddled with", "rang") (first look 0.821)
    HoldoutSet(
        "holdout_round127.jsonl",
        30,
        frozenset(f"r127-{k:02d}" for k in (1, 2, 6, 7, 10, 13, 15, 20, 25)),
        0.91,
        max_words=None,
        unverifiable_only=False,
    ),
    # written blind, wire copy of tours told out of order (first look 0.818)
    HoldoutSet(
        "holdout_round128.jsonl",
        20,
        frozenset(f"r128-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 18, 19, 20)),
        0.82,
    ),
    # written blind, house style, smaller states with big powers, 2016-2026 (first look 0.879; held out: no rule taken
    # from it; now 0.879)
    HoldoutSet(
        "holdout_round129.jsonl",
        20,
        frozenset(f"r129-{k:02d}" for k in (1, 4, 5, 6, 7, 8, 10, 13, 14, 16, 17)),
        0.86,
    ),
    # written blind, 30 readout sentences in official English (first look 0.916; now 0.971)
    HoldoutSet(
        "holdout_round130.jsonl",
        30,
        frozenset(f"r130-{k:02d}" for k in (2, 11, 16)),
        0.96,
        max_words=None,
    ),
    # written blind, wire copy of summits and their sidelines (first look 0.840; now 0.842)
    HoldoutSet(
        "holdout_round131.jsonl",
        20,
        frozenset(f"r131-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.83,
    ),
    # written blind, house style with the README's anaphora (first look 0.890; held out; now 0.890)
    HoldoutSet(
        "holdout_round132.jsonl",
        20,
        frozenset(f"r132-{k:02d}" for k in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.87,
    ),
    # written blind, regional press and government releases, styles of address (first look 0.764; now 0.831)
    HoldoutSet(
        "holdout_round133.jsonl",
        20,
        frozenset(f"r133-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 11, 13, 14, 15, 16, 17, 18, 19)),
        0.82,
    ),
    # written blind, anniversary pieces on 1955-2015 summits (first look 0.783; now 0.795)
    HoldoutSet(
        "holdout_round134.jsonl",
        20,
        frozenset(f"r134-{k:02d}" for k in (1, 2, 3, 4, 5, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.78,
    ),
    # written blind, house style, ministers, envoys and royals, 2000-2026 (first look 0.889; held out; now 0.889)
    HoldoutSet(
        "holdout_round135.jsonl",
        20,
        frozenset(f"r135-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 9, 13, 15, 17, 18, 20)),  # 9: since "session" triggers
        0.87,
    ),
    # written blind, 30 pasted sentences stressing relative dates and lengths (first look 0.904; now 0.934)
    HoldoutSet(
        "holdout_round136.jsonl",
        30,
        frozenset(f"r136-{k:02d}" for k in (7, 10, 11, 13, 15, 16, 20, 22, 25, 26, 27, 30)),
        0.92,
        max_words=None,
    ),
    # written blind, long round-ups of a diplomatic week (first look 0.882; now 0.889)
    HoldoutSet(
        "holdout_round137.jsonl",
        15,
        frozenset(f"r137-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)),
        0.87,
        max_words=None,
    ),
    # written blind, house style, calls and video calls (first look 0.950; held out until stop 17, when the
    # "roughly hour-long" rule was taken from it; now 0.958)
    HoldoutSet(
        "holdout_round138.jsonl",
        20,
        frozenset(f"r138-{k:02d}" for k in (5, 16, 19)),
        0.94,
    ),
    # written blind, state-visit wire copy, every site a visit took in (first look 0.811; now 0.822)
    HoldoutSet(
        "holdout_round139.jsonl",
        20,
        frozenset(f"r139-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind, 30 sentences naming participants in varied ways (first look 0.908; now 0.929)
    HoldoutSet(
        "holdout_round140.jsonl",
        30,
        frozenset(f"r140-{k:02d}" for k in (7, 9, 22, 26, 27)),
        0.91,
        max_words=None,
    ),
    # written blind, house style, widest mix 1995-2026 (first look 0.914; held out; now 0.914)
    HoldoutSet(
        "holdout_round141.jsonl",
        20,
        frozenset(f"r141-{k:02d}" for k in (1, 5, 6, 8, 9, 10, 12, 13, 17, 18, 19)),
        0.9,
    ),
    # written blind, non-US agency copy (Kyodo, WAM, Xinhua datelines) (first look 0.892; now 0.912)
    HoldoutSet(
        "holdout_round142.jsonl",
        20,
        frozenset(
            f"r142-{k:02d}" for k in (3, 4, 5, 6, 9, 10, 11, 13, 14, 15, 17, 18, 20)
        ),  # 6: a swearing-in attended
        0.9,
    ),
    # written blind, cancelled, denied and hedged events; its annotator was told events that did not happen give no
    # claim (first look 0.857; held out; now 0.857)
    HoldoutSet(
        "holdout_round143.jsonl",
        30,
        frozenset(f"r143-{k:02d}" for k in (3, 4, 6, 7, 8, 14, 15, 18, 20, 23, 24, 25, 26, 28, 30)),
        0.84,
        max_words=None,
    ),
    # written blind, house style built like the founding example, 2010-2026 (first look 0.960; held out; now 0.960)
    HoldoutSet(
        "holdout_round144.jsonl",
        20,
        frozenset(f"r144-{k:02d}" for k in (2, 7, 8, 9, 10, 12, 13, 19)),
        0.95,
    ),
    # written blind, heads of international organisations and business chiefs with leaders (first look 0.956; now 0.970)
    HoldoutSet(
        "holdout_round145.jsonl",
        20,
        frozenset(f"r145-{k:02d}" for k in (2, 4, 9, 13, 16, 20)),
        0.95,
    ),
    # written blind, 30 sentences stressing date forms and the README's resolution rules (first look 0.968; now 0.982)
    HoldoutSet(
        "holdout_round146.jsonl",
        30,
        frozenset(f"r146-{k:02d}" for k in (21, 27)),
        0.97,
        max_words=None,
    ),
    # written blind, house style, Ukraine, Middle East and trade diplomacy 2019-2026 (first look 0.894; held out; now
    # 0.894)
    HoldoutSet(
        "holdout_round147.jsonl",
        20,
        frozenset(f"r147-{k:02d}" for k in (1, 3, 4, 6, 7, 8, 10, 11, 13, 14, 15, 16, 18, 19, 20)),
        0.88,
    ),
    # written blind, 30 East and Southeast Asian briefs, names in local order (first look 0.885; now 0.893)
    HoldoutSet(
        "holdout_round148.jsonl",
        30,
        frozenset(f"r148-{k:02d}" for k in (1, 2, 6, 9, 11, 17, 22, 24, 26, 29, 30)),
        0.88,
        max_words=None,
    ),
    # written blind, Latin American and Iberian agency copy (first look 0.834; now 0.838)
    HoldoutSet(
        "holdout_round149.jsonl",
        20,
        frozenset(f"r149-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 9, 11, 12, 13, 14, 15, 16, 20)),
        0.82,
    ),
    # written blind, house style written as news of 1990-2015 (first look 0.859; held out; now 0.859)
    HoldoutSet(
        "holdout_round150.jsonl",
        20,
        frozenset(f"r150-{k:02d}" for k in (1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20)),
        0.84,
    ),
    # written blind, transcripts, live blogs, posts and newsletters (first look 0.855; now 0.869)
    HoldoutSet(
        "holdout_round151.jsonl",
        20,
        frozenset(f"r151-{k:02d}" for k in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19)),
        0.85,
    ),
    # written blind, Middle East, Gulf and Iran wire copy 1993-2026 (first look 0.810; now 0.812)
    HoldoutSet(
        "holdout_round152.jsonl",
        20,
        frozenset(f"r152-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 17, 18, 19, 20)),
        0.8,
    ),
    # written blind, house style, Africa, South Asia and Oceania (first look 0.881; held out; now 0.881)
    HoldoutSet(
        "holdout_round153.jsonl",
        20,
        frozenset(f"r153-{k:02d}" for k in (1, 2, 4, 5, 8, 9, 10, 11, 12, 13, 16, 17, 18)),
        0.87,
    ),
    # written blind, European agency copy with diacritics (first look 0.940; now 0.946)
    HoldoutSet(
        "holdout_round154.jsonl",
        20,
        frozenset(f"r154-{k:02d}" for k in (1, 2, 3, 5, 6, 10, 13, 14, 16, 19)),
        0.93,
    ),
    # written blind, 30 long sentences of complex syntax (first look 0.870; now 0.878). r155-12: "was greeted at
    # Sunan airport by B" gives the airport as the greeting's site; its annotator left the greeting's site out (the
    # other sets name "Sunan airport", "Orly airport" and "Ben Gurion airport" as sites ten times)
    HoldoutSet(
        "holdout_round155.jsonl",
        30,
        frozenset(f"r155-{k:02d}" for k in (2, 3, 6, 10, 11, 12, 14, 15, 16, 17, 18, 22, 24, 26, 28, 29)),
        0.86,
        max_words=None,
    ),
    # written blind, house style, every date form of the README (first look 0.904; held out; now 0.902). r156-17:
    # "Trump told reporters that he and Putin would probably first meet in Saudi Arabia" names the pair of a planned
    # meeting, which its annotator leaves out (r155's annotator names such a pair).
    HoldoutSet(
        "holdout_round156.jsonl",
        20,
        frozenset(f"r156-{k:02d}" for k in (1, 3, 4, 5, 7, 8, 10, 11, 13, 15, 17, 19, 20)),
        0.89,
    ),
    # written blind, 1970s-80s wire copy as news of the day (first look 0.758; now 0.775)
    HoldoutSet(
        "holdout_round157.jsonl",
        20,
        frozenset(f"r157-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.76,
    ),
    # written blind, 30 pasted sentences, wide mix (first look 0.929; now 0.938)
    HoldoutSet(
        "holdout_round158.jsonl",
        30,
        frozenset(f"r158-{k:02d}" for k in (7, 17, 18, 21, 24, 26, 28)),
        0.92,
        max_words=None,
    ),
    # written blind, house style, 2012-2026 (first look 0.906; held out; now 0.906)
    HoldoutSet(
        "holdout_round159.jsonl",
        20,
        frozenset(f"r159-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 13, 15, 16, 17, 19)),
        0.89,
    ),
    # written blind, house style with each pair's previous and next encounter, 1985-2026 (first look 0.846; held out
    # until stop 17, when "met his Soviet counterpart B for two hours" was taken from it; now 0.855)
    HoldoutSet(
        "holdout_round160.jsonl",
        20,
        frozenset(f"r160-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.83,
    ),
    # written blind, official readouts (White House, Kremlin, MOFA Japan, Chinese MFA) (first look 0.880; now 0.895)
    HoldoutSet(
        "holdout_round161.jsonl",
        20,
        # r161-12: "addressed a joint press conference with President Ruto" restates the pair, unlisted there
        frozenset(f"r161-{k:02d}" for k in (3, 7, 8, 10, 11, 12, 13, 14, 15, 16, 19)),
        0.88,
    ),
    # written blind, house style, smaller states, regional bodies, ministers and royals, 1995-2026 (first look 0.898;
    # held out; now 0.898)
    HoldoutSet(
        "holdout_round162.jsonl",
        20,
        frozenset(f"r162-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 11, 13, 14, 16, 18, 19, 20)),
        0.88,
    ),
    # written blind, house style built like the founding example, 2015-2026 (first look 0.970; held out; now 0.970)
    HoldoutSet(
        "holdout_round163.jsonl",
        20,
        frozenset(f"r163-{k:02d}" for k in (1, 5, 6, 10, 11, 15, 16)),
        0.96,
    ),
    # written blind, 30 sentences on governors, premiers, mayors and envoys with national leaders (first look 0.821; now
    # 0.857)
    HoldoutSet(
        "holdout_round164.jsonl",
        30,
        frozenset(f"r164-{k:02d}" for k in (2, 7, 18, 20, 21, 22, 23, 24, 28)),  # 28: a swearing-in attended
        0.84,
        max_words=None,
    ),
    # written blind, house style, pairs outside the US-China-Russia triangle (first look 0.958; held out; now 0.958)
    HoldoutSet(
        "holdout_round165.jsonl",
        20,
        frozenset(f"r165-{k:02d}" for k in (1, 3, 7, 8, 9, 14, 16, 20)),
        0.94,
    ),
    # written blind, house style built like the founding example, other people (first look 0.982; held out; now 0.982)
    # r166-05 gained a participants claim with the "is due to receive B" rule of stop 22 (held-out sets: +6, 1 false)
    HoldoutSet(
        "holdout_round166.jsonl",
        20,
        frozenset(f"r166-{k:02d}" for k in (5, 7, 8, 9, 10, 12)),
        0.97,
    ),
    # written blind, 30 sentences in outlets' house conventions (first look 0.923; now 0.937)
    HoldoutSet(
        "holdout_round167.jsonl",
        30,
        frozenset(f"r167-{k:02d}" for k in (8, 13, 16, 24)),
        0.92,
        max_words=None,
    ),
    # written blind, house style, 1998-2026 (first look 0.883; held out; now 0.883)
    HoldoutSet(
        "holdout_round168.jsonl",
        20,
        frozenset(f"r168-{k:02d}" for k in (1, 2, 4, 6, 8, 9, 12, 13, 17, 19)),
        0.87,
    ),
    # written blind, 30 sentences stating venues in many forms (first look 0.846; held out; now 0.846)
    HoldoutSet(
        "holdout_round169.jsonl",
        30,
        frozenset(f"r169-{k:02d}" for k in (5, 9, 10, 11, 12, 13, 15, 16, 18, 19, 20, 21, 23, 24, 26, 29, 30)),
        0.83,
        max_words=None,
    ),
    # written blind, wire copy of multi-leader gatherings naming attendees in lists (first look 0.837; now 0.847)
    HoldoutSet(
        "holdout_round170.jsonl",
        20,
        frozenset(f"r170-{k:02d}" for k in (2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.83,
    ),
    # written blind, house style, 2003-2026 (first look 0.922; held out; now 0.922)
    HoldoutSet(
        "holdout_round171.jsonl",
        20,
        frozenset(f"r171-{k:02d}" for k in (2, 5, 6, 7, 8, 11, 15, 16, 17, 18, 19, 20)),
        0.91,
    ),
    # written blind, 30 sentences naming participants in hard ways (first look 0.939; now 0.957)
    HoldoutSet(
        "holdout_round172.jsonl",
        30,
        frozenset(f"r172-{k:02d}" for k in (2, 14, 15, 18, 19, 24)),
        0.94,
        max_words=None,
    ),
    # written blind, 30 sentences of lengths and dates in varied forms (first look 0.940; now 0.949)
    HoldoutSet(
        "holdout_round173.jsonl",
        30,
        frozenset(f"r173-{k:02d}" for k in (4, 8, 12, 15, 21, 27)),
        0.93,
        max_words=None,
    ),
    # written blind, house style, 2008-2026 worldwide (first look 0.920; held out; now 0.925)
    HoldoutSet(
        "holdout_round174.jsonl",
        20,
        frozenset(f"r174-{k:02d}" for k in (2, 6, 7, 8, 9, 12, 13, 14, 17, 18, 20)),
        0.91,
    ),
    # written blind, house style, mid-sized and smaller states 1995-2026 (first look 0.946; held out; now 0.950)
    HoldoutSet(
        "holdout_round175.jsonl",
        20,
        frozenset(f"r175-{k:02d}" for k in (2, 3, 9, 17, 19, 20)),
        0.93,
    ),
    # written blind, 30 sentences from world English outlets, four with no claim (first look 0.946; held out; now 0.957)
    HoldoutSet(
        "holdout_round176.jsonl",
        30,
        frozenset(f"r176-{k:02d}" for k in (4, 8, 19, 23)),
        0.94,
        max_words=None,
    ),
    # written blind, wire copy 1975-2026 with background paragraphs (first look 0.921; now 0.948)
    HoldoutSet(
        "holdout_round177.jsonl",
        20,
        frozenset(f"r177-{k:02d}" for k in (1, 2, 3, 5, 6, 8, 9, 13)),
        0.93,
    ),
    # written blind, 30 sentences of relative and anaphoric dates (first look 0.993; now 0.997)
    HoldoutSet(
        "holdout_round178.jsonl",
        30,
        frozenset(f"r178-{k:02d}" for k in ()),
        0.98,
        max_words=None,
    ),
    # written blind, official readouts and press statements (first look 0.861; now 0.954)
    HoldoutSet(
        "holdout_round179.jsonl",
        20,
        frozenset(f"r179-{k:02d}" for k in (2, 5, 7, 12, 13, 14)),
        0.94,
    ),
    # written blind, house style, European and American leaders 1990-2026 (first look 0.919; held out; now 0.919)
    HoldoutSet(
        "holdout_round180.jsonl",
        20,
        frozenset(f"r180-{k:02d}" for k in (1, 2, 4, 6, 7, 12, 15, 16, 17, 20)),
        0.9,
    ),
    # written blind, 30 sentences from transcripts, captions and posts (first look 0.811; held out; now 0.811)
    HoldoutSet(
        "holdout_round181.jsonl",
        30,
        frozenset(f"r181-{k:02d}" for k in (1, 3, 4, 5, 6, 8, 13, 15, 18, 19, 20, 21, 22, 24, 26, 30)),
        0.8,
        max_words=None,
    ),
    # written blind, house style, calls and video calls (first look 0.960; held out; now 0.960)
    HoldoutSet(
        "holdout_round182.jsonl",
        20,
        frozenset(f"r182-{k:02d}" for k in (3, 5, 8, 9, 10, 14, 18)),
        0.94,
    ),
    # written blind, Asia-Pacific agency wire copy (first look 0.890; now 0.930)
    HoldoutSet(
        "holdout_round183.jsonl",
        20,
        frozenset(f"r183-{k:02d}" for k in (3, 5, 6, 7, 9, 10, 13, 16, 17)),
        0.92,
    ),
    # written blind, 30 sentences stating venues in many forms (first look 0.892; now 0.924)
    HoldoutSet(
        "holdout_round184.jsonl",
        30,
        frozenset(f"r184-{k:02d}" for k in (9, 12, 16, 17, 21, 30)),
        0.91,
        max_words=None,
    ),
    # written blind, retrospectives 1945-2025 (first look 0.885; now 0.920)
    HoldoutSet(
        "holdout_round185.jsonl",
        20,
        frozenset(f"r185-{k:02d}" for k in (1, 3, 4, 5, 8, 11, 13, 15, 16, 17, 18)),
        0.9,
    ),
    # written blind, house style, 2012-2026 wide mix (first look 0.953; held out; now 0.953)
    HoldoutSet(
        "holdout_round186.jsonl",
        20,
        frozenset(f"r186-{k:02d}" for k in (5, 7, 8, 10, 13)),
        0.94,
    ),
    # written blind, 30 pasted sentences, 1970-2026 (first look 0.882; held out; now 0.882)
    HoldoutSet(
        "holdout_round187.jsonl",
        30,
        frozenset(f"r187-{k:02d}" for k in (4, 5, 9, 14, 15, 17, 20, 25, 26, 27)),
        0.87,
        max_words=None,
    ),
    # written blind, Middle East, African and European wire copy (first look 0.877; now 0.877)
    HoldoutSet(
        "holdout_round188.jsonl",
        20,
        frozenset(f"r188-{k:02d}" for k in (1, 2, 5, 7, 8, 13, 14, 15, 16, 17, 19, 20)),
        0.86,
    ),
    # written blind, house style, lengths and venues of state visits (first look 0.948; now 0.948). Known miss since
    # stop 21: r189-15 restates the trip's place ("Biden had flown to Jeddah directly from Israel"), which the
    # annotator gave once.
    HoldoutSet(
        "holdout_round189.jsonl",
        20,
        frozenset(f"r189-{k:02d}" for k in (1, 2, 6, 7, 9, 12, 15, 16, 18, 19, 20)),
        0.93,
    ),
    # written blind, house style, 2024-2026 worldwide, two or three events each (first look 0.951; now 0.965)
    HoldoutSet(
        "holdout_round190.jsonl",
        20,
        frozenset(f"r190-{k:02d}" for k in (1, 2, 11, 18, 20)),
        0.94,
    ),
    # written blind, 30 news sentences from world outlets, four with no claim (held out: no rule taken from it; first
    # look 0.954; now 0.954; a rule from r209 lowered it to 0.949 and a guard written from that diff restored it)
    HoldoutSet(
        "holdout_round191.jsonl",
        30,
        frozenset(f"r191-{k:02d}" for k in (6, 20, 24, 26, 28, 30)),
        0.93,
        max_words=None,
    ),
    # written blind, datelined wire copy 1990-2020, multi-stop tours (held out: no rule taken from it; first look
    # 0.946; now 0.953)
    HoldoutSet(
        "holdout_round192.jsonl",
        20,
        frozenset(f"r192-{k:02d}" for k in (7, 8, 11, 16, 18, 19)),  # 16: since a speech is a trip's stop
        0.93,
    ),
    # written blind, official readouts and press releases 2015-2026 (first look 0.854; now 0.899)
    HoldoutSet(
        "holdout_round193.jsonl",
        20,
        frozenset(f"r193-{k:02d}" for k in (5, 7, 8, 10, 12, 15, 16, 19, 20)),
        0.88,
    ),
    # written blind, short wire reports told in relative and anaphoric dates (first look 0.951; now 0.962)
    HoldoutSet(
        "holdout_round194.jsonl",
        25,
        frozenset(f"r194-{k:02d}" for k in (6, 8, 10, 11, 14, 15, 20, 25)),
        0.94,
    ),
    # written blind, analysis paragraphs tracing a relationship, 2018-2026 (held out: no rule taken from it; first
    # look 0.932; now 0.932)
    HoldoutSet(
        "holdout_round195.jsonl",
        20,
        frozenset(f"r195-{k:02d}" for k in (1, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14, 16, 17, 18)),
        0.91,
    ),
    # written blind, house style built like the founding example, other pairs (held out: no rule taken from it; first
    # look 0.967; now 0.967)
    HoldoutSet(
        "holdout_round196.jsonl",
        20,
        frozenset(f"r196-{k:02d}" for k in (3, 9, 12, 14, 18, 19)),  # 18: since "session" triggers
        0.95,
    ),
    # written blind, 30 sentences stating venues in many forms (first look 0.872; now 0.894)
    HoldoutSet(
        "holdout_round197.jsonl",
        30,
        frozenset(f"r197-{k:02d}" for k in (2, 5, 6, 10, 11, 19, 20, 22, 26, 27, 29)),
        0.87,
        max_words=None,
    ),
    # written blind, the styles of regional English-language papers, 2015-2025 (held out: no rule taken from it; first
    # look 0.891; now 0.905)
    HoldoutSet(
        "holdout_round198.jsonl",
        20,
        frozenset(f"r198-{k:02d}" for k in (1, 4, 6, 7, 8, 10, 12, 13, 15, 20)),
        0.88,
    ),
    # written blind, Cold War wire copy 1945-1991 (first look 0.808; now 0.835)
    HoldoutSet(
        "holdout_round199.jsonl",
        20,
        frozenset(f"r199-{k:02d}" for k in (1, 2, 3, 4, 5, 9, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.82,
    ),
    # written blind, live blogs, alerts and timelines 2016-2026 (held out: no rule taken from it; first look 0.933;
    # now 0.944)
    HoldoutSet(
        "holdout_round200.jsonl",
        20,
        frozenset(f"r200-{k:02d}" for k in (6, 14, 16)),
        0.92,
    ),
    # written blind, 30 short texts with lengths in many forms and traps (first look 0.939; now 0.978)
    HoldoutSet(
        "holdout_round201.jsonl",
        30,
        frozenset(f"r201-{k:02d}" for k in (13, 15, 17, 26)),
        0.96,
        max_words=None,
    ),
    # written blind, house style, Asia-Pacific 2023-2026 (held out: no rule taken from it; first look 0.982; now
    # 0.982)
    HoldoutSet(
        "holdout_round202.jsonl",
        20,
        frozenset(f"r202-{k:02d}" for k in (8, 14, 17, 18)),
        0.96,
    ),
    # written blind, 30 texts on trips, tours and stopovers (first look 0.856; now 0.895)
    HoldoutSet(
        "holdout_round203.jsonl",
        30,
        frozenset(f"r203-{k:02d}" for k in (3, 4, 7, 8, 11, 13, 21, 23, 24, 26, 28, 30)),
        0.87,
        max_words=None,
    ),
    # written blind, ceasefire and peace diplomacy wire copy 2000-2026 (held out: no rule taken from it; first look
    # 0.822; now 0.822; a stop-19 rule, "said on Thursday ... after talks" dates the talks, gave r204-13 an extra date
    # and a guard written from that diff, not "after weeks of negotiations", took it back)
    HoldoutSet(
        "holdout_round204.jsonl",
        20,
        frozenset(f"r204-{k:02d}" for k in (1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19)),
        0.80,
    ),
    # written blind, 30 texts with names written in varied ways (first look 0.870; now 0.898)
    HoldoutSet(
        "holdout_round205.jsonl",
        30,
        frozenset(f"r205-{k:02d}" for k in (4, 8, 9, 10, 16, 19, 22, 25, 27, 29, 30)),
        0.88,
        max_words=None,
    ),
    # written blind, European summitry 1990-2024 (held out: no rule taken from it; first look 0.918; now 0.918)
    HoldoutSet(
        "holdout_round206.jsonl",
        20,
        frozenset(f"r206-{k:02d}" for k in (2, 6, 9, 10, 11, 12, 13, 14, 19)),
        0.90,
    ),
    # written blind, reports told in relative dates (the following day, that evening) (first look 0.883; now 0.907)
    HoldoutSet(
        "holdout_round207.jsonl",
        20,
        frozenset(f"r207-{k:02d}" for k in (2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.89,
    ),
    # written blind, house style built like the founding example, Americas and Africa (held out: no rule taken from
    # it; first look 0.947; now 0.951)
    HoldoutSet(
        "holdout_round208.jsonl",
        20,
        frozenset(f"r208-{k:02d}" for k in (3, 7, 8, 11, 13, 16)),
        0.93,
    ),
    # written blind, 30 texts mixing events held and planned (first look 0.971; now 0.986)
    HoldoutSet(
        "holdout_round209.jsonl",
        30,
        frozenset(f"r209-{k:02d}" for k in ()),
        0.97,
        max_words=None,
    ),
    # written blind, 30 posts, briefing transcripts, captions and tickers (held out: no rule taken from it; first look
    # 0.756; now 0.892, from the rules taken from r214 and r215, written in the same kinds)
    HoldoutSet(
        "holdout_round210.jsonl",
        30,
        frozenset(f"r210-{k:02d}" for k in (1, 4, 5, 7, 9, 10, 13, 18, 21, 22, 23, 30)),
        0.87,
        max_words=None,
    ),
    # written blind, features dense with numbers that are no claims (first look 0.914; now 0.924)
    HoldoutSet(
        "holdout_round211.jsonl",
        20,
        frozenset(f"r211-{k:02d}" for k in (3, 4, 5, 10, 12, 13, 14, 16, 18, 19)),
        0.90,
        max_words=250,
    ),
    # written blind, multilateral summits and their sidelines (held out: no rule taken from it; first look 0.954; now
    # 0.954; a rule from r209 lowered it to 0.949 and a guard written from that diff restored it)
    HoldoutSet(
        "holdout_round212.jsonl",
        20,
        frozenset(f"r212-{k:02d}" for k in (1, 3, 4, 6, 12, 15, 16, 18, 20)),
        0.93,
    ),
    # written blind, 1991-2007 wire copy: Middle East, Balkans, Ireland, Korea, Sudan (first look 0.767; now 0.791)
    HoldoutSet(
        "holdout_round213.jsonl",
        20,
        frozenset(f"r213-{k:02d}" for k in (2, 5, 6, 9, 11, 12, 13, 14, 16, 17, 18, 19, 20)),
        0.77,
    ),
    # written blind, 30 posts, readouts, captions, tickers and bullets (first look 0.695; now 0.897)
    HoldoutSet(
        "holdout_round214.jsonl",
        30,
        frozenset(f"r214-{k:02d}" for k in (6, 11, 12, 13, 14, 20, 23, 26, 29, 30)),
        0.88,
        max_words=None,
    ),
    # written blind, 30 captions, tickers, schedules and alerts (first look 0.651; now 0.830)
    HoldoutSet(
        "holdout_round215.jsonl",
        30,
        frozenset(f"r215-{k:02d}" for k in (2, 4, 6, 7, 8, 11, 12, 17, 21, 25, 29)),
        0.81,
        max_words=None,
    ),
    # written blind, 30 snippets: posts, captions, tickers, briefing lines, bullets, alerts (held out: no rule taken
    # from it; first look 0.925; now 0.925)
    HoldoutSet(
        "holdout_round216.jsonl",
        30,
        frozenset(f"r216-{k:02d}" for k in (4, 5, 6, 13, 23, 25, 27, 28, 29, 30)),
        0.90,
        max_words=None,
    ),
    # written blind, readouts of ministries and leaders' offices seldom covered, 2014-2026 (held out: no rule taken
    # from it; first look 0.839; now 0.838)
    HoldoutSet(
        "holdout_round217.jsonl",
        20,
        frozenset(f"r217-{k:02d}" for k in (1, 2, 3, 5, 6, 9, 13, 16, 17, 18)),
        0.82,
    ),
    # written blind, house style, ministers and leaders of mid-sized states, 2019-2026 (first look 0.972; now 0.986)
    HoldoutSet(
        "holdout_round218.jsonl",
        20,
        frozenset(f"r218-{k:02d}" for k in (2, 7)),
        0.97,
    ),
    # written blind, 30 snippets: posts, captions, tickers, schedules, bullets (first look 0.708; now 0.724)
    HoldoutSet(
        "holdout_round219.jsonl",
        30,
        frozenset(f"r219-{k:02d}" for k in (2, 3, 4, 5, 7, 8, 10, 11, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30)),
        0.70,
        max_words=None,
    ),
    # written blind, readouts of ministries and leaders' offices of mid-sized and smaller states, 2012-2026 (first
    # look 0.790; now 0.835)
    HoldoutSet(
        "holdout_round220.jsonl",
        20,
        frozenset(f"r220-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.82,
    ),
    # written blind, mediation and peace diplomacy wire copy 2001-2025 (first look 0.924; now 0.924)
    HoldoutSet(
        "holdout_round221.jsonl",
        20,
        frozenset(f"r221-{k:02d}" for k in (2, 3, 5, 6, 12, 13, 19, 20)),
        0.90,
    ),
    # Stop 18: rounds 222-261, written blind from the corpus README and the dev reports alone. The even rounds to
    # 260 were held out (no rule taken from them), decided before any was seen; the odd ones were mined.
    # written blind, house style built like the founding example, other pairs 2010-2026 (held out: no rule taken from
    # it; first look 0.904; now 0.904)
    HoldoutSet(
        "holdout_round222.jsonl",
        20,
        frozenset(f"r222-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.89,
    ),
    # written blind, house style, Latin America and the Caribbean 1995-2026 (first look 0.899; now 0.924)
    HoldoutSet(
        "holdout_round223.jsonl",
        20,
        frozenset(f"r223-{k:02d}" for k in (1, 3, 6, 8, 10, 12, 13, 14, 15, 16, 18, 19)),
        0.91,
    ),
    # written blind, house style written as news of its day, summitry 1970-1999 (held out: no rule taken from it; first
    # look 0.827; now 0.827)
    HoldoutSet(
        "holdout_round224.jsonl",
        20,
        frozenset(f"r224-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 16, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind, house style, the Gulf, the Middle East and Turkey 2005-2026 (first look 0.859; now 0.884)
    HoldoutSet(
        "holdout_round225.jsonl",
        20,
        frozenset(f"r225-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13, 16, 17, 19, 20)),
        0.87,
    ),
    # written blind, house style, calls and video calls 2019-2026 with their lengths (held out: no rule taken from it;
    # first look 0.921; now 0.924)
    HoldoutSet(
        "holdout_round226.jsonl",
        20,
        frozenset(f"r226-{k:02d}" for k in (1, 3, 4, 6, 7, 10, 11, 13, 16, 18, 19)),
        0.91,
    ),
    # written blind, datelined wire copy, Asia-Pacific 2000-2026 (first look 0.865; now 0.881)
    HoldoutSet(
        "holdout_round227.jsonl",
        20,
        frozenset(f"r227-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15, 17, 18, 19, 20)),
        0.87,
    ),
    # written blind, house style, multi-stop trips of European and African leaders 2005-2026 (held out: no rule taken
    # from it; first look 0.850; now 0.873)
    HoldoutSet(
        "holdout_round228.jsonl",
        20,
        frozenset(f"r228-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.86,
    ),
    # written blind, house style dense with numbers that are no claims, 2008-2026 (first look 0.867; now 0.892)
    HoldoutSet(
        "holdout_round229.jsonl",
        20,
        frozenset(f"r229-{k:02d}" for k in (1, 3, 4, 6, 7, 9, 11, 12, 14, 15, 18, 20)),
        0.88,
        max_words=250,
    ),
    # written blind, house style, meetings and calls with their lengths 2000-2026 (held out: no rule taken from it;
    # first look 0.924; now 0.927)
    HoldoutSet(
        "holdout_round230.jsonl",
        20,
        frozenset(f"r230-{k:02d}" for k in (1, 2, 3, 5, 6, 9, 10, 11, 14, 15, 16, 20)),
        0.91,
    ),
    # written blind, house style, European and NATO leaders told with anaphora 2014-2026 (first look 0.751; now 0.770)
    HoldoutSet(
        "holdout_round231.jsonl",
        20,
        frozenset(f"r231-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.76,
    ),
    # written blind, house style built like the founding example, Asia and Oceania 2012-2026 (held out: no rule taken
    # from it; first look 0.853; now 0.858)
    HoldoutSet(
        "holdout_round232.jsonl",
        20,
        frozenset(f"r232-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19)),
        0.84,
    ),
    # written blind, house style, African leaders 2000-2026 (first look 0.787; now 0.808)
    HoldoutSet(
        "holdout_round233.jsonl",
        20,
        frozenset(f"r233-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.79,
    ),
    # written blind, house style, reports with deliberate errors 1985-2025 (held out: no rule taken from it; first look
    # 0.858; now 0.855)
    HoldoutSet(
        "holdout_round234.jsonl",
        20,
        frozenset(f"r234-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.84,
    ),
    # written blind, house style, monarchs, popes and royals; foreign ministers' trips 1990-2026 (first look 0.784; now
    # 0.820)
    HoldoutSet(
        "holdout_round235.jsonl",
        20,
        frozenset(f"r235-{k:02d}" for k in range(1, 21)),  # r235-08: "at the Vatican" as a site, not Vatican City
        0.80,
    ),
    # written blind, house style, US presidents' meetings, calls and trips 1990-2026 (held out: no rule taken from it;
    # first look 0.836; now 0.837)
    HoldoutSet(
        "holdout_round236.jsonl",
        20,
        frozenset(f"r236-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.82,
    ),
    # written blind, house style, South and Central Asia and the Caucasus 2005-2026 (first look 0.831; now 0.848)
    HoldoutSet(
        "holdout_round237.jsonl",
        20,
        frozenset(f"r237-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20)),
        0.83,
    ),
    # written blind, house style, faithful reports of summits and state visits 1985-2026 (held out: no rule taken from
    # it; first look 0.872; now 0.872)
    HoldoutSet(
        "holdout_round238.jsonl",
        20,
        frozenset(f"r238-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20)),
        0.86,
    ),
    # written blind, house style, trips told day by day with chained relative dates 1995-2026 (first look 0.729; now
    # 0.751)
    HoldoutSet(
        "holdout_round239.jsonl",
        20,
        frozenset(f"r239-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.74,
    ),
    # written blind, house style, foreign and defence ministers 2010-2026 (held out: no rule taken from it; first look
    # 0.856; now 0.859)
    HoldoutSet(
        "holdout_round240.jsonl",
        20,
        frozenset(f"r240-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.84,
        max_words=250,
    ),
    # written blind, house style, multilateral summits and their sidelines 1995-2026 (first look 0.813; now 0.831)
    HoldoutSet(
        "holdout_round241.jsonl",
        20,
        frozenset(f"r241-{k:02d}" for k in (2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.82,
    ),
    # written blind, house style built like the founding example, calls 2015-2026 (held out: no rule taken from it;
    # first look 0.892; now 0.901)
    HoldoutSet(
        "holdout_round242.jsonl",
        20,
        frozenset(f"r242-{k:02d}" for k in (1, 2, 5, 6, 7, 8, 10, 11, 12, 13, 15, 17, 19, 20)),
        0.89,
    ),
    # written blind, house style, cancelled, postponed and planned meetings 2000-2026 (first look 0.795; now 0.812)
    HoldoutSet(
        "holdout_round243.jsonl",
        20,
        frozenset(f"r243-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.80,
    ),
    # written blind, house style, European leaders' bilateral visits 1990-2026 (held out: no rule taken from it; first
    # look 0.806; now 0.806)
    HoldoutSet(
        "holdout_round244.jsonl",
        20,
        frozenset(f"r244-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.79,
    ),
    # written blind, house style, China's leaders receiving and visiting 1995-2026 (first look 0.877; now 0.887)
    HoldoutSet(
        "holdout_round245.jsonl",
        20,
        frozenset(f"r245-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 18, 19)),
        0.87,
    ),
    # written blind, house style like the dev set: each event told faithfully and with errors, 1984-2025 (held out: no
    # rule taken from it; first look 0.744; now 0.744)
    HoldoutSet(
        "holdout_round246.jsonl",
        20,
        frozenset(f"r246-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.73,
    ),
    # written blind, house style, visits with many named people, titles and spouses 1990-2025 (first look 0.684; now
    # 0.689)
    HoldoutSet(
        "holdout_round247.jsonl",
        20,
        frozenset(f"r247-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.67,
    ),
    # written blind, house style, Russia, Ukraine and their neighbours 1991-2025 (held out: no rule taken from it;
    # first look 0.774; now 0.774)
    HoldoutSet(
        "holdout_round248.jsonl",
        20,
        frozenset(f"r248-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.76,
    ),
    # written blind, house style, reports opening with a quote or background, 2005-2025 (first look 0.810; now 0.819)
    HoldoutSet(
        "holdout_round249.jsonl",
        20,
        frozenset(f"r249-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14, 15, 17, 19, 20)),
        0.80,
        max_words=250,
    ),
    # written blind, house style, the Americas and the Pacific 2001-2025 (held out: no rule taken from it; first look
    # 0.848; now 0.848)
    HoldoutSet(
        "holdout_round250.jsonl",
        20,
        frozenset(f"r250-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19)),
        0.83,
    ),
    # written blind, house style, every date form of the README mixed in each report, 2010-2025 (first look 0.868; now
    # 0.897)
    HoldoutSet(
        "holdout_round251.jsonl",
        20,
        frozenset(f"r251-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.88,
    ),
    # written blind, house style built like the founding example, other pairs 2004-2025 (held out: no rule taken from
    # it; first look 0.910; now 0.910)
    HoldoutSet(
        "holdout_round252.jsonl",
        20,
        frozenset(f"r252-{k:02d}" for k in (1, 3, 5, 6, 7, 8, 9, 10, 13, 14, 16, 17, 18, 19)),
        0.90,
    ),
    # written blind, house style, venue-heavy reports 1983-2025 (first look 0.780; now 0.788)
    HoldoutSet(
        "holdout_round253.jsonl",
        20,
        frozenset(f"r253-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.77,
    ),
    # written blind, house style like the dev set's faithful reports, 1998-2025 (held out: no rule taken from it; first
    # look 0.842; now 0.842)
    HoldoutSet(
        "holdout_round254.jsonl",
        20,
        frozenset(f"r254-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 15, 16, 17, 18, 19, 20)),
        0.83,
    ),
    # written blind, house style, events with three to six people in varied lists, 1995-2026 (first look 0.766; now
    # 0.783). Known miss since stop 21: r255-18, "figures who had flown to Washington" to join the talks there
    # gives Washington, which the annotator left out.
    HoldoutSet(
        "holdout_round255.jsonl",
        20,
        frozenset(f"r255-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 20)),
        0.77,
    ),
    # written blind, house style built like the founding example, new pairs 1997-2025 (held out: no rule taken from it;
    # first look 0.816; now 0.816)
    HoldoutSet(
        "holdout_round256.jsonl",
        20,
        frozenset(f"r256-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.80,
    ),
    # written blind, house style, venues stated in many forms 1990-2026 (first look 0.818; now 0.825)
    HoldoutSet(
        "holdout_round257.jsonl",
        20,
        frozenset(f"r257-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind, house style, reports with deliberate errors 1991-2025 (held out: no rule taken from it; first look
    # 0.855; now 0.855)
    HoldoutSet(
        "holdout_round258.jsonl",
        20,
        frozenset(f"r258-{k:02d}" for k in (1, 2, 3, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.84,
    ),
    # written blind, house style, durations in many forms 2000-2026 (first look 0.859; now 0.864)
    HoldoutSet(
        "holdout_round259.jsonl",
        20,
        frozenset(f"r259-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19)),
        0.85,
    ),
    # written blind, house style, wide mix of countries and decades 1978-2026 (held out: no rule taken from it; first
    # look 0.828; now 0.828)
    HoldoutSet(
        "holdout_round260.jsonl",
        20,
        frozenset(f"r260-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind, house style, the README's relative dates 2012-2026 (first look 0.852; now 0.863)
    HoldoutSet(
        "holdout_round261.jsonl",
        20,
        frozenset(f"r261-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.85,
    ),
    # Stop 19: rounds 262-277, written blind from the corpus README and the dev reports alone. The even rounds were
    # held out (no rule taken from them), decided before any was seen; the odd ones were mined. First looks on the
    # code of the day each arrived.
    # written blind, house style built like the founding example, other pairs 2012-2026 (held out: no rule taken from
    # it; first look 0.924; now 0.927)
    HoldoutSet(
        "holdout_round262.jsonl",
        20,
        frozenset(f"r262-{k:02d}" for k in (2, 3, 5, 6, 8, 9, 10, 11, 14, 19)),
        0.91,
    ),
    # written blind, datelined wire copy 1978-2012, meetings, summits and multi-stop visits (first look 0.864; now
    # 0.893)
    HoldoutSet(
        "holdout_round263.jsonl",
        20,
        frozenset(f"r263-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.88,
    ),
    # written blind, 30 snippets from world outlets (ledes, briefs, captions), five with no claim, 2005-2026 (held out:
    # no rule taken from it; first look 0.911; now 0.911)
    HoldoutSet(
        "holdout_round264.jsonl",
        30,
        frozenset(f"r264-{k:02d}" for k in (5, 7, 9, 11, 14, 17, 18, 19, 22, 24)),
        0.90,
        max_words=None,
    ),
    # written blind, official readouts and press releases 2014-2026 (first look 0.857; now 0.870)
    HoldoutSet(
        "holdout_round265.jsonl",
        20,
        frozenset(f"r265-{k:02d}" for k in (2, 4, 6, 7, 9, 11, 12, 13, 14, 18, 19, 20)),
        0.85,
    ),
    # written blind, wire reports of two or three events tied by relative dates, Africa, Latin America and Asia
    # 1990-2026 (meant to be held out, but its misses were listed once during stop 19 and "the previous afternoon"
    # was taken from them: held out until stop 19, no longer; first look 0.815; now 0.833)
    HoldoutSet(
        "holdout_round266.jsonl",
        20,
        frozenset(f"r266-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 15, 16, 17, 18, 19)),
        0.81,
    ),
    # written blind, state visits and tours, venues in many forms, Europe and the Middle East 1985-2026 (first look
    # 0.690; now 0.699)
    HoldoutSet(
        "holdout_round267.jsonl",
        20,
        frozenset(f"r267-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.68,
    ),
    # written blind, calls and video calls with durations in many forms 2016-2026 (held out: no rule taken from it;
    # first look 0.915; now 0.915)
    HoldoutSet(
        "holdout_round268.jsonl",
        20,
        frozenset(f"r268-{k:02d}" for k in (1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 16, 17, 18)),
        0.90,
    ),
    # written blind, analysis paragraphs tracing a relationship over several encounters 1970-2026 (first look 0.783; now
    # 0.801)
    HoldoutSet(
        "holdout_round269.jsonl",
        20,
        frozenset(f"r269-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.79,
    ),
    # written blind, house style built like the founding example, pairs from every region 2008-2026 (held out: no rule
    # taken from it; first look 0.917; now 0.917)
    HoldoutSet(
        "holdout_round270.jsonl",
        20,
        frozenset(f"r270-{k:02d}" for k in (5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20)),
        0.90,
    ),
    # written blind, multilateral summits with bilateral meetings on the sidelines 1995-2026 (first look 0.936; now
    # 0.936)
    HoldoutSet(
        "holdout_round271.jsonl",
        20,
        frozenset(f"r271-{k:02d}" for k in (1, 2, 5, 9, 10, 11, 12, 18, 20)),
        0.92,
    ),
    # written blind, 30 sentences pasted from world outlets, five with no claim, 2000-2026 (held out: no rule taken from
    # it; first look 0.882; now 0.882)
    HoldoutSet(
        "holdout_round272.jsonl",
        30,
        frozenset(f"r272-{k:02d}" for k in (1, 3, 4, 8, 9, 14, 17, 22, 23, 25, 26)),
        0.87,
        max_words=None,
    ),
    # written blind, royal and papal visits and audiences 1980-2026 (first look 0.804; now 0.819)
    HoldoutSet(
        "holdout_round273.jsonl",
        20,
        frozenset(f"r273-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20)),
        0.80,
    ),
    # written blind, wire reports dated mostly relative to publication, hedged durations, 2014-2026 (held out: no rule
    # taken from it; first look 0.906; now 0.906)
    HoldoutSet(
        "holdout_round274.jsonl",
        20,
        frozenset(f"r274-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 17, 19, 20)),
        0.89,
    ),
    # written blind, foreign and defence ministers, envoys and advisers at named sites 2010-2026 (first look 0.823; now
    # 0.827)
    HoldoutSet(
        "holdout_round275.jsonl",
        20,
        frozenset(f"r275-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 18, 19, 20)),
        0.81,
    ),
    # written blind, house style with traps: ordinals, truces, ages, cancelled and denied meetings 2015-2026 (held out:
    # no rule taken from it; first look 0.850; now 0.848)
    HoldoutSet(
        "holdout_round276.jsonl",
        20,
        frozenset(f"r276-{k:02d}" for k in (2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.83,
    ),
    # written blind, anniversary pieces and obituaries recalling encounters of 1945-2010, one current event each (first
    # look 0.830; now 0.839)
    HoldoutSet(
        "holdout_round277.jsonl",
        20,
        frozenset(f"r277-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.82,
    ),
    # Stop 20: rounds 278-280 were written blind while the stop's rules were made, and all three were held out from
    # their arrival (decided before any arrived): only each set's pooled F1 and the ids of reports not fully right
    # were looked at, never a miss.
    # written blind, Latin American, African and Gulf leaders with each other and Western leaders, two to four events
    # per report tied by relative and anaphoric dates, 2006-2026 (held out: no rule taken from it; first look 0.931)
    HoldoutSet(
        "holdout_round278.jsonl",
        20,
        frozenset(f"r278-{k:02d}" for k in (2, 4, 5, 6, 8, 9, 12, 13, 14, 16, 17, 18)),
        0.91,
    ),
    # written blind, European and Asian agency copy with datelines, state visits over several cities and sites,
    # 1995-2026 (held out: no rule taken from it; first look 0.904)
    HoldoutSet(
        "holdout_round279.jsonl",
        20,
        frozenset(f"r279-{k:02d}" for k in (1, 2, 3, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 19)),
        0.88,
    ),
    # written blind, short readouts, live-blog entries, analysis and quotes on calls and talks, planned, denied and
    # cancelled events, 1990-2026 (held out: no rule taken from it; first look 0.874)
    HoldoutSet(
        "holdout_round280.jsonl",
        20,
        frozenset(f"r280-{k:02d}" for k in (3, 4, 5, 7, 9, 11, 12, 14, 15, 16, 19, 20)),
        0.85,
    ),
    # Stop 21: rounds 281-283 were written blind by helpers who read only the corpus README and articles.jsonl. The
    # split was fixed before any arrived: 281 to take rules from, 282 and 283 held out (only each set's pooled F1
    # and the ids of reports not fully right were looked at, never a miss).
    # written blind, Cold War and 1970s-1990s summitry in wire styles with datelines, retrospectives ("Forty years
    # ago today"), multi-day summits and their sessions (rules taken from it; first look 0.861)
    HoldoutSet(
        "holdout_round281.jsonl",
        20,
        frozenset(f"r281-{k:02d}" for k in (2, 3, 5, 7, 9, 10, 11, 12, 13, 14, 16, 17, 18, 20)),
        0.87,
    ),
    # written blind, Asia-Pacific leaders 2012-2026: calls, video calls, sideline meetings, state visits over several
    # cities, postponed and planned talks, readouts and live blogs (held out: no rule taken from it; first look 0.903)
    HoldoutSet(
        "holdout_round282.jsonl",
        20,
        frozenset(f"r282-{k:02d}" for k in (2, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 20)),
        0.88,
    ),
    # written blind, European and transatlantic diplomacy 2000-2026: EU and NATO summits, peace talks in neutral
    # venues, cancelled, denied and planned meetings, timelines (held out: no rule taken from it; first look 0.867)
    HoldoutSet(
        "holdout_round283.jsonl",
        20,
        frozenset(f"r283-{k:02d}" for k in (2, 3, 6, 8, 9, 10, 12, 14, 15, 16, 17, 18, 19)),
        0.84,
    ),
    # Later in stop 21, the same way: rules taken from 284; 285 held out from its arrival (split fixed before either
    # arrived).
    # written blind, Middle East and Africa 2000-2026: shuttle diplomacy, mediated talks, official readouts and
    # day-by-day trip summaries (rules taken from it; first look 0.855)
    HoldoutSet(
        "holdout_round284.jsonl",
        20,
        frozenset(f"r284-{k:02d}" for k in (1, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.86,
    ),
    # written blind, the Americas 1985-2026: state visits, summits, border talks, calls, cancelled and planned
    # meetings, live blogs and anniversary pieces (held out: no rule taken from it; first look 0.923)
    HoldoutSet(
        "holdout_round285.jsonl",
        20,
        frozenset(f"r285-{k:02d}" for k in (1, 2, 3, 4, 6, 8, 10, 11, 12, 13, 14, 15, 16, 18, 19)),
        0.90,
    ),
    # written blind at the end of stop 21, after its last rule: worldwide, 1995-2026, built like the founding example
    # (a main event, earlier and planned encounters, a same-day event of one of them) (held out: no rule taken from
    # it; first look 0.951; the code at the stop's start scores 0.941)
    HoldoutSet(
        "holdout_round286.jsonl",
        20,
        frozenset(f"r286-{k:02d}" for k in (3, 5, 6, 7, 10, 11, 12, 13, 15, 16, 17, 20)),
        0.93,
    ),
    # written blind at the end of stop 21, after its last rule: wire reports 1980-2026 worldwide, two to four events
    # each, varied forms (held out: no rule taken from it; first look 0.912; the code at the stop's start scores 0.912)
    HoldoutSet(
        "holdout_round287.jsonl",
        20,
        frozenset(f"r287-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 18, 19, 20)),
        0.89,
    ),
    # Stop 22: rounds 288-299 were written blind by helpers who read only the corpus README and articles.jsonl. The
    # split was fixed before each batch arrived: 288, 289, 292, 293, 296, 297 and 299 to take rules from; 290 and 291
    # held out (only each set's pooled F1 and the ids of reports not fully right were looked at, never a miss); 294 and
    # 295 written after the stop's last rule. (The helper for 298 wrote no set.)
    # written blind, South and Central Asia 1990-2026: wire copy with datelines, state visits, border talks, calls,
    # SAARC and SCO summits (rules taken from it; first look 0.891)
    HoldoutSet(
        "holdout_round288.jsonl",
        20,
        frozenset(f"r288-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.89,
    ),
    # written blind, Latin America, the Caribbean, Spain and Portugal 1985-2026: Ibero-American summits, state visits,
    # inaugurations, calls (rules taken from it; first look 0.862)
    HoldoutSet(
        "holdout_round289.jsonl",
        20,
        frozenset(f"r289-{k:02d}" for k in (1, 2, 5, 6, 7, 9, 13, 14, 16, 17, 18, 19)),
        0.86,
    ),
    # written blind, worldwide 2014-2026 as government readouts, press releases and live-blog entries (held out: no rule
    # taken from it; first look 0.940)
    HoldoutSet(
        "holdout_round290.jsonl",
        20,
        frozenset(f"r290-{k:02d}" for k in (1, 3, 4, 6, 7, 11, 13, 14, 17, 18)),
        0.92,
    ),
    # written blind, the Nordic and Baltic states, Eastern Europe and the Balkans 1989-2026 (held out: no rule taken
    # from it; first look 0.795)
    HoldoutSet(
        "holdout_round291.jsonl",
        20,
        frozenset(f"r291-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 18, 19, 20)),
        0.78,
    ),
    # written blind, Central and Eastern Europe, the Baltics and the Balkans 1990-2026, names with diacritics as the
    # annotator's canonical form (rules taken from it; first look 0.846)
    HoldoutSet(
        "holdout_round292.jsonl",
        20,
        frozenset(f"r292-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.83,
    ),
    # written blind, worldwide 1975-2026 in a mix of wire styles (rules taken from it; first look 0.914)
    HoldoutSet(
        "holdout_round293.jsonl",
        20,
        frozenset(f"r293-{k:02d}" for k in (1, 2, 4, 5, 8, 9, 12, 13, 15, 18)),
        0.92,
    ),
    # written blind, Africa and the Middle East 1990-2026: AU and Arab League summits, mediated peace talks, state
    # visits, calls (rules taken from it; first look 0.814)
    HoldoutSet(
        "holdout_round296.jsonl",
        20,
        frozenset(f"r296-{k:02d}" for k in (1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20)),
        0.80,
    ),
    # written blind, Asia-Pacific and Oceania 1970-2026: summits, state visits, calls, sideline talks at APEC, ASEAN and
    # G20 meetings (rules taken from it; first look 0.880)
    HoldoutSet(
        "holdout_round297.jsonl",
        20,
        frozenset(f"r297-{k:02d}" for k in (2, 4, 5, 9, 10, 11, 12, 13, 15, 18, 19, 20)),
        0.87,
    ),
    # written blind, calls and video calls 2010-2026 as wire reports, readouts and live blogs, with their lengths (rules
    # taken from it; first look 0.931)
    HoldoutSet(
        "holdout_round299.jsonl",
        20,
        frozenset(f"r299-{k:02d}" for k in (1, 4, 6, 7, 11, 13, 16, 19, 20)),
        0.91,
    ),
    # written blind at the end of stop 22, after its last rule: worldwide 1985-2026, built like the founding example
    # (held out: no rule taken from it; first look 0.927; the code at the stop's start scores 0.924)
    HoldoutSet(
        "holdout_round294.jsonl",
        20,
        frozenset(f"r294-{k:02d}" for k in (1, 4, 6, 7, 10, 13, 14, 16, 17, 19)),
        0.90,
    ),
    # written blind at the end of stop 22, after its last rule: wire reports 1975-2026 from every continent, two to four
    # events each (held out: no rule taken from it; first look 0.857; the code at the stop's start scores 0.857)
    HoldoutSet(
        "holdout_round295.jsonl",
        20,
        frozenset(f"r295-{k:02d}" for k in (1, 3, 5, 6, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.83,
    ),
    # Later in stop 22 more rules were taken, from 302 and 303 (split fixed before they arrived); 294 and 295 stayed
    # held out, their misses never read.
    # written blind, North America and Western Europe 1980-2026: G7 and NATO summits, White House and Elysee visits,
    # transatlantic calls (rules taken from it; first look 0.841)
    HoldoutSet(
        "holdout_round302.jsonl",
        20,
        frozenset(f"r302-{k:02d}" for k in (1, 3, 4, 5, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.82,
    ),
    # written blind, peace talks and mediated negotiations 1978-2026; an annotator who lists a lone mediator or host
    # as participants (rules taken from it; first look 0.836)
    HoldoutSet(
        "holdout_round303.jsonl",
        20,
        frozenset(f"r303-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.83,
    ),
    # written blind at the end of stop 22, after its final rule: worldwide 1990-2026, two to four events each (held
    # out: no rule taken from it; first look 0.946; the code at the stop's start scores 0.946)
    HoldoutSet(
        "holdout_round300.jsonl",
        20,
        frozenset(
            f"r300-{k:02d}" for k in (3, 4, 5, 6, 9, 11, 13, 15, 16, 18)
        ),  # 4: since a ceremony attended is a trip stop
        0.92,
    ),
    # written blind at the end of stop 22, after its final rule: Asia, Africa and Latin America 1995-2026, state visits
    # and talks on the sidelines of regional summits (held out: no rule taken from it; first look 0.938; the code at the
    # stop's start scores 0.936)
    HoldoutSet(
        "holdout_round301.jsonl",
        20,
        frozenset(f"r301-{k:02d}" for k in (1, 3, 6, 7, 8, 11, 14, 18, 20)),
        0.91,
    ),
    # Stop 23: rounds 304-309 were written blind by helpers who read only the corpus README and articles.jsonl, the
    # split fixed before any arrived: rules taken from 304, 305, 306 and 308; 307 and 309 held out (only each set's
    # pooled F1 and the ids of reports not fully right were looked at, never a miss).
    # written blind, the European Union and its neighbours 1985-2026: EU summits, Brexit talks, bilateral visits
    # (rules taken from it; first look 0.876)
    HoldoutSet(
        "holdout_round304.jsonl",
        20,
        frozenset(f"r304-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 10, 11, 13, 16, 17)),
        0.88,
    ),
    # written blind, calls and video calls 2008-2026 as wire reports and readouts, several per report (rules taken from
    # it; first look 0.927)
    HoldoutSet(
        "holdout_round305.jsonl",
        20,
        frozenset(f"r305-{k:02d}" for k in (3, 6, 8, 9, 12, 15, 17, 20)),
        0.93,
    ),
    # written blind, the Middle East, the Horn of Africa and North Africa 1977-2026: mediated negotiations, Arab League
    # and GCC summits (rules taken from it; first look 0.790)
    HoldoutSet(
        "holdout_round306.jsonl",
        20,
        frozenset(f"r306-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.80,
    ),
    # written blind, worldwide 1960-2026 in a mix of wire styles, two to four events per report (held out: no rule taken
    # from it; first look 0.875)
    HoldoutSet(
        "holdout_round307.jsonl",
        20,
        frozenset(f"r307-{k:02d}" for k in (1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20)),
        0.86,
    ),
    # written blind, East and Southeast Asia 1972-2026, multi-event reports tied by "the next day", "that evening"
    # (rules taken from it; first look 0.951)
    HoldoutSet(
        "holdout_round308.jsonl",
        20,
        frozenset(f"r308-{k:02d}" for k in (3, 9, 11, 14, 18)),
        0.94,
    ),
    # written blind, the Americas 1962-2026 with datelines (held out: no rule taken from it; first look 0.885)
    HoldoutSet(
        "holdout_round309.jsonl",
        20,
        frozenset(f"r309-{k:02d}" for k in (3, 4, 6, 8, 10, 11, 12, 13, 14, 15, 17, 19)),
        0.87,
    ),
    # written blind late in stop 23 and pinned after what was then its last rule; more rules followed (from 312, 313
    # and 314), but none was taken from 310 or 311, whose misses were never read: worldwide 1970-2026, built like the
    # founding example (held out; first look 0.918; the code at the stop's start scores 0.918)
    HoldoutSet(
        "holdout_round310.jsonl",
        20,
        frozenset(f"r310-{k:02d}" for k in (1, 2, 3, 9, 11, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.90,
    ),
    # written blind beside 310: Africa, the Middle East and South Asia 1975-2026, two to four events per report (held
    # out: no rule taken from it; first look 0.826; the code at the stop's start scores 0.824)
    HoldoutSet(
        "holdout_round311.jsonl",
        20,
        frozenset(f"r311-{k:02d}" for k in (1, 2, 4, 5, 6, 8, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.81,
    ),
    # A second batch of stop 23, split fixed before it arrived: rules taken from 312, 313 and 314; 315 held out.
    # written blind, Russia, Ukraine, Belarus, the Caucasus and Central Asia 1991-2026 (rules taken from it; first look
    # 0.828)
    HoldoutSet(
        "holdout_round312.jsonl",
        20,
        frozenset(f"r312-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 17, 18)),
        0.82,
    ),
    # written blind, the Asia-Pacific 1975-2026: APEC, ASEAN, East Asia Summit and Quad meetings (rules taken from it;
    # first look 0.873)
    HoldoutSet(
        "holdout_round313.jsonl",
        20,
        frozenset(f"r313-{k:02d}" for k in (3, 5, 6, 8, 9, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.87,
    ),
    # written blind, Latin America and sub-Saharan Africa 1980-2026 as readouts and wire reports (rules taken from it;
    # first look 0.918)
    HoldoutSet(
        "holdout_round314.jsonl",
        20,
        frozenset(f"r314-{k:02d}" for k in (1, 3, 4, 12, 16, 17, 19, 20)),
        0.91,
    ),
    # written blind, worldwide 1945-2026: anniversary pieces, live blogs, readouts and wire copy (held out: no rule
    # taken from it; first look 0.830)
    HoldoutSet(
        "holdout_round315.jsonl",
        20,
        frozenset(f"r315-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 15, 16, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind at the end of stop 23, after its final rule (only a review mend that moved one group came later):
    # worldwide 1975-2026, built like the founding example (held out: no rule taken from it; first look 0.951; the code
    # at the stop's start scores 0.951)
    HoldoutSet(
        "holdout_round316.jsonl",
        20,
        frozenset(f"r316-{k:02d}" for k in (5, 7, 11, 13, 14, 17, 18)),
        0.93,
    ),
    # written blind beside 316: Europe, the Americas and East Asia 1980-2026 in a mix of wire styles, two to four events
    # per report (held out: no rule taken from it; first look 0.888; the code at the stop's start scores 0.884)
    HoldoutSet(
        "holdout_round317.jsonl",
        20,
        frozenset(f"r317-{k:02d}" for k in (1, 2, 7, 8, 10, 11, 13, 14, 15, 16, 17, 19)),
        0.87,
    ),
    # Stop 24: rounds 318-323 were written blind by helpers who read only the corpus README and articles.jsonl, the
    # split fixed before any arrived: rules taken from 318, 319, 320 and 322; 321 and 323 held out (only each set's
    # pooled F1 and the ids of reports not fully right were looked at, never a miss).
    # written blind, Europe 1990-2026: state visits, EU and NATO summits and calls, some with datelines (rules taken
    # from it; first look 0.894)
    HoldoutSet(
        "holdout_round318.jsonl",
        20,
        frozenset(f"r318-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 9, 10, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.9,
    ),
    # written blind, the Middle East and the Gulf 1979-2025: mediated talks, Gulf summits, calls in readout and wire
    # style (rules taken from it; first look 0.835)
    HoldoutSet(
        "holdout_round319.jsonl",
        20,
        frozenset(f"r319-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.83,
    ),
    # written blind, East and South Asia 1980-2026: summits, talks and calls with lengths in varied forms (rules taken
    # from it; first look 0.930)
    HoldoutSet(
        "holdout_round320.jsonl",
        20,
        frozenset(f"r320-{k:02d}" for k in (2, 3, 5, 9, 10, 11, 14, 15)),
        0.93,
    ),
    # written blind, worldwide 1950-2026 in a mix of wire styles, two to four events per report (held out: no rule taken
    # from it; first look 0.942; the code at the stop's start scores 0.942)
    HoldoutSet(
        "holdout_round321.jsonl",
        20,
        frozenset(f"r321-{k:02d}" for k in (2, 3, 4, 7, 8, 9, 14, 15, 16, 18)),
        0.93,
    ),
    # written blind, sub-Saharan Africa and Latin America 1985-2026: visits, regional summits, peace talks (rules
    # taken from it; first look 0.908)
    HoldoutSet(
        "holdout_round322.jsonl",
        20,
        frozenset(f"r322-{k:02d}" for k in (2, 8, 9, 11, 12, 14, 15, 17, 18)),
        0.92,
    ),
    # written blind, worldwide 1975-2026, built like the founding example (held out: no rule taken from it; first look
    # 0.914; the code at the stop's start scores 0.914)
    HoldoutSet(
        "holdout_round323.jsonl",
        20,
        frozenset(f"r323-{k:02d}" for k in (2, 3, 5, 6, 7, 8, 9, 10, 11, 13, 14, 19, 20)),
        0.9,
    ),
    # A second batch of stop 24, split fixed before it arrived: rules taken from 324, 325 and 327; 326 held out.
    # written blind, the United States and its allies 1985-2025: White House visits, Camp David, G7 and NATO summits,
    # calls with readout wording (rules taken from it; first look 0.931)
    HoldoutSet(
        "holdout_round324.jsonl",
        20,
        frozenset(f"r324-{k:02d}" for k in (3, 4, 6, 8, 9, 10, 13, 15, 16, 18, 20)),
        0.92,
    ),
    # written blind, Russia, China and their neighbours 1989-2025: summits in Moscow and Beijing, SCO and BRICS
    # gatherings, long hedged talks (rules taken from it; first look 0.863)
    HoldoutSet(
        "holdout_round325.jsonl",
        20,
        frozenset(f"r325-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 20)),
        0.86,
    ),
    # written blind, worldwide 1960-2026: popes, monarchs and secretaries-general as well as heads of government,
    # audiences, state visits, mediation missions (held out: no rule taken from it; first look 0.757; the code at the
    # stop's start scores 0.757)
    HoldoutSet(
        "holdout_round326.jsonl",
        20,
        frozenset(f"r326-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.74,
    ),
    # written blind, Oceania, Southeast and South Asia 1996-2024: Pacific Islands Forum, ASEAN, SAARC and bilateral
    # visits with datelines (rules taken from it; first look 0.876)
    HoldoutSet(
        "holdout_round327.jsonl",
        20,
        frozenset(f"r327-{k:02d}" for k in (2, 5, 6, 8, 9, 10, 12, 14, 15, 16, 19)),
        0.89,
    ),
    # written blind late in stop 24 and pinned after what was then its last rule; two more rules followed (from 330-332:
    # "chaired by" lists, "the Vatican" as Vatican City), but none was taken from 328 or 329, whose misses were never
    # read: worldwide 1970-2026, built like the founding example (held out; first look 0.954; the code at the stop's
    # start scores 0.954)
    HoldoutSet(
        "holdout_round328.jsonl",
        20,
        frozenset(f"r328-{k:02d}" for k in (3, 4, 5, 7, 9, 10, 11, 18)),
        0.94,
    ),
    # written blind beside 328: worldwide 1980-2025 in a mix of wire styles, two to four events per report (held out:
    # no rule taken from it; first look 0.905; the code at the stop's start scores 0.905)
    HoldoutSet(
        "holdout_round329.jsonl",
        20,
        frozenset(f"r329-{k:02d}" for k in (1, 3, 5, 7, 11, 14, 15, 16, 17, 18, 20)),
        0.89,
    ),
    # A third batch of stop 24, split fixed before it arrived, aimed at the weakest kind the held-out 326 showed (popes,
    # monarchs, secretaries-general): rules taken from 330, 331 and 332; 333 held out.
    # written blind, popes 1965-2025: audiences at the Vatican, papal trips, meetings with patriarchs and imams; its
    # annotator writes popes without "Pope" ("Francis"), most sets with it (rules taken from it; first look 0.670)
    HoldoutSet("holdout_round330.jsonl", 20, frozenset(f"r330-{k:02d}" for k in range(1, 21)), 0.70),
    # written blind, monarchs and royals 1960-2025: state visits, audiences, banquets and calls (rules taken from it;
    # first look 0.838)
    HoldoutSet(
        "holdout_round331.jsonl",
        20,
        frozenset(f"r331-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.83,
    ),
    # written blind, UN secretaries-general and other international officials 1979-2024: mediation missions, meetings
    # and calls (rules taken from it; first look 0.847)
    HoldoutSet(
        "holdout_round332.jsonl",
        20,
        frozenset(f"r332-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 19)),
        0.83,
    ),
    # written blind beside them, popes, monarchs and secretaries-general with heads of government 1961-2025 (held out:
    # no rule taken from it; first look 0.763; the code at the stop's start scores 0.763)
    HoldoutSet(
        "holdout_round333.jsonl",
        20,
        frozenset(f"r333-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.77,
    ),
    # written blind late in stop 24 and pinned after what was then its last rule; three more rules followed (from
    # 330-332: "in the occupied West Bank", "was signed on Monday morning by", "his native Poland"), none taken from
    # 334, whose misses were never read: popes, monarchs, crown princes and secretaries-general with heads of state
    # 1965-2025 (held out; first look 0.860; the code at the stop's start scores 0.847)
    HoldoutSet(
        "holdout_round334.jsonl",
        20,
        frozenset(f"r334-{k:02d}" for k in (1, 2, 4, 6, 7, 8, 9, 10, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.84,
    ),
    # written blind at the end of stop 24, after its final rule: worldwide 1972-2025, built like the founding example
    # (held out: no rule taken from it; first look 0.941; the code at the stop's start scores 0.941)
    HoldoutSet(
        "holdout_round335.jsonl",
        20,
        frozenset(f"r335-{k:02d}" for k in (1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 15, 18, 19, 20)),
        0.93,
    ),
    # written blind beside 335: monarchs, popes, secretaries-general and heads of government 1960-2025, some as court
    # circulars (held out: no rule taken from it; first look 0.686, below the 0.698 the code at the stop's start scores)
    HoldoutSet("holdout_round336.jsonl", 20, frozenset(f"r336-{k:02d}" for k in range(1, 21)), 0.67),
    # Stop 25: rounds 337-342 were written blind by helpers who read only the corpus README and articles.jsonl, the
    # split fixed before any arrived: rules taken from 337, 338, 339 and 341; 340 and 342 kept back (only each set's
    # pooled F1 and the ids of reports not fully right were looked at, never a miss).
    # written blind, worldwide 1970-2026, built like the founding example (rules taken from it; first look 0.946, now
    # 0.964)
    HoldoutSet(
        "holdout_round337.jsonl",
        20,
        frozenset(f"r337-{k:02d}" for k in (4, 5, 7, 10, 15, 20)),
        0.95,
    ),
    # written blind, popes, kings, queens, emperors and crown princes with heads of state and government 1960-2025:
    # audiences, state visits, banquets, calls (rules taken from it; first look 0.886, now 0.915)
    HoldoutSet(
        "holdout_round338.jsonl",
        20,
        frozenset(f"r338-{k:02d}" for k in (3, 4, 5, 6, 8, 9, 11, 12, 13, 15, 16, 17, 20)),
        0.9,
    ),
    # written blind, Latin America, the Caribbean and Africa 1975-2026 in a mix of wire styles: visits, regional
    # summits, mediated peace talks, calls (rules taken from it; first look 0.858, now 0.912)
    HoldoutSet(
        "holdout_round339.jsonl",
        20,
        frozenset(f"r339-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 12, 13, 14, 16, 18, 20)),
        0.9,
    ),
    # written blind, worldwide 1965-2026 in a mix of wire styles, two to four events per report, some as foreign-
    # ministry readouts (held out: no rule taken from it; first look 0.924; the code at the stop's start scores 0.924,
    # now 0.930)
    HoldoutSet(
        "holdout_round340.jsonl",
        20,
        frozenset(f"r340-{k:02d}" for k in (1, 2, 3, 6, 7, 8, 9, 10, 12, 13, 14, 17, 19, 20)),
        0.92,
    ),
    # written blind, Europe, the Middle East and Central Asia 1985-2026: calls, video calls and long negotiating
    # sessions with their lengths (rules taken from it; first look 0.937, now 0.957)
    HoldoutSet(
        "holdout_round341.jsonl",
        20,
        frozenset(f"r341-{k:02d}" for k in (3, 4, 8, 10, 11, 13, 18, 20)),
        0.94,
    ),
    # written blind, popes, monarchs and secretaries-general with heads of state and government 1960-2025, some as court
    # circulars or Vatican bulletins (held out: no rule taken from it; first look 0.937; the code at the stop's start
    # scores 0.937, now 0.937)
    HoldoutSet(
        "holdout_round342.jsonl",
        20,
        frozenset(f"r342-{k:02d}" for k in (1, 4, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17)),
        0.92,
    ),
    # A second batch of stop 25, split fixed before it arrived: rules taken from 343, 344, 346 and 347; 345 and 348 kept
    # back.
    # written blind, East Asia and the Pacific 1972-2026: summits, state visits, calls and ministerial talks, some as
    # government press releases (rules taken from it; first look 0.915, now 0.922)
    HoldoutSet(
        "holdout_round343.jsonl",
        20,
        frozenset(f"r343-{k:02d}" for k in (1, 3, 4, 6, 7, 8, 9, 14, 15, 16, 17, 19, 20)),
        0.91,
    ),
    # written blind, the Americas 1961-2026: US presidents with Latin American and Canadian leaders, OAS and Summit of
    # the Americas meetings (rules taken from it; first look 0.875, now 0.910)
    HoldoutSet(
        "holdout_round344.jsonl",
        20,
        frozenset(f"r344-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 9, 11, 12, 13, 16, 17, 18, 19, 20)),
        0.89,
    ),
    # written blind, worldwide 1970-2026, built like the founding example (held out: no rule taken from it; first look
    # 0.920; the code at the stop's start scores 0.920, now 0.925)
    HoldoutSet(
        "holdout_round345.jsonl",
        20,
        frozenset(f"r345-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 8, 9, 13, 17, 19, 20)),
        0.91,
    ),
    # written blind, Europe 1975-2026: EU, NATO and G7 summits, state visits, Franco-German and British-Irish meetings,
    # end-of-day roundups (rules taken from it; first look 0.902, now 0.925)
    HoldoutSet(
        "holdout_round346.jsonl",
        20,
        frozenset(f"r346-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 19)),
        0.91,
    ),
    # written blind, popes, monarchs, emperors and UN secretaries-general with presidents and prime ministers 1960-2025,
    # later named by title only (rules taken from it; first look 0.872, now 0.902)
    HoldoutSet(
        "holdout_round347.jsonl",
        20,
        frozenset(f"r347-{k:02d}" for k in (2, 3, 4, 6, 7, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.89,
    ),
    # written blind, worldwide 1960-2026 in a mix of wire styles, two to four events per report, popes, monarchs and
    # secretaries-general among them (held out: no rule taken from it; first look 0.932; the code at the stop's start
    # scores 0.932, now 0.932)
    HoldoutSet(
        "holdout_round348.jsonl",
        20,
        frozenset(f"r348-{k:02d}" for k in (1, 3, 6, 7, 9, 10, 12, 13, 14, 16, 20)),
        0.92,
    ),
    # A third batch of stop 25, split fixed before it arrived: rules taken from 349, 350, 352 and 353; 351 and 354 kept
    # back.
    # written blind, South and Central Asia and the Middle East 1971-2026: summits, state visits, calls, mediated talks,
    # some as readouts (rules taken from it; first look 0.967, now 0.970)
    HoldoutSet(
        "holdout_round349.jsonl",
        20,
        frozenset(f"r349-{k:02d}" for k in (2, 3, 6, 9, 14, 19)),
        0.96,
    ),
    # written blind, worldwide 1960-2026, two to four events per report, popes, monarchs and secretaries-general later
    # named by title only (rules taken from it; first look 0.957, now 0.960)
    HoldoutSet(
        "holdout_round350.jsonl",
        20,
        frozenset(f"r350-{k:02d}" for k in (3, 8, 9, 10, 11, 12, 13, 15, 20)),
        0.94,
    ),
    # written blind, worldwide 1970-2026, built like the founding example (held out: no rule taken from it; first look
    # 0.937; the code at the stop's start scores 0.937, now 0.940)
    HoldoutSet(
        "holdout_round351.jsonl",
        20,
        frozenset(f"r351-{k:02d}" for k in (4, 5, 6, 8, 9, 12, 13, 15, 16, 19, 20)),
        0.92,
    ),
    # written blind, Africa 1963-2026: OAU and AU summits, state visits, mediated peace talks, calls with Western and
    # Chinese leaders (rules taken from it; first look 0.897, now 0.901)
    HoldoutSet(
        "holdout_round352.jsonl",
        20,
        frozenset(f"r352-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 10, 12, 13, 14, 19)),
        0.89,
    ),
    # written blind, the United States and Russia or the Soviet Union 1959-2026: summits, calls, foreign-minister and
    # arms-control talks (rules taken from it; first look 0.941, now 0.947)
    HoldoutSet(
        "holdout_round353.jsonl",
        20,
        frozenset(f"r353-{k:02d}" for k in (4, 5, 6, 9, 12, 16, 17, 18, 20)),
        0.93,
    ),
    # written blind, worldwide 1965-2026 in a mix of wire styles, two to four events per report, some as foreign-
    # ministry or palace readouts (held out: no rule taken from it; first look 0.964; the code at the stop's start
    # scores 0.964, now 0.967)
    HoldoutSet(
        "holdout_round354.jsonl",
        20,
        frozenset(f"r354-{k:02d}" for k in (2, 3, 4, 6, 10, 11, 12, 13, 16)),
        0.95,
    ),
    # Stop 26: rounds 355-366 were written blind by helpers who read only the corpus README and articles.jsonl, six
    # themes with two sets each, the split fixed before any arrived: rules taken from 355, 356, 358, 359, 361, 362, 364
    # and 365; 357, 360, 363 and 366 kept back (only each set's pooled F1 and the ids of reports not fully right were
    # looked at, never a miss). Rounds 359 and 364 write accents the text leaves out ("Erdogan" as "Erdoğan"), which
    # most annotators do not: their reports are kept as written.
    # written blind, Latin America and the Caribbean 1985-2024: state visits, summits, calls and peace talks (rules
    # taken from it; first look 0.952, now 0.956)
    HoldoutSet(
        "holdout_round355.jsonl",
        20,
        frozenset(f"r355-{k:02d}" for k in (2, 3, 8, 11, 16, 20)),
        0.94,
    ),
    # written blind, Latin America and the Caribbean 1985-2024 in a mix of wire styles, two to four events per report
    # (rules taken from it; first look 0.957, now 0.964)
    HoldoutSet(
        "holdout_round356.jsonl",
        20,
        frozenset(f"r356-{k:02d}" for k in (1, 2, 6, 8, 9, 16, 17)),
        0.95,
    ),
    # written blind, Africa and the African Union 1990-2024: summits, mediated talks, state visits and calls (held out:
    # no rule taken from it; first look 0.890; the code at the stop's start scores 0.890, now 0.890)
    HoldoutSet(
        "holdout_round357.jsonl",
        20,
        frozenset(f"r357-{k:02d}" for k in (1, 5, 6, 9, 11, 13, 14, 15, 16, 19, 20)),
        0.87,
    ),
    # written blind, Africa and the African Union 1990-2024 in a mix of wire styles, two to four events per report
    # (rules taken from it; first look 0.924, now 0.931)
    HoldoutSet(
        "holdout_round358.jsonl",
        20,
        frozenset(f"r358-{k:02d}" for k in (3, 4, 9, 11, 12, 13, 14, 15, 18)),
        0.92,
    ),
    # written blind, Europe, the EU and NATO 2000-2025: summits, calls, state visits and negotiating rounds (rules taken
    # from it; first look 0.897, now 0.903)
    HoldoutSet(
        "holdout_round359.jsonl",
        20,
        frozenset(f"r359-{k:02d}" for k in (3, 4, 5, 6, 9, 11, 15, 16, 17, 19)),
        0.89,
    ),
    # written blind, Europe, the EU and NATO 2000-2025 in a mix of wire styles, two to four events per report (held out:
    # no rule taken from it; first look 0.929; the code at the stop's start scores 0.929, now 0.932)
    HoldoutSet(
        "holdout_round360.jsonl",
        20,
        frozenset(f"r360-{k:02d}" for k in (1, 2, 4, 5, 6, 8, 10, 11, 13, 15, 17)),
        0.92,
    ),
    # written blind, the Asia-Pacific 1995-2025: inter-Korean and regional summits, state visits and calls (rules taken
    # from it; first look 0.942, now 0.953)
    HoldoutSet(
        "holdout_round361.jsonl",
        20,
        frozenset(f"r361-{k:02d}" for k in (1, 3, 5, 7, 12, 14, 17, 20)),
        0.94,
    ),
    # written blind, the Asia-Pacific 1995-2025 in a mix of wire styles, two to four events per report (rules taken from
    # it; first look 0.975, now 0.981)
    HoldoutSet(
        "holdout_round362.jsonl",
        20,
        frozenset(f"r362-{k:02d}" for k in (2, 8, 11)),
        0.97,
    ),
    # written blind, the Middle East, the Gulf, Iran and Turkey 1978-2025: summits, mediated talks, visits and calls
    # (held out: no rule taken from it; first look 0.823; the code at the stop's start scores 0.823, now 0.823)
    HoldoutSet(
        "holdout_round363.jsonl",
        20,
        frozenset(f"r363-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind, the Middle East, the Gulf, Iran and Turkey 1978-2025 in a mix of wire styles, some with envoys and
    # ministers (rules taken from it; first look 0.778, now 0.778)
    HoldoutSet(
        "holdout_round364.jsonl",
        20,
        frozenset(f"r364-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20)),
        0.76,
    ),
    # written blind, US presidents with Soviet and Russian leaders, the Cold War to 2025, and G7/G20 summits (rules
    # taken from it; first look 0.944, now 0.951)
    HoldoutSet(
        "holdout_round365.jsonl",
        20,
        frozenset(f"r365-{k:02d}" for k in (1, 2, 9, 12, 13, 18)),
        0.94,
    ),
    # written blind, US presidents with Soviet and Russian leaders, the Cold War to 2025, in a mix of wire styles (held
    # out: no rule taken from it; first look 0.905; the code at the stop's start scores 0.905, now 0.905)
    HoldoutSet(
        "holdout_round366.jsonl",
        20,
        frozenset(f"r366-{k:02d}" for k in (1, 2, 3, 4, 7, 9, 10, 11, 12, 15, 16, 17, 18, 19)),
        0.89,
    ),
    # A second batch of stop 26, split fixed before it arrived: rules taken from 367, 368, 370 and 371; 369 and 372 kept
    # back.
    # written blind, South Asia, Central Asia and the Caucasus 1990-2025: summits, state visits, calls and mediated
    # talks (rules taken from it; first look 0.953, now 0.960)
    HoldoutSet(
        "holdout_round367.jsonl",
        20,
        frozenset(f"r367-{k:02d}" for k in (1, 2, 3, 12, 14, 15, 16, 17, 19)),
        0.95,
    ),
    # written blind, South Asia, Central Asia and the Caucasus 1990-2025 in a mix of wire styles, two to four events per
    # report (rules taken from it; first look 0.924, now 0.937)
    HoldoutSet(
        "holdout_round368.jsonl",
        20,
        frozenset(f"r368-{k:02d}" for k in (4, 6, 11, 13, 14, 16, 18, 19)),
        0.92,
    ),
    # written blind, the UN, the Commonwealth, ASEAN, APEC and BRICS 1970-2025: summits, envoys and secretaries-general
    # (held out: no rule taken from it; first look 0.926; the code at the stop's start scores 0.926, now 0.926)
    HoldoutSet(
        "holdout_round369.jsonl",
        20,
        frozenset(f"r369-{k:02d}" for k in (4, 5, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.91,
    ),
    # written blind, the UN, the Commonwealth, ASEAN, APEC and BRICS 1970-2025 in a mix of wire styles, two to four
    # events per report (rules taken from it; first look 0.907, now 0.911)
    HoldoutSet(
        "holdout_round370.jsonl",
        20,
        frozenset(f"r370-{k:02d}" for k in (1, 2, 4, 5, 9, 11, 12, 13, 14, 15, 16, 17)),
        0.90,
    ),
    # written blind, Western Europe, Canada, Australia and New Zealand with the US and China 1975-2025: visits, calls,
    # G7 sidelines (rules taken from it; first look 0.940, now 0.958)
    HoldoutSet(
        "holdout_round371.jsonl",
        20,
        frozenset(f"r371-{k:02d}" for k in (3, 7, 11, 12, 15, 16, 17, 20)),
        0.94,
    ),
    # written blind, Western Europe, Canada, Australia and New Zealand with the US and China 1975-2025 in a mix of wire
    # styles (held out: no rule taken from it; first look 0.921; the code at the stop's start scores 0.921, now 0.921)
    HoldoutSet(
        "holdout_round372.jsonl",
        20,
        frozenset(f"r372-{k:02d}" for k in (1, 2, 5, 7, 8, 11, 12, 13, 15, 16, 17, 20)),
        0.91,
    ),
    # Stop 27: rounds 373-378 were written blind by helpers who read only the corpus README and articles.jsonl, in three
    # themes with two sets each, the split fixed before any arrived: rules taken from 373, 375, 377 and 378; 374 and
    # 376 kept back (only each set's pooled F1 and the ids of reports not fully right were looked at, never a miss).
    # Round 373's writer strips "Pope" ("Paul VI", "Francis"), which most annotators do not (198 to 62 over the
    # training sets): its reports are kept as written.
    # written blind, monarchs, popes and heads of state 1960-2025: papal trips, royal state visits, Vatican audiences
    # (rules taken from it; first look 0.812, now 0.826)
    HoldoutSet(
        "holdout_round373.jsonl",
        20,
        frozenset(f"r373-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.80,
    ),
    # written blind, monarchs, popes and heads of state 1960-2025 in a mix of wire styles, two to four events per report
    # (held out: no rule taken from it; first look 0.839; the code at the stop's start scores 0.839, now 0.846)
    HoldoutSet(
        "holdout_round374.jsonl",
        20,
        frozenset(f"r374-{k:02d}" for k in (1, 2, 3, 5, 6, 9, 10, 11, 13, 14, 15, 17, 19, 20)),
        0.82,
    ),
    # written blind, economic, climate and trade diplomacy 1985-2025: COP summits, G20 and WTO ministerials, finance
    # ministers (rules taken from it; first look 0.872, now 0.905)
    HoldoutSet(
        "holdout_round375.jsonl",
        20,
        frozenset(f"r375-{k:02d}" for k in (2, 3, 5, 6, 7, 8, 11, 12, 15, 16, 18, 19, 20)),
        0.89,
    ),
    # written blind, economic, climate and trade diplomacy 1985-2025 in a mix of wire styles, two to four events per
    # report (held out: no rule taken from it; first look 0.825; the code at the stop's start scores 0.825, now 0.825)
    HoldoutSet(
        "holdout_round376.jsonl",
        20,
        frozenset(f"r376-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind, Northeast and Southeast Asia 1972-2025: Japan-China-Korea summits, cross-Strait meetings, ASEAN
    # visits (rules taken from it; first look 0.971, now 0.971)
    HoldoutSet(
        "holdout_round377.jsonl",
        20,
        frozenset(f"r377-{k:02d}" for k in (2, 3, 6, 7, 10)),
        0.96,
    ),
    # written blind, Northeast and Southeast Asia 1972-2025 in a mix of wire styles, two to four events per report
    # (rules taken from it; first look 0.971, now 0.977)
    HoldoutSet(
        "holdout_round378.jsonl",
        20,
        frozenset(f"r378-{k:02d}" for k in (2, 10, 12, 16, 19, 20)),
        0.96,
    ),
    # A second batch of stop 27, split fixed before it arrived: rules taken from 379 and 381; 380 and 382 kept back.
    # written blind, Cold War and post-war summitry 1945-1991: Potsdam, Geneva 1955, Vienna 1961, Glassboro, Helsinki,
    # Reykjavik (rules taken from it; first look 0.919, now 0.938)
    HoldoutSet(
        "holdout_round379.jsonl",
        20,
        frozenset(f"r379-{k:02d}" for k in (1, 6, 9, 15, 17)),
        0.92,
    ),
    # written blind, Cold War and post-war summitry 1945-1991 in a mix of wire styles, two to four events per report
    # (held out: no rule taken from it; first look 0.904; the code at the stop's start scores 0.904, now 0.904)
    HoldoutSet(
        "holdout_round380.jsonl",
        20,
        frozenset(f"r380-{k:02d}" for k in (3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 20)),
        0.89,
    ),
    # written blind, foreign ministers, envoys and national security advisers 2015-2026: Gaza, Ukraine, Iran, Sudan,
    # mediated rounds (rules taken from it; first look 0.895, now 0.935)
    HoldoutSet(
        "holdout_round381.jsonl",
        20,
        frozenset(f"r381-{k:02d}" for k in (2, 3, 5, 8, 11, 14, 16, 20)),
        0.92,
    ),
    # written blind, foreign ministers, envoys and national security advisers 2015-2026 in a mix of wire styles, two to
    # four events per report (held out: no rule taken from it; first look 0.945; the code at the stop's start scores
    # 0.945, now 0.945)
    HoldoutSet(
        "holdout_round382.jsonl",
        20,
        frozenset(f"r382-{k:02d}" for k in (1, 5, 7, 8, 9, 10, 11, 13, 16, 19, 20)),
        0.93,
    ),
    # A third batch of stop 27, split fixed before it arrived: rules taken from 383 and 385; 384 and 386 kept back.
    # written blind, official readouts and press releases of leaders' offices 2000-2026: receptions, calls, joint
    # commissions (rules taken from it; first look 0.840, now 0.875)
    HoldoutSet(
        "holdout_round383.jsonl",
        20,
        frozenset(f"r383-{k:02d}" for k in (1, 4, 6, 7, 10, 12, 13, 15, 16, 17, 18, 20)),
        0.85,
    ),
    # written blind, official readouts, short alerts and wire reports quoting readouts 2000-2026, two to four events per
    # report (held out: no rule taken from it; first look 0.918; the code at the stop's start scores 0.918, now 0.924)
    HoldoutSet(
        "holdout_round384.jsonl",
        20,
        frozenset(f"r384-{k:02d}" for k in (1, 4, 6, 7, 8, 10, 11, 13, 14, 15, 16, 19, 20)),
        0.91,
    ),
    # written blind, the Americas 1990-2025: US presidents with Latin American and Canadian leaders, regional summits,
    # calls (rules taken from it; first look 0.945, now 0.958)
    HoldoutSet(
        "holdout_round385.jsonl",
        20,
        frozenset(f"r385-{k:02d}" for k in (1, 6, 7, 14, 15, 19)),
        0.93,
    ),
    # written blind, the Americas 1990-2025 in a mix of wire styles, two to four events per report (held out: no rule
    # taken from it; first look 0.932; the code at the stop's start scores 0.932, now 0.938)
    HoldoutSet(
        "holdout_round386.jsonl",
        20,
        frozenset(f"r386-{k:02d}" for k in (1, 2, 6, 7, 8, 10, 12, 17, 18, 19, 20)),
        0.92,
    ),
    # A first batch of stop 28, split fixed before it arrived: rules taken from 387, 389 and 391; 388, 390 and 392
    # kept back.
    # written blind, Middle East and Gulf diplomacy 1977-2026: Camp David, Oslo, Arab League and GCC summits, Iran
    # talks, Gulf leaders' visits (rules taken from it; first look 0.877, now 0.899)
    HoldoutSet(
        "holdout_round387.jsonl",
        20,
        frozenset(f"r387-{k:02d}" for k in (4, 5, 7, 8, 9, 10, 11, 13, 14, 16, 17, 18, 19, 20)),
        0.88,
    ),
    # written blind, Middle East and Gulf diplomacy 1977-2026: Camp David, Oslo, Arab League and GCC summits, Iran
    # talks, Gulf leaders' visits, in a mix of wire styles, two to four events per report (held out: no rule taken
    # from it; first look 0.870; the code at the stop's start scores 0.870, now 0.870)
    HoldoutSet(
        "holdout_round388.jsonl",
        20,
        frozenset(f"r388-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 14, 16, 18, 20)),
        0.86,
    ),
    # written blind, Africa and the African Union 1990-2026: AU, SADC and ECOWAS summits, peace talks, African
    # leaders' state visits (rules taken from it; first look 0.902, now 0.924)
    HoldoutSet(
        "holdout_round389.jsonl",
        20,
        frozenset(f"r389-{k:02d}" for k in (1, 6, 8, 9, 10, 11, 12, 13, 16, 19, 20)),
        0.91,
    ),
    # written blind, Africa and the African Union 1990-2026: AU, SADC and ECOWAS summits, peace talks, African
    # leaders' state visits, in a mix of wire styles, two to four events per report (held out: no rule taken from it;
    # first look 0.856; the code at the stop's start scores 0.856, now 0.860)
    HoldoutSet(
        "holdout_round390.jsonl",
        20,
        frozenset(f"r390-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 8, 10, 11, 13, 14, 17)),
        0.85,
    ),
    # written blind, South Asia and the Indo-Pacific 1972-2026: India, Pakistan, Bangladesh, Sri Lanka, Nepal,
    # Australia, Pacific islands (rules taken from it; first look 0.918, now 0.926)
    HoldoutSet(
        "holdout_round391.jsonl",
        20,
        frozenset(f"r391-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 10, 11, 18, 19, 20)),
        0.91,
    ),
    # written blind, South Asia and the Indo-Pacific 1972-2026: India, Pakistan, Bangladesh, Sri Lanka, Nepal,
    # Australia, Pacific islands, in a mix of wire styles, two to four events per report (held out: no rule taken from
    # it; first look 0.936; the code at the stop's start scores 0.936, now 0.939)
    HoldoutSet(
        "holdout_round392.jsonl",
        20,
        frozenset(f"r392-{k:02d}" for k in (3, 5, 7, 9, 11, 12, 13, 15, 16, 17, 18, 19)),
        0.92,
    ),
    # A second batch of stop 28, split fixed before it arrived: rules taken from 393, 395 and 397; 394, 396 and 398
    # kept back.
    # written blind, Europe 1985-2026: EU and NATO summits, Franco-German and British-Irish meetings, Brexit, Balkan
    # peace talks (rules taken from it; first look 0.900, now 0.913)
    HoldoutSet(
        "holdout_round393.jsonl",
        20,
        frozenset(f"r393-{k:02d}" for k in (3, 6, 8, 9, 11, 12, 13, 14, 15, 16, 19, 20)),
        0.90,
    ),
    # written blind, Europe 1985-2026: EU and NATO summits, Franco-German and British-Irish meetings, Brexit, Balkan
    # peace talks, in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look
    # 0.887; the code at the stop's start scores 0.887, now 0.891)
    HoldoutSet(
        "holdout_round394.jsonl",
        20,
        frozenset(f"r394-{k:02d}" for k in (2, 3, 4, 5, 8, 9, 10, 11, 17, 18, 19)),
        0.88,
    ),
    # written blind, Russia, China and Central Asia 1990-2026: SCO, BRICS, CIS and Caspian summits, visits and calls
    # (rules taken from it; first look 0.891, now 0.917)
    HoldoutSet(
        "holdout_round395.jsonl",
        20,
        frozenset(f"r395-{k:02d}" for k in (1, 7, 8, 10, 11, 12, 15, 17, 18, 20)),
        0.90,
    ),
    # written blind, Russia, China and Central Asia 1990-2026: SCO, BRICS, CIS and Caspian summits, visits and calls,
    # in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look 0.925; the
    # code at the stop's start scores 0.925, now 0.932)
    HoldoutSet(
        "holdout_round396.jsonl",
        20,
        frozenset(f"r396-{k:02d}" for k in (1, 3, 6, 7, 8, 10, 12, 13, 14, 15, 16, 17)),
        0.92,
    ),
    # written blind, US presidents' foreign trips and White House visits 1945-2026 (rules taken from it; first look
    # 0.907, now 0.918)
    HoldoutSet(
        "holdout_round397.jsonl",
        20,
        frozenset(f"r397-{k:02d}" for k in (1, 2, 3, 5, 6, 9, 11, 12, 13, 17, 18, 20)),
        0.90,
    ),
    # written blind, US presidents' foreign trips and White House visits 1945-2026, in a mix of wire styles, two to
    # four events per report (held out: no rule taken from it; first look 0.856; the code at the stop's start scores
    # 0.856, now 0.859)
    HoldoutSet(
        "holdout_round398.jsonl",
        20,
        frozenset(f"r398-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 9, 11, 12, 15, 16, 18, 19, 20)),
        0.84,
    ),
    # A third batch of stop 28, split fixed before it arrived: rules taken from 399, 401 and 403; 400, 402 and 404
    # kept back.
    # written blind, Latin America and the Caribbean 1959-2000: Contadora, Esquipulas, OAS meetings, US presidents in
    # the region (rules taken from it; first look 0.855, now 0.882)
    HoldoutSet(
        "holdout_round399.jsonl",
        20,
        frozenset(f"r399-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.87,
    ),
    # written blind, Latin America and the Caribbean 1959-2000: Contadora, Esquipulas, OAS meetings, US presidents in
    # the region, in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look
    # 0.858; the code at the stop's start scores 0.858, now 0.858)
    HoldoutSet(
        "holdout_round400.jsonl",
        20,
        frozenset(f"r400-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 16, 19, 20)),
        0.84,
    ),
    # written blind, G7/G8, G20 and APEC summits 1975-2026 and the bilateral meetings on their sidelines (rules taken
    # from it; first look 0.784, now 0.798). Its annotator claims one person alone as participants ("Pierre Trudeau
    # took part ... for the first time") 29 times; the extractor names two or more, as the README's examples do.
    HoldoutSet(
        "holdout_round401.jsonl",
        20,
        frozenset(f"r401-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.78,
    ),
    # written blind, G7/G8, G20 and APEC summits 1975-2026 and the bilateral meetings on their sidelines, in a mix of
    # wire styles, two to four events per report (held out: no rule taken from it; first look 0.880; the code at the
    # stop's start scores 0.880, now 0.880)
    HoldoutSet(
        "holdout_round402.jsonl",
        20,
        frozenset(f"r402-{k:02d}" for k in (1, 2, 5, 6, 7, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20)),
        0.87,
    ),
    # written blind, Turkey, Iran and the South Caucasus 1990-2026: Astana-format talks, Karabakh ceasefires, Istanbul
    # grain talks (rules taken from it; first look 0.910, now 0.910)
    HoldoutSet(
        "holdout_round403.jsonl",
        20,
        frozenset(f"r403-{k:02d}" for k in (1, 3, 4, 5, 6, 8, 9, 10, 14, 15, 16, 18)),
        0.89,
    ),
    # written blind, Turkey, Iran and the South Caucasus 1990-2026: Astana-format talks, Karabakh ceasefires, Istanbul
    # grain talks, in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look
    # 0.865; the code at the stop's start scores 0.865, now 0.865)
    HoldoutSet(
        "holdout_round404.jsonl",
        20,
        frozenset(f"r404-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 10, 12, 13, 14, 16, 17, 18)),
        0.85,
    ),
    # A fourth batch of stop 28, split fixed before it arrived: rules taken from 405, 407 and 409; 406, 408 and 410
    # kept back.
    # written blind, UN secretaries-general and international mediators 1960-2026: shuttle trips, meetings with heads
    # of state (rules taken from it; first look 0.851, now 0.865)
    HoldoutSet(
        "holdout_round405.jsonl",
        20,
        frozenset(f"r405-{k:02d}" for k in (3, 5, 6, 7, 8, 9, 10, 12, 14, 16, 17, 18, 19, 20)),
        0.85,
    ),
    # written blind, UN secretaries-general and international mediators 1960-2026: shuttle trips, meetings with heads
    # of state, in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look
    # 0.816; the code at the stop's start scores 0.816, now 0.816)
    HoldoutSet(
        "holdout_round406.jsonl",
        20,
        frozenset(f"r406-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 20)),
        0.80,
    ),
    # written blind, East Asia 1972-2026: China's diplomacy from Nixon and Tanaka to Xi, Japan-China and inter-Korean
    # summits (rules taken from it; first look 0.931, now 0.947)
    HoldoutSet(
        "holdout_round407.jsonl",
        20,
        frozenset(f"r407-{k:02d}" for k in (1, 3, 4, 5, 7, 9, 13, 15, 16, 18, 19)),
        0.93,
    ),
    # written blind, East Asia 1972-2026: China's diplomacy from Nixon and Tanaka to Xi, Japan-China and inter-Korean
    # summits, in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look
    # 0.935; the code at the stop's start scores 0.935, now 0.944)
    HoldoutSet(
        "holdout_round408.jsonl",
        20,
        frozenset(f"r408-{k:02d}" for k in (2, 4, 5, 6, 7, 10, 11, 13, 17, 18, 19, 20)),
        0.93,
    ),
    # written blind, Australia, New Zealand and the Pacific islands 1970-2026: prime ministers' visits, Pacific
    # Islands Forum, AUKUS (rules taken from it; first look 0.902, now 0.941)
    HoldoutSet(
        "holdout_round409.jsonl",
        20,
        frozenset(f"r409-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 17, 20)),
        0.93,
    ),
    # written blind, Australia, New Zealand and the Pacific islands 1970-2026: prime ministers' visits, Pacific
    # Islands Forum, AUKUS, in a mix of wire styles, two to four events per report (held out: no rule taken from it;
    # first look 0.911; the code at the stop's start scores 0.911, now 0.929)
    HoldoutSet(
        "holdout_round410.jsonl",
        20,
        frozenset(f"r410-{k:02d}" for k in (1, 3, 6, 8, 9, 12, 13, 14, 17, 19)),
        0.91,
    ),
    # A fifth batch of stop 28, split fixed before it arrived: rules taken from 411 and 413; 412 and 414 kept back.
    # written blind, wire reports of bilateral diplomacy 2015-2026 built like the founding example: calls with their
    # lengths, meetings recalled, visits planned (rules taken from it; first look 0.948, now 0.953)
    HoldoutSet(
        "holdout_round411.jsonl",
        20,
        frozenset(f"r411-{k:02d}" for k in (2, 3, 4, 6, 7, 10, 12, 13, 14, 15, 17)),
        0.94,
    ),
    # written blind, wire reports of bilateral diplomacy 2015-2026 built like the founding example: calls with their
    # lengths, meetings recalled, visits planned, in a mix of wire styles, two to four events per report (held out: no
    # rule taken from it; first look 0.953; the code at the stop's start scores 0.953, now 0.950)
    HoldoutSet(
        "holdout_round412.jsonl",
        20,
        frozenset(f"r412-{k:02d}" for k in (3, 6, 7, 9, 11, 12, 13, 14, 15, 16, 17, 20)),
        0.93,
    ),
    # written blind, famous summits and their anniversaries, told as the dev reports tell Reykjavik, Singapore and
    # Woodside (rules taken from it; first look 0.930, now 0.941)
    HoldoutSet(
        "holdout_round413.jsonl",
        20,
        frozenset(f"r413-{k:02d}" for k in (4, 6, 8, 9, 10, 12, 14, 15, 17, 19, 20)),
        0.93,
    ),
    # written blind, famous summits and their anniversaries, told as the dev reports tell Reykjavik, Singapore and
    # Woodside, in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look
    # 0.840; the code at the stop's start scores 0.840, now 0.850)
    HoldoutSet(
        "holdout_round414.jsonl",
        20,
        frozenset(f"r414-{k:02d}" for k in (3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20)),
        0.83,
    ),
    # A first batch of stop 29, split fixed before it arrived: rules taken from the odd rounds 415-429; the even rounds
    # 416-430 kept back (only their pooled F1 and the ids of reports not fully right were looked at).
    # written blind, Cold War superpower diplomacy 1955-1991: Geneva, Vienna, Glassboro, Vladivostok, Reykjavik,
    # Washington and Malta summits, hotline calls, foreign ministers' talks (rules taken from it; first look 0.889, now
    # 0.915)
    HoldoutSet(
        "holdout_round415.jsonl",
        20,
        frozenset(f"r415-{k:02d}" for k in (2, 3, 4, 6, 7, 8, 9, 13, 14, 15, 17, 18, 19, 20)),
        0.90,
    ),
    # written blind, Cold War superpower diplomacy 1955-1991: Geneva, Vienna, Glassboro, Vladivostok, Reykjavik,
    # Washington and Malta summits, hotline calls, foreign ministers' talks, in a mix of wire styles, two to four events
    # per report (held out: no rule taken from it; first look 0.883; the code at the stop's start scores 0.883, now
    # 0.883)
    HoldoutSet(
        "holdout_round416.jsonl",
        20,
        frozenset(f"r416-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 11, 14, 15, 16, 17, 19, 20)),
        0.87,
    ),
    # written blind, diplomacy of the war in Ukraine 2022-2026: leaders' phone calls, peace talks in Istanbul, Jeddah,
    # Riyadh, Geneva and Alaska, visits to Kyiv, NATO and EU summits (rules taken from it; first look 0.894, now 0.933)
    HoldoutSet(
        "holdout_round417.jsonl",
        20,
        frozenset(f"r417-{k:02d}" for k in (1, 2, 5, 6, 8, 9, 11, 12, 13, 16, 17, 20)),
        0.92,
    ),
    # written blind, diplomacy of the war in Ukraine 2022-2026: leaders' phone calls, peace talks in Istanbul, Jeddah,
    # Riyadh, Geneva and Alaska, visits to Kyiv, NATO and EU summits, in a mix of wire styles, two to four events per
    # report (held out: no rule taken from it; first look 0.907; the code at the stop's start scores 0.907, now 0.910)
    HoldoutSet(
        "holdout_round418.jsonl",
        20,
        frozenset(f"r418-{k:02d}" for k in (3, 4, 5, 7, 8, 10, 11, 13, 14, 15, 17, 18, 19, 20)),
        0.90,
    ),
    # written blind, Southeast and East Asia 1990-2026: ASEAN and East Asia summits, Japan-South Korea meetings, visits
    # by Chinese and US leaders to the region, calls (rules taken from it; first look 0.974, now 0.979)
    HoldoutSet(
        "holdout_round419.jsonl",
        20,
        frozenset(f"r419-{k:02d}" for k in (6, 8, 14, 15, 18)),
        0.96,
    ),
    # written blind, Southeast and East Asia 1990-2026: ASEAN and East Asia summits, Japan-South Korea meetings, visits
    # by Chinese and US leaders to the region, calls, in a mix of wire styles, two to four events per report (held out:
    # no rule taken from it; first look 0.916; the code at the stop's start scores 0.916, now 0.925)
    HoldoutSet(
        "holdout_round420.jsonl",
        20,
        frozenset(f"r420-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 10, 11, 13, 16, 17, 18, 20)),
        0.91,
    ),
    # written blind, South America 2000-2026: Mercosur and Unasur summits, Brazil's Lula, Argentina's Milei, Venezuela
    # talks in Barbados and Mexico City, the Colombian peace process in Havana (rules taken from it; first look 0.875,
    # now 0.878)
    HoldoutSet(
        "holdout_round421.jsonl",
        20,
        frozenset(f"r421-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 10, 12, 13, 14, 16, 17, 18, 19, 20)),
        0.86,
    ),
    # written blind, South America 2000-2026: Mercosur and Unasur summits, Brazil's Lula, Argentina's Milei, Venezuela
    # talks in Barbados and Mexico City, the Colombian peace process in Havana, in a mix of wire styles, two to four
    # events per report (held out: no rule taken from it; first look 0.870; the code at the stop's start scores 0.870,
    # now 0.874)
    HoldoutSet(
        "holdout_round422.jsonl",
        20,
        frozenset(f"r422-{k:02d}" for k in (3, 4, 5, 7, 9, 10, 11, 12, 13, 15, 17, 20)),
        0.86,
    ),
    # written blind, Nordic, Baltic and Arctic diplomacy 1990-2026: Nordic and Baltic leaders' meetings, Arctic Council
    # ministerials, NATO accession talks of Finland and Sweden, visits to Helsinki, Stockholm, Oslo, Tallinn and Riga
    # (rules taken from it; first look 0.879, now 0.897)
    HoldoutSet(
        "holdout_round423.jsonl",
        20,
        frozenset(f"r423-{k:02d}" for k in (1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 14, 15, 18, 20)),
        0.88,
    ),
    # written blind, Nordic, Baltic and Arctic diplomacy 1990-2026: Nordic and Baltic leaders' meetings, Arctic Council
    # ministerials, NATO accession talks of Finland and Sweden, visits to Helsinki, Stockholm, Oslo, Tallinn and Riga,
    # in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look 0.856; the
    # code at the stop's start scores 0.856, now 0.856)
    HoldoutSet(
        "holdout_round424.jsonl",
        20,
        frozenset(f"r424-{k:02d}" for k in (3, 4, 5, 7, 8, 10, 11, 12, 13, 15, 17, 18, 20)),
        0.84,
    ),
    # written blind, papal and religious diplomacy 1979-2026: papal visits abroad, audiences at the Vatican with
    # presidents and prime ministers, interfaith meetings, calls between popes and leaders (rules taken from it; first
    # look 0.908, now 0.914)
    HoldoutSet(
        "holdout_round425.jsonl",
        20,
        frozenset(f"r425-{k:02d}" for k in (3, 5, 7, 8, 9, 11, 13, 15, 16, 18, 20)),
        0.90,
    ),
    # written blind, papal and religious diplomacy 1979-2026: papal visits abroad, audiences at the Vatican with
    # presidents and prime ministers, interfaith meetings, calls between popes and leaders, in a mix of wire styles, two
    # to four events per report (held out: no rule taken from it; first look 0.816; the code at the stop's start scores
    # 0.816, now 0.826)
    HoldoutSet(
        "holdout_round426.jsonl",
        20,
        frozenset(f"r426-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.81,
    ),
    # written blind, North America 1988-2026: US-Canada-Mexico leaders' meetings and calls, NAFTA and USMCA signings,
    # North American Leaders' Summits, visits to Ottawa, Mexico City and Washington (rules taken from it; first look
    # 0.928, now 0.950)
    HoldoutSet(
        "holdout_round427.jsonl",
        20,
        frozenset(f"r427-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 18, 19)),
        0.93,
    ),
    # written blind, North America 1988-2026: US-Canada-Mexico leaders' meetings and calls, NAFTA and USMCA signings,
    # North American Leaders' Summits, visits to Ottawa, Mexico City and Washington, in a mix of wire styles, two to
    # four events per report (held out: no rule taken from it; first look 0.919; the code at the stop's start scores
    # 0.919, now 0.919)
    HoldoutSet(
        "holdout_round428.jsonl",
        20,
        frozenset(f"r428-{k:02d}" for k in (1, 2, 3, 4, 7, 9, 10, 11, 13, 14, 16, 17, 18, 19)),
        0.90,
    ),
    # written blind, reports built like the founding example: leaders' phone and video calls 2018-2026 known from
    # official readouts, with their length, earlier face-to-face meetings and planned visits, several events per report
    # (rules taken from it; first look 0.963, now 0.976)
    HoldoutSet(
        "holdout_round429.jsonl",
        20,
        frozenset(f"r429-{k:02d}" for k in (6, 12, 17, 18)),
        0.96,
    ),
    # written blind, reports built like the founding example: leaders' phone and video calls 2018-2026 known from
    # official readouts, with their length, earlier face-to-face meetings and planned visits, several events per report,
    # in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look 0.916; the
    # code at the stop's start scores 0.916, now 0.916)
    HoldoutSet(
        "holdout_round430.jsonl",
        20,
        frozenset(f"r430-{k:02d}" for k in (3, 4, 6, 9, 10, 11, 13, 14, 17, 18, 19, 20)),
        0.90,
    ),
    # A second batch of stop 29, split fixed before it arrived: rules taken from 431 and 433; 432 and 434 kept back.
    # written blind, short wire briefs of 60 to 110 words on leaders' calls, meetings and visits worldwide, 2015-2026,
    # each with one to three events (rules taken from it; first look 0.966, now 0.979)
    HoldoutSet(
        "holdout_round431.jsonl",
        20,
        frozenset(f"r431-{k:02d}" for k in (8, 14, 16, 17)),
        0.96,
    ),
    # written blind, short wire briefs of 60 to 110 words on leaders' calls, meetings and visits worldwide, 2015-2026,
    # each with one to three events, in a mix of wire styles, two to four events per report (held out: no rule taken
    # from it; first look 0.926; the code at the stop's start scores 0.922, now 0.929)
    HoldoutSet(
        "holdout_round432.jsonl",
        20,
        frozenset(f"r432-{k:02d}" for k in (2, 4, 6, 9, 11, 12, 13, 17, 18, 19, 20)),
        0.91,
    ),
    # written blind, Africa 1994-2026: Horn of Africa, Great Lakes and Sahel peace talks, African leaders' visits to
    # China, France, Russia and the United States, AU summits in Addis Ababa (rules taken from it; first look 0.808, now
    # 0.813)
    HoldoutSet(
        "holdout_round433.jsonl",
        20,
        frozenset(f"r433-{k:02d}" for k in (1, 2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.80,
    ),
    # written blind, Africa 1994-2026: Horn of Africa, Great Lakes and Sahel peace talks, African leaders' visits to
    # China, France, Russia and the United States, AU summits in Addis Ababa, in a mix of wire styles, two to four
    # events per report (held out: no rule taken from it; first look 0.753; the code at the stop's start scores 0.738,
    # now 0.753)
    HoldoutSet(
        "holdout_round434.jsonl",
        20,
        frozenset(f"r434-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.74,
    ),
    # A third batch of stop 29, split fixed before it arrived: rules taken from 435 and 437; 436 and 438 kept back.
    # written blind, Asia-Pacific 2019-2026: calls and meetings of the leaders of India, Japan, Australia, Indonesia,
    # the Philippines, Vietnam and South Korea, Quad and G20 sidelines, state visits (rules taken from it; first look
    # 0.979, now 0.991)
    HoldoutSet(
        "holdout_round435.jsonl",
        20,
        frozenset(f"r435-{k:02d}" for k in (5, 13, 15)),
        0.98,
    ),
    # written blind, Asia-Pacific 2019-2026: calls and meetings of the leaders of India, Japan, Australia, Indonesia,
    # the Philippines, Vietnam and South Korea, Quad and G20 sidelines, state visits, in a mix of wire styles, two to
    # four events per report (held out: no rule taken from it; first look 0.881; the code at the stop's start scores
    # 0.881, now 0.881)
    HoldoutSet(
        "holdout_round436.jsonl",
        20,
        frozenset(f"r436-{k:02d}" for k in (2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 15, 16, 17, 18, 20)),
        0.87,
    ),
    # written blind, reports built like the founding example: a call or video call between two leaders 2019-2026
    # reported the next day, with its length, the leaders' earlier meeting and a planned visit, plus a second call the
    # same day (rules taken from it; first look 0.970, now 0.979)
    HoldoutSet(
        "holdout_round437.jsonl",
        20,
        frozenset(f"r437-{k:02d}" for k in (5, 8, 11, 17, 18)),
        0.96,
    ),
    # written blind, reports built like the founding example: a call or video call between two leaders 2019-2026
    # reported the next day, with its length, the leaders' earlier meeting and a planned visit, plus a second call the
    # same day, in a mix of wire styles, two to four events per report (held out: no rule taken from it; first look
    # 0.913; the code at the stop's start scores 0.903, now 0.913)
    HoldoutSet(
        "holdout_round438.jsonl",
        20,
        frozenset(f"r438-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 16, 17, 18, 19)),
        0.90,
    ),
    # A batch of stop 30, split fixed before it arrived: rules taken from the odd rounds 439-449; the even rounds
    # 440-450 kept back (only their pooled F1 and the ids of reports not fully right were looked at).
    # written blind, Middle East diplomacy 1991-2026: Israel, the Arab states, Iran, the Gulf monarchies, Turkey and
    # the US envoys (rules taken from it; the code at the stop's start scores 0.907, now 0.923)
    HoldoutSet(
        "holdout_round439.jsonl",
        20,
        frozenset(f"r439-{k:02d}" for k in (1, 2, 3, 4, 7, 11, 12, 13, 15, 16, 19)),
        0.91,
    ),
    # written blind, Middle East diplomacy 1991-2026: Israel, the Arab states, Iran, the Gulf monarchies, Turkey and
    # the US envoys, in a mix of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken
    # from it; the code at the stop's start scores 0.901, now 0.901)
    HoldoutSet(
        "holdout_round440.jsonl",
        20,
        frozenset(f"r440-{k:02d}" for k in (2, 3, 6, 8, 10, 11, 14, 15, 17, 19, 20)),
        0.89,
        max_words=400,
    ),
    # written blind, European leaders' diplomacy 2010-2026: EU summits in Brussels, Franco-German and Franco-British
    # meetings, visits of European heads of government to each other and to Washington, calls among them (rules taken
    # from it; the code at the stop's start scores 0.912, now 0.937)
    HoldoutSet(
        "holdout_round441.jsonl",
        20,
        frozenset(f"r441-{k:02d}" for k in (1, 7, 9, 12, 14, 15, 16, 18, 19, 20)),
        0.92,
    ),
    # written blind, European leaders' diplomacy 2010-2026: EU summits in Brussels, Franco-German and Franco-British
    # meetings, visits of European heads of government to each other and to Washington, calls among them, in a mix of
    # wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the
    # stop's start scores 0.898, now 0.898)
    HoldoutSet(
        "holdout_round442.jsonl",
        20,
        frozenset(f"r442-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 13, 15, 19, 20)),
        0.88,
        max_words=400,
    ),
    # written blind, South Asia's leaders 1999-2026: India, Pakistan, Bangladesh, Sri Lanka, Nepal and Afghanistan,
    # their visits, summits and calls, and meetings with Chinese, US, Russian and Gulf leaders (rules taken from it;
    # the code at the stop's start scores 0.910, now 0.921)
    HoldoutSet(
        "holdout_round443.jsonl",
        20,
        frozenset(f"r443-{k:02d}" for k in (1, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14, 15, 18, 19, 20)),
        0.91,
        max_words=400,
    ),
    # written blind, South Asia's leaders 1999-2026: India, Pakistan, Bangladesh, Sri Lanka, Nepal and Afghanistan,
    # their visits, summits and calls, and meetings with Chinese, US, Russian and Gulf leaders, in a mix of wire
    # styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's
    # start scores 0.912, now 0.912)
    HoldoutSet(
        "holdout_round444.jsonl",
        20,
        frozenset(f"r444-{k:02d}" for k in (1, 2, 3, 7, 8, 10, 11, 12, 13, 14, 15, 18, 20)),
        0.90,
        max_words=400,
    ),
    # written blind, the Korean peninsula and Japan 2000-2026: inter-Korean and US-North Korea summits, Japan-South
    # Korea meetings, Chinese and Russian leaders meeting Kim Jong Un (rules taken from it; the code at the stop's
    # start scores 0.924, now 0.937)
    HoldoutSet(
        "holdout_round445.jsonl",
        20,
        frozenset(f"r445-{k:02d}" for k in (2, 3, 5, 6, 7, 8, 10, 12, 13, 19, 20)),
        0.92,
    ),
    # written blind, the Korean peninsula and Japan 2000-2026: inter-Korean and US-North Korea summits, Japan-South
    # Korea meetings, Chinese and Russian leaders meeting Kim Jong Un, in a mix of wire styles: briefs, analyses,
    # look-backs, planned visits (held out: no rule taken from it; the code at the stop's start scores 0.922, now
    # 0.922)
    HoldoutSet(
        "holdout_round446.jsonl",
        20,
        frozenset(f"r446-{k:02d}" for k in (2, 6, 8, 11, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.91,
        max_words=400,
    ),
    # written blind, multilateral summits 2008-2026 (G7, G20, BRICS, APEC, NATO, SCO) and the bilateral meetings on
    # their sidelines (rules taken from it; the code at the stop's start scores 0.932, now 0.939)
    HoldoutSet(
        "holdout_round447.jsonl",
        20,
        frozenset(f"r447-{k:02d}" for k in (2, 4, 8, 9, 10, 13, 16, 17)),
        0.92,
    ),
    # written blind, multilateral summits 2008-2026 (G7, G20, BRICS, APEC, NATO, SCO) and the bilateral meetings on
    # their sidelines, in a mix of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken
    # from it; the code at the stop's start scores 0.836, now 0.839)
    HoldoutSet(
        "holdout_round448.jsonl",
        20,
        frozenset(f"r448-{k:02d}" for k in (2, 4, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 18)),
        0.82,
        max_words=400,
    ),
    # written blind, Central Asia, the Caucasus and Turkey 2005-2026: the leaders' visits, summits, calls and talks
    # with Russian, Chinese, EU and US leaders (rules taken from it; the code at the stop's start scores 0.932, now
    # 0.939)
    HoldoutSet(
        "holdout_round449.jsonl",
        20,
        frozenset(f"r449-{k:02d}" for k in (3, 5, 7, 10, 11, 12, 14, 17)),
        0.92,
    ),
    # written blind, Central Asia, the Caucasus and Turkey 2005-2026: the leaders' visits, summits, calls and talks
    # with Russian, Chinese, EU and US leaders, in a mix of wire styles: briefs, analyses, look-backs, planned visits
    # (held out: no rule taken from it; the code at the stop's start scores 0.917, now 0.917)
    HoldoutSet(
        "holdout_round450.jsonl",
        20,
        frozenset(f"r450-{k:02d}" for k in (1, 3, 5, 7, 8, 16, 18, 19)),
        0.90,
        max_words=400,
    ),
    # A batch of stop 31, split fixed before it arrived: rules taken from the odd rounds 451-473; the even rounds
    # 452-474 kept back (only their pooled F1 and the ids of reports not fully right were looked at).
    # written blind, Latin America and the Caribbean 2000-2026: Lula, Petro, Maduro, Milei, Sheinbaum and Boric,
    # CELAC, Mercosur and Summit of the Americas meetings, US presidents' visits and calls with the region (rules
    # taken from it; the code at the stop's start scores 0.873, now 0.900)
    HoldoutSet(
        "holdout_round451.jsonl",
        20,
        frozenset(f"r451-{k:02d}" for k in (2, 3, 4, 5, 6, 8, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20)),
        0.88,
    ),
    # written blind, Latin America and the Caribbean 2000-2026: Lula, Petro, Maduro, Milei, Sheinbaum and Boric,
    # CELAC, Mercosur and Summit of the Americas meetings, US presidents' visits and calls with the region, in a mix
    # of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the
    # stop's start scores 0.878, now 0.878)
    HoldoutSet(
        "holdout_round452.jsonl",
        20,
        frozenset(f"r452-{k:02d}" for k in (3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.86,
        max_words=400,
    ),
    # written blind, Africa 2000-2026: African Union summits in Addis Ababa, the Pretoria and Nairobi peace talks,
    # FOCAC and US-Africa summits, African leaders' state visits to China, Europe and the Gulf (rules taken from it;
    # the code at the stop's start scores 0.849, now 0.849)
    HoldoutSet(
        "holdout_round453.jsonl",
        20,
        frozenset(f"r453-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.83,
    ),
    # written blind, Africa 2000-2026: African Union summits in Addis Ababa, the Pretoria and Nairobi peace talks,
    # FOCAC and US-Africa summits, African leaders' state visits to China, Europe and the Gulf, in a mix of wire
    # styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's
    # start scores 0.843, now 0.843)
    HoldoutSet(
        "holdout_round454.jsonl",
        20,
        frozenset(f"r454-{k:02d}" for k in (2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.83,
        max_words=400,
    ),
    # written blind, diplomacy around the war in Ukraine 2022-2026 and US-Russia contact: leaders' calls, the Istanbul
    # and Jeddah talks, the Alaska summit, European leaders' trips to Kyiv, Zelensky's visits abroad (rules taken from
    # it; the code at the stop's start scores 0.907, now 0.919)
    HoldoutSet(
        "holdout_round455.jsonl",
        20,
        frozenset(f"r455-{k:02d}" for k in (1, 2, 4, 6, 8, 9, 10, 11, 13, 14, 16, 17)),
        0.90,
    ),
    # written blind, diplomacy around the war in Ukraine 2022-2026 and US-Russia contact: leaders' calls, the Istanbul
    # and Jeddah talks, the Alaska summit, European leaders' trips to Kyiv, Zelensky's visits abroad, in a mix of wire
    # styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's
    # start scores 0.842, now 0.842)
    HoldoutSet(
        "holdout_round456.jsonl",
        20,
        frozenset(f"r456-{k:02d}" for k in (1, 2, 3, 4, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19)),
        0.83,
        max_words=400,
    ),
    # written blind, US presidents' foreign trips and their White House visitors 1989-2026: state visits, Oval Office
    # meetings, Camp David, tours of several countries, calls with foreign leaders (rules taken from it; the code at
    # the stop's start scores 0.897, now 0.911)
    HoldoutSet(
        "holdout_round457.jsonl",
        20,
        frozenset(f"r457-{k:02d}" for k in (1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.90,
    ),
    # written blind, US presidents' foreign trips and their White House visitors 1989-2026: state visits, Oval Office
    # meetings, Camp David, tours of several countries, calls with foreign leaders, in a mix of wire styles: briefs,
    # analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's start scores
    # 0.911, now 0.911)
    HoldoutSet(
        "holdout_round458.jsonl",
        20,
        frozenset(f"r458-{k:02d}" for k in (3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 16, 17, 18, 19)),
        0.90,
        max_words=400,
    ),
    # written blind, Southeast Asia, Australia and New Zealand 2000-2026: ASEAN summits, Indonesian, Philippine,
    # Vietnamese, Thai and Malaysian leaders' visits, Australian and New Zealand prime ministers' trips (rules taken
    # from it; the code at the stop's start scores 0.911, now 0.911)
    HoldoutSet(
        "holdout_round459.jsonl",
        20,
        frozenset(f"r459-{k:02d}" for k in (2, 3, 5, 6, 7, 9, 10, 11, 12, 16, 17, 18, 19)),
        0.90,
    ),
    # written blind, Southeast Asia, Australia and New Zealand 2000-2026: ASEAN summits, Indonesian, Philippine,
    # Vietnamese, Thai and Malaysian leaders' visits, Australian and New Zealand prime ministers' trips, in a mix of
    # wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the
    # stop's start scores 0.864, now 0.864)
    HoldoutSet(
        "holdout_round460.jsonl",
        20,
        frozenset(f"r460-{k:02d}" for k in (1, 3, 4, 5, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20)),
        0.85,
        max_words=400,
    ),
    # written blind, historical summits and conferences 1943-1995 (Tehran, Yalta, Potsdam, Geneva, Camp David,
    # Helsinki, Malta, Dayton and others) told in news reports of their time and in anniversary pieces (rules taken
    # from it; the code at the stop's start scores 0.819, now 0.826)
    HoldoutSet(
        "holdout_round461.jsonl",
        20,
        frozenset(f"r461-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 19, 20)),
        0.81,
    ),
    # written blind, historical summits and conferences 1943-1995 (Tehran, Yalta, Potsdam, Geneva, Camp David,
    # Helsinki, Malta, Dayton and others) told in news reports of their time and in anniversary pieces, in a mix of
    # wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the
    # stop's start scores 0.787, now 0.784)
    HoldoutSet(
        "holdout_round462.jsonl",
        20,
        frozenset(f"r462-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 15, 17, 18, 19, 20)),
        0.77,
        max_words=400,
    ),
    # written blind, the Gulf monarchies and Iran 2015-2026: the Qatar blockade and AlUla, the Abraham Accords, the
    # Saudi-Iran deal brokered in Beijing, Gulf leaders' visits to Washington, Beijing and Moscow (rules taken from
    # it; the code at the stop's start scores 0.880, now 0.891)
    HoldoutSet(
        "holdout_round463.jsonl",
        20,
        frozenset(f"r463-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16, 17, 18, 20)),
        0.87,
    ),
    # written blind, the Gulf monarchies and Iran 2015-2026: the Qatar blockade and AlUla, the Abraham Accords, the
    # Saudi-Iran deal brokered in Beijing, Gulf leaders' visits to Washington, Beijing and Moscow, in a mix of wire
    # styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's
    # start scores 0.896, now 0.896)
    HoldoutSet(
        "holdout_round464.jsonl",
        20,
        frozenset(f"r464-{k:02d}" for k in (1, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 17, 18, 19)),
        0.88,
        max_words=400,
    ),
    # written blind, India's prime ministers abroad and their foreign visitors 2000-2026: state visits, bilateral
    # summits in New Delhi, Quad and BRICS side meetings, calls with other leaders (rules taken from it; the code at
    # the stop's start scores 0.922, now 0.931)
    HoldoutSet(
        "holdout_round465.jsonl",
        20,
        frozenset(f"r465-{k:02d}" for k in (1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 17, 19, 20)),
        0.92,
    ),
    # written blind, India's prime ministers abroad and their foreign visitors 2000-2026: state visits, bilateral
    # summits in New Delhi, Quad and BRICS side meetings, calls with other leaders, in a mix of wire styles: briefs,
    # analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's start scores
    # 0.838, now 0.838)
    HoldoutSet(
        "holdout_round466.jsonl",
        20,
        frozenset(f"r466-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 20)),
        0.82,
        max_words=400,
    ),
    # written blind, China's leaders abroad and foreign leaders in Beijing 1990-2026: state visits, Great Hall of the
    # People welcomes, Belt and Road forums, calls with foreign leaders (rules taken from it; the code at the stop's
    # start scores 0.921, now 0.927)
    HoldoutSet(
        "holdout_round467.jsonl",
        20,
        frozenset(f"r467-{k:02d}" for k in (3, 4, 5, 6, 7, 12, 14, 16, 17, 18, 19, 20)),
        0.91,
    ),
    # written blind, China's leaders abroad and foreign leaders in Beijing 1990-2026: state visits, Great Hall of the
    # People welcomes, Belt and Road forums, calls with foreign leaders, in a mix of wire styles: briefs, analyses,
    # look-backs, planned visits (held out: no rule taken from it; the code at the stop's start scores 0.924, now
    # 0.924)
    HoldoutSet(
        "holdout_round468.jsonl",
        20,
        frozenset(f"r468-{k:02d}" for k in (1, 2, 3, 6, 7, 9, 12, 13, 14, 16, 17, 19, 20)),
        0.91,
        max_words=400,
    ),
    # written blind, papal trips and Vatican audiences 1979-2026: John Paul II, Benedict XVI, Francis and Leo XIV
    # abroad, heads of state received at the Vatican, meetings with other religious leaders (rules taken from it; the
    # code at the stop's start scores 0.660, now 0.670)
    HoldoutSet(
        "holdout_round469.jsonl",
        20,
        frozenset(f"r469-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.65,
    ),
    # written blind, papal trips and Vatican audiences 1979-2026: John Paul II, Benedict XVI, Francis and Leo XIV
    # abroad, heads of state received at the Vatican, meetings with other religious leaders, in a mix of wire styles:
    # briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's start
    # scores 0.682, now 0.690)
    HoldoutSet(
        "holdout_round470.jsonl",
        20,
        frozenset(f"r470-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.67,
        max_words=400,
    ),
    # written blind, the Korean peninsula and Japan 2018-2026: inter-Korean summits, Trump-Kim meetings, Japan-South
    # Korea shuttle diplomacy, Chinese and Russian leaders' meetings with Kim Jong Un (rules taken from it; the code
    # at the stop's start scores 0.913, now 0.931)
    HoldoutSet(
        "holdout_round471.jsonl",
        20,
        frozenset(f"r471-{k:02d}" for k in (1, 2, 3, 4, 5, 8, 9, 12, 14, 15, 17, 19)),
        0.92,
        max_words=400,
    ),
    # written blind, the Korean peninsula and Japan 2018-2026: inter-Korean summits, Trump-Kim meetings, Japan-South
    # Korea shuttle diplomacy, Chinese and Russian leaders' meetings with Kim Jong Un, in a mix of wire styles:
    # briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's start
    # scores 0.900, now 0.906)
    HoldoutSet(
        "holdout_round472.jsonl",
        20,
        frozenset(f"r472-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 8, 9, 10, 14, 17, 18, 20)),
        0.89,
        max_words=400,
    ),
    # written blind, trade, climate and economic diplomacy 1995-2026: COP climate summits, WTO ministerial
    # conferences, G7 and G20 finance and trade meetings, trade ministers' negotiating rounds (rules taken from it;
    # the code at the stop's start scores 0.775, now 0.784)
    HoldoutSet(
        "holdout_round473.jsonl",
        20,
        frozenset(f"r473-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 18, 19, 20)),
        0.76,
    ),
    # written blind, trade, climate and economic diplomacy 1995-2026: COP climate summits, WTO ministerial
    # conferences, G7 and G20 finance and trade meetings, trade ministers' negotiating rounds, in a mix of wire
    # styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's
    # start scores 0.750, now 0.750)
    HoldoutSet(
        "holdout_round474.jsonl",
        20,
        frozenset(f"r474-{k:02d}" for k in (1, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20)),
        0.74,
        max_words=400,
    ),
    # A batch of stop 32, split fixed before it arrived: rules taken from the odd rounds 475-505; the even rounds
    # 476-506 kept back (only their pooled F1 and the ids of reports not fully right were looked at).
    # written blind, the European Union and European leaders 1990-2026: European Council summits in Brussels, Franco-
    # German meetings, British prime ministers' visits to European capitals, EU leaders' trips abroad and calls (rules
    # taken from it; the code at the stop's start scores 0.846, now 0.852)
    HoldoutSet(
        "holdout_round475.jsonl",
        20,
        frozenset(f"r475-{k:02d}" for k in (1, 3, 4, 5, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.84,
    ),
    # written blind, the European Union and European leaders 1990-2026: European Council summits in Brussels, Franco-
    # German meetings, British prime ministers' visits to European capitals, EU leaders' trips abroad and calls, in a
    # mix of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at
    # the stop's start scores 0.800, now 0.800)
    HoldoutSet(
        "holdout_round476.jsonl",
        20,
        frozenset(f"r476-{k:02d}" for k in (1, 2, 3, 4, 6, 7, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20)),
        0.79,
        max_words=400,
    ),
    # written blind, Middle East peace diplomacy 1977-2026: Camp David, Oslo, Madrid, Israeli prime ministers' visits
    # to Washington, Egyptian, Jordanian and Qatari mediation, Gaza ceasefire talks, calls between leaders (rules
    # taken from it; the code at the stop's start scores 0.865, now 0.872)
    HoldoutSet(
        "holdout_round477.jsonl",
        20,
        frozenset(f"r477-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 15, 16, 17, 18, 20)),
        0.86,
    ),
    # written blind, Middle East peace diplomacy 1977-2026: Camp David, Oslo, Madrid, Israeli prime ministers' visits
    # to Washington, Egyptian, Jordanian and Qatari mediation, Gaza ceasefire talks, calls between leaders, in a mix
    # of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the
    # stop's start scores 0.872, now 0.875)
    HoldoutSet(
        "holdout_round478.jsonl",
        20,
        frozenset(f"r478-{k:02d}" for k in (2, 4, 5, 6, 7, 8, 9, 11, 13, 14, 16, 17, 19, 20)),
        0.86,
        max_words=250,
    ),
    # written blind, Cold War summitry and arms control 1955-1991: Geneva, Glassboro, Vienna, Reykjavik, Malta, Nixon
    # in Moscow and Beijing, Helsinki, foreign ministers' talks (rules taken from it; the code at the stop's start
    # scores 0.873, now 0.885)
    HoldoutSet(
        "holdout_round479.jsonl",
        20,
        frozenset(f"r479-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 20)),
        0.87,
    ),
    # written blind, Cold War summitry and arms control 1955-1991: Geneva, Glassboro, Vienna, Reykjavik, Malta, Nixon
    # in Moscow and Beijing, Helsinki, foreign ministers' talks, in a mix of wire styles: briefs, analyses, look-
    # backs, planned visits (held out: no rule taken from it; the code at the stop's start scores 0.865, now 0.865)
    HoldoutSet(
        "holdout_round480.jsonl",
        20,
        frozenset(f"r480-{k:02d}" for k in (1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 18, 19, 20)),
        0.85,
        max_words=400,
    ),
    # written blind, NATO, G7 and G20 summits 1975-2026 and the bilateral meetings held on their sidelines; host
    # cities, leaders' arrivals, meetings of one or two hours (rules taken from it; the code at the stop's start
    # scores 0.939, now 0.943)
    HoldoutSet(
        "holdout_round481.jsonl",
        20,
        frozenset(f"r481-{k:02d}" for k in (5, 6, 7, 8, 10, 11, 13, 15, 16, 17, 18)),
        0.93,
    ),
    # written blind, NATO, G7 and G20 summits 1975-2026 and the bilateral meetings held on their sidelines; host
    # cities, leaders' arrivals, meetings of one or two hours, in a mix of wire styles: briefs, analyses, look-backs,
    # planned visits (held out: no rule taken from it; the code at the stop's start scores 0.866, now 0.871)
    HoldoutSet(
        "holdout_round482.jsonl",
        20,
        frozenset(f"r482-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)),
        0.85,
        max_words=250,
    ),
    # written blind, Turkey, the Caucasus and Central Asia 2000-2026: Erdogan's meetings and calls, Armenia-Azerbaijan
    # peace talks, Central Asian presidents' visits to Moscow, Beijing and Washington (rules taken from it; the code
    # at the stop's start scores 0.942, now 0.942)
    HoldoutSet(
        "holdout_round483.jsonl",
        20,
        frozenset(f"r483-{k:02d}" for k in (3, 5, 6, 9, 12, 13, 14, 18)),
        0.93,
    ),
    # written blind, Turkey, the Caucasus and Central Asia 2000-2026: Erdogan's meetings and calls, Armenia-Azerbaijan
    # peace talks, Central Asian presidents' visits to Moscow, Beijing and Washington, in a mix of wire styles:
    # briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's start
    # scores 0.914, now 0.914)
    HoldoutSet(
        "holdout_round484.jsonl",
        20,
        frozenset(f"r484-{k:02d}" for k in (2, 4, 6, 9, 10, 12, 13, 15, 16, 17, 19, 20)),
        0.90,
        max_words=250,
    ),
    # written blind, royal and ceremonial state visits 1950-2026: British monarchs, Japanese emperors, Gulf kings and
    # emirs, Spanish, Dutch, Swedish and Thai royals visiting or received by heads of state (rules taken from it; the
    # code at the stop's start scores 0.862, now 0.862)
    HoldoutSet(
        "holdout_round485.jsonl",
        20,
        frozenset(f"r485-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.85,
    ),
    # written blind, royal and ceremonial state visits 1950-2026: British monarchs, Japanese emperors, Gulf kings and
    # emirs, Spanish, Dutch, Swedish and Thai royals visiting or received by heads of state, in a mix of wire styles:
    # briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's start
    # scores 0.832, now 0.835)
    HoldoutSet(
        "holdout_round486.jsonl",
        20,
        frozenset(f"r486-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 20)),
        0.82,
        max_words=400,
    ),
    # written blind, Canada, Australia and New Zealand leaders 1990-2026: visits to Washington, Beijing, Tokyo and
    # London, Pacific Islands Forum meetings, calls with other leaders (rules taken from it; the code at the stop's
    # start scores 0.907, now 0.907)
    HoldoutSet(
        "holdout_round487.jsonl",
        20,
        frozenset(f"r487-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15, 16, 17, 19, 20)),
        0.89,
    ),
    # written blind, Canada, Australia and New Zealand leaders 1990-2026: visits to Washington, Beijing, Tokyo and
    # London, Pacific Islands Forum meetings, calls with other leaders, in a mix of wire styles: briefs, analyses,
    # look-backs, planned visits (held out: no rule taken from it; the code at the stop's start scores 0.892, now
    # 0.892)
    HoldoutSet(
        "holdout_round488.jsonl",
        20,
        frozenset(f"r488-{k:02d}" for k in (1, 2, 3, 4, 5, 7, 8, 10, 11, 12, 13, 15, 17, 18, 19)),
        0.88,
        max_words=400,
    ),
    # written blind, leaders' phone and video calls worldwide 2020-2026: calls told with durations, video summits,
    # several calls in one report, calls that preceded or followed meetings (rules taken from it; the code at the
    # stop's start scores 0.944, now 0.954)
    HoldoutSet(
        "holdout_round489.jsonl",
        20,
        frozenset(f"r489-{k:02d}" for k in (2, 3, 6, 8, 11, 12, 17, 19)),
        0.94,
    ),
    # written blind, leaders' phone and video calls worldwide 2020-2026: calls told with durations, video summits,
    # several calls in one report, calls that preceded or followed meetings, in a mix of wire styles: briefs,
    # analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's start scores
    # 0.916, now 0.916)
    HoldoutSet(
        "holdout_round490.jsonl",
        20,
        frozenset(f"r490-{k:02d}" for k in (2, 3, 4, 5, 6, 8, 10, 12, 14, 15, 16, 17, 18, 19)),
        0.90,
        max_words=400,
    ),
    # written blind, Africa and Europe 1960-2026: France-Africa summits, African leaders received in Paris, London,
    # Brussels and Berlin, EU-African Union summits, European leaders' tours of Africa, calls (rules taken from it;
    # the code at the stop's start scores 0.914, now 0.935)
    HoldoutSet(
        "holdout_round491.jsonl",
        20,
        frozenset(f"r491-{k:02d}" for k in (1, 4, 5, 6, 9, 10, 12, 13, 17, 19, 20)),
        0.92,
    ),
    # written blind, Africa and Europe 1960-2026: France-Africa summits, African leaders received in Paris, London,
    # Brussels and Berlin, EU-African Union summits, European leaders' tours of Africa, calls, in a mix of wire
    # styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the stop's
    # start scores 0.844, now 0.855)
    HoldoutSet(
        "holdout_round492.jsonl",
        20,
        frozenset(f"r492-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 11, 14, 16, 17, 18)),
        0.84,
        max_words=250,
    ),
    # written blind, South Asia 1947-2026: India-Pakistan summits (Tashkent, Simla, Lahore, Agra), leaders of
    # Bangladesh, Sri Lanka, Nepal, Bhutan and the Maldives visiting New Delhi, Islamabad, Beijing and Washington,
    # SAARC summits (rules taken from it; the code at the stop's start scores 0.923, now 0.923)
    HoldoutSet(
        "holdout_round493.jsonl",
        20,
        frozenset(f"r493-{k:02d}" for k in (1, 3, 4, 5, 6, 8, 10, 11, 13, 14, 15, 17, 18, 20)),
        0.91,
    ),
    # written blind, South Asia 1947-2026: India-Pakistan summits (Tashkent, Simla, Lahore, Agra), leaders of
    # Bangladesh, Sri Lanka, Nepal, Bhutan and the Maldives visiting New Delhi, Islamabad, Beijing and Washington,
    # SAARC summits, in a mix of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken
    # from it; the code at the stop's start scores 0.888, now 0.891)
    HoldoutSet(
        "holdout_round494.jsonl",
        20,
        frozenset(f"r494-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 13, 14, 16, 17, 18, 19)),
        0.88,
        max_words=250,
    ),
    # written blind, Mexico, Central America and the Caribbean 1960-2026: US-Mexico summits and calls, Cuban leaders'
    # meetings, Central American peace talks, CARICOM summits, visits to Havana, Mexico City and Panama City (rules
    # taken from it; the code at the stop's start scores 0.801, now 0.801)
    HoldoutSet(
        "holdout_round495.jsonl",
        20,
        frozenset(f"r495-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.79,
    ),
    # written blind, Mexico, Central America and the Caribbean 1960-2026: US-Mexico summits and calls, Cuban leaders'
    # meetings, Central American peace talks, CARICOM summits, visits to Havana, Mexico City and Panama City, in a mix
    # of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at the
    # stop's start scores 0.747, now 0.753)
    HoldoutSet(
        "holdout_round496.jsonl",
        20,
        frozenset(f"r496-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.74,
        max_words=400,
    ),
    # written blind, the Balkans and Eastern Europe 1990-2026: Dayton, Rambouillet, the Serbia-Kosovo dialogue in
    # Brussels, Polish, Hungarian, Czech and Romanian leaders' visits and calls, Western leaders in Belgrade, Sarajevo
    # and Warsaw (rules taken from it; the code at the stop's start scores 0.830, now 0.866)
    HoldoutSet(
        "holdout_round497.jsonl",
        20,
        frozenset(f"r497-{k:02d}" for k in (2, 3, 5, 7, 8, 9, 10, 12, 13, 14, 15, 16, 18, 19, 20)),
        0.85,
    ),
    # written blind, the Balkans and Eastern Europe 1990-2026: Dayton, Rambouillet, the Serbia-Kosovo dialogue in
    # Brussels, Polish, Hungarian, Czech and Romanian leaders' visits and calls, Western leaders in Belgrade, Sarajevo
    # and Warsaw, in a mix of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from
    # it; the code at the stop's start scores 0.830, now 0.848)
    HoldoutSet(
        "holdout_round498.jsonl",
        20,
        frozenset(f"r498-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 18, 19, 20)),
        0.83,
        max_words=250,
    ),
    # written blind, international organisations 1970-2026: UN General Assembly week meetings in New York, UN
    # secretaries-general on trips, heads of the IMF, World Bank and WHO meeting leaders, calls with the UN chief
    # (rules taken from it; the code at the stop's start scores 0.833, now 0.833)
    HoldoutSet(
        "holdout_round499.jsonl",
        20,
        frozenset(f"r499-{k:02d}" for k in (1, 4, 5, 7, 8, 11, 12, 15, 16, 17, 19, 20)),
        0.82,
    ),
    # written blind, international organisations 1970-2026: UN General Assembly week meetings in New York, UN
    # secretaries-general on trips, heads of the IMF, World Bank and WHO meeting leaders, calls with the UN chief, in
    # a mix of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it; the code at
    # the stop's start scores 0.843, now 0.844)
    HoldoutSet(
        "holdout_round500.jsonl",
        20,
        frozenset(f"r500-{k:02d}" for k in (1, 2, 3, 4, 5, 8, 11, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.83,
        max_words=400,
    ),
    # written blind, Japan's prime ministers and emperors abroad and foreign leaders in Tokyo 1970-2026: state visits,
    # Kantei talks, G7 summits in Japan, calls with US presidents (rules taken from it; the code at the stop's start
    # scores 0.882, now 0.882)
    HoldoutSet(
        "holdout_round501.jsonl",
        20,
        frozenset(f"r501-{k:02d}" for k in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.87,
    ),
    # written blind, Japan's prime ministers and emperors abroad and foreign leaders in Tokyo 1970-2026: state visits,
    # Kantei talks, G7 summits in Japan, calls with US presidents, in a mix of wire styles: briefs, analyses, look-
    # backs, planned visits (held out: no rule taken from it; the code at the stop's start scores 0.858, now 0.858)
    HoldoutSet(
        "holdout_round502.jsonl",
        20,
        frozenset(f"r502-{k:02d}" for k in (3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 20)),
        0.84,
        max_words=400,
    ),
    # written blind, Nordic and Baltic diplomacy 1975-2026: meetings in Helsinki, Reykjavik, Oslo, Stockholm and
    # Copenhagen, Nordic Council and Arctic Council sessions, Baltic leaders' visits and calls, Nordic mediation
    # efforts (rules taken from it; the code at the stop's start scores 0.818, now 0.822)
    HoldoutSet(
        "holdout_round503.jsonl",
        20,
        frozenset(f"r503-{k:02d}" for k in (1, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.80,
    ),
    # written blind, Nordic and Baltic diplomacy 1975-2026: meetings in Helsinki, Reykjavik, Oslo, Stockholm and
    # Copenhagen, Nordic Council and Arctic Council sessions, Baltic leaders' visits and calls, Nordic mediation
    # efforts, in a mix of wire styles: briefs, analyses, look-backs, planned visits (held out: no rule taken from it;
    # the code at the stop's start scores 0.816, now 0.823)
    HoldoutSet(
        "holdout_round504.jsonl",
        20,
        frozenset(f"r504-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20)),
        0.81,
        max_words=400,
    ),
    # written blind, ceremonies that leaders attend 1960-2026: state funerals, inaugurations and swearing-in
    # ceremonies, coronations, Olympic opening ceremonies and World Cup finals attended by foreign leaders, with the
    # meetings held on their margins (rules taken from it; the code at the stop's start scores 0.693, now 0.702)
    HoldoutSet(
        "holdout_round505.jsonl",
        20,
        frozenset(f"r505-{k:02d}" for k in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.69,
    ),
    # written blind, ceremonies that leaders attend 1960-2026: state funerals, inaugurations and swearing-in
    # ceremonies, coronations, Olympic opening ceremonies and World Cup finals attended by foreign leaders, with the
    # meetings held on their margins, in a mix of wire styles: briefs, analyses, look-backs, planned visits (held out:
    # no rule taken from it; the code at the stop's start scores 0.575, now 0.595)
    HoldoutSet(
        "holdout_round506.jsonl",
        20,
        frozenset(f"r506-{k:02d}" for k in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)),
        0.58,
        max_words=250,
    ),
]
REPORTS = {s.file: load_reports(s.file) for s in SETS}
LEXICONS = {file: lexicon_of(reports) for file, reports in REPORTS.items()}


def _expected_exactly(s: HoldoutSet) -> list:
    return [pytest.param(s.file, r, id=r["id"]) for r in REPORTS[s.file] if r["id"] not in s.known_misses]


@pytest.mark.parametrize("with_lexicon", [False, True], ids=["without-lexicon", "with-lexicon"])
@pytest.mark.parametrize(("file", "report"), [p for s in SETS for p in _expected_exactly(s)])
def test_report_gives_exactly_its_expected_claims(file, report, with_lexicon):
    got, want = claim_counts(report, LEXICONS[file] if with_lexicon else None)
    assert got == want


@pytest.mark.parametrize("s", [s for s in SETS if s.f1_floor is not None], ids=lambda s: s.file)
def test_set_claims_f1_stays_above_floor(s):
    assert set_f1(REPORTS[s.file]) >= s.f1_floor


@pytest.mark.parametrize("s", SETS, ids=lambda s: s.file)
def test_reports_are_well_formed(s):
    reports = REPORTS[s.file]
    assert len(reports) == s.size
    for report in reports:
        if s.max_words is not None:
            assert 60 <= len(report["text"].split()) <= s.max_words
        for claim in report["expected_claims"]:
            assert claim["mention"] in report["text"]
            assert claim["verdict"] in ("supported", "contradicted", "unverifiable")
            if s.unverifiable_only:
                assert claim["event_ref"] is None and claim["verdict"] == "unverifiable"
