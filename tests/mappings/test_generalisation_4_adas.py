"""Perception, driving automation, maps and scene data (metadata only): causes the rules missed or mistook on a
fourth held-out corpus (bench/corpus-validation-4), written here with the general vocabulary of perception stacks,
trajectory datasets, tiled maps, simulators and traffic counts — not the corpus's message or column names.

Each row: table name, siblings (a name, or a (name, comment) pair), column name, SQL type, comment, codes.
`EXACT` rows must get exactly these codes; `ABSENT` rows must get none of the listed codes."""
from __future__ import annotations

from tests.mappings.cases import case_tests

FUSED = ("object_id", "existence_probability", "timestamp")
RADAR = ("track_id", "range_rate", "rcs")
LEAD = ("relative_distance", "relative_speed", "timestamp")
VISION = ("lane_lines", "lane_line_probs", "frame_id")
NGSIM = ("vehicle_id", "frame_id", "preceding", "following", "space_headway", "time_headway")
DRONE = ("track_id", "frame", "track_lifetime", "recording_id")
FLEET_TRACK = ("vin", "gps_time", "latitude", "longitude")
DMS = ("frame_id", "model_execution_time")
DMS_FACE = ("face_prob", "left_eye_prob", "frame_id")
MAP_CELL = ("cell_id",)
SIM = ("scenario_id", "object_name")
COUNT_SITE = ("site_id", "speed_limit", "lane_markings", "start_time")

