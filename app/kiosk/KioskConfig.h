// The kiosk's one configuration file (QSettings INI; docs/kiosk.md is its reference). Missing values
// take their defaults; a bad value is reported (one line in `problems`: the file, the key, what was
// wrong, the default used) and replaced by its default. Nothing in it is ever fatal.
#pragma once

#include <QString>
#include <QStringList>

namespace showroom::kiosk {

struct KioskConfig
{
    QString deviceName;        // [kiosk] device; empty = the host name
    QString developmentPath;   // [kiosk] development; empty = the bundled demo
    QString databasePath;      // [kiosk] database; empty = the user's data folder
    int idleTimeoutS = 90;     // [idle] timeout: seconds without a touch before "Are you still there?"
    int stillThereS = 10;      // [idle] still_there: the countdown's seconds
    QStringList languages{QStringLiteral("en"), QStringLiteral("de")}; // [languages] offered
    QString defaultLanguage = QStringLiteral("en");                       // [languages] default
    QString staffPinHash;      // [staff] pin_hash: an Argon2id PHC string ($argon2id$...); empty = none here
    QString firstView = QStringLiteral("overview"); // [visitor] first_view: overview | finder | building:<id> | preset:<id>
    bool attractTour = true;   // [visitor] attract_tour: the cinematic flight while nobody is there

    static QString defaultPath() { return QStringLiteral("/etc/showroom/kiosk.conf"); }
};

struct KioskConfigResult
{
    KioskConfig config;
    QStringList problems; // one line each, for the log and the staff screen
    bool fileRead = false;
};

// Reads `path`. A missing file: the defaults, with a problem only when `required` (given with --config).
// `languageCodes`: the languages the showroom speaks (core::languageCodes()).
KioskConfigResult loadKioskConfig(const QString &path, const QStringList &languageCodes, bool required);

// The first view's target checked against a development's ids (buildings, presets): empty if fine, else
// the problem line; the caller falls back to the overview.
QString checkFirstView(const QString &firstView, const QStringList &buildingIds, const QStringList &presetIds);

} // namespace showroom::kiosk
