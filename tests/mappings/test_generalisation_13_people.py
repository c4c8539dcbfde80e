"""Cases behind the people decisions of round 10 (held-out corpora 17-18), written with the general vocabulary of whole
domains (ambulance run sheets and medical records, traffic-police accident parties, driving-test and qualification-exam
records, ambulance crews and examiners, a dealer platform's consumers), not the corpora's own table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

PATIENT_CARE = ("run_id", "patient_id", "dispatch_time", "chief_complaint", "paramedic")
EMR = ("visit_id", "patient_no", "doctor_id", "visit_time")
ACCIDENT_PARTIES = (("party_a_name", "甲方姓名"), ("party_a_id_no", "甲方身份证号码"), ("party_b_name", "乙方姓名"),
                    "accident_time", "address")
PARTY = ("case_id", ("party_name", "当事人姓名"), "id_no", "plate_no", "phone")
FLEET_ACCIDENT = ("vehicle_id", "driver_id", "accident_date", "accident_place", "loss_amount")
EXAM_RECORD = (("admission_no", "准考证号"), "candidate_name", "exam_date")
CONSUMER = ("first_name", "last_name", "email", "cell_phone")

EXACT = [
    # What a patient care record writes about the patient's body is health data (P02).
    ("patient_care_report", PATIENT_CARE, "initial_diagnosis", "text", None, {"P02"}),
    ("patient_care_report", PATIENT_CARE, "gcs_score", "varchar(20)", "格拉斯哥昏迷评分", {"P02"}),
    ("patient_care_report", PATIENT_CARE, "killip_class", "varchar(20)", None, {"P02"}),
    ("patient_care_report", PATIENT_CARE, "outcome", "text", "急救结果", {"P02"}),
    ("patient_care_report", PATIENT_CARE, "severity_level", "varchar(20)", None, {"P02"}),
    ("outpatient_record", EMR, "zs", "varchar(500)", "主诉", {"P02"}),
    ("outpatient_record", EMR, "present_illness", "text", None, {"P02"}),
    ("outpatient_record", EMR, "ssy", "int", "收缩压", {"P02"}),
    ("vital_signs", ("patient_id", "measured_at"), "spo2", "int", None, {"P02"}),
    ("vital_signs", ("patient_id", "measured_at"), "respiratory_rate", "int", None, {"P02"}),
    ("vital_signs", ("patient_id", "measured_at"), "temperature", "decimal(4,1)", "体温", {"P02"}),
    ("patient_allergy", ("patient_id", "recorded_at"), "allergen", "varchar(100)", None, {"P02"}),
    ("patient_allergy", ("patient_id", "recorded_at"), "severity", "varchar(20)", None, {"P02"}),
    ("medical_history", ("patient_id", "created_at"), "diagnosis", "varchar(200)", None, {"P02"}),
    ("medical_history", ("patient_id", "created_at"), "remark", "varchar(200)", None, {"P02"}),
    ("medication_record", ("patient_id", "drug_id"), "medicine", "varchar(100)", None, {"P02"}),
    # An ambulance crew and a driving test's examiners are the operator's staff (P03).
    ("ambulance_run", PATIENT_CARE, "physician", "varchar(50)", "急救医师", {"P03"}),
    ("ambulance_run", PATIENT_CARE, "stretcher_bearer", "varchar(50)", None, {"P03"}),
    ("ambulance_run", PATIENT_CARE, "nurse", "varchar(50)", "随车护士", {"P03"}),
    ("exam_result", EXAM_RECORD, "examiner_1", "varchar(50)", "考官1", {"P03"}),
    ("exam_result", EXAM_RECORD, "safety_officer", "varchar(50)", "安全员", {"P03"}),
    # A police accident record's parties: insurer, liability, driving state, violation, statement, detentions (P01).
    ("traffic_accident", ACCIDENT_PARTIES, "party_a_insurance_company_id", "int", "甲方保险公司", {"P01"}),
    ("traffic_accident", ACCIDENT_PARTIES, "party_a_liability", "varchar(20)", "甲方责任", {"P01"}),
    ("traffic_accident", ACCIDENT_PARTIES, "party_b_violation", "varchar(50)", "乙方违法行为", {"P01"}),
    ("traffic_accident", ACCIDENT_PARTIES, "party_b_statement", "text", "乙方简述", {"P01"}),
    ("accident_party", PARTY, "is_licence_detained", "tinyint", "是否暂扣驾驶证", {"P01"}),
    ("accident_party", PARTY, "responsibility", "varchar(20)", None, {"P01"}),
    ("accident_party", PARTY, "driving_state", "varchar(20)", "行驶状态", {"P01"}),
    # A candidate's exam record: admission ticket, subject, attempts, score, deductions, result (P01).
    ("exam_result", EXAM_RECORD, "admission_ticket_no", "varchar(30)", None, {"P01"}),
    ("license_exam", ("student_name", "id_card"), "zkzh", "varchar(30)", "准考证号", {"P01"}),
    ("exam_result", EXAM_RECORD, "score", "int", None, {"P01"}),
    ("exam_result", EXAM_RECORD, "exam_subject", "varchar(10)", "考试科目", {"P01"}),
    ("exam_result", EXAM_RECORD, "exam_count", "int", "考试次数", {"P01"}),
    ("exam_result", EXAM_RECORD, "deduction_reason", "varchar(200)", "扣分原因", {"P01"}),
    ("exam_result", EXAM_RECORD, "is_first_exam", "tinyint", "是否初考", {"P01"}),
    # A dealer platform's consumers and a care record's patients are persons (P01).
    ("consumer", CONSUMER, "address", "varchar(200)", None, {"P01"}),
    ("consumer", CONSUMER, "city", "varchar(40)", None, {"P01"}),
    ("consumer", CONSUMER, "postal_code", "varchar(10)", None, {"P01"}),
    ("consumer", CONSUMER, "middle_name", "varchar(40)", None, {"P01"}),
    ("patient", ("sex", "phone", "birth_date"), "name", "varchar(50)", None, {"P01"}),
    # Review of round 9: a customer's QQ number stays P01; a wallet's top-up and a bike's frame id stay as they were.
    ("customer", ("name", "phone"), "qq", "varchar(20)", None, {"P01"}),
    ("loan_applicant", ("name", "id_no", "marriage_status"), "qq", "varchar(20)", None, {"P01"}),
    ("wallet_transaction", ("user_id", "currency", "updated_at"), "amount", "decimal(10,2)", "变动金额", {"P04"}),
    ("ebike", ("model", "battery_soc", "owner_uid"), "frame_id", "varchar(32)", None, {"P01"}),
    ("service_feedback", ("order_id", "customer_id", "submitted_at"), "comments", "text", None, {"P01"}),
]

ABSENT = [
    # A vehicle's diagnosis, a battery's temperature, a test's outcome and a drug catalogue are no patient's health.
    ("dtc_record", ("vin", "dtc_code", "ecu"), "diagnosis", "varchar(255)", "故障诊断", {"P02"}),
    ("battery_pack", ("vin", "soc"), "temperature", "float", "温度", {"P02"}),
    ("test_run", ("scenario", "duration"), "outcome", "varchar(20)", None, {"P02"}),
    ("drug_catalogue", ("name", "price", "spec"), "medicine", "varchar(100)", None, {"P02"}),
    ("hvac_setting", ("vin", "mode"), "breathing_light", "int", "呼吸灯", {"P02"}),
    ("medication_record", ("patient_id", "drug_id"), "mrid", "int", "用药记录", {"P02"}),
    ("accident", ("vin", "accident_time"), "injured_count", "int", "受伤人数", {"P01", "P02"}),
    # A carrier's or a taxi company's own accident record is its routine record, not a party's (no P01).
    ("vehicle_accident", FLEET_ACCIDENT, "accident_responsibility", "varchar(100)", "事故责任", {"P01"}),
    ("truck_accident_info", FLEET_ACCIDENT, "accident_status", "tinyint", "事故状态", {"P01"}),
    # An insurer's own table, a project's responsibility and a vehicle's driving state are no accident party's.
    ("insurance_company", ("name", "code", "phone"), "insurance_company_id", "int", None, {"P01"}),
    ("project_task", ("owner", "due_date"), "responsibility", "varchar(50)", None, {"P01"}),
    ("vehicle", ("vin", "plate"), "driving_state", "int", None, {"P01"}),
    # A battery test's result, a payroll deduction, login attempts, a violation's deducted points and the catalogue
    # of exam deductions are no candidate's exam result.
    ("battery_test", ("cell_id", "voltage"), "result", "varchar(10)", "结果", {"P01"}),
    ("salary", ("employee_no", "month"), "deduction", "decimal(10,2)", "扣款", {"P01"}),
    ("user_login", ("username", "ip"), "attempts", "int", None, {"P01"}),
    ("driver_violation", ("driver_id", "violation_time"), "reduce_score", "decimal(5,1)", "违规扣分", {"P01"}),
    ("exam_deduction_code", (("item_code", "项目代码"), ("deduction_code", "扣分代码")), "kskm", "varchar(10)",
     "考试科目", {"P01"}),
    ("exam_deduction_code", (("item_code", "项目代码"), ("deduction_code", "扣分代码")), "points", "int", "扣分值",
     {"P01"}),
    # A message queue's consumers are programs: their name and address are no person's.
    ("mq_consumer", ("group_name", "topic", "host"), "name", "varchar(64)", None, {"P01"}),
    ("kafka_consumer_group", ("group_id", "topic"), "address", "varchar(64)", None, {"P01"}),
    # Review of round 9: a dealer's QQ service number, a model's or a scenario's evaluation score, an AdBlue top-up's
    # amount and a forum's fid are no person's.
    ("dealer", ("name", "address", "phone"), "qq", "varchar(20)", None, {"P01"}),
    ("model_evaluation", ("model_id", "dataset", "metric"), "score", "float", None, {"P01"}),
    ("scenario_evaluation", ("scenario_id", "rating", "content"), "score", "float", None, {"P01"}),
    ("adblue_topup", ("vin", "station_id", "topup_time"), "amount", "decimal(10,2)", None, {"P04"}),
    ("forum_thread", ("subject", "author_id", "user"), "fid", "int", None, {"P01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
