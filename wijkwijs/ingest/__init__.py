"""Reading, validating and loading the files that arrive in the inbox and in reference/."""
