#!/bin/sh
# Regenerates scenarios-v1.db, a scenario file in schema version 1 (before the
# distributions table of version 2), from scenarios-v1.json.
#
# Schema version 1 is version 2 without the distributions table, so the file
# is written by the current asirace-cli and then taken back to version 1.
# This only holds while the current schema is version 2: the committed .db is
# the reference for later versions, do not regenerate it after a schema change.
#
# usage: tests/data/make-v1-fixture.sh path/to/asirace-cli
set -eu
cli=${1:?usage: make-v1-fixture.sh path/to/asirace-cli}
here=$(cd "$(dirname "$0")" && pwd)
out="$here/scenarios-v1.db"
"$cli" import-json "$here/scenarios-v1.json" --out "$out" --force
python3 - "$out" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("DROP TABLE distributions")
db.execute("PRAGMA user_version = 1")
db.execute("UPDATE metadata SET value = '0.1.0' WHERE key = 'application_version'")
db.execute("VACUUM")
db.close()
PY
echo "wrote $out (schema version 1)"
