#!/usr/bin/perl
# status_unique.pl HOST PORT UNIQUE : send one binary GET_STATUS_UNIQUE (41)
# and print the STATUS_RES_UNIQUE (42) fields after the unique, space
# separated: "known running numerator denominator clientcount".
# Used only to wait until N foreground clients are attached to a job (no
# client library here exposes the client count).
use strict;
use warnings;
use IO::Socket::INET;

my ($host, $port, $uniq) = @ARGV;
die "usage: status_unique.pl HOST PORT UNIQUE\n" unless defined $uniq;
my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port,
                              Proto => 'tcp', Timeout => 5)
  or die "status_unique.pl: connect: $!\n";
syswrite $s, pack('a4NN', "\0REQ", 41, length $uniq) . $uniq;

local $SIG{ALRM} = sub { die "status_unique.pl: timeout\n" };
alarm 5;
my $buf = '';
sub need { my $n = shift; while (length $buf < $n) { sysread($s, $buf, 65536, length $buf) or die "status_unique.pl: EOF\n" } }
need(12);
my ($magic, $type, $len) = unpack 'a4NN', $buf;
die "status_unique.pl: bad reply magic/type ($type)\n" unless $magic eq "\0RES" && $type == 42;
need(12 + $len);
my @f = split /\0/, substr($buf, 12, $len), -1;
shift @f;
print join(' ', @f), "\n";
