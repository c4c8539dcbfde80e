from __future__ import annotations

import pyarrow as pa
import pytest

from tests.detectors.helpers import passes, ratio

CASES = [
    # name, value, expected
    ("vin", "LSVAU218XN2183294", True),         # Chinese WMI, check digit X
    ("vin", "1M8GDM9AXKP042788", True),         # the classic SAE example
    ("vin", "1m8gdm9axkp042788", True),         # lower case is upper-cased first
    ("vin", "1M8GDM9AYKP042788", False),        # wrong check digit
    ("vin", "1M8GDM9AXUP042788", False),        # U is no model-year code
    ("vin", "1M8GDM9AXKP04278", False),         # 16 characters
    ("vin", "1M8GDM9AXKPO42788", False),        # letter O
    ("vin", "12345678901234567", False),        # 17 digits: an order number
    ("vin_shape", "WVWZZZ1JZXW000001", True),   # European VIN, no check digit
    ("vin_shape", "WVWZZZ1JZXW00000A", False),  # last four must be digits
    ("vin_shape", "12345678901234567", False),
    ("vin_shape", "hello world 12345", False),
    ("cn_resident_id", "11010519491231002X", True),
    ("cn_resident_id", "11010519491231002x", True),
    ("cn_resident_id", "110105194912310021", False),  # check digit
    ("cn_resident_id", "110105194902300026", False),  # 30 February
    ("cn_resident_id", "990105194912310023", False),  # no province 99
    ("cn_resident_id", "110105491231002", True),      # 15-digit legacy
    ("cn_resident_id", "110105491331002", False),     # month 13
    ("cn_resident_id", "6210951638235704116", False),  # a bank card
    ("cn_mobile", "13912638017", True),
    ("cn_mobile", "175 5145 1259", True),
    ("cn_mobile", "+86 134-4888-1249", True),
    ("cn_mobile", "(+86)167-5918-4154", True),
    ("cn_mobile", "008613912638017", True),
    ("cn_mobile", 13912638017, True),
    ("cn_mobile", "12912638017", False),       # order number, not 1[3-9]
    ("cn_mobile", "23912638017", False),
    ("cn_mobile", "1700000000000", False),     # epoch millis
    ("cn_mobile", 1, False),
    ("cn_mobile", "(0359)5782263", False),
    ("cn_landline", "0314-7549007", True),
    ("cn_landline", "(0835)-69077569", True),
    ("cn_landline", "(0736)77424952", True),
    ("cn_landline", "010-88886666", True),
    ("cn_landline", "+86 10 8888 6666", True),
    ("cn_landline", "13912638017", False),
    ("cn_landline", "0314-0549007", False),    # local numbers never start with 0
    ("cn_landline", "2024-01-05", False),
    ("email", "kym@kanopy.store", True),
    ("email", "a.b+c@mail.example.com.cn", True),
    ("email", "no-at-sign.example.com", False),
    ("email", "a@b", False),
    ("email", "two@@example.com", False),
    ("bank_card", "6222021234567890123", False),  # Luhn fails
    ("bank_card", "6282901638235965", True),
    ("bank_card", "6282 9016 3823 5965", True),
    ("bank_card", "4111111111111111", True),
    ("bank_card", 6282901638235965, True),
    ("bank_card", "1700000000000", False),        # epoch millis (leading 1)
    ("bank_card", "1712345678901234", False),
    ("bank_card", "11010519491231002X", False),
    ("bank_card", "0000000000000000", False),
    ("uscc", "91110000600037341L", True),
    ("uscc", "Y122068125J2082M4R", True),         # authority Y: stdnum's validate would refuse it
    ("uscc", "91110000600037341M", False),
    ("uscc", "91110000600037341", False),
    ("uscc", "E10295562", False),
    ("cn_plate", "京A12345", True),
    ("cn_plate", "新QV3S41", True),
    ("cn_plate", "赣ND00703", True),             # small NEV
    ("cn_plate", "粤B12345D", True),             # large NEV
    ("cn_plate", "粤Z1234港", True),
    ("cn_plate", "京A·12345", True),
    ("cn_plate", "京I12345", False),             # no I
    ("cn_plate", "京A1234567", False),
    ("cn_plate", "E10295562", False),
    ("passport", "E10295562", True),
    ("passport", "EN0380512", True),
    ("passport", "G61664969", True),
    ("passport", "E1029556", False),
    ("passport", "A10295562", False),
    ("passport", "8145032962046C414G", False),
    ("cn_person_name", "王小明", True),
    ("cn_person_name", "欧阳娜娜", True),
    ("cn_person_name", "李白", True),
    ("cn_person_name", "王", False),
    ("cn_person_name", "北京市", False),
    ("cn_person_name", "王小明先生你好", False),
    ("cn_person_name", "Wang Li", False),
    ("cn_address", "重庆市渝中区山坡东路250号锦绣新天地2栋4单元0203房", True),
    ("cn_address", "临颍县长青乡观云村平亭组40号", True),
    ("cn_address", "邛崃庆丰中路538号达富御院8栋2单元1104房", True),
    ("cn_address", "北京市路桥建设有限公司", False),
    ("cn_address", "北京市", False),
    ("cn_address", "123 Main Street", False),
    ("gender", "男", True),
    ("gender", "Female", True),
    ("gender", "M", True),
    ("gender", "未知", False),
    ("gender", "1", False),
]


@pytest.mark.parametrize("name, value, expected", CASES)
def test_identity_values(name: str, value: object, expected: bool) -> None:
    assert passes(name, value) is expected


def test_random_17_char_strings_rarely_pass_vin() -> None:
    import random
    rng = random.Random(7)
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = ["".join(rng.choice(alphabet) for _ in range(13)) + f"{rng.randrange(10000):04d}" for _ in range(2000)]
    assert ratio("vin_shape", values) > 0.95
    # A check digit that matches by chance: 1 in 11, minus the model-year codes that are never used.
    assert ratio("vin", values) < 0.12


def test_surrogate_ids_are_no_personal_identifiers() -> None:
    ids = list(range(1, 201))
    for name in ("cn_mobile", "bank_card", "cn_resident_id", "imei"):
        assert ratio(name, ids, pa.int64()) == 0.0, name
