"""Cases behind the business, manufacturing and software decisions of round 11 (held-out corpora 19-20), written with
the general vocabulary of whole domains (a plant's LES/MES inbound logistics, SPC and production inspections,
process-parameter stores, SPDX/CycloneDX SBOMs and software-composition scans, audit logs, operators' incidents),
not the corpora's own table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

PLANT = (("plant_code", "工厂"), ("assembly_line", "总装线"), ("workshop", "车间"))
KANBAN = ("plant", "production_line", "part_no", "supplier_code")
SUPPLIER_TRUCKS = ("plant", "workshop", ("plate_no", "车牌号"), ("driver_name", "司机"), "dock_code", "arrival_time")
SPC = ("lot_id", "parameter_name", "ucl", "lcl", "measured_at")
INSPECTION = ("lot_id", "work_order_id", "inspection_item", "spec_min", "spec_max", "inspected_at")
SBOM_PACKAGE = ("spdx_id", "supplier", "license_concluded", "purl")
SCAN_RESULT = ("package_id", "severity", "resources", "create_time")

EXACT = [
    # A plant's pull sheets, racks, in-plant routes and body movements are routine logistics records (G01).
    ("jis_pull_sheet", PLANT, "dock", "varchar(10)", "卸货道口", {"G01"}),
    ("jis_pull_sheet", PLANT, "rack_code", "varchar(20)", "料架", {"G01"}),
    ("kanban_card", KANBAN, "pick_point", "varchar(20)", "取货点", {"G01"}),
    ("inplant_route", PLANT, "route_name", "varchar(100)", "送货路径名称", {"G01"}),
    ("body_movement", PLANT, "scan_area", "varchar(50)", "扫描区域", {"G01"}),
    # The supplier on a pull sheet stays supplier data; a transport supplier is a carrier (G01).
    ("jis_pull_sheet", PLANT, "supplier_code", "varchar(20)", "供应商代码", {"C07.1"}),
    ("jis_pull_sheet", PLANT, "transport_supplier", "varchar(20)", "运输供应商", {"G01"}),
    # SPC statistics and capability indices, production inspection outcomes (C10.2).
    ("spc_data", SPC, "x_bar", "numeric(10,4)", None, {"C10.2"}),
    ("spc_data", SPC, "cpk", "numeric(10,4)", None, {"C10.2"}),
    ("process_capability", ("characteristic", "usl", "lsl"), "ppk", "numeric(10,4)", None, {"C10.2"}),
    ("quality_inspection", INSPECTION, "result", "varchar(10)", None, {"C10.2"}),
    ("quality_inspection", INSPECTION, "grade", "varchar(2)", "分档等级", {"C10.2"}),
    # A process-parameter store's targets and limits are process requirements (C08.1).
    ("process_parameters", ("work_order_id", "unit", "actual_value"), "target_value", "numeric(10,4)", None,
     {"C08.1"}),
    ("process_recipe", ("recipe_code", "step"), "upper_limit", "numeric(10,4)", "上限值", {"C08.1"}),
    # An SBOM's packages are the software inventory (C18.2); a composition scan's findings are C20.1.
    ("spdx_package", SBOM_PACKAGE, "name", "string", None, {"C18.2"}),
    ("cyclonedx_component", ("bom_ref", "purl", "licenses"), "version", "string", None, {"C18.2"}),
    ("package_scan_result", SCAN_RESULT, "package_name", "varchar(128)", "软件包名称", {"C20.1"}),
    ("package_scan_result", SCAN_RESULT, "return_json", "longtext", None, {"C20.1"}),
]

ABSENT = [
    # A bus route, a delivery order without a plant model, a plant's person columns stay out of the logistics rule.
    ("bus_route", ("route_no", "start_stop", "end_stop"), "route_name", "varchar(100)", None, {"G01"}),
    ("jis_pull_sheet", PLANT, "operator", "varchar(20)", "操作工", {"G01"}),
    ("jis_pull_sheet", PLANT, "print_status", "int", "打印状态", {"G01"}),
    ("jis_pull_sheet", PLANT, "runsheet_sn", "int", "序号", {"G01"}),
    # A supplier's truck queue is no supplier master; its plate and driver are persons.
    ("supplier_truck_sequence", SUPPLIER_TRUCKS, "dock_code", "varchar(10)", None, {"C07.1"}),
    ("supplier_truck_sequence", SUPPLIER_TRUCKS, "plate_no", "varchar(20)", "车牌号", {"C07.1"}),
    ("jis_pull_sheet", PLANT, "supplier_sn", "int", "供应商流水号", {"C07.1"}),
    # Control limits are thresholds, a centre line is no production volume, a vehicle inspection's result no SPC.
    ("spc_data", SPC, "cl", "numeric(10,4)", None, {"C06.1", "C10.2"}),
    ("spc_data", SPC, "ucl_value", "numeric(10,4)", "控制上限", {"C10.2"}),
    ("vehicle_annual_inspection", ("vin", "station", "inspect_date"), "result", "varchar(10)", None, {"C10.2"}),
    ("process_parameters", ("work_order_id", "target_value"), "actual_value", "numeric(10,4)", None, {"C08.1"}),
    # An SBOM project's name, an SPDX spec version, a scan's rule dictionary and an OTA package's install result.
    ("sbom", ("description", "create_time"), "name", "varchar(128)", "项目名称", {"C18.2"}),
    ("spdx_document", ("spdx_id", "data_license", "document_namespace"), "spdx_version", "string", None, {"C18.2"}),
    ("spdx_document", ("spdx_id", "data_license", "name"), "document_namespace", "string", None, {"C24.1"}),
    ("package_rule", ("severity", "script", "parameter"), "name", "varchar(128)", None, {"C20.1", "C18.2"}),
    ("ota_package_result", ("vin", "package_id", "finished_at"), "result", "varchar(20)", None, {"C20.1"}),
    # An audit log's actor and IP are the acting user's; an incident at a station or on a bus is operational.
    ("audit_logs", ("action", "entity_id", "ip", "occurred_at"), "actor_role", "text", None, {"C21.1"}),
    ("audit_logs", ("action", "actor_id", "user_agent"), "ip", "text", None, {"C24.1"}),
    ("session", ("user_id", "user_agent", "expires_at"), "ip_address", "text", None, {"C24.1"}),
    ("incidents", ("bus_id", "station_id", "opened_at"), "severity", "text", None, {"C21.1"}),
    ("incidents", ("bus_id", "station_id", "opened_at"), "status", "text", None, {"C21.1"}),
    ("feature_toggles", ("key", "enabled"), "domain", "text", None, {"C24.1"}),
]

EXACT_KEEP = [
    # Earlier behaviour stays: a supplier master keeps C07.1, a security incident keeps C21.1.
    ("supplier", ("supplier_code", "address", "bank_account"), "supplier_name", "varchar(100)", None, {"C07.1"}),
    ("security_incidents", ("source_ip", "attack_type", "detected_at"), "severity", "varchar(20)", None, {"C21.1"}),
]

test_exact, test_absent = case_tests(EXACT + EXACT_KEEP, ABSENT)
