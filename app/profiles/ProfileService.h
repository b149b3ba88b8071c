// Profiles off the GUI thread: a worker thread with its own SQLite connection folds new events and
// answers requests for a visitor's profile, lead score and recommendations. The caller never waits:
// request() returns at once and the answer arrives as ready() (or failed()) on the caller's thread.
#pragma once

#include "core/DevelopmentData.h"
#include "profiles/Recommendations.h"
#include "profiles/VisitorProfile.h"

#include <QObject>
#include <QThread>

#include <functional>

namespace showroom::profiles {

struct ProfileResult
{
    bool found = false; // false: nothing is held about the visitor (never seen, or erased)
    VisitorProfile profile;
    LeadScore score;
    Recommendations recommendations; // empty without a development
};

} // namespace showroom::profiles

Q_DECLARE_METATYPE(showroom::profiles::ProfileResult)

namespace showroom::profiles {

class ProfileService : public QObject
{
    Q_OBJECT
public:
    // databasePath: the telemetry database (must exist: the service never creates or moves one).
    explicit ProfileService(const QString &databasePath, QObject *parent = nullptr);
    ~ProfileService() override; // finishes the request in hand, drops the rest

    // Copied for the worker; used by the next requests (unit status, recommendations).
    void setDevelopment(const core::DevelopmentData &development);
    // The clock for "now" (decay, recency); default: the wall clock. For tests.
    void setClock(std::function<qint64()> nowUtcMs);

    // Answered by ready() or failed(), in order, on this object's thread.
    void request(const QString &visitor);
    // Folds what is new without answering (e.g. when a session ends); refreshed() when finished.
    void refresh();

signals:
    void ready(const QString &visitor, const showroom::profiles::ProfileResult &result);
    void failed(const QString &visitor, const QString &error);
    void refreshed(qint64 eventsFolded);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace showroom::profiles
