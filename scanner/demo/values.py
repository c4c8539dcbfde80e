"""Seeded generators of realistic synthetic values for the demo estate and the benchmarks.

Every generator takes a `random.Random` and a count and returns a `pyarrow.Array`, so the same call feeds a
SQLite insert (`.to_pylist()`), a Parquet file, or a 10^7-row benchmark table. Numeric columns draw from
`pyarrow.compute.random` seeded by the `Random` (vectorised: no Python loop per value); identifiers need
per-value check characters and are built in tight Python loops. The same seed gives the same values with the
same pyarrow release (Arrow does not promise its random stream across releases).
Values are synthetic: identifiers carry valid check characters but belong to nobody.
"""
from __future__ import annotations

import base64
import math
import random
import struct
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from typing import Sequence

import pyarrow as pa
import pyarrow.compute as pc

# ----------------------------------------------------------------------------------------------- reference data


@dataclass(frozen=True)
class City:
    """A Chinese city with what the generators need: plate prefix, centre, elevation, districts, roads."""

    name: str
    province: str
    plate: str  # province character + city letter
    lat: float
    lon: float
    altitude_m: float
    districts: tuple[tuple[str, str], ...]  # (district name, GB/T 2260 county code)
    roads: tuple[str, ...]


CITIES: tuple[City, ...] = (
    City("深圳市", "广东省", "粤B", 22.543096, 114.057865, 20.0,
         (("南山区", "440305"), ("福田区", "440304"), ("宝安区", "440306"), ("龙岗区", "440307")),
         ("科技园南路", "深南大道", "滨海大道", "北环大道", "沙河西路")),
    City("上海市", "上海市", "沪A", 31.230416, 121.473701, 5.0,
         (("浦东新区", "310115"), ("徐汇区", "310104"), ("闵行区", "310112"), ("嘉定区", "310114")),
         ("世纪大道", "漕溪北路", "虹梅路", "安亭镇墨玉南路", "张江路")),
    City("北京市", "北京市", "京A", 39.904200, 116.407396, 45.0,
         (("朝阳区", "110105"), ("海淀区", "110108"), ("东城区", "110101"), ("顺义区", "110113")),
         ("建国路", "中关村大街", "长安街", "京顺路", "学院路")),
    City("广州市", "广东省", "粤A", 23.129110, 113.264385, 15.0,
         (("天河区", "440106"), ("越秀区", "440104"), ("番禺区", "440113"), ("黄埔区", "440112")),
         ("天河路", "中山五路", "番禺大道", "科学大道")),
    City("杭州市", "浙江省", "浙A", 30.274085, 120.155070, 10.0,
         (("西湖区", "330106"), ("滨江区", "330108"), ("余杭区", "330110")),
         ("文三路", "江南大道", "文一西路", "滨盛路")),
    City("成都市", "四川省", "川A", 30.572815, 104.066801, 500.0,
         (("武侯区", "510107"), ("锦江区", "510104"), ("青羊区", "510105")),
         ("天府大道", "人民南路", "蜀都大道", "科华北路")),
    City("武汉市", "湖北省", "鄂A", 30.592849, 114.305539, 25.0,
         (("洪山区", "420111"), ("江汉区", "420103"), ("武昌区", "420106")),
         ("珞喻路", "解放大道", "武珞路", "光谷大道")),
    City("重庆市", "重庆市", "渝A", 29.563010, 106.551557, 250.0,
         (("渝中区", "500103"), ("沙坪坝区", "500106"), ("渝北区", "500112")),
         ("民族路", "北滨路", "金开大道", "建新北路")),
    City("西安市", "陕西省", "陕A", 34.341575, 108.939770, 400.0,
         (("雁塔区", "610113"), ("碑林区", "610103"), ("未央区", "610112")),
         ("长安南路", "南二环西段", "未央路", "科技路")),
)

# (hanzi, pinyin): names and e-mail local parts come from the same table so they look alike.
SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"),
    ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"),
    ("胡", "hu"), ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"), ("郑", "zheng"),
    ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("许", "xu"), ("韩", "han"), ("冯", "feng"),
    ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("肖", "xiao"), ("田", "tian"), ("董", "dong"),
    ("潘", "pan"), ("蒋", "jiang"), ("蔡", "cai"), ("余", "yu"), ("杜", "du"), ("叶", "ye"), ("程", "cheng"),
    ("苏", "su"), ("魏", "wei"), ("吕", "lv"), ("丁", "ding"), ("沈", "shen"), ("姚", "yao"), ("卢", "lu"),
    ("钟", "zhong"), ("欧阳", "ouyang"), ("司马", "sima"),
)
GIVEN: tuple[tuple[str, str], ...] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("英", "ying"), ("华", "hua"), ("玉", "yu"), ("红", "hong"), ("建", "jian"), ("文", "wen"), ("辉", "hui"),
    ("鹏", "peng"), ("飞", "fei"), ("浩", "hao"), ("宇", "yu"), ("欣", "xin"), ("怡", "yi"), ("子", "zi"),
    ("涵", "han"), ("轩", "xuan"), ("晨", "chen"), ("博", "bo"), ("雪", "xue"), ("婷", "ting"), ("佳", "jia"),
    ("俊", "jun"), ("峰", "feng"), ("志", "zhi"), ("海", "hai"), ("思", "si"), ("睿", "rui"), ("嘉", "jia"),
)

