// Video4Linux2 ioctls on /dev/null, where each fails with ENOTTY: QUERYCAP, ENUM_FMT, G/S/TRY_FMT with a pixel format, REQBUFS, QUERYBUF, S_CTRL, QUERYCTRL, STREAMON, S_INPUT, G_PARM, S_STD, ENUMINPUT, G_CROP.
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/videodev2.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void) {
  int fd = syscall(SYS_openat, AT_FDCWD, "/dev/null", O_RDWR);
  struct v4l2_capability cap;
  syscall(SYS_ioctl, fd, VIDIOC_QUERYCAP, &cap);
  struct v4l2_fmtdesc fd_;
  memset(&fd_, 0, sizeof fd_);
  fd_.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  syscall(SYS_ioctl, fd, VIDIOC_ENUM_FMT, &fd_);
  struct v4l2_format f;
  memset(&f, 0, sizeof f);
  f.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  f.fmt.pix.width = 640;
  f.fmt.pix.height = 480;
  f.fmt.pix.pixelformat = V4L2_PIX_FMT_YUYV;
  f.fmt.pix.field = V4L2_FIELD_INTERLACED;
  f.fmt.pix.bytesperline = 1280;
  syscall(SYS_ioctl, fd, VIDIOC_G_FMT, &f);
  syscall(SYS_ioctl, fd, VIDIOC_S_FMT, &f);
  syscall(SYS_ioctl, fd, VIDIOC_TRY_FMT, &f);
  struct v4l2_requestbuffers rb;
  memset(&rb, 0, sizeof rb);
  rb.count = 4;
  rb.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  rb.memory = V4L2_MEMORY_MMAP;
  syscall(SYS_ioctl, fd, VIDIOC_REQBUFS, &rb);
  struct v4l2_buffer b;
  memset(&b, 0, sizeof b);
  b.index = 1;
  b.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  b.memory = V4L2_MEMORY_MMAP;
  syscall(SYS_ioctl, fd, VIDIOC_QUERYBUF, &b);
  struct v4l2_control c = {V4L2_CID_BRIGHTNESS, 5};
  syscall(SYS_ioctl, fd, VIDIOC_S_CTRL, &c);
  struct v4l2_queryctrl qc;
  memset(&qc, 0, sizeof qc);
  qc.id = V4L2_CID_CONTRAST;
  syscall(SYS_ioctl, fd, VIDIOC_QUERYCTRL, &qc);
  int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  syscall(SYS_ioctl, fd, VIDIOC_STREAMON, &type);
  int input = 1;
  syscall(SYS_ioctl, fd, VIDIOC_S_INPUT, &input);
  struct v4l2_streamparm sp;
  memset(&sp, 0, sizeof sp);
  sp.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  syscall(SYS_ioctl, fd, VIDIOC_G_PARM, &sp);
  v4l2_std_id std = V4L2_STD_PAL;
  syscall(SYS_ioctl, fd, VIDIOC_S_STD, &std);
  struct v4l2_input in;
  memset(&in, 0, sizeof in);
  in.index = 2;
  syscall(SYS_ioctl, fd, VIDIOC_ENUMINPUT, &in);
  struct v4l2_crop cr;
  memset(&cr, 0, sizeof cr);
  cr.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  syscall(SYS_ioctl, fd, VIDIOC_G_CROP, &cr);
  syscall(SYS_close, fd);
  return 0;
}
