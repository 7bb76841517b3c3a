// tracer/ipc_transfers.h — the struct System V IPC's control calls pass
// by pointer, by command (x86-64 layouts of <linux/shm.h>, <linux/sem.h>,
// <linux/msg.h> and <asm-generic/ipcbuf.h>, <asm-generic/shmbuf.h>,
// <asm/sembuf.h>, <asm-generic/msgbuf.h>): IPC_SET reads a *id64_ds at
// entry; IPC_STAT and the *_STAT commands write one at exit; IPC_INFO writes
// a shminfo64/seminfo/msginfo and SHM_INFO a shm_info, SEM_INFO a seminfo,
// MSG_INFO a msginfo. IPC_64 (0x100) is ignored: the x86-64 kernel refuses
// it (EINVAL, so nothing is written), but strace still shows what IPC_SET
// would have read. A table, shared by the interposer and the ptrace
// companion, which copy the same chunk (the pointer's argument) for the
// CLI's decoder (cli/decode/ipc_structs.cc). Pointers below 4096 are not
// followed (semctl's fourth argument is a value for SETVAL).
#pragma once

#include <cstdint>
#include <sys/syscall.h>

#include "tracer/capture_format.h"

namespace lzp::proto {

inline constexpr uint32_t kIpc64 = 0x100;

struct IpcTransfer {
  int8_t arg;      // the pointer's argument, or -1: nothing to copy
  uint8_t phase;   // kAtEntry or kAtExit
  uint16_t size;   // bytes
};

struct IpcCommandBuffer {
  uint16_t nr;
  uint16_t cmd;
  uint8_t phase;
  uint16_t size;
};

inline constexpr IpcCommandBuffer kIpcCommandBuffers[] = {
    // shmctl: struct shmid64_ds (112), shminfo64 (72), shm_info (48)
    {SYS_shmctl, 1 /* IPC_SET */, kAtEntry, 112},
    {SYS_shmctl, 2 /* IPC_STAT */, kAtExit, 112},
    {SYS_shmctl, 13 /* SHM_STAT */, kAtExit, 112},
    {SYS_shmctl, 15 /* SHM_STAT_ANY */, kAtExit, 112},
    {SYS_shmctl, 3 /* IPC_INFO */, kAtExit, 72},
    {SYS_shmctl, 14 /* SHM_INFO */, kAtExit, 48},
    // semctl: struct semid64_ds (104), seminfo (40)
    {SYS_semctl, 1 /* IPC_SET */, kAtEntry, 104},
    {SYS_semctl, 2 /* IPC_STAT */, kAtExit, 104},
    {SYS_semctl, 18 /* SEM_STAT */, kAtExit, 104},
    {SYS_semctl, 20 /* SEM_STAT_ANY */, kAtExit, 104},
    {SYS_semctl, 3 /* IPC_INFO */, kAtExit, 40},
    {SYS_semctl, 19 /* SEM_INFO */, kAtExit, 40},
    // msgctl: struct msqid64_ds (120), msginfo (32)
    {SYS_msgctl, 1 /* IPC_SET */, kAtEntry, 120},
    {SYS_msgctl, 2 /* IPC_STAT */, kAtExit, 120},
    {SYS_msgctl, 11 /* MSG_STAT */, kAtExit, 120},
    {SYS_msgctl, 13 /* MSG_STAT_ANY */, kAtExit, 120},
    {SYS_msgctl, 3 /* IPC_INFO */, kAtExit, 32},
    {SYS_msgctl, 12 /* MSG_INFO */, kAtExit, 32},
};

// The pointer argument of shmctl/msgctl (2) and semctl (3).
// msgsnd's and msgrcv's struct msgbuf (<linux/msg.h>: a long mtype, then
// the message): msgsnd's read at entry, msgrcv's written at exit (after
// success), argument 1. strace prints mtype and msgsz bytes of the message
// (msgrcv's too, not only the received ones): mtype and as much of them as
// -s shows (`limit`) are copied, and at least 16 bytes in all (strace reads
// mtype with the message's first 8 bytes: a struct cut before 16 readable
// bytes is its address); 0 when there is nothing to copy.
inline constexpr int kMsgbufArg = 1;
inline constexpr uint64_t kMsgbufMinBytes = 16;
inline uint64_t MsgbufBytes(uint64_t nr, uint64_t msgsz, uint8_t phase, uint64_t limit) {
  if (!((nr == SYS_msgsnd && phase == kAtEntry) || (nr == SYS_msgrcv && phase == kAtExit))) return 0;
  uint64_t bytes = 8 + (msgsz < limit ? msgsz : limit);
  return bytes < kMsgbufMinBytes ? kMsgbufMinBytes : bytes;
}

inline int IpcBufferArg(uint64_t nr) { return nr == SYS_semctl ? 3 : nr == SYS_shmctl || nr == SYS_msgctl ? 2 : -1; }

// What to copy for this call in this phase ({-1, ...} when nothing), from
// the command (the argument before the pointer) and the pointer.
inline IpcTransfer IpcTransferOf(uint64_t nr, uint64_t command, uint64_t pointer, uint8_t phase) {
  int arg = IpcBufferArg(nr);
  if (arg < 0 || pointer < 4096) return {-1, 0, 0};
  uint32_t cmd = static_cast<uint32_t>(command) & ~kIpc64;
  for (const IpcCommandBuffer& b : kIpcCommandBuffers)
    if (b.nr == nr && b.cmd == cmd && b.phase == phase) return {static_cast<int8_t>(arg), phase, b.size};
  return {-1, 0, 0};
}

}  // namespace lzp::proto
