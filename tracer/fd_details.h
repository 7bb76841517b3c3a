// tracer/fd_details.h — -yy: what an fd is beyond the path /proc/self/fd
// shows for it (capture_format.h, FdDetails).
#pragma once

#include <cstdint>

#include "tracer/capture_format.h"

namespace lzp {

// Fills `out` (and up to `room` bytes of sock_diag data at `data`, its length
// in *data_len) for fd of process `pid` (0: this one, as the interposer
// asks; else from outside, as the ptrace companion and the CLI's blocked
// calls ask, through /proc/PID), whose /proc link reads `link` (`length`
// bytes). False if there is nothing to add (a plain file, a pipe, ...).
bool DescribeFd(int pid, int fd, const char* link, uint32_t length, proto::FdDetails* out, uint8_t* data, uint32_t room,
                uint32_t* data_len);

}  // namespace lzp
