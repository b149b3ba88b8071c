#include "importer/SceneCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>
#include <cstring>
#include <type_traits>

namespace showroom::importer {

namespace {

constexpr char kMagic[8] = {'S', 'H', 'R', 'M', 'C', 'A', 'C', 'H'};
constexpr quint32 kEndianMark = 0x01020304;
// Bump when the importer's output for the same file changes (new fields, different conversion rules).
constexpr quint32 kImporterRevision = 2;                   // 2: dropped triangles per mesh and reason
constexpr std::size_t kHeaderSize = 8 + 4 + 4 + 8 + 8 + 4; // magic, version, endian, size, hash, idLen

quint64 rotl(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

class Writer
{
public:
    QByteArray out;
    template <typename T> void pod(T v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        out.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    void str(const QString &s)
    {
        const QByteArray u = s.toUtf8();
        pod<quint32>(quint32(u.size()));
        out.append(u);
    }
    void strings(const QStringList &l)
    {
        pod<quint32>(quint32(l.size()));
        for (const QString &s : l)
            str(s);
    }
    template <typename T> void vec(const std::vector<T> &v)
    {
        pod<quint64>(v.size());
        out.append(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(T)));
    }
    void matrix(const QMatrix4x4 &m)
    {
        out.append(reinterpret_cast<const char *>(m.constData()), 16 * sizeof(float));
    }
    void v3(const QVector3D &v)
    {
        pod(v.x());
        pod(v.y());
        pod(v.z());
    }
};

// Every read is bounds-checked; the first failure poisons the reader so a corrupt payload can never
// allocate more than the bytes it actually has.
class Reader
{
public:
    Reader(const char *data, std::size_t size) : p(data), end(data + size) {}
    bool ok = true;
    template <typename T> T pod()
    {
        T v{};
        if (!take(sizeof v))
            return v;
        std::memcpy(&v, p - sizeof v, sizeof v);
        return v;
    }
    QString str()
    {
        const quint32 n = pod<quint32>();
        if (!take(n))
            return {};
        return QString::fromUtf8(p - n, qsizetype(n));
    }
    QStringList strings()
    {
        const quint32 n = pod<quint32>();
        QStringList l;
        if (n > remaining() / 4) {
            ok = false;
            return l;
        }
        for (quint32 i = 0; i < n && ok; ++i)
            l << str();
        return l;
    }
    template <typename T> void vec(std::vector<T> &v)
    {
        const quint64 n = pod<quint64>();
        if (!ok || n > remaining() / sizeof(T)) {
            ok = false;
            return;
        }
        v.resize(std::size_t(n));
        if (n > 0) // memcpy from/to an empty vector's null data() is undefined even for 0 bytes
            std::memcpy(v.data(), p, std::size_t(n) * sizeof(T));
        p += n * sizeof(T);
    }
    QMatrix4x4 matrix()
    {
        float d[16] = {};
        if (take(sizeof d))
            std::memcpy(d, p - sizeof d, sizeof d);
        return QMatrix4x4(d).transposed(); // QMatrix4x4(const float*) is row-major; constData is column-major
    }
    QVector3D v3()
    {
        const float x = pod<float>(), y = pod<float>(), z = pod<float>();
        return {x, y, z};
    }
    std::size_t remaining() const { return ok ? std::size_t(end - p) : 0; }

private:
    bool take(std::size_t n)
    {
        if (!ok || n > std::size_t(end - p)) {
            ok = false;
            return false;
        }
        p += n;
        return true;
    }
    const char *p;
    const char *end;
};

QByteArray serialize(const ImportedScene &s)
{
    Writer w;
    w.out.reserve(1 << 20);
    w.str(s.sourceFile);
    w.str(s.format);
    w.pod(s.scaleApplied);
    w.str(s.upAxisSource);
    w.strings(s.warnings);
    w.strings(s.missingTextures);
    w.pod<quint64>(s.droppedTriangles);
    w.pod<quint32>(quint32(s.dropped.size()));
    for (const DroppedTriangles &d : s.dropped) {
        w.str(d.mesh);
        w.str(d.node);
        w.pod<quint64>(d.nonFinite);
        w.pod<quint64>(d.outOfRange);
        w.pod<quint64>(d.degenerate);
    }
    w.pod<quint32>(quint32(s.materials.size()));
    for (const Material &m : s.materials) {
        w.str(m.name);
        w.pod(m.baseColor);
        w.pod(m.metallic);
        w.pod(m.roughness);
        w.pod(m.emissive);
        w.str(m.baseColorTexture);
        w.pod<quint8>(m.doubleSided);
    }
    w.pod<quint32>(quint32(s.meshes.size()));
    for (const Mesh &m : s.meshes) {
        w.str(m.name);
        w.pod<qint32>(m.material);
        w.vec(m.positions);
        w.vec(m.normals);
        w.vec(m.uvs);
        w.vec(m.indices);
        w.v3(m.bounds.min);
        w.v3(m.bounds.max);
        w.pod<quint8>(m.bounds.valid);
    }
    w.pod<quint32>(quint32(s.nodes.size()));
    for (const Node &n : s.nodes) {
        w.str(n.name);
        w.pod<qint32>(n.parent);
        w.vec(n.children);
        w.matrix(n.transform);
        w.vec(n.meshes);
    }
    return w.out;
}

// Structural validation: every index points at something, every vector has the length its siblings
// imply. A cache that passes cannot make the batcher or the scene read out of bounds.
QString validate(const ImportedScene &s)
{
    for (std::size_t i = 0; i < s.meshes.size(); ++i) {
        const Mesh &m = s.meshes[i];
        const std::size_t nv = m.positions.size() / 3;
        if (m.positions.size() % 3 || m.normals.size() != m.positions.size() ||
            (!m.uvs.empty() && m.uvs.size() != nv * 2) || m.indices.size() % 3)
            return QStringLiteral("mesh %1 has inconsistent array sizes").arg(i);
        if (m.material < -1 || m.material >= int(s.materials.size()))
            return QStringLiteral("mesh %1 has an invalid material").arg(i);
        for (std::uint32_t idx : m.indices) {
            if (idx >= nv)
                return QStringLiteral("mesh %1 has an out-of-range index").arg(i);
        }
    }
    if (s.nodes.empty() || s.nodes[0].parent != -1)
        return QStringLiteral("no root node");
    std::vector<int> parentSeen(s.nodes.size(), 0);
    for (std::size_t i = 0; i < s.nodes.size(); ++i) {
        const Node &n = s.nodes[i];
        if (i > 0 && (n.parent < 0 || std::size_t(n.parent) >= i))
            return QStringLiteral("node %1 has an invalid parent").arg(i); // parents precede children
        for (int c : n.children) {
            if (c <= int(i) || std::size_t(c) >= s.nodes.size() || s.nodes[std::size_t(c)].parent != int(i) ||
                parentSeen[std::size_t(c)]++)
                return QStringLiteral("node %1 has an invalid child").arg(i);
        }
        for (int m : n.meshes) {
            if (m < 0 || std::size_t(m) >= s.meshes.size())
                return QStringLiteral("node %1 has an invalid mesh").arg(i);
        }
    }
    return {};
}

bool deserialize(const char *data, std::size_t size, ImportedScene &s)
{
    Reader r(data, size);
    s.sourceFile = r.str();
    s.format = r.str();
    s.scaleApplied = r.pod<float>();
    s.upAxisSource = r.str();
    s.warnings = r.strings();
    s.missingTextures = r.strings();
    s.droppedTriangles = std::size_t(r.pod<quint64>());
    const quint32 nd = r.pod<quint32>();
    if (!r.ok || nd > r.remaining())
        return false;
    s.dropped.resize(nd);
    for (DroppedTriangles &d : s.dropped) {
        d.mesh = r.str();
        d.node = r.str();
        d.nonFinite = std::size_t(r.pod<quint64>());
        d.outOfRange = std::size_t(r.pod<quint64>());
        d.degenerate = std::size_t(r.pod<quint64>());
        if (!r.ok)
            return false;
    }
    const quint32 nm = r.pod<quint32>();
    if (!r.ok || nm > r.remaining())
        return false;
    s.materials.resize(nm);
    for (Material &m : s.materials) {
        m.name = r.str();
        m.baseColor = r.pod<std::array<float, 4>>();
        m.metallic = r.pod<float>();
        m.roughness = r.pod<float>();
        m.emissive = r.pod<std::array<float, 3>>();
        m.baseColorTexture = r.str();
        m.doubleSided = r.pod<quint8>() != 0;
    }
    const quint32 nmesh = r.pod<quint32>();
    if (!r.ok || nmesh > r.remaining())
        return false;
    s.meshes.resize(nmesh);
    for (Mesh &m : s.meshes) {
        m.name = r.str();
        m.material = r.pod<qint32>();
        r.vec(m.positions);
        r.vec(m.normals);
        r.vec(m.uvs);
        r.vec(m.indices);
        m.bounds.min = r.v3();
        m.bounds.max = r.v3();
        m.bounds.valid = r.pod<quint8>() != 0;
        if (!r.ok)
            return false;
    }
    const quint32 nn = r.pod<quint32>();
    if (!r.ok || nn > r.remaining())
        return false;
    s.nodes.resize(nn);
    for (Node &n : s.nodes) {
        n.name = r.str();
        n.parent = r.pod<qint32>();
        r.vec(n.children);
        n.transform = r.matrix();
        r.vec(n.meshes);
        if (!r.ok)
            return false;
    }
    return r.ok && r.remaining() == 0;
}

} // namespace

quint64 hash64(const char *data, std::size_t size, quint64 seed)
{
    // A small multiply-rotate hash over 8-byte words (in the spirit of xxHash64): several GB/s, good
    // enough to detect corruption and changed sources; not a cryptographic guarantee.
    constexpr quint64 p1 = 0x9E3779B185EBCA87ULL, p2 = 0xC2B2AE3D27D4EB4FULL, p3 = 0x165667B19E3779F9ULL;
    quint64 a = seed + p1 + p2, b = seed + p2, c = seed, d = seed - p1;
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32) {
        quint64 w[4];
        std::memcpy(w, data + i, 32);
        a = rotl(a + w[0] * p2, 31) * p1;
        b = rotl(b + w[1] * p2, 31) * p1;
        c = rotl(c + w[2] * p2, 31) * p1;
        d = rotl(d + w[3] * p2, 31) * p1;
    }
    quint64 h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18) + quint64(size);
    for (; i + 8 <= size; i += 8) {
        quint64 w;
        std::memcpy(&w, data + i, 8);
        h ^= rotl(w * p2, 31) * p1;
        h = rotl(h, 27) * p1 + p3;
    }
    for (; i < size; ++i) {
        h ^= quint64(quint8(data[i])) * p3;
        h = rotl(h, 11) * p1;
    }
    h ^= h >> 33;
    h *= p2;
    h ^= h >> 29;
    h *= p3;
    h ^= h >> 32;
    return h;
}

