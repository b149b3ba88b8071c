// The instance table of a mesh repeated across the site (windows, trees, railings): one draw call for
// all copies. Built on the GUI thread from transforms the import worker computed.
#pragma once

#include <QByteArray>
#include <QMatrix4x4>
#include <QQuick3DInstancing>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace showroom::scene {

// Packs world transforms into Qt Quick 3D's instance table layout (any thread).
QByteArray instanceTable(const std::vector<QMatrix4x4> &transforms);

class BatchInstancing : public QQuick3DInstancing
{
    Q_OBJECT
    QML_NAMED_ELEMENT(BatchInstancing)
    QML_UNCREATABLE("Made by SiteModel from an imported model")

public:
    BatchInstancing(const QByteArray &table, int count, QQuick3DObject *parent = nullptr);

protected:
    QByteArray getInstanceBuffer(int *instanceCount) override;

private:
    QByteArray m_table;
    int m_count = 0;
};

} // namespace showroom::scene
