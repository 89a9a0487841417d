"""Venue phrases: the fields the text states, nothing added."""

from __future__ import annotations

import pytest

from services.extractor.lexicon import Lexicon
from services.extractor.places import find_places


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met in Hanoi, Vietnam, on Friday.", {"city": "Hanoi", "country": "Vietnam"}),
        ("They met in Helsinki.", {"city": "Helsinki"}),
        ("They met in Finland.", {"country": "Finland"}),
        ("They met in Denver, Colorado.", {"city": "Denver", "region": "Colorado"}),
        ("They met at a ranch outside Denver.", {"city": "Denver"}),
        ("They met in the United States.", {"country": "United States"}),
        ("They met in Monaco.", {"country": "Monaco"}),
        ("They met in nearby Incheon.", {"city": "Incheon"}),
        ("He flew to Texas.", {"region": "Texas"}),
    ],
)
def test_known_place_gives_the_fields_the_text_states(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # no site's own name follows "a": the place before the site noun is where it stands
        ("They met at a Lima hotel on Saturday.", [{"city": "Lima"}]),
        ("They shook hands in a Singapore hotel.", [{"country": "Singapore"}]),
        # ... only a place, only before a site noun
        ("They met in a Washington Post interview.", []),
        ("They met at an Asia summit.", []),
        ("They met at a Lima conference.", []),
    ],
)
def test_a_place_before_a_site_noun_after_a_is_the_sites_place(text, values):
    assert [p.value for p in find_places(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("They held five rounds of talks hosted by Iraq.", [{"country": "Iraq"}]),
        # a host country only: not its leader, not a city, not a plain "by"
        ("Putin attended a dinner hosted by Egypt's president.", []),
        ("They held talks hosted by Beijing.", []),
        ("The deal was brokered by Qatar.", []),
    ],
)
def test_a_country_hosting_an_event_is_its_place(text, values):
    assert [p.value for p in find_places(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a country's region by its unit word: the region and the country, never "Syria's Idlib"
        ("They agreed a ceasefire in Syria's Idlib province.", [{"region": "Idlib", "country": "Syria"}]),
        (
            "Kim Jong Un arrived at the Vostochny Cosmodrome in Russia's Amur region.",
            [{"name": "Vostochny Cosmodrome"}, {"name": "Vostochny Cosmodrome", "region": "Amur", "country": "Russia"}],
        ),
        # ... also as the container of a town, and a town set off with the region it is in
        (
            "They met in Nagato, in western Japan's Yamaguchi prefecture.",
            [{"city": "Nagato", "region": "Yamaguchi", "country": "Japan"}],
        ),
        ("They met in Mamallapuram, a coastal town in Tamil Nadu.", [{"city": "Mamallapuram", "region": "Tamil Nadu"}]),
        # a part of a country is still only the country
        ("They met in Russia's Far East.", [{"country": "Russia"}]),
    ],
)
def test_a_countrys_region_and_a_towns_region_are_containers(text, values):
    assert [p.value for p in find_places(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Talks were held at Qalandiya on Monday.", {"city": "Qalandiya"}),
        ("The leaders met at Blair House on Monday.", {"name": "Blair House"}),
        ("The leaders met at the White House.", {"name": "White House"}),
        # a named office, gate or room is a site too
        ("The leaders met in the Oval Office on Friday.", {"name": "Oval Office"}),
        ("The leaders met at the Brandenburg Gate.", {"name": "Brandenburg Gate"}),
        ("The leaders met in the Cabinet Room.", {"name": "Cabinet Room"}),
        ("The leaders met at Government Buildings.", {"name": "Government Buildings"}),
        # an apposition that calls the unknown name a site makes it one (not "Panmunjom, the truce village")
        ("Starmer hosted Modi at Chequers, the prime minister's country residence, on 24 July.", {"name": "Chequers"}),
        ("They met at Panmunjom, the truce village.", {"city": "Panmunjom"}),
        # "Mamallapuram, in Tamil Nadu": the container after ", in" is the place's, and no place of its own
        ("Modi hosted Xi in Mamallapuram, in Tamil Nadu, in 2019.", {"city": "Mamallapuram", "region": "Tamil Nadu"}),
        # ... also when a unit descriptor names it: "in the northern state of Punjab"
        ("They held talks in Mohali, in the northern state of Punjab.", {"city": "Mohali", "region": "Punjab"}),
        # a region named by its unit word: the gazetteer's city of that name is not meant
        ("The leaders met in Nagato, Yamaguchi prefecture, on Thursday.", {"city": "Nagato", "region": "Yamaguchi"}),
        # a name the gazetteer lacks before its country: mostly a town in the annotated sets (Al-Ula, Los Cabos,
        # Toyako, Rubavu against one island); a first-level region of the table stays a region
        ("The leaders met in Los Cabos, Mexico.", {"city": "Los Cabos", "country": "Mexico"}),
        ("The leaders met in Sabah, Malaysia.", {"region": "Sabah", "country": "Malaysia"}),
        # ... also when its first word is a known town: the whole run before the container is the town's name
        ("They met in Jackson Hole, Wyoming.", {"city": "Jackson Hole", "region": "Wyoming"}),
        ("They met in Jackson, Mississippi.", {"city": "Jackson", "region": "Mississippi"}),
        # "island" in the descriptor makes a known name a region, not the gazetteer's town of that name
        ("They held talks on the Indonesian island of Bali.", {"region": "Bali", "country": "Indonesia"}),
        # capitals beyond ASCII open a place's name
        ("The two presidents held talks at the Élysée Palace.", {"name": "Élysée Palace"}),
        ("They met in Łódź on Monday.", {"city": "Łódź"}),
        # a facility word that ends a town's name, told as a town by the state after it (not "Pearl Harbor, Hawaii")
        ("They met in Hyde Park, New York.", {"city": "Hyde Park", "region": "New York"}),
        ("They met at Pearl Harbor, Hawaii.", {"name": "Pearl Harbor", "region": "Hawaii"}),
        # a site in a part of a country: the country holds it ("in eastern Russia")
        (
            "They met at the Vostochny Cosmodrome in eastern Russia.",
            {"name": "Vostochny Cosmodrome", "country": "Russia"},
        ),
        ("They met at Brdo Castle in northern Slovenia.", {"name": "Brdo Castle", "country": "Slovenia"}),
        # "in the Kremlin" as "at the Kremlin"; one is "on" a square
        ("They held talks in the Kremlin on Friday.", {"name": "Kremlin"}),
        ("They held a ceremony on Tiananmen Square on Thursday.", {"name": "Tiananmen Square"}),
        # "X of the Y" sites, named by the head noun before "of"
        ("They held talks at the Great Hall of the People.", {"name": "Great Hall of the People"}),
        ("The summit is held in the Palace of the Parliament.", {"name": "Palace of the Parliament"}),
        # a house number opens a site's name before a street word, and only there
        ("They held talks at 10 Downing Street on Wednesday.", {"name": "10 Downing Street"}),
        # Hindi site words: a palace, a road
        ("A ceremonial welcome at Rashtrapati Bhavan on Friday.", {"name": "Rashtrapati Bhavan"}),
        ("They dined at 7 Lok Kalyan Marg on Thursday.", {"name": "7 Lok Kalyan Marg"}),
        # churches, memorials and halls; "St" without its full stop; a site one is "inside"
        ("They spoke briefly inside St Peter's Basilica in April.", {"name": "St Peter's Basilica"}),
        ("They met inside Lancaster House on Sunday.", {"name": "Lancaster House"}),
        ("The summit opened at the Mellon Auditorium.", {"name": "Mellon Auditorium"}),
        # a site its city owns, named in lowercase words: the venue is the city
        ("They embraced at Havana's international airport on Friday.", {"city": "Havana"}),
        # a descriptor may open with a lowercase word before the country's adjective
        ("They signed it in the western German city of Aachen.", {"city": "Aachen"}),
        ("They signed it in the Caribbean city of Cartagena.", {"city": "Cartagena"}),
    ],
)
def test_unknown_capitalised_name_after_at_or_in(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a first-level region of the table beats a same-named smaller town elsewhere ("Bali" in India)
        ("Biden-Xi talks in Bali on Monday lasted three hours.", {"region": "Bali"}),
        ("They met in Ontario.", {"region": "Ontario"}),
        # not a big city
        ("They met in Kaduna.", {"city": "Kaduna"}),
    ],
)
def test_a_region_of_the_table_beats_a_smaller_town_of_its_name(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("They met at the Rosewood estate in Denver, Colorado.", "the Rosewood estate in Denver, Colorado"),
        ("They met at the Marina hotel on Palawan island in Malta.", "Palawan island in Malta"),
        ("They met in Helsinki.", "in Helsinki"),
        ("They met in Hanoi, Vietnam.", "Hanoi, Vietnam"),
    ],
)
def test_mention_covers_site_descriptor_or_preposition(text, mention):
    (place,) = find_places(text)
    assert text[place.mention_start : place.end] == mention