# World manufacturer identifiers of joint ventures and domestic brands producing in China.
CHINESE_WMIS: tuple[str, ...] = ("LSV", "LFV", "LGB", "LVS", "LRW", "LGX", "LSG", "LVG", "LHG", "LNB", "LGW", "LVV",
                                 "L6T", "LDC", "LFP", "LBV")

# Mobile prefixes allocated to China Mobile, Unicom, Telecom and Broadnet (2024 numbering plan).
MOBILE_PREFIXES: tuple[str, ...] = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "153", "155",
    "156", "157", "158", "159", "166", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
    "185", "186", "187", "188", "189", "191", "192", "193", "195", "196", "197", "198", "199",
)

# ------------------------------------------------------------------------------------------------ primitives

_DIGITS = "0123456789"
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # I and O are never used on plates
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # ISO 3779 excludes I, O, Q


def _seed(rng: random.Random) -> int:
    return rng.getrandbits(63)


def uniform(rng: random.Random, n: int, low: float, high: float, ndigits: int | None = None) -> pa.Array:
    """`n` doubles in [low, high), rounded to `ndigits` when given."""
    values = pc.add(pc.multiply(pc.random(n, initializer=_seed(rng)), high - low), low)
    return pc.round(values, ndigits) if ndigits is not None else values


def integers(rng: random.Random, n: int, low: int, high: int) -> pa.Array:
    """`n` int64 values in [low, high] inclusive."""
    return pc.cast(pc.floor(uniform(rng, n, low, high + 1)), pa.int64())


def choice(rng: random.Random, n: int, options: Sequence, weights: Sequence[float] | None = None,
           type: pa.DataType | None = None) -> pa.Array:
    return pa.array(rng.choices(options, weights=weights, k=n), type=type)


def draw(rng: random.Random, pool: pa.Array, n: int) -> pa.Array:
    """`n` values drawn with replacement from `pool`, vectorised.

    Big tables repeat identifiers (a fleet of 10^4 VINs fills 10^7 track rows), so benchmarks build a pool
    with the per-value generators and draw rows from it instead of generating every row's identifier."""
    return pc.take(pool, integers(rng, n, 0, len(pool) - 1))


def flags(rng: random.Random, n: int, p_true: float = 0.5) -> pa.Array:
    """0/1 integers as platforms store booleans (`is_deleted`, `enabled`)."""
    return pc.cast(pc.less(pc.random(n, initializer=_seed(rng)), p_true), pa.int8())


def surrogate_ids(n: int, start: int = 1) -> pa.Array:
    return pa.array(range(start, start + n), type=pa.int64())


