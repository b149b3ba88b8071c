// A PrincipledMaterial's lighting with one colour per part, and the floor cut-away: above `cutHeight`
// inside the focused building's footprint (`cutArea` = min x, min z, max x, max z) nothing is drawn, so
// a floor's units are seen from above.
VARYING vec3 vWorld;

void MAIN()
{
    if (cutActive > 0.5 && vWorld.y > cutHeight && vWorld.x > cutArea.x && vWorld.x < cutArea.z
        && vWorld.z > cutArea.y && vWorld.z < cutArea.w)
        discard;
    // Under construction (the timeline): nothing above the rising height; the storey being built reads
    // as work in progress (bare concrete grey, formwork stripes).
    if (vWorld.y > riseHeight)
        discard;
    if (hiddenActive > 0.5 && all(greaterThan(vWorld, hiddenBoxMin)) && all(lessThan(vWorld, hiddenBoxMax)))
        discard;
    vec3 color = partColor;
    if (vWorld.y > riseHeight - 3.0)
        color = mix(vec3(0.42, 0.42, 0.40), vec3(0.75, 0.45, 0.12), step(0.5, fract(vWorld.y * 2.0)) * 0.35);
    BASE_COLOR = vec4(color, 1.0);
    ROUGHNESS = partRoughness;
    METALNESS = partMetalness;
    // Night (the sun study): the glazing of finished buildings (stairwells, lobbies; an IFC model's
    // windows) glows warm, as units' windows do (units.frag). Water, smooth but flat and a little
    // metallic, does not.
    vec3 emissive = partEmissive;
    if (nightLights > 0.0 && riseHeight > 1.0e8 && partRoughness < 0.2 && partMetalness < 0.05
        && abs(normalize(VAR_WORLD_NORMAL).y) < 0.5)
        emissive += vec3(1.0, 0.62, 0.3) * (0.9 * nightLights);
    EMISSIVE_COLOR = emissive;
    SPECULAR_AMOUNT = 0.5;
}
