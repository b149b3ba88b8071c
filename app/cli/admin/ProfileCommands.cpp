#include "ProfileCommands.h"

#include "AdminCommon.h"

#include "core/ManifestLoader.h"
#include "profiles/ProfileReport.h"
#include "profiles/ProfileStore.h"
#include "profiles/Seed.h"
#include "sync/LocalState.h"
#include "telemetry/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace showroom::admin {

namespace pr = showroom::profiles;
namespace tel = showroom::telemetry;

namespace {

// Like the app: without --development, the bundled demo (beside the build tree, or installed).
QString bundledDevelopment()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {bin.filePath(QStringLiteral("../../../assets/demo")),
                                     bin.filePath(QStringLiteral("../share/showroom/developments/demo"))}) {
        if (QFileInfo(candidate + QStringLiteral("/development.json")).isFile())
            return QDir::cleanPath(candidate);
    }
    return QString();
}

// 0 and data filled, or an exit code (2: the package cannot be read).
int loadDevelopment(QString dir, core::DevelopmentData *data)
{
    if (dir.isEmpty())
        dir = bundledDevelopment();
    if (dir.isEmpty())
        return 0;
    const core::ManifestResult m = core::loadManifest(dir);
    if (!m.ok())
        return usage(QStringLiteral("development '%1' cannot be read: %2").arg(dir, m.errors.first()));
    *data = m.data;
    return 0;
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printJson(const QJsonObject &o)
{
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

// Loads the visitor's profile; 0 when found, else the exit code (message printed).
int load(const ProfileRequest &r, tel::sql::Connection &db, pr::StoredProfile *stored)
{
    tel::OpenOptions o;
    o.mode = tel::OpenOptions::ExistingOnly;
    o.busyTimeoutMs = 5000;
    const tel::OpenResult opened = tel::openDatabase(db, r.db, o);
    if (!opened.ok)
        return failure(opened.error);
    pr::ProfileStore store(db);
    QString error;
    bool found = false;
    if (!store.open(&error) || !store.load(r.visitor, stored, &found, &error))
        return failure(QStringLiteral("database '%1': profile failed: %2").arg(r.db, error));
    if (!found)
        return usage(QStringLiteral("no data held about visitor '%1' in '%2' (unknown or erased)")
                         .arg(r.visitor, r.db));
    return 0;
}

} // namespace

int profileCommand(const ProfileRequest &r)
{
    core::DevelopmentData dev;
    if (const int rc = loadDevelopment(r.developmentDir, &dev))
        return rc;
    tel::sql::Connection db;
    pr::StoredProfile stored;
    if (const int rc = load(r, db, &stored))
        return rc;
    showroom::sync::applyUnitStatuses(showroom::sync::centralUnitStatuses(db, dev.development.id), &dev);
    const qint64 now = r.asOfUtcMs > 0 ? r.asOfUtcMs : QDateTime::currentMSecsSinceEpoch();
    const core::DevelopmentData *development = dev.isEmpty() ? nullptr : &dev;
    const pr::VisitorProfile profile = pr::buildProfile(stored, development, now);
    const pr::LeadScore score = pr::leadScore(profile);
    pr::Recommendations recs;
    if (development)
        recs = pr::recommend(profile, dev);
    if (r.json)
        printJson(pr::profileJson(profile, score, development ? &recs : nullptr, development));
    else
        print(pr::profileText(profile, score, development ? &recs : nullptr));
    return 0;
}

int recommendCommand(const ProfileRequest &r)
{
    core::DevelopmentData dev;
    if (const int rc = loadDevelopment(r.developmentDir, &dev))
        return rc;
    if (dev.isEmpty())
        return usage(QStringLiteral(
            "recommend needs --development DIR (unit status and facts come from the package)"));
    tel::sql::Connection db;
    pr::StoredProfile stored;
    if (const int rc = load(r, db, &stored))
        return rc;
    // Statuses set centrally (app/sync) override the package's: a home sold in another office is sold here.
    showroom::sync::applyUnitStatuses(showroom::sync::centralUnitStatuses(db, dev.development.id), &dev);
    const qint64 now = r.asOfUtcMs > 0 ? r.asOfUtcMs : QDateTime::currentMSecsSinceEpoch();
    const pr::Recommendations recs = pr::recommend(pr::buildProfile(stored, &dev, now), dev);
    if (r.json)
        printJson(pr::recommendationsJson(r.visitor, recs, dev));
    else
        print(pr::recommendationsText(recs));
    return 0;
}

int seedCommand(const SeedRequest &r)
{
    core::DevelopmentData dev;
    if (const int rc = loadDevelopment(r.developmentDir, &dev))
        return rc;
    // Seeding makes test data: it creates the file (through the real schema), unlike the other commands.
    tel::sql::Connection db;
    tel::OpenOptions o;
    o.mode = tel::OpenOptions::CreateOrRecover;
    o.busyTimeoutMs = 5000;
    o.synchronous = tel::Synchronous::Normal;
    const tel::OpenResult opened = tel::openDatabase(db, r.db, o);
    if (!opened.ok)
        return failure(opened.error);
    pr::SeedOptions s;
    s.events = r.events;
    s.visitors = r.visitors;
    s.days = r.days;
    s.devices = r.devices;
    if (r.events <= 0)
        s.events = 0; // kEventsPerVisitor per visitor
    QElapsedTimer clock;
    clock.start();
    const pr::SeedResult result = pr::seedDatabase(db, dev, s);
    if (!result.ok)
        return failure(QStringLiteral("database '%1': seed failed: %2").arg(r.db, result.error));
    const double seconds = qMax(1e-3, double(clock.elapsed()) / 1000.0);
    std::printf("seeded %lld events, %lld sessions, %lld visitors in %.1f s (%.0f events/s)\n"
                "  %d devices, %lld returning visitors, %lld leads with consent, %lld staff and %lld robot "
                "sessions (marked by their mode)\n",
                static_cast<long long>(result.events), static_cast<long long>(result.sessions),
                static_cast<long long>(result.visitors), seconds, double(result.events) / seconds, s.devices,
                static_cast<long long>(result.returningVisitors), static_cast<long long>(result.leads),
                static_cast<long long>(result.staffSessions), static_cast<long long>(result.robotSessions));
    return 0;
}

} // namespace showroom::admin
