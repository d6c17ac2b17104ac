"""Real public data for any Dutch municipality: CBS OData, PDOK wijk- en buurtkaart, StatLine.

Opt-in (docs/real-data.md): nothing here runs on the default demo path unless a municipality
is configured (WIJKWIJS_GEMEENTE or data/wijkwijs.toml) or WIJKWIJS_CBS=1.
"""
