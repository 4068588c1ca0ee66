#!/usr/bin/env python3
"""Writes the seed corpora for the libFuzzer targets and the dictionary.

Contract: deterministic; rewrites tests/fuzz/corpus/parser_fuzz/*,
tests/fuzz/corpus/connection_fuzz/* and tests/fuzz/gearman.dict from scratch,
and (re)writes the reproducers listed in REGRESSIONS under
tests/fuzz/regressions/ (other files there are left alone).
The seed encodings mirror the input layouts documented at the top of
parser_fuzz.cc and in RunScript() of connection_fuzz.cc; change them together.
Run from anywhere: python3 tests/fuzz/make_seeds.py
"""
import os
import shutil
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

# Packet type numbers (protocol/packet_type.h).
T = dict(CAN_DO=1, CANT_DO=2, RESET_ABILITIES=3, PRE_SLEEP=4, NOOP=6, SUBMIT_JOB=7,
         JOB_CREATED=8, GRAB_JOB=9, NO_JOB=10, JOB_ASSIGN=11, WORK_STATUS=12,
         WORK_COMPLETE=13, WORK_FAIL=14, GET_STATUS=15, ECHO_REQ=16, ECHO_RES=17,
         SUBMIT_JOB_BG=18, ERROR=19, STATUS_RES=20, SUBMIT_JOB_HIGH=21, SET_CLIENT_ID=22,
         CAN_DO_TIMEOUT=23, ALL_YOURS=24, WORK_EXCEPTION=25, OPTION_REQ=26, OPTION_RES=27,
         WORK_DATA=28, WORK_WARNING=29, GRAB_JOB_UNIQ=30, JOB_ASSIGN_UNIQ=31,
         SUBMIT_JOB_HIGH_BG=32, SUBMIT_JOB_LOW=33, SUBMIT_JOB_LOW_BG=34, SUBMIT_JOB_SCHED=35,
         SUBMIT_JOB_EPOCH=36, SUBMIT_REDUCE_JOB=37, SUBMIT_REDUCE_JOB_BACKGROUND=38,
         GRAB_JOB_ALL=39, JOB_ASSIGN_ALL=40, GET_STATUS_UNIQUE=41, STATUS_RES_UNIQUE=42)


def pkt(type_name, body=b"", magic=b"\0REQ"):
    return magic + struct.pack(">II", T[type_name], len(body)) + body


# --- parser_fuzz: config byte, split count, splits, stream -------------------------

def parser_seed(config, splits, stream):
    return bytes([config, len(splits)]) + bytes(splits) + stream


STREAM = (pkt("SUBMIT_JOB", b"reverse\0u1\0hello") + b"status\r\n" +
          pkt("CAN_DO", b"reverse") + pkt("ECHO_REQ", b"ping") + pkt("GRAB_JOB") +
          b"show unique jobs\n" + pkt("WORK_STATUS", b"H:x:1\x001\x002") +
          pkt("SUBMIT_JOB_SCHED", b"f\0u\x001\x002\x003\x004\x005\0data") +
          pkt("SUBMIT_REDUCE_JOB", b"f\0u\0r\0a\0data") + pkt("JOB_ASSIGN_ALL", b"h\0f\0u\0r\0p",
                                                                  b"\0RES"))

PARSER_SEEDS = {
    "mixed_whole": parser_seed(0x0f, [], STREAM),
    "mixed_bytewise": parser_seed(0x4f, [1], STREAM),
    "mixed_splits": parser_seed(0x0f, [3, 0x85, 0, 17, 1], STREAM),
    "malformed_fields": parser_seed(0x0f, [5], pkt("SUBMIT_JOB", b"fn") + pkt("WORK_STATUS", b"h") +
                                    pkt("ECHO_REQ")),
    "oversize": parser_seed(0x04, [7], pkt("ECHO_REQ", b"0123456789abcdefXYZ")),
    "long_line": parser_seed(0x1f, [2], b"x" * 20 + b"\n"),
    "bad_magic": parser_seed(0x0f, [4], b"\0ABC" + struct.pack(">II", 16, 0)),
    "unknown_type": parser_seed(0x0f, [4], b"\0REQ" + struct.pack(">II", 99, 0)),
    "admin_words": parser_seed(0x0f, [9], b"  a  b c d e f  \nmaxqueue f 1 2 3\r\n\r\n"),
}

# --- connection_fuzz: a script of operations ---------------------------------------

(RAW, RAW_LONG, PACKET, ADMIN, WORK, SYNC, HALF_CLOSE, CLOSE, STORE_MODE, STORE_RELEASE, READING,
 FLOOD) = range(12)

