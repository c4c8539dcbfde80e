"""OpenMetadata integration: push a scan report as catalog tags, or run vdscan as an OpenMetadata custom connector.

Nothing here imports `openmetadata-ingestion` at module import time except `client` and `source`, which the
commands load only when they talk to a server; planning and rendering stay pure and fast.
"""
