# sig.py — signal handlers in Python: SIGALRM interrupts time.sleep (PEP 475
# restarts it), SIGUSR1 sent to itself, signal.pause woken by an alarm.
import os, signal, time
got = []
signal.signal(signal.SIGALRM, lambda s, f: got.append("alrm"))
signal.signal(signal.SIGUSR1, lambda s, f: got.append("usr1"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
os.kill(os.getpid(), signal.SIGUSR1)
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print(sorted(got))
