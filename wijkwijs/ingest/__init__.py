"""Reading, validating and loading the files that arrive in the inbox (the reference files:
wijkwijs.reference)."""
