"""Detectors for media, sensor files and documents: magic bytes, file paths, map/scenario XML, code, vectors, JSON."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from scanner.detectors.base import count_true, detector
from scanner.detectors.textops import as_bytes, byte_length_between, count_matching, keep

TEXT_OR_BYTES = ("string", "binary")


IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
# Base64 text of the same headers, as images are often stored in text columns ("/9j/" is FF D8 FF).
IMAGE_BASE64 = r"^(?:data:image/[a-z0-9.+-]+;base64,|/9j/|iVBORw0KGgo|R0lGOD[lh]|UklGR|Qk[0-9A-Za-z+/]{2}AAAAAA)"


@detector("image_bytes", "image content: JPEG, PNG, GIF, WebP, BMP, TIFF magic bytes (or their base64)",
          families=TEXT_OR_BYTES)
def image_bytes(values: pa.Array) -> int:
    data = as_bytes(values)
    data = keep(data, byte_length_between(data, 26, 1 << 31))
    if len(data) == 0:
        return 0
    magic = pc.or_(pc.or_(_prefix_mask(data, IMAGE_MAGIC), _webp_mask(data)), _bmp_mask(data))
    return count_true(pc.or_(magic, pc.match_substring_regex(data, IMAGE_BASE64)))


def _prefix_mask(data: pa.Array, prefixes: tuple[bytes, ...], at: int = 0) -> pa.Array:
    mask = None
    for length in sorted({len(p) for p in prefixes}):
        head = pc.binary_slice(data, at, at + length)
        found = pc.is_in(head, value_set=pa.array([p for p in prefixes if len(p) == length], head.type))
        mask = found if mask is None else pc.or_(mask, found)
    return mask


def _bmp_mask(data: pa.Array) -> pa.Array:
    # "BM" alone is ordinary text ("BMW ..."); a BMP header has four zero reserved bytes at offset 6.
    return pc.and_(_prefix_mask(data, (b"BM",)), _prefix_mask(data, (bytes(4),), at=6))


def _webp_mask(data: pa.Array) -> pa.Array:
    return pc.and_(_prefix_mask(data, (b"RIFF",)), _prefix_mask(data, (b"WEBP",), at=8))


# H.264 Annex-B start code + SPS/PPS/IDR/SEI/AUD NAL header; H.265 start code + VPS/SPS/PPS/AUD.
ANNEX_B = tuple(b"\x00\x00\x00\x01" + bytes([nal]) for nal in (0x67, 0x68, 0x65, 0x06, 0x09, 0x27, 0x47,
                                                                0x40, 0x42, 0x44, 0x46, 0x4E))
EBML = b"\x1a\x45\xdf\xa3"  # Matroska / WebM


@detector("video_bytes", "video content: H.264/H.265 Annex-B start codes, MP4/MOV 'ftyp', Matroska, AVI",
          families=TEXT_OR_BYTES)
def video_bytes(values: pa.Array) -> int:
    data = as_bytes(values)
    data = keep(data, byte_length_between(data, 12, 1 << 31))
    if len(data) == 0:
        return 0
    mask = pc.or_(_prefix_mask(data, (*ANNEX_B, EBML)), _prefix_mask(data, (b"ftyp",), at=4))
    avi = pc.and_(_prefix_mask(data, (b"RIFF",)), _prefix_mask(data, (b"AVI ",), at=8))
    return count_true(pc.or_(mask, avi))


@detector("pointcloud_bytes", "point-cloud content: PCD header, LAS 'LASF', PLY header", families=TEXT_OR_BYTES)
def pointcloud_bytes(values: pa.Array) -> int:
    data = as_bytes(values)
    data = keep(data, byte_length_between(data, 8, 1 << 31))
    if len(data) == 0:
        return 0
    return count_true(pc.or_(_prefix_mask(data, (b"LASF", b"ply\n", b"ply\r\n")),
                             pc.match_substring_regex(data, r"^(?:# \.PCD v|VERSION \.?\d)")))


def _path_ending(values: pa.Array, extensions: str) -> int:
    # Path, URL or object key with a name before the extension; a query string or fragment may follow.
    return count_matching(values, rf"^[^\s]*[^\s/\\.][.](?i:{extensions})(?:[?#]\S*)?$", 5, 4096)


@detector("image_path", "path, URL or object key of an image file (.jpg .png .bmp .webp .tiff .heic ...)")
def image_path(values: pa.Array) -> int:
    return _path_ending(values, "jpe?g|png|gif|bmp|webp|tiff?|heic|heif|dng|raw|yuv")


@detector("video_path", "path, URL or object key of a video file (.mp4 .mov .h264 .h265 .mkv .avi ...)")
def video_path(values: pa.Array) -> int:
    return _path_ending(values, "mp4|m4v|mov|avi|mkv|webm|flv|ts|h264|h265|264|265|hevc|avc")


@detector("pointcloud_path", "path, URL or object key of a point-cloud file (.pcd .las .laz .ply)")
def pointcloud_path(values: pa.Array) -> int:
    return _path_ending(values, "pcd|las|laz|ply")


@detector("log_path", "path of a vehicle/robot log: ROS bag, MCAP, ROS 2 db3, ASAM MDF4, Vector BLF/ASC")
def log_path(values: pa.Array) -> int:
    return _path_ending(values, "bag|mcap|db3|mf4|mdf|blf|asc")


def _count_xml_root(values: pa.Array, root: str) -> int:
    data = as_bytes(values)
    data = keep(data, byte_length_between(data, len(root) + 2, 1 << 31))
    return count_true(pc.match_substring(data, f"<{root}")) if len(data) else 0


@detector("xml_opendrive", "ASAM OpenDRIVE road-network XML (HD map)", families=TEXT_OR_BYTES)
def xml_opendrive(values: pa.Array) -> int:
    return _count_xml_root(values, "OpenDRIVE")


@detector("xml_openscenario", "ASAM OpenSCENARIO XML (driving-scenario description)", families=TEXT_OR_BYTES)
def xml_openscenario(values: pa.Array) -> int:
    return _count_xml_root(values, "OpenSCENARIO")


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
def source_code(values: pa.Array) -> int:
    data = as_bytes(values)
    data = keep(data, byte_length_between(data, 10, 1 << 31))
    return count_true(pc.match_substring_regex(data, SOURCE_MARKERS)) if len(data) else 0


EMBEDDING_LENGTHS = pa.array([128, 256, 512], pa.int32())


@detector("embedding_vector", "list of floats of length 128, 256 or 512 (face / feature embeddings)",
          families=("nested",))
def embedding_vector(values: pa.Array) -> int:
    kind = values.type
    if not (pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind)
            or pa.types.is_list_view(kind) or pa.types.is_large_list_view(kind)):
        return 0
    if not pa.types.is_floating(kind.value_type):
        return 0
    lengths = pc.cast(pc.list_value_length(values), pa.int32())
    return count_true(pc.is_in(lengths, value_set=EMBEDDING_LENGTHS))


@detector("json_text", "text that is a JSON object or array (cheap shape check, not a full parse)")
def json_text(values: pa.Array) -> int:
    # Opening and closing brackets agree and the first token is one JSON allows; a full json.loads per value
    # would cost more than all other detectors together on large documents.
    obj = r"\{\s*(?:\"[\s\S]*\}|\})"
    arr = r"\[\s*(?:[\[{\"\-0-9tfn][\s\S]*\]|\])"
    return count_matching(values, rf"^(?:{obj}|{arr})$", 2, 1 << 24)
