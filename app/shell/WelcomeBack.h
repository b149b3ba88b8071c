// Welcome back (QML singleton `Welcome`): a returning visitor is recognised only by what they agreed
// to — on a desktop, this install's own visitor with an earlier session; on a kiosk, the short code of
// their brochure or the e-mail they left with the contact consent — then greeted (by first name only
// with that consent) and offered to continue where they left off: the home they cared most about, their
// favourites, that home's finishes, the timeline date and sun time they last looked at; with
// recommendations and, for a saved home now reserved or sold, the closest available alternatives.
// Lookups and profiles run off the GUI thread (telemetry/Returning.h on a worker's own connection,
// profiles::ProfileService); the panel appears when the answer arrives. It also records unit status
// changes since this device last saw the package (InterestRecorderStatus.cpp).
#pragma once

#include "core/DevelopmentData.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace showroom::profiles {
class ProfileService;
struct ProfileResult;
} // namespace showroom::profiles

namespace showroom::shell {

class ShowroomServices;

struct UnitStatusChange
{
    QString unitId, from, to; // statusKey()s: "available", "reserved", "sold"
};
// The package's statuses as this device remembers them: compact JSON {"A_0304":"available",...}.
QString unitStatusMemory(const core::DevelopmentData &data);
// The homes whose status differs from memory; a home not in it (new, or the first start) is no change.
QList<UnitStatusChange> unitStatusChanges(const QString &memory, const core::DevelopmentData &data);

class WelcomeBack : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Welcome)
    // The application's instance (ShowroomServices::publish(), QmlSingletons.h).
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(Problem problem READ problem NOTIFY changed)
    // The reason a typed code is not a code (ResumeCode's words), for Problem::NotACode.
    Q_PROPERTY(QString problemDetail READ problemDetail NOTIFY changed)
    Q_PROPERTY(bool shown READ shown NOTIFY changed) // the welcome panel is up
    Q_PROPERTY(bool kiosk READ kiosk NOTIFY changed)
    // Recognition is possible at all: telemetry writes to a database file (not in memory).
    Q_PROPERTY(bool canRecognise READ canRecognise NOTIFY changed)
    Q_PROPERTY(QString firstName READ firstName NOTIFY changed) // "" without the contact consent
    Q_PROPERTY(QString unitId READ unitId NOTIFY changed)       // the home they cared most about
    Q_PROPERTY(QStringList favourites READ favourites NOTIFY changed)
    Q_PROPERTY(QString finishes READ finishes NOTIFY changed) // that home's last choice, "floor=urban"
    Q_PROPERTY(QDate timelineDate READ timelineDate NOTIFY changed)
    Q_PROPERTY(QDate sunDate READ sunDate NOTIFY changed)
    Q_PROPERTY(int sunMinutes READ sunMinutes NOTIFY changed) // -1: never looked
    // In the visitor's language: "1 March 2027"; "21 June 2026", "18:30"; "" when never looked.
    Q_PROPERTY(QString timelineDateText READ timelineDateText NOTIFY changed)
    Q_PROPERTY(QString sunDateText READ sunDateText NOTIFY changed)
    Q_PROPERTY(QString sunTimeText READ sunTimeText NOTIFY changed)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY changed)
    // [{unitId, reason, match, likeUnit}], best first (ProfileService's words).
    Q_PROPERTY(QVariantList recommendations READ recommendations NOTIFY changed)
    // [{unitId, status ("reserved"/"sold"), why ("favourited"/"asked about"), alternatives: [{unitId,
    // reason, match}]}]
    Q_PROPERTY(QVariantList noLongerAvailable READ noLongerAvailable NOTIFY changed)

