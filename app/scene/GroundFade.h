// A radial colour ramp for the large ground disc around the site: the land colour near the middle fading
// into the sky's horizon colour at the rim, so the world has no visible edge. Generated, not a file.
#pragma once

#include <QColor>
#include <QQuick3DTextureData>
#include <QtQml/qqmlregistration.h>

namespace showroom::scene {

class GroundFade : public QQuick3DTextureData
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QColor innerColor READ innerColor WRITE setInnerColor NOTIFY changed)
    Q_PROPERTY(QColor outerColor READ outerColor WRITE setOuterColor NOTIFY changed)
    // Fraction of the radius (0..1) where the fade starts.
    Q_PROPERTY(qreal fadeStart READ fadeStart WRITE setFadeStart NOTIFY changed)

public:
    explicit GroundFade(QQuick3DObject *parent = nullptr);

    QColor innerColor() const { return m_inner; }
    QColor outerColor() const { return m_outer; }
    qreal fadeStart() const { return m_fadeStart; }
    void setInnerColor(const QColor &c);
    void setOuterColor(const QColor &c);
    void setFadeStart(qreal f);

signals:
    void changed();

private:
    void regenerate();

    QColor m_inner{0x9a, 0xa8, 0x84};
    QColor m_outer{0xdd, 0xe4, 0xe8};
    qreal m_fadeStart = 0.25;
};

} // namespace showroom::scene
