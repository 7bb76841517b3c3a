// tracer/record_writer.cc — see record_writer.h.
#include "tracer/record_writer.h"

#include <sys/mman.h>
#include <sys/syscall.h>

#include "tracer/our_mappings.h"
#include "tracer/raw_syscall.h"
#include "tracer/ring_writer.h"
#include "tracer/thread_state.h"

namespace lzp {
namespace {

// Virtual room for a long burst of signals that keeps a record open (each
// handler adds its records): pages are touched, and so used, only as needed.
constexpr uint32_t kSideBytes = 16 << 20;
constexpr uint32_t kEntryHead = 8;  // u32 size, u8 type, padding

struct SideRecord {  // what EndRecord finds in front of a record built in the side buffer
  uint32_t size;
  uint8_t type;
  uint8_t pad[3];
};
static_assert(sizeof(SideRecord) == kEntryHead);

bool InSide(const ThreadState* ts, const void* record) {
  auto* p = static_cast<const uint8_t*>(record);
  return ts->side_buffer != nullptr && p >= ts->side_buffer && p < ts->side_buffer + kSideBytes;
}

void* ReserveInSide(ThreadState* ts, uint32_t bytes, proto::RecordType type) {
  if (ts->side_buffer == nullptr) {
    long p = Sys(SYS_mmap, 0, kSideBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (IsError(p)) return nullptr;
    NoteOurMapping(static_cast<uint64_t>(p), kSideBytes);
    ts->side_buffer = reinterpret_cast<uint8_t*>(p);
  }
  uint32_t size = static_cast<uint32_t>(proto::CellsFor(bytes) * proto::kCell);
  uint32_t at = ts->side_used;
  if (at + kEntryHead + size > kSideBytes) return nullptr;
  auto* head = reinterpret_cast<SideRecord*>(ts->side_buffer + at);
  head->size = size;
  head->type = static_cast<uint8_t>(type);
  ts->side_used = at + kEntryHead + size;
  return head + 1;
}

// Appends what waits in the side buffer to the ring, in order. Runs with
// records_open raised, so a signal arriving meanwhile defers (or writes)
// its records after these.
void FlushSide(ThreadState* ts) {
  uint32_t read = 0;
  for (;;) {
    uint32_t used = __atomic_load_n(&ts->side_used, __ATOMIC_RELAXED);
    if (read >= used) {
      // Empty it, unless a signal appended meanwhile (one instruction: a
      // handler runs wholly before or after it).
      if (__atomic_compare_exchange_n(&ts->side_used, &used, 0, false, __ATOMIC_RELAXED, __ATOMIC_RELAXED)) return;
      continue;
    }
    auto* head = reinterpret_cast<const SideRecord*>(ts->side_buffer + read);
    uint32_t size = head->size;
    auto* out = static_cast<uint8_t*>(ReserveRecord(size, static_cast<proto::RecordType>(head->type), ts->tid));
    if (out == nullptr) return;  // the CLI is gone
    const uint8_t* in = reinterpret_cast<const uint8_t*>(head + 1);
    // The header (word, offset) is the ring's, set by ReserveRecord: copy the body only.
    for (uint32_t i = sizeof(proto::RecordHeader); i < size; ++i) out[i] = in[i];
    CommitRecord(out);
    read += kEntryHead + size;
  }
}

}  // namespace

void* BeginRecord(const ThreadState* cts, uint32_t bytes, proto::RecordType type) {
  auto* ts = const_cast<ThreadState*>(cts);  // the calling thread's own state
  bool nested = ts->records_open != 0;
  ++ts->records_open;
  void* record = ReserveRecord(bytes, type, ts->tid, !nested);
  if (record == nullptr && nested) record = ReserveInSide(ts, bytes, type);
  if (record == nullptr && nested) record = ReserveRecord(bytes, type, ts->tid);  // no room aside either: wait
  if (record == nullptr) --ts->records_open;
  return record;
}

void EndRecord(const ThreadState* cts, void* record) {
  auto* ts = const_cast<ThreadState*>(cts);
  if (!InSide(ts, record)) CommitRecord(record);
  if (ts->records_open == 1 && ts->side_used != 0) FlushSide(ts);
  --ts->records_open;
}

}  // namespace lzp
