// Encoding Gearman packets: magic bytes, big-endian header, field layout.
//
// Contract: AppendPacket writes exactly one packet (12-byte header + body) to
// any sink with `Append(const void*, size_t)`. Fields are written with a NUL
// after each one except, for types without a payload, the last; for types with
// a payload the payload follows the last NUL. This is the inverse of
// SplitFields() in stream_parser.h. Pure; no allocation beyond the sink's.
#ifndef GEARTRAIN_CORE_PROTOCOL_WIRE_H_
#define GEARTRAIN_CORE_PROTOCOL_WIRE_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "protocol/frame.h"
#include "protocol/packet_type.h"

namespace geartrain {

inline constexpr char kRequestMagic[4] = {'\0', 'R', 'E', 'Q'};
inline constexpr char kResponseMagic[4] = {'\0', 'R', 'E', 'S'};

inline uint32_t LoadBigEndian32(const unsigned char* p) {
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

inline void StoreBigEndian32(uint32_t v, unsigned char* p) {
  p[0] = static_cast<unsigned char>(v >> 24);
  p[1] = static_cast<unsigned char>(v >> 16);
  p[2] = static_cast<unsigned char>(v >> 8);
  p[3] = static_cast<unsigned char>(v);
}

// Body size of a packet with these fields and payload, laid out per SpecOf(type).
inline size_t BodySize(PacketType type, std::initializer_list<std::string_view> fields,
                       std::string_view payload) {
  size_t n = 0;
  for (std::string_view f : fields) n += f.size() + 1;
  if (!SpecOf(type).has_payload && fields.size() > 0) n -= 1;  // last field unterminated
  return n + payload.size();
}

// REQUIRES: fields.size() == SpecOf(type).fields, and an empty payload for
// types without one.
template <typename Sink>
void AppendPacket(Sink* sink, Magic magic, PacketType type,
                  std::initializer_list<std::string_view> fields, std::string_view payload = {}) {
  unsigned char header[kHeaderSize];
  const char* m = magic == Magic::kRequest ? kRequestMagic : kResponseMagic;
  for (int i = 0; i < 4; ++i) header[i] = static_cast<unsigned char>(m[i]);
  StoreBigEndian32(static_cast<uint32_t>(type), header + 4);
  StoreBigEndian32(static_cast<uint32_t>(BodySize(type, fields, payload)), header + 8);
  sink->Append(header, kHeaderSize);
  const bool terminate_last = SpecOf(type).has_payload;
  size_t i = 0;
  for (std::string_view f : fields) {
    sink->Append(f.data(), f.size());
    if (++i < fields.size() || terminate_last) sink->Append("", 1);
  }
  if (!payload.empty()) sink->Append(payload.data(), payload.size());
}

// A bare 12-byte header with any magic, type and size, valid or not: for tests
// and fuzzers that need to send what a well-behaved encoder never would.
inline std::string RawHeader(std::string_view magic4, uint32_t type, uint32_t size) {
  std::string h(magic4.substr(0, 4));
  unsigned char b[8];
  StoreBigEndian32(type, b);
  StoreBigEndian32(size, b + 4);
  h.append(reinterpret_cast<char*>(b), 8);
  return h;
}

// A sink over std::string, for tests, clients and small replies.
struct StringSink {
  std::string* out;
  void Append(const void* data, size_t n) { out->append(static_cast<const char*>(data), n); }
};

// Returns one encoded packet as a string.
inline std::string EncodePacket(Magic magic, PacketType type,
                                std::initializer_list<std::string_view> fields,
                                std::string_view payload = {}) {
  std::string out;
  StringSink sink{&out};
  AppendPacket(&sink, magic, type, fields, payload);
  return out;
}

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_PROTOCOL_WIRE_H_
