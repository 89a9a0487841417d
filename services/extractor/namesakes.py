"""Usual English names the text does not write out: namesakes told apart by the report's date, and the full
names wire copy shortens.

"President George Bush" in a report of 1990 is George H. W. Bush; in one of 2003, George W. Bush. Reuters
writes "Tayyip Erdogan" for Recep Tayyip Erdogan. Reference stores and reviewers use the full, distinguishing
names. That is knowledge, not something the text states, so it lives here as a table, like the monarchs and
the gazetteer.
"""

from __future__ import annotations

# (name as written, last year it stands for the earlier person, the earlier person, the later person)
_NAMESAKES: dict[str, tuple[int, str, str]] = {
    "George Bush": (1993, "George H. W. Bush", "George W. Bush"),
}


# a name as wire copy shortens it -> the full name it stands for
_FULL_NAMES: dict[str, str] = {
    "Tayyip Erdogan": "Recep Tayyip Erdogan",
    # North Korea's leaders, as English-language news and reference works write them (South Korean names keep
    # their hyphen: "Kim Dae-jung", "Moon Jae-in")
    "Kim Jong-un": "Kim Jong Un",
    "Kim Jong-il": "Kim Jong Il",
    "Kim Il-sung": "Kim Il Sung",
    # older copy's fuller or other spellings of names reference works give short ("Anwar Sadat", "Ayub Khan")
    "Anwar el-Sadat": "Anwar Sadat",
    "Anwar al-Sadat": "Anwar Sadat",
    "Mohammad Ayub Khan": "Ayub Khan",
    "Mohammed Ayub Khan": "Ayub Khan",
    "Park Chung Hee": "Park Chung-hee",
    # China's leaders as older copy romanised them (Wade-Giles), by their pinyin names
    "Chou En-lai": "Zhou Enlai",
    "Mao Tse-tung": "Mao Zedong",
    "Teng Hsiao-ping": "Deng Xiaoping",
    "Liu Shao-chi": "Liu Shaoqi",
    "Hua Kuo-feng": "Hua Guofeng",
}


def usual_name(name: str, year: int) -> str | None:
    """The usual English name of the person ``name`` stands for in a report published in ``year``, else ``None``
    when the name is neither a namesake's nor a shortened one."""
    entry = _NAMESAKES.get(name)
    if entry is None:
        return _FULL_NAMES.get(name)
    until, earlier, later = entry
    return earlier if year <= until else later
