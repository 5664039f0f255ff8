#include "settings/breakagespec.h"

#include "base/ledgererror.h"

namespace orchard {

Result<BreakageSpec> BreakageSpec::parse(const QString &text, int buckets)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("default"))
        return BreakageSpec{};
    if (trimmed == QLatin1String("auto"))
        return estimatedEverywhere();
    const QStringList parts = trimmed.split(QLatin1Char(','));
    if (parts.size() != buckets)
        return LedgerError::invalidArgument(QStringLiteral("breakage"),
                                            QStringLiteral("gives %1 rates for %2 buckets; give one per bucket (a rate or auto), "
                                                           "or auto, or default")
                                                .arg(parts.size())
                                                .arg(buckets));
    BreakageSpec spec;
    spec.programmeDefault = false;
    for (const QString &part : parts) {
        if (part.trimmed() == QLatin1String("auto")) {
            spec.rates.append(std::nullopt);
            continue;
        }
        const Result<Rate> rate = Rate::parse(QStringLiteral("breakage"), part);
        if (!rate)
            return rate.error();
        spec.rates.append(rate.value());
    }
    return spec;
}

BreakageSpec BreakageSpec::estimatedEverywhere()
{
    BreakageSpec spec;
    spec.programmeDefault = false;
    return spec;
}

std::optional<Rate> BreakageSpec::manualFor(int bucket) const
{
    return bucket < rates.size() ? rates.at(bucket) : std::nullopt;
}

QString BreakageSpec::toString() const
{
    if (programmeDefault)
        return QStringLiteral("default");
    if (rates.isEmpty())
        return QStringLiteral("auto");
    QStringList parts;
    for (const auto &rate : rates)
        parts << (rate ? rate->decimal(6) : QStringLiteral("auto"));
    return parts.join(QLatin1Char(','));
}

}  // namespace orchard
