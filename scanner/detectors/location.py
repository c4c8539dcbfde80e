"""Detectors for positions inside China: plain degrees, scaled integers, WKT/GeoJSON/pairs, NMEA, geohash."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import count_true, detector
from scanner.detectors.textops import between, count_matching, decimal_numbers, keep, matching, texts

# China's bounding box (Zengmu Reef to Mohe; Pamirs to the Wusuli river).
LAT_MIN, LAT_MAX = 3.8, 53.6
LON_MIN, LON_MAX = 73.4, 135.1
# Three decimals is ~100 m: below that a number in range is as likely a temperature or a price as a position.
MIN_DECIMALS = 3
HIGH_PRECISION_DECIMALS = 7  # ~1 cm: RTK / surveying grade (taxonomy: suggests C13.1)
NUMERIC = ("float", "string")


def _degrees_in(values: pa.Array, low: float, high: float, min_decimals: int) -> int:
    numbers, decimals = decimal_numbers(values)
    if len(numbers) == 0:
        return 0
    return count_true(pc.and_(between(numbers, low, high), pc.greater_equal(decimals, min_decimals)))


@detector("latitude_cn", "latitudes inside China (3.8-53.6) with at least 3 decimals", families=NUMERIC)
def latitude_cn(values: pa.Array) -> int:
    return _degrees_in(values, LAT_MIN, LAT_MAX, MIN_DECIMALS)


@detector("longitude_cn", "longitudes inside China (73.4-135.1) with at least 3 decimals", families=NUMERIC)
def longitude_cn(values: pa.Array) -> int:
    return _degrees_in(values, LON_MIN, LON_MAX, MIN_DECIMALS)


@detector("coordinate_high_precision", "latitudes or longitudes inside China with 7 or more decimals",
          families=NUMERIC)
def coordinate_high_precision(values: pa.Array) -> int:
    numbers, decimals = decimal_numbers(values)
    if len(numbers) == 0:
        return 0
    inside = pc.or_(between(numbers, LAT_MIN, LAT_MAX), between(numbers, LON_MIN, LON_MAX))
    return count_true(pc.and_(inside, pc.greater_equal(decimals, HIGH_PRECISION_DECIMALS)))


@detector("coordinate_scaled_int", "integer degrees x 10^6 inside China's box (GB/T 32960, JT/T 808 storage)",
          families=("integer",))
def coordinate_scaled_int(values: pa.Array) -> int:
    scale = 1_000_000
    inside = pc.or_(between(values, int(LAT_MIN * scale), int(LAT_MAX * scale)),
                    between(values, int(LON_MIN * scale), int(LON_MAX * scale)))
    return count_true(inside)


NUM = r"[+-]?\d{1,3}(?:\.\d+)?"
WKT = (rf"^\s*(?i:SRID=\d+;)?(?i:MULTI)?(?i:POINT|LINESTRING|POLYGON)\s*(?i:ZM|Z|M)?\s*\(+\s*"
       rf"(?P<x>{NUM})\s+(?P<y>{NUM})")
GEOJSON = rf"\"coordinates\"\s*:\s*\[+\s*(?P<x>{NUM})\s*,\s*(?P<y>{NUM})"
# Bare pairs need decimals: "30,120" is far more often two quantities than a position.
FRACTIONAL = r"[+-]?\d{1,3}\.\d+"
PAIR = rf"^[(\[]?\s*(?P<x>{FRACTIONAL})\s*[,;]\s*(?P<y>{FRACTIONAL})\s*[)\]]?$"


def _first_points(text: pa.Array, pattern: str) -> tuple[pa.Array, pa.Array]:
    """(x, y) of the first coordinate pair of each value matching pattern, as float64."""
    found = pc.extract_regex(keep(text, pc.match_substring_regex(text, pattern)), pattern)
    return pc.cast(pc.struct_field(found, "x"), pa.float64()), pc.cast(pc.struct_field(found, "y"), pa.float64())


def _lon_lat_inside(lon: pa.Array, lat: pa.Array) -> pa.Array:
    return pc.and_(between(lon, LON_MIN, LON_MAX), between(lat, LAT_MIN, LAT_MAX))


@detector("coordinate_text", "WKT POINT/LINESTRING/POLYGON, GeoJSON or 'lat,lon' / 'lon,lat' text inside China")
def coordinate_text(values: pa.Array) -> int:
    # WKT and GeoJSON put longitude first by definition; a bare pair may come in either order, and the ranges
    # of latitude and longitude inside China do not overlap, so the order is never ambiguous.
    text = texts(values)
    text = keep(text, pc.greater_equal(pc.binary_length(text), 7))
    passed = 0
    for pattern in (WKT, GEOJSON):
        x, y = _first_points(text, pattern)
        passed += count_true(_lon_lat_inside(x, y))
    pairs = matching(text, PAIR, 7, 64)
    if len(pairs):
        a, b = _first_points(pairs, PAIR)
        passed += count_true(pc.or_(_lon_lat_inside(a, b), _lon_lat_inside(b, a)))
    return passed


@detector("nmea", "NMEA 0183 sentences from a GNSS receiver ($GPGGA, $GNRMC, $BDGSV ...)")
def nmea(values: pa.Array) -> int:
    talker = "(?:GP|GN|GL|GA|GB|BD|GQ|QZ)"
    sentence = "(?:GGA|RMC|GLL|VTG|GSA|GSV|ZDA|GST|GNS|HDT|TXT)"
    return count_matching(values, rf"^\${talker}{sentence},", 7, 4096)


@detector("geohash", "geohash of precision 6-12 whose cell lies over China (first character t, v, w or y)")
def geohash(values: pa.Array) -> int:
    # The base-32 alphabet has no a, i, l, o; short all-letter words that fit it ("street") are left out by
    # requiring a digit below 8 characters.
    cells = matching(texts(values), r"^[tvwy][0-9b-hjkmnp-z]{5,11}$", 6, 12)
    if len(cells) == 0:
        return 0
    return count_true(pc.or_(pc.match_substring_regex(cells, r"\d"), pc.greater_equal(pc.binary_length(cells), 8)))
