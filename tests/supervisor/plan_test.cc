// GearmanManager's discovery and process-count formula (gearmanmanager.md §3.2-3.3).
#include "supervisor/plan.h"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <map>

namespace geartrain {
namespace supervisor {
namespace {

class PlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/gt-plan-XXXXXX";
    dir_ = mkdtemp(tmpl);
    for (const char* f : {"Reverse_String", "Sum", "Fetch_Url"}) Touch(dir_ + "/" + f + ".php");
    Touch(dir_ + "/README.md");
    config_.worker_dirs = {dir_};
  }
  void TearDown() override { (void)!system(("rm -rf " + dir_).c_str()); }
  static void Touch(const std::string& path) { std::ofstream(path) << "<?php\n"; }

  // function -> number of processes registering it; also the slot count.
  std::map<std::string, int> Counts(size_t* slots = nullptr) {
    std::vector<WorkerFunction> fns;
    std::string error;
    EXPECT_TRUE(DiscoverFunctions(config_, &fns, &error)) << error;
    std::vector<WorkerSlot> plan;
    EXPECT_TRUE(BuildPlan(config_, fns, &plan, &error)) << error;
    std::map<std::string, int> counts;
    for (const WorkerSlot& s : plan) {
      for (const std::string& f : s.functions) ++counts[f];
    }
    if (slots != nullptr) *slots = plan.size();
    return counts;
  }

