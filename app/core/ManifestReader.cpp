#include "core/ManifestReader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace showroom::core::manifest {

QString quoted(const QString &s)
{
    QString shown = s.size() > 80 ? s.left(77) + QStringLiteral("...") : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString numberText(double v)
{
    return QString::number(v, 'g', 12);
}

// Hand-written shape checks: the loader runs on worker threads and these stay allocation- and lock-free.
namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool hasDrivePrefix(const QString &s) // "C:" and the like
{
    return s.size() >= 2 && isAsciiLetter(s[0]) && s[1] == QLatin1Char(':');
}

} // namespace

bool isIsoDateShape(const QString &s) // YYYY-MM-DD
{
    if (s.size() != 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!isAsciiDigit(s[i]))
            return false;
    }
    return true;
}

bool isCurrencyCode(const QString &s) // three capital letters
{
    return s.size() == 3 && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

bool isHexColour(const QString &s) // #rgb or #rrggbb
{
    if ((s.size() != 4 && s.size() != 7) || s[0] != QLatin1Char('#'))
        return false;
    return std::all_of(s.cbegin() + 1, s.cend(), [](QChar c) {
        return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f')) ||
               (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}

QString indexed(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

PathChecker::PathChecker(const QString &packageDir, Issues &issues) : m_issues(issues)
{
    if (!packageDir.isEmpty()) {
        QFileInfo info(packageDir);
        m_root = info.canonicalFilePath();
    }
}

bool PathChecker::check(const QString &jsonPath, const QString &rel, FileKind kind)
{
    if (rel.contains(QLatin1Char('\\'))) {
        m_issues.error(jsonPath,
                       QStringLiteral("path %1 uses backslashes; write paths with \"/\"").arg(quoted(rel)));
        return false;
    }
    if (rel.startsWith(QLatin1Char('/')) || hasDrivePrefix(rel) || QDir::isAbsolutePath(rel)) {
        m_issues.error(jsonPath, QStringLiteral("absolute path %1 not allowed; paths are relative to the "
                                                "package folder")
                                     .arg(quoted(rel)));
        return false;
    }
    const QString clean = QDir::cleanPath(rel);
    if (clean == QLatin1String("..") || clean.startsWith(QLatin1String("../"))) {
        m_issues.error(jsonPath, QStringLiteral("path %1 leaves the package folder").arg(quoted(rel)));
        return false;
    }
    if (m_root.isEmpty())
        return true; // no folder to check against (parsing bytes only)

    const QFileInfo info(m_root + QLatin1Char('/') + clean);
    const QString what = kind == FileKind::Model ? QStringLiteral("model") : QStringLiteral("image");
    if (!info.exists()) {
        const QString msg = QStringLiteral("%1 file %2 not found").arg(what, quoted(rel));
        if (kind == FileKind::Model)
            m_issues.error(jsonPath, msg);
        else
            m_issues.warning(jsonPath, msg);
        return kind != FileKind::Model;
    }
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root + QLatin1Char('/'))) {
        m_issues.error(jsonPath,
                       QStringLiteral("path %1 resolves outside the package folder (symbolic link to %2)")
                           .arg(quoted(rel), quoted(canonical)));
        return false;
    }
    if (info.isDir()) {
        m_issues.error(jsonPath, QStringLiteral("path %1 is a folder, expected a file").arg(quoted(rel)));
        return false;
    }
    if (!info.isReadable()) {
        m_issues.error(jsonPath, QStringLiteral("%1 file %2 is not readable").arg(what, quoted(rel)));
        return false;
    }
    return true;
}

// The value for `key`, or nullopt (with "required key is missing" when it is required).
std::optional<QJsonValue> ObjectReader::value(const QString &key, Need need)
{
    m_known.insert(key);
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (need == Need::Required)
            m_issues.error(at(key), QStringLiteral("required key is missing"));
        return std::nullopt;
    }
    if (v.isNull() && need == Need::Optional)
        return std::nullopt; // null means "not given" for optional keys
    return v;
}

std::optional<QString> ObjectReader::string(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        m_issues.error(at(key), QStringLiteral("expected string"));
        return std::nullopt;
    }
    const QString s = v->toString();
    if (need == Need::Required && s.trimmed().isEmpty()) {
        m_issues.error(at(key), QStringLiteral("expected a non-empty string"));
        return std::nullopt;
    }
    return s;
}

std::optional<int> ObjectReader::integer(const QString &key, Need need, int min)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
        d > std::numeric_limits<int>::max()) {
        m_issues.error(at(key), QStringLiteral("expected integer"));
        return std::nullopt;
    }
    if (d < min) {
        m_issues.error(at(key),
                       QStringLiteral("expected integer >= %1, found %2").arg(min).arg(numberText(d)));
        return std::nullopt;
    }
    return int(d);
}

