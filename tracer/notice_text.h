// tracer/notice_text.h — building a notice's text without stdio: strings,
// decimal numbers and syscall names appended into a fixed buffer (what does
// not fit is dropped). The names come from the table the CLI writes into
// the ring (protocol.h InjectPokes::name); without one, "syscall N".
#pragma once

#include <cstdint>

#include "tracer/process.h"
#include "tracer/protocol.h"

namespace lzp {

class NoticeText {
 public:
  NoticeText& Put(const char* s) {
    while (*s != '\0' && length_ < sizeof(text_) - 1) text_[length_++] = *s++;
    return *this;
  }
  NoticeText& Put(uint64_t n) {
    char digits[24];
    int count = 0;
    do digits[count++] = static_cast<char>('0' + n % 10); while ((n /= 10) != 0);
    while (count > 0 && length_ < sizeof(text_) - 1) text_[length_++] = digits[--count];
    return *this;
  }
  NoticeText& PutSyscall(uint64_t nr) {
    const auto* names = reinterpret_cast<const proto::InjectPokes*>(reinterpret_cast<const uint8_t*>(g_process.ring) +
                                                                    proto::kInjectPokesOffset);
    uint16_t at = nr < 512 ? names->name[nr] : 0;
    if (at == 0 || at >= sizeof(names->bytes)) return Put("syscall ").Put(nr);
    for (uint32_t i = at; i < sizeof(names->bytes) && names->bytes[i] != '\0' && length_ < sizeof(text_) - 1; ++i)
      text_[length_++] = static_cast<char>(names->bytes[i]);
    return *this;
  }
  const char* Text() {
    text_[length_] = '\0';
    return text_;
  }

 private:
  char text_[300];
  uint32_t length_ = 0;
};

}  // namespace lzp
