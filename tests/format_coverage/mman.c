// mmap/mprotect/madvise/mremap/msync/mincore/mlock with good and bad arguments.
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>
int main(void) {
  char* m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); unsigned char vec[2];
  mprotect(m, 4096, PROT_READ); mprotect(m, 4096, 0xff); madvise(m, 8192, MADV_DONTNEED); madvise(m, 8192, 999);
  msync(m, 4096, MS_SYNC); msync(m, 4096, 0xff); mincore(m, 8192, vec); mlock(m, 4096); munlock(m, 4096);
  m = mremap(m, 8192, 16384, MREMAP_MAYMOVE); mremap(m, 4096, 8192, 0xf0);
  mmap(NULL, 4096, PROT_READ, MAP_SHARED, -1, 0); munmap((void*)1, 4096);
  return 0;
}
