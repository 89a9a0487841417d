"""Event mentions: sentences, trigger words, participants, modality and cross-sentence coreference.

The stage reads a report sentence by sentence. In each sentence it finds the **triggers** — words that
name an event ("phone call", "video conference", "met", "talks", "summit", "visit to") — and decides
for each one whether it names a new event or one already seen:

- a trigger with a past-reference marker ("last met", "when they met", "after their first summit",
  "a separate video discussion") is a new, earlier event;
- a trigger whose sentence names participants ("between A and B", "A and B held ...", "A met B",
  "A held a video call with B", "A, joined by C") joins the latest event of the same kind with the same
  people, else starts a new one;
- a definite trigger ("the call", "their meeting", "The summit, which ...") joins the latest event of
  its kind; generic words ("spoke for", "the conversation", "the discussions") join the latest event;
- a summit named after a multilateral gathering ("the APEC summit") is an event of its own, and "on the
  sidelines of the G20 summit" is no event at all (it only places the leaders' meeting).

Modality is *planned* when a planning word precedes the trigger in its clause ("will", "planned",
"is expected to", "looked forward to", "an invitation to visit", "next"), else *asserted*.

Participants claims are emitted only for people the sentence names as taking part (two or more);
"the two leaders" or "Kremlin aide Yuri Ushakov told reporters" never make one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise
from operator import attrgetter

from services.extractor.layout import dateline_end, label_end
from services.extractor.people import DELEGATION_NOUNS, PERSON_ASIDE, TELL_VERBS, PersonMention
from services.extractor.places import NAMED_SITE_WORDS
from services.extractor.timewords import FULL_MONTHS, LETTERS_ONLY, PARTS_OF_DAY, text_scan, word_offsets
from shared import gazetteer
from shared.model import DateValue, EventType, Modality

# Enum members as module constants for the functions below: each ``Modality.PLANNED`` there would be a look-up
# through EnumType's __getattr__ hook (~0.3 µs), and the trigger code makes dozens per trigger.
PLANNED, ASSERTED = Modality.PLANNED, Modality.ASSERTED
PHONE_CALL, VIDEO_CALL, MEETING, TALKS = EventType.PHONE_CALL, EventType.VIDEO_CALL, EventType.MEETING, EventType.TALKS
SUMMIT, VISIT, OTHER = EventType.SUMMIT, EventType.VISIT, EventType.OTHER

# -- sentences ---------------------------------------------------------------------------------------

# A sentence ends at [.!?] (then closing quotes, space and a capital or digit) or at a line break. The match
# starts with the punctuation or the line break itself, so the scan can skip other characters fast.
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|(?<=\n)\s*)")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sen|Rep|Gov|Prof|No|Vol|Mt|Ft|Inc|Corp|Co|Ltd|Adm|Capt"
    r"|Maj|Sgt|Rev|Hon|Rt|Smt|Engr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    r"|U\.S|U\.K|U\.N)\.$"
)
_HEADLINE = re.compile(r"^([^.:!?\n]{8,120}):\s+(?=[A-Z])")


@dataclass(slots=True)  # not frozen: a frozen dataclass costs ~1 µs more per construction; none is hashed
class Sentence:
    """A sentence of the report: ``text[start:end]``; ``headline`` for a title-case lead-in."""

    start: int
    end: int
    headline: bool = False


def _is_headline(segment: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", segment) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences (paragraph breaks, sentence ends; "U.S." and initials kept)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        stop = m.start()
        if text[stop] == "\n":
            end = stop  # at the line break
        else:
            end = stop + 1  # after the full stop
            # "U.S." and "Mr." end no sentence, unless a line break follows (only a full stop can end one)
            if text[stop] == "." and _ABBREV.search(text, max(start, end - 6), end) and "\n" not in m.group():
                continue
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    result: list[Sentence] = []
    dateline = dateline_end(text)
    for start, end in spans:
        while text[start].isspace():
            start += 1
        if start == 0 and 0 < dateline < end:  # "BRUSSELS, Feb 27 (Reuters) - ...": filed, not an event
            result.append(Sentence(0, dateline, True))
            start = dateline
        # _HEADLINE starts with "^", which matches only at the start of the text
        if start == 0 and (head := _HEADLINE.match(text, 0, end)) and _is_headline(head.group(1)):
            result.append(Sentence(0, head.end(1), True))
            start = head.end()
        if (
            text[start : start + 1].isdigit()
            or text[start + 1 : start + 3].isalpha()
            or text[start] in "•▪◦·["
            or not (text[start].isascii() or text[start].isalpha() or text[start] in "“‘")  # "🚨 "
        ) and (label := label_end(text, start, end)) > start:
            result.append(Sentence(start, label, True))  # "ANCHOR: ", "Update: ", "14:25 KST — ": no claim
            start = label
        result.append(Sentence(start, end))
    return result


# -- triggers ----------------------------------------------------------------------------------------

CLASS_OF = {
    EventType.PHONE_CALL: "call",
    EventType.VIDEO_CALL: "call",
    EventType.MEETING: "meet",
    EventType.TALKS: "meet",
    EventType.SUMMIT: "meet",
    EventType.VISIT: "visit",
    EventType.OTHER: "other",
}

# A weekday's name, as the patterns below (and the pipeline's) write it
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# how a traveller goes: "by helicopter", "by bullet train", "by armoured train" (shared by the trip patterns)
TRAVEL_MEANS = (
    r"(?:(?:bullet|high-speed|special|armou?red|private|presidential)\s+)?"
    r"(?:helicopter|plane|jet|seaplane|air|car|motorcade|road|train|rail|bus|boat|ship|sea|ferry)"
)
# A day named after "on": a weekday or a month and day ("on Friday", "on Nov. 30"); shared by the patterns below
_ON_DAY = (
    rf"on\s+(?:{WEEKDAY}"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"
)
# The verbs of holding an event: "agreed to hold a summit", "to host talks"
HOLD_VERBS = r"(?:hold|host|have|convene|attend|resume|restart)"

# the meals a meeting may be told by: "had breakfast with B", "held a working lunch", "a two-hour dinner"
MEAL_WORDS = ("breakfast", "lunch", "luncheon", "dinner")  # the pipeline's length patterns use them too
_MEAL = "(?:" + "|".join(MEAL_WORDS) + ")"
# what may stand before "take(s)/took him to": the trip and the words of its relative clause ("a tour that will also")
_TOUR_TAKES_BEFORE = "|".join(
    f"(?<={noun} {rel}{aux})"
    for noun in ("tour", "trip", "visit", "journey")
    for rel in ("", "that ", "which ")
    for aux in ("", "also ", "will ", "will also ", "is to ", "is also to ")
)
# the audience a speech is addressed to: "addressed a crowd of thousands", "addressing the students"
_TO_AUDIENCE = r" (?:a |the )?(?:[\w-]+ ){0,3}(?:crowd|rally|audience|students|gathering)s?\b"
_TRIGGER_TABLE: list[tuple[str, EventType | None]] = [
    (
        r"video[- ](?:call|conference|discussion|conversation|link|chat|summit|meeting|talks)s?|videoconferences?"
        r"|virtual (?:meeting|summit|talks)",
        EventType.VIDEO_CALL,
    ),
    (
        r"(?:tele)?phone (?:call|conversation|talks)s?|(?:spoke|spoken|speak|speaks|speaking|talked|talk|talks)"
        r" (?:by|over the|on the) (?:tele)?phone|phoned|telephoned|calls?"
        r"(?! on (?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z])"
        r"|(?<=to )(?:tele)?phone(?= (?:[A-Z]|his |her ))"  # "broke off the meeting to phone Vladimir Putin"
        r"|(?:rang|dialled|dialed|dials)(?= (?:[A-Z]|his |her ))",  # "Obama rang Gordon Brown on Friday"
        EventType.PHONE_CALL,
    ),
    (
        r"summits?|(?:peace|climate|donor|donors|pledging|aid|humanitarian|security|reconstruction|ministerial"
        r"|international) conferences?"
        # "A, B and C opened their conference in Geneva" (weak: a pair takes part; not a news conference)
        r"|(?<!news )(?<!press )(?<!video )(?<!video-)(?<!phone )(?<!telephone )(?<!tele)conferences?"
        r"|(?<!intelligence )(?<!information )(?<!evidence )gatherings?"  # "the three-day gathering in Bucharest"
        r"|forums?"  # "opened the third Belt and Road Forum in Beijing on Wednesday"
        # "NATO leaders gather in Washington from Tuesday": a plural subject's schedule ("convene the talks" names
        # its event in the object)
        r"|(?:gather|convene|reconvene)(?=\s+(?:in|on|at|for|from|next|this|today|tomorrow)\b|[,.])"
        # "The three leaders had gathered at Camp David on Sept. 5": leaders gathered somewhere (not protesters)
        # ("Leaders of 16 nations gathered in Kuala Lumpur": the leaders of a list of states)
        r"|(?:(?<=leaders )|(?<=leaders had )|(?<=leaders have )|(?<=nations )|(?<=countries )|(?<=economies )"
        r"|(?<=when they )|(?<=where they ))"  # "since 2021, when they gathered in Washington": the leaders told before
        r"gathered(?=\s+(?:in|on|at)\b)",
        EventType.SUMMIT,
    ),
    # "a marathon five-hour session", "two days of bargaining between A and B": weak unless people take part
    # ("intergovernmental consultations, held in Berlin last June": weak as negotiations are)
    (
        r"talks|sessions?|negotiations|consultations|bargaining|dialogue"
        # "began negotiating on Wednesday evening", "have been negotiating in Havana since 2012" (not "a negotiating
        # team", "the negotiating table")
        r"|negotiating(?= (?:in|on|at|since|for|with|through|overnight|until)\b|[,.])"
        r"|negotiation(?= between\b)",  # "turned into an overnight negotiation between A, B and C"
        EventType.TALKS,
    ),
    (
        r"meetings?|met|meet|meets|encounters?|sit-down|get-together|(?:sat|sit|sits|sitting) (?:down|face to face)"
        r"|courtesy calls?"
        # "the two countries' annual leaders' retreat" (weak: a pair takes part); not "the presidential retreat"
        r"|(?<!presidential )(?<!mountain )(?<!country )(?<!summer )(?<!weekend )(?<!holiday )retreats?"
        # "called on Governor-General Bob Dadae", "called on opposition leader Aung San Suu Kyi": a courtesy call
        # (not "called on President Putin to end the war": an appeal)
        r"|(?:called|calls|calling) on(?= (?:(?:opposition |former |party |acting )?leader )?[A-Z])"
        r"(?! (?:[a-z]+ )?(?:[A-Z][\w.'’-]* ){1,5}to (?!discuss|talk|pay)[a-z])"
        # "will call on President Thein Sein", "paid a call on North Korean leader Kim Jong Il"
        r"|(?:(?<=will )|(?<=will also )|(?<=would )|(?<=would also )|(?<=to ))call on(?= [A-Z])"
        r"|(?<=a )call on(?= [A-Z])"
        # "He will have breakfast with Vladimir Putin" (not "flew to Mar-a-Lago for dinner with Trump": the trip's)
        # ("A and B had dinner on Friday at Mar-a-Lago": a pair's meal told by its day)
        rf"|(?:(?<=had )|(?<=have )|(?<=has )|(?<=having )){_MEAL}"
        rf"(?= (?:with|together|on {WEEKDAY})\b)"
        # "held a working breakfast in Paris", "a two-hour lunch with B": a meal told as a meeting of its own
        rf"|(?:(?<=working )|(?<=-hour )|(?<=-minute )){_MEAL}"
        # "for an audience with Pope Francis", "Trump and Netanyahu were to dine together"
        r"|audiences?(?= with\b)|(?:(?<=-minute )|(?<=-hour )|(?<=private ))audience"  # "during a 20-minute audience"
        # ("On Sunday, Bush and Lula lunched at Lula's country residence": a meal at a place)
        r"|(?:dine|dined|dines|dining|lunched|lunches|lunching|breakfasted)"
        rf"(?= (?:together|with|at|privately|alone|on {WEEKDAY})\b)"
        r"|(?:took|take|takes|taking) tea(?= (?:together|with)\b)"  # "They then took tea together for 40 minutes"
        # "King Charles and Pope Leo prayed together in the Sistine Chapel": a pair's act together is their meeting
        r"|(?:prayed|pray|prays|praying|worshipped|worshiped)(?= together\b)"
        # "Bush huddled with Putin", "held a tete-a-tete"
        r"|(?:huddled|huddle|huddles|huddling)(?= with\b)|tete-a-tetes?|pull-asides?"  # "a brief pull-aside"
        r"|crossed paths"  # "Obama and Castro last crossed paths in December 2013": a brief encounter
        # "The two leaders played golf together on Sunday in Chiba prefecture" (weak: a pair plays)
        r"|(?:played|plays|play|playing) (?:a round of )?golf"
        # "Modi and Sharif exchanged a few words in Paris last month", "A and B chatted briefly": the same
        r"|exchanged (?:a few words|greetings|pleasantries)|chatted"
        # "held a brief 10-minute exchange" (weak: a pair takes part; not "an exchange of prisoners")
        r"|(?:(?<=-minute )|(?<=brief )|(?<=private ))exchanges?(?! of\b)"
        # "A and B spent 90 minutes alone": time the pair spent together
        # ("Modi and Xi spent about two and a half hours over dinner")
        r"|spent(?= (?:[\w-]+ ){0,5}(?:hours?|minutes) (?:alone|together|one-on-one|privately|in private"
        r"|over (?:dinner|lunch|breakfast))\b)",
        EventType.MEETING,
    ),
    (
        r"visit(?:s|ed|ing)?|trips?|tours?|toured|travel(?:s|led|ed|ling|ing)?|journey"
        # "flew on to Beijing", "flew into Lahore", "flies today to Malta"
        r"|(?:flew|flown|flies|fly|flying) (?:today |tonight |tomorrow |next )?(?:on )?(?:in)?to"  # "flies next to Rio"
        r"|(?:flew|flown|flies|fly|flying) (?:secretly|quietly|overnight|unannounced) (?:on )?to"  # "flew secretly to"
        # "flew by helicopter to Camp David", "went by car to the border" (not "went by the rules")
        rf"|(?:flew|flown|flies|fly|flying|went|goes|go|drove|driven|sailed) by {TRAVEL_MEANS}"
        r" (?:on )?to(?= [A-Z]| the [A-Z]| (?:his|her) )"
        # "is due to fly on Wednesday to Sharm el-Sheikh"
        rf"|(?:flew|flies|fly|flying) (?:later |early |late )?on {WEEKDAY} to(?= [A-Z]"
        r"| the [A-Z])"  # "He flies later on Tuesday to Belgrade"
        # "flew directly from Israel to Jeddah"
        r"|(?:flew|flies) (?:directly |straight )?from (?:[A-Z][\w'’.-]* ){1,2}to(?= [A-Z])"
        r"|(?:flew|flies) in(?= (?:on|from|late|early|overnight)\b)"  # "Obama flew in on Sunday night from Kenya"
        r"|(?<=-day )stay"  # "a three-day stay that began in Shanghai"
        # "Putin had invited Trump to Moscow": a visit offered, to the place named
        # ("Trump has been invited to Moscow": the visit offered to the subject)
        r"|invit(?:ed|es|ing)(?= (?:him |her |them |(?<=been invited )|(?:[A-Z][\w'’.-]* ){1,4})to (?:[A-Z]"
        # "Bush invited Putin to his ranch in Crawford, Texas": a visit to the host's own place
        r"|(?:his|her|their) (?:[a-z]+ ){0,2}(?:ranch|home|residence|estate|retreat|dacha|farm|villa) in [A-Z]))"
        # "a stop at CIA headquarters in Langley", "is to stop in Tehran" (not "invited Modi to stop in Washington")
        r"|(?:(?<!to )|(?<=is to )|(?<=was to )|(?<=due to )|(?<=expected to )|(?<=scheduled to )|(?<=set to ))"
        r"(?:stop(?:over)?s?|stopped)(?= (?:in|at) (?:the )?[A-Z])"
        # "Carney spent about two hours at the White House": a stay of a length at a place
        r"|spent(?= (?:[\w-]+ ){0,3}(?:hours?|days?|nights?|minutes?) (?:at|in) (?:the )?[A-Z])"
        # "Xi spent Tuesday in Hobart": a day of a trip in a place
        rf"|spent(?= (?:{WEEKDAY}|yesterday|today)"
        r" (?:at|in) (?:the )?[A-Z])"  # "A and B spent yesterday at Fox's family ranch"
        r"|(?:heads|headed|heading|head) (?:next |on )?to"  # "heads next to Hanoi"
        r"|(?:leaves|leave|left|leaving|departs|depart|departed|departing)"
        rf" (?:on {WEEKDAY} )?for"  # "leaves on Thursday for Seoul" (a weekday only)
        r"|(?:go|goes|went|going) (?:on )?to(?= [A-Z])"  # "will go on to New Delhi", "He goes to Tonga on Tuesday"
        r"|return(?:s|ed|ing)? to(?= [A-Z])"  # "is expected to return to China in June"
        r"|(?:came|comes|come) to(?= [A-Z])"  # "Xi last came to France in 2014"
        # "His only previous trip to the region took him to Brazil", "a tour that will take him to Angola"
        r"|took (?:him|her|them) to(?= [A-Z])"
        r"|(?:(?<=tour that will )|(?<=trip that will )|(?<=tour which will )|(?<=trip which will )|(?<=tour will )"
        r"|(?<=trip will ))take (?:him|her|them) to(?= [A-Z])"
        # "a tour that will also take him to Atlanta, Houston and Seattle", "a trip that also took him to Israel"
        rf"|(?=t(?:akes?|ook) )(?:{_TOUR_TAKES_BEFORE})(?:takes|take|took) (?:him|her|them) to(?= [A-Z])"
        # "left Riyadh for Doha on Tuesday": a departure for the place named after "for"
        r"|(?:leaves|left|leaving|departs|departed|departing) (?:[A-Z][\w'’.-]* ){1,3}"
        rf"(?:on {WEEKDAY} )?for"
        r"(?= [A-Z]| (?:a|an|his|her) (?:[\w-]+ ){0,3}(?:tour|trip)\b)"
        # "arrived in Kyiv", also in a relative clause ("Kishida, who arrived in Washington on Tuesday, met ..."):
        # an arrival of its own, which blind annotators date
        r"|(?:[aA]rriv(?:ed|es|e|ing)|landed|lands|touched down|touches down)"  # "Air Force One touched down in Havana"
        r"|(?:due|expected)(?:(?<=is due)|(?<=are due)|(?<=was due)|(?<=were due)|(?<=is expected)|(?<=are expected)"
        r"|(?<=now expected)|(?<=himself expected)|(?<=herself expected))"
        # ("is himself expected in the Ukrainian capital on February 14", "is due at the White House on Friday")
        r"(?= in (?:the (?=[A-Z][a-z]+ capital\b))?(?!(?:January|February|March|April|May|June|July|August|September"
        r"|October|November|December)\b)[A-Z]| at the (?:White House|Kremlin|Elysee|Élysée|Vatican)\b)"
        # "A day earlier Clinton was in Belfast", "He was in Kyiv on Wednesday" (a person's, known place: below)
        # "Sadat addressed the Knesset in Jerusalem on Sunday", "is due to address the European Parliament in
        # Strasbourg": a visitor's speech to a legislature, where and when the annotators place the trip
        r"|address(?:ed|es|ing)?(?= (?:a |the )?(?:joint (?:session|sitting|meeting) of (?:the )?|both houses of"
        r" (?:the )?)?(?:[A-Z][\w'’-]*(?:['’]s)? ){0,2}(?:federal |national |state )?(?:Knesset|Bundestag|[Pp]arliament"
        r"|Duma|National Assembly|Lok Sabha|Diet|Majlis|Sejm|House of Commons|Oireachtas|Senate|lawmakers|MPs"
        r"|legislators"
        # "the first US president to address the African Union": a visitor's speech to a regional body at its seat
        r"|African Union|Arab League|Organi[sz]ation of (?:American States|African Unity))\b)"
        # "Francis celebrated Mass for some 180,000 people at a sports stadium in Abu Dhabi on Tuesday": a stop of the
        # pope's trip
        r"|celebrat(?:ed|es|e|ing)(?= (?:an? |the )?(?:[\w-]+ ){0,2}Mass\b)"
        # "said in a speech at the genocide memorial in Kigali on Thursday", "told students in Ouagadougou on Tuesday",
        # "addressed a crowd of thousands in Krasinski Square": a speech, placed and dated as a stop of the trip
        r"|(?:(?<=\ba )|(?<=\ban )|(?<=\bhis )|(?<=\bher )|(?<=keynote )|(?<=televised )|(?<=major )|(?<=landmark ))"
        r"speech(?= (?:at|in|to|before)\b)"
        r"|told(?= (?:an audience|an assembly|students|delegates|a (?:rally|crowd|gathering|conference))\b)"
        # "attended the funeral at Westminster Abbey in London on Monday", "attends the inauguration of Lula in
        # Brasilia": a ceremony a visitor attends is a stop of the trip
        r"|attend(?:ed|s|ing)?(?= (?:the |a )?(?:[\w'’.-]+ ){0,3}(?:funeral|inauguration|coronation|swearing-in"
        r"|memorial service|investiture|enthronement)s?\b)"
        # "told Serbian leaders in Belgrade on Wednesday", "assured the leaders of Poland, Hungary ... in Prague"
        r"|(?:told|assured|urged|warned)(?= (?:the )?(?:[\w-]+ ){0,2}leaders\b[^.;:]{0,70}? in [A-Z])"
        rf"|address(?:ed|es|ing)?(?={_TO_AUDIENCE})"
        r"|(?:was|(?<=will )be)(?= in (?!(?:January|February|March|April|May|June|July|August|September"
        r"|October|November|December)\b)[A-Z])",  # "is due in Abu Dhabi on Thursday", "is expected in Dhaka": a visit
        EventType.VISIT,
    ),
    (
        r"spoke|spoken|speak|speaks|speaking|talked|talking|chatted|conferred|conversations?|discussions?|contact"
        r"|exchanged (?:brief )?(?:greetings|a few words|pleasantries)"  # "A exchanged greetings with B at ..."
        r"|took place"
        # "The two sides last negotiated face to face in Istanbul in March 2022" (not "negotiated a deal")
        r"|negotiated(?=\s+(?:face\s+to\s+face|directly|in\s+[A-Z]|at\s+(?:the\s+)?[A-Z]|with\s+[A-Z]))"
        r"|took part|(?:was|were|be|been|being) held|signed|signing|sign|(?:shook|shakes|shake|shaking|shaken) hands"
        r"|(?:shook|shakes|shake|shaking) the hand of"  # "reached out to shake the hand of Premier Zhou Enlai"
        r"|initialed|initialled"  # "A, B and C initialed an agreement at the base": as signing
        r"|put their (?:initials|names|signatures) (?:to|on)"  # "A, B and C put their initials to the accord"
        # "a framework agreed in Lausanne in April", "the agreement reached in Rome in October 1992": a document's
        # making told by its place, as "signed in" is (the noun right before: "leaders agreed in" is an accord's)
        r"|(?:(?<=agreement )|(?<=accord )|(?<=framework )|(?<=treaty )|(?<=deal )|(?<=declaration )|(?<=pact )"
        r"|(?<=ceasefire )|(?<=truce ))(?:agreed|reached|struck|concluded|sealed)"
        # a place after it, not a month ("the deal agreed in July")
        rf"(?= (?:in|at) (?:the )?(?!(?:{'|'.join(m.capitalize() for m in FULL_MONTHS)})\b)[A-Z])"
        r"|inaugurated"  # "A and B inaugurated a dam in Herat on Saturday": a joint appearance (weak: a pair)
        # "the first Normandy-format summit since one in Berlin in October 2016": an earlier event of the kind named
        r"|(?<=since )one(?= (?:in|at) (?:the )?[A-Z])"
        r"|laid (?:a )?wreaths?"  # "A and B laid wreaths at the USS Arizona Memorial": a joint ceremony (weak: a pair)
        # weak unless a person follows
        r"|hosted|hosts|hosting|host|welcomed|welcomes|welcome|received|receives|receive|greeted|greets|saw"
        # "Holbrooke is to see President Slobodan Milosevic in Belgrade on Wednesday": a meeting to come
        r"|(?:(?<=is to )|(?<=are to )|(?<=due to )|(?<=will )|(?<=expected to )|(?<=plans to ))see(?= [A-Z])"
        r"|welcoming|receiving|greeting"  # "Macron, receiving Xi Jinping at the Elysee on Monday" (weak: a person)
        # "Nakasone entertained President Ronald Reagan at his villa", "Obama honoured Singh with a state dinner" (not
        # "honoured Nazarbayev, who led the country for nearly 30 years": an honour with no occasion)
        r"|entertained|honou?red(?=[^.;]{1,60}?\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}"
        r"(?:dinner|banquet|lunch|luncheon|reception|ceremony)\b)"
        r"|embraced|embraces|hugged|joined|rejoined"  # "A embraced B on the tarmac", "A, B and C joined Xi in signing"
        r"|embracing|hugging|hugs"
        r"|briefed|briefs|brief"  # "Khalilzad briefed Ghani in Kabul on Monday": a meeting (weak: a person follows)
        r"|(?:brought|brings|bring|bringing) together(?= [A-Z])"  # "Clinton brought together Rabin and Arafat"
        r"|ceremony|ceremonies"  # "A and B put their signatures to the treaties at a ceremony" (weak: a pair)
        r"|(?<=joint\s)(?:news|press)\s+conferences?"  # "A and B held the first joint news conference" (weak: a pair)
        # "A and B stood hand in hand before a war memorial near Verdun": a joint appearance (weak: a pair)
        r"|(?:stood|stand|stands|standing) (?:silently |together )?(?:hand in hand|side by side|shoulder to shoulder)",
        None,
    ),
    # "had called his Turkish counterpart Mevlut Cavusoglu": a call to a counterpart (not "called him a liar")
    (r"called(?= (?:his|her|their) (?:[A-Z][\w-]* )?counterparts?\b)", EventType.PHONE_CALL),
    (r"(?:by|over the|on the) (?:tele)?phone", EventType.PHONE_CALL),  # types a generic verb before it
]
_ACCORD_PARTICIPLES = frozenset({"agreed", "reached", "struck", "concluded", "sealed"})  # after an accord noun
_PUT_NAMES = frozenset(
    f"put their {marks} {to}" for marks in ("initials", "names", "signatures") for to in ("to", "on")
)
_WEAK = frozenset(
    {"signed", "signing", "sign", "shook hands", "negotiations", "bargaining", "dialogue"}
    | {"consultations", "negotiation"}
    | {f"{verb} {round_of}golf" for verb in ("play", "plays", "played", "playing") for round_of in ("", "a round of ")}
    | {
        "shakes hands",
        "shake hands",
        "shaking hands",
        "shaken hands",  # "A and B had shaken hands in Havana in June"
        "initialed",
        "initialled",
        "inaugurated",
        *_ACCORD_PARTICIPLES,
        *_PUT_NAMES,
        "laid a wreath",
        "laid wreaths",
        "laid wreath",
    }  # "A (R) shakes hands with B"
    | {"exchange", "exchanges"}
    | {"news conference", "press conference", "news conferences", "press conferences"}
    | {"retreat", "retreats", "ceremony", "ceremonies"}
    | {
        f"{verb} {adverb}{how}"
        for verb in ("stood", "stand", "stands", "standing")
        for adverb in ("", "silently ", "together ")
        for how in ("hand in hand", "side by side", "shoulder to shoulder")
    }
)
_DEFINITE_NOUNS = _WEAK - {
    "news conference",
    "press conference",
    "news conferences",
    "press conferences",
    "signed",
    "signing",
    "sign",
    "shook hands",
    "shakes hands",
    "shake hands",
    "shaking hands",
    "shaken hands",
    "initialed",
    "inaugurated",
    "initialled",
    "laid a wreath",
    "laid wreaths",
    "laid wreath",
    *_ACCORD_PARTICIPLES,
    *_PUT_NAMES,
}  # nouns: "The session lasted ..." is the event at hand
_GENERIC_VERBS = frozenset({"spoke", "spoken", "speak", "speaks", "speaking", "talked", "talking", "chatted"})
_GENERIC_VERBS |= {
    "exchanged greetings",
    "exchanged brief greetings",
    "exchanged a few words",
    "exchanged pleasantries",
}
_GREET_VERBS = frozenset({"embraced", "hugged", "greeted", "welcomed", "received", "hosted"})
_EMBRACE_VERBS = frozenset({"embraced", "hugged"})  # what a pair may do to each other, no object named
# "A, B and C joined Xi": with a person as its object; "a country that rejoined the Commonwealth" is none
JOIN_VERBS = frozenset({"joined", "rejoined"})
# "Erdogan hosted Syrian President Ahmed al-Sharaa in Istanbul": an event when a person is its object (not
# "hosted the World Cup", "received a letter"), even if the host is named only by a surname
_HOST_VERBS = frozenset(
    {"hosted", "hosts", "hosting", "welcomed", "welcomes", "received", "receives", "greeted", "greets", "saw"}
    | {"host", "welcome", "receive"}  # "when King Charles will host him"
    | {"brought together", "brings together", "bring together", "bringing together"}
    | {"embraced", "embraces", "hugged", "joined", "rejoined"}
    | {"briefed", "briefs", "brief"}
    | {"welcoming", "receiving", "greeting", "embracing", "hugging", "hugs"}
    | {"entertained", "honoured", "honored"}
)
_HOST_FORMS = frozenset({"host", "hosts", "hosting", "welcome", "welcomes", "receive", "receives"})  # not "hosted"
_BY_PHONE = len(_TRIGGER_TABLE) - 1


def _initial_caps(pattern: str) -> str:
    """``pattern`` with each word-initial letter matching either case ("video" -> "[vV]ideo").

    Triggers are lowercase words that may be capitalised at a sentence start; matching only initials
    case-insensitively (instead of ``re.IGNORECASE``) makes the scan several times faster.
    """
    out: list[str] = []
    starts = [True]  # per open group: whether it opens where a word starts
    at_start, i = True, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "(":
            j = i + 3 if pattern.startswith("(?:", i) else i + 1
            out.append(pattern[i:j])
            starts.append(at_start)
            i = j
            continue
        if c == "|":
            at_start = starts[-1]
        elif c == ")":
            was_start = starts.pop()
            if pattern[i + 1 : i + 2] == "?":  # "(?:tele)?phone": a word may start after an optional prefix
                out.append(")?")
                at_start, i = was_start, i + 2
                continue
            at_start = False
        elif c == " ":
            at_start = True
        elif c in "[\\":
            j = pattern.index("]", i) + 1 if c == "[" else i + 2
            out.append(pattern[i:j])
            at_start, i = False, j
            continue
        elif c.islower() and at_start:
            c, at_start = f"[{c}{c.upper()}]", False
        else:
            at_start = False
        out.append(c)
        i += 1
    return "".join(out)


_TRIGGER_BODY = "|".join(f"(?P<t{i}>{_initial_caps(p)})" for i, (p, _) in enumerate(_TRIGGER_TABLE))
# Every trigger starts with one of these letters; the look-ahead lets the scan skip other words quickly.
_TRIGGER_INITIALS = "".join(sorted(set(re.findall(r"\[([a-z])[A-Z]\]", _TRIGGER_BODY))))
TRIGGER = re.compile(rf"\b(?=[{_TRIGGER_INITIALS}{_TRIGGER_INITIALS.upper()}])(?:{_TRIGGER_BODY})\b")
# The first word of every trigger (lowercase), but for those found from a later word (_ANCHORS): one or two
# words before "phone" ("by phone", "over the telephone"), "held" ("was held") or "conference" ("peace
# conference"). "sit-down", "get-together" and "video-call" start with the words "sit", "get" and "video".
_FIRST_WORDS = frozenset({
    "video", "videoconference", "videoconferences", "virtual", "telephoned", "phoned", "call", "calls",
    "conference", "conferences", "talk", "talks", "summit", "summits", "meeting", "meetings", "met", "meet",
    "forum", "forums",
    "meets", "encounter", "encounters", "sit", "sits", "sitting", "sat", "get", "visit", "visits", "visited",
    "visiting", "trip", "trips", "tour", "tours", "toured", "travel", "travels", "travelled", "traveled",
    "travelling", "traveling", "journey", "flew", "flown", "flies", "fly", "flying", "conversation", "conversations",
    "heads", "headed", "heading", "leaves", "leave", "left", "leaving", "departs", "depart", "departed", "departing",
    "arrived", "arrives", "arrive", "arriving", "go", "goes", "went", "going", "due", "expected", "was", "be",
    "discussion",
    "discussions", "contact", "took", "signed", "signing", "sign", "shook", "shaken", "shakes", "shake", "shaking",
    "initialed", "initialled", "inaugurated", "one", "laid", "dialogue", "landed", "lands", "called", "calling",
    "touched",
    "touches",
    "courtesy", "session", "sessions", "negotiations", "bargaining", "consultations", "gathering", "gatherings",
    "stay", "stop", "stops", "stopover", "stopovers", "stopped", "head", "invited", "invites", "inviting", "return",
    "returns", "returned", "returning", "spent", "gather", "convene", "retreat", "retreats", "came", "comes",
    "come", "breakfast", "lunch", "luncheon", "dinner", "ceremony", "audience", "audiences", "dine", "dined",
    "dines", "dining", "lunched", "lunches", "lunching", "breakfasted", "conferred", "huddled", "huddle", "huddles",
    "huddling", "tete", "pull", "rang", "dialled", "dialed", "dials", "ceremonies", "stood", "stand", "stands",
    "standing", "exchange", "exchanges", "take", "takes", "gathered", "reconvene", "negotiated", "crossed",
    "exchanged", "chatted", "taking", "negotiating", "address", "addressed", "addresses", "addressing",
    "celebrated", "celebrates", "celebrate", "celebrating", "played", "plays", "play", "playing", "speech", "told",
    "assured", "urged", "warned", "attend", "attends", "attending", "attended", "see",
})  # fmt: skip
# a host verb or generic verb is a trigger of its own: its first word is one without listing it twice
_FIRST_WORDS |= {verb.split()[0] for verb in _HOST_VERBS | _GENERIC_VERBS} | _ACCORD_PARTICIPLES | {"put"}
# "prayed together", "an overnight negotiation between A and B"
_FIRST_WORDS |= {"prayed", "pray", "prays", "praying", "worshipped", "worshiped", "negotiation"}
_ANCHORS = frozenset({"phone", "telephone", "held", "conference", "conferences"})  # "phone call" starts one too


# the words that may start a trigger, as the word image has them
_SCAN_SET = frozenset(w.encode("ascii") for w in _ANCHORS | _FIRST_WORDS)
_ANCHOR_BYTES = frozenset(w.encode("ascii") for w in _ANCHORS)


def trigger_type(m: re.Match[str]) -> EventType | None:
    """The event type a :data:`TRIGGER` match names (``None`` for a generic word)."""
    return _KINDS[m.lastgroup][1]  # type: ignore[index]


def trigger_matches(text: str) -> list[re.Match[str]]:
    """The matches of :data:`TRIGGER` in ``text``, as ``TRIGGER.finditer`` gives them, found faster.

    A match starts a word (``\\b``) of ASCII letters, so it starts a blank-delimited word of the a-z image of
    the text; the image's words that may start a trigger, found in C, tell where to try :data:`TRIGGER`.
    """
    if (scan := text_scan(text)) is not None:  # the image and its words as the time finders made them
        letters, image_words = scan.letters, scan.image_words
    else:
        low = text.lower()
        if len(low) != len(text):  # a few characters ("İ") lowercase to two: offsets would not carry over
            return list(TRIGGER.finditer(text))
        letters = low.encode("ascii", "replace").translate(LETTERS_ONLY)
        image_words = frozenset(letters.split())
    image = b" " + letters + b" "  # text offset i: image i + 1
    # the image's words that may start a trigger (a set intersection in C), then where each of them is; an anchor
    # that starts no trigger ("held") fails TRIGGER.match below
    present = _SCAN_SET.intersection(image_words)
    starts = word_offsets(image, present)  # the blank before a word in the image: the word's offset in the text
    anchored = word_offsets(image, _ANCHOR_BYTES.intersection(present))
    for at in anchored:  # an anchor: the one or two words before it may start a trigger
        head = image[:at].rstrip()
        for _ in range(2):
            pos = head.rfind(b" ")
            if pos < 0:
                break
            starts.append(pos)
            head = head[:pos].rstrip()
    if anchored:
        starts.sort()
    found: list[re.Match[str]] = []
    end = -1
    match = TRIGGER.match
    for pos in starts:
        if pos >= end and (m := match(text, pos)):
            found.append(m)
            end = m.end()
    return found


TRIGGER_IGNORECASE = re.compile(  # the reference form of TRIGGER (slow); tests check they agree
    r"\b(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _) in enumerate(_TRIGGER_TABLE)) + r")\b", re.IGNORECASE
)
# an invitation made at the event: the event frames the inviting and is no plan ("an invitation to visit" is)
# "invited President Duterte to pay an official", "extended an invitation to President El-Sisi to pay a state"
_URGED_TO_ATTEND = re.compile(
    r"\b(?:urged|asked|pressed|encouraged|persuaded)\s+(?:him|her|them|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    r"to\s+(?:attend|join)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$"
)
_INVITED_TO = re.compile(
    r"\binvit(?:ed|es|ing|ation)\s+(?:to\s+)?(?:[\w.'’-]+\s+){1,6}?to\s+(?:pay|make)\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_INVITATION_FRAME = re.compile(
    # "had agreed to meet during a phone call in April": the call where the plan was made took place
    r"\b(?:invit(?:ation|ations|ed|es|e)|agreed\s+to\s+[\w'’-]+)\s+(?:[\w'’-]+\s+){0,3}?(?:during|in|at|over|on)\s+"
    r"(?:a|an|the|their|his|her)\s+"
    r"(?:(?!to\b)[\w-]+\s+){0,2}$"
)
# not "laid the groundwork for the deal during a trip to New Delhi": the event after "during" is the preparing's
_NOT_DURING = r"(?![^.;]*\bduring\b)"
_PLANNED = re.compile(
    r"\b(?:will|would|shall|could|plans?|planned|planning|due|expected|expects|expecting|forward|upcoming"
    r"|next(?!\s+(?:day|morning|afternoon|evening|night)\b)"  # "the next day" is an anaphor
    r"|invitations?|invited|invite|scheduled|intends?|intended|hopes?|hoped|proposed|possible|potential"
    r"|future|prospective|considering|considers|mulling|mulls"  # "is considering a trip to Seoul in May"
    r"|agreed to|set to|is to|are to|(?:comes?|is|are)\s+ahead\s+of"
    # "as Biden prepares for his first summit with Putin", "preparations for the G7 ministers' meeting in March"
    rf"|(?:prepares|preparing|preparations|groundwork)\s+for{_NOT_DURING}|in\s+time\s+for"
    # "as Xi prepares to host Trump in April", "as Biden prepared to fly to Brussels for a NATO summit on Thursday"
    rf"|prepar(?:es|ed|ing)\s+to{_NOT_DURING}|prepared\s+for{_NOT_DURING}"
    # "a draft act, to be considered at the regular summit in Lome in July": an infinitive of what is to come
    r"|to\s+be\s+\w+(?:ed|en)\s+(?:at|during|in)"
    r"|to\s+(?:arrange|organi[sz]e))\b|'ll\b",  # "asked New Delhi to arrange a meeting between A and B"
    re.IGNORECASE,
)
_PAST_REF = re.compile(
    r"\b(?:last|since|when|previously|earlier|prior|previous|separate|another|once)\b|\bafter\s+(?:their|his|her)\b",
    re.IGNORECASE,
)
# Substrings every match of the pattern contains (lowercase), for a quick check before the regex.
_PLANNED_KEYS = (
    "will", "would", "shall", "could", "plan", "due", "expect", "forward", "next", "upcoming", "invit", "schedul",
    "intend",
    "hope", "propos", "possib", "potential", "future", "prospective", "consider", "mull", "agreed to", "set to",
    "is to", "are to", "'ll",
    "ahead of", "in time for", "prepar", "groundwork", "to be", "to arrange", "to organi",
)  # fmt: skip
_PAST_REF_KEYS = ("last", "since", "when", "previous", "earlier", "prior", "separate", "another", "once", "after")
_SUBORDINATE_KEYS = ("when", "since", "after", "before", "as", "where", "while", "until")
# One scan each instead of a ``k in s`` test per key (the same answer: whether any key occurs in ``s``).
_PLANNED_ANY = re.compile("|".join(map(re.escape, _PLANNED_KEYS)))
_PAST_REF_ANY = re.compile("|".join(map(re.escape, _PAST_REF_KEYS)))
_SUBORDINATE_ANY = re.compile("|".join(map(re.escape, _SUBORDINATE_KEYS)))
_SUBORDINATE = re.compile(
    r"\b(?:when|since|after|before|as|where|while|until)\s+(?:they|he|she|we|both|the\s+(?:two\s+)?\w+)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_SIDELINES = re.compile(r"\b(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}$")
# One to six capitalised words (or numbers) before the trigger, the first after a blank or at the start. The
# match starts with the capital itself ("(?<!\S[A-Z0-9])" checks the blank before it), so the scan skips to capitals.
# ("the Group of Eight summit", "an Organisation of Islamic Cooperation summit": "of" inside the name)
_HOST_MODIFIER = re.compile(
    r"(?P<mod>[A-Z0-9](?<!\S[A-Z0-9])[\w'’-]*\s+(?:(?:of\s+(?:the\s+)?)?[A-Z0-9][\w'’-]*\s+){0,5})$"
)
_MODIFIER_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_OPENING_ARTICLES = frozenset({"A", "An", "The"})
_COLLECTIVE = re.compile(
    r"\b(?=[tTbB])(?:they|their|them|both|the\s+(?:two\s+)?(?:leaders|presidents|men|sides))\b", re.I
)
# _COLLECTIVE on lowercased ASCII text, split in two so that each starts with a literal ("the", "both") the
# engine can skip to fast; the look-behinds stand for the leading \b.
_COLLECTIVE_THE = re.compile(r"the(?<!\wthe)(?:y|ir|m|\s+(?:two\s+)?(?:leaders|presidents|men|sides))\b")
_COLLECTIVE_BOTH = re.compile(r"both(?<!\wboth)\b")


def _first_collective_end(text: str, start: int, stop: int) -> int | None:
    """Where the first :data:`_COLLECTIVE` match in ``text[start:stop]`` ends, else None."""
    lo = max(start - 1, 0)  # one character before: the look-behinds see what \b would
    region = text[lo:stop]
    if not region.isascii():
        found = _COLLECTIVE.search(text, start, stop)
        return found.end() if found else None
    low = region.lower()
    the = _COLLECTIVE_THE.search(low, start - lo)
    both = _COLLECTIVE_BOTH.search(low, start - lo)
    if the and (not both or the.start() < both.start()):
        return lo + the.end()
    return lo + both.end() if both else None


# "They", "The two leaders then": a clause whose whole subject is the pair the report named
_COLLECTIVE_SUBJECT = re.compile(
    # "On Monday the two leaders signed ...", "The two prime ministers signed ..."
    r"\s*[\"“‘(]?(?:On\s+[A-Z][a-z]+day\s+|Later\s+|Earlier\s+)?"
    # "The two had already embraced" (not "The two Koreas"; the match may end right before the verb)
    r"(?:[Tt]hey|[Tt]he\s+(?:two|pair)(?=\s+[a-z]|\s*$)"
    r"|[Tt]he\s+(?:(?:two|three|four)\s+)?(?:leaders|presidents|men|women|ministers|prime\s+ministers"
    r"|foreign\s+ministers)"
    # "The presidents of Bosnia, Serbia and Croatia initialled ...": the states whose leaders they are
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*){1,5}"
    # "The presidents of five Central American nations signed ...": a count of states
    r"|\s+of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[A-Z][\w'’-]*\s+){0,2}"
    r"(?:nations|countries|states|republics))?)\s+"
    r"(?:(?:then|also|later|had|have|first|last|jointly|formally|will|would|are|were|to|due|expected|set|already)\s+)"
    r"{0,3}"
    # "The two leaders last held a retreat in Singapore": the noun the verb of holding names
    r"(?:(?:held|hold|holds|holding|had)\s+(?:a|an|their|the)\s+(?:[\w'’-]+\s+){0,2})?"
)  # "The two presidents will sign the document in Prague on April 8"
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]")
# "for a meeting", "for the G7 summit", "for the ASEAN Regional Forum talks": the purpose of a trip, named or not
# "will travel to Russia for a meeting", "a possible meeting ... at the APEC summit": the event a plan leads to
# "will travel to Russia for a meeting", "agreed to meet again at the Group of Eight summit"
_PURPOSE = re.compile(
    r"\b(?:for|at)\s+(?:(?:a|an|the|further)\s+)?(?:(?:annual|next|upcoming|regular|biennial)\s+)?"
    r"(?:[A-Z0-9][\w-]*\s+(?:of\s+(?:the\s+)?)?){0,4}$"
)  # "agreed to meet again at the annual UN-AU conference": an event that recurs
# "a call for calm", "calls on Washington to ...": not a call between people. "a call on Monday" is one.
_WHAT_CALLS = re.compile(r"\bwhat\s+(?:he|she|it|they|[A-Z][\w'’-]+)\s+$")
_CALL_FOR = re.compile(
    r"\s+(?:for|on(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d|\d|the\s+(?:same\s+day|\d)|that\s+day)))\b",
    re.IGNORECASE,
)
_TO_WITH = re.compile(r"\s+(?:to|with)\s+(?:(?:his|her|their)\s+)?")  # "spoke with his Finnish counterpart X"
_ACRONYM = re.compile(r"[A-Z0-9-]{2,}")
_POSSESSIVE = re.compile(r"(\S+)['’]s\s+(?:[\w-]+\s+){0,2}$")
_MEET_TYPES = frozenset({EventType.SUMMIT, EventType.MEETING, EventType.TALKS})
# an arrival with a place or a day: "arrived in Kyiv", "arrived on Friday", "arrived late on Monday" (not "arrived
# late" for a meeting)
# ("arrived Tuesday in Ho Chi Minh City": wire copy drops the "on")
_ARRIVE_AT = re.compile(
    # ("Kim arrived by armoured train on Wednesday": how he came, before the day)
    rf"(?:\s+by\s+{TRAVEL_MEANS})?"
    rf"\s+(?:in|at|(?:(?:late|early)\s+)?(?:{_ON_DAY}|on\s+the\s+\d|{WEEKDAY}\b"
    # "Obama, who arrived the previous evening,", "Putin arrived late the previous evening": a day of the trip
    r"|the\s+(?:previous\s+(?:day|evening|night)|day\s+before|night\s+before)|yesterday|last\s+night))\b"
)
# an agreement or plan to hold the event named next: "agreed ... to hold their first formal summit"
# a plan's verb and its infinitive: what "and to meet" after it shares ("agreed to set up a dialogue and to meet")
_AGREED_TO = re.compile(
    r"\b(?:agreed|agree|agrees|decided|plans?|planned|hopes?|hoped|intends?|intended|expects?|expected|promised"
    r"|pledged|vowed)\s+to\b"
)
_AGREED_TO_HOLD = re.compile(
    r"\b(?:agreed|agree|decided|plans?|planned|hopes?|hoped|wants?|wanted|offered|proposed|promised|pledged|vowed)"
    rf"\s+(?:[\w.-]+\s+){{0,8}}?to\s+{HOLD_VERBS}\s+(?:(?:a|an|the|their|his|her|its)\s+)?"
    r"(?:[\w-]+\s+){0,3}$"
)
# "had been due to visit": a plan that lay in the past ("was expected to visit" after "said" is reported speech)
# "held what was expected to be a final meeting": an expectation told in the past, met by the event told
# "had planned to visit Bangladesh in March" likewise
_PAST_PLAN = re.compile(
    r"\bhad\s+been\s+(?:due|expected|scheduled|supposed)\s+to\b|\b(?:was|were)\s+expected\s+to\s+be\s+(?:a|an|the)\b"
    r"|\bhad\s+(?:originally\s+|initially\s+)?(?:planned|hoped|intended)\s+to\b"
)
# "A planned meeting at the G7 summit in Canada in June fell through": a plan that lapsed, its time in the past
_LAPSED_AFTER = re.compile(
    r"[^.;:]{0,80}?\b(?:fell\s+through|never\s+took\s+place"
    r"|(?:was|were)\s+(?:later\s+)?(?:called\s+off|cancell?ed|scrapped|shelved|abandoned))\b"
)
_HELD_WHAT = re.compile(r"\b(?:held|had)\s+what\s+(?:is|was)\s+(?:expected|likely|set)\s+to\s+be\s+(?:[\w-]+\s+){0,3}$")


def _held_what(text: str, s_start: int, m_start: int) -> bool:
    """Whether the trigger at ``m_start`` follows "held what is expected to be (their last)": told as past."""
    return _HELD_WHAT.search(text, max(s_start, m_start - 80), m_start) is not None


# a host's present or future before the gathering it holds: "Canada hosts the Group of Seven summit"
_HOSTS_BEFORE = re.compile(
    r"\b(?:hosts|will\s+host|is\s+hosting|are\s+hosting|holds|will\s+hold|to\s+host)\s+"
    r"(?:the|a|an|its|their|this\s+year['’]s|next\s+year['’]s)\s+(?:[\w'’-]+\s+){0,5}$"
)
_HOLD_VERB_WORDS = frozenset(HOLD_VERBS[3:-1].split("|"))  # the words of HOLD_VERBS


def _past_with(text: str, start: int) -> int:
    """``start`` past a "with" opening an absolute clause ("..., with Gorbachev to travel to the United States next
    year"): its subject and infinitive tell a plan, as a headline's do."""
    head = text[start : start + 8]
    at = start + len(head) - len(head.lstrip())
    return at + 5 if text.startswith("with ", at) else start


def _hosts_or_agreed_to_hold(text: str, s_start: int, clause_start: int, m_start: int) -> bool:
    """Whether :data:`_HOSTS_BEFORE` or :data:`_AGREED_TO_HOLD` ends right before the trigger at ``m_start``.

    Each is tried at every position of its window: first a cheap look for the verb it needs ("host" or "hold"
    in the window; a hold verb among the last five words, before at most an article and three words).
    """
    lo = max(clause_start, m_start - 90)
    if (text.find("host", lo, m_start) >= 0 or text.find("hold", lo, m_start) >= 0) and _HOSTS_BEFORE.search(
        text, lo, m_start
    ):
        return True
    lo = max(s_start, m_start - 120)
    return (
        not _HOLD_VERB_WORDS.isdisjoint(text[lo:m_start].rsplit(None, 5)[-5:])
        and _AGREED_TO_HOLD.search(text, lo, m_start) is not None
    )


# a gathering's own name: "the Summit of the Americas", "the G20 Summit in Osaka", "the NATO Summit"
# "the Summit of the Americas", "the ASEAN-US Leaders' Meeting in Phnom Penh": a gathering by its name is an event
_NAMED_GATHERING = re.compile(
    r"(?:Summits?|(?<=Leaders' )Meetings?|(?<=Leaders’ )Meetings?)"
    r"(?=\s+of\s+the\s+[A-Z]|\s+(?:in|on|at)\s|\s+to\s+be\s|[,.;]"
    # "The 43rd ASEAN Summit opened today at ...": the named gathering as the subject of its own opening or close
    r"|\s+(?:opened|opens|closed|closes|ended|ends|began|begins|concluded|convened|kicked\s+off|wrapped\s+up"
    r"|took\s+place|(?:was|is|will\s+be)\s+(?:held|convened))\b)"
)
# a subordinate clause in the present before "meet": the time of a meeting ahead ("when the leaders meet in June")
_WHEN_PRESENT = re.compile(r"\b(?:when|once|until|before|after)\s+(?:[\w'’-]+\s+){1,6}$")
# a present "hold" in such a clause: the event it holds lies ahead ("when the ministers hold their talks")
_WHEN_HOLD = re.compile(
    r"\b(?:when|once|until|before|after)\s+(?:[\w'’-]+\s+){1,14}?(?:hold|holds|convene|convenes)\s+(?:[\w'’\"“”-]+\s+){0,8}$"
)
# what stands before a plural present verb ("when African leaders return", "once they meet"): a plural noun, a
# name or a pronoun, not a determiner ("after his state visit to Russia": a noun)
_PLURAL_SUBJECT = re.compile(
    r"(?:\b(?:they|we|you)|\b(?!(?:his|its|this|was|is|has|as|us)\b)[a-z]+s|\b[A-Z][\w-]*)\s+$"
)
# present forms that plan the event inside a "when"/"before" clause ("when the Israeli prime minister visits
# Washington in March")
_PRESENT_FORMS = frozenset(
    ["meet", "meets", "gather", "gathers", "visit", "visits", "arrive", "arrives", "travel", "travels", "host", "hosts"]
    + ["return", "returns"]
)
_FOR_A_TOUR = re.compile(r" (?:a|an|his|her) (?:[\w-]+ ){0,3}(?:tour|trip)\b")
_HOLD_WORDS = frozenset({"hold", "have", "attend", "host"})  # "A and B to hold summit"
_HEADLINE_SUBJECT = re.compile(r"(?:[A-Z][\w.'’-]*,?\s+|and\s+)*")  # names and "and" only: "Fumio Kishida and "
_GO_TO = frozenset(["go to", "goes to", "went to", "going to"])  # bare "go to": a trip only to a known place
_CAPITAL_WORDS = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")


def _known_place_at(text: str, pos: int) -> bool:
    """Whether one to three capitalised words at ``pos`` start with a place the gazetteer knows."""
    m = _CAPITAL_WORDS.match(text, pos)
    if m is None:
        return False
    words = m.group().split()
    return any(gazetteer.lookup(" ".join(words[:k])) for k in range(len(words), 0, -1))


_FIRST_DONE = frozenset(["held", "had", "met", "spoke", "talked", "hosted", "visited", "sat"])  # "first held talks"
# the subjects of an event of their own, not the leaders': "U.S. and Russian officials held talks in Riyadh"
_DELEGATES = frozenset(
    ["officials", "delegations", "delegates", "negotiators", "diplomats", "envoys", "aides", "teams", "representatives"]
)
# "a 2000 peace agreement signed in Algiers", "is to be formally signed in Paris": a signing ceremony's place
_SIGNED_AT = re.compile(
    r"\s+(?:(?:a|an|the|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:treaty|accord|agreement|deal|declaration|pact|documents?"
    rf"|communiqu[eé]|charter|protocol|memorandum|plan|framework|convention|treaties|accords)\s+)?(?:(?:formally|here)\s+)?(?:(?:in|at)\s+(?:the\s+)?[A-Z]|{_ON_DAY})"
)  # "signed a treaty in Moscow", "signed the deal at Harambee House"
_NEGOTIATIONS_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:began|started|opened|ended|were\s+held)\b"
    # (no \b after one capital; "opened negotiations near Oslo in October 2012", "at the United Nations in Geneva")
    r"|(?:in|near|at)\s+(?:the\s+)?[A-Z]"
    rf"|(?:{_ON_DAY})\b)"
    r"|,\s+held\s+(?:in|at|on)\s"  # "intergovernmental consultations, held in Berlin last June"
)  # "... in Geneva", "suspended formal negotiations on Tuesday"
_TOUR_FRAME = re.compile(r"\bof\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$")
# a group named by its body or region before its members: "EU leaders", "NATO foreign ministers", "G7 finance
# ministers" (not "the two leaders", an anaphor)
_GROUP_SUBJECT = re.compile(r"(?<![\w-])[A-Z][\w-]*\s+(?:[a-z]+\s+)?(?:leaders|ministers|heads\s+of\s+\w+)$")
# words after which "meet" is no present tense: "to meet", "will meet", "did not meet", "and meet"
_BEFORE_INFINITIVE = frozenset(
    ["to", "will", "would", "could", "can", "may", "might", "must", "shall", "should", "did", "do", "does", "not"]
    + ["never", "and", "or", "cannot", "let", "help", "first", "last", "rarely", "often", "regularly", "usually"]
)
_GATHER_VERBS = frozenset({"meet", "gather", "convene"})  # a plural subject's present tense: a schedule
_SCHEDULED_PRESENT = ("heads ", "flies ", "travels", "leaves ", "departs ", "meets", "hosts", "goes ", "arrives")
_SCHEDULE_VERBS = r"(?:opens|open|begins|begin|starts|start|ends|end|concludes|conclude|closes|close|resumes|resume)"
_SCHEDULE_AFTER = re.compile(rf"(?:\s*,\s*which|\s+that)?\s+{_SCHEDULE_VERBS}\b")  # "a summit that opens Tuesday"
# "His tour ends with a summit", "G7 leaders hold their summit in July"; not "agreed to open talks"
# an event noun whose date is a plan: "a state visit to Washington planned for October 23"
PLANNED_FOR_AFTER = re.compile(
    # ("a summit with Western Balkan leaders planned for May")
    r"(?:\s+(?:to|in|with)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+(?:leaders|officials|counterparts))?)?"
    # "Peace talks between the Syrian government and rebel groups are planned in Astana", "talks was planned for"
    r"(?:\s+between(?:\s+[\w'’.-]+){1,8}?(?=\s+(?:is|are|was|were)\s|,\s+who\s))?"
    # "A meeting between Kennedy and Pope Paul VI, who was elected last week, is planned in Rome"
    r"(?:,\s+who\s[^,;:()]{1,60},)?"
    # ("A meeting between Moon and Pope Francis is scheduled at the Vatican on Thursday")
    r",?\s+(?:(?:is|are|was|were)\s+)?(?:planned|scheduled|set|slated)\s+(?:for|in|(?<=scheduled\s)(?:at|on))\b"
)
# "their first meeting would probably take place in Saudi Arabia", "The summit will be held in Brasilia"
# an event yet to take place ("would probably take place", "is due to be held"); the pipeline reads its place too
# an event yet to take place ("would probably take place", "is due to be held"): its modality here, its place
# in the pipeline's venue gap
TAKE_PLACE = r"(?:(?:probably|likely|now|also)\s+)?(?:take\s+place|be\s+held)"
WILL_TAKE_PLACE = (
    rf"(?:would|will|could|should|may|might|was\s+to|(?:is|are)\s+(?:(?:due|expected|set|scheduled|slated)\s+)?to"
    # "The summit had been due to take place in Sydney": a plan called off
    rf"|(?:had\s+been|was|were)\s+(?:due|expected|set|scheduled|slated)\s+to)\s+"
    rf"{TAKE_PLACE}"
)
_PLANNED_RELATIVE_AFTER = re.compile(
    r"(?:\s+[^\s,.;:()]+){0,8}?,?\s+(?:that|which)\s+(?:[A-Z][\w'’.-]*\s+){0,3}"  # "which Thailand will host"
    r"(?:(?:is|are)\s+(?:expected|due|set|scheduled|likely)\s+to|will)\b"
)
_WILL_TAKE_PLACE_AFTER = re.compile(
    rf"\s+(?:would|will|(?:is|are)\s+(?:(?:due|expected|set|scheduled|slated)\s+)?to)\s+(?:{TAKE_PLACE}|open|begin|start)\b"
    r"|,?\s+to\s+be\s+(?:held|hosted|convened|chaired)\b"  # "the summit, to be hosted by China in Shenzhen"
    # "the second Russia-Africa Summit, scheduled to take place in St Petersburg in July"
    r"|,?\s+(?:due|scheduled|set|slated|expected)\s+to\s+(?:take\s+place|be\s+held|open|begin|start)\b"
)
_SCHEDULE_BEFORE = re.compile(
    rf"(?<!\bto )\b(?:{_SCHEDULE_VERBS}|hold|holds|hosts|attends)\s+(?:with\s+)?(?:(?:the|their|its|a|an)\s+)?$"
)
_EVENT_NOUNS = frozenset(
    ["summit", "summits", "visit", "trip", "tour", "talks", "meeting", "meetings", "conference", "session"]
)
_AHEAD_NOUNS = _EVENT_NOUNS | {"call", "negotiations"}
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|in\s+advance\s+of)\s+(?:[\w'’.-]+\s+){0,7}$")
_AHEAD_OF_THE = re.compile(r"\b(?:ahead|advance)\s+of\s+(?:the|their|its|his|her|this|that)\s+$")
_OWN_WHEN = re.compile(r"\s+(?:in|on|at|next|this|later|set|scheduled|tomorrow)\b")
# a relative clause in the past after the event noun: "the summit that opened in Johannesburg on Wednesday"
_PAST_RELATIVE_AFTER = re.compile(r"(?:\s+[^\s,.;:]+){0,6}?,?\s+(?:that|which)\s+(?:\w+ed|began|met|held|was|were)\b")
_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "a", "whose"})


