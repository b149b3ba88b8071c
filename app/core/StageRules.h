// Which construction stage a model node belongs to, and where each stage stands at a date.
// Patterns come from the manifest's stages[].nodes: `*` matches any run of characters, `?` exactly one,
// everything else literally (case-sensitive). A node belongs to the first stage (manifest order) with a
// pattern matching its own name; a node matching nothing inherits the stage of its nearest ancestor that
// has one; a node with no stage at all is shown at every stage.
#pragma once

#include "core/DevelopmentData.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace showroom::core {

enum class StageProgress
{
    Planned,
    InProgress,
    Done
};

// Where `stage` stands on `date`. Actual dates win over planned ones: the stage is in progress from its
// (actual, else planned) start and done the day after its (actual, else planned) end. A stage that has
// an actual start but no actual end is unfinished as far as anyone knows, so it is never reported done.
StageProgress stageProgress(const Stage &stage, QDate date);
// Ids of the stages with the given progress on `date`, in manifest order.
QStringList stageIdsWith(const QList<Stage> &stages, StageProgress progress, QDate date);

// True if `name` matches the wildcard pattern (`*`, `?`).
bool matchesNodePattern(QStringView pattern, QStringView name);

class StageRules
{
public:
    StageRules() = default;
    explicit StageRules(const QList<Stage> &stages);

    int stageCount() const { return int(m_stageIds.size()); }
    QString stageId(int index) const { return m_stageIds.value(index); }
    int indexOf(const QString &stageId) const { return int(m_stageIds.indexOf(stageId)); }

    // Index of the first stage with a pattern matching `name` itself, or -1.
    int matchIndex(QStringView name) const;
    // For a top-down tree walk: the node's own match, else the stage its parent resolved to.
    int resolve(QStringView name, int parentIndex) const
    {
        const int own = matchIndex(name);
        return own >= 0 ? own : parentIndex;
    }
    // Stage id for a node given its own name and its ancestors' names (nearest first: parent,
    // grandparent, ...); empty if neither it nor any ancestor matches.
    QString stageForNode(const QString &name, const QStringList &ancestors = {}) const;

private:
    struct Pattern
    {
        QString text;
        int stage = -1;
        bool prefixOnly = false; // "abc*": a plain startsWith, the common case
    };
    QStringList m_stageIds;
    QHash<QString, int> m_exact; // patterns without wildcards -> first stage listing them
    QList<Pattern> m_patterns;   // with wildcards, in stage order
};

} // namespace showroom::core
