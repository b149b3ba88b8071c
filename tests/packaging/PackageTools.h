// What both packaging tests share: the packages the fixture made (build-package.sh), running a program
// and unpacking the Debian package into a scratch root as dpkg would install it.
#pragma once

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace packaging {

struct Run
{
    int exitCode = -1; // -1: did not start or timed out, -2: crashed
    QByteArray out;
    QByteArray err;
    QString text() const { return QString::fromUtf8(out + err); }
};

inline Run run(const QString &program, const QStringList &args, int timeoutMs = 120000,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
               const QString &workingDir = {})
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    process.start(program, args);
    Run r;
    if (!process.waitForStarted(10000)) {
        r.err = QStringLiteral("%1 did not start: %2").arg(program, process.errorString()).toUtf8();
        return r;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.err = QStringLiteral("%1 timed out after %2 s").arg(program).arg(timeoutMs / 1000).toUtf8();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// The one file in the fixture's folder whose name ends in `suffix` (".deb", ".tar.gz"); empty if
// there is none or more than one.
inline QString madePackage(const QString &suffix)
{
    const QDir dir(QStringLiteral(SHOWROOM_PACKAGE_DIR));
    QStringList found;
    for (const QString &name : dir.entryList(QDir::Files))
        if (name.endsWith(suffix))
            found << dir.filePath(name);
    return found.size() == 1 ? found.first() : QString();
}

// dpkg -x: the package's files under `root`, as an install puts them under /.
inline Run unpack(const QString &deb, const QString &root)
{
    return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, root});
}

// One control field of the package (Version, Depends, ...).
inline QString controlField(const QString &deb, const QString &field)
{
    return QString::fromUtf8(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb, field}).out).trimmed();
}

} // namespace packaging
