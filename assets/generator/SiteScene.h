// What the demo site's GLB (models/site.glb) is built from: its materials, the scene, meshes shared by
// key, and the two halves that fill it: the buildings (SiteBuildings.cpp) and the landscape around them
// (SiteLandscape.cpp). DemoSiteGlb.cpp puts them together in a fixed order, which the bytes depend on.
#pragma once

#include "Development.h"
#include "Glb.h"

#include <QHash>

#include <functional>

namespace demo {

struct SiteMaterials
{
    int render, renderSand, stone, concrete, glass, frame, rail, timber, timberDark, zinc, gravel, solar;
    int ground, grass, garden, paving, asphalt, marking, bark, leafDark, leaf, leafLight, hedge, sand, water;
    int carRed, carBlue, carSilver, carGrey;

    explicit SiteMaterials(GlbScene &s)
    {
        render = s.addMaterial("Render_Warm", QColor("#efe9de"), 0, 0.92f);
        renderSand = s.addMaterial("Render_Sand", QColor("#e0d2bc"), 0, 0.92f);
        stone = s.addMaterial("Stone_Light", QColor("#cbc3b4"), 0, 0.8f);
        concrete = s.addMaterial("Concrete_Band", QColor("#d8d4cc"), 0, 0.85f);
        glass = s.addMaterial("Glass", QColor("#6a8294"), 0.0f, 0.1f);
        frame = s.addMaterial("Frame_Anthracite", QColor("#3b3e42"), 0.4f, 0.45f);
        rail = s.addMaterial("Metal_Rail", QColor("#46494d"), 0.6f, 0.4f);
        timber = s.addMaterial("Timber_Larch", QColor("#b8a182"), 0, 0.7f);
        timberDark = s.addMaterial("Timber_Door", QColor("#6b4a32"), 0, 0.6f);
        zinc = s.addMaterial("Roof_Zinc", QColor("#5c6166"), 0.35f, 0.55f);
        gravel = s.addMaterial("Roof_Gravel", QColor("#aaa69d"), 0, 1.0f);
        solar = s.addMaterial("Solar_Panel", QColor("#1f2a3a"), 0.3f, 0.25f);
        ground = s.addMaterial("Ground", QColor("#b3b898"), 0, 1.0f);
        grass = s.addMaterial("Grass", QColor("#8aab66"), 0, 1.0f);
        garden = s.addMaterial("Grass_Garden", QColor("#98b872"), 0, 1.0f);
        paving = s.addMaterial("Paving_Light", QColor("#d9d3c5"), 0, 0.85f);
        asphalt = s.addMaterial("Asphalt", QColor("#4d4f52"), 0, 0.95f);
        marking = s.addMaterial("Road_Marking", QColor("#efefea"), 0, 0.8f);
        bark = s.addMaterial("Bark", QColor("#5b4636"), 0, 1.0f);
        leafDark = s.addMaterial("Foliage_Dark", QColor("#3d6b35"), 0, 0.95f);
        leaf = s.addMaterial("Foliage", QColor("#5b8a3a"), 0, 0.95f);
        leafLight = s.addMaterial("Foliage_Light", QColor("#86a84e"), 0, 0.95f);
        hedge = s.addMaterial("Hedge", QColor("#58833f"), 0, 1.0f);
        sand = s.addMaterial("Sand", QColor("#e2d2a6"), 0, 1.0f);
        water = s.addMaterial("Water", QColor("#6d8fa3"), 0.1f, 0.1f);
        carRed = s.addMaterial("Car_Red", QColor("#8e2b2b"), 0.5f, 0.35f);
        carBlue = s.addMaterial("Car_Blue", QColor("#2d4a73"), 0.5f, 0.35f);
        carSilver = s.addMaterial("Car_Silver", QColor("#b8bcc0"), 0.6f, 0.35f);
        carGrey = s.addMaterial("Car_Grey", QColor("#5a5e63"), 0.5f, 0.35f);
    }
};

inline QVector3D v3(double x, double y, double z)
{
    return QVector3D(float(x), float(y), float(z));
}

class SiteScene
{
public:
    SiteScene() : mat(scene) {}

    GlbScene scene;
    const SiteMaterials mat; // made with the scene, before any mesh: every material is in every site.glb

    // A mesh built once per key and shared by every node that uses it.
    int shared(const QString &key, const std::function<void(MeshBuilder &)> &build);
    int unique(const QString &name, const MeshBuilder &mb) { return scene.addMesh(name, mb); }

private:
    QHash<QString, int> m_meshCache;
};

// Every building of dev under its own root node `Building_<id>` (SiteBuildings.cpp).
void addBuildings(SiteScene &site, const Development &dev);
// The ground and the streets and tram stop that exist already (SiteLandscape.cpp).
void addGround(SiteScene &site, int parent);
// The landscaping around dev's buildings; trees keep clear of their footprints (SiteLandscape.cpp).
void addLandscape(SiteScene &site, const Development &dev, int parent);

} // namespace demo