@pytest.mark.parametrize(
    "text",
    [
        "They met in April.",
        "They met in person.",
        "They spoke in English.",
        "They met in Trump's office.",
    ],
)
def test_non_places_after_prepositions_are_ignored(text):
    people = [(text.index("Trump"), text.index("Trump") + 5)] if "Trump" in text else []
    assert find_places(text, person_spans=people) == []


def test_lexicon_knows_places_the_gazetteer_lacks():
    lexicon = Lexicon(places={"Zorbland": "region"})
    assert [p.value for p in find_places("They met in Zorbland.", lexicon)] == [{"region": "Zorbland"}]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He last visited the Saudi capital, Riyadh, in January.", {"city": "Riyadh"}),
        ("They met at the Vostochny Cosmodrome on Wednesday.", {"name": "Vostochny Cosmodrome"}),
        ("They met at the Vahdettin Pavilion.", {"name": "Vahdettin Pavilion"}),
        ("Zelensky met the speaker at the US Capitol on Tuesday.", {"name": "US Capitol"}),
        ("Clinton hosted Abbas at the State Department on Thursday.", {"name": "State Department"}),
        # a leader's residence the gazetteer reads as a town
        ("Vladimir Putin hosted Narendra Modi at Novo-Ogaryovo on Monday.", {"name": "Novo-Ogaryovo"}),
    ],
)
def test_appositive_capital_and_more_site_words(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a city-state names the city the site is in: the site is no venue of its own there ...
        ("They met at the Shangri-La Hotel in Singapore on Saturday.", {"country": "Singapore"}),
        # ... as it is in a country that holds more than one city
        ("They met at the Vostochny Cosmodrome in Russia.", {"name": "Vostochny Cosmodrome", "country": "Russia"}),
    ],
)
def test_a_site_in_a_city_state_takes_the_city_state(text, value):
    assert [p.value for p in find_places(text)][-1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met on the Indonesian island of Bali on Monday.", {"region": "Bali", "country": "Indonesia"}),
        ("Migrants landed on the Italian island of Lampedusa.", {"region": "Lampedusa", "country": "Italy"}),
        ("They met in Bali on Monday.", {"region": "Bali"}),
    ],
)
def test_an_island_told_by_its_countrys_adjective_takes_that_country(text, value):
    assert [p.value for p in find_places(text)][-1] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Xi Jinping arrived in Hong Kong on Thursday.", {"city": "Hong Kong"}),
        ("He flew on to Macau.", {"city": "Macau"}),
        ("They met in Singapore.", {"country": "Singapore"}),
    ],
)
def test_a_territory_written_as_a_city_is_a_city(text, value):
    assert [p.value for p in find_places(text)] == [value]


