"""Cases behind the business, quality and software decisions of round 10 (held-out corpora 17-18), written with the
general vocabulary of whole domains (recall campaigns and defect investigations of any regulator or maker, owners'
safety complaints, technical service bulletins, container-terminal equipment jobs, fleet and dealer vehicle records,
shipping carriers' addresses, software baselines), not the corpora's own table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

RECALL = ("recall_no", "brand", "model", "affected_vehicles", "defect_description", "remedy")
RECALL_CN = ("召回编号", "品牌", "车型", "缺陷描述")
INVESTIGATION = ("case_no", ("campaign_no", "recall campaign number"), "component_name", "opened_date")
SAFETY_COMPLAINT = ("complaint_no", "vin", "crash", "fire", "injured", "deaths", "component", "narrative")
SERVICE_COMPLAINT = ("complaint_no", "customer_name", "content", "status", "handled_by")
BULLETIN = ("bulletin_no", "make", "model", "component", "summary")
CONTAINER_JOB = ("job_no", "container_no", "iso_code", "from_bay", "from_tier", "to_bay", "to_tier", "vessel")
FLEET_VEHICLE = ("vin", "model", "make", "manufacture_year", "status")
CARRIER_ADDRESS = ("carrier_id", "street", "city", "zip_code", "valid_from")

EXACT = [
    # A recall campaign's content: the defect, its consequence, the remedy, the units affected, the standard (C10.1).
    ("recall_campaign", RECALL, "defect_description", "text", None, {"C10.1"}),
    ("recall_campaign", RECALL, "consequence", "text", None, {"C10.1"}),
    ("recall_campaign", RECALL, "remedy", "text", None, {"C10.1"}),
    ("recall_campaign", RECALL, "affected_vehicles", "int", None, {"C10.1"}),
    ("recall_campaign", RECALL, "potaff", "int", "potential number of units affected", {"C10.1"}),
    ("recall_campaign", RECALL, "fmvss_no", "varchar(10)", "safety standard number", {"C10.1"}),
    ("recall_campaign", RECALL, "mfr_campaign_no", "varchar(20)", "manufacturer campaign number", {"C10.1"}),
    ("召回记录", RECALL_CN, "qxhg", "varchar(500)", "缺陷后果", {"C10.1"}),
    ("召回记录", RECALL_CN, "sjsl", "int", "涉及数量", {"C10.1"}),
    # A defect investigation's subject, summary and component beside its recall campaign (C10.1).
    ("investigations", INVESTIGATION, "subject", "varchar(100)", None, {"C10.1"}),
    ("investigations", INVESTIGATION, "summary", "text", None, {"C10.1"}),
    # The make, maker and model year of the recalled population are product data (G01).
    ("recall_campaign", RECALL, "manufacturer_name", "varchar(80)", None, {"G01"}),
    ("recall_campaign", RECALL, "make", "varchar(40)", None, {"G01"}),
    # An owner's safety complaint beside crash, fire and injury counts is defect-investigation evidence (C10.1).
    ("owner_complaints", SAFETY_COMPLAINT, "component", "varchar(150)", None, {"C10.1"}),
    ("owner_complaints", SAFETY_COMPLAINT, "narrative", "text", None, {"C10.1"}),
    ("owner_complaints", SAFETY_COMPLAINT, "mileage", "int", None, {"C10.1"}),
    ("owner_complaints", SAFETY_COMPLAINT, "vehicle_speed", "int", None, {"C10.1"}),
    # A technical service bulletin is a published repair instruction (G01).
    ("technical_service_bulletins", BULLETIN, "summary", "varchar(240)", None, {"G01"}),
    # A container terminal's equipment jobs: slots, container attributes, status (G01).
    ("agv_job", CONTAINER_JOB, "from_tier", "varchar(4)", None, {"G01"}),
    ("agv_job", CONTAINER_JOB, "container_weight", "varchar(10)", None, {"G01"}),
    ("quay_crane_job", CONTAINER_JOB, "job_status", "varchar(10)", None, {"G01"}),
    ("yard_move", CONTAINER_JOB, "to_bay", "varchar(4)", None, {"G01"}),
    # A fleet's or a dealer's vehicle record: make and year of manufacture (G01).
    ("vehicles", FLEET_VEHICLE, "make", "varchar(50)", None, {"G01"}),
    ("vehicles", FLEET_VEHICLE, "manufacture_year", "int", None, {"G01"}),
    # A shipping carrier's postal address is company data (G01).
    ("shipping_carrier_address", CARRIER_ADDRESS, "address_line", "varchar(100)", None, {"G01"}),
    ("shipping_carrier_address", CARRIER_ADDRESS, "city", "varchar(40)", None, {"G01"}),
    # A software baseline code named in the comment stays C18.2.
    ("ecu_baseline", ("vin", "ecu"), "jxdm", "varchar(32)", "基线代码", {"C18.2"}),
    # An OTA campaign stays an OTA campaign.
    ("ota_task", ("vehicle_id", "package_id"), "campaign_id", "varchar(40)", None, {"C18.2"}),
]

ABSENT = [
    # A recall's row keys and the maker's name are no recall content; its campaign number is no OTA campaign.
    ("recall_campaign", RECALL, "recalled_component_id", "varchar(27)", None, {"C10.1"}),
    ("recall_campaign", RECALL, "campaign_no", "varchar(12)", "campaign number", {"C18.2"}),
    ("recall_campaign", RECALL, "model_year", "int", None, {"C10.1"}),
    # An accident or fraud investigation is no defect investigation.
    ("accident_investigation", ("case_no", "location", "officer"), "summary", "text", None, {"C10.1"}),
    ("investigations", ("case_no", "claim_no", "investigator"), "subject", "varchar(100)", None, {"C10.1"}),
    # An ordinary service complaint has no crash or fire: it stays a routine record, not a defect investigation.
    ("complaints", SERVICE_COMPLAINT, "content", "text", None, {"C10.1"}),
    ("bus_complaint", ("complaint_no", "route", "description"), "description", "text", None, {"C10.1"}),
    # An integer software-version key is a key (§1.7).
    ("software_versions", ("version_number", "changelog"), "software_version_id", "int", None, {"C18.2"}),
    ("vehicles", FLEET_VEHICLE, "software_version_id", "int", None, {"C18.2"}),
    # A driving school's code (驾校代码, initials jxdm) is no software baseline.
    ("exam_record", ("kscx", "ksrq"), "jxdm", "varchar(20)", "驾校代码", {"C18.2"}),
    # A membership or pricing tier is no supplier tier; a container stack's tier is no supplier.
    ("membership", ("user_id", "points"), "tier", "varchar(20)", None, {"C07.1"}),
    ("price_plan", ("plan_name", "price"), "tier", "varchar(20)", None, {"C07.1"}),
    ("agv_job", CONTAINER_JOB, "from_tier", "varchar(4)", None, {"C07.1"}),
    # A terminal job's links, reserved fields and the equipment-kind discriminator are keys and lookups.
    ("agv_job", CONTAINER_JOB, "job_link", "varchar(20)", None, {"G01"}),
    ("agv_job", CONTAINER_JOB, "reserve", "varchar(20)", None, {"G01"}),
    # A DTC definition's make and a vehicle status table's make are not read as a fleet vehicle's make.
    ("dtc_info", ("code", "description"), "make", "varchar(40)", None, {"G01"}),
    # An address record's validity and roles are its period and a lookup.
    ("shipping_carrier_address", CARRIER_ADDRESS, "valid_from", "varchar(20)", None, {"G01"}),
    ("shipping_carrier_address", CARRIER_ADDRESS, "address_roles", "varchar(40)", None, {"G01"}),
    # A factory AGV's x/y position is not a container slot record (no container or bay/tier siblings).
    ("mes_work_order", ("order_no", "material", "qty"), "tier", "varchar(10)", None, {"C07.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
