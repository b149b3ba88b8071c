// All units of a stage in one draw call: each vertex carries its part's linear base colour in COLOR.rgb
// and roughness + 64 * metalness + 4096 * unit number (1/63 steps; number 1-based) in COLOR.a
// (see app/scene/UnitPacking.h). The world position goes to the fragment shader for the floor cut.
VARYING vec4 vPart;
VARYING vec3 vWorld;

void MAIN()
{
    vPart = COLOR;
    vWorld = (MODEL_MATRIX * vec4(VERTEX, 1.0)).xyz;
}
