# threads.py — Python threads that each open a file, write and sleep briefly
# on an Event; the main thread joins them.
import threading
ev = threading.Event()
def work(i):
    with open(f"py{i}.out", "w") as f:
        f.write(str(i))
    ev.wait(0.01)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
[t.start() for t in ts]
[t.join() for t in ts]
print("py threads done")
