"""Cases behind the business and product decisions taken after the tenth held-out corpus
(bench/corpus-validation-10), written with the general vocabulary of whole domains — a car configuration sheet as
every car catalogue keeps it, a parts catalogue (EPC) and a parts shop, a vehicle-maker list, a fleet's reefer units
and annual inspections, help-desk tickets, partner systems — not the corpus's table or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

# A trim's configuration sheet: buyer's equipment, nominal performance, engine, under a neutral table name.
SHEET = ("trim_id", ("front_airbag", "主驾驶安全气囊"), ("sunroof", "电动天窗"), ("fuel_consumption_combined", "综合油耗"),
         ("zero_to_100_time", "百公里加速"), ("engine_displacement", "排量"), ("cylinder_count", "气缸数"),
         ("created_at", "创建时间"))
ENGINES = ("engine_id", "engine_code", ("displacement_ml", "排量"), ("cylinder_count", "气缸数"),
           ("valves_per_cylinder", "每缸气门数"))
PARTS = (("oem_part_number", "原厂零件号"), ("part_name", "零件名称"), ("retail_price", "零售价"), ("qty_on_hand", "库存"))
EPC_TREE = (("level1_name", "一级目录名称"), ("level2_name", "二级目录名称"), ("part_no", "零件号"),
            ("part_desc", "零件描述"))
BOM = (("parent_part", "父件编码"), ("child_part", "子件编码"), ("quantity", "用量"), ("supplier_code", "供应商编码"))
MAKERS = ("maker_id", ("maker_name", "厂家名称"), ("country", "国别"), ("import_type", "国产/合资/进口"))
VENDOR_MASTER = (("vendor_name", "厂商名称"), ("address", "地址"), ("bank_account", "银行账号"), ("vendor_grade", "厂商等级"))
SELLER_LIST = (("sku", "商品编码"), ("oe_code", "对应原厂件编码"), ("sale_price", "销售价格"), ("stock", "可售库存"))
TRUCK = ("truck_id", ("plate_no", "车牌号"), ("reefer_brand_model", "冷机品牌和型号"))
REEFER = ("unit_id", ("plate_no", "车牌号"), ("unit_serial", "冷机编号"), ("service_date", "最新保养日期"))
INSPECTION = ("inspection_id", ("plate_no", "车牌号"), ("inspection_fee", "年检费用"), ("handler_name", "经手人姓名"))
TICKET = ("ticket_id", ("customer_id", "客户ID"), ("agent_id", "客服ID"))
PARTNER = ("partner_id", ("app_key", "应用Key"), ("app_secret", "数据私钥"), ("system_url", "系统访问URL"))
TRAVEL = ("trip_id", ("traveller_name", "出差人"), ("from_city", "出发城市"), ("to_city", "目的城市"))

EXACT = [
    # Every attribute of a configuration sheet is product data, whatever the table is called; keys and stamps stay
    # empty.
    ("trim_catalog", SHEET, "market_segment", "varchar(20)", "车辆级别", {"G01"}),
    ("trim_catalog", SHEET, "rear_seat_fold", "tinyint", "后排座椅比例放倒", {"G01"}),
    ("trim_catalog", SHEET, "speaker_count", "tinyint", "扬声器数量", {"G01"}),
    ("trim_catalog", SHEET, "trim_id", "int", None, set()),
    ("trim_catalog", SHEET, "created_at", "datetime", "创建时间", set()),
    # An engine catalogue: the displacement beside how the engine is built.
    ("engine_catalogue", ENGINES, "aspiration", "varchar(20)", "进气形式", {"G01"}),
    ("engine_catalogue", ENGINES, "fuel_injection", "varchar(20)", "供油方式", {"G01"}),
    ("engine_catalogue", ENGINES, "engine_id", "int", None, set()),
    # A parts catalogue or a parts shop: OE and aftermarket numbers, aliases, supersessions, option codes, stock.
    ("article", ("id", "title"), "oe_number", "varchar(30)", None, {"G01"}),
    ("part_xref", ("xref_id",), "superseded_by", "varchar(30)", "替换件", {"G01"}),
    ("vehicle_order_options", ("order_id", "model_code"), "option_code", "varchar(10)", "选项码", {"G01"}),
    ("spare_parts", PARTS, "package_weight", "decimal(8,2)", "包装重量", {"G01"}),
    ("spare_parts", PARTS, "warranty_period", "varchar(16)", "质保期", {"G01"}),
    ("spare_parts", PARTS, "quality_grade", "varchar(16)", "品质等级", {"G01"}),
    ("spare_parts", PARTS, "part_id", "bigint", None, set()),
    ("catalogue_parts", EPC_TREE, "illustration_no", "varchar(10)", "图号", {"G01"}),
    ("part_relation", ("left_part_id", "right_part_id"), "relation_type", "int", "关系", {"G01"}),
    # A bill of materials stays supplier data.
    ("bom_line", BOM, "part_number", "varchar(30)", "零件号", {"C07.1"}),
    # A list of car makers with their country and import/joint-venture status is product data, not suppliers.
    ("car_maker", MAKERS, "maker_name", "varchar(40)", "厂家名称", {"G01"}),
    ("car_maker", MAKERS, "country", "varchar(20)", "国别", {"G01"}),
    # A parts maker's master (address, bank, grade) stays a supplier master; a seller's product list is its catalogue.
    ("vendor", VENDOR_MASTER, "business_status", "varchar(10)", "经营状态", {"C07.1"}),
    ("vendor_products", SELLER_LIST, "pack_spec", "varchar(20)", "包装规格", {"G01"}),
    ("vendor_products", SELLER_LIST, "brand_name", "varchar(20)", "品牌名称", {"G01"}),
    # A truck's reefer units: serial, count, service hours are equipment data.
    ("truck", TRUCK, "reefer_serial_no", "varchar(40)", "冷机编号", {"G01"}),
    ("truck", TRUCK, "refrigeration_unit_count", "int", "机组数量", {"G01"}),
    ("truck_reefer_unit", REEFER, "service_hours", "int", "最新保养时数", {"G01"}),
    ("truck_reefer_unit", REEFER, "maintenance_items", "varchar(255)", "保养项目", {"G01"}),
    # An annual-inspection record: its cost and content are the record's, its dates the event's.
    ("vehicle_annual_inspection", INSPECTION, "inspection_date", "int", "年检日期", set()),
    ("vehicle_annual_inspection", INSPECTION, "next_inspection_date", "date", "下次年检日期", set()),
    ("vehicle_annual_inspection", INSPECTION, "inspection_content", "text", "年检内容", {"G01"}),
    # A vehicle master's inspection due date stays its service schedule (decisions 21, 60).
    ("vehicle_info", ("vin", "plate_no"), "annual_inspection_due", "date", "年检到期", {"G01"}),
    # Work orders and help-desk tickets.
    ("support_ticket", TICKET, "ticket_no", "varchar(64)", "工单编号", {"G01"}),
    ("support_ticket", TICKET, "ticket_status", "int", "工单状态", {"G01"}),
    # A partner system registered with an app key and secret.
    ("third_party_system", PARTNER, "system_name", "varchar(45)", "系统名称", {"G01"}),
    ("third_party_system", PARTNER, "system_url", "varchar(100)", "系统访问URL", {"C24.1"}),
    # A charging tariff keeps its price.
    ("charging_tariff", ("tariff_id", "station_id"), "price", "decimal(8,2)", "电价", {"G01"}),
    # A TLS certificate's serial stays PKI.
    ("tls_certificate", ("issuer", "subject"), "serial_number", "varchar(64)", None, {"C20.2"}),
]

ABSENT = [
    # One or two families do not make a configuration sheet: a vehicle master with a displacement, a vehicle table
    # with airbag and seat-heating states.
    ("vehicle_info", ("vin", "plate_no", ("displacement", "排量"), ("owner_name", "车主姓名")), "status", "int", "状态",
     {"G01"}),
    ("vehicle", ("vin", "speed", ("airbag_status", "安全气囊"), ("seat_heating_level", "座椅加热")), "door_state",
     "int", None, {"G01"}),
    # Boot volume is no freight.
    ("trim_catalog", SHEET, "cargo_volume", "int", "行李厢容积", {"C06.2"}),
    # The option of a survey question is a UI choice.
    ("survey_question_option", ("question_id", "option_text"), "option_code", "varchar(10)", None, {"G01"}),
    # Who supplies the goods and the shop's search words are not product attributes.
    ("spare_parts", PARTS, "supplier", "varchar(48)", "供应商", {"G01"}),
    ("spare_parts", PARTS, "search_keyword", "varchar(48)", "搜索词", {"G01"}),
    # A vendor lookup without supplier-master data is no supplier master.
    ("cpu_vendor", ("vendor_id", "vendor_label"), "vendor_label", "varchar(40)", None, {"C07.1"}),
    # What a reefer unit measures is a reading; a fridge at home is no truck's equipment.
    ("reefer_temperature_log", ("device_no", "record_time"), "return_air_temperature", "decimal(5,1)", "回风温度",
     {"G01"}),
    ("truck", TRUCK, "reefer_temperature", "decimal(5,1)", "冷机温度", {"G01"}),
    ("smart_home_device", ("device_id", "room"), "refrigerator_status", "int", None, {"G01"}),
    # What the customer asked and how they rated it are not the ticket's data.
    ("support_ticket", TICKET, "inquiry_content", "text", "工单咨询内容", {"G01"}),
    ("support_ticket", TICKET, "satisfaction_score", "int", "工单评分", {"G01"}),
    # A staff trip's price is the traveller's, not a tariff.
    ("business_travel_order", TRAVEL, "ticket_price", "decimal(10,2)", "金额", {"G01"}),
    # A vehicle's paper certificates are no PKI.
    ("vehicle_certificate", ("plate_no", ("certificate_type", "证件类型")), "serial_number", "varchar(100)", "编号",
     {"C20.2"}),
    # A merchant's postal address beside an app key is no endpoint; a certificate store describes no partner.
    ("merchant", ("app_key", "app_secret"), "address", "varchar(200)", "地址", {"C24.1"}),
    ("ca_certificate", ("private_key", "public_key"), "description", "varchar(200)", "描述", {"G01"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
