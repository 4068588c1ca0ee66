// The SQLite queue store inside a real server: durability before
// JOB_CREATED, reply order, replay, modes, gearmand import, bad conditions.
#include "store/sqlite_store.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>
#include <fstream>

#include "harness.h"
#include "store/sqlite_schema.h"

namespace geartrain {
namespace testing {
namespace {

using namespace std::literals;
using PT = PacketType;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/geartrain-store-XXXXXX";
    dir_ = mkdtemp(tmpl);
    path_ = dir_ + "/queue.db";
  }
  void TearDown() override { (void)!system(("rm -rf " + dir_).c_str()); }

  std::unique_ptr<SqliteStore> OpenStore(StoreMode mode = StoreMode::kAckAfterCommit,
                                         int max_pages = 0) {
    SqliteStoreOptions o;
    o.path = path_;
    o.mode = mode;
    o.max_pages = max_pages;
    std::string error;
    auto s = SqliteStore::Open(o, &error);
    EXPECT_NE(s, nullptr) << error;
    return s;
  }
  // Rows in the table, read with a fresh connection (no server holds the lock).
  int RowCount() {
    sqlite3* db;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* st;
    int n = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM gearman_queue", -1, &st, nullptr) ==
        SQLITE_OK) {
      if (sqlite3_step(st) == SQLITE_ROW) n = sqlite3_column_int(st, 0);
      sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return n;
  }

