"""Detectors for positions inside China: plain degrees, scaled integers, WKT/GeoJSON/pairs, NMEA, geohash."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import Mask, detector
from scanner.detectors.textops import (DIGIT, LETTER_LOWER, SPACE, between, decimal_numbers, has, length_between,
                                       matches, only, punct, regex_mask, text_classes, text_matches, texts)

# China's bounding box (Zengmu Reef to Mohe; Pamirs to the Wusuli river).
LAT_MIN, LAT_MAX = 3.8, 53.6
LON_MIN, LON_MAX = 73.4, 135.1
# Three decimals is ~100 m: below that a number in range is as likely a temperature or a price as a position.
MIN_DECIMALS = 3
HIGH_PRECISION_DECIMALS = 7  # ~1 cm: RTK / surveying grade (taxonomy: suggests C13.1)
NUMERIC = ("float", "string")


def _degrees_in(values: pa.Array, low: float, high: float, min_decimals: int) -> Mask:
    numbers, decimals = decimal_numbers(values)
    return between(numbers, low, high) & (decimals >= min_decimals)


@detector("latitude_cn", "latitudes inside China (3.8-53.6) with at least 3 decimals", families=NUMERIC)
def latitude_cn(values: pa.Array) -> Mask:
    return _degrees_in(values, LAT_MIN, LAT_MAX, MIN_DECIMALS)


@detector("longitude_cn", "longitudes inside China (73.4-135.1) with at least 3 decimals", families=NUMERIC)
def longitude_cn(values: pa.Array) -> Mask:
    return _degrees_in(values, LON_MIN, LON_MAX, MIN_DECIMALS)


@detector("coordinate_high_precision", "latitudes or longitudes inside China with 7 or more decimals",
          families=NUMERIC)
def coordinate_high_precision(values: pa.Array) -> Mask:
    numbers, decimals = decimal_numbers(values)
    inside = between(numbers, LAT_MIN, LAT_MAX) | between(numbers, LON_MIN, LON_MAX)
    return inside & (decimals >= HIGH_PRECISION_DECIMALS)


@detector("coordinate_scaled_int", "integer degrees x 10^6 inside China's box (GB/T 32960, JT/T 808 storage)",
          families=("integer",))
def coordinate_scaled_int(values: pa.Array) -> Mask:
    scale = 1_000_000
    return (between(values, int(LAT_MIN * scale), int(LAT_MAX * scale))
            | between(values, int(LON_MIN * scale), int(LON_MAX * scale)))


NUM = r"[+-]?\d{1,3}(?:\.\d+)?"
WKT = (rf"^\s*(?i:SRID=\d+;)?(?i:MULTI)?(?i:POINT|LINESTRING|POLYGON)\s*(?i:ZM|Z|M)?\s*\(+\s*"
       rf"(?P<x>{NUM})\s+(?P<y>{NUM})")
GEOJSON = rf"\"coordinates\"\s*:\s*\[+\s*(?P<x>{NUM})\s*,\s*(?P<y>{NUM})"
# Bare pairs need decimals: "30,120" is far more often two quantities than a position.
FRACTIONAL = r"[+-]?\d{1,3}\.\d+"
PAIR = rf"^[(\[]?\s*(?P<x>{FRACTIONAL})\s*[,;]\s*(?P<y>{FRACTIONAL})\s*[)\]]?$"


def _first_points(text: pa.Array, pattern: str, rows: Mask) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) of the first coordinate pair of each value (among `rows`) matching pattern, as float64 aligned to
    `text`; NaN, which lies in no range, where there is none."""
    x, y = np.full(len(text), np.nan), np.full(len(text), np.nan)
    if rows.any():
        # extract_regex yields null for a value that does not match, so no separate match call is needed.
        found = pc.extract_regex(text if rows.all() else text.filter(pa.array(rows)), pattern)
        x[rows] = pc.struct_field(found, "x").cast(pa.float64()).to_numpy(zero_copy_only=False)
        y[rows] = pc.struct_field(found, "y").cast(pa.float64()).to_numpy(zero_copy_only=False)
    return x, y


def _lon_lat_inside(lon: np.ndarray, lat: np.ndarray) -> Mask:
    return between(lon, LON_MIN, LON_MAX) & between(lat, LAT_MIN, LAT_MAX)


@detector("coordinate_text", "WKT POINT/LINESTRING/POLYGON, GeoJSON or 'lat,lon' / 'lon,lat' text inside China")
def coordinate_text(values: pa.Array) -> Mask:
    # WKT and GeoJSON put longitude first by definition; a bare pair may come in either order, and the ranges
    # of latitude and longitude inside China do not overlap, so the order is never ambiguous.
    # A value passes when any of its forms lies inside: a WKT string that also quotes GeoJSON counts once.
    text, classes = texts(values), text_classes(values)
    long_enough = length_between(text, 7, 1 << 62) & has(classes, DIGIT)
    x, y = _first_points(text, WKT, long_enough & has(classes, punct("(")))
    inside = _lon_lat_inside(x, y)
    x, y = _first_points(text, GEOJSON, long_enough & has(classes, punct('"')) & has(classes, punct(":"))
                         & has(classes, punct("[")))
    inside |= _lon_lat_inside(x, y)
    pairs = (length_between(text, 7, 64) & only(classes, DIGIT | SPACE | punct(".,;+-()[]"))
             & has(classes, punct(".")) & has(classes, punct(",;")))
    a, b = _first_points(text, PAIR, pairs)
    return inside | _lon_lat_inside(a, b) | _lon_lat_inside(b, a)


@detector("nmea", "NMEA 0183 sentences from a GNSS receiver ($GPGGA, $GNRMC, $BDGSV ...)")
def nmea(values: pa.Array) -> Mask:
    talker = "(?:GP|GN|GL|GA|GB|BD|GQ|QZ)"
    sentence = "(?:GGA|RMC|GLL|VTG|GSA|GSV|ZDA|GST|GNS|HDT|TXT)"
    classes = text_classes(values)
    return text_matches(values, rf"^\${talker}{sentence},", 7, 4096,
                        has(classes, punct("$")) & has(classes, punct(",")))


@detector("geohash", "geohash of precision 6-12 whose cell lies over China (first character t, v, w or y)")
def geohash(values: pa.Array) -> Mask:
    # The base-32 alphabet has no a, i, l, o; short all-letter words that fit it ("street") are left out by
    # requiring a digit below 8 characters.
    text = texts(values)
    cells = matches(text, r"^[tvwy][0-9b-hjkmnp-z]{5,11}$", 6, 12, only(text_classes(values), DIGIT | LETTER_LOWER))
    short = cells & length_between(text, 6, 7)
    return (cells & ~short) | regex_mask(text, r"\d", short)
