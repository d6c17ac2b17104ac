"""Security tests: bad input, access per role, exports, static files."""
