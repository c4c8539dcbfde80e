"""The demo warehouse: a SQLite database of a small connected-vehicle company.

Tables mix the naming habits of Chinese platforms (pinyin initials such as `xm`, `sfzh`, `cphm`), English
names, Chinese identifiers, and the mess real estates carry: a column named `col_7` that holds VINs, free-text
`remarks`, a spare column that is always NULL, table names with a space or Chinese characters. SQLite keeps no
column comments, so documentation lives in Chinese column names where a platform would have used COMMENT.
"""
from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from scanner.demo import values as v

_START = datetime(2025, 3, 1)
_END = datetime(2025, 4, 1)


@dataclass(frozen=True)
class SqlTable:
    """A table to create: `columns` are (name, declared SQL type) in order; `data` holds the same names."""

    name: str
    columns: tuple[tuple[str, str], ...]
    data: pa.Table


def _table(name: str, columns: list[tuple[str, str, pa.Array | None]]) -> SqlTable:
    rows = max(len(a) for _, _, a in columns if a is not None)
    arrays = [a if a is not None else pa.nulls(rows, pa.string()) for _, _, a in columns]
    return SqlTable(name, tuple((c, t) for c, t, _ in columns), pa.table(arrays, names=[c for c, _, _ in columns]))


@dataclass(frozen=True)
class Fleet:
    """Vehicles and owners shared by the tables that refer to them."""

    vins: list[str]
    owner_ids: list[int]


def _owners(rng: random.Random, n: int) -> SqlTable:
    births = v.birth_dates(rng, n)
    sex = v.sexes(rng, n)
    return _table("owners", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("xm", "VARCHAR(32)", v.person_names(rng, n)),
        ("xb", "VARCHAR(2)", sex),
        ("csrq", "DATE", births),
        ("sfzh", "VARCHAR(18)", v.resident_ids(rng, births, sex)),
        ("sjhm", "VARCHAR(11)", v.mobiles(rng, n)),
        ("email", "VARCHAR(64)", v.emails(rng, n)),
        ("lxdz", "VARCHAR(128)", v.addresses(rng, n)),
        ("yhkh", "VARCHAR(19)", v.bank_cards(rng, n)),
        ("bak1", "VARCHAR(64)", None),  # spare column the platform never filled
        ("create_time", "DATETIME", v.timestamps(rng, n, datetime(2021, 1, 1), _START, sort=True)),
    ])


def _vehicles(rng: random.Random, n: int, fleet: Fleet) -> SqlTable:
    models = rng.choices(v.VEHICLE_MODELS, k=n)
    return _table("vehicles", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("clsbdh", "CHAR(17)", pa.array(fleet.vins)),
        ("cphm", "VARCHAR(10)", v.plates(rng, n)),
        ("hpys", "VARCHAR(8)", v.plate_colours(rng, n)),
        ("fdjh", "VARCHAR(20)", v.engine_numbers(rng, n)),
        ("model", "VARCHAR(32)", pa.array([m.name for m in models])),
        ("color", "VARCHAR(16)", v.choice(rng, n, v.VEHICLE_COLOURS)),
        ("purchase_date", "DATE", v.dates(rng, n, date(2019, 1, 1), date(2025, 3, 1))),
        ("owner_id", "INTEGER", pa.array(fleet.owner_ids, type=pa.int64())),
    ])


