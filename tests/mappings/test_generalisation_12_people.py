"""Cases behind the people decisions of round 9 (held-out corpora 15-16), written with the general vocabulary of whole
domains (customer feedback and reviews, wallets and prepaid accounts of charging and e-bike apps, push-service tokens,
bike frame numbers, fire/EMS dispatch calls, monthly packages, technicians' licences), not the corpora's own table or
column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

FEEDBACK = ("order_id", "customer_id", "submitted_at")
REVIEW = ("order_id", "user_id", "stars", "review_text")
WALLET = ("user_id", "currency", "updated_at")
CAD_CALL = ("incident_no", "call_for_service_number", "priority_fire", "priority_ambulance", "apparatus",
            "call_type", "address", "latitude", "longitude")
ROADSIDE_CALL = ("call_number", "call_type", "priority", "status", "assigned_technician_id")
BIKE = ("model", "battery_soc", "owner_uid")
TECHNICIAN = ("employee_number", "hire_date", "skills")

EXACT = [
    # What a customer or a rider says of a service: feedback and review text, ratings, stars, would-recommend (P01).
    ("service_feedback", FEEDBACK, "overall_rating", "int", None, {"P01"}),
    ("service_feedback", FEEDBACK, "response_time_rating", "int", None, {"P01"}),
    ("service_feedback", FEEDBACK, "comments", "text", None, {"P01"}),
    ("service_feedback", FEEDBACK, "would_recommend", "boolean", None, {"P01"}),
    ("product_review", REVIEW, "rating", "int", None, {"P01"}),
    ("satisfaction_survey", ("ticket_no", "answered_at"), "score", "int", "满意度评分", {"P01"}),
    ("trip", ("distance", "duration", "rating"), "feedback_comment", "varchar(500)", None, {"P01"}),
    ("rescue_case", ("case_no", "status"), "customer_notes", "text", None, {"P01"}),
    ("repair_order", ("order_no", "status"), "customer_rating", "int", None, {"P01"}),
    ("order_info", ("order_no", "amount"), "eval_content", "varchar(500)", "用户评价", {"P01"}),
    # A customer's wallet and prepaid account: balance, debt, transaction amount, balance after (P04).
    ("wallet_account", WALLET, "balance_cent", "bigint", None, {"P04"}),
    ("wallet_account", WALLET, "debt_cent", "bigint", None, {"P04"}),
    ("wallet_transaction", WALLET, "amount", "decimal(10,2)", "变动金额", {"P04"}),
    ("recharge_order", ("recharge_no", "channel"), "recharge_amount", "decimal(10,2)", None, {"P04"}),
    ("charge_order", ("energy_kwh", "balance_after", "debt_added"), "debt_after", "bigint", None, {"P04"}),
    ("user_account", ("username", "phone"), "balance", "bigint", None, {"P04"}),
    # A monthly package's period and remaining uses, and the day the customer paid (P04).
    ("member_package", ("user_id", "package_id"), "end_date", "date", "包月结束日期", {"P04"}),
    ("member_package", ("user_id", "package_id"), "left_times", "tinyint", "套餐剩余次数", {"P04"}),
    ("pay_order", ("order_no", "amount"), "pay_day", "date", "付款日期", {"P04"}),
    ("invoice", ("invoice_no", "amount"), "paid_date", "date", None, {"P04"}),
    # A push service's token for one app install names the phone (P01), not a platform credential.
    ("user_device", ("user_id", "platform"), "fcm_token", "varchar(512)", None, {"P01"}),
    ("user_device", ("user_id", "platform"), "apns_device_token", "varchar(256)", None, {"P01"}),
    ("app_install", ("user_id", "os"), "jpush_registration_id", "varchar(64)", "极光推送标识", {"P01"}),
    # A bicycle's, an e-bike's or a scooter's frame number is its VIN (P01).
    ("ebike", BIKE, "frame_id", "varchar(32)", None, {"P01"}),
    ("scooter", ("model", "status"), "fid", "varchar(32)", "frame id", {"P01"}),
    # A string uid in the user's own table is the account id (P01).
    ("app_user", ("nickname", "avatar"), "uid", "varchar(64)", None, {"P01"}),
    # A fire/EMS dispatch call: the caller's address, cross street, zip (P01), the coordinates (P02), the remark (P01).
    ("dispatch_call", CAD_CALL, "address", "varchar(200)", None, {"P01"}),
    ("dispatch_call", CAD_CALL, "cross_street", "varchar(100)", None, {"P01"}),
    ("dispatch_call", CAD_CALL, "zip", "varchar(10)", None, {"P01"}),
    ("dispatch_call", CAD_CALL, "latitude", "varchar(20)", None, {"P02"}),
    ("dispatch_call", CAD_CALL, "narrative", "text", None, {"P01"}),
    # A technician's own licence is a qualification certificate of staff (P03;P02).
    ("technician", TECHNICIAN, "license_number", "varchar(50)", None, {"P03", "P02"}),
    # Plates written 车牌照号 (pinyin chepaizhaohao).
    ("official_car", ("chejiahao", "danweimingcheng"), "chepaizhaohao", "varchar(20)", None, {"P01"}),
    ("official_car", ("vin", "unit_name"), "plate_licence_no", "varchar(20)", "车牌照号", {"P01"}),
    # Review of round 8: a POS upload's whole-name track 2 and field 55 stay the card's account (P02).
    ("pos_upload", ("card_no", "trade_amount", "terminal_no"), "track2", "varchar(40)", None, {"P02"}),
    ("pos_upload", ("card_no", "trade_amount", "terminal_no"), "field55", "varchar(512)", None, {"P02"}),
]

ABSENT = [
    # Ratings of products, tyres and motors are specifications; an approval's comment is the reviewer's.
    ("tyre_spec", ("load_index", "size"), "speed_rating", "varchar(4)", None, {"P01"}),
    ("motor", ("rated_power", "rated_torque"), "power_rating", "float", None, {"P01"}),
    ("approval_review", ("reviewer", "result"), "comment", "varchar(500)", "审核意见", {"P01"}),
    ("feedback_loop", ("motor_id", "setpoint"), "feedback_torque", "float", None, {"P01"}),
    ("supplier_evaluation", ("supplier_code", "supplier_name"), "score", "int", "评分", {"P01"}),
    # A complaint handled as a work order stays the operator's record (corpus 4).
    ("schedule_complaint", ("complaint_no", "complaint_status"), "complaint_content", "text", "投诉内容", {"P01"}),
    ("service_feedback", FEEDBACK, "feedback_count", "int", None, {"P01"}),
    # A battery's cell balance and the card scheme's low-balance settings are no wallet.
    ("battery_pack", ("cell_voltage_max", "cell_voltage_min"), "balance", "int", None, {"P04"}),
    ("park_account", ("card_no", "balance", "lowest_balance_after_consume"), "low_balance_notice", "int", None,
     {"P04"}),
    ("wallet_config", ("currency",), "min_recharge_amount", "int", None, {"P04"}),
    # A charging order's amount is the session cost, even beside the wallet balance it left (C22.2, not P04).
    ("charge_order", ("energy_kwh", "balance_after", "debt_added"), "amount", "bigint", None, {"P04"}),
    ("user_token", ("fcm_token", "expires_at"), "uid", "varchar(32)", "用户uid", {"P01"}),
    # A supplier's or an insurer's payment terms are business terms; an insurer's contact mailbox is the company's.
    ("supplier", ("supplier_code", "supplier_name"), "payment_terms", "varchar(20)", None, {"P04"}),
    ("insurance_partners", ("name", "api_endpoint"), "contact_email", "varchar(100)", None, {"P01"}),
    ("insurance_partners", ("name", "api_endpoint"), "contact_phone", "varchar(50)", None, {"P01"}),
    # A subsidy batch's payment mark is no customer's payment time (corpus 11).
    ("subsidy_batch_detail", ("batch_no", "amount"), "pay_date", "date", "拨付结果标记时间", {"P04"}),
    # Frame ids of CAN messages, video streams and coordinate frames are no bike's frame number.
    ("can_frame", ("dlc", "payload"), "frame_id", "int", None, {"P01"}),
    ("video_frame", ("stream_id", "pts"), "frame_id", "bigint", None, {"P01"}),
    ("tf_transform", ("child_frame_id", "translation_x"), "frame_id", "varchar(64)", None, {"P01"}),
    # A device's access token is a platform credential (no push token); a uid in an order or a ride is a foreign key.
    ("device", ("device_sn", "product_key"), "access_token", "varchar(64)", None, {"P01"}),
    ("ride", ("distance", "duration"), "uid", "varchar(32)", None, {"P01"}),
    ("pay_order", ("order_no", "amount"), "staff_uid", "varchar(32)", "店员uid", {"P01"}),
    ("staff", ("job_no", "shop_id"), "uid", "varchar(32)", "UID", {"P03"}),
    # A roadside-assistance call's address is the stranded vehicle's place, not a dispatch call's caller (P01).
    ("emergency_calls", ROADSIDE_CALL, "location_address", "text", None, {"P01"}),
    ("fire_station", ("station_name", "apparatus"), "address", "varchar(200)", None, {"P01", "P02"}),
    # A service van's ability to make minor repairs and a minor fault are no child (P02).
    ("service_vehicles", ("call_sign", "max_tow_weight"), "can_perform_minor_repairs", "boolean", None, {"P02"}),
    ("fault_record", ("fault_code", "vehicle_id"), "minor_fault", "varchar(20)", None, {"P02"}),
    # An SLA breach is the provider's, a technician's last position refresh and a roster's date are record times,
    # and a must-change-password flag is no credential.
    ("sla_violations", ("call_id", "threshold_minutes"), "violation_type", "int", None, {"P01"}),
    ("technicians", TECHNICIAN, "last_location_update", "timestamptz", None, {"P03"}),
    ("technician_schedules", ("technician_id", "shift_start"), "schedule_date", "date", None, {"P03"}),
    ("admin_account", ("username", "password_hash"), "must_change_password", "smallint", None, {"P02", "P03"}),
    # Review of round 8: a media track 2 and a form's 55th field inside a longer name are no card data.
    ("playlist", ("album", "artist"), "track_2_title", "varchar(100)", None, {"P02"}),
    ("custom_form", ("field_54_value", "form_id"), "field_55_value", "varchar(200)", None, {"P02"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
