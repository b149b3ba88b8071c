#include "importer/SourceFormat.h"

#include <QFileInfo>

namespace showroom::importer {

// Sniffs the first bytes: the content decides, the extension only breaks ties (a .glb full of text is
// still reported as what it is).
SourceFormat sniffFormat(const QString &path, const QByteArray &head)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (head.startsWith("glTF"))
        return {SourceKind::Gltf, QStringLiteral("glTF 2.0 (binary)")};
    if (head.startsWith("Kaydara FBX Binary"))
        return {SourceKind::Fbx, QStringLiteral("FBX (binary)")};
    if (head.startsWith("; FBX") || head.contains("FBXHeaderExtension:"))
        return {SourceKind::Fbx, QStringLiteral("FBX (ASCII)")};
    if (head.startsWith("ISO-10303-21")) {
        if (head.contains("IFC4"))
            return {SourceKind::Ifc, QStringLiteral("IFC4")};
        return {SourceKind::Ifc, QStringLiteral("IFC 2x3")};
    }
    if (ext == QLatin1String("gltf"))
        return {SourceKind::Gltf, QStringLiteral("glTF 2.0")};
    if (ext == QLatin1String("glb"))
        return {SourceKind::Gltf, QStringLiteral("glTF 2.0 (binary)")};
    if (ext == QLatin1String("fbx"))
        return {SourceKind::Fbx, QStringLiteral("FBX (ASCII)")};
    if (ext == QLatin1String("obj"))
        return {SourceKind::Obj, QStringLiteral("OBJ")};
    if (ext == QLatin1String("ifc"))
        return {SourceKind::Ifc, QStringLiteral("IFC 2x3")};
    if (ext == QLatin1String("dae"))
        return {SourceKind::Collada, QStringLiteral("Collada")};
    return {SourceKind::Other, ext.toUpper()};
}

} // namespace showroom::importer
