#include "telemetry/Telemetry.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QGuiApplication>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

namespace showroom::telemetry {
namespace {

QPointer<Telemetry> &provided()
{
    static QPointer<Telemetry> instance;
    return instance;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Any input anywhere in the application counts as the visitor being engaged.
class ActivityFilter : public QObject
{
public:
    explicit ActivityFilter(Telemetry &telemetry) : m_telemetry(telemetry) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseMove:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TouchEnd:
        case QEvent::KeyPress:
        case QEvent::Wheel:
        case QEvent::TabletPress:
        case QEvent::TabletMove:
        case QEvent::NativeGesture:
            m_telemetry.noteActivity();
            break;
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    Telemetry &m_telemetry;
};

RecorderOptions withDefaults(RecorderOptions r, const Telemetry::Options &o)
{
    if (!r.wallClockMs)
        r.wallClockMs = o.wallClockMs;
    return r;
}

} // namespace

Telemetry::Telemetry(Options options, QObject *parent)
    : QObject(parent), m_options([&] {
          if (!options.clock)
              options.clock = steadyClock();
          if (!options.wallClockMs)
              options.wallClockMs = [] { return QDateTime::currentMSecsSinceEpoch(); };
          return options;
      }()),
      m_attention(m_options.clock, m_options.engagementWindowMs), m_recorder([this] {
          RecorderOptions r = withDefaults(m_options.recorder, m_options);
          auto userCallback = r.onErrorChanged;
          QPointer<Telemetry> self(this);
          r.onErrorChanged = [self, userCallback](const QString &error) {
              if (userCallback)
                  userCallback(error);
              // Writer thread -> GUI thread; the property changes where QML reads it.
              if (self) {
                  QMetaObject::invokeMethod(
                      self.data(),
                      [self, error] {
                          if (self && self->m_lastError != error) {
                              self->m_lastError = error;
                              emit self->lastErrorChanged();
                          }
                      },
                      Qt::QueuedConnection);
              }
          };
          return r;
      }())
{
    if (m_options.watchApplication) {
        if (auto *app = QCoreApplication::instance()) {
            m_activityFilter = std::make_unique<ActivityFilter>(*this);
            app->installEventFilter(m_activityFilter.get());
            connect(app, &QCoreApplication::aboutToQuit, this, &Telemetry::shutdown);
        }
        if (qGuiApp) {
            connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
                    &Telemetry::setApplicationState);
            m_everActive = QGuiApplication::applicationState() == Qt::ApplicationActive;
        }
    }
    if (m_options.idleTimeoutMs > 0) {
        m_idleTimer.setInterval(1000);
        connect(&m_idleTimer, &QTimer::timeout, this, &Telemetry::checkIdle);
        m_idleTimer.start();
    }
}

Telemetry::~Telemetry()
{
    if (m_activityFilter && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(m_activityFilter.get());
    if (!m_session.isEmpty())
        endSession(QStringLiteral("exit"));
    m_recorder.stop();
}

bool Telemetry::open(QString *error)
{
    return m_recorder.start(error);
}

void Telemetry::provide(Telemetry *telemetry)
{
    provided() = telemetry;
}

Telemetry *Telemetry::create(QQmlEngine *, QJSEngine *)
{
    if (Telemetry *t = provided()) {
        QJSEngine::setObjectOwnership(t, QJSEngine::CppOwnership);
        return t;
    }
    // Nothing provided (QML tests, tools): an in-memory recorder; the engine owns and deletes it.
    Options options;
    options.watchApplication = false;
    auto *t = new Telemetry(options);
    t->open();
    return t;
}

void Telemetry::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    emit enabledChanged();
}

void Telemetry::setLanguage(const QString &language)
{
    if (m_options.language == language)
        return;
    m_options.language = language;
    emit languageChanged();
    track(QStringLiteral("language_changed"),
          {{QStringLiteral("target"), QStringLiteral("site")}, {QStringLiteral("language"), language}});
}

Event Telemetry::makeEvent(const QString &name, const QString &target) const
{
    Event e;
    e.name = name;
    e.target = target;
    e.session = m_session;
    e.visitor = m_visitor;
    e.tsUtcMs = m_options.wallClockMs();
    e.monoMs = m_attention.now();
    return e;
}

void Telemetry::submit(Event &&event)
{
    if (!m_recorder.record(std::move(event)))
        emit droppedEventsChanged();
}

void Telemetry::track(const QString &name, const QVariantMap &properties)
{
    if (!m_enabled || name.isEmpty())
        return;
    Event e = makeEvent(name, properties.value(QStringLiteral("target")).toString());
    e.properties = properties; // shared, not copied: the writer drops the "target" key (Records.h)
    submit(std::move(e));
}

void Telemetry::recordDwell(const QString &name, const QString &target, qint64 engagedMs, qint64 elapsedMs,
                            const QVariantMap &properties)
{
    if (!m_enabled)
        return;
    Event e = makeEvent(name, target);
    e.properties = properties;
    e.engagedMs = engagedMs;
    e.elapsedMs = elapsedMs;
    submit(std::move(e));
}

void Telemetry::noteActivity()
{
    m_attention.noteActivity();
    // The first touch after an idle timeout is the next visitor.
    if (m_endedByIdle && m_session.isEmpty() && !m_attention.isPaused())
        startSession();
}

void Telemetry::checkIdle()
{
    if (m_options.idleTimeoutMs <= 0 || m_session.isEmpty() || m_attention.isPaused())
        return;
    const qint64 last = m_attention.lastActivity();
    if (last >= 0 && m_attention.now() - last < m_options.idleTimeoutMs)
        return;
    endSession(QStringLiteral("idle_timeout"));
    m_endedByIdle = true;
    emit idleTimedOut();
}

void Telemetry::cameraSample(const QVector3D &position, const QVector3D &direction, const QString &target)
{
    if (!m_enabled)
        return;
    const qint64 now = m_attention.now();
    if (m_haveCamera && now - m_cameraAt < m_options.cameraIntervalMs)
        return;
    // Only while moving: a camera at rest adds nothing to a heatmap but rows.
    if (m_haveCamera && (position - m_cameraPos).length() < 0.01f &&
        (direction - m_cameraDir).length() < 0.001f)
        return;
    m_haveCamera = true;
    m_cameraPos = position;
    m_cameraDir = direction;
    m_cameraAt = now;
    Event e = makeEvent(QStringLiteral("camera"), target.isEmpty() ? QStringLiteral("site") : target);
    auto round = [](float v) { return qRound64(double(v) * 1000.0) / 1000.0; };
    e.properties = {
        {QStringLiteral("p"), QVariantList{round(position.x()), round(position.y()), round(position.z())}},
        {QStringLiteral("d"),
         QVariantList{round(direction.x()), round(direction.y()), round(direction.z())}}};
    submit(std::move(e));
}

void Telemetry::startSession(const QString &language)
{
    m_endedByIdle = false;
    if (!m_session.isEmpty())
        endSession(QStringLiteral("new_visitor"));
    if (!language.isEmpty() && language != m_options.language) {
        m_options.language = language;
        emit languageChanged();
    }
    // "robot" (the kiosk's robot visitor, app/kiosk) is a kiosk whose sessions the dashboard leaves out.
    const bool robot = m_options.mode == QLatin1String("robot");
    const bool desktop = m_options.mode != QLatin1String("kiosk") && !robot;
    SessionStart s;
    if (desktop) {
        if (m_visitor.isEmpty())
            m_visitor = m_recorder.storedVisitor();
        if (m_visitor.isEmpty())
            m_visitor = newId();
        s.rememberVisitor = true;
    } else {
        m_visitor = m_continuedVisitor.isEmpty() ? newId() : m_continuedVisitor;
        m_continuedVisitor.clear();
    }
    m_session = newId();
    s.session = m_session;
    s.visitor = m_visitor;
    s.device = m_options.deviceId;
    s.mode = m_staffSession ? QStringLiteral("staff")
             : desktop      ? QStringLiteral("desktop")
             : robot        ? QStringLiteral("robot")
                            : QStringLiteral("kiosk");
    s.language = m_options.language;
    s.tsUtcMs = m_options.wallClockMs();
    m_recorder.record(std::move(s));
    m_attention.noteActivity(); // a session starts with the visitor's touch or click
    emit sessionChanged();
}

void Telemetry::beginStaffSession()
{
    if (m_staffSession)
        return;
    endSession(QStringLiteral("staff"));
    m_staffSession = true;
    startSession();
}

void Telemetry::endStaffSession()
{
    if (!m_staffSession)
        return;
    endSession(QStringLiteral("exit"));
    m_staffSession = false;
    if (m_options.mode != QLatin1String("kiosk") && m_options.mode != QLatin1String("robot"))
        startSession();
}

bool Telemetry::continueVisitor(const QString &visitor)
{
    if (m_options.mode != QLatin1String("kiosk") || visitor.isEmpty() || visitor == m_visitor)
        return false;
    m_continuedVisitor = visitor;
    startSession(); // ends the anonymous session as "new_visitor"
    return true;
}

void Telemetry::endSession(const QString &reason)
{
    if (m_session.isEmpty())
        return;
    emit sessionEnding(reason); // open dwells are written under the session they belong to
    SessionEnd e;
    e.session = m_session;
    e.reason = reason;
    e.tsUtcMs = m_options.wallClockMs();
    m_recorder.record(std::move(e));
    m_recorder.requestFlush();
    m_session.clear();
    if (m_options.mode == QLatin1String("kiosk") || m_options.mode == QLatin1String("robot"))
        m_visitor.clear();
    emit sessionChanged();
}

void Telemetry::submitLead(const QVariantMap &contact, const QString &consentText, const QString &request,
                           const QString &purpose)
{
    Lead lead;
    lead.contact = contact;
    lead.request = request;
    lead.consents.append({purpose, consentText, QString(), m_options.language});
    if (storeLead(std::move(lead)).isEmpty())
        return;
    track(QStringLiteral("lead_submitted"), {{QStringLiteral("request"), request}});
}

QString Telemetry::storeLead(Lead lead)
{
    const bool consented =
        !lead.consents.isEmpty() && std::all_of(lead.consents.cbegin(), lead.consents.cend(),
                                                [](const Consent &c) { return !c.text.trimmed().isEmpty(); });
    if (!consented) {
        qWarning("telemetry: a lead without consent text is not stored");
        return QString();
    }
    if (m_visitor.isEmpty())
        startSession();
    lead.id = newId();
    lead.visitor = m_visitor;
    lead.session = m_session;
    if (lead.language.isEmpty())
        lead.language = m_options.language;
    lead.tsUtcMs = m_options.wallClockMs();
    const QString id = lead.id;
    m_recorder.record(std::move(lead));
    m_recorder.requestFlush(); // a lead is worth an fsync now, not in 250 ms
    return id;
}

void Telemetry::attachBrochure(const QString &leadId, const QString &path)
{
    if (leadId.isEmpty() || path.isEmpty())
        return;
    m_recorder.record(LeadBrochure{leadId, path});
    m_recorder.requestFlush();
}

void Telemetry::shutdown()
{
    if (!m_session.isEmpty())
        endSession(QStringLiteral("exit"));
    if (!m_recorder.flush(3000))
        qWarning().noquote() << "telemetry: could not write every event before quitting:"
                             << m_recorder.lastError();
}

void Telemetry::setApplicationState(Qt::ApplicationState state)
{
    // Xvfb kiosks without a window manager never report Active; only pause after we have seen focus
    // once, so such a kiosk does not sit paused for ever.
    if (state == Qt::ApplicationActive)
        m_everActive = true;
    const bool paused = state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended ||
                        (state == Qt::ApplicationInactive && m_everActive);
    if (paused == m_attention.isPaused())
        return;
    m_attention.setPaused(paused);
    emit pausedChanged(paused);
}

} // namespace showroom::telemetry