def _luhn_digit(payload: str) -> str:
    """The Luhn check digit appended to `payload` (digits only)."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = ord(ch) - 48
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str(-total % 10)


# ------------------------------------------------------------------------------------------------ time


def timestamps(rng: random.Random, n: int, start: datetime, end: datetime, sort: bool = False) -> pa.Array:
    """Second-resolution timestamps uniformly in [start, end)."""
    span = int((end - start).total_seconds())
    offsets = integers(rng, n, 0, span - 1)
    if sort:
        offsets = pc.array_take(offsets, pc.sort_indices(offsets))
    base = int(start.timestamp())
    return pc.cast(pc.add(offsets, base), pa.timestamp("s"))


def dates(rng: random.Random, n: int, start: date, end: date) -> pa.Array:
    span = (end - start).days
    base = (start - date(1970, 1, 1)).days
    return pc.cast(pc.cast(pc.add(integers(rng, n, 0, span - 1), base), pa.int32()), pa.date32())


def birth_dates(rng: random.Random, n: int) -> pa.Array:
    """Adults of driving age: born 1960–2004."""
    return dates(rng, n, date(1960, 1, 1), date(2005, 1, 1))


# ------------------------------------------------------------------------------------------------ people


def person_names(rng: random.Random, n: int) -> pa.Array:
    out = []
    for _ in range(n):
        surname = rng.choice(SURNAMES)[0]
        given = rng.choice(GIVEN)[0]
        if rng.random() < 0.7:
            given += rng.choice(GIVEN)[0]
        out.append(surname + given)
    return pa.array(out, type=pa.string())


def usernames(rng: random.Random, n: int) -> pa.Array:
    """Pinyin logins such as `zhangwei` or `liu.jing07`."""
    out = []
    for _ in range(n):
        surname, given = rng.choice(SURNAMES)[1], rng.choice(GIVEN)[1]
        sep = rng.choice(("", "", "."))
        suffix = f"{rng.randrange(100):02d}" if rng.random() < 0.4 else ""
        out.append(f"{surname}{sep}{given}{suffix}")
    return pa.array(out, type=pa.string())


_MAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "139.com", "foxmail.com", "outlook.com", "gmail.com")


def emails(rng: random.Random, n: int) -> pa.Array:
    local = usernames(rng, n).to_pylist()
    return pa.array([f"{name}@{rng.choice(_MAIL_DOMAINS)}" for name in local], type=pa.string())


def sexes(rng: random.Random, n: int) -> pa.Array:
    return choice(rng, n, ("男", "女"), type=pa.string())


# Birthplace county codes with the year each came into use: an identity number carries the code that was valid
# when it was assigned, so a person born in 1975 cannot come from Shenzhen's Nanshan district (created 1990).
BIRTHPLACES: tuple[tuple[str, int], ...] = (
    ("110101", 0), ("110102", 0), ("110105", 0), ("110108", 0), ("310101", 0), ("310104", 0), ("310105", 0),
    ("310110", 0), ("310112", 1981), ("310115", 1992), ("330102", 1983), ("330106", 1983), ("420106", 1983),
    ("420111", 1983), ("440104", 1983), ("440106", 1985), ("440304", 1990), ("440305", 1990), ("440306", 1992),
    ("510104", 1990), ("510107", 1990), ("500103", 1997), ("610103", 1983), ("610113", 1983),
)


def resident_id_check(body: str) -> str:
    """GB 11643 / ISO 7064 MOD 11-2 check character of the first 17 digits.

    The weights 2^(17-i) mod 11 equal 13^(17-i) mod 11, so reading the body as a base-13 number gives the
    weighted sum in one C-level call."""
    check = (1 - 2 * int(body, 13)) % 11
    return "X" if check == 10 else str(check)


def resident_ids(rng: random.Random, births: Sequence[date] | pa.Array, sexes_: Sequence[str] | pa.Array | None = None,
                 ) -> pa.Array:
    """Resident identity numbers whose birthplace, birth date and sex digit agree with the given people."""
    births = births if isinstance(births, pa.Array) else pa.array(births, type=pa.date32())
    born = pc.strftime(pc.cast(births, pa.timestamp("s")), format="%Y%m%d").to_pylist()
    male = [rng.random() < 0.5 for _ in born] if sexes_ is None else [
        s == "男" for s in (sexes_.to_pylist() if isinstance(sexes_, pa.Array) else sexes_)]
    places = {year: [code for code, since in BIRTHPLACES if since <= year] for year in range(1900, 2100)}
    picks = [rng.random() for _ in born]
    sequences = rng.choices(range(0, 1000, 2), k=len(born))  # the sex digit is the last of the three: odd for men
    out = []
    for day, is_male, pick, sequence in zip(born, male, picks, sequences):
        codes = places[int(day[:4])]
        body = f"{codes[int(pick * len(codes))]}{day}{sequence + is_male:03d}"
        out.append(body + resident_id_check(body))
    return pa.array(out, type=pa.string())


def mobiles(rng: random.Random, n: int) -> pa.Array:
    prefixes = rng.choices(MOBILE_PREFIXES, k=n)
    return pa.array([f"{p}{rng.randrange(10 ** 8):08d}" for p in prefixes], type=pa.string())


def addresses(rng: random.Random, n: int, flats: bool = True, cities: Sequence[City] | None = None) -> pa.Array:
    """Street addresses, for homes down to the flat: 广东省深圳市南山区科技园南路88号3栋1202室.

    `cities`, when given, places the i-th address in the i-th city (to agree with coordinates or codes)."""
    cities = cities if cities is not None else rng.choices(CITIES, k=n)
    out = []
    for city in cities:
        district = rng.choice(city.districts)[0]
        province = "" if city.province == city.name else city.province
        home = flats and rng.random() < 0.8
        flat = f"{rng.randint(1, 30)}栋{rng.randint(1, 33)}{rng.randint(1, 8):02d}室" if home else ""
        out.append(f"{province}{city.name}{district}{rng.choice(city.roads)}{rng.randint(1, 999)}号{flat}")
    return pa.array(out, type=pa.string())


def bank_cards(rng: random.Random, n: int) -> pa.Array:
    """UnionPay debit cards (issuer prefixes of ICBC, CCB, ABC, CMB, BOC), 19 digits with Luhn check."""
    issuers = ("622202", "621700", "622848", "621483", "621661", "622588", "623668")
    out = []
    for _ in range(n):
        body = rng.choice(issuers) + f"{rng.randrange(10 ** 12):012d}"
        out.append(body + _luhn_digit(body))
    return pa.array(out, type=pa.string())


# ------------------------------------------------------------------------------------------------ organisations

_USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_check(body: str) -> str:
    """GB 32100-2015 check character of the first 17 characters of a unified social credit code."""
    total = sum(_USCC_ALPHABET.index(c) * w for c, w in zip(body, _USCC_WEIGHTS))
    return _USCC_ALPHABET[-total % 31]


def social_credit_codes(rng: random.Random, n: int) -> pa.Array:
    """Enterprise codes `91` + county code + organisation code (GB 11714 check) + GB 32100 check."""
    counties = [code for city in CITIES for _, code in city.districts]
    out = []
    for _ in range(n):
        org = "".join(rng.choices(_ORG_CHARS, k=8))
        total = sum(_ORG_CHARS.index(c) * w for c, w in zip(org, _ORG_WEIGHTS))
        org += "0123456789X0"[11 - total % 11]
        body = "91" + rng.choice(counties) + org
        out.append(body + uscc_check(body))
    return pa.array(out, type=pa.string())


_COMPANY_WORDS = ("华通", "精工", "博远", "恒力", "中汽", "天成", "新源", "联创", "宏达", "锐驰", "凯越", "正泰")
_COMPANY_TRADES = ("汽车零部件", "电子科技", "精密机械", "新能源科技", "橡塑制品", "动力电池", "智能科技")


def company_names(rng: random.Random, n: int) -> pa.Array:
    out = []
    for _ in range(n):
        city = rng.choice(CITIES).name.rstrip("市")
        out.append(f"{city}{rng.choice(_COMPANY_WORDS)}{rng.choice(_COMPANY_TRADES)}有限公司")
    return pa.array(out, type=pa.string())


# ------------------------------------------------------------------------------------------------ vehicles

_VIN_VALUE = {**{str(d): d for d in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_MODEL_YEAR = "HJKLMNPRS"  # 2017–2025


def _vin_weighted(text: str, first: int) -> int:
    return sum(_VIN_VALUE[c] * _VIN_WEIGHTS[first + j] for j, c in enumerate(text))


# (text, weighted check-digit contribution) of every 3-digit half of the serial (positions 12–14 and 15–17).
_SERIAL_HIGH = tuple((f"{k:03d}", _vin_weighted(f"{k:03d}", 11)) for k in range(1000))
_SERIAL_LOW = tuple((f"{k:03d}", _vin_weighted(f"{k:03d}", 14)) for k in range(1000))
_VIN_CHECK = "0123456789X"


def vins(rng: random.Random, n: int) -> pa.Array:
    """VINs of Chinese-built vehicles: Chinese WMI, valid check digit, model years 2017–2025.

    As in a real fleet, VINs share a few dozen model lines (WMI + VDS) and plants. Every part comes with its
    weighted check-digit contribution precomputed, so a VIN costs four additions instead of 17 multiplications."""
    lines = [wmi + "".join(rng.choices(_VIN_CHARS, k=5)) for wmi in rng.choices(CHINESE_WMIS, k=min(n, 48))]
    plants = _VIN_CHARS[-12:]  # mostly digits, as Chinese plants code them
    codes = [(y + p, _vin_weighted(y + p, 9)) for y in _MODEL_YEAR for p in plants]
    parts = zip(rng.choices([(line, _vin_weighted(line, 0)) for line in lines], k=n), rng.choices(codes, k=n),
                rng.choices(_SERIAL_HIGH, k=n), rng.choices(_SERIAL_LOW, k=n))
    out = [line + _VIN_CHECK[(a + b + c + d) % 11] + code + high + low
           for (line, a), (code, b), (high, c), (low, d) in parts]
    return pa.array(out, type=pa.string())


_PROVINCE_CHARS = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


_FOUR_DIGITS = tuple(f"{k:04d}" for k in range(10_000))
# Ordinary plates: five characters, of which none, one or two (at any positions) are letters.
_LETTER_POSITIONS = ((),) + tuple((i,) for i in range(5)) + tuple((i, k) for i in range(5) for k in range(i + 1, 5))
_LETTER_POSITION_WEIGHTS = (5.0,) + (2.0,) * 5 + (0.5,) * 10


def plates(rng: random.Random, n: int, nev_share: float = 0.35) -> pa.Array:
    """Licence plates without the separator dot: `粤B6K2Q1` and, for new-energy vehicles, `粤BD12345`.

    Most plates come from the demo cities; one in five from anywhere in China."""
    local = [c.plate for c in CITIES]
    anywhere = [p + letter for p in _PROVINCE_CHARS for letter in _PLATE_LETTERS]
    prefixes = rng.choices(local + anywhere, weights=[0.8 / len(local)] * len(local)
                           + [0.2 / len(anywhere)] * len(anywhere), k=n)
    is_nev = rng.choices((True, False), weights=(nev_share, 1 - nev_share), k=n)
    shapes = rng.choices(_LETTER_POSITIONS, weights=_LETTER_POSITION_WEIGHTS, k=n)
    letters = iter(rng.choices(_PLATE_LETTERS, k=2 * n))
    fours = rng.choices(_FOUR_DIGITS, k=n)
    ones = rng.choices(_DIGITS, k=n)
    # GA 36-2018 small NEV plate: D (battery electric) or F (plug-in hybrid), a letter or digit, then 4 digits.
    nev_second = rng.choices(_PLATE_LETTERS + _DIGITS, weights=[5 / 12] * 24 + [1.0] * 10, k=n)
    nev_kind = rng.choices("DF", weights=(2, 1), k=n)
    nev_tail = rng.choices(_FOUR_DIGITS, k=n)
    out = []
    for i in range(n):
        if is_nev[i]:
            out.append(f"{prefixes[i]}{nev_kind[i]}{nev_second[i]}{nev_tail[i]}")
        else:
            body = fours[i] + ones[i]
            for p in shapes[i]:
                body = body[:p] + next(letters) + body[p + 1:]
            out.append(prefixes[i] + body)
    return pa.array(out, type=pa.string())


def plate_colours(rng: random.Random, n: int) -> pa.Array:
    return choice(rng, n, ("蓝色", "渐变绿", "黄绿双拼", "黄色"), weights=(60, 34, 2, 4), type=pa.string())


def engine_numbers(rng: random.Random, n: int) -> pa.Array:
    """Engine or drive-motor numbers: family code + serial (`EA211`-style engines, `TZ220` motors)."""
    families = ("CSS", "DKX", "G4FJ", "JL4G15", "SQRE4T15", "TZ220XS", "TZ180XSE", "YS210", "HQ4G20")
    return pa.array([f"{rng.choice(families)}{rng.randrange(10 ** 7):07d}" for _ in range(n)], type=pa.string())


@dataclass(frozen=True)
class VehicleModel:
    code: str
    name: str
    fuel: str
    rated_energy_kwh: float | None
    wmi: str


VEHICLE_MODELS: tuple[VehicleModel, ...] = (
    VehicleModel("SVW7141", "朗逸 1.4T", "汽油", None, "LSV"),
    VehicleModel("FV7155", "速腾 1.5T", "汽油", None, "LFV"),
    VehicleModel("TSL7000BEV", "Model Y 后驱版", "纯电动", 60.0, "LRW"),
    VehicleModel("BYD7005BEV", "海豚", "纯电动", 44.9, "LGX"),
    VehicleModel("BYD6470ST6HEV", "宋PLUS DM-i", "插电式混合动力", 18.3, "LGX"),
    VehicleModel("DFL7000", "轩逸 e-POWER", "混合动力", 1.8, "LGB"),
    VehicleModel("SGM7150", "别克 威朗", "汽油", None, "LSG"),
    VehicleModel("GAC7150", "凯美瑞 双擎", "混合动力", 1.6, "LVG"),
    VehicleModel("CC6470", "长城 哈弗H6", "汽油", None, "LGW"),
    VehicleModel("SQR7000BEV", "奇瑞 小蚂蚁", "纯电动", 30.6, "LVV"),
    VehicleModel("MR7003BEV", "吉利 几何E", "纯电动", 39.4, "L6T"),
    VehicleModel("BJ7000BEV", "北汽 EU5", "纯电动", 60.2, "LNB"),
)

VEHICLE_COLOURS = ("极地白", "曜石黑", "星际银", "珍珠白", "深海蓝", "烈焰红", "钛灰")


# ------------------------------------------------------------------------------------------------ terminals


def imeis(rng: random.Random, n: int) -> pa.Array:
    """IMEIs of Chinese-certified modules (reporting-body `86`), Luhn check digit."""
    out = []
    for _ in range(n):
        body = f"86{rng.randrange(10 ** 12):012d}"
        out.append(body + _luhn_digit(body))
    return pa.array(out, type=pa.string())


def iccids(rng: random.Random, n: int) -> pa.Array:
    """20-digit ICCIDs: `89` telecom, `86` China, issuer 00/01/03/06/11, Luhn check digit."""
    issuers = ("00", "01", "03", "06", "11")
    out = []
    for _ in range(n):
        body = f"8986{rng.choice(issuers)}{rng.randrange(10 ** 13):013d}"
        out.append(body + _luhn_digit(body))
    return pa.array(out, type=pa.string())


def imsis(rng: random.Random, n: int) -> pa.Array:
    """15-digit IMSIs with MCC 460 and the MNCs of China Mobile, Unicom and Telecom."""
    mncs = ("00", "01", "02", "03", "06", "07", "11")
    return pa.array([f"460{rng.choice(mncs)}{rng.randrange(10 ** 10):010d}" for _ in range(n)], type=pa.string())


def iot_msisdns(rng: random.Random, n: int) -> pa.Array:
    """13-digit IoT numbers (`1440…`, `1064…`) that identify a T-Box SIM."""
    return pa.array([f"{rng.choice(('1440', '1064', '1410'))}{rng.randrange(10 ** 9):09d}" for _ in range(n)],
                    type=pa.string())


def tbox_serials(rng: random.Random, n: int) -> pa.Array:
    vendors = ("HT", "FS", "YT", "DZ")  # supplier prefixes
    return pa.array([f"{rng.choice(vendors)}{rng.randint(2019, 2025) % 100:02d}{rng.randint(1, 12):02d}"
                     f"{rng.randrange(10 ** 8):08d}" for _ in range(n)], type=pa.string())


def battery_pack_codes(rng: random.Random, n: int) -> pa.Array:
    """24-character RESS codes as coded under GB/T 34014 (supplier, product type, spec, date, serial)."""
    suppliers = ("0CM", "0BY", "0GX", "0EV", "0SV")
    out = []
    for _ in range(n):
        kind = rng.choice("ABC")  # chemistry: NCM, LFP, LMO
        spec = "".join(rng.choices(_VIN_CHARS, k=2))
        trace = "".join(rng.choices(_VIN_CHARS, k=7))
        made = f"{rng.choice('KLMNPRS')}{rng.choice('123456789ABC')}{rng.choice('123456789ABCDEFGHJKLMNPRSTV')}"
        out.append(f"{rng.choice(suppliers)}P{kind}{spec}{trace}{made}{rng.randrange(10 ** 7):07d}")
    return pa.array(out, type=pa.string())


# ------------------------------------------------------------------------------------------------ location


@dataclass(frozen=True)
class Track:
    """One vehicle's drive, columns aligned row by row."""

    gps_time: pa.Array  # timestamp[s], strictly increasing
    latitude: pa.Array
    longitude: pa.Array
    speed: pa.Array  # km/h
    heading: pa.Array  # degrees clockwise from north, [0, 360)
    altitude: pa.Array  # metres


