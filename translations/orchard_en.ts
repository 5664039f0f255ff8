<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="24"/>
        <source>Orchard&apos;s admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="27"/>
        <source>Ledger: an SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="29"/>
        <source>admin, finance or hr (default admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="31"/>
        <source>Language, e.g. en or hi (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="54"/>
        <source>--role must be admin, finance or hr, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="55"/>
        <location filename="../app/console/main.cpp" line="60"/>
        <source>Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="61"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="26"/>
        <source>Action starts with… (e.g. reservation., rules., wallet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="27"/>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="28"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="29"/>
        <source>&amp;Verify ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="69"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="87"/>
        <source>Verifying the whole ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="88"/>
        <source>Verifying the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="96"/>
        <source>Verification could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="102"/>
        <source>✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="112"/>
        <source>✘ %1 violations:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::HoldsPage</name>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="57"/>
        <location filename="../ui/holdspage.cpp" line="71"/>
        <source>Live holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="58"/>
        <source>Released and timed-out holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="61"/>
        <source>&amp;Release hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="64"/>
        <location filename="../ui/holdspage.cpp" line="163"/>
        <source>Only the admin role may release a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="76"/>
        <source>Released and timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="99"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="110"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="129"/>
        <source>%1 live holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="138"/>
        <source>Select a live hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="144"/>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="145"/>
        <source>Why is %1 (%2 points) being released? The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="151"/>
        <source>A reason is required; nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release %1 and return its points to the member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="168"/>
        <source>%1 released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>Orchard — %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="31"/>
        <source>, local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="33"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;A points ledger and admin console for employee-rewards and bank loyalty programmes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL (PostgreSQL licence) through Qt SQL.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MembersPage</name>
    <message>
        <location filename="../ui/memberspage.cpp" line="44"/>
        <source>Member id or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="45"/>
        <source>Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="46"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Remaining (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="56"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="61"/>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="62"/>
        <source>Select a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="63"/>
        <source>&amp;Issue points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="66"/>
        <source>Only the admin role may issue points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="106"/>
        <location filename="../ui/memberspage.cpp" line="137"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points available, %3 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="149"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="150"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <location filename="../ui/memberspage.cpp" line="170"/>
        <location filename="../ui/memberspage.cpp" line="183"/>
        <source>Issue points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <source>Points to issue to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <source>Reason (kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="171"/>
        <source>Issue %1 points to %2 (%3)? The member&apos;s balance goes up by exactly that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="36"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="37"/>
        <source>%1 points (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="58"/>
        <source>Programme at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="60"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="61"/>
        <source>Redeemed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="62"/>
        <source>Redeemed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="63"/>
        <source>Funding wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="94"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>%1 available · %2 held · %3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="110"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="113"/>
        <source>not funded yet (%1 programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="115"/>
        <source>%1 available, %2 held%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="117"/>
        <source> — below the low-balance threshold of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="83"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="85"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="87"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="89"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="91"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="93"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="95"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="97"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/transactionspage.cpp" line="38"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="63"/>
        <location filename="../ui/transactionspage.cpp" line="103"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="64"/>
        <location filename="../ui/transactionspage.cpp" line="103"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="68"/>
        <location filename="../ui/transactionspage.cpp" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="72"/>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="73"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="74"/>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="82"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="83"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="88"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="91"/>
        <source>Minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="92"/>
        <source>Maximum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="94"/>
        <source>Reference contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="95"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="96"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="98"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="108"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="121"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="126"/>
        <source>Entry detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="143"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="146"/>
        <source>Export transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="146"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="154"/>
        <location filename="../ui/transactionspage.cpp" line="201"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="208"/>
        <source>%1 entries · %2 points · %3 in money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="232"/>
        <source>&lt;h3&gt;Entry %1 (%2)&lt;/h3&gt;&lt;p&gt;%3 by %4 — %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="233"/>
        <source>&lt;h4&gt;Postings&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="241"/>
        <source>&lt;h4&gt;Lots consumed&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="243"/>
        <source>&lt;tr&gt;&lt;td&gt;lot %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="249"/>
        <source>&lt;h4&gt;Audit record&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="259"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="265"/>
        <source>Exporting transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="265"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="295"/>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
