// GPU-ready geometry of one draw batch (or of one instanced mesh). The vertex and index bytes are
// prepared on the import worker; this object is created and filled on the GUI thread only, because
// Qt Quick 3D objects belong to the thread of their scene.
#pragma once

#include <QByteArray>
#include <QQuick3DGeometry>
#include <QVector3D>
#include <QtQml/qqmlregistration.h>

namespace showroom::scene {

// Interleaved position (3 floats), normal (3 floats), then, when present, uv (2 floats) and a linear
// RGBA colour (4 floats). Batches that merge several materials use the colour for the base colour and
// (alpha) roughness + 64 * metalness, each in 1/63 steps. 32-bit indices.
struct GeometryData
{
    QByteArray vertices;
    QByteArray indices;
    bool hasUv = false;
    bool hasColor = false;
    QVector3D boundsMin;
    QVector3D boundsMax;
    int stride() const { return (6 + (hasUv ? 2 : 0) + (hasColor ? 4 : 0)) * 4; }
    int uvOffset() const { return 6 * 4; }
    int colorOffset() const { return (6 + (hasUv ? 2 : 0)) * 4; }
    int vertexCount() const { return vertices.size() / stride(); }
    int triangleCount() const { return indices.size() / 12; }
};

// Interleaves separate position/normal/uv (and per-vertex colour, 4 floats each) arrays (any thread).
GeometryData interleave(const std::vector<float> &positions, const std::vector<float> &normals,
                        const std::vector<float> &uvs, const std::vector<std::uint32_t> &indices,
                        QVector3D boundsMin, QVector3D boundsMax, const std::vector<float> &colors = {});

class BatchGeometry : public QQuick3DGeometry
{
    Q_OBJECT
    QML_NAMED_ELEMENT(BatchGeometry)
    QML_UNCREATABLE("Made by SiteModel from an imported model")

public:
    explicit BatchGeometry(const GeometryData &data, QQuick3DObject *parent = nullptr);
};

} // namespace showroom::scene
