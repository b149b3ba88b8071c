// A status set centrally reaches the running app (ShowroomServices in-process, its own background sync
// against a real PostgreSQL, 1 s interval): a desktop shows it at once, in place — no model reset, the
// finder drops the sold home, unit_status_changed recorded once —; a kiosk holds it until the visit ends.
#include "../telemetry/TestDb.h"
#include "SyncFixture.h"
#include "shell/ShowroomServices.h"
#include "sync/SyncService.h"

#include <QSignalSpy>
#include <QtTest>

using namespace showroom;

class TestSyncLive : public QObject
{
    Q_OBJECT

    PgServer m_pg;
    QString m_url;

    void setStatus(const QString &unit, const char *status)
    {
        const Admin a = admin({QStringLiteral("set-status"), unit, QString::fromLatin1(status),
                               QStringLiteral("--development"), QStringLiteral(SHOWROOM_DEMO_DIR), QStringLiteral("--to"),
                               m_url});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    }
    static QString statusOf(shell::ShowroomServices &s, const QString &unit)
    {
        return s.development().unit(unit).value(QStringLiteral("status")).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error));
        m_url = m_pg.createDatabase(QStringLiteral("company"));
    }

    void statusReachesTheRunningApp()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("desk.db"));
        const QString config = dir.filePath(QStringLiteral("desk.conf"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[central]\nurl = \"%1\"\noffice = Graz\ndevice = desk-graz-1\ninterval = 1\n")
                        .arg(m_url).toUtf8());
        }
        telemetry::Telemetry::Options options = shell::ShowroomServices::inMemoryTelemetry();
        options.recorder.path = db;
        options.deviceId = QStringLiteral("desk-graz-1");
        shell::ShowroomServices services(options);
        QString error;
        QVERIFY2(services.loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
        QVERIFY2(services.startTelemetry(&error), qPrintable(error));
        // Two homes the package offers as available.
        QStringList offered;
        for (const core::Unit &u : services.development().data().units)
            if (u.status == core::UnitStatus::Available)
                offered.append(u.id);
        QVERIFY(offered.size() >= 2);
        const QString first = offered.at(0), second = offered.at(1);
        QVERIFY(services.finder().isMatch(first)); // the finder's default: available homes
        QVERIFY2(services.startSync(config, &error), qPrintable(error));
        QVERIFY(services.sync());
        QSignalSpy synced(services.sync(), &sync::SyncService::finished);
        QVERIFY(synced.wait(60000));
        const int available = services.development().availableCount();
        core::UnitModel *units = services.development().units();
        QSignalSpy resets(units, &QAbstractItemModel::modelReset);
        QSignalSpy rowsChanged(units, &QAbstractItemModel::dataChanged);
        QSignalSpy reloads(&services.development(), &core::Development::developmentChanged);

        // Desktop: sold in another office -> sold here at the next sync, in place.
        setStatus(first, "sold");
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(services, first), QStringLiteral("sold"), 60000);
        QCOMPARE(services.development().availableCount(), available - 1);
        QVERIFY(!services.finder().isMatch(first));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(reloads.count(), 0); // the timeline, sun, tour and selection stay where the visitor left them
        QVERIFY(!rowsChanged.isEmpty());
        const int row = units->indexOfUnit(first);
        QCOMPARE(units->data(units->index(row), core::UnitModel::StatusRole).toString(), QStringLiteral("sold"));

        // Kiosk mid-visit: pulled, but the visitor's screen does not change under them.
        services.kiosk().setEnabled(true, 0);
        services.kiosk().noteActivity();
        QVERIFY(!services.kiosk().isAttract());
        QSignalSpy pulled(services.sync(), &sync::SyncService::unitStatusesChanged);
        setStatus(second, "reserved");
        QVERIFY(pulled.wait(60000));
        QCOMPARE(statusOf(services, second), QStringLiteral("available"));
        services.kiosk().endVisit(); // the attract loop: now
        QVERIFY(services.kiosk().isAttract());
        QCOMPARE(statusOf(services, second), QStringLiteral("reserved"));
        QCOMPARE(resets.count(), 0);

        // Recorded once each, as at load; the device's memory of statuses follows (no second event later).
        QVERIFY(services.telemetry().flush(5000));
        QTRY_VERIFY_WITH_TIMEOUT(TestDb(db).value(QStringLiteral("SELECT value FROM device WHERE key = "
                                                                 "'unit_status:%1'")
                                                      .arg(services.development().developmentId()))
                                     .toString()
                                     .contains(QStringLiteral("\"%1\":\"reserved\"").arg(second)),
                                 10000);
        TestDb local(db);
        QCOMPARE(local.count(QStringLiteral("events WHERE name = 'unit_status_changed' AND target = 'unit:%1' "
                                            "AND properties LIKE '%\"to\":\"sold\"%' AND properties LIKE "
                                            "'%\"from\":\"available\"%'").arg(first)),
                 1);
        QCOMPARE(local.count(QStringLiteral("events WHERE name = 'unit_status_changed' AND target = 'unit:%1'").arg(second)), 1);
    }
};

QTEST_MAIN(TestSyncLive)
#include "tst_sync_live.moc"
