#!/bin/sh
# Regenerates scenarios-v4.db, a scenario file in schema version 4 (events,
# no shared factors, no pinned inputs), for the tests that open and upgrade
# older files: `asirace-cli new` of an asirace-cli that writes version 4
# (commit c918678, the last before version 5). The committed file is the
# reference for later versions: do not regenerate it with a newer asirace-cli.
#
# usage: tests/data/make-v4-fixture.sh path/to/schema-v4/asirace-cli
set -eu
cli=${1:?usage: make-v4-fixture.sh path/to/schema-v4/asirace-cli}
here=$(cd "$(dirname "$0")" && pwd)
"$cli" new "$here/scenarios-v4.db" --force
version=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$here/scenarios-v4.db")
[ "$version" = 4 ] || { echo "scenarios-v4.db has schema version $version; this script needs a version-4 asirace-cli" >&2; exit 1; }
