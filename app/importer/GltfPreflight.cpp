#include "importer/GltfPreflight.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QtEndian>

#include <vector>

namespace showroom::importer {

namespace {

constexpr quint32 kGlbMagic = 0x46546C67; // "glTF"
constexpr quint32 kChunkJson = 0x4E4F534A;
constexpr quint32 kChunkBin = 0x004E4942;

int componentSize(int componentType)
{
    switch (componentType) {
    case 5120:
    case 5121:
        return 1;
    case 5122:
    case 5123:
        return 2;
    case 5125:
    case 5126:
        return 4;
    default:
        return 0;
    }
}

int componentCount(const QString &type)
{
    static const std::pair<const char *, int> types[] = {{"SCALAR", 1}, {"VEC2", 2}, {"VEC3", 3}, {"VEC4", 4},
                                                         {"MAT2", 4},   {"MAT3", 9}, {"MAT4", 16}};
    for (const auto &t : types) {
        if (type == QLatin1String(t.first))
            return t.second;
    }
    return 0;
}

// A JSON number that is a non-negative integer small enough to compute with; -1 otherwise.
double count(const QJsonValue &v)
{
    if (!v.isDouble())
        return -1;
    const double d = v.toDouble();
    return (d >= 0 && d <= 9.0e15 && d == double(qint64(d))) ? d : -1;
}

// Reads `length` bytes at `offset` of buffer `index`: the GLB's BIN chunk, an external file or a data:
// URI. Empty when unavailable (the caller then skips the check; Assimp reports what it finds).
QByteArray bufferBytes(const QJsonArray &buffers, int index, qint64 offset, qint64 length,
                       const QString &glbPath, qint64 binOffset, const QString &baseDir)
{
    const QString uri = buffers[index].toObject().value(QLatin1String("uri")).toString();
    if (uri.startsWith(QLatin1String("data:"))) {
        const int comma = int(uri.indexOf(QLatin1Char(',')));
        if (comma < 0)
            return {};
        return QByteArray::fromBase64(uri.mid(comma + 1).toLatin1()).mid(offset, length);
    }
    QFile f(uri.isEmpty() ? glbPath : QDir(baseDir).filePath(QUrl::fromPercentEncoding(uri.toUtf8())));
    if (!f.open(QIODevice::ReadOnly) || !f.seek((uri.isEmpty() ? binOffset : 0) + offset))
        return {};
    return f.read(length);
}

QString checkJson(const QJsonObject &root, const QString &baseDir, double binLength, bool glb,
                  const ImportLimits &limits, const QString &path, qint64 binOffset)
{
    const QJsonValue version = root.value(QLatin1String("asset")).toObject().value(QLatin1String("version"));
    if (version.toString().startsWith(QLatin1String("1")))
        return {}; // glTF 1.0: a different layout, left to Assimp's glTF 1 reader
    if (!root.value(QLatin1String("asset")).isObject())
        return QStringLiteral("not glTF: the JSON has no \"asset\" object");

    const QJsonArray buffers = root.value(QLatin1String("buffers")).toArray();
    const QJsonArray views = root.value(QLatin1String("bufferViews")).toArray();
    const QJsonArray accessors = root.value(QLatin1String("accessors")).toArray();
    const QJsonArray nodes = root.value(QLatin1String("nodes")).toArray();
    const QJsonArray meshes = root.value(QLatin1String("meshes")).toArray();

    std::vector<double> bufferLength(std::size_t(buffers.size()), 0);
    for (int i = 0; i < buffers.size(); ++i) {
        const QJsonObject b = buffers[i].toObject();
        const double len = count(b.value(QLatin1String("byteLength")));
        if (len < 0)
            return QStringLiteral("buffers[%1].byteLength: expected a non-negative integer").arg(i);
        bufferLength[std::size_t(i)] = len;
        const QString uri = b.value(QLatin1String("uri")).toString();
        if (uri.isEmpty()) {
            if (!glb || i != 0)
                return QStringLiteral("buffers[%1] has no uri").arg(i);
            if (len > binLength)
                return QStringLiteral(
                           "buffers[0].byteLength %1 exceeds the %2-byte BIN chunk (truncated file?)")
                    .arg(qint64(len))
                    .arg(qint64(binLength));
        } else if (!uri.startsWith(QLatin1String("data:"))) {
            const QString file = QDir(baseDir).filePath(QUrl::fromPercentEncoding(uri.toUtf8()));
            const QFileInfo fi(file);
            if (!fi.isFile())
                return QStringLiteral("buffers[%1].uri: '%2' not found").arg(i).arg(uri);
            if (double(fi.size()) < len)
                return QStringLiteral("buffers[%1]: '%2' has %3 bytes but byteLength says %4 (truncated?)")
                    .arg(i)
                    .arg(uri)
                    .arg(fi.size())
                    .arg(qint64(len));
        } else if (len > double(limits.maxFileBytes)) {
            return QStringLiteral("buffers[%1].byteLength %2 exceeds the size limit").arg(i).arg(qint64(len));
        }
    }

    std::vector<double> viewLength(std::size_t(views.size()), 0);
    for (int i = 0; i < views.size(); ++i) {
        const QJsonObject v = views[i].toObject();
        const double buffer = count(v.value(QLatin1String("buffer")));
        const double len = count(v.value(QLatin1String("byteLength")));
        const double offset =
            v.contains(QLatin1String("byteOffset")) ? count(v.value(QLatin1String("byteOffset"))) : 0;
        if (buffer < 0 || buffer >= buffers.size())
            return QStringLiteral("bufferViews[%1].buffer: no such buffer").arg(i);
        if (len < 0 || offset < 0)
            return QStringLiteral("bufferViews[%1]: byteOffset/byteLength must be non-negative integers")
                .arg(i);
        if (offset + len > bufferLength[std::size_t(buffer)])
            return QStringLiteral("bufferViews[%1] ends at byte %2 but buffers[%3] has %4 bytes")
                .arg(i)
                .arg(qint64(offset + len))
                .arg(qint64(buffer))
                .arg(qint64(bufferLength[std::size_t(buffer)]));
        viewLength[std::size_t(i)] = len;
    }

    const double maxElements = double(std::max(limits.maxVertices, limits.maxTriangles * 3));
    for (int i = 0; i < accessors.size(); ++i) {
        const QJsonObject a = accessors[i].toObject();
        const double n = count(a.value(QLatin1String("count")));
        if (n < 0)
            return QStringLiteral("accessors[%1].count: expected a non-negative integer").arg(i);
        if (n > maxElements)
            return QStringLiteral("accessors[%1].count %2 exceeds the limit of %3 elements")
                .arg(i)
                .arg(qint64(n))
                .arg(qint64(maxElements));
        const int comp = componentSize(a.value(QLatin1String("componentType")).toInt());
        const int comps = componentCount(a.value(QLatin1String("type")).toString());
        if (!comp || !comps)
            return QStringLiteral("accessors[%1]: unknown componentType or type").arg(i);
        if (!a.contains(QLatin1String("bufferView")))
            continue; // all zeros (or sparse): the count limit above is the only bound needed
        const double view = count(a.value(QLatin1String("bufferView")));
        if (view < 0 || view >= views.size())
            return QStringLiteral("accessors[%1].bufferView: no such buffer view").arg(i);
        const double offset =
            a.contains(QLatin1String("byteOffset")) ? count(a.value(QLatin1String("byteOffset"))) : 0;
        if (offset < 0)
            return QStringLiteral("accessors[%1].byteOffset: expected a non-negative integer").arg(i);
        const double element = double(comp) * comps;
        const QJsonObject vo = views[int(view)].toObject();
        const double stride =
            vo.contains(QLatin1String("byteStride")) ? count(vo.value(QLatin1String("byteStride"))) : element;
        if (stride < 0)
            return QStringLiteral("bufferViews[%1].byteStride: expected a non-negative integer")
                .arg(int(view));
        const double needed = n == 0 ? 0 : offset + (n - 1) * std::max(stride, element) + element;
        if (needed > viewLength[std::size_t(view)])
            return QStringLiteral("accessors[%1] needs %2 bytes but bufferViews[%3] has %4")
                .arg(i)
                .arg(qint64(needed))
                .arg(qint64(view))
                .arg(qint64(viewLength[std::size_t(view)]));
    }

    for (int i = 0; i < meshes.size(); ++i) {
        const QJsonArray prims = meshes[i].toObject().value(QLatin1String("primitives")).toArray();
        for (int p = 0; p < prims.size(); ++p) {
            const QJsonObject prim = prims[p].toObject();
            auto badAccessor = [&](const QJsonValue &v) {
                const double a = count(v);
                return a < 0 || a >= accessors.size();
            };
            if (prim.contains(QLatin1String("indices")) && badAccessor(prim.value(QLatin1String("indices"))))
                return QStringLiteral("meshes[%1].primitives[%2].indices: no such accessor").arg(i).arg(p);
            const QJsonObject attrs = prim.value(QLatin1String("attributes")).toObject();
            for (auto it = attrs.begin(); it != attrs.end(); ++it) {
                if (badAccessor(it.value()))
                    return QStringLiteral("meshes[%1].primitives[%2].attributes.%3: no such accessor")
                        .arg(i)
                        .arg(p)
                        .arg(it.key());
            }
        }
    }

    // Index values must address existing vertices (Assimp silently drops such faces, or the whole mesh).
    for (int i = 0; i < meshes.size(); ++i) {
        const QJsonArray prims = meshes[i].toObject().value(QLatin1String("primitives")).toArray();
        for (int p = 0; p < prims.size(); ++p) {
            const QJsonObject prim = prims[p].toObject();
            const QJsonValue position =
                prim.value(QLatin1String("attributes")).toObject().value(QLatin1String("POSITION"));
            if (!prim.contains(QLatin1String("indices")) || !position.isDouble())
                continue;
            const double vertices =
                count(accessors[position.toInt()].toObject().value(QLatin1String("count")));
            const QJsonObject ia = accessors[prim.value(QLatin1String("indices")).toInt()].toObject();
            if (!ia.contains(QLatin1String("bufferView")) || ia.contains(QLatin1String("sparse")))
                continue;
            const int comp = componentSize(ia.value(QLatin1String("componentType")).toInt());
            const qint64 n = qint64(count(ia.value(QLatin1String("count"))));
            const QJsonObject view = views[ia.value(QLatin1String("bufferView")).toInt()].toObject();
            const qint64 stride =
                view.contains(QLatin1String("byteStride"))
                    ? std::max<qint64>(comp, qint64(count(view.value(QLatin1String("byteStride")))))
                    : comp;
            const qint64 start = qint64(std::max(0.0, count(view.value(QLatin1String("byteOffset"))))) +
                                 qint64(std::max(0.0, count(ia.value(QLatin1String("byteOffset")))));
            if (n <= 0 || comp <= 0)
                continue;
            const QByteArray bytes =
                bufferBytes(buffers, view.value(QLatin1String("buffer")).toInt(), std::max<qint64>(start, 0),
                            (n - 1) * stride + comp, path, binOffset, baseDir);
            if (bytes.size() < (n - 1) * stride + comp)
                continue;
            for (qint64 k = 0; k < n; ++k) {
                const char *at = bytes.constData() + k * stride;
                const quint32 v = comp == 1   ? quint8(*at)
                                  : comp == 2 ? qFromLittleEndian<quint16>(at)
                                              : qFromLittleEndian<quint32>(at);
                if (double(v) >= vertices)
                    return QStringLiteral("meshes[%1].primitives[%2].indices[%3]: index %4 is out of range "
                                          "(%5 vertices)")
                        .arg(i)
                        .arg(p)
                        .arg(k)
                        .arg(v)
                        .arg(qint64(vertices));
            }
        }
    }

    // The node graph must be a forest: one parent at most, no cycle, bounded depth.
    if (std::size_t(nodes.size()) > limits.maxNodes)
        return QStringLiteral("%1 nodes exceed the limit of %2").arg(nodes.size()).arg(limits.maxNodes);
    const int n = nodes.size();
    std::vector<int> parent(static_cast<std::size_t>(n), -1);
    std::vector<std::vector<int>> children(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const QJsonObject node = nodes[i].toObject();
        const QJsonArray kids = node.value(QLatin1String("children")).toArray();
        for (int k = 0; k < kids.size(); ++k) {
            const double c = count(kids[k]);
            if (c < 0 || c >= n)
                return QStringLiteral("nodes[%1].children[%2]: no such node").arg(i).arg(k);
            if (int(c) == i)
                return QStringLiteral("nodes[%1].children: the node is its own child (cycle)").arg(i);
            if (parent[std::size_t(c)] >= 0)
                return QStringLiteral("nodes[%1] has two parents (nodes[%2] and nodes[%3])")
                    .arg(int(c))
                    .arg(parent[std::size_t(c)])
                    .arg(i);
            parent[std::size_t(c)] = i;
            children[std::size_t(i)].push_back(int(c));
        }
        if (node.contains(QLatin1String("mesh"))) {
            const double m = count(node.value(QLatin1String("mesh")));
            if (m < 0 || m >= meshes.size())
                return QStringLiteral("nodes[%1].mesh: no such mesh").arg(i);
        }
    }
    int reached = 0;
    std::vector<std::pair<int, int>> stack; // node, depth
    for (int i = 0; i < n; ++i) {
        if (parent[std::size_t(i)] < 0)
            stack.push_back({i, 1});
    }
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        ++reached;
        if (depth > limits.maxNodeDepth)
            return QStringLiteral("the node tree is deeper than %1 levels (at nodes[%2])")
                .arg(limits.maxNodeDepth)
                .arg(node);
        for (int c : children[std::size_t(node)])
            stack.push_back({c, depth + 1});
    }
    if (reached < n)
        return QStringLiteral("the node graph has a cycle (%1 nodes are their own ancestors)")
            .arg(n - reached);

