<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>tutorhub::Fixture</name>
    <message>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <source>Left unfinished</source>
        <translation type="unfinished">Pas fini</translation>
    </message>
    <message>
        <source>Left empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Gone from the sources</source>
        <translation type="vanished">Disparu</translation>
    </message>
    <message>
        <source>Hello %1, you have %2</source>
        <translation>Bonjour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n ligne de %1</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) with &amp;amp; &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>
            <numerusform>%n leçon avec &amp;amp; &lt;b&gt;%1&lt;/b&gt;</numerusform>
            <numerusform>%n leçons avec &amp;amp; &lt;b&gt;%1&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
