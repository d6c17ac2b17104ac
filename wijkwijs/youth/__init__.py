"""Youth input (jongereninbreng): scrub, generalise, load, select by plan area, export a brief.

See docs/youth-input.md for the privacy rules these modules implement.
"""
