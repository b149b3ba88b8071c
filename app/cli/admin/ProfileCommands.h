// showroom-admin profile / recommend / seed (issue 14): the interest model from the command line.
#pragma once

#include <QString>

namespace showroom::admin {

struct ProfileRequest
{
    QString db;
    QString visitor;
    QString developmentDir; // may be empty for `profile` (no unit types, price bands, recommendations)
    bool json = false;
    qint64 asOfUtcMs = 0; // 0: now
};

// Exit codes: 0 done, 1 the database failed, 2 bad usage (unknown visitor, unreadable development).
int profileCommand(const ProfileRequest &request);
int recommendCommand(const ProfileRequest &request);

struct SeedRequest
{
    QString db;
    QString developmentDir;
    qint64 events = 0;
    qint64 visitors = 0;
    int days = 90;
    int devices = 1;
};
int seedCommand(const SeedRequest &request);

} // namespace showroom::admin
