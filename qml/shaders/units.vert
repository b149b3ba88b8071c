// All units of a stage in one draw call: each vertex carries its part's linear base colour in COLOR.rgb
// and roughness + 64 * metalness + 4096 * unit number (1/63 steps; number 1-based) in COLOR.a
// (see SiteModel.cpp).
VARYING vec4 vPart;

void MAIN()
{
    vPart = COLOR;
}
