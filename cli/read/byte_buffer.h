// cli/read/byte_buffer.h — a growable byte buffer that is not zero-filled
// when it grows. The readers resize their copy buffer for every record or
// chunk (sizes differ from one to the next) and then overwrite all of it;
// std::vector<uint8_t>'s resize would first zero each new byte (5% of a
// replay's CPU, issue 12). The allocator constructs a byte by default
// initialisation, which leaves it as it is.
#pragma once

#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace lzp::cli {

template <typename T>
struct NoZeroFill : std::allocator<T> {
  template <typename U> struct rebind { using other = NoZeroFill<U>; };
  NoZeroFill() = default;
  template <typename U> NoZeroFill(const NoZeroFill<U>&) noexcept {}
  template <typename U> void construct(U* at) noexcept { ::new (static_cast<void*>(at)) U; }
  template <typename U, typename... Args> void construct(U* at, Args&&... args) {
    ::new (static_cast<void*>(at)) U(std::forward<Args>(args)...);
  }
};

using ByteBuffer = std::vector<uint8_t, NoZeroFill<uint8_t>>;

}  // namespace lzp::cli
