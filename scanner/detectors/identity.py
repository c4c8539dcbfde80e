"""Detectors for identifiers of people, vehicles and organisations (PI and vehicle identity)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import detector
from scanner.detectors.checksums import (count_mask, luhn_valid, resident_id_check_ok, uscc_check_ok,
                                         vin_check_digit_ok)
from scanner.detectors.textops import count_matching, keep, matching, strip_separators, texts, without

# ISO 3779: no I, O, Q anywhere, and the last four characters are always numeric.
VIN_SHAPE = r"^[A-HJ-NPR-Z0-9]{13}[0-9]{4}$"
HAS_LETTER = r"[A-Z]"


def _vin_shaped(values: pa.Array) -> pa.Array:
    # A 17-digit number is an order or snowflake id, never a VIN: every WMI block holds letters somewhere.
    shaped = matching(pc.utf8_upper(texts(values)), VIN_SHAPE, 17, 17)
    return keep(shaped, pc.match_substring_regex(shaped, HAS_LETTER)) if len(shaped) else shaped


@detector("vin_shape", "17-character ISO 3779 VIN shape, check digit not required (EU and other foreign VINs)")
def vin_shape(values: pa.Array) -> int:
    return len(_vin_shaped(values))


@detector("vin", "VIN with a valid position-9 check digit (SAE J853 / GB 16735) and a valid model-year code")
def vin(values: pa.Array) -> int:
    # Position 10 is the model-year code, which never uses U, Z or 0 (vininfo's check_year rule).
    shaped = matching(_vin_shaped(values), r"^.{9}[A-HJ-NPR-TV-Y1-9]", 17, 17)
    return count_mask(vin_check_digit_ok(shaped))


# GB 2260 province-level prefixes: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 (Taiwan), 81-83 (HK, Macao and
# Taiwan residence permits use 81/82/83).
PROVINCE = r"(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])"
RESIDENT_ID_18 = rf"^{PROVINCE}\d{{4}}(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{3}}[0-9X]$"
RESIDENT_ID_15 = rf"^{PROVINCE}\d{{4}}\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{3}}$"


def _real_dates(values: pa.Array, start: int, prefix: str = "") -> np.ndarray:
    """Whether the YYYYMMDD (or YYMMDD with a century prefix) at `start` is a calendar date (no 20230230)."""
    digits = pc.utf8_slice_codeunits(values, start, start + 8 - len(prefix))
    if prefix:
        digits = pc.binary_join_element_wise(prefix, digits, "")
    parsed = pc.strptime(digits, format="%Y%m%d", unit="s", error_is_null=True)
    return np.asarray(pc.is_valid(parsed).to_numpy(zero_copy_only=False))


def resident_id_18_mask(values: pa.Array) -> np.ndarray:
    """For upper-cased 18-character strings: is each one a GB 11643 resident ID (shape, MOD 11-2, real date)?

    The birth-place check of stdnum.cn.ric is deliberately not applied: it rejects a county code that did not
    exist in the birth year, but people born before a county was created carry its code from the day the ID was
    issued, so real IDs fail it (half of openDLP's IDs do). The window is 1900-2099 rather than "not in the
    future" so that results do not depend on the clock.
    """
    shaped = pc.match_substring_regex(values, RESIDENT_ID_18)
    mask = np.asarray(shaped.to_numpy(zero_copy_only=False))
    if mask.any():
        candidates = keep(values, shaped)
        mask[mask] = resident_id_check_ok(candidates) & _real_dates(candidates, 6)
    return mask


@detector("cn_resident_id", "Chinese resident ID: 18 characters with ISO 7064 MOD 11-2 check and a real birth date "
                            "(15-digit pre-1999 numbers with a real date also count)")
def cn_resident_id(values: pa.Array) -> int:
    text = pc.utf8_upper(texts(values))
    long_ids = keep(text, pc.equal(pc.binary_length(text), 18))
    passed = count_mask(resident_id_18_mask(long_ids)) if len(long_ids) else 0
    legacy = matching(text, RESIDENT_ID_15, 15, 15)
    if len(legacy):
        passed += count_mask(_real_dates(legacy, 6, prefix="19"))
    return passed


@detector("cn_mobile", "Chinese mobile number (1[3-9] + 9 digits), with +86/0086 prefix and spaces or dashes",
          families=("string", "integer"))
def cn_mobile(values: pa.Array) -> int:
    text = strip_separators(texts(values), r"[\s\-()]")
    return len(matching(text, r"^(?:\+?86|0086)?1[3-9]\d{9}$", 11, 15))


@detector("cn_landline", "Chinese fixed-line number with area code: 0314-7549007, (0835)-69077569, +86 10 8888 6666")
def cn_landline(values: pa.Array) -> int:
    # Area codes are 010, 02x or 0 + three digits; local numbers have 7 or 8 digits and never start with 0 or 1.
    area = r"(?:10|2\d|[3-9]\d{2})"
    pattern = rf"^(?:(?:\+86|0086)[\s-]?\(?{area}\)?|\(?0{area}\)?)[\s-]?[2-9]\d{{2,3}}[\s-]?\d{{4}}$"
    return count_matching(values, pattern, 10, 20)


@detector("email", "e-mail address")
def email(values: pa.Array) -> int:
    label = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    # The top-level domain is letters, or punycode (xn--p1ai) for internationalised ones.
    tld = r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})"
    return count_matching(values, rf"^[A-Za-z0-9._%+\-]{{1,64}}@(?:{label}\.)+{tld}$", 6, 254)


@detector("bank_card", "payment card number: 13-19 digits, Luhn, plausible issuer (not airline/0, not a resident ID, "
          "not a 15-digit IMEI)", families=("string", "integer"))
def bank_card(values: pa.Array) -> int:
    # Leading 1 is the airline industry (and every epoch timestamp), leading 0 no issuer; 13-digit cards are only
    # old Visa (4). Resident IDs pass Luhn one time in ten, so a valid ID is read as an ID, not as a card.
    # Below 16 digits only the issuers that really use those lengths count: 14-digit Diners (30/36/38) and
    # 15-digit American Express (34/37). IMEIs are 15 Luhn-valid digits too (TAC 35…, 86…, 01…), and every T-Box
    # table holds them; UnionPay, Visa and Mastercard numbers have 16-19 digits.
    text = strip_separators(texts(values), r"[\s-]")
    cards = matching(text, r"^(?:4\d{12}|3[068]\d{12}|3[47]\d{13}|[2-9]\d{15,18})$", 13, 19)
    cards = without(cards, r"^(?:2+|3+|4+|5+|6+|7+|8+|9+)$")
    return count_mask(luhn_valid(cards) & ~resident_id_18_mask(cards))


@detector("uscc", "unified social credit code (GB 32100) with its mod-31 check character")
def uscc(values: pa.Array) -> int:
    # stdnum.cn.uscc.validate wants 8 leading digits, but GB 32100 registration-authority codes include A, N and Y
    # (e.g. Y1..., N2...): only its check-digit rule is reused (vectorised in checksums.uscc_check_ok).
    # One all-digit resident ID in 31 passes the mod-31 check; a valid resident ID is read as an ID.
    chars = "[0-9A-HJ-NPQRTUWXY]"
    codes = matching(pc.utf8_upper(texts(values)), rf"^{chars}{{2}}\d{{6}}{chars}{{10}}$", 18, 18)
    return count_mask(uscc_check_ok(codes) & ~resident_id_18_mask(codes))


PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


@detector("cn_plate", "Chinese licence plate incl. 8-character NEV plates and 挂/学/警/港/澳/领/使 suffixes")
def cn_plate(values: pa.Array) -> int:
    # Plates never use I or O. NEV plates carry D/F either third (small cars) or last (large vehicles). GA 36-2018
    # wants digits in the last four places of a small NEV plate; letters there are accepted because the
    # province character + issuer letter + D/F prefix is already specific (and openDLP's NEV plates use them).
    serial = "[A-HJ-NP-Z0-9]"
    pattern = (rf"^[{PLATE_PROVINCES}][A-HJ-NP-Z](?:{serial}{{4}}[A-HJ-NP-Z0-9挂学警港澳领使]"
               rf"|[DF]{serial}{{5}}|\d{{5}}[DF])$")
    text = strip_separators(pc.utf8_upper(texts(values)), r"[\s\-·•]")
    return len(matching(text, pattern, 9, 14))


@detector("passport", "Chinese passport number: E/G + 8 digits, E + letter + 7 digits, DE/SE/PE + 7 digits")
def passport(values: pa.Array) -> int:
    return len(matching(pc.utf8_upper(texts(values)), r"^(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7}|[DSP]E\d{7})$", 9, 9))


@lru_cache(maxsize=1)
def surnames() -> tuple[pa.Array, pa.Array]:
    """(single-character surnames, compound surnames) from data/cn_surnames.txt."""
    lines = (Path(__file__).parent / "data" / "cn_surnames.txt").read_text(encoding="utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return pa.array([n for n in names if len(n) == 1]), pa.array([n for n in names if len(n) == 2])


@detector("cn_person_name", "2-4 Chinese characters starting with a Chinese surname")
def cn_person_name(values: pa.Array) -> int:
    names = matching(texts(values), r"^\p{Han}{2,4}$", 6, 12)
    if len(names) == 0:
        return 0
    single, compound = surnames()
    first = pc.is_in(pc.utf8_slice_codeunits(names, 0, 1), value_set=single)
    double = pc.and_(pc.is_in(pc.utf8_slice_codeunits(names, 0, 2), value_set=compound),
                     pc.greater_equal(pc.utf8_length(names), 3))
    return int(pc.sum(pc.cast(pc.or_(first, double), pa.int64())).as_py() or 0)


ADMIN_MARKER = "(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)"
PLACE_MARKER = "(?:路|街|巷|弄|胡同|村|组|号|栋|幢|单元|室|小区|大厦|公寓|花园)"


@detector("cn_address", "Chinese postal address: an administrative marker (省/市/区/县/镇/乡) then a street-level "
                        "one (路/街/村/号/栋/单元/室)")
def cn_address(values: pa.Array) -> int:
    # County-level cities are often written without 市 ("邛崃庆丰中路538号"), so "road + number + 号" also counts.
    # Organisation names ("…市…路桥有限公司") carry the same markers; their legal-form suffix gives them away.
    text = matching(texts(values), rf"^[\p{{Han}}0-9A-Za-z#()（）\-－·\s]*(?:{ADMIN_MARKER}.*{PLACE_MARKER}"
                                   rf"|(?:路|街|巷|弄|道)\d+号)", 12, 600)
    return len(without(text, r"(?:公司|集团|厂|银行|医院|学校|大学|学院|研究所|研究院|中心|事务所|商行|店)$"))


GENDER_WORDS = pa.array(["男", "女", "男性", "女性", "m", "f", "male", "female"])


@detector("gender", "gender value: 男/女, M/F, male/female")
def gender(values: pa.Array) -> int:
    text = texts(values)
    text = keep(text, pc.less_equal(pc.binary_length(text), 8))
    return int(pc.sum(pc.cast(pc.is_in(pc.utf8_lower(text), value_set=GENDER_WORDS), pa.int64())).as_py() or 0)