_M_PER_DEG = 111_320.0


def drive(rng: random.Random, n: int, start: datetime, *, city: City | None = None, interval_s: int = 10,
          decimals: int = 6) -> Track:
    """A smooth drive around a city: position follows a Lissajous curve within ~8 km of the centre, and
    speed and heading are its exact derivative, so every column agrees with its neighbours while all
    work stays vectorised (10^7 points take a few seconds)."""
    city = city or rng.choice(CITIES)
    t = pc.multiply(pc.subtract(pc.cumulative_sum(pa.repeat(pa.scalar(1.0), n)), 1.0), float(interval_s))
    amp_lat, amp_lon = rng.uniform(0.04, 0.07), rng.uniform(0.05, 0.08)
    w_lat, w_lon = rng.uniform(0.0015, 0.0024), rng.uniform(0.0011, 0.0019)  # rad/s: 30–80 km/h peak
    p_lat, p_lon = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    phase_lat = pc.add(pc.multiply(t, w_lat), p_lat)
    phase_lon = pc.add(pc.multiply(t, w_lon), p_lon)
    lat = pc.add(pc.multiply(pc.sin(phase_lat), amp_lat), city.lat)
    lon = pc.add(pc.multiply(pc.sin(phase_lon), amp_lon), city.lon)
    north = pc.multiply(pc.cos(phase_lat), amp_lat * w_lat * _M_PER_DEG)  # m/s
    east = pc.multiply(pc.cos(phase_lon), amp_lon * w_lon * _M_PER_DEG * math.cos(math.radians(city.lat)))
    speed = pc.multiply(pc.sqrt(pc.add(pc.multiply(north, north), pc.multiply(east, east))), 3.6)
    bearing = pc.multiply(pc.atan2(east, north), 180.0 / math.pi)
    heading = pc.if_else(pc.less(bearing, 0.0), pc.add(bearing, 360.0), bearing)
    altitude = pc.add(pc.multiply(pc.sin(pc.multiply(t, 0.0007)), 6.0), city.altitude_m)
    base = int(start.timestamp())
    gps_time = pc.cast(pc.add(pc.cast(t, pa.int64()), base), pa.timestamp("s"))
    return Track(gps_time, pc.round(lat, decimals), pc.round(lon, decimals), pc.round(speed, 1),
                 pc.round(pc.min_element_wise(heading, 359.9), 1),
                 pc.round(pc.add(altitude, uniform(rng, n, -0.5, 0.5)), 1))