# PacketTemplate numbers.
P = dict(SUBMIT_JOB=0, SUBMIT_JOB_BG=1, SUBMIT_JOB_HIGH=2, SUBMIT_JOB_HIGH_BG=3, SUBMIT_JOB_LOW=4,
         SUBMIT_JOB_LOW_BG=5, SUBMIT_REDUCE_JOB=6, SUBMIT_REDUCE_JOB_BACKGROUND=7,
         SUBMIT_JOB_EPOCH=8, SUBMIT_JOB_SCHED=9, CAN_DO=10, CAN_DO_TIMEOUT=11, CANT_DO=12,
         RESET_ABILITIES=13, PRE_SLEEP=14, GRAB_JOB=15, GRAB_JOB_UNIQ=16, GRAB_JOB_ALL=17,
         GET_STATUS=18, GET_STATUS_UNIQUE=19, OPTION_REQ=20, SET_CLIENT_ID=21, ECHO_REQ=22,
         NOOP=23, ALL_YOURS=24, UNUSED=25, JOB_CREATED=26, RES_MAGIC=27, MALFORMED=28,
         OVERSIZE=29, UNKNOWN_TYPE=30, BAD_MAGIC=31)
# AdminTemplate numbers.
A = dict(status=0, workers=1, prioritystatus=2, show_jobs=3, show_unique_jobs=4, version=5,
         getpid=6, verbose=7, maxqueue=8, cancel_job=9, create_function=10, drop_function=11,
         shutdown=12, shutdown_graceful=13, six_words=14, empty=15, STATUS_crlf=16, show=17,
         cancel=18, bogus=19)
# WorkTemplate numbers.
W = dict(WORK_STATUS=0, WORK_DATA=1, WORK_WARNING=2, WORK_COMPLETE=3, WORK_FAIL=5,
         WORK_EXCEPTION=6, WORK_FAIL_LONG=7)


def arg(fn=0, unique=0, payload=0, extra=0):
    """The argument byte: function, unique, payload and extra choice indexes."""
    return fn | unique << 2 | payload << 4 | extra << 6


def op(kind, client, *rest):
    return bytes([kind << 2 | client]) + bytes(rest)


def raw(client, data):
    assert len(data) < 256
    return op(RAW, client, len(data)) + data


def raw_long(client, data):
    return op(RAW_LONG, client, len(data) & 0xff, len(data) >> 8) + data


def packet(client, name, a=0):
    return op(PACKET, client, P[name], a)


def admin(client, name, a=0):
    return op(ADMIN, client, A[name], a)


def work(client, name, a=1):
    return op(WORK, client, W[name], a)


def sync(client):
    return op(SYNC, client)


