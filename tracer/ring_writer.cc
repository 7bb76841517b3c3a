// tracer/ring_writer.cc — the writer half of the ring protocol (see protocol.h).
//
// Reservation is a compare-and-swap on `head`. A record never wraps: if it
// would run past the ring's end, the same CAS also takes the rest of the lap
// and we fill it with a Padding record. When the ring is full the writer
// sleeps on `tail_futex` (the CLI wakes waiters when it frees space); a 50 ms
// timeout re-checks in case a wake-up was missed, and if the CLI has died
// (the wake pipe's reader is gone, or, fd-less, its pid) we stop waiting and
// return nullptr, at once from then on: the program goes on untraced. The
// same when the CLI let the tracees go on purpose (`reader_left`, read with
// `tail` on every reservation). A
// sleeping CLI is woken through `reader_futex` (a bump and FUTEX_WAKE).
#include "tracer/ring_writer.h"

#include <errno.h>
#include <linux/futex.h>
#include <poll.h>
#include <sys/syscall.h>

#include "tracer/process.h"
#include "tracer/raw_syscall.h"

namespace lzp {
namespace {

using proto::RecordHeader;
using proto::RecordState;
using proto::RecordType;

RecordHeader* HeaderAt(uint64_t offset) {
  return reinterpret_cast<RecordHeader*>(g_process.ring_data + (offset & (g_process.ring_capacity - 1)));
}

void StartRecord(uint64_t offset, uint32_t cells, RecordType type, uint32_t tid) {
  RecordHeader* h = HeaderAt(offset);
  // The word first, then the offset with release: a reader that sees this
  // record's offset also sees its new word (never a stale one from the last lap).
  __atomic_store_n(&h->word, proto::PackWord(tid, cells, RecordState::kReserved, type), __ATOMIC_RELAXED);
  __atomic_store_n(&h->offset, offset, __ATOMIC_RELEASE);
}

bool g_reader_gone = false;  // set once, by any thread (accessed with __atomic builtins)

bool ReaderGone() {
  if (__atomic_load_n(&g_reader_gone, __ATOMIC_RELAXED)) return true;
  bool gone;
  if (g_process.wake_fd < 0) {  // fd-less: is the CLI's process still there?
    gone = g_process.cli_pid != 0 && Sys(SYS_kill, g_process.cli_pid, 0) == -ESRCH;
  } else {  // the CLI holds the only read end of the wake pipe; POLLERR means it closed
    struct pollfd p = {g_process.wake_fd, 0, 0};
    gone = Sys(SYS_poll, &p, 1, 0) == 1 && (p.revents & POLLERR);
  }
  if (gone) __atomic_store_n(&g_reader_gone, true, __ATOMIC_RELAXED);
  return gone;
}

void WakeReader() {
  proto::RingControl* ring = g_process.ring;
  ring->reader_futex.fetch_add(1, std::memory_order_seq_cst);
  Sys(SYS_futex, &ring->reader_futex, FUTEX_WAKE, 1, 0, 0, 0);
}

void WaitForSpace(uint64_t tail_seen) {
  proto::RingControl* ring = g_process.ring;
  uint32_t futex_seen = ring->tail_futex.load(std::memory_order_acquire);
  ring->writers_waiting.fetch_add(1, std::memory_order_seq_cst);
  if (ring->tail.load(std::memory_order_seq_cst) == tail_seen) {
    struct timespec timeout = {0, 50 * 1000 * 1000};
    Sys(SYS_futex, &ring->tail_futex, FUTEX_WAIT, futex_seen, &timeout, 0, 0);
  }
  ring->writers_waiting.fetch_sub(1, std::memory_order_seq_cst);
}

}  // namespace

void* ReserveRecord(uint32_t bytes, RecordType type, uint32_t tid, bool wait) {
  proto::RingControl* ring = g_process.ring;
  const uint64_t capacity = g_process.ring_capacity;
  const uint64_t size = proto::CellsFor(bytes) * proto::kCell;
  int full_waits = 0;
  if (__atomic_load_n(&g_reader_gone, __ATOMIC_RELAXED)) return nullptr;
  for (;;) {
    uint64_t head = ring->head.load(std::memory_order_relaxed);
    uint64_t tail = ring->tail.load(std::memory_order_acquire);
    if (ring->reader_left.load(std::memory_order_relaxed) != 0 && !g_process.in_cli) {  // let go: untraced from now on
      __atomic_store_n(&g_reader_gone, true, __ATOMIC_RELAXED);
      return nullptr;
    }
    uint64_t room_to_end = capacity - (head & (capacity - 1));
    uint64_t pad = room_to_end < size ? room_to_end : 0;
    if (head + pad + size - tail > capacity) {
      if (!wait || (++full_waits % 20 == 0 && ReaderGone())) return nullptr;
      WaitForSpace(tail);
      continue;
    }
    if (!ring->head.compare_exchange_weak(head, head + pad + size, std::memory_order_acq_rel,
                                          std::memory_order_relaxed))
      continue;
    if (pad != 0) {
      StartRecord(head, static_cast<uint32_t>(pad / proto::kCell), RecordType::kPadding, tid);
      CommitRecord(HeaderAt(head));
      head += pad;
    }
    StartRecord(head, static_cast<uint32_t>(size / proto::kCell), type, tid);
    return HeaderAt(head);
  }
}

void CommitRecord(void* record) {
  auto* h = static_cast<RecordHeader*>(record);
  uint64_t w = __atomic_load_n(&h->word, __ATOMIC_RELAXED);
  w = (w & ~(uint64_t{0xff} << 48)) | (uint64_t(RecordState::kCommitted) << 48);
  // A plain release store (no xchg): the wake-up needs no barrier here. The
  // reader sleeps only if `head` still equals its position after it set
  // `reader_sleeping`; every record was reserved with a locked CAS on `head`
  // before this, which orders the load of `reader_sleeping` below after it.
  // So either the reader saw our head move (and does not sleep), or we see
  // its flag (and wake it).
  __atomic_store_n(&h->word, w, __ATOMIC_RELEASE);
  proto::RingControl* ring = g_process.ring;
  if (ring->reader_sleeping.load(std::memory_order_seq_cst) != 0 &&
      ring->reader_sleeping.exchange(0, std::memory_order_seq_cst) != 0)
    WakeReader();
}

}  // namespace lzp
