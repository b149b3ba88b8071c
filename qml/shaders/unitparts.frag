// Lit like a PrincipledMaterial (sun, fill light, shadows), with the colour, roughness and metalness of
// the part.
VARYING vec4 vPart;

void MAIN()
{
    float packed = floor(vPart.a + 0.5); // all three vertices agree: undo interpolation noise
    float metal = floor(packed / 64.0 + 0.001);
    BASE_COLOR = vec4(vPart.rgb, 1.0);
    ROUGHNESS = (packed - 64.0 * metal) / 63.0;
    METALNESS = metal / 63.0;
    SPECULAR_AMOUNT = 0.5;
}
