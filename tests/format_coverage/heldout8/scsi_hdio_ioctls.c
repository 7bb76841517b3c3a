// SCSI generic and old disk ioctls on a regular file, where each fails with ENOTTY: SG_IO with a v3 header (INQUIRY) and a v4 (bsg) header, SG_* getters and setters, HDIO_GETGEO, HDIO_GET_IDENTITY, HDIO_GET_32BIT, BLKRRPART, BLKFLSBUF.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/bsg.h>
#include <linux/fs.h>
#include <linux/hdreg.h>
#include <scsi/sg.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#define D "/tmp/lzp-h8-scsi_hdio_ioctls"
int main(void) {
  syscall(SYS_mkdir, D, 0700);
  int fd = syscall(SYS_openat, AT_FDCWD, D "/f", O_CREAT | O_RDWR | O_TRUNC, 0600);
  unsigned char cdb[6] = {0x12, 0, 0, 0, 96, 0}, data[96], sense[32];
  sg_io_hdr_t h;
  memset(&h, 0, sizeof h);
  h.interface_id = 'S';
  h.dxfer_direction = SG_DXFER_FROM_DEV;
  h.cmd_len = 6;
  h.mx_sb_len = sizeof sense;
  h.dxfer_len = sizeof data;
  h.dxferp = data;
  h.cmdp = cdb;
  h.sbp = sense;
  h.timeout = 5000;
  h.flags = SG_FLAG_DIRECT_IO;
  syscall(SYS_ioctl, fd, SG_IO, &h);
  struct sg_io_v4 q;
  memset(&q, 0, sizeof q);
  q.guard = 'Q';
  q.protocol = BSG_PROTOCOL_SCSI;
  q.subprotocol = BSG_SUB_PROTOCOL_SCSI_CMD;
  q.request_len = 6;
  q.request = (unsigned long)cdb;
  q.din_xfer_len = sizeof data;
  q.din_xferp = (unsigned long)data;
  q.timeout = 1000;
  syscall(SYS_ioctl, fd, SG_IO, &q);
  int v = 0;
  syscall(SYS_ioctl, fd, SG_GET_VERSION_NUM, &v);
  syscall(SYS_ioctl, fd, SG_SET_TIMEOUT, &v);
  syscall(SYS_ioctl, fd, SG_GET_TIMEOUT, 0);
  syscall(SYS_ioctl, fd, SG_EMULATED_HOST, &v);
  syscall(SYS_ioctl, fd, SG_GET_RESERVED_SIZE, &v);
  syscall(SYS_ioctl, fd, SG_SET_RESERVED_SIZE, &v);
  struct hd_geometry g;
  syscall(SYS_ioctl, fd, HDIO_GETGEO, &g);
  unsigned short id[256];
  syscall(SYS_ioctl, fd, HDIO_GET_IDENTITY, id);
  long l;
  syscall(SYS_ioctl, fd, HDIO_GET_32BIT, &l);
  syscall(SYS_ioctl, fd, HDIO_GET_UNMASKINTR, &l);
  syscall(SYS_ioctl, fd, BLKRRPART, 0);
  syscall(SYS_ioctl, fd, BLKFLSBUF, 0);
  syscall(SYS_close, fd);
  syscall(SYS_unlink, D "/f");
  syscall(SYS_rmdir, D);
  return 0;
}