def test_a_country_that_qualifies_the_noun_after_it_is_no_container():
    text = "Donald Trump met Emmanuel Macron at Winfield House, the US ambassador's residence."
    assert [p.value for p in find_places(text)] == [{"name": "Winfield House"}]


def test_site_before_a_place_widens_the_mention_whatever_its_case():
    text = "They met at the Elysee Palace in Paris."
    place = find_places(text)[-1]
    assert text[place.mention_start : place.end] == "the Elysee Palace in Paris"


def test_capital_named_without_a_comma():
    assert [p.value for p in find_places("They met in the Qatari capital Doha.")] == [{"city": "Doha"}]


def test_site_with_the_region_it_is_in():
    text = "They met at Camp David, Maryland, on Friday."
    (place,) = find_places(text)
    assert place.value == {"name": "Camp David", "region": "Maryland"}
    assert text[place.mention_start : place.end] == "Camp David, Maryland"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a city set off after a site places it as "in <city>" does; a region after it keeps the site's name
        ("They met at State House, Nairobi, on Friday.", {"city": "Nairobi"}),
        ("They met at Kirribilli House, Sydney, Australia.", {"city": "Sydney", "country": "Australia"}),
        ("They met at Camp David, Maryland.", {"name": "Camp David", "region": "Maryland"}),
        # a name that is also a state is read as the container
        ("They met at the White House, Washington.", {"name": "White House", "region": "Washington"}),
        # an apposition that puts the site in a city: the city and what contains it
        (
            "They talked at Hollybush, the college president's house in Glassboro, New Jersey, on Friday.",
            {"city": "Glassboro", "region": "New Jersey"},
        ),
        ("They met at Camp David, the presidential retreat in Maryland.", {"name": "Camp David", "region": "Maryland"}),
        # the apposition may name the site by its owner's
        (
            "They met at Chequers, her country residence in Buckinghamshire, on Sunday.",
            {"name": "Chequers", "region": "Buckinghamshire"},
        ),
        # a Royal Air Force station is a site named after its first word, as "Camp David" is
        (
            "They held a summit at RAF Brize Norton in Oxfordshire.",
            {"name": "RAF Brize Norton", "region": "Oxfordshire"},
        ),
    ],
)
def test_a_city_after_a_sites_name_is_the_venue(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "<city> in <region or country>" that holds it: one place, as "<city>, <region>" is
        (
            "They met in the coastal town of Mamallapuram in Tamil Nadu on Friday.",
            {"city": "Mamallapuram", "region": "Tamil Nadu"},
        ),
        ("They met in Geneva in Switzerland.", {"city": "Geneva", "country": "Switzerland"}),
        # a month after "in" is no container
        ("They talked in Lima in October.", {"city": "Lima"}),
        # ", his home town in Yamaguchi prefecture": a container set off with a possessive description
        (
            "Abe welcomed Putin to an inn in Nagato, his home town in Yamaguchi prefecture, on Thursday.",
            {"city": "Nagato", "region": "Yamaguchi"},
        ),
    ],
)
def test_a_city_in_the_region_that_holds_it_is_one_place(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a country's region by its possessive, with or without a unit word ("islands"), never "Portugal's Azores"
        ("They met at Lajes air base in Portugal's Azores islands.", [{"region": "Azores", "country": "Portugal"}]),
        ("They met in Portugal's Azores.", [{"region": "Azores", "country": "Portugal"}]),
        # a part of the country, or a site it owns, leaves the country alone
        ("They met in Russia's Far East.", [{"country": "Russia"}]),
        ("They met in Britain's House of Commons.", [{"country": "Britain"}]),
    ],
)
def test_a_countrys_region_by_its_possessive(text, values):
    assert [p.value for p in find_places(text)] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a region the descriptor names ("the northern state of", "his home region of"), not only a city
        ("They met in the northern state of Punjab.", [{"region": "Punjab"}]),
        ("They flew to his home region of Stavropol.", [{"region": "Stavropol"}]),
        # no "of": the descriptor is part of a site's name
        ("They met at the state Capitol in Sacramento.", [{"city": "Sacramento"}]),
    ],
)
def test_a_region_by_its_descriptor(text, values):
    assert [p.value for p in find_places(text)] == values


