// cli/decode/ioctl_evdev.h — the names of evdev requests whose number
// carries a length or an axis (<linux/input.h>): EVIOCGNAME(64),
// EVIOCGBIT(EV_KEY, 32), EVIOCGABS(ABS_X).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace lzp::cli {

std::optional<std::string> EvdevRequestName(uint32_t request);

}  // namespace lzp::cli
