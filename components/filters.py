"""The view state: what the person chose (filters, selected place, language) and its URL form.

A pasted link reproduces the view: the frame seeds its widgets from the URL on arrival and
writes every change back, so the URL and the widgets agree after each run. This module parses
query parameters into a frozen ``ViewState`` (dropping unknown values with a notice, never
raising), writes a state back as parameters, applies the filters to tables and describes
them in plain words (through the i18n catalogue). It is pure: no streamlit import.

URL parameters (contracts; people bookmark them):
``facility`` facility ids, ``country`` ISO 3166-1 alpha-3 codes, ``status`` place/facility
statuses, ``site`` a place id, ``lang`` en|zh|ur. Lists are read both as repeated keys
(``country=UZB&country=PAK``, what ``st.query_params`` writes) and comma-separated
(``country=UZB,PAK``, what people type).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from components.i18n import LANGUAGES, translate
from components.model import Dataset
from components.schema import STATUSES

PARAM_FACILITY = "facility"
PARAM_COUNTRY = "country"
PARAM_STATUS = "status"
PARAM_SITE = "site"
PARAM_LANG = "lang"
PARAM_YEAR = "year"
LIST_PARAMS = (PARAM_FACILITY, PARAM_COUNTRY, PARAM_STATUS)
# Parameters that follow a person from page to page (site and year belong to the map page).
SHARED_PARAMS = (PARAM_FACILITY, PARAM_COUNTRY, PARAM_STATUS, PARAM_LANG)

# Longer values cannot be ids or codes; cutting them early keeps notices short and parsing cheap.
MAX_VALUE_LENGTH = 64
MAX_VALUES = 50


@dataclass(frozen=True)
class Vocabulary:
    """The values each URL parameter may take, from the dataset."""

    facilities: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    years: tuple[int, int] = (1970, 2035)


def vocabulary(dataset: Dataset) -> Vocabulary:
    """The values each URL parameter may take with this dataset (the dashboard's and the API's)."""
    return Vocabulary(
        facilities=tuple(dataset.facilities["id"]),
        countries=tuple(dataset.countries["iso3"]),
        statuses=STATUSES,
        sites=tuple(dataset.places["id"]),
        languages=LANGUAGES,
    )


@dataclass(frozen=True)
class Notice:
    """A value from the URL that was ignored, and why."""

    param: str
    value: str


@dataclass(frozen=True)
class ViewState:
    """Everything a link carries about the view."""

    facilities: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    site: str = ""
    lang: str = "en"
    year: int | None = None
    notices: tuple[Notice, ...] = field(default=(), compare=False)

    @property
    def is_filtered(self) -> bool:
        """Whether any of facility, country or status narrows the view."""
        return bool(self.facilities or self.countries or self.statuses)


def split_values(raw: Iterable[str]) -> list[str]:
    """Values of a list parameter: repeated keys and comma lists, trimmed, de-duplicated, in order."""
    values: list[str] = []
    # A set, not `in values`: a 2 MB URL of distinct values would take minutes of CPU.
    seen: set[str] = set()
    for item in raw:
        for part in str(item).split(","):
            value = part.strip()
            if value and value not in seen:
                seen.add(value)
                values.append(value)
    return values


def _short(value: str) -> str:
    return value if len(value) <= MAX_VALUE_LENGTH else value[:MAX_VALUE_LENGTH] + "…"


def _pick(
    param: str, raw: Sequence[str], allowed: Sequence[str], normalise: bool = False
) -> tuple[tuple[str, ...], list[Notice]]:
    kept: list[str] = []
    notices: list[Notice] = []
    lookup = {a.upper(): a for a in allowed} if normalise else {a: a for a in allowed}
    for value in split_values(raw)[: MAX_VALUES * 2]:
        key = value.upper() if normalise else value
        if len(value) <= MAX_VALUE_LENGTH and key in lookup:
            if lookup[key] not in kept and len(kept) < MAX_VALUES:
                kept.append(lookup[key])
        else:
            notices.append(Notice(param, _short(value)))
    return tuple(kept), notices


def state_from_params(params: Mapping[str, Sequence[str]], vocabulary: Vocabulary) -> ViewState:
    """Parse query parameters (each a list of raw values) into a state; unknown values become notices."""
    notices: list[Notice] = []
    facilities, dropped = _pick(PARAM_FACILITY, params.get(PARAM_FACILITY, ()), vocabulary.facilities)
    notices += dropped
    countries, dropped = _pick(PARAM_COUNTRY, params.get(PARAM_COUNTRY, ()), vocabulary.countries, normalise=True)
    notices += dropped
    statuses, dropped = _pick(PARAM_STATUS, params.get(PARAM_STATUS, ()), vocabulary.statuses)
    notices += dropped

    site = ""
    site_values = split_values(params.get(PARAM_SITE, ()))
    if site_values:
        if site_values[0] in vocabulary.sites and len(site_values[0]) <= MAX_VALUE_LENGTH:
            site = site_values[0]
        else:
            notices.append(Notice(PARAM_SITE, _short(site_values[0])))

    lang = vocabulary.languages[0] if vocabulary.languages else "en"
    lang_values = split_values(params.get(PARAM_LANG, ()))
    if lang_values:
        if lang_values[0].lower() in vocabulary.languages:
            lang = lang_values[0].lower()
        else:
            notices.append(Notice(PARAM_LANG, _short(lang_values[0])))

    year: int | None = None
    year_values = split_values(params.get(PARAM_YEAR, ()))
    if year_values:
        low, high = vocabulary.years
        text = year_values[0]
        if text.isascii() and text.isdigit() and len(text) == 4 and low <= int(text) <= high:
            year = int(text)
        else:
            notices.append(Notice(PARAM_YEAR, _short(text)))

    return ViewState(facilities, countries, statuses, site, lang, year, tuple(notices))


def params_from_state(state: ViewState, default_lang: str = "en") -> dict[str, list[str]]:
    """The query parameters of a state, leaving out defaults so links stay short."""
    params: dict[str, list[str]] = {}
    if state.facilities:
        params[PARAM_FACILITY] = list(state.facilities)
    if state.countries:
        params[PARAM_COUNTRY] = list(state.countries)
    if state.statuses:
        params[PARAM_STATUS] = list(state.statuses)
    if state.site:
        params[PARAM_SITE] = [state.site]
    if state.lang != default_lang:
        params[PARAM_LANG] = [state.lang]
    if state.year is not None:
        params[PARAM_YEAR] = [str(state.year)]
    return params


def recover_choice(value: object, valid: Collection[str], texts: Callable[[], Mapping[str, str]]) -> object:
    """A select widget's value (an id, a list of ids or None) with option texts turned back into ids.

    Streamlit identifies a chosen option by its text. A run the browser requested before it drew
    the options in a new language sends texts in the old one, which match no option and would
    clear the choice. ``texts`` maps each option's text, in every language, to its id; it is only
    called when such a text turns up. Texts that name no option are dropped.
    """
    if value is None:
        return None
    if isinstance(value, str):
        if value in valid:
            return value
        return texts().get(value)
    if not isinstance(value, list | tuple):
        # A number or a mapping (crafted over the websocket) names no option.
        return None
    known: Mapping[str, str] | None = None
    ids: list[str] = []
    for item in value:
        if not isinstance(item, str):
            continue
        if item not in valid:
            known = texts() if known is None else known
            item = known.get(item)
        if item is not None and item not in ids:
            ids.append(item)
    return ids


def shared_params(state: ViewState, default_lang: str = "en") -> dict[str, list[str]]:
    """The parameters that follow a person to another page."""
    return {k: v for k, v in params_from_state(state, default_lang).items() if k in SHARED_PARAMS}


def apply_places(places: pd.DataFrame, facilities: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Places that have a selected facility, are in a selected country and have a selected status.

    Each active filter narrows the result; an empty filter keeps everything.
    """
    keep = pd.Series(True, index=places.index)
    if state.facilities:
        hosting = set(facilities.loc[facilities["id"].isin(state.facilities), "place_id"])
        keep &= places["id"].isin(hosting)
    if state.countries:
        keep &= places["country"].isin(state.countries)
    if state.statuses:
        keep &= places["status"].isin(state.statuses)
    return places[keep]


