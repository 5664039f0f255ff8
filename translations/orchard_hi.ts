<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>LedgerWords</name>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="22"/>
        <source>issue</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="23"/>
        <source>hold</source>
        <translation>रोक</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="24"/>
        <source>redemption</source>
        <translation>रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="25"/>
        <source>release</source>
        <translation>रोक हटाई</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="26"/>
        <source>hold timed out</source>
        <translation>रोक की समय-सीमा बीती</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="27"/>
        <source>expiry</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="28"/>
        <location filename="../ui/ledgerwords.cpp" line="86"/>
        <source>refund</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="29"/>
        <location filename="../ui/ledgerwords.cpp" line="85"/>
        <source>wallet funding</source>
        <translation>वॉलेट में राशि</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="30"/>
        <source>member wallet credit</source>
        <translation>सदस्य वॉलेट में जमा</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="31"/>
        <source>checkout</source>
        <translation>चेकआउट</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="32"/>
        <source>correction</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="40"/>
        <source>held</source>
        <translation>रोके गए</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="41"/>
        <source>confirmed</source>
        <translation>पुष्ट</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="42"/>
        <source>released</source>
        <translation>मुक्त</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="43"/>
        <source>timed out</source>
        <translation>समय-सीमा बीती</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="44"/>
        <source>posted</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="52"/>
        <source>entered for this report</source>
        <translation>इस रिपोर्ट के लिए दी गई</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="53"/>
        <source>the policy&apos;s rate</source>
        <translation>नीति की दर</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="54"/>
        <source>estimated from history</source>
        <translation>इतिहास से अनुमानित</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="55"/>
        <source>no history yet: none assumed</source>
        <translation>अभी इतिहास नहीं: कोई नहीं मानी गई</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="63"/>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="64"/>
        <source>delivered</source>
        <translation>पहुँचा</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="65"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="73"/>
        <source>redeemed</source>
        <translation>रिडीम किए गए</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="74"/>
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="75"/>
        <source>refunded</source>
        <translation>लौटाए गए</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="83"/>
        <source>points issue</source>
        <translation>अंक जारी करना</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="84"/>
        <source>points correction</source>
        <translation>अंकों में सुधार</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="87"/>
        <source>split-payment rules</source>
        <translation>विभाजित भुगतान के नियम</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="88"/>
        <source>expiry policy</source>
        <translation>समाप्ति नीति</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="89"/>
        <source>programme settings</source>
        <translation>कार्यक्रम सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="90"/>
        <source>source permissions</source>
        <translation>स्रोत की अनुमतियाँ</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="91"/>
        <source>earning rule</source>
        <translation>अर्जन नियम</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="92"/>
        <source>approval thresholds</source>
        <translation>स्वीकृति सीमाएँ</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="100"/>
        <source>point state</source>
        <translation>अंकों की स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="101"/>
        <source>ageing</source>
        <translation>आयु</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="102"/>
        <source>liability</source>
        <translation>देयता</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="103"/>
        <source>roll-forward</source>
        <translation>रोल-फ़ॉरवर्ड</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="104"/>
        <source>reconciliation</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="105"/>
        <source>cohorts</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="106"/>
        <source>expiring points</source>
        <translation>समाप्त होने वाले अंक</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="107"/>
        <source>every lot, with its state</source>
        <translation>हर लॉट, उसकी स्थिति के साथ</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="115"/>
        <source>day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="116"/>
        <source>week</source>
        <translation>सप्ताह</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="117"/>
        <source>month</source>
        <translation>महीना</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="118"/>
        <source>quarter</source>
        <translation>तिमाही</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="131"/>
        <source>A value is not acceptable</source>
        <translation>एक मान स्वीकार्य नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="132"/>
        <source>There is no such member</source>
        <translation>ऐसा कोई सदस्य नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="133"/>
        <source>There is no such hold</source>
        <translation>ऐसी कोई रोक नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="134"/>
        <source>There is no such source</source>
        <translation>ऐसा कोई स्रोत नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="135"/>
        <source>That member already exists</source>
        <translation>यह सदस्य पहले से मौजूद है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="136"/>
        <source>Not enough points or money</source>
        <translation>पर्याप्त अंक या राशि नहीं</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="137"/>
        <source>The hold is already confirmed</source>
        <translation>रोक पहले ही पुष्ट हो चुकी है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="138"/>
        <source>The hold is already released</source>
        <translation>रोक पहले ही हटाई जा चुकी है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="139"/>
        <source>The hold has timed out</source>
        <translation>रोक की समय-सीमा बीत चुकी है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="140"/>
        <source>That reference was already used for a different request</source>
        <translation>यह संदर्भ किसी दूसरे अनुरोध के लिए पहले ही उपयोग हो चुका है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="141"/>
        <source>Not allowed for this role</source>
        <translation>इस भूमिका के लिए अनुमति नहीं</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="142"/>
        <source>A balance would pass the ledger&apos;s limit</source>
        <translation>एक शेष लेजर की सीमा से आगे चला जाता</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="143"/>
        <source>That file is not an Orchard ledger</source>
        <translation>यह फ़ाइल Orchard लेजर नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="144"/>
        <source>The ledger is newer than this console</source>
        <translation>लेजर इस कंसोल से नया है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="145"/>
        <source>The ledger is open read-only</source>
        <translation>लेजर केवल पढ़ने के लिए खुला है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="146"/>
        <source>The ledger cannot be reached; try again</source>
        <translation>लेजर तक पहुँचा नहीं जा सका; फिर कोशिश करें</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="147"/>
        <source>Orchard hit an internal error</source>
        <translation>Orchard में आंतरिक त्रुटि हुई</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="148"/>
        <source>Permission denied</source>
        <translation>अनुमति नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="149"/>
        <source>There is no such webhook</source>
        <translation>ऐसा कोई वेबहुक नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="150"/>
        <source>That webhook already exists</source>
        <translation>यह वेबहुक पहले से मौजूद है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="151"/>
        <source>There is no such lot</source>
        <translation>ऐसा कोई लॉट नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="152"/>
        <source>The lot has points on hold</source>
        <translation>लॉट के कुछ अंक रोके गए हैं</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="153"/>
        <source>The lot has nothing left or has lapsed</source>
        <translation>लॉट में कुछ नहीं बचा या वह व्यपगत हो गया</translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="161"/>
        <source>%1. %2</source>
        <translation>%1। %2</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/filedialogs.cpp" line="28"/>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="29"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="29"/>
        <source>%1 file</source>
        <translation>%1 फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="74"/>
        <source>%1 is a ledger file (or one of SQLite&apos;s files beside a ledger). Nothing was written; choose another name.</source>
        <translation>%1 एक लेजर फ़ाइल है (या लेजर के पास की SQLite फ़ाइलों में से एक)। कुछ नहीं लिखा गया; कोई दूसरा नाम चुनें।</translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="107"/>
        <source>Age (days)</source>
        <translation>आयु (दिन)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="108"/>
        <source>Outstanding points</source>
        <translation>बकाया अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="109"/>
        <source>Value</source>
        <translation>मूल्य</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="110"/>
        <source>Breakage rate</source>
        <translation>ब्रेकेज दर</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="111"/>
        <source>Rate basis</source>
        <translation>दर का आधार</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="112"/>
        <source>History outstanding (D)</source>
        <translation>इतिहास में बकाया (D)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="113"/>
        <source>History expired (X)</source>
        <translation>इतिहास में समाप्त (X)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="114"/>
        <source>Expected breakage</source>
        <translation>अपेक्षित ब्रेकेज</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="115"/>
        <source>Net liability</source>
        <translation>शुद्ध देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="116"/>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="117"/>
        <source>Figure</source>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="118"/>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="119"/>
        <source>Proposed</source>
        <translation>प्रस्तावित</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="120"/>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="121"/>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="122"/>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="123"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="124"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="125"/>
        <source>Reservations</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="126"/>
        <source>Reserved points</source>
        <translation>रोके गए अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="127"/>
        <source>Confirmations</source>
        <translation>पुष्टियाँ</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="128"/>
        <source>Confirmed points</source>
        <translation>पुष्ट अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="129"/>
        <source>Confirmed value</source>
        <translation>पुष्ट मूल्य</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="130"/>
        <source>Released: failure</source>
        <translation>मुक्त: विफलता</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="131"/>
        <source>Released: timeout</source>
        <translation>मुक्त: समय-सीमा</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="132"/>
        <source>Released: admin</source>
        <translation>मुक्त: व्यवस्थापक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="133"/>
        <source>Released points</source>
        <translation>मुक्त अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="134"/>
        <source>Net points</source>
        <translation>शुद्ध अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="135"/>
        <source>Wallet paid</source>
        <translation>वॉलेट से भुगतान</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="136"/>
        <source>Funding drawn</source>
        <translation>फ़ंडिंग से निकाला</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="137"/>
        <source>Refunds</source>
        <translation>वापसियाँ</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="138"/>
        <source>Refunded points</source>
        <translation>लौटाए गए अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="139"/>
        <source>Adjustments</source>
        <translation>समायोजन</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="140"/>
        <source>Adjusted in (points)</source>
        <translation>समायोजन से जोड़े (अंक)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="141"/>
        <source>Adjusted out (points)</source>
        <translation>समायोजन से घटाए (अंक)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="142"/>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="143"/>
        <source>Cohort</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="144"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="145"/>
        <source>Points issued</source>
        <translation>जारी अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="146"/>
        <source>Points redeemed</source>
        <translation>रिडीम किए गए अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="147"/>
        <source>Redemption rate</source>
        <translation>रिडेम्पशन दर</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="148"/>
        <source>Points per member</source>
        <translation>प्रति सदस्य अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="149"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="150"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="151"/>
        <source>Points expiring</source>
        <translation>समाप्त होने वाले अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="152"/>
        <source>First expiry</source>
        <translation>पहली समाप्ति</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="153"/>
        <source>Points in grace</source>
        <translation>छूट अवधि में अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="154"/>
        <source>Redeemable until</source>
        <translation>तब तक रिडीम योग्य</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="155"/>
        <source>Posted at</source>
        <translation>दर्ज होने का समय</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="156"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="157"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="158"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="159"/>
        <source>Balance (points)</source>
        <translation>शेष (अंक)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="95"/>
        <source>Breakage: the programme&apos;s expected rates (expiry policy version %1).</source>
        <translation>ब्रेकेज: कार्यक्रम की अपेक्षित दरें (समाप्ति नीति संस्करण %1)।</translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="97"/>
        <source>Breakage: estimated from history (no expected rates are set in the expiry policy).</source>
        <translation>ब्रेकेज: इतिहास से अनुमानित (समाप्ति नीति में अपेक्षित दरें तय नहीं हैं)।</translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="99"/>
        <source>Breakage: estimated from history (auto).</source>
        <translation>ब्रेकेज: इतिहास से अनुमानित (auto)।</translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="100"/>
        <source>Breakage: the rates given (%1).</source>
        <translation>ब्रेकेज: दी गई दरें (%1)।</translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="102"/>
        <source>Not applied: %1.</source>
        <translation>लागू नहीं: %1।</translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="104"/>
        <source>No history yet for %1: no breakage assumed there, the whole value is liability. Finance&apos;s expected rates can be set in the expiry policy (orchardctl policy set --breakage), or given for this report.</source>
        <translation>%1 के लिए अभी इतिहास नहीं है: वहाँ कोई ब्रेकेज नहीं माना गया, पूरा मूल्य देयता है। वित्त की अपेक्षित दरें समाप्ति नीति में तय की जा सकती हैं (orchardctl policy set --breakage), या इस रिपोर्ट के लिए दी जा सकती हैं।</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="156"/>
        <source>Point state</source>
        <translation>अंकों की स्थिति</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="179"/>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>issued</source>
        <translation>जारी</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="180"/>
        <location filename="../core/reports/reports.cpp" line="189"/>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>redeemed</source>
        <translation>रिडीम किए गए</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="182"/>
        <source>  redeemed on </source>
        <translation>  रिडीम किए गए: </translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="183"/>
        <source>adjusted in</source>
        <translation>समायोजन से जोड़े</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="184"/>
        <source>adjusted out</source>
        <translation>समायोजन से घटाए</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="185"/>
        <location filename="../core/reports/reports.cpp" line="189"/>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="186"/>
        <location filename="../core/reports/reports.cpp" line="189"/>
        <location filename="../core/reports/reports.cpp" line="223"/>
        <source>outstanding</source>
        <translation>बकाया</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="287"/>
        <source>What if the expiry policy were %1, grace %2 days</source>
        <translation>यदि समाप्ति नीति %1 होती, छूट %2 दिन</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="316"/>
        <source>outstanding points</source>
        <translation>बकाया पॉइंट</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="317"/>
        <location filename="../core/reports/reports.cpp" line="187"/>
        <source>  of which held</source>
        <translation>  जिनमें से रोके गए</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="318"/>
        <source>expired points</source>
        <translation>समाप्त पॉइंट</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="320"/>
        <source>expiring within %1 days</source>
        <translation>%1 दिनों में समाप्त होने वाले</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="322"/>
        <source>outstanding aged %1 days</source>
        <translation>बकाया, आयु %1 दिन</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="324"/>
        <source>value of outstanding points</source>
        <translation>बकाया पॉइंट का मूल्य</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="328"/>
        <source>Net liability by age (days): today and proposed</source>
        <translation>आयु (दिन) के अनुसार शुद्ध देयता: आज और प्रस्तावित</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="329"/>
        <source>today</source>
        <translation>आज</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="329"/>
        <source>proposed</source>
        <translation>प्रस्तावित</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="337"/>
        <source>Today: %1, grace %2 days (version %3). Proposed: %4, grace %5 days. Nothing was changed.</source>
        <translation>आज: %1, छूट %2 दिन (संस्करण %3)। प्रस्तावित: %4, छूट %5 दिन। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="339"/>
        <source>The proposal applies to the %1 lots whose dates are the ones this policy gives; lots with dates of their own or from an earlier, different policy keep them. Redemptions, refunds and adjustments stay as recorded; what is left of a lot expires when its proposed expiry and grace have passed.</source>
        <translation>प्रस्ताव उन %1 लॉट पर लागू होता है जिनकी तिथियाँ यही नीति देती है; जिन लॉट की अपनी तिथियाँ हैं या जो किसी पहले की, अलग नीति से हैं, वे अपनी तिथियाँ रखते हैं। रिडेम्प्शन, रिफ़ंड और समायोजन जैसे दर्ज हैं वैसे ही रहते हैं; लॉट का शेष भाग उसकी प्रस्तावित समाप्ति और छूट बीतने पर समाप्त होता है।</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="344"/>
        <source>%1 lots move.</source>
        <translation>%1 लॉट बदलते हैं।</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="345"/>
        <source> The first %1 are listed in the JSON figures.</source>
        <translation> पहले %1 JSON आँकड़ों में सूचीबद्ध हैं।</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="347"/>
        <source>Breakage rates are today&apos;s on both sides.</source>
        <translation>दोनों ओर ब्रेकेज दरें आज की हैं।</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="188"/>
        <source>Points by state</source>
        <translation>स्थिति के अनुसार अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="190"/>
        <location filename="../core/reports/reports.cpp" line="465"/>
        <source>points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="191"/>
        <source>ties: issued + adjusted in = redeemed + expired + adjusted out + outstanding</source>
        <translation>मिलान: जारी + समायोजन से जोड़े = रिडीम + समाप्त + समायोजन से घटाए + बकाया</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="192"/>
        <source>DOES NOT TIE: issued %1 + adjusted in %2 ≠ redeemed %3 + expired %4 + adjusted out %5 + outstanding %6</source>
        <translation>मिलान नहीं: जारी %1 + समायोजन से जोड़े %2 ≠ रिडीम %3 + समाप्त %4 + समायोजन से घटाए %5 + बकाया %6</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="201"/>
        <source>%1 points were past expiry and grace but not yet written down by the expiry run</source>
        <translation>%1 अंक समाप्ति और छूट अवधि पार कर चुके थे पर समाप्ति प्रक्रिया ने अभी उन्हें घटाया नहीं था</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="214"/>
        <source>Outstanding points by age</source>
        <translation>आयु के अनुसार बकाया अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="223"/>
        <source>Outstanding points by age (days)</source>
        <translation>आयु (दिन) के अनुसार बकाया अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="171"/>
        <source>Points issued</source>
        <translation>जारी अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="172"/>
        <source>Points credited by adjustment</source>
        <translation>समायोजन द्वारा जमा किए गए अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="174"/>
        <source>Points debited by adjustment</source>
        <translation>समायोजन द्वारा घटाए गए अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="176"/>
        <source>Points redeemed</source>
        <translation>रिडीम किए गए अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="177"/>
        <source>Redeemed points refunded</source>
        <translation>भुनाए गए अंक लौटाए गए</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="180"/>
        <source>Breakage true-up: points expired less the breakage expected at the opening</source>
        <translation>ब्रेकेज समायोजन: समाप्त अंक, आरंभ में अपेक्षित ब्रेकेज घटाकर</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="182"/>
        <source>Breakage expected of the points outstanding at the close</source>
        <translation>समापन पर बकाया अंकों का अपेक्षित ब्रेकेज</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="193"/>
        <location filename="../core/reports/gljournal.cpp" line="199"/>
        <source>Rounding and revaluation of the liability</source>
        <translation>देयता का पूर्णांकन और पुनर्मूल्यांकन</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="194"/>
        <source>Liability moved between cost centres, rounding and revaluation</source>
        <translation>लागत केंद्रों के बीच स्थानांतरित देयता, पूर्णांकन और पुनर्मूल्यांकन</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="204"/>
        <source>General-ledger journal of the points liability</source>
        <translation>अंक देयता की सामान्य खाता बही जर्नल</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="250"/>
        <location filename="../core/reports/reports.cpp" line="236"/>
        <location filename="../core/reports/reports.cpp" line="305"/>
        <location filename="../core/reports/reports.cpp" line="377"/>
        <location filename="../core/reports/reports.cpp" line="780"/>
        <source>total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="266"/>
        <source>Journal by GL account</source>
        <translation>GL खाते के अनुसार जर्नल</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="266"/>
        <source>debit</source>
        <translation>नामे</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="266"/>
        <source>credit</source>
        <translation>जमा</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="273"/>
        <source>Debits equal credits: %1 %2.</source>
        <translation>नामे जमा के बराबर है: %1 %2।</translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="274"/>
        <source>The liability account %1 moves by %2, the roll-forward&apos;s change in net liability (%3 to %4).</source>
        <translation>देयता खाता %1 में %2 का परिवर्तन हुआ, जो रोल-फ़ॉरवर्ड में शुद्ध देयता का परिवर्तन है (%3 से %4)।</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="257"/>
        <source>Liability by ageing bucket</source>
        <translation>आयु वर्ग के अनुसार देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="276"/>
        <source>Net liability and expected breakage by age (days)</source>
        <translation>आयु (दिन) के अनुसार शुद्ध देयता और अपेक्षित ब्रेकेज</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="326"/>
        <location filename="../core/reports/reports.cpp" line="277"/>
        <source>net liability</source>
        <translation>शुद्ध देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="325"/>
        <location filename="../core/reports/reports.cpp" line="277"/>
        <source>expected breakage</source>
        <translation>अपेक्षित ब्रेकेज</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="329"/>
        <source>Liability by department and ageing bucket</source>
        <translation>विभाग और आयु बकेट के अनुसार देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="330"/>
        <source>Liability by HRIS id and ageing bucket</source>
        <translation>HRIS आईडी और आयु बकेट के अनुसार देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="331"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="340"/>
        <source>Net liability by department and age (days)</source>
        <translation>विभाग और आयु (दिन) के अनुसार शुद्ध देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="341"/>
        <source>Net liability by HRIS id and age (days)</source>
        <translation>HRIS आईडी और आयु (दिन) के अनुसार शुद्ध देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="365"/>
        <source>all</source>
        <translation>सभी</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="385"/>
        <source>Each member&apos;s points are counted in the department recorded for them at the as-of. A bucket&apos;s value and breakage are shared in proportion to its points, the rounding remainder to the largest fractions, so the departments sum to the total.</source>
        <translation>हर सदस्य के अंक उस विभाग में गिने जाते हैं जो उस तिथि पर उनके लिए दर्ज था। किसी बकेट का मूल्य और ब्रेकेज उसके अंकों के अनुपात में बाँटे जाते हैं, पूर्णांकन का शेष सबसे बड़े भिन्नों को, ताकि विभागों का योग कुल के बराबर हो।</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="388"/>
        <source>A bucket&apos;s value and breakage are shared among HRIS ids in proportion to their points, the rounding remainder to the largest fractions, so they sum to the total.</source>
        <translation>किसी बकेट का मूल्य और ब्रेकेज HRIS आईडी में उनके अंकों के अनुपात में बाँटे जाते हैं, पूर्णांकन का शेष सबसे बड़े भिन्नों को, ताकि उनका योग कुल के बराबर हो।</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="418"/>
        <source>Roll-forward of outstanding points</source>
        <translation>बकाया अंकों का रोल-फ़ॉरवर्ड</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="429"/>
        <source>opening outstanding</source>
        <translation>आरंभिक बकाया</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="430"/>
        <source>+ issued</source>
        <translation>+ जारी</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="431"/>
        <source>- redeemed</source>
        <translation>- रिडीम</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="432"/>
        <source>+ refunded</source>
        <translation>+ लौटाए</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="433"/>
        <source>+ adjusted in</source>
        <translation>+ समायोजन से जोड़े</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="434"/>
        <source>- adjusted out</source>
        <translation>- समायोजन से घटाए</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="435"/>
        <source>- expired</source>
        <translation>- समाप्त</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="436"/>
        <source>= closing outstanding</source>
        <translation>= अंतिम बकाया</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="437"/>
        <source>expected breakage at opening</source>
        <translation>आरंभ में अपेक्षित ब्रेकेज</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="438"/>
        <source>breakage true-up (expired - expected)</source>
        <translation>ब्रेकेज समायोजन (समाप्त - अपेक्षित)</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="459"/>
        <source>net liability at opening</source>
        <translation>आरंभ में शुद्ध देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="460"/>
        <source>net liability at closing</source>
        <translation>समापन पर शुद्ध देयता</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="461"/>
        <source>change in net liability</source>
        <translation>शुद्ध देयता में परिवर्तन</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="462"/>
        <source>Roll-forward (points)</source>
        <translation>रोल-फ़ॉरवर्ड (अंक)</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>opening</source>
        <translation>आरंभिक</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="464"/>
        <source>closing</source>
        <translation>अंतिम</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="466"/>
        <source>ties: opening + issued - redeemed + refunded + adjusted in - adjusted out - expired = closing</source>
        <translation>मिलान: आरंभिक + जारी - रिडीम + लौटाए + समायोजन से जोड़े - समायोजन से घटाए - समाप्त = अंतिम</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="467"/>
        <source>DOES NOT TIE: opening + issued - redeemed + refunded + adjusted in - adjusted out - expired ≠ closing</source>
        <translation>मिलान नहीं: आरंभिक + जारी - रिडीम + लौटाए + समायोजन से जोड़े - समायोजन से घटाए - समाप्त ≠ अंतिम</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="553"/>
        <source>Reconciliation by source</source>
        <translation>स्रोत के अनुसार मिलान</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="569"/>
        <source>Confirmed points by source</source>
        <translation>स्रोत के अनुसार पुष्ट अंक</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="569"/>
        <source>confirmed</source>
        <translation>पुष्ट</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="618"/>
        <source>ties: confirmed points by source, net of refunds, = %1 = the journal&apos;s redeemed postings in the period</source>
        <translation>मिलान: स्रोत के अनुसार पुष्ट अंक, वापसी घटाकर, = %1 = अवधि में जर्नल की रिडेम्पशन प्रविष्टियाँ</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="620"/>
        <source>DOES NOT TIE: %1 confirmed by source net of refunds, %2 redeemed in the journal</source>
        <translation>मिलान नहीं: स्रोत के अनुसार वापसी घटाकर %1 पुष्ट, जर्नल में %2 रिडीम</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="718"/>
        <source>Redemption by cohort</source>
        <translation>समूह के अनुसार रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="725"/>
        <source>Redemption rate by cohort (per mille)</source>
        <translation>समूह के अनुसार रिडेम्पशन दर (प्रति हज़ार)</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="725"/>
        <source>redemption rate</source>
        <translation>रिडेम्पशन दर</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="742"/>
        <source>%1 cohorts with fewer than %2 members are folded into &quot;other&quot;</source>
        <translation>%2 से कम सदस्यों वाले %1 समूह &quot;other&quot; में मिलाए गए हैं</translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="758"/>
        <source>Points expiring within %1 days</source>
        <translation>%1 दिनों में समाप्त होने वाले अंक</translation>
    </message>
