// cli/record/record_format.h — the layout of a --record file (docs/record-format.md).
//
// A file header, then a stream of chunks, each framed as
//   ChunkHeader { type, length, checksum } + `length` bytes of body
// so that a reader can tell where damage starts and replay everything before
// it. The first chunk is kCapture (what shaped capture in the tracee); the
// last, kEnd (how the program ended, the -c counters). In between, kRecords
// chunks carry ring records byte for byte as the reader took them from the
// ring, and small chunks note what the printer did between them (the clock,
// idle flushes, in-flight slots, corrupt ring records, -Y's /proc lookups). Little-endian, as the
// machine that records (x86-64). Bump kFormatVersion with any change here.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

#include "tracer/protocol.h"

namespace lzp::cli::record {

inline constexpr char kFileMagic[8] = {'L', 'Z', 'P', 'R', 'E', 'C', '\r', '\n'};
inline constexpr uint32_t kFormatVersion = 2;  // 2: the capture chunk ends with the program's path

struct FileHeader {
  char magic[8];
  uint32_t format_version;    // kFormatVersion
  uint32_t protocol_version;  // proto::kProtocolVersion: the layout of the records
  uint64_t table_version;     // TableVersion(): the syscall table that decodes them
};
static_assert(sizeof(FileHeader) == 24);

enum class ChunkType : uint32_t {
  kCapture = 1,   // CaptureChunk
  kClock = 2,     // ClockChunk: the clock from here on
  kRecords = 3,   // ring records, each starting with its proto::RecordHeader
  kFlush = 4,     // uint64_t: the printer flushed what was due at this TSC (the reader was idle)
  kCorrupt = 5,   // uint64_t stream offset, then the text: a ring record the reader refused
  kInflight = 6,  // uint32_t slots in use, then (uint32_t index, proto::InflightSlot) for each changed slot
  kEnd = 7,       // EndChunk, then the -c counters if it says so
  kPidName = 8,   // uint32_t pid, then its name as -Y looked it up in /proc live ("" if gone), before the event it named
  kAnnounce = 9,  // proto::SyscallRecord, then its payload: a call still running, announced (cli/read/blocked_calls.h)
};

struct ChunkHeader {
  uint32_t type;      // ChunkType
  uint32_t length;    // bytes of body after this header, at most kMaxChunkBody
  uint64_t checksum;  // Checksum(body)
};
static_assert(sizeof(ChunkHeader) == 16);
inline constexpr uint32_t kMaxChunkBody = 4u << 20;

// What the tracee was asked to capture, and who was traced.
struct CaptureChunk {
  uint32_t main_pid;        // the launched program (or the first -p pid)
  uint32_t ring_options;    // proto::Options bits
  uint32_t string_limit;    // -s as captured
  uint32_t decode_fds;      // -y bits (cli/options/options.h kDecode*)
  uint32_t follow_forks;    // -f / -ff in the low byte, and kSeveralAttached
  uint32_t companion;       // 1: the ptrace companion ran (ends and stops come from it)
  uint64_t start_tsc;       // when the trace started (-r)
  uint64_t trace_bitmap[8]; // -e trace=: the syscalls recorded
  uint64_t read_fds[16];    // -e read=
  uint64_t write_fds[16];   // -e write=
};
static_assert(sizeof(CaptureChunk) == 352);
// CaptureChunk::follow_forks: -p named several processes, so they shared one
// output as with -f (pid prefixes, unfinished/resumed) and replay does the same.
// Absent in recordings made before it, which then print without the prefixes.
inline constexpr uint32_t kSeveralAttached = 1u << 8;
inline constexpr uint32_t kFollowForksMask = 0xff;
// The capture chunk's body is a CaptureChunk, then the path of the program
// the first process runs (no terminator; none for -p): --perfetto's name for
// its track until it execs.
inline constexpr size_t kMaxProgramPath = 4096;

struct ClockChunk {
  uint64_t tsc0;
  double realtime0, monotonic0, ticks_per_second;
};
static_assert(sizeof(ClockChunk) == 32);

struct CounterEntry {  // one syscall's -c totals (proto::SyscallCounter without atomics)
  uint64_t calls, errors, time, min_time, max_time;
};

struct EndChunk {
  int32_t status;        // the program's wait status
  uint32_t detached;     // 1: -p, the processes were let go alive
  uint64_t finish_tsc;   // when the trace ended (the main process's end line)
  uint32_t has_counters; // 1: recorded with -c/-C: CounterEntry[proto::kCounterCount] follow
  uint32_t pad;
};
static_assert(sizeof(EndChunk) == 24);

// A quick checksum of a chunk's body: two running sums over 8-byte words
// (Fletcher's idea), the tail zero-padded; cheap enough for the record path.
inline uint64_t Checksum(const uint8_t* bytes, uint64_t size) {
  uint64_t a = size, b = 0;
  uint64_t i = 0;
  // Four words at a time, the same sums: after w1..w4, b has gained
  // 4a + 4w1 + 3w2 + 2w3 + w4 and a has gained w1 + w2 + w3 + w4; the 4a
  // terms and the weighted words are summed apart (short dependency chains:
  // this runs over every recorded byte).
  uint64_t starts = 0, weighted = 0;
  for (; i + 32 <= size; i += 32) {
    uint64_t w0, w1, w2, w3;
    std::memcpy(&w0, bytes + i, 8);
    std::memcpy(&w1, bytes + i + 8, 8);
    std::memcpy(&w2, bytes + i + 16, 8);
    std::memcpy(&w3, bytes + i + 24, 8);
    starts += a;
    weighted += 4 * w0 + 3 * w1 + 2 * w2 + w3;
    a += (w0 + w1) + (w2 + w3);
  }
  b += 4 * starts + weighted;
  for (; i + 8 <= size; i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes + i, 8);
    a += word;
    b += a;
  }
  if (i < size) {
    uint64_t word = 0;
    std::memcpy(&word, bytes + i, size - i);
    a += word;
    b += a;
  }
  return a ^ (b << 1 | b >> 63);
}

// A fingerprint of the syscall table (names by number): a recording decoded
// with another table would print other names.
uint64_t TableVersion();

}  // namespace lzp::cli::record