def test_a_person_after_a_sites_name_is_no_city():
    text = "Speaking in the Oval Office, Carney said the country was not for sale."
    assert [p.value for p in find_places(text, None, [(29, 35)])] == [{"name": "Oval Office"}]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # A place that only says whose title it is ("the Dutch king's", "the UK ambassador's") is no venue.
        ("They dined at the Canada prime minister's lodge on Friday.", []),
        ("The talks took place in the UK ambassador's residence.", []),
        ("She wrote to the Mexico president last week.", []),
        ("They met at the Kenya president, who hosted them.", []),
        ("They talked at the Canada foreign minister's villa in Texas.", [{"region": "Texas"}]),
        ("They met at Canada Prime Minister Mark Carney's lodge.", []),
        # Negative rows: a title introducing a name, or a word that only starts a title, leaves the venue.
        ("They met in Ottawa Prime Minister Carney said.", [{"city": "Ottawa"}]),
        ("They met in Lisbon first, then in Madrid.", [{"city": "Lisbon"}, {"city": "Madrid"}]),
        ("They met in Vienna Mr Carney said.", [{"city": "Vienna"}]),
    ],
)
def test_place_before_a_title_is_not_a_venue(text, values):
    assert [p.value for p in find_places(text)] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A named site before "in <place>" without a city: the site's name plus the region or country.
        ("They met at the Greenbrier resort in West Virginia.", {"name": "Greenbrier", "region": "West Virginia"}),
        ("They met at the Chartwell estate in England.", {"name": "Chartwell", "country": "England"}),
        ("Talks ran at the Quirinale Palace in Italy.", {"name": "Quirinale Palace", "country": "Italy"}),
        ("They met at Macron's Bregancon retreat in France.", {"name": "Bregancon", "country": "France"}),
        # Negative rows: a city is stated, the site is an island, or its words are a place or a nationality.
        ("They met at the Greenbrier resort in Denver, Colorado.", {"city": "Denver", "region": "Colorado"}),
        ("They met at the Quirinale Palace in Rome.", {"city": "Rome"}),
        ("They met on Capri island in Italy.", {"country": "Italy"}),
        ("They met at the Canada embassy in Japan.", {"country": "Japan"}),
        ("They met at the German embassy in Japan.", {"country": "Japan"}),
        ("They met at the Black Sea resort in Bulgaria.", {"country": "Bulgaria"}),
        ("They met at the Davos resort in Switzerland.", {"country": "Switzerland"}),
        ("They met at the Plesetsk Cosmodrome in Russia's north.", {"country": "Russia"}),
    ],
)
def test_named_site_without_a_city_names_the_venue(text, value):
    assert find_places(text)[-1].value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ramaphosa visited the White House on May 21.", {"name": "White House"}),
        ("Netanyahu will travel to the White House on Monday.", {"name": "White House"}),
        ("Modi paid a visit to the Elysee Palace.", {"name": "Elysee Palace"}),
    ],
)
def test_a_visit_verb_or_to_names_a_site_as_the_place(text, value):
    assert [p.value for p in find_places(text)] == [value]