@dataclass(slots=True)
class Trigger:
    """A word or phrase naming an event; ``event`` is filled in by coreference."""

    start: int
    end: int
    type: EventType | None  # None: a generic word ("spoke", "conversation") that names no kind
    modality: Modality = Modality.ASSERTED
    past_ref: bool = False
    indefinite: bool = False
    subordinate: bool = False
    host: bool = False  # "the APEC summit": a gathering of its own
    sideline: bool = False  # "on the sidelines of the G20 summit": no event
    possessor: str | None = None  # "Trump's planned visit"
    weak: bool = False  # "signed", "spoke to reporters": an event only if it names who took part
    event: Event | None = None
    clause_start: int = -1  # where its clause starts (after the last comma, colon, ... before it); -1: unknown
    continues: bool = False  # "A and B discussed ...": names the people of the current event, starts none
    purpose: bool = False  # "A hosted B for an informal summit": an event of its own, not the current one
    delegates: bool = False  # "U.S. and Russian officials held talks": people other than those named before
    # names the current event's people whatever came before: "The Russian delegation was led by A and the Ukrainian
    # side by B", "Taking part were A, B and C"
    of_current: bool = False
    apposed: bool = False  # ", his first call with Xi": an aside naming the kind of the event just told
    spoken: bool = False  # "spoke", "talked": a generic verb of speaking ("The call lasted ..." may name it)
    past: bool = False  # a verb in the past tense ("hosted", "received"): what it tells has taken place
    again: bool = False  # "Reagan and Gorbachev met again in Washington": another event of the pair named before
    accord: bool = False  # "Saudi Arabia and Iran agreed": two states' accord (see states_accord)
    definite: bool = False  # "The conference was opened by A and B": the sentence's subject names the event told
    part: bool = False  # "After a 90-minute session in the Oval Office": a sitting of the event at hand
    speech: bool = False  # "said in a speech at Cairo University", "told students in Ouagadougou": a trip's speech


