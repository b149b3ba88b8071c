// The sync tests' real parts: a throwaway PostgreSQL (pgserver.sh, as an unprivileged user on a Unix
// socket in a temporary folder), device databases written by telemetry's own pipeline, psql as an
// independent reader of the central store, and showroom-admin in child processes.
#pragma once

#include "telemetry/Telemetry.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdlib>

class PgServer
{
public:
    QTemporaryDir dir{QStringLiteral("/tmp/tst_sync-XXXXXX")};
    QString socketDir, adminUrl, error;

    bool start(bool fsync = false)
    {
        socketDir = dir.path() + QStringLiteral("/pg");
        // The server runs as another user (we may be root): it must be able to reach its folder.
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ExeGroup | QFileDevice::ExeOther);
        QProcess p;
        p.start(QStringLiteral(SYNC_PGSERVER), {QStringLiteral("start"), socketDir, fsync ? QStringLiteral("fsync") : QString()});
        p.waitForFinished(120000);
        adminUrl = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        error = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && !adminUrl.isEmpty();
    }
    bool stop(const QString &mode = QStringLiteral("fast"))
    {
        return QProcess::execute(QStringLiteral(SYNC_PGSERVER), {QStringLiteral("stop"), socketDir, mode}) == 0;
    }
    ~PgServer()
    {
        if (!socketDir.isEmpty())
            QProcess::execute(QStringLiteral(SYNC_PGSERVER), {QStringLiteral("remove"), socketDir});
    }
    // A fresh database for one test: its URL.
    QString createDatabase(const QString &name)
    {
        psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
        psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name));
        return url(name);
    }
    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=showroom").arg(database, socketDir);
    }
    // psql -At: rows as "a|b" lines. Errors come back as "ERROR: …" so a comparison fails loudly.
    QString psql(const QString &database, const QString &sql) const
    {
        QProcess p;
        p.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
                                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir,
                                         QStringLiteral("-U"), QStringLiteral("showroom"), QStringLiteral("-d"),
                                         database, QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).trimmed()
                                 : QStringLiteral("ERROR: ") + err;
    }
    qint64 count(const QString &database, const QString &sql) const { return psql(database, sql).toLongLong(); }
};

struct Admin
{
    int exitCode = -1;
    QString out, err;
};

inline Admin admin(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOWROOM_ADMIN), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A kiosk's visits through telemetry's real pipeline: each visit a new visitor with `events` events,
// and every `leadEvery`-th one a lead with its consent. continueAs: the first visit continues that
// visitor (the same person in a second office). leadEvent: each lead also sends the lead_submitted event
// the app records with it (the dashboard counts leads by it). Returns the visitors' UUIDs.
inline QStringList recordVisits(const QString &path, const QString &device, int visits, int events,
                                int leadEvery = 0, const QString &continueAs = QString(), bool leadEvent = false)
{
    namespace tel = showroom::telemetry;
    tel::Telemetry::Options o;
    o.recorder.path = path;
    o.deviceId = device;
    o.mode = QStringLiteral("kiosk");
    o.watchApplication = false;
    tel::Telemetry t(o);
    QStringList visitors;
    if (!t.open())
        return visitors;
    for (int v = 0; v < visits; ++v) {
        t.startSession(QStringLiteral("en"));
        if (v == 0 && !continueAs.isEmpty())
            t.continueVisitor(continueAs);
        visitors.append(t.visitorId());
        for (int e = 0; e < events; ++e)
            t.track(e % 2 ? QStringLiteral("unit_selected") : QStringLiteral("filter_changed"),
                    {{QStringLiteral("target"), QStringLiteral("unit:A_%1").arg(e % 40, 4, 10, QLatin1Char('0'))},
                     {QStringLiteral("seq"), e},
                     {QStringLiteral("note"), QStringLiteral("tab\there, a \\ and a\nnew line")}});
        if (leadEvery > 0 && v % leadEvery == 0) {
            if (leadEvent)
                t.track(QStringLiteral("lead_submitted"), {{QStringLiteral("target"), QStringLiteral("unit:A_0003")}});
            tel::Lead lead;
            lead.visitor = t.visitorId();
            lead.session = t.sessionId();
            lead.contact = {{QStringLiteral("first_name"), QStringLiteral("Marker%1").arg(v)},
                            {QStringLiteral("email"), QStringLiteral("buyer%1@example.com").arg(v)}};
            lead.request = QStringLiteral("brochure");
            lead.target = QStringLiteral("unit:A_0003");
            lead.consents = {{QStringLiteral("sales_contact"), QStringLiteral("You may contact me."),
                              QStringLiteral("1"), QStringLiteral("en")}};
            t.storeLead(lead);
        }
        t.endSession(QStringLiteral("idle_timeout"));
    }
    t.shutdown();
    return visitors;
}
