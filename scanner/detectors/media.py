"""Detectors for media, sensor files and documents: magic bytes, file paths, map/scenario XML, code, vectors, JSON."""
from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import Mask, detector
from scanner.detectors.textops import (LETTER, SPACE, as_bytes, bytes_classes, derived, has, length_between, on_rows,
                                       punct, regex_mask, text_classes, text_matches)

TEXT_OR_BYTES = ("string", "binary")


IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
# Base64 text of the same headers, as images are often stored in text columns ("/9j/" is FF D8 FF).
IMAGE_BASE64 = r"^(?:data:image/[a-z0-9.+-]+;base64,|/9j/|iVBORw0KGgo|R0lGOD[lh]|UklGR|Qk[0-9A-Za-z+/]{2}AAAAAA)"


@detector("image_bytes", "image content: JPEG, PNG, GIF, WebP, BMP, TIFF magic bytes (or their base64)",
          families=TEXT_OR_BYTES)
def image_bytes(values: pa.Array) -> Mask:
    data = as_bytes(values)
    head = head_bytes(values)
    sized = length_between(data, 26, 1 << 31)
    # "BM" alone is ordinary text ("BMW ..."); a BMP header has four zero reserved bytes at offset 6.
    magic = sized & (_starts(head, IMAGE_MAGIC) | (_starts(head, (b"RIFF",)) & _starts(head, (b"WEBP",), at=8))
                     | (_starts(head, (b"BM",)) & _starts(head, (bytes(4),), at=6)))
    # The base64 forms start with one of these characters; the regex runs on such values alone.
    base64 = sized & ~magic & np.isin(head[:, 0], list(b"d/iRUQ"))
    return magic | regex_mask(data, IMAGE_BASE64, base64)


HEAD_BYTES = 12  # the longest header check reads bytes 8-11 (RIFF....WEBP, RIFF....AVI )


def head_bytes(values: pa.Array) -> np.ndarray:
    """The first HEAD_BYTES bytes of each value as an (n, HEAD_BYTES) int16 matrix. Past a value's end the entry is
    255 (all -1 when no value has a byte): no check depends on which, as every one is behind a length test long
    enough for the bytes it reads, or compares with bytes other than 0xFF.

    Magic-byte checks become numpy comparisons: with Arrow each prefix length cost a slice and an is_in call."""
    return derived(values, "head", _head_bytes)


PAST_END = 255


def _head_bytes(values: pa.Array) -> np.ndarray:
    data = as_bytes(values)
    if not (pa.types.is_binary(data.type) or pa.types.is_large_binary(data.type)) or data.null_count:
        data = data.cast(pa.large_binary()).fill_null(b"")
    dtype = np.int64 if pa.types.is_large_binary(data.type) else np.int32
    _, offsets_buffer, data_buffer = data.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=dtype, count=len(data) + 1,
                            offset=data.offset * np.dtype(dtype).itemsize).astype(np.int64)
    flat = np.frombuffer(data_buffer, dtype=np.uint8) if data_buffer is not None else np.zeros(0, np.uint8)
    if len(flat) == 0:
        return np.full((len(data), HEAD_BYTES), -1, dtype=np.int16)
    # One gather per byte position from a padded copy of the data: cheaper than an (n, HEAD_BYTES) index matrix.
    padded = np.empty(len(flat) + HEAD_BYTES, dtype=np.uint8)
    padded[:len(flat)] = flat
    padded[len(flat):] = PAST_END
    starts, lengths = offsets[:-1], np.diff(offsets)
    head = np.empty((HEAD_BYTES, len(data)), dtype=np.uint8)
    for position in range(HEAD_BYTES):
        np.take(padded, starts + position, out=head[position])
    head[np.arange(HEAD_BYTES)[:, None] >= lengths[None, :]] = PAST_END
    return head.T.astype(np.int16, order="C")


