// hello.cc — a C++ program built by the corpus's g++ run: iostreams, a vector, a file.
#include <fstream>
#include <iostream>
#include <vector>

int main() {
  std::vector<int> v{3, 1, 2};
  std::ofstream("cxx.out") << v.size() << "\n";
  for (int x : v) std::cout << x << " ";
  std::cout << std::endl;
}