CONNECTION_SEEDS = {
    # Worker sleeps, a client submits, the worker is woken, grabs and completes.
    "worker_roundtrip": b"".join([
        packet(0, "CAN_DO", arg(fn=0)), packet(0, "PRE_SLEEP"), sync(0),
        packet(1, "SUBMIT_JOB", arg(fn=0, unique=2, payload=1)), sync(1), sync(0),
        packet(0, "GRAB_JOB"), sync(0), work(0, "WORK_STATUS", 1), work(0, "WORK_DATA", 1 | 1 << 4),
        work(0, "WORK_COMPLETE", 1 | 2 << 4), sync(0), sync(1)]),
    # Background jobs, admin views, cancel, drop.
    "admin_views": b"".join([
        packet(1, "SUBMIT_JOB_BG", arg(fn=1, unique=2)), packet(1, "SUBMIT_JOB_HIGH_BG", arg(fn=1)),
        packet(1, "SUBMIT_JOB_LOW_BG", arg(fn=1, unique=1, payload=2)), sync(1),
        admin(2, "status"), admin(2, "prioritystatus"), admin(2, "workers"), admin(2, "show_jobs"),
        admin(2, "show_unique_jobs"), admin(2, "cancel_job", 0), admin(2, "maxqueue", arg(fn=1)),
        admin(2, "drop_function", arg(fn=1)), admin(2, "create_function", arg(fn=2)),
        admin(2, "version"), admin(2, "verbose"), admin(2, "getpid"), sync(2)]),
    # Raw packets and lines, as a client would send them.
    "raw_stream": b"".join([
        raw(0, pkt("ECHO_REQ", b"hello")), raw(0, b"status\n"),
        raw(1, pkt("CAN_DO", b"f") + pkt("GRAB_JOB")), raw(2, pkt("SUBMIT_JOB", b"f\0\0data")),
        sync(2), raw(1, pkt("GRAB_JOB_UNIQ")), sync(1),
        raw(3, pkt("OPTION_REQ", b"exceptions") + pkt("SET_CLIENT_ID", b"me") + b"workers\r\n"),
        sync(3)]),
    # Epoch jobs (past, near, far), a worker with GRAB_JOB_UNIQ.
    "epoch": b"".join([
        packet(0, "SUBMIT_JOB_EPOCH", arg(fn=0, extra=0)),
        packet(0, "SUBMIT_JOB_EPOCH", arg(fn=0, unique=2, extra=1)),
        packet(0, "SUBMIT_JOB_EPOCH", arg(fn=0, unique=3, extra=2)),
        packet(0, "SUBMIT_JOB_EPOCH", arg(fn=0, extra=3)), sync(0),
        packet(1, "CAN_DO", arg(fn=0)), packet(1, "GRAB_JOB_UNIQ"), sync(1),
        work(1, "WORK_COMPLETE", 1), packet(1, "GRAB_JOB_UNIQ"), sync(1)]),
    # A worker with a CAN_DO_TIMEOUT ability (the timer is armed and then
    # disarmed by the result; its expiry takes >= 1 s, too slow to fuzz).
    "can_do_timeout": b"".join([
        packet(0, "CAN_DO_TIMEOUT", arg(fn=1, extra=1)), packet(1, "SUBMIT_JOB", arg(fn=1)),
        sync(1), packet(0, "GRAB_JOB"), sync(0), work(0, "WORK_COMPLETE", 1),
        sync(0), sync(1)]),
    # Coalescing on a unique, foreground + background, exceptions opted in.
    "coalesce_exceptions": b"".join([
        packet(1, "OPTION_REQ", arg(extra=0)), packet(1, "SUBMIT_JOB", arg(fn=0, unique=2)),
        packet(2, "SUBMIT_JOB", arg(fn=0, unique=2)), packet(3, "SUBMIT_JOB_BG", arg(fn=0, unique=2)),
        packet(2, "SUBMIT_JOB", arg(fn=0, unique=1, payload=1)),
        packet(3, "SUBMIT_JOB", arg(fn=0, unique=1, payload=1)), sync(1), sync(2), sync(3),
        packet(0, "CAN_DO", arg(fn=0)), packet(0, "GRAB_JOB"), sync(0),
        work(0, "WORK_WARNING", 1 | 1 << 4), work(0, "WORK_EXCEPTION", 1 | 2 << 4), sync(0),
        packet(1, "GET_STATUS_UNIQUE", arg(unique=1)), packet(1, "GET_STATUS", 0), sync(1)]),
    # Reduce jobs and GRAB_JOB_ALL.
    "reduce": b"".join([
        packet(1, "SUBMIT_REDUCE_JOB", arg(fn=2, unique=3, payload=2, extra=1)),
        packet(1, "SUBMIT_REDUCE_JOB_BACKGROUND", arg(fn=2, extra=1)), sync(1),
        packet(0, "CAN_DO", arg(fn=2)), packet(0, "GRAB_JOB_ALL"), packet(0, "GRAB_JOB_ALL"),
        sync(0), work(0, "WORK_FAIL", 1), sync(0), sync(1)]),
    # Every way to break the framing, one per connection, then a good one.
    "framing_errors": b"".join([
        packet(0, "MALFORMED"), packet(0, "RES_MAGIC"), packet(0, "NOOP"), packet(0, "ALL_YOURS"),
        packet(0, "UNUSED"), packet(0, "SUBMIT_JOB_SCHED"), sync(0), packet(0, "OVERSIZE"),
        sync(0), packet(1, "UNKNOWN_TYPE"), sync(1), packet(2, "BAD_MAGIC"), sync(2),
        admin(3, "six_words"), sync(3), packet(3, "ECHO_REQ", arg(payload=3)), sync(3)]),
    # A worker vanishes (RST) holding a job; another picks it up; the client
    # half-closes while waiting.
    "worker_dies": b"".join([
        packet(0, "CAN_DO", arg(fn=0)), packet(1, "SUBMIT_JOB", arg(fn=0, unique=2)), sync(1),
        packet(0, "GRAB_JOB"), sync(0), op(CLOSE, 0, 1), packet(2, "CAN_DO", arg(fn=0)),
        packet(2, "PRE_SLEEP"), sync(2), packet(2, "GRAB_JOB"), sync(2), op(HALF_CLOSE, 1),
        work(2, "WORK_COMPLETE", 1), sync(2), packet(2, "CANT_DO", arg(fn=0)),
        packet(2, "RESET_ABILITIES"), sync(2)]),
    # Store acks held back: a foreground submit and a worker meet a job that
    # is not yet durable; then the store answers.
    "store_held": b"".join([
        op(STORE_MODE, 0, 1), packet(1, "SUBMIT_JOB_BG", arg(fn=0, unique=2)), sync(1),
        packet(2, "SUBMIT_JOB", arg(fn=0, unique=2)), packet(2, "GET_STATUS_UNIQUE", arg(unique=2)),
        packet(3, "CAN_DO", arg(fn=0)), packet(3, "GRAB_JOB"), sync(3), op(STORE_RELEASE, 0),
        sync(1), sync(2), packet(3, "GRAB_JOB"), sync(3), work(3, "WORK_COMPLETE", 1), sync(2)]),
    # A stream error after a background submit whose acknowledgement is
    # still held: the ERROR is written at once and the connection closed, so
    # JOB_CREATED comes after the ERROR (or never, if the store is slower).
    "store_held_then_error": b"".join([
        op(STORE_MODE, 0, 1), packet(1, "SUBMIT_JOB_BG", arg(fn=0, unique=2)),
        packet(1, "OVERSIZE"), sync(1), op(STORE_RELEASE, 0), admin(2, "show_jobs"), sync(2)]),
    # Every second store write fails.
    "store_fails": b"".join([
        op(STORE_MODE, 0, 2 << 1), packet(1, "SUBMIT_JOB_BG", arg(fn=0, unique=2)),
        packet(1, "SUBMIT_JOB_BG", arg(fn=0, unique=3)), packet(1, "SUBMIT_JOB_HIGH_BG", arg(fn=1)),
        packet(1, "SUBMIT_JOB_EPOCH", arg(fn=1, extra=2)), sync(1), admin(2, "show_jobs"),
        sync(2)]),
    # A client that stops reading while it asks for 40 MiB of echoes: the
    # server's output backs up past its high-water mark; others still served.
    "slow_reader": b"".join([
        op(READING, 0, 0), op(FLOOD, 0, 0xF1), packet(1, "ECHO_REQ", arg(payload=1)),
        sync(1), op(READING, 0, 1), sync(0)]),
    # A big raw packet split over several writes.
    "big_payload": raw_long(0, pkt("SUBMIT_JOB_BG", b"f\0\0" + b"z" * 2000)) + sync(0),
}

