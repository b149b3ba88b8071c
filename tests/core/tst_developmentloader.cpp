// DevelopmentLoader: a load happens off the GUI thread, a failed reload keeps the development on show,
// and the newest request wins.
#include "ManifestFixture.h"
#include "core/Development.h"
#include "core/DevelopmentLoader.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom::core;

class tst_DevelopmentLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_good;
    QTemporaryDir m_other;
    QTemporaryDir m_broken;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (QTemporaryDir *d : {&m_good, &m_other, &m_broken}) {
            QVERIFY(d->isValid());
            QVERIFY(fixture::writeReferencedFiles(d->path()));
        }
        QVERIFY(fixture::writeManifest(m_good.path(), fixture::validManifest()));
        QJsonObject other = fixture::validManifest();
        fixture::setAt(other, "development.name", "Other Place");
        QVERIFY(fixture::writeManifest(m_other.path(), other));
        QJsonObject broken = fixture::validManifest();
        fixture::setAt(broken, "units[0].floor", "three");
        QVERIFY(fixture::writeManifest(m_broken.path(), broken));
    }

    void loadsAndApplies()
    {
        Development dev;
        DevelopmentLoader loader;
        loader.setDevelopment(&dev);
        QSignalSpy finished(&loader, &DevelopmentLoader::finished);
        QSignalSpy busy(&loader, &DevelopmentLoader::busyChanged);
        loader.load(m_good.path());
        QVERIFY(loader.isBusy());
        QVERIFY(!dev.isLoaded()); // nothing happens synchronously
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!loader.isBusy());
        QCOMPARE(busy.size(), 2);
        QVERIFY(loader.errors().isEmpty());
        QCOMPARE(dev.name(), QString("Harbour Gardens"));
        QCOMPARE(dev.unitCount(), 3);
    }

    void failedReloadKeepsThePreviousDevelopment()
    {
        Development dev;
        DevelopmentLoader loader;
        loader.setDevelopment(&dev);
        QSignalSpy finished(&loader, &DevelopmentLoader::finished);
        loader.load(m_good.path());
        QVERIFY(finished.wait(5000));
        QSignalSpy changed(&dev, &Development::developmentChanged);

        loader.load(m_broken.path());
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.last().first().toBool(), false);
        QCOMPARE(loader.errors(), QStringList{"units[0].floor: expected integer"});
        QCOMPARE(changed.size(), 0);
        QCOMPARE(dev.name(), QString("Harbour Gardens"));

        loader.load(m_good.path() + "/missing");
        QVERIFY(finished.wait(5000));
        QCOMPARE(loader.errors(), QStringList{m_good.path() + "/missing: development folder not found"});
        QCOMPARE(dev.unitCount(), 3);
    }

    void newestLoadWins()
    {
        Development dev;
        DevelopmentLoader loader;
        loader.setDevelopment(&dev);
        QSignalSpy finished(&loader, &DevelopmentLoader::finished);
        QSignalSpy busy(&loader, &DevelopmentLoader::busyChanged);
        loader.load(m_good.path());
        loader.load(m_broken.path());
        loader.load(m_other.path());
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isBusy(), 5000);
        QCOMPARE(finished.size(), 1); // only the newest reports
        QCOMPARE(dev.name(), QString("Other Place"));
        QCOMPARE(busy.size(), 2); // busy once, idle once
    }

    void loaderGoneBeforeTheWorkerFinishes()
    {
        Development dev;
        {
            DevelopmentLoader loader;
            loader.setDevelopment(&dev);
            loader.load(m_good.path());
        }
        QThreadPool::globalInstance()->waitForDone(5000);
        QCoreApplication::processEvents();
        QVERIFY(!dev.isLoaded());
    }
};

QTEST_GUILESS_MAIN(tst_DevelopmentLoader)
#include "tst_developmentloader.moc"