def test_an_unknown_name_after_to_is_still_no_place():
    assert find_places("Trump sent a letter to the White Plains Correspondents.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("talks in Sharm el-Sheikh, Egypt", {"city": "Sharm el-Sheikh", "country": "Egypt"}),
        ("talks in St. Petersburg on Monday", {"city": "St. Petersburg"}),
        ("talks in the Black Sea resort of Sochi", {"city": "Sochi"}),
    ],
)
def test_place_names_with_articles_abbreviations_and_long_descriptors(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met in Kananaskis, Alberta, on Tuesday.", {"city": "Kananaskis", "region": "Alberta"}),
        ("They met in Bengaluru, Karnataka.", {"city": "Bengaluru", "region": "Karnataka"}),
        ("They met in Munich, Bavaria.", {"city": "Munich", "region": "Bavaria"}),
        ("They met in Toronto, Ontario, Canada.", {"city": "Toronto", "region": "Ontario", "country": "Canada"}),
        ("They met in Nusa Dua, Bali.", {"city": "Nusa Dua", "region": "Bali"}),
        # a comma followed by no region reads as before
        ("They met in Munich, Friedrich Merz said.", {"city": "Munich"}),
    ],
)
def test_city_then_a_region_outside_the_us(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a country whose name holds "and" is one place
        ("Narendra Modi flew on to Trinidad and Tobago on Thursday.", {"country": "Trinidad and Tobago"}),
        ("The leaders met in Bosnia and Herzegovina on Friday.", {"country": "Bosnia and Herzegovina"}),
        # the sentence's full stop is no part of the name; the name is a container after a city too
        (
            "Joe Biden met Ralph Gonsalves in Saint Vincent and the Grenadines.",
            {"country": "Saint Vincent and the Grenadines"},
        ),
        (
            "Irfaan Ali and Nicolas Maduro held talks in Argyle, Saint Vincent and the Grenadines, on Thursday.",
            {"city": "Argyle", "country": "Saint Vincent and the Grenadines"},
        ),
        ("They met in Sarajevo, Bosnia and Herzegovina.", {"city": "Sarajevo", "country": "Bosnia and Herzegovina"}),
        # "the Vatican" is the state Vatican City, told by its seat
        ("Barack Obama met Pope Benedict XVI at the Vatican on Friday.", {"country": "Vatican City"}),
        ("Obama flew to Vatican City on Friday.", {"country": "Vatican City"}),
    ],
)
def test_a_place_named_in_several_words_is_one_place_of_its_kind(text, value):
    assert [p.value for p in find_places(text)] == [value]


