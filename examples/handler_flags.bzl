"""How --handler libraries are compiled and linked: freestanding, -nostdlib,
--no-undefined (a call into libc does not link), no DT_NEEDED libraries."""

HANDLER_COPTS = [
    "-fPIC",
    "-ffreestanding",
    "-fno-stack-protector",
    "-fno-tree-loop-distribute-patterns",
    "-fvisibility=hidden",
    "-O2",
]

HANDLER_LINKOPTS = [
    "-nostdlib",
    "-Wl,--as-needed",
    "-Wl,--no-undefined",
    "-Wl,-z,now",
    "-Wl,-z,noexecstack",
]
