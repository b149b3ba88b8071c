// Internal to WalkPlan (not for callers): the interior's triangles in interior-local space, grouped by
// node, and the occupancy grid they are rasterised into.
#pragma once

#include "importer/ImportedScene.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector3D>
#include <QVector>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace showroom::interior {

struct Tri
{
    QVector3D a, b, c; // counter-clockwise seen from outside
    QVector3D normal() const { return QVector3D::crossProduct(b - a, c - a); }
    double planArea() const; // area of the XZ projection
};

struct NodeGeometry
{
    QString floorRoom; // room id when the node is (under) a Floor_<room> node
    QString door;      // the Door_* node it belongs to, if any
    std::vector<Tri> tris;
    double minY = 1e30, maxY = -1e30;
};

struct Box : importer::Bounds
{
    QPointF thinAxis() const; // unit plan direction of the box's thinner horizontal side
};

// Every mesh node's triangles in interior-local space (world transforms applied; a mirroring transform's
// winding is turned back so normals still point out).
class SceneTriangles
{
public:
    explicit SceneTriangles(const importer::ImportedScene &scene);
    const std::vector<NodeGeometry> &nodes() const { return m_nodes; }
    Box boxOf(const QString &nodeName) const; // the node and everything under it
    // Window_* nodes (outermost per branch) with their boxes.
    const std::vector<std::pair<QString, Box>> &windows() const { return m_windows; }
    // True for a Door_* node standing open: its leaf reaches out of the wall (its plan box is more than
    // 0.55 m deep across the wall; a closed door is as deep as the wall plus its frame).
    bool isOpenDoor(const QString &door) const;

private:
    const importer::ImportedScene &m_scene;
    std::vector<NodeGeometry> m_nodes;
    std::vector<int> m_nodeOf; // scene node of each m_nodes entry
    std::vector<std::pair<QString, Box>> m_windows;
    std::vector<std::pair<QString, Box>> m_doors;
};

class OccupancyGrid
{
public:
    OccupancyGrid(double originX, double originZ, double cell, int cols, int rows);

    // Calls `hit` for each cell whose centre lies in the triangle's plan projection.
    void fillTriangle(const Tri &t, const std::function<void(size_t)> &hit) const;
    // Blocks every cell touched by the part of the triangle between heights lo and hi.
    void markSlab(const Tri &t, double lo, double hi);
    // Blocks the cells inside the closed meshes' horizontal cross-section at height h (non-zero winding).
    void fillCrossSection(const std::vector<Tri> &tris, double h);
    // 1 where room >= 0 and no blocked cell is nearer than radius (plus half a cell each side).
    std::vector<std::uint8_t> clearance(double radius, const std::vector<std::int16_t> &room) const;
    // Blocked cells merged into rectangles (plan metres).
    QVector<QRectF> obstacleRects() const;

private:
    void markPolygon(const std::vector<QPointF> &poly);
    double m_ox, m_oz, m_cell;
    int m_cols, m_rows;
    std::vector<std::uint8_t> m_blocked;
};

} // namespace showroom::interior
