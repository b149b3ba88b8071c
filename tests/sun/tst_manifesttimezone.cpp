// development.timeZone in the manifest: an IANA id is kept, a wrong one is an error naming it, none is
// empty (the sun study then falls back to the longitude's fixed offset, docs/sun.md).
#include "../core/ManifestFixture.h"
#include "core/ManifestLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace showroom::core;

class TestManifestTimeZone : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManifestResult loadWith(const QJsonValue &timeZone)
    {
        QJsonObject manifest = fixture::validManifest();
        QJsonObject development = manifest.value("development").toObject();
        if (timeZone.isUndefined())
            development.remove("timeZone");
        else
            development.insert("timeZone", timeZone);
        manifest.insert("development", development);
        if (!fixture::writeManifest(m_dir.path(), manifest))
            qFatal("cannot write the manifest fixture");
        return loadManifest(m_dir.path());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::writeReferencedFiles(m_dir.path()));
    }

    void ianaIdIsKept()
    {
        const ManifestResult r = loadWith(QStringLiteral("Europe/Dublin"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join('\n'))); // a known key, no warning
        QCOMPARE(r.data.development.timeZone, QStringLiteral("Europe/Dublin"));
    }

    void missingIsEmpty()
    {
        const ManifestResult r = loadWith(QJsonValue(QJsonValue::Undefined));
        QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
        QVERIFY(r.data.development.timeZone.isEmpty());
    }

    void unknownIdIsAnErrorNamingIt_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("made up") << QStringLiteral("Europe/Atlantis");
        QTest::newRow("offset, not a zone") << QStringLiteral("UTC+01:00");
        QTest::newRow("a path") << QStringLiteral("../../etc/passwd");
        QTest::newRow("empty") << QString();
    }
    void unknownIdIsAnErrorNamingIt()
    {
        QFETCH(QString, id);
        const ManifestResult r = loadWith(id);
        QVERIFY(!r.ok());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first(),
                 QStringLiteral("development.timeZone: unknown time zone \"%1\", expected an IANA id such as "
                                "\"Europe/Vienna\"")
                     .arg(id));
    }

    void wrongTypeIsAnError()
    {
        const ManifestResult r = loadWith(1);
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.first().startsWith(QStringLiteral("development.timeZone: ")),
                 qPrintable(r.errors.join('\n')));
    }
};

QTEST_GUILESS_MAIN(TestManifestTimeZone)
#include "tst_manifesttimezone.moc"