  std::string dir_;
  std::string path_;
};

TEST_F(SqliteStoreTest, JobCreatedComesAfterCommitAndKeepsReplyOrder) {
  std::string h;
  {
    TestServer s({}, OpenStore());
    Conn c(s.port());
    // A durable submit, an ECHO and a second submit pipelined: the replies
    // come back in request order although the first waits for the disk.
    c.SendRaw(EncodePacket(Magic::kRequest, PT::kSubmitJobBg, {"f", ""}, "one") +
              EncodePacket(Magic::kRequest, PT::kEchoReq, {}, "between") +
              EncodePacket(Magic::kRequest, PT::kSubmitJobBg, {"f", ""}, "two"));
    h = c.Expect(PT::kJobCreated).body;
    EXPECT_EQ(c.Expect(PT::kEchoRes).payload, "between");
    c.Expect(PT::kJobCreated);
    Conn a(s.port());
    EXPECT_EQ(a.Admin("show jobs", ".\n").find(h + "\t0\t0\t1\n") != std::string::npos, true);
  }
  EXPECT_EQ(RowCount(), 2);
}

TEST_F(SqliteStoreTest, ReplayKeepsOrderPrioritiesHandlesReducerAndTime) {
  std::string h_low, h_high, h_reduce, h_epoch;
  time_t due = time(nullptr) + 3600;
  {
    TestServer s({}, OpenStore());
    Conn c(s.port());
    h_low = c.Submit(PT::kSubmitJobLowBg, "f", "", "low");
    c.Submit(PT::kSubmitJobBg, "f", "", "normal1");
    h_high = c.Submit(PT::kSubmitJobHighBg, "f", "", "high");
    c.Send(PT::kSubmitReduceJobBackground, {"f", "ru", "myreducer", ""}, "reduce");
    h_reduce = c.Expect(PT::kJobCreated).body;
    c.Send(PT::kSubmitJobEpoch, {"f", "", std::to_string(due)}, "later");
    h_epoch = c.Expect(PT::kJobCreated).body;
    c.Submit(PT::kSubmitJobBg, "f", "", "normal2");
  }
  TestServer s({}, OpenStore());
  Conn a(s.port()), w(s.port());
  std::string jobs = a.Admin("show jobs", ".\n");
  for (const std::string& h : {h_low, h_high, h_reduce, h_epoch}) {
    EXPECT_NE(jobs.find(h + "\t"), std::string::npos) << h << " missing after restart: " << jobs;
  }
  EXPECT_EQ(a.Admin("prioritystatus", ".\n"), "f\t1\t4\t1\t0\n.\n");
  w.CanDo("f");
  Packet p1 = w.Grab(PT::kGrabJobAll);
  EXPECT_EQ(p1.payload, "high");
  EXPECT_EQ(p1.fields[0], h_high);
  EXPECT_EQ(w.Grab(PT::kGrabJobAll).payload, "normal1");
  Packet r = w.Grab(PT::kGrabJobAll);
  EXPECT_EQ(r.type, PT::kJobAssignAll);
  EXPECT_EQ(r.body, h_reduce + "\0f\0ru\0myreducer\0reduce"s);
  EXPECT_EQ(w.Grab(PT::kGrabJobAll).payload, "normal2");
  EXPECT_EQ(w.Grab(PT::kGrabJobAll).payload, "low");
  w.Send(PT::kGrabJobAll, {});
  w.Expect(PT::kNoJob);  // the epoch job is still in the future
  // New jobs get ids after the replayed ones: no handle is reused.
  Conn c(s.port());
  std::string fresh = c.Submit(PT::kSubmitJobBg, "f", "", "new");
  EXPECT_EQ(jobs.find(fresh + "\t"), std::string::npos);
}

TEST_F(SqliteStoreTest, EmptyAndDashUniquesNeverOverwriteEachOther) {
  {
    TestServer s({}, OpenStore());
    Conn c(s.port());
    for (int i = 0; i < 3; ++i) c.Submit(PT::kSubmitJobBg, "f", "", "empty" + std::to_string(i));
    c.Submit(PT::kSubmitJobBg, "f", "-", "dash-a");
    c.Submit(PT::kSubmitJobBg, "f", "-", "dash-b");
  }
  EXPECT_EQ(RowCount(), 5);
  TestServer s({}, OpenStore());
  Conn w(s.port());
  w.CanDo("f");
  std::vector<std::string> got;
  for (int i = 0; i < 5; ++i) {
    Packet p = w.Grab();
    got.push_back(p.payload);
    w.Send(PT::kWorkComplete, {p.fields[0]}, "");
  }
  EXPECT_EQ(got, (std::vector<std::string>{"empty0", "empty1", "empty2", "dash-a", "dash-b"}));
  w.ExpectQuiet();
}

TEST_F(SqliteStoreTest, CompletedJobsAreRemoved) {
  {
    TestServer s({}, OpenStore());
    Conn c(s.port()), w(s.port());
    std::string h = c.Submit(PT::kSubmitJobBg, "f", "", "x");
    c.Submit(PT::kSubmitJobBg, "f", "", "y");
    w.CanDo("f");
    w.Grab();
    w.Send(PT::kWorkComplete, {h}, "");
    w.ExpectQuiet();
  }
  EXPECT_EQ(RowCount(), 1);
}

TEST_F(SqliteStoreTest, ForegroundJobsAreNotStoredUnlessABackgroundSubmitJoins) {
  {
    TestServer s({}, OpenStore());
    Conn c(s.port()), c2(s.port());
    c.Submit(PT::kSubmitJob, "f", "u1", "fg-only");
    c.Submit(PT::kSubmitJob, "f", "u2", "fg-then-bg");
    c2.Submit(PT::kSubmitJobBg, "f", "u2", "fg-then-bg");
    c2.ExpectQuiet();
  }
  EXPECT_EQ(RowCount(), 1);
}

TEST_F(SqliteStoreTest, WriteFailureIsQueueErrorAndServerGoesOn) {
  TestServer s({}, OpenStore(StoreMode::kAckAfterCommit, 8));
  Conn c(s.port()), bystander(s.port());
  std::string big(64 * 1024, 'x');
  bool refused = false;
  for (int i = 0; i < 20 && !refused; ++i) {
    c.Send(PT::kSubmitJobBg, {"f", ""}, big);
    Packet p = c.Read();
    if (p.type == PT::kError) {
      EXPECT_EQ(p.fields[0], "QUEUE_ERROR");
      refused = true;
    } else {
      EXPECT_EQ(PacketName(p.type), "JOB_CREATED");
    }
  }
  EXPECT_TRUE(refused) << "the page limit never made a write fail";
  bystander.ExpectQuiet();
  c.ExpectQuiet();
  // A refused job is not queued.
  Conn a(s.port());
  std::string status = a.Admin("status", ".\n");
  Conn w(s.port());
  w.CanDo("f");
  int grabbed = 0;
  for (;;) {
    w.Send(PT::kGrabJob, {});
    Packet p = w.Read();
    if (p.type == PT::kNoJob) break;
    ++grabbed;
    w.Send(PT::kWorkComplete, {p.fields[0]}, "");
  }
  EXPECT_EQ(status, "f\t" + std::to_string(grabbed) + "\t0\t0\n.\n");
}

TEST_F(SqliteStoreTest, AsyncModeAcknowledgesAtOnceAndStillStores) {
  {
    TestServer s({}, OpenStore(StoreMode::kAsync));
    Conn c(s.port());
    for (int i = 0; i < 100; ++i) c.Submit(PT::kSubmitJobBg, "f", "", std::to_string(i));
  }
  EXPECT_EQ(RowCount(), 100);  // written by the time the store closed
}

TEST_F(SqliteStoreTest, ShutdownOnlyWritesAtShutdownAndClearsOnReplay) {
  {
    TestServer s({}, OpenStore(StoreMode::kShutdownOnly));
    Conn c(s.port());
    c.Submit(PT::kSubmitJobBg, "f", "", "a");
    c.Submit(PT::kSubmitJobLowBg, "f", "", "b");
  }
  EXPECT_EQ(RowCount(), 2);
  {
    TestServer s({}, OpenStore(StoreMode::kShutdownOnly));
    Conn a(s.port());
    EXPECT_EQ(a.Admin("status", ".\n"), "f\t2\t0\t0\n.\n");
    s.server().Stop();
    s.WaitStopped(5000);
  }
  EXPECT_EQ(RowCount(), 2);  // written again at the second shutdown
}

TEST_F(SqliteStoreTest, ImportsGearmandTable) {
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE gearman_queue ( unique_key TEXT, function_name TEXT, "
                         "priority INTEGER, data BLOB, when_to_run INTEGER, PRIMARY KEY "
                         "(unique_key, function_name));"
                         "INSERT INTO gearman_queue VALUES ('u1','f',1,'first',0);"
                         "INSERT INTO gearman_queue VALUES ('u2','f',0,'urgent',0);"
                         "INSERT INTO gearman_queue VALUES ('u3','g',2,'other',0);",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto store = OpenStore();
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->imported_from_gearmand(), 3);
  TestServer s({}, std::move(store));
  Conn a(s.port()), w(s.port());
  EXPECT_EQ(a.Admin("prioritystatus", ".\n"), "f\t1\t1\t0\t0\ng\t0\t0\t1\t0\n.\n");
  EXPECT_EQ(a.Admin("show unique jobs", ".\n").size(), "u1\nu2\nu3\n.\n"s.size());
  w.CanDo("f");
  EXPECT_EQ(w.Grab().payload, "urgent");
  EXPECT_EQ(w.Grab().payload, "first");
}

TEST_F(SqliteStoreTest, BadConditionsAreOneLineErrors) {
  std::string error;
  SqliteStoreOptions o;
  o.path = dir_ + "/no/such/dir/queue.db";
  EXPECT_EQ(SqliteStore::Open(o, &error), nullptr);
  EXPECT_NE(error.find("cannot open"), std::string::npos) << error;

  o.path = dir_ + "/corrupt.db";
  std::ofstream(o.path) << std::string(8192, 'z');
  error.clear();
  EXPECT_EQ(SqliteStore::Open(o, &error), nullptr);
  EXPECT_NE(error.find("not a usable SQLite database"), std::string::npos) << error;

  o.path = path_;
  auto first = SqliteStore::Open(o, &error);
  ASSERT_NE(first, nullptr) << error;
  error.clear();
  EXPECT_EQ(SqliteStore::Open(o, &error), nullptr);
  EXPECT_NE(error.find("locked by another process"), std::string::npos) << error;

  for (const std::string& e : {error}) EXPECT_EQ(e.find('\n'), std::string::npos);
}

TEST_F(SqliteStoreTest, UnwritableFileIsAnError) {
  if (geteuid() == 0) GTEST_SKIP() << "root can write any file";
  { auto s = OpenStore(); }
  chmod(path_.c_str(), 0444);
  SqliteStoreOptions o;
  o.path = path_;
  std::string error;
  EXPECT_EQ(SqliteStore::Open(o, &error), nullptr);
  EXPECT_NE(error.find("not writable"), std::string::npos) << error;
}

}  // namespace
}  // namespace testing
}  // namespace geartrain