</context>
<context>
    <name>SplitPayment</name>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="130"/>
        <source>%1 points available, below the minimum of %2: wallet only</source>
        <translation>%1 अंक उपलब्ध, न्यूनतम %2 से कम: केवल वॉलेट</translation>
    </message>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="134"/>
        <source>points may not cover part of an order and %1 are fewer than the %2 needed</source>
        <translation>अंक ऑर्डर का हिस्सा नहीं चुका सकते और %1 आवश्यक %2 से कम हैं</translation>
    </message>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="155"/>
        <source>points cover the whole order</source>
        <translation>अंक पूरा ऑर्डर चुकाते हैं</translation>
    </message>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="172"/>
        <source>%1 points and the rest from the wallet</source>
        <translation>%1 अंक और बाकी वॉलेट से</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="75"/>
        <source>Orchard&apos;s admin console.</source>
        <translation>Orchard का एडमिन कंसोल।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="78"/>
        <source>Ledger: an SQLite file or a postgresql:// URL.</source>
        <translation>लेजर: एक SQLite फ़ाइल या postgresql:// URL।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="80"/>
        <source>admin, finance or hr (default admin).</source>
        <translation>admin, finance या hr (डिफ़ॉल्ट admin)।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="82"/>
        <source>Language, e.g. en or hi (default: the system&apos;s).</source>
        <translation>भाषा, जैसे en या hi (डिफ़ॉल्ट: सिस्टम की भाषा)।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="85"/>
        <source>Save the window as a PNG once the screen has loaded, then quit.</source>
        <translation>स्क्रीन लोड होने के बाद विंडो को PNG के रूप में सहेजें, फिर बाहर निकलें।</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="108"/>
        <source>--role must be admin, finance or hr, not &apos;%1&apos;</source>
        <translation>--role का मान admin, finance या hr होना चाहिए, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="109"/>
        <location filename="../app/console/main.cpp" line="115"/>
        <source>Orchard</source>
        <translation>Orchard</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="116"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation>लेजर %1 नहीं खोला जा सका: %2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ApprovalsPage</name>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Requested by</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Requested</source>
        <translation>अनुरोध का समय</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="35"/>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="35"/>
        <source>Lapses</source>
        <translation>व्यपगत होगा</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="42"/>
        <source>Pending approval requests</source>
        <translation>स्वीकृति के लिए लंबित अनुरोध</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="43"/>
        <source>&amp;Approve</source>
        <translation>स्वीकृत करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="44"/>
        <source>&amp;Reject…</source>
        <translation>अस्वीकृत करें… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="45"/>
        <source>Re&amp;fresh</source>
        <translation>ताज़ा करें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="49"/>
        <source>Only another admin may decide a request.</source>
        <translation>अनुरोध पर निर्णय केवल कोई दूसरा व्यवस्थापक ले सकता है।</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="60"/>
        <source>Requests above the approval thresholds, and every settings change, wait here for an admin other than the one who made them. Pending requests lapse after 7 days.</source>
        <translation>स्वीकृति सीमाओं से ऊपर के अनुरोध, और हर सेटिंग परिवर्तन, यहाँ किसी ऐसे व्यवस्थापक की प्रतीक्षा करते हैं जिसने उन्हें नहीं बनाया। लंबित अनुरोध 7 दिन बाद व्यपगत हो जाते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="75"/>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="75"/>
        <source>Approve %1? It takes effect now.</source>
        <translation>%1 स्वीकृत करें? यह अभी लागू होगा।</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="97"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="116"/>
        <source>Nothing waits for approval.</source>
        <translation>स्वीकृति के लिए कुछ लंबित नहीं है।</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="130"/>
        <source>%1 approved: it has taken effect.</source>
        <translation>%1 स्वीकृत: यह लागू हो गया है।</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="131"/>
        <source>%1 was not approved: %2</source>
        <translation>%1 स्वीकृत नहीं हुआ: %2</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="142"/>
        <source>%1 rejected.</source>
        <translation>%1 अस्वीकृत।</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="143"/>
        <source>%1 was not rejected: %2</source>
        <translation>%1 अस्वीकृत नहीं हुआ: %2</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="155"/>
        <source>Reject</source>
        <translation>अस्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="155"/>
        <source>Why is %1 rejected? (kept in the audit trail)</source>
        <translation>%1 क्यों अस्वीकृत है? (ऑडिट ट्रेल में रखा जाता है)</translation>
    </message>
