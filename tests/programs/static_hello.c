/* Built statically: lzptrace cannot preload into it and must say so. */
#include <stdio.h>

int main(void) {
  printf("static hello\n");
  return 0;
}
