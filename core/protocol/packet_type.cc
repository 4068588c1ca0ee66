#include "protocol/packet_type.h"

namespace geartrain {
namespace {

// Indexed by type number; entry 0 is the TEXT pseudo-type and never used.
// Field counts follow gearmand 1.1.20's libgearman/command.cc, which is what
// deployed clients and workers were tested against.
constexpr PacketSpec kSpecs[kMaxPacketType + 1] = {
    {"TEXT", 0, false},
    {"CAN_DO", 1, false},
    {"CANT_DO", 1, false},
    {"RESET_ABILITIES", 0, false},
    {"PRE_SLEEP", 0, false},
    {"UNUSED", 0, false},
    {"NOOP", 0, false},
    {"SUBMIT_JOB", 2, true},
    {"JOB_CREATED", 1, false},
    {"GRAB_JOB", 0, false},
    {"NO_JOB", 0, false},
    {"JOB_ASSIGN", 2, true},
    {"WORK_STATUS", 3, false},
    {"WORK_COMPLETE", 1, true},
    {"WORK_FAIL", 1, false},
    {"GET_STATUS", 1, false},
    {"ECHO_REQ", 0, true},
    {"ECHO_RES", 0, true},
    {"SUBMIT_JOB_BG", 2, true},
    {"ERROR", 2, false},
    {"STATUS_RES", 5, false},
    {"SUBMIT_JOB_HIGH", 2, true},
    {"SET_CLIENT_ID", 1, false},
    {"CAN_DO_TIMEOUT", 2, false},
    {"ALL_YOURS", 0, false},
    {"WORK_EXCEPTION", 1, true},
    {"OPTION_REQ", 1, false},
    {"OPTION_RES", 1, false},
    {"WORK_DATA", 1, true},
    {"WORK_WARNING", 1, true},
    {"GRAB_JOB_UNIQ", 0, false},
    {"JOB_ASSIGN_UNIQ", 3, true},
    {"SUBMIT_JOB_HIGH_BG", 2, true},
    {"SUBMIT_JOB_LOW", 2, true},
    {"SUBMIT_JOB_LOW_BG", 2, true},
    {"SUBMIT_JOB_SCHED", 7, true},
    {"SUBMIT_JOB_EPOCH", 3, true},
    {"SUBMIT_REDUCE_JOB", 4, true},
    {"SUBMIT_REDUCE_JOB_BACKGROUND", 4, true},
    {"GRAB_JOB_ALL", 0, false},
    {"JOB_ASSIGN_ALL", 4, true},
    {"GET_STATUS_UNIQUE", 1, false},
    {"STATUS_RES_UNIQUE", 6, false},
};

}  // namespace

const PacketSpec& SpecOf(PacketType type) { return kSpecs[static_cast<uint32_t>(type)]; }

}  // namespace geartrain
