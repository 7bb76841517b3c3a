# subproc.py — a subprocess pipeline (sort | uniq -c | head) and check_output.
import subprocess
p1 = subprocess.Popen(["sort", "data/words.txt"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["uniq", "-c"], stdin=p1.stdout, stdout=subprocess.PIPE)
p3 = subprocess.Popen(["head", "-3"], stdin=p2.stdout, stdout=subprocess.PIPE)
p1.stdout.close(); p2.stdout.close()
print(p3.communicate()[0].decode().strip())
print(subprocess.check_output(["echo", "sub"]).decode().strip())
print(subprocess.run(["sh", "-c", "exit 4"]).returncode)
