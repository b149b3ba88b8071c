// The interiors loaded so far, one per home type (model file), kept for the rest of the run: walking
// into another home of a type already seen is instant, and the 3D parts QML made for it stay. Replacing
// an interior's parts is what must not happen on every walk: Qt Quick 3D 6.4 keeps per-model render
// state (shader resource bindings) of deleted models in a cache it never trims, so a kiosk that
// rebuilt the interior at each change of home type grew ~1 MB a visit (docs/benchmarks.md, Kiosk soak).
// QML draws each row's `parts` under one Node and shows only the row whose `shown` is true.
#pragma once

#include "interior/WalkPlan.h"
#include "scene/SiteModel.h"

#include <QAbstractListModel>

#include <memory>
#include <vector>

namespace showroom::shell {

class InteriorShelf : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PartsRole = Qt::UserRole + 1, // the interior's SiteModel (its 3D parts)
        ShownRole,                    // the interior of the home being visited
    };

    struct Interior
    {
        QString file;
        std::unique_ptr<scene::SiteModel> parts;
        // Written by the import's worker thread (under UnitVisit's mutex), taken on the GUI thread.
        std::shared_ptr<std::shared_ptr<const interior::WalkPlan>> pendingPlan;
        std::shared_ptr<const interior::WalkPlan> plan;
        quint64 lastShown = 0; // for evicting the one unseen longest
    };

    // A development with more home types than this keeps the ones used last (an evicted one is
    // imported again from the importer's cache when it is wanted).
    static constexpr int kKept = 8;

    explicit InteriorShelf(QObject *parent = nullptr);
    ~InteriorShelf() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Interior *find(const QString &file);
    // A new, empty interior for `file` (its parts not loaded yet); may evict the least recently shown.
    Interior &add(const QString &file);
    // Shows the interior of `file` (none: empty file) and hides the rest.
    void show(const QString &file);
    Interior *shown() { return find(m_shown); }
    // Forgets every interior (the development was replaced: its files may have changed).
    void clear();

private:
    std::vector<std::unique_ptr<Interior>> m_interiors; // rows in the order they were added
    QString m_shown;
    quint64 m_showCount = 0;
};

} // namespace showroom::shell
