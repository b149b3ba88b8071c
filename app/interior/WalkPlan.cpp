// WalkPlan's queries: grid lookups, collide-and-slide, path search. Building: WalkPlanBuilder.cpp.
#include "interior/WalkPlan.h"

#include <algorithm>
#include <cmath>
#include <queue>

namespace showroom::interior {

const WalkPlan::Storey *WalkPlan::storeyData(int storey) const
{
    return storey >= 0 && storey < int(m_storeys.size()) ? &m_storeys[size_t(storey)] : nullptr;
}

bool WalkPlan::cellOf(const Storey &s, QPointF p, int *col, int *row) const
{
    const double c = std::floor((p.x() - s.originX) / cellSize),
                 r = std::floor((p.y() - s.originZ) / cellSize);
    if (!(c >= 0 && r >= 0 && c < s.cols && r < s.rows)) // also false for NaN
        return false;
    *col = int(c);
    *row = int(r);
    return true;
}

QPointF WalkPlan::cellCentre(const Storey &s, int col, int row) const
{
    return {s.originX + (col + 0.5) * cellSize, s.originZ + (row + 0.5) * cellSize};
}

bool WalkPlan::walkableCell(const Storey &s, int col, int row) const
{
    return col >= 0 && row >= 0 && col < s.cols && row < s.rows && s.walkable[size_t(row) * s.cols + col];
}

double WalkPlan::floorLevel(int storey) const
{
    const Storey *s = storeyData(storey);
    return s ? s->level : 0;
}

int WalkPlan::storeyAtHeight(double y) const
{
    int best = 0;
    for (int i = 0; i < int(m_storeys.size()); ++i)
        if (m_storeys[size_t(i)].level <= y + 0.5)
            best = i;
    return best;
}

int WalkPlan::roomAt(int storey, QPointF p) const
{
    const Storey *s = storeyData(storey);
    int c = 0, r = 0;
    if (!s || !cellOf(*s, p, &c, &r))
        return -1;
    return s->room[size_t(r) * s->cols + c];
}

bool WalkPlan::isWalkable(int storey, QPointF p) const
{
    const Storey *s = storeyData(storey);
    int c = 0, r = 0;
    return s && cellOf(*s, p, &c, &r) && walkableCell(*s, c, r);
}

namespace {

// The point of a cell's square nearest to p (a hair inside, so it maps back to the same cell).
QPointF clampInto(QPointF p, QPointF centre, double cell)
{
    const double h = cell / 2 - 1e-6;
    return {std::clamp(p.x(), centre.x() - h, centre.x() + h),
            std::clamp(p.y(), centre.y() - h, centre.y() + h)};
}

double distance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// The turns slide() tries when a step is blocked: 15, 30, 45, 60 and 75 degrees.
struct SlideTurn
{
    double cos, sin;
};
const SlideTurn kSlideTurns[] = {{0.96592583, 0.25881905},
                                 {0.8660254, 0.5},
                                 {0.70710678, 0.70710678},
                                 {0.5, 0.8660254},
                                 {0.25881905, 0.96592583}};

} // namespace

QPointF WalkPlan::nearestWalkable(int storey, QPointF p, bool *found, double maxDistance) const
{
    if (found)
        *found = false;
    const Storey *s = storeyData(storey);
    if (!s)
        return p;
    if (isWalkable(storey, p)) {
        if (found)
            *found = true;
        return p;
    }
    // Rings of cells around p's cell (p may lie off the grid); stop a little after the first hit since a
    // ring holds cells at up to sqrt(2) times its radius.
    const int pc = int(std::floor((p.x() - s->originX) / cellSize)),
              pr = int(std::floor((p.y() - s->originZ) / cellSize));
    const int maxRing = int(std::ceil(maxDistance / cellSize)) + 1;
    double best = 1e30;
    QPointF bestPoint = p;
    int stopAt = maxRing;
    for (int ring = 0; ring <= std::min(stopAt, maxRing); ++ring) {
        for (int dr = -ring; dr <= ring; ++dr)
            for (int dc = -ring; dc <= ring; ++dc) {
                if (std::max(std::abs(dr), std::abs(dc)) != ring || !walkableCell(*s, pc + dc, pr + dr))
                    continue;
                const QPointF q = clampInto(p, cellCentre(*s, pc + dc, pr + dr), cellSize);
                const double d = distance(p, q);
                if (d < best && d <= maxDistance) {
                    best = d;
                    bestPoint = q;
                    stopAt = std::min(stopAt, int(std::ceil(ring * 1.5)) + 1);
                }
            }
    }
    if (found)
        *found = best < 1e30;
    return bestPoint;
}

QPointF WalkPlan::slide(int storey, QPointF from, QPointF delta) const
{
    if (!isWalkable(storey, from))
        return from;
    const double length = std::hypot(delta.x(), delta.y());
    if (!(length > 1e-9))
        return from;
    const int steps = int(std::ceil(length / maxStepLength));
    const QPointF d = delta / steps;
    // How far along v (0..1) p can move and stay walkable (bisection: walkability is per cell).
    auto reach = [&](QPointF p, QPointF v) {
        double lo = 0, hi = 1;
        for (int i = 0; i < 8; ++i) {
            const double mid = (lo + hi) / 2;
            (isWalkable(storey, p + v * mid) ? lo : hi) = mid;
        }
        return lo;
    };
    QPointF p = from;
    for (int i = 0; i < steps; ++i) {
        if (isWalkable(storey, p + d)) {
            p += d;
            continue;
        }
        // Blocked: go up to the obstacle, then slide with the rest of the step. Of its X and Z parts and
        // the rest turned by 15..75 degrees (shortened to its projection), take the one that keeps most
        // of the intended progress: along an axis-aligned wall the part along it, along any other the
        // turn nearest to its line. A turn may be taken part way (the cells along a slanted wall make
        // a staircase) if that still keeps a fifth of the progress, so pushing straight at a wall does
        // not creep sideways.
        const QPointF start = p;
        p += d * reach(p, d);
        const QPointF rest = d - (p - start);
        const double wanted = QPointF::dotProduct(rest, rest);
        QPointF best;
        double bestProgress = 0;
        auto consider = [&](QPointF v) {
            const double full = QPointF::dotProduct(v, rest);
            if (full <= bestProgress + 1e-12)
                return;
            const double f = isWalkable(storey, p + v) ? 1.0 : reach(p, v);
            if ((f == 1.0 || f * full >= 0.2 * wanted) && f * full > bestProgress + 1e-12) {
                best = v * f;
                bestProgress = f * full;
            }
        };
        const bool xFirst = std::fabs(rest.x()) >= std::fabs(rest.y());
        consider(xFirst ? QPointF(rest.x(), 0) : QPointF(0, rest.y()));
        consider(xFirst ? QPointF(0, rest.y()) : QPointF(rest.x(), 0));
        for (const SlideTurn &turn : kSlideTurns)
            for (const double sign : {1.0, -1.0})
                consider(QPointF(rest.x() * turn.cos - rest.y() * turn.sin * sign,
                                 rest.x() * turn.sin * sign + rest.y() * turn.cos) *
                         turn.cos);
        p += best;
        if (distance(p, start) < 1e-9)
            break; // wedged in a corner: nothing further along this step will move either
    }
    return p;
}

bool WalkPlan::lineOfSight(int storey, QPointF a, QPointF b) const
{
    const int samples = int(std::ceil(distance(a, b) / (cellSize / 4))) + 1;
    for (int i = 0; i <= samples; ++i)
        if (!isWalkable(storey, a + (b - a) * (double(i) / samples)))
            return false;
    return true;
}

QVector<QPointF> WalkPlan::pathTo(int storey, QPointF from, QPointF target) const
{
    const Storey *s = storeyData(storey);
    int sc = 0, sr = 0;
    if (!s || !cellOf(*s, from, &sc, &sr) || !walkableCell(*s, sc, sr))
        return {};
    const int cols = s->cols;
    const size_t cells = size_t(cols) * s->rows;
    int gc = -1, gr = -1;
    const bool goalOnGrid = cellOf(*s, target, &gc, &gr) && walkableCell(*s, gc, gr);
    const int goal = goalOnGrid ? gr * cols + gc : -1;

    // A* over 8-connected walkable cells (no corner cutting); when the goal is unreachable the search
    // exhausts the visitor's region and the cell nearest to the target wins.
    std::vector<float> g(cells, 1e30f);
    std::vector<int> parent(cells, -1);
    std::vector<std::uint8_t> closed(cells, 0);
    using Entry = std::pair<float, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
    auto h = [&](int i) { return goal < 0 ? 0.f : float(std::hypot(i % cols - gc, i / cols - gr)); };
    const int start = sr * cols + sc;
    g[size_t(start)] = 0;
    open.push({h(start), start});
    int best = start;
    double bestDistance = 1e30;
    while (!open.empty()) {
        const int i = open.top().second;
        open.pop();
        if (closed[size_t(i)])
            continue;
        closed[size_t(i)] = 1;
        const QPointF centre = cellCentre(*s, i % cols, i / cols);
        const double d = distance(clampInto(target, centre, cellSize), target);
        if (d < bestDistance - 1e-9) {
            bestDistance = d;
            best = i;
        }
        if (i == goal)
            break;
        const int c = i % cols, r = i / cols;
        for (int dr = -1; dr <= 1; ++dr)
            for (int dc = -1; dc <= 1; ++dc) {
                if ((dr == 0 && dc == 0) || !walkableCell(*s, c + dc, r + dr))
                    continue;
                if (dr != 0 && dc != 0 && (!walkableCell(*s, c + dc, r) || !walkableCell(*s, c, r + dr)))
                    continue;
                const int j = (r + dr) * cols + c + dc;
                const float cost = g[size_t(i)] + ((dr != 0 && dc != 0) ? 1.41421356f : 1.f);
                if (!closed[size_t(j)] && cost < g[size_t(j)]) {
                    g[size_t(j)] = cost;
                    parent[size_t(j)] = i;
                    open.push({cost + h(j), j});
                }
            }
    }

    QVector<QPointF> raw;
    const QPointF end =
        best == goal ? target : clampInto(target, cellCentre(*s, best % cols, best / cols), cellSize);
    raw.push_back(end);
    for (int i = parent[size_t(best)]; i >= 0 && i != start; i = parent[size_t(i)])
        raw.push_back(cellCentre(*s, i % cols, i / cols));
    raw.push_back(from);
    std::reverse(raw.begin(), raw.end());

    // String pulling: from each kept point, jump to the farthest point still in a straight line of sight.
    QVector<QPointF> path{from};
    for (int i = 0; i < raw.size() - 1;) {
        int j = raw.size() - 1;
        while (j > i + 1 && !lineOfSight(storey, raw[i], raw[j]))
            --j;
        path.push_back(raw[j]);
        i = j;
    }
    if (path.size() == 1)
        path.push_back(from);
    return path;
}

QPointF WalkPlan::entryPoint(int *storey, double *facingYawDeg) const
{
    if (storey)
        *storey = m_entryStorey;
    if (facingYawDeg)
        *facingYawDeg = m_entryYaw;
    return m_entry;
}

bool WalkPlan::windowSpot(QPointF *inside, double *facingYawDeg, int *storey) const
{
    if (!m_hasWindow)
        return false;
    if (inside)
        *inside = m_window;
    if (facingYawDeg)
        *facingYawDeg = m_windowYaw;
    if (storey)
        *storey = m_windowStorey;
    return true;
}

QRectF WalkPlan::planBounds(int storey) const
{
    const Storey *s = storeyData(storey);
    return s ? s->bounds : QRectF();
}

const QVector<QRectF> &WalkPlan::obstacles(int storey) const
{
    static const QVector<QRectF> none;
    const Storey *s = storeyData(storey);
    return s ? s->obstacles : none;
}

} // namespace showroom::interior
