// libFuzzer target: geartrain::StreamParser against arbitrary bytes in
// arbitrary splits, checked against an independent reference model.
//
// Contract: for any input this target either returns normally or aborts on a
// broken invariant (or a sanitizer report). Input layout:
//   byte 0      limits: bits 0-3 pick max_packet (1 << n bytes, 15 = 64 MiB),
//               bits 4-5 pick max_line (8192, 16, 1, 100), bit 6 makes every
//               feed go through Prepare/Commit with extra room instead of
//               Append.
//   byte 1      number of split sizes N (mod 32).
//   bytes 2..   N split sizes, used cyclically: size & 0x7f bytes are fed,
//               0 means "call Next() without feeding"; bit 7 asks for a
//               Prepare() of 64 KiB room before the copy.
//   the rest    the stream itself.
// After every feed Next() is called until kNeedMore or kError. Checked:
// - each result is what the reference model (below) predicts for the bytes
//   buffered so far: text lines, binary headers, limits, NUL-field layouts;
// - frame views point inside what was appended and hold exactly those bytes;
//   field_count == SpecOf(type).fields; fields and payload lie inside the body
//   and re-joined give the body back (SplitFields is AppendPacket's inverse);
// - buffered() always equals bytes appended minus bytes consumed;
// - wanted() names the size of an incomplete binary unit;
// - kError is final and only an oversize packet carries an ERROR code;
// - SplitAdminLine on every text line yields at most 5 space-free words that
//   are views into the line.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "protocol/admin_line.h"
#include "protocol/packet_type.h"
#include "protocol/stream_parser.h"
#include "protocol/wire.h"

