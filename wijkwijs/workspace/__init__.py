"""The wijkteam's workspace beyond the store: the meeting's figures and its one-page agenda."""
