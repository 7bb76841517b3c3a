# sock.py — TCP and UDP over loopback between two threads, and a socketpair.
import socket, threading
srv = socket.socket(); srv.bind(("127.0.0.1", 0)); srv.listen(1)
port = srv.getsockname()[1]
def serve():
    c, _ = srv.accept()
    c.sendall(c.recv(100).upper()); c.close()
t = threading.Thread(target=serve); t.start()
cl = socket.create_connection(("127.0.0.1", port))
cl.sendall(b"hello tcp"); print(cl.recv(100).decode()); cl.close(); t.join()
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"hello udp", u1.getsockname()); print(u1.recvfrom(100)[0].decode())
a, b = socket.socketpair(); a.send(b"pair"); print(b.recv(10).decode())
