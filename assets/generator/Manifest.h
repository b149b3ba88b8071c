// development.json (schema 1, docs/development-package.md) for the demo development.
#pragma once

#include "Development.h"

#include <QJsonObject>

namespace demo {

QJsonObject buildManifest(const Development &dev);

} // namespace demo
