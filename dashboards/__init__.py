"""The wijkwijs Streamlit app: reads the serving copy read-only, never the warehouse."""
