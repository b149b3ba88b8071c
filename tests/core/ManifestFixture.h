// A small but complete development package, written by the tests into a temporary folder.
// validManifest() uses every key of schema 1; tests mutate it with setAt() to provoke one problem.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

namespace fixture {

inline QJsonObject unit(const QString &id, const QString &building, int floor, const QString &type,
                        int bedrooms, double area, double price, const QString &status,
                        const QString &orientation)
{
    return QJsonObject{{"id", id},
                       {"building", building},
                       {"floor", floor},
                       {"type", type},
                       {"bedrooms", bedrooms},
                       {"bathrooms", 1},
                       {"area", area},
                       {"price", price},
                       {"status", status},
                       {"orientation", orientation},
                       {"node", "Unit_" + id}};
}

inline QJsonObject validManifest()
{
    QJsonObject a0304 = unit("A_0304", "A", 3, "2B", 2, 78.5, 385000, "available", "SW");
    a0304.insert("balcony", true);
    a0304.insert("balconyArea", 8.5);
    a0304.insert("plan", "plans/A_0304.png");
    a0304.insert("bathrooms", 2);
    a0304.insert("mirrored", true);
    return QJsonObject{
        {"schema", 1},
        {"development",
         QJsonObject{{"id", "harbour-gardens"},
                     {"name", "Harbour Gardens"},
                     {"address", "1 Quay Street, Dublin"},
                     {"latitude", 53.3478},
                     {"longitude", -6.2597},
                     {"currency", "EUR"},
                     {"completion", "2027-06-30"},
                     {"description", "Two apartment buildings and a row of townhouses by the water."},
                     {"northAngle", 15}}},
        {"model", "models/site.glb"},
        {"buildings", QJsonArray{QJsonObject{{"id", "A"},
                                             {"name", "Building A"},
                                             {"kind", "apartments"},
                                             {"floors", 6},
                                             {"node", "Building_A"}},
                                 QJsonObject{{"id", "T"},
                                             {"name", "The Terrace"},
                                             {"kind", "townhouses"},
                                             {"floors", 3},
                                             {"node", "Building_T"}}}},
        {"floors", QJsonArray{QJsonObject{{"building", "A"},
                                          {"level", 0},
                                          {"name", "Garden level"},
                                          {"elevation", 0.0},
                                          {"plan", "plans/A_00.png"}}}},
        {"unitTypes",
         QJsonArray{
             QJsonObject{
                 {"id", "2B"},
                 {"name", "Two-bedroom apartment"},
                 {"bedrooms", 2},
                 {"bathrooms", 2},
                 {"area", 78.5},
                 {"interior", "models/interior_2B.glb"},
                 {"plan", "plans/2B.png"},
                 {"rooms", QJsonArray{QJsonObject{{"node", "Floor_Living"}, {"name", "Living / dining"}},
                                      QJsonObject{{"node", "Floor_Bedroom_1"}, {"name", "Main bedroom"}}}}},
             QJsonObject{{"id", "1B"}, {"name", "One-bedroom apartment"}, {"bedrooms", 1}},
             QJsonObject{{"id", "TH3"}, {"name", "Three-bedroom townhouse"}}}},
        {"units", QJsonArray{a0304, unit("A_0001", "A", 0, "1B", 1, 52, 265000.5, "reserved", "N"),
                             unit("T_0001", "T", 0, "TH3", 3, 121.25, 640000, "sold", "E")}},
        {"stages",
         QJsonArray{QJsonObject{{"id", "foundation"},
                                {"name", "Foundations"},
                                {"planned", QJsonObject{{"start", "2025-03-01"}, {"end", "2025-06-30"}}},
                                {"actual", QJsonObject{{"start", "2025-03-10"}, {"end", "2025-07-15"}}},
                                {"nodes", QJsonArray{"*_Foundation_*"}}},
                    QJsonObject{{"id", "structure"},
                                {"name", "Structure"},
                                {"planned", QJsonObject{{"start", "2025-07-01"}, {"end", "2026-03-31"}}},
                                {"actual", QJsonObject{{"start", "2025-07-20"}, {"end", QJsonValue::Null}}},
                                {"nodes", QJsonArray{"*_Structure_*", "Unit_*"}}},
                    QJsonObject{{"id", "landscape"},
                                {"name", "Landscaping"},
                                {"planned", QJsonObject{{"start", "2027-01-01"}, {"end", "2027-05-31"}}},
                                {"nodes", QJsonArray{"Site_Landscape_*", "Site_Ground"}}}}},
        {"finishPalettes",
         QJsonArray{
             QJsonObject{{"id", "oak"},
                         {"name", "Warm oak"},
                         {"surfaces", QJsonObject{{"floor", QJsonObject{{"color", "#a0522d"},
                                                                        {"roughness", 0.6},
                                                                        {"metallic", 0},
                                                                        {"texture", "textures/oak.jpg"}}},
                                                  {"wall", QJsonObject{{"color", "#f5f5f0"}}}}}}}},
        {"pointsOfInterest", QJsonArray{QJsonObject{{"id", "playground"},
                                                    {"name", "Playground"},
                                                    {"description", "Between the buildings"},
                                                    {"category", "leisure"},
                                                    {"position", QJsonArray{10, 0, -5.5}}}}},
        {"cameraPresets", QJsonArray{QJsonObject{{"id", "overview"},
                                                 {"name", "Overview"},
                                                 {"position", QJsonArray{0, 80, 120}},
                                                 {"target", QJsonArray{0, 0, 0}},
                                                 {"fov", 45}}}},
    };
}

// The files validManifest() refers to (contents do not matter to the manifest loader).
inline bool writeReferencedFiles(const QString &dir)
{
    const QStringList files{"models/site.glb", "models/interior_2B.glb", "plans/A_0304.png",
                            "plans/A_00.png",  "plans/2B.png",           "textures/oak.jpg"};
    for (const QString &rel : files) {
        const QString path = QDir(dir).filePath(rel);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("x") != 1)
            return false;
    }
    return true;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

inline bool writeManifest(const QString &dir, const QJsonObject &manifest)
{
    return writeFile(QDir(dir).filePath("development.json"), QJsonDocument(manifest).toJson());
}

// Sets (or, with an undefined value, removes) the value at a JSON path like "units[0].floor" or
// "stages[1].planned.end". Intermediate containers must exist.
inline void setAt(QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    const QString step = steps.takeFirst();
    static const QRegularExpression indexForm("^\\[(\\d+)\\]$");
    const auto m = indexForm.match(step);
    if (m.hasMatch()) {
        QJsonArray array = node.toArray();
        const int i = m.captured(1).toInt();
        if (steps.isEmpty()) {
            if (value.isUndefined())
                array.removeAt(i);
            else if (i == array.size())
                array.append(value); // one past the end appends
            else
                array[i] = value;
        } else {
            QJsonValue child = array.at(i);
            setAt(child, steps, value);
            array[i] = child;
        }
        node = array;
    } else {
        QJsonObject object = node.toObject();
        if (steps.isEmpty()) {
            if (value.isUndefined())
                object.remove(step);
            else
                object.insert(step, value);
        } else {
            QJsonValue child = object.value(step);
            setAt(child, steps, value);
            object.insert(step, child);
        }
        node = object;
    }
}

inline void setAt(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    QStringList steps;
    static const QRegularExpression token("[^.\\[\\]]+|\\[\\d+\\]");
    auto it = token.globalMatch(path);
    while (it.hasNext())
        steps << it.next().captured(0);
    QJsonValue node = root;
    setAt(node, steps, value);
    root = node.toObject();
}

} // namespace fixture