def apply_facilities(facilities: pd.DataFrame, places: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Facilities that are selected, have a selected status, and sit in a selected country.

    A facility whose location is not published has no country and is kept only when no
    country filter is active.
    """
    keep = pd.Series(True, index=facilities.index)
    if state.facilities:
        keep &= facilities["id"].isin(state.facilities)
    if state.statuses:
        keep &= facilities["status"].isin(state.statuses)
    if state.countries:
        country_of = dict(zip(places["id"], places["country"], strict=True))
        keep &= facilities["place_id"].map(lambda p: country_of.get(p, "") in state.countries)
    return facilities[keep]


def apply_partners(partners: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Partner rows of the selected countries (all of them when no country is selected)."""
    if not state.countries:
        return partners
    return partners[partners["country"].isin(state.countries)]


def apply_corridors(corridors: pd.DataFrame, places_view: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Corridors with a selected status that pass through at least one place still in view.

    The place test applies only while a facility or country filter is active, so an
    unfiltered view keeps every corridor.
    """
    keep = pd.Series(True, index=corridors.index)
    if state.statuses:
        keep &= corridors["status"].isin(state.statuses)
    if state.facilities or state.countries:
        visible = set(places_view["id"])
        keep &= corridors["waypoints"].map(lambda waypoints: bool(visible.intersection(waypoints)))
    return corridors[keep]


def apply_links(links: pd.DataFrame, places_view: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Legs of the network with a selected status that start or end at a place still in view.

    As with corridors, the place test applies only while a facility or country filter is active.
    """
    keep = pd.Series(True, index=links.index)
    if state.statuses:
        keep &= links["status"].isin(state.statuses)
    if state.facilities or state.countries:
        visible = set(places_view["id"])
        keep &= links["from"].isin(visible) | links["to"].isin(visible)
    return links[keep]


def apply_figures(
    figures: pd.DataFrame,
    places_view: pd.DataFrame,
    facilities_view: pd.DataFrame,
    corridors_view: pd.DataFrame,
    state: ViewState,
) -> pd.DataFrame:
    """Figures about (or measured to) a place, facility or corridor still in view, and figures
    about a selected partner country (their ``country`` column, e.g. Kashgar–Pakistan trade).

    With no active filter every figure is kept, including those about subjects that are
    neither places nor facilities.
    """
    if not state.is_filtered:
        return figures
    visible = set(places_view["id"]) | set(facilities_view["id"]) | set(corridors_view["id"])
    keep = figures["subject_id"].isin(visible) | figures["to_id"].isin(visible)
    if state.countries and "country" in figures.columns:
        keep |= figures["country"].isin(state.countries)
    return figures[keep]


def apply_companies(companies: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Companies of the selected facilities and home countries (an empty filter keeps all)."""
    keep = pd.Series(True, index=companies.index)
    if state.facilities:
        keep &= companies["facility_id"].isin(state.facilities)
    if state.countries:
        keep &= companies["country"].isin(state.countries)
    return companies[keep]


@dataclass(frozen=True)
class View:
    """The dataset's tables narrowed by a state's filters: what every page and map builder receives.

    Tables that no filter narrows (sources, countries, products, milestones) stay whole in the
    dataset; pages take them from there.
    """

    places: pd.DataFrame
    facilities: pd.DataFrame
    corridors: pd.DataFrame
    figures: pd.DataFrame
    partners: pd.DataFrame
    companies: pd.DataFrame | None
    links: pd.DataFrame


def apply_view(dataset: Dataset, state: ViewState) -> View:
    """Every filtered table of the view, in the one order their filters depend on each other.

    Places first (a facility filter keeps the places hosting it), then facilities, corridors
    through the places still in view, and figures about any of those.
    """
    places = apply_places(dataset.places, dataset.facilities, state)
    facilities = apply_facilities(dataset.facilities, dataset.places, state)
    corridors = apply_corridors(dataset.corridors, places, state)
    figures = apply_figures(dataset.figures, places, facilities, corridors, state)
    partners = apply_partners(dataset.partners, state)
    companies = None if dataset.companies is None else apply_companies(dataset.companies, state)
    links = apply_links(dataset.links, places, state)
    return View(places, facilities, corridors, figures, partners, companies, links)


def _join(words: Sequence[str], last_key: str, lang: str) -> str:
    """Words joined as "a, b and c" in the language's list style (its separator, and its words for "and"/"or")."""
    if len(words) <= 1:
        return "".join(words)
    rest = translate("summary.separator", lang).join(words[:-1])
    return translate(last_key, lang, rest=rest, last=words[-1])


def describe_filters(
    state: ViewState,
    count: int,
    noun: str,
    facility_names: Mapping[str, str],
    country_names: Mapping[str, str],
    lang: str = "en",
) -> str:
    """One plain-language line, e.g. "Showing 3 places with bonded warehousing in Pakistan and China".

    Args:
        state: The active filters.
        count: How many records are shown.
        noun: What is counted: a catalogue stem such as ``places`` (``summary.noun.places.one``
            and ``.other`` hold the singular and plural).
        facility_names: Facility id -> display name.
        country_names: ISO3 code -> display name.
        lang: The interface language.
    """
    plural = "one" if count == 1 else "other"
    parts = [translate("summary.showing", lang, count=count, noun=translate(f"summary.noun.{noun}.{plural}", lang))]
    if state.facilities:
        names = [facility_names.get(f, f).lower() for f in state.facilities]
        parts.append(translate("summary.with", lang, names=_join(names, "summary.or", lang)))
    if state.countries:
        names = [country_names.get(c, c) for c in state.countries]
        parts.append(translate("summary.in", lang, names=_join(names, "summary.and", lang)))
    if state.statuses:
        names = [translate(f"status.{s}", lang) for s in state.statuses]
        parts.append(translate("summary.that_are", lang, names=_join(names, "summary.or", lang)))
    return " ".join(parts)
