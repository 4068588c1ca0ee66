// One decoded unit of the Gearman stream: a binary packet or an admin text line.
//
// Contract: a Frame holds views into the parser's buffer, never copies. The
// views stay valid until the owning StreamParser is asked for more room to read
// into (see stream_parser.h). Field i of a packet is `field[i]`; for types with
// a payload, `payload` is everything after the last terminated field.
#ifndef GEARTRAIN_CORE_PROTOCOL_FRAME_H_
#define GEARTRAIN_CORE_PROTOCOL_FRAME_H_

#include <array>
#include <cstdint>
#include <string_view>

#include "protocol/packet_type.h"

namespace geartrain {

// Which way a packet travels: `\0REQ` to the server, `\0RES` from it.
enum class Magic : uint8_t { kRequest, kResponse };

constexpr size_t kHeaderSize = 12;

struct Frame {
  bool is_text = false;      // an admin line (no binary header)
  std::string_view line;     // is_text: the line without its "\r\n" / "\n"
  Magic magic = Magic::kRequest;
  PacketType type = PacketType::kEchoReq;
  uint8_t field_count = 0;   // == SpecOf(type).fields
  std::array<std::string_view, kMaxFields> field{};
  std::string_view payload;  // only for types with a payload
  std::string_view body;     // the whole body, as received
};

}  // namespace geartrain

#endif  // GEARTRAIN_CORE_PROTOCOL_FRAME_H_
