"""The usual English names of monarchs and popes since 1990, which a report rarely writes out.

Wire copy says "King Charles", "Spain's King Felipe" or "Pope Benedict"; the usual English name (the one a
reference store and a reviewer use) carries the regnal number and, for some realms, "of <realm>":
"Charles III", "Felipe VI", "Pope Benedict XVI", "Abdullah II of Jordan". That is knowledge, not
something the text states, so it lives here as a table, like the gazetteer for places.

Only a titled name that is the bare given name (with or without its number and realm) is mapped, and only
when one entry fits: "King Abdullah" alone could be Jordan's or Saudi Arabia's and stays as written.
"""

from __future__ import annotations

from shared.gazetteer import normalize

# (title, given name as written, regnal number or "", realm names, usual English name)
_REIGNS: tuple[tuple[str, str, str, tuple[str, ...], str], ...] = (
    ("queen", "Elizabeth", "II", ("Britain", "United Kingdom", "UK", "England"), "Elizabeth II"),
    ("king", "Charles", "III", ("Britain", "United Kingdom", "UK", "England"), "Charles III"),
    ("prince", "Charles", "", ("Britain", "United Kingdom", "UK", "England", "Wales"), "Charles III"),
    ("king", "Juan Carlos", "I", ("Spain",), "Juan Carlos I"),
    ("king", "Felipe", "VI", ("Spain",), "Felipe VI"),
    ("king", "Carl Gustaf", "XVI", ("Sweden",), "Carl XVI Gustaf"),
    ("king", "Harald", "V", ("Norway",), "Harald V"),
    ("queen", "Margrethe", "II", ("Denmark",), "Margrethe II"),
    ("king", "Frederik", "X", ("Denmark",), "Frederik X"),
    ("queen", "Beatrix", "", ("the Netherlands", "Netherlands"), "Beatrix of the Netherlands"),
    ("king", "Willem-Alexander", "", ("the Netherlands", "Netherlands"), "Willem-Alexander of the Netherlands"),
    ("king", "Albert", "II", ("Belgium",), "Albert II of Belgium"),
    ("king", "Philippe", "", ("Belgium",), "Philippe of Belgium"),
    ("prince", "Albert", "II", ("Monaco",), "Albert II of Monaco"),
    ("king", "Hussein", "", ("Jordan",), "Hussein of Jordan"),
    ("king", "Abdullah", "II", ("Jordan",), "Abdullah II of Jordan"),
    ("king", "Fahd", "", ("Saudi Arabia",), "Fahd of Saudi Arabia"),
    ("king", "Abdullah", "", ("Saudi Arabia",), "Abdullah of Saudi Arabia"),
    ("king", "Salman", "", ("Saudi Arabia",), "Salman of Saudi Arabia"),
    ("king", "Hassan", "II", ("Morocco",), "Hassan II of Morocco"),
    ("king", "Mohammed", "VI", ("Morocco",), "Mohammed VI of Morocco"),
    ("king", "Bhumibol", "", ("Thailand",), "Bhumibol Adulyadej"),
    ("king", "Vajiralongkorn", "", ("Thailand",), "Vajiralongkorn"),
    ("king", "Mswati", "III", ("Eswatini", "Swaziland"), "Mswati III"),
    ("king", "Letsie", "III", ("Lesotho",), "Letsie III"),
    ("king", "Hamad", "", ("Bahrain",), "Hamad bin Isa Al Khalifa"),
    ("sultan", "Qaboos", "", ("Oman",), "Qaboos bin Said"),
    ("sultan", "Haitham", "", ("Oman",), "Haitham bin Tarik"),
    ("emir", "Tamim", "", ("Qatar",), "Tamim bin Hamad Al Thani"),
    ("sheikh", "Tamim", "", ("Qatar",), "Tamim bin Hamad Al Thani"),
    ("pope", "John Paul", "II", (), "Pope John Paul II"),
    ("pope", "Benedict", "XVI", (), "Pope Benedict XVI"),
    ("pope", "Francis", "", (), "Pope Francis"),
    ("pope", "Leo", "XIV", (), "Pope Leo XIV"),
)
# the realms' adjectives, as wire copy puts them before a title: "Saudi King Abdullah", "Spanish King Felipe"
REALM_ADJECTIVES = {
    "British": "Britain", "Spanish": "Spain", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark",
    "Dutch": "the Netherlands", "Belgian": "Belgium", "Jordanian": "Jordan", "Saudi": "Saudi Arabia",
    "Moroccan": "Morocco", "Thai": "Thailand", "Swazi": "Eswatini", "Bahraini": "Bahrain", "Omani": "Oman",
    "Qatari": "Qatar", "Monegasque": "Monaco",
}  # fmt: skip
_BY_NAME: dict[tuple[str, str], list[tuple[str, frozenset[str], str]]] = {}
for _title, _given, _number, _realms, _usual in _REIGNS:
    _BY_NAME.setdefault((_title, _given), []).append((_number, frozenset(map(normalize, _realms)), _usual))


def usual_name(title: str, name: str) -> str | None:
    """The usual English name of the monarch or pope a title and name as written stand for, else ``None``.

    ``name`` is as the people finder built it: a given name, maybe a regnal number, maybe " of <realm>"
    ("Abdullah II of Jordan", "Charles of Britain", "Benedict"). A number or realm that is stated must agree.
    """
    given, _, realm = name.partition(" of ")
    words = given.split()
    numbers = [w for w in words[1:] if not w.strip("IVXL")]  # "Carl XVI Gustaf" has it inside
    number = numbers[0] if len(numbers) == 1 else ""
    words = [w for w in words if w not in numbers and not (title == "pope" and w == "Pope")]
    patronymic = len(words) > 2 and words[1] in ("bin", "ibn")
    if patronymic:
        words = words[:1]  # "King Salman bin Abdulaziz Al Saud": the given name before the patronymic
    fits = [
        (n, usual)
        for n, realms, usual in _BY_NAME.get((title, " ".join(words)), ())
        if (not number or number == n) and (not realm or normalize(realm) in realms)
    ]
    if patronymic:
        # only a name of the "<given> of <realm>" kind replaces a full name written out ("Salman of Saudi
        # Arabia"); "Sultan Haitham bin Tarik Al Said" stays as written
        fits = [(n, usual) for n, usual in fits if " of " in usual]
        if len(fits) > 1 and not number:
            # "King Abdullah bin Abdulaziz": a patronymic with no regnal number is the monarch who has none
            # (Saudi Arabia's Abdullah, not Jordan's Abdullah II)
            fits = [(n, usual) for n, usual in fits if not n] or fits
    return fits[0][1] if len(fits) == 1 else None