EXACT = [
    # A perceived object's parts in a detection, track or prediction table (fused, radar, tracked objects)
    ("fused_objects", FUSED, "kinematics", "json", None, {"C12.2"}),
    ("fused_objects", FUSED, "classification", "json", None, {"C12.2"}),
    ("fused_objects", FUSED, "footprint", "json", None, {"C12.2"}),
    ("radar_tracks", RADAR, "position", "json", None, {"C12.2"}),
    ("radar_tracks", RADAR, "acceleration", "float", None, {"C12.2"}),
    ("predicted_objects", FUSED, "predicted_paths", "json", None, {"C12.2"}),
    ("tracked_objects", FUSED, "pose_with_covariance", "json", None, {"C12.2"}),
    ("radar_objects", RADAR, "is_stationary", "boolean", None, {"C12.2"}),
    ("radar_objects", RADAR, "motion_status", "int", None, {"C12.2"}),
    # ... but its uncertainty, existence probability and age are quality and bookkeeping
    ("tracked_objects", FUSED, "position_covariance", "json", None, set()),
    ("fused_objects", FUSED, "existence_probability", "float", None, set()),
    # The lead vehicle a radar or vision model reports
    ("acc_lead_target", LEAD, "lateral_offset", "float", None, {"C12.2"}),
    ("acc_lead_target", LEAD, "relative_acceleration", "float", None, {"C12.2"}),
    ("lead_data", ("d_rel", "v_rel"), "a_rel", "float", None, {"C12.2"}),
    ("lead_data", ("d_rel", "v_rel"), "x_std", "float", None, set()),
    ("vision_model_output", VISION, "leads", "json", None, {"C12.2"}),
    ("vision_model_output", VISION, "road_edges", "json", None, {"C12.2"}),
    ("vision_model_output", VISION, "lane_line_stds", "json", None, set()),
    ("vision_model_output", VISION, "road_edge_stds", "json", None, set()),
    # A traffic light as the camera recognises it
    ("traffic_light_recognition", ("camera_id", "confidence"), "color", "int", None, {"C12.2"}),
    ("traffic_signal_state", ("color", "confidence"), "shape", "int", None, {"C12.2"}),
    # Trajectory datasets of every road user (drone, roadside or sensor recordings): scenario tracks
    ("vehicle_trajectories", NGSIM, "local_x", "float", None, {"C12.2", "C13.3"}),
    ("vehicle_trajectories", NGSIM, "lane_id", "int", None, {"C12.2", "C13.3"}),
    ("vehicle_trajectories", NGSIM, "time_headway", "float", None, {"C12.2", "C13.3"}),
    ("vehicle_trajectories", NGSIM, "frame_id", "int", None, set()),
    ("tracks", DRONE, "x_center", "float", None, {"C12.2", "C13.3"}),
    ("tracks", DRONE, "heading", "float", None, {"C12.2", "C13.3"}),
    ("tracks", DRONE, "x_acceleration", "float", None, {"C12.2", "C13.3"}),
    ("tracks", DRONE, "length", "float", None, {"C12.2", "C13.3"}),
    # Driver-monitoring model outputs (§3.4 → P02)
    ("driver_monitoring_result", DMS, "left_eye_open_prob", "float", None, {"P02"}),
    ("driver_monitoring_result", DMS, "sunglasses_prob", "float", None, {"P02"}),
    ("driver_monitoring_result", DMS, "is_distracted", "boolean", None, {"P02"}),
    ("driver_monitoring_result", DMS, "ready_prob", "float", None, {"P02"}),
    ("driver_state", DMS_FACE, "events", "json", None, {"P02"}),
    ("driver_monitoring_result", DMS, "face_prob_std", "float", None, set()),
    # Tiled maps: a Lanelet2 or point-cloud map cell's extent and data; the map's georeference
    ("lanelet_map_cell", MAP_CELL, "min_x", "double", None, {"C13.2"}),
    ("pointcloud_map_tile", MAP_CELL, "max_y", "double", None, {"C13.2"}),
    ("lanelet_map", ("map_version", "map_name"), "data", "blob", None, {"C13.2"}),
    ("lanelet_map", ("map_version", "map_name"), "map_version", "varchar(20)", None, set()),
    ("map_projector", ("projector_type", "vertical_datum"), "map_origin", "json", None, {"C13.1"}),
    ("map_projector", ("projector_type", "vertical_datum"), "mgrs_grid", "varchar(8)", None, {"C13.1"}),
    ("map_projector", ("projector_type", "mgrs_grid"), "vertical_datum", "varchar(8)", None, set()),
    ("planned_path", ("points", "header"), "left_bound", "json", None, {"C13.2"}),
    ("pointcloud_map_cell", ("cell_id", "min_x"), "pointcloud", "blob", None, {"C12.1", "C13.2"}),
    # Objects placed in a simulation scene
    ("simulated_objects", SIM, "initial_state", "json", None, {"C05.1"}),
    ("npc_vehicle", SIM, "behavior_model", "varchar(32)", None, {"C05.1"}),
    ("npc_vehicle", SIM, "max_velocity", "float", None, {"C05.1"}),
    # Vehicle counts of a traffic count or trajectory recording
    ("recording_meta", COUNT_SITE, "num_trucks", "int", None, {"C17.1"}),
    ("traffic_count_station", ("station_id", "hour"), "number_of_vehicles", "int", None, {"C17.1"}),
    ("recording_meta", COUNT_SITE, "total_driven_distance", "float", None, {"C17.1"}),
    ("recording_meta", COUNT_SITE, "total_driven_time", "float", None, {"C17.1"}),
    # A recorded road site's lanes are road geometry; a driving dataset's capture date is C04.1
    ("recording_meta", COUNT_SITE, "lower_lane_markings", "json", None, {"C13.2"}),
    ("road_section", ("section_name", "speed_limit"), "number_of_lanes", "int", None, {"C13.2"}),
    ("drive_recordings", ("lidar_model", "test_vehicle", "duration"), "weekday", "varchar(10)", None, {"C04.1"}),
    ("drive_recordings", ("lidar_model", "test_vehicle", "duration"), "start_time", "varchar(20)", None, {"C04.1"}),
    # A live camera calibration's angles and mounting height; its spread and the calibrated-frame motion are not
    ("camera_live_calibration", ("calib_status", "valid_blocks"), "euler_angles", "json", None, {"C04.2"}),
    ("camera_live_calibration", ("calib_status", "valid_blocks"), "camera_height", "float", None, {"C04.2"}),
    ("camera_live_calibration", ("calib_status", "valid_blocks"), "rpy_calibration_spread", "json", None, set()),
    # The class label of a perceived object
    ("object_classification", ("probability",), "label", "int", None, {"C12.2"}),
    # A terminal's snapshots and alarm attachments are camera media (direction unstated → exterior, §3.4)
    ("alarm_attachment", ("alarm_no", "file_size", "file_type"), "storage_path", "varchar(255)", None,
     {"C11.1", "C11.2", "P02"}),
    ("terminal_snap", ("imei", "route_id", "shot_time"), "pic_url", "varchar(255)", None,
     {"C11.1", "C11.2", "P02"}),
]