</context>
<context>
    <name>orchard::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="32"/>
        <source>Action starts with… (e.g. reservation., rules., wallet.)</source>
        <translation>कार्रवाई का आरंभ… (जैसे reservation., rules., wallet.)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="33"/>
        <source>Action filter</source>
        <translation>कार्रवाई फ़िल्टर</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>&amp;Apply</source>
        <translation>लागू करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>&amp;Verify ledger</source>
        <translation>लेजर सत्यापित करें (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Record</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="43"/>
        <source>Audit trail</source>
        <translation>ऑडिट ट्रेल</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="70"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="89"/>
        <source>balanced entries</source>
        <translation>संतुलित प्रविष्टियाँ</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="91"/>
        <source>account balances</source>
        <translation>खातों के बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="93"/>
        <source>point lots</source>
        <translation>पॉइंट लॉट</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="95"/>
        <source>reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="97"/>
        <source>audit chain</source>
        <translation>ऑडिट शृंखला</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="99"/>
        <source>entry digests</source>
        <translation>प्रविष्टि डाइजेस्ट</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Verifying the whole ledger…</source>
        <translation>पूरे लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Verifying the ledger…</source>
        <translation>लेजर को सत्यापित किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="121"/>
        <source>Verifying the ledger: %1 (check %2 of %3)…</source>
        <translation>लेजर सत्यापित हो रहा है: %1 (जाँच %3 में से %2)…</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="128"/>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation>सत्यापन रद्द किया गया; कोई निष्कर्ष नहीं निकाला गया।</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="133"/>
        <source>Verification could not run: %1</source>
        <translation>सत्यापन नहीं चल सका: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="139"/>
        <source>✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.</source>
        <translation>✔ सभी जाँचें सफल: %1 प्रविष्टियाँ, %2 खाते, %3 लॉट, %4 आरक्षण, %5 ऑडिट रिकॉर्ड।</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="149"/>
        <source>✘ %1 violations:
%2</source>
        <translation>✘ %1 उल्लंघन:
%2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="18"/>
        <source>Connect to a PostgreSQL ledger</source>
        <translation>PostgreSQL लेजर से जुड़ें</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="20"/>
        <source>Host</source>
        <translation>होस्ट</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="24"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="26"/>
        <source>Database</source>
        <translation>डेटाबेस</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="31"/>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>खाली: PGPASSWORD या ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="33"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>सिस्टम कीचेन में पासवर्ड याद रखें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35"/>
        <source>Why Connect is disabled</source>
        <translation>जुड़ें बटन निष्क्रिय क्यों है</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37"/>
        <source>&amp;Connect</source>
        <translation>जुड़ें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="40"/>
        <source>&amp;Host:</source>
        <translation>होस्ट (&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="41"/>
        <source>&amp;Port:</source>
        <translation>पोर्ट (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="42"/>
        <source>&amp;Database:</source>
        <translation>डेटाबेस (&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="43"/>
        <source>&amp;User:</source>
        <translation>उपयोगकर्ता (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="44"/>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="61"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>सर्वर का होस्ट नाम दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="63"/>
        <source>Enter the ledger&apos;s database name.</source>
        <translation>लेजर के डेटाबेस का नाम दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="65"/>
        <source>Enter the database user.</source>
        <translation>डेटाबेस उपयोगकर्ता दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConsoleLauncher</name>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="43"/>
        <source>The password was not stored in the keychain: %1</source>
        <translation>पासवर्ड कीचेन में सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="53"/>
        <source>Orchard</source>
        <translation>Orchard</translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="53"/>
        <source>Cannot open %1:
%2</source>
        <translation>%1 नहीं खुल सका:
%2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ExpiryPolicyPage</name>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="56"/>
        <source>Expiry window</source>
        <translation>समाप्ति अवधि</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="57"/>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="58"/>
        <source>Days after issue</source>
        <translation>जारी होने के बाद दिन</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="59"/>
        <source>At the end of the Nth month after issue</source>
        <translation>जारी होने के बाद N वें महीने के अंत में</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="60"/>
        <source>At the end of the Nth quarter after issue</source>
        <translation>जारी होने के बाद N वीं तिमाही के अंत में</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="63"/>
        <source>Expiry count</source>
        <translation>समाप्ति संख्या</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="66"/>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="67"/>
        <source>Grace days</source>
        <translation>छूट के दिन</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="69"/>
        <source>Ageing buckets</source>
        <translation>आयु बकेट</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="70"/>
        <source>e.g. 0-90,91-180,181+</source>
        <translation>जैसे 0-90,91-180,181+</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="72"/>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Expected breakage</source>
        <translation>अपेक्षित ब्रेकेज</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="73"/>
        <source>one rate per bucket, e.g. 0.05,auto,0.45; empty: estimated from history</source>
        <translation>हर बकेट की एक दर, जैसे 0.05,auto,0.45; ख़ाली: इतिहास से अनुमानित</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="76"/>
        <source>&amp;What if…</source>
        <translation>यदि ऐसा हो तो… (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="77"/>
        <source>Today&apos;s figures beside what they would be had this window and grace applied to the same lots; changes nothing</source>
        <translation>आज के आँकड़े, और यदि यही अवधि और छूट उन्हीं लॉट पर लागू होती तो क्या होते; कुछ नहीं बदलता</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="78"/>
        <source>&amp;Save as a new version…</source>
        <translation>नए संस्करण के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="80"/>
        <source>Policy</source>
        <translation>नीति</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="82"/>
        <source>&amp;Expiry:</source>
        <translation>समाप्ति (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="83"/>
        <source>&amp;N:</source>
        <translation>N (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="84"/>
        <source>&amp;Grace:</source>
        <translation>छूट (&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="85"/>
        <source>A lot&apos;s expiry is fixed when it is issued: a new version applies to later issues only.</source>
        <translation>लॉट की समाप्ति जारी होते समय तय होती है: नया संस्करण केवल बाद में जारी लॉट पर लागू होता है।</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="86"/>
        <source>&amp;Buckets:</source>
        <translation>बकेट (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="87"/>
        <source>Expected brea&amp;kage:</source>
        <translation>अपेक्षित ब्रेकेज (&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="96"/>
        <source>Press What if… to see today&apos;s figures beside the proposal&apos;s before saving.</source>
        <translation>सहेजने से पहले आज और प्रस्ताव के आँकड़े साथ देखने के लिए &apos;यदि ऐसा हो तो…&apos; दबाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="98"/>
        <source>What if</source>
        <translation>यदि ऐसा हो तो</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="101"/>
        <source>What-if figures</source>
        <translation>यदि-ऐसा-हो आँकड़े</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Expiry</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Grace (days)</source>
        <translation>छूट (दिन)</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Buckets</source>
        <translation>बकेट</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Author</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="105"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="105"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="112"/>
        <source>Versions (each lot keeps the dates of the version it was issued under):</source>
        <translation>संस्करण (हर लॉट उस संस्करण की तिथियाँ रखता है जिसके अधीन वह जारी हुआ):</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="113"/>
        <source>Policy versions</source>
        <translation>नीति संस्करण</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="117"/>
        <source>Only an admin changes the expiry policy.</source>
        <translation>समाप्ति नीति केवल एडमिन बदलता है।</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="154"/>
        <source>(defaults)</source>
        <translation>(डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="219"/>
        <source>Run What if… for these settings first.</source>
        <translation>पहले इन सेटिंग्स के लिए &apos;यदि ऐसा हो तो…&apos; चलाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="240"/>
        <source>Computing the what-if over every lot…</source>
        <translation>हर लॉट पर यदि-ऐसा-हो की गणना हो रही है…</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="263"/>
        <source>No what-if: %1</source>
        <translation>यदि-ऐसा-हो नहीं बना: %1</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="277"/>
        <source>Had it applied, %1 of %2 lots would move: outstanding points %3, expired points %4, net liability %5.</source>
        <translation>यदि यह लागू होता, तो %2 में से %1 लॉट बदलते: बकाया पॉइंट %3, समाप्त पॉइंट %4, शुद्ध देयता %5।</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="297"/>
        <source>expiry %1 → %2</source>
        <translation>समाप्ति %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="299"/>
        <source>grace %1 → %2 days</source>
        <translation>छूट %1 → %2 दिन</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="301"/>
        <source>buckets %1 → %2</source>
        <translation>बकेट %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="303"/>
        <source>expected breakage %1 → %2</source>
        <translation>अपेक्षित ब्रेकेज %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="303"/>
        <location filename="../ui/expirypolicypage.cpp" line="304"/>
        <source>(from history)</source>
        <translation>(इतिहास से)</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="320"/>
        <source>Version %1 will change:
%2

%3
Lots already issued keep their dates.</source>
        <translation>संस्करण %1 में बदलाव होगा:
%2

%3
पहले से जारी लॉट अपनी तिथियाँ रखते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="328"/>
        <source>Save the expiry policy</source>
        <translation>समाप्ति नीति सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="329"/>
        <source>

Why (kept with the version and in the audit trail):</source>
        <translation>

क्यों (संस्करण के साथ और ऑडिट ट्रेल में रखा जाता है):</translation>
    </message>
</context>
<context>
    <name>orchard::ui::HoldsPage</name>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Reservation</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Time left</source>
        <translation>शेष समय</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Closed</source>
        <translation>बंद हुआ</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="68"/>
        <source>Live holds</source>
        <translation>सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="55"/>
        <source>Released and timed-out holds</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="58"/>
        <source>&amp;Release hold…</source>
        <translation>होल्ड रिलीज़ करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="61"/>
        <location filename="../ui/holdspage.cpp" line="183"/>
        <source>Only the admin role may release a hold.</source>
        <translation>केवल admin भूमिका ही होल्ड रिलीज़ कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="73"/>
        <source>Released and timed out</source>
        <translation>रिलीज़ किए गए और समय-सीमा समाप्त</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="92"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="119"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="134"/>
        <source>due now</source>
        <translation>अभी देय</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="136"/>
        <source>%1 h %2 min</source>
        <translation>%1 घं %2 मि</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="137"/>
        <source>%1 min %2 s</source>
        <translation>%1 मिनट %2 सेकंड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="125"/>
        <source>%1 live holds</source>
        <translation>%1 सक्रिय होल्ड</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Select a live hold first.</source>
        <translation>पहले कोई सक्रिय होल्ड चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="164"/>
        <location filename="../ui/holdspage.cpp" line="174"/>
        <source>Release hold</source>
        <translation>होल्ड रिलीज़ करें</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="165"/>
        <source>Why is %1 (%2 points) being released? The reason is kept in the audit trail.</source>
        <translation>%1 (%2 पॉइंट) को क्यों रिलीज़ किया जा रहा है? कारण ऑडिट ट्रेल में दर्ज रहता है।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="171"/>
        <source>A reason is required; nothing was released.</source>
        <translation>कारण देना आवश्यक है; कुछ भी रिलीज़ नहीं किया गया।</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="174"/>
        <source>Release %1 and return its points to the member?</source>
        <translation>%1 को रिलीज़ करके इसके पॉइंट सदस्य को लौटाएँ?</translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="189"/>
        <source>%1 released.</source>
        <translation>%1 रिलीज़ किया गया।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ImportEarningsWizard</name>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="53"/>
        <source>Import earnings</source>
        <translation>अर्जन आयात करें</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="87"/>
        <source>Choose the file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="88"/>
        <source>A CSV export (UTF-8, separated by commas or semicolons) with a header row: one earning event per row.</source>
        <translation>शीर्ष पंक्ति वाला CSV निर्यात (UTF-8, अल्पविराम या अर्धविराम से अलग): हर पंक्ति में एक अर्जन घटना।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="91"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="92"/>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="99"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="100"/>
        <source>The source the events come from: it must be allowed to earn, and to award free amounts for a points column.</source>
        <translation>वह स्रोत जिससे घटनाएँ आती हैं: उसे अर्जन की अनुमति होनी चाहिए, और अंकों के कॉलम के लिए मुक्त राशि देने की भी।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="105"/>
        <source>File:</source>
        <translation>फ़ाइल:</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="106"/>
        <source>Source:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="114"/>
        <source>Check the columns</source>
        <translation>कॉलम जाँचें</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="115"/>
        <source>Which of the file&apos;s columns holds each of Orchard&apos;s. They were guessed from the header; change any that is wrong.</source>
        <translation>फ़ाइल का कौन-सा कॉलम Orchard के किस कॉलम को रखता है। इनका अनुमान शीर्ष पंक्ति से लगाया गया; जो गलत हो उसे बदलें।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="123"/>
        <source>%1 (required):</source>
        <translation>%1 (आवश्यक):</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="124"/>
        <source>%1 (or the other):</source>
        <translation>%1 (या दूसरा):</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="125"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="149"/>
        <source>Preview</source>
        <translation>पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="153"/>
        <source>The first %1 rows, each as it would be read:</source>
        <translation>पहली %1 पंक्तियाँ, जैसे वे पढ़ी जाएँगी:</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="161"/>
        <source>Dry run</source>
        <translation>परीक्षण रन</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="162"/>
        <source>Every row decided as the import will decide it (rules, caps, members, rows already in), then rolled back: nothing has changed yet.</source>
        <translation>हर पंक्ति पर वैसे ही निर्णय जैसे आयात करेगा (नियम, सीमाएँ, सदस्य, पहले से मौजूद पंक्तियाँ), फिर वापस लिया गया: अभी कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="166"/>
        <source>Refused rows</source>
        <translation>अस्वीकृत पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="168"/>
        <source>Errors file</source>
        <translation>त्रुटि फ़ाइल</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="173"/>
        <source>Refused rows are written to:</source>
        <translation>अस्वीकृत पंक्तियाँ यहाँ लिखी जाती हैं:</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="181"/>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="182"/>
        <source>Rows go in a thousand at a time. Cancel keeps what has gone in; importing the file again carries on from there.</source>
        <translation>पंक्तियाँ एक बार में हज़ार जाती हैं। रद्द करने पर जो जा चुका वह रहता है; फ़ाइल फिर आयात करने पर वहीं से आगे बढ़ता है।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="186"/>
        <source>Ca&amp;ncel import</source>
        <translation>आयात रद्द करें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="203"/>
        <source>Import earnings from</source>
        <translation>अर्जन यहाँ से आयात करें</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="204"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv *.txt);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importearningswizard.cpp" line="222"/>
        <source>%n column(s) separated by &apos;%1&apos;: %2</source>
        <translation>
            <numerusform>%n कॉलम &apos;%1&apos; से अलग: %2</numerusform>
            <numerusform>%n कॉलम &apos;%1&apos; से अलग: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="233"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="273"/>
        <source>Every required column is mapped.</source>
        <translation>हर आवश्यक कॉलम जुड़ा है।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="278"/>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="285"/>
        <source>Check</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="301"/>
        <source>ok</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="349"/>
        <source>%1 rows: %2 would be imported (%3 points), %4 already in, %5 refused.</source>
        <translation>%1 पंक्तियाँ: %2 आयात होंगी (%3 अंक), %4 पहले से हैं, %5 अस्वीकृत।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="350"/>
        <source>%1 rows: %2 imported (%3 points), %4 already in, %5 refused.</source>
        <translation>%1 पंक्तियाँ: %2 आयात हुईं (%3 अंक), %4 पहले से थीं, %5 अस्वीकृत।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="359"/>
        <source>Checking every row…</source>
        <translation>हर पंक्ति जाँची जा रही है…</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="373"/>
        <source>Row %1, %2: %3</source>
        <translation>पंक्ति %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="373"/>
        <source>the row</source>
        <translation>पंक्ति</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importearningswizard.cpp" line="376"/>
        <source>… and %n more in the errors file</source>
        <translation>
            <numerusform>… और %n त्रुटि फ़ाइल में</numerusform>
            <numerusform>… और %n त्रुटि फ़ाइल में</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="418"/>
        <source>Cancelled: what went in stays; import the file again to carry on.</source>
        <translation>रद्द: जो गया वह रहेगा; आगे बढ़ने के लिए फ़ाइल फिर आयात करें।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="420"/>
        <source>The refused rows are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>अस्वीकृत पंक्तियाँ &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; में हैं।</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="441"/>
        <source>%1 rows, %2 rows/s, about %3 s left</source>
        <translation>%1 पंक्तियाँ, %2 पंक्ति/से, लगभग %3 से बाकी</translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="450"/>
        <source>Cancelling after the rows under way…</source>
        <translation>चल रही पंक्तियों के बाद रद्द हो रहा है…</translation>
    </message>
</context>
<context>
    <name>orchard::ui::IssuePointsDialog</name>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="36"/>
        <source>Issue points</source>
        <translation>अंक जारी करें</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="38"/>
        <source>To &lt;b&gt;%1&lt;/b&gt; %2 — %3 points available now</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 को — अभी %3 अंक उपलब्ध</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="43"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="45"/>
        <source>Points</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="47"/>
        <source>1 to %1</source>
        <translation>1 से %1</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="48"/>
        <source>a whole number of points</source>
        <translation>अंकों की पूर्ण संख्या</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="50"/>
        <location filename="../ui/issuepointsdialog.cpp" line="159"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="51"/>
        <source>required, kept in the audit trail</source>
        <translation>आवश्यक, ऑडिट ट्रेल में रखा जाता है</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="53"/>
        <location filename="../ui/issuepointsdialog.cpp" line="162"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="54"/>
        <source>optional, e.g. a ticket number; the same reference is never issued twice</source>
        <translation>वैकल्पिक, जैसे टिकट संख्या; एक ही संदर्भ पर दो बार जारी नहीं होता</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="55"/>
        <source>Expires on</source>
        <translation>समाप्ति तिथि</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="56"/>
        <source>Unticked: the expiry policy in force decides.</source>
        <translation>बिना टिक: लागू समाप्ति नीति तय करती है।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="60"/>
        <source>Expiry date (00:00 UTC)</source>
        <translation>समाप्ति तिथि (00:00 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="65"/>
        <source>at 00:00 UTC</source>
        <translation>00:00 UTC पर</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="68"/>
        <source>Funding wallet cover</source>
        <translation>फ़ंडिंग वॉलेट कवर</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="72"/>
        <source>Why the award cannot be issued</source>
        <translation>यह पुरस्कार क्यों जारी नहीं हो सकता</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="74"/>
        <source>&amp;Issue…</source>
        <translation>जारी करें… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="78"/>
        <source>&amp;Points:</source>
        <translation>अंक (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="79"/>
        <source>&amp;Reason:</source>
        <translation>कारण (&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="80"/>
        <source>Re&amp;ference:</source>
        <translation>संदर्भ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="112"/>
        <source>Points: give how many points to issue.</source>
        <translation>अंक: बताएँ कितने अंक जारी करने हैं।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="116"/>
        <source>Points: %1 is negative. Issuing only adds points; to take points away use Adjust….</source>
        <translation>अंक: %1 ऋणात्मक है। जारी करना केवल अंक जोड़ता है; अंक घटाने के लिए समायोजित करें… का उपयोग करें।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="124"/>
        <source>Points: &quot;%1&quot; is not a whole number of points.</source>
        <translation>अंक: &quot;%1&quot; अंकों की पूर्ण संख्या नहीं है।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="128"/>
        <source>Points: at least 1 point.</source>
        <translation>अंक: कम से कम 1 अंक।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="133"/>
        <source>Points: %1 is above the programme&apos;s maximum of %2 points per award.</source>
        <translation>अंक: %1 कार्यक्रम की प्रति पुरस्कार अधिकतम सीमा %2 अंक से ऊपर है।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="137"/>
        <source>Points: at most %1 in one award.</source>
        <translation>अंक: एक पुरस्कार में अधिकतम %1।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="143"/>
        <source>Points: %1 points are worth %2, more than the %3 the funding wallet holds. Fund the wallet first.</source>
        <translation>अंक: %1 अंकों का मूल्य %2 है, फ़ंडिंग वॉलेट के %3 से अधिक। पहले वॉलेट में राशि डालें।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="157"/>
        <source>Reason: required; it is kept in the audit trail.</source>
        <translation>कारण: आवश्यक; यह ऑडिट ट्रेल में रखा जाता है।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="186"/>
        <source>Issue %1 points to %2? Their available points go from %3 to %4.</source>
        <translation>%2 को %1 अंक जारी करें? उनके उपलब्ध अंक %3 से %4 हो जाएँगे।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="192"/>
        <source>Warning: points outstanding would then be worth %1, more than the %2 the funding wallet holds.</source>
        <translation>चेतावनी: तब बकाया अंकों का मूल्य %1 होगा, फ़ंडिंग वॉलेट के %2 से अधिक।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="204"/>
        <source>A points-only programme: no funding wallet backs the points.</source>
        <translation>केवल अंकों वाला कार्यक्रम: अंकों के पीछे कोई फ़ंडिंग वॉलेट नहीं।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="206"/>
        <source>The funding wallet has not been funded yet: redemptions move no money until it is.</source>
        <translation>फ़ंडिंग वॉलेट में अभी राशि नहीं डाली गई: तब तक रिडेम्पशन से कोई राशि नहीं चलती।</translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="211"/>
        <source>Funding wallet: %1. Points outstanding after this award: %2, worth %3 (the wallet covers %4 %).</source>
        <translation>फ़ंडिंग वॉलेट: %1। इस पुरस्कार के बाद बकाया अंक: %2, मूल्य %3 (वॉलेट %4 % कवर करता है)।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Orchard — %1 (%2, local)</source>
        <translation>Orchard — %1 (%2, स्थानीय)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Orchard — %1 (%2, database role)</source>
        <translation>Orchard — %1 (%2, डेटाबेस भूमिका)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Overview</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Reservations</source>
        <translation>आरक्षण</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Liability</source>
        <translation>देयता</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Cohorts</source>
        <translation>समूह</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Reconciliation</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Split-payment rules</source>
        <translation>विभाजित भुगतान के नियम</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Expiry policy</source>
        <translation>समाप्ति नीति</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Scheduled exports</source>
        <translation>शेड्यूल किए गए निर्यात</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Webhooks</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Approvals</source>
        <translation>स्वीकृतियाँ</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Approvals (%1)</source>
        <translation>स्वीकृतियाँ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Opened %1 read-only: the file may not be written, so every change is refused</source>
        <translation>%1 केवल पढ़ने के लिए खोला गया: फ़ाइल में लिखा नहीं जा सकता, इसलिए हर परिवर्तन अस्वीकृत है</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Connected to %1 as %2</source>
        <translation>%1 से %2 के रूप में जुड़े हैं</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Last refresh %1</source>
        <translation>पिछली बार ताज़ा किया गया: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Open Ledger File…</source>
        <translation>लेजर फ़ाइल खोलें (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>PostgreSQL से जुड़ें (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Open &amp;Recent</source>
        <translation>हाल के लेजर (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Import &amp;Earnings…</source>
        <translation>अर्जन आयात करें… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Print…</source>
        <translation>प्रिंट करें… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Print the report shown, after a preview.</source>
        <translation>दिखाई गई रिपोर्ट पूर्वावलोकन के बाद प्रिंट करें।</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Printing is for the report screens: Liability, Cohorts and Reconciliation.</source>
        <translation>प्रिंट रिपोर्ट स्क्रीन के लिए है: देयता, समूह और मिलान।</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Go to this screen&apos;s search field.</source>
        <translation>इस स्क्रीन के खोज क्षेत्र पर जाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Find is for Transactions, Members and Audit.</source>
        <translation>खोज लेनदेन, सदस्य और ऑडिट के लिए है।</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>Refresh</source>
        <translation>ताज़ा करें</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Open a ledger file</source>
        <translation>लेजर फ़ाइल खोलें</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>Orchard ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>Orchard लेजर (*.sqlite *.db);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>No other ledger has been opened yet: each one opened appears here.</source>
        <translation>अभी कोई दूसरा लेजर नहीं खोला गया: जो भी खोला जाएगा वह यहाँ दिखेगा।</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>The ledgers opened before, newest first.</source>
        <translation>पहले खोले गए लेजर, सबसे नया पहले।</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>About Orchard</source>
        <translation>Orchard के बारे में</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;A points ledger and admin console for employee-rewards and bank loyalty programmes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL (PostgreSQL licence) through Qt SQL; QtKeychain (BSD 3-Clause).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;कर्मचारी-पुरस्कार और बैंक लॉयल्टी कार्यक्रमों के लिए एक पॉइंट लेजर और एडमिन कंसोल।&lt;/p&gt;&lt;p&gt;Qt %2 (LGPL v3) और QCoro (MIT) से निर्मित; Qt SQL के माध्यम से SQLite (पब्लिक डोमेन) और PostgreSQL (PostgreSQL लाइसेंस); QtKeychain (BSD 3-Clause)।&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Orchard — %1 (read-only)</source>
        <translation>Orchard — %1 (केवल पढ़ने के लिए)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>&amp;About Orchard</source>
        <translation>Orchard के बारे में (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Screens</source>
        <translation>स्क्रीन</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MemberDialog</name>
    <message>
        <location filename="../ui/memberdialog.cpp" line="15"/>
        <source>Add member</source>
        <translation>सदस्य जोड़ें</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="21"/>
        <source>Edit member %1</source>
        <translation>सदस्य %1 संपादित करें</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="25"/>
        <source>A member&apos;s id is how every entry names them; it cannot change.</source>
        <translation>सदस्य की आईडी से हर प्रविष्टि उन्हें पहचानती है; यह बदल नहीं सकती।</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="35"/>
        <source>Member id</source>
        <translation>सदस्य आईडी</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="36"/>
        <source>as the HR system names them, e.g. E1042</source>
        <translation>जैसे HR सिस्टम में, उदा. E1042</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="38"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="40"/>
        <source>HRIS</source>
        <translation>HRIS</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="41"/>
        <source>Darwinbox</source>
        <translation>Darwinbox</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="42"/>
        <source>SuccessFactors</source>
        <translation>SuccessFactors</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="43"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="46"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="51"/>
        <source>Member &amp;id</source>
        <translation>सदस्य आईडी (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="52"/>
        <source>&amp;Name</source>
        <translation>नाम (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="53"/>
        <source>&amp;HRIS</source>
        <translation>HRIS (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="54"/>
        <source>&amp;Department</source>
        <translation>विभाग (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="71"/>
        <source>Member id: required.</source>
        <translation>सदस्य आईडी: आवश्यक।</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="73"/>
        <source>Member id: &quot;%1&quot; has a space; an id is one word.</source>
        <translation>सदस्य आईडी: &quot;%1&quot; में रिक्त स्थान है; आईडी एक शब्द होती है।</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="75"/>
        <source>Name: required, so that people find the member.</source>
        <translation>नाम: आवश्यक, ताकि लोग सदस्य को ढूँढ सकें।</translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="78"/>
        <source>Nothing changed yet.</source>
        <translation>अभी कुछ नहीं बदला।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::MembersPage</name>
    <message>
        <location filename="../ui/memberspage.cpp" line="47"/>
        <source>Member id or name…</source>
        <translation>सदस्य आईडी या नाम…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Find member</source>
        <translation>सदस्य खोजें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>&amp;Find</source>
        <translation>खोजें (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>HRIS</source>
        <translation>HRIS</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Available</source>
        <translation>उपलब्ध</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Held</source>
        <translation>रोके गए</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Lot</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Issued</source>
        <translation>जारी किया गया</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Age (days)</source>
        <translation>आयु (दिन)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Remaining (held)</source>
        <translation>शेष (होल्ड में)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="60"/>
        <source>Members</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="68"/>
        <source>Lots</source>
        <translation>लॉट</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="69"/>
        <location filename="../ui/memberspage.cpp" line="410"/>
        <source>Select a member.</source>
        <translation>कोई सदस्य चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="70"/>
        <source>&amp;Issue points…</source>
        <translation>पॉइंट जारी करें (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="71"/>
        <source>&amp;Adjust…</source>
        <translation>समायोजित करें… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="72"/>
        <source>&amp;Cancel lot…</source>
        <translation>लॉट रद्द करें… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="73"/>
        <source>E&amp;xtend lot…</source>
        <translation>लॉट बढ़ाएँ… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="74"/>
        <source>&amp;Statement…</source>
        <translation>विवरण… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="75"/>
        <location filename="../ui/memberspage.cpp" line="87"/>
        <source>The member&apos;s statement for a period, as PDF or CSV.</source>
        <translation>किसी अवधि के लिए सदस्य का विवरण, PDF या CSV में।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="83"/>
        <source>Issue points to the member shown, with a reason.</source>
        <translation>दिखाए गए सदस्य को कारण सहित अंक जारी करें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="84"/>
        <source>Credit or debit the member&apos;s points, with a reason.</source>
        <translation>सदस्य के अंक कारण सहित जमा या नामे करें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="85"/>
        <source>Debit what is left in the selected lot.</source>
        <translation>चुने गए लॉट में जो बचा है उसे नामे करें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="86"/>
        <source>Give the selected lot a later expiry.</source>
        <translation>चुने गए लॉट को बाद की समाप्ति दें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="89"/>
        <source>A&amp;dd member…</source>
        <translation>सदस्य जोड़ें… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="91"/>
        <source>Enrol a member by hand, with their HR details.</source>
        <translation>किसी सदस्य को उनके HR विवरण के साथ हाथ से नामांकित करें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="92"/>
        <source>Only the admin role may add a member.</source>
        <translation>सदस्य केवल व्यवस्थापक भूमिका जोड़ सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="94"/>
        <source>Correct the member&apos;s name, HRIS or department; the audit trail keeps both.</source>
        <translation>सदस्य का नाम, HRIS या विभाग सुधारें; ऑडिट ट्रेल दोनों रखता है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="149"/>
        <source>Darwinbox</source>
        <translation>Darwinbox</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="150"/>
        <source>SuccessFactors</source>
        <translation>SuccessFactors</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="151"/>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="261"/>
        <source>Member %1 (%2) added.</source>
        <translation>सदस्य %1 (%2) जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="276"/>
        <source>Member %1 now reads: %2, %3, %4.</source>
        <translation>सदस्य %1 अब: %2, %3, %4।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="388"/>
        <source>%1 Another admin decides it on the Approvals screen.</source>
        <translation>%1 कोई दूसरा व्यवस्थापक स्वीकृतियाँ स्क्रीन पर इसका निर्णय करेगा।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="392"/>
        <source>Issued %1 points to %2.</source>
        <translation>%2 को %1 अंक जारी किए।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="420"/>
        <source>Only the admin role may change a member&apos;s details.</source>
        <translation>सदस्य का विवरण केवल व्यवस्थापक भूमिका बदल सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="421"/>
        <source>Only the admin role may change a member&apos;s points.</source>
        <translation>सदस्य के अंक केवल व्यवस्थापक भूमिका बदल सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="294"/>
        <source>A free amount…</source>
        <translation>मुक्त राशि…</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="93"/>
        <source>&amp;Edit member…</source>
        <translation>सदस्य संपादित करें… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="299"/>
        <source>%1: %2 points (rule version %3)</source>
        <translation>%1: %2 अंक (नियम संस्करण %3)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="304"/>
        <source>Issue points to %1 by:</source>
        <translation>%1 को अंक इस आधार पर जारी करें:</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="316"/>
        <source>Issue %1 to %2 (%3)?</source>
        <translation>%2 को %1 जारी करें (%3)?</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="337"/>
        <source>Issued %1 points to %2 by the %3 rule (version %4).</source>
        <translation>%3 नियम (संस्करण %4) से %2 को %1 अंक जारी किए।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="422"/>
        <source>Select a member first.</source>
        <translation>पहले कोई सदस्य चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="432"/>
        <source>%1

Another admin decides it on the Approvals screen.</source>
        <translation>%1

कोई दूसरा व्यवस्थापक स्वीकृतियाँ स्क्रीन पर इसका निर्णय करेगा।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="454"/>
        <source>Adjusted %1 by %2 points; %3 available.</source>
        <translation>%1 में %2 अंकों का समायोजन; %3 उपलब्ध।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="468"/>
        <source>Lot %1 cancelled: %2 points debited.</source>
        <translation>लॉट %1 रद्द: %2 अंक नामे।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="481"/>
        <source>Lot %1 now expires %2.</source>
        <translation>लॉट %1 अब %2 को समाप्त होगा।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="492"/>
        <location filename="../ui/memberspage.cpp" line="496"/>
        <location filename="../ui/memberspage.cpp" line="499"/>
        <source>Adjust points</source>
        <translation>अंक समायोजित करें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="492"/>
        <source>Points for %1 (negative to debit):</source>
        <translation>%1 के लिए अंक (नामे के लिए ऋणात्मक):</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="500"/>
        <source>Adjust %1 by %2 points (%3)? Available afterwards: %4.</source>
        <translation>%1 में %2 अंकों का समायोजन करें (%3)? बाद में उपलब्ध: %4।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="513"/>
        <location filename="../ui/memberspage.cpp" line="514"/>
        <source>Cancel lot</source>
        <translation>लॉट रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="513"/>
        <source>Why is lot %1 cancelled?</source>
        <translation>लॉट %1 क्यों रद्द किया जा रहा है?</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="514"/>
        <source>Debit everything left in lot %1 (%2)?</source>
        <translation>लॉट %1 में बचा सब नामे करें (%2)?</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="525"/>
        <location filename="../ui/memberspage.cpp" line="534"/>
        <source>Extend lot</source>
        <translation>लॉट बढ़ाएँ</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="525"/>
        <source>New expiry of lot %1 (YYYY-MM-DD, UTC midnight):</source>
        <translation>लॉट %1 की नई समाप्ति (YYYY-MM-DD, UTC मध्यरात्रि):</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="531"/>
        <source>&apos;%1&apos; is not a date like 2027-06-30.</source>
        <translation>&apos;%1&apos; 2027-06-30 जैसी तिथि नहीं है।</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="165"/>
        <location filename="../ui/memberspage.cpp" line="203"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="212"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points available, %3 held</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 पॉइंट उपलब्ध, %3 होल्ड में</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="219"/>
        <source>never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="220"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="304"/>
        <location filename="../ui/memberspage.cpp" line="313"/>
        <location filename="../ui/memberspage.cpp" line="316"/>
        <location filename="../ui/memberspage.cpp" line="359"/>
        <location filename="../ui/memberspage.cpp" line="366"/>
        <location filename="../ui/memberspage.cpp" line="376"/>
        <source>Issue points</source>
        <translation>पॉइंट जारी करें</translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="313"/>
        <location filename="../ui/memberspage.cpp" line="496"/>
        <location filename="../ui/memberspage.cpp" line="534"/>
        <source>Reason (kept in the audit trail):</source>
        <translation>कारण (ऑडिट ट्रेल में दर्ज रहता है):</translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="31"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="32"/>
        <source>%1 points (%2)</source>
        <translation>%1 पॉइंट (%2)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="69"/>
        <source>Programme at a glance</source>
        <translation>कार्यक्रम एक नज़र में</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="71"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="72"/>
        <source>Since the start</source>
        <translation>आरंभ से</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="73"/>
        <source>Liability</source>
        <translation>देयता</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="74"/>
        <source>Redeemed today</source>
        <translation>आज के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="75"/>
        <source>Redeemed this month</source>
        <translation>इस महीने के रिडेम्पशन</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="76"/>
        <source>Funding wallet</source>
        <translation>फ़ंडिंग वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="77"/>
        <source>Wallet cover</source>
        <translation>वॉलेट कवर</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="78"/>
        <source>Holds</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="79"/>
        <source>&amp;Refresh</source>
        <translation>ताज़ा करें (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="115"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="125"/>
        <source>%1 available · %2 held · %3 members</source>
        <translation>%1 उपलब्ध · %2 होल्ड में · %3 सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="141"/>
        <source>not funded yet (a prepaid programme)</source>
        <translation>अभी फ़ंडिंग नहीं हुई (प्रीपेड कार्यक्रम)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="142"/>
        <source>no funding wallet (a points-only programme)</source>
        <translation>कोई फ़ंडिंग वॉलेट नहीं (केवल अंकों वाला कार्यक्रम)</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="151"/>
        <source>a points-only programme: no wallet backs the points</source>
        <translation>केवल अंकों वाला कार्यक्रम: अंकों के पीछे कोई वॉलेट नहीं</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="156"/>
        <source>%1 % of the %2 outstanding points are worth</source>
        <translation>%2 बकाया अंकों के मूल्य का %1 %</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="157"/>
        <source>Warning: the wallet covers only %1</source>
        <translation>चेतावनी: वॉलेट केवल %1 कवर करता है</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="157"/>
        <source>the wallet covers %1</source>
        <translation>वॉलेट %1 कवर करता है</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="160"/>
        <source>%1 live, %2 due to time out within %3 minutes</source>
        <translation>%1 सक्रिय, %2 की समय-सीमा %3 मिनट में</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="122"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="127"/>
        <source>%1 issued · %2 redeemed · %3 expired · %4 taken by corrections · %5 outstanding</source>
        <translation>%1 जारी · %2 रिडीम · %3 समाप्त · %4 सुधारों से घटाए · %5 बकाया</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="132"/>
        <source>%1 net of %2 expected breakage (value %3), at the programme&apos;s default rates</source>
        <translation>%1, अपेक्षित ब्रेकेज %2 घटाकर (मूल्य %3), कार्यक्रम की डिफ़ॉल्ट दरों पर</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="144"/>
        <source>%1 available, %2 held%3</source>
        <translation>%1 उपलब्ध, %2 होल्ड में%3</translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="147"/>
        <source> — below the low-balance threshold of %1</source>
        <translation> — न्यूनतम-बैलेंस सीमा %1 से नीचे</translation>
    </message>
</context>
<context>
    <name>orchard::ui::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="140"/>
        <source>As of</source>
        <translation>तिथि तक</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="142"/>
        <source>Quarter ends</source>
        <translation>तिमाही का अंत</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="143"/>
        <source>Now</source>
        <translation>अभी</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="147"/>
        <source>End of Q%1 %2</source>
        <translation>तिमाही %1, %2 का अंत</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="162"/>
        <source>Breakage rates</source>
        <translation>ब्रेकेज दरें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="163"/>
        <source>default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="164"/>
        <source>default: the expected rates set in the expiry policy, else each bucket&apos;s rate estimated from history, else no breakage where there is no history yet (the report says which); auto: estimated from history only; or one rate per bucket, such as 0.05,0.2,0.45 (auto and rates can be mixed)</source>
        <translation>default: समाप्ति नीति में तय अपेक्षित दरें, नहीं तो हर वर्ग की इतिहास से अनुमानित दर, नहीं तो जहाँ अभी इतिहास नहीं वहाँ कोई ब्रेकेज नहीं (रिपोर्ट बताती है कौन-सी); auto: केवल इतिहास से अनुमानित; या हर वर्ग के लिए एक दर, जैसे 0.05,0.2,0.45 (auto और दरें मिलाई जा सकती हैं)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="169"/>
        <source>Ageing buckets</source>
        <translation>आयु बकेट</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="170"/>
        <source>the policy&apos;s, e.g. 0-90,91-180,181+</source>
        <translation>नीति के अनुसार, जैसे 0-90,91-180,181+</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="171"/>
        <source>As &amp;of:</source>
        <translation>तिथि तक (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="173"/>
        <source>B&amp;reakage:</source>
        <translation>ब्रेकेज (&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="174"/>
        <source>B&amp;uckets:</source>
        <translation>बकेट (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="190"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="191"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="192"/>
        <source>&amp;From:</source>
        <translation>आरंभ तिथि (&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="193"/>
        <source>&amp;To:</source>
        <translation>अंतिम तिथि (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="196"/>
        <source>Cohorts by</source>
        <translation>समूह का आधार</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="178"/>
        <location filename="../ui/reportpage.cpp" line="197"/>
        <source>Department</source>
        <translation>विभाग</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="176"/>
        <source>Liability by</source>
        <translation>देयता किसके अनुसार</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="177"/>
        <source>Total only</source>
        <translation>केवल कुल</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="179"/>
        <location filename="../ui/reportpage.cpp" line="198"/>
        <source>HRIS</source>
        <translation>HRIS</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="181"/>
        <source>&amp;Share by:</source>
        <translation>बाँटें (&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="199"/>
        <source>Issue month</source>
        <translation>जारी करने का महीना</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="201"/>
        <source>&amp;By:</source>
        <translation>आधार (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="205"/>
        <source>&amp;Compute</source>
        <translation>गणना करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="210"/>
        <source>Computing</source>
        <translation>गणना हो रही है</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="224"/>
        <source>Chart</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="230"/>
        <source>Report table</source>
        <translation>रिपोर्ट तालिका</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="239"/>
        <source>Roll-forward for the quarter</source>
        <translation>तिमाही का रोल-फ़ॉरवर्ड</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="244"/>
        <source>Export C&amp;SV…</source>
        <translation>CSV निर्यात करें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="245"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF निर्यात करें (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="246"/>
        <source>Save c&amp;hart as PNG…</source>
        <translation>चार्ट PNG के रूप में सहेजें (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="247"/>
        <source>Pri&amp;nt…</source>
        <translation>प्रिंट करें… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="248"/>
        <source>Print the report with its chart and table (Ctrl+P); a preview first.</source>
        <translation>रिपोर्ट उसके चार्ट और तालिका के साथ प्रिंट करें (Ctrl+P); पहले पूर्वावलोकन।</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="249"/>
        <source>Cop&amp;y chart</source>
        <translation>चार्ट कॉपी करें (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="252"/>
        <source>E&amp;vidence pack…</source>
        <translation>साक्ष्य पैक (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="253"/>
        <source>For a quarter end: the auditor&apos;s pack (the quarter-end reports as CSV and PDF, the GL journal, the audit anchor, the verify transcript and a manifest of SHA-256 digests) in one ZIP</source>
        <translation>तिमाही के अंत के लिए: लेखा परीक्षक का पैक (तिमाही-अंत रिपोर्ट CSV और PDF में, GL जर्नल, ऑडिट एंकर, सत्यापन प्रतिलेख और SHA-256 डाइजेस्ट का मैनिफ़ेस्ट) एक ZIP में</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="358"/>
        <source>Computing from the journal…</source>
        <translation>जर्नल से गणना की जा रही है…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="381"/>
        <source>Computing the quarter&apos;s roll-forward…</source>
        <translation>तिमाही का रोल-फ़ॉरवर्ड गणना किया जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="418"/>
        <source>%1 as of %2</source>
        <translation>%1, %2 तक</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="419"/>
        <source>%1 from %2 to %3</source>
        <translation>%1, %2 से %3 तक</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="435"/>
        <source>No figures: the report could not be computed with these parameters.</source>
        <translation>कोई आँकड़े नहीं: इन मानदंडों से रिपोर्ट की गणना नहीं हो सकी।</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="512"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="534"/>
        <location filename="../ui/reportpage.cpp" line="584"/>
        <source>Export the report</source>
        <translation>रिपोर्ट निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="535"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="545"/>
        <source>compute the report first</source>
        <translation>पहले रिपोर्ट की गणना करें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="551"/>
        <source>cannot write %1</source>
        <translation>%1 में नहीं लिखा जा सका</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="568"/>
        <source>Compute the report first: there is nothing to print yet.</source>
        <translation>पहले रिपोर्ट की गणना करें: अभी प्रिंट करने को कुछ नहीं है।</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="575"/>
        <source>Print %1</source>
        <translation>%1 प्रिंट करें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="585"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="609"/>
        <source>Save the evidence pack</source>
        <translation>साक्ष्य पैक सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="610"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP संग्रह (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="619"/>
        <source>An evidence pack is of a quarter: choose a quarter end.</source>
        <translation>साक्ष्य पैक एक तिमाही का होता है: तिमाही का अंत चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="627"/>
        <source>Writing the evidence pack of %1…</source>
        <translation>%1 का साक्ष्य पैक लिखा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="650"/>
        <source>Wrote %1: %2 files of %3 and their manifest; audit anchor at record %4.</source>
        <translation>%1 लिखा गया: %3 की %2 फ़ाइलें और उनका मैनिफ़ेस्ट; ऑडिट एंकर रिकॉर्ड %4 पर।</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="661"/>
        <source>Save the chart</source>
        <translation>चार्ट सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="662"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG छवियाँ (*.png);;SVG चित्र (*.svg)</translation>
    </message>
</context>
<context>
    <name>orchard::ui::RulesPage</name>
    <message>
        <location filename="../ui/rulespage.cpp" line="42"/>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="43"/>
        <source>Points may cover &amp;part of an order</source>
        <translation>पॉइंट ऑर्डर के एक भाग का भुगतान कर सकते हैं (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="44"/>
        <source>&amp;Wallet money may pay the rest</source>
        <translation>बाकी राशि का भुगतान वॉलेट की राशि से हो सकता है (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="46"/>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Below the minimum</source>
        <translation>न्यूनतम से कम होने पर</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="47"/>
        <source>Pay with the wallet only</source>
        <translation>केवल वॉलेट से भुगतान करें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="48"/>
        <source>Refuse the order</source>
        <translation>ऑर्डर अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="51"/>
        <source>&amp;Save as a new version…</source>
        <translation>नए संस्करण के रूप में सहेजें (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="53"/>
        <source>Rules</source>
        <translation>नियम</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="55"/>
        <source>&amp;Minimum points:</source>
        <translation>न्यूनतम पॉइंट (&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="56"/>
        <source>A member needs at least this many available points before points apply, and uses at least this many.</source>
        <translation>पॉइंट लागू होने के लिए सदस्य के पास कम से कम इतने उपलब्ध पॉइंट होने चाहिए, और वह कम से कम इतने पॉइंट उपयोग करता है।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="58"/>
        <source>Off: points pay a whole order or nothing.</source>
        <translation>बंद होने पर: पॉइंट पूरे ऑर्डर का भुगतान करते हैं या कुछ भी नहीं।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="60"/>
        <source>Off: the points must cover the order on their own.</source>
        <translation>बंद होने पर: पॉइंट को अकेले ही पूरे ऑर्डर का भुगतान करना होगा।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="61"/>
        <source>&amp;Below the minimum:</source>
        <translation>न्यूनतम से कम होने पर (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="62"/>
        <source>What happens when the member&apos;s available points are under the minimum.</source>
        <translation>जब सदस्य के उपलब्ध पॉइंट न्यूनतम से कम हों, तब क्या होता है।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="67"/>
        <source>Order amount</source>
        <translation>ऑर्डर राशि</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="69"/>
        <source>Available points</source>
        <translation>उपलब्ध पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="71"/>
        <source>Wallet balance</source>
        <translation>वॉलेट बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="73"/>
        <source>Points the member chooses</source>
        <translation>सदस्य द्वारा चुने गए पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="74"/>
        <source>empty: as many as the rules allow</source>
        <translation>खाली: जितने नियम अनुमति दें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="76"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="77"/>
        <source>a member id, then Enter: their points and wallet</source>
        <translation>सदस्य आईडी, फिर Enter: उनके पॉइंट और वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="82"/>
        <source>Try a checkout with these rules</source>
        <translation>इन नियमों के साथ एक चेकआउट आज़माएँ</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="84"/>
        <source>M&amp;ember:</source>
        <translation>सदस्य (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="85"/>
        <source>&amp;Order:</source>
        <translation>ऑर्डर (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="86"/>
        <source>A&amp;vailable points:</source>
        <translation>उपलब्ध पॉइंट (&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="87"/>
        <source>Wa&amp;llet:</source>
        <translation>वॉलेट (&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="88"/>
        <source>&amp;Chosen points:</source>
        <translation>चुने गए पॉइंट (&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Partial points</source>
        <translation>आंशिक पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Wallet remainder</source>
        <translation>शेष राशि वॉलेट से</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="93"/>
        <source>Author</source>
        <translation>लेखक</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="93"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="93"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="98"/>
        <source>Rule versions</source>
        <translation>नियमों के संस्करण</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="105"/>
        <source>Versions (a checkout is quoted under the version in force):</source>
        <translation>संस्करण (चेकआउट का मूल्य उस समय लागू संस्करण के अनुसार निकाला जाता है):</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="111"/>
        <source>Only an admin changes the split-payment rules.</source>
        <translation>केवल admin ही विभाजित भुगतान के नियम बदल सकता है।</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="150"/>
        <location filename="../ui/rulespage.cpp" line="151"/>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="150"/>
        <location filename="../ui/rulespage.cpp" line="151"/>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="153"/>
        <source>(defaults)</source>
        <translation>(डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="175"/>
        <source>minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="175"/>
        <source>a whole number of points from 0 to %1, not &apos;%2&apos;</source>
        <translation>0 से %1 तक पॉइंट की एक पूर्ण संख्या, &apos;%2&apos; नहीं</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="190"/>
        <source>order</source>
        <translation>ऑर्डर</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="196"/>
        <source>available points</source>
        <translation>उपलब्ध पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="196"/>
        <location filename="../ui/rulespage.cpp" line="211"/>
        <source>a whole number of points, not &apos;%1&apos;</source>
        <translation>पॉइंट की एक पूर्ण संख्या, &apos;%1&apos; नहीं</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="202"/>
        <source>wallet</source>
        <translation>वॉलेट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="211"/>
        <source>chosen points</source>
        <translation>चुने गए पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="231"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="253"/>
        <source>%1 points leave %2 to pay and the wallet holds %3</source>
        <translation>%1 अंकों के बाद %2 चुकाना बाकी है और वॉलेट में %3 है</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="257"/>
        <source>the wallet holds %1 of the %2 the order needs</source>
        <translation>ऑर्डर को चाहिए %2, वॉलेट में %1 है</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="259"/>
        <source>&lt;b&gt;Refused&lt;/b&gt; (%1): %2</source>
        <translation>&lt;b&gt;अस्वीकृत&lt;/b&gt; (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="263"/>
        <source>&lt;b&gt;%1 points&lt;/b&gt; (worth %2) + &lt;b&gt;%3&lt;/b&gt; from the wallet = %4&lt;br&gt;the member may use %5 to %6 points&lt;br&gt;&lt;i&gt;%7&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 पॉइंट&lt;/b&gt; (मूल्य %2) + वॉलेट से &lt;b&gt;%3&lt;/b&gt; = %4&lt;br&gt;सदस्य %5 से %6 पॉइंट उपयोग कर सकता है&lt;br&gt;&lt;i&gt;%7&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="273"/>
        <source>minimum points %1 → %2</source>
        <translation>न्यूनतम पॉइंट %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <source>partial points %1 → %2</source>
        <translation>आंशिक पॉइंट %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>wallet remainder %1 → %2</source>
        <translation>शेष राशि वॉलेट से %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="279"/>
        <source>below the minimum %1 → %2</source>
        <translation>न्यूनतम से कम होने पर %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="300"/>
        <source>Save the rules</source>
        <translation>नियम सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="301"/>
        <source>Version %1 will change:
%2

Why (kept with the version and in the audit trail):</source>
        <translation>संस्करण %1 में ये बदलाव होंगे:
%2

कारण (संस्करण के साथ और ऑडिट ट्रेल में दर्ज रहता है):</translation>
    </message>
</context>
<context>
    <name>orchard::ui::SchedulesPage</name>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <location filename="../ui/schedulespage.cpp" line="42"/>
        <source>Report</source>
        <translation>रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <location filename="../ui/schedulespage.cpp" line="46"/>
        <source>Every</source>
        <translation>हर</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <location filename="../ui/schedulespage.cpp" line="49"/>
        <source>Format</source>
        <translation>फ़ॉर्मेट</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Last run</source>
        <translation>पिछला रन</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Next run (as of)</source>
        <translation>अगला रन (तिथि तक)</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="33"/>
        <source>Scheduled exports</source>
        <translation>शेड्यूल किए गए निर्यात</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="36"/>
        <source>name, e.g. quarter-close</source>
        <translation>नाम, जैसे quarter-close</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="37"/>
        <source>Schedule name</source>
        <translation>शेड्यूल का नाम</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="51"/>
        <source>absolute folder, e.g. /srv/finance/exports</source>
        <translation>पूरा फ़ोल्डर पथ, जैसे /srv/finance/exports</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="52"/>
        <source>Output folder</source>
        <translation>आउटपुट फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="53"/>
        <source>B&amp;rowse…</source>
        <translation>ब्राउज़ करें (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="54"/>
        <source>&amp;Add schedule</source>
        <translation>शेड्यूल जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="55"/>
        <source>Re&amp;move selected…</source>
        <translation>चुना हुआ हटाएँ… (&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="56"/>
        <source>R&amp;un selected now</source>
        <translation>चुना हुआ अभी चलाएँ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="57"/>
        <source>Write the selected schedule&apos;s export as of now into its folder; its calendar is unchanged.</source>
        <translation>चुनी गई अनुसूची का निर्यात अभी के अनुसार उसके फ़ोल्डर में लिखें; उसका कैलेंडर नहीं बदलता।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="65"/>
        <source>Only admin and finance schedule exports.</source>
        <translation>केवल admin और finance ही निर्यात शेड्यूल कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="74"/>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="75"/>
        <source>R&amp;eport:</source>
        <translation>रिपोर्ट (&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="76"/>
        <source>E&amp;very:</source>
        <translation>हर (&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="77"/>
        <source>&amp;Format:</source>
        <translation>प्रारूप (&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="78"/>
        <source>F&amp;older:</source>
        <translation>फ़ोल्डर (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="92"/>
        <source>Where the exports go</source>
        <translation>निर्यात कहाँ सहेजे जाएँ</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="102"/>
        <location filename="../ui/schedulespage.cpp" line="115"/>
        <source>Select a schedule first.</source>
        <translation>पहले कोई अनुसूची चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="106"/>
        <source>Remove schedule</source>
        <translation>अनुसूची हटाएँ</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="107"/>
        <source>Remove the schedule %1? Its exports already written stay in %2; no more are made.</source>
        <translation>अनुसूची %1 हटाएँ? पहले लिखे निर्यात %2 में रहेंगे; और नहीं बनेंगे।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="143"/>
        <source>not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="171"/>
        <source>Schedule %1 added.</source>
        <translation>शेड्यूल %1 जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="180"/>
        <source>Wrote %1 (%2 rows) and its manifest.</source>
        <translation>%1 (%2 पंक्तियाँ) और उसका मैनिफ़ेस्ट लिखा।</translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="189"/>
        <source>Schedule %1 removed.</source>
        <translation>शेड्यूल %1 हटाया गया।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::SourcesPage</name>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Earns</source>
        <translation>अर्जित करता है</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Redeems</source>
        <translation>रिडीम करता है</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Free amounts</source>
        <translation>मुक्त राशि</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Most points per earning</source>
        <translation>प्रति अर्जन अधिकतम अंक</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="44"/>
        <source>Sources</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="45"/>
        <source>&amp;Save changes</source>
        <translation>परिवर्तन सहेजें (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="46"/>
        <source>A source that earns sends earning events (an HRIS, a card platform); one that redeems reserves and spends points (the marketplace, loyalife). Free amounts: it may name the points itself instead of an earning rule&apos;s.</source>
        <translation>अर्जन करने वाला स्रोत अर्जन घटनाएँ भेजता है (HRIS, कार्ड प्लेटफ़ॉर्म); रिडीम करने वाला अंक रोकता और खर्च करता है (marketplace, loyalife)। मुक्त राशि: वह अर्जन नियम के बजाय अंक स्वयं बता सकता है।</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="53"/>
        <source>Only an admin changes what a source may do.</source>
        <translation>स्रोत क्या कर सकता है, यह केवल व्यवस्थापक बदलता है।</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="79"/>
        <source>Empty: no most</source>
        <translation>खाली: कोई सीमा नहीं</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="108"/>
        <source>Nothing has changed.</source>
        <translation>कुछ नहीं बदला।</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="119"/>
        <source>Saved; the change is in the audit trail.</source>
        <translation>सहेजा गया; परिवर्तन ऑडिट ट्रेल में है।</translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="127"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>orchard::ui::StatementDialog</name>
    <message>
        <location filename="../ui/statementdialog.cpp" line="36"/>
        <source>Statement for %1</source>
        <translation>%1 का विवरण</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="45"/>
        <source>From (inclusive, UTC)</source>
        <translation>से (सम्मिलित, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="46"/>
        <source>To (exclusive, UTC)</source>
        <translation>तक (असम्मिलित, UTC)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="47"/>
        <source>&amp;Preview</source>
        <translation>पूर्वावलोकन (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="54"/>
        <source>Statement lines</source>
        <translation>विवरण की पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="57"/>
        <source>Save &amp;PDF…</source>
        <translation>PDF सहेजें… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="58"/>
        <source>Save &amp;CSV…</source>
        <translation>CSV सहेजें… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="61"/>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="63"/>
        <source>to (exclusive)</source>
        <translation>तक (असम्मिलित)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="122"/>
        <source>there is no statement to save yet</source>
        <translation>अभी सहेजने को कोई विवरण नहीं है</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="134"/>
        <source>cannot write %1: %2</source>
        <translation>%1 नहीं लिखा जा सकता: %2</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="140"/>
        <source>Save the statement</source>
        <translation>विवरण सहेजें</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="142"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF फ़ाइलें (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="142"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="100"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="102"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="104"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="106"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="108"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="110"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="112"/>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="114"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="116"/>
        <source>Available after</source>
        <translation>बाद में उपलब्ध</translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/transactionspage.cpp" line="74"/>
        <location filename="../ui/transactionspage.cpp" line="132"/>
        <location filename="../ui/transactionspage.cpp" line="381"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="75"/>
        <location filename="../ui/transactionspage.cpp" line="132"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="79"/>
        <location filename="../ui/transactionspage.cpp" line="133"/>
        <location filename="../ui/transactionspage.cpp" line="387"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="83"/>
        <source>Member id</source>
        <translation>सदस्य आईडी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="84"/>
        <location filename="../ui/transactionspage.cpp" line="380"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="86"/>
        <source>Between</source>
        <translation>इनके बीच</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="95"/>
        <source>From</source>
        <translation>आरंभ तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="96"/>
        <source>To</source>
        <translation>अंतिम तिथि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="117"/>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="120"/>
        <source>Minimum points</source>
        <translation>न्यूनतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="121"/>
        <source>Maximum points</source>
        <translation>अधिकतम पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="123"/>
        <source>Reference contains…</source>
        <translation>संदर्भ में शामिल…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="124"/>
        <location filename="../ui/transactionspage.cpp" line="383"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="137"/>
        <location filename="../ui/transactionspage.cpp" line="384"/>
        <source>Points</source>
        <translation>पॉइंट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="153"/>
        <source>Transactions</source>
        <translation>लेन-देन</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="158"/>
        <source>Entry detail</source>
        <translation>प्रविष्टि विवरण</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="159"/>
        <location filename="../ui/transactionspage.cpp" line="467"/>
        <source>&amp;Refund…</source>
        <translation>वापसी… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="161"/>
        <location filename="../ui/transactionspage.cpp" line="342"/>
        <source>Give back the selected confirmed redemption or checkout, whole or in part.</source>
        <translation>चुना गया पुष्ट रिडेम्पशन या चेकआउट, पूरा या आंशिक, लौटाएँ।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="162"/>
        <location filename="../ui/transactionspage.cpp" line="438"/>
        <source>Only the admin role may refund.</source>
        <translation>वापसी केवल व्यवस्थापक भूमिका कर सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="178"/>
        <source>The ledger has changed since these rows were read: Refresh (F5) shows the new entries.</source>
        <translation>ये पंक्तियाँ पढ़े जाने के बाद लेजर बदल गया है: ताज़ा करें (F5) नई प्रविष्टियाँ दिखाता है।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="179"/>
        <source>The ledger has changed</source>
        <translation>लेजर बदल गया है</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="210"/>
        <source>Counting the entries and sums of this filter…</source>
        <translation>इस फ़िल्टर की प्रविष्टियाँ और योग गिने जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="213"/>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="226"/>
        <source>Export transactions</source>
        <translation>लेन-देन निर्यात करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="273"/>
        <source>Points: the minimum %1 is above the maximum %2, so no entry could match.</source>
        <translation>अंक: न्यूनतम %1 अधिकतम %2 से ऊपर है, इसलिए कोई प्रविष्टि मेल नहीं खा सकती।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="276"/>
        <source>Between: %1 is not before %2, so no entry could match.</source>
        <translation>बीच में: %1, %2 से पहले नहीं है, इसलिए कोई प्रविष्टि मेल नहीं खा सकती।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="329"/>
        <source>%1 %2: %3 points</source>
        <translation>%1 %2: %3 अंक</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="330"/>
        <source>%1 entries (%2) · %3 %4 in money</source>
        <translation>%1 प्रविष्टियाँ (%2) · राशि में %3 %4</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="331"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="362"/>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="368"/>
        <source>%1 points</source>
        <translation>%1 अंक</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="377"/>
        <source>&lt;h3&gt;Entry %1: %2&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;प्रविष्टि %1: %2&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="379"/>
        <source>Posted</source>
        <translation>दर्ज</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="386"/>
        <source>Money</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="388"/>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="390"/>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="399"/>
        <source>&lt;h4&gt;Lots&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;लॉट&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="412"/>
        <source>&lt;h4&gt;Audit record %1&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;ऑडिट रिकॉर्ड %1&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="413"/>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="414"/>
        <source>Actor</source>
        <translation>कर्ता</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="415"/>
        <source>At</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="429"/>
        <source>Digest</source>
        <translation>डाइजेस्ट</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="440"/>
        <source>Only a confirmed redemption or a checkout can be refunded; this entry is a %1.</source>
        <translation>केवल पुष्ट रिडेम्पशन या चेकआउट लौटाया जा सकता है; यह प्रविष्टि %1 है।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="448"/>
        <source>&amp;Copy reference</source>
        <translation>संदर्भ कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="451"/>
        <source>This entry has no reference.</source>
        <translation>इस प्रविष्टि का कोई संदर्भ नहीं है।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="452"/>
        <source>Copy entry &amp;number</source>
        <translation>प्रविष्टि संख्या कॉपी करें (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="454"/>
        <source>This entry belongs to the programme, not to a member.</source>
        <translation>यह प्रविष्टि कार्यक्रम की है, किसी सदस्य की नहीं।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="455"/>
        <source>&amp;Only this member&apos;s entries</source>
        <translation>केवल इस सदस्य की प्रविष्टियाँ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="460"/>
        <source>&amp;Open member</source>
        <translation>सदस्य खोलें (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="471"/>
        <source>Re&amp;lease hold…</source>
        <translation>रोक हटाएँ… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="474"/>
        <source>Only the admin role may release a hold.</source>
        <translation>रोक केवल व्यवस्थापक भूमिका हटा सकती है।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="476"/>
        <source>Only a hold still reserved can be released; this one is %1.</source>
        <translation>केवल अभी भी रुकी हुई रोक हटाई जा सकती है; यह %1 है।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="392"/>
        <source>&lt;h4&gt;Postings&lt;/h4&gt;&lt;table&gt;</source>
        <translation>&lt;h4&gt;पोस्टिंग&lt;/h4&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="401"/>
        <source>&lt;tr&gt;&lt;td&gt;lot %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;लॉट %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="498"/>
        <location filename="../ui/transactionspage.cpp" line="504"/>
        <location filename="../ui/transactionspage.cpp" line="507"/>
        <source>Refund</source>
        <translation>वापसी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="499"/>
        <source>Points of %1 to give back to %2 (at most the %3 it confirmed, less earlier refunds):</source>
        <translation>%1 के कितने अंक %2 को लौटाएँ (अधिकतम पुष्ट %3, पिछली वापसियाँ घटाकर):</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="504"/>
        <source>Reason (kept in the audit trail):</source>
        <translation>कारण (ऑडिट ट्रेल में रखा जाता है):</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="508"/>
        <source>Refund %1 points of %2 to %3 (%4)? Their available points become %5.</source>
        <translation>%2 के %1 अंक %3 को लौटाएँ (%4)? उनके उपलब्ध अंक %5 हो जाएँगे।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="526"/>
        <source>%1 of %2: %3 points back to %4; %5 left to refund.</source>
        <translation>%2 का %1: %3 अंक %4 को वापस; %5 लौटाना बाकी।</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="542"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 में नहीं लिखा जा सका: %2</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="548"/>
        <source>Exporting transactions…</source>
        <translation>लेन-देन निर्यात किए जा रहे हैं…</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="548"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="571"/>
        <source>Exported %1 entries to %2</source>
        <translation>%1 प्रविष्टियाँ %2 में निर्यात की गईं</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="56"/>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="125"/>
        <source>&amp;Apply</source>
        <translation>लागू करें (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="127"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV निर्यात करें (&amp;X)…</translation>
    </message>
</context>
<context>
    <name>orchard::ui::WalletPage</name>
    <message>
        <location filename="../ui/walletpage.cpp" line="60"/>
        <source>amount, e.g. 250000.00</source>
        <translation>राशि, जैसे 250000.00</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="61"/>
        <source>Amount to fund</source>
        <translation>फ़ंड की जाने वाली राशि</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="63"/>
        <source>bank transfer reference</source>
        <translation>बैंक ट्रांसफ़र संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="64"/>
        <source>Bank reference</source>
        <translation>बैंक संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="65"/>
        <source>&amp;Fund…</source>
        <translation>फ़ंड करें (&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="67"/>
        <source>warn below, e.g. 50000.00</source>
        <translation>इससे नीचे चेतावनी, जैसे 50000.00</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="68"/>
        <source>Low-balance threshold</source>
        <translation>न्यूनतम-बैलेंस सीमा</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="69"/>
        <source>Set &amp;threshold</source>
        <translation>सीमा निर्धारित करें (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="74"/>
        <source>Only admin and finance fund the programme wallet.</source>
        <translation>केवल admin और finance ही कार्यक्रम वॉलेट को फ़ंड कर सकते हैं।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="77"/>
        <source>Fund:</source>
        <translation>फ़ंड करें:</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Balance over time</source>
        <translation>समय के साथ बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Reference</source>
        <translation>संदर्भ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Amount</source>
        <translation>राशि</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Balance after</source>
        <translation>बाद का बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="94"/>
        <source>Funding wallet movements</source>
        <translation>फ़ंडिंग वॉलेट की गतिविधियाँ</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Day (UTC)</source>
        <translation>दिन (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Funded</source>
        <translation>फ़ंड किया गया</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Drawn (net of returns)</source>
        <translation>निकाला गया (वापसी घटाकर)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="100"/>
        <source>Fundings and draws by source per day</source>
        <translation>प्रति दिन स्रोत के अनुसार फ़ंडिंग और निकासी</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="102"/>
        <source>&amp;Movements</source>
        <translation>गतिविधियाँ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="103"/>
        <source>By &amp;day and source</source>
        <translation>दिन और स्रोत के अनुसार (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="160"/>
        <source>&lt;b&gt;The funding wallet is not open yet.&lt;/b&gt; Its first funding opens it; until then redemptions draw nothing.</source>
        <translation>&lt;b&gt;फ़ंडिंग वॉलेट अभी खुला नहीं है।&lt;/b&gt; पहली फ़ंडिंग से यह खुलेगा; तब तक रिडेम्पशन इससे कुछ नहीं लेते।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="161"/>
        <source>&lt;b&gt;This programme is not pre-paid&lt;/b&gt; (programme setting funding = none).</source>
        <translation>&lt;b&gt;यह कार्यक्रम प्री-पेड नहीं है&lt;/b&gt; (कार्यक्रम सेटिंग funding = none)।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="164"/>
        <source>&lt;b&gt;Available %1&lt;/b&gt; · held for open reservations %2 · drawn %3 · funded %4 · threshold %5 · %6</source>
        <translation>&lt;b&gt;उपलब्ध %1&lt;/b&gt; · खुले आरक्षणों के लिए होल्ड %2 · निकाला गया %3 · फ़ंड किया गया %4 · सीमा %5 · %6</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="166"/>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/walletpage.cpp" line="167"/>
        <source>%n day(s) of cover at the last 30 days&apos; draws</source>
        <translation>
            <numerusform>पिछले 30 दिनों की निकासी की दर से %n दिन का कवर</numerusform>
            <numerusform>पिछले 30 दिनों की निकासी की दर से %n दिनों का कवर</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="168"/>
        <source>nothing drawn in the last 30 days</source>
        <translation>पिछले 30 दिनों में कुछ नहीं निकाला गया</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="171"/>
        <source>The funding wallet is below its threshold: fund it before redemptions are refused.</source>
        <translation>फ़ंडिंग वॉलेट अपनी सीमा से नीचे है: रिडेम्पशन अस्वीकार होने से पहले इसे फ़ंड करें।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="223"/>
        <source>Funding wallet balance</source>
        <translation>फ़ंडिंग वॉलेट बैलेंस</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="257"/>
        <source>bank reference: required; a bank transfer funds the wallet once</source>
        <translation>बैंक संदर्भ: आवश्यक; एक बैंक ट्रांसफ़र वॉलेट को केवल एक बार फ़ंड करता है</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="261"/>
        <source>Fund the programme wallet with %1 (bank reference %2)?
Available after: %3</source>
        <translation>कार्यक्रम वॉलेट को %1 से फ़ंड करें (बैंक संदर्भ %2)?
फ़ंडिंग के बाद उपलब्ध: %3</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="264"/>
        <source>Fund the wallet</source>
        <translation>वॉलेट फ़ंड करें</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="276"/>
        <source>Funded.</source>
        <translation>फ़ंड किया गया।</translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="300"/>
        <source>Threshold set.</source>
        <translation>सीमा निर्धारित की गई।</translation>
    </message>
</context>
<context>
    <name>orchard::ui::WebhooksPage</name>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Receiver</source>
        <translation>प्राप्तकर्ता</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Events</source>
        <translation>घटनाएँ</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Platform</source>
        <translation>प्लेटफ़ॉर्म</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Event</source>
        <translation>घटना</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Member</source>
        <translation>सदस्य</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Last answer</source>
        <translation>अंतिम उत्तर</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Latency</source>
        <translation>विलंब</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Last attempt</source>
        <translation>अंतिम प्रयास</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="62"/>
        <source>Webhook subscriptions</source>
        <translation>वेबहुक सदस्यताएँ</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="63"/>
        <source>Recent deliveries</source>
        <translation>हाल की डिलीवरी</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="67"/>
        <source>from event </source>
        <translation>घटना से </translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="68"/>
        <source>First event to deliver again</source>
        <translation>फिर भेजने के लिए पहली घटना</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="69"/>
        <source>&amp;Replay…</source>
        <translation>फिर भेजें… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="76"/>
        <source>Only an admin replays deliveries, on a ledger that may be written.</source>
        <translation>डिलीवरी केवल व्यवस्थापक फिर भेजता है, ऐसे लेजर पर जिसमें लिखा जा सके।</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="77"/>
        <source>Subscriptions are added on the command line (orchardctl webhook add), where the signing secret is shown once.</source>
        <translation>सदस्यताएँ कमांड लाइन पर जोड़ी जाती हैं (orchardctl webhook add), जहाँ हस्ताक्षर रहस्य एक बार दिखाया जाता है।</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="103"/>
        <source>Choose a subscription to replay.</source>
        <translation>फिर भेजने के लिए कोई सदस्यता चुनें।</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="107"/>
        <source>Replay deliveries</source>
        <translation>डिलीवरी फिर भेजें</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="108"/>
        <source>Deliver every event of %1 from event %2 on again, in order? The receiver gets each again with its own id, so it can tell the repeats.</source>
        <translation>%1 की घटना %2 से आगे की हर घटना क्रम से फिर भेजें? प्राप्तकर्ता को हर घटना उसकी अपनी आईडी के साथ फिर मिलती है, ताकि वह दोहराव पहचान सके।</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="138"/>
        <source>delivering</source>
        <translation>भेजा जा रहा है</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="139"/>
        <source>failing: %n attempt(s) in a row, next %1</source>
        <translation>
            <numerusform>विफल: लगातार %n प्रयास, अगला %1</numerusform>
            <numerusform>विफल: लगातार %n प्रयास, अगला %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="144"/>
        <source>all platforms</source>
        <translation>सभी प्लेटफ़ॉर्म</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="147"/>
        <source>No webhook subscriptions yet.</source>
        <translation>अभी कोई वेबहुक सदस्यता नहीं।</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="175"/>
        <source>programme</source>
        <translation>कार्यक्रम</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="178"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="179"/>
        <source>%1 ms</source>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="180"/>
        <source>not yet</source>
        <translation>अभी नहीं</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="188"/>
        <source>%1: the %n most recent deliveries.</source>
        <translation>
            <numerusform>%1: सबसे हाल की %n डिलीवरी।</numerusform>
            <numerusform>%1: सबसे हाल की %n डिलीवरी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="196"/>
        <source>%n delivery(ies) of %1 from event %2 will be sent again.</source>
        <translation>
            <numerusform>%1 की घटना %2 से %n डिलीवरी फिर भेजी जाएगी।</numerusform>
            <numerusform>%1 की घटना %2 से %n डिलीवरी फिर भेजी जाएँगी।</numerusform>
        </translation>
    </message>
</context>
</TS>
