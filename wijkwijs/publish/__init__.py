"""Everything that leaves the warehouse: disclosure control and the serving copy."""
