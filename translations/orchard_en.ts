<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LedgerWords</name>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="22"/>
        <source>issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="23"/>
        <source>hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="24"/>
        <source>redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="25"/>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="26"/>
        <source>hold timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="27"/>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="28"/>
        <location filename="../ui/ledgerwords.cpp" line="86"/>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="29"/>
        <location filename="../ui/ledgerwords.cpp" line="85"/>
        <source>wallet funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="30"/>
        <source>member wallet credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="31"/>
        <source>checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="32"/>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="40"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="41"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="42"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="43"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="44"/>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="52"/>
        <source>entered for this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="53"/>
        <source>the policy&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="54"/>
        <source>estimated from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="55"/>
        <source>no history yet: none assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="63"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="64"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="65"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="73"/>
        <source>redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="74"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="75"/>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="83"/>
        <source>points issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="84"/>
        <source>points correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="87"/>
        <source>split-payment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="88"/>
        <source>expiry policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="89"/>
        <source>programme settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="90"/>
        <source>source permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="91"/>
        <source>earning rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="92"/>
        <source>approval thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="100"/>
        <source>point state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="101"/>
        <source>ageing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="102"/>
        <source>liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="103"/>
        <source>roll-forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="104"/>
        <source>reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="105"/>
        <source>cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="106"/>
        <source>expiring points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="107"/>
        <source>every lot, with its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="115"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="116"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="117"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="118"/>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="131"/>
        <source>A value is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="132"/>
        <source>There is no such member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="133"/>
        <source>There is no such hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="134"/>
        <source>There is no such source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="135"/>
        <source>That member already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="136"/>
        <source>Not enough points or money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="137"/>
        <source>The hold is already confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="138"/>
        <source>The hold is already released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="139"/>
        <source>The hold has timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="140"/>
        <source>That reference was already used for a different request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="141"/>
        <source>Not allowed for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="142"/>
        <source>A balance would pass the ledger&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="143"/>
        <source>That file is not an Orchard ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="144"/>
        <source>The ledger is newer than this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="145"/>
        <source>The ledger is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="146"/>
        <source>The ledger cannot be reached; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="147"/>
        <source>Orchard hit an internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="148"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="149"/>
        <source>There is no such webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="150"/>
        <source>That webhook already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="151"/>
        <source>There is no such lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="152"/>
        <source>The lot has points on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="153"/>
        <source>The lot has nothing left or has lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ledgerwords.cpp" line="161"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/filedialogs.cpp" line="28"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="29"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="29"/>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/filedialogs.cpp" line="74"/>
        <source>%1 is a ledger file (or one of SQLite&apos;s files beside a ledger). Nothing was written; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="107"/>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="108"/>
        <source>Outstanding points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="109"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="110"/>
        <source>Breakage rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="111"/>
        <source>Rate basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="112"/>
        <source>History outstanding (D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="113"/>
        <source>History expired (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="114"/>
        <source>Expected breakage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="115"/>
        <source>Net liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="116"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="117"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="118"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="119"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="120"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="121"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="122"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="123"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="124"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="125"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="126"/>
        <source>Reserved points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="127"/>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="128"/>
        <source>Confirmed points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="129"/>
        <source>Confirmed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="130"/>
        <source>Released: failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="131"/>
        <source>Released: timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="132"/>
        <source>Released: admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="133"/>
        <source>Released points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="134"/>
        <source>Net points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="135"/>
        <source>Wallet paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="136"/>
        <source>Funding drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="137"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="138"/>
        <source>Refunded points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="139"/>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="140"/>
        <source>Adjusted in (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="141"/>
        <source>Adjusted out (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="142"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="143"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="144"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="145"/>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="146"/>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="147"/>
        <source>Redemption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="148"/>
        <source>Points per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="149"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="150"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="151"/>
        <source>Points expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="152"/>
        <source>First expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="153"/>
        <source>Points in grace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="154"/>
        <source>Redeemable until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="155"/>
        <source>Posted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="156"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="157"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="158"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="159"/>
        <source>Balance (points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="95"/>
        <source>Breakage: the programme&apos;s expected rates (expiry policy version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="97"/>
        <source>Breakage: estimated from history (no expected rates are set in the expiry policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="99"/>
        <source>Breakage: estimated from history (auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="100"/>
        <source>Breakage: the rates given (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="102"/>
        <source>Not applied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/liabilitymeasure.cpp" line="104"/>
        <source>No history yet for %1: no breakage assumed there, the whole value is liability. Finance&apos;s expected rates can be set in the expiry policy (orchardctl policy set --breakage), or given for this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="156"/>
        <source>Point state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="179"/>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="180"/>
        <location filename="../core/reports/reports.cpp" line="189"/>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="182"/>
        <source>  redeemed on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="183"/>
        <source>adjusted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="184"/>
        <source>adjusted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="185"/>
        <location filename="../core/reports/reports.cpp" line="189"/>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="186"/>
        <location filename="../core/reports/reports.cpp" line="189"/>
        <location filename="../core/reports/reports.cpp" line="223"/>
        <source>outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="287"/>
        <source>What if the expiry policy were %1, grace %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="316"/>
        <source>outstanding points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="317"/>
        <location filename="../core/reports/reports.cpp" line="187"/>
        <source>  of which held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="318"/>
        <source>expired points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="320"/>
        <source>expiring within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="322"/>
        <source>outstanding aged %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="324"/>
        <source>value of outstanding points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="328"/>
        <source>Net liability by age (days): today and proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="329"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="329"/>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="337"/>
        <source>Today: %1, grace %2 days (version %3). Proposed: %4, grace %5 days. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="339"/>
        <source>The proposal applies to the %1 lots whose dates are the ones this policy gives; lots with dates of their own or from an earlier, different policy keep them. Redemptions, refunds and adjustments stay as recorded; what is left of a lot expires when its proposed expiry and grace have passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="344"/>
        <source>%1 lots move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="345"/>
        <source> The first %1 are listed in the JSON figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="347"/>
        <source>Breakage rates are today&apos;s on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="188"/>
        <source>Points by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="190"/>
        <location filename="../core/reports/reports.cpp" line="465"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="191"/>
        <source>ties: issued + adjusted in = redeemed + expired + adjusted out + outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="192"/>
        <source>DOES NOT TIE: issued %1 + adjusted in %2 ≠ redeemed %3 + expired %4 + adjusted out %5 + outstanding %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="201"/>
        <source>%1 points were past expiry and grace but not yet written down by the expiry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="214"/>
        <source>Outstanding points by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="223"/>
        <source>Outstanding points by age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="171"/>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="172"/>
        <source>Points credited by adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="174"/>
        <source>Points debited by adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="176"/>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="177"/>
        <source>Redeemed points refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="180"/>
        <source>Breakage true-up: points expired less the breakage expected at the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="182"/>
        <source>Breakage expected of the points outstanding at the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="193"/>
        <location filename="../core/reports/gljournal.cpp" line="199"/>
        <source>Rounding and revaluation of the liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="194"/>
        <source>Liability moved between cost centres, rounding and revaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="204"/>
        <source>General-ledger journal of the points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="250"/>
        <location filename="../core/reports/reports.cpp" line="236"/>
        <location filename="../core/reports/reports.cpp" line="305"/>
        <location filename="../core/reports/reports.cpp" line="377"/>
        <location filename="../core/reports/reports.cpp" line="780"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="266"/>
        <source>Journal by GL account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="266"/>
        <source>debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="266"/>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="273"/>
        <source>Debits equal credits: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/gljournal.cpp" line="274"/>
        <source>The liability account %1 moves by %2, the roll-forward&apos;s change in net liability (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="257"/>
        <source>Liability by ageing bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="276"/>
        <source>Net liability and expected breakage by age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="326"/>
        <location filename="../core/reports/reports.cpp" line="277"/>
        <source>net liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/expirywhatif.cpp" line="325"/>
        <location filename="../core/reports/reports.cpp" line="277"/>
        <source>expected breakage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="329"/>
        <source>Liability by department and ageing bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="330"/>
        <source>Liability by HRIS id and ageing bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="331"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="340"/>
        <source>Net liability by department and age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="341"/>
        <source>Net liability by HRIS id and age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="365"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="385"/>
        <source>Each member&apos;s points are counted in the department recorded for them at the as-of. A bucket&apos;s value and breakage are shared in proportion to its points, the rounding remainder to the largest fractions, so the departments sum to the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="388"/>
        <source>A bucket&apos;s value and breakage are shared among HRIS ids in proportion to their points, the rounding remainder to the largest fractions, so they sum to the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="418"/>
        <source>Roll-forward of outstanding points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="429"/>
        <source>opening outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="430"/>
        <source>+ issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="431"/>
        <source>- redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="432"/>
        <source>+ refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="433"/>
        <source>+ adjusted in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="434"/>
        <source>- adjusted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="435"/>
        <source>- expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="436"/>
        <source>= closing outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="437"/>
        <source>expected breakage at opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="438"/>
        <source>breakage true-up (expired - expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="459"/>
        <source>net liability at opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="460"/>
        <source>net liability at closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="461"/>
        <source>change in net liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="462"/>
        <source>Roll-forward (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="463"/>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="464"/>
        <source>closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="466"/>
        <source>ties: opening + issued - redeemed + refunded + adjusted in - adjusted out - expired = closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="467"/>
        <source>DOES NOT TIE: opening + issued - redeemed + refunded + adjusted in - adjusted out - expired ≠ closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="553"/>
        <source>Reconciliation by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="569"/>
        <source>Confirmed points by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="569"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="618"/>
        <source>ties: confirmed points by source, net of refunds, = %1 = the journal&apos;s redeemed postings in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="620"/>
        <source>DOES NOT TIE: %1 confirmed by source net of refunds, %2 redeemed in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="718"/>
        <source>Redemption by cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="725"/>
        <source>Redemption rate by cohort (per mille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="725"/>
        <source>redemption rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="742"/>
        <source>%1 cohorts with fewer than %2 members are folded into &quot;other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reports.cpp" line="758"/>
        <source>Points expiring within %1 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitPayment</name>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="130"/>
        <source>%1 points available, below the minimum of %2: wallet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="134"/>
        <source>points may not cover part of an order and %1 are fewer than the %2 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="155"/>
        <source>points cover the whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/splitpayment.cpp" line="172"/>
        <source>%1 points and the rest from the wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="75"/>
        <source>Orchard&apos;s admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="78"/>
        <source>Ledger: an SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="80"/>
        <source>admin, finance or hr (default admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="82"/>
        <source>Language, e.g. en or hi (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="85"/>
        <source>Save the window as a PNG once the screen has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="108"/>
        <source>--role must be admin, finance or hr, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="109"/>
        <location filename="../app/console/main.cpp" line="115"/>
        <source>Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="116"/>
        <source>Cannot open the ledger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ApprovalsPage</name>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="34"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="35"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="35"/>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="42"/>
        <source>Pending approval requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="43"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="44"/>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="45"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="49"/>
        <source>Only another admin may decide a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="60"/>
        <source>Requests above the approval thresholds, and every settings change, wait here for an admin other than the one who made them. Pending requests lapse after 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="75"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="75"/>
        <source>Approve %1? It takes effect now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="97"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="116"/>
        <source>Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="130"/>
        <source>%1 approved: it has taken effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="131"/>
        <source>%1 was not approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="142"/>
        <source>%1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="143"/>
        <source>%1 was not rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="155"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/approvalspage.cpp" line="155"/>
        <source>Why is %1 rejected? (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="32"/>
        <source>Action starts with… (e.g. reservation., rules., wallet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="33"/>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="35"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="36"/>
        <source>&amp;Verify ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="38"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="43"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="70"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="89"/>
        <source>balanced entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="91"/>
        <source>account balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="93"/>
        <source>point lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="95"/>
        <source>reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="97"/>
        <source>audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="99"/>
        <source>entry digests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="105"/>
        <source>Verifying the whole ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Verifying the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="121"/>
        <source>Verifying the ledger: %1 (check %2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="128"/>
        <source>Verification cancelled; nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="133"/>
        <source>Verification could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="139"/>
        <source>✔ Every check holds: %1 entries, %2 accounts, %3 lots, %4 reservations, %5 audit records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/auditpage.cpp" line="149"/>
        <source>✘ %1 violations:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connectdialog.cpp" line="18"/>
        <source>Connect to a PostgreSQL ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="20"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="24"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="26"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="28"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="31"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="32"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="33"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="35"/>
        <source>Why Connect is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="37"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="40"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="41"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="42"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="43"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="44"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="61"/>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="63"/>
        <source>Enter the ledger&apos;s database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectdialog.cpp" line="65"/>
        <source>Enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ConsoleLauncher</name>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="43"/>
        <source>The password was not stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="53"/>
        <source>Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/consolelauncher.cpp" line="53"/>
        <source>Cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ExpiryPolicyPage</name>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="56"/>
        <source>Expiry window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="57"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="58"/>
        <source>Days after issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="59"/>
        <source>At the end of the Nth month after issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="60"/>
        <source>At the end of the Nth quarter after issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="63"/>
        <source>Expiry count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="66"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="67"/>
        <source>Grace days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="69"/>
        <source>Ageing buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="70"/>
        <source>e.g. 0-90,91-180,181+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="72"/>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Expected breakage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="73"/>
        <source>one rate per bucket, e.g. 0.05,auto,0.45; empty: estimated from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="76"/>
        <source>&amp;What if…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="77"/>
        <source>Today&apos;s figures beside what they would be had this window and grace applied to the same lots; changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="78"/>
        <source>&amp;Save as a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="80"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="82"/>
        <source>&amp;Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="83"/>
        <source>&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="84"/>
        <source>&amp;Grace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="85"/>
        <source>A lot&apos;s expiry is fixed when it is issued: a new version applies to later issues only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="86"/>
        <source>&amp;Buckets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="87"/>
        <source>Expected brea&amp;kage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="96"/>
        <source>Press What if… to see today&apos;s figures beside the proposal&apos;s before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="98"/>
        <source>What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="101"/>
        <source>What-if figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Grace (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="104"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="105"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="105"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="112"/>
        <source>Versions (each lot keeps the dates of the version it was issued under):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="113"/>
        <source>Policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="117"/>
        <source>Only an admin changes the expiry policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="154"/>
        <source>(defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="219"/>
        <source>Run What if… for these settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="240"/>
        <source>Computing the what-if over every lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="263"/>
        <source>No what-if: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="277"/>
        <source>Had it applied, %1 of %2 lots would move: outstanding points %3, expired points %4, net liability %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="297"/>
        <source>expiry %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="299"/>
        <source>grace %1 → %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="301"/>
        <source>buckets %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="303"/>
        <source>expected breakage %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="303"/>
        <location filename="../ui/expirypolicypage.cpp" line="304"/>
        <source>(from history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="320"/>
        <source>Version %1 will change:
%2

%3
Lots already issued keep their dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="328"/>
        <source>Save the expiry policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/expirypolicypage.cpp" line="329"/>
        <source>

Why (kept with the version and in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::HoldsPage</name>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="51"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="53"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="54"/>
        <location filename="../ui/holdspage.cpp" line="68"/>
        <source>Live holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="55"/>
        <source>Released and timed-out holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="58"/>
        <source>&amp;Release hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="61"/>
        <location filename="../ui/holdspage.cpp" line="183"/>
        <source>Only the admin role may release a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="73"/>
        <source>Released and timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="92"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="119"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="134"/>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="136"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="137"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="125"/>
        <source>%1 live holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="154"/>
        <source>Select a live hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="164"/>
        <location filename="../ui/holdspage.cpp" line="174"/>
        <source>Release hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="165"/>
        <source>Why is %1 (%2 points) being released? The reason is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="171"/>
        <source>A reason is required; nothing was released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="174"/>
        <source>Release %1 and return its points to the member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/holdspage.cpp" line="189"/>
        <source>%1 released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ImportEarningsWizard</name>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="53"/>
        <source>Import earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="87"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="88"/>
        <source>A CSV export (UTF-8, separated by commas or semicolons) with a header row: one earning event per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="91"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="92"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="99"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="100"/>
        <source>The source the events come from: it must be allowed to earn, and to award free amounts for a points column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="105"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="106"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="114"/>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="115"/>
        <source>Which of the file&apos;s columns holds each of Orchard&apos;s. They were guessed from the header; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="123"/>
        <source>%1 (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="124"/>
        <source>%1 (or the other):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="125"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="149"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="153"/>
        <source>The first %1 rows, each as it would be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="161"/>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="162"/>
        <source>Every row decided as the import will decide it (rules, caps, members, rows already in), then rolled back: nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="166"/>
        <source>Refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="168"/>
        <source>Errors file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="173"/>
        <source>Refused rows are written to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="181"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="182"/>
        <source>Rows go in a thousand at a time. Cancel keeps what has gone in; importing the file again carries on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="186"/>
        <source>Ca&amp;ncel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="203"/>
        <source>Import earnings from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="204"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importearningswizard.cpp" line="222"/>
        <source>%n column(s) separated by &apos;%1&apos;: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="233"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="273"/>
        <source>Every required column is mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="278"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="285"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="301"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="349"/>
        <source>%1 rows: %2 would be imported (%3 points), %4 already in, %5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="350"/>
        <source>%1 rows: %2 imported (%3 points), %4 already in, %5 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="359"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="373"/>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="373"/>
        <source>the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/importearningswizard.cpp" line="376"/>
        <source>… and %n more in the errors file</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="418"/>
        <source>Cancelled: what went in stays; import the file again to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="420"/>
        <source>The refused rows are in &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="441"/>
        <source>%1 rows, %2 rows/s, about %3 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/importearningswizard.cpp" line="450"/>
        <source>Cancelling after the rows under way…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::IssuePointsDialog</name>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="36"/>
        <source>Issue points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="38"/>
        <source>To &lt;b&gt;%1&lt;/b&gt; %2 — %3 points available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="43"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="45"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="47"/>
        <source>1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="48"/>
        <source>a whole number of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="50"/>
        <location filename="../ui/issuepointsdialog.cpp" line="159"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="51"/>
        <source>required, kept in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="53"/>
        <location filename="../ui/issuepointsdialog.cpp" line="162"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="54"/>
        <source>optional, e.g. a ticket number; the same reference is never issued twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="55"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="56"/>
        <source>Unticked: the expiry policy in force decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="60"/>
        <source>Expiry date (00:00 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="65"/>
        <source>at 00:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="68"/>
        <source>Funding wallet cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="72"/>
        <source>Why the award cannot be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="74"/>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="78"/>
        <source>&amp;Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="79"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="80"/>
        <source>Re&amp;ference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="112"/>
        <source>Points: give how many points to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="116"/>
        <source>Points: %1 is negative. Issuing only adds points; to take points away use Adjust….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="124"/>
        <source>Points: &quot;%1&quot; is not a whole number of points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="128"/>
        <source>Points: at least 1 point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="133"/>
        <source>Points: %1 is above the programme&apos;s maximum of %2 points per award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="137"/>
        <source>Points: at most %1 in one award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="143"/>
        <source>Points: %1 points are worth %2, more than the %3 the funding wallet holds. Fund the wallet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="157"/>
        <source>Reason: required; it is kept in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="186"/>
        <source>Issue %1 points to %2? Their available points go from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="192"/>
        <source>Warning: points outstanding would then be worth %1, more than the %2 the funding wallet holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="204"/>
        <source>A points-only programme: no funding wallet backs the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="206"/>
        <source>The funding wallet has not been funded yet: redemptions move no money until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/issuepointsdialog.cpp" line="211"/>
        <source>Funding wallet: %1. Points outstanding after this award: %2, worth %3 (the wallet covers %4 %).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Orchard — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>Orchard — %1 (%2, local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>Orchard — %1 (%2, database role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="73"/>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Funding wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Split-payment rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>Expiry policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Scheduled exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Opened %1 read-only: the file may not be written, so every change is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>Last refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Open Ledger File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Import &amp;Earnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="244"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Print the report shown, after a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Printing is for the report screens: Liability, Cohorts and Reconciliation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Go to this screen&apos;s search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="296"/>
        <source>Find is for Transactions, Members and Audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="304"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>&amp;About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="306"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="310"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Open a ledger file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="325"/>
        <source>Orchard ledgers (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>No other ledger has been opened yet: each one opened appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>The ledgers opened before, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359"/>
        <source>About Orchard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="360"/>
        <source>&lt;h3&gt;Orchard %1&lt;/h3&gt;&lt;p&gt;A points ledger and admin console for employee-rewards and bank loyalty programmes.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL v3) and QCoro (MIT); SQLite (public domain) and PostgreSQL (PostgreSQL licence) through Qt SQL; QtKeychain (BSD 3-Clause).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MemberDialog</name>
    <message>
        <location filename="../ui/memberdialog.cpp" line="15"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="21"/>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="25"/>
        <source>A member&apos;s id is how every entry names them; it cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="35"/>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="36"/>
        <source>as the HR system names them, e.g. E1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="40"/>
        <source>HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="41"/>
        <source>Darwinbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="42"/>
        <source>SuccessFactors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="43"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="46"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="51"/>
        <source>Member &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="52"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="53"/>
        <source>&amp;HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="54"/>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="71"/>
        <source>Member id: required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="73"/>
        <source>Member id: &quot;%1&quot; has a space; an id is one word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="75"/>
        <source>Name: required, so that people find the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberdialog.cpp" line="78"/>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::MembersPage</name>
    <message>
        <location filename="../ui/memberspage.cpp" line="47"/>
        <source>Member id or name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="48"/>
        <source>Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="50"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="52"/>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Age (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="54"/>
        <source>Remaining (held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="60"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="68"/>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="69"/>
        <location filename="../ui/memberspage.cpp" line="410"/>
        <source>Select a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="70"/>
        <source>&amp;Issue points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="71"/>
        <source>&amp;Adjust…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="72"/>
        <source>&amp;Cancel lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="73"/>
        <source>E&amp;xtend lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="74"/>
        <source>&amp;Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="75"/>
        <location filename="../ui/memberspage.cpp" line="87"/>
        <source>The member&apos;s statement for a period, as PDF or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="83"/>
        <source>Issue points to the member shown, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="84"/>
        <source>Credit or debit the member&apos;s points, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="85"/>
        <source>Debit what is left in the selected lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="86"/>
        <source>Give the selected lot a later expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="89"/>
        <source>A&amp;dd member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="91"/>
        <source>Enrol a member by hand, with their HR details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="92"/>
        <source>Only the admin role may add a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="94"/>
        <source>Correct the member&apos;s name, HRIS or department; the audit trail keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="149"/>
        <source>Darwinbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="150"/>
        <source>SuccessFactors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="151"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="261"/>
        <source>Member %1 (%2) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="276"/>
        <source>Member %1 now reads: %2, %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="388"/>
        <source>%1 Another admin decides it on the Approvals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="392"/>
        <source>Issued %1 points to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="420"/>
        <source>Only the admin role may change a member&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="421"/>
        <source>Only the admin role may change a member&apos;s points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="294"/>
        <source>A free amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="93"/>
        <source>&amp;Edit member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="299"/>
        <source>%1: %2 points (rule version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="304"/>
        <source>Issue points to %1 by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="316"/>
        <source>Issue %1 to %2 (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="337"/>
        <source>Issued %1 points to %2 by the %3 rule (version %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="422"/>
        <source>Select a member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="432"/>
        <source>%1

Another admin decides it on the Approvals screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="454"/>
        <source>Adjusted %1 by %2 points; %3 available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="468"/>
        <source>Lot %1 cancelled: %2 points debited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="481"/>
        <source>Lot %1 now expires %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="492"/>
        <location filename="../ui/memberspage.cpp" line="496"/>
        <location filename="../ui/memberspage.cpp" line="499"/>
        <source>Adjust points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="492"/>
        <source>Points for %1 (negative to debit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="500"/>
        <source>Adjust %1 by %2 points (%3)? Available afterwards: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="513"/>
        <location filename="../ui/memberspage.cpp" line="514"/>
        <source>Cancel lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="513"/>
        <source>Why is lot %1 cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="514"/>
        <source>Debit everything left in lot %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="525"/>
        <location filename="../ui/memberspage.cpp" line="534"/>
        <source>Extend lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="525"/>
        <source>New expiry of lot %1 (YYYY-MM-DD, UTC midnight):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="531"/>
        <source>&apos;%1&apos; is not a date like 2027-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="165"/>
        <location filename="../ui/memberspage.cpp" line="203"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="212"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 points available, %3 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="219"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="220"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="304"/>
        <location filename="../ui/memberspage.cpp" line="313"/>
        <location filename="../ui/memberspage.cpp" line="316"/>
        <location filename="../ui/memberspage.cpp" line="359"/>
        <location filename="../ui/memberspage.cpp" line="366"/>
        <location filename="../ui/memberspage.cpp" line="376"/>
        <source>Issue points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/memberspage.cpp" line="313"/>
        <location filename="../ui/memberspage.cpp" line="496"/>
        <location filename="../ui/memberspage.cpp" line="534"/>
        <source>Reason (kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::OverviewPage</name>
    <message>
        <location filename="../ui/overviewpage.cpp" line="31"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="32"/>
        <source>%1 points (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="69"/>
        <source>Programme at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="71"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="72"/>
        <source>Since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="73"/>
        <source>Liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="74"/>
        <source>Redeemed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="75"/>
        <source>Redeemed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="76"/>
        <source>Funding wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="77"/>
        <source>Wallet cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="78"/>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="79"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="115"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="125"/>
        <source>%1 available · %2 held · %3 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="141"/>
        <source>not funded yet (a prepaid programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="142"/>
        <source>no funding wallet (a points-only programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="151"/>
        <source>a points-only programme: no wallet backs the points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="156"/>
        <source>%1 % of the %2 outstanding points are worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="157"/>
        <source>Warning: the wallet covers only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="157"/>
        <source>the wallet covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="160"/>
        <source>%1 live, %2 due to time out within %3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="122"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="127"/>
        <source>%1 issued · %2 redeemed · %3 expired · %4 taken by corrections · %5 outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="132"/>
        <source>%1 net of %2 expected breakage (value %3), at the programme&apos;s default rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="144"/>
        <source>%1 available, %2 held%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/overviewpage.cpp" line="147"/>
        <source> — below the low-balance threshold of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="140"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="142"/>
        <source>Quarter ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="143"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="147"/>
        <source>End of Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="162"/>
        <source>Breakage rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="163"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="164"/>
        <source>default: the expected rates set in the expiry policy, else each bucket&apos;s rate estimated from history, else no breakage where there is no history yet (the report says which); auto: estimated from history only; or one rate per bucket, such as 0.05,0.2,0.45 (auto and rates can be mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="169"/>
        <source>Ageing buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="170"/>
        <source>the policy&apos;s, e.g. 0-90,91-180,181+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="171"/>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="173"/>
        <source>B&amp;reakage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="174"/>
        <source>B&amp;uckets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="190"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="191"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="192"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="193"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="196"/>
        <source>Cohorts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="178"/>
        <location filename="../ui/reportpage.cpp" line="197"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="176"/>
        <source>Liability by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="177"/>
        <source>Total only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="179"/>
        <location filename="../ui/reportpage.cpp" line="198"/>
        <source>HRIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="181"/>
        <source>&amp;Share by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="199"/>
        <source>Issue month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="201"/>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="205"/>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="210"/>
        <source>Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="224"/>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="230"/>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="239"/>
        <source>Roll-forward for the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="244"/>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="245"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="246"/>
        <source>Save c&amp;hart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="247"/>
        <source>Pri&amp;nt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="248"/>
        <source>Print the report with its chart and table (Ctrl+P); a preview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="249"/>
        <source>Cop&amp;y chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="252"/>
        <source>E&amp;vidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="253"/>
        <source>For a quarter end: the auditor&apos;s pack (the quarter-end reports as CSV and PDF, the GL journal, the audit anchor, the verify transcript and a manifest of SHA-256 digests) in one ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="358"/>
        <source>Computing from the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="381"/>
        <source>Computing the quarter&apos;s roll-forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="418"/>
        <source>%1 as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="419"/>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="435"/>
        <source>No figures: the report could not be computed with these parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="512"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="534"/>
        <location filename="../ui/reportpage.cpp" line="584"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="535"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="545"/>
        <source>compute the report first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="551"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="568"/>
        <source>Compute the report first: there is nothing to print yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="575"/>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="585"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="609"/>
        <source>Save the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="610"/>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="619"/>
        <source>An evidence pack is of a quarter: choose a quarter end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="627"/>
        <source>Writing the evidence pack of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="650"/>
        <source>Wrote %1: %2 files of %3 and their manifest; audit anchor at record %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="661"/>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="662"/>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::RulesPage</name>
    <message>
        <location filename="../ui/rulespage.cpp" line="42"/>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="43"/>
        <source>Points may cover &amp;part of an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="44"/>
        <source>&amp;Wallet money may pay the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="46"/>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="47"/>
        <source>Pay with the wallet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="48"/>
        <source>Refuse the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="51"/>
        <source>&amp;Save as a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="53"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="55"/>
        <source>&amp;Minimum points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="56"/>
        <source>A member needs at least this many available points before points apply, and uses at least this many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="58"/>
        <source>Off: points pay a whole order or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="60"/>
        <source>Off: the points must cover the order on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="61"/>
        <source>&amp;Below the minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="62"/>
        <source>What happens when the member&apos;s available points are under the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="67"/>
        <source>Order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="69"/>
        <source>Available points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="71"/>
        <source>Wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="73"/>
        <source>Points the member chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="74"/>
        <source>empty: as many as the rules allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="76"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="77"/>
        <source>a member id, then Enter: their points and wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="82"/>
        <source>Try a checkout with these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="84"/>
        <source>M&amp;ember:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="85"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="86"/>
        <source>A&amp;vailable points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="87"/>
        <source>Wa&amp;llet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="88"/>
        <source>&amp;Chosen points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Partial points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="92"/>
        <source>Wallet remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="93"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="93"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="93"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="98"/>
        <source>Rule versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="105"/>
        <source>Versions (a checkout is quoted under the version in force):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="111"/>
        <source>Only an admin changes the split-payment rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="150"/>
        <location filename="../ui/rulespage.cpp" line="151"/>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="150"/>
        <location filename="../ui/rulespage.cpp" line="151"/>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="153"/>
        <source>(defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="175"/>
        <source>minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="175"/>
        <source>a whole number of points from 0 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="190"/>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="196"/>
        <source>available points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="196"/>
        <location filename="../ui/rulespage.cpp" line="211"/>
        <source>a whole number of points, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="202"/>
        <source>wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="211"/>
        <source>chosen points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="231"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="253"/>
        <source>%1 points leave %2 to pay and the wallet holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="257"/>
        <source>the wallet holds %1 of the %2 the order needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="259"/>
        <source>&lt;b&gt;Refused&lt;/b&gt; (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="263"/>
        <source>&lt;b&gt;%1 points&lt;/b&gt; (worth %2) + &lt;b&gt;%3&lt;/b&gt; from the wallet = %4&lt;br&gt;the member may use %5 to %6 points&lt;br&gt;&lt;i&gt;%7&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="273"/>
        <source>minimum points %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="275"/>
        <source>partial points %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="277"/>
        <source>wallet remainder %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="279"/>
        <source>below the minimum %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="300"/>
        <source>Save the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/rulespage.cpp" line="301"/>
        <source>Version %1 will change:
%2

Why (kept with the version and in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::SchedulesPage</name>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <location filename="../ui/schedulespage.cpp" line="42"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <location filename="../ui/schedulespage.cpp" line="46"/>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <location filename="../ui/schedulespage.cpp" line="49"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="27"/>
        <source>Next run (as of)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="33"/>
        <source>Scheduled exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="36"/>
        <source>name, e.g. quarter-close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="37"/>
        <source>Schedule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="51"/>
        <source>absolute folder, e.g. /srv/finance/exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="52"/>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="53"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="54"/>
        <source>&amp;Add schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="55"/>
        <source>Re&amp;move selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="56"/>
        <source>R&amp;un selected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="57"/>
        <source>Write the selected schedule&apos;s export as of now into its folder; its calendar is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="65"/>
        <source>Only admin and finance schedule exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="74"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="75"/>
        <source>R&amp;eport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="76"/>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="77"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="78"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="92"/>
        <source>Where the exports go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="102"/>
        <location filename="../ui/schedulespage.cpp" line="115"/>
        <source>Select a schedule first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="106"/>
        <source>Remove schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="107"/>
        <source>Remove the schedule %1? Its exports already written stay in %2; no more are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="143"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="171"/>
        <source>Schedule %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="180"/>
        <source>Wrote %1 (%2 rows) and its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/schedulespage.cpp" line="189"/>
        <source>Schedule %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::SourcesPage</name>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Earns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Redeems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Free amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="39"/>
        <source>Most points per earning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="44"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="45"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="46"/>
        <source>A source that earns sends earning events (an HRIS, a card platform); one that redeems reserves and spends points (the marketplace, loyalife). Free amounts: it may name the points itself instead of an earning rule&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="53"/>
        <source>Only an admin changes what a source may do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="79"/>
        <source>Empty: no most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="108"/>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="119"/>
        <source>Saved; the change is in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sourcespage.cpp" line="127"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::StatementDialog</name>
    <message>
        <location filename="../ui/statementdialog.cpp" line="36"/>
        <source>Statement for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="45"/>
        <source>From (inclusive, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="46"/>
        <source>To (exclusive, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="47"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="54"/>
        <source>Statement lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="57"/>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="58"/>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="61"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="63"/>
        <source>to (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="122"/>
        <source>there is no statement to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="134"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="140"/>
        <source>Save the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="142"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/statementdialog.cpp" line="142"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsModel</name>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="100"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="102"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="104"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="106"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="108"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="110"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="112"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="114"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionsmodel.cpp" line="116"/>
        <source>Available after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::TransactionsPage</name>
    <message>
        <location filename="../ui/transactionspage.cpp" line="56"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="74"/>
        <location filename="../ui/transactionspage.cpp" line="132"/>
        <location filename="../ui/transactionspage.cpp" line="381"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="75"/>
        <location filename="../ui/transactionspage.cpp" line="132"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="79"/>
        <location filename="../ui/transactionspage.cpp" line="133"/>
        <location filename="../ui/transactionspage.cpp" line="387"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="83"/>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="84"/>
        <location filename="../ui/transactionspage.cpp" line="380"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="86"/>
        <source>Between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="95"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="96"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="117"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="120"/>
        <source>Minimum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="121"/>
        <source>Maximum points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="123"/>
        <source>Reference contains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="124"/>
        <location filename="../ui/transactionspage.cpp" line="383"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="125"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="127"/>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="137"/>
        <location filename="../ui/transactionspage.cpp" line="384"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="153"/>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="158"/>
        <source>Entry detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="159"/>
        <location filename="../ui/transactionspage.cpp" line="467"/>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="161"/>
        <location filename="../ui/transactionspage.cpp" line="342"/>
        <source>Give back the selected confirmed redemption or checkout, whole or in part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="162"/>
        <location filename="../ui/transactionspage.cpp" line="438"/>
        <source>Only the admin role may refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="178"/>
        <source>The ledger has changed since these rows were read: Refresh (F5) shows the new entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="179"/>
        <source>The ledger has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="210"/>
        <source>Counting the entries and sums of this filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="213"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="226"/>
        <source>Export transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="273"/>
        <source>Points: the minimum %1 is above the maximum %2, so no entry could match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="276"/>
        <source>Between: %1 is not before %2, so no entry could match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="329"/>
        <source>%1 %2: %3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="330"/>
        <source>%1 entries (%2) · %3 %4 in money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="331"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="362"/>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="368"/>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="377"/>
        <source>&lt;h3&gt;Entry %1: %2&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="379"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="386"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="388"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="390"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="399"/>
        <source>&lt;h4&gt;Lots&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="412"/>
        <source>&lt;h4&gt;Audit record %1&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="413"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="414"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="415"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="429"/>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="392"/>
        <source>&lt;h4&gt;Postings&lt;/h4&gt;&lt;table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="401"/>
        <source>&lt;tr&gt;&lt;td&gt;lot %1&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="440"/>
        <source>Only a confirmed redemption or a checkout can be refunded; this entry is a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="448"/>
        <source>&amp;Copy reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="451"/>
        <source>This entry has no reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="452"/>
        <source>Copy entry &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="454"/>
        <source>This entry belongs to the programme, not to a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="455"/>
        <source>&amp;Only this member&apos;s entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="460"/>
        <source>&amp;Open member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="471"/>
        <source>Re&amp;lease hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="474"/>
        <source>Only the admin role may release a hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="476"/>
        <source>Only a hold still reserved can be released; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="498"/>
        <location filename="../ui/transactionspage.cpp" line="504"/>
        <location filename="../ui/transactionspage.cpp" line="507"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="499"/>
        <source>Points of %1 to give back to %2 (at most the %3 it confirmed, less earlier refunds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="504"/>
        <source>Reason (kept in the audit trail):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="508"/>
        <source>Refund %1 points of %2 to %3 (%4)? Their available points become %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="526"/>
        <source>%1 of %2: %3 points back to %4; %5 left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="542"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="548"/>
        <source>Exporting transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="548"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/transactionspage.cpp" line="571"/>
        <source>Exported %1 entries to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::WalletPage</name>
    <message>
        <location filename="../ui/walletpage.cpp" line="60"/>
        <source>amount, e.g. 250000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="61"/>
        <source>Amount to fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="63"/>
        <source>bank transfer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="64"/>
        <source>Bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="65"/>
        <source>&amp;Fund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="67"/>
        <source>warn below, e.g. 50000.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="68"/>
        <source>Low-balance threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="69"/>
        <source>Set &amp;threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="74"/>
        <source>Only admin and finance fund the programme wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="77"/>
        <source>Fund:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="88"/>
        <source>Balance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="90"/>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="94"/>
        <source>Funding wallet movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="96"/>
        <source>Drawn (net of returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="100"/>
        <source>Fundings and draws by source per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="102"/>
        <source>&amp;Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="103"/>
        <source>By &amp;day and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="160"/>
        <source>&lt;b&gt;The funding wallet is not open yet.&lt;/b&gt; Its first funding opens it; until then redemptions draw nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="161"/>
        <source>&lt;b&gt;This programme is not pre-paid&lt;/b&gt; (programme setting funding = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="164"/>
        <source>&lt;b&gt;Available %1&lt;/b&gt; · held for open reservations %2 · drawn %3 · funded %4 · threshold %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="166"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/walletpage.cpp" line="167"/>
        <source>%n day(s) of cover at the last 30 days&apos; draws</source>
        <translation>
            <numerusform>%n day of cover at the last 30 days&apos; draws</numerusform>
            <numerusform>%n days of cover at the last 30 days&apos; draws</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="168"/>
        <source>nothing drawn in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="171"/>
        <source>The funding wallet is below its threshold: fund it before redemptions are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="223"/>
        <source>Funding wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="257"/>
        <source>bank reference: required; a bank transfer funds the wallet once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="261"/>
        <source>Fund the programme wallet with %1 (bank reference %2)?
Available after: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="264"/>
        <source>Fund the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="276"/>
        <source>Funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/walletpage.cpp" line="300"/>
        <source>Threshold set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>orchard::ui::WebhooksPage</name>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="58"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="61"/>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="62"/>
        <source>Webhook subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="63"/>
        <source>Recent deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="67"/>
        <source>from event </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="68"/>
        <source>First event to deliver again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="69"/>
        <source>&amp;Replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="76"/>
        <source>Only an admin replays deliveries, on a ledger that may be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="77"/>
        <source>Subscriptions are added on the command line (orchardctl webhook add), where the signing secret is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="103"/>
        <source>Choose a subscription to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="107"/>
        <source>Replay deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="108"/>
        <source>Deliver every event of %1 from event %2 on again, in order? The receiver gets each again with its own id, so it can tell the repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="138"/>
        <source>delivering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="139"/>
        <source>failing: %n attempt(s) in a row, next %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="144"/>
        <source>all platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="147"/>
        <source>No webhook subscriptions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="175"/>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="178"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="179"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/webhookspage.cpp" line="180"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="188"/>
        <source>%1: the %n most recent deliveries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/webhookspage.cpp" line="196"/>
        <source>%n delivery(ies) of %1 from event %2 will be sent again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
