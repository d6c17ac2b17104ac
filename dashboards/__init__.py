"""The wijkwijs Streamlit app: reads the serving copy read-only, never the warehouse."""

from dashboards.chrome import leave_pages_directory_mode

# a page opened by a link as the server's first request runs through the entry point too
leave_pages_directory_mode()
