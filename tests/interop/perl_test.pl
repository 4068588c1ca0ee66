#!/usr/bin/perl
# Perl Gearman::Client / Gearman::Worker (2.004.015, pure Perl; GRAB_JOB and
# empty uniques by default) against the server. Workers run in forked
# children.
#
#   with_server.sh <geartrain|gearmand> perl perl_test.pl
#
# Covers: do_task (all priorities), dispatch_background (empty and explicit
# uniques), Gearman::Taskset with on_complete/on_fail/on_status/on_data/
# on_warning, get_status while queued/running/after, get_job_server_status,
# Gearman::Worker register_function + work(stop_if), a worker returning
# undef (WORK_FAIL) and a worker that dies (WORK_EXCEPTION then WORK_FAIL),
# with and without the client's exceptions option.
use strict;
use warnings;
use Gearman::Client;
use Gearman::Worker;
use Gearman::Taskset;
use File::Temp qw(tempdir);
use POSIX ();
use Storable ();
use Time::HiRes qw(time sleep);

my $H    = $ENV{GEARMAN_HOST} or die "GEARMAN_HOST not set: run me through with_server.sh\n";
my $P    = $ENV{GEARMAN_PORT} or die "GEARMAN_PORT not set\n";
my $KIND = $ENV{GEARTRAIN_SERVER_KIND} || 'unknown';
my $JS   = "$H:$P";
my $TMP  = tempdir('interop-perl.XXXXXX', TMPDIR => 1, CLEANUP => 1);
$| = 1;

# ------------------------------------------------------------ tiny harness
my ($passed, $failed) = (0, 0);
sub ok_ { $passed++; print "ok - $_[0]\n" }
sub not_ok { my $n = shift; $failed++; print "FAIL - $n\n"; print "#   $_\n" for @_ }
sub check { my ($n, $c, @d) = @_; $c ? ok_($n) : not_ok($n, @d) }
sub show { my $v = shift; defined $v ? (ref $v eq 'ARRAY' ? '[' . join(', ', map { show($_) } @$v) . ']' : "'$v'") : 'undef' }
sub expect_eq {
  my ($n, $want, $got) = @_;
  my ($w, $g) = (show($want), show($got));
  $w eq $g ? ok_($n) : not_ok($n, "want: $w", "got:  $g");
}
sub wait_for {
  my ($secs, $cond) = @_;
  my $until = time + $secs;
  while (time < $until) { return 1 if $cond->(); sleep 0.05 }
  return $cond->() ? 1 : 0;
}
sub slurp_lines { my $f = shift; open(my $fh, '<', $f) or return []; chomp(my @l = <$fh>); return \@l }
sub append_line { my ($f, $l) = @_; open(my $fh, '>>', $f) or die "$f: $!"; print $fh "$l\n"; close $fh }

# ---------------------------------------------------------- worker children
my @children;
END {
  # Only the parent cleans up (children leave with POSIX::_exit). waitpid
  # sets $?, which is the exit status being returned: keep it.
  my $status = $?;
  for my $pid (@children) { kill 'TERM', $pid }
  for my $pid (@children) { waitpid $pid, 0 }
  $? = $status;
}

# start_worker(\%functions, %work_opts) : fork a Gearman::Worker child.
sub start_worker {
  my ($funcs, %opts) = @_;
  my $parent = $$;
  my $pid = fork();
  die "fork: $!" unless defined $pid;
  if ($pid == 0) {
    my $status = 0;
    eval {
      my $w = Gearman::Worker->new(job_servers => [$JS]);
      $w->register_function($_ => $funcs->{$_}) for sort keys %$funcs;
      my $deadline = time + 50;
      my $stop = $opts{stop_if} || sub { 0 };
      $w->work(stop_if => sub { $stop->(@_) || time > $deadline || getppid() != $parent });
      1;
    } or do {
      print STDERR "# worker $$ died: $@";
      $status = 3;
    };
    POSIX::_exit($status);
  }
  push @children, $pid;
  return $pid;
}

my $admin = Gearman::Client->new(job_servers => [$JS]);
sub fstatus {    # {queued, running, capable} for a function, from `status`
  my $f = shift;
  my $st = $admin->get_job_server_status;
  return $st->{$JS}{$f} || {queued => 0, running => 0, capable => 0};
}
sub registered { my @f = @_; return sub { !grep { fstatus($_)->{capable} < 1 } @f } }

# ------------------------------------------------------------ main worker
my $rec  = "$TMP/record.txt";
my %main = (
  p_rev    => sub { scalar reverse $_[0]->arg },
  p_echo   => sub { $_[0]->arg },
  p_undef  => sub { undef },
  p_record => sub { append_line($rec, $_[0]->arg); 'recorded' },
  p_status => sub { my $j = shift; $j->set_status(1, 2); $j->set_status(2, 2); 'st:' . $j->arg },
  p_gated  => sub {
    my $j = shift;
    $j->set_status(1, 4);
    my $until = time + 20;
    sleep 0.01 while !-e $j->arg && time < $until;
    -e $j->arg ? 'opened' : 'gate timeout';
  },
);
start_worker(\%main);
check('worker registered its functions (get_job_server_status)',
      wait_for(15, registered(keys %main)));

