// Net_Gearman_Connection's native side, as the other binding files use it.
//
// Contract:
// - Every Net_Gearman_Connection (and subclass) object carries a
//   GtConnectionState with a core client::Connection that owns the socket;
//   it exists from object creation, so a subclass that skips the parent
//   constructor still works. It is freed in free_obj.
// - After a successful connect, the public $socket property is a real PHP
//   \Socket on a dup() of the core's descriptor (socket_select() and the
//   sockets functions work on it); closing the connection closes both.
// - GtConnectionOpen() is connect(): close, parse "host[:port]" (also
//   "[v6]:port"), connect within timeout_ms without busy waiting, reset
//   $waiting and $serverVersion (fetched lazily). On failure it returns false
//   with a Net_Gearman_Exception pending ("Can't connect to server (...)").
// - GtConnectionUsable() is a real isConnected(): the socket is open and the
//   peer has not closed it (one poll(0)), so cached connections are
//   reconnected after a server restart.
// - GtConnectionSyncClosed() must be called after any core call that may have
//   closed the socket (a failed read or write): it closes $socket too.
#ifndef GEARTRAIN_PHP_EXT_CONNECTION_H_
#define GEARTRAIN_PHP_EXT_CONNECTION_H_

#include <deque>
#include <string>

#include "client/connection.h"
#include "php_geartrain.h"

struct GtConnectionState {
  geartrain::client::Connection core;
  // Packets read from the socket but not yet returned by read().
  std::deque<geartrain::client::Response> pending;
  // A failure met while reading, thrown once `pending` is empty.
  geartrain::client::Status pending_error;
  // A prefetching worker's GRAB_JOB_UNIQs whose answers (in `pending`, on
  // the socket, or not yet written: queued to ride on the next write) the
  // next doWork() must collect, oldest first.
  int grabs_outstanding = 0;
};

// NULL only for objects of other classes.
GtConnectionState* GtConnectionStateOf(zend_object* obj);

bool GtConnectionOpen(zend_object* obj, zend_string* host, double timeout_ms);
void GtConnectionCloseNative(zend_object* obj);
bool GtConnectionUsable(zend_object* obj);
void GtConnectionSyncClosed(zend_object* obj);

#endif  // GEARTRAIN_PHP_EXT_CONNECTION_H_
