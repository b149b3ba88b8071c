// Runs the real showroom-admin (SHOWROOM_ADMIN) as staff do, optionally feeding standard input.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace fixture {

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

inline Run admin(const QStringList &args, const QByteArray &input = QByteArray(), int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(SHOWROOM_ADMIN), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel(); // stdin is a pipe, never a terminal
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace fixture
