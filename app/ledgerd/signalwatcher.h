#pragma once

#include <QObject>

class QSocketNotifier;

namespace orchard::api {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (self-pipe), so the service can
// stop accepting, finish what is in flight and exit cleanly.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    static void handle(int signalNumber);
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

}  // namespace orchard::api
