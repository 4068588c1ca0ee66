dnl config.m4 for the geartrain PHP extension (Net_Gearman_* classes,
dnl natively, on top of Geartrain's C++17 core). phpize runs from the repo
dnl root; sources are listed explicitly (no globs) so package.xml and the
dnl scripts/php_ext.sh check can keep the shipped file list in step.

PHP_ARG_ENABLE([geartrain],
  [whether to enable geartrain (native Net_Gearman) support],
  [AS_HELP_STRING([--enable-geartrain], [Enable geartrain support])],
  [no])

if test "$PHP_GEARTRAIN" != "no"; then
  PHP_REQUIRE_CXX()
  PHP_CXX_COMPILE_STDCXX(17, mandatory, GEARTRAIN_STDCXX)

  dnl The embedded server (Net_Gearman_Server) runs the core's libevent loop
  dnl and SQLite queue store.
  PKG_CHECK_MODULES([LIBEVENT], [libevent >= 2.0 libevent_pthreads >= 2.0])
  PKG_CHECK_MODULES([SQLITE3], [sqlite3 >= 3.7])
  PHP_EVAL_INCLINE([$LIBEVENT_CFLAGS $SQLITE3_CFLAGS])
  PHP_EVAL_LIBLINE([$LIBEVENT_LIBS $SQLITE3_LIBS], GEARTRAIN_SHARED_LIBADD)
  dnl Optional: io_uring batching of the embedded server's socket calls.
  dnl (A compiler flag rather than config.h: the core includes no PHP headers.)
  GEARTRAIN_URING_FLAGS=""
  PKG_CHECK_MODULES([LIBURING], [liburing >= 2.0],
    [PHP_EVAL_INCLINE([$LIBURING_CFLAGS])
     PHP_EVAL_LIBLINE([$LIBURING_LIBS], GEARTRAIN_SHARED_LIBADD)
     GEARTRAIN_URING_FLAGS="-DGEARTRAIN_HAVE_LIBURING=1"],
    [AC_MSG_NOTICE([liburing not found: the embedded server makes its socket calls one by one])])
  PHP_SUBST(GEARTRAIN_SHARED_LIBADD)

  PHP_NEW_EXTENSION(geartrain,
    core/client/admin_client.cc \
    core/client/connection.cc \
    core/client/server_address.cc \
    core/client/server_version.cc \
    core/client/task_runner.cc \
    core/client/worker_protocol.cc \
    core/geartraind/options.cc \
    core/geartraind/server_host.cc \
    core/protocol/admin_line.cc \
    core/protocol/packet_type.cc \
    core/protocol/stream_parser.cc \
    core/server/admin_commands.cc \
    core/server/io_batch.cc \
    core/server/job.cc \
    core/server/scheduler.cc \
    core/server/scheduler_packets.cc \
    core/server/server.cc \
    core/store/sqlite_schema.cc \
    core/store/sqlite_store.cc \
    core/supervisor/plan.cc \
    core/supervisor/process_supervisor.cc \
    core/supervisor/supervisor_log.cc \
    core/util/logger.cc \
    php_ext/client.cc \
    php_ext/connection.cc \
    php_ext/errors.cc \
    php_ext/geartrain.cc \
    php_ext/job.cc \
    php_ext/manager.cc \
    php_ext/gearman_server.cc \
    php_ext/server_options.cc \
    php_ext/set.cc \
    php_ext/supervisor.cc \
    php_ext/supervisor_config.cc \
    php_ext/task.cc \
    php_ext/worker.cc,
    $ext_shared,,
    [$GEARTRAIN_STDCXX $GEARTRAIN_URING_FLAGS -Wall -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -I@ext_srcdir@/core -I@ext_srcdir@/php_ext],
    cxx)

  PHP_ADD_EXTENSION_DEP(geartrain, spl)
  PHP_ADD_EXTENSION_DEP(geartrain, json)
  PHP_ADD_EXTENSION_DEP(geartrain, sockets)
  PHP_ADD_BUILD_DIR([$ext_builddir/core/client])
  PHP_ADD_BUILD_DIR([$ext_builddir/core/geartraind])
  PHP_ADD_BUILD_DIR([$ext_builddir/core/protocol])
  PHP_ADD_BUILD_DIR([$ext_builddir/core/server])
  PHP_ADD_BUILD_DIR([$ext_builddir/core/store])
  PHP_ADD_BUILD_DIR([$ext_builddir/core/supervisor])
  PHP_ADD_BUILD_DIR([$ext_builddir/core/util])
  PHP_ADD_BUILD_DIR([$ext_builddir/php_ext])
  PHP_ADD_INCLUDE([$ext_srcdir])
fi
