#include "kiosk/KioskConfig.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace showroom::kiosk {

namespace {

struct Reader
{
    QSettings &settings;
    QString file;
    QStringList &problems;

    void report(const QString &key, const QString &what, const QString &used)
    {
        problems << QStringLiteral("%1: %2 %3; %4 used instead").arg(file, key, what, used);
    }

    QString text(const QString &key, const QString &fallback)
    {
        const QVariant v = settings.value(key);
        if (!v.isValid())
            return fallback;
        if (v.typeId() == QMetaType::QStringList) { // an unquoted comma in an INI value
            report(key, QStringLiteral("has a comma (quote the value)"), QStringLiteral("'%1'").arg(fallback));
            return fallback;
        }
        return v.toString().trimmed();
    }

    int seconds(const QString &key, int fallback, int min, int max)
    {
        const QVariant v = settings.value(key);
        if (!v.isValid())
            return fallback;
        bool ok = false;
        const QString raw = v.toString().trimmed();
        const int n = raw.toInt(&ok);
        if (!ok) {
            report(key, QStringLiteral("'%1' is not a whole number of seconds").arg(raw),
                   QStringLiteral("%1 s").arg(fallback));
            return fallback;
        }
        if (n < min || n > max) {
            report(key, QStringLiteral("%1 s is outside %2..%3 s").arg(n).arg(min).arg(max),
                   QStringLiteral("%1 s").arg(fallback));
            return fallback;
        }
        return n;
    }
};

} // namespace

