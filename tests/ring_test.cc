// tests/ring_test.cc — the ring protocol: the interposer's writer against the
// CLI's reader, in one process (threads play the traced tasks).
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "cli/read/event_reader.h"
#include "tracer/process.h"
#include "tracer/ring_writer.h"

namespace lzp {
namespace {

using cli::Event;
using cli::EventReader;

class RingTest : public ::testing::Test {
 protected:
  void SetUpRing(uint64_t capacity) {
    size_t bytes = proto::kRingDataOffset + capacity;
    map_ = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    ASSERT_NE(map_, MAP_FAILED);
    map_bytes_ = bytes;
    auto* ring = new (map_) proto::RingControl{};
    ring->magic = proto::kMagic;
    ring->version = proto::kProtocolVersion;
    ring->capacity = capacity;
    ASSERT_EQ(pipe2(pipe_, O_CLOEXEC), 0);
    fcntl(pipe_[1], F_SETFL, O_NONBLOCK);
    g_process = Process{};
    g_process.active = true;
    g_process.ring = ring;
    g_process.ring_data = static_cast<uint8_t*>(map_) + proto::kRingDataOffset;
    g_process.ring_capacity = capacity;
    g_process.wake_fd = pipe_[1];
    g_process.shm_fd = -1;
  }
  void TearDown() override {
    if (map_ != nullptr) munmap(map_, map_bytes_);
    close(pipe_[0]);
    if (pipe_[1] >= 0) close(pipe_[1]);
  }
  cli::RingView View() {
    return {g_process.ring, g_process.ring_data, g_process.ring_capacity, pipe_[0]};
  }
  // Writers are done: like the last traced process exiting.
  void CloseWriters() {
    close(pipe_[1]);
    pipe_[1] = -1;
  }
  // Writers name their real tid: the reader checks that a stalled writer exists.
  static uint32_t Tid() { return static_cast<uint32_t>(syscall(SYS_gettid)); }
  static void WriteSyscall(uint32_t tid, uint64_t nr, uint64_t arg0) {
    auto* rec = static_cast<proto::SyscallRecord*>(
        ReserveRecord(sizeof(proto::SyscallRecord), proto::RecordType::kSyscall, tid));
    ASSERT_NE(rec, nullptr);
    rec->pid = tid;
    rec->tid = tid;
    rec->nr = nr;
    rec->args[0] = arg0;
    rec->ret = 0;
    rec->flags = 0;
    rec->payload_size = 0;
    CommitRecord(rec);
  }
  static void WriteNotice(uint32_t tid, const std::string& text) {
    auto* rec = static_cast<proto::NoticeRecord*>(
        ReserveRecord(static_cast<uint32_t>(sizeof(proto::NoticeRecord) + text.size()), proto::RecordType::kNotice, tid));
    ASSERT_NE(rec, nullptr);
    rec->pid = tid;
    rec->length = static_cast<uint32_t>(text.size());
    std::memcpy(rec + 1, text.data(), text.size());
    CommitRecord(rec);
  }

