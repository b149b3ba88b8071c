#include "Glb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>

namespace demo {

namespace {

float srgbToLinear(double c)
{
    return float(c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
}

// Angles written to the file are rounded so tiny float noise never reaches the bytes.
double clean(double v)
{
    return std::fabs(v) < 1e-9 ? 0.0 : v;
}

QJsonArray vec3(const QVector3D &v)
{
    return QJsonArray{clean(v.x()), clean(v.y()), clean(v.z())};
}

} // namespace

void MeshData::addTriangle(const QVector3D &a, const QVector3D &b, const QVector3D &c)
{
    const QVector3D n = QVector3D::crossProduct(b - a, c - a).normalized();
    QVector3D u = (b - a).normalized();
    const QVector3D v = QVector3D::crossProduct(n, u);
    const auto base = std::uint32_t(vertexCount());
    for (const QVector3D &p : {a, b, c}) {
        positions.insert(positions.end(), {p.x(), p.y(), p.z()});
        normals.insert(normals.end(), {n.x(), n.y(), n.z()});
        const QVector3D d = p - a;
        uvs.insert(uvs.end(), {QVector3D::dotProduct(d, u), QVector3D::dotProduct(d, v)});
    }
    indices.insert(indices.end(), {base, base + 1, base + 2});
}

void MeshData::addPolygon(const std::vector<QVector3D> &points, const QVector3D &inside)
{
    if (points.size() < 3)
        return;
    QVector3D n = QVector3D::crossProduct(points[1] - points[0], points[2] - points[0]);
    const bool flip = QVector3D::dotProduct(n, points[0] - inside) < 0;
    std::vector<QVector3D> p = points;
    if (flip)
        std::reverse(p.begin(), p.end());
    n = QVector3D::crossProduct(p[1] - p[0], p[2] - p[0]).normalized();
    const QVector3D u = (p[1] - p[0]).normalized();
    const QVector3D v = QVector3D::crossProduct(n, u);
    const auto base = std::uint32_t(vertexCount());
    for (const QVector3D &q : p) {
        positions.insert(positions.end(), {q.x(), q.y(), q.z()});
        normals.insert(normals.end(), {n.x(), n.y(), n.z()});
        const QVector3D d = q - p[0];
        uvs.insert(uvs.end(), {QVector3D::dotProduct(d, u), QVector3D::dotProduct(d, v)});
    }
    for (std::uint32_t i = 1; i + 1 < p.size(); ++i)
        indices.insert(indices.end(), {base, base + i, base + i + 1});
}

bool MeshBuilder::empty() const
{
    for (const auto &part : m_parts)
        if (!part.second.empty())
            return false;
    return true;
}

int GlbScene::addMaterial(const QString &name, const QColor &srgb, float metallic, float roughness,
                          bool doubleSided)
{
    Material m;
    m.name = name;
    m.color[0] = srgbToLinear(srgb.redF());
    m.color[1] = srgbToLinear(srgb.greenF());
    m.color[2] = srgbToLinear(srgb.blueF());
    m.color[3] = float(srgb.alphaF());
    m.metallic = metallic;
    m.roughness = roughness;
    m.doubleSided = doubleSided;
    m_materials.push_back(m);
    return int(m_materials.size()) - 1;
}

int GlbScene::material(const QString &name) const
{
    for (std::size_t i = 0; i < m_materials.size(); ++i)
        if (m_materials[i].name == name)
            return int(i);
    return -1;
}

int GlbScene::addMesh(const QString &name, const MeshBuilder &builder)
{
    if (builder.empty())
        return -1;
    Mesh mesh;
    mesh.name = name;
    for (const auto &part : builder.parts())
        if (!part.second.empty())
            mesh.primitives.emplace_back(part.first, part.second);
    m_meshes.push_back(std::move(mesh));
    return int(m_meshes.size()) - 1;
}

int GlbScene::addNode(const QString &name, int parent, int mesh, const QVector3D &translation, float yaw,
                      float scale)
{
    Node node;
    node.name = name;
    node.mesh = mesh;
    node.translation = translation;
    node.yaw = yaw;
    node.scale = scale;
    m_nodes.push_back(node);
    const int index = int(m_nodes.size()) - 1;
    if (parent < 0)
        m_roots.push_back(index);
    else
        m_nodes[std::size_t(parent)].children.push_back(index);
    return index;
}

std::size_t GlbScene::drawnTriangleCount() const
{
    std::size_t total = 0;
    for (const Node &n : m_nodes) {
        if (n.mesh < 0)
            continue;
        for (const auto &prim : m_meshes[std::size_t(n.mesh)].primitives)
            total += prim.second.indices.size() / 3;
    }
    return total;
}

QString GlbScene::validate() const
{
    for (const Mesh &mesh : m_meshes) {
        for (const auto &prim : mesh.primitives) {
            const MeshData &d = prim.second;
            for (float f : d.positions)
                if (!std::isfinite(f))
                    return QStringLiteral("mesh %1: non-finite position").arg(mesh.name);
            for (float f : d.normals)
                if (!std::isfinite(f))
                    return QStringLiteral("mesh %1: non-finite normal").arg(mesh.name);
            for (std::size_t i = 0; i + 2 < d.indices.size(); i += 3) {
                QVector3D p[3];
                for (int k = 0; k < 3; ++k) {
                    const std::uint32_t idx = d.indices[i + std::size_t(k)];
                    if (idx >= d.vertexCount())
                        return QStringLiteral("mesh %1: index out of range").arg(mesh.name);
                    p[k] =
                        QVector3D(d.positions[idx * 3], d.positions[idx * 3 + 1], d.positions[idx * 3 + 2]);
                }
                const float area = QVector3D::crossProduct(p[1] - p[0], p[2] - p[0]).length() * 0.5f;
                if (!(area > 1e-7f))
                    return QStringLiteral("mesh %1: degenerate triangle %2").arg(mesh.name).arg(i / 3);
            }
        }
    }
    return {};
}

QByteArray GlbScene::toGlb() const
{
    QByteArray bin;
    QJsonArray bufferViews, accessors;

    auto appendView = [&](const void *data, std::size_t bytes, int target) {
        while (bin.size() % 4)
            bin.append('\0');
        QJsonObject view{{"buffer", 0}, {"byteOffset", int(bin.size())}, {"byteLength", int(bytes)}};
        if (target)
            view.insert("target", target);
        bin.append(static_cast<const char *>(data), qsizetype(bytes));
        bufferViews.append(view);
        return int(bufferViews.size()) - 1;
    };
    auto appendAccessor = [&](int view, int componentType, int count, const char *type) {
        QJsonObject acc{
            {"bufferView", view}, {"componentType", componentType}, {"count", count}, {"type", type}};
        accessors.append(acc);
        return int(accessors.size()) - 1;
    };

    QJsonArray meshes;
    for (const Mesh &mesh : m_meshes) {
        QJsonArray primitives;
        for (const auto &prim : mesh.primitives) {
            const MeshData &d = prim.second;
            const int count = int(d.vertexCount());
            float lo[3] = {d.positions[0], d.positions[1], d.positions[2]};
            float hi[3] = {lo[0], lo[1], lo[2]};
            for (std::size_t i = 0; i < d.positions.size(); ++i) {
                lo[i % 3] = std::min(lo[i % 3], d.positions[i]);
                hi[i % 3] = std::max(hi[i % 3], d.positions[i]);
            }
            const int pos = appendAccessor(appendView(d.positions.data(), d.positions.size() * 4, 34962),
                                           5126, count, "VEC3");
            QJsonObject posAcc = accessors[pos].toObject();
            posAcc.insert("min", QJsonArray{lo[0], lo[1], lo[2]});
            posAcc.insert("max", QJsonArray{hi[0], hi[1], hi[2]});
            accessors[pos] = posAcc;
            const int nrm = appendAccessor(appendView(d.normals.data(), d.normals.size() * 4, 34962), 5126,
                                           count, "VEC3");
            const int uv =
                appendAccessor(appendView(d.uvs.data(), d.uvs.size() * 4, 34962), 5126, count, "VEC2");
            const int idx = appendAccessor(appendView(d.indices.data(), d.indices.size() * 4, 34963), 5125,
                                           int(d.indices.size()), "SCALAR");
            primitives.append(QJsonObject{
                {"attributes", QJsonObject{{"POSITION", pos}, {"NORMAL", nrm}, {"TEXCOORD_0", uv}}},
                {"indices", idx},
                {"material", prim.first},
                {"mode", 4}});
        }
        meshes.append(QJsonObject{{"name", mesh.name}, {"primitives", primitives}});
    }

    QJsonArray materials;
    for (const Material &m : m_materials) {
        QJsonObject pbr{{"baseColorFactor", QJsonArray{m.color[0], m.color[1], m.color[2], m.color[3]}},
                        {"metallicFactor", m.metallic},
                        {"roughnessFactor", m.roughness}};
        QJsonObject mat{{"name", m.name}, {"pbrMetallicRoughness", pbr}};
        if (m.doubleSided)
            mat.insert("doubleSided", true);
        materials.append(mat);
    }

    QJsonArray nodes;
    for (const Node &n : m_nodes) {
        QJsonObject node{{"name", n.name}};
        if (n.mesh >= 0)
            node.insert("mesh", n.mesh);
        if (!n.translation.isNull())
            node.insert("translation", vec3(n.translation));
        if (n.yaw != 0) {
            const double half = double(n.yaw) * M_PI / 360.0;
            node.insert("rotation", QJsonArray{0.0, clean(std::sin(half)), 0.0, clean(std::cos(half))});
        }
        if (n.scale != 1)
            node.insert("scale", QJsonArray{n.scale, n.scale, n.scale});
        if (!n.children.empty()) {
            QJsonArray children;
            for (int c : n.children)
                children.append(c);
            node.insert("children", children);
        }
        nodes.append(node);
    }
    QJsonArray roots;
    for (int r : m_roots)
        roots.append(r);

    while (bin.size() % 4)
        bin.append('\0');
    QJsonObject root{
        {"asset", QJsonObject{{"version", "2.0"}, {"generator", "showroom-demo-generator"}}},
        {"scene", 0},
        {"scenes", QJsonArray{QJsonObject{{"name", "Scene"}, {"nodes", roots}}}},
        {"nodes", nodes},
        {"meshes", meshes},
        {"materials", materials},
        {"accessors", accessors},
        {"bufferViews", bufferViews},
        {"buffers", QJsonArray{QJsonObject{{"byteLength", int(bin.size())}}}},
    };
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    while (json.size() % 4)
        json.append(' ');

    auto u32 = [](QByteArray &out, std::uint32_t v) {
        char b[4];
        std::memcpy(b, &v, 4); // GLB is little-endian, as is every platform we build for
        out.append(b, 4);
    };
    QByteArray glb;
    u32(glb, 0x46546C67); // "glTF"
    u32(glb, 2);
    u32(glb, std::uint32_t(12 + 8 + json.size() + 8 + bin.size()));
    u32(glb, std::uint32_t(json.size()));
    u32(glb, 0x4E4F534A); // "JSON"
    glb.append(json);
    u32(glb, std::uint32_t(bin.size()));
    u32(glb, 0x004E4942); // "BIN\0"
    glb.append(bin);
    return glb;
}

} // namespace demo
