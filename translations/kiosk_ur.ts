<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ur_PK">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>شروع کرنے کے لیے اسکرین کو چھوئیں</translation>
    </message>
    <message>
        <source>Learn about your immune system</source>
        <translation>اپنے مدافعتی نظام کے بارے میں جانیں</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>All topics</source>
        <translation>تمام موضوعات</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 میں سے صفحہ %1</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Approved treatment</source>
        <translation>منظور شدہ علاج</translation>
    </message>
    <message>
        <source>Specialist centres only</source>
        <translation>صرف ماہر مراکز میں</translation>
    </message>
    <message>
        <source>Experimental: clinical trial only</source>
        <translation>تجرباتی: صرف کلینیکل ٹرائل میں</translation>
    </message>
</context>
<context>
    <name>StillReadingOverlay</name>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>%n سیکنڈ میں کیوسک دوبارہ شروع ہو جائے گا</numerusform>
            <numerusform>%n سیکنڈ میں کیوسک دوبارہ شروع ہو جائے گا</numerusform>
        </translation>
    </message>
    <message>
        <source>Still reading?</source>
        <translation>کیا آپ ابھی پڑھ رہے ہیں؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>مرکزی صفحہ</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>لکھائی کا سائز</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>زبان بدلیں</translation>
    </message>
</context>
</TS>