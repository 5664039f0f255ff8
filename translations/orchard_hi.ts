<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="24"/>
        <source>Orchard&apos;s admin console.</source>
        <translation>Orchard का एडमिन कंसोल।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="27"/>
        <source>Ledger: an SQLite file or a postgresql:// URL.</source>
        <translation>लेजर: एक SQLite फ़ाइल या postgresql:// URL।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="29"/>
        <source>admin, finance or hr (default admin).</source>
        <translation>admin, finance या hr (डिफ़ॉल्ट admin)।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="31"/>
        <source>Language, e.g. en or hi (default: the system&apos;s).</source>
        <translation>भाषा, जैसे en या hi (डिफ़ॉल्ट: सिस्टम की भाषा)।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="54"/>
        <source>--role must be admin, finance or hr, not &apos;%1&apos;</source>
        <translation>--role का मान admin, finance या hr होना चाहिए, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="55"/>
        <location filename="../app/console/main.cpp" line="60"/>
        <source>Orchard</source>
        <translation>Orchard</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="61"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>लेजर %1 नहीं खोला जा सका: %2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="26"/>
        <source>Action starts with… (e.g. reservation., rules., wallet.)</source>
        <translation>कार्रवाई का आरंभ… (जैसे reservation., rules., wallet.)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="27"/>
        <source>Action filter</source>
        <translation>कार्रवाई फ़िल्टर</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="28"/>
        <source>&amp;Apply</source>
        <translation>&amp;लागू करें</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="29"/>
        <source>&amp;Verify ledger</source>
        <translation>लेजर &amp;सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="31"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="69"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="87"/>
        <source>Verifying the whole ledger…</source>
        <translation>पूरे लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="88"/>
        <source>Verifying the ledger…</source>
        <translation>लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="96"/>
        <source>Verification could not run: %1</source>
        <translation>सत्यापन नहीं चल सका: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="102"/>
        <source>✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.</source>
        <translation>✔ सभी जाँचें सफल: %1 प्रविष्टियाँ, %2 खाते, %3 लॉट, %4 आरक्षण, %5 ऑडिट रिकॉर्ड।</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="112"/>
        <source>✘ %1 violations:
%2</source>
        <translation>✘ %1 उल्लंघन:
