// What kind of model file this is, sniffed from its first bytes (the extension only breaks ties). Picks
// the preflight, the unit and axis rules, and the node-name clean-up.
#pragma once

#include <QByteArray>
#include <QString>

namespace showroom::importer {

enum class SourceKind
{
    Gltf,
    Fbx,
    Obj,
    Ifc,
    Collada,
    Other
};

struct SourceFormat
{
    SourceKind kind = SourceKind::Other;
    QString name; // as reported in ImportedScene::format, e.g. "glTF 2.0 (binary)", "IFC 2x3", "IFC4"
};

// `head`: the file's first bytes (4 KiB is plenty).
SourceFormat sniffFormat(const QString &path, const QByteArray &head);

} // namespace showroom::importer
