#include "geartraind/options.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

namespace geartrain {
namespace {

ParseResult Parse(std::vector<std::string> args, DaemonOptions* o) {
  return ParseOptions(args, o);
}

TEST(Options, GearmandFlagsBothForms) {
  unsetenv("GEARMAND_PORT");
  DaemonOptions o;
  ParseResult r = Parse({"--port=4731", "-L", "127.0.0.1", "-P/tmp/p", "--log-file", "none",
                         "--verbose=INFO", "-d", "-t", "4", "-j", "3", "-w", "2", "-R",
                         "--exceptions", "--keepalive", "--keepalive-idle=10",
                         "--job-handle-prefix=X", "--hashtable-buckets=991", "-b", "64",
                         "--syslog", "--coredump"},
                        &o);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(o.server.port, 4731);
  EXPECT_EQ(o.server.listen_host, "127.0.0.1");
  EXPECT_EQ(o.pid_file, "/tmp/p");
  EXPECT_EQ(o.server.log_file, "none");
  EXPECT_EQ(o.server.verbose, LogLevel::kInfo);
  EXPECT_TRUE(o.daemon);
  EXPECT_EQ(o.server.job_retries, 3u);
  EXPECT_EQ(o.server.worker_wakeup, 2u);
  EXPECT_TRUE(o.server.round_robin);
  EXPECT_TRUE(o.server.exceptions);
  EXPECT_EQ(o.server.keepalive_idle, 10);
  EXPECT_EQ(o.server.handle_prefix, "X");
  EXPECT_EQ(o.server.backlog, 64);
}

TEST(Options, ErrorsAreOneLine) {
  struct Case {
    std::vector<std::string> args;
    std::string needle;
  } cases[] = {
      {{"--bogus"}, "unknown option '--bogus'"},
      {{"--verb=INFO"}, "unknown option '--verb'"},  // no abbreviations
      {{"--verbose=info"}, "unknown level 'info'"},  // uppercase only, as gearmand
      {{"-v"}, "-v is deprecated"},
      {{"--port=abc"}, "--port: 'abc' is not a number"},
      {{"--port=70000"}, "--port"},
      {{"positional"}, "unexpected argument 'positional'"},
      {{"--port"}, "--port needs a value"},
      {{"-q", "redis"}, "unknown queue type"},
      {{"--ssl"}, "TLS is not supported"},
      {{"-r", "http"}, "not supported"},
      {{"--daemon=yes"}, "takes no value"},
      {{"--config-file=/nonexistent/geartrain.conf"}, "cannot read"},
  };
  for (const Case& c : cases) {
    DaemonOptions o;
    ParseResult r = Parse(c.args, &o);
    EXPECT_FALSE(r.ok) << c.args[0];
    EXPECT_NE(r.error.find(c.needle), std::string::npos) << r.error;
    EXPECT_EQ(r.error.find('\n'), std::string::npos);
  }
}

TEST(Options, PortFromEnvironmentUnlessGiven) {
  setenv("GEARMAND_PORT", "4999", 1);
  DaemonOptions a;
  ASSERT_TRUE(Parse({}, &a).ok);
  EXPECT_EQ(a.server.port, 4999);
  DaemonOptions b;
  ASSERT_TRUE(Parse({"-p", "5000"}, &b).ok);
  EXPECT_EQ(b.server.port, 5000);
  unsetenv("GEARMAND_PORT");
}

TEST(Options, ConfigFileWords) {
  char path[] = "/tmp/geartrain-conf-XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  FILE* f = fdopen(fd, "w");
  fputs("--port=4800\n  --round-robin\n--verbose NOTICE\n", f);
  fclose(f);
  DaemonOptions o;
  ParseResult r = Parse({std::string("--config-file=") + path}, &o);
  remove(path);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(o.server.port, 4800);
  EXPECT_TRUE(o.server.round_robin);
  EXPECT_EQ(o.server.verbose, LogLevel::kNotice);
}

TEST(Options, CheckArgsHelpVersion) {
  DaemonOptions o;
  ASSERT_TRUE(Parse({"--check-args", "-h", "-V"}, &o).ok);
  EXPECT_TRUE(o.check_args);
  EXPECT_TRUE(o.show_help);
  EXPECT_TRUE(o.show_version);
  EXPECT_NE(UsageText().find("--job-retries"), std::string::npos);
}

}  // namespace
}  // namespace geartrain
