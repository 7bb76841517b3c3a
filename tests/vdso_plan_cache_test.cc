// tests/vdso_plan_cache_test.cc — cli/launch/vdso_plan_cache.h: a kept vDSO
// plan is the plan PlanVdsoHooks makes, and a kept file that is not exactly
// such a plan is never used.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tests/test_support.h"

#include "cli/launch/vdso_plan.h"
#include "cli/launch/vdso_plan_cache.h"

namespace lzp::cli {
namespace {

class KeptVdsoPlan : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::TempPath("vdso-plans");
    ASSERT_EQ(mkdir(dir_.c_str(), 0755), 0);
    ASSERT_EQ(PlanVdsoHooks(&fresh_), "");  // (no kept plan: made here)
    ASSERT_GT(fresh_.count, 0u);
  }
  void TearDown() override {
    for (const std::string& f : Files()) unlink((dir_ + "/" + f).c_str());
    rmdir(dir_.c_str());
  }
  std::vector<std::string> Files() const {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir_.c_str())) {
      while (dirent* e = readdir(d))
        if (e->d_name[0] != '.') names.push_back(e->d_name);
      closedir(d);
    }
    return names;
  }
  std::string dir_;
  proto::VdsoPlan fresh_;
};

TEST_F(KeptVdsoPlan, TheKeptPlanIsTheMadeOne) {
  proto::VdsoPlan first, second;
  EXPECT_FALSE(LoadKeptVdsoPlan(dir_, fresh_.image_size, fresh_.image_hash, &first));
  ASSERT_EQ(PlanVdsoHooks(&first, dir_), "");
  ASSERT_EQ(Files().size(), 1u);
  EXPECT_EQ(Files()[0].rfind("vdso-plan-", 0), 0u);
  EXPECT_TRUE(LoadKeptVdsoPlan(dir_, fresh_.image_size, fresh_.image_hash, &second));
  EXPECT_EQ(std::memcmp(&first, &fresh_, sizeof(fresh_)), 0);
  EXPECT_EQ(std::memcmp(&second, &fresh_, sizeof(fresh_)), 0);
  // Another vDSO (size or bytes) finds nothing.
  EXPECT_FALSE(LoadKeptVdsoPlan(dir_, fresh_.image_size + 4096, fresh_.image_hash, &second));
  EXPECT_FALSE(LoadKeptVdsoPlan(dir_, fresh_.image_size, fresh_.image_hash + 1, &second));
}

TEST_F(KeptVdsoPlan, AKeptFileThatIsNotAPlanIsIgnored) {
  proto::VdsoPlan plan;
  ASSERT_EQ(PlanVdsoHooks(&plan, dir_), "");
  ASSERT_EQ(Files().size(), 1u);
  const std::string kept = dir_ + "/" + Files()[0];
  auto rewrite = [&](const void* bytes, size_t size, mode_t mode) {
    unlink(kept.c_str());
    int fd = open(kept.c_str(), O_WRONLY | O_CREAT | O_EXCL, mode);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(write(fd, bytes, size), static_cast<ssize_t>(size));
    close(fd);
    chmod(kept.c_str(), mode);
  };
  proto::VdsoPlan odd = fresh_;
  odd.count = 99;  // more hooks than a plan has
  rewrite(&odd, sizeof(odd), 0444);
  EXPECT_FALSE(LoadKeptVdsoPlan(dir_, fresh_.image_size, fresh_.image_hash, &plan));
  rewrite(&fresh_, sizeof(fresh_) - 1, 0444);  // cut short
  EXPECT_FALSE(LoadKeptVdsoPlan(dir_, fresh_.image_size, fresh_.image_hash, &plan));
  rewrite(&fresh_, sizeof(fresh_), 0666);  // others could have written it
  EXPECT_FALSE(LoadKeptVdsoPlan(dir_, fresh_.image_size, fresh_.image_hash, &plan));
  // After each of those PlanVdsoHooks made the plan again; kept as it should
  // be, the file is taken, and it is the plan made.
  rewrite(&fresh_, sizeof(fresh_), 0444);
  ASSERT_TRUE(LoadKeptVdsoPlan(dir_, fresh_.image_size, fresh_.image_hash, &plan));
  ASSERT_EQ(PlanVdsoHooks(&plan, dir_), "");
  EXPECT_EQ(std::memcmp(&plan, &fresh_, sizeof(fresh_)), 0);
}

}  // namespace
}  // namespace lzp::cli
