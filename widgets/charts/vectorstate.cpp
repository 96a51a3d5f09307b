#include "vectorstate.h"

namespace asirace {

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
namespace {
__attribute__((target("avx"))) void zeroUpper() { __builtin_ia32_vzeroupper(); }
// Static initialisation may run before the compiler runtime has read the CPU's features: read them first.
const bool kHasAvx = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx") != 0;
}();
} // namespace

void clearUpperVectorState()
{
    if (kHasAvx)
        zeroUpper();
}
#else
void clearUpperVectorState() {}
#endif

} // namespace asirace
