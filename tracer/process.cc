// tracer/process.cc — the interposer's per-process globals (see process.h).
#include "tracer/process.h"

namespace lzp {

Process g_process;

}  // namespace lzp
