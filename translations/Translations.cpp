// showroom_translations carries the compiled catalogues (:/i18n/showroom_<code>.qm) as resources; this
// file only gives the static library an object of its own.
namespace showroom::translations {
int catalogueResourceAnchor = 0;
} // namespace showroom::translations