def test_two_countries_joined_by_and_are_not_read_as_one_name():
    values = [p.value for p in find_places("They met in France and Germany.")]
    assert values[0] == {"country": "France"} and all(" and " not in v.get("country", "") for v in values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met in Washington, United States, in February.", {"city": "Washington", "country": "United States"}),
        ("They met in New York, United States, on Monday.", {"city": "New York", "country": "United States"}),
        ("They met in Seattle, Washington, on Monday.", {"city": "Seattle", "region": "Washington"}),
    ],
)
def test_a_state_that_is_also_a_big_city_of_its_country_reads_as_the_city(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They dined at his home in Virginia on Sunday.", {"region": "Virginia"}),
        ("They met in Virginia on Sunday.", {"region": "Virginia"}),
        ("They met in Washington on Sunday.", {"city": "Washington"}),
    ],
)
def test_a_state_is_no_big_city_of_another_country_that_shares_its_name(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a list of places after "in", closed by "and": each is a place of the event
        ("Macron held talks with Xi in Beijing and Guangzhou.", [{"city": "Beijing"}, {"city": "Guangzhou"}]),
        (
            "He stopped in New York, Boston and Atlanta.",
            [{"city": "New York"}, {"city": "Boston"}, {"city": "Atlanta"}],
        ),
        # no list: a comma before the next clause's subject, a name with "and" in it
        ("The ministers, who met in Seoul, Tokyo will pay.", [{"city": "Seoul"}]),
        (
            "They shook hands in Port of Spain, Trinidad and Tobago.",
            [{"city": "Port of Spain", "country": "Trinidad and Tobago"}],
        ),
    ],
)
def test_places_listed_after_in_are_each_a_place(text, values):
    assert [p.value for p in find_places(text)] == values


@pytest.mark.parametrize(
    "text",
    ["Obama called off his trip to Asia next week.", "It was the first G20 gathering held in Africa.",
     "They met on the sidelines of a meeting in Europe.", "Kim arrived in the Pacific on Wednesday.",
     "The fleet sailed in the Atlantic on Monday."],
)  # fmt: skip
def test_a_continent_or_world_region_is_no_place_of_an_event(text):
    assert find_places(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("In Lobito, US President Joe Biden met Joao Lourenco.", {"city": "Lobito"}),
        ("In Paris, UK Prime Minister Keir Starmer met Emmanuel Macron.", {"city": "Paris"}),
    ],
)
def test_a_country_that_opens_a_titled_name_after_a_city_is_no_container_of_it(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a compass point before the country a city is "in"
        "Gulf leaders met in the desert city of Al-Ula in northwest Saudi Arabia on Tuesday.",
        # the country ends its paragraph: the next paragraph's first word is no part of its name
        "Gulf leaders met in the desert city of Al-Ula in northwest Saudi Arabia.\n\nSaudi officials said it was over.",
    ],
)
def test_the_country_a_city_is_said_to_be_in_is_its_container(text):
    assert [p.value for p in find_places(text)] == [{"city": "Al-Ula", "country": "Saudi Arabia"}]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met at Thornton Manor, a country estate in England.", {"name": "Thornton Manor", "country": "England"}),
        ("They met in Glasgow, Scotland, on Monday.", {"city": "Glasgow", "country": "Scotland"}),
        # Wales stays a region, as the annotated sets write it
        ("They met in Newport, Wales, on Monday.", {"city": "Newport", "region": "Wales"}),
    ],
)
def test_england_and_scotland_are_told_as_countries(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met in Nusa Dua, on the Indonesian island of Bali.", {"city": "Nusa Dua", "region": "Bali"}),
        # an island the gazetteer does not name is the region "on the island of" says it is
        (
            "They signed a treaty in Mataram, on the island of Lombok, on Monday.",
            {"city": "Mataram", "region": "Lombok"},
        ),
        ("He is due to visit Makassar, on the island of Sulawesi.", {"city": "Makassar", "region": "Sulawesi"}),
    ],
)
def test_a_city_on_the_island_of_a_region_is_one_venue(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met in Ramallah in the occupied West Bank on Monday.", {"city": "Ramallah", "region": "West Bank"}),
        ("The pope prayed in Bethlehem in the West Bank.", {"city": "Bethlehem", "region": "West Bank"}),
    ],
)
def test_the_west_bank_is_the_region_a_city_is_said_to_be_in(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pope John Paul II began a nine-day visit to his native Poland on Saturday.", {"country": "Poland"}),
        ("Barack Obama flew on to his native Hawaii.", {"region": "Hawaii"}),
    ],
)
def test_a_native_country_or_state_is_a_place(text, value):
    assert [p.value for p in find_places(text)] == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Putin is expected to travel to Crawford, Texas, later this year.", {"city": "Crawford", "region": "Texas"}),
        ("He then flies on to Deauville, France, for the summit.", {"city": "Deauville", "country": "France"}),
    ],
)
def test_a_town_the_gazetteer_lacks_after_to_is_a_city_when_its_container_follows(text, value):
    assert [p.value for p in find_places(text)] == [value]


