"""Unit tests for scripts/place_names.py: which GeoNames alternate names become Chinese or Urdu names."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("place_names", REPO / "scripts" / "place_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


place_names = _load()
HEADER = "id,kind,name_en,name_zh,name_ur,country,lat,lon,precision,status,opened,description,sources,notes\n"
CITIES = {"1": {"alternatenames": ["Gilgit", "كلكت", "گلگت", "吉尔吉特"]}}


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["喀什", "喀什市", "カシュガル市"], "喀什"),  # the suffixed form yields; kana is not Chinese
        (["奎達"], None),  # traditional characters are not simplified Chinese
        (["哈維連", "哈维连"], "哈维连"),
        (["伊斯兰堡", "伊斯兰"], None),  # two unrelated candidates: ambiguous
        ([], None),
    ],
)
def test_chinese_name_is_the_one_simplified_candidate(names: list[str], expected: str | None) -> None:
    """Only a single name in simplified characters is taken."""
    assert place_names.chinese_name(names) == expected


@pytest.mark.parametrize(
    ("names", "in_pakistan", "expected"),
    [
        (["كلكت", "گلگت"], True, "گلگت"),  # Arabic kaf is not Urdu
        (["گلگت"], False, None),  # Perso-Urdu letters alone are Urdu only in Pakistan
        (["حویلیان", "حویلیاں"], True, "حویلیاں"),  # an Urdu-only letter wins
        (["قەشقەر", "كاشغر"], False, None),  # Uyghur and Arabic spellings
        (["کوئٹہ", "کوټه"], False, "کوئٹہ"),  # Pashto letter excluded; ٹ and ہ are Urdu-only
    ],
)
def test_urdu_name_is_read_from_its_letters(names: list[str], in_pakistan: bool, expected: str | None) -> None:
    """A name counts as Urdu only by letters Urdu alone uses (or Perso-Urdu letters in Pakistan)."""
    assert place_names.urdu_name(names, in_pakistan) == expected


def test_fill_records_the_source_and_never_overwrites(tmp_path: Path) -> None:
    """Empty names are filled with their record named; an existing name stays; a second run changes nothing."""
    text = HEADER + (
        "gilgit,city,Gilgit,,جلجت,PAK,35.9,74.3,town,,,,wikipedia-kkh,GeoNames 1.\n"
        "zone,free trade zone,Zone,,,PAK,35.9,74.3,approximate,,,,wikipedia-kkh,Drawn at GeoNames 1.\n"
    )
    new_text, report = place_names.apply(text, CITIES)
    lines = new_text.splitlines()
    assert report == ["gilgit: name_zh 吉尔吉特"]
    assert lines[1] == (
        "gilgit,city,Gilgit,吉尔吉特,جلجت,PAK,35.9,74.3,town,,,,wikipedia-kkh;geonames,"
        "GeoNames 1. Chinese name from GeoNames 1 alternate names (scripts/place_names.py)."
    )
    assert lines[2] == text.splitlines()[2]  # not a town: the town's name is not the zone's
    assert place_names.apply(new_text, CITIES) == (new_text, [])


def test_shipped_places_are_up_to_date(tmp_path: Path) -> None:
    """Running the script over data/ fills nothing: every name GeoNames gives is already there."""
    folder = tmp_path / "data"
    shutil.copytree(REPO / "data", folder)
    assert place_names.main(["--check", "--data-dir", str(folder)]) == 0
