#include "scene/BatchGeometry.h"

#include <cstring>

namespace showroom::scene {

GeometryData interleave(const std::vector<float> &positions, const std::vector<float> &normals,
                        const std::vector<float> &uvs, const std::vector<std::uint32_t> &indices,
                        QVector3D boundsMin, QVector3D boundsMax, const std::vector<float> &colors)
{
    GeometryData d;
    const std::size_t count = positions.size() / 3;
    d.hasUv = uvs.size() >= count * 2 && count > 0;
    d.hasColor = colors.size() >= count * 4 && count > 0;
    const bool hasNormals = normals.size() >= count * 3;
    const int floats = d.stride() / 4;
    d.vertices.resize(qsizetype(count * floats * sizeof(float)));
    auto *out = reinterpret_cast<float *>(d.vertices.data());
    for (std::size_t v = 0; v < count; ++v) {
        float *o = out + v * floats;
        o[0] = positions[v * 3];
        o[1] = positions[v * 3 + 1];
        o[2] = positions[v * 3 + 2];
        o[3] = hasNormals ? normals[v * 3] : 0.0f;
        o[4] = hasNormals ? normals[v * 3 + 1] : 1.0f;
        o[5] = hasNormals ? normals[v * 3 + 2] : 0.0f;
        if (d.hasUv) {
            o[6] = uvs[v * 2];
            o[7] = uvs[v * 2 + 1];
        }
        if (d.hasColor) {
            float *c = o + d.colorOffset() / 4;
            for (int k = 0; k < 4; ++k)
                c[k] = colors[v * 4 + std::size_t(k)];
        }
    }
    d.indices.resize(qsizetype(indices.size() * sizeof(std::uint32_t)));
    if (!indices.empty())
        std::memcpy(d.indices.data(), indices.data(), indices.size() * sizeof(std::uint32_t));
    d.boundsMin = boundsMin;
    d.boundsMax = boundsMax;
    return d;
}

BatchGeometry::BatchGeometry(const GeometryData &data, QQuick3DObject *parent) : QQuick3DGeometry(parent)
{
    setVertexData(data.vertices);
    setIndexData(data.indices);
    setStride(data.stride());
    setPrimitiveType(PrimitiveType::Triangles);
    addAttribute(Attribute::PositionSemantic, 0, Attribute::F32Type);
    addAttribute(Attribute::NormalSemantic, 3 * 4, Attribute::F32Type);
    if (data.hasUv)
        addAttribute(Attribute::TexCoord0Semantic, data.uvOffset(), Attribute::F32Type);
    if (data.hasColor)
        addAttribute(Attribute::ColorSemantic, data.colorOffset(), Attribute::F32Type);
    addAttribute(Attribute::IndexSemantic, 0, Attribute::U32Type);
    setBounds(data.boundsMin, data.boundsMax);
}

} // namespace showroom::scene
