"""Cases for the subcategories no public schema in any corpus holds (bench/corpus/README.md lists them): their
rules are never measured by the eval harness, so each is held here to what it should and should not tag, in the
general vocabulary of the records where such data lives.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

PROJECT = ("project_code", "project_name", "start_date")
VEHICLE_ARCHIVE = ("plate_no", "engine_model", "overall_length")

EXACT = [
    # C01.1 / C01.2: vehicle R&D for military users and for Party/government or special fleets.
    ("vehicle_design_project", PROJECT, "military_project", "varchar(64)", "军工项目", {"C01.1"}),
    ("custom_vehicle_design", PROJECT, "official_vehicle_model", "varchar(64)", "公务用车车型", {"C01.2"}),
    ("custom_vehicle_design", PROJECT, "special_vehicle_type", "varchar(32)", "特种车辆类型", {"C01.2"}),
    # C02.1 / C02.2: export-controlled technology, national key R&D programmes.
    ("technology_item", ("item_code", "item_name"), "eccn", "varchar(16)", "出口管制编码", {"C02.1"}),
    ("research_project", PROJECT, "national_key_project_no", "varchar(32)", "国家重点研发计划课题编号", {"C02.2"}),
    # C03.1 / C03.2: core three-electric design parameters; algorithm models.
    ("cell_design", ("cell_model", "capacity_ah"), "cathode_material", "varchar(32)", "正极材料", {"C03.1"}),
    ("perception_model_release", ("model_name", "version"), "onnx_file", "varchar(255)", "模型文件", {"C03.2"}),
    # C07.2: strategic raw materials.
    ("raw_material_purchase", ("supplier_code", "purchase_date"), "lithium_carbonate_tons", "decimal(10,2)",
     "碳酸锂采购量", {"C07.2"}),
    # C08.2: PLC and robot programs of a production line.
    ("plc_backup", ("line_code", "station_code"), "ladder_program", "text", "PLC梯形图程序", {"C08.2"}),
    # C11.3: imagery of road signs and facilities.
    ("road_asset_survey", ("road_code", "survey_date"), "sign_image", "varchar(255)", "标志牌图片", {"C11.3"}),
    # C14.2: flows of people or vehicles around sensitive areas; C25.1: which sensitive institution a fleet serves.
    ("sensitive_area_flow", ("area_code", "stat_hour"), "vehicle_count", "int", "军事管理区周边车流量", {"C14.2"}),
    ("telematics_fleet", ("fleet_id", "vin"), "fleet_owner_type", "varchar(16)", "车队归属", {"C25.1"}),
    # C18.1: vehicle software source code.
    ("ecu_software_build", ("ecu_code", "build_no"), "source_code_repo", "varchar(255)", "源代码仓库", {"C18.1"}),
    # C24.2: critical-information-infrastructure protection.
    ("it_asset", ("asset_code", "asset_name"), "mlps_level", "varchar(8)", "等保级别", {"C24.2"}),
    # C27.1 / C27.2: regional mobility and registration statistics.
    ("city_mobility_stats", ("city_code", "stat_date"), "od_matrix", "json", "OD矩阵", {"C27.1"}),
    ("regional_vehicle_stats", ("province", "stat_year"), "vehicle_parc", "bigint", "机动车保有量", {"C27.2"}),
]

ABSENT = [
    # A transport operator's special-purpose vehicle and its equipment are no government-fleet R&D.
    ("vehicle_parameters", VEHICLE_ARCHIVE, "special_vehicle_fire", "varchar(20)", "专用车辆（消防设施）", {"C01.2"}),
    ("vehicle_archive", VEHICLE_ARCHIVE, "special_vehicle_type", "varchar(20)", "专用车辆类型", {"C01.2"}),
    # A project's own code and dates are keys and times, not a national programme's results.
    ("research_project", PROJECT, "start_date", "date", "开始日期", {"C02.2"}),
    # A parts order's quantity is no strategic-material procurement; a lithium battery's capacity is no raw material.
    ("parts_order", ("part_code", "supplier_code"), "quantity", "int", "数量", {"C07.2"}),
    # A web page's banner image is no road-sign imagery; a help page's source link is no vehicle source code.
    ("cms_banner", ("title", "sort_order"), "image_url", "varchar(255)", "图片", {"C11.3"}),
    # A dealer's monthly sales count is no regional registration statistic.
    ("dealer_sales", ("dealer_code", "month"), "sales_count", "int", "销量", {"C27.2", "C27.1"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
