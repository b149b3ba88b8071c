#include "StaffCommands.h"

#include "AdminCommon.h"

#include "staff/AuditLog.h"
#include "staff/PinStore.h"
#include "telemetry/Database.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace showroom::admin {

namespace tel = showroom::telemetry;
namespace st = showroom::staff;

namespace {

// One line from standard input without its line break; false at end of input.
bool readLine(QByteArray *line)
{
    char buffer[256];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return false;
    *line = QByteArray(buffer);
    std::memset(buffer, 0, sizeof buffer);
    while (line->endsWith('\n') || line->endsWith('\r'))
        line->chop(1);
    return true;
}

// On a terminal: the prompt on stderr, the typed digits not echoed.
bool askUnechoed(const char *prompt, QByteArray *line)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios saved{};
    const bool tty = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (tty) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const bool ok = readLine(line);
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    return ok;
}

} // namespace

int setPinCommand(const QString &path)
{
    QByteArray first;
    const bool terminal = ::isatty(STDIN_FILENO);
    if (terminal) {
        QByteArray second;
        if (!askUnechoed("New staff PIN (4-12 digits): ", &first) || !askUnechoed("Repeat the PIN: ", &second))
            return usage(QStringLiteral("set-pin: no PIN was entered"));
        if (first != second)
            return usage(QStringLiteral("set-pin: the two PINs differ; nothing was changed"));
    } else if (!readLine(&first)) {
        return usage(QStringLiteral("set-pin: no PIN on standard input (e.g. echo 4711 | showroom-admin "
                                    "--db FILE set-pin)"));
    }
    const QString pin = QString::fromUtf8(first);
    if (const QString problem = st::pin::problemWith(pin); !problem.isEmpty())
        return usage(QStringLiteral("set-pin: %1; nothing was changed").arg(problem));

    // Before the app's first start there is no database yet: set-pin makes it, through the real schema.
    tel::sql::Connection db;
    tel::OpenOptions o;
    o.mode = QFileInfo::exists(path) ? tel::OpenOptions::ExistingOnly : tel::OpenOptions::CreateOrRecover;
    o.busyTimeoutMs = 5000;
    const tel::OpenResult opened = tel::openDatabase(db, path, o);
    if (!opened.ok)
        return failure(opened.error);
    QString error;
    if (!st::pin::setPin(db, pin, QDateTime::currentMSecsSinceEpoch(), st::PinHashCost{}, &error))
        return failure(QStringLiteral("database '%1': set-pin failed: %2").arg(path, error));
    std::printf("staff PIN set in %s (stored as an Argon2id hash; any lockout cleared)\n", qPrintable(path));
    return recordCommand(path, QStringLiteral("set-pin"), QString(),
                         QStringLiteral("staff PIN set; lockout cleared"), 0);
}

int auditCommand(const QString &path, bool json)
{
    tel::sql::Connection db;
    QString error;
    if (!openExisting(db, path, &error))
        return failure(error);
    QList<st::AuditEntry> entries;
    if (!st::AuditLog::list(db, {}, &entries, &error))
        return failure(QStringLiteral("database '%1': audit failed: %2").arg(path, error));
    if (json) {
        QJsonArray list;
        for (const st::AuditEntry &e : entries)
            list.append(st::AuditLog::toJson(e));
        const QByteArray bytes =
            QJsonDocument(QJsonObject{{QStringLiteral("database"), path}, {QStringLiteral("entries"), list}})
                .toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return 0;
    }
    if (entries.isEmpty()) {
        std::printf("no staff actions recorded in %s\n", qPrintable(path));
        return 0;
    }
    for (const st::AuditEntry &e : entries) {
        const QString line =
            QStringLiteral("%1  %2  %3  %4")
                .arg(QDateTime::fromMSecsSinceEpoch(e.tsUtcMs, Qt::UTC).toString(Qt::ISODate), e.device, e.actor,
                     e.action) +
            (e.subject.isEmpty() ? QString() : QStringLiteral("  ") + e.subject) +
            (e.detail.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(e.detail)) + QLatin1Char('\n');
        const QByteArray bytes = line.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    }
    return 0;
}

int recordCommand(const QString &path, const QString &command, const QString &subject, const QString &detail,
                  int exitCode, bool attempted)
{
    if ((exitCode == 2 && !attempted) || !QFileInfo::exists(path))
        return exitCode;
    tel::sql::Connection db;
    QString error;
    st::AuditEntry e;
    e.action = command;
    e.subject = subject;
    e.detail = exitCode == 0 ? detail
                             : QStringLiteral("failed (exit %1)%2").arg(exitCode).arg(
                                   detail.isEmpty() ? QString() : QStringLiteral(": ") + detail);
    if (openExisting(db, path, &error) && st::AuditLog::record(db, e, &error))
        return exitCode;
    std::fprintf(stderr, "showroom-admin: %s %s, but it could not be recorded in the audit log: %s\n",
                 qPrintable(command), exitCode == 0 ? "was done" : "failed", qPrintable(error));
    return exitCode == 0 ? 1 : exitCode;
}

} // namespace showroom::admin
