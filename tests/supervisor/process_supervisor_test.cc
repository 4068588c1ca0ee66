// Process care with real forked children. The children's behaviour is chosen
// by their (only) function name; they never return into GoogleTest.
#include "supervisor/process_supervisor.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>

namespace geartrain {
namespace supervisor {
namespace {

using Clock = ProcessSupervisor::Clock;
using std::chrono::milliseconds;
using std::chrono::seconds;

volatile sig_atomic_t g_term = 0;
void OnTerm(int) { g_term = 1; }

// What a child does, by name:
//   idle:  waits for SIGTERM, then exits 0 (a worker between jobs)
//   crash: exits 3 at once
//   segv:  dies of SIGSEGV
//   deaf:  ignores SIGTERM (a worker stuck in a job)
//   hog:   touches 64 MiB, then behaves as idle
[[noreturn]] void ChildMain(const WorkerSlot& slot) {
  const std::string& what = slot.functions.at(0);
  struct sigaction sa = {};
  sa.sa_handler = what == "deaf" ? SIG_IGN : &OnTerm;
  sigaction(SIGTERM, &sa, nullptr);
  ProcessSupervisor::UnblockSignals();
  if (what == "crash") _exit(3);
  if (what == "segv") {
    signal(SIGSEGV, SIG_DFL);
    raise(SIGSEGV);
  }
  if (what == "hog") {
    size_t n = 64u << 20;
    char* p = static_cast<char*>(malloc(n));
    memset(p, 1, n);
  }
  auto give_up = Clock::now() + seconds(30);  // never outlive the test
  while (!g_term && Clock::now() < give_up) usleep(10000);
  _exit(0);
}

WorkerSlot Slot(const std::string& fn, int index = 0) {
  WorkerSlot s;
  s.functions = {fn};
  s.key = fn + "#" + std::to_string(index);
  return s;
}

class ProcessSupervisorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/gt-sup-XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::string error;
    ASSERT_TRUE(log_.Open(dir_ + "/log", 5, &error)) << error;
    config_.worker_initial_spawn_splay_us = 0;
    config_.graceful_shutdown_wait_time = 5;
    config_.worker_dirs = {dir_};
  }
  void TearDown() override { (void)!system(("rm -rf " + dir_).c_str()); }

  // Runs the loop for `d`; a child never comes back from here.
  ProcessSupervisor::Outcome RunFor(ProcessSupervisor* s, Clock::duration d,
                                    std::set<std::string>* changed = nullptr) {
    WorkerSlot assignment;
    std::set<std::string> ignored;
    auto outcome = s->Run(&assignment, changed ? changed : &ignored, Clock::now() + d);
    if (outcome == ProcessSupervisor::Outcome::kChild) ChildMain(assignment);
    return outcome;
  }
  // Runs until `cond` holds (or 10 s pass).
  bool RunUntil(ProcessSupervisor* s, const std::function<bool()>& cond) {
    auto give_up = Clock::now() + seconds(10);
    while (!cond()) {
      if (Clock::now() > give_up) return false;
      auto o = RunFor(s, milliseconds(20));
      if (o != ProcessSupervisor::Outcome::kTimeout) return cond();
    }
    return true;
  }
  std::string Log() {
    std::ifstream in(dir_ + "/log");
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  static pid_t PidOf(ProcessSupervisor* s, const std::string& key) {
    for (const auto& i : s->Slots()) {
      if (i.key == key) return i.pid;
    }
    return -1;
  }
  static int RestartsOf(ProcessSupervisor* s, const std::string& key) {
    for (const auto& i : s->Slots()) {
      if (i.key == key) return i.restarts;
    }
    return -1;
  }
  // Stops everything (SIGTERM to ourselves, read through the signalfd).
  void Stop(ProcessSupervisor* s) {
    kill(getpid(), SIGTERM);
    auto give_up = Clock::now() + seconds(15);
    while (Clock::now() < give_up) {
      if (RunFor(s, milliseconds(100)) == ProcessSupervisor::Outcome::kStopped) return;
    }
    ADD_FAILURE() << "supervisor did not stop";
  }

  std::string dir_;
  SupervisorLog log_;
  SupervisorConfig config_;
};

TEST_F(ProcessSupervisorTest, KilledChildComesBackAndTheSignalIsReported) {
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("idle")}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return PidOf(&s, "idle#0") > 0; }));
  pid_t first = PidOf(&s, "idle#0");
  kill(first, SIGKILL);
  ASSERT_TRUE(RunUntil(&s, [&] { return PidOf(&s, "idle#0") > 0 && PidOf(&s, "idle#0") != first; }));
  EXPECT_EQ(RestartsOf(&s, "idle#0"), 1);
  EXPECT_NE(Log().find("(idle) was killed by SIGKILL"), std::string::npos) << Log();
  Stop(&s);
}

TEST_F(ProcessSupervisorTest, CrashLoopBacksOff) {
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("crash")}, {}, false);
  // Restarts at 0, +1 s, +2 s (then +4 s): in 2.5 s at most 3 starts.
  auto end = Clock::now() + milliseconds(2500);
  while (Clock::now() < end) RunFor(&s, milliseconds(50));
  int restarts = RestartsOf(&s, "crash#0");
  EXPECT_GE(restarts, 2);
  EXPECT_LE(restarts, 3);
  std::string log = Log();
  EXPECT_NE(log.find("(crash) exited with code 3"), std::string::npos) << log;
  EXPECT_NE(log.find("restarting in 2 s"), std::string::npos) << log;
  Stop(&s);
}

