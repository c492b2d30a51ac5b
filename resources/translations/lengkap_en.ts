<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Lengkap::Cli</name>
    <message numerus="yes">
        <source>data rules: %n problem(s)</source>
        <translation>
            <numerusform>data rules: %n problem</numerusform>
            <numerusform>data rules: %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SAMPLE DATA: %n Puskesmas for cut-off %1</source>
        <translation>
            <numerusform>SAMPLE DATA: %n Puskesmas for cut-off %1</numerusform>
            <numerusform>SAMPLE DATA: %n Puskesmas for cut-off %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n empty row skipped</numerusform>
            <numerusform>%n empty rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty count cell(s) read as 0</source>
        <translation>
            <numerusform>%n empty count cell read as 0</numerusform>
            <numerusform>%n empty count cells read as 0</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) of professions outside the priority types were not counted:</source>
        <translation>
            <numerusform>%n worker of a profession outside the priority types was not counted:</numerusform>
            <numerusform>%n workers of professions outside the priority types were not counted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n Puskesmas imported for cut-off %2 (%3)</source>
        <translation>
            <numerusform>%1: %n Puskesmas imported for cut-off %2 (%3)</numerusform>
            <numerusform>%1: %n Puskesmas imported for cut-off %2 (%3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln Puskesmas in %3 districts imported for cut-off %2</source>
        <extracomment>Indonesian: &quot;%1: %Ln Puskesmas di %3 kabupaten/kota diimpor untuk cut-off %2&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln Puskesmas in %3 districts imported for cut-off %2</numerusform>
            <numerusform>%1: %Ln Puskesmas in %3 districts imported for cut-off %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced the earlier data of %n district(s)</source>
        <translation>
            <numerusform>replaced the earlier data of %n district</numerusform>
            <numerusform>replaced the earlier data of %n districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n Puskesmas on the %2 list for cut-off %3</source>
        <translation>
            <numerusform>%1: %n Puskesmas on the %2 list for cut-off %3</numerusform>
            <numerusform>%1: %n Puskesmas on the %2 list for cut-off %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Puskesmas of cut-off %1 pushed to %2</source>
        <translation>
            <numerusform>%n Puskesmas of cut-off %1 pushed to %2</numerusform>
            <numerusform>%n Puskesmas of cut-off %1 pushed to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced the earlier data of %n district(s) (kept in the server&apos;s history)</source>
        <translation>
            <numerusform>replaced the earlier data of %n district (kept in the server&apos;s history)</numerusform>
            <numerusform>replaced the earlier data of %n districts (kept in the server&apos;s history)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Puskesmas of cut-off %1 pulled from %2</source>
        <translation>
            <numerusform>%n Puskesmas of cut-off %1 pulled from %2</numerusform>
            <numerusform>%n Puskesmas of cut-off %1 pulled from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) written</source>
        <translation>
            <numerusform>%1: %n row written</numerusform>
            <numerusform>%1: %n rows written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::DashboardWindow</name>
    <message numerus="yes">
        <source>%Ln Puskesmas complete</source>
        <extracomment>Indonesian: &quot;%Ln Puskesmas Lengkap&quot;; %Ln is the count with digit grouping</extracomment>
        <translation>
            <numerusform>%Ln Puskesmas complete</numerusform>
            <numerusform>%Ln Puskesmas complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Puskesmas incomplete</source>
        <extracomment>Indonesian: &quot;%Ln Puskesmas Belum Lengkap&quot;</extracomment>
        <translation>
            <numerusform>%Ln Puskesmas incomplete</numerusform>
            <numerusform>%Ln Puskesmas incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is a shortage of %Ln health workers to fill the empty posts of the Puskesmas in %1</source>
        <extracomment>Indonesian: &quot;Terdapat kekurangan %Ln nakes untuk mengisi kekosongan Puskesmas di %1&quot;</extracomment>
        <translation>
            <numerusform>There is a shortage of %Ln health worker to fill the empty posts of the Puskesmas in %1</numerusform>
            <numerusform>There is a shortage of %Ln health workers to fill the empty posts of the Puskesmas in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::ImportDialog</name>
    <message numerus="yes">
        <source>This cut-off already holds data of %n district(s).</source>
        <translation>
            <numerusform>This cut-off already holds data of %n district.</numerusform>
            <numerusform>This cut-off already holds data of %n districts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file cannot be imported: %1 (and %n more below)</source>
        <translation>
            <numerusform>The file cannot be imported: %1 (and %n more below)</numerusform>
            <numerusform>The file cannot be imported: %1 (and %n more below)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::RowErrors</name>
    <message numerus="yes">
        <source>%1: stopped reading after %n invalid rows</source>
        <translation>
            <numerusform>%1: stopped reading after %n invalid row</numerusform>
            <numerusform>%1: stopped reading after %n invalid rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::ScenarioController</name>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::ScenarioPanel</name>
    <message numerus="yes">
        <source>Complete: %1 → &lt;b&gt;%2&lt;/b&gt; of %Ln Puskesmas (%3 → &lt;b&gt;%4&lt;/b&gt;)</source>
        <translation>
            <numerusform>Complete: %1 → &lt;b&gt;%2&lt;/b&gt; of %Ln Puskesmas (%3 → &lt;b&gt;%4&lt;/b&gt;)</numerusform>
            <numerusform>Complete: %1 → &lt;b&gt;%2&lt;/b&gt; of %Ln Puskesmas (%3 → &lt;b&gt;%4&lt;/b&gt;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln Puskesmas receive workers without becoming complete: workers that complete no Puskesmas fill empty cells, Puskesmas missing the fewest types first.</source>
        <translation>
            <numerusform>%Ln Puskesmas receive workers without becoming complete: workers that complete no Puskesmas fill empty cells, Puskesmas missing the fewest types first.</numerusform>
            <numerusform>%Ln Puskesmas receive workers without becoming complete: workers that complete no Puskesmas fill empty cells, Puskesmas missing the fewest types first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 workers left over go to %Ln Puskesmas furthest below the SKM standard of their type.</source>
        <translation>
            <numerusform>%1 workers left over go to %Ln Puskesmas furthest below the SKM standard of their type.</numerusform>
            <numerusform>%1 workers left over go to %Ln Puskesmas furthest below the SKM standard of their type.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln Puskesmas meet the SKM for every type. Shortage %2, surplus %3 workers.</source>
        <translation>
            <numerusform>%1 of %Ln Puskesmas meet the SKM for every type. Shortage %2, surplus %3 workers.</numerusform>
            <numerusform>%1 of %Ln Puskesmas meet the SKM for every type. Shortage %2, surplus %3 workers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::ServerConnection</name>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n district</numerusform>
            <numerusform>%n districts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lengkap::TableSource</name>
    <message numerus="yes">
        <source>%n totals or footer row(s) (JUMLAH, TOTAL, Sumber: ...) left out, the first on row %1</source>
        <translation>
            <numerusform>%n totals or footer row (JUMLAH, TOTAL, Sumber: ...) left out, the first on row %1</numerusform>
            <numerusform>%n totals or footer rows (JUMLAH, TOTAL, Sumber: ...) left out, the first on row %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message numerus="yes">
        <source>A Puskesmas is complete when all %n types are filled.</source>
        <translation>
            <numerusform>A Puskesmas is complete when all %n types are filled.</numerusform>
            <numerusform>A Puskesmas is complete when all %n types are filled.</numerusform>
        </translation>
    </message>
</context>
</TS>