def city_points(rng: random.Random, n: int, decimals: int = 6, cities: Sequence[City] | None = None,
                ) -> tuple[pa.Array, pa.Array]:
    """(latitude, longitude) of places scattered within ~10 km of the demo cities' centres (or of `cities`)."""
    centres = cities if cities is not None else rng.choices(CITIES, k=n)
    lat = pc.add(pa.array([c.lat for c in centres]), uniform(rng, n, -0.09, 0.09))
    lon = pc.add(pa.array([c.lon for c in centres]), uniform(rng, n, -0.11, 0.11))
    return pc.round(lat, decimals), pc.round(lon, decimals)


# ------------------------------------------------------------------------------------------------ telemetry


@dataclass(frozen=True)
class Monitoring:
    """GB/T 32960.3 real-time items of a 96-series NCM pack."""

    total_voltage: pa.Array  # V
    total_current: pa.Array  # A, negative while regenerating or charging
    soc: pa.Array  # %
    mileage_km: pa.Array
    max_cell_voltage: pa.Array  # V
    min_cell_voltage: pa.Array
    max_probe_temp: pa.Array  # °C
    min_probe_temp: pa.Array
    alarm_level: pa.Array  # 0 none … 3 most severe


def monitoring(rng: random.Random, n: int) -> Monitoring:
    soc = integers(rng, n, 12, 100)
    # Open-circuit cell voltage rises roughly linearly with SOC between 3.45 V and 4.15 V.
    cell_mid = pc.add(pc.multiply(pc.cast(soc, pa.float64()), 0.007), 3.45)
    max_cell = pc.round(pc.add(cell_mid, uniform(rng, n, 0.005, 0.03)), 3)
    min_cell = pc.round(pc.subtract(cell_mid, uniform(rng, n, 0.005, 0.03)), 3)
    total_voltage = pc.round(pc.add(pc.multiply(cell_mid, 96.0), uniform(rng, n, -1.5, 1.5)), 1)
    min_temp = integers(rng, n, 18, 34)
    return Monitoring(
        total_voltage=total_voltage,
        total_current=uniform(rng, n, -60.0, 180.0, 1),
        soc=soc,
        mileage_km=uniform(rng, n, 1200.0, 98000.0, 1),
        max_cell_voltage=max_cell,
        min_cell_voltage=min_cell,
        max_probe_temp=pc.add(min_temp, integers(rng, n, 1, 6)),
        min_probe_temp=min_temp,
        alarm_level=choice(rng, n, (0, 1, 2, 3), weights=(94, 4, 1.5, 0.5), type=pa.int8()),
    )


