#include "scene/BatchInstancing.h"

namespace showroom::scene {

QByteArray instanceTable(const std::vector<QMatrix4x4> &transforms)
{
    QByteArray table;
    table.resize(qsizetype(transforms.size() * sizeof(QQuick3DInstancing::InstanceTableEntry)));
    auto *entry = reinterpret_cast<QQuick3DInstancing::InstanceTableEntry *>(table.data());
    for (const QMatrix4x4 &m : transforms) {
        // The table stores the top three rows of the model matrix; the colour tints nothing (white).
        entry->row0 = m.row(0);
        entry->row1 = m.row(1);
        entry->row2 = m.row(2);
        entry->color = QVector4D(1, 1, 1, 1);
        entry->instanceData = QVector4D();
        ++entry;
    }
    return table;
}

BatchInstancing::BatchInstancing(const QByteArray &table, int count, QQuick3DObject *parent)
    : QQuick3DInstancing(parent), m_table(table), m_count(count)
{
}

QByteArray BatchInstancing::getInstanceBuffer(int *instanceCount)
{
    if (instanceCount)
        *instanceCount = m_count;
    return m_table;
}

} // namespace showroom::scene
