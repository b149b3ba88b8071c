// Welcome back, as a returning buyer meets it: recognised only by what they agreed to (this install's
// own visitor with an earlier session; on a kiosk their brochure's code or the e-mail left with the
// contact consent), greeted by first name only with that consent, "Continue where you left off"
// restoring the home, favourites, finishes, timeline date and sun time in a real window, a saved home
// sold since told plainly with available alternatives, and unit status changes recorded as events.
// Earlier visits are seeded through the real schema with telemetry's own API.
#include "EventRows.h"
#include "core/FinishChoice.h"
#include "core/ResumeCode.h"
#include "shell/ShowroomServices.h"

#include <QQuickItem>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace showroom;

namespace {

const qint64 kDay = 24 * 3600 * 1000;

struct Visit
{
    QString mode = QStringLiteral("desktop");
    QString unit;             // selected, dwelt on, its finishes chosen
    QString finishes;         // "floor=urban" for unit
    QStringList favourites;   // hearted
    QString timelineDate;     // ISO
    QString sunDate, sunTime; // ISO, "HH:MM"
    QString firstName, email; // a lead when email is set
    bool contactConsent = true;
    QString brochureCode; // the lead's brochure was saved with this code
};

} // namespace

class tst_WelcomeBack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void desktopFirstVisitIsNotWelcomed();
    void desktopReturningVisitorIsWelcomedWithoutName();
    void greetsByFirstNameOnlyWithContactConsent();
    void kioskRecognisesTheBrochureCode();
    void kioskRefusesAWrongCodePlainly();
    void kioskRecognisesAnEmailOnlyWithConsent();
    void continueRestoresEverythingInARealWindow();
    void aSavedHomeSoldSinceIsToldWithAlternatives();
    void aStatusChangeIsAnEvent();
    void kioskEntryAndKeyboardInARealWindow();
    void aKioskVisitEndingForgetsTheWelcome();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("telemetry.db")); }
    QString seed(const Visit &visit); // an earlier visit through telemetry's API; its visitor
    void start(const QString &mode, const core::DevelopmentData *data = nullptr);
    QString unitAt(int i) const { return m_data.units.at(i).id; }
    QString someFinishes() const;
    QQuickItem *item(const char *name) const;
    void click(const char *name);

    core::DevelopmentData m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<shell::ShowroomServices> m_services;
};

void tst_WelcomeBack::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    shell::ShowroomServices probe;
    QString error;
    QVERIFY2(probe.loadDevelopment(QStringLiteral(SHOWROOM_DEMO_DIR), &error), qPrintable(error));
    m_data = probe.development().data();
    QVERIFY(m_data.units.size() > 10);
}

void tst_WelcomeBack::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

QString tst_WelcomeBack::someFinishes() const
{
    for (const core::FinishPalette &p : m_data.finishPalettes)
        if (!p.standard && !p.surfaces.isEmpty())
            return core::formatFinishChoice({{p.surfaces.firstKey(), p.id}});
    return {};
}

QString tst_WelcomeBack::seed(const Visit &v)
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    telemetry::Telemetry::Options options;
    options.recorder.path = db();
    options.mode = v.mode;
    options.watchApplication = false;
    const qint64 then = QDateTime::currentMSecsSinceEpoch() - 3 * kDay;
    options.wallClockMs = [then] { return then; };
    telemetry::Telemetry t(options);
    if (!t.open())
        return {};
    t.startSession(QStringLiteral("en"));
    auto track = [&t](const char *name, const QString &target, QVariantMap p = {}) {
        p.insert(QStringLiteral("target"), target);
        t.track(QString::fromLatin1(name), p);
    };
    if (!v.unit.isEmpty()) {
        track("unit_selected", "unit:" + v.unit);
        t.recordDwell(QStringLiteral("leave"), "unit:" + v.unit, 6 * 60000, 6 * 60000);
        if (!v.finishes.isEmpty())
            track("finish_chosen", "unit:" + v.unit, {{"finishes", v.finishes}});
    }
    for (const QString &f : v.favourites)
        track("favourite_added", "unit:" + f);
    if (!v.timelineDate.isEmpty())
        track("timeline_date_settled", QStringLiteral("timeline"), {{"date", v.timelineDate}});
    if (!v.sunDate.isEmpty())
        track("sun_time_settled", QStringLiteral("timeline"), {{"date", v.sunDate}, {"time", v.sunTime}});
    if (!v.email.isEmpty()) {
        telemetry::Lead lead;
        lead.contact = {{"first_name", v.firstName}, {"last_name", "Example"}, {"email", v.email}};
        lead.request = QStringLiteral("brochure");
        lead.target = "unit:" + v.unit;
        lead.consents.append({v.contactConsent ? QStringLiteral("sales_contact") : QStringLiteral("newsletter"),
                              QStringLiteral("You may contact me."), QStringLiteral("1"), QStringLiteral("en")});
        const QString id = t.storeLead(lead);
        if (!v.brochureCode.isEmpty())
            t.attachBrochure(id, m_dir->filePath("2026-11-01-" + v.unit + "-" + v.brochureCode + ".pdf"));
        track("lead_submitted", "unit:" + v.unit, {{"request", "brochure"}});
    }
    const QString visitor = t.visitorId();
    t.shutdown();
    return visitor;
}

