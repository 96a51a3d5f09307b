#!/bin/sh
# Regenerates scenarios-v3.db and scenarios-v2.db, scenario files in schema
# versions 3 and 2, for the tests that open and upgrade older files.
#
# scenarios-v3.db is `asirace-cli new` of an asirace-cli that writes schema
# version 3 (commit f1404ca, the last before the events table of version 4):
# the five built-in scenarios with their distributions, as that build saw them.
# Schema version 2 is version 3 without the distributions' source column, so
# scenarios-v2.db is the same file taken back to version 2 (as
# make-v1-fixture.sh does for version 1).
# The committed files are the reference for later versions: do not regenerate
# them with a newer asirace-cli.
#
# usage: tests/data/make-v2-v3-fixtures.sh path/to/schema-v3/asirace-cli
set -eu
cli=${1:?usage: make-v2-v3-fixtures.sh path/to/schema-v3/asirace-cli}
here=$(cd "$(dirname "$0")" && pwd)
"$cli" new "$here/scenarios-v3.db" --force
python3 - "$here/scenarios-v3.db" "$here/scenarios-v2.db" <<'PY'
import shutil, sqlite3, sys
v3, v2 = sys.argv[1], sys.argv[2]
db = sqlite3.connect(v3)
version = db.execute("PRAGMA user_version").fetchone()[0]
db.close()
if version != 3:
    sys.exit(f"{v3} has schema version {version}; this script needs an asirace-cli that writes version 3")
shutil.copyfile(v3, v2)
db = sqlite3.connect(v2, isolation_level=None)
db.execute('ALTER TABLE "distributions" DROP COLUMN "source"')
db.execute("PRAGMA user_version = 2")
db.execute("VACUUM")
db.close()
PY
echo "wrote $here/scenarios-v3.db (schema version 3) and $here/scenarios-v2.db (schema version 2)"
