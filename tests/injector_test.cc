// Units of cli/injector/: the interposer's file read as a loader reads it,
// and a stopped task made to run syscalls and put back as it was.
#include <signal.h>
#include <sys/mman.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

#include "cli/injector/interposer_image.h"
#include "cli/injector/remote_task.h"
#include "tests/test_support.h"

namespace lzp::cli::injector {
namespace {

const char kInterposer[] = "tracer/liblzptrace_interposer.so";

TEST(InterposerImage, TheBuiltInterposerIsLoadableWithoutALoader) {
  InterposerImage image;
  std::string why;
  ASSERT_TRUE(LoadInterposerImage(kInterposer, &image, &why)) << why;
  ASSERT_GE(image.segments.size(), 2u);
  EXPECT_EQ(image.segments.front().vaddr, 0u);
  EXPECT_TRUE(image.segments.front().prot & PROT_EXEC);
  for (const Segment& s : image.segments) EXPECT_LE(s.vaddr + s.mem_size, image.span);
  EXPECT_EQ(image.span % 4096, 0u);
  EXPECT_FALSE(image.relocations.empty());
  for (const Relocation& r : image.relocations) {
    EXPECT_LE(r.offset + 8, image.span);
    EXPECT_LT(r.value, image.span);
  }
  ASSERT_EQ(image.constructors.size(), 1u);  // tracer/init.cc's Init
  EXPECT_LT(image.constructors[0], image.segments.front().mem_size);  // in the code
  EXPECT_LT(image.relro_start, image.relro_end);
}

TEST(InterposerImage, DamagedFilesAreRefusedWithAReason) {
  std::ifstream in(kInterposer, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 4096u);
  auto refused = [](const std::string& content) {
    std::string path = lzp::test::TempPath("image.so");
    std::ofstream(path, std::ios::binary) << content;
    InterposerImage image;
    std::string why;
    bool ok = LoadInterposerImage(path, &image, &why);
    unlink(path.c_str());
    return !ok && !why.empty();
  };
  EXPECT_TRUE(refused(""));
  EXPECT_TRUE(refused(bytes.substr(0, 100)));    // cut inside the program headers
  EXPECT_TRUE(refused(bytes.substr(0, 2048)));   // the dynamic section missing
  std::string not_elf = bytes;
  not_elf[1] = 'X';
  EXPECT_TRUE(refused(not_elf));
  std::string wrong_machine = bytes;
  wrong_machine[18] = 3;  // e_machine = EM_386
  EXPECT_TRUE(refused(wrong_machine));
  InterposerImage image;
  std::string why;
  EXPECT_FALSE(LoadInterposerImage("/nonexistent/lib.so", &image, &why));
  EXPECT_NE(why.find("cannot read"), std::string::npos);
}

// A child stopped by its tracer (us), which goes on reading a byte once let
// go and exits 42 if it got one.
struct StoppedChild {
  pid_t pid = -1;
  int to_child[2] = {-1, -1};
  bool Start() {
    if (pipe(to_child) != 0) return false;
    pid = fork();
    if (pid == 0) {
      close(to_child[1]);
      ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
      raise(SIGSTOP);
      char byte = 0;
      ssize_t n = read(to_child[0], &byte, 1);  // goes on here once let go
      _exit(n == 1 && byte == 'x' ? 42 : 1);
    }
    close(to_child[0]);
    int status;
    return waitpid(pid, &status, 0) == pid && WIFSTOPPED(status);
  }
  void LetGoAndExpectItGoesOn() {
    ASSERT_EQ(ptrace(PTRACE_DETACH, pid, nullptr, nullptr), 0);
    kill(pid, SIGCONT);
    ASSERT_EQ(write(to_child[1], "x", 1), 1);
    int status;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    EXPECT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 42);
  }
};

// A child stopped by its tracer (us) runs syscalls for us, and goes on
// afterwards exactly where it was, its code bytes back.
TEST(RemoteTask, RunsSyscallsInAStoppedTaskAndPutsItBack) {
  StoppedChild c;
  ASSERT_TRUE(c.Start());
  pid_t child = c.pid;
  {
    RemoteTask task(child);
    std::string why;
    ASSERT_TRUE(task.Begin(&why)) << why;
    uint64_t rip = task.saved_registers().rip;
    bool ok = false;
    EXPECT_EQ(task.Syscall(&ok, SYS_getpid), child);
    EXPECT_TRUE(ok);
    EXPECT_EQ(task.Syscall(&ok, SYS_getppid), getpid());
    EXPECT_EQ(task.Syscall(&ok, SYS_close, 100000), -EBADF);
    int64_t page = task.Syscall(&ok, SYS_mmap, 0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, ~0ull, 0);
    ASSERT_GT(page, 0);
    const char text[] = "written through /proc/PID/mem";
    ASSERT_TRUE(task.Write(page, text, sizeof(text)));  // (a read-only page: written all the same)
    char back[sizeof(text)] = {};
    ASSERT_TRUE(task.Read(page, back, sizeof(back)));
    EXPECT_STREQ(back, text);
    EXPECT_EQ(task.Syscall(&ok, SYS_munmap, page, 4096), 0);
    uint8_t planted[3];
    ASSERT_TRUE(task.Read(rip, planted, 3));
    EXPECT_EQ(planted[0], 0x0f);
    ASSERT_TRUE(task.End());
    uint8_t restored[3];
    ASSERT_TRUE(task.Read(rip, restored, 3));
    EXPECT_NE(std::string(reinterpret_cast<char*>(restored), 3), std::string(reinterpret_cast<char*>(planted), 3));
    EXPECT_EQ(task.pending_signal(), 0);
  }
  c.LetGoAndExpectItGoesOn();
}

// A function that faults (here: a call to an unmapped address) fails the
// call instead of faulting again and again; the task goes on as it was, the
// fault not delivered to it.
TEST(RemoteTask, AFaultInACallFailsItAndIsNotDelivered) {
  StoppedChild c;
  ASSERT_TRUE(c.Start());
  pid_t child = c.pid;
  {
    RemoteTask task(child);
    std::string why;
    ASSERT_TRUE(task.Begin(&why)) << why;
    uint64_t top = (task.saved_registers().rsp - 256) & ~uint64_t{15};
    EXPECT_FALSE(task.Call(0x10, 0, 0, 0, top));
    bool ok = false;
    EXPECT_EQ(task.Syscall(&ok, SYS_getpid), child);  // still usable
    EXPECT_TRUE(ok);
    ASSERT_TRUE(task.End());
    EXPECT_EQ(task.pending_signal(), 0);
  }
  c.LetGoAndExpectItGoesOn();
}

}  // namespace
}  // namespace lzp::cli::injector