namespace geartrain {
namespace {

[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "parser_fuzz invariant broken: %s\n", what);
  std::abort();
}

#define FUZZ_CHECK(cond)      \
  do {                        \
    if (!(cond)) Fail(#cond); \
  } while (0)

// What the reference model expects Next() to do with the unconsumed bytes.
struct Expected {
  StreamParser::Result result = StreamParser::kNeedMore;
  size_t consumed = 0;  // kFrame / kMalformed: size of the unit
  bool is_text = false;
  std::string_view line;  // text: without "\r\n" / "\n"
  Magic magic = Magic::kRequest;
  uint32_t type = 0;
  std::string_view body;
  bool error_has_code = false;
  size_t wanted = 0;  // kNeedMore on a binary unit: its full size, if known
};

// Does `body` hold enough NUL-terminated fields for `type`?
bool ReferenceFieldsOk(PacketType type, std::string_view body) {
  const PacketSpec& spec = SpecOf(type);
  if (spec.fields == 0) return true;
  int terminated = spec.has_payload ? spec.fields : spec.fields - 1;
  int nuls = 0;
  for (char c : body) nuls += (c == '\0');
  return nuls >= terminated;
}

Expected Reference(std::string_view rest, const ParserLimits& limits) {
  Expected e;
  if (rest.empty()) return e;
  if (rest[0] != '\0') {
    size_t nl = rest.find('\n');
    if (nl == std::string_view::npos) {
      if (rest.size() > limits.max_line) e.result = StreamParser::kError;
      return e;
    }
    if (nl > limits.max_line) {
      e.result = StreamParser::kError;
      return e;
    }
    e.result = StreamParser::kFrame;
    e.is_text = true;
    e.consumed = nl + 1;
    size_t len = nl;
    if (len > 0 && rest[len - 1] == '\r') --len;
    e.line = rest.substr(0, len);
    return e;
  }
  if (rest.size() < kHeaderSize) {
    e.wanted = kHeaderSize;
    return e;
  }
  if (rest.compare(0, 4, std::string_view("\0REQ", 4)) == 0) {
    e.magic = Magic::kRequest;
  } else if (rest.compare(0, 4, std::string_view("\0RES", 4)) == 0) {
    e.magic = Magic::kResponse;
  } else {
    e.result = StreamParser::kError;
    return e;
  }
  const unsigned char* h = reinterpret_cast<const unsigned char*>(rest.data());
  e.type = LoadBigEndian32(h + 4);
  uint32_t size = LoadBigEndian32(h + 8);
  if (e.type < 1 || e.type > 42) {
    e.result = StreamParser::kError;
    return e;
  }
  if (size > limits.max_packet) {
    e.result = StreamParser::kError;
    e.error_has_code = true;
    return e;
  }
  size_t total = kHeaderSize + size_t{size};
  if (rest.size() < total) {
    e.wanted = total;
    return e;
  }
  e.consumed = total;
  e.body = rest.substr(kHeaderSize, size);
  e.result = ReferenceFieldsOk(static_cast<PacketType>(e.type), e.body) ? StreamParser::kFrame
                                                                        : StreamParser::kMalformed;
  return e;
}

bool Inside(std::string_view inner, std::string_view outer) {
  if (inner.empty()) return true;  // an empty view may point anywhere
  return inner.data() >= outer.data() && inner.data() + inner.size() <= outer.data() + outer.size();
}

void CheckAdminLine(std::string_view line) {
  AdminLine l = SplitAdminLine(line);
  FUZZ_CHECK(l.argc >= 0 && l.argc <= kMaxAdminWords - 1);
  FUZZ_CHECK(Inside(l.command_raw, line));
  FUZZ_CHECK(l.command.size() == l.command_raw.size());
  FUZZ_CHECK(l.command_raw.find(' ') == std::string_view::npos);
  if (l.argc > 0) FUZZ_CHECK(!l.command_raw.empty());
  for (int i = 0; i < l.argc; ++i) {
    FUZZ_CHECK(!l.arg[i].empty());
    FUZZ_CHECK(Inside(l.arg[i], line));
    FUZZ_CHECK(l.arg[i].find(' ') == std::string_view::npos);
  }
  for (size_t i = 0; i < l.command.size(); ++i) {
    FUZZ_CHECK(EqualsIgnoreCase(l.command.substr(i, 1), l.command_raw.substr(i, 1)));
  }
}

void CheckBinaryFrame(const Frame& f, const Expected& e, bool malformed) {
  FUZZ_CHECK(!f.is_text);
  FUZZ_CHECK(f.magic == e.magic);
  FUZZ_CHECK(static_cast<uint32_t>(f.type) == e.type);
  FUZZ_CHECK(f.body.size() == e.body.size());
  FUZZ_CHECK(f.body == e.body);
  if (malformed) return;
  const PacketSpec& spec = SpecOf(f.type);
  FUZZ_CHECK(f.field_count == spec.fields);
  FUZZ_CHECK(f.field_count <= kMaxFields);
  for (int i = 0; i < f.field_count; ++i) FUZZ_CHECK(Inside(f.field[i], f.body));
  FUZZ_CHECK(Inside(f.payload, f.body));
  if (!spec.has_payload) FUZZ_CHECK(f.payload.empty());
  if (spec.fields == 0) {
    if (spec.has_payload) FUZZ_CHECK(f.payload == f.body);
    return;
  }
  // Re-join: fields separated by NULs (plus a NUL and the payload when the
  // type has one) must give back the whole body. Only the terminated fields
  // are NUL-free; an unterminated last field runs to the end of the body.
  int terminated = spec.has_payload ? spec.fields : spec.fields - 1;
  std::string joined;
  for (int i = 0; i < f.field_count; ++i) {
    if (i < terminated) FUZZ_CHECK(f.field[i].find('\0') == std::string_view::npos);
    joined.append(f.field[i]);
    if (i < terminated) joined.push_back('\0');
  }
  if (spec.has_payload) joined.append(f.payload);
  FUZZ_CHECK(joined == f.body);
}

class Driver {
 public:
  Driver(ParserLimits limits, bool use_prepare)
      : limits_(limits), parser_(limits), use_prepare_(use_prepare) {}

  // Feeds `data` (with an optional big Prepare first) and drains Next().
  // Returns false once the stream is in error.
  bool Feed(std::string_view data, bool big_prepare) {
    if (big_prepare) {
      size_t room = 0;
      char* p = parser_.Prepare(64 * 1024, &room);
      FUZZ_CHECK(p != nullptr);
      FUZZ_CHECK(room >= 64 * 1024);
    }
    if (use_prepare_) {
      if (!data.empty()) {
        size_t room = 0;
        char* dst = parser_.Prepare(data.size(), &room);
        FUZZ_CHECK(room >= data.size());
        std::memcpy(dst, data.data(), data.size());
        parser_.Commit(data.size());
      }
    } else {
      parser_.Append(data.data(), data.size());  // zero bytes included
    }
    stream_.append(data);
    FUZZ_CHECK(parser_.buffered() == stream_.size() - consumed_);
    return Drain();
  }

 private:
  bool Drain() {
    for (int guard = 0; guard < 1 << 20; ++guard) {
      std::string_view rest = std::string_view(stream_).substr(consumed_);
      Expected e = Reference(rest, limits_);
      Frame f;
      StreamParser::Result r = parser_.Next(&f);
      if (r != e.result) {
        std::fprintf(stderr, "Next() gave %d, reference %d, at offset %zu\n", r, e.result,
                     consumed_);
        Fail("Next() result differs from the reference model");
      }
      switch (r) {
        case StreamParser::kNeedMore:
          FUZZ_CHECK(parser_.buffered() == rest.size());
          if (e.wanted != 0) FUZZ_CHECK(parser_.wanted() == e.wanted);
          return true;
        case StreamParser::kError: {
          const StreamError& err = parser_.error();
          FUZZ_CHECK(!err.log.empty());
          FUZZ_CHECK(err.code.empty() != e.error_has_code);
          FUZZ_CHECK(err.code.empty() == err.text.empty());
          Frame again;
          FUZZ_CHECK(parser_.Next(&again) == StreamParser::kError);  // final
          return false;
        }
        case StreamParser::kFrame:
        case StreamParser::kMalformed: {
          // Views must point at the parser's copy of exactly these bytes.
          if (e.is_text) {
            FUZZ_CHECK(r == StreamParser::kFrame);
            FUZZ_CHECK(f.is_text);
            FUZZ_CHECK(f.line == e.line);
            FUZZ_CHECK(f.line.find('\n') == std::string_view::npos);
            CheckAdminLine(f.line);
          } else {
            CheckBinaryFrame(f, e, r == StreamParser::kMalformed);
          }
          consumed_ += e.consumed;
          FUZZ_CHECK(parser_.buffered() == stream_.size() - consumed_);
          break;
        }
      }
    }
    Fail("Next() returned frames forever");
  }

  ParserLimits limits_;
  StreamParser parser_;
  bool use_prepare_;
  std::string stream_;   // everything appended, for the reference model
  size_t consumed_ = 0;  // bytes of stream_ the parser has handed out
};

constexpr uint32_t kMaxLines[4] = {8192, 16, 1, 100};

}  // namespace
}  // namespace geartrain

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using geartrain::Driver;
  using geartrain::ParserLimits;
  if (size < 2) return 0;
  ParserLimits limits;
  unsigned shift = data[0] & 0x0f;
  limits.max_packet = shift == 15 ? 64u << 20 : 1u << shift;
  limits.max_line = geartrain::kMaxLines[(data[0] >> 4) & 3];
  bool use_prepare = (data[0] & 0x40) != 0;
  size_t nsplits = data[1] % 32;
  size_t pos = 2;
  if (size < pos + nsplits) return 0;
  const uint8_t* splits = data + pos;
  pos += nsplits;
  std::string_view stream(reinterpret_cast<const char*>(data + pos), size - pos);

  Driver driver(limits, use_prepare);
  size_t off = 0;
  size_t i = 0;
  size_t idle = 0;  // consecutive zero-size splits, so the loop always ends
  while (off < stream.size() && nsplits > 0 && idle < 64) {
    uint8_t s = splits[i++ % nsplits];
    size_t n = std::min<size_t>(s & 0x7f, stream.size() - off);
    idle = n == 0 ? idle + 1 : 0;
    if (!driver.Feed(stream.substr(off, n), (s & 0x80) != 0)) return 0;
    off += n;
  }
  driver.Feed(stream.substr(off), false);
  return 0;
}