# Frequently seen 11-bit ids of a powertrain/chassis bus (speed, brake, steering, BMS, VCU).
CAN_IDS: tuple[int, ...] = (0x0C9, 0x0F1, 0x120, 0x18F, 0x1A0, 0x1E5, 0x224, 0x2A0, 0x316, 0x3E9, 0x43F, 0x4F1,
                            0x580, 0x5A0, 0x620, 0x7E8)


def can_ids(rng: random.Random, n: int) -> pa.Array:
    return pa.array([f"0x{i:03X}" for i in rng.choices(CAN_IDS, k=n)], type=pa.string())


def can_payloads(rng: random.Random, n: int) -> pa.Array:
    """Classic CAN 8-byte payloads as 16 upper-case hex characters."""
    return pa.array([f"{rng.getrandbits(64):016X}" for _ in range(n)], type=pa.string())


DTCS: tuple[str, ...] = ("P0420", "P0300", "P0171", "P0128", "P0A80", "P0AA6", "P1A10", "U0100", "U0121", "U0155",
                         "U0401", "C0035", "C0561", "B1318", "B2AAA", "P0562", "P0700", "P0455")


def dtcs(rng: random.Random, n: int, failure_type_share: float = 0.3) -> pa.Array:
    """OBD/UDS trouble codes; some carry the ISO 14229 failure-type byte (`P0A80-1C`)."""
    out = []
    for code in rng.choices(DTCS, k=n):
        if rng.random() < failure_type_share:
            code = f"{code}-{rng.choice(('00', '1C', '16', '17', '64', '87'))}"
        out.append(code)
    return pa.array(out, type=pa.string())


