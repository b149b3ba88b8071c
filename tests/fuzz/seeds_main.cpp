// Writes a fuzz target's seed corpus: fuzz_seeds import|manifest|cache|ifc DIR (used by run-fuzz.sh).
#include "FuzzSeeds.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s import|manifest|cache|ifc DIR\n", argv[0]);
        return 2;
    }
    const int n =
        showroom::fuzz::writeSeeds(QString::fromLocal8Bit(argv[1]), QString::fromLocal8Bit(argv[2]));
    std::printf("%d seeds for %s in %s\n", n, argv[1], argv[2]);
    return n > 0 ? 0 : 1;
}
