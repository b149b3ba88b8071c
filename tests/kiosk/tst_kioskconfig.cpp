// The kiosk's configuration file read from real INI files: defaults when a value is missing, every bad
// value reported (file, key, what was wrong, the default used) and replaced, never fatal.
#include "kiosk/KioskConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::kiosk;

class tst_KioskConfig : public QObject
{
    Q_OBJECT

private slots:
    void aMissingFileMeansDefaults();
    void aGoodFileIsReadWhole();
    void badValuesAreReportedAndReplacedByDefaults();
    void unknownKeysAndAPlainPinAreReportedWithoutEchoingIt();
    void pathsAreRelativeToTheFile();
    void theFirstViewIsCheckedAgainstTheDevelopment();

private:
    QString write(const QByteArray &text);
    QTemporaryDir m_dir;
    const QStringList m_codes{QStringLiteral("en"), QStringLiteral("de")};
};

QString tst_KioskConfig::write(const QByteArray &text)
{
    const QString path = m_dir.filePath(QStringLiteral("kiosk.conf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(text);
    return path;
}

void tst_KioskConfig::aMissingFileMeansDefaults()
{
    const QString missing = m_dir.filePath(QStringLiteral("nowhere.conf"));
    const KioskConfigResult quiet = loadKioskConfig(missing, m_codes, false);
    QVERIFY(quiet.problems.isEmpty()); // /etc/showroom/kiosk.conf is optional
    QVERIFY(!quiet.fileRead);
    QCOMPARE(quiet.config.idleTimeoutS, 90);
    QCOMPARE(quiet.config.stillThereS, 10);
    QCOMPARE(quiet.config.defaultLanguage, QStringLiteral("en"));
    QCOMPARE(quiet.config.firstView, QStringLiteral("overview"));
    const KioskConfigResult asked = loadKioskConfig(missing, m_codes, true); // --config FILE: say so
    QCOMPARE(asked.problems.size(), 1);
    QVERIFY2(asked.problems.constFirst().contains(QStringLiteral("no such file")), qPrintable(asked.problems.constFirst()));
    QCOMPARE(asked.config.idleTimeoutS, 90);
}

void tst_KioskConfig::aGoodFileIsReadWhole()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("dev"));
    const QString path = write("[kiosk]\n"
                               "device = lobby-kiosk-1\n"
                               "development = " + m_dir.filePath(QStringLiteral("dev")).toUtf8() + "\n"
                               "database = /var/lib/showroom/telemetry.db\n"
                               "[idle]\n"
                               "timeout = 120\n"
                               "still_there = 15\n"
                               "[languages]\n"
                               "offered = \"de, en\"\n"
                               "default = de\n"
                               "[staff]\n"
                               "pin_hash = \"$argon2id$v=19$m=65536,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2g\"\n"
                               "[visitor]\n"
                               "first_view = building:A\n"
                               "attract_tour = false\n");
    const KioskConfigResult r = loadKioskConfig(path, m_codes, true);
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(u'\n')));
    QCOMPARE(r.config.deviceName, QStringLiteral("lobby-kiosk-1"));
    QCOMPARE(r.config.developmentPath, m_dir.filePath(QStringLiteral("dev")));
    QCOMPARE(r.config.databasePath, QStringLiteral("/var/lib/showroom/telemetry.db"));
    QCOMPARE(r.config.idleTimeoutS, 120);
    QCOMPARE(r.config.stillThereS, 15);
    QCOMPARE(r.config.languages, (QStringList{QStringLiteral("de"), QStringLiteral("en")}));
    QCOMPARE(r.config.defaultLanguage, QStringLiteral("de"));
    QVERIFY(r.config.staffPinHash.startsWith(QStringLiteral("$argon2id$")));
    QCOMPARE(r.config.firstView, QStringLiteral("building:A"));
    QCOMPARE(r.config.attractTour, false);
}