TEST_F(ProcessSupervisorTest, SegfaultIsNotACleanExit) {
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("segv")}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return RestartsOf(&s, "segv#0") >= 1; }));
  EXPECT_NE(Log().find("(segv) was killed by SIGSEGV"), std::string::npos) << Log();
  Stop(&s);
}

TEST_F(ProcessSupervisorTest, IdleShutdownIsQuick) {
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("idle", 0), Slot("idle", 1), Slot("idle", 2)}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return s.running_children() == 3; }));
  auto t = Clock::now();
  Stop(&s);
  EXPECT_LT(Clock::now() - t, seconds(2));
  EXPECT_EQ(s.running_children(), 0u);
}

TEST_F(ProcessSupervisorTest, StuckChildIsKilledAfterTheGraceTime) {
  config_.graceful_shutdown_wait_time = 1;
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("deaf")}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return s.running_children() == 1; }));
  auto t = Clock::now();
  Stop(&s);
  EXPECT_GE(Clock::now() - t, milliseconds(900));
  EXPECT_LT(Clock::now() - t, seconds(4));
  EXPECT_NE(Log().find("killing them"), std::string::npos);
}

TEST_F(ProcessSupervisorTest, NewPlanGrowsShrinksAndRolls) {
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("idle", 0), Slot("idle", 1)}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return s.running_children() == 2; }));
  pid_t kept = PidOf(&s, "idle#0");
  // Shrink to one and add another kind; nothing rolls.
  s.SetPlan({Slot("idle", 0), Slot("hog", 0)}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return s.running_children() == 2 && PidOf(&s, "hog#0") > 0; }));
  EXPECT_EQ(PidOf(&s, "idle#0"), kept);
  EXPECT_EQ(s.Slots().size(), 2u);
  // A rolling restart (SIGHUP's): every child is replaced.
  s.SetPlan({Slot("idle", 0), Slot("hog", 0)}, {}, true);
  ASSERT_TRUE(RunUntil(&s, [&] { return PidOf(&s, "idle#0") > 0 && PidOf(&s, "idle#0") != kept; }));
  Stop(&s);
}

TEST_F(ProcessSupervisorTest, SighupAsksForAReload) {
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("idle")}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return s.running_children() == 1; }));
  kill(getpid(), SIGHUP);
  ProcessSupervisor::Outcome o = ProcessSupervisor::Outcome::kTimeout;
  for (int i = 0; i < 50 && o == ProcessSupervisor::Outcome::kTimeout; ++i) o = RunFor(&s, milliseconds(20));
  EXPECT_EQ(o, ProcessSupervisor::Outcome::kReload);
  EXPECT_EQ(s.running_children(), 1u);  // children keep running meanwhile
  Stop(&s);
}

TEST_F(ProcessSupervisorTest, AutoUpdateReportsChangedWorkerFiles) {
  config_.auto_update = true;
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("idle")}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return s.running_children() == 1; }));
  std::ofstream(dir_ + "/New_Function.php") << "<?php\n";
  std::ofstream(dir_ + "/notes.txt") << "ignored\n";
  std::set<std::string> changed;
  ProcessSupervisor::Outcome o = ProcessSupervisor::Outcome::kTimeout;
  for (int i = 0; i < 100 && o == ProcessSupervisor::Outcome::kTimeout; ++i) {
    o = RunFor(&s, milliseconds(20), &changed);
  }
  EXPECT_EQ(o, ProcessSupervisor::Outcome::kReload);
  EXPECT_EQ(changed, std::set<std::string>{"New_Function"});
  Stop(&s);
}

TEST_F(ProcessSupervisorTest, MemoryLimitRestartsTheChild) {
  config_.worker_memory_limit = 32ll << 20;
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("hog")}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return RestartsOf(&s, "hog#0") >= 1; }));
  EXPECT_NE(Log().find("worker_memory_limit 32 MiB"), std::string::npos) << Log();
  Stop(&s);
}

TEST_F(ProcessSupervisorTest, StatusOnSigusr1) {
  ProcessSupervisor s(config_, &log_);
  s.SetPlan({Slot("idle")}, {}, false);
  ASSERT_TRUE(RunUntil(&s, [&] { return s.running_children() == 1; }));
  kill(getpid(), SIGUSR1);
  RunUntil(&s, [&] { return Log().find("Status:") != std::string::npos; });
  EXPECT_NE(Log().find("idle: pid "), std::string::npos) << Log();
  Stop(&s);
}

TEST(DescribeExit, CodesAndSignals) {
  EXPECT_EQ(DescribeExit(3 << 8), "exited with code 3");
  EXPECT_EQ(DescribeExit(SIGKILL), "was killed by SIGKILL");
  EXPECT_EQ(DescribeExit(SIGSEGV | 0x80), "was killed by SIGSEGV (core dumped)");
}

}  // namespace
}  // namespace supervisor
}  // namespace geartrain
