"""Cases behind the people and business decisions taken after the eighth held-out corpus
(bench/corpus-validation-8) and the round-4 cross-requests, written with the general vocabulary of whole domains
(a lender's file on a credit applicant against an HR record, loan terms, credit records, product-configuration
masters), not the corpus's table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

# A borrower's file kept under a back-office user-table name: the guarantee and the debts give it away.
BORROWER = (("full_name", "姓名"), ("mobile", "手机"), ("guarantor_name", "担保人姓名"), ("mortgage_flag", "有无房贷"))
APPLICANT = (("employer_name", "工作单位"), ("monthly_income", "月收入"), ("total_liability", "负债总额"))
STAFF = ("username", "password", "dept_id", ("hire_date", "入职日期"))
LOAN = (("borrower_id", "借款人"), ("apply_time", "申请时间"))

EXACT = [
    # A borrower's name, phone and family under a sys-user table name are the customer's (P01), not staff data.
    ("sys_user", BORROWER, "full_name", "varchar(20)", "姓名", {"P01"}),
    ("sys_user", BORROWER, "marriage", "tinyint", "婚姻状况", {"P01"}),
    ("sys_user", BORROWER, "children_info", "varchar(100)", "子女情况", {"P01"}),
    # The applicant's employer, post, income and assets are the customer's profile.
    ("user_detail", APPLICANT, "employer_name", "varchar(90)", "工作单位", {"P01"}),
    ("user_detail", APPLICANT, "job_title", "varchar(30)", "职位", {"P01"}),
    ("user_detail", APPLICANT, "monthly_income", "int", "月收入", {"P01"}),
    ("user_detail", APPLICANT, "other_assets", "varchar(500)", "其它资产", {"P01"}),
    # The debts a person owes and the overdue history are credit records (P02).
    ("user_detail", APPLICANT, "total_liability", "int", "负债总额", {"P02"}),
    ("credit_report", ("user_id",), "overdue_amount", "decimal(12,2)", "逾期金额", {"P02"}),
    # The registration province of an ID card is where the person is registered, not the document.
    ("customer", ("name", "mobile"), "idcard_province", "int", "户籍省份", {"P01"}),
    # A loan's terms are the contract with the person (P04).
    ("loan", LOAN, "loan_amount", "decimal(10,2)", "贷款金额", {"P04"}),
    ("loan", LOAN, "repay_method", "char(1)", "还款方式", {"P04"}),
    ("loan", LOAN, "remain_principal", "decimal(10,2)", "剩余本金", {"P04"}),
    # An OEM's product-configuration master: feature and option codes, their names and the configuration matrix,
    # model years, option packages and the change log of a feature library are routine product data (G01).
    ("feature_library", ("feature_code", "parent_feature_code", "maturity"), "display_name", "varchar(128)",
     "英文描述", {"G01"}),
    ("option_matrix", ("model_code", "model_year", "feature_code", "option_code"), "matrix_value", "tinyint",
     "矩阵打点", {"G01"}),
    ("product_configuration", ("model_code", "model_year", "marketing_name"), "configuration_name", "varchar(128)",
     None, {"G01"}),
    ("feature_change_log", ("feature_code", "change_attribute"), "old_value", "varchar(128)", "变更属性的旧值",
     {"G01"}),
    ("option_package", ("feature_code", "option_code"), "description", "varchar(255)", "描述", {"G01"}),
    # The discriminator and display order of a configurator row stay empty.
    ("feature_library", ("feature_code", "parent_feature_code"), "type", "varchar(16)", "类型", set()),
    ("feature_library", ("feature_code", "parent_feature_code"), "sort_order", "int", "排序", set()),
    # An off-road machine's PIN in an equipment header is its identification number (P01), not a PIN code.
    ("equipment_header", ("oem_name", "model", "serial_number"), "pin", "varchar(20)", None, {"P01"}),
    ("machine", ("manufacturer", "model"), "product_identification_number", "varchar(20)", None, {"P01"}),
    # The IP an SMS verification code was requested from is the requesting user's.
    ("sms_log", ("mobile", "code", "send_time"), "ip", "varchar(40)", None, {"P01"}),
    # An employee record stays staff data: its salary, position and phone.
    ("sys_user", STAFF, "salary", "decimal(10,2)", "工资", {"P03"}),
    ("sys_user", STAFF, "phone", "varchar(20)", "手机", {"P03"}),
    ("employee", STAFF, "position", "varchar(30)", "职位", {"P03"}),
]

ABSENT = [
    # A borrower's columns are no staff data.
    ("sys_user", BORROWER, "mobile", "varchar(20)", "手机", {"P03"}),
    ("user_detail", APPLICANT, "monthly_income", "int", "月收入", {"P03"}),
    ("user_detail", APPLICANT, "company_phone", "varchar(20)", "公司电话", {"P03"}),
    # A spouse's ID number is the ID document (P02) only, not also a profile attribute.
    ("sys_user", BORROWER, "spouse_idcard", "char(18)", "配偶身份证", {"P01", "P03"}),
    # Employer, income and position words in an HR table do not make an applicant's profile.
    ("employee", STAFF, "company_name", "varchar(90)", "公司名称", {"P01"}),
    # A release mail group is no person's e-mail.
    ("release_snapshot", ("feature_code", "title"), "email_group", "varchar(255)", "邮件组", {"P01"}),
    # A user's PIN code stays a credential; an app's feature flags are no product configuration.
    ("user_account", ("username", "mobile"), "pin", "varchar(8)", None, {"P01"}),
    ("app_feature", ("feature_name", "enabled"), "description", "varchar(200)", None, {"G01"}),
    # A dealer's floor-plan financing is the company's, not a person's contract.
    ("dealer_finance", ("dealer_code", "bank_name"), "loan_amount", "decimal(12,2)", "贷款金额", {"P04"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
