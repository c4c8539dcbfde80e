"""vdscan: inventory of vehicle data under China's 2026 cross-border transfer guidelines."""
__version__ = "0.1.0"
