#include "ledgerwatch.h"

#include "consolesession.h"

#include <QTimer>

namespace orchard::ui {

LedgerWatch::LedgerWatch(ConsoleSession &session, int intervalMs, QObject *parent) : QObject(parent), m_session(session)
{
    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, &LedgerWatch::poll);
    m_timer->start(intervalMs);
    poll();
}

void LedgerWatch::poll()
{
    if (m_polling)
        return;
    m_polling = true;
    m_session.service().changeMark().then(this, [this](const Result<QString> &mark) {
        m_polling = false;
        if (!mark)
            return;
        const bool first = m_lastMark.isNull();
        if (mark.value() == m_lastMark)
            return;
        m_lastMark = mark.value();
        if (!first)
            Q_EMIT changed();
    });
}

}  // namespace orchard::ui
