// Socket timeouts: SO_RCVTIMEO/SO_SNDTIMEO set and get, short lengths.
#include <sys/socket.h>
#include <sys/time.h>
int main(void) {
  int s = socket(AF_INET, SOCK_STREAM, 0); struct timeval tv = {5, 250000}; socklen_t l = sizeof tv;
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
  getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, &l);
  l = 4; getsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, &l);
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, 3);
  tv.tv_usec = 2000000; setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, (void*)0xbad0000, sizeof tv);
  return 0;
}
