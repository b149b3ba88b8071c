// The Debian package installed into a scratch root (dpkg -x, as dpkg puts the files under /) runs from
// there: the three programs start, showroom finds the demo development installed beside it
// (/usr/share/showroom/developments/demo, nothing of the build tree), and a still taken by the installed
// program (under Xvfb) shows the development, not an empty frame.
#include "PackageTools.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <unistd.h>

using namespace packaging;

class tst_InstalledPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void programsStart_data();
    void programsStart();
    void theInstalledDemoIsTheDefault();
    void importToolChecksTheInstalledDemo();
    void stillFromTheInstalledProgram();
    void kioskSessionEndsWithTheAppsStatus_data();
    void kioskSessionEndsWithTheAppsStatus();
    void kioskStillUnderCage();

private:
    QString installed(const QString &path) const { return m_root.filePath(path); }
    QString demo() const { return installed(QStringLiteral("usr/share/showroom/developments/demo")); }
    // The user's folders in the scratch space, so nothing is read from or written to the real home.
    QProcessEnvironment environment() const;
    // The kiosk's program (showroom-kiosk-session: cage, then the app) as an unprivileged user, with
    // wlroots' headless backend standing in for the screen; -1 when it cannot be run here.
    Run underCage(const QStringList &program, int timeoutMs);
    static void expectNotBlank(const QImage &image);
    QTemporaryDir m_root;
    QTemporaryDir m_home;
    QTemporaryDir m_kioskHome, m_kioskRuntime; // owned by the unprivileged user (underCage)
};

QProcessEnvironment tst_InstalledPackage::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    return env;
}

// Not blank: many colours and real contrast (a lit 3D site with sky, ground and buildings), both over the
// whole frame and in its middle, where the development stands.
void tst_InstalledPackage::expectNotBlank(const QImage &image)
{
    QVERIFY(!image.isNull());
    auto measure = [&](const QRect &area, int *colours, double *spread) {
        QSet<QRgb> seen;
        double sum = 0, sumSquares = 0;
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); y += 2)
            for (int x = area.left(); x <= area.right(); x += 2) {
                const QRgb p = image.pixel(x, y);
                seen.insert(p & 0xfff0f0f0); // near-identical shades count once
                const double l = 0.2126 * qRed(p) + 0.7152 * qGreen(p) + 0.0722 * qBlue(p);
                sum += l;
                sumSquares += l * l;
                ++n;
            }
        *colours = seen.size();
        *spread = std::sqrt(sumSquares / n - (sum / n) * (sum / n));
    };
    int colours = 0;
    double spread = 0;
    measure(image.rect(), &colours, &spread);
    QVERIFY2(colours > 300 && spread > 15,
             qPrintable(QStringLiteral("whole frame: %1 colours, luminance spread %2").arg(colours).arg(spread)));
    const QSize size = image.size();
    measure(QRect(size.width() / 4, size.height() / 4, size.width() / 2, size.height() / 2), &colours, &spread);
    QVERIFY2(colours > 150 && spread > 10,
             qPrintable(QStringLiteral("middle: %1 colours, luminance spread %2").arg(colours).arg(spread)));
}

void tst_InstalledPackage::initTestCase()
{
    QVERIFY(m_root.isValid() && m_home.isValid() && m_kioskHome.isValid() && m_kioskRuntime.isValid());
    if (geteuid() == 0) {
        const Run owned = run(QStringLiteral("chown"), {QStringLiteral("nobody"), m_kioskHome.path(), m_kioskRuntime.path()});
        QVERIFY2(owned.exitCode == 0, qPrintable(owned.text()));
    }
    const QString deb = madePackage(QStringLiteral(".deb"));
    QVERIFY2(!deb.isEmpty(), "no single .deb in " SHOWROOM_PACKAGE_DIR ": the fixture packaging_cpack did not run");
    const Run unpacked = unpack(deb, m_root.path());
    QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.text()));
    QVERIFY(QFile::exists(demo() + QStringLiteral("/development.json")));
}