void tst_KioskConfig::badValuesAreReportedAndReplacedByDefaults()
{
    const QString path = write("[kiosk]\n"
                               "device = \"lobby kiosk #1\"\n"
                               "development = /no/such/folder\n"
                               "[idle]\n"
                               "timeout = soon\n"
                               "still_there = 1\n"
                               "[languages]\n"
                               "offered = \"en, fr\"\n"
                               "default = fr\n"
                               "[visitor]\n"
                               "first_view = the pool\n"
                               "attract_tour = sometimes\n");
    const KioskConfigResult r = loadKioskConfig(path, m_codes, true);
    const QString all = r.problems.join(u'\n');
    QCOMPARE(r.problems.size(), 8);
    for (const char *expected : {"kiosk/device 'lobby kiosk #1' is not a device name",
                                 "kiosk/development '/no/such/folder' is not a folder; the bundled demo used instead",
                                 "idle/timeout 'soon' is not a whole number of seconds; 90 s used instead",
                                 "idle/still_there 1 s is outside 3..120 s; 10 s used instead",
                                 "languages/offered names languages the showroom does not speak (fr; it speaks en, de)",
                                 "languages/default 'fr' is not one of the languages offered (en); en used instead",
                                 "visitor/first_view 'the pool' is not one of",
                                 "visitor/attract_tour 'sometimes' is not true or false"})
        QVERIFY2(all.contains(QLatin1String(expected)), qPrintable(QStringLiteral("missing: %1\nin:\n%2").arg(expected, all)));
    QVERIFY(r.problems.constFirst().startsWith(path)); // each names the file
    QVERIFY(r.config.deviceName.isEmpty());
    QVERIFY(r.config.developmentPath.isEmpty());
    QCOMPARE(r.config.idleTimeoutS, 90);
    QCOMPARE(r.config.stillThereS, 10);
    QCOMPARE(r.config.languages, QStringList{QStringLiteral("en")});
    QCOMPARE(r.config.defaultLanguage, QStringLiteral("en"));
    QCOMPARE(r.config.firstView, QStringLiteral("overview"));
    QCOMPARE(r.config.attractTour, true);
}

void tst_KioskConfig::unknownKeysAndAPlainPinAreReportedWithoutEchoingIt()
{
    // [central] belongs to the central store's sync (app/sync reads and checks it): not unknown here.
    const QString path = write("[idle]\ntimout = 30\n[staff]\npin_hash = 4711\n"
                               "[central]\nurl = postgresql://central.example/showroom\noffice = vienna\n");
    const KioskConfigResult r = loadKioskConfig(path, m_codes, true);
    const QString all = r.problems.join(u'\n');
    QCOMPARE(r.problems.size(), 2);
    QVERIFY2(!all.contains(QStringLiteral("central")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("unknown setting idle/timout ignored")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("staff/pin_hash is not an Argon2id hash")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("4711")), "a PIN written in plain text is never repeated");
    QVERIFY(r.config.staffPinHash.isEmpty());
    QCOMPARE(r.config.idleTimeoutS, 90);
}

void tst_KioskConfig::pathsAreRelativeToTheFile()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("developments/demo"));
    QDir(m_dir.path()).mkpath(QStringLiteral("a-folder"));
    const QString path = write("[kiosk]\ndevelopment = developments/demo\ndatabase = a-folder\n");
    const KioskConfigResult r = loadKioskConfig(path, m_codes, true);
    QCOMPARE(r.config.developmentPath, m_dir.filePath(QStringLiteral("developments/demo")));
    QVERIFY(r.config.databasePath.isEmpty()); // a folder is no database file
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.constFirst().contains(QStringLiteral("is a folder, not a database file")),
             qPrintable(r.problems.constFirst()));
}

void tst_KioskConfig::theFirstViewIsCheckedAgainstTheDevelopment()
{
    const QStringList buildings{QStringLiteral("A"), QStringLiteral("B")};
    const QStringList presets{QStringLiteral("aerial")};
    QVERIFY(checkFirstView(QStringLiteral("overview"), buildings, presets).isEmpty());
    QVERIFY(checkFirstView(QStringLiteral("building:B"), buildings, presets).isEmpty());
    QVERIFY(checkFirstView(QStringLiteral("preset:aerial"), buildings, presets).isEmpty());
    const QString wrong = checkFirstView(QStringLiteral("building:Z"), buildings, presets);
    QVERIFY2(wrong.contains(QStringLiteral("no building 'Z' (choose one of: A, B)")), qPrintable(wrong));
}

QTEST_GUILESS_MAIN(tst_KioskConfig)
#include "tst_kioskconfig.moc"
