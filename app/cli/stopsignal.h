#pragma once
// Ctrl+C (SIGINT) and SIGTERM for long commands: the first one only raises a
// flag that the work checks between points, so the command can finish what it
// is writing and leave a valid file; the second one ends the process at once
// (the handler is one-shot).

#include <atomic>

namespace asirace::cli {

// Installs the handlers and returns the flag they raise.
const std::atomic<bool> &installStopSignals();
// The signal that raised the flag (0 if none): the exit code is 128 + it.
int stopSignal();

} // namespace asirace::cli
