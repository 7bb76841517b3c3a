// cli/decode/ipc_ctl.cc — System V IPC's control calls, shmctl, semctl and
// msgctl, as strace prints them. The command is named from its table with
// IPC_64 (0x100) in front when set ("IPC_64|IPC_STAT"); the struct behind
// the last argument is decoded as the command passes it, from the chunk the
// interposer or the ptrace companion copied (tracer/ipc_transfers.h says
// which and when): what IPC_SET reads, shown even when the call fails (only
// the permissions and, for msgctl, msg_qbytes: the fields the kernel takes);
// what IPC_STAT, the *_STAT and the *_INFO commands wrote, only after
// success. Anything else is the pointer. Layouts (x86-64, offsets in
// bytes): struct ipc64_perm {key 0, uid 4, gid 8, cuid 12, cgid 16, mode
// 20 (strace reads 16 bits)}; shmid64_ds {segsz 48, atime 56, dtime 64,
// ctime 72, cpid 80, lpid 84, nattch 88}; semid64_ds {otime 48, ctime 64,
// nsems 80}; msqid64_ds {stime 48, rtime 56, ctime 64, qnum 80, qbytes 88,
// lspid 96, lrpid 100}; shminfo64 and shm_info of unsigned longs (shm_info's
// used_ids an int); seminfo and msginfo of ints (msginfo's msgseg a u16).
#include <sys/syscall.h>

#include <fmt/format.h>

#include "cli/decode/structs.h"
#include "cli/print/flags_format.h"
#include "cli/print/syscall_format.h"
#include "tracer/ipc_transfers.h"

