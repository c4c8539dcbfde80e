"""What every column of the demo estate should be tagged with, per `reference/conventions.md`.

Keys are (table, column): warehouse tables by their SQLite name, lake tables by the dataset path relative to
the lake root, nested lake fields as the Parquet connector names them (`pose.position.x`, list elements
`face_bbox[]`, see connectors/parquet/nested.py). Codes are ordered as conventions §1.4 asks; `()` means
untagged. Decisions the conventions leave open are stated beside the entry.
"""
from __future__ import annotations

_POSITION = ("C16.1", "P02")
_GBT_POSITION = ("C16.1", "C26.1", "P02")  # a position inside a GB/T 32960 frame (§3.2)
_EGO_POSITION = ("C13.1", "C16.1", "P02")  # high-precision ego pose in a driving dataset (§3.2)
_EGO_ORIENTATION = ("C13.1", "C16.1")
_EXTERIOR_IMAGE = ("C11.1", "C11.2", "P02")

WAREHOUSE: dict[tuple[str, str], tuple[str, ...]] = {
    # Owner master data, named in pinyin initials.
    ("owners", "id"): (),
    ("owners", "xm"): ("P01",),  # 姓名
    ("owners", "xb"): ("P01",),  # 性别
    ("owners", "csrq"): ("P01",),  # 出生日期: a personal-attribute date (§1.6)
    ("owners", "sfzh"): ("P02",),  # 身份证号
    ("owners", "sjhm"): ("P01",),  # 手机号码
    ("owners", "email"): ("P01",),
    ("owners", "lxdz"): ("P01",),  # 联系地址
    ("owners", "yhkh"): ("P02",),  # 银行卡号: financial account (PIPL Art. 28)
    ("owners", "bak1"): (),  # spare column, always NULL
    ("owners", "create_time"): (),

    ("vehicles", "id"): (),
    ("vehicles", "clsbdh"): ("P01",),  # 车辆识别代号 (VIN)
    ("vehicles", "cphm"): ("P01",),  # 车牌号码
    ("vehicles", "hpys"): ("P01",),  # 号牌颜色: plate colour goes with the plate (§3.1)
    ("vehicles", "fdjh"): ("P01",),  # 发动机号
    ("vehicles", "model"): ("G01",),
    ("vehicles", "color"): ("G01",),
    ("vehicles", "purchase_date"): ("P01",),
    ("vehicles", "owner_id"): (),

    ("车辆轨迹", "vin"): ("P01",),
    ("车辆轨迹", "gps_time"): (),
    ("车辆轨迹", "latitude"): _POSITION,
    ("车辆轨迹", "longitude"): _POSITION,
    ("车辆轨迹", "speed"): ("C16.1",),
    ("车辆轨迹", "heading"): ("C16.1",),
    ("车辆轨迹", "altitude"): _POSITION,
    ("车辆轨迹", "卫星数"): (),  # GNSS quality metadata (§2)
    ("车辆轨迹", "定位状态"): (),  # fix status A/V

    ("gbt32960_realtime", "id"): (),
    ("gbt32960_realtime", "vin"): ("P01",),
    ("gbt32960_realtime", "collect_time"): (),
    ("gbt32960_realtime", "vehicle_status"): ("C26.1",),
    ("gbt32960_realtime", "total_voltage"): ("C26.1",),
    ("gbt32960_realtime", "total_current"): ("C26.1",),
    ("gbt32960_realtime", "soc"): ("C26.1",),
    ("gbt32960_realtime", "mileage"): ("C26.1",),
    ("gbt32960_realtime", "max_cell_voltage"): ("C26.1",),
    ("gbt32960_realtime", "min_cell_voltage"): ("C26.1",),
    ("gbt32960_realtime", "max_probe_temp"): ("C26.1",),
    ("gbt32960_realtime", "min_probe_temp"): ("C26.1",),
    ("gbt32960_realtime", "alarm_level"): ("C26.1",),
    ("gbt32960_realtime", "longitude"): _GBT_POSITION,
    ("gbt32960_realtime", "latitude"): _GBT_POSITION,
    ("gbt32960_realtime", "ress_code"): ("C26.1", "P01"),
    ("gbt32960_realtime", "door_status"): ("C23.2",),  # OEM extension, not a GB/T 32960 item

    ("charging_pile", "id"): (),
    ("charging_pile", "pile_id"): ("C22.1",),
    ("charging_pile", "station_id"): ("C22.1",),
    ("charging_pile", "operator_name"): ("G01",),
    ("charging_pile", "address"): ("C22.1",),
    ("charging_pile", "longitude"): ("C22.1",),
    ("charging_pile", "latitude"): ("C22.1",),
    ("charging_pile", "power_kw"): ("C22.1",),
    ("charging_pile", "status"): ("C22.1",),

    ("charging_session", "id"): (),
    ("charging_session", "session_id"): ("C22.2",),
    # An EVSE id exchanged with roaming platforms keeps its code even as a join key (§1.7).
    ("charging_session", "pile_id"): ("C22.1",),
    ("charging_session", "vin"): ("P01",),
    ("charging_session", "start_time"): ("C22.2",),
    ("charging_session", "end_time"): ("C22.2",),
    ("charging_session", "kwh"): ("C22.2",),
    ("charging_session", "cost"): ("C22.2",),
    ("charging_session", "rfid_card"): ("P04",),
    ("charging_session", "stop_reason"): ("C22.2",),

    ("ota_package", "id"): (),
    ("ota_package", "package_name"): ("C18.2",),
    ("ota_package", "firmware_version"): ("C18.2",),
    ("ota_package", "sha256"): ("C18.2",),  # hash of the target image, not of a record
    ("ota_package", "download_url"): ("C18.2",),
    ("ota_package", "target_ecu"): ("C18.2",),
    ("ota_package", "release_time"): (),
    ("ota_package", "create_by"): (),
    ("ota_package", "create_time"): (),

    ("dtc_record", "id"): (),
    ("dtc_record", "vin"): ("P01",),
    ("dtc_record", "dtc"): ("C19.2",),
    ("dtc_record", "freeze_frame"): ("C19.2",),
    ("dtc_record", "mil_status"): ("C19.2",),
    ("dtc_record", "occur_time"): (),
    ("dtc_record", "remarks"): ("C19.2",),  # repair notes describing the faults: fault texts (§3.3)

    ("tbox_terminal", "id"): (),
    ("tbox_terminal", "tbox_sn"): ("P01",),
    ("tbox_terminal", "imei"): ("P01",),
    ("tbox_terminal", "iccid"): ("P01",),
    ("tbox_terminal", "imsi"): ("P01",),
    ("tbox_terminal", "sim_msisdn"): ("P01",),
    ("tbox_terminal", "vin"): ("P01",),
    ("tbox_terminal", "fw_version"): ("C18.2",),
    ("tbox_terminal", "hw_version"): ("G01",),
    ("tbox_terminal", "activate_time"): (),

    ("tbox_certificate", "id"): (),
    ("tbox_certificate", "tbox_sn"): ("P01",),
    ("tbox_certificate", "cert_serial"): ("C20.2",),
    ("tbox_certificate", "cert_pem"): ("C20.2",),
    ("tbox_certificate", "not_before"): (),
    ("tbox_certificate", "not_after"): (),

    ("hr_employee", "id"): (),
    # A badge number printed and used outside the database is personal data of staff, unlike the surrogate
    # `id` that §1.7 empties even when described as 员工编号.
    ("hr_employee", "gonghao"): ("P03",),
    ("hr_employee", "name"): ("P03",),
    ("hr_employee", "id_number"): ("P03", "P02"),
    ("hr_employee", "mobile"): ("P03",),
    ("hr_employee", "dept"): ("P03",),
    ("hr_employee", "salary"): ("P03",),
    ("hr_employee", "hire_date"): ("P03",),
    ("hr_employee", "婚姻状况"): ("P03",),  # not a PIPL Art. 28 category (§3.9)
    ("hr_employee", "政治面貌"): ("P03",),

    ("mes_work_order", "id"): (),
    ("mes_work_order", "work_order_no"): ("G01",),
    ("mes_work_order", "material_code"): ("G01",),
    ("mes_work_order", "planned_qty"): ("C06.1",),
    ("mes_work_order", "produced_qty"): ("C06.1",),
    ("mes_work_order", "line"): ("G01",),
    ("mes_work_order", "shift"): ("G01",),
    ("mes_work_order", "plan_date"): (),
    ("mes_work_order", "col_7"): ("P01",),  # holds VINs; judged by content (§1.8)

    ("supplier", "id"): (),
    ("supplier", "supplier_code"): ("C07.1",),
    ("supplier", "supplier_name"): ("C07.1",),
    ("supplier", "uscc"): ("C07.1",),
    ("supplier", "grade"): ("C07.1",),
    ("supplier", "address"): ("C07.1",),
    ("supplier", "contact_person"): ("P01",),
    ("supplier", "contact_phone"): ("P01",),

    ("security_vulnerability", "id"): (),
    ("security_vulnerability", "cve_id"): ("C20.1",),
    ("security_vulnerability", "cvss"): ("C20.1",),
    ("security_vulnerability", "severity"): ("C20.1",),
    ("security_vulnerability", "affected_component"): ("C20.1",),
    ("security_vulnerability", "description"): ("C20.1",),
    ("security_vulnerability", "fix_status"): ("C20.1",),
    ("security_vulnerability", "assignee"): ("P03",),  # staff handling security work (§3.5)
    ("security_vulnerability", "discovered_time"): (),

    ("sys_operation_log", "id"): (),
    ("sys_operation_log", "module"): (),
    ("sys_operation_log", "operation"): (),
    ("sys_operation_log", "login_ip"): ("P03",),  # platform operators' login IP (§3.9)
    ("sys_operation_log", "create_by"): (),
    ("sys_operation_log", "create_time"): (),
    ("sys_operation_log", "update_time"): (),
    ("sys_operation_log", "is_deleted"): (),

    # Dictionary tables are empty throughout (§2).
    ("sys_dict", "id"): (),
    ("sys_dict", "dict_type"): (),
    ("sys_dict", "dict_code"): (),
    ("sys_dict", "dict_label"): (),
    ("sys_dict", "sort_order"): (),

    ("vehicle model", "id"): (),
    ("vehicle model", "model_code"): ("G01",),
    ("vehicle model", "model_name"): ("G01",),
    ("vehicle model", "fuel_type"): ("G01",),
    ("vehicle model", "rated_energy_kwh"): ("G01",),
    ("vehicle model", "wmi"): ("G01",),
}