def _starts(head: np.ndarray, prefixes: tuple[bytes, ...], at: int = 0) -> Mask:
    """Values whose bytes at `at` are one of the prefixes (a value too short for a prefix does not match it)."""
    mask = np.isin(head[:, at], [prefix[0] for prefix in prefixes])
    rows = np.flatnonzero(mask)  # the whole prefixes are compared on the few values whose first byte fits
    if len(rows):
        candidates = head[rows]
        found = np.zeros(len(rows), dtype=bool)
        for prefix in prefixes:
            found |= (candidates[:, at:at + len(prefix)] == np.frombuffer(prefix, dtype=np.uint8)).all(axis=1)
        mask[rows] = found
    return mask


# H.264 Annex-B start code + SPS/PPS/IDR/SEI/AUD NAL header; H.265 start code + VPS/SPS/PPS/AUD.
ANNEX_B = tuple(b"\x00\x00\x00\x01" + bytes([nal]) for nal in (0x67, 0x68, 0x65, 0x06, 0x09, 0x27, 0x47,
                                                                0x40, 0x42, 0x44, 0x46, 0x4E))
EBML = b"\x1a\x45\xdf\xa3"  # Matroska / WebM


@detector("video_bytes", "video content: H.264/H.265 Annex-B start codes, MP4/MOV 'ftyp', Matroska, AVI",
          families=TEXT_OR_BYTES)
def video_bytes(values: pa.Array) -> Mask:
    head = head_bytes(values)
    avi = _starts(head, (b"RIFF",)) & _starts(head, (b"AVI ",), at=8)
    return length_between(as_bytes(values), 12, 1 << 31) & (
        _starts(head, (*ANNEX_B, EBML)) | _starts(head, (b"ftyp",), at=4) | avi)


@detector("pointcloud_bytes", "point-cloud content: PCD header, LAS 'LASF', PLY header", families=TEXT_OR_BYTES)
def pointcloud_bytes(values: pa.Array) -> Mask:
    head = head_bytes(values)
    digit = (head >= ord("0")) & (head <= ord("9"))
    # PCD headers: "# .PCD v..." or "VERSION 0.7" / "VERSION .7" (the regex ^(?:# \.PCD v|VERSION \.?\d)).
    pcd = _starts(head, (b"# .PCD v",)) | (_starts(head, (b"VERSION ",)) & (digit[:, 8] | (
        (head[:, 8] == ord(".")) & digit[:, 9])))
    return length_between(as_bytes(values), 8, 1 << 31) & (_starts(head, (b"LASF", b"ply\n", b"ply\r\n")) | pcd)


def _path_ending(values: pa.Array, extensions: str) -> Mask:
    # Path, URL or object key with a name before the extension; a query string or fragment may follow.
    classes = text_classes(values)
    return text_matches(values, rf"^[^\s]*[^\s/\\.][.](?i:{extensions})(?:[?#]\S*)?$", 5, 4096,
                        has(classes, punct(".")) & ~has(classes, SPACE))


@detector("image_path", "path, URL or object key of an image file (.jpg .png .bmp .webp .tiff .heic ...)")
def image_path(values: pa.Array) -> Mask:
    return _path_ending(values, "jpe?g|png|gif|bmp|webp|tiff?|heic|heif|dng|raw|yuv")


@detector("video_path", "path, URL or object key of a video file (.mp4 .mov .h264 .h265 .mkv .avi ...)")
def video_path(values: pa.Array) -> Mask:
    return _path_ending(values, "mp4|m4v|mov|avi|mkv|webm|flv|ts|h264|h265|264|265|hevc|avc")


@detector("pointcloud_path", "path, URL or object key of a point-cloud file (.pcd .las .laz .ply)")
def pointcloud_path(values: pa.Array) -> Mask:
    return _path_ending(values, "pcd|las|laz|ply")


@detector("log_path", "path of a vehicle/robot log: ROS bag, MCAP, ROS 2 db3, ASAM MDF4, Vector BLF/ASC")
def log_path(values: pa.Array) -> Mask:
    return _path_ending(values, "bag|mcap|db3|mf4|mdf|blf|asc")


