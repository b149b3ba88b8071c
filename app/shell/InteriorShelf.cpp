#include "shell/InteriorShelf.h"

namespace showroom::shell {

InteriorShelf::InteriorShelf(QObject *parent) : QAbstractListModel(parent) {}

InteriorShelf::~InteriorShelf() = default;

int InteriorShelf::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_interiors.size());
}

QVariant InteriorShelf::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Interior &interior = *m_interiors.at(size_t(index.row()));
    switch (role) {
    case PartsRole:
        return QVariant::fromValue(interior.parts.get());
    case ShownRole:
        return interior.file == m_shown;
    }
    return {};
}

QHash<int, QByteArray> InteriorShelf::roleNames() const
{
    return {{PartsRole, "parts"}, {ShownRole, "shown"}};
}

InteriorShelf::Interior *InteriorShelf::find(const QString &file)
{
    if (file.isEmpty())
        return nullptr;
    for (const auto &interior : m_interiors)
        if (interior->file == file)
            return interior.get();
    return nullptr;
}

InteriorShelf::Interior &InteriorShelf::add(const QString &file)
{
    if (int(m_interiors.size()) >= kKept) {
        // The one unseen longest, never the one on screen. Rows are not reordered: a moved row would
        // cost its delegates in some views, and keeping them is the point.
        auto oldest = m_interiors.end();
        for (auto it = m_interiors.begin(); it != m_interiors.end(); ++it)
            if ((*it)->file != m_shown && (oldest == m_interiors.end() || (*it)->lastShown < (*oldest)->lastShown))
                oldest = it;
        if (oldest != m_interiors.end()) {
            const int row = int(oldest - m_interiors.begin());
            beginRemoveRows({}, row, row);
            m_interiors.erase(oldest);
            endRemoveRows();
        }
    }
    auto interior = std::make_unique<Interior>();
    interior->file = file;
    interior->parts = std::make_unique<scene::SiteModel>();
    const int row = int(m_interiors.size());
    beginInsertRows({}, row, row);
    m_interiors.push_back(std::move(interior));
    endInsertRows();
    return *m_interiors.back();
}

void InteriorShelf::show(const QString &file)
{
    if (Interior *interior = find(file))
        interior->lastShown = ++m_showCount;
    if (file == m_shown)
        return;
    m_shown = file;
    if (!m_interiors.empty())
        emit dataChanged(index(0), index(int(m_interiors.size()) - 1), {ShownRole});
}

void InteriorShelf::clear()
{
    beginResetModel();
    m_interiors.clear();
    m_shown.clear();
    endResetModel();
}

} // namespace showroom::shell
