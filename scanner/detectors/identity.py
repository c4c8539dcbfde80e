"""Detectors for identifiers of people, vehicles and organisations (PI and vehicle identity)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import Mask, detector
from scanner.detectors.checksums import (char_matrix, luhn_valid, resident_id_check_ok, uscc_check_ok,
                                         vin_check_digit_ok)
from scanner.detectors.textops import (DIGIT, LETTER, LETTER_UPPER, NON_ASCII, SPACE, derived, has, length_between,
                                       matches, on_rows, only, punct, regex_mask, strip_separators, stripped_matches,
                                       text_classes, text_matches, texts, upper_classes, upper_texts)

# ISO 3779: no I, O, Q anywhere, and the last four characters are always numeric.
VIN_SHAPE = r"^[A-HJ-NPR-Z0-9]{13}[0-9]{4}$"


def byte_set(chars: str) -> np.ndarray:
    """A 256-entry lookup table: which bytes are one of the (ASCII) `chars`."""
    table = np.zeros(256, dtype=bool)
    table[list(chars.encode("ascii"))] = True
    return table


LETTERS = byte_set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
MODEL_YEAR_CODES = byte_set("ABCDEFGHJKLMNPRSTVWXY123456789")  # never U, Z or 0 (vininfo's check_year rule)


def _vin_shaped(values: pa.Array) -> Mask:
    return derived(values, "vin_shaped", _vin_shape_mask).copy()


def _vin_shape_mask(values: pa.Array) -> Mask:
    upper = upper_texts(values)
    shaped = matches(upper, VIN_SHAPE, 17, 17, only(upper_classes(values), DIGIT | LETTER_UPPER))
    # A 17-digit number is an order or snowflake id, never a VIN: every WMI block holds letters somewhere.
    rows = np.flatnonzero(shaped)
    shaped[rows] = LETTERS[char_matrix(upper, 17, rows)].any(axis=1)
    return shaped


@detector("vin_shape", "17-character ISO 3779 VIN shape, check digit not required (EU and other foreign VINs)")
def vin_shape(values: pa.Array) -> Mask:
    return _vin_shaped(values)


@detector("vin", "VIN with a valid position-9 check digit (SAE J853 / GB 16735) and a valid model-year code")
def vin(values: pa.Array) -> Mask:
    shaped = _vin_shaped(values)
    rows = np.flatnonzero(shaped)
    upper = upper_texts(values)
    shaped[rows] = MODEL_YEAR_CODES[char_matrix(upper, 17, rows)[:, 9]] & vin_check_digit_ok(upper, rows)
    return shaped


# GB 2260 province-level prefixes: 11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 (Taiwan), 81-83 (HK, Macao and
# Taiwan residence permits use 81/82/83).
PROVINCE = r"(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])"
RESIDENT_ID_18 = rf"^{PROVINCE}\d{{4}}(?:19|20)\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{3}}[0-9X]$"
RESIDENT_ID_15 = rf"^{PROVINCE}\d{{4}}\d{{2}}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{{3}}$"


def resident_id_18_mask(values: pa.Array, rows: Mask | None = None) -> Mask:
    """For upper-cased strings (those at `rows`): is each a GB 11643 resident ID (shape and MOD 11-2)?

    The birth-place check of stdnum.cn.ric is deliberately not applied: it rejects a county code that did not
    exist in the birth year, but people born before a county was created carry its code from the day the ID was
    issued, so real IDs fail it (half of openDLP's IDs do). The window is 1900-2099 rather than "not in the
    future" so that results do not depend on the clock. The birth date is bounded by the pattern alone (month
    01-12, day 01-31): the strptime check this replaced never rejected a date, because Arrow's strptime rolls 30
    February over to 2 March. A calendar check would change which values pass, so it belongs in a change of its own.
    """
    mask = regex_mask(values, RESIDENT_ID_18, rows)
    picked = np.flatnonzero(mask)
    mask[picked] = resident_id_check_ok(values, picked)
    return mask


@detector("cn_resident_id", "Chinese resident ID: 18 characters with ISO 7064 MOD 11-2 check and a real birth date "
                            "(15-digit pre-1999 numbers with a real date also count)")
def cn_resident_id(values: pa.Array) -> Mask:
    text = upper_texts(values)
    classes = upper_classes(values)
    return (resident_id_18_mask(text, length_between(text, 18, 18) & only(classes, DIGIT | LETTER_UPPER))
            | matches(text, RESIDENT_ID_15, 15, 15, only(classes, DIGIT)))


@detector("cn_mobile", "Chinese mobile number (1[3-9] + 9 digits), with +86/0086 prefix and spaces or dashes",
          families=("string", "integer"))
def cn_mobile(values: pa.Array) -> Mask:
    text, classes = texts(values), text_classes(values)
    # Stripping only shortens: a candidate has at least 11 bytes, all digits, '+' or separators.
    candidates = only(classes, DIGIT | SPACE | punct("-()+")) & length_between(text, 11, 1 << 62)
    return stripped_matches(text, classes, r"[\s\-()]", SPACE | punct("-()"), r"^(?:\+?86|0086)?1[3-9]\d{9}$",
                            11, 15, candidates)


@detector("cn_landline", "Chinese fixed-line number with area code: 0314-7549007, (0835)-69077569, +86 10 8888 6666")
def cn_landline(values: pa.Array) -> Mask:
    # Area codes are 010, 02x or 0 + three digits; local numbers have 7 or 8 digits and never start with 0 or 1.
    area = r"(?:10|2\d|[3-9]\d{2})"
    pattern = rf"^(?:(?:\+86|0086)[\s-]?\(?{area}\)?|\(?0{area}\)?)[\s-]?[2-9]\d{{2,3}}[\s-]?\d{{4}}$"
    return text_matches(values, pattern, 10, 20, only(text_classes(values), DIGIT | SPACE | punct("-()+")))


@detector("email", "e-mail address")
def email(values: pa.Array) -> Mask:
    label = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    # The top-level domain is letters, or punycode (xn--p1ai) for internationalised ones.
    tld = r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})"
    classes = text_classes(values)
    candidates = has(classes, punct("@")) & has(classes, punct(".")) & only(classes, DIGIT | LETTER | punct("._%+-@"))
    return text_matches(values, rf"^[A-Za-z0-9._%+\-]{{1,64}}@(?:{label}\.)+{tld}$", 6, 254, candidates)


@detector("bank_card", "payment card number: 13-19 digits, Luhn, plausible issuer (not airline/0, not a resident ID, "
          "not a 15-digit IMEI)", families=("string", "integer"))
def bank_card(values: pa.Array) -> Mask:
    # Leading 1 is the airline industry (and every epoch timestamp), leading 0 no issuer; 13-digit cards are only
    # old Visa (4). Resident IDs pass Luhn one time in ten, so a valid ID is read as an ID, not as a card.
    # Below 16 digits only the issuers that really use those lengths count: 14-digit Diners (30/36/38) and
    # 15-digit American Express (34/37). IMEIs are 15 Luhn-valid digits too (TAC 35…, 86…, 01…), and every T-Box
    # table holds them; UnionPay, Visa and Mastercard numbers have 16-19 digits.
    text, classes = texts(values), text_classes(values)
    candidates = only(classes, DIGIT | SPACE | punct("-")) & length_between(text, 13, 1 << 62)
    stripping = bool(has(classes[candidates], SPACE | punct("-")).any())
    return on_rows(text, candidates, lambda v: _cards(strip_separators(v, r"[\s-]") if stripping else v))


def _cards(digits: pa.Array) -> Mask:
    cards = matches(digits, r"^(?:4\d{12}|3[068]\d{12}|3[47]\d{13}|[2-9]\d{15,18})$", 13, 19)
    cards &= ~regex_mask(digits, r"^(?:2+|3+|4+|5+|6+|7+|8+|9+)$", cards)
    picked = np.flatnonzero(cards)
    cards[picked] = luhn_valid(digits, picked)
    return cards & ~resident_id_18_mask(digits, cards)


@detector("uscc", "unified social credit code (GB 32100) with its mod-31 check character")
def uscc(values: pa.Array) -> Mask:
    # stdnum.cn.uscc.validate wants 8 leading digits, but GB 32100 registration-authority codes include A, N and Y
    # (e.g. Y1..., N2...): only its check-digit rule is reused (vectorised in checksums.uscc_check_ok).
    # One all-digit resident ID in 31 passes the mod-31 check; a valid resident ID is read as an ID.
    chars = "[0-9A-HJ-NPQRTUWXY]"
    text = upper_texts(values)
    codes = matches(text, rf"^{chars}{{2}}\d{{6}}{chars}{{10}}$", 18, 18,
                    only(upper_classes(values), DIGIT | LETTER_UPPER))
    picked = np.flatnonzero(codes)
    codes[picked] = uscc_check_ok(text, picked)
    return codes & ~resident_id_18_mask(text, codes)


PLATE_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"


@detector("cn_plate", "Chinese licence plate incl. 8-character NEV plates and 挂/学/警/港/澳/领/使 suffixes")
def cn_plate(values: pa.Array) -> Mask:
    # Plates never use I or O. NEV plates carry D/F either third (small cars) or last (large vehicles). GA 36-2018
    # wants digits in the last four places of a small NEV plate; letters there are accepted because the
    # province character + issuer letter + D/F prefix is already specific (and openDLP's NEV plates use them).
    serial = "[A-HJ-NP-Z0-9]"
    pattern = (rf"^[{PLATE_PROVINCES}][A-HJ-NP-Z](?:{serial}{{4}}[A-HJ-NP-Z0-9挂学警港澳领使]"
               rf"|[DF]{serial}{{5}}|\d{{5}}[DF])$")
    text, classes = upper_texts(values), upper_classes(values)
    # The province character is the only non-ASCII one a plate holds besides the separators · and •.
    candidates = (has(classes, NON_ASCII) & only(classes, NON_ASCII | DIGIT | LETTER_UPPER | SPACE | punct("-"))
                  & length_between(text, 9, 1 << 62))
    return stripped_matches(text, classes, r"[\s\-·•]", SPACE | punct("-") | NON_ASCII, pattern, 9, 14, candidates)


@detector("passport", "Chinese passport number: E/G + 8 digits, E + letter + 7 digits, DE/SE/PE + 7 digits")
def passport(values: pa.Array) -> Mask:
    return matches(upper_texts(values), r"^(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7}|[DSP]E\d{7})$", 9, 9,
                   only(upper_classes(values), DIGIT | LETTER_UPPER))


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from data/cn_surnames.txt."""
    lines = (Path(__file__).parent / "data" / "cn_surnames.txt").read_text(encoding="utf-8").splitlines()
    names = [line.strip() for line in lines if line.strip() and not line.startswith("#")]
    return frozenset(n for n in names if len(n) == 1), frozenset(n for n in names if len(n) == 2)


