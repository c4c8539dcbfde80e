"""Cases behind the signal, position, test-data and calibration decisions taken on the held-out corpora 19-20
(round 11), written with the general vocabulary of whole domains (ASAM A2L calibration descriptions as every A2L
tool stores them, ISO-MME / Euro NCAP / C-NCAP crash-test results, ISO 15118 / OCPP 2.x charging needs, a fuel-cell
vehicle's telemetry, demand-responsive ride requests), not the corpora's own names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

# An A2L calibration object and a conversion method, as a calibration data manager stores the ASAP2 keywords.
A2L_CHAR = ("rid", "name", "long_identifier", "char_type", "address", "record_layout", "max_diff", "conversion",
            "lower_limit", "upper_limit", "module_rid")
A2L_COMPU = ("rid", "name", "long_identifier", "conversion_type", "format", "unit", "module_rid")
# A quality plan's inspection characteristic: the look-alike with lower and upper limits.
QUALITY_CHAR = ("id", "part_no", "name", "nominal", "lower_limit", "upper_limit", "gauge")
# A crash-test results sheet with the protocol's injury criteria.
NCAP = ("test_no", "hic_15", "head_a3ms", "neck_tension", "chest_deflection", "femur_axial_force_left")
# An ISO-MME channel header: acquisition format beside the transducer and the pulse's extremes.
CHANNEL = ("channel_code", "laboratory_channel_code", "test_object_number", "channel_frequency_class",
           "channel_amplitude_class", "sampling_interval", "unit", "location", "direction")
# What an EV asks of the charger (ISO 15118 ChargeParameterDiscovery / OCPP 2.x ChargingNeeds).
NEEDS = ("id", "evse_id", "departure_time", "ev_max_current", "ev_max_voltage", "ev_max_power", "target_soc",
         "energy_capacity")

EXACT = [
    # A2L calibration objects, measurement variables, conversion methods (C19.1).
    ("characteristic", A2L_CHAR, "name", "varchar(128)", None, {"C19.1"}),
    ("characteristic", A2L_CHAR, "lower_limit", "float", None, {"C19.1"}),
    ("characteristic", A2L_CHAR, "address", "bigint", None, {"C19.1"}),
    ("axis_pts", ("rid", "name", "input_quantity", "max_axis_points", "deposit_attr"), "max_axis_points", "int", None,
     {"C19.1"}),
    ("compu_method", A2L_COMPU, "long_identifier", "varchar(256)", None, {"C19.1"}),
    ("coeffs", ("rid", "a", "b", "c", "d", "e", "f", "compu_method_rid"), "b", "float", None, {"C19.1"}),
    ("memory_segment", ("rid", "name", "long_identifier", "prg_type", "memory_type", "size", "mod_par_rid"),
     "size", "bigint", None, {"C19.1"}),
    # Crash-test injury criteria and the protocol's scores (C04.2); the driver's seat of a dummy is no person.
    ("euro_ncap_frontal_result", NCAP, "neck_fz_tension", "float", None, {"C04.2"}),
    ("euro_ncap_frontal_result", NCAP, "chest_vc", "float", None, {"C04.2"}),
    ("euro_ncap_frontal_result", NCAP, "tibia_index", "float", None, {"C04.2"}),
    ("euro_ncap_frontal_result", NCAP, "driver", "float", None, {"C04.2"}),
    ("euro_ncap_frontal_result", NCAP, "overall", "float", None, {"C04.2"}),
    ("cncap_side_impact_result", ("pubic_symphysis_force", "hic_15", "abdomen_lateral_compression"),
     "modifier_chest_lateral_viscous_criterion", "float", None, {"C04.2"}),
    ("crash_channel_header", CHANNEL, "transducer_id", "varchar(32)", None, {"C04.2"}),
    ("crash_channel_header", CHANNEL, "time_of_maximum_value", "float", None, {"C04.2"}),
    # The EV's charging needs are the vehicle's BMS demand (C23.2), its rated energy is not.
    ("ev_charging_needs", NEEDS, "ev_max_current", "decimal(10,2)", None, {"C23.2"}),
    ("ev_charging_needs", NEEDS, "ev_max_power", "decimal(15,2)", None, {"C23.2"}),
    # A fuel-cell bus's stack output is a live signal.
    ("bus_telemetry", ("bus_id", "ts", "speed_kph", "h2_level_pct", "geom"), "fuel_cell_kw", "numeric", None,
     {"C23.2"}),
    # A ride request's pick-up point beside its passengers is the rider's and the vehicle's whereabouts.
    ("ride_requests", ("user_id", "passengers", "status", "requested_at"), "pickup", "geometry(Point,4326)", None,
     {"C16.1", "P02"}),
    # Before and after: a vehicle's own position report keeps its position, a traffic count its flow.
    ("vehicle_position_report", ("vin", "speed", "heading"), "location", "varchar(64)", None, {"C16.1", "P02"}),
    ("traffic_count", ("section_id", "count_time"), "car_flow", "int", "车流量", {"C17.1"}),
    # The race-car channels of decision 302 stay in a car's telemetry.
    ("car_telemetry", ("speed", "throttle", "brake"), "pitch", "float", None, {"C23.2"}),
]

ABSENT = [
    # A quality plan's characteristic with limits, a lab's measurement, an RBAC function: no A2L siblings.
    ("characteristic", QUALITY_CHAR, "lower_limit", "float", None, {"C19.1"}),
    ("measurement", ("id", "sample_id", "name", "value", "unit", "operator"), "name", "varchar(64)", None, {"C19.1"}),
    ("function", ("id", "name", "description", "menu_id"), "name", "varchar(64)", None, {"C19.1"}),
    # The verbal tables and units of an A2L file are vocabularies.
    ("unit", ("rid", "name", "long_identifier", "display", "module_rid"), "name", "varchar(64)", None, {"C19.1"}),
    # A route's check point is no model checkpoint.
    ("jis_rack", ("rack_no", "plant", "sequencing_point"), "calculate_check_point", "varchar(20)", None, {"C03.2"}),
    # A patient's CPR chest compressions or a hospital's body regions are no crash test.
    ("ambulance_record", ("patient_id", "pulse", "cpr_started"), "chest_compression", "int", None, {"C04.2"}),
    ("patient_exam", ("patient_id", "exam_date", "doctor"), "chest", "varchar(200)", None, {"C04.2"}),
    ("driver_scorecard", ("driver_id", "harsh_braking", "speeding"), "rating", "float", None, {"C04.2"}),
    # A plant's pressure transducer without the crash channel's own siblings is equipment.
    ("press_sensor", ("sensor_id", "line", "sampling_interval"), "transducer_type", "varchar(32)", None, {"C04.2"}),
    # Where a transducer sits on a dummy or a body, and a workstation on the line, are no whereabouts.
    ("crash_channel_code", ("test_object", "direction", "filter_class"), "main_location", "varchar(8)", None,
     {"C16.1", "P02"}),
    ("crash_channel_header", CHANNEL, "location", "varchar(8)", None, {"C16.1", "P02"}),
    ("jis_rack", ("rack_no", "vin", "plant"), "location", "varchar(20)", "工位", {"C16.1", "P02"}),
    # Whether a car has an item is equipment (§3.8), not its state.
    ("crash_report", ("protocol", "p_driver"), "steering_wheel_airbag_exists", "boolean", None, {"C23.2"}),
    # V2X energy transfer of bidirectional charging is no roadside data; a proposed schedule's target SOC is
    # the session's plan.
    ("charging_transaction", ("transaction_id", "evse_id", "connector_id"), "v2x_transfer_mode", "varchar(16)",
     None, {"C17.2"}),
    ("v2g_schedule_proposal", ("evse_id", "proposed_power", "proposal_status"), "target_soc", "int", None,
     {"C23.2"}),
    # The EV's battery energy capacity is rated; the charger's own output limit stays the charger's.
    ("ev_charging_needs", NEEDS, "energy_capacity", "decimal(15,2)", None, {"C23.2"}),
    ("evse", ("evse_id", "station_id", "status"), "max_power", "decimal(10,2)", None, {"C23.2"}),
    # A dealer's service history writes the odometer down.
    ("service_records", ("vehicle_id", "service_type", "description"), "odometer_km", "int", None, {"C23.2"}),
    # A goods pick-up (no passengers) is a consignor's address; an SPC chart's centre line is no traffic flow.
    ("delivery_order", ("order_no", "parcel_weight", "consignee"), "pickup", "varchar(200)", None, {"C16.1"}),
    ("spc_data", ("sample_no", "x_bar", "ucl", "lcl"), "cl", "numeric(10,4)", None, {"C17.1"}),
    # The audit trail's modifier in a crash database stays an audit stamp.
    ("crash_test", ("test_no", "hic_15", "chest_deflection"), "modifier", "varchar(32)", None, {"C04.2"}),
    # Review of round 10: `telemetry` is also a drone's, an aircraft's or an app's; a SPaT table's `ds` is the
    # warehouse's date partition, not 灯色.
    ("drone_telemetry", ("throttle", "altitude", "battery"), "pitch", "float", None, {"C23.2"}),
    ("flight_telemetry", ("airspeed", "altitude"), "roll", "float", None, {"C23.2"}),
    ("app_telemetry", ("session_id", "event_name"), "damage", "varchar(64)", None, {"C23.2"}),
    ("intersection_state", ("intersection_id", "phase_id", "light_state"), "ds", "varchar(8)", None,
     {"C17.2"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