std::optional<double> ObjectReader::number(const QString &key, Need need, double min, double max)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        m_issues.error(at(key), QStringLiteral("expected number"));
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (!(d >= min && d <= max)) {
        const QString range = std::isinf(max)
                                  ? QStringLiteral(">= %1").arg(numberText(min))
                                  : QStringLiteral("between %1 and %2").arg(numberText(min), numberText(max));
        m_issues.error(at(key), QStringLiteral("expected number %1, found %2").arg(range, numberText(d)));
        return std::nullopt;
    }
    return d;
}

std::optional<bool> ObjectReader::boolean(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        m_issues.error(at(key), QStringLiteral("expected boolean"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QDate> ObjectReader::date(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    const QString s = v->toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!v->isString() || !isIsoDateShape(s) || !d.isValid()) {
        m_issues.error(at(key), v->isString()
                                    ? QStringLiteral("expected date YYYY-MM-DD, found %1").arg(quoted(s))
                                    : QStringLiteral("expected date YYYY-MM-DD"));
        return std::nullopt;
    }
    return d;
}

std::optional<QJsonArray> ObjectReader::array(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        m_issues.error(at(key), QStringLiteral("expected array"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QJsonObject> ObjectReader::object(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        m_issues.error(at(key), QStringLiteral("expected object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QVector3D> ObjectReader::vector3(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    const QJsonArray a = v->toArray();
    if (!v->isArray() || a.size() != 3 || !a[0].isDouble() || !a[1].isDouble() || !a[2].isDouble()) {
        m_issues.error(at(key), QStringLiteral("expected [x, y, z] (array of 3 numbers)"));
        return std::nullopt;
    }
    return QVector3D(float(a[0].toDouble()), float(a[1].toDouble()), float(a[2].toDouble()));
}

// One of a fixed set of words.
std::optional<QString> ObjectReader::choice(const QString &key, Need need, const QStringList &allowed)
{
    const auto s = string(key, need);
    if (!s)
        return std::nullopt;
    if (!allowed.contains(*s)) {
        QStringList shown;
        for (const QString &a : allowed)
            shown << quoted(a);
        m_issues.error(
            at(key),
            QStringLiteral("expected one of %1, found %2").arg(shown.join(QStringLiteral(", ")), quoted(*s)));
        return std::nullopt;
    }
    return s;
}

// A file inside the package; empty when absent or unusable.
QString ObjectReader::file(const QString &key, Need need, FileKind kind)
{
    const auto s = string(key, need);
    if (!s || s->isEmpty())
        return {};
    return m_paths.check(at(key), *s, kind) ? *s : QString();
}

void ObjectReader::reportUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            m_issues.warning(at(it.key()), QStringLiteral("unknown key (ignored)"));
    }
}

bool IdRegistry::add(const QString &id, const QString &jsonPath, const QString &what)
{
    const auto it = m_seen.constFind(id);
    if (it != m_seen.constEnd()) {
        m_issues.error(jsonPath,
                       QStringLiteral("duplicate %1 %2 (first used at %3)").arg(what, quoted(id), *it));
        return false;
    }
    m_seen.insert(id, jsonPath);
    return true;
}

} // namespace showroom::core::manifest
