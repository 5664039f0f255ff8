#include "demo/demogenerator.h"

#include "base/clock.h"
#include "store/database.h"
#include "ledger/ledger.h"

#include <QRandomGenerator>

namespace orchard {

QJsonObject DemoGenerator::Outcome::toJson() const
{
    return {{QStringLiteral("members"), membersAdded}, {QStringLiteral("issues"), issues},
            {QStringLiteral("fundings"), fundings}, {QStringLiteral("wallet_credits"), walletCredits},
            {QStringLiteral("checkouts"), checkouts},
            {QStringLiteral("redemptions"), redemptions}, {QStringLiteral("releases"), releases},
            {QStringLiteral("timeouts"), timeouts}, {QStringLiteral("refusals"), refusals}};
}

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

const QStringList departments{QStringLiteral("Engineering"), QStringLiteral("Sales"), QStringLiteral("Operations"),
                              QStringLiteral("Finance"), QStringLiteral("Human Resources"), QStringLiteral("Support")};
const QStringList givenNames{QStringLiteral("Aarav"), QStringLiteral("Diya"), QStringLiteral("Ishaan"),
                             QStringLiteral("Meera"), QStringLiteral("Kabir"), QStringLiteral("Anaya"),
                             QStringLiteral("Rohan"), QStringLiteral("Saanvi"), QStringLiteral("Vikram"),
                             QStringLiteral("Priya"), QStringLiteral("Arjun"), QStringLiteral("Nisha")};
const QStringList familyNames{QStringLiteral("Sharma"), QStringLiteral("Iyer"), QStringLiteral("Patel"),
                              QStringLiteral("Reddy"), QStringLiteral("Nair"), QStringLiteral("Gupta"),
                              QStringLiteral("Menon"), QStringLiteral("Das")};
const QList<qint64> milestonePoints{250, 500, 500, 1000, 1500, 2500};
const QList<qint64> rewardPrices{100, 150, 200, 250, 400, 500, 750, 1000};

class Run
{
public:
    Run(Database &database, const DemoGenerator::Options &options)
        : m_options(options), m_clock(options.endMs - qint64(options.days) * dayMs),
          m_ledger(database, m_clock, Actor{QStringLiteral("demo"), sourceAdmin}), m_random(options.seed)
    {
    }

    Result<DemoGenerator::Outcome> execute()
    {
        const Result<bool> begun = m_ledger.beginBatch();
        if (!begun)
            return begun.error();
        if (const std::optional<LedgerError> failed = populate()) {
            m_ledger.abandonBatch();
            return *failed;
        }
        const Result<bool> committed = m_ledger.commitBatch();
        if (!committed)
            return committed.error();
        return m_outcome;
    }

private:
    QString key(const char *what)
    {
        return QStringLiteral("demo-%1-%2-%3").arg(m_options.seed).arg(QLatin1String(what)).arg(++m_keys);
    }

    template<typename T>
    const T *accept(const Result<T> &result, std::optional<LedgerError> &fatal)
    {
        if (result)
            return &result.value();
        if (result.error().kind() == ErrorKind::Refused)
            ++m_outcome.refusals;
        else
            fatal = result.error();
        return nullptr;
    }

    std::optional<LedgerError> populate()
    {
        std::optional<LedgerError> fatal;
        QStringList members;
        for (int i = 1; i <= m_options.members && !fatal; ++i) {
            AddMemberRequest request;
            request.memberId = QStringLiteral("EMP%1").arg(i, 5, 10, QLatin1Char('0'));
            request.name = givenNames.at(m_random.bounded(int(givenNames.size()))) + QLatin1Char(' ')
                           + familyNames.at(m_random.bounded(int(familyNames.size())));
            request.hris = i % 3 == 0 ? QStringLiteral("successfactors") : QStringLiteral("darwinbox");
            request.department = departments.at(m_random.bounded(int(departments.size())));
            if (accept(m_ledger.addMember(request), fatal)) {
                ++m_outcome.membersAdded;
                members.append(request.memberId);
                issue(request.memberId, 1000, fatal, 90);  // a joining bonus, valid for 90 days
                if (m_random.bounded(100) < 30)
                    creditWallet(request.memberId, 50000, fatal);  // ₹500 cashback in the member's wallet
            }
        }
        // The sponsor pre-funds ₹1,500 a member and tops up monthly.
        fund(qint64(members.size()) * 150000, fatal);
        for (int day = 0; day < m_options.days && !fatal; ++day) {
            m_clock.setNowMs(m_options.endMs - qint64(m_options.days - day) * dayMs + 9 * 60 * 60 * 1000);
            if (day > 0 && day % 30 == 0)
                fund(qint64(members.size()) * 60000, fatal);
            for (const QString &member : std::as_const(members)) {
                if (fatal)
                    break;
                m_clock.advanceMs(m_random.bounded(60 * 1000));
                const int roll = m_random.bounded(100);
                if (roll < 4)
                    issue(member, milestonePoints.at(m_random.bounded(int(milestonePoints.size()))), fatal, 365);
                else if (roll < 7)
                    marketplaceCheckout(member, fatal);
                else if (roll < 8)
                    splitCheckout(member, fatal);
                else if (roll < 11)
                    loyalifeConversion(member, fatal);
            }
        }
        m_clock.setNowMs(m_options.endMs);
        if (!fatal) {
            const Result<Ledger::SweepCounts> swept = m_ledger.sweep();
            if (!swept)
                return swept.error();
        }
        return fatal;
    }