@dataclass(slots=True)
class Event:
    """An event as the report talks about it; claims point at it."""

    index: int
    type: EventType
    modality: Modality
    participants: list[str] = field(default_factory=list)
    host: bool = False
    implicit: bool = False  # a "since November" contact: never the current event
    date: DateValue | None = None  # the first date resolved for it
    spoken: bool = False  # told by a generic verb of speaking: "A spoke with B" (a call or a meeting)
    background: bool = False  # an earlier contact told in passing: "A and B last spoke on Jan. 17"


@dataclass(slots=True)
class Participation:
    """Named participants bound to a trigger: ``text[start:end]`` is the claim mention."""

    start: int
    end: int
    names: list[str]
    trigger: Trigger


# The last clause break before the search's end: the scan jumps from break to break (faster than a greedy
# ".*[,;:...]" that backtracks over the clause from its end).
_LAST_BREAK = re.compile(r'[,;:("“”][^,;:("“”]*\Z')


# a few quoted words, no clause of their own: 'held a "long and meaningful" phone call with B'
_SHORT_QUOTE = re.compile(r"[\"“][\w'’ -]{1,40}[\"”]")
_SCARE_QUOTED = re.compile(_SHORT_QUOTE.pattern + r"\Z")  # such words ending where a clause break was found


def _clause_start(text: str, lo: int, pos: int, *, through_scare_quotes: bool = False) -> int:
    """Where the clause of ``pos`` starts: after the last clause break before ``pos``, not before ``lo``.

    ``through_scare_quotes``: quotes around a few words ("had a "very good" phone call") do not break it.
    """
    cut = _LAST_BREAK.search(text, lo, pos)
    while through_scare_quotes and cut is not None and text[cut.start()] in '"”':
        quoted = _SCARE_QUOTED.search(text, max(lo, cut.start() - 42), cut.start() + 1)
        if quoted is None:
            break
        cut = _LAST_BREAK.search(text, lo, quoted.start())
    return cut.start() + 1 if cut else lo


def _clause_before(text: str, lo: int, pos: int) -> str:
    """Text between the last clause break before ``pos`` (not before ``lo``) and ``pos``."""
    return text[_clause_start(text, lo, pos) : pos]


def _last_words(chunk: str, n: int) -> str:
    words = chunk.split()
    return " ".join(words[-n:]) + (" " if words else "")


_TailFeatures = tuple[bool, bool, bool, bool]  # planned, past_ref, subordinate, indefinite


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (lowercase words, re.IGNORECASE) for lowercased ASCII text: the same matches, found faster."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_TAIL_REGEXES = (_PLANNED, _PAST_REF, _SUBORDINATE, _INDEFINITE)
_TAIL_REGEXES_LOWER = tuple(map(_case_sensitive, _TAIL_REGEXES))


def _tail_features(w6: list[str]) -> _TailFeatures | None:
    """What the clause's last six words ``w6`` say about the trigger after them, by the regexes; None: nothing."""
    last6 = " ".join(w6) + " "
    low6 = last6.lower()  # quick substring checks before the regexes (most clauses have none)
    if last6.isascii():  # lowercasing changes no match: run the faster case-sensitive regexes on it
        # Each regex needs one of _TAIL_WORDS as a whole \w run ("'ll" aside): without one, none matches.
        if _TAIL_WORDS.isdisjoint(_WORD_RUN.findall(low6)) and "'ll" not in low6:
            return None
        w6 = low6.split()
        planned_re, past_ref_re, subordinate_re, indefinite_re = _TAIL_REGEXES_LOWER
    else:
        planned_re, past_ref_re, subordinate_re, indefinite_re = _TAIL_REGEXES
    last4 = " ".join(w6[-4:]) + " "
    planned = _PLANNED_ANY.search(low6) is not None and bool(planned_re.search(" ".join(w6) + " "))
    past_ref = _PAST_REF_ANY.search(low6) is not None and bool(past_ref_re.search(last4))
    subordinate = _SUBORDINATE_ANY.search(low6) is not None and bool(subordinate_re.search(" ".join(w6[-5:]) + " "))
    indefinite = bool(indefinite_re.search(last4))
    return planned, past_ref, subordinate, indefinite


# The words of the regexes above, for clauses whose last words are plain (ASCII letters and digits only): then
# each word is a whole ``\w+`` run, and a regex matches exactly when these words (lowercased) occur in order.
_PLANNED_WORDS = frozenset({
    "will", "would", "shall", "could", "plan", "plans", "planned", "planning", "due", "expected", "expects",
    "expecting",
    "forward", "next", "upcoming", "invitation", "invitations", "invited", "invite", "scheduled", "intend", "intends",
    "intended", "hope", "hopes", "hoped", "proposed", "possible", "potential", "future", "prospective",
    "considering", "considers", "mulling", "mulls",
})  # fmt: skip
# "prepares for", "the groundwork for": a plan when "for" follows
_PREPARE_WORDS = frozenset({"prepares", "preparing", "preparations", "groundwork", "prepared"})
_PREPARE_TO = frozenset({"prepares", "preparing", "prepared"})  # "prepares to host": a plan when "to" follows
_ARRANGE_WORDS = frozenset({"arrange", "organise", "organize"})  # "to arrange a meeting": one still to come
# cues that reach further back (as written: a set look-up, no lowercasing)
_STRONG_PLANNED = frozenset(w for c in ("will", "due", "expected", "scheduled") for w in (c, c.capitalize()))
_PLANNED_BEFORE_TO = frozenset({"agreed", "set", "is", "are"})  # "agreed to", "set to", ...
_PAST_REF_WORDS = frozenset({
    "last", "since", "when", "previously", "earlier", "prior", "previous", "separate", "another", "once",
})  # fmt: skip
_PAST_REF_AFTER = frozenset({"their", "his", "her"})  # "after their"
_SUBORDINATE_WORDS = frozenset({"when", "since", "after", "before", "as", "where", "while", "until"})
_SUBORDINATE_SUBJECTS = frozenset({"they", "he", "she", "we", "both"})
_ARTICLES = frozenset({"a", "an"})
# Every word that can set a tail feature: last words with none of these set none ("after" is subordinate).
_COMES = frozenset({"comes", "come", "is", "are"})
_TAIL_WORDS = _PLANNED_WORDS | _PLANNED_BEFORE_TO | _PAST_REF_WORDS | _SUBORDINATE_WORDS | _ARTICLES | {"ahead"}
_TAIL_WORDS |= _PREPARE_WORDS | {"time", "be"} | _ARRANGE_WORDS  # "in time for", "to be considered at"
_WORD_RUN = re.compile(r"\w+")


_DAY_PARTS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def _next_day_only(lw: list[str]) -> bool:
    """Whether the only plan word of ``lw`` is "next" in "the next day" (an anaphor, not a plan)."""
    if "next" not in lw or len(_PLANNED_WORDS.intersection(lw)) > 1:
        return False
    k = lw.index("next")
    return k + 1 < len(lw) and lw[k + 1] in _DAY_PARTS


_PAST_COPULAS = frozenset({"was", "were", "had"})


def _plan_noun_only(lw: list[str]) -> bool:
    """Whether the only plan word of ``lw`` is the noun "plan" told in the past ("The plan was put to the gathering
    on Wednesday": a proposal, not a plan for the event)."""
    if len(_PLANNED_WORDS.intersection(lw)) > 1:
        return False
    k = next((k for k, w in enumerate(lw) if w in ("plan", "plans")), None)
    return k is not None and k + 1 < len(lw) and lw[k + 1] in _PAST_COPULAS


def _plain_planned(lw: list[str]) -> bool:
    """``_PLANNED`` on plain words ``lw`` (lowercased)."""
    return (
        (not _PLANNED_WORDS.isdisjoint(lw) and not _next_day_only(lw) and not _plan_noun_only(lw))
        or (
            not _PREPARE_WORDS.isdisjoint(lw)
            and any(
                ((a in _PREPARE_WORDS and b == "for") or (a in _PREPARE_TO and b == "to"))
                # not "laid the groundwork for the deal during a trip to New Delhi": a trip of the laying
                and "during" not in lw[k + 2 :]
                for k, (a, b) in enumerate(zip(lw, lw[1:], strict=False))
            )
        )
        or (
            ("to" in lw and any(b == "to" and a in _PLANNED_BEFORE_TO for a, b in zip(lw, lw[1:], strict=False)))
            # "The agreement comes ahead of talks in Paris on Tuesday": an event still to come (a past verb's
            # "ahead of the talks" is only before them)
            or (
                "ahead" in lw
                and any(a in _COMES and b == "ahead" and c == "of" for a, b, c in zip(lw, lw[1:], lw[2:], strict=False))
            )
            # "a treaty in time for a full-scale summit in the United States in June": a summit still to come
            or (
                "time" in lw
                and any((a, b, c) == ("in", "time", "for") for a, b, c in zip(lw, lw[1:], lw[2:], strict=False))
            )
            or ("be" in lw and _to_be_done_at(lw))
            or any(a == "to" and b in _ARRANGE_WORDS for a, b in zip(lw, lw[1:], strict=False))
        )
    )


_TO_BE_THEN = frozenset({"at", "during", "in"})


def _to_be_done_at(lw: list[str]) -> bool:
    """Whether ``lw`` holds "to be <participle> at|during|in" ("to be considered at the summit"): a plan."""
    return any(
        (a, b) == ("to", "be") and c.endswith(("ed", "en")) and d in _TO_BE_THEN
        for a, b, c, d in zip(lw, lw[1:], lw[2:], lw[3:], strict=False)
    )


_LAST_TIMES = frozenset({"year", "week", "month", "night", "weekend", "summer", "winter", "spring", "autumn", "fall"})
_LAST_THEN = frozenset({"during", "in", "at", "over", "after", "before", "for", "on", "with"})


def _last_modifies_other(w6: list[str]) -> bool:
    """Whether "last" is the only past word of the last four ``w6`` and a preposition stands between it and the
    trigger: "the last disputed points during talks" (another noun's "last", not "their last talks")."""
    l4 = [w.lower() for w in w6[-4:]]
    k = len(l4) - 1 - l4[::-1].index("last")
    if k + 1 < len(l4) and (w6[-4:][k + 1][:1].isupper() or l4[k + 1] in _LAST_TIMES):
        return False  # "visited New Delhi last June for talks": a time, told before the event
    return _PAST_REF_WORDS.isdisjoint(set(l4) - {"last"}) and not _LAST_THEN.isdisjoint(l4[k + 1 :])


_PLAN_THEN = frozenset({"after", "during", "following", "at", "since"})


def _plan_modifies_other(w6: list[str]) -> bool:
    """Whether "plan(s)" is the only plan word of ``w6`` and a preposition of time or place stands between it and
    the trigger: "a peace plan for Georgia after talks" (the plan is the talks' outcome, not the talks' plan)."""
    lw = [w.lower() for w in w6]
    k = max(i for i, w in enumerate(lw) if w in ("plan", "plans"))
    return _PLANNED_WORDS.isdisjoint(set(lw) - {"plan", "plans"}) and not _PLAN_THEN.isdisjoint(lw[k + 1 :])


def _plain_tail_features(lw: list[str]) -> _TailFeatures:
    """:func:`_tail_features` for last words that are all plain, given lowercased: set look-ups, no regex."""
    l4 = lw[-4:]
    past_ref = not _PAST_REF_WORDS.isdisjoint(l4) or (
        "after" in l4 and any(a == "after" and b in _PAST_REF_AFTER for a, b in zip(l4, l4[1:], strict=False))
    )
    # _SUBORDINATE on the last five: "when they" with at most two words after, or "the" with one to three after
    # ("the leaders", "the two leaders", "the two leaders first"); five words leave at most three after "the".
    subordinate = not _SUBORDINATE_WORDS.isdisjoint(lw[-5:-1]) and any(
        lw[-j - 1] in _SUBORDINATE_WORDS
        and ((lw[-j] in _SUBORDINATE_SUBJECTS and j <= 3) or (lw[-j] == "the" and j >= 2))
        for j in range(1, min(len(lw), 5))  # lw[-j]: the subject, j - 1 words after it
    )
    return _plain_planned(lw), past_ref, subordinate, not _ARTICLES.isdisjoint(l4)


# The lastgroup of a TRIGGER match ("t4") -> its row of _TRIGGER_TABLE and event type.
_KINDS: dict[str, tuple[int, EventType | None]] = {f"t{i}": (i, t) for i, (_, t) in enumerate(_TRIGGER_TABLE)}
_PSEUDO_MEET = frozenset({"met", "meet", "meets"})  # meeting words that never follow a host modifier
_SIDELINE_KEY = re.compile("side|margin|fringe")  # every _SIDELINES match contains one
_POSSESSIVE_KEY = re.compile("['’]s")  # every _POSSESSIVE match contains one


_ADDRESS_BY = re.compile(r"\baddress(?:ed|es|ing)?\s+(?:[\w'’-]+\s+){0,6}(?:by|via|over)\s+(?:a\s+)?$", re.I)
# "held talks via video link", "spoke for just over two hours by secure video link"
_VIA_VIDEO = re.compile(
    r"\s+(?:for\s+(?:[\w-]+\s+){0,4}?(?:hours?|minutes)\s+)?(?:via|by|over)\s+(?:a\s+)?"
    r"(?:(?:secure|secured|encrypted|closed|private|live)\s+)?"
)
_OBJECT_LEAD = re.compile(
    r"the\s+(?:[A-Z][\w.-]*\s+){1,3}"  # "the United States " before a titled name
    # "Abu Dhabi's crown prince, " before a name
    r"|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+"
)
_VIA_TYPES = frozenset({None, EventType.TALKS, EventType.MEETING, EventType.SUMMIT})
# A trigger in the past tense after "after", "when", ...: "is to resume after Biden hosted Xi" is asserted
_PAST_FORMS = frozenset({
    "met", "hosted", "received", "welcomed", "visited", "travelled", "traveled", "spoke", "talked", "held",
    "phoned", "telephoned", "flew", "arrived",
})  # fmt: skip
# the past-tense triggers: what they tell has taken place (the generic ones among them may not join a plan)
_PAST_VERBS = (
    _PAST_FORMS
    | {"greeted", "saw", "embraced", "hugged", "joined", "rejoined", "signed", "shook hands", "initialed", "initialled"}
    | {"shaken hands"}
    | {"briefed"}
    | {"inaugurated", "laid a wreath", "laid wreaths", "laid wreath"}
    | {"brought together"}
)
_SUBORDINATORS = frozenset({"after", "when", "since", "once", "because", "as", "After", "When", "Since", "Once"})


_GATHERING_NOUNS = frozenset({"summit", "meeting", "conference", "gathering", "session"})
# a plan the sentence opens with: "are due to", "will", "is expected to"
# a plan word of a clause: "is due to", "are expected to", "will" (the pipeline dates by it too)
SENTENCE_PLAN = re.compile(r"\b(?:(?:is|are)\s+(?:due|expected|set|scheduled)\s+to|will)\b")


_SPEECH_WORDS = frozenset({"said", "says", "announced", "added"})
_INVITE_WORDS = frozenset({"invited", "invites", "invite", "inviting"})


def _will_runs_on(words: list[str], reported: bool = False) -> bool:
    """Whether "will" (or "is due/expected to") opens the last 20 ``words`` of a clause and runs on to its end:
    no comma, subordinator or past form after it ("will welcome leaders ... on Monday for a summit").
    ``reported``: "said <subject> would" counts as such a cue (for a gathering noun: "said the leaders would
    return to energy at their regular summit")."""
    tail = words[-20:]
    cue = max((k for k, w in enumerate(tail) if w in _STRONG_PLANNED), default=-1)
    if cue < 0 and reported and "would" in tail:
        # "Michel said the leaders would return to energy at their regular summit": a future told as reported
        said = next((k for k, w in enumerate(tail) if w in _SPEECH_WORDS), -1)
        if said >= 0:  # "said (that) <a subject of up to three words> would"
            lo = said + 1 + (said + 1 < len(tail) and tail[said + 1] == "that")
            cue = next((k for k in range(lo + 1, min(lo + 4, len(tail))) if tail[k] == "would"), -1)
    return cue >= 0 and _runs_on(tail[cue:])


def _runs_on(words: list[str]) -> bool:
    """Whether the clause runs on through ``words`` from a plan cue: no comma, subordinator, past form or "said"."""
    return not any(
        w.endswith((",", ";", ":")) or w in _SUBORDINATORS or w.lower() in _PAST_FORMS or w.lower() == "said"
        for w in words
    )


def _after_subordinator(words: list[str]) -> bool:
    """Whether a subordinator ("after", "when", ...) comes after the last plan cue among ``words``."""
    last_sub = max((k for k, w in enumerate(words) if w in _SUBORDINATORS), default=-1)
    if last_sub < 0:
        return False
    return not any(w.lower() in _PLANNED_WORDS or w.lower() in ("to", "is", "are") for w in words[last_sub + 1 :])


_PARTICIPLES = frozenset({
    "met", "spoken", "talked", "hosted", "received", "welcomed", "visited", "travelled", "traveled", "phoned",
    "telephoned",
})  # fmt: skip


def _pluperfect(lower: str, w6: list[str]) -> bool:
    """ "had met", "had already met", "had held (separate) talks": a trigger in the past perfect."""
    last = [w.lower() for w in w6[-3:]]
    if lower in _PARTICIPLES:
        adverb = len(last) > 1 and (last[-1].endswith("ly") or last[-1] in ("already", "earlier", "also"))
        return bool(last) and (last[-1] == "had" or (adverb and last[-2] == "had"))
    # "had held (separate) talks", "had held about an hour of talks"
    return any(a == "had" and b == "held" for a, b in pairwise(w.lower() for w in w6))


# Words that deny, refuse or only suppose the event: "had no plans to meet", "he might travel to Reykjavik"
# "four days of negotiations", "three weeks of secluded negotiations": a span of them
_SPAN_OF = re.compile(r"\s(?:hours?|days?|weeks?|months?|rounds?)\s+of\s+(?:[\w-]+\s+){0,3}$")
# the words of an aside before its event noun: "(, )his first", "(, )their second formal"
_APPOSED_EVENT = re.compile(r"\s*(?:his|her|their)\s+(?:[\w-]+\s+){0,2}")
_MEALS = frozenset(MEAL_WORDS)
# the tail of a list of an event's parts before a meal: "..., expanded talks with aides and a working "
_MEAL_IN_LIST = re.compile(r"(?:\s+[\w-]+){0,4}(?:,|\s+and)\s+(?:an?\s+)?(?:[\w-]+\s+)?")
_CROWD_BEFORE = re.compile(
    r"\b(?:tourists|visitors|pilgrims|holidaymakers|travell?ers|migrants|refugees|fans|students|people)\s+"
    r"(?:(?:who|have|had|has|also|will|would|can|could|to)\s+){0,2}$"
)
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|their|his|her|its|our|warm|official|red-carpet|lavish|summit|co-)\s*$", re.I)
_KEEP_CONTACT = re.compile(
    r"\b(?:stay|stays|stayed|remain|remains|remained|keep|keeps|kept|maintain|maintains|maintained|be)\s+"
    r"(?:in\s+)?(?:close\s+|regular\s+|constant\s+|direct\s+)?$"
)
_THEN_GERUND = re.compile(r"\b(?:before|after|then)\s+$")
_FOLLOWED_BY = re.compile(r",\s+(?:to\s+be\s+)?followed\s+by\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,3}$")
_RESUME_AFTER = re.compile(
    # ("Normalisation talks, suspended since October 2000, will resume next month": an aside on the talks first)
    r"(?:,\s+[a-z]+ed\s+[^,;:()]{1,60},)?"
    # ("The two sides said normalisation talks would resume in October": what was said of them, still to come)
    r"\s+(?:[\w-]+\s+){0,4}?(?:are|is|will|would)\s+(?:(?:due|expected|set|scheduled)\s+)?(?:to\s+)?(?:resume|restart)\b"
    # "Talks between the Balkan leaders are due to open in Dayton on Nov. 1": talks yet to start
    r"|\s+(?:[\w'’-]+\s+){0,8}?(?:are|is)\s+(?:due|expected|set|scheduled)\s+to\s+(?:open|begin|start)\b"
    # "Negotiations between Iran and six world powers resume in Geneva next month": the present, looking ahead
    r"|\s+(?:between|with)\s+(?:[\w'’-]+\s+){1,8}?(?:resume|restart)\s+(?:in|on|at|next|later|this)\b"
)
# a verb in the past after "first" tells the pair's earlier encounter ("A and B first met in 2019")
_FIRST_TIME_VERBS = frozenset({"met", "spoke", "talked", "sat", "held", "shook", "phoned", "called", "visited"})
_GATHERING_OPENS_AFTER = re.compile(
    r"\s+(?:opened|closed|ended|began|convened|wrapped\s+up|opens|closes|ends)\s+(?:on|in)\s"
)
_HOSTED_NOUN_BEFORE = re.compile(
    r"\b(?:host|hosts|hosted|hosting|convene|convenes|convened|convening|organi[sz]es?|organi[sz]ed"
    # "ended a three-day conference in San Jose on Wednesday", "closing a conference in Punta del Este"
    r"|ended|ends|closed|closes|closing|opened|opens|opening|concluded|wrapped\s+up)\s+"
    r"(?:a|an|the|its|their)\s+(?:(?!news\b|press\b)[\w-]+\s+){0,3}$"
)
_PLURAL_TRAVEL = frozenset({"fly", "travel", "head", "go", "leave", "depart", "return"})  # a pair's present tense
_WEAPON_BEFORE = re.compile(
    r"\b(?:missiles?|rockets?|shells?|drones?|bombs?|projectiles?|debris)\s+(?:that\s+|which\s+)?(?:(?:had|have|has)\s+)?$"
)
_AMONG_LEAD = re.compile(
    r"[\"“‘(\s]*(?:Among\s+(?:those|the\s+(?:\d+\s+)?(?:leaders|guests|attendees|participants|dignitaries))\s+"
    r"(?:(?P<at>at|attending|present\s+at|who\s+attended)\s+)?[^,;:]{0,60}?\s+(?:were|was)"
    # "Taking part were President Gerald Ford, President Valery Giscard d'Estaing of France, ..."
    r"|(?:Taking\s+part|Attending|Present)\s+(?:were|was)"
    # "Leaders taking part included A, B and C"
    r"|(?:(?:Leaders|Those|Heads\s+of\s+state)\s+(?:taking\s+part|attending|present)|Participants)\s+included)\s+"
)
_OBJECT_VERB_BEFORE = re.compile(
    r"\b(?:called\s+on|met|visited|received|welcomed|hosted|greeted|joined|saw|with)\s+(?:[\w'’-]+\s+){0,3}$"
)
# "... with Castro before flying to Buenos Aires for talks with B": the subject's next act, not Castro's
_PARTICIPLE_GAP = re.compile(r"\s+(?:before|after)\s+[a-z]+ing\b")
_JOINED_BY_GAP = re.compile(r"\s+(?:were|was)\s+(?:[a-z]+\s+)?(?P<v>joined)\s+(?:[a-z]+\s+){0,3}?by\s+")
_UNTIL_AFTER = re.compile(r"[^.;:!?,]{0,90}?\buntil\b")
_BRIEF_WHERE = re.compile(r"[^.;:]{0,80}?\b(?:in|at)\s+(?:the\s+)?[A-Z]")  # "briefed B in Kabul", "at Camp David"
_NEGATIONS = frozenset({"no", "not", "never", "refused", "declined", "without", "cannot", "nor", "might"})
# after a denied meeting or call: "(had not spoken) directly since September 2022", "(have not met) since 2019"
_SINCE_DATE_AFTER = re.compile(
    r"(?:\s+(?:in\s+person|directly|face[\s-]to[\s-]face|(?:with\s+|to\s+)?each\s+other|by\s+(?:tele)?phone))?"
    r"\s+since\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:19|20)\d\d)\b"
)
# "did not hold a separate meeting", "has yet to hold a bilateral meeting with B": an event denied further back
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:not|never|yet\s+to|n['’]t)\s+(?:hold|held|have|had)\s+(?:a|an|any|the)\s+(?:[\w-]+\s+){0,2}$"
)


def _negated(words: list[str]) -> bool:
    """Whether the words right before a trigger deny or refuse the event."""
    low = " ".join(words).lower()
    if "could have" in low or "yet to" in low:
        # "wished he could have shared a meal with Modi": a meal that did not take place; "has yet to meet B"
        return True
    if "n't" in low or "n’t" in low:
        return any(w.endswith(("n't", "n’t")) for w in low.split()) or not _NEGATIONS.isdisjoint(low.split())
    return not _NEGATIONS.isdisjoint(low.split())


# "the idea of a meeting", "the prospect of talks", "a proposal for a summit": an event only thought of
_SUPPOSING_NOUNS = frozenset({"idea", "prospect", "possibility", "proposal", "notion", "suggestion", "chance"})


_SUPPOSED_ENDS = frozenset({"of", "for", "to", "a", "an", "A", "An"})  # the last word before the trigger in _supposed


def _supposed(words: list[str]) -> bool:
    """Whether the words right before a trigger name it as only an idea ("floated the idea of a meeting")."""
    if words and words[-1].lower() in _ARTICLES:
        words = words[:-1]
    if len(words) >= 2 and words[-1] == "to":  # "repeated his offer to meet Putin"
        return words[-2].lower() in ("offer", "offers", "offered", "willingness", "readiness")
    return len(words) >= 2 and words[-1] in ("of", "for") and words[-2].lower() in _SUPPOSING_NOUNS


# the verb of two states' accord, as a match of the table's one group of the generic kind (see states_accord)
_STATES_ACCORD = re.compile(
    rf"(?P<t{next(i for i, (_, etype) in enumerate(_TRIGGER_TABLE) if etype is None)}>agreed"
    r"|reached(?= (?:an?|the) (?:[\w-]+ ){0,2}(?:agreement|deal|accord|ceasefire|truce)\b)"
    # "European Union leaders signed the Lisbon Treaty on Thursday in Lisbon": the signing is their event
    r"|signed(?= (?:an?|the) (?:[\w-]+ ){0,3}(?:[Tt]reaty|agreement|accord|declaration|[Cc]harter|pact)\b))"
)
_STATE_ACCORD_FIRST = tuple('ABCDEFGHIJKLMNOPQRSTUVWXYZ"“(')
# a document signed in the passive: "The treaty text was initialled in Amman"
_DOCUMENT_PASSIVE = re.compile(
    r"\b(?:treaty|text|agreement|accord|accords|deal|declaration|document|documents|pact|memorandum|protocols?"
    r"|(?<!since )[Ii]t)\s+(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+)?$"  # "and it was initialled in Oslo"
)
# two states opening a sentence as its subject: "Saudi Arabia and Iran agreed", "The United States and China agreed"
_STATES_SUBJECT = re.compile(
    r"[\"“(]?(?:The\s+)?(?P<a>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+and\s+(?:the\s+)?"
    # ("Iran and six world powers reached an agreement in Vienna": the powers as one side)
    r"(?P<b>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|(?:(?:five|six|seven)\s+)?(?:world|major)\s+powers)\s+"
    r"(?:(?:formally|also|then|finally|have|had)\s+)?"
)


# "of the five largest industrial democracies ", "from more than 90 countries ": whose they are, up to their accord
_OF_STATES = r"(?:of|from)\s+[^,;:()\"“”]{3,70}?\s+(?=(?:agreed|reached|signed|meeting)\b)"
# a named body's or country's leaders opening a sentence: "European Community leaders", "Lebanon's feuding leaders"
_LEADERS_SUBJECT = re.compile(
    r"[\"“(]?(?:(?:The\s+)?(?:(?!The\s)[A-Z][\w.'’-]*\s+){0,2}(?!The\s)[A-Z][\w.'’-]*\s+(?:[a-z]+\s+)?leaders\s+"
    # "The leaders of Russia, Ukraine, Germany and France agreed on Thursday"
    r"|The\s+leaders\s+of\s+(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,\s+){0,6}(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?:\s+[A-Z][\w.'’-]*)?\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?\s+"
    # "Finance ministers of the five largest industrial democracies agreed on Sunday", "Trade ministers from more
    # than 90 countries agreed": the ministers of several states, met to agree
    r"|(?:The\s+)?(?:(?!The\s)[A-Z][\w.'’-]*\s+){0,2}(?:[a-z]+\s+)?ministers\s+(?:and\s+central\s+bank(?:ers|\s+governors)\s+)?"
    rf"(?:{_OF_STATES})?"
    # "Leaders of the Group of 20 agreed in London on Thursday"
    rf"|(?:The\s+)?[Ll]eaders\s+{_OF_STATES})"
    # "NATO leaders meeting in Bucharest, Romania, agreed on Thursday": where they met, set between
    r"(?:(?:meeting|gathered)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,?\s+)?"
    r"(?:(?:formally|also|then|finally|have|had)\s+)?"
)


def states_accord(text: str, sentence: Sentence) -> re.Match[str] | None:
    """ "Saudi Arabia and Iran agreed on Friday ...", "Japan and South Korea reached an agreement on Monday": two
    states (or a named body's leaders) opening the sentence and their accord's verb, a trigger of the generic kind
    (``None`` if not so).

    Only states and leaders: the accords of people ("Modi and Sharif agreed on Tuesday") are read from their other
    words."""
    if not text.startswith(_STATE_ACCORD_FIRST, sentence.start):
        return None
    if (
        text.find(" agreed", sentence.start, sentence.end) < 0
        and text.find(" reached", sentence.start, sentence.end) < 0
        and text.find(" signed", sentence.start, sentence.end) < 0
    ):
        return None  # no accord's verb: skip the subject patterns and their gazetteer look-ups
    subject = _STATES_SUBJECT.match(text, sentence.start, sentence.end)
    if not _two_states(subject):
        # "Lebanon's feuding leaders reached an agreement in Doha", "Commonwealth leaders agreed on Friday": the leaders
        # of a named body or country, met to agree
        subject = _LEADERS_SUBJECT.match(text, sentence.start, sentence.end)
    return _STATES_ACCORD.match(text, subject.end(), sentence.end) if subject is not None else None


