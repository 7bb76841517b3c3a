// memfd_create flags, ftruncate, fallocate modes.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
int main(void) {
  int m = memfd_create("cov", MFD_CLOEXEC | MFD_ALLOW_SEALING); memfd_create("bad", 0xf0);
  ftruncate(m, 4096); ftruncate(m, -1); fallocate(m, 0, 0, 8192); fallocate(m, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE, 0, 4096);
  fallocate(m, 0xff, 0, 1); fallocate(m, 0, -1, 1); truncate("/nonexistent", 0);
  return 0;
}