def test_a_town_the_gazetteer_lacks_after_to_without_a_container_is_no_place():
    assert find_places("He then flies on to Deauville for the summit.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They met at the Red Sea resort of Taba, Egypt, on Sunday.", {"city": "Taba", "country": "Egypt"}),
        ("Talks opened in the Algarve resort of Alvor on Friday.", {"city": "Alvor", "region": "Algarve"}),
        ("They met in the Black Sea resort of Sochi on Friday.", {"city": "Sochi"}),
        ("They met on the resort island of Jeju on Friday.", {"region": "Jeju"}),
    ],
)
def test_a_resort_or_port_descriptor_names_a_town_and_a_region_it_names(text, value):
    assert [p.value for p in find_places(text)] == [value]


def test_a_town_the_gazetteer_lacks_before_its_country_is_a_city():
    assert [p.value for p in find_places("They met in Al-Ula, Saudi Arabia, on Tuesday.")] == [
        {"city": "Al-Ula", "country": "Saudi Arabia"}
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tebboune greeted Macron at Algiers airport on Thursday.", [{"city": "Algiers"}]),
        # a small town's or a person's name before "airport" names the airport, not a city the event was in: the
        # airport is the site, named with its noun as the annotated sets write it
        ("He landed at Orly airport.", [{"name": "Orly airport"}]),
        ("He landed at Ben Gurion airport.", [{"name": "Ben Gurion airport"}]),
    ],
)
def test_a_big_citys_airport_is_in_that_city(text, value):
    assert [p.value for p in find_places(text)] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # famous sites the gazetteer takes for towns, or does not know
        ("They met at Chequers on Sunday.", [{"name": "Chequers"}]),
        ("She flew to Sandringham.", [{"name": "Sandringham"}]),
        # a site set off with where it is
        (
            "They met at Camp David, the presidential retreat in Maryland, on Monday.",
            [{"name": "Camp David", "region": "Maryland"}],
        ),
        (
            "They signed accords at Camp David, the presidential retreat in Maryland's Catoctin Mountains.",
            [{"name": "Camp David", "region": "Maryland"}],
        ),
        (
            "They met at Thornton Manor, a wedding venue in Merseyside, on Thursday.",
            [{"name": "Thornton Manor", "region": "Merseyside"}],
        ),
    ],
)
def test_known_sites_and_sites_set_off_with_their_place(text, value):
    assert [p.value for p in find_places(text)] == value


def test_a_site_set_off_in_a_part_of_a_country_keeps_its_name_alone():
    text = "He hosted Kim at the Vostochny Cosmodrome, a spaceport in Russia's Far East."
    assert find_places(text)[0].value == {"name": "Vostochny Cosmodrome"}  # not the country of "Russia's Far East"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("They held a shipboard summit off Malta.", [{"country": "Malta"}]),
        ("The plane took off Monday from Paris.", [{"city": "Paris"}]),
        ("They called off Tuesday talks in Geneva.", [{"city": "Geneva"}]),
    ],
)
def test_off_a_place_is_where_a_summit_at_sea_was(text, value):
    assert [p.value for p in find_places(text)] == value