void tst_InstalledPackage::programsStart_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("showroom") << QStringLiteral("showroom");
    QTest::newRow("showroom-import") << QStringLiteral("showroom-import");
    QTest::newRow("showroom-admin") << QStringLiteral("showroom-admin");
}

void tst_InstalledPackage::programsStart()
{
    QFETCH(QString, program);
    const QString binary = installed(QStringLiteral("usr/bin/") + program);
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
    const Run version = run(binary, {QStringLiteral("--version")}, 30000, environment());
    QVERIFY2(version.exitCode == 0, qPrintable(version.text()));
    QCOMPARE(QString::fromUtf8(version.out).trimmed(), QStringLiteral("%1 " SHOWROOM_EXPECTED_VERSION).arg(program));
    // A mistake is exit 2 with one line naming it, from the installed program as from the build.
    const Run wrong = run(binary, {QStringLiteral("--no-such-option")}, 30000, environment());
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(QString::fromUtf8(wrong.err).contains(QStringLiteral("no-such-option")), qPrintable(wrong.text()));
}

void tst_InstalledPackage::theInstalledDemoIsTheDefault()
{
    QFile manifest(demo() + QStringLiteral("/development.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject development = QJsonDocument::fromJson(manifest.readAll()).object();
    const int units = development.value(QLatin1String("units")).toArray().size();
    QVERIFY(units > 10);

    // No --development: the listing is the installed demo's, one line per home after the header.
    const QString showroom = installed(QStringLiteral("usr/bin/showroom"));
    const Run listed = run(showroom, {QStringLiteral("--list-units")}, 30000, environment(), m_home.path());
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.text()));
    QCOMPARE(QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts).size(), units + 1);

    // It is the installed copy it read: without it the program says where it looked.
    const QString moved = demo() + QStringLiteral(".away");
    QVERIFY(QFile::rename(demo(), moved));
    const Run without = run(showroom, {QStringLiteral("--list-units")}, 30000, environment(), m_home.path());
    QVERIFY(QFile::rename(moved, demo()));
    QCOMPARE(without.exitCode, 2);
    QVERIFY2(QString::fromUtf8(without.err).contains(demo()), qPrintable(without.text()));
}

void tst_InstalledPackage::importToolChecksTheInstalledDemo()
{
    const Run check = run(installed(QStringLiteral("usr/bin/showroom-import")), {QStringLiteral("check"), demo()},
                          120000, environment());
    QVERIFY2(check.exitCode == 0, qPrintable(check.text()));
}