%2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::HoldsPage</name>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reservation</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <source>Time left</source>
        <translation>शेष समय</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Closed</source>
        <translation>बंद हुआ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="56"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="57"/>
        <location filename="../ui/holdspage.cpp" line="71"/>
        <source>Live holds</source>
        <translation>सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="58"/>
        <source>Released and timed-out holds</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="61"/>
        <source>&amp;Release hold…</source>
        <translation>होल्ड &amp;रिलीज़ करें…</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="64"/>
        <location filename="../ui/holdspage.cpp" line="163"/>
        <source>Only the admin role may release a hold.</source>
        <translation>केवल admin भूमिका ही होल्ड रिलीज़ कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="76"/>
        <source>Released and timed out</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="99"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="110"/>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="129"/>
        <source>%1 live holds</source>
        <translation>%1 सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="138"/>
        <source>Select a live hold first.</source>
        <translation>पहले कोई सक्रिय होल्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="144"/>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release hold</source>
        <translation>होल्ड रिलीज़ करें</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="145"/>
        <source>Why is %1 (%2 points) being released? The reason is kept in the audit trail.</source>
        <translation>%1 (%2 पॉइंट) को क्यों रिलीज़ किया जा रहा है? कारण ऑडिट ट्रेल में दर्ज रहता है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="151"/>
        <source>A reason is required; nothing was released.</source>
        <translation>कारण देना आवश्यक है; कुछ भी रिलीज़ नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Release %1 and return its points to the member?</source>
        <translation>%1 को रिलीज़ करके इसके पॉइंट सदस्य को लौटाएँ?</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="168"/>
        <source>%1 released.</source>
        <translation>%1 रिलीज़ किया गया।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Connected to %1 as %2</source>
        <translation>%1 से %2 के रूप में जुड़े हैं</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Last refresh %1</source>
        <translation>पिछली बार ताज़ा किया गया: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;View</source>
        <translation>&amp;दृश्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;सहायता</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt के बारे में</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>About Orchard</source>
        <translation>Orchard के बारे में</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;A points ledger and admin console for employee-rewards and bank loyalty programmes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL (PostgreSQL licence) through Qt SQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;कर्मचारी-पुरस्कार और बैंक लॉयल्टी कार्यक्रमों के लिए एक पॉइंट लेजर और एडमिन कंसोल।&lt;/p&gt;&lt;p&gt;Qt %2 (LGPL v3) और QCoro (MIT) से निर्मित; Qt SQL के माध्यम से SQLite (पब्लिक डोमेन) और PostgreSQL (PostgreSQL लाइसेंस)।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;Quit</source>
        <translation>&amp;बाहर निकलें</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>Orchard — %1 (%2%3)</source>
        <translation>Orchard — %1 (%2%3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="31"/>
        <source>, local</source>
        <translation>, स्थानीय</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;Refresh</source>
        <translation>&amp;ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;About Orchard</source>
        <translation>Orchard के &amp;बारे में</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="33"/>
        <source>Screens</source>
        <translation>स्क्रीन</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MembersPage</name>
    <message>
        <location filename="../ui/memberspage.cpp" line="44"/>
        <source>Member id or name…</source>
        <translation>सदस्य आईडी या नाम…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="45"/>
        <source>Find member</source>
        <translation>सदस्य खोजें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="46"/>
        <source>&amp;Find</source>
        <translation>&amp;खोजें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>HRIS</source>
        <translation>HRIS</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Lot</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Issued</source>
        <translation>जारी किया गया</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Age (days)</source>
        <translation>आयु (दिन)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>Remaining (held)</source>
        <translation>शेष (होल्ड में)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="56"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="61"/>
        <source>Lots</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="62"/>
        <source>Select a member.</source>
        <translation>कोई सदस्य चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="63"/>
        <source>&amp;Issue points…</source>
        <translation>पॉइंट &amp;जारी करें…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="66"/>
        <source>Only the admin role may issue points.</source>
        <translation>केवल admin भूमिका ही पॉइंट जारी कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="106"/>
        <location filename="../ui/memberspage.cpp" line="137"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points available, %3 held</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 पॉइंट उपलब्ध, %3 होल्ड में</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="149"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="150"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <location filename="../ui/memberspage.cpp" line="170"/>
        <location filename="../ui/memberspage.cpp" line="183"/>
        <source>Issue points</source>
        <translation>पॉइंट जारी करें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="164"/>
        <source>Points to issue to %1:</source>
        <translation>%1 को जारी किए जाने वाले पॉइंट:</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="167"/>
        <source>Reason (kept in the audit trail):</source>
        <translation>कारण (ऑडिट ट्रेल में दर्ज रहता है):</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="171"/>
        <source>Issue %1 points to %2 (%3)? The member&apos;s balance goes up by exactly that.</source>
        <translation>%2 को %1 पॉइंट जारी करें (%3)? सदस्य का बैलेंस ठीक इतना ही बढ़ेगा।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="36"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="37"/>
        <source>%1 points (%2)</source>
        <translation>%1 पॉइंट (%2)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="58"/>
        <source>Programme at a glance</source>
        <translation>कार्यक्रम एक नज़र में</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="60"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="61"/>
        <source>Redeemed today</source>
        <translation>आज के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="62"/>
        <source>Redeemed this month</source>
        <translation>इस महीने के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="63"/>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="64"/>
        <source>&amp;Refresh</source>
        <translation>&amp;ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="94"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="99"/>
        <source>%1 available · %2 held · %3 members</source>
        <translation>%1 उपलब्ध · %2 होल्ड में · %3 सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="110"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="113"/>
        <source>not funded yet (%1 programme)</source>
        <translation>अभी फ़ंडिंग नहीं हुई (%1 कार्यक्रम)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="115"/>
        <source>%1 available, %2 held%3</source>
        <translation>%1 उपलब्ध, %2 होल्ड में%3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="117"/>
        <source> — below the low-balance threshold of %1</source>
        <translation> — न्यूनतम-बैलेंस सीमा %1 से नीचे</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="83"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="85"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="87"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="89"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="91"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="93"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="95"/>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="97"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/transactionspage.cpp" line="63"/>
        <location filename="../ui/transactionspage.cpp" line="103"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="64"/>
        <location filename="../ui/transactionspage.cpp" line="103"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="68"/>
        <location filename="../ui/transactionspage.cpp" line="104"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="72"/>
        <source>Member id</source>
        <translation>सदस्य आईडी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="73"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="74"/>
        <source>Between</source>
        <translation>इनके बीच</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="82"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="83"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="88"/>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="91"/>
        <source>Minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="92"/>
        <source>Maximum points</source>
        <translation>अधिकतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="94"/>
        <source>Reference contains…</source>
        <translation>संदर्भ में शामिल…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="95"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="108"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="121"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="126"/>
        <source>Entry detail</source>
        <translation>प्रविष्टि विवरण</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="143"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="146"/>
        <source>Export transactions</source>
        <translation>लेन-देन निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="146"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="154"/>
        <location filename="../ui/transactionspage.cpp" line="201"/>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="208"/>
        <source>%1 entries · %2 points · %3 in money</source>
        <translation>%1 प्रविष्टियाँ · %2 पॉइंट · राशि %3</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="232"/>
        <source>&lt;h3&gt;Entry %1 (%2)&lt;/h3&gt;&lt;p&gt;%3 by %4 — %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;प्रविष्टि %1 (%2)&lt;/h3&gt;&lt;p&gt;%3, %4 द्वारा — %5&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="233"/>
        <source>&lt;h4&gt;Postings&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;पोस्टिंग&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="241"/>
        <source>&lt;h4&gt;Lots consumed&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;उपयोग किए गए लॉट&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="243"/>
        <source>&lt;tr&gt;&lt;td&gt;lot %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;लॉट %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="249"/>
        <source>&lt;h4&gt;Audit record&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;ऑडिट रिकॉर्ड&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="259"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 में नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="265"/>
        <source>Exporting transactions…</source>
        <translation>लेन-देन निर्यात किए जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="265"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="295"/>
        <source>Exported %1 entries to %2</source>
        <translation>%1 प्रविष्टियाँ %2 में निर्यात की गईं</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="38"/>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="96"/>
        <source>&amp;Apply</source>
        <translation>&amp;लागू करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="98"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV &amp;निर्यात करें…</translation>
    </message>
</context>
</TS>
