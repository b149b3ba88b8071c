// The showroom executable end to end: --screenshot writes a real PNG of the requested size, and every
// kind of bad input ends with exit code 2 and one line on stderr naming the problem.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_ShowroomCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotWritesThePng();
    void screenshotWithSelectedUnit();
    void badInput_data();
    void badInput();
    void unwritableScreenshotFails();
    void unreadableModelFails();
    void softwareBackendFails();
    void versionAndHelp();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args, int timeoutMs = 90000, const QString &platform = {});

    QTemporaryDir m_dir;
};

tst_ShowroomCli::Run tst_ShowroomCli::run(const QStringList &args, int timeoutMs, const QString &platform)
{
    QProcess process;
    // Keep the child's data, cache and database out of $HOME.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
    env.insert("XDG_CACHE_HOME", m_dir.filePath("cache"));
    env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
    if (!platform.isEmpty())
        env.insert("QT_QPA_PLATFORM", platform);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SHOWROOM_BINARY), args);
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

void tst_ShowroomCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(SHOWROOM_BINARY)));
    QVERIFY(QFile::exists(QStringLiteral(SHOWROOM_DEMO_DIR "/development.json")));
}

void tst_ShowroomCli::screenshotWritesThePng()
{
    const QString png = m_dir.filePath("shot.png");
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t.db"), "--screenshot",
                       png, "--size", "640x400"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(640, 400));
    // A frame of the site, not a blank or black window: a bright, blue sky and a varied picture.
    const QRgb sky = image.pixel(400, 2);
    QVERIFY2(qBlue(sky) > qRed(sky) + 40, qPrintable(QColor(sky).name()));
    QSet<QRgb> colours;
    for (int y = 150; y < 380; y += 2)
        for (int x = 100; x < 540; x += 2)
            colours.insert(image.pixel(x, y) & 0xf0f0f0);
    QVERIFY(colours.size() > 100);
    QVERIFY(QFile::exists(m_dir.filePath("t.db"))); // --db is honoured: the session went there
}

void tst_ShowroomCli::screenshotWithSelectedUnit()
{
    const QString png = m_dir.filePath("selected.png");
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t2.db"), "--screenshot",
                       png, "--size", "1280x800", "--select", "B_0502"});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QImage image(png);
    QCOMPARE(image.size(), QSize(1280, 800));
    // The card is open on the right: its off-white panel (Theme.paper) fills the area under its title.
    QCOMPARE(QColor(image.pixel(1245, 200)).name(), QStringLiteral("#f7f5f0"));
}

void tst_ShowroomCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    const QString broken = m_dir.filePath("broken");
    QDir().mkpath(broken);
    QFile manifest(broken + "/development.json");
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write("{ \"schema\": 1, \"development\": ");
    manifest.close();
    const QString empty = m_dir.filePath("empty");
    QDir().mkpath(empty);

    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("positional argument") << QStringList{"extra"} << "extra";
    QTest::newRow("missing folder") << QStringList{"--development", m_dir.filePath("nowhere")} << "nowhere";
    QTest::newRow("broken manifest") << QStringList{"--development", broken} << "development.json";
    QTest::newRow("no manifest") << QStringList{"--development", empty} << "development.json";
    QTest::newRow("bad size") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--size", "800by600"}
                              << "800by600";
    QTest::newRow("tiny size") << QStringList{"--screenshot", m_dir.filePath("x.png"), "--size", "10x10"}
                               << "10x10";
    QTest::newRow("size without screenshot") << QStringList{"--size", "800x600"} << "--screenshot";
    QTest::newRow("unknown unit") << QStringList{"--development", SHOWROOM_DEMO_DIR, "--select", "Z_9999"}
                                  << "Z_9999";
}

void tst_ShowroomCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const Run r = run(args << "--db" << m_dir.filePath("bad.db"), 30000);
    QCOMPARE(r.exitCode, 2);
    const QByteArray err = r.err.trimmed();
    QVERIFY2(err.startsWith("showroom: "), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData()); // one line
    QVERIFY2(err.contains(mentions.toUtf8()), err.constData());
}

void tst_ShowroomCli::unwritableScreenshotFails()
{
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t3.db"), "--screenshot",
                       m_dir.filePath("no/such/folder/shot.png"), "--size", "320x200"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
}

void tst_ShowroomCli::unreadableModelFails()
{
    // A valid manifest whose site model is garbage: the manifest passes, the import fails.
    const QString package = m_dir.filePath("garbage-model");
    QDirIterator it(QStringLiteral(SHOWROOM_DEMO_DIR), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = package + from.mid(int(qstrlen(SHOWROOM_DEMO_DIR)));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QVERIFY(QFile::copy(from, to));
    }
    const QString model = package + "/models/site.glb";
    QVERIFY(QFile::exists(model));
    QFile file(model);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    static const char garbage[] = "glTF\x02\x00\x00\x00 not a model";
    file.write(garbage, sizeof(garbage) - 1); // a GLB magic, then nonsense
    file.close();
    const Run r = run({"--development", package, "--db", m_dir.filePath("t4.db"), "--screenshot",
                       m_dir.filePath("never.png"), "--size", "320x200"});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot load the site model") && r.err.contains("site.glb"), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath("never.png")));
}

void tst_ShowroomCli::softwareBackendFails()
{
    // Qt's offscreen platform falls back to the Software scene graph: no 3D, so no screenshot.
    const Run r = run({"--development", SHOWROOM_DEMO_DIR, "--db", m_dir.filePath("t5.db"), "--screenshot",
                       m_dir.filePath("soft.png"), "--size", "320x200"},
                      60000, "offscreen");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Software backend"), r.err.constData());
}

void tst_ShowroomCli::versionAndHelp()
{
    Run r = run({"--version"});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(SHOWROOM_VERSION));
    r = run({"--help"});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--development", "--db", "--screenshot", "--size", "--kiosk"})
        QVERIFY2(r.out.contains(option), option);
}

QTEST_GUILESS_MAIN(tst_ShowroomCli)
#include "tst_showroom_cli.moc"
