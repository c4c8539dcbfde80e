"""The demo lake: Parquet datasets of a connected-vehicle and driving-automation programme.

Each dataset is a directory under the lake root (its table name is that relative path): GNSS tracks
Hive-partitioned by day, cabin and exterior camera frames with image bytes, a lidar frame index with a nested
ego pose, and decoded CAN signals. Some fields carry a Parquet `comment` in their field metadata, as
lake writers document columns.
"""
from __future__ import annotations

import math
import random
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from scanner.demo import values as v

DATASETS: tuple[str, ...] = ("gnss_tracks", "cabin_camera", "exterior_camera", "lidar_frames", "can_signals")

_DAYS = (datetime(2025, 3, 10), datetime(2025, 3, 11), datetime(2025, 3, 12))


@dataclass(frozen=True)
class LakeFile:
    """One Parquet file to write, at `path` relative to the lake root."""

    path: str
    table: pa.Table


def _field(name: str, dtype: pa.DataType, comment: str | None = None) -> pa.Field:
    field = pa.field(name, dtype)
    return field.with_metadata({b"comment": comment.encode()}) if comment else field


def _ms(values: pa.Array) -> pa.Array:
    return pc.cast(values, pa.timestamp("ms"))


def _gnss_tracks(rng: random.Random, vins: list[str], rows: int) -> list[LakeFile]:
    schema = pa.schema([
        _field("vin", pa.string()),
        _field("gps_time", pa.timestamp("ms")),
        _field("lat", pa.float64(), "纬度（WGS-84）"),
        _field("lon", pa.float64(), "经度（WGS-84）"),
        _field("speed", pa.float32(), "GNSS 速度 km/h"),
        _field("heading", pa.float32()),
        _field("hdop", pa.float32(), "水平精度因子"),
    ])
    files = []
    for day in _DAYS:
        for part in range(2):  # two uploader batches per day
            vin = rng.choice(vins)
            track = v.drive(rng, rows, day + timedelta(hours=rng.randint(6, 20)), interval_s=1)
            table = pa.table([pa.array([vin] * rows), _ms(track.gps_time), track.latitude, track.longitude,
                              pc.cast(track.speed, pa.float32()), pc.cast(track.heading, pa.float32()),
                              pc.cast(v.uniform(rng, rows, 0.6, 2.5, 1), pa.float32())], schema=schema)
            files.append(LakeFile(f"gnss_tracks/dt={day:%Y-%m-%d}/part-{part}.parquet", table))
    return files


def _cabin_camera(rng: random.Random, vins: list[str], rows: int) -> LakeFile:
    vin = pa.array(rng.choices(vins, k=rows))
    times = v.timestamps(rng, rows, _DAYS[0], _DAYS[-1] + timedelta(days=1), sort=True)
    day = pc.strftime(times, format="%Y-%m-%d").to_pylist()
    paths = [f"s3://cabin-raw/{x}/driver_monitor/{d}/{i:06d}.png" for i, (x, d) in enumerate(zip(vin.to_pylist(), day))]
    boxes = [[round(rng.uniform(200, 300), 1), round(rng.uniform(120, 200), 1), round(rng.uniform(140, 180), 1),
              round(rng.uniform(160, 210), 1)] for _ in range(rows)]
    gaze = pa.StructArray.from_arrays([v.uniform(rng, rows, -35.0, 35.0, 2), v.uniform(rng, rows, -20.0, 15.0, 2)],
                                      names=["yaw", "pitch"])
    schema = pa.schema([
        _field("frame_id", pa.int64()),
        _field("vin", pa.string()),
        _field("camera", pa.string()),
        _field("capture_time", pa.timestamp("ms")),
        _field("image_path", pa.string()),
        _field("image", pa.binary(), "DMS 红外图像帧"),
        _field("face_bbox", pa.list_(pa.float32()), "人脸框 x, y, w, h（像素）"),
        _field("gaze", gaze.type, "视线方向（度）"),
        _field("fatigue_level", pa.int8(), "疲劳等级：0 清醒 1 轻度 2 中度 3 重度"),
    ])
    table = pa.table([v.surrogate_ids(rows), vin, pa.array(["driver_monitor"] * rows), _ms(times), pa.array(paths),
                      v.png_blobs(rng, rows, size=256), pa.array(boxes, type=pa.list_(pa.float32())), gaze,
                      v.choice(rng, rows, (0, 1, 2, 3), weights=(80, 12, 6, 2), type=pa.int8())], schema=schema)
    return LakeFile("cabin_camera/part-0.parquet", table)


def _exterior_camera(rng: random.Random, vins: list[str], rows: int) -> LakeFile:
    vin = rng.choice(vins)
    track = v.drive(rng, rows, _DAYS[1] + timedelta(hours=9), interval_s=2, decimals=7)
    channels = rng.choices(("front_wide", "front_narrow", "rear"), k=rows)
    paths = [f"s3://adas-raw/{vin}/{c}/{i:06d}.jpg" for i, c in enumerate(channels)]
    table = pa.table({
        "frame_id": v.surrogate_ids(rows),
        "vin": pa.array([vin] * rows),
        "camera": pa.array(channels),
        "timestamp": pc.cast(track.gps_time, pa.timestamp("us")),
        "image_path": pa.array(paths),
        "image": v.jpeg_blobs(rng, rows, size=384),
        "ego_lat": track.latitude,
        "ego_lon": track.longitude,
    })
    return LakeFile("exterior_camera/part-0.parquet", table)


