#include "scene/GroundFade.h"

#include <QByteArray>
#include <QSize>
#include <algorithm>
#include <cmath>

namespace showroom::scene {

namespace {
constexpr int Size = 256;
}

GroundFade::GroundFade(QQuick3DObject *parent) : QQuick3DTextureData(parent)
{
    setSize(QSize(Size, Size));
    setFormat(Format::RGBA8);
    setHasTransparency(false);
    regenerate();
}

void GroundFade::setInnerColor(const QColor &c)
{
    if (c == m_inner)
        return;
    m_inner = c;
    regenerate();
    emit changed();
}

void GroundFade::setOuterColor(const QColor &c)
{
    if (c == m_outer)
        return;
    m_outer = c;
    regenerate();
    emit changed();
}

void GroundFade::setFadeStart(qreal f)
{
    f = std::clamp(f, 0.0, 0.99);
    if (qFuzzyCompare(f, m_fadeStart))
        return;
    m_fadeStart = f;
    regenerate();
    emit changed();
}

void GroundFade::regenerate()
{
    QByteArray pixels(Size * Size * 4, Qt::Uninitialized);
    auto *p = reinterpret_cast<uchar *>(pixels.data());
    const float c = (Size - 1) / 2.0f;
    for (int y = 0; y < Size; ++y) {
        for (int x = 0; x < Size; ++x) {
            const float r = std::hypot(x - c, y - c) / c; // 0 at the centre, 1 at the rim
            float t = std::clamp(float((r - m_fadeStart) / (1.0 - m_fadeStart)), 0.0f, 1.0f);
            t = t * t * (3 - 2 * t); // smoothstep: no visible ring where the fade starts
            *p++ = uchar(std::lround(m_inner.red() + (m_outer.red() - m_inner.red()) * t));
            *p++ = uchar(std::lround(m_inner.green() + (m_outer.green() - m_inner.green()) * t));
            *p++ = uchar(std::lround(m_inner.blue() + (m_outer.blue() - m_inner.blue()) * t));
            *p++ = 255;
        }
    }
    setTextureData(pixels);
}

} // namespace showroom::scene