my $c = Gearman::Client->new(job_servers => [$JS]);

# ---------------------------------------------------------------- do_task
my $r = $c->do_task(p_rev => 'abc', {timeout => 10});
expect_eq('do_task result', 'cba', $r ? $$r : undef);
$r = $c->do_task(p_rev => 'high', {priority => 'high', timeout => 10});
expect_eq('do_task priority high', 'hgih', $r ? $$r : undef);
$r = $c->do_task(p_rev => 'low', {priority => 'low', timeout => 10});
expect_eq('do_task priority low', 'wol', $r ? $$r : undef);
my $all = join '', map { chr } 0 .. 255;
$r = $c->do_task(p_echo => $all, {timeout => 10});
check('do_task binary payload (bytes 0..255) round trip', $r && $$r eq $all);
my $big = join '', map { pack 'N', int rand 2**32 } 1 .. (2 << 20);    # 8 MiB
$r = $c->do_task(p_echo => $big, {timeout => 40});
check('do_task 8 MiB payload round trip', $r && $$r eq $big, 'got ' . ($r ? length $$r : 'undef') . ' bytes');
undef $big;

my $fail_reason;
$r = $c->do_task(p_undef => 'x', {timeout => 10, on_fail => sub { $fail_reason = shift // 'no reason' }});
expect_eq('do_task: worker returning undef -> do_task returns undef', undef, $r);
check('do_task: worker returning undef -> on_fail', defined $fail_reason, 'on_fail not called');
check('do_task: on_fail was not the client-side timeout', defined $fail_reason && $fail_reason !~ /timeout/,
      'reason: ' . show($fail_reason));

# ------------------------------------------------------ dispatch_background
my $h = $c->dispatch_background(p_record => 'bg-1');
check('dispatch_background returns "host:port//handle"', defined $h && $h =~ m{^\Q$H\E:\d+//\S+$}, show($h));
check('background job ran', wait_for(10, sub { grep { $_ eq 'bg-1' } @{slurp_lines($rec)} }));

# Perl sends an EMPTY unique by default, even for background jobs: empty
# uniques must never coalesce (two identical submissions = two jobs).
my @eh = map { $c->dispatch_background(p_nobody => 'same payload') } 1 .. 2;
check('empty-unique background jobs: two distinct handles',
      defined $eh[0] && defined $eh[1] && $eh[0] ne $eh[1], show(\@eh));
expect_eq('empty-unique background jobs: both queued', 2, fstatus('p_nobody')->{queued});
my @rh = map { $c->dispatch_background(p_record => 'dup') } 1 .. 2;
check('empty-unique background jobs: both ran',
      wait_for(10, sub { 2 == grep { $_ eq 'dup' } @{slurp_lines($rec)} }), show(slurp_lines($rec)));
# An explicit uniq coalesces.
my @uh = map { $c->dispatch_background(p_nobody => "u$_", {uniq => 'perl-uq'}) } 1 .. 2;
expect_eq('same uniq -> same handle', $uh[0], $uh[1]);
expect_eq('same uniq -> one more job', 3, fstatus('p_nobody')->{queued});

# ------------------------------------------------------------- get_status
my $st = $c->get_status($eh[0]);
check('get_status of a queued job: known, not running',
      $st && $st->known && !$st->running, show($st ? [@$st] : undef));
my $gate = "$TMP/gate";
my $hg = $c->dispatch_background(p_gated => $gate);
check('get_status while running: known, running, 1/4', wait_for(10, sub {
  $st = $c->get_status($hg);
  $st && $st->known && $st->running && ($st->progress // [])->[0] == 1 && $st->progress->[1] == 4;
}), 'last: ' . show($st ? [@$st] : undef));
expect_eq('get_status percent while running', 0.25, $st ? $st->percent : undef);
open(my $gfh, '>', $gate) or die; close $gfh;
check('get_status after completion: not known', wait_for(10, sub {
  $st = $c->get_status($hg);
  $st && !$st->known && !$st->running;
}), 'last: ' . show($st ? [@$st] : undef));
my $unknown = $c->get_status("$H:$P//H:no-such:4242");
check('get_status of an unknown handle: not known', $unknown && !$unknown->known);

# ---------------------------------------------------------------- Taskset
my %ev;
my $ts = $c->new_task_set;
for my $spec (['p_rev', 'one'], ['p_rev', 'two'], ['p_status', 'x'], ['p_undef', 'u']) {
  my ($f, $a) = @$spec;
  my $k = "$f:$a";
  $ts->add_task($f => $a, {
    on_complete => sub { push @{$ev{$k}}, 'complete:' . ${$_[0]} },
    on_fail     => sub { push @{$ev{$k}}, 'fail' },
    on_status   => sub { push @{$ev{$k}}, "status:$_[0]/$_[1]" },
  });
}
$ts->wait(timeout => 20);
expect_eq('taskset: p_rev one', ['complete:eno'], $ev{'p_rev:one'});
expect_eq('taskset: p_rev two', ['complete:owt'], $ev{'p_rev:two'});
expect_eq('taskset: p_status reports 1/2, 2/2 then completes',
          ['status:1/2', 'status:2/2', 'complete:st:x'], $ev{'p_status:x'});
expect_eq('taskset: worker returning undef -> on_fail', ['fail'], $ev{'p_undef:u'});

# --------------------------------------------------- worker that dies
# Gearman::Worker answers a die with WORK_EXCEPTION (frozen error) followed
# by WORK_FAIL. Each case gets its own worker child: gearmand answers the
# second packet with ERROR JOB_NOT_FOUND, which makes Gearman::Worker die
# (see docs/compat.md).
my %die = (p_die => sub { die "perl died\n" });

# Without the exceptions option the client must get a plain WORK_FAIL.
my $dpid = start_worker(\%die);
check('die worker registered', wait_for(15, registered('p_die')));
my ($dfail, $dexc) = (0, 0);
my $dts = Gearman::Client->new(job_servers => [$JS])->new_task_set;
$dts->add_task(p_die => 'x', {on_fail => sub { $dfail++ }, on_exception => sub { $dexc++ },
                              on_complete => sub { $dfail += 100 }});
my $ok = eval { $dts->wait(timeout => 10); 1 };
my $err = $@;
if ($KIND eq 'gearmand') {
  # gearmand 1.1.20 sends WORK_FAIL "H\0"; Gearman::Client croaks "Got
  # work_fail for unknown handle" (shared docs protocol.md §1.3 row 25).
  check('gearmand: dying worker -> client croaks on WORK_FAIL "H\\0" (protocol.md §1.3 row 25)',
        !$ok && $err =~ /work_fail for unknown handle/, "ok=" . show($ok) . " err=$err");
} else {
  check('dying worker, client without exceptions: wait returns normally', $ok, "died: $err");
  expect_eq('dying worker, client without exceptions: on_fail once, no exception callback', [1, 0], [$dfail, $dexc]);
  # geartraind accepts the WORK_FAIL that follows the worker's own
  # WORK_EXCEPTION silently (docs/compat.md), so the same worker process
  # lives on and serves the next job.
  my $again = 0;
  my $ats = Gearman::Client->new(job_servers => [$JS])->new_task_set;
  $ats->add_task(p_die => 'again', {on_fail => sub { $again++ }});
  my $aok = eval { $ats->wait(timeout => 10); 1 };
  check('dying worker survives its exception and serves the next job', $aok && $again == 1,
        "ok=" . show($aok) . " fails=$again err=$@");
  check('dying worker process still alive', kill(0, $dpid) == 1);
}
kill 'TERM', $dpid;
waitpid $dpid, 0;
@children = grep { $_ != $dpid } @children;
check('die worker gone', wait_for(10, sub { fstatus('p_die')->{capable} == 0 }));

# With the exceptions option the client gets the worker's WORK_EXCEPTION.
$dpid = start_worker(\%die);
check('second die worker registered', wait_for(15, registered('p_die')));
my @exc;
($dfail, $dexc) = (0, 0);
my $ec = Gearman::Client->new(job_servers => [$JS], exceptions => 1);
my $ets = $ec->new_task_set;
$ets->add_task(p_die => 'y', {on_fail => sub { $dfail++ }, on_exception => sub { push @exc, $_[0] },
                              on_complete => sub { $dfail += 100 }});
$ok = eval { $ets->wait(timeout => 10); 1 };
check('exceptions client: wait returns normally', $ok, "died: $@");
# The worker sends nfreeze(\$error) as the exception payload; Gearman::Client
# hands those bytes to on_exception as they came from the server.
my @msgs = map { my $t = eval { Storable::thaw($_) }; $t ? $$t : "(not Storable: $_)" } @exc;
expect_eq('exceptions client: on_exception gets the worker\'s error', ["perl died\n"], \@msgs);
expect_eq('exceptions client: no on_fail / on_complete', 0, $dfail);
check('dying worker: job ended on the server', wait_for(5, sub { fstatus('p_die')->{queued} == 0 }),
      show(fstatus('p_die')));

# ------------------------------------------------- work(stop_if => ...)
my $stop_jobs = 0;
my $spid = start_worker({p_stop => sub { $stop_jobs++; 'stopped-' . $_[0]->arg }},
                        stop_if => sub { $stop_jobs >= 2 });
check('stop_if worker registered', wait_for(15, registered('p_stop')));
my @sr = map { my $x = $c->do_task(p_stop => $_, {timeout => 10}); $x ? $$x : undef } qw(a b);
expect_eq('stop_if worker results', ['stopped-a', 'stopped-b'], \@sr);
my $exited = wait_for(10, sub { waitpid($spid, POSIX::WNOHANG()) == $spid });
check('work(stop_if) returns after 2 jobs and the worker exits', $exited);
@children = grep { $_ != $spid } @children if $exited;
check('stop_if worker unregistered', wait_for(10, sub { fstatus('p_stop')->{capable} == 0 }));

print "$passed passed, $failed failed\n";
exit($failed == 0 && $passed > 0 ? 0 : 1);
