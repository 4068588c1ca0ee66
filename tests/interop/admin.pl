#!/usr/bin/perl
# admin.pl HOST PORT WORD... : send one admin text command (the words joined
# by spaces, "\n"-terminated) and print the reply exactly as received.
# Replies of the list commands (status, workers, prioritystatus, show ...)
# are read through their "." line; all others up to the first "\n".
# Used by the tests only to wait for server state (e.g. "worker registered");
# the formats themselves are checked through gearadmin in gearadmin_test.sh.
use strict;
use warnings;
use IO::Socket::INET;

my ($host, $port, @words) = @ARGV;
die "usage: admin.pl HOST PORT COMMAND...\n" unless defined $port && @words;
my $cmd  = join ' ', @words;
my $list = $cmd =~ /^(status|workers|prioritystatus|show\b)/i;

my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port,
                              Proto => 'tcp', Timeout => 5)
  or die "admin.pl: connect $host:$port: $!\n";
$s->autoflush(1);
print $s "$cmd\n";

my $out = '';
local $SIG{ALRM} = sub { print $out; die "admin.pl: timeout waiting for reply to '$cmd'\n" };
alarm 5;
while (defined(my $line = <$s>)) {
  $out .= $line;
  last unless $list;
  last if $line eq ".\n";
}
alarm 0;
print $out;