KioskConfigResult loadKioskConfig(const QString &path, const QStringList &languageCodes, bool required)
{
    KioskConfigResult result;
    KioskConfig &c = result.config;
    const QFileInfo info(path);
    if (!info.exists()) {
        if (required)
            result.problems << QStringLiteral("%1: no such file; every setting takes its default").arg(path);
        return result;
    }
    if (!info.isReadable()) {
        result.problems << QStringLiteral("%1: cannot be read; every setting takes its default").arg(path);
        return result;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        result.problems << QStringLiteral("%1: not an INI file QSettings can read; every setting takes its default")
                               .arg(path);
        return result;
    }
    result.fileRead = true;
    Reader r{settings, path, result.problems};

    static const QStringList known{
        QStringLiteral("kiosk/device"),        QStringLiteral("kiosk/development"),
        QStringLiteral("kiosk/database"),      QStringLiteral("idle/timeout"),
        QStringLiteral("idle/still_there"),    QStringLiteral("languages/offered"),
        QStringLiteral("languages/default"),   QStringLiteral("staff/pin_hash"),
        QStringLiteral("visitor/first_view"),  QStringLiteral("visitor/attract_tour")};
    for (const QString &key : settings.allKeys()) {
        // [central] is app/sync's (the central store: sync::loadConfig reads and checks it).
        if (!known.contains(key) && !key.startsWith(QLatin1String("central/")))
            result.problems << QStringLiteral("%1: unknown setting %2 ignored (known: %3)")
                                   .arg(path, key, known.join(QStringLiteral(", ")));
    }

    c.deviceName = r.text(QStringLiteral("kiosk/device"), c.deviceName);
    static const QRegularExpression deviceRe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"));
    if (!c.deviceName.isEmpty() && !deviceRe.match(c.deviceName).hasMatch()) {
        r.report(QStringLiteral("kiosk/device"),
                 QStringLiteral("'%1' is not a device name (letters, digits, . _ -, at most 63)").arg(c.deviceName),
                 QStringLiteral("the host name"));
        c.deviceName.clear();
    }
    const QString dir = info.absolutePath();
    auto pathValue = [&](const QString &key, bool mustBeDir) {
        QString p = r.text(key, QString());
        if (p.isEmpty())
            return p;
        if (QFileInfo(p).isRelative())
            p = dir + u'/' + p; // relative to the configuration file
        if (mustBeDir && !QFileInfo(p).isDir()) {
            r.report(key, QStringLiteral("'%1' is not a folder").arg(p), QStringLiteral("the bundled demo"));
            return QString();
        }
        if (!mustBeDir && QFileInfo(p).isDir()) {
            r.report(key, QStringLiteral("'%1' is a folder, not a database file").arg(p),
                     QStringLiteral("the user's data folder"));
            return QString();
        }
        return p;
    };
    c.developmentPath = pathValue(QStringLiteral("kiosk/development"), true);
    c.databasePath = pathValue(QStringLiteral("kiosk/database"), false);

    c.idleTimeoutS = r.seconds(QStringLiteral("idle/timeout"), c.idleTimeoutS, 10, 3600);
    c.stillThereS = r.seconds(QStringLiteral("idle/still_there"), c.stillThereS, 3, 120);

    const QVariant offered = settings.value(QStringLiteral("languages/offered"));
    if (offered.isValid()) {
        QStringList codes;
        QStringList unknown;
        const QStringList raw = offered.typeId() == QMetaType::QStringList
                                    ? offered.toStringList()
                                    : offered.toString().split(u',', Qt::SkipEmptyParts);
        for (QString code : raw) {
            code = code.trimmed().toLower();
            if (code.isEmpty())
                continue;
            if (languageCodes.contains(code)) {
                if (!codes.contains(code))
                    codes << code;
            } else {
                unknown << code;
            }
        }
        if (!unknown.isEmpty())
            r.report(QStringLiteral("languages/offered"),
                     QStringLiteral("names languages the showroom does not speak (%1; it speaks %2)")
                         .arg(unknown.join(QStringLiteral(", ")), languageCodes.join(QStringLiteral(", "))),
                     codes.isEmpty() ? QStringLiteral("all of them") : codes.join(QStringLiteral(", ")));
        c.languages = codes.isEmpty() ? languageCodes : codes;
    } else {
        c.languages = languageCodes;
    }
    const QString fallbackLanguage = c.languages.contains(QStringLiteral("en")) ? QStringLiteral("en")
                                                                                : c.languages.constFirst();
    c.defaultLanguage = r.text(QStringLiteral("languages/default"), fallbackLanguage).toLower();
    if (!c.languages.contains(c.defaultLanguage)) {
        r.report(QStringLiteral("languages/default"),
                 QStringLiteral("'%1' is not one of the languages offered (%2)")
                     .arg(c.defaultLanguage, c.languages.join(QStringLiteral(", "))),
                 fallbackLanguage);
        c.defaultLanguage = fallbackLanguage;
    }

    c.staffPinHash = r.text(QStringLiteral("staff/pin_hash"), QString());
    if (!c.staffPinHash.isEmpty() && !c.staffPinHash.startsWith(QLatin1String("$argon2id$"))) {
        // Never echo it: a mistyped hash might be a PIN written in plain text.
        r.report(QStringLiteral("staff/pin_hash"),
                 QStringLiteral("is not an Argon2id hash (it must start with $argon2id$; make one with "
                                "'showroom-admin staff set-pin')"),
                 QStringLiteral("the PIN set on this device"));
        c.staffPinHash.clear();
    }

    c.firstView = r.text(QStringLiteral("visitor/first_view"), c.firstView);
    static const QRegularExpression viewRe(QStringLiteral("^(overview|finder|building:[^\\s]+|preset:[^\\s]+)$"));
    if (!viewRe.match(c.firstView).hasMatch()) {
        r.report(QStringLiteral("visitor/first_view"),
                 QStringLiteral("'%1' is not one of overview, finder, building:<id>, preset:<id>").arg(c.firstView),
                 QStringLiteral("overview"));
        c.firstView = QStringLiteral("overview");
    }
    const QString tour = r.text(QStringLiteral("visitor/attract_tour"), QStringLiteral("true")).toLower();
    if (tour == QLatin1String("true") || tour == QLatin1String("yes") || tour == QLatin1String("1")) {
        c.attractTour = true;
    } else if (tour == QLatin1String("false") || tour == QLatin1String("no") || tour == QLatin1String("0")) {
        c.attractTour = false;
    } else {
        r.report(QStringLiteral("visitor/attract_tour"), QStringLiteral("'%1' is not true or false").arg(tour),
                 QStringLiteral("true"));
    }
    return result;
}

QString checkFirstView(const QString &firstView, const QStringList &buildingIds, const QStringList &presetIds)
{
    const int colon = firstView.indexOf(u':');
    if (colon < 0)
        return {};
    const QString kind = firstView.left(colon);
    const QString id = firstView.mid(colon + 1);
    const QStringList &ids = kind == QLatin1String("building") ? buildingIds : presetIds;
    if (ids.contains(id))
        return {};
    return QStringLiteral("visitor/first_view: the development has no %1 '%2' (choose one of: %3); the overview "
                          "used instead")
        .arg(kind, id, ids.join(QStringLiteral(", ")));
}

} // namespace showroom::kiosk