def _drives(rng: random.Random, n: int, fleet: Fleet, vehicles: int, interval_s: int) -> tuple[pa.Array, v.Track]:
    """`n` points split over a few vehicles' drives, concatenated vehicle by vehicle."""
    per = [n // vehicles + (1 if i < n % vehicles else 0) for i in range(vehicles)]
    tracks = [v.drive(rng, k, _START + timedelta(hours=rng.randint(0, 600)), interval_s=interval_s) for k in per]
    vins = pa.array([vin for vin, k in zip(rng.sample(fleet.vins, vehicles), per) for _ in range(k)])
    joined = v.Track(*(pa.concat_arrays([getattr(t, f.name) for t in tracks]) for f in fields(v.Track)))
    return vins, joined


def _trajectory(rng: random.Random, n: int, fleet: Fleet) -> SqlTable:
    vins, track = _drives(rng, n, fleet, vehicles=5, interval_s=5)
    return _table("车辆轨迹", [
        ("vin", "CHAR(17)", vins),
        ("gps_time", "DATETIME", track.gps_time),
        ("latitude", "DECIMAL(10,6)", track.latitude),
        ("longitude", "DECIMAL(10,6)", track.longitude),
        ("speed", "DECIMAL(5,1)", track.speed),
        ("heading", "DECIMAL(4,1)", track.heading),
        ("altitude", "DECIMAL(7,1)", track.altitude),
        ("卫星数", "INTEGER", v.integers(rng, n, 6, 24)),
        ("定位状态", "CHAR(1)", v.choice(rng, n, ("A", "V"), weights=(97, 3))),
    ])


def _monitoring(rng: random.Random, n: int, fleet: Fleet) -> SqlTable:
    # GB/T 32960 terminals report every 10 s; positions are part of the frame (position data item).
    vins, track = _drives(rng, n, fleet, vehicles=10, interval_s=10)
    m = v.monitoring(rng, n)
    packs = dict(zip(fleet.vins, v.battery_pack_codes(rng, len(fleet.vins)).to_pylist()))
    return _table("gbt32960_realtime", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("vin", "CHAR(17)", vins),
        ("collect_time", "DATETIME", track.gps_time),
        ("vehicle_status", "TINYINT", v.choice(rng, n, (1, 2, 3), weights=(85, 10, 5), type=pa.int8())),
        ("total_voltage", "DECIMAL(5,1)", m.total_voltage),
        ("total_current", "DECIMAL(5,1)", m.total_current),
        ("soc", "TINYINT", m.soc),
        ("mileage", "DECIMAL(9,1)", m.mileage_km),
        ("max_cell_voltage", "DECIMAL(5,3)", m.max_cell_voltage),
        ("min_cell_voltage", "DECIMAL(5,3)", m.min_cell_voltage),
        ("max_probe_temp", "SMALLINT", m.max_probe_temp),
        ("min_probe_temp", "SMALLINT", m.min_probe_temp),
        ("alarm_level", "TINYINT", m.alarm_level),
        ("longitude", "DECIMAL(10,6)", track.longitude),
        ("latitude", "DECIMAL(10,6)", track.latitude),
        ("ress_code", "VARCHAR(24)", pa.array([packs[vin] for vin in vins.to_pylist()])),
        # Door state is an OEM extension carried beside the national items.
        ("door_status", "TINYINT", v.choice(rng, n, (0, 1), weights=(97, 3), type=pa.int8())),
    ])


def _charging(rng: random.Random, n: int, fleet: Fleet) -> tuple[SqlTable, SqlTable]:
    piles = max(n // 5, 1)
    cities = rng.choices(v.CITIES, k=max(piles // 4, 1))
    stations = v.station_ids(rng, len(cities), cities).to_pylist()
    station_of_pile = sorted(rng.choices(stations, k=piles))
    pile_ids = v.pile_ids(station_of_pile)
    lat, lon = v.city_points(rng, len(cities), cities=cities)
    street = v.addresses(rng, len(cities), flats=False, cities=cities)
    where = {s: (a, la, lo) for s, a, la, lo in zip(stations, street.to_pylist(), lat.to_pylist(), lon.to_pylist())}
    operators = rng.choices(v.CHARGING_OPERATORS, k=len(stations))
    operator_of = dict(zip(stations, operators))
    pile_table = _table("charging_pile", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(piles)),
        ("pile_id", "VARCHAR(23)", pile_ids),
        ("station_id", "VARCHAR(20)", pa.array(station_of_pile)),
        ("operator_name", "VARCHAR(64)", pa.array([operator_of[s][1] for s in station_of_pile])),
        ("address", "VARCHAR(128)", pa.array([where[s][0] for s in station_of_pile])),
        ("longitude", "DECIMAL(10,6)", pa.array([where[s][2] for s in station_of_pile])),
        ("latitude", "DECIMAL(10,6)", pa.array([where[s][1] for s in station_of_pile])),
        ("power_kw", "DECIMAL(5,1)", v.choice(rng, piles, (7.0, 60.0, 120.0, 180.0), weights=(3, 3, 4, 1))),
        ("status", "VARCHAR(8)", v.choice(rng, piles, ("空闲", "充电中", "故障", "离线"), weights=(50, 40, 4, 6))),
    ])
    starts = v.timestamps(rng, n, _START, _END, sort=True)
    kwh = v.charged_kwh(rng, n)
    # Roughly 40 kW average: the session lasts kWh / 40 hours, plus a few minutes of hand-over.
    minutes = pc.add(pc.cast(pc.floor(pc.multiply(kwh, 1.5)), pa.int64()), v.integers(rng, n, 3, 15))
    ends = pc.cast(pc.add(pc.cast(starts, pa.int64()), pc.multiply(minutes, 60)), pa.timestamp("s"))
    session_piles = rng.choices(pile_ids.to_pylist(), k=n)
    operator_ids = [operator_of[p[:-2]][0] for p in session_piles]
    session_table = _table("charging_session", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("session_id", "VARCHAR(27)", v.charging_session_ids(rng, starts, operator_ids)),
        ("pile_id", "VARCHAR(23)", pa.array(session_piles)),
        ("vin", "CHAR(17)", pa.array(rng.choices(fleet.vins, k=n))),
        ("start_time", "DATETIME", starts),
        ("end_time", "DATETIME", ends),
        ("kwh", "DECIMAL(6,2)", kwh),
        ("cost", "DECIMAL(8,2)", pc.round(pc.multiply(kwh, v.uniform(rng, n, 1.1, 1.9)), 2)),
        ("rfid_card", "VARCHAR(16)", v.rfid_uids(rng, n)),
        ("stop_reason", "VARCHAR(16)", v.choice(rng, n, ("充满自动停止", "用户主动停止", "余额不足", "设备故障"),
                                                weights=(60, 32, 5, 3))),
    ])
    return pile_table, session_table


