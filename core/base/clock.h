#pragma once

#include <QtGlobal>

#include <atomic>

namespace orchard {

// The ledger's only source of time: milliseconds since the Unix epoch, UTC. Tests and
// `orchardctl --now` inject a fixed clock so timeouts and expiry are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 nowMs) : m_nowMs(nowMs) {}
    qint64 nowMs() const override { return m_nowMs.load(); }
    void setNowMs(qint64 nowMs) { m_nowMs.store(nowMs); }
    void advanceMs(qint64 deltaMs) { m_nowMs.fetch_add(deltaMs); }

private:
    std::atomic<qint64> m_nowMs;
};

}  // namespace orchard