    void issue(const QString &member, qint64 points, std::optional<LedgerError> &fatal, int validDays)
    {
        IssueRequest request;
        request.memberId = member;
        request.points = points;
        request.reason = QStringLiteral("milestone");
        request.expiresAtMs = m_clock.nowMs() + validDays * dayMs;
        request.idempotencyKey = key("issue");
        if (accept(m_ledger.issue(request), fatal))
            ++m_outcome.issues;
    }

    void fund(qint64 amountMinor, std::optional<LedgerError> &fatal)
    {
        const QString bankReference = QStringLiteral("NEFT-%1").arg(m_keys + 1);
        if (accept(m_ledger.fund({amountMinor, bankReference, key("fund")}), fatal))
            ++m_outcome.fundings;
    }

    void creditWallet(const QString &member, qint64 amountMinor, std::optional<LedgerError> &fatal)
    {
        if (accept(m_ledger.creditWallet({member, amountMinor, QStringLiteral("cashback"), key("wallet")}), fatal))
            ++m_outcome.walletCredits;
    }

    // An order on the marketplace paid with points and, for the rest, wallet money.
    void splitCheckout(const QString &member, std::optional<LedgerError> &fatal)
    {
        CheckoutRequest order;
        order.memberId = member;
        order.orderMinor = rewardPrices.at(m_random.bounded(int(rewardPrices.size()))) * 100 + 4900;
        order.source = sourceMarketplace;
        order.reference = QStringLiteral("MP-%1").arg(m_keys + 1);
        order.idempotencyKey = key("mp-checkout");
        if (accept(m_ledger.checkout(order), fatal))
            ++m_outcome.checkouts;
    }

    void marketplaceCheckout(const QString &member, std::optional<LedgerError> &fatal)
    {
        ReserveRequest reserve;
        reserve.memberId = member;
        reserve.points = rewardPrices.at(m_random.bounded(int(rewardPrices.size())));
        reserve.source = sourceMarketplace;
        reserve.reference = QStringLiteral("MP-%1").arg(m_keys + 1);
        reserve.idempotencyKey = key("mp-reserve");
        const ReservationView *held = accept(m_ledger.reserve(reserve), fatal);
        if (!held)
            return;
        m_clock.advanceMs(1500);
        if (m_random.bounded(100) < 8) {  // out of stock
            ReleaseRequest release{held->reservationId, QStringLiteral("failure: out of stock"), key("mp-release"), sourceMarketplace};
            if (accept(m_ledger.release(release), fatal))
                ++m_outcome.releases;
            return;
        }
        ConfirmRequest confirm{held->reservationId, {}, key("mp-confirm"), {}};
        if (accept(m_ledger.confirm(confirm), fatal))
            ++m_outcome.redemptions;
    }

    void loyalifeConversion(const QString &member, std::optional<LedgerError> &fatal)
    {
        ReserveRequest reserve;
        reserve.memberId = member;
        reserve.points = rewardPrices.at(m_random.bounded(int(rewardPrices.size())));
        reserve.source = sourceLoyalife;
        reserve.reference = QStringLiteral("LL-%1").arg(m_keys + 1);
        reserve.idempotencyKey = key("ll-reserve");
        reserve.timeoutSeconds = 600;
        const ReservationView *held = accept(m_ledger.reserve(reserve), fatal);
        if (!held)
            return;
        if (m_random.bounded(100) < 6) {  // the client vanished: the hold times out by itself
            ++m_outcome.timeouts;
            return;
        }
        m_clock.advanceMs(800);
        ConfirmRequest confirm{held->reservationId, {}, key("ll-confirm"), {}};
        if (accept(m_ledger.confirm(confirm), fatal))
            ++m_outcome.redemptions;
    }

    DemoGenerator::Options m_options;
    FixedClock m_clock;
    Ledger m_ledger;
    QRandomGenerator m_random;
    DemoGenerator::Outcome m_outcome;
    int m_keys = 0;
};

}  // namespace

Result<DemoGenerator::Outcome> DemoGenerator::run(Database &database, const Options &options)
{
    if (options.members < 1 || options.members > 1'000'000)
        return LedgerError::invalidArgument(QStringLiteral("members"), QStringLiteral("must be between 1 and 1000000"));
    if (options.days < 1 || options.days > 3650)
        return LedgerError::invalidArgument(QStringLiteral("days"), QStringLiteral("must be between 1 and 3650"));
    return Run(database, options).execute();
}

}  // namespace orchard