_ECUS = ("VCU", "BMS", "TBOX", "IVI", "ADAS", "BCM", "EPS", "MCU")


def _ota(rng: random.Random, n: int) -> SqlTable:
    ecus = rng.choices(_ECUS, k=n)
    versions = v.firmware_versions(rng, n).to_pylist()
    models = [m.code for m in rng.choices(v.VEHICLE_MODELS, k=n)]
    names = [f"{e}_{m}_{ver}.zip" for e, m, ver in zip(ecus, models, versions)]
    return _table("ota_package", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("package_name", "VARCHAR(128)", pa.array(names)),
        ("firmware_version", "VARCHAR(32)", pa.array(versions)),
        ("sha256", "CHAR(64)", v.sha256_hexes(rng, n)),
        ("download_url", "VARCHAR(256)", pa.array([
            f"https://ota.demo-motors.cn/packages/{rng.getrandbits(64):016x}/{name}" for name in names])),
        ("target_ecu", "VARCHAR(16)", pa.array(ecus)),
        ("release_time", "DATETIME", v.timestamps(rng, n, datetime(2024, 1, 1), _START, sort=True)),
        ("create_by", "VARCHAR(32)", v.audit_users(rng, n)),
        ("create_time", "DATETIME", v.timestamps(rng, n, datetime(2024, 1, 1), _START, sort=True)),
    ])


_REPAIR_NOTES = (
    "客户反映发动机故障灯亮，读取故障码后更换三元催化器",
    "更换前氧传感器后故障码清除，试车正常",
    "网关与BMS通讯丢失，检查CAN线束插接件松动，已紧固",
    "历史故障码，已清除，建议下次保养复查",
    "动力电池绝缘电阻低报警，返厂检测",
    "冷却液温度传感器信号异常，更换节温器",
    "ABS轮速传感器信号不稳定，清洁齿圈后恢复",
)


def _dtc(rng: random.Random, n: int, fleet: Fleet) -> SqlTable:
    notes = [rng.choice(_REPAIR_NOTES) if rng.random() < 0.6 else None for _ in range(n)]
    return _table("dtc_record", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("vin", "CHAR(17)", pa.array(rng.choices(fleet.vins, k=n))),
        ("dtc", "VARCHAR(10)", v.dtcs(rng, n)),
        ("freeze_frame", "TEXT", v.freeze_frames(rng, n)),
        ("mil_status", "TINYINT", v.flags(rng, n, 0.7)),
        ("occur_time", "DATETIME", v.timestamps(rng, n, _START, _END)),
        ("remarks", "TEXT", pa.array(notes, type=pa.string())),
    ])


