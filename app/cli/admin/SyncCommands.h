// showroom-admin's central-store commands (app/sync): sync, central-forget, set-status.
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace showroom::admin {

// Adds --to, --config, --device, --office, --batch and the commands' lines to the help text.
void addSyncOptions(QCommandLineParser &parser);
bool isSyncCommand(const QString &command);
// A sync option given to a command that is not one of these: the message, else empty.
QString misplacedSyncOption(const QCommandLineParser &parser, const QString &command);
// Runs sync / central-forget / set-status; exit code (0 done, 1 failed, 2 bad usage).
int syncCommand(const QCommandLineParser &parser, const QStringList &args);

} // namespace showroom::admin