public:
    enum State
    {
        Idle,          // nobody recognised (yet)
        Looking,       // a lookup or profile is on its way
        Recognised,    // the visitor is known: the panel's data is filled
        NotRecognised, // the last kiosk attempt failed: see problem
    };
    Q_ENUM(State)
    enum Problem
    {
        NoProblem,
        NotACode,     // neither an e-mail nor a readable code (problemDetail says why)
        UnknownCode,  // a valid code no lead's brochure carries
        SharedCode,   // several visitors' brochures carry it: ask for the e-mail instead
        UnknownEmail, // no lead with that e-mail and the contact consent
        Unavailable,  // no database to look in, or it cannot be read
    };
    Q_ENUM(Problem)

    static WelcomeBack *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    explicit WelcomeBack(ShowroomServices *services, QObject *parent = nullptr);
    ~WelcomeBack() override;

    // After the telemetry session started (ShowroomServices::startTelemetry): records unit status
    // changes since this device last looked, and on a desktop looks for the install's returning visitor.
    void start();
    // The clock profiles decay to (tests); default: the wall clock.
    void setClock(std::function<qint64()> nowUtcMs);

    State state() const { return m_state; }
    Problem problem() const { return m_problem; }
    QString problemDetail() const { return m_problemDetail; }
    bool shown() const { return m_shown; }
    bool kiosk() const;
    bool canRecognise() const;
    QString visitor() const { return m_visitor; }
    QString firstName() const { return m_firstName; }
    QString unitId() const { return m_unitId; }
    QStringList favourites() const { return m_favourites; }
    QString finishes() const { return m_finishes; }
    QDate timelineDate() const { return m_timelineDate; }
    QDate sunDate() const { return m_sunDate; }
    int sunMinutes() const { return m_sunMinutes; }
    bool canContinue() const;
    QString timelineDateText() const;
    QString sunDateText() const;
    QString sunTimeText() const;
    QVariantList recommendations() const { return m_recommendations; }
    QVariantList noLongerAvailable() const { return m_noLongerAvailable; }

    // Kiosk: the short code from their brochure ("K7Q-M2X-D9H", any case, dashes optional) or the
    // e-mail they left. Answered by state Recognised (the session is theirs from then on) or
    // NotRecognised with problem.
    Q_INVOKABLE void recognise(const QString &codeOrEmail);
    // Restores the home (selected), the favourites, every home's last finishes, the timeline date and the
    // sun's day and time; closes the panel. False (nothing changes) when not recognised.
    Q_INVOKABLE bool continueWhereLeftOff();
    // A recommended or alternative home: selected (via "welcome_back"), the panel closes.
    Q_INVOKABLE bool showUnit(const QString &unitId);
    // Closes the panel (what was found stays for a later look).
    Q_INVOKABLE void dismiss();
    // Kiosk: forgets the failed attempt's message (the visitor starts typing again).
    Q_INVOKABLE void clearProblem();

signals:
    void changed();
    void restored(); // continueWhereLeftOff() applied everything

private:
    struct Lookup;
    void runLookup(std::function<Lookup()> job);
    void onLookup(const Lookup &result);
    void onProfile(const QString &visitor, const profiles::ProfileResult &result);
    void fail(Problem problem, const QString &detail = QString());
    void recordStatusChanges(const QString &previousMemory);
    void forgetVisitor(); // a kiosk visit ended: nothing of them stays for the next person
    QString databasePath() const;
    profiles::ProfileService *profiles();

    ShowroomServices *m_services;
    std::unique_ptr<profiles::ProfileService> m_profiles;
    std::function<qint64()> m_clock;
    State m_state = Idle;
    Problem m_problem = NoProblem;
    QString m_problemDetail;
    bool m_shown = false;
    bool m_continuing = false; // our own session switch (continueVisitor) is not the visit ending
    QString m_visitor, m_firstName, m_unitId, m_finishes;
    QStringList m_favourites;
    QMap<QString, QString> m_unitFinishes; // every home with a remembered choice
    QDate m_timelineDate, m_sunDate;
    int m_sunMinutes = -1;
    QVariantList m_recommendations, m_noLongerAvailable;
};

} // namespace showroom::shell
