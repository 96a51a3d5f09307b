#include "stopsignal.h"

#include <csignal>

namespace asirace::cli {
namespace {

// Lock-free, so setting them is safe in a signal handler.
std::atomic<bool> g_stop{false};
std::atomic<int> g_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

extern "C" void onStopSignal(int signal)
{
    g_signal.store(signal);
    g_stop.store(true);
}

} // namespace

const std::atomic<bool> &installStopSignals()
{
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    action.sa_flags = SA_RESETHAND; // a second Ctrl+C is not caught
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    return g_stop;
}

int stopSignal()
{
    return g_signal.load();
}

} // namespace asirace::cli
