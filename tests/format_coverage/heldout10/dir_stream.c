// Directory streams: opendir (O_DIRECTORY|O_CLOEXEC, fstat), readdir to the end, rewinddir (lseek), telldir/seekdir (lseek to a cookie), fdopendir on an fd opened by hand (its flags checked with fcntl), scandir, dirfd, closedir; opendir of a file (ENOTDIR).
// compare-options:
// compare-options: -v -e trace=!brk
// compare-options: -y -e trace=getdents64,lseek,fcntl,close,munmap
#include "h10.h"
#include <dirent.h>
static int none(const struct dirent *d) { (void)d; return 1; }
int main(void) {
  mkdir("/tmp/lzp-h10-dir", 0755);
  close(open("/tmp/lzp-h10-dir/one", O_CREAT | O_WRONLY, 0644));
  DIR *d = opendir("/tmp/lzp-h10-dir");
  while (readdir(d)) ;
  rewinddir(d);
  readdir(d);
  long pos = telldir(d);
  readdir(d);
  seekdir(d, pos);
  readdir(d);
  closedir(d);
  int fd = open("/tmp/lzp-h10-dir", O_RDONLY | O_DIRECTORY);
  d = fdopendir(fd);
  readdir(d);
  dirfd(d);
  closedir(d);
  struct dirent **l;
  int n = scandir("/tmp/lzp-h10-dir", &l, none, alphasort);
  while (n-- > 0) free(l[n]);
  if (n >= -1) free(l);
  opendir("/tmp/lzp-h10-dir/one");
  unlink("/tmp/lzp-h10-dir/one");
  rmdir("/tmp/lzp-h10-dir");
  return 0;
}
