#include "core/StageRules.h"

namespace showroom::core {

StageProgress stageProgress(const Stage &stage, QDate date)
{
    const QDate start = stage.actualStart.isValid() ? stage.actualStart : stage.plannedStart;
    const bool underway = stage.actualStart.isValid() && !stage.actualEnd.isValid();
    const QDate end = stage.actualEnd.isValid() ? stage.actualEnd : stage.plannedEnd;
    if (!underway && end.isValid() && date > end)
        return StageProgress::Done;
    if (start.isValid() && date >= start)
        return StageProgress::InProgress;
    return StageProgress::Planned;
}

QStringList stageIdsWith(const QList<Stage> &stages, StageProgress progress, QDate date)
{
    QStringList ids;
    for (const Stage &s : stages) {
        if (stageProgress(s, date) == progress)
            ids << s.id;
    }
    return ids;
}

bool matchesNodePattern(QStringView pattern, QStringView name)
{
    // Greedy matching with one backtrack point: linear for the patterns people write.
    qsizetype p = 0;
    qsizetype n = 0;
    qsizetype star = -1;
    qsizetype resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == name[n])) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            resume = n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

StageRules::StageRules(const QList<Stage> &stages)
{
    for (int i = 0; i < stages.size(); ++i) {
        m_stageIds << stages[i].id;
        for (const QString &pattern : stages[i].nodePatterns) {
            const bool hasStar = pattern.contains(QLatin1Char('*'));
            const bool hasQuestion = pattern.contains(QLatin1Char('?'));
            if (!hasStar && !hasQuestion) {
                if (!m_exact.contains(pattern))
                    m_exact.insert(pattern, i);
                continue;
            }
            Pattern compiled;
            compiled.stage = i;
            const bool trailingStarOnly =
                !hasQuestion && pattern.indexOf(QLatin1Char('*')) == pattern.size() - 1;
            compiled.prefixOnly = trailingStarOnly;
            compiled.text = trailingStarOnly ? pattern.chopped(1) : pattern;
            m_patterns << compiled;
        }
    }
}

int StageRules::matchIndex(QStringView name) const
{
    int best = m_exact.isEmpty() ? -1 : m_exact.value(name.toString(), -1);
    for (const Pattern &pattern : m_patterns) {
        if (best >= 0 && pattern.stage >= best)
            break; // patterns are in stage order: nothing later can win
        const bool hit =
            pattern.prefixOnly ? name.startsWith(pattern.text) : matchesNodePattern(pattern.text, name);
        if (hit)
            return pattern.stage;
    }
    return best;
}

QString StageRules::stageForNode(const QString &name, const QStringList &ancestors) const
{
    int index = matchIndex(name);
    for (qsizetype i = 0; index < 0 && i < ancestors.size(); ++i)
        index = matchIndex(ancestors[i]);
    return index >= 0 ? m_stageIds[index] : QString();
}

} // namespace showroom::core
