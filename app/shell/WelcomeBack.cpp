#include "shell/WelcomeBack.h"

#include "core/DisplayText.h"
#include "core/FinishChoice.h"
#include "core/ResumeCode.h"
#include "profiles/ProfileService.h"
#include "shell/QmlSingletons.h"
#include "shell/ShowroomServices.h"
#include "telemetry/Returning.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace showroom::shell {

namespace tel = showroom::telemetry;

QString unitStatusMemory(const core::DevelopmentData &data)
{
    QJsonObject statuses;
    for (const core::Unit &u : data.units)
        statuses.insert(u.id, core::statusKey(u.status));
    return QString::fromUtf8(QJsonDocument(statuses).toJson(QJsonDocument::Compact));
}

QList<UnitStatusChange> unitStatusChanges(const QString &memory, const core::DevelopmentData &data)
{
    const QJsonObject seen = QJsonDocument::fromJson(memory.toUtf8()).object();
    QList<UnitStatusChange> changes;
    for (const core::Unit &u : data.units) {
        const QString before = seen.value(u.id).toString();
        const QString now = core::statusKey(u.status);
        if (!before.isEmpty() && before != now)
            changes.append({u.id, before, now});
    }
    return changes;
}

// What a worker's lookup found; copied back to the GUI thread.
struct WelcomeBack::Lookup
{
    enum Kind
    {
        Desktop,
        Code,
        Email,
        Status
    } kind = Desktop;
    bool ok = true;
    QString error;
    QStringList visitors;      // Code, Email: every visitor matching, most recent first
    tel::ReturningVisitor who; // Desktop: the install's visitor; Code, Email: the one recognised
    QString previousMemory;    // Status: the statuses this device saw last
};

namespace {

// A connection of the worker's own (a connection belongs to the thread that opened it).
bool openDatabase(tel::sql::Connection &db, const QString &path, bool write, QString *error)
{
    if (!db.open(path, write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, error))
        return false;
    db.exec("PRAGMA busy_timeout=2000"); // the app's writer holds the lock for a batch at most
    return true;
}

} // namespace

WelcomeBack *WelcomeBack::create(QQmlEngine *engine, QJSEngine *scriptEngine)
{
    return ProvidedInstance<WelcomeBack>::create(engine, scriptEngine);
}

WelcomeBack::WelcomeBack(ShowroomServices *services, QObject *parent) : QObject(parent), m_services(services)
{
}

WelcomeBack::~WelcomeBack() = default;

void WelcomeBack::forgetVisitor()
{
    m_state = Idle;
    m_problem = NoProblem;
    m_problemDetail.clear();
    m_shown = false;
    m_visitor.clear();
    m_firstName.clear();
    m_unitId.clear();
    m_finishes.clear();
    m_favourites.clear();
    m_unitFinishes.clear();
    m_timelineDate = m_sunDate = QDate();
    m_sunMinutes = -1;
    m_recommendations.clear();
    m_noLongerAvailable.clear();
    emit changed();
}

void WelcomeBack::setClock(std::function<qint64()> nowUtcMs)
{
    m_clock = std::move(nowUtcMs);
    if (m_profiles && m_clock)
        m_profiles->setClock(m_clock);
}

bool WelcomeBack::kiosk() const
{
    return m_services->telemetry().mode() == QLatin1String("kiosk");
}

QString WelcomeBack::databasePath() const
{
    const QString path = m_services->telemetry().recorder().options().path;
    return path.isEmpty() || path.startsWith(QLatin1Char(':')) ? QString() : path;
}

bool WelcomeBack::canRecognise() const
{
    return !databasePath().isEmpty();
}

bool WelcomeBack::canContinue() const
{
    return m_state == Recognised && (!m_unitId.isEmpty() || !m_favourites.isEmpty());
}

QString WelcomeBack::timelineDateText() const
{
    return m_timelineDate.isValid() ? core::formatDate(m_timelineDate, m_services->language().locale())
                                    : QString();
}

QString WelcomeBack::sunDateText() const
{
    return m_sunDate.isValid() ? core::formatDate(m_sunDate, m_services->language().locale()) : QString();
}

QString WelcomeBack::sunTimeText() const
{
    return m_sunMinutes < 0 ? QString()
                            : QStringLiteral("%1:%2")
                                  .arg(m_sunMinutes / 60, 2, 10, QLatin1Char('0'))
                                  .arg(m_sunMinutes % 60, 2, 10, QLatin1Char('0'));
}

profiles::ProfileService *WelcomeBack::profiles()
{
    if (!m_profiles && canRecognise()) {
        m_profiles = std::make_unique<profiles::ProfileService>(databasePath());
        if (m_clock)
            m_profiles->setClock(m_clock);
        connect(m_profiles.get(), &profiles::ProfileService::ready, this, &WelcomeBack::onProfile);
        connect(m_profiles.get(), &profiles::ProfileService::failed, this, [this](const QString &visitor) {
            if (visitor == m_visitor)
                fail(Unavailable);
        });
    }
    if (m_profiles)
        m_profiles->setDevelopment(m_services->development().data()); // statuses as they are now
    return m_profiles.get();
}

