"""Cases behind the business, product, manufacturing and software decisions taken after corpora 11-14
(bench/corpus-validation-11 ... -14), written with the general vocabulary of whole domains (UDS ECU identification
DIDs, terminal APN accounts, identity documents of finance schemas, a transit operator's fare terminals, a model's
type-approval / environmental disclosure, welding procedure specifications, dealer stock transfers), not the
corpora's own table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

ECU_DIDS = ("vin", "ecu_serial_number", "ecu_hardware_number", "programming_date")
TERMINAL = (("server_ip", "服务器IP"), ("server_port", "服务器端口"), ("apn", "接入点名称"))
LESSEE = (("customer_name", "客户姓名"), ("mobile", "手机号"), ("id_type", "证件类型"))
FARE_POS = (("pos_no", "机具号"), ("driver_card_no", "司机卡号"), ("fare", "票价"), ("trade_time", "交易时间"))
FARE_PARAMS = (("base_fare", "基本票价"), ("fare_key2", "键2票价"), ("transfer_discount", "换乘折扣"))
DISCLOSURE = (("disclosure_no", "信息公开编号"), ("env_info_code", "环保信息码"), ("vin", "车辆识别代号"))
WPS = (("wire_feed_speed", "送丝速度"), ("welding_speed", "焊接速度"), ("welding_current", "焊接电流"))
WELDER = (("welder_name", "焊工姓名"), ("certificate", "资格证"), ("work_start", "上岗时间"))

EXACT = [
    # The ECU identification data of ISO 14229 DIDs name the software the unit runs (C18.2); a software fingerprint
    # is not a biometric, a calibration software number not a sensor calibration.
    ("ecu_identification", ECU_DIDS, "bootloader_identifier", "binary(8)", None, {"C18.2"}),
    ("ecu_info", ECU_DIDS, "boot_software_identification", "varchar(32)", None, {"C18.2"}),
    ("ecu_info", ECU_DIDS, "application_software_fingerprint", "varchar(32)", None, {"C18.2"}),
    ("ecu_info", ECU_DIDS, "calibration_software_number", "varchar(16)", None, {"C18.2"}),
    ("controller", ("controller_name", "控制器名称"), "boot_version", "varchar(16)", "引导程序版本", {"C18.2"}),
    # In a DID table the spare-part number and the coding (configuration) code are what is flashed (C18.2); the
    # system-supplier identifier is the unit's supplier (C07.1).
    ("uds_did", ECU_DIDS, "spare_part_number", "bytes", None, {"C18.2"}),
    ("uds_did", ECU_DIDS, "configuration_code", "bytes", None, {"C18.2"}),
    ("did_values", ECU_DIDS, "system_supplier_identifier", "bytes", None, {"C07.1"}),
    # A terminal's APN / dial-up account is a service account (C20.2), the APN itself stays topology (C24.1).
    ("terminal_param", TERMINAL, "apn_user", "varchar(32)", "APN用户名", {"C20.2"}),
    ("terminal_param", TERMINAL, "apn_password", "varchar(32)", None, {"C20.2"}),
    ("dtu_config", TERMINAL, "ppp_user", "varchar(32)", "拨号用户名", {"C20.2"}),
    ("dtu_config", TERMINAL, "net_pwd", "varchar(32)", "上网口令", {"C20.2"}),
    ("terminal_param", TERMINAL, "apn_name", "varchar(32)", "接入点名称", {"C24.1"}),
    # The immobiliser's electronic secret key is key material.
    ("immobilizer", ("ecu_serial", "pin_status"), "esk", "binary(16)", None, {"C20.2"}),
    # A transit operator's tariff and its own route, team, company and fleet numbers are business data (G01).
    ("fare_param_file", FARE_PARAMS, "fare_key3", "byte[]", "键3票价", {"G01"}),
    ("fare_param_file", FARE_PARAMS, "transfer_limit", "byte[]", "换乘次数限制", {"G01"}),
    ("ticket_record", FARE_POS, "line_no", "varchar(10)", "线路号", {"G01"}),
    ("ticket_record", FARE_POS, "route_team", "varchar(10)", "路队号", {"G01"}),
    ("ticket_record", FARE_POS, "corp", "varchar(10)", "公司号", {"G01"}),
    ("bus_trade", FARE_POS, "bus_self_no", "varchar(10)", "车辆自编号", {"G01"}),
    # A model's environmental disclosure: its parameters are product data, its emission-control components' model
    # and maker the key-component supplier list (C07.1, unsure), the VIN stays P01.
    ("model_disclosure", DISCLOSURE, "vehicle_category", "varchar(20)", "汽车分类", {"G01"}),
    ("model_disclosure", DISCLOSURE, "manufacturer", "varchar(60)", "生产企业", {"G01"}),
    ("model_disclosure", DISCLOSURE, "cylinders", "int", "发动机缸数", {"G01"}),
    ("model_disclosure", DISCLOSURE, "catalyst", "varchar(60)", "催化转化器", {"C07.1"}),
    ("model_disclosure", DISCLOSURE, "oxygen_sensor", "varchar(60)", None, {"C07.1"}),
    ("model_disclosure", DISCLOSURE, "dpf", "varchar(60)", "颗粒捕集器", {"C07.1"}),
    ("model_disclosure", DISCLOSURE, "engine_maker", "varchar(60)", "发动机生产厂", {"C07.1"}),
    ("model_disclosure", DISCLOSURE, "vin", "varchar(17)", "车辆识别代号", {"P01"}),
    # A welding procedure specification's parameters are process technical requirements (C08.1, unsure).
    ("welding_procedure_spec", WPS, "gas_flow", "varchar(50)", "气体流量", {"C08.1"}),
    ("wps_card", WPS, "travel_speed", "varchar(50)", None, {"C08.1"}),
    ("resource_tech", WPS, "plate_param", "varchar(50)", "板材参数", {"C08.1"}),
    # A dealer-to-dealer stock transfer is a routine record.
    ("vehicle_allocation", ("allocation_id", "out_dealer_id", "in_dealer_id"), "allocation_reason", "varchar(200)",
     "调拨原因", {"G01"}),
    # Earlier behaviour stays: a supplier master's code, a BOM line's part number, an OTA software version.
    ("supplier", ("supplier_name", "供应商名称"), "supplier_code", "varchar(20)", "供应商编码", {"C07.1"}),
    ("bom_line", ("parent_part", "quantity"), "part_number", "varchar(30)", "零件号", {"C07.1"}),
    ("ota_task", ("vin", "target_ecu"), "software_version", "varchar(30)", "软件版本", {"C18.2"}),
]

ABSENT = [
    # Identity documents and transport permits are no platform credentials.
    ("lease_customer", LESSEE, "certif_no", "varchar(30)", "证件号码", {"C20.2"}),
    ("guarantor", LESSEE, "spouse_certif_type", "varchar(10)", "配偶证件类型", {"C20.2"}),
    ("ride_hailing_vehicle", ("plate_no", "车牌号"), "certificate", "varchar(30)", "网络预约出租汽车运输证字号", {"C20.2"}),
    ("transport_company", ("company_name", "业户名称"), "permit_certificate", "varchar(30)", "经营许可证号",
     {"C20.2"}),
    # An APN field's length and its user are not topology.
    ("terminal_param", TERMINAL, "apn_len", "int", "APN接入点名称长度", {"C24.1"}),
    ("terminal_param", TERMINAL, "apn_user", "varchar(32)", "APN用户名", {"C24.1"}),
    # Outside a DID table a spare-part or configuration code is not software; a BOM's part number not C18.2.
    ("parts_catalogue", ("oe_number", "part_name"), "spare_part_number", "varchar(30)", "备件号", {"C18.2"}),
    ("vehicle_order", ("order_no", "model_code"), "configuration_code", "varchar(30)", "配置代码", {"C18.2"}),
    ("bom_line", ("parent_part", "quantity"), "part_number", "varchar(30)", "零件号", {"C18.2"}),
    ("vendor", ("vendor_name", "address"), "supplier_code", "varchar(20)", None, {"C18.2"}),
    # A real fingerprint stays biometric, not software.
    ("member_biometrics", ("member_id", "face_image"), "fingerprint", "blob", "指纹", {"C18.2"}),
    # A customer's coupons stay the customer's; a gear-status message's transmission type is no product attribute.
    ("customer_info", (("discount", "折扣"), "customer_name"), "coupon_num", "int", "优惠券", {"G01"}),
    ("gear_status", ("gear", "gear_lever_position"), "transmission_type", "varchar(10)", None, {"G01"}),
    # Route, line and company numbers without fare-terminal data mean nothing on their own; a plate stays P01.
    ("ride_order", ("order_no", "passenger_phone"), "route_no", "varchar(10)", "线路号", {"G01"}),
    ("employee", ("emp_name", "dept_name"), "company_no", "varchar(10)", "公司号", {"G01"}),
    ("ticket_record", FARE_POS, "plate_no", "varchar(10)", "车牌号", {"G01"}),
    # Emission components outside a disclosure record are parts or signals, and whether a model has one is a
    # product attribute; a disclosure record's own key is a key.
    ("obd_live_data", ("engine_speed", "coolant_temp"), "egr", "float", "EGR开度", {"C07.1"}),
    ("parts_catalogue", ("oe_number", "part_name"), "catalyst", "varchar(60)", "催化转化器", {"C07.1"}),
    ("model_disclosure", DISCLOSURE, "has_egr", "varchar(2)", "是否有EGR", {"C07.1"}),
    ("model_disclosure", DISCLOSURE, "vid", "varchar(32)", None, {"G01"}),
    # A welder's working position and a welding machine's place are not procedure parameters.
    ("welder", WELDER, "weld_position", "varchar(50)", "焊接位置", {"C08.1"}),
    ("welding_machine", ("machine_no", "model"), "install_position", "varchar(50)", "安装位置", {"C08.1"}),
    # Views and likes of published content are counters; a waybill's province and its code are no G01.
    ("news_article", ("title", "content"), "view_count", "bigint", "访问量", {"G01"}),
    ("cms_article", ("title", "content"), "like_count", "bigint", "点赞量", {"G01"}),
    ("freight_waybill", ("waybill_no", "consignor"), "start_province", "varchar(20)", "起运省", {"G01"}),
    ("freight_waybill", ("waybill_no", "consignor"), "end_city_code", "varchar(20)", "到达市编码", {"G01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
