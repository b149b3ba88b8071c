// --finishes CLASS=PALETTE,... end to end: a mistake is exit 2 naming the valid surfaces or palettes,
// and a still inside a home with walnut floors and an anthracite kitchen visibly differs from the same
// still with the standard finishes: the floor, the largest surface in view, is much darker.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class tst_FinishStills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mistakesNameTheChoices_data();
    void mistakesNameTheChoices();
    void chosenFinishesShowInTheStill();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, int timeoutMs = 120000);
    QImage still(const QString &name, const QStringList &extra);
    QTemporaryDir m_dir;
    int m_runs = 0;
};

tst_FinishStills::Run tst_FinishStills::run(const QStringList &args, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    process.setProcessEnvironment(env);
    // A fresh database each run: a returning visitor would be greeted ("Welcome back") over the still.
    const QString db = m_dir.filePath(QStringLiteral("t%1.db").arg(++m_runs));
    process.start(QStringLiteral(SHOWROOM_BINARY),
                  QStringList{"--development", SHOWROOM_DEMO_DIR, "--db", db} + args);
    Run r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void tst_FinishStills::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SHOWROOM_BINARY)));
}

void tst_FinishStills::mistakesNameTheChoices_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("unknown surface") << QStringList{"--inside", "A_0304", "--finishes", "ceiling=urban"}
                                     << QStringList{"--finishes", "ceiling",
                                                    "floor, wall, kitchen, worktop, "
                                                    "bathroom, door"};
    QTest::newRow("unknown palette") << QStringList{"--inside", "A_0304", "--finishes", "floor=marble"}
                                     << QStringList{"--finishes", "marble", "nordic, urban, sage"};
    QTest::newRow("no home") << QStringList{"--finishes", "floor=urban"}
                             << QStringList{"--finishes", "--inside"};
}

void tst_FinishStills::mistakesNameTheChoices()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, mentions);
    const Run r = run(QStringList{"--screenshot", m_dir.filePath("never.png")} + args, 60000);
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err).trimmed();
    for (const QString &m : mentions)
        QVERIFY2(err.contains(m), qPrintable(QStringLiteral("'%1' not in: %2").arg(m, err)));
    QVERIFY(!QFile::exists(m_dir.filePath("never.png")));
}

QImage tst_FinishStills::still(const QString &name, const QStringList &extra)
{
    const QString png = m_dir.filePath(name);
    const Run r =
        run(QStringList{"--screenshot", png, "--size", "960x600", "--inside", "A_0304", "--room", "Living"} +
            extra);
    if (r.exitCode != 0)
        qWarning("showroom failed (%d): %s", r.exitCode, r.err.constData());
    // Kept next to the build for a look (the temporary folder goes with the test).
    QFile::remove(name);
    QFile::copy(png, name);
    return QImage(png).convertToFormat(QImage::Format_RGB32);
}

namespace {
// Mean luma of a band of rows (0..1 of the height), the 3D view only (the panels sit at the edges).
double meanLuma(const QImage &image, double from, double to)
{
    double sum = 0;
    qint64 n = 0;
    const int x0 = image.width() / 4, x1 = image.width() * 3 / 4;
    for (int y = int(image.height() * from); y < int(image.height() * to); ++y)
        for (int x = x0; x < x1; x += 2) {
            const QRgb p = image.pixel(x, y);
            sum += 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p);
            ++n;
        }
    return n ? sum / n : 0;
}
double luma(QRgb p)
{
    return 0.299 * qRed(p) + 0.587 * qGreen(p) + 0.114 * qBlue(p);
}

// The share of pixels of a band of rows that are much darker in `after` than in `before`.
double darkenedShare(const QImage &before, const QImage &after, double from, double to)
{
    qint64 darker = 0, n = 0;
    for (int y = int(before.height() * from); y < int(before.height() * to); ++y)
        for (int x = 0; x < before.width(); x += 2, ++n)
            if (luma(before.pixel(x, y)) - luma(after.pixel(x, y)) > 40)
                ++darker;
    return n ? double(darker) / n : 0;
}
} // namespace

void tst_FinishStills::chosenFinishesShowInTheStill()
{
    const QImage standard = still("finishes-standard.png", {});
    const QImage chosen = still("finishes-urban.png", {"--finishes", "floor=urban,kitchen=urban"});
    QVERIFY(!standard.isNull());
    QVERIFY(!chosen.isNull());
    QCOMPARE(chosen.size(), standard.size());
    // The floor is much of the lower part of a room seen from eye height (around the furniture): dark
    // walnut instead of light oak. (Measured: about a third of it.)
    const double floorShare = darkenedShare(standard, chosen, 0.55, 1.0);
    QVERIFY2(floorShare > 0.15,
             qPrintable(QStringLiteral("darker share of the lower part: %1").arg(floorShare)));
    QVERIFY2(meanLuma(standard, 0.55, 1.0) - meanLuma(chosen, 0.55, 1.0) > 10,
             "the lower part is darker overall");
    // The walls and ceiling stay much the same (only the floor and the kitchen changed).
    const double standardTop = meanLuma(standard, 0.05, 0.25), chosenTop = meanLuma(chosen, 0.05, 0.25);
    QVERIFY2(std::abs(standardTop - chosenTop) < 25,
             qPrintable(QStringLiteral("upper luma: standard %1, urban %2").arg(standardTop).arg(chosenTop)));
}

QTEST_MAIN(tst_FinishStills)
#include "tst_finishstills.moc"