void tst_InstalledPackage::stillFromTheInstalledProgram()
{
    // The installed program under a private X server, with the installed demo (no --development), a fresh
    // database and the scratch home: the still a buyer's first window would show.
    const QString png = m_home.filePath(QStringLiteral("still.png"));
    const Run still = run(QStringLiteral(SHOWROOM_XVFB_WRAPPER),
                          {installed(QStringLiteral("usr/bin/showroom")), QStringLiteral("--db"),
                           m_home.filePath(QStringLiteral("telemetry.db")), QStringLiteral("--screenshot"), png,
                           QStringLiteral("--size"), QStringLiteral("1280x800"), QStringLiteral("--lang"),
                           QStringLiteral("en")},
                          180000, environment(), m_home.path());
    QVERIFY2(still.exitCode == 0, qPrintable(still.text()));
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(1280, 800));

    expectNotBlank(image);
    if (QTest::currentTestFailed())
        return;

    // The words on screen (Showroom-Text) are the installed demo's: its buildings' names.
    QFile manifest(demo() + QStringLiteral("/development.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QString name = QJsonDocument::fromJson(manifest.readAll())
                             .object()
                             .value(QLatin1String("development"))
                             .toObject()
                             .value(QLatin1String("name"))
                             .toString();
    QVERIFY(!name.isEmpty());
    const QString text = image.text(QStringLiteral("Showroom-Text"));
    QVERIFY2(text.contains(name), qPrintable(QStringLiteral("'%1' not on screen; the still shows:\n%2").arg(name, text)));
}

Run tst_InstalledPackage::underCage(const QStringList &program, int timeoutMs)
{
    // The service runs as its own system user; here `nobody` stands in for it (runuser needs root, as CI
    // and the package's checks run). The folders it uses are its own, as the state folder is.
    Run none;
    if (geteuid() != 0) {
        none.err = "not root: runuser cannot switch to an unprivileged user";
        return none;
    }
    QFile::setPermissions(m_root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                             QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_kioskHome.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_kioskRuntime.path());
    env.insert(QStringLiteral("WLR_BACKENDS"), QStringLiteral("headless")); // no screen: wlroots draws to memory
    env.insert(QStringLiteral("WLR_RENDERER"), QStringLiteral("pixman"));
    env.insert(QStringLiteral("WLR_LIBINPUT_NO_DEVICES"), QStringLiteral("1"));
    env.insert(QStringLiteral("CAGE_ARGS"), QStringLiteral("-d"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("wayland")); // as the unit sets it
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QStringList args = QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                         installed(QStringLiteral("usr/lib/showroom/showroom-kiosk-session"))} +
                             program;
    return run(QStringLiteral("runuser"), args, timeoutMs, env, m_kioskHome.path());
}

void tst_InstalledPackage::kioskSessionEndsWithTheAppsStatus_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("status");
    QTest::newRow("staff closed it") << QStringLiteral("exit 0") << 0;
    QTest::newRow("failed") << QStringLiteral("exit 3") << 3;
    QTest::newRow("crashed") << QStringLiteral("kill -SEGV $$") << 128 + 11;
}

void tst_InstalledPackage::kioskSessionEndsWithTheAppsStatus()
{
    // cage 0.1.4 exits 0 whatever its application did; the unit's Restart=on-failure sees a crash only
    // because the session passes the application's own status on.
    QFETCH(QString, script);
    QFETCH(int, status);
    const Run session = underCage({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("sleep 0.3; ") + script}, 60000);
    if (session.exitCode == -1 && geteuid() != 0)
        QSKIP("needs root (runuser)");
    QVERIFY2(session.exitCode == status, qPrintable(QStringLiteral("exit %1, expected %2:\n%3")
                                                        .arg(session.exitCode)
                                                        .arg(status)
                                                        .arg(session.text().right(2000))));
}

void tst_InstalledPackage::kioskStillUnderCage()
{
    // The kiosk's way of running: the installed session, cage, Wayland, an unprivileged user, the
    // installed demo. A still (instead of the endless kiosk) shows that the app draws its 3D scene there,
    // in German: the catalogue is compiled into the program, so the package needs no .qm files.
    const QString png = m_kioskHome.filePath(QStringLiteral("kiosk.png"));
    const Run session = underCage({installed(QStringLiteral("usr/bin/showroom")), QStringLiteral("--db"),
                                   m_kioskHome.filePath(QStringLiteral("telemetry.db")), QStringLiteral("--screenshot"),
                                   png, QStringLiteral("--lang"), QStringLiteral("de")},
                                  180000);
    if (session.exitCode == -1 && geteuid() != 0)
        QSKIP("needs root (runuser)");
    QVERIFY2(session.exitCode == 0, qPrintable(session.text().right(3000)));
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    expectNotBlank(image);
    if (QTest::currentTestFailed())
        return;
    const QString text = image.text(QStringLiteral("Showroom-Text"));
    QVERIFY2(text.contains(QStringLiteral("Wohnung finden")), qPrintable(QStringLiteral("no German on screen:\n") + text));
}

QTEST_MAIN(tst_InstalledPackage)
#include "tst_installedpackage.moc"
