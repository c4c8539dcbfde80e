"""Cases behind the business, product, manufacturing and charging decisions taken after corpora 15-16
(bench/corpus-validation-15, -16), written with the general vocabulary of whole domains (roadside assistance and
field service, billing, quotes and SLAs, car auctions and vehicle catalogues, concrete delivery and mix designs,
official-vehicle registers, charging operators' billing: sessions, chargers, tariffs, remote commands), not the
corpora's own table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

TOW_JOB = ("job_no", "vehicle_id", "breakdown_type", "pickup_location", "assigned_technician_id", "technician_notes")
CASE = ("case_no", "priority", "assigned_technician_id", "technician_notes", "customer_feedback")
BILL = ("invoice_no", "total_amount", "tax_amount", "payment_method")
AUCTION = ("vin", "make_year", "mileage", "exterior_color", "starting_price", "seller_id")
CATALOGUE = ("name", "segment", "start_year", "end_year")
CONCRETE = ("task_no", "concrete_grade", "slump", "plan_volume", "construction_site")
OFFICIAL = (("chepaihao", "车牌号"), ("danweimingcheng", "单位名称"), ("cheliangmingcheng", "车辆名称"))
SESSION = ("order_no", "charger_code", "energy_kwh", "started_at", "ended_at")
CHARGER = ("code", "station_id", "power_watt", "status", "connector_standard")
TARIFF = ("region_code", "electricity_price_per_kwh", "service_price_per_kwh", "effective_from")
COMMAND = ("command_no", "charger_id", "charger_code", "command_type", "executed_at")
OCPP_BOX = ("charge_box_id", "endpoint_address", "ocpp_protocol")

EXACT = [
    # A roadside-assistance or field-service job's content is the business's record (G01).
    ("roadside_assistance_job", TOW_JOB, "status", "int", None, {"G01"}),
    ("roadside_assistance_job", TOW_JOB, "description", "text", None, {"G01"}),
    ("towing_request", TOW_JOB, "estimated_cost", "decimal(10,2)", None, {"G01"}),
    ("service_calls", CASE, "priority", "int", None, {"G01"}),
    ("service_cases", CASE, "case_number", "varchar(20)", None, {"G01"}),
    ("cases", CASE, "resolution_summary", "text", None, {"G01"}),
    ("service_reports", ("job_id", "technician_id"), "work_performed", "text", None, {"G01"}),
    ("service_reports", ("job_id", "technician_id"), "parts_used", "text", None, {"G01"}),
    ("billing_line_items", BILL, "quantity", "decimal(8,2)", None, {"G01"}),
    ("billing_records", BILL, "total_amount", "decimal(10,2)", None, {"G01"}),
    ("quotations", ("quote_no", "valid_until"), "labour_cost", "decimal(10,2)", None, {"G01"}),
    ("sla_violations", ("job_id", "violation_severity"), "resolution_notes", "text", None, {"G01"}),
    ("coverage_zones", ("zone_name", "call_type"), "max_response_time_minutes", "int", None, {"G01"}),
    ("delivery_notes", ("note_no", "product", "quantity"), "transport_distance", "varchar(20)", None, {"G01"}),
    ("道路救援工单", ("工单号", "救援类型"), "jiuyuanleixing", "varchar(20)", "救援类型", {"G01"}),
    # Car-auction lots and vehicle catalogues are product data.
    ("auction_lots", AUCTION, "known_flaws", "text", None, {"G01"}),
    ("vehicle_auctions", AUCTION, "ownership_history", "text", None, {"G01"}),
    ("vehicle_model_generations", CATALOGUE, "start_year", "int", None, {"G01"}),
    ("vehicle_engine_options", ("name", "power_hp", "torque_nm"), "power_hp", "int", None, {"G01"}),
    ("car_brands", ("brand_name", "logo_url"), "brand_name", "varchar(50)", None, {"G01"}),
    # A truck mixer's and a fleet vehicle's specifications; the V2X vehicle-size record.
    ("vehicle_list", ("plate_no", "model", "brand"), "min_turn_radius", "varchar(10)", None, {"G01"}),
    ("mixer_truck", ("plate_no", "model"), "drum_volume", "decimal(5,2)", None, {"G01"}),
    ("vehicle_list", ("plate_no", "model", "brand"), "length", "int", None, {"G01"}),
    ("vehicle_size", ("width", "length"), "height", "int", None, {"G01"}),
    # A concrete's mix design is its recipe (C08.1).
    ("delivery_order", CONCRETE, "design_ratio", "varchar(100)", None, {"C08.1"}),
    ("concrete_recipe", ("recipe_no", "cement_kg"), "mix_ratio", "varchar(100)", None, {"C08.1"}),
    ("mix_record", ("batch_no",), "phb", "varchar(100)", "施工配合比", {"C08.1"}),
    # An official-vehicle register (公务用车) and its approvals, written in full pinyin.
    ("gongwuyongchexinxi", OFFICIAL, "jiegoufenlei", "varchar(20)", None, {"G01"}),
    ("official_vehicles", ("plate_no", "unit_name"), "vehicle_name", "varchar(50)", None, {"G01"}),
    ("公务用车审批", OFFICIAL, "shenpidanhao", "varchar(30)", "审批单号", {"G01"}),
    # Charging: a session's applied prices, number and power (C22.2); a charger's own code and usage (C22.1);
    # a tariff's prices and validity (G01); remote commands to a charger (C22.1).
    ("charging_order", SESSION, "electricity_price", "int", None, {"C22.2"}),
    ("charging_order", SESSION, "total_price", "int", None, {"C22.2"}),
    ("charging_flow", SESSION, "flow_no", "varchar(32)", None, {"C22.2"}),
    ("charging_order", SESSION, "power_watt", "bigint", None, {"C22.2"}),
    ("charging_order", SESSION, "charger_code", "varchar(32)", None, {"C22.1"}),
    ("charger", CHARGER, "code", "varchar(32)", None, {"C22.1"}),
    ("charging_pile", CHARGER, "total_minutes", "bigint", None, {"C22.1"}),
    ("region_tariff", TARIFF, "electricity_price_per_kwh", "int", None, {"G01"}),
    ("region_tariff", TARIFF, "effective_from", "bigint", None, {"G01"}),
    ("price_adjustment", ("station_id", "adjustment_rate"), "reason", "text", None, {"G01"}),
    ("device_command", COMMAND, "status", "varchar(16)", None, {"C22.1"}),
    ("device_command", COMMAND, "error_summary", "text", None, {"C22.1"}),
    # Earlier behaviour stays: a string station id, an OCPP connector index and an integer station id in an OCPP
    # charge-point table keep C22.1; a gun number is an index, not a key.
    ("charge_summary", ("connector_id", "energy"), "station_id", "varchar(20)", "充电站id", {"C22.1"}),
    ("connector", OCPP_BOX, "connector_id", "int", None, {"C22.1"}),
    ("ocpp_charge_point", ("charge_box_id", "status"), "station_id", "int", None, {"C22.1"}),
    ("pile_realtime", ("pile_code", "voltage"), "gun_id", "int", "充电枪号", {"C22.1"}),
    # Review of rounds 7-8: a fare or a vulnerability named in a comment keeps its code.
    ("fare_params", ("base_fare", "discount"), "key3", "int", "键3票价", {"G01"}),
    ("scan_result", ("host", "severity"), "col3", "varchar(200)", "漏洞", {"C20.1"}),
    ("security_finding", ("host", "severity"), "vuln_name", "varchar(200)", "漏洞名称", {"C20.1"}),
    ("bus_duty", ("fare", "pos_id"), "route_team_no", "varchar(10)", "路队号", {"G01"}),
]

ABSENT = [
    # Integer station and charger ids of a platform's own tables are keys (§1.7).
    ("charging_order", SESSION, "station_id", "bigint", None, {"C22.1"}),
    ("charging_order", SESSION, "charger_id", "bigint", None, {"C22.1"}),
    ("swap_record", ("battery_no", "user_id"), "station_id", "int", None, {"C22.1"}),
    ("device", ("device_no", "merchant_id"), "station_id", "mediumint", "充电站", {"C22.1"}),
    ("charge_box", OCPP_BOX, "charge_box_pk", "int", "auto-increment key", {"C22.1"}),
    # A fire station's, a weather station's and a bus stop's ids are no charging stations.
    ("fire_station", ("station_name", "apparatus"), "station_id", "varchar(20)", None, {"C22.1"}),
    ("weather_station", ("station_code", "elevation"), "station_name", "varchar(50)", None, {"C22.1"}),
    # A bare station table's code and name are not read as a charger's.
    ("station", ("code", "name", "elevation"), "code", "varchar(20)", None, {"C22.1"}),
    # A vehicle's efficiency per kWh is no tariff, a tariff's price per kWh no session energy.
    ("trip_summary", ("distance_km", "energy_used"), "km_per_kwh", "float", None, {"G01"}),
    ("region_tariff", TARIFF, "service_price_per_kwh", "int", None, {"C22.2"}),
    # On a job or case: the customer's words and ratings, where the vehicle stood, the area's polygon, photos,
    # who approved it, plates and keys are not the business's attributes.
    ("roadside_assistance_job", TOW_JOB, "customer_feedback", "text", None, {"G01"}),
    ("service_calls", CASE, "customer_rating", "int", None, {"G01"}),
    ("roadside_assistance_job", TOW_JOB, "location_address", "text", None, {"G01"}),
    ("roadside_assistance_job", TOW_JOB, "access_instructions", "text", None, {"G01"}),
    ("service_areas", ("name", "priority_level"), "coverage_polygon", "geometry", None, {"G01"}),
    ("service_reports", ("job_id", "technician_id"), "before_photos", "text[]", None, {"G01"}),
    ("service_reports", ("job_id", "technician_id"), "approved_by", "uuid", None, {"G01"}),
    ("auction_lots", AUCTION, "vin", "varchar(17)", None, {"G01"}),
    ("auction_lots", AUCTION, "location", "varchar(255)", None, {"G01"}),
    ("insurance_company", ("name", "mobile"), "code", "varchar(32)", "编号", {"G01"}),
    # A phone-call log, a test-case table and a support request without a technician are no service jobs.
    ("call_records", ("caller", "callee", "duration"), "call_type", "int", None, {"G01"}),
    ("test_cases", ("case_name", "expected_result"), "priority", "int", None, {"G01"}),
    ("user_requests", ("user_id", "request_type"), "content", "text", None, {"G01"}),
    # Approval and register dates of an official-vehicle register stay empty.
    ("gongwuyongcheshenpi", OFFICIAL, "shenheriqi", "", None, {"G01"}),
    # A brand list's index letter is UI; a gear ratio or a drawing's design ratio is no mix design.
    ("car_brand", ("brand_name", "logo"), "first_char", "char(1)", "拼音首字母", {"G01"}),
    ("gearbox", ("gear_count", "torque"), "design_ratio", "float", None, {"C08.1"}),
    # A perceived obstacle's size and a scenario's dimensions are no fleet vehicle's specification.
    ("perception_obstacle", ("track_id", "width"), "length", "double", None, {"G01"}),
    # Review of rounds 7-8: two-character keywords are not read from a bare column's initials — `pj` (评价, an
    # evaluation) is no fare, `ld` (路段, a road section) no vulnerability nor a bus route team.
    ("evaluation", ("user_id", "score"), "pj", "int", None, {"G01"}),
    ("road_section", ("name", "length"), "ld", "varchar(20)", None, {"C20.1"}),
    ("bus_duty", ("fare", "pos_id"), "ld", "varchar(20)", None, {"G01", "C20.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
