// A PrincipledMaterial's lighting with one colour per part, and the floor cut-away: above `cutHeight`
// inside the focused building's footprint (`cutArea` = min x, min z, max x, max z) nothing is drawn, so
// a floor's units are seen from above.
VARYING vec3 vWorld;

void MAIN()
{
    if (cutActive > 0.5 && vWorld.y > cutHeight && vWorld.x > cutArea.x && vWorld.x < cutArea.z
        && vWorld.z > cutArea.y && vWorld.z < cutArea.w)
        discard;
    BASE_COLOR = vec4(partColor, 1.0);
    ROUGHNESS = partRoughness;
    METALNESS = partMetalness;
    EMISSIVE_COLOR = partEmissive;
    SPECULAR_AMOUNT = 0.5;
}
