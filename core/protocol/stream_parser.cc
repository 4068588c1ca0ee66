#include "protocol/stream_parser.h"

#include <cstring>

#include "protocol/wire.h"

namespace geartrain {

char* StreamParser::Prepare(size_t min_room, size_t* room) {
  // Compact first so the buffer does not creep forward forever.
  if (start_ > 0) {
    if (start_ == end_) {
      start_ = end_ = 0;
    } else if (start_ >= cap_ / 2 || cap_ - end_ < min_room) {
      std::memmove(buf_.get(), buf_.get() + start_, end_ - start_);
      end_ -= start_;
      start_ = 0;
    }
  }
  if (cap_ - end_ < min_room) {
    // Grow geometrically, but never beyond what has arrived plus the requested
    // read size: the declared size is a promise, not a fact.
    size_t want = end_ + min_room;
    size_t grown = cap_ * 2;
    size_t cap = grown > want ? grown : want;
    std::unique_ptr<char[]> bigger(new char[cap]);
    if (end_ > start_) std::memcpy(bigger.get(), buf_.get() + start_, end_ - start_);
    end_ -= start_;
    start_ = 0;
    buf_ = std::move(bigger);
    cap_ = cap;
  }
  *room = cap_ - end_;
  return buf_.get() + end_;
}

void StreamParser::Append(const void* data, size_t n) {
  if (n == 0) return;  // memcpy into a never-allocated buffer would be UB
  size_t room;
  char* dst = Prepare(n, &room);
  std::memcpy(dst, data, n);
  Commit(n);
}

StreamParser::Result StreamParser::Fail(std::string code, std::string text, std::string log) {
  error_.code = std::move(code);
  error_.text = std::move(text);
  error_.log = std::move(log);
  return kError;
}

StreamParser::Result StreamParser::Next(Frame* frame) {
  if (!error_.log.empty()) return kError;
  if (start_ == end_) return kNeedMore;
  if (buf_.get()[start_] != '\0') return NextText(frame);
  return NextBinary(frame);
}

StreamParser::Result StreamParser::NextText(Frame* frame) {
  const char* base = buf_.get() + start_;
  size_t avail = end_ - start_;
  const void* nl = std::memchr(base + text_scanned_, '\n', avail - text_scanned_);
  if (nl == nullptr) {
    text_scanned_ = avail;
    if (avail > limits_.max_line) {
      return Fail("", "", "admin line longer than " + std::to_string(limits_.max_line) + " bytes");
    }
    return kNeedMore;
  }
  size_t len = static_cast<const char*>(nl) - base;
  if (len > limits_.max_line) {
    return Fail("", "", "admin line longer than " + std::to_string(limits_.max_line) + " bytes");
  }
  size_t consumed = len + 1;
  if (len > 0 && base[len - 1] == '\r') --len;
  *frame = Frame{};
  frame->is_text = true;
  frame->line = std::string_view(base, len);
  start_ += consumed;
  text_scanned_ = 0;
  return kFrame;
}

StreamParser::Result StreamParser::NextBinary(Frame* frame) {
  size_t avail = end_ - start_;
  if (avail < kHeaderSize) {
    wanted_ = kHeaderSize;
    return kNeedMore;
  }
  const unsigned char* h = reinterpret_cast<const unsigned char*>(buf_.get() + start_);
  Magic magic;
  if (std::memcmp(h, kRequestMagic, 4) == 0) {
    magic = Magic::kRequest;
  } else if (std::memcmp(h, kResponseMagic, 4) == 0) {
    magic = Magic::kResponse;
  } else {
    return Fail("", "", "bad packet magic");
  }
  uint32_t type = LoadBigEndian32(h + 4);
  uint32_t size = LoadBigEndian32(h + 8);
  if (!IsKnownPacketType(type)) {
    return Fail("", "", "unknown packet type " + std::to_string(type));
  }
  if (size > limits_.max_packet) {
    return Fail("ARGUMENT_TOO_LARGE",
                "Packet of " + std::to_string(size) + " bytes exceeds the server's maximum of " +
                    std::to_string(limits_.max_packet),
                "oversize packet (" + std::to_string(size) + " bytes) of type " +
                    std::string(PacketName(static_cast<PacketType>(type))));
  }
  wanted_ = kHeaderSize + size;
  if (avail < wanted_) return kNeedMore;

  *frame = Frame{};
  frame->magic = magic;
  frame->type = static_cast<PacketType>(type);
  frame->body = std::string_view(buf_.get() + start_ + kHeaderSize, size);
  start_ += wanted_;
  wanted_ = 0;
  if (!SplitFields(frame->type, frame->body, frame)) return kMalformed;
  return kFrame;
}

bool SplitFields(PacketType type, std::string_view body, Frame* frame) {
  const PacketSpec& spec = SpecOf(type);
  frame->field_count = spec.fields;
  frame->payload = {};
  if (spec.fields == 0) {
    // Zero-field types ignore any body; ECHO keeps all of it as payload.
    if (spec.has_payload) frame->payload = body;
    return true;
  }
  // Types with a payload terminate every field; the others leave the last
  // field unterminated (it runs to the end of the body).
  int terminated = spec.has_payload ? spec.fields : spec.fields - 1;
  size_t pos = 0;
  for (int i = 0; i < terminated; ++i) {
    size_t nul = body.find('\0', pos);
    if (nul == std::string_view::npos) return false;
    frame->field[i] = body.substr(pos, nul - pos);
    pos = nul + 1;
  }
  if (spec.has_payload) {
    frame->payload = body.substr(pos);
  } else {
    frame->field[spec.fields - 1] = body.substr(pos);
  }
  return true;
}

}  // namespace geartrain
