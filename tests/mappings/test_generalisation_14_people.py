"""Cases behind the people decisions of round 11 (held-out corpora 19-20), written with the general vocabulary of whole
domains (dealer and lender customer files, rental and delivery-rider records, identity-provider accounts, audit logs,
plant operators), not the corpora's own table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

CUSTOMER = ("id", "full_name", "phone", "id_card_number", "created_at")
STOCK_VEHICLE = ("id", "model_id", "engine_number", "list_price", "status")
MODEL_SHEET = ("model_name", "msrp", "launch_year", "sales_status")
RENTAL = ("id", "rent_start", "rent_end", "deposit")
AUDIT = ("id", "actor_id", "action", "created_at")
ACCOUNTS = ("id", "created_at", "display_name")

EXACT = [
    # A household book is an identity document (P02); villages and townships are coarse places of a customer (P01).
    ("customers", CUSTOMER, "household_book_number", "text", None, {"P02"}),
    ("client_info", ("name", "mobile"), "hkbh", "varchar(30)", "户口本编号", {"P02"}),
    ("customers", CUSTOMER, "village", "text", None, {"P01"}),
    ("customers", CUSTOMER, "address", "text", None, {"P01"}),
    # A stock vehicle beside its own engine number keeps its chassis number (P01) despite a list price.
    ("vehicles", STOCK_VEHICLE, "chassis_number", "text", None, {"P01"}),
    # Renters and delivery riders are persons; a text column commented 车架号 is the frame number even named *_id.
    ("bike_rental", RENTAL, "renter_name", "varchar(64)", None, {"P01"}),
    ("rent_record", RENTAL, "rider_name", "varchar(64)", "骑手名称", {"P01"}),
    ("ebike", ("battery_no", "status"), "car_id", "varchar(32)", "车架号", {"P01"}),
    # An identity provider's subject is the account id (P01).
    ("ride_requests", ("id", "pickup", "dropoff"), "user_sub", "text", "Keycloak subject", {"P01"}),
    ("accounts", ACCOUNTS, "keycloak_sub", "text", None, {"P01"}),
    ("payments", ("id", "amount"), "oidc_subject", "varchar(64)", None, {"P01"}),
    # An audit log's IP and browser are the acting staff member's (P03).
    ("audit_log", AUDIT, "ip", "text", None, {"P03"}),
    ("operation_log", AUDIT, "user_agent", "text", None, {"P03"}),
    # A line's operator and the clerk who handled a rental are staff (P03).
    ("runsheet", ("sheet_no", "part_no"), "operation_user", "varchar(10)", "操作工", {"P03"}),
    ("rent_history", RENTAL, "operator_user_name", "varchar(64)", None, {"P03"}),
    # A person's income in a person's record stays P01.
    ("customer", CUSTOMER, "income", "decimal(10,2)", "收入", {"P01"}),
    ("loan_applicant", ("name", "guarantor", "loan_amount"), "monthly_income", "int", None, {"P01"}),
    # A driver's score stays profiling (P01).
    ("driver_score", ("driver_id", "trip_id"), "risk_score", "float", None, {"P01"}),
    # A fatigue alarm by its longer Chinese form stays P02.
    ("dms_event", ("vehicle_id", "event_time"), "fxjs", "int", "分心驾驶", {"P02"}),
]

ABSENT = [
    # Minor currency units are money, not a child.
    ("fare_payments", ("id", "status"), "amount_minor", "bigint", "minor units", {"P02"}),
    ("trades", ("id", "qty"), "price_minor", "bigint", None, {"P02"}),
    # A finance or bank transfer date is no staff transfer.
    ("sales_orders", ("order_no", "sale_price"), "finance_transfer_date", "date", None, {"P03"}),
    ("payment", ("amount", "payer"), "bank_transfer_date", "date", None, {"P03"}),
    # A formula's f(x), a list's 顺序, an abstract: the initials of 分心/视线/眨眼 no longer count.
    ("formula", ("name", "compu_method"), "f_x", "varchar", None, {"P02"}),
    ("notice", ("title", "content"), "zy", "varchar(200)", None, {"P02"}),
    ("menu", ("name", "url"), "sx", "int", None, {"P02"}),
    # A split sequence number read as `sn` is no serial; a part's nickname is no account.
    ("runsheet_detail", ("part_no", "qty"), "part_sn", "int", "拆分零件序号", {"P01"}),
    ("part_master", ("part_no", "part_name"), "part_nick_name", "varchar(30)", "零件昵称", {"P01"}),
    # A crash test's driver seat is a dummy position.
    ("euro_ncap_frontal", ("channel", "time", "value"), "driver", "varchar", None, {"P01"}),
    # The kind of a relation between packages is a graph edge.
    ("spdx_relationship", ("element_id", "related_element"), "relationship_type", "string", None, {"P01"}),
    # A rental's or a battery's income is revenue, not a person's income.
    ("t_battery", ("battery_no", "status"), "total_income", "bigint", "总收入", {"P01"}),
    ("rent_history", RENTAL, "income", "bigint", "收入", {"P01"}),
    # A component's predicted failure risk is no driver profile.
    ("maintenance_predictions", ("vehicle_id", "component"), "risk_score", "numeric", None, {"P01"}),
    # A lender's or a leasing company's phone is the company's.
    ("finance_companies", ("name", "address"), "contact_phone", "text", None, {"P01"}),
    # A model sheet's chassis is its platform code (decision stays).
    ("car_models", MODEL_SHEET, "chassis_number", "varchar(20)", None, {"P01"}),
    # An integer column commented 车架号 that is a key, and a lessee company's name, stay out.
    ("rent_order", RENTAL, "car_id", "int", "车架号", {"P01"}),
    ("vehicle_info", ("plate_no", "vin"), "lessee_name", "varchar(100)", "租赁公司名称", {"P01"}),
    # A station on the line (操作工位) is no worker; a bare `sub` and a subscription are no subject.
    ("work_station", ("line_no", "equipment_no"), "station_name", "varchar(50)", "操作工位", {"P03"}),
    ("orders", ("id", "total"), "sub", "text", None, {"P01"}),
    ("users", ("id", "email"), "user_subscription", "varchar(20)", None, {"P01"}),
    # A device's IP outside a log and a customer's order IP are no staff IP.
    ("devices", ("device_no", "model"), "ip", "varchar(15)", None, {"P03"}),
    ("orders", ("order_no", "amount"), "client_ip", "varchar(40)", None, {"P03"}),
    # A township code is a lookup.
    ("customers", CUSTOMER, "township_code", "varchar(12)", None, {"P01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
