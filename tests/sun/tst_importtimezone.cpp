// `showroom-import check` says when development.timeZone is missing and what it assumes instead
// (docs/sun.md), and is quiet about it when the zone is there.
#include "../core/ManifestFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestImportTimeZone : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The output of `check` on the fixture package with `development` changed by `edit`.
    template <typename Edit> QString checkOutput(Edit edit)
    {
        QJsonObject manifest = fixture::validManifest();
        QJsonObject development = manifest.value("development").toObject();
        edit(development);
        manifest.insert("development", development);
        if (!fixture::writeManifest(m_dir.path(), manifest))
            qFatal("cannot write the manifest fixture");
        QProcess p;
        p.start(QStringLiteral(SHOWROOM_IMPORT), {QStringLiteral("check"), m_dir.path()});
        if (!p.waitForFinished(60000))
            return QStringLiteral("(showroom-import did not finish)");
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::writeReferencedFiles(m_dir.path()));
    }

    void missingZoneWarnsWithTheAssumption_data()
    {
        QTest::addColumn<double>("longitude");
        QTest::addColumn<QString>("assumed");
        QTest::newRow("Graz") << 15.44 << QStringLiteral("UTC+1 from the longitude");
        QTest::newRow("Denver") << -105.18 << QStringLiteral("UTC-7 from the longitude");
        QTest::newRow("Dublin") << -6.26 << QStringLiteral("UTC from the longitude");
    }
    void missingZoneWarnsWithTheAssumption()
    {
        QFETCH(double, longitude);
        QFETCH(QString, assumed);
        const QString out = checkOutput([&](QJsonObject &d) {
            d.remove("timeZone");
            d.insert("longitude", longitude);
        });
        const QString line =
            QStringLiteral("warning: no development.timeZone: local times are read as %1, "
                           "without daylight saving; add e.g. \"timeZone\": \"Europe/Vienna\"")
                .arg(assumed);
        QVERIFY2(out.split('\n').contains(line), qPrintable(out));
    }

    void noLocationAssumesUtc()
    {
        const QString out = checkOutput([](QJsonObject &d) {
            d.remove("latitude");
            d.remove("longitude");
        });
        QVERIFY2(out.contains(QStringLiteral("no development.timeZone: local times are read as UTC (there is "
                                             "no longitude either)")),
                 qPrintable(out));
    }

    void zoneGivenNoWarning()
    {
        const QString out = checkOutput([](QJsonObject &d) { d.insert("timeZone", "Europe/Dublin"); });
        QVERIFY2(out.contains(QLatin1String("warning:")) || out.contains(QLatin1String("OK:")) ||
                     out.contains(QLatin1String("FAILED:")),
                 qPrintable(out)); // check ran
        QVERIFY2(!out.contains(QLatin1String("timeZone")), qPrintable(out));
    }

    void badZoneIsAProblemNotTheMissingWarning()
    {
        const QString out = checkOutput([](QJsonObject &d) { d.insert("timeZone", "Europe/Atlantis"); });
        QVERIFY2(out.contains(
                     QStringLiteral("problem: development.timeZone: unknown time zone \"Europe/Atlantis\"")),
                 qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("no development.timeZone")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestImportTimeZone)
#include "tst_importtimezone.moc"
