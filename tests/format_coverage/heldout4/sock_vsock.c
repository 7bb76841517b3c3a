// AF_VSOCK sockets: sockaddr_vm with well-known and any CIDs and ports, short lengths, connect failures, getsockname.
#include <linux/vm_sockets.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_VSOCK, SOCK_STREAM, 0);
  struct sockaddr_vm a;
  memset(&a, 0, sizeof a);
  a.svm_family = AF_VSOCK;
  a.svm_cid = VMADDR_CID_ANY;
  a.svm_port = VMADDR_PORT_ANY;
  bind(s, (struct sockaddr*)&a, sizeof a);
  a.svm_cid = VMADDR_CID_HOST;
  a.svm_port = 1234;
  connect(s, (struct sockaddr*)&a, sizeof a);
  a.svm_cid = VMADDR_CID_LOCAL;
  a.svm_flags = VMADDR_FLAG_TO_HOST;
  connect(s, (struct sockaddr*)&a, sizeof a);
  connect(s, (struct sockaddr*)&a, 8);
  a.svm_cid = 0x12345;
  a.svm_reserved1 = 7;
  connect(s, (struct sockaddr*)&a, sizeof a);
  socklen_t l = sizeof a;
  getsockname(s, (struct sockaddr*)&a, &l);
  socket(AF_VSOCK, SOCK_DGRAM, 0);
  socket(AF_VSOCK, SOCK_SEQPACKET, 5);
  return 0;
}
