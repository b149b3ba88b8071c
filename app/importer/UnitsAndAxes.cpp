#include "importer/UnitsAndAxes.h"

#include <algorithm>
#include <cmath>

namespace showroom::importer {

namespace {

QVector3D axisVector(int axis, int sign)
{
    QVector3D v;
    if (axis >= 0 && axis <= 2)
        v[axis] = sign < 0 ? -1.0f : 1.0f;
    return v;
}

QString axisName(const QVector3D &v)
{
    static const char *names[] = {"X", "Y", "Z"};
    for (int a = 0; a < 3; ++a) {
        if (v[a] != 0)
            return QStringLiteral("%1%2").arg(v[a] < 0 ? '-' : '+').arg(QLatin1String(names[a]));
    }
    return QStringLiteral("?");
}

bool parseAxis(const QString &text, QVector3D &out)
{
    const QString t = text.trimmed().toUpper();
    if (t.size() != 2 || (t[0] != '+' && t[0] != '-'))
        return false;
    const int axis = QStringLiteral("XYZ").indexOf(t[1]);
    if (axis < 0)
        return false;
    out = axisVector(axis, t[0] == '-' ? -1 : 1);
    return true;
}

// The smallest rotation that turns `up` into +Y (a half turn about X for -Y).
QMatrix4x4 rotationToYUp(const QVector3D &up)
{
    QMatrix4x4 r;
    if (up == QVector3D(0, 1, 0))
        return r;
    if (up == QVector3D(0, -1, 0)) {
        r.rotate(180, 1, 0, 0);
        return r;
    }
    const QVector3D axis = QVector3D::crossProduct(up, QVector3D(0, 1, 0)).normalized();
    r.rotate(90, axis);
    // Snap the cos/sin rounding noise so axis-aligned sources stay exactly axis-aligned.
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            r(i, j) = std::round(r(i, j));
    return r;
}

Bounds worldBounds(const ImportedScene &scene)
{
    Bounds b;
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        if (scene.nodes[i].meshes.empty())
            continue;
        const QMatrix4x4 w = scene.worldTransform(int(i));
        for (int m : scene.nodes[i].meshes) {
            const Bounds &mb = scene.meshes[std::size_t(m)].bounds;
            if (!mb.valid)
                continue;
            for (int corner = 0; corner < 8; ++corner) {
                const QVector3D p = w.map(QVector3D(corner & 1 ? mb.max.x() : mb.min.x(),
                                                    corner & 2 ? mb.max.y() : mb.min.y(),
                                                    corner & 4 ? mb.max.z() : mb.min.z()));
                b.include(p);
            }
        }
    }
    return b;
}

} // namespace

