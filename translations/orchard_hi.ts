<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>अवलोकन</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;बंद करें</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;ताज़ा करें</translation>
    </message>
    <message>
        <source>&amp;About Orchard</source>
        <translation>Orchard के &amp;बारे में</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>स्क्रीन</translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <source>Programme at a glance</source>
        <translation>कार्यक्रम एक नज़र में</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Redeemed today</source>
        <translation>आज भुनाए गए</translation>
    </message>
    <message>
        <source>Redeemed this month</source>
        <translation>इस महीने भुनाए गए</translation>
    </message>
    <message>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;ताज़ा करें</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;लागू करें</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV &amp;निर्यात…</translation>
    </message>
</context>
</TS>