CacheKey cacheKeyFor(const QString &sourcePath, const ImportOptions &options)
{
    CacheKey key;
    const QFileInfo info(sourcePath);
    QFile file(sourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return key;
    quint64 contentHash = 0;
    const qint64 size = file.size();
    if (size > 0) {
        if (uchar *mapped = file.map(0, size)) {
            contentHash = hash64(reinterpret_cast<const char *>(mapped), std::size_t(size));
            file.unmap(mapped);
        } else {
            contentHash = hash64(file.readAll().constData(), std::size_t(size));
        }
    }
    key.sourcePath = info.absoluteFilePath();
    QByteArray id;
    id += key.sourcePath.toUtf8() + '\n';
    id += QByteArray::number(size) + '\n';
    id += QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '\n';
    id += QByteArray::number(contentHash, 16) + '\n';
    id += "importer " + QByteArray::number(kImporterRevision) + '\n';
    id += "scale " + QByteArray::number(double(options.forceScale), 'g', 9) + '\n';
    id += "up " + options.forceUpAxis.toUtf8() + '\n';
    key.identity = id;
    // One entry per source and options: a changed source overwrites its own entry instead of piling up.
    const QByteArray name =
        QCryptographicHash::hash(key.sourcePath.toUtf8() + "|" + id.split('\n').mid(4).join('|'),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(20);
    key.cacheFile = QDir(QDir(options.cacheDir).absolutePath())
                        .filePath(info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(name) +
                                  QStringLiteral(".srcache"));
    key.valid = true;
    return key;
}

bool loadCachedScene(const QString &cacheDir, const CacheKey &key, ImportedScene &scene, QString *warning)
{
    Q_UNUSED(cacheDir);
    QFile file(key.cacheFile);
    if (!file.exists())
        return false;
    const auto reject = [&](const QString &why) {
        *warning = QStringLiteral("cache %1 ignored and rebuilt: %2")
                       .arg(QDir::toNativeSeparators(key.cacheFile), why);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return reject(file.errorString());
    const qint64 size = file.size();
    if (size < qint64(kHeaderSize))
        return reject(QStringLiteral("truncated header"));
    const uchar *data = file.map(0, size);
    QByteArray copy;
    if (!data) {
        copy = file.readAll();
        data = reinterpret_cast<const uchar *>(copy.constData());
    }
    const char *p = reinterpret_cast<const char *>(data);
    if (std::memcmp(p, kMagic, 8) != 0)
        return reject(QStringLiteral("not a Showroom cache file"));
    quint32 version, endian, idLen;
    quint64 payloadSize, payloadHash;
    std::memcpy(&version, p + 8, 4);
    std::memcpy(&endian, p + 12, 4);
    std::memcpy(&payloadSize, p + 16, 8);
    std::memcpy(&payloadHash, p + 24, 8);
    std::memcpy(&idLen, p + 32, 4);
    if (endian != kEndianMark)
        return reject(QStringLiteral("written on a machine of other byte order"));
    if (version != kCacheFormatVersion)
        return reject(
            QStringLiteral("cache format version %1, expected %2").arg(version).arg(kCacheFormatVersion));
    if (quint64(size) != kHeaderSize + quint64(idLen) + payloadSize)
        return reject(QStringLiteral("size %1 bytes does not match its header (truncated?)").arg(size));
    const QByteArray identity(p + kHeaderSize, int(idLen));
    if (identity != key.identity)
        return false; // the source (or the importer) changed: an ordinary, silent rebuild
    const char *payload = p + kHeaderSize + idLen;
    if (hash64(payload, std::size_t(payloadSize)) != payloadHash)
        return reject(QStringLiteral("checksum mismatch (corrupt)"));
    ImportedScene loaded;
    if (!deserialize(payload, std::size_t(payloadSize), loaded))
        return reject(QStringLiteral("malformed payload"));
    const QString invalid = validate(loaded);
    if (!invalid.isEmpty())
        return reject(invalid);
    // Textures live outside the cache: a texture that appeared or vanished makes the entry stale.
    for (const QString &missing : loaded.missingTextures) {
        if (QFileInfo::exists(missing))
            return false; // a texture appeared: rebuild silently
    }
    for (const Material &m : loaded.materials) {
        if (!m.baseColorTexture.isEmpty() && !QFileInfo::exists(m.baseColorTexture))
            return false; // a texture vanished: the rebuild reports it
    }
    scene = std::move(loaded);
    return true;
}

bool storeCachedScene(const QString &cacheDir, const CacheKey &key, const ImportedScene &scene,
                      QString *warning)
{
    if (!QDir().mkpath(cacheDir)) {
        *warning = QStringLiteral("cache folder %1 cannot be created").arg(cacheDir);
        return false;
    }
    const QByteArray payload = serialize(scene);
    QByteArray header;
    header.append(kMagic, 8);
    const auto put = [&](auto v) { header.append(reinterpret_cast<const char *>(&v), sizeof v); };
    put(quint32(kCacheFormatVersion));
    put(quint32(kEndianMark));
    put(quint64(payload.size()));
    put(quint64(hash64(payload.constData(), std::size_t(payload.size()))));
    put(quint32(key.identity.size()));
    QSaveFile out(key.cacheFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(header) != header.size() ||
        out.write(key.identity) != key.identity.size() || out.write(payload) != payload.size() ||
        !out.commit()) {
        *warning = QStringLiteral("cache %1 not written: %2").arg(key.cacheFile, out.errorString());
        return false;
    }
    return true;
}

} // namespace showroom::importer