    const QJsonArray scenes = root.value(QLatin1String("scenes")).toArray();
    for (int s = 0; s < scenes.size(); ++s) {
        const QJsonArray roots = scenes[s].toObject().value(QLatin1String("nodes")).toArray();
        for (int r = 0; r < roots.size(); ++r) {
            const double idx = count(roots[r]);
            if (idx < 0 || idx >= n)
                return QStringLiteral("scenes[%1].nodes[%2]: no such node").arg(s).arg(r);
        }
    }
    return {};
}

} // namespace

QString preflightGltf(const QString &path, const ImportLimits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read (%1)").arg(file.errorString());
    const qint64 size = file.size();
    QByteArray json;
    double binLength = 0;
    qint64 binOffset = 0;
    bool glb = false;
    const QByteArray head = file.peek(12);
    if (head.size() >= 4 && qFromLittleEndian<quint32>(head.constData()) == kGlbMagic) {
        glb = true;
        if (head.size() < 12)
            return QStringLiteral("truncated GLB header (%1 bytes)").arg(size);
        const quint32 version = qFromLittleEndian<quint32>(head.constData() + 4);
        const quint32 length = qFromLittleEndian<quint32>(head.constData() + 8);
        if (version != 2)
            return version == 1 ? QString() : QStringLiteral("unsupported GLB version %1").arg(version);
        if (length > size)
            return QStringLiteral("GLB header claims %1 bytes but the file has %2 (truncated?)")
                .arg(length)
                .arg(size);
        file.seek(12);
        const QByteArray chunk = file.read(8);
        if (chunk.size() < 8)
            return QStringLiteral("truncated GLB: no JSON chunk");
        const quint32 jsonLength = qFromLittleEndian<quint32>(chunk.constData());
        if (qFromLittleEndian<quint32>(chunk.constData() + 4) != kChunkJson)
            return QStringLiteral("GLB: the first chunk is not JSON");
        if (20 + qint64(jsonLength) > qint64(length))
            return QStringLiteral("GLB JSON chunk of %1 bytes runs past the end of the file (truncated?)")
                .arg(jsonLength);
        json = file.read(jsonLength);
        qint64 next = 20 + qint64(jsonLength);
        next = (next + 3) & ~qint64(3);
        if (next + 8 <= qint64(length)) {
            file.seek(next);
            const QByteArray bin = file.read(8);
            const quint32 binLen = qFromLittleEndian<quint32>(bin.constData());
            if (qFromLittleEndian<quint32>(bin.constData() + 4) == kChunkBin) {
                if (next + 8 + qint64(binLen) > qint64(length))
                    return QStringLiteral(
                               "GLB BIN chunk of %1 bytes runs past the end of the file (truncated?)")
                        .arg(binLen);
                binLength = binLen;
                binOffset = next + 8;
            }
        }
    } else if (QFileInfo(path).suffix().compare(QLatin1String("glb"), Qt::CaseInsensitive) == 0) {
        return QStringLiteral("not a GLB file: it does not start with the \"glTF\" magic");
    } else {
        json = file.readAll();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("invalid glTF JSON at byte %1: %2").arg(error.offset).arg(error.errorString());
    if (!doc.isObject())
        return QStringLiteral("invalid glTF: the JSON is not an object");
    return checkJson(doc.object(), QFileInfo(path).absolutePath(), binLength, glb, limits, path, binOffset);
}

} // namespace showroom::importer
