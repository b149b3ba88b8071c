// The kiosk composed over the real services, without a window: a visit is a telemetry session in a real
// SQLite file (none during the attract loop), its end as idle_timeout clears every trace of the visitor,
// a database deleted between visits is recreated (with a staff note), and a development package replaced
// while running is reloaded on the staff command (a broken one keeps the one on show, with a note); the
// staff PIN is the configuration file's, and needed again every time staff mode has closed.
#include "../staff/StaffFixture.h"
#include "../telemetry/TestDb.h"
#include "kiosk/KioskMode.h"
#include "kiosk/KioskSession.h"
#include "shell/ShowroomServices.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

class tst_KioskMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void theAttractLoopRecordsNothingAndATouchStartsASession();
    void theEndOfAVisitClearsEveryTraceOfTheVisitor();
    void aDeletedDatabaseIsRecreatedBetweenVisits();
    void aReplacedDevelopmentIsReloadedOnTheStaffCommand();
    void leavingNeedsStaffMode();
    void theConfiguredPinIsTheStaffPin();
    void staffModeNeedsThePinEveryTime();
    void theConfiguredPinSurvivesADeletedDatabase();

private:
    void start(const QString &developmentDir = QStringLiteral(SHOWROOM_DEMO_DIR),
               const kiosk::KioskConfig &config = {});
    // The configuration's [staff] pin_hash for pin (cheap Argon2id: the cost is in the string).
    static kiosk::KioskConfig configWithPin(const QString &pin)
    {
        kiosk::KioskConfig config;
        QString error;
        config.staffPinHash = QString::fromLatin1(staff::pin::hash(pin, fixture::cheapCost(), &error));
        return config;
    }
    // What the staff PIN pad does: true when accepted.
    bool tryPin(const QString &pin)
    {
        staff::StaffAccess &staff = m_services->staff();
        QSignalSpy accepted(&staff, &staff::StaffAccess::accepted);
        QSignalSpy rejected(&staff, &staff::StaffAccess::rejected);
        staff.tryPin(pin);
        if (!QTest::qWaitFor([&] { return accepted.count() + rejected.count() > 0; }, 10000))
            qWarning("no answer to the PIN");
        return accepted.count() == 1;
    }
    void idleOut()
    {
        m_now += m_mode->session().idleTimeoutMs();
        m_mode->session().tick();
        m_now += m_mode->session().stillThereMs();
        m_mode->session().tick();
    }
    QString db() const { return m_dir->filePath(QStringLiteral("kiosk.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
    std::unique_ptr<kiosk::KioskMode> m_mode;
    qint64 m_now = 0;
};

void tst_KioskMode::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = 1000;
}

void tst_KioskMode::cleanup()
{
    m_mode.reset();
    m_services.reset();
    m_dir.reset();
}

void tst_KioskMode::start(const QString &developmentDir, const kiosk::KioskConfig &config)
{
    telemetry::Telemetry::Options t;
    t.recorder.path = db();
    t.mode = QStringLiteral("kiosk");
    t.deviceId = QStringLiteral("test-kiosk");
    t.language = QStringLiteral("en");
    t.watchApplication = false;
    m_services = std::make_unique<shell::ShowroomServices>(t);
    QString error;
    QVERIFY2(m_services->loadDevelopment(developmentDir, &error), qPrintable(error));
    QVERIFY2(m_services->startTelemetry(&error, false), qPrintable(error));
    kiosk::KioskMode::Options k;
    k.config = config;
    k.developmentDir = developmentDir;
    k.databasePath = db();
    m_mode = std::make_unique<kiosk::KioskMode>(*m_services, k);
    m_mode->session().setClock([this] { return m_now; });
    m_mode->begin();
    m_mode->session().setEnabled(true, 0); // the test ticks
}

void tst_KioskMode::theAttractLoopRecordsNothingAndATouchStartsASession()
{
    start();
    QVERIFY(m_services->telemetry().sessionId().isEmpty());
    m_services->telemetry().track(QStringLiteral("tour_started"), {}); // the loop's own doings
    m_mode->session().noteActivity();
    const QString session = m_services->telemetry().sessionId();
    QVERIFY(!session.isEmpty());
    m_services->navigation().selectUnit(m_services->development().data().units.at(3).id, QStringLiteral("card"));
    idleOut();
    QVERIFY(m_services->telemetry().sessionId().isEmpty());
    QVERIFY(m_services->telemetry().flush(5000));
    TestDb check(db());
    QVERIFY(check.ok());
    QCOMPARE(check.count(QStringLiteral("sessions")), 1);
    QCOMPARE(check.value(QStringLiteral("SELECT mode FROM sessions")).toString(), QStringLiteral("kiosk"));
    QCOMPARE(check.value(QStringLiteral("SELECT end_reason FROM sessions")).toString(), QStringLiteral("idle_timeout"));
    QCOMPARE(check.count(QStringLiteral("events WHERE session_id IS NULL")), 0);
    QVERIFY(check.count(QStringLiteral("events WHERE name = 'unit_selected'")) == 1);
}

void tst_KioskMode::theEndOfAVisitClearsEveryTraceOfTheVisitor()
{
    start();
    shell::ShowroomServices &s = *m_services;
    const QList<core::Unit> &units = s.development().data().units;
    m_mode->session().noteActivity();
    const QDate firstDate = s.timeline().date(); // the package's first view, before any visitor
    QVERIFY(firstDate.isValid());
    s.favourites().toggle(units.at(1).id);
    s.favourites().toggle(units.at(2).id);
    s.compareList().add(units.at(1).id);
    s.compareList().add(units.at(2).id);
    s.finder().setMinBedrooms(3);
    QVERIFY(s.navigation().selectUnit(units.at(2).id, QStringLiteral("card")));
    for (const core::FinishPalette &p : s.development().data().finishPalettes) {
        if (!p.standard && !p.surfaces.isEmpty()) {
            QVERIFY(s.finishes().choose(p.surfaces.firstKey(), p.id));
            break;
        }
    }
    s.leadForm().open(units.at(2).id);
    s.leadForm().setFirstName(QStringLiteral("Ada"));
    s.leadForm().setEmail(QStringLiteral("ada@example.com"));
    s.language().setCode(QStringLiteral("de"));
    s.timeline().setDate(s.timeline().firstDate().addDays(60)); // mid-construction
    QVERIFY(s.timeline().date() != firstDate && !s.timeline().finished());
    s.sun().setMinutes(20 * 60);
    QVERIFY(s.navigation().showBuilding(s.development().data().buildings.constFirst().id, QStringLiteral("card")));
    QVERIFY(!s.finishes().choiceFor(units.at(2).id).isEmpty());

    idleOut();
    QVERIFY(m_mode->session().isAttract());
    QCOMPARE(s.favourites().count(), 0);
    QCOMPARE(s.compareList().count(), 0);
    QCOMPARE(s.finder().minBedrooms(), 0);
    QVERIFY(s.selection().selectedUnitId().isEmpty());
    QVERIFY(s.finishes().choiceFor(units.at(2).id).isEmpty());
    QVERIFY(!s.leadForm().isShown());
    QVERIFY(s.leadForm().firstName().isEmpty());
    QVERIFY(s.leadForm().email().isEmpty());
    QCOMPARE(s.language().code(), QStringLiteral("en"));
    QCOMPARE(s.timeline().date(), firstDate); // what the next visitor sees first: the package's first view
    QVERIFY(s.timeline().finished());        // the demo's is the finished development
    QCOMPARE(s.navigation().mode(), shell::Navigation::Site);
    QVERIFY(!s.navigation().canGoBack());
}

void tst_KioskMode::aDeletedDatabaseIsRecreatedBetweenVisits()
{
    start();
    m_mode->session().noteActivity();
    idleOut();
    QVERIFY(m_services->telemetry().flush(5000));
    QVERIFY(QFile::remove(db()));
    QVERIFY(m_mode->checkDatabase());
    QVERIFY(QFile::exists(db()));
    QCOMPARE(m_mode->session().notes().size(), 1);
    QVERIFY2(m_mode->session().notes().constFirst().contains(QStringLiteral("had been deleted; a new one was created")),
             qPrintable(m_mode->session().notes().constFirst()));
    // The next visitor's session goes into the new file.
    m_mode->session().noteActivity();
    m_services->navigation().selectUnit(m_services->development().data().units.at(5).id, QStringLiteral("card"));
    idleOut();
    QVERIFY(m_services->telemetry().flush(5000));
    TestDb check(db());
    QCOMPARE(check.count(QStringLiteral("sessions")), 1);
    QCOMPARE(check.count(QStringLiteral("events WHERE name = 'unit_selected'")), 1);
}

void tst_KioskMode::aReplacedDevelopmentIsReloadedOnTheStaffCommand()
{
    // A copy of the demo package the test may replace.
    const QString package = m_dir->filePath(QStringLiteral("package"));
    QDirIterator it(QStringLiteral(SHOWROOM_DEMO_DIR), QDir::Files, QDirIterator::Subdirectories);
    const QDir from(QStringLiteral(SHOWROOM_DEMO_DIR));
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = package + u'/' + from.relativeFilePath(file);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QVERIFY(QFile::copy(file, to));
    }
    start(package);
    const QString manifest = package + QStringLiteral("/development.json");
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    const QString before = m_services->development().name();
    // Replaced: a new name.
    QByteArray renamed = json;
    renamed.replace(before.toUtf8(), QByteArrayLiteral("Riverside Phase Two"));
    QVERIFY(renamed != json);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(renamed);
    f.close();
    m_mode->session().requestReload();
    QCOMPARE(m_services->development().name(), QStringLiteral("Riverside Phase Two"));
    QVERIFY(m_mode->session().notes().constLast().startsWith(QStringLiteral("Development reloaded")));
    // Replaced by something broken (a copy cut short): the one on show stays, staff are told.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(renamed.left(renamed.size() / 2));
    f.close();
    m_mode->session().requestReload();
    QCOMPARE(m_services->development().name(), QStringLiteral("Riverside Phase Two"));
    QVERIFY2(m_mode->session().notes().constLast().startsWith(QStringLiteral("Development not reloaded")),
             qPrintable(m_mode->session().notes().constLast()));
}