def _states_subject(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is two states and nothing else: "Saudi Arabia and Iran "."""
    return _two_states(_STATES_SUBJECT.fullmatch(text, start, end))


def _two_states(subject: re.Match[str] | None) -> bool:
    """Whether both names of a :data:`_STATES_SUBJECT` match are states ("the United States" as well)."""
    return subject is not None and all(
        subject[g].endswith(" powers")
        or any(p.kind == "country" for name in (subject[g], "the " + subject[g]) for p in gazetteer.lookup(name))
        for g in ("a", "b")
    )


_DEFINITE_SUBJECT = re.compile(r"[\"“‘(]?(?:The|This|That)\s+(?:[\w-]+\s+){0,2}")  # "The peace conference"
# What stands before a gathering noun that is no event of its own (see find_triggers): "meet in full session", a
# house's sitting ("a joint session of Congress"), a speech to one ("told a joint session"), the body of a summit
# ("a summit of the ... conference"), a speech at a conference, keepsakes "from the conference".
_IN_SESSION = re.compile(r"\bin\s+(?:(?:full|plenary|closed|open|private|secret|emergency|special|joint)\s+)?$")
_HOUSE_SESSION = re.compile(
    r"\b(?:joint|special|emergency|extraordinary|plenary)\s+session\b|\bsession\s+of\s+(?:the\s+)?"
    r"(?:Congress|[Pp]arliament|Knesset|Duma|Senate|[A-Z][\w-]*\s+(?:Assembly|Parliament|Congress))\b"
)
_TOLD_SESSION = re.compile(
    r"\b(?:told|tell|tells|addressed|address|addresses|addressing)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}$"
)
_GATHERING_OF = re.compile(r"\b(?:summit|meeting|session)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$")
_TO_CROWD = re.compile(_TO_AUDIENCE)  # the speech trigger's audience, as Trigger.speech tells it apart
_SPEECH_AT = re.compile(
    r"\b(?:address|addresses|speech|speeches|keynote|lecture|remarks|spoke|speaks|speaking)"
    r"\s+(?:at|to)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,5}$"
)
_KEEPSAKE_FROM = re.compile(
    r"\b(?:photographs?|photos?|pictures?|documents?|papers|records?|footage|images?|memorabilia|artefacts?"
    r"|artifacts?|souvenirs?|films?)(?:\s+(?:and|or)\s+[\w-]+)?\s+from\s+the\s+(?:[\w-]+\s+){0,2}$"
)
_INDEFINITE_CAPITAL = re.compile(r"\b(?:a|an)\s+(?:[A-Z][a-z]+\s+)?$")


def find_triggers(
    text: str, sentence: Sentence, people: list[PersonMention], matches: list[re.Match[str]] | None = None
) -> list[Trigger]:
    """Every event trigger in ``sentence``, with the features coreference needs.

    ``matches`` are the :data:`TRIGGER` matches inside the sentence when the caller has already scanned
    the whole text once (the pipeline does); else the sentence is scanned here.
    """
    triggers: list[Trigger] = []
    if matches is None:
        matches = list(TRIGGER.finditer(text, sentence.start, sentence.end))
    s_start = sentence.start
    for m in matches:
        m_start, m_end = m.span()
        word = m.group()
        if (
            word[0].isupper()
            and text[s_start:m_start].strip('"“‘( ')
            and not text.endswith("  ", 0, m_start)  # after a post's blanked handle: "Anthony Albanese  Met with B"
            and not _NAMED_GATHERING.match(text, m_start)
            # "held a Japan-U.S. Summit Telephone Talk with": a named event the verb says was held
            and not _HELD_NAMED.search(text, max(s_start, m_start - 60), m_start)
            # "will undertake a State Visit to the Republic of Kenya": an official's capitals after "a", no name
            and not _INDEFINITE_CAPITAL.search(text, max(s_start, m_start - 20), m_start)
            # "The State Visit, which began on Wednesday, will end today": an official's capitals opening a sentence
            and not (
                _CAPITAL_EVENT_LEAD.fullmatch(text, s_start, m_start) and text[m_end : m_end + 2] in (", ", " w", " i")
            )
        ):
            continue  # "Phone Call" in a title-case phrase is not a trigger ("the Summit of the Americas" is one)
        kind, etype = _KINDS[m.lastgroup]  # type: ignore[index]
        if kind == _BY_PHONE:
            # "had spoken with Yang by phone": the phrase gives the generic verb before it its kind.
            verb = next((t for t in reversed(triggers) if t.type is None), None)
            if (
                verb is not None
                and m_start - verb.end <= 80
                and text[verb.start : verb.end].lower() in _GENERIC_VERBS
                and not _CLAUSE_BREAK.search(text, verb.end, m_start)
            ):
                verb.type, verb.weak = etype, False
            elif (
                text.startswith(" with ", m_end)
                and any(p.full_start > m_end and p.full_start - m_end <= 40 for p in people)
            ) or (
                # "Biden told Ukrainian President Volodymyr Zelensky by phone on Sunday that ...": the telling's call
                # ("Putin told his Finnish counterpart by phone on Saturday": a counterpart the text does not name)
                (any(p.end == m_start - 1 for p in people) or _COUNTERPART_BEFORE.search(text, s_start, m_start))
                and _SPEECH_BEFORE.search(text, max(s_start, m_start - 90), m_start) is not None
            ):
                # "Erdogan had discussed the issue by phone with US President Joe Biden": the phrase is the call
                triggers.append(Trigger(m_start, m_end, etype, clause_start=_clause_start(text, s_start, m_start)))
            continue
        if etype is VIDEO_CALL and _ADDRESS_BY.search(text, max(s_start, m_start - 80), m_start):
            continue  # "addressed the European Council by video link": a speech, not a call
        if (
            etype in _CALL_TYPES
            and triggers
            and triggers[-1].type is None
            and triggers[-1].spoken
            and _IN_A_CALL_GAP.fullmatch(text, triggers[-1].end, m_start)
        ):
            # "Trump first spoke to Buhari in a telephone call in February": the call is what the verb told
            triggers[-1].type, triggers[-1].weak = etype, False
            continue
        if etype is VIDEO_CALL and triggers and _VIA_VIDEO.fullmatch(text, triggers[-1].end, m_start):
            prior = triggers[-1]  # "held talks via video link", "met by videoconference": one video call
            if prior.type in _VIA_TYPES:
                prior.type, prior.weak = etype, False
                continue
        lower = word.lower()
        states = m.re is _STATES_ACCORD  # "Saudi Arabia and Iran agreed on Friday": two states' accord
        # "four days of negotiations in Geneva", "negotiations that began on March 6": a round of talks with a
        # time or place of its own, not a subject under way ("debt-ceiling negotiations at home")
        held = (
            lower in ("negotiations", "consultations")
            and (
                _NEGOTIATIONS_AFTER.match(text, m_end) is not None
                or _SPAN_OF.search(text, m_start - 30, m_start) is not None
            )
        ) or ((lower == "signed" or lower in _ACCORD_PARTICIPLES) and _SIGNED_AT.match(text, m_end) is not None)
        # "Talks on normalising relations are to resume next month": a round of talks to come
        resumes = lower in ("talks", "negotiations") and _RESUME_AFTER.match(text, m_end) is not None
        # "Peace talks between the government and rebel groups are planned in Astana": a round of talks to come
        planned_for = lower in ("talks", "negotiations") and PLANNED_FOR_AFTER.match(text, m_end) is not None
        held = held or resumes or planned_for
        if not held and lower in ("conference", "retreat") and text.endswith(" ", 0, m_start):
            # "Egypt plans to host a conference on Gaza in Cairo in November": a gathering someone hosts (not "a
            # news conference")
            held = _HOSTED_NOUN_BEFORE.search(text, max(s_start, m_start - 50), m_start) is not None or (
                # "By the time the conference closed on December 1, 1943": a gathering that opens or closes
                not text.endswith(("news ", "press "), 0, m_start)
                and _GATHERING_OPENS_AFTER.match(text, m_end) is not None
            )
        # "The two men signed a declaration ending the state of war": the pair named before signed it
        collective = states or (
            lower in _WEAK
            and (
                (lower == "signed" and _states_subject(text, s_start, m_start))  # "Israel and Jordan signed a treaty"
                # "The treaty text was initialled in Amman on Oct. 17": a document's signing, its people told elsewhere
                or (
                    lower in ("signed", "initialled", "initialed")
                    and _DOCUMENT_PASSIVE.search(text, max(s_start, m_start - 40), m_start) is not None
                )
                or _COLLECTIVE_SUBJECT.fullmatch(text, _clause_start(text, s_start, m_start), m_start) is not None
                # "The presidents of Bosnia, Serbia and Croatia initialled": the commas of the list open no clause
                or _COLLECTIVE_SUBJECT.fullmatch(text, s_start, m_start) is not None
                # "The four-way session lasted more than two hours": the event at hand, named by a definite noun
                or (lower in _DEFINITE_NOUNS and DEFINITE_LEAD.fullmatch(text, s_start, m_start) is not None)
            )
        )
        if lower in _WEAK and len(people) < 2 and not held and not collective:
            continue  # a weak trigger is an event only if a pair takes part: none can in this sentence
        if lower.endswith(" to") and any(
            p.full_start == m_end + 1 and not text.startswith(("'s", "’s"), p.end) for p in people
        ):
            continue  # "the prize went to Maria Ressa": a person is no place to go to ("flew to Trump's resort" is)
        if lower in _GO_TO and not _known_place_at(text, m_end + 1):
            continue  # "goes to Tonga", not "the prize went to Maria Ressa": only a known place is a destination
        if lower in ("was", "be") and not (
            (
                any(p.end == m_start - 1 for p in people)
                or text.endswith(("He ", "he ", "She ", "she "), 0, m_start)
                # "Mrs Thatcher will be in Peking on Wednesday": a plan to be there
                or (lower == "be" and any(p.end == m_start - 6 for p in people))
            )
            and _known_place_at(text, m_end + 4)
        ):
            continue  # "Clinton was in Belfast", "He was in Kyiv on Wednesday"; not "The deal was in Washington's"
        if lower.startswith("brief") and not _BRIEF_WHERE.match(text, m_end, sentence.end):
            continue  # "briefed Trump on the declaration": a briefing is a meeting where the text says where
        if (
            lower in _MEALS
            and triggers
            and m_start - triggers[-1].end <= 60
            and _MEAL_IN_LIST.fullmatch(text, triggers[-1].end, m_start)
        ):
            continue  # "followed by a one-on-one meeting, expanded talks with aides and a working lunch": the programme
        if lower == "visiting" and any(p.full_start == m_end + 1 for p in people):
            continue  # "visiting Spanish Prime Minister Pedro Sanchez": an epithet, not a visit
        if lower.startswith(("visit", "tour", "travel")) and _CROWD_BEFORE.search(
            text, max(s_start, m_start - 30), m_start
        ):
            continue  # "Some 4.5 million Russian tourists visited Turkey in 2014": travellers, not a delegation
        if (
            lower in ("meet", "meets")
            and (where := _PLACES_MEET.search(text, max(s_start, m_start - 60), m_start)) is not None
            and not any(where.start() <= p.start < m_start for p in people)
        ):
            continue  # "near the point where India, China and Bhutan meet": borders, not leaders
        if lower in ("conference", "conferences", "forum", "forums") and _SPEECH_AT.search(
            text, max(s_start, m_start - 70), m_start
        ):
            continue  # "delivered a keynote address at the Future of Asia conference": one speaker's speech
        if lower == "session" and (
            _IN_SESSION.search(text, max(s_start, m_start - 20), m_start)
            or _TOLD_SESSION.search(text, max(s_start, m_start - 40), m_start)
            # "Parliament held a special session in Cairo on Friday": a house's sitting, an event only if a pair
            # takes part (as the weak triggers are)
            or (len(people) < 2 and _HOUSE_SESSION.search(text, max(s_start, m_start - 30), m_start + 40))
        ):
            # "meet in full session on Friday": how the verb's event sits, not an event of its own; "told a joint
            # session of Congress on Wednesday": a speech to a house
            continue
        if lower.endswith(("conference", "conferences")) and _GATHERING_OF.search(
            text, max(s_start, m_start - 60), m_start
        ):
            continue  # "a summit of the 35-nation European security conference": the summit's body, one event
        if _KEEPSAKE_FROM.search(text, max(s_start, m_start - 60), m_start):
            continue  # "an exhibition of photographs and documents from the conference": the event is only recalled
        if lower in ("host", "welcome") and _NOUN_BEFORE.search(text, max(s_start, m_start - 30), m_start):
            continue  # "their host, Sergei Lavrov", "a warm welcome": nouns, not the verbs
        if lower == "contact" and _KEEP_CONTACT.search(text, max(s_start, m_start - 30), m_start):
            continue  # "agreed to stay in contact", "will keep in close contact": no event of its own
        if lower == "call" and text.endswith(("paid a ", "pay a ", "pays a ", "paying a "), 0, m_start):
            etype = MEETING  # "Wen Jiabao paid a call on Prime Minister Shinzo Abe": a courtesy call
        elif lower in ("calls", "call") and _CALL_FOR.match(text, m_end):
            continue  # "a call for calm", "calls on Washington"
        if lower == "calls" and _WHAT_CALLS.search(text, max(s_start, m_start - 20), m_start):
            continue  # "on what he calls a peace mission": naming, not a call
        if lower.startswith(("arriv", "land", "touch")) and not _ARRIVE_AT.match(text, m_end):
            continue  # "arrived in Kyiv" is a visit; "a day after Kishida arrived", "arrived late" are not
        if lower.startswith("land") and _WEAPON_BEFORE.search(text, max(s_start, m_start - 30), m_start):
            continue  # "ballistic missiles that landed in Japan's exclusive economic zone in August"
        if lower.startswith("return") and (
            lower.startswith("returns") or _RETURN_HOME_BEFORE.search(text, max(s_start, m_start - 20), m_start)
        ):
            continue  # "before returning to Washington", "He returns to Brasilia tonight": the way home ends a trip
        if lower.startswith("tour") and _TOUR_FRAME.search(text, max(s_start, m_start - 50), m_start):
            continue  # "at the start of a regional tour", "the first stop of a Pacific tour": the frame of a visit
        if (
            lower.endswith(" for")
            and not text[m_end + 1 : m_end + 2].isupper()
            and not (" " in lower[:-4] and _FOR_A_TOUR.match(text, m_end))  # "left Moscow on Sunday for a tour"
        ):
            continue  # "leaves for Brunei"; not "nothing left for talks"
        clause_start = _clause_start(text, s_start, m_start)
        words = text[clause_start:m_start].split()
        since_last = False  # "The two leaders had not spoken since September 2022": the pair's last contact
        if words and (
            _negated(words[-3:])
            or (words[-1] in _SUPPOSED_ENDS and _supposed(words[-3:]))
            or (len(words) > 3 and _NOT_HELD_BEFORE.search(text, clause_start, m_start) is not None)
        ):
            since_last = _negated(words[-2:]) and _SINCE_DATE_AFTER.match(text, m_end) is not None
            # "did not sit down ... until early evening": a late start, not no event
            if not since_last and not (
                words[-1] in ("not", "didn't", "didn’t") and _UNTIL_AFTER.match(text, m_end, sentence.end)
            ):
                continue  # "had no plans to meet", "has never met", "might travel", "the idea of a meeting": no event
        trig = Trigger(
            m_start,
            m_end,
            etype,
            clause_start=clause_start,
            spoken=lower in _GENERIC_VERBS,
            past=lower in _PAST_VERBS and not text.startswith(" by ", m_end),  # not "a summit hosted by B"
        )
        trig.again = text.startswith(" again", m_end) and not text.startswith(" against", m_end)
        trig.past_ref = since_last
        trig.definite = (
            lower in _AHEAD_NOUNS
            and text.startswith((" was ", " were "), m_end)
            and _DEFINITE_SUBJECT.fullmatch(text, s_start, m_start) is not None
        )
        trig.accord = states
        trig.part = lower in ("session", "sessions")
        trig.speech = etype is VISIT and (
            lower in ("speech", "told") or (lower.startswith("address") and _TO_CROWD.match(text, m_end) is not None)
        )
        trig.apposed = (
            text[clause_start - 1 : clause_start] == ","
            and _APPOSED_EVENT.fullmatch(text, clause_start, m_start) is not None
        )
        if resumes:
            trig.modality = PLANNED
        if lower in ("due", "expected") or lower.startswith("invit"):
            trig.modality = PLANNED  # "is due in Abu Dhabi", "invited Trump to Moscow": a trip yet to come
        first_word = lower.split(None, 1)[0]  # the trigger's first word: "flies" of "flies to"
        when_present = (
            first_word in _PRESENT_FORMS
            and (
                lower in ("meet", "gather")
                or lower.endswith("s")
                or _PLURAL_SUBJECT.search(text, m_start - 30, m_start)
            )
            and _WHEN_PRESENT.search(text, max(s_start, m_start - 60), m_start)
        )
        if not when_present and " hold" in text[max(s_start, m_start - 160) : m_start]:
            # "when the foreign ministers ... hold the final round of their talks in Moscow in September"
            when_present = _WHEN_HOLD.search(text, max(s_start, m_start - 160), m_start) is not None
        if when_present:
            trig.modality = PLANNED  # "when leaders of the Group of Seven meet in Tokyo in June"
        if lower in _WEAK:
            trig.weak = not held and not collective
        elif lower in _GENERIC_VERBS and (to := _TO_WITH.match(text, m_end)):
            trig.weak = not any(p.full_start == to.end() for p in people)
        elif lower in _HOST_VERBS or lower.endswith(" on") or lower in JOIN_VERBS:
            # "called on Bob Dadae", not "on Washington"; "a banquet hosted by Queen Elizabeth"
            agent = _PASSIVE_AGENT.match(text, m_end) if text.endswith(" was ", 0, m_start) else None
            by = agent.end() if agent else m_end + 4 if text.startswith(" by ", m_end) else m_end + 1
            if by == m_end + 1 and (fronted := _WHEN_WHERE_OBJECT.match(text, by)) is not None and fronted.end() > by:
                by = fronted.end()  # "received today at the Ittihadiya Palace in Cairo the Prime Minister of Spain, B"
            trig.weak = (
                not any(
                    p.full_start == by
                    # "received the United States Secretary of State, Antony Blinken": the object's article first
                    or (by < p.full_start <= by + 40 and _OBJECT_LEAD.fullmatch(text, by, p.full_start))
                    for p in people
                )
                and not _PRONOUN_OBJECT.match(text, m_end)
                and not _GROUP_OBJECT.match(text, m_end)
                and not _PAIR_OBJECT.match(text, m_end)
                # "Jiang Zemin was welcomed with a 21-gun salute at the White House on Wednesday": a guest's welcome
                # at a named place, its host untold
                and not (agent is None and lower in _GREET_VERBS and _WELCOMED_AT.match(text, m_end))
                # "The two had already embraced on Sunday at St Peter's Basilica": a pair embracing each other
                and not (
                    lower in _EMBRACE_VERBS
                    and _COLLECTIVE_SUBJECT.fullmatch(text, _clause_start(text, s_start, m_start), m_start) is not None
                )
            )
        if not words and (lower.startswith(_SCHEDULED_PRESENT) or lower in _GATHER_VERBS):
            trig.modality = PLANNED  # "Bolsonaro, 63, travels to Chile on Friday": the verb opens its clause
        elif (
            words
            and first_word in _PLURAL_TRAVEL
            and (words[-1] in ("they", "both") or (words[-1][:1].isupper() and "and" in words[-4:]))
        ):
            trig.modality = PLANNED  # "On Friday Jiang and Yeltsin fly to Shanghai": a pair's schedule
        if (
            words
            and words[-1] == "first"
            and first_word in _FIRST_TIME_VERBS
            # a named subject ("Obama and Castro first sat down", "Sheinbaum, ..., first spoke"), not "The leaders
            # first sat down on Saturday", a summit's opening day
            and (len(words) == 1 or words[-2][:1].isupper())
        ):
            trig.past_ref = True  # "Sheinbaum first spoke with Trump on November 27": their earlier contact
        if words:
            w6 = words[-6:]
            plain = "".join(w6)
            if plain.isascii() and plain.isalnum():  # the usual case: set look-ups instead of five regexes
                lw = " ".join(w6).lower().split()
                # most clauses end in none of the words: then every feature is False, as the Trigger has it
                features = None if _TAIL_WORDS.isdisjoint(lw) else _plain_tail_features(lw)
            else:
                features = _tail_features(w6)
            if features is not None:
                planned, past_ref, trig.subordinate, trig.indefinite = features
                if (
                    past_ref
                    # "he expected to travel to Moscow for another summit": a plan cue further back in the clause
                    and (planned or not _STRONG_PLANNED.isdisjoint(words[-12:]))
                    and "another" in w6[-4:]
                    and not _PAST_REF_WORDS.intersection(w6[-4:]) - {"another"}
                ):
                    past_ref = False  # "are expected to hold another video call later this month": one to come
                if past_ref and "last" in w6[-4:] and _last_modifies_other(w6):
                    past_ref = False  # "settled the last disputed points during talks in Geneva": not their last
                # "when African leaders return to St Petersburg in July": a "when" clause in the present plans
                trig.past_ref = (past_ref or trig.past_ref) and not when_present
                if (
                    planned
                    and not (first_word in _PAST_FORMS and _after_subordinator(w6))
                    # "He had been due to visit India in January but cancelled": a plan that lay in the past
                    and not (("been" in w6 or "be" in w6 or "had" in w6) and _PAST_PLAN.search(" ".join(w6)))
                    and not _LAPSED_AFTER.match(text, m_end, sentence.end)
                    # "held what is expected to be their last meeting": the event told took place
                    and not ("be" in w6 and _held_what(text, s_start, m_start))
                    # "agreed a six-point peace plan for Georgia after talks in Moscow": another noun's plan
                    and not (("plan" in w6 or "plans" in w6) and _plan_modifies_other(w6))
                ):
                    trig.modality = PLANNED
            if (
                trig.modality is not PLANNED
                and len(words) >= 2
                and (words[-1] == "to" or (len(words) >= 3 and words[-2] == "to" and words[-1] in _HOLD_WORDS))
                and (to := text.rfind(" to ", s_start, m_start)) > 0
                # the subject is a person opening the clause: not "flew to Tokyo to meet", "pressed Xi to speak to"
                and any(
                    p.end == to and _HEADLINE_SUBJECT.fullmatch(text, _past_with(text, clause_start), p.full_start)
                    for p in people
                )
            ):
                # a headline's or an alert's infinitive after its subject: "Kishida and Yoon to hold summit in Tokyo
                # on March 16", "Modi to visit Moscow next month"
                trig.modality = PLANNED
            if (
                trig.modality is not PLANNED
                and len(words) > 6
                and not _STRONG_PLANNED.isdisjoint(words[-12:-6])
                and not (first_word in _PAST_FORMS and _after_subordinator(words[-6:]))
            ):
                trig.modality = PLANNED  # "is due in Stockholm on May 28 for a state visit"
            if (
                trig.modality is not PLANNED
                and len(words) > 6
                and "to" in words[-9:-5]
                and any(a in ("is", "are") and b == "to" for a, b in pairwise(words[-10:-4]))
            ):
                trig.modality = PLANNED  # "Albright and Kim are to hold a second round of talks on Tuesday"
            if (
                trig.modality is not PLANNED
                and len(words) > 12
                and _will_runs_on(words, reported=lower in _GATHERING_NOUNS)
                and not ("what" in words and _held_what(text, s_start, m_start))
            ):
                trig.modality = PLANNED  # "will welcome leaders from 40 nations ... for a summit"
            if (
                trig.modality is not PLANNED
                and lower in _GATHERING_NOUNS
                and (cue := next((k for k, w in enumerate(words[-8:]) if w in _INVITE_WORDS), None)) is not None
                and _runs_on(words[-8:][cue + 1 :])
            ):
                trig.modality = PLANNED  # "Bush invited him to Washington for a full-scale summit in June"
            if (
                trig.modality is not PLANNED
                and len(words) > 3
                and words[-1] == "to"
                and words[-2] in ("and", "or")
                and _AGREED_TO.search(text, max(s_start, m_start - 160), m_start - len(" and to "))
            ):
                trig.modality = PLANNED  # "agreed to set up a dialogue and to meet again in July"
            if (
                trig.modality is not PLANNED
                and not trig.past_ref
                and lower in _GATHERING_NOUNS
                and words[-1:] in (["a"], ["an"])
                and clause_start > s_start
                and (plan := SENTENCE_PLAN.search(text, s_start, clause_start)) is not None
                and not _PAST_REF.search(text, s_start, m_start)
                # "will fly home, having welcomed leaders ... for a summit": the summit is what took place
                and {"having", *_PAST_FORMS}.isdisjoint(text[plan.end() : m_start].lower().split())
            ):
                # "NATO leaders are due to invite the first new members, expected to include ..., at a summit in
                # Madrid in July": a gathering the sentence's plan leads to, past the asides
                trig.modality = PLANNED
            if trig.modality is not PLANNED and len(words) > 6 and words[-1][:1].isupper():
                # "is expected to attend a Shanghai Cooperation Organisation summit": look past the name
                k = len(words)
                while k > 0 and len(words) - k < 5 and words[k - 1][:1].isupper():
                    k -= 1
                before = words[max(0, k - 6) : k]
                plain = "".join(before)
                if (
                    _plain_planned(" ".join(before).lower().split())
                    if plain.isascii() and plain.isalnum()
                    else _PLANNED.search(" ".join(before) + " ")
                ) and not (first_word in _PAST_FORMS and _after_subordinator(before)):
                    trig.modality = PLANNED
            if (
                words[-1] == "to"
                and trig.modality is not PLANNED
                and triggers
                and triggers[-1].type is VISIT
                and triggers[-1].modality is PLANNED
                and not _CLAUSE_BREAK.search(text, triggers[-1].end, m_start)
            ):
                trig.modality = PLANNED  # "flies to Israel on Monday to meet B": as planned as the trip
            if (
                words[-1] == "to"
                and trig.modality is not PLANNED
                and any(w.startswith(("invited", "invitation", "urged", "asked")) for w in words[:-1])
            ) or (
                # "accepted an invitation to join the Group of Seven leaders at their summit in Denver in June"
                trig.modality is not PLANNED
                and "to" in words
                and any(w.startswith("invitation") for w in words[: len(words) - 1 - words[::-1].index("to")])
            ):
                trig.modality = PLANNED  # "Xi invited Putin during their call on Monday to visit Beijing"
            if lower in _GATHER_VERBS and _GROUP_SUBJECT.search(" ".join(w6[-4:])):
                # "EU leaders meet for a two-day summit next Thursday": a named group's gathering, in the present
                # of a news report, is scheduled and an event of its own (not the pair's talks named before)
                trig.type, trig.modality, trig.weak = etype or MEETING, PLANNED, False
            elif (
                lower in _GATHER_VERBS
                and w6[-1].lower() not in _BEFORE_INFINITIVE
                and _PLURAL_SUBJECT.search(w6[-1] + " ")
            ):
                # "Xi and Putin meet in Moscow on Tuesday", "Foreign ministers ... meet in Paris": a plural
                # subject's present in a news report is a schedule
                trig.modality = PLANNED
            if w6[-1] in ("is", "are") and lower.startswith(("flying", "travelling", "traveling", "heading")):
                trig.modality = PLANNED  # "He is flying to Singapore for a summit on Tuesday": a trip ahead
            if (lower.startswith(_SCHEDULED_PRESENT) and w6[-1].lower() not in _DETERMINERS) or (
                lower == "visits"
                and (w6[-1][:1].isupper() or w6[-1] in ("he", "she"))
                and w6[-1].lower() not in _DETERMINERS
            ):
                # "Modi heads to Brunei next week", "Trump flies to South Korea on Wednesday", "On Friday Bush
                # visits Hyderabad": a present-tense trip in a news report is scheduled ("headed to", "flew to"
                # stay asserted; not "his travels", "his visits")
                trig.modality = PLANNED
            if (
                trig.modality is ASSERTED
                and lower in _EVENT_NOUNS
                and (_SCHEDULE_AFTER.match(text, m_end) or _SCHEDULE_BEFORE.search(" ".join(w6[-3:]) + " "))
            ):
                # "her trip ends in Shanghai on Wednesday", "the leaders open their summit on Tuesday": an
                # event's present-tense start or end in a news report is a schedule
                trig.modality = PLANNED
            if lower in _EVENT_NOUNS and (
                PLANNED_FOR_AFTER.match(text, m_end)
                or _WILL_TAKE_PLACE_AFTER.match(text, m_end)
                # "a meeting of oil ministers in Vienna on November 30 that is expected to extend output cuts"
                or _PLANNED_RELATIVE_AFTER.match(text, m_end)
            ):
                trig.modality = PLANNED  # "postponed a state visit to Washington planned for October 23"
            if lower == "be held" and text.endswith((" to ", " will ", " would "), 0, m_start):
                trig.modality = PLANNED  # "the G20 Summit to be held in New Delhi in September": held ahead
            if (
                trig.modality is ASSERTED
                and not trig.past_ref
                and lower in _AHEAD_NOUNS
                and ("ahead" in (window := text[max(s_start, m_start - 80) : m_start]) or "advance" in window)
                and _AHEAD_OF.search(text, max(s_start, m_start - 80), m_start)
                and not _PAST_RELATIVE_AFTER.match(text, m_end)
                # "consulted allies by phone ahead of the talks.": the talks told before, no time or place of their own
                and not (
                    _AHEAD_OF_THE.search(text, max(s_start, m_start - 20), m_start) and not _OWN_WHEN.match(text, m_end)
                )
            ):
                # "readiness to assist ahead of the ASEAN Summits in Vientiane in October": what a step is taken
                # ahead of lies ahead ("ahead of the BRICS summit that opened on Wednesday" does not)
                trig.modality = PLANNED
            if not _DELEGATES.isdisjoint(w6):
                trig.delegates = True  # "Lower-level delegations from the two sides have held three rounds of talks"
            if (
                trig.modality is not PLANNED
                and etype in _MEET_TYPES
                # "agreed in a telephone conversation on Saturday to hold their first formal summit"
                and _hosts_or_agreed_to_hold(text, s_start, clause_start, m_start)
                # not "The AU had planned to convene the talks in South Africa in early October": a plan of the past
                and not _PAST_PLAN.search(text, max(s_start, m_start - 60), m_start)
            ):
                trig.modality = PLANNED  # "Canada hosts the Group of Seven summit in Kananaskis in June"
            if lower == "met" and w6[-1].lower() == "first":
                trig.past_ref = True  # "the two leaders first met in Vladivostok": an earlier meeting
            elif "first" in w6[:-1] and w6[w6.index("first") + 1] in _FIRST_DONE:
                trig.past_ref = True  # "He and Kishida first held formal talks in Phnom Penh": an earlier event
            elif trig.modality is ASSERTED and "had" in w6 and _pluperfect(lower, w6):
                trig.past_ref = True  # "Li had hosted Widodo in Beijing earlier this year": an earlier event
        if (
            trig.modality is PLANNED
            and words
            and ("invit" in (window := text[max(s_start, m_start - 60) : m_start]) or "agreed to" in window)
            and (frame := _INVITATION_FRAME.search(text, max(s_start, m_start - 60), m_start)) is not None
            and not _PLANNED.search(text, max(s_start, m_start - 60), frame.start())
        ):
            trig.modality = ASSERTED  # "extended the invitation during a telephone call on March 16"
        elif (
            trig.modality is ASSERTED
            and etype is VISIT
            and "invit" in text[max(s_start, m_start - 90) : m_start]
            and _INVITED_TO.search(text, max(s_start, m_start - 90), m_start) is not None
        ):
            trig.modality = PLANNED  # "invited President Duterte to pay an official visit": one to come
        if (
            trig.modality is not PLANNED
            and "to " in text[max(s_start, m_start - 40) : m_start]
            and _URGED_TO_ATTEND.search(text, max(s_start, m_start - 90), m_start) is not None
        ):
            trig.modality = PLANNED  # "urged him to attend peace talks in Geneva on Saturday": talks to come
        if triggers:  # "will travel to Russia for a meeting": planned too
            prior = triggers[-1]
            if (
                (
                    prior.modality is PLANNED
                    and prior.clause_start == clause_start
                    and _PURPOSE.search(text, max(s_start, m_start - 48), m_start)
                )
                or (
                    # "is due to visit a hospital in Arusha on Monday before flying to Rwanda on Tuesday": the next
                    # step of a planned trip
                    prior.modality is PLANNED
                    and lower.endswith(("ing", "ing to", "ing on to"))
                    and _THEN_GERUND.search(text, max(s_start, m_start - 12), m_start)
                )
                or (
                    # "is due to meet A in Sharm el-Sheikh on Tuesday, followed by talks with B in Aqaba on Wednesday"
                    prior.modality is PLANNED and _FOLLOWED_BY.search(text, max(s_start, m_start - 40), m_start)
                )
            ):
                trig.modality = PLANNED
        lo = max(s_start, m_start - 40)
        if etype in _MEET_TYPES and lower not in _PSEUDO_MEET:
            lo = max(s_start, m_start - 80)
            window = text[lo:m_start]
            # a host modifier ends with a capitalised word or digit right before the trigger
            if (
                window[-2:-1].isalnum()
                and window[-1:].isspace()
                and window.rsplit(None, 1)[-1][0] in _MODIFIER_INITIALS
            ):
                mod = _HOST_MODIFIER.search(text, lo, m_start)
                if mod and not any(p.start < m_start and p.end > mod.start("mod") for p in people):
                    tokens = mod.group("mod").split()
                    if tokens[0] in _OPENING_ARTICLES:
                        tokens = tokens[1:]  # "A White House meeting": the article opening the sentence is no name
                    if len(tokens) >= 3 or any(_ACRONYM.fullmatch(t) and not t.isdigit() for t in tokens):
                        trig.host = True
            if _SIDELINE_KEY.search(window) and _SIDELINES.search(text, lo, m_start):
                trig.sideline = True
            lo = max(lo, m_start - 40)
        if trig.modality is not PLANNED and text.startswith(" ", m_end) and PLANNED_RELATIVE.match(text, m_end):
            trig.modality = PLANNED  # "a BRICS summit he is due to host in Johannesburg in August"
        # "Trump's planned visit": only a person can be the possessor
        if people and _POSSESSIVE_KEY.search(text, lo, m_start):
            poss = _POSSESSIVE.search(text, lo, m_start)
            if poss:
                for p in people:
                    if p.end == poss.end(1):
                        trig.possessor = p.name
        triggers.append(trig)
    return triggers


# A relative clause after an event noun that plans it: "a summit (that) he is due to host", "talks they will hold"
PLANNED_RELATIVE = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:he|she|they|it|we|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:(?:is|are)\s+(?:due|set|scheduled|expected|"
    r"planning|going)\s+to|will|plans\s+to|intends\s+to)\s+(?:host|hold|attend|chair|convene|make|pay)\s+"
)


def _tail(words: list[str], n: int) -> str:
    return " ".join(words[-n:]) + " "


# -- participants ------------------------------------------------------------------------------------

# An age set off by commas is no break between a name and what follows it: "Xi, 71, also met B"
_AGE = r"\s*,\s*(?:aged\s+)?\d{1,3}"
# A title set off before a name, up to its comma: "Guinea's military leader, ", "the state's governor, "
_SET_OFF_TITLE = (
    # ("Iran's Supreme Leader, Ayatollah Ali Khamenei", "the Emir of Qatar, Sheikh Tamim": a title in capitals too)
    # ("Abu Dhabi's crown prince, Sheikh Mohamed bin Zayed")
    r"(?:(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+|the\s+(?:[\w-]+['’]s\s+)?)?"
    r"(?:[a-z][\w-]*\s+|(?-i:[A-Z][a-z]+)\s+(?=[A-Z]|cleric\b)){0,2}"  # "Iraq's top Shia cleric, Grand Ayatollah"
    r"(?:leader|president|minister|premier|counterparts?|chief|head|ruler|king|governor|mayor|host|guest|chairman"
    r"|cleric"
    r"|chairwoman|emir|amir|sultan|prince|Leader|President|Minister|Premier|Emir|Amir|Sultan|King|Ruler|Prince"
    r"|presidents|leaders|premiers)"  # "hosted the presidents of Turkey and Iran, A and B"
    # "the head of Sudan's Sovereign Council, General Abdel Fattah al-Burhan": the body the title is of
    # ("the President of the People's Republic of China, Xi Jinping": "of" inside the body's name)
    r"(?:\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of)\s+){0,5}[A-Z][\w'’-]*(?:\s+and\s+[A-Z][\w'’-]*)?)?\s*,\s*"
)
_COMPANY_BY = re.compile(r"\b(?:joined|flanked|accompanied)\s+by\b")  # "A was flanked by B and C, and D by E"
_JOINED_AFTER = re.compile(r",\s+joined\s+by\s+(?:[a-z][\w-]*\s+){0,4}$")  # ", joined by national security adviser"
# "A, joined by B, held talks with C", "A, alongside B, was hosted by C": a companion set off after the subject
_SET_OFF_JOIN = re.compile(r",\s*(?:joined\s+by|alongside)\s")
_WHO_ASIDE = r"\s*,\s*who\s+[^,;:()\"“”]{3,90},\s*"  # ", who hosted the summit, ": an aside set off in a list
_JOIN = re.compile(
    rf"(?:{_AGE}(?=\s*,))?"  # "Babiš, 71, and Nawrocki"
    r"\s*(?:,\s*and\s+|,?\s*(?:and\s+)?joined\s+by\s+|,\s*alongside\s+|,\s*watched\s+by\s+|,?\s*(?:hosted|brought\s+together|mediated)\s+by\s+|,?\s*as\s+well\s+as\s+|,?\s*along\s+with\s+|,?\s*together\s+with\s+|,\s*|\s+and\s+"
    # "signed by A and B in the presence of C and D", "A and B, with C as host, signed"
    r"|,?\s*in\s+the\s+presence\s+of\s+|,\s*with\s+"
    # "President Bill Clinton, who was in a wheelchair after knee surgery, and Russian President Boris Yeltsin"
    # ("Gordon Brown, who hosted the summit, US President Barack Obama and B": the list goes on after the aside)
    rf"|{_WHO_ASIDE}(?:and\s+)?"
    # "Bashir, Kiir and the African Union's chief mediator, former South African president Thabo Mbeki": a role set
    # off before the last one's name
    r"|,?\s+and\s+the\s+(?:[\w'’.-]+\s+){1,5}?(?:mediator|envoy|host|chairman|chairwoman|chair),\s+(?:former\s+)?"
    # "Moon Jae-in and new Japanese Prime Minister Yoshihide Suga": an adjective before the second one's title
    r"|\s+and\s+(?:new|former|outgoing|incoming)\s+"
    r"|\s+and\s+then-"  # "Modi and then-President Maithripala Sirisena met in Colombo"
    # "Ukrainian Defence Minister Rustem Umerov and Russian presidential aide Vladimir Medinsky": a nationality and
    # lower-case words of the title the second one's mention starts after
    r"|\s+and\s+[A-Z][a-z]+(?:an|ese|ish|i|ic)\s+(?:[a-z-]+\s+){1,3}"
    # "Koo Chen-fu and his mainland counterpart Wang Daohan": a possessive and lower-case words before the title
    r"|\s+and\s+(?:his|her|their)\s+(?:[a-z][\w-]*\s+){1,2}"
    # "attended by A and B and by C", "hosted by A and attended by B": more people of the same event
    r"|,?\s+and\s+(?:(?:attended|chaired|hosted)\s+)?by\s+"
    # "Óscar Arias of Costa Rica, the author of the plan, Vinicio Cerezo of Guatemala and ...": an aside in a list
    # ("chaired by A, the current ECOWAS chairman, and attended by B", "chaired by A, the bloc's chairman, with B")
    rf"|\s*,\s*{PERSON_ASIDE}\s*(?:and\s+(?:(?:(?:attended|chaired|hosted)\s+)?by\s+)?|with\s+)?)"
    r"(?:(?:his|her|their|the|visiting)\s+)?$"  # "Sergei Lavrov and his US counterpart Marco Rubio", "A and visiting B"
    # "Isaias and then Ethiopian prime minister Meles Zenawi": a title held then
    r"|\s+and\s+then\s+$"
    # "Rajnath Singh and his Chinese counterpart, General Wei Fenghe": a title set off before the second name
    # ("and the Dutch host, Prime Minister Ruud Lubbers": the role in the event set off before the name)
    rf"|\s+and\s+(?:his|her|their|the)\s+(?:[A-Z][\w-]*\s+)?(?:counterparts?|host|guest)\s*,\s*$"
    # "A and B, hosted by China's most senior diplomat, Wang Yi": the host set off with a title
    r"|,?\s*(?:hosted|mediated)\s+by\s+[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,4}$"
    # "Jimmy Carter and Panama's leader, General Omar Torrijos", "Zalmay Khalilzad and the Taliban's political chief,
    # Mullah Abdul Ghani Baradar", "David Davis and the EU's chief negotiator, Michel Barnier", "Putin and the
    # European Union's two presidents, A and B": an office set off before the name (or held by its mention)
    r"|\s+and\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?:[a-z-]+\s+){0,3}(?:[a-z-]+\s*,\s*)?$"
    # "Trump briefed Zelensky and several European leaders, among them A and B": the named ones of the rest
    r"|\s+and\s+(?:[\w-]+\s+){0,4}(?:leaders|heads\s+of\s+(?:state|government)|presidents|ministers),?\s+"
    r"(?:among\s+them|including)\s+$"
    r"|-$"  # "the Biden-Xi talks": a hyphenated pair
)
# the meals a host gives a guest: "hosted a banquet for Modi", "over dinner in Moscow"
MEAL_NOUNS = "(?:banquet|reception|" + "|".join(MEAL_WORDS) + ")"
# _HOST_VERBS as one alternation for _WITH_GAP, longest first, but for "saw" (an ending of its own there) and the
# bare forms that end a gap only after "to" or "will" ("to brief B", "will welcome B")
_HOST_GAP_VERBS = "|".join(
    verb.replace(" ", r"\s+")
    for verb in sorted(_HOST_VERBS - {"saw", "brief", "welcome", "receive"}, key=lambda v: (-len(v), v))
)
_WITH_GAP = re.compile(
    r"^(?:['’]s?)?\s+(?P<body>(?:[\w'’.$%-]+\s+){0,22}?)(?P<end>with|alongside|to|on|met|meets|meet|meeting|saw|see|visit|visited|telephoned|phoned|called"
    r"|(?<=call\s)from|(?<=calls\s)from"  # "received a telephone call from Indonesian President B"
    # "received a telephone call today from His Excellency B"
    r"|(?<=call\s)(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]+day)\s+from"
    r"|rang|dialled|dialed"  # "Obama rang Gordon Brown", "Erdogan dialled Putin"
    r"|faced|sat\s+across\s+from"  # "Blinken and Sullivan faced Yang Jiechi and Wang Yi": across the table
    r"|(?:shook|shakes|shake|shaking)\s+the\s+hand\s+of"  # "reached out to shake the hand of Premier B"
    # "hosted a banquet for Modi", "hosted a dinner in honour of B"
    rf"|host(?:ed|s|ing)?\s+(?:a|an)\s+(?:[\w-]+\s+)?{MEAL_NOUNS}"
    r"\s+(?:in\s+honou?r\s+of|for)"
    # the host verbs ("hosted B", "was received in Ouagadougou by": a place may come between "received" and "by"),
    # but for the bare forms that need a lookbehind below
    rf"|{_HOST_GAP_VERBS}|greet|join|joins"
    r"|(?<=to\s)brief"  # "He briefed Afghan President Ashraf Ghani", "is expected to brief B"
    # "Chancellor Olaf Scholz will welcome Prime Minister Donald Tusk", "Great to welcome Prime Minister Shinzo Abe"
    # "is due to receive Pope Francis at", "will also receive B"
    r"|(?<=will\s)(?:welcome|receive)|(?<=will\salso\s)(?:welcome|receive)|(?<=to\s)(?:welcome|receive)"
    r"|(?<=to\s)(?:tele)?phone"  # "broke off the meeting to phone Vladimir Putin"
    r"|welcome(?=\s+by\s))"  # "was given a ceremonial welcome by King Charles III"
    # "was welcomed with a ceremony at the Presidential Palace by"
    r"(?:\s+with\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:ceremony|welcome|banquet|dinner|lunch|reception)(?=\s+(?:at|in|on|by)\s)"
    r"|\s+with\s+(?:full\s+)?(?:[\w-]+\s+)?honou?rs(?=\s+(?:at|in|on|by)\s))?"  # "received with full honours at"
    r"(?:(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
    # "greeted on the tarmac by", "received at the royal palace by"
    r"|\s+(?:on|at)\s+the\s+(?:[a-z]+\s+)?(?:tarmac|airport|steps|door|palace|gate|residence|headquarters)"
    # "was welcomed to the Kremlin by", "welcomed in the Eritrean capital, Asmara, by", "received on Tuesday by"
    r"|\s+(?P<where>(?:to|in|at|on)\s+(?:the\s+)?(?:[\w'’.-]+,?\s+){0,8}?[\w'’.-]+,?))?"
    # "was received earlier in the day by", "was welcomed earlier the same day by"
    r"(?:\s+(?:earlier|later)(?:\s+in\s+the\s+day|\s+that\s+day|\s+the\s+same\s+day)?)?\s+by)?"
    r"\s+(?:(?:visiting|fellow|his|her|their|the|outgoing|new|a|an)\s+)?"
    r"(?:(?:His|Her)\s+(?:Excellency|Majesty|Highness|Royal\s+Highness)\s+)?"  # "a call from His Excellency B"
    # "received the United States Secretary of State, B", "last met a South Korean president, B"
    r"(?:(?:(?<=the\s)|(?<=\sa\s)|(?<=\san\s))(?:[A-Z][\w.-]*\s+){1,3})?"
    r"(?:(?:[A-Z][\w.-]*['’]s\s+)?(?:former|then-?|ex-|acting|interim|incoming)\s*)?"  # "met former Prime Minister
    # Taro Aso", "then-President", "met Taiwan's former vice president Vincent Siew"
    # "met African leaders including A, B and C": a group, then the people it names
    # (a comma may set the names off: "met leaders of eight Pacific island nations, among them B")
    r"(?P<among>(?:[\w-]+\s+){0,6}[\w-]+,?\s+(?:including|among\s+them)\s+)?"
    # a title set off before the name: "received by Guinea's military leader, General Mamadi Doumbouya"
    rf"(?P<app>{_SET_OFF_TITLE})?$"
)
_WITH_VERBS = re.compile(
    r"\b(?:met|meet|meets|meeting|see|held|holds|hold|holding|had|has|have|spoke|speaks|speak|talked|talks|"
    r"spoken|signed|signs|conferred|negotiated|host|hosted|hosts|hosting|received|receives|welcomed|welcomes|spent|saw|greeted"
    r"|greet|greets|appeared|stood|laid|faced|sat"  # "appeared alongside Afghan President Ashraf Ghani", "faced B"
    r"|clashed|sparred|argued|quarrell?ed|wrangled"  # "A and B clashed with C in the Oval Office"
    r"|embraced|embraces|hugged|joined|rejoined|join|joins"  # "A and B are due to join C and D at ..."
    r"|dined|lunched|breakfasted|dining|lunching"  # "Trump dined with A, B and C": a meal with them
    r"|discussed|discusses|discussing)\b"  # "Witkoff and Kushner discussed it with Putin for almost five hours"
)
_HAVE_FORMS = frozenset({"had", "has", "have"})
_FOR_EVENT_AFTER = re.compile(r"\s+for\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}")
_PURPOSE_TYPES = frozenset({EventType.SUMMIT, EventType.TALKS, EventType.MEETING})
_WITH_STOP = re.compile(
    # "called for calm", not "called on Governor-General Bob Dadae", "called off a planned summit with B" nor "called
    # his Turkish counterpart"
    r"\b(?:said|says|told|tells|urged|asked|called(?! on\b)(?! off\b)(?! (?:his|her|their) )|accused|warned|thanked"
    r"|praised|relations?|relationship|ties|(?<!more )(?<!less )than|who|which|that|between|against|war|deal)\b"
)
_NOUN_LEAD_AFTER = re.compile(
    r"[\s\"”’)]*(?:The|That|This|Their)\s+(?!two\b|three\b|four\b|leaders\b|men\b)"
    # "The two leaders spoke by phone for more than two hours": a call that has no day of its own but the telling's
    r"|[\s\"”’)]*The\s+two\s+(?:leaders|men|presidents)\s+(?:spoke|talked)\s+(?:by\s+(?:tele)?phone|for)\b"
)
# the verbs of telling a person that may be the telling event itself ("Biden told Netanyahu on Thursday that ..."):
# the first of people.TELL_VERBS ("thanked", "briefed", "congratulated" after them were tried: they gave wrong pairs)
TOLD_EVENT_VERBS = ("told", "warned", "urged", "assured", "pressed", "asked")
_SET_OFF_AS = re.compile(r",\s+(?:as|while|amid|after|before)\s")  # a clause set off after the telling
_TOLD_PERSON = re.compile(rf",?\s+({'|'.join(TOLD_EVENT_VERBS)})\s+")  # "A told B": B right after the verb
_PAST_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]{3,}ed)\b")  # "clashed", "sharply disagreed"
# A sentence that opens with its event named by a definite noun: "The meeting was open to reporters"
DEFINITE_LEAD = re.compile(r"[\"“‘(]?(?:The|Their)\s+(?:[\w-]+\s+){0,3}")  # "The two leaders held talks"
_PAIR_VERB = re.compile(
    r"\s+(?:(?:also|then|later|jointly)\s+)?(discussed|agreed|signed|exchanged|reviewed|reaffirmed|pledged|vowed"
    r"|focused|addressed|stressed|emphasi[sz]ed|underlined|touched|sealed|struck|clinched|announced|declared|unveiled|clashed)\b"
)
_WHO_LEAD = re.compile(r"\s*,\s*who(?=\s)")
# ", in Lee's first bilateral trip abroad", "during Lee's first trip to Japan": an aside naming whose trip it was
# ("..., on the first full day of Clinton's first visit to Mexico", "... during Carney's first official visit": no
# comma before "during")
_VISIT_ASIDE_BEFORE = re.compile(
    r"(?:,\s+(?:in|on|during)|\s+during)\s+(?:the\s+(?:[\w-]+\s+){0,3}(?:day|days|leg|stage)\s+of\s+)?"
    r"[A-Z][\w'’-]*['’]s\s+(?:[\w-]+\s+){0,3}$"
)


def _pairs_visit_aside(text: str, triggers: list[Trigger], group: list[PersonMention], after: int) -> Trigger | None:
    """The one trigger after a pair when it is a trip of one of the pair, named in a trailing aside ("A and B
    agreed ..., in A's first trip abroad"), else ``None``."""
    if len(triggers) != 1:
        return None
    trig = triggers[0]
    if trig.type is not VISIT or trig.start < after:
        return None
    if trig.possessor in {p.name for p in group} and _VISIT_ASIDE_BEFORE.search(
        text, max(after, trig.start - 60), trig.start
    ):
        return trig
    made = _AS_MADE_VISIT.search(text, max(after, trig.start - 60), trig.start)
    if made and any(p.name.rsplit(None, 1)[-1] == made.group("who") for p in group if p.name):
        return trig  # "A and B pledged on Saturday to reset relations, as A made the first visit to Ireland"
    return None


_AS_MADE_VISIT = re.compile(
    r",\s+as\s+(?P<who>[A-Z][\w'’-]*)\s+(?:made|paid|began|wrapped\s+up)\s+(?:the|a|an|his|her)\s+(?:[\w-]+\s+){0,3}$"
)


# "Justin Trudeau, whose country faced similar levies, held two calls with Trump": an aside on the subject
WHOSE_ASIDE = re.compile(r"\s*,\s*(?:whose|both\s+of\s+whom|all\s+of\s+whom)\s[^,;:()\"“”]{1,80},")
# a fronted span of an event that the subject after it spent in it: "After 13 days of negotiations at Camp
# David, A and B emerged ..." (not "After the summit, A and B said ...": they may not have been there)
_AFTER_EVENT_LEAD = re.compile(
    r"[\"“‘(\s]*(?:After|Following|At\s+the\s+end\s+of)\s+(?:(?:more\s+than|nearly|almost|about|some|over)\s+)?"
    r"(?:\d+|[a-z]+)\s+(?:hours?|days?|weeks?|rounds?|months?)\s+of\s+[^;:()\"“”]{0,100},\s*"
)
_LEAD_EVENT_TYPES = frozenset({EventType.TALKS, EventType.MEETING, EventType.SUMMIT})
# ", on his first trip abroad since last month's failed coup,": an aside between a subject and its verb
_PREP_ASIDE = re.compile(
    r"(?:\s*,|(?<=,))\s+(?:(?:on|during|after|before|fresh\s+from)\s+(?:his|her|their|a|an|the)\s[^,;:()\"“”]{3,80},"
    # "Keir Starmer, in office for less than a week, held his first talks with B": an aside before the verb
    r"|(?:in|at|with|without|despite|since)\s[^,;:()\"“”]{3,60},"
    # "Mark Rutte, leading a group of frugal northern states, clashed with B": a participle aside
    r"|(?:leading|representing|heading|speaking|standing|wearing|seated|flanked|attending|visiting|making)\s[^,;:()]{3,60},"
    r"(?=\s+(?:also\s+|then\s+|later\s+|first\s+)?(?:held|met|hosted|received|spoke|talked|visited|welcomed|had"
    r"|clashed|sparred|argued)\b))"
)
_AGE_APPOSITIVE = re.compile(rf"{_AGE}\s*,")
# ", the first Japanese leader to attend a NATO summit,": a description set off between a subject and its verb
_NOUN_APPOSITIVE = re.compile(
    # ("Sheinbaum, Mexico's first woman president, first spoke with Trump")
    r"\s*,\s+(?:(?:the|a|an|[A-Z][\w.-]*['’]s)\s+(?:first|last|only|second|third|[a-z]+est)\s+[^,;:()\"“”]{3,80}"
    r"|(?:then|now|once|still)\s+(?:a|an|the)\s+[^,;:()\"“”]{3,60}"  # "Trump, then a candidate, met B"
    # "Stubb, a former triathlete, next hosts B", "Petro, himself a former guerrilla, met B"
    r"|(?:himself\s+|herself\s+)?(?:a|an)\s+(?:former|one-time|onetime|longtime|veteran)\s+[^,;:()\"“”]{3,60}"
    r"|(?:then|now)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"  # "Mohammed bin Salman, now crown prince, held talks"
    r"|(?:then|now)\s+[A-Z][a-z]+\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"  # "Abbas, then Palestinian prime minister,"
    r"|the\s+(?:[a-z][\w-]*\s+)?(?:host|chair|mediator)),"  # "Vladimir Putin, the host, had held talks with B"
)
_ADVERB_GAP = re.compile(
    r"\s+(?:had\s+(?:(?:last|previously|earlier|first|once|already|also)\s+)?|(?:have\s+)?(?:last|previously|earlier|first|once)\s+)"
    r"(?:(?:held|had)\s+(?:(?:a|an|their)\s+)?(?:[\w-]+\s+){0,2})?"
    # "A and B held separate talks", "A and B held a separate 90-minute session": their own event beside another
    r"|\s+(?:also\s+)?(?:held|had|hold|holds|have)\s+(?:a\s+)?separate\s+(?:[\w-]+\s+){0,2}"
)  # "A and B last met", "A and B last held direct talks"
_COMMA = re.compile(r"\s*,\s*")
_CAPPING_BEFORE = re.compile(
    r",\s+(?:capping|ending|concluding|crowning|culminating|completing|closing|wrapping\s+up)\s+[^,;:]*\bof\s+"
    r"(?:[\w-]+\s+){0,3}$"
)
_AGE_COMMA = re.compile(rf"{_AGE}\s*,\s*")
_WHO_ASIDE_COMMA = re.compile(_WHO_ASIDE)
_TELL_VERBS = f"(?:{'|'.join(TELL_VERBS)})"
_SPEECH_VISITING = re.compile(rf"\s+{_TELL_VERBS}\s+(?P<v>visiting)\s+")
_SPEECH_GAP = re.compile(
    rf"\s+(?:{_TELL_VERBS}|confronted|rebuked|lectured|challenged|scolded|praised|invited"
    r"|apologi[sz]ed\s+(?:personally\s+)?to)\s+"  # "apologised personally to B ... during a telephone call"
)
_SPEECH_BEFORE = re.compile(rf"\b{_TELL_VERBS}\s+[^,;:()]{{3,80}}$")  # "Biden told B by phone"
_COUNTERPART_BEFORE = re.compile(
    r"\b(?:his|her)\s+(?:[A-Z][\w-]*\s+)?counterpart\s+$"
)  # "told his Finnish counterpart"
_IN_EVENT_AFTER_COMMA = re.compile(r",\s+(?:in|during|at)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$")
# "A urged B to withdraw troops ... in a telephone call on Friday": a call closes the clause, comma or not
# an event noun that is what was discussed: "discussed the outcome of the inter-Korean summit"
_TOPIC_BEFORE = re.compile(
    r"\b(?:of|about|on)\s+(?:the|a|an|their|last\s+week['’]s|this\s+week['’]s)\s+(?:[\w-]+\s+){0,2}$"
)
_IN_CALL = re.compile(r"\s(?:in|during)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}$")  # "during a 75-minute phone call"
_CALL_TYPES = frozenset({EventType.PHONE_CALL, EventType.VIDEO_CALL})
_CALLED_GAP = re.compile(
    r"(?:['’]s?)?\s+(?:(?:had|has|have|also|then|later|first|again|will|would|is\s+to|last|previously)\s+){0,2}"
    r"(?P<v>called|phoned|telephoned|rang|(?P<brief>briefed|updated))\s+(?:(?:his|her|their)\s+)?"
)
# what makes "A briefed B" a call: "by phone" right after B ("Scholz briefed Donald Tusk by phone later that day")
_BY_PHONE_AFTER = re.compile(
    r"\s+(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|in\s+a\s+(?:phone|telephone)\s+call"
    r"|on\s+(?:the|their|his|her)\s+(?:conversation|call|talks))\b"  # "briefed A, B and C on the conversation"
)
# what after "called B" makes it a naming or a summons, not a call: "called him a liar", "called B's bluff"
# (not "called Zelensky the same day", "the following morning": a time, not a name)
_CALLED_NOUN = re.compile(
    r"(?:['’]s|\s+(?:a|an|the(?!\s+(?:same|next|following|previous|day|night)\s+(?:day|morning|afternoon|evening"
    r"|night|week|weekend|before|after)\b)|his|her|their|for|out|off|back|to\s+account)\b)"
)
_SET_OFF_PLACE = re.compile(r"(?<=[a-z]),\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,(?=\s+(?:on|in|for|to|last|this)\s)")


_SAID_AFTER = re.compile(
    r"\s+(?:said|says|told\s+reporters)\s+(?:(?:on|in)\s+[A-Z][\w'’-]*\s+)?(?=(?:after|following)\s+(?:[\w-]+\s+){0,2}"
    r"(?:talks|meeting|meetings|a\s+meeting|discussions)\s+with\s+$"
    r"|(?:after|following)\s+(?:meeting|talking\s+(?:with|to)|speaking\s+(?:with|to))\s+$)"  # "said after meeting B"
)
# between "spoke" and the call noun that says what kind of contact it was: "spoke to B in a telephone call"
_IN_A_CALL_GAP = re.compile(r"[^,;:()\"“”]{0,80}\s(?:in|during)\s+(?:a|an|their|his|her)\s+(?:[\w-]+\s+)?")
_PLACES_MEET = re.compile(
    r"\bwhere\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+|\s+and\s+|,\s+and\s+)){1,4}"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+$"
)
# a host verb's passive agent, maybe after where it happened: " by B", " at the airport by B"
_PASSIVE_AGENT = re.compile(
    r"(?:\s+with\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:ceremony|welcome|banquet|dinner|lunch|reception)"  # "with a ceremony"
    r"|\s+with\s+(?:full\s+)?(?:[\w-]+\s+)?honou?rs)?"  # "with full military honours"
    r"(?:\s+(?:at|in|on|outside)\s+(?:the\s+)?[^,;:()\"“”]{0,40}?)?\s+by\s"
)
_WELCOMED_AT = re.compile(
    r"(?:\s+with\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:salute|ceremony|welcome|honou?r\s+guard))?"
    r"\s+(?:at|in|to|outside)\s+(?:the\s+)?[A-Z]"  # "with a full military ceremony outside the Great Hall"
)
_HELD_NAMED = re.compile(r"\bheld\s+an?\s+(?:[A-Z][\w.'’-]*\s+){1,4}$")
_EVENT_ASIDE_LEAD = re.compile(
    r",\s+(?:in|during)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:call|talks|meeting)\s"
)  # "Reagan, in a blunt telephone call to Prime Minister Menachem Begin today, demanded": the aside is the event
# "on Monday (31)", "on Monday (July 22)": the day's date in brackets after its weekday
_DAY_OF_MONTH_AFTER = re.compile(r" \((?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}\)(?=[,\s])")
# a date written with commas, and the commas around it: ", on Thursday, 30th November 2017,", " this Tuesday, 1 July,"
_COMMA_DATE = re.compile(
    r",?\s*(?:(?:on|this|last)\s+)?[A-Z][a-z]+day,\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"
    r"(?:,?\s+\d{4})?\s*,"
)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


_SAID_THAT_AFTER = re.compile(
    r"\s+(?:said|says)\b[^;:()\"“”]{0,200}?,\s+(?:after|following)\s+(?P<ev>[^,;:()\"“”]{1,60}?)\s+with\s+$"
)
_AT_SITE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,3}(?P<word>[A-Z][\w'’-]*))\b")
_PAIR_AS_CLAUSE = re.compile(
    r",[\"”’]?\s+(?:as|when|while)\s+(?:the\s+two\s+(?:leaders|men|women|presidents|sides)|they|both\s+men)\s+"
    r"(?:[\w-]+\s+){0,4}$"
)
# "A told B during a phone call", "A told B at their meeting", "A assured B during talks"
_IN_EVENT = re.compile(
    r"\s+(?:in|during|at)\s+(?:(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2})?|\s"
)  # "told B by phone"
# "The summit, attended by A and B", "A treaty ... was signed by A and B": the trigger before is theirs
_BETWEEN = re.compile(
    r"\b(?P<word>between|(?<=summit )among|(?<=[Tt]alks )among|(?<=meeting )among"  # "a summit among A, B and C"
    r"|attended\s+by|involving|(?<=was )signed\s+by|(?<=were )signed\s+by|(?<=, )signed\s+by"
    # "The accord was signed on Monday morning by A and B": the day told between the verb and its agents
    r"|(?<=was )signed\s+on\s+[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s+by"
    # "The treaty was signed in Peking on August 12 by A and B", "a framework signed on June 27 by A and B": the
    # place and the day between the verb and its agents
    r"|(?:(?<=was )|(?<=were )|(?<=framework )|(?<=agreement )|(?<=accord )|(?<=treaty )|(?<=declaration ))signed"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
    r"(?:\s+on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?))?"
    r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?\s+by"
    r"|mediated\s+by|(?<=, )led\s+by"  # "The talks, led by President F.W. de Klerk and ANC deputy president B,"
    # "after talks in Geneva last month led by A and B": the talks' leaders after their place and time
    r"|(?:(?<=talks )|(?<=month )|(?<=week )|(?<=year ))led\s+by"
    # "The meeting, hosted by Prime Minister A and attended by B,", "The ceremony was hosted by A and attended by B"
    r"|(?<=, )hosted\s+by|(?<=was )hosted\s+by"
    # "The conference was opened by A and B, who co-sponsored it": the people who open a gathering take part
    r"|(?<=was )(?:opened|inaugurated)\s+by"
    # "The meeting, chaired by A and attended by B,", "at the end of talks chaired by EU foreign policy chief B"
    r"|(?:(?<=, )|(?<=was )|(?<=talks )|(?<=meeting )|(?<=summit )|(?<=session )|(?<=conference ))chaired\s+by"
    r"|brokered\s+by|co-hosted\s+by|co-chaired\s+by"  # "a meeting in Suva co-hosted by A and B"
    # "The summit conference of President A, Premier B and President C collapsed": the people it was of
    r"|(?:(?<=summit\s)|(?<=conference\s)|(?<=talks\s)|(?<=meeting\s))of"
    r"|presided\s+over\s+by"  # "put their initials to the accord at a ceremony presided over by C"
    # "The summit brought together A and B": the event is the subject (a person subject is "A met B")
    r"|(?:(?<=summit\s)|(?<=meeting\s)|(?<=talks\s)|(?<=conference\s)|(?<=gathering\s))"
    r"(?:brought|brings|will\s+bring)\s+together)\s+"
    # "Talks between US climate envoy John Kerry and ...": a country's letters and a word of the title before it
    r"(?:(?:[A-Z]{2,}|[A-Z]\.[A-Z]\.)\s+(?:[a-z]+\s+)?|(?:its|their|his|her)\s+"  # "between its leader Kim Jong Il"
    # "attended by its chairman, Nigerian President Bola Tinubu": a role set off before the name
    r"|(?<=attended\sby\s)(?:its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+)?$"
)
# "The summit at the Elysee Palace brought together A, B and C", "The meeting, chaired by C, brought together A and
# B": the event opening the sentence is the subject, whatever is told of it before the verb (its chair takes part)
_EVENT_BROUGHT_TOGETHER = re.compile(
    r"[\"“]?(?:The|This|That|Their|Its)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>summit|meeting|talks|conference|gathering"
    r"|session|round|ceremony|negotiations)\b[^.;:]{0,120}?\s(?:brought|brings|will\s+bring)\s+together\s+$"
)
_CHAIRED = re.compile(r"\s+(?:chaired|hosted|opened|presided\s+over)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}")
_ONLOOKER_BEFORE = re.compile(r"\b(?:as|with)\s+$")
_PRESENCE_BEFORE = re.compile(r"\bin\s+the\s+presence\s+of\s+$")  # "signed ... in the presence of Thabo Mbeki"
_ONLOOKER_FIRST = re.compile(r"\s+(?:looked|watched)\s+on\s+as\s")
_ONLOOKER_AFTER = re.compile(
    r"\s+(?:looked\s+on|looking\s+on|as\s+(?:a\s+)?witness"
    # "with President Bill Clinton gently nudging them together", "with Jimmy Carter as their host"
    r"|(?:[a-z]+ly\s+)?(?:nudging|watching|presiding|standing\s+(?:by|between)|overseeing|applauding)"
    r"|as\s+(?:their\s+|the\s+)?(?:host|mediator|witness))\b"
)
# a day and a site told between a host verb and its object, as official readouts write it
_WHEN_WHERE_OBJECT = re.compile(
    r"(?:(?:today|yesterday|this\s+morning|on\s+[A-Z][a-z]+day)\s+)?"
    r"(?:at\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:in\s+[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)?)?)?"
)
# the way home after a trip: "before returning to", "after returning to", "on his return to", "Ruto's return to"
_RETURN_HOME_BEFORE = re.compile(r"(?:\b(?:before|after|upon)\s+|\bon\s+(?:his|her|their)\s+|['’]s\s+)$")
_CAPITAL_EVENT_LEAD = re.compile(r"(?:The|This)\s+(?:State|Official|Working)\s+")
_THEIR_BEFORE = re.compile(r"\b(?:after|before|during|at|following)\s+their\s+(?:[\w'’-]+\s+){0,3}$")
# "spoke to B"; "paid a courtesy visit to President B": a visit to a person is a meeting with them
_SPOKE_TO = re.compile(r"\b(?:spoke|spoken|speak|speaks|talked|(?:courtesy\s+)?(?:visit|call))\s+$")
# "On Thursday, before the summit opened, A and B ...", "... in Gyeongju, where A and B sat down ..."
# a time told between "where" and the pair that is the clause's subject: "where earlier in the day A and B"
_CLAUSE_TIME = r"(?:(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|on\s+[A-Z][a-z]+day)|on\s+[A-Z][a-z]+day)\s+"
_CLAUSE_TIME_END = re.compile(rf"\s{_CLAUSE_TIME}$", re.IGNORECASE)
# a noun phrase opening a sentence, set off before the name it describes: "The previous EU leader to make such
# a trip, Austrian Chancellor Karl Nehammer, met Putin"
_NOUN_PHRASE_LEAD = re.compile(
    r"[\"“]?(?:The|A|An|His|Her|Their|Its)\s[^,;:()\"“”]{1,80},\s+"
    # "..., when his father, Kim Jong Il, held talks with B": the same after a clause's opening word
    r"|[^;:()\"“”]*,\s+(?:when|after|as|while|before|where)\s+(?:the|his|her|their|its)\s[^,;:()\"“”]{1,60},\s+"
)
_SUBJECT_LEAD = re.compile(
    # "At Joint Base Elmendorf-Richardson in Anchorage, Alaska, on Friday, A and B held ...": fronted phrases
    r"[\"“‘(\s]*(?:[^,]{0,90},\s*){0,3}|.*,\s*(?:where|when|as|while|(?:after|during|in|at)\s+which)\s+"
    rf"(?:{_CLAUSE_TIME})?"  # "..., where earlier in the day A and B inaugurated ..."
    # "The leaders of A, B and C — X, Y and Z — met" (a description with a lower-case word, not a dateline)
    r"|[\"“‘(\s]*[A-Z](?=[^—–]*\s[a-z])[^,—–()]{0,90}(?:,[^,—–()]{1,30}){0,4}\s[—–]\s*"
    r"|.*\s(?:when|where|while)\s+"  # "The trip was agreed when A and B spoke by telephone"
    r"|.*\s(?:that|which)\s+"  # "a declaration that A and B signed in Tokyo in 2007": a relative clause's pair
    r"|.*\s(?:looked|watched)\s+on\s+as\s+"  # "Bill Clinton looked on as A and B shook hands"
    # "Leaders of 35 countries, among them A, B and C, signed ...": the named ones of a plural subject
    r"|[\"“‘(\s]*[A-Z][^,]{0,60},\s*(?:among\s+them|including)\s+"
    r"|.*\s(?:after|before|until|since)\s+"  # "The meeting was arranged after A and B met in Guangzhou"
    # ("... after the heads of those agencies, A and B, met in Guangzhou": the pair set off after what they head)
    r"(?:the\s+(?:heads|leaders|presidents|ministers|envoys|chiefs)\s+of\s+[^,;:()]{1,40},\s+)?"
    # "The Kremlin said Putin and Xi spoke for four hours", "..., and the Kremlin said Trump and Putin agreed"
    # ("The White House said on Sunday that A and B had held talks": the day of the telling after the verb)
    r"|(?:.*[,;]\s*(?:and\s+|but\s+)?)?[^,;]{0,40}\s(?:said|says)\s+(?:(?:on\s+[A-Z][a-z]+day|today|yesterday)\s+)?"
    r"(?:that\s+)?"
    # "Trump called the conversation very productive and said A and B would meet first": the teller's second verb
    r"|[^,;]*\sand\s+(?:said|says)\s+(?:that\s+)?"
    r"|(?:[Tt]he\s+)?"  # "The Biden-Xi talks in Bali": a hyphenated pair before its event noun
    # "..., and A and B spoke briefly on the sidelines": a pair opening a clause of its own after ", and"
    r"|.*[,;]\s*(?:and|but)\s+(?:(?:the\s+(?:following|next)|that)\s+day\s+|on\s+[A-Z][a-z]+\s+|later\s+)?"
    # "On Thursday A and B signed ...", "Later that day A and B met": a fronted time without its comma
    r"|[\"“‘(\s]*(?:On\s+[A-Z][a-z]+(?:\s+\d{1,2})?|(?:Earlier|Later)(?:\s+(?:on|in|that)\s+(?:the\s+)?[A-Za-z]+)?"
    rf"|(?:Earlier|Later)\s+the\s+same\s+(?:day|{PARTS_OF_DAY})"  # "Later the same day A and B held ..."
    rf"|That\s+(?:day|{PARTS_OF_DAY})"  # "That afternoon A and B held talks"
    r"|There|Then|At\s+one\s+point"  # "There Modi and President Nursultan Nazarbayev signed ..."
    # "Last month A and B held the first high-level talks", "Yesterday A and B met", "In March A and B spoke"
    r"|(?:Last|This|(?:Earlier|Later)\s+this)\s+(?:week|weekend|month|year|[A-Z][a-z]+)|Yesterday|Today"
    r"|In\s+[A-Z][a-z]+(?:\s+\d{4})?)\s+"
    r"|[\"“‘(\s]*(?:When|After|Before|While|Since|Once|Until)\s+"  # "When A and B sat down at ..., it was ..."
    # "It was in Geneva that A and B held their first summit": a cleft place before the pair
    r"|[\"“‘(\s]*It\s+was\s+(?:in|at)\s+[^,;]{1,60}?\s+that\s+"
    # "Before the summit A and B held talks": a fronted event phrase without its comma
    r"|[\"“‘(\s]*(?:After|Before|During|Following|Ahead\s+of)\s+(?:the|their|that|this)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+"
    # a time counted back or on, fronted without its comma: "Two days ago A and B talked"
    r"|[\"“‘(\s]*[A-Z][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:ago(?:\s+today)?|later|earlier)\s+"
    # a chronology's date before a dash: "2019-06-30 — A and B met", "June 30, 2019 – A and B met"
    r"|[\"“‘(\s]*(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)"
    r"\s*[—–]\s*",
    re.S,
)
# "A and B began to repair ties when they met ...": a clause whose subject is the pair itself
_THEY_CLAUSE = re.compile(r"\b(?:when|after|as|before|since|where)\s+they\s+(?:(?:first|last|had|have|finally)\s+)?$")
# What opens a new clause with a subject of its own. "..., but agreed at their summit" goes on with the same
# subject (a verb in the past right after "and"/"but"), so it is none.
SAME_SUBJECT_VERB = (
    r"(?:(?:also|then|later)\s+)?(?:had\s+)?(?:[a-z]+ed|held|met|spoke|made|took|went|gave|saw|won|flew|sat|began)\b"
)
_NEW_CLAUSE = re.compile(
    rf";|\b(?:while|whereas)\b|,\s*and\b(?!\s+{SAME_SUBJECT_VERB})|\bbut\b(?!\s+{SAME_SUBJECT_VERB})"
)
# ", and held talks with", ", and then met": a second predicate of the subject before the comma
_AND_SAME_SUBJECT = re.compile(
    rf",\s+and(?=\s+(?:(?:on|later\s+on)\s+[A-Z][a-z]+day\s+)?(?:{SAME_SUBJECT_VERB}|(?:is|was|will)\s)[^,;:()]*$)"
    # "Xi became the first Chinese president to visit Monaco on Sunday, lunching with B": a participle of the subject
    r"|,(?=\s+(?:lunching|dining|breakfasting|meeting|talking|speaking|holding\s+talks"
    r"|having\s+(?:held|had)\s+(?:[\w-]+\s+){0,2}talks)\s+with\s+[^,;:()]*$)"  # ", having held talks with B"
    # "made a stopover in Lahore on Friday on his way home from Kabul, meeting Pakistan's Nawaz Sharif"
    r"|,(?=\s+meeting\s+(?:(?:the|his|her)\s[^,;:()]*)?$)"
    # "..., after meeting Palestinian President Mahmoud Abbas": the subject met B first
    r"|,(?=\s+(?:after|before)\s+meeting\s+[^,;:()]*$)"
)  # "..., and on Tuesday is due to see B": an auxiliary after a fronted day goes on with the subject too
# the gap after an object: "... in the Oval Office on Monday and (then) held talks with": the subject goes on
# ("A hosted B at the White House last month and is due to meet C": the subject's plan, told as a second predicate)
_AND_PREDICATE = re.compile(
    rf"\s+(?:[^,;:()]*?\s)?and\s+(?:then\s+|later\s+|also\s+)?(?:{SAME_SUBJECT_VERB}|received"
    r"|will\s|(?:is|are)\s+(?:(?:due|expected|set|scheduled)\s+)?to\s|plans\s+to\s)"
)
_CLAUSE_MARKS = re.compile(r"[;:()\"“”]")
_INSIDE_EVENT = ("in ", "during ", "at ", "over ")  # a fronted phrase that places its subject inside the event
_PSEUDO_TYPE = {
    "met": EventType.MEETING,
    "meet": EventType.MEETING,
    "meets": EventType.MEETING,
    "meeting": EventType.MEETING,
}


# a verb whose subject is plural right after a name: "A, B hold talks" names the pair that holds them
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:hold|meet|talk|agree|sign|discuss|hail|vow|pledge)\b")


_COMMA_AND = re.compile(r",\s*and\s+")


_UNNAMED_OTHERS = re.compile(
    # ("A, B, C and more than two dozen other heads of state")
    r"(?:the\s+)?(?:other\s+|(?:[\w-]+\s+){1,4}?other\s+)?(?:leaders|presidents|heads|prime\s+ministers|ministers)\b"
)


def person_groups(text: str, people: list[PersonMention]) -> list[list[PersonMention]]:
    """Runs of people joined by "and", commas or "joined by" ("A and B", "A, B and C", "A, joined by B").

    A bare comma joins only inside a list that goes on to an "and" ("A, B and C"), so "Before speaking
    to Trump, Xi held ..." is two separate mentions.
    """
    groups: list[list[PersonMention]] = []
    joins: list[list[str]] = []
    for p in people:
        if groups and groups[-1][-1].end <= p.full_start < groups[-1][-1].after:
            continue  # "A, national security adviser to Prime Minister B, and C": B only tells whose adviser A is
        # "Yitzhak Rabin, Israel's prime minister, and B": the gap starts after a title set off after the name
        gap = text[max(groups[-1][-1].end, groups[-1][-1].after) : p.full_start] if groups else ""
        if (
            groups
            and (
                _JOIN.fullmatch(gap)
                # "A, secretary of Iran's security council, B and C": the comma that sets off A's title joins A to B
                or (
                    not gap.strip()
                    and groups[-1][-1].after > groups[-1][-1].end
                    and text[groups[-1][-1].after - 1] == ","
                )
                # "with Trump joined by A and B, and Putin by C and D": the second "joined" left out ("Trump was
                # flanked by A and B, and Putin by C and D": the verb before the first of the group)
                or (
                    gap.strip() == "by"
                    and _COMPANY_BY.search(text, max(0, groups[-1][0].full_start - 40), p.full_start) is not None
                )
            )
            # "A met B, and C met D": a comma before "and" after one bare name closes a clause (a list of two has no
            # comma; "Rabin, Israel's prime minister, and B" sets a title off)
            and not (
                len(groups[-1]) == 1
                and groups[-1][-1].after <= groups[-1][-1].end
                # "met the Emir of Qatar, Sheikh Tamim, and B": the comma closes a name set off after its office
                and not text.endswith(", ", 0, groups[-1][-1].full_start)
                and _COMMA_AND.fullmatch(gap)
            )
        ):
            groups[-1].append(p)
            # "Dmitry Medvedev, 42, Putin's chosen successor": an age and a bare comma join no more than a comma
            # ("A, who hosted the summit, B and C": an aside between two commas joins no more than a comma)
            bare = _COMMA.fullmatch(gap) or _AGE_COMMA.fullmatch(gap) or _WHO_ASIDE_COMMA.fullmatch(gap)
            joins[-1].append("comma" if bare else "and")
        else:
            groups.append([p])
            joins.append([])
    result: list[list[PersonMention]] = []
    for group, kinds in zip(groups, joins, strict=True):
        current = [group[0]]
        # "A, B, C and the other NATO leaders": the list goes on to an "and" of its own
        others = text.startswith(" and ", group[-1].end) and (
            group[-1].after > group[-1].end
            # "hosted A, B and the leaders of Kyrgyzstan, Tajikistan and Turkmenistan": unnamed others end the list
            or _UNNAMED_OTHERS.match(text, group[-1].end + 5) is not None
        )
        for k, (person, kind) in enumerate(zip(group[1:], kinds, strict=True)):
            if (
                kind == "comma"
                and "and" not in kinds[k + 1 :]
                and not others
                # a headline's pair: "Donald Trump, Emmanuel Macron hold talks at Elysee Palace Thursday"
                and not (len(group) == 2 and _PLURAL_VERB_AFTER.match(text, max(person.end, person.after)))
            ):
                result.append(current)
                current = []
            current.append(person)
        result.append(current)
    return result


def _names(group: list[PersonMention]) -> list[str]:
    return list(dict.fromkeys(p.name for p in group if p.name))


# ", as Modi pressed on with a tour of Central Asia": a clause of one person's own after the sentence's pair
_ONE_PERSON_AS = re.compile(r"\s*(?:as|while)\s+[A-Z][\w'’-]+\s+(?:[a-z]+ed|was|is|were)\b")


def joins_group(trig: Trigger, groups: list[list[PersonMention]]) -> bool:
    """Whether ``trig`` only joins the people of a group ("A, joined by B, told C": "joined" is no event)."""
    return any(len(g) >= 2 and g[0].full_start < trig.start and trig.end <= g[-1].full_start for g in groups)


def one_person_aside(text: str, trig: Trigger) -> bool:
    """Whether ``trig`` lies in a trailing "as"-clause whose subject is one person named by a surname: the event
    of that clause is theirs alone, not the pair's that opens the sentence."""
    return text.endswith(",", 0, trig.clause_start) and _ONE_PERSON_AS.match(text, trig.clause_start) is not None


def _add_trigger(triggers: list[Trigger], trig: Trigger) -> Trigger:
    """Add a trigger a rule found after the scan (a verb left out, a lead naming the current event's people),
    keeping ``triggers`` in text order."""
    triggers.append(trig)
    triggers.sort(key=_TRIGGER_START)
    return trig


def find_participations(
    text: str,
    sentence: Sentence,
    people: list[PersonMention],
    triggers: list[Trigger],
    groups: list[list[PersonMention]] | None = None,
    ahead: EventType | None = None,
) -> list[Participation]:
    """Who the sentence names as taking part in which trigger's event (may add pseudo-triggers).

    ``ahead`` is the type of the event the next sentence opens with ("The meeting was open to reporters"),
    when this sentence has no trigger of its own: a pair opening it with a verb in the past is that event's
    ("Trump and Zelensky clashed in the Oval Office on Friday. The meeting ...").

    ``groups`` is ``person_groups(text, people)`` when the caller has it already.
    """
    found: list[Participation] = []
    if groups is None:
        groups = person_groups(text, people)
    used: set[int] = set()
    subject_of: dict[int, int] = {}  # a group named as the object of "A met B" -> A's group
    for gi, group in enumerate(groups):
        first, last = group[0], group[-1]
        before = text[sentence.start : first.full_start]
        if len(group) >= 2 and before.endswith("together ") and (bt := _EVENT_BROUGHT_TOGETHER.match(before)):
            # the event noun's own trigger, else "brought together" itself ("The final round brought together")
            at = sentence.start + bt.start("noun")
            trig = next((t for t in triggers if at <= t.start < first.full_start), None)
            if trig is not None:
                if found and found[-1].trigger is trig:
                    found[-1].names = found[-1].names + [n for n in _names(group) if n not in found[-1].names]
                    found[-1].end = last.end  # "The meeting, chaired by C, brought together A and B": C too
                else:
                    names, start = _names(group), first.full_start
                    # "The gathering, hosted by C, brought together A and B": the host set off before the verb too
                    hosts = [
                        (hj, g)
                        for hj, g in enumerate(groups[:gi])
                        if hj not in used
                        and at < g[0].full_start
                        and text.endswith(("hosted by ", "chaired by ", "convened by "), 0, g[0].full_start)
                    ]
                    if hosts:
                        hj, host = hosts[-1]
                        names, start = _names(host) + [n for n in names if n not in _names(host)], host[0].full_start
                        used.add(hj)
                    found.append(Participation(start, last.end, names, trig))
                used.add(gi)
                continue
        # "between A and B": the nearest trigger before it.
        between = _BETWEEN.search(before, max(0, len(before) - 40)) if len(group) >= 2 or " by " in before else None
        if between is not None and len(group) < 2 and between.group("word")[:4] not in ("medi", "pres", "chai", "co-c"):
            between = None  # one person joins the others' event only as its mediator or who presided over it
            # (not "a call brokered by Obama": arranged, not taken part in)
        if between:
            prior = [t for t in triggers if t.end <= first.full_start and not t.sideline]
            if prior and len(text[prior[-1].end : first.full_start].split()) <= 9:
                start = first.full_start - (len(before) - between.start("word"))
                names = _names(group)
                chair = groups[gi - 1] if gi and gi - 1 not in used else None
                if (
                    chair is not None
                    and between.group("word").startswith("attended")
                    and _CHAIRED.fullmatch(text, max(chair[-1].end, chair[-1].after), prior[-1].start)
                ):
                    # "Tran Dai Quang chaired the leaders' meeting, which was attended by A and B": the chair too
                    names = _names(chair + group)
                    start = chair[0].full_start
                    used.add(gi - 1)
                if (
                    between.group("word")[:4] in ("medi", "brok", "pres", "chai", "co-c")
                    and found
                    and found[-1].end <= last.end
                ):
                    # "A and B met in Paris on Monday at talks mediated by C and D", "A and B initialled an accord
                    # in Brussels on Friday, at the end of talks chaired by C": the mediators and the chair take part
                    # too. The pair's span stays as it is: a place or a day inside a span is read as the names'
                    found[-1].names = found[-1].names + [n for n in names if n not in found[-1].names]
                    used.add(gi)
                    continue
                if (
                    between.group("word").startswith("pres")
                    and gi
                    and gi - 1 not in used
                    and groups[gi - 1][-1].end <= prior[-1].start
                ):
                    # "A, B and C put their initials to the accord at a ceremony presided over by D": all four
                    names = _names(groups[gi - 1] + group)
                    start = groups[gi - 1][0].full_start
                    used.add(gi - 1)
                found.append(Participation(start, last.end, names, prior[-1]))
                used.add(gi)
                continue
        # "Among those at the summit were A, B and C": the people of the event the lead names
        if (
            len(group) >= 2
            and gi == 0
            and before.lstrip(' "“‘(').startswith(
                ("Among ", "Taking part ", "Attending ", "Present ", "Leaders ", "Those ", "Heads ", "Participants ")
            )
            and (among := _AMONG_LEAD.fullmatch(before))
        ):
            prior = [t for t in triggers if t.end <= first.full_start and t.type is not None and not t.sideline]
            lead = before.lstrip(' "“‘(')
            # ("Among the 27 leaders at the table were A, B and C": the people at the event told before)
            if not prior and (not lead.startswith("Among ") or among.group("at")):
                # "... ended their summit in Rambouillet. Taking part were A, B and C": the current event's people
                at = sentence.start + len(before) - len(lead)
                prior = [Trigger(at, at + len(lead.split()[0]), None, continues=True, of_current=True)]
                _add_trigger(triggers, prior[0])
            if prior:
                found.append(Participation(first.full_start, last.end, _names(group), prior[-1]))
                used.add(gi)
                continue
        # "After 16 hours of talks in Minsk, A, B, C and D agreed ...": the pair closing a fronted event took part
        if len(group) >= 2 and gi == 0 and _AFTER_EVENT_LEAD.fullmatch(before):
            prior = [t for t in triggers if t.end <= first.full_start and t.type in _LEAD_EVENT_TYPES]
            if prior:
                found.append(Participation(first.full_start, last.end, _names(group), prior[-1]))
                used.add(gi)
                continue
        # "A ... with B", "A met B".
        if gi + 1 < len(groups):
            nxt = groups[gi + 1]
            gap_start = max(last.end, last.after)  # "A, Canada's prime minister, met B"
            if text.startswith(",", gap_start) and len(group) > 1 and _SET_OFF_JOIN.search(text, first.end, last.start):
                gap_start += 1  # "Macron, joined by Ursula von der Leyen, held talks with Xi": the aside's comma
            age = (
                _AGE_APPOSITIVE.match(text, gap_start)
                or _WHO_LEAD.match(text, gap_start)
                # the subject's aside only: "Blinken met Sheikh Tamim, whose government ..., after talks with B" is
                # the object's, and the talks are Blinken's
                or (
                    WHOSE_ASIDE.match(text, gap_start)
                    if text.startswith((", whose ", ", both of whom ", ", all of whom "), gap_start)
                    and _SUBJECT_LEAD.fullmatch(before)
                    else None
                )
                or _NOUN_APPOSITIVE.match(text, gap_start)
                or _PREP_ASIDE.match(text, gap_start)
            )
            if age is not None:
                gap_start = age.end()  # "Xi, 71, also met B", "Stubb, who had met B"
            gap = text[gap_start : nxt[0].full_start]
            if "(" in gap:
                gap = _DAY_OF_MONTH_AFTER.sub(_blank, gap)  # "on Monday (31), meeting B": the day's date, in brackets
            if "," in gap and any(map(str.isdigit, gap)):
                # "spoke by telephone this Tuesday, 1 July, with B", "A, on Thursday, 30th November 2017, held talks
                # with B": the commas of a date are no clause break
                gap = _COMMA_DATE.sub(_blank, gap)
            inside_from = last.end
            if (
                "," in gap
                and (same := _AND_SAME_SUBJECT.search(gap)) is not None
                and not _CLAUSE_MARKS.search(gap, 0, same.start())
                and not _WITH_STOP.search(gap, 0, same.start())
                # the subject, not "greeted by Biden when he ...", or the object of the subject's verb ("Putin
                # joined A and B at the summit, and held a separate meeting with A": Putin's)
                and (_SUBJECT_LEAD.fullmatch(before) is not None or gi in subject_of)
            ):
                # "Obama arrived in Havana on Sunday, and held talks with Castro": the subject goes on after "and"
                gap_start += same.end()
                gap = gap[same.end() :]
                inside_from = gap_start  # "arrived in Paris on Sunday, and on Monday will see B": not the arrival
            if ", " in gap:
                # "flew to Palm Beach, Florida, on Friday for dinner with B": a region set off after a place
                gap = _SET_OFF_PLACE.sub(_blank, gap)
            if (said := _SAID_AFTER.match(gap)) is not None:
                # "Modi said after talks with Hasina that ...", "Obama said in Accra after breakfast talks with B":
                # the talks are the speaker's
                gap_start += said.end() - 1
                gap = gap[said.end() - 1 :]  # the blank before "after" stays
            if '"' in gap or "“" in gap:
                # 'held a "long and meaningful" phone call with B': a few quoted words are no clause of their own
                gap = _SHORT_QUOTE.sub(_blank, gap)
            if (
                (called := _CALLED_GAP.fullmatch(gap))
                and not _CALLED_NOUN.match(text, nxt[-1].end)
                and (not called.group("brief") or _BY_PHONE_AFTER.match(text, nxt[-1].end))
            ):
                # "Austin had called Belousov on June 25": a call to that person ("called him a liar" is none)
                vs = gap_start + called.start("v")
                trig = Trigger(vs, vs + len(called.group("v")), PHONE_CALL)
                # "Austin had called Belousov on June 25", "their first conversation since Trump called Modi in
                # April": an earlier call
                trig.past_ref = " had " in called.group() or before.rstrip().endswith(" since")
                if _PLANNED.search(gap):
                    trig.modality = PLANNED  # "will call Zelensky"
                _add_trigger(triggers, trig)
                found.append(Participation(first.full_start, nxt[-1].end, _names(group + nxt), trig))
                used.update({gi, gi + 1})
                continue
            if (joined_by := _JOINED_BY_GAP.fullmatch(gap)) is not None and not _FOR_EVENT_AFTER.match(
                text, nxt[-1].end
            ):
                # "Trump and Kim were joined briefly outside by South Korean President Moon Jae-in": all three (with
                # "... for a video call" after it, the rules below give the call its people)
                vs = gap_start + joined_by.start("v")
                trig = next((t for t in triggers if t.start == vs), None)
                if trig is None:
                    trig = Trigger(vs, vs + len(joined_by.group("v")), MEETING)
                    _add_trigger(triggers, trig)
                found.append(Participation(first.full_start, nxt[-1].end, _names(group + nxt), trig))
                used.update({gi, gi + 1})
                continue
            if gap.startswith(",") and _EVENT_ASIDE_LEAD.match(gap):
                gap = " " + gap[1:]  # "Reagan, in a blunt telephone call to B today, demanded": the aside is the event
            elif (
                gap.startswith(", ")
                and len(group) == 1
                and _NOUN_PHRASE_LEAD.fullmatch(text, sentence.start, first.full_start) is not None
            ):
                # "The previous EU leader to make such a trip, Austrian Chancellor Karl Nehammer, met Putin": the name
                # set off after the noun phrase that opens the sentence is its subject
                gap = " " + gap[2:]
            g = _WITH_GAP.match(gap)
            if (
                g
                # commas of an aside before "by" ("welcomed in the Eritrean capital, Asmara, by") break no clause
                and not _CLAUSE_BREAK.search(
                    gap[: g.start("where")] + gap[g.end("where") :] if g.group("where") else gap,
                    0,
                    (
                        g.start("among" if g.group("among") else "app")
                        - (g.end("where") - g.start("where") if g.group("where") else 0)
                    )
                    if g.group("among") or g.group("app")
                    else len(gap),
                )
                and not _WITH_STOP.search(gap)
                # "talks with Zelensky and goes on to Berlin to meet Scholz": a new predicate of the subject before
                # (unless B is the object of the subject's verb: "Trump met Modi and held a meeting with A and B")
                and not (gap.startswith((" and ", " but ")) and not (gi in subject_of and _AND_PREDICATE.match(gap)))
            ):
                inside = [t for t in triggers if inside_from <= t.start and t.end <= nxt[0].full_start]
                verb = _WITH_VERBS.search(g.group("body") + g.group("end"))
                if verb and verb.group() in _HAVE_FORMS and len(g.group("body")[verb.end() :].split()) > 3:
                    verb = None  # "had dinner with B", not "has invested heavily in his personal rapport with B"
                if g.group("end") == "to" and (
                    not (to := _SPOKE_TO.search(g.group("body")))
                    or (to.group().startswith(("visit", "call", "courtesy")) and not nxt[0].titled)
                ):  # "spoke to B", "a courtesy visit to President B"; not "went to B", "a state visit to China"
                    inside, verb = [], None
                if (
                    verb
                    and not inside
                    and (_negated(gap.split()) or _supposed(gap[: g.start("body") + verb.start()].split()[-3:]))
                ):
                    verb = None  # "A had no plans to meet B", "A has never met B", "A repeated his offer to meet B"
                if inside or verb:
                    if inside:
                        trig = inside[-1]
                    else:
                        vs = gap_start + g.start("body") + verb.start()
                        trig = Trigger(vs, vs + len(verb.group()), _PSEUDO_TYPE.get(verb.group(), OTHER))
                        if _PLANNED.search(_tail(_clause_before(text, sentence.start, vs).split(), 6)):
                            trig.modality = PLANNED  # "Xi will host Putin"
                        _add_trigger(triggers, trig)
                    subject = group
                    if gi in subject_of and (_AND_PREDICATE.match(gap) or inside_from != last.end):
                        # "Bush met Olmert in the Oval Office and then received Abbas": the subject's, not Olmert's
                        subject = groups[subject_of[gi]]
                    elif _OBJECT_VERB_BEFORE.search(before) and (
                        _AND_PREDICATE.match(gap) or _PARTICIPLE_GAP.match(gap)
                    ):
                        # "he called on Emperor Akihito and Empress Michiko ... and met Shinzo Abe": the pair is an
                        # object, and the meeting with Abe is the unnamed subject's
                        continue
                    names = _names(subject + nxt)
                    subject_of[gi + 1] = subject_of[gi] if subject is not group else gi
                    joined = text[trig.start : trig.end] in ("joined", "rejoined")
                    if trig.type is None or trig.host:
                        # "Modi hosted Xi for an informal summit in Mamallapuram": the summit is their event, and
                        # the verb names no event of its own (weak: the pipeline drops it, unbound)
                        purpose = next(
                            (
                                t
                                for t in triggers
                                if t.start > nxt[-1].end
                                and (t.type in _PURPOSE_TYPES or (joined and t.type in _CALL_TYPES))
                                and (
                                    _FOR_EVENT_AFTER.fullmatch(text, nxt[-1].end, t.start)
                                    # "joined B in a virtual summit": the summit is theirs
                                    or (joined and _IN_EVENT.fullmatch(text, nxt[-1].end, t.start))
                                )
                            ),
                            None,
                        )
                        if purpose is not None:
                            trig.weak, trig = True, purpose
                            trig.purpose = True
                    found.append(Participation(subject[0].full_start, nxt[-1].end, names, trig))
                    used.add(gi + 1)
                    if inside_from == last.end:
                        used.add(gi)
                        continue
                    # "A and B signed a pledge ..., and joined C in a summit": the pair's own clause may still
                    # name their event (the subject rule below)
        # "Starmer said on Monday that ..., after talks in Rome with Italian Prime Minister Giorgia Meloni": the
        # speaker's talks with the person they were with
        if (
            gi + 1 < len(groups)
            and gi not in used
            and (said := _SAID_THAT_AFTER.match(text, last.end, groups[gi + 1][0].full_start)) is not None
            and _SUBJECT_LEAD.fullmatch(before)
        ):
            nxt = groups[gi + 1]
            trig = next((t for t in triggers if said.start("ev") <= t.start < said.end("ev") and t.type), None)
            if trig is not None:
                found.append(Participation(first.full_start, nxt[-1].end, _names(group + nxt), trig))
                used.update({gi, gi + 1})
                continue
        # "Xi Jinping told visiting U.S. Defense Secretary Jim Mattis ...": the visitor's meeting with the speaker
        if gi + 1 < len(groups) and gi not in used:
            nxt = groups[gi + 1]
            visiting = _SPEECH_VISITING.fullmatch(text, last.end, nxt[0].full_start)
            if visiting is not None:
                trig = Trigger(visiting.start("v"), visiting.end("v"), MEETING)
                _add_trigger(triggers, trig)
                found.append(Participation(first.full_start, nxt[-1].end, _names(group + nxt), trig))
                used.update({gi, gi + 1})
                continue
        # "A warned B in a phone call": a speech verb between the two, the event right after B.
        if (
            gi + 1 < len(groups)
            and gi not in used
            and _SPEECH_GAP.fullmatch(text[last.end : groups[gi + 1][0].full_start])
        ):
            nxt = groups[gi + 1]
            trig = next(
                (
                    t
                    for t in triggers
                    if t.type is not None
                    and t.start >= nxt[-1].end
                    and (
                        _IN_EVENT.fullmatch(text, nxt[-1].end, t.start)
                        # "A warned B on Thursday against ..., in a phone call": the event closes the sentence
                        or (
                            (
                                _IN_EVENT_AFTER_COMMA.search(text, nxt[-1].end, t.start)
                                or (t.type in _CALL_TYPES and _IN_CALL.search(text, nxt[-1].end, t.start))
                                # "A told B ... that ..., as the two leaders held their first meeting"
                                or _PAIR_AS_CLAUSE.search(text, max(nxt[-1].end, t.start - 60), t.start)
                            )
                            and not any(nxt[-1].end <= p.start < t.start for p in people)
                        )
                    )
                ),
                None,
            )
            if trig is None and before.lstrip(' "“‘(').lower().startswith(_INSIDE_EVENT):
                # "During a 45-minute phone call on Wednesday, A urged B to ...": the fronted phrase names the event
                trig = next(
                    (
                        t
                        for t in reversed(triggers)
                        if t.end <= first.full_start and t.type is not None and not t.sideline
                    ),
                    None,
                )
            if (
                trig is None
                and (site := _AT_SITE.match(text, nxt[-1].end))
                and (
                    site.group("word").lower() in NAMED_SITE_WORDS
                    # "Merkel assured Zelensky in Kyiv on Sunday that ...": words said to a person in a city named
                    or (site.group().lstrip().startswith("in ") and _known_place_at(text, site.start(1)))
                )
            ):
                # "Bukele told Trump in the Oval Office on Monday that ...": words said at a meeting there
                gap = text[last.end : nxt[0].full_start]
                vs = last.end + len(gap) - len(gap.lstrip())
                trig = Trigger(vs, vs + len(gap.split(None, 1)[0]), MEETING)
                _add_trigger(triggers, trig)
            if trig is not None:
                found.append(Participation(first.full_start, nxt[-1].end, _names(group + nxt), trig))
                used.update({gi, gi + 1})
                continue
        # "A and B <verb> ...": the subject's event is the first main-clause trigger after it.
        if (
            ahead is not None
            and gi not in used
            and gi + 1 < len(groups)
            and gi + 1 not in used
            and _SUBJECT_LEAD.fullmatch(before)
            and (tell := _TOLD_PERSON.match(text, max(last.end, last.after))) is not None
            and tell.end() == groups[gi + 1][0].full_start
            # (not counting a trigger set off after the telling: "..., as speculation grew over a possible visit")
            and all(
                t.weak or one_person_aside(text, t) or joins_group(t, groups)
                for t in triggers
                if not (t.start > tell.end() and _SET_OFF_AS.search(text, tell.end(), t.start))
            )
            # the next sentence names the event by its noun ("The call, which lasted ..."), not by the pair ("The two
            # leaders met on Tuesday": what was told is then no event of its own)
            and _NOUN_LEAD_AFTER.match(text, sentence.end) is not None
        ):
            # "Biden told Netanyahu on Thursday that ... The call, which lasted about 30 minutes, ...": the telling is
            # the event the next sentence names, between the teller and the one told
            trig = Trigger(tell.start(1), tell.end(1), ahead)
            triggers.append(trig)
            found.append(Participation(first.full_start, groups[gi + 1][-1].end, _names(group + groups[gi + 1]), trig))
            used.update({gi, gi + 1})
            continue
        if len(group) >= 2 and gi not in used and _SUBJECT_LEAD.fullmatch(before):
            # the pair may be the subject of a subordinate clause itself: "..., where A and B sat down"
            # ("When A and B sat down at the Peace House ..., it was ...": the clause may open the sentence)
            lead = " " + before.rstrip().lower()
            if (told := _CLAUSE_TIME_END.search(lead + " ")) is not None:
                lead = lead[: told.start()]  # "where earlier in the day A and B ...": the clause's own subject
            within = lead.endswith((" where", " when", " as", " while", " after", " before", " until", " since"))
            since = lead.endswith(" since")
            after = [
                t
                for t in triggers
                if t.start >= last.end
                and not (
                    (t.subordinate and not within and not _THEY_CLAUSE.search(text, last.end, t.start))
                    or t.host
                    or t.sideline
                )
                # "their first meeting since A and B spoke briefly": the earlier event is the pair's own
                and not (
                    t.past_ref
                    and not _ADVERB_GAP.fullmatch(text, last.end, t.start)
                    and not since
                    # "A and B held what is expected to be their last meeting": the pair's own, told as it is held
                    and not _held_what(text, last.end, t.start)
                )
                and not _NEW_CLAUSE.search(text[last.end : t.start])
                and not any(last.end <= p.start < t.start for p in people)
            ]
            specific = [t for t in after if t.type is not None]
            if not after and before.lstrip(' "“‘(').lower().startswith(_INSIDE_EVENT):
                # "In a phone call on Saturday, A and B discussed ...": the event is named in the fronted phrase
                specific = [t for t in triggers if t.end <= first.full_start and t.type is not None and not t.sideline]
                after = specific[-1:]
            if not after:
                # "A and B sought on Monday to paper over differences, after their annual talks in Queenstown":
                # an event the clause after the pair calls theirs
                specific = [
                    t
                    for t in triggers
                    if t.start >= last.end
                    and t.type is not None
                    and not (t.host or t.sideline)
                    and _THEIR_BEFORE.search(text, max(last.end, t.start - 40), t.start)
                    and not any(last.end <= p.start < t.start for p in people)
                ][:1]
                after = specific
            if not after and len(group) >= 3:
                # "A and his counterpart B, joined by C, on Saturday exchanged the instruments": the verb that
                # joined them is the only trace of their event
                after = [
                    t for t in triggers if first.end <= t.start < last.full_start and text[t.start : t.end] == "joined"
                ][:1]
            if not after and lead.endswith(" where"):
                # "Monday's summit in Tokyo, where Modi and Abe agreed to ...": the pair of the event the place after
                # it is told for
                specific = [t for t in triggers if t.end <= first.full_start and t.type is not None and not t.sideline]
                after = specific = specific[-1:]
            if after:
                trig = specific[0] if specific else after[0]
                if len(specific) > 1 and trig.type not in _CALL_TYPES:
                    # "A and B discussed the outcome of the inter-Korean summit in a telephone conversation on
                    # Saturday": a call the clause frames with "in a ..." is their event; the summit is a topic
                    framed = next(
                        (
                            t
                            for t in specific[1:]
                            if t.type in _CALL_TYPES and _IN_CALL.search(text, max(trig.end, t.start - 40), t.start)
                        ),
                        None,
                    )
                    if framed is not None and _TOPIC_BEFORE.search(text, max(last.end, trig.start - 40), trig.start):
                        trig = framed
                if (
                    specific
                    and after[0].type is None
                    and specific[0].modality is not after[0].modality
                    and "," in text[after[0].end : specific[0].start]
                ):
                    # "A and B talked alone ..., far longer than their aides had planned for the opening session":
                    # the verb right after the pair, not a planned event noun in a later clause ("signed a statement
                    # ..., at the end of the first ever meeting between ..." still names the meeting)
                    trig = after[0]
                elif (
                    specific
                    and after[0].type is None
                    and after[0].end < specific[0].start
                    and _CAPPING_BEFORE.search(text, after[0].end, specific[0].start)
                ):
                    # "A and B signed a treaty on Thursday in Prague, capping a year of negotiations": the verb is
                    # the pair's event; the talks it ends are a process before it
                    trig = after[0]
                if (
                    trig is not after[0]
                    and after[0].type is None
                    and after[0].past_ref
                    and trig.type in _CALL_TYPES
                    and _IN_CALL.search(text, max(after[0].end, trig.start - 40), trig.start)
                ):
                    trig.past_ref = True  # "Biden and Putin last spoke on December 30, in a 50-minute call": that call
                found.append(Participation(first.full_start, last.end, _names(group), trig))
                used.add(gi)
            elif (
                ahead is not None
                and all(t.weak or one_person_aside(text, t) for t in triggers)
                and (verb := _PAST_VERB.match(text, last.end))
            ):
                trig = Trigger(verb.start(1), verb.end(1), ahead)
                triggers.append(trig)
                found.append(Participation(first.full_start, last.end, _names(group), trig))
                used.add(gi)
            elif (visit := _pairs_visit_aside(text, triggers, group, last.end)) is not None and _PAIR_VERB.match(
                text, last.end
            ) is not None:
                # "A and B agreed in Tokyo on Saturday to deepen cooperation, in A's first trip abroad": the pair's
                # accord was made on that trip, so the trip is their event
                found.append(Participation(first.full_start, last.end, _names(group), visit))
                used.add(gi)
            elif all(t.sideline or (t.weak and t.start > last.end) for t in triggers) and (
                verb := _PAIR_VERB.match(text, last.end)
            ):
                # "Hungary's prime minister held talks with Turkey's president ... Viktor Orban and Recep Tayyip
                # Erdogan discussed gas supplies": a pair opening a sentence with no event of its own names the
                # people of the event before (a generic trigger: it links to the current event, if any)
                # "The initiative took shape after A and B discussed the idea": a subordinate clause's pair is an
                # earlier event of its own
                trig = Trigger(verb.start(1), verb.end(1), None, continues=not within, past_ref=within)
                triggers.append(trig)
                found.append(Participation(first.full_start, last.end, _names(group), trig))
                used.add(gi)
    chunk = text[sentence.start : sentence.end]
    if " led by " in chunk and len(people) >= 2:
        found += _delegations_led(text, sentence, triggers, groups, used)
    if " and " in chunk and ("he and " in chunk or "she and " in chunk):
        found += _speaker_and_pair(text, sentence, people, triggers, groups, used)
    if found and ("looked on" in chunk or " as witness" in chunk or "presence of" in chunk or ", with " in chunk):
        # "Rabin and Arafat shook hands ... as President Bill Clinton looked on", "with President Jimmy Carter as
        # witness": the one who watched it take place is part of the event
        for gi, group in enumerate(groups):
            if gi in used or found[-1].end > group[0].full_start:
                continue
            if (
                _ONLOOKER_BEFORE.search(text, max(sentence.start, group[0].full_start - 8), group[0].full_start)
                and _ONLOOKER_AFTER.match(text, group[-1].end)
            ) or _PRESENCE_BEFORE.search(text, max(sentence.start, group[0].full_start - 20), group[0].full_start):
                part = found[-1]
                part.names = part.names + [n for n in _names(group) if n not in part.names]
                part.end = group[-1].end
                used.add(gi)
    if found and ", joined by " in chunk:
        # "A and B held talks in Riyadh on Tuesday, joined by C, D and E": those who joined the event told before
        for gi, group in enumerate(groups):
            if gi in used or found[-1].end > group[0].full_start:
                continue
            if _JOINED_AFTER.search(text, max(sentence.start, group[0].full_start - 40), group[0].full_start):
                part = found[-1]
                part.names = part.names + [n for n in _names(group) if n not in part.names]
                part.end = group[-1].end
                used.add(gi)
    if found and " on as " in chunk:
        # "US President Bill Clinton looked on as A and B shook hands": the onlooker named first takes part too
        for gi, group in enumerate(groups):
            if gi in used or not _ONLOOKER_FIRST.match(text, group[-1].end):
                continue
            part = next((p for p in found if p.start >= group[-1].end), None)
            if part is not None:
                part.names = _names(group) + [n for n in part.names if n not in _names(group)]
                part.start = group[0].full_start
                used.add(gi)
    if found and "with" in text[sentence.start : sentence.end]:
        _add_along_with(text, groups, found, used)
    if "among them" in text[sentence.start : sentence.end] or "including" in text[sentence.start : sentence.end]:
        _hosted_among(text, groups, triggers, found, used)
    if text.find("who", sentence.start, sentence.end) >= 0:
        found += _past_who_clause(text, groups, triggers)
    if text.startswith(_FRONTED_LEADS, sentence.start):
        found += _fronted_meeting(text, sentence, groups, triggers)
    if "day" in text[sentence.start : sentence.end] and " after " in text[sentence.start : sentence.end]:
        found += _days_after_meeting(text, sentence, groups, triggers, used)
    if found and "with" in text[sentence.start : sentence.end]:
        found += _elliptic_with(text, groups, triggers, found, used)
    if found and "join" in text[sentence.start : sentence.end]:
        found = _joined_for_event_with(text, groups, triggers, found)
    if found and text.startswith("It ", sentence.start):
        found = _restated_counts(text, sentence, found)
    return found


# "It was Mr. Attlee's first meeting with Marshal Stalin": the sentence counts the event told before, no new one
_RESTATED_COUNT = re.compile(
    r"It\s+(?:was|is)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?$"
)


def _restated_counts(text: str, sentence: Sentence, found: list[Participation]) -> list[Participation]:
    """``found`` without the participation of an event the sentence only counts ("It was Biden's first meeting with
    Charles since the coronation"): its trigger names the event told before, whose people are already claimed."""
    kept = []
    for part in found:
        trig = part.trigger
        if _RESTATED_COUNT.fullmatch(text, sentence.start, trig.start) is not None:
            trig.continues = True
            continue
        kept.append(part)
    return kept


# "A spoke with B on Monday and later the same day with C": the verb left out before a second "with"
_ELLIPTIC_WITH = re.compile(
    r"\s+and\s+(?:(?:later|then|also|afterwards|subsequently)\s+)?"
    r"(?:(?:the\s+same\s+day|that\s+day|that\s+evening|on\s+[A-Z][a-z]+day)\s+)?with\s+$"
)


def _elliptic_with(
    text: str, groups: list[list[PersonMention]], triggers: list[Trigger], found: list[Participation], used: set[int]
) -> list[Participation]:
    """The second event of "A spoke with B on Monday and later the same day with C": A and C, of the same kind."""
    more: list[Participation] = []
    for gi, group in enumerate(groups):
        if gi in used or group[0].full_start < 6:
            continue
        last = next((p for p in reversed(found) if p.end <= group[0].full_start), None)
        if last is None or last.trigger.type is None and not last.trigger.spoken or len(last.names) < 2:
            continue
        gap = _ELLIPTIC_WITH.search(text, last.end, group[0].full_start)
        if gap is None or gap.end() != group[0].full_start or _CLAUSE_BREAK.search(text, last.end, gap.start()):
            continue
        subject = last.names[0]
        trig = Trigger(gap.end() - 5, gap.end() - 1, last.trigger.type, spoken=last.trigger.spoken)
        _add_trigger(triggers, trig)
        more.append(
            Participation(gap.start() + 1, group[-1].end, [subject, *(n for n in _names(group) if n != subject)], trig)
        )
        used.add(gi)
    return more


# "A joined B for three-way talks with C", "joined President Ronald Reagan for a lunch with Gorbachev": the words
# between B and C name the event all three took part in
_JOINED_FOR_WITH = re.compile(
    r"\s+(?:for|at|in)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:talks|meeting|meetings|summit|call|session|{MEAL_NOUNS})\s+with\s+(?:the\s+)?"
)


def _joined_for_event_with(
    text: str, groups: list[list[PersonMention]], triggers: list[Trigger], found: list[Participation]
) -> list[Participation]:
    """``found`` with "A joined B" widened to the people of the event it was for ("... for talks with C")."""
    for part in found:
        if text[part.trigger.start : part.trigger.end].lower() not in ("joined", "joins", "join"):
            continue
        m = _JOINED_FOR_WITH.match(text, part.end)
        if m is None:
            continue
        group = next((g for g in groups if g[0].full_start == m.end()), None)
        if group is None:
            continue
        named = part.names + [n for n in _names(group) if n not in part.names]
        event = next((t for t in triggers if m.start() <= t.start < m.end() and t.type is not None), None)
        trigger = event or part.trigger
        found = [p for p in found if p is part or not (p.trigger is trigger and set(p.names) <= set(named))]
        part.names, part.end, part.trigger = named, group[-1].end, trigger
    return found


# ", a day after meeting Ukraine's Volodymyr Zelensky", ", two days after he met B": an earlier event of the
# sentence's subject with the person named, counted back from the main event
_DAYS_AFTER_EVENT = re.compile(
    r",\s+(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(?:after|before)\s+(?:(?:he|she)\s+)?"
    r"(?P<v>meeting|met|talks\s+with|talking\s+with|sitting\s+down\s+with|sat\s+down\s+with|speaking\s+(?:with|to)"
    r"|spoke\s+(?:with|to)|holding\s+talks\s+with|held\s+talks\s+with|hosting|hosted|receiving|received)\s+"
)


def _days_after_meeting(
    text: str, sentence: Sentence, groups: list[list[PersonMention]], triggers: list[Trigger], used: set[int]
) -> list[Participation]:
    """ "Scholz held talks with Putin on Tuesday, a day after meeting Zelensky in Kyiv": Scholz and Zelensky, at an
    earlier event of their own (the anaphor dates it from the talks)."""
    found = []
    for m in _DAYS_AFTER_EVENT.finditer(text, sentence.start, sentence.end):
        subject = next((g for g in groups if g[-1].end <= m.start()), None)
        k, obj = next(((k, g) for k, g in enumerate(groups) if g[0].full_start >= m.end()), (-1, None))
        if subject is None or obj is None or k in used or _CLAUSE_MARKS.search(text, m.end(), obj[0].full_start):
            continue
        if obj[0].full_start - m.end() > 40:
            continue
        trig = next((t for t in triggers if m.start("v") <= t.start < m.end("v")), None)
        if trig is None:  # "sitting down with": the verb's first word is the trigger
            trig = Trigger(m.start("v"), m.start("v") + len(m.group("v").split(None, 1)[0]), MEETING)
            _add_trigger(triggers, trig)
        trig.past_ref = True
        used.add(k)
        found.append(Participation(m.start("v"), obj[-1].end, _names([subject[0], *obj]), trig))
    return found


# "A and B sat in on the meeting, along with C": C takes part with the subject named before
_ALONG_WITH = re.compile(r"[^;:()\"“”]{1,80}(?<!\band),\s*(?:along|together)\s+with\s+(?:(?:his|her|their)\s+)?$")


def _add_along_with(text: str, groups: list[list[PersonMention]], found: list[Participation], used: set[int]) -> None:
    """Add to a participation the people of an unused group right after it that ", along with" attaches."""
    for gi, group in enumerate(groups):
        if gi in used or gi == 0:
            continue
        part = next((p for p in found if p.end == groups[gi - 1][-1].end), None)
        if part is None or not _ALONG_WITH.fullmatch(text, part.end, group[0].full_start):
            continue
        part.names += [n for n in _names(group) if n not in part.names]
        part.end = group[-1].end
        used.add(gi)


# "A and B hosted the leaders, among them C and D, at a dinner": C and D are named guests of the hosts
_HOSTED_AMONG = re.compile(
    r"\s+(?P<verb>hosted|received|welcomed|greeted)\s+(?:the|other|fellow)\s+(?:[\w-]+\s+){0,3}"
    r"(?:leaders|presidents|heads\s+of\s+(?:state|government)|guests|delegations),\s+(?:among\s+them|including)\s+"
)


def _hosted_among(
    text: str, groups: list[list[PersonMention]], triggers: list[Trigger], found: list[Participation], used: set[int]
) -> None:
    """Add the guests named after "hosted the leaders, among them ..." to the hosts' participation."""
    for gi in range(len(groups) - 1):
        if gi + 1 in used:
            continue
        group, guests = groups[gi], groups[gi + 1]
        among = _HOSTED_AMONG.fullmatch(text, max(group[-1].end, group[-1].after), guests[0].full_start)
        trig = next((t for t in triggers if among and t.start == among.start("verb")), None)
        if trig is None:
            continue
        part = next((p for p in found if p.trigger is trig), None)
        if part is None:
            found.append(Participation(group[0].full_start, guests[-1].end, _names(group + guests), trig))
        else:
            part.names += [n for n in _names(guests) if n not in part.names]
            part.end = guests[-1].end
        used.update({gi, gi + 1})


# "After meeting X in Nouakchott on Thursday, Senegal's new president, Bassirou Diomaye Faye, said ...": a
# fronted clause whose subject is the main clause's
_FRONTED_MEETING = re.compile(
    r"[\"“‘(\s]*(?:After|Before|Following|Since)\s+(?:(?:his|her|their|a)\s+)?(?:meeting|talks|speaking|a\s+call"
    r"|(?:holding|having)\s+talks)(?:\s+with)?\s+$"
)
_FRONTED_LEADS = ("After", "Before", "Following", "Since", '"', "“", "‘", "(")
_APPOSITION_LEAD = re.compile(r"[^,;:()]{0,40}?,\s*$|\s*$")  # "Senegal's new president, " before the name


def _fronted_meeting(
    text: str, sentence: Sentence, groups: list[list[PersonMention]], triggers: list[Trigger]
) -> list[Participation]:
    if len(groups) < 2 or not _FRONTED_MEETING.fullmatch(text, sentence.start, groups[0][0].full_start):
        return []
    first = groups[0]
    trig = next((t for t in triggers if t.end <= first[0].full_start and t.type is not None), None)
    comma = text.find(",", first[-1].end, sentence.end)
    if trig is None or comma < 0:
        return []
    for group in groups[1:]:
        if group[0].full_start <= comma:
            continue  # still inside the fronted clause ("... with A and B in Rome")
        if _APPOSITION_LEAD.fullmatch(text, comma + 1, group[0].full_start):
            return [Participation(first[0].full_start, group[-1].end, _names(group + first), trig)]
        break
    return []


# ", who held talks with B in Bucharest on Wednesday," between a subject and its verb
_WHO_SKIP = re.compile(  # ("Abe, 52, who took office on Sept. 26, flies to ...": after an age)
    rf"(?:{_AGE})?\s*,\s*who\s+(?:[^,;:()\"“”]|(?<=\d),(?=\d)|,\s*(?=[A-Z][\w-]*,))*,"
)


def _past_who_clause(text: str, groups: list[list[PersonMention]], triggers: list[Trigger]) -> list[Participation]:
    """ "Maia Sandu, who held talks with B on Wednesday, spoke by phone with C": the subject before the clause
    takes part in the event of the main verb with the person after it."""
    found = []
    for gi, group in enumerate(groups):
        skip = _WHO_SKIP.match(text, group[-1].end)
        if skip is None:
            continue
        nxt = next((g for g in groups[gi + 1 :] if g[0].full_start >= skip.end()), None)
        if nxt is None:
            continue
        gap = text[skip.end() : nxt[0].full_start]
        g = _WITH_GAP.match(gap)
        if g is None or _CLAUSE_BREAK.search(gap) or _WITH_STOP.search(gap):
            continue
        inside = [t for t in triggers if skip.end() <= t.start and t.end <= nxt[0].full_start]
        if not inside:
            verb = _WITH_VERBS.search(g.group("body") + g.group("end"))
            if verb is None or g.group("end") == "to":
                continue
            vs = skip.end() + g.start("body") + verb.start()  # "..., spent half an hour with Aoun"
            inside = [Trigger(vs, vs + len(verb.group()), _PSEUDO_TYPE.get(verb.group(), OTHER))]
            _add_trigger(triggers, inside[0])
        found.append(Participation(group[0].full_start, nxt[-1].end, _names(group + nxt), inside[-1]))
    return found


_TRIGGER_START = attrgetter("start")


# -- coreference -------------------------------------------------------------------------------------


def _compatible(a: list[str], b: list[str]) -> bool:
    return not a or not b or set(a) <= set(b) or set(b) <= set(a)


def _generic_meeting(event: Event, cls: str, trig: Trigger, people: list[str] | None = None) -> bool:
    """Whether a meeting-class ``trig`` names ``event``, a generic one ("A hosted B", "A received B")."""
    return (
        cls == "meet"
        and event.type is OTHER
        and event.modality is trig.modality
        and (people is None or _compatible(people, event.participants))
    )


# What may come before a sentence's subject: nothing, or a fronted time or place ("On Sunday, ")
_OPENING_SUBJECT = re.compile(r"[\"“‘(\s]*(?:(?:On|In|At|Late|Early|Earlier|Later)\b[^,;:()\"“”]{0,30},\s*)?")


class EventTracker:
    """Links triggers to events across a report, keeping the latest event as the current one."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.current: Event | None = None
        self.opening_subject: str | None = None  # the person the last sentence opening with one opened with
        self.opening_event: Event | None = None  # the current event after that sentence

    def new(self, etype: EventType, modality: Modality, participants: list[str], host=False, implicit=False):
        event = Event(len(self.events), etype, modality, list(participants), host=host, implicit=implicit)
        self.events.append(event)
        if not host and not implicit:
            self.current = event
        return event

    def latest(self, cls: str | None, modality: Modality | None = None, people: list[str] | None = None):
        for event in reversed(self.events):
            if event.host or event.implicit:
                continue
            if cls and CLASS_OF[event.type] != cls:
                continue
            if modality and event.modality is not modality:
                continue
            if people is not None and not _compatible(people, event.participants):
                continue
            return event
        return None

    def _background_in(self, same_sentence: set[int], named: list[str]) -> Event | None:
        """The earlier contact of ``named`` told in passing in this sentence, if any: the pair's meeting, not a
        trip of one of them."""
        if len(named) < 2 or self.current is None or self.current.index in same_sentence:
            return None
        for event in reversed(self.events):
            if event.index not in same_sentence:
                return None
            if event.background and event.type is not VISIT and _compatible(named, event.participants):
                return event
        return None

    def link(
        self, trig: Trigger, named: list[str], collective: list[str] | None, same_sentence: set[int], actor: str | None
    ) -> Event:
        inherited: list[str] = []
        if trig.type is VISIT and (trig.possessor or actor):
            inherited = [trig.possessor or actor or ""]
        elif collective:
            inherited = list(collective)
        elif collective is not None:
            pair = next((e for e in reversed(self.events) if len(e.participants) >= 2 and not e.host), None)
            inherited = list(pair.participants) if pair else []
        if trig.host:
            return self.new(trig.type or SUMMIT, trig.modality, [], host=True)
        if (trig.past_ref or (trig.delegates and not named)) and self.events:
            # "The two leaders, who last met in February, spoke for 45 minutes": an earlier event is a
            # background aside; the report's current event stays current for what follows. So is one of officials
            # ("Senior U.S. and Russian officials are due to hold security talks in Geneva")
            current = self.current
            modality = ASSERTED if trig.past_ref else trig.modality
            event = self.new(trig.type or OTHER, modality, named or (inherited if trig.past_ref else []))
            event.background = trig.past_ref
            self.current = current if current is not None else event
            return event
        if trig.type is None:  # generic
            earlier = self._background_in(same_sentence, named) if trig.spoken else None
            if earlier is not None:
                # "The two men last met in February 2022, when Macron flew to Moscow and talked with Putin": the
                # talks are the earlier meeting's; the report's current event stays current
                self._add(earlier, named)
                return earlier
            target = self.current
            if (
                target is None
                or (len(named) >= 2 and not _compatible(named, target.participants))
                # "The agreement is to be formally signed in Paris next month": a plan after talks that took place
                or (trig.modality is PLANNED and target.modality is ASSERTED)
                # "He will end the visit in Bordeaux on Friday. In March, Steinmeier hosted Charles": what took place
                # is no part of a plan
                or (trig.past and trig.modality is ASSERTED and target.modality is PLANNED)
            ):
                event = self.new(OTHER, trig.modality, named or inherited)
                event.spoken = trig.spoken
                return event
            self._add(target, named)
            self.current = target
            return target
        cls = CLASS_OF[trig.type]
        if named:
            target = self.latest(cls, trig.modality, named)
            current = self.current
            if (
                target is None
                and current is not None
                and trig.apposed
                and not trig.past_ref
                and current.type is OTHER
                and current.index in same_sentence
                and current.modality is trig.modality
                and _compatible(named, current.participants)
            ):
                # "Biden spoke with Xi for two hours on Wednesday, his first call with Xi since taking office": the
                # aside names the kind of the event the generic verb told
                current.type = trig.type
                self._add(current, named)
                return current
            if target is not None and trig.purpose and trig.indefinite and target.index not in same_sentence:
                target = None  # "Modi hosted Xi for an informal summit in 2019": "an" introduces another event
            if target is not None and trig.again and target.index not in same_sentence:
                target = None  # "Reagan and Gorbachev met again in Washington in December 1987": a later meeting
            if target is not None and (
                target.participants
                or target.index in same_sentence
                # "A peace conference opened in Madrid. The conference was opened by A and B": the one just told
                or (trig.definite and target is self.current)
            ):
                self._add(target, named)
                self.current = target
                return target
            return self.new(trig.type, trig.modality, named)
        if trig.indefinite:
            target = self.current
            if (
                target is not None
                and target.index in same_sentence
                and CLASS_OF[target.type] == cls
                # "The meeting was a prelude to a summit that Lula will host in Belem": a plan is another event
                and not (trig.modality is PLANNED and target.modality is ASSERTED)
            ):
                return target
            if target is not None and target.index in same_sentence and _generic_meeting(target, cls, trig):
                target.type = trig.type  # "A hosted B in Riyadh, in a meeting that lasted 90 minutes"
                return target
            if (
                trig.part
                and target is not None
                and CLASS_OF[target.type] == cls
                and target.modality is trig.modality
                and not target.background
            ):
                return target  # "A held talks with B ... After a 90-minute session in the Oval Office": those talks'
            return self.new(trig.type, trig.modality, inherited)
        target = self.latest(cls, trig.modality)
        if target is not None:
            self.current = target
            return target
        current = self.current
        if inherited and current is not None and _generic_meeting(current, cls, trig, inherited):
            current.type = trig.type  # "A hosted B in Astana. The leaders met for 80 minutes": that was a meeting
            return current
        if (
            not inherited
            and current is not None
            and cls == "call"
            and current.spoken
            and current.type is OTHER
            and len(current.participants) >= 2
            and current.modality is trig.modality
            and not trig.past_ref
        ):
            current.type = trig.type  # "A spoke with B on Friday. The call lasted an hour": that was a call
            return current
        return self.new(trig.type, trig.modality, inherited)

    def subject_event(self) -> Event | None:
        """The event whose first participant a "he"/"she" most likely is: the current event, else (when it
        names nobody, e.g. "The overnight rail journey") the latest event that names someone."""
        if self.current is not None and self.current.participants:
            return self.current
        return next((e for e in reversed(self.events) if e.participants and not (e.host or e.implicit)), None)

    def note_opening(self, text: str, sentence: Sentence, people: list[PersonMention]) -> None:
        """Keep the person ``sentence`` opens with, if any (``people`` are the sentence's, in text order)."""
        if people and people[0].name and _OPENING_SUBJECT.fullmatch(text, sentence.start, people[0].full_start):
            self.opening_subject = people[0].name
            self.opening_event = self.current

    def subject_names(self) -> list[str]:
        """Who a "he"/"she" most likely is, first: the subject event's people, else (no event names anyone
        yet: "Trump said on Sunday that ... He met B") the person the last sentence opening with one named.

        A current event that names nobody but was told by a sentence opening with a person is that person's
        ("Xi, 62, is in the city-state on a state visit. Earlier he held talks with B": "he" is Xi, not the
        people of an event told before)."""
        current = self.current
        if current is not None and not current.participants and self.opening_event is current and self.opening_subject:
            return [self.opening_subject]
        event = self.subject_event()
        if event is not None:
            return event.participants
        return [self.opening_subject] if self.opening_subject else []

    @staticmethod
    def _add(event: Event, names: list[str]) -> None:
        for name in names:
            if name not in event.participants:
                event.participants.append(name)


# "He spoke with Ukraine's Volodymyr Zelensky", "In Warsaw, he had met Prime Minister Donald Tusk", "She also
# held talks with ...": a clause whose subject is "he"/"she", then at most three auxiliaries or adverbs (or
# "held/had a ..."), then the meeting or call trigger.
# "Modi said (that) he held talks with B", "Trump said his call with Xi ...": a speech verb's own subject
_SAID_FRAME = (
    r"(?P<frame>[^,;:\"“”()]{0,80}?\s(?:said|says|added|announced|told\s+(?:reporters|journalists))"
    r"(?:\s+(?:afterwards|later|on\s+[A-Z][a-z]+day))?\s+(?:that\s+)?)?"  # "told reporters afterwards that he ..."
)
_TALK_NOUNS = frozenset({"conversation", "conversations", "discussion", "discussions"})
_PRONOUN_SUBJECT = re.compile(
    _SAID_FRAME + r"\s*(?:(?:and|where|when|as|while|during\s+which|in\s+which|after\s+which)\s+)?"
    r"(?:(?:[Oo]n\s+[A-Z][a-z]+(?:\s+\d{1,2}(?:,\s+\d{4})?)?|[Ll]ater|[Ee]arlier|Then"
    # "That evening he held talks with B", "The following day he met B"
    rf"|[Tt]hat\s+(?:day|{PARTS_OF_DAY})|[Tt]he\s+(?:next|following)\s+(?:day|{PARTS_OF_DAY})"
    r"|(?:In|At)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"  # "In Pretoria on Friday he held talks with B"
    # "where earlier on Friday he met", "Earlier in the week she hosted B"
    r"(?:\s+in\s+the\s+(?:day|week)|\s+(?:that|this)\s+(?:day|week)|\s+on\s+[A-Z][a-z]+"
    r"|\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,?\s+)?"  # "On May 20 in New Delhi he met B"
    r"(?P<pro>[Hh]e|[Ss]he)\s+(?:(?:had|has|have|also|later|then|earlier|separately|subsequently|briefly"
    r"|again|first|already|will|would|is|was|expected|due|set|scheduled|to"
    r"|expects|hopes|hoped|plans|planned|wants|wanted|intends|intended|agreed)\s+){0,3}"  # "he expects to meet B"
    # "he had an unusually effusive call", "he held about two hours of talks"
    # ("she had a friendly and constructive conversation with B")
    r"(?:(?:held|had|holds|has|hold|have)\s+(?:(?:a|an)\s+)?(?:[\"“]?[\w-]+[\"”]?\s+){0,2}(?:and\s+[\w-]+\s+)?"
    r"(?:(?:an?\s+)?(?:hours?|minutes)\s+of\s+)?"  # "he held more than an hour of talks with B"
    # "He then flies to Seoul for talks with B", "he will travel to Beijing in April for talks with B"
    r"|(?:(?:flies|flew|fly|flying|travels|travelled|traveled|travel|travell?ing|heads|headed|head|heading|goes|went"
    r"|go)\s+(?:on\s+)?to"
    r"|(?:stopped|stops|stop|stopping)\s+(?:off\s+|over\s+)?in)\s+"  # "he stopped in Seoul for talks with B"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:in|on|next|this|later)\s+(?:\w+\s+){1,2})?for\s+(?:(?:a|an)\s+)?"
    # "he would visit China next month for talks with B"
    r"|visit\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:in|on|next|this|later)\s+(?:\w+\s+){1,2})?for\s+(?:(?:a|an)\s+)?)?"
)
_PRONOUN_POSSESSIVE = re.compile(
    _SAID_FRAME + r"\s*(?:(?:and|but|while|when|where|after|during|since|before)\s+)?(?P<pro>[Hh]is|[Hh]er)\s+"
    r"(?:(?:previous|first|last|latest|second|third|earlier|recent|next|upcoming|planned|own|brief|bilateral"
    r"|historic|surprise|phone|telephone|video)\s+){0,2}"
)  # "His previous summit with Kim", "during her first meeting with ..." (not "His aides met with ...")
# Between that trigger and the one person it names: "met ", "spoke with ", "spoke by phone with ".
_PRONOUN_OBJECT_GAP = re.compile(
    r"\s+(?:(?:by|over\s+the)\s+(?:tele)?phone\s+|by\s+video(?:\s+link)?\s+|on\s+[A-Z][a-z]+day\s+)?"
    r"(?:with\s+|to\s+)?"
    # a title set off before the name ("where he met the state's governor, Abdullahi Ganduje"), or the words
    # that lead a title the name's own mention starts with
    rf"(?:{_SET_OFF_TITLE}|the\s+(?:[\w-]+['’]s\s+)?(?:[a-z][\w-]*\s+){{0,2}})?"
    r"(?:(?:former|then-?|ex-|acting|interim|incoming)\s*)?"  # "when he met former leader Fidel Castro"
)
_PRONOUN_TYPES = frozenset({EventType.MEETING, EventType.TALKS, EventType.PHONE_CALL, EventType.VIDEO_CALL})
# a sentence opening with "He"/"She" whose verb comes after "and": "He was greeted by A and later met B"
_PRONOUN_SECOND_PREDICATE = re.compile(
    r"(?P<frame>)\s*(?P<pro>He|She)\s[^;:,()\"“”]{3,120}?\sand\s+(?:later\s+|then\s+|also\s+)?"
    # "He arrived on Wednesday and held talks with Premier Li Qiang": "held"/"had" and the talks' words
    r"(?:(?:held|had)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?)?"
)


# "He and Mitsotakis had met in September": a pronoun and a name as the subject of the trigger's clause
# "he and B", and "he, A and B" heading a list ("in which he, Israeli Prime Minister Ehud Barak and ... failed")
_PRONOUN_AND = re.compile(r"\s*(?P<pro>[Hh]e|[Ss]he)(?:\s+and|,)\s+$")
_PAIR_TO_TRIGGER = re.compile(
    r"\s+(?:(?:had|have|has|also|last|first|previously|earlier|already|then|later|will|would)\s+){0,3}"
    # "had a brief meeting", "held two rounds of private talks"
    r"(?:(?:held|had|hold)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+)?(?:(?:rounds?|hours?|days?)\s+of\s+(?:[\w-]+\s+)?)?"
    # "He and Starmer are expected to chair a video conference"
    r"|(?:are|were)\s+(?:expected|due|set|scheduled)\s+to\s+(?:chair|co-chair|hold|attend|join|host)\s+"
    r"(?:a|an|the|their)\s+(?:[\w-]+\s+)?)?"
)


def _pronoun_pair(text: str, trig: Trigger, people: list[PersonMention], antecedent: list[str]) -> Participation | None:
    """ "He and Mitsotakis had met in September": the pronoun is the first of ``antecedent``
    (:meth:`EventTracker.subject_names`)."""
    if not antecedent or trig.type not in _PRONOUN_TYPES:
        return None
    for person in people:
        if person.end > trig.start or not person.name:
            continue
        lead = _PRONOUN_AND.search(text, max(trig.clause_start, person.full_start - 12), person.full_start)
        if lead is None or lead.start() != trig.clause_start and text[trig.clause_start : lead.start()].strip():
            continue
        if not _PAIR_TO_TRIGGER.fullmatch(text, person.end, trig.start):
            continue
        # "Abe and Putin met ... He and Abe last met in Lima": not the person named, so the other of the pair
        subject = next((name for name in antecedent if name != person.name), None)
        if subject is None:
            return None
        return Participation(lead.start("pro"), person.end, [subject, person.name], trig)
    return None


# "Ontario Premier Doug Ford said he and US Commerce Secretary Howard Lutnick had a phone call": the speaker and B
_SPEAKER_AND = re.compile(r"\b(?:said|says|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?(?P<pro>he|she)\s+and\s+$")
# "..., where a day earlier he and B signed", "a visit during which he and B hailed": the subject and B there
_WHERE_AND = re.compile(r"(?:,\s+where|,?\s+during\s+which|,?\s+when)\s+(?:[\w\s]{1,30}?\s+)?(?P<pro>he|she)\s+and\s+$")
_WORD_AFTER = re.compile(r"\s+(?:(?:also|then|later|jointly|together)\s+)?([a-z]{3,})\b")


# "The Russian delegation was led by A and the Ukrainian side by B", "Pakistan's delegation was led by A and
# Afghanistan's by its defence minister, B", "The ANC delegation was led by A, the government's by B"
_LED_BY = re.compile(rf"\b{DELEGATION_NOUNS}\s+(?:was|were)\s+(?P<v>led|headed)\s+by\s+")
_LED_BY_OTHER = re.compile(
    r"(?:(?:\s*,(?:\s+and)?|\s+and)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}?(?:[\w'’.-]+['’]s?|side|delegation|team)\s+by"
    # "..., while Ukraine was represented by C and D", "while Ukraine's delegation was headed by C"
    r"|,?\s+while\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:side|delegation|team))?\s+(?:was|were)\s+(?:represented|led"
    r"|headed)\s+by)\s+(?:(?:its|their|the)\s+[^,;:()]{1,40},\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}"  # "by presidential chief of staff C": a word of the title before the mention
)


_LEAD_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,2}")


def _delegations_led(
    text: str, sentence: Sentence, triggers: list[Trigger], groups: list[list[PersonMention]], used: set[int]
) -> list[Participation]:
    """ "The Russian delegation was led by A and the Ukrainian side by B": the heads of the two sides took part in
    the event the report is about (a generic trigger: it links to the current event)."""
    lead = _LED_BY.search(text, sentence.start, sentence.end)
    if lead is None:
        return []
    for gi, group in enumerate(groups):
        if gi in used or _LEAD_WORDS.fullmatch(text, lead.end(), group[0].full_start) is None:
            continue  # ("was led by presidential aide Vladimir Medinsky": a word of the title before the mention)
        if (
            gi + 1 < len(groups)
            and gi + 1 not in used
            and _LED_BY_OTHER.fullmatch(text, max(group[-1].end, group[-1].after), groups[gi + 1][0].full_start)
        ):
            # the other side's head after the first ("and the Ukrainian side by B"), also when each side has two
            # ("The US delegation was led by A and B, while Ukraine was represented by C and D")
            heads = group + groups[gi + 1]
            used.add(gi + 1)
        elif len(group) >= 2:
            heads = group  # the two heads joined in one group: "A and Afghanistan's by its defence minister, B"
        else:
            return []
        trig = Trigger(lead.start("v"), lead.end("v"), None, continues=True, of_current=True)
        _add_trigger(triggers, trig)
        used.add(gi)
        return [Participation(heads[0].full_start, heads[-1].end, _names(heads), trig)]
    return []


def _speaker_and_pair(
    text: str,
    sentence: Sentence,
    people: list[PersonMention],
    triggers: list[Trigger],
    groups: list[list[PersonMention]],
    used: set[int],
) -> list[Participation]:
    """ "A said he and B had a phone call": the speaker named before "said" and the people after "he and" took
    part in the first event named after them."""
    found = []
    for gi, group in enumerate(groups):
        if gi in used or not gi:
            continue
        lo = max(sentence.start, group[0].full_start - 60)
        lead = _SPEAKER_AND.search(text, lo, group[0].full_start)
        where = _WHERE_AND.search(text, lo, group[0].full_start) if lead is None else None
        if lead is None and where is None:
            continue
        lead = lead or where
        # the sentence's subject ("Trump, who spoke with Putin ..., said he and Putin"), not a name in its aside
        speaker = next((p for p in people if sentence.start <= p.start and p.end <= lead.start()), None)
        trig = next((t for t in triggers if t.start >= group[-1].end and not t.sideline), None)
        if where is not None and (trig is None or _CLAUSE_BREAK.search(text, group[-1].end, trig.start)):
            # "flew in from Pyongyang, where a day earlier he and Kim Jong Un signed a treaty", "a visit during
            # which he and Putin hailed a new era": what the pair did there is their meeting
            verb = _WORD_AFTER.match(text, group[-1].end)
            if verb is None:
                continue
            trig = Trigger(verb.start(1), verb.end(1), MEETING, clause_start=where.start())
            _add_trigger(triggers, trig)
        if speaker is None or trig is None or speaker.name in _names(group):
            continue
        found.append(Participation(lead.start("pro"), group[-1].end, [speaker.name, *_names(group)], trig))
        used.add(gi)
    return found


def _pronoun_participation(
    text: str, sentence: Sentence, trig: Trigger, people: list[PersonMention], antecedent: list[str]
) -> Participation | None:
    """ "He spoke with Ukraine's Volodymyr Zelensky later that day": the pronoun subject's meeting or call with
    the one person the clause names, as participants [antecedent, that person].

    The antecedent is the first of ``antecedent`` (:meth:`EventTracker.subject_names`): the person the report
    last made the subject of an event ("Trump and Putin spoke by phone ... He spoke with Zelensky" -> Trump),
    else the person the last sentence opened with. Not for "he said", quotes, or a clause naming two people
    ("He met A and B").
    """
    verb = text[trig.start : trig.end].lower()
    # "where he was received by Turkish President Tayyip Erdogan": a host's passive names the host after "by"
    # ("when he was welcomed at the presidential palace by President K.R. Narayanan": a place may come between)
    agent = (
        _PASSIVE_AGENT.match(text, trig.end) if verb in _HOST_VERBS and text.endswith(" was ", 0, trig.start) else None
    )
    passive = agent is not None
    if (
        trig.type not in _PRONOUN_TYPES
        and trig.type is not SUMMIT
        # "where he embraced Russian President Vladimir Putin": a greeting verb with a person as its object
        and (
            trig.type is not None
            # "said she had a conversation with President-elect Donald Trump": a talk the pronoun had
            # ("he will host Volodymyr Zelensky in Washington": a host verb in any tense)
            or (
                verb not in _GENERIC_VERBS
                and verb not in _GREET_VERBS
                and verb not in _HOST_FORMS
                and verb not in _TALK_NOUNS
                and not passive
            )
        )
    ):
        return None
    # ("He was greeted at the airport by A and later met B": the pronoun's second predicate)
    lead = _PRONOUN_SUBJECT.fullmatch(text, trig.clause_start, trig.start) or _PRONOUN_SECOND_PREDICATE.fullmatch(
        text, trig.clause_start, trig.start
    )
    if lead is None and trig.clause_start > sentence.start and text[trig.clause_start - 1] in '"”':
        # "said he had a "very good" phone call with B": scare quotes inside the pronoun's clause
        lead = _PRONOUN_SUBJECT.fullmatch(
            text, _clause_start(text, sentence.start, trig.start, through_scare_quotes=True), trig.start
        )
    if lead is None:
        # "His previous summit with Kim, in Hanoi, ...": a possessive pronoun before a meeting noun
        lead = _PRONOUN_POSSESSIVE.fullmatch(text, trig.clause_start, trig.start)
        if lead is None or not text.startswith(" with ", trig.end):
            return None
    # "On Thursday, Pezeshkian travelled to Erbil, where he met X": the sentence's own subject comes first
    subject = next((p.name for p in people if p.end <= lead.start("pro") and p.name), None)
    if subject is None and (lead.group("frame") or not antecedent):
        return None  # "He said he had met B": only a speaker named in the sentence is the pronoun
    subject = subject or antecedent[0]
    before = text[sentence.start : lead.start("pro")]
    if before.count('"') % 2 or before.count("“") > before.count("”"):
        return None  # inside a quote: whose "he" is unclear
    for k, person in enumerate(people):
        if person.full_start < trig.end:
            continue
        if (
            not person.name
            or person.name == subject
            or not _PRONOUN_OBJECT_GAP.fullmatch(text, agent.end() - 1 if agent else trig.end, person.full_start)
            # "when he embraced the Israeli leader": a greeting told of a person the report names elsewhere
            or (
                trig.type is None and (verb in _GREET_VERBS or verb in _HOST_FORMS) and not text[person.start].isupper()
            )
        ):
            return None
        names, last = [subject, person.name], person
        for nxt in people[k + 1 :]:
            join = _JOIN.fullmatch(text, last.end, nxt.full_start)
            if join is None:
                break
            names.append(nxt.name)  # "he was received by A and joined by B", "He was welcomed by A and B": all three
            last = nxt
        return Participation(lead.start("pro"), last.end, names, trig)
    return None


# "Widodo welcomed him", "Hu hosted a state banquet for him", "hosted him for dinner": a host verb's object is
# a pronoun for the visitor the report is about
# "hosted the leaders of the five Central Asian republics", "received a delegation of African leaders": a group
# of leaders as the object of a host verb
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|dozens\s+of)"
_GROUP_OBJECT = re.compile(
    # "host African leaders in Beijing": a named people's leaders need no article
    # ("hosted 11 South American heads of state", "received 30 African leaders": a number of them)
    rf"\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}|(?:{_COUNT}\s+)?(?:[A-Z][\w-]*\s+){{1,2}}|{_COUNT}\s+)"
    r"(?:leaders|presidents|counterparts|heads\s+of\s+(?:state|government)"
    r"|delegation\s+of\s+(?:[\w-]+\s+){0,2}leaders)\b"
)
_PRONOUN_OBJECT = re.compile(
    rf"\s+(?:(?:a|an)\s+(?:[\w-]+\s+){{0,2}}{MEAL_NOUNS}\s+(?:for|in\s+honou?r\s+of)\s+)?"
    r"(?:him|her)\b"
)
# "Qin Gang hosted the pair", "received the two ministers", "welcomed them": the pair the report is about
_PAIR_OBJECT = re.compile(
    r"\s+(?:the\s+(?:pair|two\s+(?:men|women|leaders|ministers|presidents|foreign\s+ministers))|both\s+men|them)\b"
)


_VISITOR_CLAUSE = re.compile(r"\b(?:since|after|where|when)\s+$")


def _pronoun_object(
    text: str, trig: Trigger, actor: str, end: int, people: list[PersonMention], antecedent: list[str]
) -> Participation | None:
    """ "Widodo welcomed him": the host named before the verb and the visitor: the person the sentence named
    before a "where" clause ("Zelensky flew to London, where Sunak received him"), else the one the report
    last made the subject of an event (the first of ``antecedent`` who is not the host)."""
    where = text.startswith(("where ", " where ", "when ", " when "), trig.clause_start)
    boundary = trig.clause_start
    if not where:
        # "... Albanese's highest-level contact with Beijing since Xi received him": a clause the host opens
        host = next((p for p in reversed(people) if p.name == actor and p.end <= trig.start), None)
        if host is not None and (sub := _VISITOR_CLAUSE.search(text, max(0, host.full_start - 8), host.full_start)):
            where, boundary = True, sub.start()
    before = [p.name for p in people if p.end <= boundary and p.name and p.name != actor] if where else []
    visitor = before[0] if before else next((name for name in antecedent if name != actor), None)
    if visitor is None:
        return None
    start = next((p.full_start for p in people if p.name == actor and p.end <= trig.start), trig.start)
    return Participation(start, end, [actor, visitor], trig)


def _co_actors(text: str, trig: Trigger, actor: str, people: list[PersonMention]) -> list[str]:
    """The people joined to ``actor`` by "and" or commas before it in the trigger's clause ("A and B hosted him")."""
    k = next(
        (k for k in range(len(people) - 1, -1, -1) if people[k].name == actor and people[k].end <= trig.start), None
    )
    co: list[str] = []
    while k:
        prev, cur = people[k - 1], people[k]
        if prev.start < trig.clause_start or not _COMMA_OR_AND.fullmatch(
            text, max(prev.end, prev.after), cur.full_start
        ):
            break
        if prev.name and prev.name != actor:
            co.insert(0, prev.name)
        k -= 1
    return co


_COMMA_OR_AND = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _pair_object(
    trig: Trigger, actor: str, end: int, people: list[PersonMention], antecedent: Event | None
) -> Participation | None:
    """ "Qin Gang hosted the pair": the host named before the verb and the two or more people of the event
    the report is about (``antecedent``), the host aside."""
    others = [name for name in antecedent.participants if name != actor] if antecedent is not None else []
    if len(others) < 2:
        return None
    start = next((p.full_start for p in people if p.name == actor and p.end <= trig.start), trig.start)
    return Participation(start, end, [actor, *others], trig)


def link_sentence(
    text: str,
    sentence: Sentence,
    triggers: list[Trigger],
    participations: list[Participation],
    tracker: EventTracker,
    people: list[PersonMention],
    groups: list[list[PersonMention]] | None = None,
) -> None:
    """Assign an event to every trigger of ``sentence`` (in text order); ``groups`` as for
    :func:`find_participations`."""
    for part in participations:
        lead = _PRONOUN_AND.search(text, max(sentence.start, part.start - 10), part.start)
        if lead is not None and lead.end() == part.start:
            # "where he and Defense Secretary Lloyd Austin had met A and B": "he" is the sentence's subject, else
            # the person the report is about
            opener = people[0] if people and people[0].end <= lead.start() else None
            names = (
                [opener.name]
                if opener and _OPENING_SUBJECT.fullmatch(text, sentence.start, opener.full_start)
                else tracker.subject_names()[:1]
            )
            if names and names[0] and names[0] not in part.names:
                part.names = [names[0], *part.names]
                part.start = lead.start("pro")
    named: dict[int, list[str]] = {}
    for part in participations:
        names = named.setdefault(id(part.trigger), [])
        names += [n for n in part.names if n not in names]
    same_sentence: set[int] = set()
    # Only a collective ("they", "the two leaders") before a trigger counts, so the scan stops at the last
    # trigger: a trigger starts a word, so no match can end right at it and the first match is unchanged.
    last_start = triggers[-1].start if triggers else sentence.start
    collective_end = _first_collective_end(text, sentence.start, min(sentence.end, last_start))
    pair: list[PersonMention] | None = None  # the first group naming two or more people: who "they" are
    if collective_end is not None and len(people) >= 2:
        for group in person_groups(text, people) if groups is None else groups:
            if len(_names(group)) >= 2:
                pair = group
                break
    for trig in triggers:
        if trig.sideline:
            continue
        if trig.clause_start < 0:
            trig.clause_start = trig.start - len(_clause_before(text, sentence.start, trig.start))
        collective: list[str] | None = None
        if collective_end is not None and collective_end <= trig.start:
            collective = _names(pair) if pair is not None and pair[-1].end <= trig.start else []
        actor = None  # the last person named in the trigger's clause before it
        for p in reversed(people):
            if trig.clause_start <= p.start and p.end <= trig.start:
                actor = p.name
                break
        names = named.get(id(trig), [])
        hosted = None
        if not names and people:
            part = _pronoun_participation(text, sentence, trig, people, tracker.subject_names())
            if part is None:
                part = _pronoun_pair(text, trig, people, tracker.subject_names())
            if part is None and actor and (obj := _PRONOUN_OBJECT.match(text, trig.end)):
                told = tracker.subject_event()  # not the opening subject: "him" is often a person never named
                part = hosted = _pronoun_object(text, trig, actor, obj.end(), people, told.participants if told else [])
                if part is not None:
                    # "French President Emmanuel Macron and German Chancellor Olaf Scholz hosted him": both hosts
                    co = _co_actors(text, trig, actor, people)
                    if co:
                        part.names = [*co, *part.names]
                        part.start = min(part.start, next(p.full_start for p in people if p.name == co[0]))
            elif (
                part is None
                and actor
                and text[trig.start : trig.end].lower() in _HOST_VERBS
                and (obj := _PAIR_OBJECT.match(text, trig.end))
            ):
                part = hosted = _pair_object(trig, actor, obj.end(), people, tracker.subject_event())
            if part is not None:  # the pipeline keeps ``participations``: the claim is made from it
                participations.append(part)
                names = part.names
            if hosted is not None:
                names = []  # "Harris hosted him for lunch": part of the visit, whose own people stay as they are
        trig.event = tracker.link(trig, names, collective, same_sentence, actor)
        if hosted is not None:
            # the pair is a meeting of its own, kept out of the visit's matching: a trigger of its own carries it
            hosted.trigger = replace(trig, event=tracker.new(MEETING, trig.modality, hosted.names, host=True))
        same_sentence.add(trig.event.index)
