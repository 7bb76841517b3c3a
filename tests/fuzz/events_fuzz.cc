// tests/fuzz/events_fuzz.cc — libFuzzer target for what the CLI reads from
// the tracees: ring records (EventReader::Decode), their captured payloads
// (cli/captures, every decoder in cli/decode/) and the in-flight slots that
// TracePrinter::Finish reads at the end, all printed by TracePrinter.
//
// Input: two bytes of option bits, then records, each
//   [kind: 1][length: 2, little-endian][length bytes]
// kind 0-3 and 6 (syscall, process start, signal, notice, lifecycle): the
// bytes are the record
// after its 16-byte header, which the harness writes as a live writer would
// (so mutations reach the decoders instead of dying in the header check);
// the syscall's pid is folded onto four tasks and its payload size set to
// what follows unless bit 7 of kind is set. kind 4: a whole record, header
// and all, unchecked. kind 5: an in-flight slot. Option bit 15 says the ptrace
// companion runs (lifecycle records then end tasks). The same bytes always
// print the same lines, to /dev/null.
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

#include "cli/read/clock.h"
#include "cli/read/event_reader.h"
#include "cli/options/options.h"
#include "cli/print/trace_printer.h"
#include "tracer/protocol.h"

namespace {

using namespace lzp;

constexpr pid_t kMainPid = 100;

struct Input {
  const uint8_t* data;
  size_t size;
  bool Take(size_t n, const uint8_t** out) {
    if (size < n) return false;
    *out = data;
    data += n;
    size -= n;
    return true;
  }
};

cli::Options OptionsFrom(uint16_t bits) {
  cli::Options o;
  o.follow_forks = bits & 3;  // 0, -f, -ff (into one output: -o is empty), 3 also -ff
  if (o.follow_forks == 3) o.follow_forks = 1;
  o.decode_fds = (bits >> 2) & 3;
  if (o.decode_fds == 3) o.decode_fds = 2;
  o.hex = (bits >> 4) & 3;
  o.summary_and_trace = o.hex == 3;
  if (o.hex == 3) o.hex = 2;
  o.verbose = bits & (1 << 6);
  o.string_limit = bits & (1 << 7) ? 4 : 32;
  o.instruction_pointer = bits & (1 << 8);
  o.syscall_numbers = bits & (1 << 9);
  o.durations = bits & (1 << 10);
  o.timestamps = (bits >> 11) & 3;
  o.relative = bits & (1 << 13);
  if (bits & (1 << 14)) o.filters.raw.set();
  return o;
}

uint64_t Fold(uint32_t pid) { return kMainPid + pid % 4; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static FILE* out = std::fopen("/dev/null", "we");
  static cli::TscClock clock;
  static std::vector<proto::InflightSlot> slots(proto::kInflightSlots);
  Input in{data, size};
  const uint8_t* p;
  if (!in.Take(2, &p)) return 0;
  cli::Options options = OptionsFrom(uint16_t(p[0] | p[1] << 8));
  std::atomic<uint32_t> slot_next{0};
  {
    cli::TracePrinter printer(options, out, kMainPid, &clock);
    printer.WatchInflight(slots.data(), &slot_next);
    printer.SetCompanion(p[1] & 0x80);
    std::vector<uint8_t> record;
    uint64_t offset = 0;
    const uint8_t* head;
    while (in.Take(3, &head)) {
      uint8_t kind = head[0];
      size_t length = std::min(size_t(head[1] | head[2] << 8), in.size);
      in.Take(length, &p);
      if ((kind & 7) == 5) {  // an in-flight slot (fields as the tracee left them)
        uint32_t i = slot_next.load() % 16;
        std::memcpy(static_cast<void*>(&slots[i]), p, std::min(length, sizeof(proto::InflightSlot)));
        slot_next.store(i + 1);
        continue;
      }
      cli::Event e;
      if ((kind & 7) == 4) {  // a raw record: the reader must refuse what is wrong with it
        cli::EventReader::Decode(p, length, offset, &e);
      } else {
        static constexpr proto::RecordType kTypes[] = {
            proto::RecordType::kSyscall, proto::RecordType::kProcessStart, proto::RecordType::kSignal,
            proto::RecordType::kNotice,  proto::RecordType::kNotice,       proto::RecordType::kNotice,
            proto::RecordType::kLifecycle, proto::RecordType::kNotice};
        proto::RecordType type = kTypes[kind & 7];
        size_t bytes = proto::CellsFor(sizeof(proto::RecordHeader) + length) * proto::kCell;
        if (bytes / proto::kCell > proto::kMaxRecordCells) continue;
        record.assign(bytes, 0);
        std::memcpy(record.data() + sizeof(proto::RecordHeader), p, length);
        uint32_t tid = 0;
        if (type == proto::RecordType::kSyscall && bytes >= sizeof(proto::SyscallRecord)) {
          auto* rec = reinterpret_cast<proto::SyscallRecord*>(record.data());
          rec->pid = Fold(rec->pid);
          rec->tid = rec->tid % 8 < 4 ? rec->pid : Fold(rec->tid) + 4;
          rec->nr %= 512;
          if (!(kind & 0x80)) rec->payload_size = bytes - sizeof(proto::SyscallRecord);
          tid = rec->tid;
        } else if (type == proto::RecordType::kProcessStart && bytes >= sizeof(proto::ProcessStartRecord)) {
          auto* rec = reinterpret_cast<proto::ProcessStartRecord*>(record.data());
          rec->pid = Fold(rec->pid);
          rec->tid = rec->pid;
          rec->ppid = Fold(rec->ppid);
          tid = rec->tid;
        } else if (type == proto::RecordType::kSignal && bytes >= sizeof(proto::SignalRecord)) {
          auto* rec = reinterpret_cast<proto::SignalRecord*>(record.data());
          rec->pid = Fold(rec->pid);
          rec->tid = rec->pid;
          if (!(kind & 0x80)) rec->payload_size = bytes - sizeof(proto::SignalRecord);
          tid = rec->tid;
        } else if (type == proto::RecordType::kLifecycle && bytes >= sizeof(proto::LifecycleRecord)) {
          auto* rec = reinterpret_cast<proto::LifecycleRecord*>(record.data());
          rec->pid = Fold(rec->pid);
          rec->tid = rec->tid % 8 < 4 ? rec->pid : Fold(rec->tid) + 4;
          tid = rec->tid;
        } else if (type == proto::RecordType::kNotice && bytes >= sizeof(proto::NoticeRecord)) {
          auto* rec = reinterpret_cast<proto::NoticeRecord*>(record.data());
          if (!(kind & 0x80)) rec->length = bytes - sizeof(proto::NoticeRecord);
        }
        uint64_t word = proto::PackWord(tid, bytes / proto::kCell, proto::RecordState::kCommitted, type);
        std::memcpy(record.data(), &word, 8);
        std::memcpy(record.data() + 8, &offset, 8);
        cli::EventReader::Decode(record.data(), bytes, offset, &e);
      }
      offset += 16;
      printer.Handle(e);  // a corrupt event prints an error line
    }
    printer.Finish(data[0] & 0x80 ? SIGKILL : 0);  // killed, or exited with 0
  }
  for (uint32_t i = 0; i < 16; ++i) std::memset(static_cast<void*>(&slots[i]), 0, sizeof(proto::InflightSlot));
  return 0;
}
