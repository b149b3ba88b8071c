// Where the central store is and who this device is: from the command line, a config file and the
// environment (libpq's PG* variables, ~/.pgpass). Passwords never reach a log line: redact().
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace showroom::sync {

struct CentralSettings
{
    QString url;                    // postgresql://… or "key=value" conninfo; empty: PG* variables only
    QMap<QString, QString> libpq;   // more libpq keywords (sslmode, sslrootcert, password, passfile …)
    QString device;                 // this device's name in the central store (default: remembered)
    QString office;                 // the sales office it stands in
    int intervalSeconds = 300;      // the app's background sync (config `interval`, at least 1 s)
};

// Reads the [central] group of an INI file: url, device, office, interval, and any other key as a libpq
// keyword (TLS: sslmode, sslrootcert, sslcert, sslkey; credentials: user, password, passfile). Keys
// already set in *settings (the command line) win. False with error for a missing or unreadable file.
bool loadConfig(const QString &file, CentralSettings *settings, QString *error);

// True when the settings themselves (not the environment) name a server: the app syncs only then.
bool configuresServer(const CentralSettings &settings);

// True when some server is named: a URL, a host keyword, or PGHOST / PGSERVICE / PGDATABASE.
bool namesServer(const CentralSettings &settings);

// True when the URL itself carries a password (the tool warns: command lines are visible to others).
bool urlHasPassword(const QString &url);

// The URL or conninfo with any password replaced by "***" (user:***@host, password=***).
QString redact(const QString &conninfo);

// What the connection is described as in messages: the redacted URL, or the PG* variables' host.
QString describeServer(const CentralSettings &settings);

// The end of a timed sync or pull: ok when there is no error, the error, the seconds since clock started.
template <typename Report>
Report finished(Report &report, const QElapsedTimer &clock, const QString &error)
{
    report.ok = error.isEmpty();
    report.error = error;
    report.seconds = double(clock.nsecsElapsed()) / 1e9;
    return report;
}

// PQconnectdbParams keywords: the URL expanded as dbname first, then the extra keywords over it.
QList<QPair<QByteArray, QByteArray>> connectParams(const CentralSettings &settings);

} // namespace showroom::sync
