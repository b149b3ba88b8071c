// Reading development.json's values with the JSON path of every problem ("units[12].floor: expected
// integer"): typed accessors over one JSON object that report what is missing, mistyped or unknown, the
// check of file references against the package folder, and duplicate-id detection. Internal to
// ManifestLoader (namespace showroom::core::manifest); no state is shared between loads.
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector3D>

#include <limits>
#include <optional>

namespace showroom::core::manifest {

enum class Need
{
    Optional,
    Required
};

// A referenced file that is missing breaks the 3D view (models) or only a picture (images).
enum class FileKind
{
    Model,
    Image
};

// "text" in quotes for messages, shortened to 80 characters.
QString quoted(const QString &s);
QString numberText(double v);
bool isIsoDateShape(const QString &s); // YYYY-MM-DD
bool isCurrencyCode(const QString &s); // three capital letters
bool isHexColour(const QString &s);    // #rgb or #rrggbb
// "path[i]"
QString indexed(const QString &path, qsizetype i);

class Issues
{
public:
    QStringList errors;
    QStringList warnings;
    void error(const QString &path, const QString &message)
    {
        errors << path + QStringLiteral(": ") + message;
    }
    void warning(const QString &path, const QString &message)
    {
        warnings << path + QStringLiteral(": ") + message;
    }
};

// Checks a relative file reference: spelled inside the package, exists, and does not leave the package
// through a symbolic link. Returns false if it must not be used.
class PathChecker
{
public:
    PathChecker(const QString &packageDir, Issues &issues);
    bool check(const QString &jsonPath, const QString &rel, FileKind kind);

private:
    Issues &m_issues;
    QString m_root; // canonical package folder, empty when not checking files
};

// Reads typed values from one JSON object, remembering which keys the format knows so the rest can be
// reported as unknown. Every accessor reports its own problem and returns nullopt on it.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &path, Issues &issues, PathChecker &paths)
        : m_object(object), m_path(path), m_issues(issues), m_paths(paths)
    {
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }

    // The value for `key`, or nullopt (with "required key is missing" when it is required).
    std::optional<QJsonValue> value(const QString &key, Need need);
    std::optional<QString> string(const QString &key, Need need);
    std::optional<int> integer(const QString &key, Need need, int min = std::numeric_limits<int>::min());
    std::optional<double> number(const QString &key, Need need,
                                 double min = -std::numeric_limits<double>::infinity(),
                                 double max = std::numeric_limits<double>::infinity());
    std::optional<bool> boolean(const QString &key, Need need);
    std::optional<QDate> date(const QString &key, Need need);
    std::optional<QJsonArray> array(const QString &key, Need need);
    std::optional<QJsonObject> object(const QString &key, Need need);
    std::optional<QVector3D> vector3(const QString &key, Need need);
    // One of a fixed set of words.
    std::optional<QString> choice(const QString &key, Need need, const QStringList &allowed);
    // A file inside the package; empty when absent or unusable.
    QString file(const QString &key, Need need, FileKind kind);

    // Marks keys the format knows but this reader does not read itself.
    void accept(const QString &key) { m_known.insert(key); }
    void reportUnknownKeys();

private:
    const QJsonObject m_object;
    const QString m_path;
    Issues &m_issues;
    PathChecker &m_paths;
    QSet<QString> m_known;
};

// Remembers ids per list to report duplicates with both places.
class IdRegistry
{
public:
    explicit IdRegistry(Issues &issues) : m_issues(issues) {}
    // Returns false (and reports) if `id` was used before.
    bool add(const QString &id, const QString &jsonPath, const QString &what = QStringLiteral("id"));
    bool contains(const QString &id) const { return m_seen.contains(id); }

private:
    Issues &m_issues;
    QHash<QString, QString> m_seen;
};

} // namespace showroom::core::manifest