LAKE: dict[tuple[str, str], tuple[str, ...]] = {
    ("gnss_tracks", "vin"): ("P01",),
    ("gnss_tracks", "gps_time"): (),
    ("gnss_tracks", "lat"): _POSITION,
    ("gnss_tracks", "lon"): _POSITION,
    ("gnss_tracks", "speed"): ("C16.1",),
    ("gnss_tracks", "heading"): ("C16.1",),
    ("gnss_tracks", "hdop"): (),
    ("gnss_tracks", "dt"): (),  # Hive partition key: a day, like any record date

    ("cabin_camera", "frame_id"): (),
    ("cabin_camera", "vin"): ("P01",),
    ("cabin_camera", "camera"): (),  # sensor channel name
    ("cabin_camera", "capture_time"): (),
    ("cabin_camera", "image_path"): ("P02",),  # driver camera media: P02 only (§3.4)
    ("cabin_camera", "image"): ("P02",),
    ("cabin_camera", "face_bbox[]"): ("P02",),
    ("cabin_camera", "gaze.yaw"): ("P02",),
    ("cabin_camera", "gaze.pitch"): ("P02",),
    ("cabin_camera", "fatigue_level"): ("P02",),

    ("exterior_camera", "frame_id"): (),
    ("exterior_camera", "vin"): ("P01",),
    ("exterior_camera", "camera"): (),
    ("exterior_camera", "timestamp"): (),
    ("exterior_camera", "image_path"): _EXTERIOR_IMAGE,
    ("exterior_camera", "image"): _EXTERIOR_IMAGE,
    ("exterior_camera", "ego_lat"): _EGO_POSITION,
    ("exterior_camera", "ego_lon"): _EGO_POSITION,

    ("lidar_frames", "frame_id"): (),
    ("lidar_frames", "log_name"): ("C04.1",),
    ("lidar_frames", "vehicle_name"): ("C04.1",),
    ("lidar_frames", "timestamp"): (),
    ("lidar_frames", "pcd_path"): ("C12.1",),  # a path to a point cloud takes the blob's code, as image paths do
    ("lidar_frames", "pcd"): ("C12.1",),
    ("lidar_frames", "point_count"): (),  # an array shape (§3.7)
    ("lidar_frames", "pose.position.x"): _EGO_POSITION,
    ("lidar_frames", "pose.position.y"): _EGO_POSITION,
    ("lidar_frames", "pose.position.z"): _EGO_POSITION,
    ("lidar_frames", "pose.orientation.qw"): _EGO_ORIENTATION,
    ("lidar_frames", "pose.orientation.qx"): _EGO_ORIENTATION,
    ("lidar_frames", "pose.orientation.qy"): _EGO_ORIENTATION,
    ("lidar_frames", "pose.orientation.qz"): _EGO_ORIENTATION,
    ("lidar_frames", "calib.sensor"): (),
    ("lidar_frames", "calib.lidar_to_ego[]"): ("C04.2",),

    ("can_signals", "ts"): (),
    ("can_signals", "vin"): ("P01",),
    ("can_signals", "can_id"): ("C23.2",),
    ("can_signals", "payload"): ("C23.2",),
    ("can_signals", "vehicle_speed"): ("C23.2",),
    ("can_signals", "brake_pedal"): ("C23.2",),
    ("can_signals", "steering_angle"): ("C23.2",),
    ("can_signals", "alive_counter"): (),
    ("can_signals", "crc"): (),
}

EXPECTED: dict[tuple[str, str], tuple[str, ...]] = {**WAREHOUSE, **LAKE}
