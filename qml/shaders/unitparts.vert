// A unit's merged parts: each vertex carries its part's linear base colour in COLOR.rgb and its
// roughness + 64 * metalness (both in 1/63 steps) in COLOR.a (see SiteModel.cpp).
VARYING vec4 vPart;

void MAIN()
{
    vPart = COLOR;
}
