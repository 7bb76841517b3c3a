// tracer/vdso_record.h — writing the record of one hooked vDSO call.
//
// A vDSO call (vdso.h) is recorded as a syscall record flagged kVdso, with
// the structs it wrote (clock_gettime's timespec, ...) as exit chunks, the
// same chunks the capture table (capture.h) asks of the syscall. Two paths
// write it:
//
//   - the lean one, when nothing about the call needs the general machinery
//     (no -i, no -k, no --filter; the function's outputs are all fixed-size
//     structs; nesting below kCaptureLevels): the record is reserved once,
//     at the size a full copy of the outputs needs, and filled in place, the
//     outputs copied (through safe_copy) straight into it — no entry frame,
//     no capture scratch, no staging copy;
//   - the general one otherwise: an EntryFrame, --filter, CaptureAtEntry/
//     CaptureAtExit and EmitSyscall, as for a trapped syscall.
//
// Both produce the same record (the lean path zeroes the padding after an
// output shorter than 8 bytes, where the general one leaves scratch bytes;
// when an output cannot be read, the lean record keeps the room its copy
// would have taken after its payload: payload_size says where that ends).
// PlanVdsoRecords decides once per process image, after the filter is
// loaded, which functions may take the lean path.
#pragma once

#include <cstdint>

#include "tracer/protocol.h"

namespace lzp {

void PlanVdsoRecords();
// Can a call of `function` be recorded at all? (-e trace= shows its
// syscall.) The trace set never changes in a process image: one it does not
// show is left unhooked (vdso.cc), and costs what it costs untraced.
bool VdsoFunctionShown(proto::VdsoFunction function);

// Records a call of `function` (syscall number nr, arguments a0..a2) that
// returned `ret`, entered at TSC `tsc`. `frame` is the hook's frame pointer:
// the caller's rbp at frame[0], its return address at frame[1].
void RecordVdsoCall(const uint64_t* frame, proto::VdsoFunction function, uint64_t nr, uint64_t a0, uint64_t a1,
                    uint64_t a2, int64_t ret, uint64_t tsc);

}  // namespace lzp
