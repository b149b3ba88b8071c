// The material of every plain (untextured, opaque) part of the site that is not a unit: lit like a
// PrincipledMaterial with the row's colour, roughness and metalness, and cut away above the floor the
// stage is cut at (shaders/site.*).
import QtQuick
import QtQuick3D

CustomMaterial {
    required property Item stage // the SiteStage: cut-away, colour conversion
    required property var part   // the SiteModel row's roles

    property vector3d partColor: stage.linear(part.baseColor)
    property real partRoughness: part.roughness
    property real partMetalness: part.metallic
    property vector3d partEmissive: Qt.vector3d(part.emissive.r, part.emissive.g, part.emissive.b)
    property real cutActive: stage.cutActive ? 1 : 0
    property real cutHeight: stage.cutHeight
    property vector4d cutArea: stage.cutArea

    shadingMode: CustomMaterial.Shaded
    cullMode: part.doubleSided ? Material.NoCulling : Material.BackFaceCulling
    vertexShader: "shaders/site.vert"
    fragmentShader: "shaders/site.frag"
}
