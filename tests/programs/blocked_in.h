/* tests/programs/blocked_in.h — for test programs that must act only once
 * another task is asleep in a given syscall (so that a signal or an exec
 * lands at a fixed point, on a loaded machine too): the syscall a task is
 * asleep in, read from /proc/PID/stat (state S: not running, not in a
 * ptrace stop) and /proc/PID/syscall; -1 if it is not asleep in one. */
#pragma once

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static ssize_t read_proc(pid_t pid, const char* name, char* text, size_t size) {
  char path[64];
  snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, name);
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  ssize_t n = read(fd, text, size - 1);
  close(fd);
  if (n >= 0) text[n] = '\0';
  return n;
}

static long blocked_in(pid_t pid) {
  char text[512];
  if (read_proc(pid, "stat", text, sizeof(text)) <= 0) return -1;
  const char* state = strrchr(text, ')');
  if (state == NULL || state[1] != ' ' || state[2] != 'S') return -1;
  if (read_proc(pid, "syscall", text, sizeof(text)) <= 0 || text[0] < '0' || text[0] > '9') return -1;
  return strtol(text, NULL, 10);
}
