// Incremental parser for one Gearman connection's byte stream.
//
// Contract:
// - Bytes arrive in any split (one byte at a time works). Call Prepare() for
//   room, read into it, Commit() what was read, then call Next() until it stops
//   returning kFrame.
// - At the start of each unit, a first byte of 0x00 means a binary packet;
//   anything else is an admin text line ending in "\n" (an optional "\r" before
//   it is dropped). Text and binary can be mixed on one connection.
// - The declared body size is checked against Limits::max_packet *before* any
//   room is made for the body, so a header claiming 4 GiB costs nothing. Room
//   grows only as bytes really arrive.
// - Errors are final: after kError the stream cannot be resynchronised and the
//   connection should be closed (after sending `error.reply`, if it says so).
//   A body whose NUL-terminated fields are missing is *not* a stream error (the
//   size framed it); Next() returns kMalformed and the stream goes on.
// - Views in the returned Frame stay valid until the next Prepare().
// Not thread-safe; one parser per connection.
#ifndef GEARTRAIN_CORE_PROTOCOL_STREAM_PARSER_H_
#define GEARTRAIN_CORE_PROTOCOL_STREAM_PARSER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "protocol/frame.h"

namespace geartrain {

struct ParserLimits {
  uint32_t max_packet = 64u << 20;  // largest accepted body, bytes
  uint32_t max_line = 8192;         // longest admin line, bytes
};

// Why the stream cannot go on.
struct StreamError {
  // When non-empty, an ERROR packet with this code and text should be sent
  // before closing; when empty, close silently (what gearmand does for bad
  // magic and unknown types, so clients see the same thing).
  std::string code;
  std::string text;
  std::string log;  // for the server log
};

class StreamParser {
 public:
  enum Result { kNeedMore, kFrame, kMalformed, kError };

  explicit StreamParser(ParserLimits limits = {}) : limits_(limits) {}

  // Returns a writable area of at least `min_room` bytes at the end of the
  // buffered data. Invalidates views from earlier frames.
  char* Prepare(size_t min_room, size_t* room);
  // Marks `n` bytes of the area from Prepare() as filled.
  void Commit(size_t n) { end_ += n; }
  // Convenience for tests and clients: Prepare + copy + Commit.
  void Append(const void* data, size_t n);

  // Decodes the next complete unit into *frame.
  // kFrame: a unit is ready. kNeedMore: wait for bytes. kMalformed: a framed
  // packet whose fields do not match its type; *frame has magic/type/body set
  // and the packet has been skipped. kError: see error().
  Result Next(Frame* frame);

  const StreamError& error() const { return error_; }
  // Bytes received but not yet consumed.
  size_t buffered() const { return end_ - start_; }
  // Bytes the parser still needs to complete the unit it is in (0 if unknown).
  size_t wanted() const { return wanted_; }

 private:
  Result Fail(std::string code, std::string text, std::string log);
  Result NextText(Frame* frame);
  Result NextBinary(Frame* frame);

  ParserLimits limits_;
  // Raw storage: growing it must not zero-fill (a vector would), since big
  // payloads arrive through it.
  std::unique_ptr<char[]> buf_;
  size_t cap_ = 0;
  size_t start_ = 0;   // first unconsumed byte
  size_t end_ = 0;     // one past the last received byte
  size_t wanted_ = 0;  // total size of the unit at start_, once known
  size_t text_scanned_ = 0;  // bytes of the current line already searched
  StreamError error_;
};

// Splits a frame's body into the fields its type defines. Returns false if the
// body has fewer NUL-terminated fields than the type needs. Exposed for tests.
bool SplitFields(PacketType type, std::string_view body, Frame* frame);

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_PROTOCOL_STREAM_PARSER_H_
