// The promise of `showroom-import new` around an architect's IFC, end to end: the package it makes from
// a two-storey model opens in the app, and stills of its construction stages (`--stage`) show the
// building framed and growing: each stage's still differs from the one before in the building's area.
#include "../assets/ProgramRun.h"
#include "IfcStoreys.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRect>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>

using namespace showroom::fixtures;

namespace {

// Pixels whose colour differs by more than `threshold` (sum over R, G, B) between two stills of one
// size, and the box around them.
struct Difference
{
    int pixels = 0;
    QRect box;
};

// Pixels under the timeline page's panels (their dates and bars change with the stage) are left out.
Difference difference(const QImage &a, const QImage &b, const QList<QRect> &panels, int threshold = 60)
{
    Difference d;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            if (std::any_of(panels.cbegin(), panels.cend(), [&](const QRect &r) { return r.contains(x, y); }))
                continue;
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int delta =
                std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
            if (delta > threshold) {
                ++d.pixels;
                d.box |= QRect(x, y, 1, 1);
            }
        }
    }
    return d;
}

} // namespace

class tst_IfcStills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeIfcStoreyBuilding(m_dir.filePath(QStringLiteral("block.ifc"))));
        const ProgramRun made =
            runProgram(QStringLiteral(SHOWROOM_IMPORT_EXE),
                       {QStringLiteral("new"), m_dir.filePath(QStringLiteral("block.ifc")), package(),
                        QStringLiteral("--name"), QStringLiteral("Block A")});
        QVERIFY2(made.code == 0, qPrintable(made.out + made.err));
    }

    // As of each stage's end (the next stage's first day, its first storey just in work): foundation (the
    // footing is below ground; the structure's ground storey starting), structure (walls, slabs), envelope
    // (roof, windows, door): each a still; the building's silhouette is what the envelope still adds to the
    // first. (Interior and landscape are not seen from outside: the furniture is indoors, the fixture's site
    // plate lies 0.25 m below the datum, under the land.)
    void stagesStillsDifferAndFrameTheBuilding()
    {
        const QStringList stages{QStringLiteral("foundation"), QStringLiteral("structure"),
                                 QStringLiteral("envelope")};
        QList<QImage> stills;
        for (const QString &stage : stages) {
            const QImage image = still(stage);
            QVERIFY2(!image.isNull(), qPrintable(stage));
            QCOMPARE(image.size(), QSize(Width, Height));
            stills << image;
        }
        // The timeline page's panels at this size: the header (top left), the sun panel (top right), the
        // date bar (the bottom third). The building must stand whole in the view they leave (above the
        // bar, clear of the window's edges) and fill a fair share of it.
        const QList<QRect> panels{QRect(0, 0, int(Width * 0.38), int(Height * 0.26)),
                                  QRect(int(Width * 0.53), 0, Width, int(Height * 0.38)),
                                  QRect(0, int(Height * 0.68), Width, Height)};
        const QRect free(4, 4, Width - 8, int(Height * 0.68) - 8);
        const Difference building = difference(stills[0], stills[2], panels);
        QVERIFY2(building.pixels > Width * Height / 50,
                 qPrintable(QStringLiteral("the building covers %1 pixels").arg(building.pixels)));
        QVERIFY2(free.contains(building.box),
                 qPrintable(QStringLiteral("building at %1,%2 %3x%4, outside the free area")
                                .arg(building.box.x())
                                .arg(building.box.y())
                                .arg(building.box.width())
                                .arg(building.box.height())));
        QVERIFY2(building.box.width() > Width / 6,
                 qPrintable(QStringLiteral("the building is only %1 pixels wide").arg(building.box.width())));
        // Each stage adds what can be seen: structure over foundation, envelope over structure (in the
        // building's area, so panels and text do not count).
        for (int i = 1; i < stills.size(); ++i) {
            QList<QRect> outside = panels;
            outside << QRect(0, 0, Width, building.box.top())
                    << QRect(0, building.box.bottom() + 1, Width, Height)
                    << QRect(0, 0, building.box.left(), Height)
                    << QRect(building.box.right() + 1, 0, Width, Height);
            const Difference d = difference(stills[i - 1], stills[i], outside);
            QVERIFY2(d.pixels > building.pixels / 20,
                     qPrintable(QStringLiteral("%1 -> %2: %3 pixels differ in the building's area")
                                    .arg(stages[i - 1], stages[i])
                                    .arg(d.pixels)));
        }
    }

private:
    static constexpr int Width = 960;
    static constexpr int Height = 600;

    QString package() const { return m_dir.filePath(QStringLiteral("pkg")); }

    QImage still(const QString &stage)
    {
        const QString png = m_dir.filePath(stage + QStringLiteral(".png"));
        // Each still its own first visit (own database): a visitor seen before would be greeted over the
        // view.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"})
            env.insert(QLatin1String(name), m_dir.filePath(QLatin1String(name)));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHOWROOM_BINARY),
                {QStringLiteral("--development"), package(), QStringLiteral("--db"),
                 m_dir.filePath(stage + QStringLiteral(".db")), QStringLiteral("--stage"), stage,
                 QStringLiteral("--screenshot"), png, QStringLiteral("--size"),
                 QStringLiteral("%1x%2").arg(Width).arg(Height)});
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            qWarning("%s: timed out", qPrintable(stage));
            return {};
        }
        if (p.exitCode() != 0) {
            qWarning("%s: exit %d: %s", qPrintable(stage), p.exitCode(),
                     p.readAllStandardError().constData());
            return {};
        }
        if (qEnvironmentVariableIsSet("SHOWROOM_KEEP_STILLS")) // to look at them
            QFile::copy(png, QDir(qEnvironmentVariable("SHOWROOM_KEEP_STILLS")).filePath(stage + ".png"));
        return QImage(png).convertToFormat(QImage::Format_RGB32);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(tst_IfcStills)
#include "tst_ifcstills.moc"