def _tbox(rng: random.Random, fleet: Fleet) -> tuple[SqlTable, SqlTable]:
    n = len(fleet.vins)
    serials = v.tbox_serials(rng, n)
    terminals = _table("tbox_terminal", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("tbox_sn", "VARCHAR(20)", serials),
        ("imei", "CHAR(15)", v.imeis(rng, n)),
        ("iccid", "VARCHAR(20)", v.iccids(rng, n)),
        ("imsi", "CHAR(15)", v.imsis(rng, n)),
        ("sim_msisdn", "VARCHAR(13)", v.iot_msisdns(rng, n)),
        ("vin", "CHAR(17)", pa.array(fleet.vins)),
        ("fw_version", "VARCHAR(32)", v.firmware_versions(rng, n)),
        ("hw_version", "VARCHAR(16)", v.choice(rng, n, ("H1.0", "H1.1", "H2.0", "HW_B03"))),
        ("activate_time", "DATETIME", v.timestamps(rng, n, datetime(2019, 1, 1), _START)),
    ])
    k = max(n // 5, 1)
    not_before = v.timestamps(rng, k, datetime(2023, 1, 1), _START)
    certificates = _table("tbox_certificate", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(k)),
        ("tbox_sn", "VARCHAR(20)", pa.array(rng.sample(serials.to_pylist(), k))),
        ("cert_serial", "VARCHAR(40)", v.certificate_serials(rng, k)),
        ("cert_pem", "TEXT", v.pem_certificates(rng, k)),
        ("not_before", "DATETIME", not_before),
        ("not_after", "DATETIME", pc.cast(pc.add(pc.cast(not_before, pa.int64()), 3 * 365 * 86400),
                                          pa.timestamp("s"))),
    ])
    return terminals, certificates


def _employees(rng: random.Random, n: int) -> SqlTable:
    births = v.dates(rng, n, date(1965, 1, 1), date(2002, 1, 1))
    sex = v.sexes(rng, n)
    return _table("hr_employee", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("gonghao", "VARCHAR(10)", pa.array([f"E{k:05d}" for k in rng.sample(range(10000, 99999), n)])),
        ("name", "VARCHAR(32)", v.person_names(rng, n)),
        ("id_number", "VARCHAR(18)", v.resident_ids(rng, births, sex)),
        ("mobile", "VARCHAR(11)", v.mobiles(rng, n)),
        ("dept", "VARCHAR(32)", v.choice(rng, n, ("研发中心", "制造部", "质量部", "销售公司", "信息部", "财务部",
                                                  "人力资源部"))),
        ("salary", "DECIMAL(10,2)", v.uniform(rng, n, 6500.0, 48000.0, 2)),
        ("hire_date", "DATE", v.dates(rng, n, date(2008, 1, 1), date(2025, 3, 1))),
        ("婚姻状况", "VARCHAR(4)", v.choice(rng, n, ("未婚", "已婚", "离异"), weights=(35, 60, 5))),
        ("政治面貌", "VARCHAR(8)", v.choice(rng, n, ("群众", "中共党员", "共青团员"), weights=(60, 25, 15))),
    ])


def _work_orders(rng: random.Random, n: int, fleet: Fleet) -> SqlTable:
    planned = v.choice(rng, n, (1, 1, 1, 20, 50, 100, 200), type=pa.int64())
    return _table("mes_work_order", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("work_order_no", "VARCHAR(20)", v.work_order_numbers(n, date(2025, 3, 1))),
        ("material_code", "VARCHAR(20)", v.material_codes(rng, n)),
        ("planned_qty", "INTEGER", planned),
        ("produced_qty", "INTEGER", pc.subtract(planned, pc.min_element_wise(planned, v.integers(rng, n, 0, 2)))),
        ("line", "VARCHAR(16)", v.choice(rng, n, ("总装一线", "总装二线", "焊装线", "涂装线", "冲压线"))),
        ("shift", "VARCHAR(4)", v.choice(rng, n, ("早班", "中班", "夜班"))),
        ("plan_date", "DATE", v.dates(rng, n, date(2025, 3, 1), date(2025, 4, 1))),
        # A legacy export's unnamed field: the VIN of the vehicle the order assembled.
        ("col_7", "VARCHAR(17)", pa.array(rng.choices(fleet.vins, k=n))),
    ])


