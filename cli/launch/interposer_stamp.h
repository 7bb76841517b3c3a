// cli/launch/interposer_stamp.h — remembering that the extracted interposer
// file was checked byte for byte, so that the next start need not read it.
//
// Comparing the 1.1 MB file with the embedded copy cost ~0.4 ms of every
// start (both copies' pages faulted in and compared). After a successful
// comparison, a stamp next to the file (PATH.checked) records the file's
// device, inode, size and change time (ctime). A later start that finds the
// same five values skips the comparison. This is sound because the kernel
// sets ctime on every change of the file's bytes or metadata, and no
// process can set it back (short of setting the system clock); a replaced
// file has another inode or a later ctime. One hole remains: ctime's
// granularity (a clock tick), within which a second change would leave it
// as it was. So a file is stamped only once its ctime is at least two
// seconds old: any later change gets a later ctime. The stamp lives in the
// same private directory (ours, writable by no one else) and must itself be
// our own regular file.
#pragma once

#include <sys/stat.h>

#include <string>

namespace lzp::cli {

// Does PATH.checked record exactly this file (`st` from an fstat of it)?
bool StampMatches(const std::string& path, const struct stat& st);

// Records `st` in PATH.checked, the file having just matched byte for byte,
// if its ctime is old enough (see above); otherwise does nothing.
void WriteStamp(const std::string& path, const struct stat& st);

}  // namespace lzp::cli