# Reproducers of core bugs found by fuzzing (replayed by scripts/fuzz.sh; each
# must pass once its bug is fixed).
REGRESSIONS = {
    "connection_fuzz": {
        # A background submit coalescing onto a queued foreground job gets
        # JOB_CREATED at once, before its store write is answered; the write
        # fails (every write does in this mode), and the job still counts as
        # stored: acknowledged but never durable.
        "stored_after_failed_write": b"".join([
            op(STORE_MODE, 0, 1 << 1), packet(1, "SUBMIT_JOB", arg(fn=0, unique=2)), sync(1),
            packet(2, "SUBMIT_JOB_BG", arg(fn=0, unique=2)), sync(2), op(CLOSE, 1, 0), sync(2)]),
    },
}

# --- dictionary -------------------------------------------------------------------


def dict_entry(name, data):
    esc = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "\\x%02x" % ord(c)
                  for c in data.decode("latin-1"))
    return '%s="%s"' % (name, esc)


def dictionary():
    lines = ["# Gearman protocol tokens for the geartrain fuzz targets (make_seeds.py).",
             dict_entry("magic_req", b"\0REQ"), dict_entry("magic_res", b"\0RES")]
    for name, num in sorted(T.items(), key=lambda kv: kv[1]):
        lines.append(dict_entry("hdr_" + name.lower(), b"\0REQ" + struct.pack(">I", num)))
    for name in ("JOB_CREATED", "JOB_ASSIGN", "ECHO_RES", "ERROR", "NOOP"):
        lines.append(dict_entry("res_" + name.lower(), b"\0RES" + struct.pack(">I", T[name])))
    for n in (0, 1, 2, 4, 8, 255, 1 << 20, (1 << 20) + 1, 0xffffffff):
        lines.append(dict_entry("size_%d" % n, struct.pack(">I", n)))
    for word in ("status", "workers", "prioritystatus", "show jobs", "show unique jobs", "version",
                 "getpid", "verbose", "maxqueue ", "cancel job ", "create function ",
                 "drop function ", "shutdown", "shutdown graceful", "exceptions", "H:fuzz:",
                 "H:fuzz:1", "reverse", "\r\n", "\n", " "):
        lines.append(dict_entry("w_" + "".join(c if c.isalnum() else "_" for c in word),
                                word.encode()))
    return "\n".join(lines) + "\n"


def write_dir(name, seeds):
    path = os.path.join(HERE, "corpus", name)
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    for seed_name, data in seeds.items():
        with open(os.path.join(path, seed_name), "wb") as f:
            f.write(data)


def main():
    write_dir("parser_fuzz", PARSER_SEEDS)
    write_dir("connection_fuzz", CONNECTION_SEEDS)
    for target, files in REGRESSIONS.items():
        path = os.path.join(HERE, "regressions", target)
        os.makedirs(path, exist_ok=True)
        for name, data in files.items():
            with open(os.path.join(path, name), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "gearman.dict"), "w") as f:
        f.write(dictionary())


if __name__ == "__main__":
    main()