namespace lzp::cli {
namespace {

enum : uint32_t { kIpcSet = 1, kIpcStat = 2, kIpcInfo = 3 };

// uid_t and gid_t as strace prints them: -1 as such, anything else unsigned.
std::string Id(uint32_t v) { return v == 0xffffffffu ? "-1" : fmt::format("{}", v); }

// "{uid=0, gid=0, mode=0600" and, unless only the settable fields are
// wanted, ", key=..., cuid=..., cgid=..." (the caller closes the brace).
std::string Perm(std::string_view b, bool settable_only) {
  std::string out = fmt::format("{{uid={}, gid={}, mode={:#03o}", Id(Field<uint32_t>(b, 4)), Id(Field<uint32_t>(b, 8)),
                                Field<uint16_t>(b, 20));
  if (!settable_only)
    out += fmt::format(", key={}, cuid={}, cgid={}", Field<uint32_t>(b, 0), Id(Field<uint32_t>(b, 12)),
                       Id(Field<uint32_t>(b, 16)));
  return out + "}";
}

std::string Shmid(std::string_view b, bool set) {
  if (set) return "{shm_perm=" + Perm(b, true) + "}";
  return fmt::format(
      "{{shm_perm={}, shm_segsz={}, shm_cpid={}, shm_lpid={}, shm_nattch={}, shm_atime={}, shm_dtime={}, shm_ctime={}}}",
      Perm(b, false), Field<uint64_t>(b, 48), Field<int32_t>(b, 80), Field<int32_t>(b, 84), Field<uint64_t>(b, 88),
      Field<int64_t>(b, 56), Field<int64_t>(b, 64), Field<int64_t>(b, 72));
}

std::string Semid(std::string_view b, bool set) {
  if (set) return "{sem_perm=" + Perm(b, true) + "}";
  return fmt::format("{{sem_perm={}, sem_otime={}, sem_ctime={}, sem_nsems={}}}", Perm(b, false), Field<int64_t>(b, 48),
                     Field<int64_t>(b, 64), Field<uint64_t>(b, 80));
}

std::string Msqid(std::string_view b, bool set) {
  if (set) return fmt::format("{{msg_perm={}, msg_qbytes={}}}", Perm(b, true), Field<uint64_t>(b, 88));
  return fmt::format(
      "{{msg_perm={}, msg_stime={}, msg_rtime={}, msg_ctime={}, msg_qnum={}, msg_qbytes={}, msg_lspid={}, msg_lrpid={}}}",
      Perm(b, false), Field<int64_t>(b, 48), Field<int64_t>(b, 56), Field<int64_t>(b, 64), Field<uint64_t>(b, 80),
      Field<uint64_t>(b, 88), Field<int32_t>(b, 96), Field<int32_t>(b, 100));
}

// Named fields of one type laid end to end: "{a=1, b=2}".
template <typename T> std::string Fields(std::string_view b, std::initializer_list<const char*> names) {
  std::string out = "{";
  size_t at = 0;
  for (const char* name : names) {
    out += fmt::format("{}{}={}", at ? ", " : "", name, Field<T>(b, at));
    at += sizeof(T);
  }
  return out + "}";
}

std::string ShmInfo(std::string_view b) {  // struct shm_info: int used_ids, then unsigned longs from offset 8
  return fmt::format("{{used_ids={}, {}", Field<int32_t>(b, 0),
                     Fields<uint64_t>(b.substr(8), {"shm_tot", "shm_rss", "shm_swp", "swap_attempts", "swap_successes"})
                         .substr(1));
}

std::string MsgInfo(std::string_view b) {  // struct msginfo: seven ints, then the u16 msgseg
  std::string ints = Fields<int32_t>(b, {"msgpool", "msgmap", "msgmax", "msgmnb", "msgmni", "msgssz", "msgtql"});
  ints.pop_back();
  return fmt::format("{}, msgseg={}}}", ints, Field<uint16_t>(b, 28));
}

// The struct for `cmd` (IPC_64 cleared) of syscall nr, from its bytes.
std::string Decode(uint64_t nr, uint32_t cmd, std::string_view b) {
  bool set = cmd == kIpcSet;
  switch (nr) {
    case SYS_shmctl:
      if (cmd == kIpcInfo) return Fields<uint64_t>(b, {"shmmax", "shmmin", "shmmni", "shmseg", "shmall"});
      if (cmd == 14) return ShmInfo(b);  // SHM_INFO
      return Shmid(b, set);
    case SYS_semctl:
      if (cmd == kIpcInfo || cmd == 19)  // SEM_INFO
        return Fields<int32_t>(b, {"semmap", "semmni", "semmns", "semmnu", "semmsl", "semopm", "semume", "semusz",
                                   "semvmx", "semaem"});
      return Semid(b, set);
    default:
      if (cmd == kIpcInfo || cmd == 12) return MsgInfo(b);  // MSG_INFO
      return Msqid(b, set);
  }
}

std::vector<std::string> IpcCtl(const CallContext& c) {
  int arg = proto::IpcBufferArg(c.rec.nr);
  if (arg < 1) return {};  // registered only for the three calls
  uint32_t raw_cmd = static_cast<uint32_t>(c.rec.args[arg - 1]);
  std::string_view table = c.rec.nr == SYS_shmctl ? "shmctl" : c.rec.nr == SYS_semctl ? "semctl" : "msgctl";
  std::vector<std::string> out;
  for (int i = 0; i < arg - 1; ++i) out.push_back(FormatArgument(c, i));
  // IPC_64 as a constant of its own: "IPC_64|IPC_STAT", raw "0x100|0x2", verbose "0x100 /* IPC_64 */|0x2 /* IPC_STAT */".
  out.push_back((raw_cmd & proto::kIpc64 ? StyledConstant(Hex(proto::kIpc64), "IPC_64") + "|" : "") +
                FormatFlags(table, raw_cmd & ~proto::kIpc64));
  uint32_t cmd = raw_cmd & ~proto::kIpc64;
  uint64_t ptr = c.rec.args[arg];
  uint8_t phase = cmd == kIpcSet ? proto::kAtEntry : proto::kAtExit;
  proto::IpcTransfer t = proto::IpcTransferOf(c.rec.nr, raw_cmd, ptr, phase);
  const Capture* cap = t.arg >= 0 && c.options.structs && (phase == proto::kAtEntry || !c.failed())
                           ? c.captures.Find(arg, phase) : nullptr;
  if (cap == nullptr || cap->faulted() || cap->data.size() < t.size) out.push_back(FormatArgument(c, arg));
  else out.push_back(Decode(c.rec.nr, cmd, cap->data));
  return out;
}

}  // namespace

const ArgumentsDecoder kIpcCtlArguments = IpcCtl;

}  // namespace lzp::cli