void tst_WelcomeBack::start(const QString &mode, const core::DevelopmentData *data)
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    telemetry::Telemetry::Options options;
    options.recorder.path = db();
    options.mode = mode;
    options.watchApplication = false;
    options.deviceId = QStringLiteral("welcome-test");
    m_services = std::make_unique<shell::ShowroomServices>(options);
    m_services->setDevelopmentData(data ? *data : m_data);
    QString error;
    QVERIFY2(m_services->startTelemetry(&error), qPrintable(error));
}

// Through the visual tree: a Repeater's delegates are the Column's child items, not QObject children.
static QQuickItem *findItem(QQuickItem *in, const QString &name)
{
    if (!in)
        return nullptr;
    if (in->objectName() == name)
        return in;
    for (QQuickItem *child : in->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

QQuickItem *tst_WelcomeBack::item(const char *name) const
{
    return m_services->window() ? findItem(m_services->window()->contentItem(), QString::fromLatin1(name))
                                : nullptr;
}

void tst_WelcomeBack::click(const char *name)
{
    QQuickItem *target = item(name);
    QVERIFY2(target && target->isVisible(), name);
    QTest::qWait(100); // the column lays out its repeated rows in the next polish
    QVERIFY(QTest::qWaitForWindowExposed(m_services->window()));
    const QPointF centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    QTest::mouseClick(m_services->window(), Qt::LeftButton, {}, centre.toPoint());
}

void tst_WelcomeBack::desktopFirstVisitIsNotWelcomed()
{
    start(QStringLiteral("desktop"));
    shell::WelcomeBack &w = m_services->welcome();
    QTRY_COMPARE(w.state(), shell::WelcomeBack::Idle);
    QTest::qWait(300);
    QVERIFY(!w.shown());
    QCOMPARE(w.state(), shell::WelcomeBack::Idle);
}

void tst_WelcomeBack::desktopReturningVisitorIsWelcomedWithoutName()
{
    Visit v;
    v.unit = unitAt(5);
    v.favourites = {unitAt(5), unitAt(7)};
    const QString visitor = seed(v);
    QVERIFY(!visitor.isEmpty());
    start(QStringLiteral("desktop"));
    QCOMPARE(m_services->telemetry().visitorId(), visitor); // the install's own visitor
    shell::WelcomeBack &w = m_services->welcome();
    QTRY_VERIFY(w.shown());
    QCOMPARE(w.state(), shell::WelcomeBack::Recognised);
    QCOMPARE(w.unitId(), unitAt(5));
    QCOMPARE(w.firstName(), QString()); // no lead, no consent: no name
    QCOMPARE(QSet<QString>(w.favourites().cbegin(), w.favourites().cend()),
             QSet<QString>({unitAt(5), unitAt(7)}));
    QVERIFY(!w.recommendations().isEmpty());
}

void tst_WelcomeBack::greetsByFirstNameOnlyWithContactConsent()
{
    Visit v;
    v.unit = unitAt(3);
    v.email = QStringLiteral("anna@example.org");
    v.firstName = QStringLiteral("Anna");
    v.contactConsent = false; // only the newsletter
    seed(v);
    start(QStringLiteral("desktop"));
    QTRY_VERIFY(m_services->welcome().shown());
    QCOMPARE(m_services->welcome().firstName(), QString());
    cleanup();

    v.contactConsent = true;
    seed(v);
    start(QStringLiteral("desktop"));
    QTRY_VERIFY(m_services->welcome().shown());
    QCOMPARE(m_services->welcome().firstName(), QStringLiteral("Anna"));
    // On screen: the greeting by name.
    QString error;
    QVERIFY2(m_services->openWindow(&error), qPrintable(error));
    QTRY_VERIFY(item("welcomeGreeting"));
    QCOMPARE(item("welcomeGreeting")->property("text").toString(), QStringLiteral("Welcome back, Anna"));
}

void tst_WelcomeBack::kioskRecognisesTheBrochureCode()
{
    const core::FinishChoice finishes = core::parseFinishChoice(someFinishes(), m_data, nullptr);
    const QString code = core::makeResumeCode(m_data, {unitAt(9), finishes});
    Visit v;
    v.mode = QStringLiteral("kiosk");
    v.unit = unitAt(9);
    v.finishes = someFinishes();
    v.email = QStringLiteral("ben@example.org");
    v.firstName = QStringLiteral("Ben");
    v.brochureCode = code;
    const QString visitor = seed(v);
    start(QStringLiteral("kiosk"));
    shell::WelcomeBack &w = m_services->welcome();
    QVERIFY(w.canRecognise());
    QVERIFY(m_services->telemetry().visitorId() != visitor); // a kiosk knows nobody by itself
    QTest::qWait(200);
    QVERIFY(!w.shown());

    w.recognise(code.toLower().remove('-')); // typed without dashes, in lower case
    QTRY_VERIFY(w.shown());
    QCOMPARE(w.state(), shell::WelcomeBack::Recognised);
    QCOMPARE(w.visitor(), visitor);
    QCOMPARE(w.firstName(), QStringLiteral("Ben"));
    QCOMPARE(w.unitId(), unitAt(9));
    QCOMPARE(w.finishes(), someFinishes());
    // The session is theirs from now on.
    QCOMPARE(m_services->telemetry().visitorId(), visitor);
}

void tst_WelcomeBack::kioskRefusesAWrongCodePlainly()
{
    const QString code = core::makeResumeCode(m_data, {unitAt(9), {}});
    Visit v;
    v.mode = QStringLiteral("kiosk");
    v.unit = unitAt(9);
    v.email = QStringLiteral("ben@example.org");
    v.brochureCode = code;
    seed(v);
    start(QStringLiteral("kiosk"));
    shell::WelcomeBack &w = m_services->welcome();
    const QString before = m_services->telemetry().visitorId();

    QString typo = code;
    typo[0] = typo[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    w.recognise(typo);
    QCOMPARE(w.state(), shell::WelcomeBack::NotRecognised);
    QCOMPARE(w.problem(), shell::WelcomeBack::NotACode);
    QVERIFY(!w.problemDetail().isEmpty());

    // A real code, but no brochure of any visitor carries it.
    w.recognise(core::makeResumeCode(m_data, {unitAt(10), {}}));
    QTRY_COMPARE(w.state(), shell::WelcomeBack::NotRecognised);
    QCOMPARE(w.problem(), shell::WelcomeBack::UnknownCode);
    QVERIFY(!w.shown());
    QCOMPARE(m_services->telemetry().visitorId(), before); // nobody else's session

    // The message on screen.
    QString error;
    QVERIFY2(m_services->openWindow(&error), qPrintable(error));
    QTRY_VERIFY(item("welcomeProblem"));
    QVERIFY(item("welcomeProblem")->property("text").toString().contains("could not find a brochure"));
}

void tst_WelcomeBack::kioskRecognisesAnEmailOnlyWithConsent()
{
    Visit withConsent;
    withConsent.mode = QStringLiteral("kiosk");
    withConsent.unit = unitAt(2);
    withConsent.email = QStringLiteral("Clara@Example.org");
    withConsent.firstName = QStringLiteral("Clara");
    const QString clara = seed(withConsent);
    Visit newsletterOnly = withConsent;
    newsletterOnly.email = QStringLiteral("dora@example.org");
    newsletterOnly.contactConsent = false;
    seed(newsletterOnly);
    start(QStringLiteral("kiosk"));
    shell::WelcomeBack &w = m_services->welcome();

    w.recognise(QStringLiteral("dora@example.org"));
    QTRY_COMPARE(w.state(), shell::WelcomeBack::NotRecognised);
    QCOMPARE(w.problem(), shell::WelcomeBack::UnknownEmail);

    w.recognise(QStringLiteral("  clara@example.ORG "));
    QTRY_COMPARE(w.state(), shell::WelcomeBack::Recognised);
    QCOMPARE(w.visitor(), clara);
    QCOMPARE(w.firstName(), QStringLiteral("Clara"));
    QCOMPARE(m_services->telemetry().visitorId(), clara);
}

void tst_WelcomeBack::continueRestoresEverythingInARealWindow()
{
    Visit v;
    v.unit = unitAt(12);
    v.finishes = someFinishes();
    v.favourites = {unitAt(12), unitAt(20)};
    v.timelineDate = QStringLiteral("2027-03-01");
    v.sunDate = QStringLiteral("2026-06-21");
    v.sunTime = QStringLiteral("18:30");
    seed(v);
    start(QStringLiteral("desktop"));
    QString error;
    QQuickWindow *window = m_services->openWindow(&error);
    QVERIFY2(window, qPrintable(error));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(m_services->favourites().unitIds().isEmpty());
    QVERIFY(m_services->finishes().choiceFor(unitAt(12)).isEmpty());

    QTRY_VERIFY(item("welcomePanel") && item("welcomePanel")->isVisible());
    QCOMPARE(m_services->welcome().unitId(), unitAt(12));
    QTRY_VERIFY(item("welcomeContinue") && item("welcomeContinue")->isVisible());
    if (qEnvironmentVariableIsSet("SHOWROOM_WELCOME_STILL")) // a still to look at, like a buyer
        window->grabWindow().save(qEnvironmentVariable("SHOWROOM_WELCOME_STILL"));
    click("welcomeContinue");

    QTRY_VERIFY(!item("welcomePanel")->isVisible());
    QCOMPARE(m_services->selection().selectedUnitId(), unitAt(12));
    QCOMPARE(QSet<QString>(m_services->favourites().unitIds().cbegin(), m_services->favourites().unitIds().cend()),
             QSet<QString>({unitAt(12), unitAt(20)}));
    QCOMPARE(core::formatFinishChoice(m_services->finishes().choiceFor(unitAt(12))), someFinishes());
    QCOMPARE(m_services->timeline().date(), QDate(2027, 3, 1));
    QCOMPARE(m_services->sun().date(), QDate(2026, 6, 21));
    QCOMPARE(m_services->sun().minutes(), 18 * 60 + 30);
    // Restoring is not a new heart: no favourite_added written for it.
    const auto hearts = testing::readEvents(m_services->telemetry(), db(),
                                            "name = 'favourite_added' AND session_id = (SELECT max(id) FROM sessions)");
    QCOMPARE(hearts.size(), 0);
}

void tst_WelcomeBack::aSavedHomeSoldSinceIsToldWithAlternatives()
{
    Visit v;
    v.unit = unitAt(4);
    v.favourites = {unitAt(4)};
    seed(v);
    core::DevelopmentData now = m_data;
    now.units[4].status = core::UnitStatus::Sold;
    start(QStringLiteral("desktop"), &now);
    shell::WelcomeBack &w = m_services->welcome();
    QTRY_VERIFY(w.shown());
    QCOMPARE(w.noLongerAvailable().size(), 1);
    const QVariantMap notice = w.noLongerAvailable().constFirst().toMap();
    QCOMPARE(notice.value("unitId").toString(), unitAt(4));
    QCOMPARE(notice.value("status").toString(), QStringLiteral("sold"));
    const QVariantList alternatives = notice.value("alternatives").toList();
    QVERIFY(!alternatives.isEmpty());
    const core::Unit *sold = now.unit(unitAt(4));
    for (const QVariant &a : alternatives) {
        const core::Unit *alt = now.unit(a.toMap().value("unitId").toString());
        QVERIFY(alt);
        QCOMPARE(alt->status, core::UnitStatus::Available);
        QVERIFY2(qAbs(alt->bedrooms - sold->bedrooms) <= 1, qPrintable(alt->id));
        QVERIFY(!a.toMap().value("reason").toString().isEmpty());
    }

    QString error;
    QQuickWindow *window = m_services->openWindow(&error);
    QVERIFY2(window, qPrintable(error));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(item("welcomeNotice"));
    QCOMPARE(item("welcomeNotice")->property("text").toString(),
             QStringLiteral("%1, which you saved, has been sold.")
                 .arg(QString(unitAt(4)).replace('_', ' ')));
    // Each alternative is one tap away.
    click("welcomeAlternative");
    QTRY_VERIFY(!w.shown());
    QCOMPARE(m_services->selection().selectedUnitId(), alternatives.constFirst().toMap().value("unitId").toString());
}

void tst_WelcomeBack::aStatusChangeIsAnEvent()
{
    auto remembered = [this] {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("device"));
        connection.setDatabaseName(db());
        QString value;
        if (connection.open()) {
            QSqlQuery q(connection);
            q.exec(QStringLiteral("SELECT value FROM device WHERE key = 'unit_status:%1'").arg(m_data.development.id));
            if (q.next())
                value = q.value(0).toString();
        }
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("device"));
        return value;
    };
    const QString unit = unitAt(6);
    QCOMPARE(m_data.units[6].status, core::UnitStatus::Available);
    start(QStringLiteral("kiosk")); // this device's first look: remembered, nothing to report
    QTRY_VERIFY(remembered().contains(unit));
    QCOMPARE(testing::readEvents(m_services->telemetry(), db(), "name = 'unit_status_changed'").size(), 0);
    m_services.reset();

    core::DevelopmentData now = m_data;
    now.units[6].status = core::UnitStatus::Reserved;
    start(QStringLiteral("kiosk"), &now);
    QList<testing::EventRow> changes;
    QTRY_VERIFY((changes = testing::readEvents(m_services->telemetry(), db(), "name = 'unit_status_changed'"))
                    .size() == 1);
    QCOMPARE(changes[0].target, "unit:" + unit);
    QCOMPARE(changes[0].properties.value("unit").toString(), unit);
    QCOMPARE(changes[0].properties.value("from").toString(), QStringLiteral("available"));
    QCOMPARE(changes[0].properties.value("to").toString(), QStringLiteral("reserved"));
    m_services.reset();

    // The same package again: nothing new to report.
    start(QStringLiteral("kiosk"), &now);
    QTest::qWait(500);
    QCOMPARE(testing::readEvents(m_services->telemetry(), db(), "name = 'unit_status_changed'").size(), 1);
}

void tst_WelcomeBack::kioskEntryAndKeyboardInARealWindow()
{
    const QString code = core::makeResumeCode(m_data, {unitAt(14), {}});
    Visit v;
    v.mode = QStringLiteral("kiosk");
    v.unit = unitAt(14);
    v.favourites = {unitAt(14)};
    v.email = QStringLiteral("eva@example.org");
    v.firstName = QStringLiteral("Eva");
    v.brochureCode = code;
    seed(v);
    start(QStringLiteral("kiosk"));
    QString error;
    QQuickWindow *window = m_services->openWindow(&error);
    QVERIFY2(window, qPrintable(error));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->requestActivate();

    // "Been here before?" -> type the code as read off the brochure -> Enter.
    QTRY_VERIFY(item("welcomeEntryButton") && item("welcomeEntryButton")->isVisible());
    click("welcomeEntryButton");
    QTRY_VERIFY(item("welcomeCodeInput") && item("welcomeCodeInput")->hasActiveFocus());
    for (const QChar c : code.toLower())
        QTest::keyClick(window, c.toLatin1());
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_VERIFY(item("welcomePanel")->isVisible());
    QCOMPARE(item("welcomeGreeting")->property("text").toString(), QStringLiteral("Welcome back, Eva"));
    QVERIFY(!item("welcomeEntry")->isVisible());

    // Keyboard: the main action has the focus; Space continues.
    QTRY_VERIFY(item("welcomeContinue")->hasActiveFocus());
    QTest::keyClick(window, Qt::Key_Space);
    QTRY_VERIFY(!item("welcomePanel")->isVisible());
    QCOMPARE(m_services->selection().selectedUnitId(), unitAt(14));
    QCOMPARE(m_services->favourites().unitIds(), QStringList{unitAt(14)});
}

void tst_WelcomeBack::aKioskVisitEndingForgetsTheWelcome()
{
    Visit v;
    v.mode = QStringLiteral("kiosk");
    v.unit = unitAt(2);
    v.email = QStringLiteral("fay@example.org");
    v.firstName = QStringLiteral("Fay");
    seed(v);
    start(QStringLiteral("kiosk"));
    shell::WelcomeBack &w = m_services->welcome();
    w.recognise(QStringLiteral("fay@example.org"));
    QTRY_VERIFY(w.shown());
    QCOMPARE(w.firstName(), QStringLiteral("Fay"));
    // Escape-like dismissal keeps it for a later look; the visit ending does not.
    w.dismiss();
    QCOMPARE(w.state(), shell::WelcomeBack::Recognised);
    m_services->telemetry().endSession(QStringLiteral("idle_timeout"));
    QCOMPARE(w.state(), shell::WelcomeBack::Idle);
    QCOMPARE(w.firstName(), QString());
    QCOMPARE(w.unitId(), QString());
    QVERIFY(!w.continueWhereLeftOff());
}

QTEST_MAIN(tst_WelcomeBack)
#include "tst_welcomeback.moc"
