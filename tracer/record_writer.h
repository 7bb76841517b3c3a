// tracer/record_writer.h — how the interposer's threads reserve and commit
// ring records (on top of ring_writer.h), safe against their own signals.
//
// A thread can be interrupted by a signal between reserving a record and
// committing it; the signal handler records the delivery (and its own
// syscalls) in records of their own. The reader cannot pass the first,
// uncommitted record, so if the ring fills up meanwhile a nested writer
// that waited for room would wait forever (its own outer record is what
// blocks the reader). So a record reserved while the thread holds another
// never waits: if the ring is full, it is built in the thread's side buffer
// and appended, in order, right after the outermost record is committed.
// The side buffer (16 MiB of address space, mapped on first need; pages are
// used only as a burst fills them) holds [u32 size][u8 type][pad to 8]
// [record] entries; one that does not fit waits as before.
#pragma once

#include <cstdint>

#include "tracer/protocol.h"

namespace lzp {

struct ThreadState;

void* BeginRecord(const ThreadState* ts, uint32_t bytes, proto::RecordType type);
void EndRecord(const ThreadState* ts, void* record);

}  // namespace lzp
