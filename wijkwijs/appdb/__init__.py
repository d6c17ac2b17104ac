"""The application database: what people write (docs/design.md decision 10, docs/appdb.md).

Youth-input reviews, feedback on ideas, team notes (duiding), signals of system faults, agreed
actions and meetings. SQLite is the embedded default (a file in the data folder), PostgreSQL
serves a deployment with several app instances (`WIJKWIJS_APP_DB`). Never the warehouse or the
serving copy: the pipeline only reads the review decisions from here, the dashboard writes only
here.

- `engine`: the connection, migrations (Alembic, `migrations/`) at first use;
- `models`: the tables;
- `scope`: who may read and write which area (enforced by every function below);
- `audit`: every write logged (who, what, when) in the same transaction;
- `reviews`, `feedback`, `notes`, `signals`, `actions`, `meetings`: the repository functions
  the pages call, each with the `Access` of the user.
"""
