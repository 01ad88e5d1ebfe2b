<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>StillReadingOverlay</name>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>Starting again in %n second</numerusform>
            <numerusform>Starting again in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Language chosen at the start: %1. Switched %n times.</source>
        <translation>
            <numerusform>Language chosen at the start: %1. Switched %n time.</numerusform>
            <numerusform>Language chosen at the start: %1. Switched %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listened to a page read aloud in %1 of %n visits.</source>
        <translation>
            <numerusform>Listened to a page read aloud in %1 of %n visit.</numerusform>
            <numerusform>Listened to a page read aloud in %1 of %n visits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages were read aloud %n times in all.</source>
        <translation>
            <numerusform>A page was read aloud %n time in all.</numerusform>
            <numerusform>Pages were read aloud %n times in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Larger text chosen %n times.</source>
        <translation>
            <numerusform>Larger text chosen %n time.</numerusform>
            <numerusform>Larger text chosen %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The emergency page opened %n times.</source>
        <translation>
            <numerusform>The emergency page opened %n time.</numerusform>
            <numerusform>The emergency page opened %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n times, %2% of them to the end</source>
        <translation>
            <numerusform>%1: read %n time, %2% of them to the end</numerusform>
            <numerusform>%1: read %n times, %2% of them to the end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n times</source>
        <translation>
            <numerusform>%1: read %n time</numerusform>
            <numerusform>%1: read %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visits</source>
        <translation>
            <numerusform>%1: %n visit</numerusform>
            <numerusform>%1: %n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
