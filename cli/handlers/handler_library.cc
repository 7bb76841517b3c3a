// cli/handlers/handler_library.cc — see handler_library.h.
#include "cli/handlers/handler_library.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdlib.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "tracer/include/lzptrace/handler.h"

namespace lzp::cli {

uint32_t SpokenHandlerAbi() { return LZPTRACE_HANDLER_ABI; }

bool CheckHandlerLibrary(const std::string& path, std::string* absolute, std::string* error) {
  char resolved[PATH_MAX];
  if (realpath(path.c_str(), resolved) == nullptr) {
    *error = "Can't stat handler '" + path + "': " + std::strerror(errno);
    return false;
  }
  if (std::strchr(resolved, ':') != nullptr) {  // LD_AUDIT separates its libraries with ':'
    *error = "handler '" + path + "': a path with ':' cannot be given to the loader";
    return false;
  }
  void* library = dlopen(resolved, RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr) {
    const char* why = dlerror();
    *error = "Can't load handler '" + path + "': " + (why ? why : "unknown error");
    return false;
  }
  const auto* abi = static_cast<const uint32_t*>(dlsym(library, "lzptrace_handler_abi"));
  bool ok = abi != nullptr && *abi == SpokenHandlerAbi();
  if (abi == nullptr)
    *error = "'" + path + "' is not an lzptrace handler: it defines no lzptrace_handler_abi (see LZPTRACE_HANDLER in lzptrace/handler.h)";
  else if (!ok)
    *error = "handler '" + path + "' was built for handler ABI " + std::to_string(*abi) + ", this lzptrace speaks ABI " +
             std::to_string(SpokenHandlerAbi()) + ": rebuild it with this lzptrace's lzptrace/handler.h";
  dlclose(library);
  if (ok) *absolute = resolved;
  return ok;
}

std::string AuditLibraries(const std::string& interposer, const std::vector<std::string>& handlers) {
  std::string value = interposer;
  for (const std::string& handler : handlers) value += ":" + handler;
  return value;
}

}  // namespace lzp::cli
