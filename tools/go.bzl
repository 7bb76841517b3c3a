# go_program: a Go program built with Debian's toolchain (/usr/bin/go, which
# ./bazelw installs), offline (standard library only, no modules), into
# NAME.bin. cgo = "1" links it dynamically when it uses a package with cgo
# (net, os/user), so the loader starts lzptrace's interposer; cgo = "0"
# makes a static binary, into which the companion's injector starts it.
# HOME, GOCACHE and GOPATH are fresh temporary directories each time, so the
# build touches nothing outside Bazel's output.
def go_program(name, src, cgo):
    native.genrule(
        name = name,
        srcs = [src],
        outs = [name + ".bin"],
        cmd = ("export HOME=$$(mktemp -d) GOCACHE=$$(mktemp -d) GOPATH=$$(mktemp -d) GOFLAGS=-mod=mod GO111MODULE=off; " +
               "CGO_ENABLED=" + cgo + " /usr/bin/go build -o $@ $< && rm -rf $$HOME $$GOCACHE $$GOPATH"),
        local = True,
    )
