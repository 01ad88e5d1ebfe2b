<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <name>QuizBody</name>
    <message>
        <source>You answered %1 of %2 correctly.</source>
        <translation>آپ نے %2 میں سے %1 سوالوں کے صحیح جواب دیے۔</translation>
    </message>
    <message>
        <source>Well done! You know a lot about your immune system.</source>
        <translation>شاباش! آپ اپنے مدافعتی نظام کے بارے میں کافی کچھ جانتے ہیں۔</translation>
    </message>
    <message>
        <source>Thank you for trying. Every page you read helps.</source>
        <translation>کوشش کرنے کا شکریہ۔ آپ جو بھی صفحہ پڑھتے ہیں، وہ آپ کے کام آتا ہے۔</translation>
    </message>
    <message>
        <source>Have a question? Ask your doctor.</source>
        <translation>کوئی سوال ہے؟ اپنے ڈاکٹر سے پوچھیں۔</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>%2 میں سے سوال %1</translation>
    </message>
    <message>
        <source>That&apos;s right!</source>
        <translation>بالکل صحیح!</translation>
    </message>
    <message>
        <source>Not quite. The right answer is marked.</source>
        <translation>یہ جواب درست نہیں۔ صحیح جواب نمایاں کر دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>میرا نتیجہ دکھائیں</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>اگلا سوال</translation>
    </message>
</context>
<context>
    <name>SortingGame</name>
    <message>
        <source>Show a healthy immune system</source>
        <translation>صحت مند مدافعتی نظام دکھائیں</translation>
    </message>
    <message>
        <source>Show autoimmune disease</source>
        <translation>آٹو امیون بیماری دکھائیں</translation>
    </message>
    <message>
        <source>Tap a cell to check its marker.</source>
        <translation>کسی خلیے کو چھو کر اس کا نشان دیکھیں۔</translation>
    </message>
    <message>
        <source>Part of you: the T cell leaves it alone.</source>
        <translation>یہ آپ کا اپنا خلیہ ہے، اس لیے ٹی سیل اسے کچھ نہیں کہتا۔</translation>
    </message>
    <message>
        <source>A germ! The T cell marks it for attack.</source>
        <translation>یہ جرثومہ ہے! ٹی سیل اس پر حملے کا نشان لگا دیتا ہے۔</translation>
    </message>
    <message>
        <source>A mistake: the T cell attacks your own cell. This is what happens in autoimmune disease.</source>
        <translation>غلطی! ٹی سیل آپ کے اپنے خلیے پر حملہ کر رہا ہے۔ آٹو امیون بیماری میں یہی ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Now the T cell is confused. Tap a cell and see.</source>
        <translation>اب ٹی سیل الجھن میں ہے۔ کسی خلیے کو چھو کر دیکھیں۔</translation>
    </message>
    <message>
        <source>The T cell works properly again.</source>
        <translation>ٹی سیل اب پھر ٹھیک کام کر رہا ہے۔</translation>
    </message>
    <message>
        <source>All the germs are found. Well done!</source>
        <translation>سارے جراثیم پکڑے گئے۔ شاباش!</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>دوبارہ کھیلیں</translation>
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
