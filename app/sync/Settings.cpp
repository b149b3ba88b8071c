#include "sync/Settings.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace showroom::sync {

bool loadConfig(const QString &file, CentralSettings *s, QString *error)
{
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable()) {
        *error = QStringLiteral("config file '%1' %2").arg(file, info.exists() ? QStringLiteral("is not readable")
                                                                                : QStringLiteral("does not exist"));
        return false;
    }
    QSettings ini(file, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        *error = QStringLiteral("config file '%1' is not a valid INI file").arg(file);
        return false;
    }
    ini.beginGroup(QStringLiteral("central"));
    const QStringList keys = ini.childKeys();
    for (const QString &key : keys) {
        const QString value = ini.value(key).toString();
        if (key == QLatin1String("url")) {
            if (s->url.isEmpty())
                s->url = value;
        } else if (key == QLatin1String("device")) {
            if (s->device.isEmpty())
                s->device = value;
        } else if (key == QLatin1String("office")) {
            if (s->office.isEmpty())
                s->office = value;
        } else if (key == QLatin1String("interval")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1) {
                *error = QStringLiteral("config file '%1': interval must be a whole number of seconds, at least 1").arg(file);
                return false;
            }
            s->intervalSeconds = seconds;
        } else if (!s->libpq.contains(key)) {
            s->libpq.insert(key, value);
        }
    }
    return true;
}

bool configuresServer(const CentralSettings &s)
{
    return !s.url.trimmed().isEmpty() || s.libpq.contains(QStringLiteral("host")) ||
           s.libpq.contains(QStringLiteral("service"));
}

bool namesServer(const CentralSettings &s)
{
    return !s.url.trimmed().isEmpty() || s.libpq.contains(QStringLiteral("host")) ||
           s.libpq.contains(QStringLiteral("service")) || qEnvironmentVariableIsSet("PGHOST") ||
           qEnvironmentVariableIsSet("PGSERVICE") || qEnvironmentVariableIsSet("PGDATABASE");
}

namespace {

const QRegularExpression &urlPassword()
{
    // scheme://user:password@host — the password is everything between the first ':' after the
    // scheme's "//" and the last '@' before the host part.
    static const QRegularExpression re(QStringLiteral("^([a-z]+://[^:/@?]*):([^/?]*)@"));
    return re;
}

} // namespace

bool urlHasPassword(const QString &url)
{
    return urlPassword().match(url).hasMatch() ||
           QRegularExpression(QStringLiteral("(^|[?&\\s])password=")).match(url).hasMatch();
}

QString redact(const QString &conninfo)
{
    QString out = conninfo;
    out.replace(urlPassword(), QStringLiteral("\\1:***@"));
    // ?password=… in a URL, password=… or password='…' in keyword form.
    static const QRegularExpression keyword(QStringLiteral("(^|[?&\\s])password\\s*=\\s*('([^'\\\\]|\\\\.)*'|[^&\\s]*)"));
    out.replace(keyword, QStringLiteral("\\1password=***"));
    return out;
}

QString describeServer(const CentralSettings &s)
{
    if (!s.url.trimmed().isEmpty())
        return QStringLiteral("'%1'").arg(redact(s.url.trimmed()));
    const QString host = s.libpq.value(QStringLiteral("host"), qEnvironmentVariable("PGHOST"));
    const QString db = s.libpq.value(QStringLiteral("dbname"), qEnvironmentVariable("PGDATABASE"));
    return QStringLiteral("(host '%1', database '%2' from the environment/config)").arg(host, db);
}

QList<QPair<QByteArray, QByteArray>> connectParams(const CentralSettings &s)
{
    QList<QPair<QByteArray, QByteArray>> params;
    if (!s.url.trimmed().isEmpty())
        params.append(qMakePair(QByteArray("dbname"), s.url.trimmed().toUtf8()));
    for (auto it = s.libpq.cbegin(); it != s.libpq.cend(); ++it)
        params.append(qMakePair(it.key().toUtf8(), it.value().toUtf8()));
    // A kiosk must never hang on a dead network: fail the attempt, retry at the next interval.
    if (!s.libpq.contains(QStringLiteral("connect_timeout")) && qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT"))
        params.append(qMakePair(QByteArray("connect_timeout"), QByteArray("10")));
    params.append(qMakePair(QByteArray("application_name"), QByteArray("showroom-sync")));
    return params;
}

} // namespace showroom::sync
