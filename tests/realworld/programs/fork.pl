# fork.pl — Perl forks three children that write to a pipe, reaps them.
pipe(my $r, my $w) or die;
for my $i (1..3) { my $pid = fork(); if (!$pid) { close $r; print $w "child $i\n"; exit $i; } }
close $w; my @lines = sort <$r>; print @lines;
my $sum = 0; while ((my $p = wait()) > 0) { $sum += $? >> 8; } print "sum $sum\n";
