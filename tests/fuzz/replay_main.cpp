// Replays a fuzz target's corpus through the same entry point libFuzzer calls, with the default
// compiler: every CI run exercises the fuzz targets. Usage: <replay> TARGET [FILE|DIR ...]; the seed
// corpus is generated fresh, then every file named on the command line is replayed too.
#include "FuzzSeeds.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: %s import|manifest|cache|ifc [FILE|DIR ...]\n", argv[0]);
        return 2;
    }
    QTemporaryDir seeds;
    const int written = showroom::fuzz::writeSeeds(args.first(), seeds.path());
    if (written == 0) {
        std::fprintf(stderr, "no seeds for target '%s'\n", qPrintable(args.first()));
        return 1;
    }
    QStringList files;
    for (const QString &root : QStringList{seeds.path()} + args.mid(1)) {
        if (QFileInfo(root).isFile()) {
            files << root;
            continue;
        }
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    for (const QString &f : files) {
        QFile in(f);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = in.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               std::size_t(bytes.size()));
    }
    std::printf("replayed %lld inputs (%d generated seeds) through the %s target\n", qlonglong(files.size()),
                written, qPrintable(args.first()));
    return 0;
}