def _suppliers(rng: random.Random, n: int) -> SqlTable:
    return _table("supplier", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("supplier_code", "VARCHAR(10)", pa.array([f"S{k:05d}" for k in rng.sample(range(10000, 99999), n)])),
        ("supplier_name", "VARCHAR(64)", v.company_names(rng, n)),
        ("uscc", "CHAR(18)", v.social_credit_codes(rng, n)),
        ("grade", "CHAR(1)", v.choice(rng, n, ("A", "B", "C", "D"), weights=(30, 45, 20, 5))),
        ("address", "VARCHAR(128)", v.addresses(rng, n, flats=False)),
        ("contact_person", "VARCHAR(32)", v.person_names(rng, n)),
        ("contact_phone", "VARCHAR(11)", v.mobiles(rng, n)),
    ])


_COMPONENTS = ("T-Box 4G模组固件", "IVI Android 9 系统", "OpenSSL 1.1.1k", "BusyBox 1.31", "车载以太网网关",
               "蓝牙协议栈 BlueZ 5.50", "OTA 客户端", "诊断服务 UDS 0x27")
_FLAWS = (("缓冲区溢出", "远程执行任意代码"), ("认证绕过", "未授权调用诊断服务"), ("命令注入", "获取 root 权限"),
          ("信息泄露", "读取车辆证书私钥"), ("拒绝服务", "使网关重启"))


def _vulnerabilities(rng: random.Random, n: int) -> SqlTable:
    cvss = v.cvss_scores(rng, n)
    severity = ["严重" if s >= 9 else "高危" if s >= 7 else "中危" if s >= 4 else "低危" for s in cvss.to_pylist()]
    components = rng.choices(_COMPONENTS, k=n)
    flaws = rng.choices(_FLAWS, k=n)
    return _table("security_vulnerability", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("cve_id", "VARCHAR(20)", v.cve_ids(rng, n)),
        ("cvss", "DECIMAL(3,1)", cvss),
        ("severity", "VARCHAR(4)", pa.array(severity)),
        ("affected_component", "VARCHAR(64)", pa.array(components)),
        ("description", "TEXT", pa.array([f"{c}存在{f}漏洞，攻击者可{i}" for c, (f, i) in zip(components, flaws)])),
        ("fix_status", "VARCHAR(8)", v.choice(rng, n, ("已修复", "修复中", "未修复"), weights=(60, 30, 10))),
        ("assignee", "VARCHAR(32)", v.person_names(rng, n)),
        ("discovered_time", "DATETIME", v.timestamps(rng, n, datetime(2024, 1, 1), _START)),
    ])


def _operation_log(rng: random.Random, n: int) -> SqlTable:
    created = v.timestamps(rng, n, _START, _END, sort=True)
    return _table("sys_operation_log", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("module", "VARCHAR(32)", v.choice(rng, n, ("车辆管理", "用户管理", "OTA管理", "报表导出", "系统设置"))),
        ("operation", "VARCHAR(16)", v.choice(rng, n, ("查询", "新增", "修改", "删除", "导出"))),
        ("login_ip", "VARCHAR(15)", v.ipv4s(rng, n)),
        ("create_by", "VARCHAR(32)", v.audit_users(rng, n)),
        ("create_time", "DATETIME", created),
        ("update_time", "DATETIME", pc.cast(pc.add(pc.cast(created, pa.int64()), v.integers(rng, n, 0, 600)),
                                            pa.timestamp("s"))),
        ("is_deleted", "TINYINT", v.flags(rng, n, 0.02)),
    ])


_DICTIONARY = (
    ("fuel_type", "BEV", "纯电动"), ("fuel_type", "PHEV", "插电式混合动力"), ("fuel_type", "HEV", "混合动力"),
    ("fuel_type", "ICE", "汽油"), ("plate_colour", "1", "蓝色"), ("plate_colour", "2", "黄色"),
    ("plate_colour", "5", "渐变绿"), ("alarm_level", "0", "无故障"), ("alarm_level", "1", "一级故障"),
    ("alarm_level", "2", "二级故障"), ("alarm_level", "3", "三级故障"), ("pile_status", "0", "空闲"),
    ("pile_status", "1", "充电中"), ("pile_status", "2", "故障"), ("pile_status", "3", "离线"),
    ("political_status", "01", "中共党员"), ("political_status", "03", "共青团员"), ("political_status", "13", "群众"),
    ("unit", "kWh", "千瓦时"), ("unit", "km/h", "千米每小时"),
)