  std::string dir_;
  SupervisorConfig config_;
};

TEST_F(PlanTest, DiscoversPhpFilesByName) {
  std::vector<WorkerFunction> fns;
  std::string error;
  ASSERT_TRUE(DiscoverFunctions(config_, &fns, &error));
  ASSERT_EQ(fns.size(), 3u);
  EXPECT_EQ(fns[0].name, "Fetch_Url");
  EXPECT_EQ(fns[0].path, dir_ + "/Fetch_Url.php");
  config_.include = {"Sum", "Fetch_Url"};
  config_.exclude = {"Fetch_Url"};
  ASSERT_TRUE(DiscoverFunctions(config_, &fns, &error));
  ASSERT_EQ(fns.size(), 1u);
  EXPECT_EQ(fns[0].name, "Sum");
  config_.worker_dirs.push_back(dir_ + "/missing");
  EXPECT_FALSE(DiscoverFunctions(config_, &fns, &error));
  EXPECT_EQ(error, "worker_dir " + dir_ + "/missing is not a directory");
}

TEST_F(PlanTest, LaterDirWins) {
  std::string second = dir_ + "/second";
  mkdir(second.c_str(), 0755);
  Touch(second + "/Sum.php");
  config_.worker_dirs = {dir_, second};
  std::vector<WorkerFunction> fns;
  std::string error;
  ASSERT_TRUE(DiscoverFunctions(config_, &fns, &error));
  for (const auto& f : fns) {
    if (f.name == "Sum") EXPECT_EQ(f.path, second + "/Sum.php");
  }
}

TEST_F(PlanTest, CountZeroGivesEachFunctionOneDedicatedProcess) {
  size_t slots = 0;
  auto c = Counts(&slots);
  EXPECT_EQ(slots, 3u);
  EXPECT_EQ(c["Sum"], 1);
  EXPECT_EQ(c["Reverse_String"], 1);
}

TEST_F(PlanTest, CountNOnlyDoAllWorkers) {
  config_.count = 3;
  size_t slots = 0;
  auto c = Counts(&slots);
  EXPECT_EQ(slots, 3u);
  EXPECT_EQ(c["Sum"], 3);
  EXPECT_EQ(c["Fetch_Url"], 3);
}

// The case checked against GearmanManager itself (gearmanmanager.md §3.2):
// count=1, dedicated_count=1, Sum dedicated_only with dedicated_count=2,
// Fetch_Url excluded: 2 Reverse_String processes and 2 Sum processes.
TEST_F(PlanTest, VerifiedGearmanManagerCase) {
  config_.count = 1;
  config_.dedicated_count = 1;
  config_.exclude = {"Fetch_Url"};
  FunctionSettings sum;
  sum.dedicated_only = true;
  sum.dedicated_count = 2;
  config_.functions["Sum"] = sum;
  size_t slots = 0;
  auto c = Counts(&slots);
  EXPECT_EQ(c["Reverse_String"], 2);
  EXPECT_EQ(c["Sum"], 2);
  EXPECT_EQ(c.count("Fetch_Url"), 0u);
  EXPECT_EQ(slots, 4u);  // 1 do-all + 1 Reverse_String + 2 Sum
}

// GearmanManager's etc/config-advanced.ini, whose comment promises 21
// processes: 10 "do all" (without Sum), 5 Sum only, 5 fetch_url only and 1
// reverse_string only (count=10, dedicated_count=1; reverse_string count=3;
// Sum dedicated_only with dedicated_count=5; fetch_url count=15).
TEST_F(PlanTest, GearmanManagerAdvancedSampleGivesTwentyOne) {
  for (const char* f : {"Reverse_String", "Fetch_Url"}) unlink((dir_ + "/" + f + ".php").c_str());
  for (const char* f : {"reverse_string", "fetch_url"}) Touch(dir_ + "/" + f + ".php");
  config_.count = 10;
  config_.dedicated_count = 1;
  FunctionSettings rev, sum, fetch;
  rev.count = 3;
  sum.dedicated_only = true;
  sum.dedicated_count = 5;
  fetch.count = 15;
  config_.functions = {{"reverse_string", rev}, {"Sum", sum}, {"fetch_url", fetch}};
  size_t slots = 0;
  auto c = Counts(&slots);
  EXPECT_EQ(slots, 21u);
  EXPECT_EQ(c["reverse_string"], 11);  // 10 do-all + 1 of its own
  EXPECT_EQ(c["fetch_url"], 15);       // 10 do-all + 5
  EXPECT_EQ(c["Sum"], 5);
}

// GearmanManager's etc/config.ini: count=3 and reverse_string count=3 give
// three "do all" processes and nothing else.
TEST_F(PlanTest, GearmanManagerSimpleSample) {
  config_.count = 3;
  FunctionSettings rev;
  rev.count = 3;
  config_.functions = {{"Reverse_String", rev}};
  size_t slots = 0;
  auto c = Counts(&slots);
  EXPECT_EQ(slots, 3u);
  EXPECT_EQ(c["Reverse_String"], 3);
  EXPECT_EQ(c["Sum"], 3);
}

TEST_F(PlanTest, PerFunctionCountAndDedicatedCount) {
  config_.count = 2;
  FunctionSettings rev;
  rev.count = 5;  // min = max(5, 2) = 5: 3 more besides the 2 do-all
  config_.functions["Reverse_String"] = rev;
  FunctionSettings sum;
  sum.dedicated_count = 4;  // ded = 2 + 4 = 6
  config_.functions["Sum"] = sum;
  size_t slots = 0;
  auto c = Counts(&slots);
  EXPECT_EQ(c["Reverse_String"], 5);
  EXPECT_EQ(c["Sum"], 6);
  EXPECT_EQ(c["Fetch_Url"], 2);
  EXPECT_EQ(slots, 2u + 3u + 4u);
}

TEST_F(PlanTest, DedicatedOnlyWithoutCountIsAnError) {
  FunctionSettings sum;
  sum.dedicated_only = true;
  config_.functions["Sum"] = sum;
  std::vector<WorkerFunction> fns;
  std::vector<WorkerSlot> plan;
  std::string error;
  ASSERT_TRUE(DiscoverFunctions(config_, &fns, &error));
  EXPECT_FALSE(BuildPlan(config_, fns, &plan, &error));
  EXPECT_EQ(error, "function Sum is dedicated_only but has no dedicated_count");
}

TEST_F(PlanTest, PriorityOrdersRegistrationAndKeysAreStable) {
  config_.count = 2;
  FunctionSettings high;
  high.priority = 9;  // clamped to 5
  config_.functions["Sum"] = high;
  std::vector<WorkerFunction> fns;
  std::vector<WorkerSlot> plan;
  std::string error;
  ASSERT_TRUE(DiscoverFunctions(config_, &fns, &error));
  ASSERT_TRUE(BuildPlan(config_, fns, &plan, &error));
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0].functions.front(), "Sum");
  EXPECT_EQ(plan[0].key, "Sum,Fetch_Url,Reverse_String#0");
  EXPECT_EQ(plan[1].key, "Sum,Fetch_Url,Reverse_String#1");
  EXPECT_TRUE(plan[0].do_all);
}

}  // namespace
}  // namespace supervisor
}  // namespace geartrain
