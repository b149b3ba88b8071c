// Runs one of our command-line programs as a user would (no display: the offscreen platform) and keeps
// what it printed. Shared by the tests of the demo generator and of showroom-import.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>

struct ProgramRun
{
    int code = -1; // -1: did not finish in time, -2: crashed
    QString out;
    QString err; // without QStandardPaths' XDG_RUNTIME_DIR chatter, which is not the program's
};

inline ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    ProgramRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    QStringList err =
        QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    err.erase(std::remove_if(err.begin(), err.end(),
                             [](const QString &l) { return l.contains(QLatin1String("XDG_RUNTIME_DIR")); }),
              err.end());
    r.err = err.join(QLatin1Char('\n'));
    return r;
}