def _dictionary() -> SqlTable:
    n = len(_DICTIONARY)
    return _table("sys_dict", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(n)),
        ("dict_type", "VARCHAR(32)", pa.array([t for t, _, _ in _DICTIONARY])),
        ("dict_code", "VARCHAR(16)", pa.array([c for _, c, _ in _DICTIONARY])),
        ("dict_label", "VARCHAR(32)", pa.array([label for _, _, label in _DICTIONARY])),
        ("sort_order", "INTEGER", pa.array(range(1, n + 1), type=pa.int64())),
    ])


def _vehicle_models() -> SqlTable:
    models = v.VEHICLE_MODELS
    return _table("vehicle model", [
        ("id", "INTEGER PRIMARY KEY", v.surrogate_ids(len(models))),
        ("model_code", "VARCHAR(16)", pa.array([m.code for m in models])),
        ("model_name", "VARCHAR(32)", pa.array([m.name for m in models])),
        ("fuel_type", "VARCHAR(16)", pa.array([m.fuel for m in models])),
        ("rated_energy_kwh", "DECIMAL(5,1)", pa.array([m.rated_energy_kwh for m in models], type=pa.float64())),
        ("wmi", "CHAR(3)", pa.array([m.wmi for m in models])),
    ])


def warehouse_tables(rows: int = 500, seed: int = 7) -> list[SqlTable]:
    """Every table of the demo warehouse, built in memory (no I/O)."""
    rng = random.Random(seed)
    owners = _owners(rng, rows)
    fleet = Fleet(v.vins(rng, rows).to_pylist(), rng.choices(range(1, rows + 1), k=rows))
    piles, sessions = _charging(rng, rows, fleet)
    terminals, certificates = _tbox(rng, fleet)
    small = max(rows // 10, 5)
    return [
        owners, _vehicles(rng, rows, fleet), _trajectory(rng, rows, fleet), _monitoring(rng, rows, fleet),
        piles, sessions, _ota(rng, small), _dtc(rng, rows, fleet), terminals, certificates,
        _employees(rng, rows), _work_orders(rng, rows, fleet), _suppliers(rng, small),
        _vulnerabilities(rng, small), _operation_log(rng, rows), _dictionary(), _vehicle_models(),
    ]


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _sql_values(column: pa.ChunkedArray) -> list:
    """Python values sqlite3 stores natively: times as ISO text, as SQLite's own date functions expect."""
    if pa.types.is_timestamp(column.type):
        return pc.strftime(column, format="%Y-%m-%d %H:%M:%S").to_pylist()
    if pa.types.is_date(column.type):
        return pc.strftime(pc.cast(column, pa.timestamp("s")), format="%Y-%m-%d").to_pylist()
    return column.to_pylist()


def write_tables(path: Path, tables: list[SqlTable]) -> Path:
    """Create a fresh SQLite file at `path` holding `tables`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    connection = sqlite3.connect(path)
    try:
        # A throw-away file: no journal, no fsync; the build is a single transaction anyway.
        connection.execute("PRAGMA journal_mode=OFF")
        connection.execute("PRAGMA synchronous=OFF")
        with connection:
            for table in tables:
                columns = ", ".join(f"{_quote(name)} {sql_type}" for name, sql_type in table.columns)
                connection.execute(f"CREATE TABLE {_quote(table.name)} ({columns})")
                marks = ", ".join("?" for _ in table.columns)
                rows = zip(*(_sql_values(table.data.column(name)) for name, _ in table.columns))
                connection.executemany(f"INSERT INTO {_quote(table.name)} VALUES ({marks})", rows)
    finally:
        connection.close()
    return path


def build_warehouse(path: Path, rows: int = 500, seed: int = 7) -> Path:
    """Write the demo warehouse to `path` (replacing any file there) and return the path."""
    return write_tables(Path(path), warehouse_tables(rows, seed))
