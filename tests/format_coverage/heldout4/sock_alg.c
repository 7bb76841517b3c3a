// AF_ALG sockets: sockaddr_alg binds (known, unknown algorithm, bad type), ALG_SET_KEY and other SOL_ALG options, accept.
#include <linux/if_alg.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int s = socket(AF_ALG, SOCK_SEQPACKET, 0);
  struct sockaddr_alg a;
  memset(&a, 0, sizeof a);
  a.salg_family = AF_ALG;
  strcpy((char*)a.salg_type, "hash");
  strcpy((char*)a.salg_name, "nosuchalg-h4");
  bind(s, (struct sockaddr*)&a, sizeof a);
  strcpy((char*)a.salg_type, "nosuchtype");
  bind(s, (struct sockaddr*)&a, sizeof a);
  strcpy((char*)a.salg_type, "skcipher");
  strcpy((char*)a.salg_name, "cbc(aes)");
  a.salg_feat = 1;
  a.salg_mask = 0xffffffff;
  bind(s, (struct sockaddr*)&a, sizeof a);
  bind(s, (struct sockaddr*)&a, 10);
  setsockopt(s, SOL_ALG, ALG_SET_KEY, "0123456789abcdef", 16);
  setsockopt(s, SOL_ALG, ALG_SET_AEAD_AUTHSIZE, NULL, 16);
  setsockopt(s, SOL_ALG, 77, "x", 1);
  accept(s, NULL, NULL);
  socket(AF_ALG, SOCK_STREAM, 0);
  return 0;
}
