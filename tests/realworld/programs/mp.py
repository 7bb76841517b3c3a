# mp.py — multiprocessing with a fork-start pool of two workers.
import multiprocessing as mp
def sq(x): return x * x
if __name__ == "__main__":
    mp.set_start_method("fork")
    with mp.Pool(2) as p:
        print(sum(p.map(sq, range(100))))