// Units and axes, in this order: the caller's override, the file's own metadata, the format's
// convention (see docs/importer.md).
UnitsAndAxes decideUnitsAndAxes(SourceKind kind, const MetadataNumber &metadata, const ImportOptions &options,
                                QStringList &warnings)
{
    UnitsAndAxes conv;
    // An absent key leaves `out` as it was (the defaults below rely on that).
    const auto metaNumber = [&metadata](const char *key, double &out) {
        return metadata && metadata(key, out);
    };

    if (kind == SourceKind::Fbx) {
        double unit = 0;
        if (metaNumber("UnitScaleFactor", unit) && std::isfinite(unit) && unit > 0) {
            conv.scale = float(unit / 100.0); // FBX units are centimetres times UnitScaleFactor
            conv.unitFromMetadata = true;
        } else if (metaNumber("OriginalUnitScaleFactor", unit) && std::isfinite(unit) && unit > 0) {
            conv.scale = float(unit / 100.0);
            conv.unitFromMetadata = true;
        } else {
            conv.scale = 0.01f;
            warnings << QStringLiteral("FBX without UnitScaleFactor: assuming centimetres (FBX default)");
        }
        double up = -1, upSign = 1, front = -1, frontSign = 1, coord = -1, coordSign = 1;
        if (metaNumber("UpAxis", up) && up >= 0 && up <= 2) {
            metaNumber("UpAxisSign", upSign);
            const QVector3D upVec = axisVector(int(up), int(upSign));
            conv.upAxisSource = axisName(upVec);
            conv.rotation = rotationToYUp(upVec);
            if (metaNumber("FrontAxis", front) && metaNumber("CoordAxis", coord) && front >= 0 &&
                front <= 2 && coord >= 0 && coord <= 2) {
                metaNumber("FrontAxisSign", frontSign);
                metaNumber("CoordAxisSign", coordSign);
                const QVector3D right = axisVector(int(coord), int(coordSign));
                const QVector3D fwd = axisVector(int(front), int(frontSign));
                // Rows: where the source's right / up / front go (X / Y / Z). Only a proper rotation is
                // used; a mirrored axis system would flip every triangle's winding.
                QMatrix4x4 m(right.x(), right.y(), right.z(), 0, upVec.x(), upVec.y(), upVec.z(), 0, fwd.x(),
                             fwd.y(), fwd.z(), 0, 0, 0, 0, 1);
                if (std::abs(m.determinant() - 1.0) < 1e-3)
                    conv.rotation = m;
            }
        }
    } else if (kind == SourceKind::Ifc) {
        // Assimp's IFC reader already converts IFC's Z-up and its IfcSIUnit lengths to Y-up metres.
        conv.upAxisSource = QStringLiteral("+Z");
        conv.unitFromMetadata = true;
    } else if (kind == SourceKind::Gltf || kind == SourceKind::Collada) {
        conv.unitFromMetadata = true; // glTF is metres by definition; Assimp applies Collada's <unit>
    }

    if (options.forceScale > 0 && std::isfinite(options.forceScale)) {
        conv.scale = options.forceScale;
        conv.unitFromMetadata = true;
    }
    if (!options.forceUpAxis.isEmpty()) {
        QVector3D up;
        if (parseAxis(options.forceUpAxis, up)) {
            conv.upAxisSource = axisName(up);
            conv.rotation = rotationToYUp(up);
        } else {
            warnings << QStringLiteral("ignored up axis override '%1' (expected +X, -Y, +Z, ...)")
                            .arg(options.forceUpAxis);
        }
    }
    return conv;
}

void applyUnitsAndAxes(ImportedScene &scene, const UnitsAndAxes &conv)
{
    scene.scaleApplied = conv.scale;
    scene.upAxisSource = conv.upAxisSource;
    if (conv.scale != 1.0f) {
        // S * M * S^-1 for uniform S only scales the translation, so every transform stays rigid and every
        // position, node-local or world, is in metres.
        for (Node &n : scene.nodes) {
            for (int r = 0; r < 3; ++r)
                n.transform(r, 3) *= conv.scale;
        }
        for (Mesh &m : scene.meshes) {
            for (float &p : m.positions)
                p *= conv.scale;
            m.bounds.min *= conv.scale;
            m.bounds.max *= conv.scale;
        }
    }
    if (!conv.rotation.isIdentity() && !scene.nodes.empty())
        scene.nodes[0].transform = conv.rotation * scene.nodes[0].transform;
}

void warnIfSizeContradictsMetres(ImportedScene &scene, const UnitsAndAxes &conv)
{
    if (conv.unitFromMetadata)
        return;
    // No unit in the file (OBJ, STL, PLY ...): metres are assumed; say so when the size disagrees.
    const Bounds b = worldBounds(scene);
    const QVector3D size = b.max - b.min;
    const float extent = std::max({size.x(), size.y(), size.z()});
    if (extent > 20000.0f)
        scene.warnings << QStringLiteral("the model is %1 m across: it is probably in millimetres "
                                         "(the file states no unit; metres were assumed)")
                              .arg(double(extent), 0, 'g', 4);
    else if (extent > 2000.0f)
        scene.warnings << QStringLiteral("the model is %1 m across: it is probably in centimetres "
                                         "(the file states no unit; metres were assumed)")
                              .arg(double(extent), 0, 'g', 4);
}

} // namespace showroom::importer
