#!/bin/sh
# Regenerates scenarios-v4.db, a scenario file in schema version 4 (scheduled
# events, before the scenarios' provenance columns), for the tests that open
# and upgrade older files.
#
# scenarios-v4.db is `asirace-cli new` of an asirace-cli that writes schema
# version 4 (commit c918678): the built-in scenarios with their distributions
# and dated events, as that build saw them. The committed file is the
# reference for later versions: do not regenerate it with a newer asirace-cli.
#
# usage: tests/data/make-v4-fixture.sh path/to/schema-v4/asirace-cli
set -eu
cli=${1:?usage: make-v4-fixture.sh path/to/schema-v4/asirace-cli}
here=$(cd "$(dirname "$0")" && pwd)
"$cli" new "$here/scenarios-v4.db" --force
version=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("PRAGMA user_version").fetchone()[0])' "$here/scenarios-v4.db")
if [ "$version" != 4 ]; then
    echo "$here/scenarios-v4.db has schema version $version; this script needs an asirace-cli that writes version 4" >&2
    exit 1
fi
echo "wrote $here/scenarios-v4.db (schema version 4)"
