// Everything on the site that is not a unit (slabs, cores, roofs, landscape): the world position goes
// to the fragment shader for the floor cut-away.
VARYING vec3 vWorld;

void MAIN()
{
    vWorld = (MODEL_MATRIX * vec4(VERTEX, 1.0)).xyz;
}
