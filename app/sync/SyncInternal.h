// Shared by Sync.cpp and Push.cpp: the state of one sync run. Internal to app/sync.
#pragma once

#include "sync/LocalState.h"
#include "sync/Pg.h"
#include "sync/Sync.h"

#include <QHash>
#include <QSet>

namespace showroom::sync::detail {

struct Run
{
    const SyncRequest &request;
    SyncReport &report;
    sql::Connection &local;
    pg::Connection &central;
    QByteArray device, office; // office: null when not given
    QHash<qint64, QByteArray> visitorUuid, sessionUuid, leadGid;
    QString error;
    QSet<qint64> *batchVisitors = nullptr; // a direct batch's visitors (keys), collected while formatting
    bool cancelled() const { return request.cancel && request.cancel->load(); }
};

// Pushes visitors, sessions, leads, consents and events (in that order). False with run.error set.
bool pushRows(Run &run);

} // namespace showroom::sync::detail
