// --list-units, --list-stages, --list-presets: tab-separated text for a terminal, a spreadsheet or cut.
#include "commandline/CommandLine.h"

#include "core/DisplayText.h"
#include "core/FilterExpression.h"
#include "core/ManifestLoader.h"
#include "core/StageSchedule.h"
#include "sun/LocalTime.h"
#include "sun/SolarPosition.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <cstdio>

namespace showroom::cli {

namespace {

// A tab or line break inside a name would split a row into wrong columns.
QString field(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString row(const QStringList &fields)
{
    QStringList cleaned;
    cleaned.reserve(fields.size());
    for (const QString &f : fields)
        cleaned << field(f);
    return cleaned.join(QLatin1Char('\t')) + QLatin1Char('\n');
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

QString listUnits(const core::DevelopmentData &data, const QLocale &locale)
{
    return listUnits(data, locale, core::UnitFilter::everything());
}

QString listUnits(const core::DevelopmentData &data, const QLocale &locale, const core::UnitFilter &filter)
{
    const QStringList matching = core::matchingUnitIds(filter, data);
    const QSet<QString> keep(matching.cbegin(), matching.cend());
    QString out = row({QStringLiteral("id"), QStringLiteral("building"), QStringLiteral("floor"),
                       QStringLiteral("type"), QStringLiteral("bedrooms"), QStringLiteral("area"),
                       QStringLiteral("price"), QStringLiteral("status")});
    for (const core::Unit &u : data.units) {
        if (!keep.contains(u.id))
            continue;
        out +=
            row({u.id, u.building, QString::number(u.floor), u.type, QString::number(u.bedrooms),
                 locale.toString(u.area, 'f', 1) + QStringLiteral(" m²"),
                 core::formatPrice(u.price, data.development.currency, locale), core::statusKey(u.status)});
    }
    return out;
}

QString listStages(const core::DevelopmentData &data, QDate today)
{
    QString out =
        row({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("planned start"),
             QStringLiteral("planned end"), QStringLiteral("actual start"), QStringLiteral("actual end"),
             QStringLiteral("progress")});
    for (const core::Stage &s : data.stages) {
        // Progress today in whole percent, and how late where it is (core/StageSchedule.h).
        const core::StageWindow w = core::stageWindow(s, today);
        QString progress =
            QStringLiteral("%1%").arg(qRound(core::stageProgressAt(s, today, today) * 100));
        if (w.late)
            progress += QStringLiteral(" (%1 days late)").arg(w.daysLate);
        out += row({s.id, s.name, isoDate(s.plannedStart), isoDate(s.plannedEnd), isoDate(s.actualStart),
                    isoDate(s.actualEnd), progress});
    }
    return out;
}

QString listPresets(const core::DevelopmentData &data)
{
    QString out = row({QStringLiteral("id"), QStringLiteral("name")});
    for (const core::CameraPreset &p : data.cameraPresets)
        out += row({p.id, p.name});
    return out;
}

QString sunAtLine(const core::DevelopmentData &data, const QDateTime &localTime, QString *error)
{
    const core::DevelopmentInfo &dev = data.development;
    if (!dev.hasLocation) {
        *error = QStringLiteral("--sun-at: this development has no latitude and longitude (development.latitude, "
                                "development.longitude)");
        return {};
    }
    const QTimeZone zone = sun::zoneOrFallback(dev.timeZone, dev.longitude);
    const sun::SolarPosition p =
        sun::compute(sun::localToUtc(localTime.date(), localTime.time(), zone), dev.latitude, dev.longitude);
    return QStringLiteral("sun: azimuth %1 elevation %2\n").arg(p.azimuthDeg, 0, 'f', 2).arg(p.elevationDeg, 0, 'f', 2);
}

int printWithoutWindow(const Options &options, const QString &developmentDir, const QLocale &locale)
{
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "showroom: %s\n", qPrintable(message));
        return ExitBadInput;
    };
    QString text;
    if (options.help) {
        text = helpText();
    } else if (options.version) {
        text = versionText();
    } else {
        if (!QFileInfo(developmentDir).isDir())
            return fail(QStringLiteral("development folder %1 does not exist")
                            .arg(QDir::toNativeSeparators(developmentDir)));
        const core::ManifestResult manifest = core::loadManifest(developmentDir);
        if (!manifest.ok()) {
            QString first = manifest.errors.constFirst();
            if (manifest.errors.size() > 1)
                first += QStringLiteral(" (and %1 more problems)").arg(manifest.errors.size() - 1);
            const QString where = QDir::toNativeSeparators(
                manifest.manifestPath.isEmpty() ? developmentDir : manifest.manifestPath);
            return fail(QStringLiteral("invalid development %1: %2").arg(where, first));
        }
        if (options.sunAt.isValid()) {
            QString error;
            text += sunAtLine(manifest.data, options.sunAt, &error);
            if (!error.isEmpty())
                return fail(error);
        }
        if (options.listUnits && options.filter) {
            const core::FilterParseResult read = core::parseFilterExpression(*options.filter, &manifest.data);
            if (!read.ok())
                return fail(QStringLiteral("--filter: %1").arg(read.error));
            text += listUnits(manifest.data, locale, read.filter);
        } else if (options.listUnits) {
            text += listUnits(manifest.data, locale);
        }
        if (options.listStages)
            text += listStages(manifest.data, QDate::currentDate());
        if (options.listPresets)
            text += listPresets(manifest.data);
    }
    // UTF-8 whatever the locale: "m²" and "€" must survive LANG=C.
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace showroom::cli
