// Lit like a PrincipledMaterial (sun, fill light, shadows) with each part's colour, roughness and
// metalness; the unit numbered `selectedUnit` is painted flat in `highlight` (linear RGB), unlit, so it
// reads the same from every side and in shadow.
VARYING vec4 vPart;

void MAIN()
{
    float packed = floor(vPart.a + 0.5); // the three vertices agree: undo interpolation noise
    float unit = floor(packed / 4096.0 + 0.0001);
    float rest = packed - 4096.0 * unit;
    float metal = floor(rest / 64.0 + 0.001);
    if (selectedUnit > 0.5 && abs(unit - selectedUnit) < 0.5) {
        BASE_COLOR = vec4(0.0, 0.0, 0.0, 1.0);
        METALNESS = 0.0;
        ROUGHNESS = 1.0;
        SPECULAR_AMOUNT = 0.0;
        EMISSIVE_COLOR = highlight;
    } else {
        BASE_COLOR = vec4(vPart.rgb, 1.0);
        ROUGHNESS = (rest - 64.0 * metal) / 63.0;
        METALNESS = metal / 63.0;
        SPECULAR_AMOUNT = 0.5;
    }
}