@detector("cn_person_name", "2-4 Chinese characters starting with a Chinese surname")
def cn_person_name(values: pa.Array) -> Mask:
    text = texts(values)
    names = text_matches(values, r"^\p{Han}{2,4}$", 6, 12, only(text_classes(values), NON_ASCII))
    picked = np.flatnonzero(names)
    if len(picked):
        # Set lookups in Python on the few candidates cost less than the five Arrow calls of slicing and is_in.
        single, compound = surnames()
        names[picked] = [name[0] in single or (len(name) >= 3 and name[:2] in compound)
                         for name in text.take(pa.array(picked)).to_pylist()]
    return names


ADMIN_MARKER = "(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)"
PLACE_MARKER = "(?:路|街|巷|弄|胡同|村|组|号|栋|幢|单元|室|小区|大厦|公寓|花园)"


@detector("cn_address", "Chinese postal address: an administrative marker (省/市/区/县/镇/乡) then a street-level "
                        "one (路/街/村/号/栋/单元/室)")
def cn_address(values: pa.Array) -> Mask:
    # County-level cities are often written without 市 ("邛崃庆丰中路538号"), so "road + number + 号" also counts.
    # Organisation names ("…市…路桥有限公司") carry the same markers; their legal-form suffix gives them away.
    text = texts(values)
    addresses = matches(text, rf"^[\p{{Han}}0-9A-Za-z#()（）\-－·\s]*(?:{ADMIN_MARKER}.*{PLACE_MARKER}"
                              rf"|(?:路|街|巷|弄|道)\d+号)", 12, 600, has(text_classes(values), NON_ASCII))
    return addresses & ~regex_mask(text, r"(?:公司|集团|厂|银行|医院|学校|大学|学院|研究所|研究院|中心|事务所|商行|店)$",
                                   addresses)


GENDER_WORDS = pa.array(["男", "女", "男性", "女性", "m", "f", "male", "female"])


@detector("gender", "gender value: 男/女, M/F, male/female")
def gender(values: pa.Array) -> Mask:
    text = texts(values)
    # Lower-casing keeps digits and punctuation as they are, and no gender word holds any.
    candidates = length_between(text, 1, 8) & only(text_classes(values), LETTER | NON_ASCII)
    return on_rows(text, candidates, lambda v: pc.is_in(pc.utf8_lower(v), value_set=GENDER_WORDS))
