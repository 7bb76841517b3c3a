// MTD and UBI ioctls on /dev/null, where each fails with ENOTTY: MEMGETINFO, MEMERASE and MEMERASE64 with ranges, MEMGETREGIONINFO, MEMGETBADBLOCK and MEMSETBADBLOCK with offsets, MEMWRITEOOB, OTPSELECT, UBI_IOCMKVOL with a volume request, UBI_IOCRMVOL, UBI_IOCATT, UBI_IOCDET, UBI_IOCRSVOL, UBI_IOCVOLUP.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/ioctl.h>
#include <mtd/mtd-user.h>
#include <mtd/ubi-user.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
  struct mtd_info_user mi;
  syscall(SYS_ioctl, fd, MEMGETINFO, &mi);
  struct erase_info_user e = {0x20000, 0x10000};
  syscall(SYS_ioctl, fd, MEMERASE, &e);
  struct erase_info_user64 e64 = {0x100000000ULL, 0x20000};
  syscall(SYS_ioctl, fd, MEMERASE64, &e64);
  struct region_info_user ri;
  memset(&ri, 0, sizeof ri);
  ri.regionindex = 2;
  syscall(SYS_ioctl, fd, MEMGETREGIONINFO, &ri);
  long long off = 0x40000;
  syscall(SYS_ioctl, fd, MEMGETBADBLOCK, &off);
  syscall(SYS_ioctl, fd, MEMSETBADBLOCK, &off);
  unsigned char oob[16];
  struct mtd_oob_buf ob = {0x800, sizeof oob, oob};
  syscall(SYS_ioctl, fd, MEMWRITEOOB, &ob);
  int otp = MTD_OTP_USER;
  syscall(SYS_ioctl, fd, OTPSELECT, &otp);
  struct ubi_mkvol_req mk;
  memset(&mk, 0, sizeof mk);
  mk.vol_id = 3;
  mk.alignment = 1;
  mk.bytes = 1 << 20;
  mk.vol_type = UBI_STATIC_VOLUME;
  mk.name_len = 6;
  strcpy(mk.name, "lzp-h8");
  syscall(SYS_ioctl, fd, UBI_IOCMKVOL, &mk);
  int vol = 3;
  syscall(SYS_ioctl, fd, UBI_IOCRMVOL, &vol);
  struct ubi_attach_req at;
  memset(&at, 0, sizeof at);
  at.ubi_num = UBI_DEV_NUM_AUTO;
  at.mtd_num = 1;
  at.vid_hdr_offset = 2048;
  syscall(SYS_ioctl, fd, UBI_IOCATT, &at);
  int num = 0;
  syscall(SYS_ioctl, fd, UBI_IOCDET, &num);
  struct ubi_rsvol_req rs = {1 << 21, 3};
  syscall(SYS_ioctl, fd, UBI_IOCRSVOL, &rs);
  long long up = 4096;
  syscall(SYS_ioctl, fd, UBI_IOCVOLUP, &up);
  syscall(SYS_close, fd);
  return 0;
}
