from __future__ import annotations

import pytest

from scanner.names import KeywordIndex, Vocabulary, split_words

ABBREVIATIONS = {"lat": "latitude", "lng": "longitude", "no": "number", "soc": "state of charge"}
WORDS = ["license", "plate", "phone", "number", "mobile", "vehicle", "speed", "latitude", "state", "charge"]


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(ABBREVIATIONS, WORDS)


# fmt: off
@pytest.mark.parametrize("name, tokens", [
    ("license_plate", ("license", "plate")),
    ("LicensePlate", ("license", "plate")),
    ("LICENSE-PLATE", ("license", "plate")),
    ("licenseplate", ("license", "plate")),          # glued words split only into known words
    ("VINNumber", ("vin", "number")),                # acronym before a word
    ("vehicleSpeed2", ("vehicle", "speed", "2")),
    ("Vehicle.Cabin.Seat.Row1.Occupant.Identifier.Subject",
     ("vehicle", "cabin", "seat", "row", "1", "occupant", "identifier", "subject")),
    ("gps_lat", ("gps", "latitude")),                # abbreviation expanded
    ("bms_soc", ("bms", "state", "of", "charge")),
    ("plate_no", ("plate", "number")),
    ("platform", ("platform",)),                     # never split into plat+form or p+lat+form
    ("province", ("province",)),
    ("车牌号码", ("车牌号码",)),
    ("车辆VIN码", ("车辆", "vin", "码")),
])
# fmt: on
def test_normalised_tokens(vocabulary: Vocabulary, name: str, tokens: tuple[str, ...]) -> None:
    assert vocabulary.normalise(name).tokens == tokens


def test_split_words_keeps_order_of_chinese_and_latin() -> None:
    assert split_words("车主ID号") == ["车主", "id", "号"]


# fmt: off
@pytest.mark.parametrize("keyword, name, matches", [
    ("车牌号码", "车牌号码", True),
    ("车牌号码", "cphm", True),                # pinyin initials as a whole token
    ("车牌号码", "chepaihaoma", True),         # full pinyin
    ("车牌号码", "che_pai_hao_ma", True),
    ("车牌号码", "owner_cphm", True),
    ("车牌号码", "cphmx", False),              # initials never match inside a token
    ("身份证号", "sfzh", True),
    ("车辆识别代号", "clsbdh", True),
    ("license plate", "LicensePlate", True),
    ("license plate", "license_plate_no", True),
    ("license plate", "plate", False),
    ("lat", "gps_latitude", True),            # keywords are normalised like names
    ("lat", "platform", False),
    ("vin", "province", False),
    ("=xm", "xm", True),                       # exact keywords need the whole name
    ("=xm", "owner_xm", False),
    ("=姓名", "姓名", True),
    ("=姓名", "xingming", True),
    ("=姓名", "车主姓名", False),
    ("姓名", "xm", True),                       # two-letter initials count as the whole name only
    ("姓名", "owner_xm", False),
    ("闭眼", "installed_by", False),
    ("姓名", "车主姓名", True),
    ("终端ID号", "终端ID号", True),             # mixed keywords match only whole
    ("终端ID号", "zhongduan_id_hao", True),
    ("终端ID号", "user_id", False),
    ("终端ID号", "终端", False),
])
# fmt: on
def test_keyword_matching(vocabulary: Vocabulary, keyword: str, name: str, matches: bool) -> None:
    index = KeywordIndex(vocabulary)
    kid = index.add(keyword)
    assert (kid in index.match(vocabulary.normalise(name))) is matches


# fmt: off
@pytest.mark.parametrize("keyword, name, matches", [
    ("梯形图", "txtChePaiHao", False),           # a text box's prefix is no pinyin initials (decision 76)
    ("梯形图", "txt", False),
    ("梯形图", "tu_xing_tu", False),
    ("梯形图", "plc_txt_no", False),
    ("梯形图", "tixingtu", True),               # its full pinyin still matches
    ("车牌号码", "txtChePaiHaoMa", True),          # … and so does the full pinyin behind the prefix
    ("电梯", "dt", False),                      # `dt` as a whole name is a date
    ("身份证号", "strSfzh", True),              # the initials behind a prefix still count
])
# fmt: on
def test_prefixes_and_abbreviations_are_no_initials(vocabulary: Vocabulary, keyword: str, name: str,
                                                    matches: bool) -> None:
    index = KeywordIndex(vocabulary)
    kid = index.add(keyword)
    assert (kid in index.match(vocabulary.normalise(name))) is matches


# fmt: off
@pytest.mark.parametrize("keyword, name, comment, contradicted", [
    ("工龄", "gl", "功率", True),               # the comment explains the initials as another word (decision 77)
    ("车牌号码", "cphm", "车辆号牌", False),     # 车辆号牌 is the plate too
    ("主键", "zj", "轴距", True),
    ("电耗", "dh", "电话", True),               # one shared character is not the same idea (decision 91)
    ("出生日期", "csrq", "出生年月", False),      # a shared character: the same idea in other words
    ("工龄", "gl", "工龄", False),
    ("工龄", "gl", "length of service", False),  # a comment not in Chinese says nothing about initials
    ("工龄", "gl", None, False),
])
# fmt: on
def test_a_chinese_comment_can_contradict_initials(vocabulary: Vocabulary, keyword: str, name: str,
                                                   comment: str | None, contradicted: bool) -> None:
    index = KeywordIndex(vocabulary)
    kid = index.add(keyword)
    by_words, by_initials = index.match_detail(vocabulary.normalise(name))
    assert kid in by_initials and kid not in by_words
    assert (kid in index.contradicted(by_initials, vocabulary.normalise(comment))) is contradicted


def test_index_returns_every_matching_keyword(vocabulary: Vocabulary) -> None:
    index = KeywordIndex(vocabulary)
    ids = {text: index.add(text) for text in ["phone", "mobile phone", "phone number", "number", "plate"]}
    matched = index.match(vocabulary.normalise("MobilePhoneNumber"))
    assert matched == {ids["phone"], ids["mobile phone"], ids["phone number"], ids["number"]}


def test_empty_and_symbol_only_names(vocabulary: Vocabulary) -> None:
    index = KeywordIndex(vocabulary)
    index.add("vin")
    for name in ("", "___", "--", "  "):
        assert index.match(vocabulary.normalise(name)) == frozenset()


def test_pinyin_cache_is_complete_and_agrees_with_pypinyin() -> None:
    """The shipped cache spares every scan pypinyin's dictionaries; stale entries would change matching."""
    import json

    from scanner.names import PINYIN_CACHE, pinyin_table

    shipped = json.loads(PINYIN_CACHE.read_text(encoding="utf-8"))
    assert shipped == pinyin_table(), "run `python -m scanner.names` after changing rule keywords"


# fmt: off
@pytest.mark.parametrize("name, tokens", [
    ("milestone", ("milestone",)),                  # not mil-est-one: three short pieces are one English word
    ("keystone", ("keystone",)),
    ("vinno", ("vin", "number")),                    # two short pieces still split
    ("milcode", ("mil", "code")),
])
# fmt: on
def test_three_short_pieces_stay_one_word(name: str, tokens: tuple[str, ...]) -> None:
    vocabulary = Vocabulary({"no": "number"}, ["mil", "est", "one", "key", "st", "vin", "code"])
    assert vocabulary.normalise(name).tokens == tokens
