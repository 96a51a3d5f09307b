# Writes a C++ source holding a JSON resource as a raw string literal, so the
# built-in scenarios travel inside the binaries (no file lookup at run time).
file(READ "${INPUT}" CONTENT)
file(WRITE "${OUTPUT}" "// Generated from ${INPUT_NAME}; do not edit.\nnamespace asirace {\nextern const char *const ${SYMBOL};\nconst char *const ${SYMBOL} = R\"asirace_json(${CONTENT})asirace_json\";\n}\n")