def freeze_frames(rng: random.Random, n: int) -> pa.Array:
    """Freeze-frame records as platforms keep them: a small JSON object of the PIDs captured with the DTC."""
    out = []
    for _ in range(n):
        out.append('{"rpm":%d,"speed_kmh":%d,"coolant_c":%d,"load_pct":%d,"voltage_v":%.1f}' % (
            rng.randint(650, 4200), rng.randint(0, 130), rng.randint(20, 104), rng.randint(8, 95),
            rng.uniform(11.8, 14.6)))
    return pa.array(out, type=pa.string())


# ------------------------------------------------------------------------------------------------ software


def firmware_versions(rng: random.Random, n: int) -> pa.Array:
    """Mixed vendor styles: `3.12.4`, `V01.02.07`, `TBOX_V2.4.1_20250312`."""
    out = []
    for _ in range(n):
        major, minor, patch = rng.randint(0, 5), rng.randint(0, 20), rng.randint(0, 40)
        style = rng.random()
        if style < 0.4:
            out.append(f"{major}.{minor}.{patch}")
        elif style < 0.8:
            out.append(f"V{major:02d}.{minor:02d}.{patch:02d}")
        else:
            out.append(f"{rng.choice(('TBOX', 'VCU', 'BMS', 'IVI'))}_V{major}.{minor}.{patch}_"
                       f"20{rng.randint(22, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
    return pa.array(out, type=pa.string())


def sha256_hexes(rng: random.Random, n: int) -> pa.Array:
    return pa.array([f"{rng.getrandbits(256):064x}" for _ in range(n)], type=pa.string())


def cve_ids(rng: random.Random, n: int) -> pa.Array:
    out = []
    for _ in range(n):
        sequence = rng.randint(1000, 9999) if rng.random() < 0.4 else rng.randint(10000, 52999)
        out.append(f"CVE-{rng.randint(2016, 2025)}-{sequence}")
    return pa.array(out, type=pa.string())


def cvss_scores(rng: random.Random, n: int) -> pa.Array:
    return uniform(rng, n, 2.0, 10.0, 1)


def pem_certificates(rng: random.Random, n: int, body_bytes: int = 384) -> pa.Array:
    """Well-formed PEM armour around DER-shaped random bytes (SEQUENCE tag 0x30 0x82, so bodies start `MII`)."""
    out = []
    for _ in range(n):
        der = b"\x30\x82" + struct.pack(">H", body_bytes) + rng.randbytes(body_bytes)
        text = base64.b64encode(der).decode()
        lines = "\n".join(text[i:i + 64] for i in range(0, len(text), 64))
        out.append(f"-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----\n")
    return pa.array(out, type=pa.string())


def certificate_serials(rng: random.Random, n: int) -> pa.Array:
    return pa.array([f"{rng.getrandbits(128):032X}" for _ in range(n)], type=pa.string())


# ------------------------------------------------------------------------------------------------ blobs


def jpeg_blobs(rng: random.Random, n: int, size: int = 512) -> pa.Array:
    """JFIF headers (SOI + APP0) followed by random entropy-coded-looking bytes and an EOI marker."""
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return pa.array([head + rng.randbytes(size) + b"\xff\xd9" for _ in range(n)], type=pa.binary())


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_blobs(rng: random.Random, n: int, size: int = 512) -> pa.Array:
    """PNG signature and a valid IHDR chunk (640×480 greyscale, as IR cabin cameras produce), then random IDAT."""
    head = b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", 640, 480, 8, 0, 0, 0, 0))
    return pa.array([head + _png_chunk(b"IDAT", rng.randbytes(size)) for _ in range(n)], type=pa.binary())


def pcd_blobs(rng: random.Random, n: int, points: int = 32) -> pa.Array:
    """PCD v0.7 files with binary x y z intensity float32 points."""
    header = ("# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7\nFIELDS x y z intensity\nSIZE 4 4 4 4\n"
              f"TYPE F F F F\nCOUNT 1 1 1 1\nWIDTH {points}\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS {points}\n"
              "DATA binary\n").encode()
    pack = struct.Struct("<4f").pack
    return pa.array([header + b"".join(pack(rng.uniform(-60, 60), rng.uniform(-60, 60), rng.uniform(-2, 4),
                                            rng.uniform(0, 255)) for _ in range(points)) for _ in range(n)],
                    type=pa.binary())


# ------------------------------------------------------------------------------------------------ charging

# Operator ids as the T/CEC 102 interconnection platforms assign them (9-character organisation codes).
CHARGING_OPERATORS: tuple[tuple[str, str], ...] = (
    ("MA5DA0053", "特来电新能源股份有限公司"), ("313744932", "国网电动汽车服务有限公司"),
    ("MA1FP8U59", "星星充电科技有限公司"), ("MA59CU7X6", "云快充新能源科技有限公司"),
)


def station_ids(rng: random.Random, n: int, cities: Sequence[City] | None = None) -> pa.Array:
    """Station ids: county code of the station's district + 6-digit serial."""
    cities = cities if cities is not None else rng.choices(CITIES, k=n)
    return pa.array([f"{rng.choice(city.districts)[1]}{rng.randrange(10 ** 6):06d}" for city in cities],
                    type=pa.string())


def pile_ids(stations: Sequence[str] | pa.Array) -> pa.Array:
    """Equipment ids: station id + 2-digit pile number (the n-th pile of its station)."""
    stations = stations.to_pylist() if isinstance(stations, pa.Array) else list(stations)
    seen: dict[str, int] = {}
    out = []
    for station in stations:
        seen[station] = seen.get(station, 0) + 1
        out.append(f"{station}{seen[station]:02d}")
    return pa.array(out, type=pa.string())


def charging_session_ids(rng: random.Random, starts: pa.Array, operators: Sequence[str] | None = None) -> pa.Array:
    """T/CEC 102 StartChargeSeq: operator id (9) + start time yymmddHHMMSS + 6-digit serial.

    `operators` gives each session's operator id; by default each is drawn from CHARGING_OPERATORS."""
    times = pc.strftime(starts, format="%y%m%d%H%M%S").to_pylist()
    if operators is None:
        operators = [op for op, _ in rng.choices(CHARGING_OPERATORS, k=len(times))]
    return pa.array([f"{op}{t}{rng.randrange(10 ** 6):06d}" for op, t in zip(operators, times)], type=pa.string())


def rfid_uids(rng: random.Random, n: int) -> pa.Array:
    """4-byte MIFARE card UIDs as 8 hex characters, as charge points report idTags."""
    return pa.array([f"{rng.getrandbits(32):08X}" for _ in range(n)], type=pa.string())


def charged_kwh(rng: random.Random, n: int) -> pa.Array:
    return uniform(rng, n, 3.0, 78.0, 2)


# ------------------------------------------------------------------------------------------------ business


def work_order_numbers(n: int, day: date) -> pa.Array:
    return pa.array([f"WO{day:%Y%m%d}{i:05d}" for i in range(1, n + 1)], type=pa.string())


def material_codes(rng: random.Random, n: int) -> pa.Array:
    """Part numbers in the `3501010-K00` style of Chinese OEM BOMs."""
    return pa.array([f"{rng.randint(1000, 8999)}{rng.randrange(1000):03d}-{rng.choice(_PLATE_LETTERS)}"
                     f"{rng.randrange(100):02d}" for _ in range(n)], type=pa.string())


def audit_users(rng: random.Random, n: int) -> pa.Array:
    """`create_by` values: a few system accounts and many operator logins."""
    people = usernames(rng, 12).to_pylist()
    return choice(rng, n, ("admin", "system", "sync_job", *people), type=pa.string())


def ipv4s(rng: random.Random, n: int, private: bool = True) -> pa.Array:
    if private:
        return pa.array([f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" for _ in range(n)],
                        type=pa.string())
    return pa.array([f"{rng.randint(36, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
                     for _ in range(n)], type=pa.string())
