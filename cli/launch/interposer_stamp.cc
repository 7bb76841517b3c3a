// cli/launch/interposer_stamp.cc — see interposer_stamp.h.
//
// The stamp is one line of text: "dev ino size ctime_sec ctime_nsec\n",
// written to a temporary name and renamed over PATH.checked (never seen half
// written), read back through an fd opened without following links.
#include "cli/launch/interposer_stamp.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <ctime>

namespace lzp::cli {
namespace {

constexpr time_t kSettledSeconds = 2;  // > ctime's granularity, with room to spare

std::string StampText(const struct stat& st) {
  char text[128];
  std::snprintf(text, sizeof(text), "%llu %llu %lld %lld %ld\n", (unsigned long long)st.st_dev,
                (unsigned long long)st.st_ino, (long long)st.st_size, (long long)st.st_ctim.tv_sec,
                (long)st.st_ctim.tv_nsec);
  return text;
}

}  // namespace

bool StampMatches(const std::string& path, const struct stat& st) {
  int fd = open((path + ".checked").c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat own;
  char text[128];
  ssize_t n = -1;
  if (fstat(fd, &own) == 0 && S_ISREG(own.st_mode) && own.st_uid == geteuid() && (own.st_mode & 022) == 0)
    n = read(fd, text, sizeof(text));
  close(fd);
  return n > 0 && std::string(text, static_cast<size_t>(n)) == StampText(st);
}

void WriteStamp(const std::string& path, const struct stat& st) {
  if (st.st_ctim.tv_sec > std::time(nullptr) - kSettledSeconds) return;
  std::string stamp = path + ".checked", temp = stamp + ".tmp." + std::to_string(getpid());
  int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0444);
  if (fd < 0) return;
  std::string text = StampText(st);
  bool written = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  if (close(fd) != 0 || !written || rename(temp.c_str(), stamp.c_str()) != 0) unlink(temp.c_str());
}

}  // namespace lzp::cli
