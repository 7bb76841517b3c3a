/* syscall_loop KIND N [THREADS] — runs N syscalls of one kind per thread and
 * prints "KIND ns_per_call" measured with CLOCK_MONOTONIC around the loop.
 * KIND: getppid | read64 | pread | openclose | clock_gettime | udp_sendto
 * (an 8-byte datagram to a loopback UDP port nobody reads) | netlink (a NLMSG_NOOP with
 * NLM_F_ACK to the kernel's NETLINK_ROUTE, then recvfrom of its ack: N/2
 * pairs, so N calls in all).
 * With LOOP_CPU set in the environment it also prints, on stderr,
 * "KIND cpu NS": the process's CPU time (user + system, getrusage) per call
 * of one thread — the tracee's own cost, which a tracer's reader running on
 * another core does not add to (bench/tracee_cost.py). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static const char* kind;
static long n;

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void* loop(void* arg) {
  (void)arg;
  char buf[64];
  int fd = open("/dev/zero", O_RDONLY);
  struct timespec ts;
  if (!strcmp(kind, "getppid")) for (long i = 0; i < n; ++i) syscall(SYS_getppid);
  else if (!strcmp(kind, "read64")) for (long i = 0; i < n; ++i) read(fd, buf, sizeof(buf));
  else if (!strcmp(kind, "pread")) for (long i = 0; i < n; ++i) pread(fd, buf, sizeof(buf), 0);
  else if (!strcmp(kind, "openclose")) for (long i = 0; i < n; ++i) close(open("/dev/null", O_RDONLY));
  else if (!strcmp(kind, "clock_gettime")) for (long i = 0; i < n; ++i) clock_gettime(CLOCK_MONOTONIC, &ts);
  else if (!strcmp(kind, "udp_sendto")) {
    int s = socket(AF_INET, SOCK_DGRAM, 0), sink = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in to = {AF_INET, 0, {htonl(INADDR_LOOPBACK)}};
    socklen_t length = sizeof to;
    bind(sink, (struct sockaddr*)&to, sizeof to);  /* a port nobody reads: once full, datagrams are dropped */
    getsockname(sink, (struct sockaddr*)&to, &length);
    for (long i = 0; i < n; ++i) sendto(s, buf, 8, 0, (struct sockaddr*)&to, sizeof to);
    close(s);
    close(sink);
  } else if (!strcmp(kind, "netlink")) {
    int s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
    struct sockaddr_nl kernel = {AF_NETLINK, 0, 0, 0};
    struct nlmsghdr noop = {sizeof noop, NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK, 0, 0};
    for (long i = 0; i < n / 2; ++i) {
      sendto(s, &noop, sizeof noop, 0, (struct sockaddr*)&kernel, sizeof kernel);
      recvfrom(s, buf, sizeof buf, 0, NULL, NULL);
    }
    close(s);
  } else { fprintf(stderr, "unknown kind %s\n", kind); exit(2); }
  close(fd);
  return NULL;
}

int main(int argc, char** argv) {
  if (argc < 3) { fprintf(stderr, "usage: syscall_loop KIND N [THREADS]\n"); return 2; }
  kind = argv[1];
  n = atol(argv[2]);
  int threads = argc > 3 ? atoi(argv[3]) : 1;
  pthread_t t[64];
  double start = now_ns();
  if (threads <= 1) loop(NULL);
  else {
    for (int i = 0; i < threads && i < 64; ++i) pthread_create(&t[i], NULL, loop, NULL);
    for (int i = 0; i < threads && i < 64; ++i) pthread_join(t[i], NULL);
  }
  double elapsed = now_ns() - start;
  printf("%s %.1f\n", kind, elapsed / n);  /* per call of one thread: wall time / calls per thread */
  if (getenv("LOOP_CPU") != NULL) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double cpu_ns = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e9 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e3;
    fprintf(stderr, "%s cpu %.1f\n", kind, cpu_ns / ((double)n * (threads > 1 ? threads : 1)));
  }
  return 0;
}
