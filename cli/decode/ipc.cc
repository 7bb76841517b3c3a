// cli/decode/ipc.cc — System V IPC's get calls: the key is IPC_PRIVATE or
// hex, and the flags are named bits followed by the permissions in octal
// ("IPC_CREAT|IPC_EXCL|0600", "000" alone), as strace prints them: for
// msgget and semget the '|' before the mode follows only a named flag (bits
// with no name run into the mode: "0x10000600"), shmget always has it; and
// semop/semtimedop's struct sembuf array (<linux/sem.h>: u16 sem_num,
// s16 sem_op, s16 sem_flg), at most -s entries; msgsnd's and msgrcv's
// struct msgbuf ({mtype=7, mtext="hello"}: mtype signed, then msgsz bytes
// quoted as a string under -s; msgrcv's once it succeeded, and at its exit:
// its head is "msgrcv(id, ", as strace prints it at entry). A struct whose
// first 16 bytes cannot be read is its address (strace 6.1 reads mtype with
// the message's first 8 bytes, whatever msgsz is: golden msg_queues); a
// message cut later by an unmapped page shows the message's address after
// mtype, as strace's string printer does (not compared with strace).
#include <sys/syscall.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/quote.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "tracer/ipc_transfers.h"

namespace lzp::cli {
namespace {

std::string Key(uint64_t v) { return static_cast<uint32_t>(v) == 0 ? StyledConstant("0", "IPC_PRIVATE") : Hex(static_cast<uint32_t>(v)); }

std::string FlagsAndMode(std::string_view table, uint64_t v) {
  uint32_t flags = static_cast<uint32_t>(v) & ~0777u;
  std::string mode = fmt::format("{:#03o}", static_cast<uint32_t>(v) & 0777u);
  if (flags == 0) return mode;
  bool any_name = table == "shmget" || CurrentConstStyle() == ConstStyle::kRaw || !FlagNames(table, flags).starts_with("0x");
  return FormatFlags(table, flags) + (any_name ? "|" : "") + mode;
}

// shmget(key, size, flags), semget(key, nsems, flags), msgget(key, flags).
std::vector<std::string> IpcGet(const CallContext& c) {
  int flags_arg = c.rec.nr == SYS_msgget ? 1 : 2;
  std::vector<std::string> out = {Key(c.rec.args[0])};
  for (int i = 1; i < flags_arg; ++i) out.push_back(FormatArgument(c, i));
  out.push_back(FlagsAndMode(c.rec.nr == SYS_shmget ? "shmget" : "ipc", c.rec.args[flags_arg]));
  return out;
}

std::optional<std::string> Sembufs(std::string_view b, const FormatOptions& o) {
  return FormatArray(b, 6, o, [](std::string_view e) {
    return fmt::format("{{sem_num={}, sem_op={}, sem_flg={}}}", Field<uint16_t>(e, 0), Field<int16_t>(e, 2),
                       FormatFlags("sem_flg", Field<uint16_t>(e, 4)));
  });
}

// msgsnd(msqid, msgp, msgsz, msgflg), msgrcv(msqid, msgp, msgsz, msgtyp, msgflg).
std::vector<std::string> Msgbuf(const CallContext& c) {
  const int n = c.rec.nr == SYS_msgrcv ? 5 : 4;
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(FormatArgument(c, i));
  const bool sent = c.rec.nr == SYS_msgsnd;
  const Capture* cap = sent || !c.failed() ? c.captures.Find(proto::kMsgbufArg, sent ? proto::kAtEntry : proto::kAtExit) : nullptr;
  const uint64_t msgp = c.rec.args[proto::kMsgbufArg], msgsz = c.rec.args[2];
  if (cap == nullptr || cap->data.size() < proto::kMsgbufMinBytes) return out;  // (its address, as the default printed it)
  const int64_t mtype = Field<int64_t>(cap->data, 0);
  const std::string_view text = cap->data.substr(8);
  const uint64_t shown = std::min<uint64_t>(msgsz, c.options.string_limit);
  std::string mtext = cap->faulted() && text.size() < shown
                          ? Pointer(msgp + 8)
                          : Quote(text.substr(0, shown), StyleOf(c.options), msgsz > c.options.string_limit);
  out[proto::kMsgbufArg] = fmt::format("{{mtype={}, mtext={}}}", mtype, mtext);
  return out;
}

}  // namespace

const ArgumentsDecoder kMsgbufArguments = Msgbuf;
const ArgumentsDecoder kIpcGetArguments = IpcGet;
const StructDecoder kIpcDecoders[] = {{"sembufs", Sembufs}, {nullptr, nullptr}};

}  // namespace lzp::cli
