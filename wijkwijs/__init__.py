"""wijkwijs: the social domain of a Dutch municipality, per neighbourhood."""