void WelcomeBack::runLookup(std::function<Lookup()> job)
{
    auto *watcher = new QFutureWatcher<Lookup>(this);
    connect(watcher, &QFutureWatcher<Lookup>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onLookup(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

void WelcomeBack::start()
{
    // A kiosk visit that ends (idle timeout, the next visitor) takes its welcome with it.
    connect(&m_services->telemetry(), &tel::Telemetry::sessionEnding, this, [this] {
        if (kiosk() && !m_continuing)
            forgetVisitor();
    });
    const QString path = databasePath();
    if (path.isEmpty())
        return;
    const core::DevelopmentData &data = m_services->development().data();
    // Unit statuses: what the package says now against what this device saw last.
    if (!data.units.isEmpty()) {
        const QString key = QStringLiteral("unit_status:") + data.development.id;
        const QString memory = unitStatusMemory(data);
        runLookup([path, key, memory] {
            Lookup r;
            r.kind = Lookup::Status;
            tel::sql::Connection db;
            r.ok = openDatabase(db, path, true, &r.error) &&
                   tel::swapDeviceValue(db, key, memory, &r.previousMemory, &r.error);
            return r;
        });
    }
    if (kiosk())
        return;
    // Desktop: the install's own visitor (telemetry's desktop_visitor) is back if they had a session before.
    const QString visitor = m_services->telemetry().visitorId();
    const QString session = m_services->telemetry().sessionId();
    if (visitor.isEmpty())
        return;
    m_state = Looking;
    emit changed();
    runLookup([path, visitor, session] {
        Lookup r;
        r.kind = Lookup::Desktop;
        tel::sql::Connection db;
        r.ok = openDatabase(db, path, false, &r.error) &&
               tel::describeVisitor(db, visitor, session, &r.who, &r.error);
        return r;
    });
}

void WelcomeBack::recognise(const QString &codeOrEmail)
{
    const QString text = codeOrEmail.trimmed();
    if (m_state == Looking || text.isEmpty())
        return;
    const QString path = databasePath();
    if (path.isEmpty())
        return fail(Unavailable);
    Lookup::Kind kind = Lookup::Email;
    QString wanted = text;
    if (!text.contains(QLatin1Char('@'))) {
        // A code: read it here (typing mistakes are caught by its check digits), then look for the
        // brochure by the code as printed.
        QString error;
        const auto point = core::readResumeCode(m_services->development().data(), text, &error);
        if (!point)
            return fail(NotACode, error);
        kind = Lookup::Code;
        wanted = core::makeResumeCode(m_services->development().data(), *point);
    }
    m_state = Looking;
    m_problem = NoProblem;
    m_problemDetail.clear();
    emit changed();
    runLookup([path, kind, wanted] {
        Lookup r;
        r.kind = kind;
        tel::sql::Connection db;
        r.ok = openDatabase(db, path, false, &r.error);
        if (!r.ok)
            return r;
        r.visitors = kind == Lookup::Code ? tel::visitorsByBrochureCode(db, wanted, &r.error)
                                          : tel::visitorsByConsentedEmail(db, wanted, &r.error);
        r.ok = r.error.isEmpty();
        // The same e-mail left on several kiosk visits is the same person: the latest visit speaks. A
        // code is only a home and its finishes: two buyers may hold the same one, so it must be unique.
        if (r.ok && (r.visitors.size() == 1 || (kind == Lookup::Email && !r.visitors.isEmpty())))
            r.ok = tel::describeVisitor(db, r.visitors.constFirst(), QString(), &r.who, &r.error);
        return r;
    });
}

void WelcomeBack::onLookup(const Lookup &r)
{
    if (r.kind == Lookup::Status) {
        if (r.ok)
            recordStatusChanges(r.previousMemory);
        else
            qWarning().noquote() << "welcome back: unit statuses not compared:" << r.error;
        return;
    }
    if (r.kind == Lookup::Desktop) {
        if (!r.ok || r.who.earlierSessions < 1 || !profiles()) {
            m_state = Idle; // a first visit (or nothing readable): no welcome
            emit changed();
            return;
        }
        m_visitor = r.who.visitor;
        m_firstName = r.who.firstName;
        profiles()->request(m_visitor);
        return;
    }
    if (m_state != Looking)
        return; // the visit ended while we looked
    if (!r.ok)
        return fail(Unavailable, r.error);
    if (r.visitors.isEmpty())
        return fail(r.kind == Lookup::Code ? UnknownCode : UnknownEmail);
    if (r.kind == Lookup::Code && r.visitors.size() > 1)
        return fail(SharedCode);
    if (!profiles())
        return fail(Unavailable);
    m_visitor = r.who.visitor;
    m_firstName = r.who.firstName;
    // From now on this kiosk session is theirs: what they do joins their own history.
    m_continuing = true;
    m_services->telemetry().continueVisitor(m_visitor);
    m_continuing = false;
    profiles()->request(m_visitor);
}

void WelcomeBack::onProfile(const QString &visitor, const profiles::ProfileResult &result)
{
    if (visitor != m_visitor || m_state != Looking)
        return;
    const core::DevelopmentData &data = m_services->development().data();
    const profiles::VisitorProfile &p = result.profile;
    m_unitId.clear();
    m_unitFinishes.clear();
    for (const profiles::Interest &u : p.units) {
        if (!data.unit(u.key))
            continue;
        if (m_unitId.isEmpty())
            m_unitId = u.key;
        if (!u.finishes.isEmpty())
            m_unitFinishes.insert(u.key, u.finishes);
    }
    m_finishes = m_unitFinishes.value(m_unitId);
    m_favourites.clear();
    for (const QString &id : p.favourites)
        if (data.unit(id))
            m_favourites.append(id);
    m_timelineDate = QDate::fromString(p.lastLooked.timelineDate, Qt::ISODate);
    m_sunDate = QDate::fromString(p.lastLooked.sunDate, Qt::ISODate);
    const QTime sunTime = QTime::fromString(p.lastLooked.sunTime, QStringLiteral("HH:mm"));
    m_sunMinutes = sunTime.isValid() ? sunTime.hour() * 60 + sunTime.minute() : -1;
    auto toMap = [](const profiles::Recommendation &r) {
        return QVariantMap{{QStringLiteral("unitId"), r.unitId},
                           {QStringLiteral("reason"), r.reason},
                           {QStringLiteral("match"), r.match},
                           {QStringLiteral("likeUnit"), r.likeUnit}};
    };
    m_recommendations.clear();
    for (const profiles::Recommendation &r : result.recommendations.units)
        m_recommendations.append(toMap(r));
    m_noLongerAvailable.clear();
    for (const profiles::NoLongerAvailable &n : result.recommendations.noLongerAvailable) {
        QVariantList alternatives;
        for (const profiles::Recommendation &r : n.alternatives)
            alternatives.append(toMap(r));
        m_noLongerAvailable.append(QVariantMap{{QStringLiteral("unitId"), n.unitId},
                                               {QStringLiteral("status"), n.status},
                                               {QStringLiteral("why"), n.why},
                                               {QStringLiteral("alternatives"), alternatives}});
    }
    m_state = Recognised;
    // A desktop visitor with nothing remembered is not interrupted; a kiosk visitor asked to be known.
    m_shown = result.found || kiosk();
    emit changed();
}

void WelcomeBack::fail(Problem problem, const QString &detail)
{
    m_state = kiosk() ? NotRecognised : Idle;
    m_problem = problem;
    m_problemDetail = detail;
    emit changed();
}

void WelcomeBack::clearProblem()
{
    if (m_problem == NoProblem)
        return;
    m_problem = NoProblem;
    m_problemDetail.clear();
    if (m_state == NotRecognised)
        m_state = Idle;
    emit changed();
}

bool WelcomeBack::continueWhereLeftOff()
{
    if (m_state != Recognised)
        return false;
    ShowroomServices &s = *m_services;
    const core::DevelopmentData &data = s.development().data();
    s.favourites().restore(m_favourites); // silent: hearting them again is no new interest
    for (auto it = m_unitFinishes.cbegin(); it != m_unitFinishes.cend(); ++it)
        s.finishes().setChoice(it.key(), core::parseFinishChoice(it.value(), data, nullptr));
    if (m_timelineDate.isValid())
        s.timeline().setDate(m_timelineDate);
    if (m_sunDate.isValid())
        s.sun().setDate(m_sunDate);
    if (m_sunMinutes >= 0)
        s.sun().setMinutes(m_sunMinutes);
    if (!m_unitId.isEmpty())
        s.navigation().selectUnit(m_unitId, QStringLiteral("welcome_back"));
    m_shown = false;
    emit changed();
    emit restored();
    return true;
}

bool WelcomeBack::showUnit(const QString &unitId)
{
    if (!m_services->navigation().selectUnit(unitId, QStringLiteral("welcome_back")))
        return false;
    dismiss();
    return true;
}

void WelcomeBack::dismiss()
{
    if (!m_shown)
        return;
    m_shown = false;
    emit changed();
}

void WelcomeBack::recordStatusChanges(const QString &previousMemory)
{
    for (const UnitStatusChange &c : unitStatusChanges(previousMemory, m_services->development().data()))
        m_services->interest().recordUnitStatusChange(c.unitId, c.from, c.to);
}

} // namespace showroom::shell
