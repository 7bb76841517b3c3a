# sock.pl — Perl socketpair, a forked echo child and a sort.
use Socket;
socketpair(my $x, my $y, AF_UNIX, SOCK_STREAM, PF_UNSPEC) or die;
if (!fork()) { close $x; my $l = <$y>; print $y uc($l); exit 0; }
close $y; select((select($x), $| = 1)[0]); print $x "perl pair\n"; print scalar <$x>; wait;
print join(",", sort { $a <=> $b } (5, 3, 9)), "\n";
