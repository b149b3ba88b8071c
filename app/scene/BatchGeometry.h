// GPU-ready geometry of one draw batch (or of one instanced mesh). The vertex and index bytes are
// prepared on the import worker; this object is created and filled on the GUI thread only, because
// Qt Quick 3D objects belong to the thread of their scene.
#pragma once

#include <QByteArray>
#include <QQuick3DGeometry>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace showroom::scene {

// Interleaved position (3 floats), normal (3 floats) and, when present, uv (2 floats); 32-bit indices.
struct GeometryData
{
    QByteArray vertices;
    QByteArray indices;
    bool hasUv = false;
    QVector3D boundsMin;
    QVector3D boundsMax;
    int stride() const { return hasUv ? 8 * 4 : 6 * 4; }
    int vertexCount() const { return vertices.size() / stride(); }
    int triangleCount() const { return indices.size() / 12; }
};

// Interleaves separate position/normal/uv arrays (any thread).
GeometryData interleave(const std::vector<float> &positions, const std::vector<float> &normals,
                        const std::vector<float> &uvs, const std::vector<std::uint32_t> &indices,
                        QVector3D boundsMin, QVector3D boundsMax);

class BatchGeometry : public QQuick3DGeometry
{
    Q_OBJECT
    QML_NAMED_ELEMENT(BatchGeometry)
    QML_UNCREATABLE("Made by SiteModel from an imported model")

public:
    explicit BatchGeometry(const GeometryData &data, QQuick3DObject *parent = nullptr);
};

} // namespace showroom::scene