void tst_KioskMode::leavingNeedsStaffMode()
{
    start();
    QSignalSpy approved(m_mode.get(), &kiosk::KioskMode::exitApproved);
    m_mode->session().requestExit(); // from anywhere but staff mode: nothing
    QCOMPARE(approved.count(), 0);
    QVERIFY(!m_mode->guardFilter().exitAllowed());
}

void tst_KioskMode::theConfiguredPinIsTheStaffPin()
{
    // The device had its own PIN (showroom-admin set-pin); the kiosk's configuration names another.
    QVERIFY(fixture::makeDatabase(db()));
    QVERIFY(fixture::setPin(db(), QStringLiteral("1111"), fixture::cheapCost()));
    start(QStringLiteral(SHOWROOM_DEMO_DIR), configWithPin(QStringLiteral("2468")));
    QVERIFY(!tryPin(QStringLiteral("1111")));
    QVERIFY(tryPin(QStringLiteral("2468")));
    QVERIFY(m_services->staff().isUnlocked());
    QVERIFY(m_services->telemetry().flush(5000));
    TestDb check(db());
    QCOMPARE(check.count(QStringLiteral("staff_audit WHERE action = 'pin_configured'")), 1);
}

void tst_KioskMode::staffModeNeedsThePinEveryTime()
{
    start(QStringLiteral(SHOWROOM_DEMO_DIR), configWithPin(QStringLiteral("2468")));
    kiosk::KioskSession &k = m_mode->session();
    staff::StaffAccess &staff = m_services->staff();
    k.noteActivity();
    k.requestStaff();
    k.openStaff(); // without the PIN (nothing in the UI does this; a stray call): not opened
    QVERIFY(!k.isStaffOpen());
    k.requestStaff();
    QVERIFY(tryPin(QStringLiteral("2468")));
    k.openStaff(); // the gate, after the pad's accepted()
    QVERIFY(k.isStaffOpen());
    // Back to visitors: the PIN is needed again (the dashboard behind Staff.unlocked is closed too).
    k.closeStaff();
    QVERIFY(!staff.isUnlocked());
    k.requestStaff();
    k.openStaff();
    QVERIFY(!k.isStaffOpen());
    k.requestStaff();
    QVERIFY(tryPin(QStringLiteral("2468")));
    k.openStaff();
    QVERIFY(k.isStaffOpen());
    // Staff walk away: the visit idles out, staff mode closes and locks.
    idleOut();
    QVERIFY(k.isAttract());
    QVERIFY(!k.isStaffOpen());
    QVERIFY(!staff.isUnlocked());
}

void tst_KioskMode::theConfiguredPinSurvivesADeletedDatabase()
{
    start(QStringLiteral(SHOWROOM_DEMO_DIR), configWithPin(QStringLiteral("2468")));
    QVERIFY(tryPin(QStringLiteral("2468")));
    m_services->staff().lock();
    QVERIFY(m_services->telemetry().flush(5000));
    QVERIFY(QFile::remove(db()));
    QVERIFY(m_mode->checkDatabase());
    // The staff PIN is checked against the new file, which has the configured PIN again.
    QVERIFY(tryPin(QStringLiteral("2468")));
    QVERIFY(!tryPin(QStringLiteral("1357")));
    QVERIFY(m_services->telemetry().flush(5000));
    TestDb check(db());
    QCOMPARE(check.count(QStringLiteral("staff_pin")), 1);
    QCOMPARE(check.value(QStringLiteral("SELECT failures FROM staff_pin")).toInt(), 1);
}

QTEST_MAIN(tst_KioskMode)
#include "tst_kioskmode.moc"