  void* map_ = nullptr;
  size_t map_bytes_ = 0;
  int pipe_[2] = {-1, -1};
};

TEST_F(RingTest, OneWriterInOrderWithSequenceNumbers) {
  SetUpRing(1 << 16);
  for (uint64_t i = 0; i < 100; ++i) WriteSyscall(Tid(), 110, i);
  CloseWriters();
  EventReader reader(View(), nullptr);
  Event e;
  uint64_t expected = 0, last_offset = 0;
  while (reader.Next(&e)) {
    ASSERT_EQ(e.kind, Event::Kind::kSyscall);
    EXPECT_EQ(e.syscall.args[0], expected);
    EXPECT_EQ(e.syscall.tid, Tid());
    if (expected > 0) {
      EXPECT_GT(e.offset, last_offset);
    }
    last_offset = e.offset;
    ++expected;
  }
  EXPECT_EQ(expected, 100u);
}

TEST_F(RingTest, WrapsWithPaddingAndKeepsVariableSizedRecords) {
  SetUpRing(1 << 16);  // small: the writer laps it many times
  constexpr int kCount = 20000;
  std::thread writer([] {
    for (int i = 0; i < kCount; ++i) WriteNotice(Tid(), std::string(static_cast<size_t>(i % 300), 'a' + i % 26));
  });
  EventReader reader(View(), nullptr);
  Event e;
  int seen = 0;
  while (seen < kCount && reader.Next(&e)) {
    ASSERT_EQ(e.kind, Event::Kind::kNotice) << e.text;
    ASSERT_EQ(e.text, std::string(static_cast<size_t>(seen % 300), 'a' + seen % 26));
    ++seen;
  }
  writer.join();
  EXPECT_EQ(seen, kCount);
}

TEST_F(RingTest, BackpressureLosesNothingFromManyThreads) {
  SetUpRing(1 << 16);
  constexpr int kThreads = 4, kPerThread = 50000;
  std::vector<std::thread> writers;
  for (int t = 0; t < kThreads; ++t)
    writers.emplace_back([] {
      for (int i = 0; i < kPerThread; ++i) WriteSyscall(Tid(), 39, static_cast<uint64_t>(i));
    });
  EventReader reader(View(), nullptr);
  std::map<uint32_t, uint64_t> next;
  Event e;
  int total = 0;
  while (total < kThreads * kPerThread && reader.Next(&e)) {
    ASSERT_EQ(e.kind, Event::Kind::kSyscall);
    ASSERT_EQ(e.syscall.args[0], next[e.syscall.tid]) << "tid " << e.syscall.tid;  // per-thread order kept
    next[e.syscall.tid]++;
    ++total;
    if (total % 5000 == 0) {
      usleep(2000);  // a slow reader: writers must wait, not drop
    }
  }
  for (auto& w : writers) w.join();
  EXPECT_EQ(total, kThreads * kPerThread);
  ASSERT_EQ(next.size(), static_cast<size_t>(kThreads));
  for (auto& [tid, count] : next) EXPECT_EQ(count, static_cast<uint64_t>(kPerThread)) << tid;
}

TEST_F(RingTest, RecordOfADeadWriterIsSkipped) {
  SetUpRing(1 << 16);
  WriteSyscall(Tid(), 1, 1);
  // A child reserves a record and is killed before committing it.
  pid_t child = fork();
  if (child == 0) {
    ReserveRecord(sizeof(proto::SyscallRecord), proto::RecordType::kSyscall, static_cast<uint32_t>(getpid()));
    raise(SIGKILL);
  }
  int status;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  WriteSyscall(Tid(), 2, 2);
  CloseWriters();
  EventReader reader(View(), nullptr);
  Event e;
  std::vector<uint64_t> seen;
  while (reader.Next(&e)) {
    ASSERT_EQ(e.kind, Event::Kind::kSyscall);
    seen.push_back(e.syscall.nr);
  }
  EXPECT_EQ(seen, (std::vector<uint64_t>{1, 2}));
}

TEST_F(RingTest, ScribbledRecordYieldsAnErrorAndTheStreamGoesOn) {
  SetUpRing(1 << 16);
  WriteSyscall(Tid(), 1, 1);
  WriteSyscall(Tid(), 2, 2);
  WriteSyscall(Tid(), 3, 3);
  // The application overwrites the middle record's header with garbage.
  auto* middle = reinterpret_cast<proto::RecordHeader*>(g_process.ring_data + sizeof(proto::SyscallRecord));
  middle->word = proto::PackWord(5, 0x7777, proto::RecordState::kCommitted, proto::RecordType::kSyscall);
  CloseWriters();
  EventReader reader(View(), nullptr);
  Event e;
  std::vector<std::string> seen;
  while (reader.Next(&e)) seen.push_back(e.kind == Event::Kind::kSyscall ? std::to_string(e.syscall.nr) : "corrupt");
  EXPECT_EQ(seen, (std::vector<std::string>{"1", "corrupt", "3"}));
}

TEST(EventDecode, RejectsMalformedRecords) {
  alignas(16) uint8_t bytes[256] = {};
  auto* rec = reinterpret_cast<proto::SyscallRecord*>(bytes);
  auto put = [&](uint32_t cells, proto::RecordType type, uint64_t offset) {
    rec->header.word = proto::PackWord(1, cells, proto::RecordState::kCommitted, type);
    rec->header.offset = offset;
  };
  cli::Event e;
  put(7, proto::RecordType::kSyscall, 64);
  EXPECT_TRUE(EventReader::Decode(bytes, 112, 64, &e));
  EXPECT_FALSE(EventReader::Decode(bytes, 112, 80, &e));  // names another offset
  EXPECT_EQ(e.kind, cli::Event::Kind::kCorrupt);
  EXPECT_FALSE(EventReader::Decode(bytes, 8, 64, &e));  // shorter than a header
  put(2, proto::RecordType::kSyscall, 64);
  EXPECT_FALSE(EventReader::Decode(bytes, 32, 64, &e));  // a syscall record cannot be 32 bytes
  put(7, static_cast<proto::RecordType>(99), 64);
  EXPECT_FALSE(EventReader::Decode(bytes, 112, 64, &e));  // unknown type
  put(7, proto::RecordType::kSyscall, 64);
  rec->payload_size = 1000;
  EXPECT_FALSE(EventReader::Decode(bytes, 112, 64, &e));  // payload overruns
  auto* notice = reinterpret_cast<proto::NoticeRecord*>(bytes);
  notice->header.word = proto::PackWord(1, 2, proto::RecordState::kCommitted, proto::RecordType::kNotice);
  notice->length = 500;
  EXPECT_FALSE(EventReader::Decode(bytes, 32, 64, &e));  // text overruns
  notice->length = 8;
  std::memcpy(notice + 1, "hi there", 8);
  EXPECT_TRUE(EventReader::Decode(bytes, 32, 64, &e));
  EXPECT_EQ(e.text, "hi there");
}

}  // namespace
}  // namespace lzp