def _lidar_frames(rng: random.Random, rows: int) -> LakeFile:
    city = v.CITIES[0]
    track = v.drive(rng, rows, _DAYS[2] + timedelta(hours=14), city=city, interval_s=1)
    # Map frame: east/north metres from a survey origin near the city centre, z = ellipsoidal height.
    scale_x = 111_320.0 * math.cos(math.radians(city.lat))
    x = pc.round(pc.multiply(pc.subtract(track.longitude, city.lon - 0.05), scale_x), 3)
    y = pc.round(pc.multiply(pc.subtract(track.latitude, city.lat - 0.05), 111_320.0), 3)
    half_yaw = [math.radians(90.0 - h) / 2 for h in track.heading.to_pylist()]  # ENU yaw from compass heading
    position = pa.StructArray.from_arrays([x, y, track.altitude], names=["x", "y", "z"])
    orientation = pa.StructArray.from_arrays(
        [pa.array([round(math.cos(a), 6) for a in half_yaw]), v.uniform(rng, rows, -0.002, 0.002, 6),
         v.uniform(rng, rows, -0.002, 0.002, 6), pa.array([round(math.sin(a), 6) for a in half_yaw])],
        names=["qw", "qx", "qy", "qz"])
    pose = pa.StructArray.from_arrays([position, orientation], names=["position", "orientation"])
    extrinsic = [0.9998, -0.0174, 0.0052, 1.25, 0.0175, 0.9998, -0.0031, 0.0, -0.0051, 0.0032, 1.0, 1.82,
                 0.0, 0.0, 0.0, 1.0]
    calib = pa.StructArray.from_arrays([pa.array(["hesai_at128"] * rows), pa.array([extrinsic] * rows)],
                                       fields=[pa.field("sensor", pa.string()),
                                               _field("lidar_to_ego", pa.list_(pa.float64()), "激光雷达外参 4x4")])
    log = f"{_DAYS[2]:%Y%m%d}_shenzhen_route03.mcap"
    table = pa.table({
        "frame_id": v.surrogate_ids(rows),
        "log_name": pa.array([log] * rows),
        "vehicle_name": pa.array(["SZ-TEST-07"] * rows),
        "timestamp": pc.cast(track.gps_time, pa.timestamp("us")),
        "pcd_path": pa.array([f"lidar/top/{i:06d}.pcd" for i in range(rows)]),
        "pcd": v.pcd_blobs(rng, rows, points=24),
        "point_count": v.integers(rng, rows, 110_000, 128_000),
        "pose": pose,
        "calib": calib,
    })
    return LakeFile("lidar_frames/part-0.parquet", table)


def _can_signals(rng: random.Random, vins: list[str], rows: int) -> LakeFile:
    vin = rng.choice(vins)
    track = v.drive(rng, rows, _DAYS[0] + timedelta(hours=8), interval_s=1)
    schema = pa.schema([
        _field("ts", pa.timestamp("ms")),
        _field("vin", pa.string()),
        _field("can_id", pa.string()),
        _field("payload", pa.string(), "8 字节原始报文（十六进制）"),
        _field("vehicle_speed", pa.float32(), "车速 km/h"),
        _field("brake_pedal", pa.float32(), "制动踏板开度 %"),
        _field("steering_angle", pa.float32(), "方向盘转角 deg"),
        _field("alive_counter", pa.int8()),
        _field("crc", pa.string()),
    ])
    braking = pc.less(v.uniform(rng, rows, 0.0, 1.0), 0.15)
    table = pa.table([
        _ms(track.gps_time), pa.array([vin] * rows), v.can_ids(rng, rows), v.can_payloads(rng, rows),
        pc.cast(track.speed, pa.float32()),
        pc.cast(pc.if_else(braking, v.uniform(rng, rows, 5.0, 60.0, 1), 0.0), pa.float32()),
        pc.cast(v.uniform(rng, rows, -45.0, 45.0, 1), pa.float32()),
        pa.array([i % 16 for i in range(rows)], type=pa.int8()),
        pa.array([f"{rng.getrandbits(8):02X}" for _ in range(rows)]),
    ], schema=schema)
    return LakeFile("can_signals/part-0.parquet", table)


def lake_files(seed: int = 7, rows: int = 200) -> list[LakeFile]:
    """Every file of the demo lake, built in memory (no I/O)."""
    rng = random.Random(seed)
    vins = v.vins(rng, 20).to_pylist()
    return [*_gnss_tracks(rng, vins, rows), _cabin_camera(rng, vins, rows // 2), _exterior_camera(rng, vins, rows // 2),
            _lidar_frames(rng, rows // 4), _can_signals(rng, vins, rows * 2)]


def write_files(root: Path, files: list[LakeFile]) -> Path:
    """Write `files` under `root`, first removing the demo's own dataset directories (and nothing else)."""
    root.mkdir(parents=True, exist_ok=True)
    for dataset in {f.path.split("/", 1)[0] for f in files}:
        shutil.rmtree(root / dataset, ignore_errors=True)
    for file in files:
        target = root / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(file.table, target)
    return root


def build_lake(path: Path, seed: int = 7) -> Path:
    """Write the demo lake under `path` and return it."""
    return write_files(Path(path), lake_files(seed))