def _xml_root(values: pa.Array, root: str) -> Mask:
    data = as_bytes(values)
    candidates = length_between(data, len(root) + 2, 1 << 31) & has(bytes_classes(values), punct("<"))
    return on_rows(data, candidates, lambda v: pc.match_substring(v, f"<{root}"))


@detector("xml_opendrive", "ASAM OpenDRIVE road-network XML (HD map)", families=TEXT_OR_BYTES)
def xml_opendrive(values: pa.Array) -> Mask:
    return _xml_root(values, "OpenDRIVE")


@detector("xml_openscenario", "ASAM OpenSCENARIO XML (driving-scenario description)", families=TEXT_OR_BYTES)
def xml_openscenario(values: pa.Array) -> Mask:
    return _xml_root(values, "OpenSCENARIO")


# One strong marker is enough: preprocessor includes, C function definitions, Python def/class/import lines,
# IEC 61131-3 structured-text blocks.
SOURCE_MARKERS = "|".join([
    r"(?m)^\s*#\s*(?:include\s*[<\"]|define\s+\w+|pragma\s+\w+)",
    r"(?m)^\s*(?:static\s+|inline\s+|extern\s+)*(?:void|int|char|float|double|bool|u?int(?:8|16|32|64)_t)\s+\**\w+\s*"
    r"\([^)]*\)\s*\{?\s*$",
    r"(?m)^\s*(?:def|class)\s+\w+\s*(?:\([^)]*\))?\s*(?:->\s*[\w\[\], .]+)?:\s*$",
    r"(?m)^\s*(?:from\s+[\w.]+\s+import\s+\w|import\s+[\w.]+\s*$)",
    r"\b(?:PROGRAM|FUNCTION_BLOCK)\s+\w+[\s\S]*\bEND_(?:PROGRAM|FUNCTION_BLOCK)\b",
    r"\bVAR(?:_INPUT|_OUTPUT|_IN_OUT|_GLOBAL)?\b[\s\S]*\bEND_VAR\b",
])


@detector("source_code", "program source text: C/C++, Python, IEC 61131-3 structured text", families=TEXT_OR_BYTES)
def source_code(values: pa.Array) -> Mask:
    # Every marker holds a '#' (preprocessor), an '_' (END_VAR, END_PROGRAM) or whitespace between words.
    data, classes = as_bytes(values), bytes_classes(values)
    candidates = has(classes, punct("#_")) | (has(classes, SPACE) & has(classes, LETTER))
    return regex_mask(data, SOURCE_MARKERS, length_between(data, 10, 1 << 31) & candidates)


EMBEDDING_LENGTHS = (128, 256, 512)


@detector("embedding_vector", "list of floats of length 128, 256 or 512 (face / feature embeddings)",
          families=("nested",))
def embedding_vector(values: pa.Array) -> Mask:
    kind = values.type
    if not (pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind)
            or pa.types.is_list_view(kind) or pa.types.is_large_list_view(kind)):
        return np.zeros(len(values), dtype=bool)
    if not pa.types.is_floating(kind.value_type):
        return np.zeros(len(values), dtype=bool)
    return np.isin(pc.list_value_length(values).to_numpy(zero_copy_only=False), EMBEDDING_LENGTHS)


@detector("json_text", "text that is a JSON object or array (cheap shape check, not a full parse)")
def json_text(values: pa.Array) -> Mask:
    # Opening and closing brackets agree and the first token is one JSON allows; a full json.loads per value
    # would cost more than all other detectors together on large documents.
    obj = r"\{\s*(?:\"[\s\S]*\}|\})"
    arr = r"\[\s*(?:[\[{\"\-0-9tfn][\s\S]*\]|\])"
    return text_matches(values, rf"^(?:{obj}|{arr})$", 2, 1 << 24, has(text_classes(values), punct("{[")))
