"""Cases behind decisions 76 and on of mappings/README.md (metadata only): causes the rules and the engine missed or
mistook on a third held-out corpus (bench/corpus-validation-3), written here with general schema vocabulary, not the
corpus's names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

UI_FORM = (("txtOrderNo", "单号"), ("txtRemark", "备注"))
GPS_UNIT = ("device_no", "plate_no", "latitude", "longitude")

EXACT = [
    # 76: UI and Hungarian prefixes are no pinyin initials; the words behind them still count
    ("repair_order", UI_FORM, "txtStatus", "varchar(20)", "工单状态", {"G01"}),
    ("repair_order", UI_FORM, "lblRemark", "varchar(200)", None, set()),
    ("vehicle_form", UI_FORM, "txtChePaiHao", "varchar(20)", "车牌号", {"P01"}),
    ("vehicle_form", UI_FORM, "strFaDongJiHao", "varchar(20)", None, {"P01"}),
    ("plc_program", ("line_code",), "ladder_source", "text", "梯形图", {"C08.2"}),
    # 77: a Chinese comment that explains initials otherwise; comments count against a rule like names do
    ("vehicle_register", (("hphm", "号牌号码"),), "zj", "varchar(8)", "轴距", {"G01"}),
    ("gps_unit", GPS_UNIT, "az_location", "varchar(32)", "安装位置", set()),
    ("charge_point_status", ("connector_id",), "vendor_id", "varchar(255)", "vendor of the error code", {"G01"}),
    # 78: an on-board unit identifies the vehicle; the parts a VIN decodes to are no VIN
    ("toll_passage", ("plate_no", "lane_no"), "obu_id", "varchar(32)", None, {"P01"}),
    ("v2x_vehicle", ("plate_no",), "obu", "varchar(32)", "车载单元编号", {"P01"}),
    ("vin_rules", ("wmi", "model_code"), "vin_series", "varchar(32)", None, {"G01"}),
    # 79: back-office administrators, clerks and police officers are staff; record stamps are audit columns
    ("parking_admin", ("username", "password"), "phone", "varchar(20)", None, {"P03"}),
    ("parking_admin", ("username", "password"), "status", "char(1)", None, set()),
    ("repair_order", ("order_no", "plate_no"), "handler", "varchar(40)", "经手人", {"P03"}),
    ("repair_order", ("order_no", "plate_no"), "agent", "varchar(40)", "客服姓名", {"P03"}),
    ("ticket", ("ticket_no", "plate_no"), "officer", "varchar(40)", "执勤民警", {"P03"}),
    ("employee", ("name", "hire_date"), "created_at", "datetime", None, set()),
    # 80: one-syllable keywords only as whole names; a record's mileage is no signal
    ("repair_order", ("order_no", "plate_no"), "LiCheng", "int", None, {"G01"}),
    ("battery_material_stock", ("material_code",), "li", "decimal(10,2)", "锂", {"C07.2"}),
    # 81: what a connected-car logger records: signals, trip summaries, charging processes, geofence geometry
    ("vehicle_snapshots", ("vehicle_id", "recorded_at"), "usable_battery_level", "int", None, {"C23.2"}),
    ("vehicle_snapshots", ("vehicle_id", "recorded_at"), "is_rear_defroster_on", "boolean", None, {"C23.2"}),
    ("vehicle_snapshots", ("vehicle_id", "recorded_at"), "tpms_pressure_rl", "decimal", None, {"C23.2"}),
    ("trips", ("vehicle_id", "start_time"), "distance_km", "float", None, {"C23.2"}),
    ("trips", ("vehicle_id", "start_time"), "speed_max", "int", None, {"C23.2"}),
    ("charging_processes", ("vehicle_id", "start_date"), "end_battery_level", "int", None, {"C22.2"}),
    ("charging_processes", ("vehicle_id", "start_date"), "energy_added_kwh", "decimal", None, {"C22.2"}),
    ("user_geofences", ("name",), "radius", "int", None, {"C14.1"}),
    ("user_geofences", ("name", "radius"), "latitude", "decimal", None, {"C14.1"}),
    # 82: parcels' senders and recipients; warranty claims (C10.2) and market-quality bulletins (C10.1)
    ("parcel_order", ("order_no", "weight_kg"), "to_city", "varchar(64)", "收件人城市", {"C06.2", "P01"}),
    ("parcel_order", ("order_no", "weight_kg"), "sender_phone", "varchar(20)", None, {"C06.2", "P01"}),
    ("warranty_claim", ("claim_no", "vin"), "failed_part_name", "varchar(64)", None, {"C10.2"}),
    ("warranty_claim", ("claim_no", "vin"), "labour_cost", "decimal(10,2)", None, {"C10.2"}),
    ("warranty_claim", ("claim_no", "vin"), "fault_description", "text", "故障描述", {"C10.2"}),
    ("service_records", ("vin", "months_to_failure"), "diagnosis", "text", None, {"C10.2"}),
    ("market_quality_issue", ("issue_no",), "countermeasure", "text", "对策", {"C10.1"}),
    ("market_quality_issue", ("issue_no",), "part_return_progress", "varchar(64)", None, {"C10.1"}),
    # 83: cards, balances and packages a customer holds are contract tokens
    ("parking_monthly_card", ("plate_no", "owner_name"), "card_no", "varchar(20)", None, {"P04"}),
    ("parking_monthly_card", ("plate_no", "owner_name"), "paid_until", "datetime", None, {"P04"}),
    ("car_park_account", ("card_no",), "balance", "int", None, {"P04"}),
    ("customer_packages", ("customer_id",), "remaining_times", "int", "剩余次数", {"P04"}),
    # 84: routine records of whole domains are G01; a company's sites are master data
    ("parts_stock", ("part_code", "shop_id"), "cost_price", "decimal(10,2)", "成本价", {"G01"}),
    ("delivery_tour", ("tour_no", "courier_id"), "settlement_amount", "decimal(10,2)", None, {"G01"}),
    ("parcel_orders", ("tracking_number", "weight_kg"), "cancel_reason", "varchar(250)", None, {"G01"}),
    ("delivery_tour", ("tour_no",), "depot_latitude", "varchar(50)", "网点纬度", {"G01"}),
    ("depot", ("depot_name",), "phone", "varchar(20)", None, {"G01"}),
    ("depot", ("depot_name",), "contact_name", "varchar(50)", "联系人", {"P01"}),
    # 85: a traffic violation is its offender's; where it happened is whereabouts; a licence's own record
    ("traffic_violation", ("violation_no", "plate_no"), "fine_amount", "decimal(8,2)", None, {"P01"}),
    ("traffic_violation", ("violation_no", "plate_no"), "jkbj", "varchar(2)", "交款标记", {"P01"}),
    ("traffic_violation", ("violation_no", "plate_no"), "wfdd", "varchar(128)", "违法地点", {"C16.1", "P02"}),
    ("traffic_violation", ("violation_no", "plate_no"), "handling_authority", "varchar(64)", "处理机关", set()),
    ("driving_licence", ("licence_no", "holder_name"), "valid_to", "date", "有效期止", {"P01"}),
    ("driving_licence", ("licence_no", "holder_name"), "status", "varchar(8)", "驾驶证状态", {"P01"}),
    ("person_archive", ("name", "id_no"), "domicile_address", "varchar(256)", "住所详细地址", {"P01"}),
    # 86: inspectors are staff, the applicant is a person; how a sensor is mounted is calibration
    ("inspection_vehicle", ("plate_no", "vin"), "chassis_inspector", "varchar(32)", None, {"P03"}),
    ("inspection_vehicle", ("plate_no", "vin"), "applicant_contact", "varchar(32)", None, {"P01"}),
    ("vehicle_sensor_pose", ("sensor_name", "timestamp"), "tx", "double", "sensor mounting pose, translation x",
     {"C04.2"}),
    ("camera_intrinsics", ("sensor_name",), "fx_px", "double", "focal length x", {"C04.2"}),
    # 87: vector-map lane segments, crossings and drivable areas
    ("map_lane_segments", ("polyline", "lane_id"), "lane_mark_type", "varchar(16)", None, {"C13.2"}),
    ("map_lane_segments", ("polyline", "lane_id"), "is_intersection", "boolean", None, {"C13.2"}),
    ("pedestrian_crossings", ("crossing_id",), "edge1", "json", "first edge of the crosswalk", {"C13.2"}),
    # 88: a battery's residual capacity is a signal; an application's database login a service account
    ("swap_battery", ("battery_no", "station_id"), "residual_capacity", "double", None, {"C23.2"}),
    ("car_park", ("park_name",), "db_password", "varchar(64)", None, {"C20.2"}),
    ("ocpi_location", ("evse_uid",), "operator_name", "varchar(64)", None, {"G01"}),
    # 89: a person on a business record is the person's; logins in permission groups are staff accounts
    ("repair_order", ("order_no", "plate_no"), "owner_phone", "varchar(20)", "车主电话", {"P01"}),
    ("users", ("login_name", "group_name"), "display_name", "varchar(40)", "显示的用户名称", {"P03"}),
    ("users", ("login_name", "group_name"), "shop_code", "varchar(10)", "店铺编码", set()),
    # 90: a car park's picture of the plate at entry or exit is an exterior capture
    ("park_entry_records", ("plate_no", "entry_time"), "plate_img", "varbinary(512)", None, {"C11.1", "C11.2", "P02"}),
    # 91: a phone commented 电话 keeps only its phone; INS as a whole name is still inertial navigation
    ("violation", ("wfbh", "hphm"), "dh", "varchar(20)", "电话", {"P01"}),
    ("ins_solution", ("gps_week",), "ins", "json", None, {"C13.1"}),
    # 92: a card in a gate's passage record is a contract token, whatever the table is called
    ("lane_passages_2024", ("plate_no", "gate_name", "in_time"), "pay_card_no", "varchar(20)", None, {"P04"}),
]

ABSENT = [
    ("stock_form", UI_FORM, "txtQty", "int", "数量", {"C08.2"}),
    ("customer_form", UI_FORM, "txtCustName", "varchar(40)", "客户名称", {"C08.2"}),
    ("shop", ("shop_name",), "txt_fax", "varchar(20)", None, {"C08.2"}),
    ("staff_archive", ("name", "hire_date"), "dt", "date", None, {"C08.2", "C23.2"}),
    ("motor_vehicle_info", (("hphm", "号牌号码"),), "gl", "varchar(16)", "功率", {"P03"}),
    ("toll_passage", ("plate_no", "lane_no"), "obu_id", "varchar(32)", None, {"C17.2"}),
    ("charging_operator", ("operator_name", "phone"), "address", "varchar(200)", None, {"P03"}),
    ("admin_region", ("region_code", "region_name"), "name", "varchar(64)", None, {"P03"}),
    ("repair_order", ("order_no", "plate_no"), "GuZhangReason", "varchar(100)", None, {"C07.2"}),
    ("warranty_claim", ("claim_no", "vin"), "mileage", "int", "里程", {"C23.2"}),
    ("service_schedule", ("model_code",), "next_maintenance_mileage", "int", None, {"C23.2"}),
    ("delivery_tour", ("tour_no", "courier_id"), "planned_distance", "float", None, {"C23.2"}),
    ("price_rule", ("vehicle_type",), "start_range", "int", None, {"C22.2"}),
    ("drive_motor", ("motor_no",), "motor_temperature", "int", None, {"C22.2"}),
    ("internal_mail", ("subject", "body"), "sender_name", "varchar(40)", None, {"C06.2"}),
    ("warranty_claim", ("claim_no", "vin"), "failure_year", "varchar(8)", None, {"C10.2"}),
    ("warranty_claim", ("claim_no", "vin"), "engine_type", "varchar(32)", None, {"C10.2"}),
    ("car_park_account", ("card_no",), "low_balance_notice", "int", None, {"P04"}),
    ("credit_card", ("holder_name", "credit_limit"), "card_number", "varchar(19)", None, {"P04"}),
    ("package_catalogue_type", ("package_name",), "package_price", "int", "套卡价格", {"P04"}),
    ("staff_badge", ("staff_name",), "id_card_no", "varchar(18)", None, {"P04"}),
    ("ride_order", ("passenger_phone", "driver_id"), "fare_type", "varchar(16)", None, {"G01"}),
    ("rental_order", ("member_no", "plate_no"), "order_source", "varchar(32)", None, {"G01"}),
    ("tour_driver_trail", ("tour_no", "gps_time"), "lat", "varchar(50)", "纬度", {"G01"}),
    ("pay_order", ("order_no", "amount"), "confirm_user", "varchar(40)", None, {"G01"}),
    ("delivery_tour", ("tour_no",), "actual_delivered_quantity", "int", "实际派件数量", {"C06.1"}),
    ("schema_version", ("version",), "installed_by", "varchar(100)", "database user that ran the migration",
     {"C20.2"}),
    ("gate_pass", ("plate_no", "gate_no"), "operator_name", "varchar(16)", None, {"G01"}),
    ("violation", ("wfbh", "hphm"), "dh", "varchar(20)", "电话", {"C23.2"}),
    ("inspection_vehicle", ("plate_no", "vin"), "insOrgNumber", "varchar(32)", None, {"C13.1"}),
]


test_exact, test_absent = case_tests(EXACT, ABSENT)
