// tests/interposer_stamp_test.cc — cli/launch/interposer_stamp.h: a stamp
// stands for exactly the file it was written for, and is written only for a
// file whose change time is settled.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <string>

#include <gtest/gtest.h>

#include "tests/test_support.h"

#include "cli/launch/interposer_stamp.h"

namespace lzp::cli {
namespace {

class InterposerStamp : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::TempPath("stamp");
    ASSERT_EQ(mkdir(dir_.c_str(), 0755), 0);
    path_ = dir_ + "/liblzptrace-test.so";
    ASSERT_EQ(stat(dir_.c_str(), &st_), 0);  // any real values; the ctime is made old below
    st_.st_ctim.tv_sec = std::time(nullptr) - 3600;
  }
  void TearDown() override {
    unlink((path_ + ".checked").c_str());
    rmdir(dir_.c_str());
  }
  std::string dir_, path_;
  struct stat st_;
};

TEST_F(InterposerStamp, MatchesOnlyTheFileItWasWrittenFor) {
  EXPECT_FALSE(StampMatches(path_, st_));  // none yet
  WriteStamp(path_, st_);
  EXPECT_TRUE(StampMatches(path_, st_));
  struct stat changed = st_;
  changed.st_ctim.tv_nsec += 1;  // changed since (bytes or metadata)
  EXPECT_FALSE(StampMatches(path_, changed));
  changed = st_;
  changed.st_ino += 1;  // replaced by another file
  EXPECT_FALSE(StampMatches(path_, changed));
  changed = st_;
  changed.st_size += 1;
  EXPECT_FALSE(StampMatches(path_, changed));
}

TEST_F(InterposerStamp, NotWrittenForAFileChangedMomentsAgo) {
  struct stat fresh = st_;
  fresh.st_ctim.tv_sec = std::time(nullptr);  // a change in this clock tick could be followed by another
  WriteStamp(path_, fresh);
  EXPECT_FALSE(StampMatches(path_, fresh));
  EXPECT_NE(access((path_ + ".checked").c_str(), F_OK), 0);
}

TEST_F(InterposerStamp, AStampOthersCouldWriteOrALinkIsIgnored) {
  WriteStamp(path_, st_);
  ASSERT_TRUE(StampMatches(path_, st_));
  ASSERT_EQ(chmod((path_ + ".checked").c_str(), 0666), 0);
  EXPECT_FALSE(StampMatches(path_, st_));
  ASSERT_EQ(chmod((path_ + ".checked").c_str(), 0444), 0);
  std::string moved = dir_ + "/elsewhere";
  ASSERT_EQ(rename((path_ + ".checked").c_str(), moved.c_str()), 0);
  ASSERT_EQ(symlink(moved.c_str(), (path_ + ".checked").c_str()), 0);
  EXPECT_FALSE(StampMatches(path_, st_));
  unlink(moved.c_str());
}

}  // namespace
}  // namespace lzp::cli