ABSENT = [
    # A sales lead's probability is no lead vehicle
    ("sales_lead", ("customer_name", "phone", "source"), "probability", "decimal(5,2)", None, {"C12.2"}),
    ("crm_leads", ("customer_name", "relative_distance"), "status", "varchar(10)", None, {"C12.2"}),
    # A map's traffic light, a SPaT phase: no recognition
    ("traffic_light", ("stop_line_id", "position"), "color", "int", None, {"C12.2"}),
    ("spat_phase", ("phase_id", "confidence"), "light_state", "int", None, {"C12.2"}),
    # A fleet's own GPS track is not a trajectory dataset
    ("vehicle_track", FLEET_TRACK, "speed", "float", None, {"C12.2", "C13.3"}),
    ("vehicle_track", FLEET_TRACK, "heading", "float", None, {"C12.2", "C13.3"}),
    # A dispatch system's driver state, a dealer management system: no driver monitoring
    ("driver_state", ("driver_id", "duty_status", "shift_id"), "ready", "boolean", None, {"P02"}),
    ("dms_delivery", ("order_no", "vin"), "ready", "boolean", None, {"P02"}),
    ("dms_order", ("order_no", "vin"), "face_value", "decimal(10,2)", None, {"P02"}),
    # A company's or an order's number of vehicles is no traffic flow
    ("transport_company", ("company_name", "licence_no"), "number_of_vehicles", "int", None, {"C17.1"}),
    ("transport_order", ("order_no", "speed_limit"), "number_of_trucks", "int", None, {"C17.1"}),
    # A simulation run's name and description are not the scene
    ("simulated_objects", SIM, "description", "varchar(200)", None, {"C05.1"}),
    # A toll plaza's lanes are no map tile; a ROS odometry trajectory and an ACC following distance are no
    # trajectory dataset of other road users
    ("lanes", ("lane_no", "direction", "length"), "metadata", "json", None, {"C13.2"}),
    ("odometry_trajectory", ("header_frame_id", "child_frame_id", "x", "y"), "speed", "float", None,
     {"C12.2", "C13.3"}),
    ("vehicle_trajectory", ("vin", "timestamp", "following_distance", "x"), "y", "float", None, {"C12.2", "C13.3"}),
    # A call recording's start is no capture date; lane markings a camera detects are not the map
    ("call_recordings", ("caller", "duration", "agent_id"), "start_time", "datetime", None, {"C04.1"}),
    ("lane_detection", ("speed_limit", "frame_id"), "lane_markings", "json", None, {"C13.2"}),
    # A speed or acceleration in the calibrated frame is a measurement, not a calibration
    ("localizer_output", ("position_ecef", "status"), "velocity_calibrated", "json", None, {"C04.2"}),
    # A driving model's predicted disengagement is its output, not an upload trigger
    ("driving_model_meta", ("engaged_prob", "hard_brake_predicted"), "disengage_predictions", "json", None,
     {"C15.2"}),
]

test_exact, test_absent = case_tests(EXACT, ABSENT)
