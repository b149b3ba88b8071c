// Lit like a PrincipledMaterial (sun, fill light, shadows) with each part's colour, roughness and
// metalness. Per unit, `unitStates` (app/scene/UnitStateTexture.h: one texel per unit number, RGB the
// status colour, A flags 1 tinted, 2 dimmed, 4 hidden) tints it by sales status, dims it when filtered
// out, hides it above a cut floor. The unit numbered `selectedUnit` is painted flat in `highlight`
// (linear RGB), unlit, so it reads the same from every side and in shadow. At night (`nightLights` > 0)
// the windows of finished homes are lit.
// Plain arithmetic instead of bit operations and texelFetch: the OpenGL shaders Qt generates may be
// GLSL versions without them.
VARYING vec4 vPart;
VARYING vec3 vWorld;

float flagSet(float flags, float bit)
{
    return mod(floor(flags / bit + 0.001), 2.0);
}

void MAIN()
{
    // The floor cut-away: everything above the cut inside the building's footprint is not drawn.
    if (cutActive > 0.5 && vWorld.y > cutHeight && vWorld.x > cutArea.x && vWorld.x < cutArea.z
        && vWorld.z > cutArea.y && vWorld.z < cutArea.w)
        discard;
    // Under construction (the timeline): nothing above the rising height; the storey being built reads
    // as work in progress (bare concrete grey, formwork stripes).
    if (vWorld.y > riseHeight)
        discard;
    float packed = floor(vPart.a + 0.5); // the three vertices agree: undo interpolation noise
    float unit = floor(packed / 4096.0 + 0.0001);
    float rest = packed - 4096.0 * unit;
    float metal = floor(rest / 64.0 + 0.001);
    vec2 texel = vec2(mod(unit, 256.0) + 0.5, floor(unit / 256.0) + 0.5) / vec2(256.0, stateRows);
    vec4 state = texture(unitStates, texel);
    float flags = floor(state.a * 255.0 + 0.5);
    if (flagSet(flags, 4.0) > 0.5)
        discard;
    // Inside a home its own exterior (facade block, windows) would stand between the visitor and the
    // view; its balcony, outside the box, stays.
    if (hiddenUnit > 0.5 && abs(unit - hiddenUnit) < 0.5 && all(greaterThan(vWorld, hiddenBoxMin))
        && all(lessThan(vWorld, hiddenBoxMax)))
        discard;
    if (selectedUnit > 0.5 && abs(unit - selectedUnit) < 0.5) {
        BASE_COLOR = vec4(0.0, 0.0, 0.0, 1.0);
        METALNESS = 0.0;
        ROUGHNESS = 1.0;
        SPECULAR_AMOUNT = 0.0;
        EMISSIVE_COLOR = highlight;
    } else {
        vec3 base = vPart.rgb;
        if (flagSet(flags, 1.0) > 0.5) {
            // sRGB texel to linear, then a strong wash of the status colour over the part's own
            vec3 tint = pow(state.rgb, vec3(2.2));
            base = mix(base, tint, tintStrength);
        }
        if (flagSet(flags, 2.0) > 0.5)
            base = mix(base, vec3(0.55), 0.75);
        if (vWorld.y > riseHeight - 3.0)
            base = mix(vec3(0.42, 0.42, 0.40), vec3(0.75, 0.45, 0.12), step(0.5, fract(vWorld.y * 2.0)) * 0.35);
        BASE_COLOR = vec4(base, 1.0);
        ROUGHNESS = (rest - 64.0 * metal) / 63.0;
        METALNESS = metal / 63.0;
        SPECULAR_AMOUNT = 0.5;
        // Night (the sun study): in most finished homes the lights are on. Their glazing (smooth, not
        // metal, upright) glows warm; a home's number decides whether anyone is in, the same every night.
        if (nightLights > 0.0 && riseHeight > 1.0e8 && ROUGHNESS < 0.2 && METALNESS < 0.05
            && abs(normalize(VAR_WORLD_NORMAL).y) < 0.5) {
            float home = fract(sin(unit * 12.9898 + 4.1414) * 43758.5453);
            EMISSIVE_COLOR = vec3(1.0, 0.62, 0.3) * (nightLights * step(home, 0.75));
        }
    }
}
