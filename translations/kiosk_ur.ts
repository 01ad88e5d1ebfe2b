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
    <name>DigitPad</name>
    <message>
        <source>Rub out</source>
        <translation>مٹائیں</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Done. Patients will see the older version from the next start screen, when you close this panel.</source>
        <translation>ہو گیا۔ یہ پینل بند کرنے پر، اگلی شروعاتی اسکرین سے مریضوں کو پرانا ورژن نظر آئے گا۔</translation>
    </message>
    <message>
        <source>Could not go back; nothing was changed.</source>
        <translation>پچھلے ورژن پر واپس نہیں جا سکے؛ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Showing now: %1, version %2, installed %3 from %4.</source>
        <translation>ابھی دکھایا جا رہا ہے: %1، ورژن %2، جو %3 کو %4 سے انسٹال ہوا۔</translation>
    </message>
    <message>
        <source>Showing now: the pack that came with the kiosk (%1, version %2).</source>
        <translation>ابھی دکھایا جا رہا ہے: کیوسک کے ساتھ آنے والا پیک (%1، ورژن %2)۔</translation>
    </message>
    <message>
        <source>%1, version %2, installed %3 from %4</source>
        <translation>%1، ورژن %2، جو %3 کو %4 سے انسٹال ہوا</translation>
    </message>
    <message>
        <source>the pack that came with the kiosk (version %1)</source>
        <translation>کیوسک کے ساتھ آنے والا پیک (ورژن %1)</translation>
    </message>
    <message>
        <source>Older versions kept for going back (newest first):</source>
        <translation>واپس جانے کے لیے رکھے گئے پرانے ورژن (نئے پہلے):</translation>
    </message>
    <message>
        <source>There is no older version to go back to.</source>
        <translation>واپس جانے کے لیے کوئی پرانا ورژن موجود نہیں۔</translation>
    </message>
    <message>
        <source>Go back to the previous version? The version in use now will be deleted from the kiosk.</source>
        <translation>کیا پچھلے ورژن پر واپس جانا ہے؟ ابھی استعمال ہونے والا ورژن کیوسک سے مٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>یو ایس بی اسٹک</translation>
    </message>
    <message>
        <source>the update channel</source>
        <translation>اپ ڈیٹ چینل</translation>
    </message>
    <message>
        <source>Go back one version</source>
        <translation>ایک ورژن پیچھے جائیں</translation>
    </message>
    <message>
        <source>Yes, go back</source>
        <translation>ہاں، واپس جائیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <source>Emergency number</source>
        <translation>ایمرجنسی نمبر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Installed. Patients will see it from the next start screen, when you close this panel.</source>
        <translation>انسٹال ہو گیا۔ یہ پینل بند کرنے پر، اگلی شروعاتی اسکرین سے مریضوں کو یہ نظر آئے گا۔</translation>
    </message>
    <message>
        <source>Not installed. The kiosk still shows the same pack as before; nothing was lost.</source>
        <translation>انسٹال نہیں ہوا۔ کیوسک پہلے والا پیک ہی دکھا رہا ہے؛ کچھ ضائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>فائل: %1</translation>
    </message>
    <message>
        <source>Checking this pack…</source>
        <translation>اس پیک کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>This file cannot be read as a pack. It may be damaged, or the USB stick was taken out.</source>
        <translation>یہ فائل پیک کے طور پر نہیں پڑھی جا سکتی۔ شاید یہ خراب ہے، یا یو ایس بی اسٹک نکال لی گئی ہے۔</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، ورژن %2</translation>
    </message>
    <message>
        <source>Signed by a trusted key (%1).</source>
        <translation>قابلِ اعتماد کلید سے دستخط شدہ (%1)۔</translation>
    </message>
    <message>
        <source>Not signed: nobody vouches for this file.</source>
        <translation>دستخط نہیں: اس فائل کی کوئی ضمانت نہیں دیتا۔</translation>
    </message>
    <message>
        <source>The signature is NOT valid; this pack will not be installed.</source>
        <translation>دستخط درست نہیں؛ یہ پیک انسٹال نہیں کیا جائے گا۔</translation>
    </message>
    <message>
        <source>Problems found (it cannot be installed):</source>
        <translation>مسائل ملے (اسے انسٹال نہیں کیا جا سکتا):</translation>
    </message>
    <message>
        <source>Checked: no problems found.</source>
        <translation>جانچ ہو گئی: کوئی مسئلہ نہیں ملا۔</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…اور %1 مزید</translation>
    </message>
    <message>
        <source>This is not newer than the pack in use (version %1).</source>
        <translation>یہ استعمال ہونے والے پیک (ورژن %1) سے نیا نہیں ہے۔</translation>
    </message>
    <message>
        <source>What would change:</source>
        <translation>کیا بدلے گا:</translation>
    </message>
    <message>
        <source>Warning: an unsigned pack could contain anything, including wrong medical advice. Install it only if you made it yourself or know who did.</source>
        <translation>خبردار: بغیر دستخط والے پیک میں کچھ بھی ہو سکتا ہے، غلط طبی مشورہ بھی۔ اسے صرف تب انسٹال کریں جب آپ نے اسے خود بنایا ہو یا آپ جانتے ہوں کہ کس نے بنایا ہے۔</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>جھلک دیکھیں</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>انسٹال کریں</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>پھر بھی انسٹال کریں</translation>
    </message>
    <message>
        <source>Don&apos;t install</source>
        <translation>انسٹال نہ کریں</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>Packs on USB sticks (at the top of the stick or in a folder named %1) and in the kiosk&apos;s pack folder.</source>
        <translation>یو ایس بی اسٹک پر (سب سے اوپر یا %1 نامی فولڈر میں) اور کیوسک کے پیک فولڈر میں موجود پیک۔</translation>
    </message>
    <message>
        <source>No packs found yet. Put the USB stick in; packs appear here by themselves.</source>
        <translation>ابھی کوئی پیک نہیں ملا۔ یو ایس بی اسٹک لگائیں؛ پیک خود بخود یہاں نظر آ جائیں گے۔</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>دوبارہ تلاش کریں</translation>
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
    <name>PinPad</name>
    <message>
        <source>A PIN needs at least %1 digits.</source>
        <translation>پن میں کم از کم %1 ہندسے ہونے چاہئیں۔</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>دونوں پن ایک جیسے نہیں تھے۔ براہِ کرم دوبارہ پن چنیں۔</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left before the pad rests for five minutes: %1</source>
        <translation>یہ پن درست نہیں۔ پانچ منٹ کے وقفے سے پہلے باقی کوششیں: %1</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged, so the panel stays locked. Ask IT to delete staff.json in the kiosk&apos;s data folder; then a new PIN can be chosen.</source>
        <translation>عملے کے پن کی فائل خراب ہے، اس لیے پینل بند رہے گا۔ آئی ٹی سے کہیں کہ کیوسک کے ڈیٹا فولڈر سے staff.json مٹا دیں؛ پھر نیا پن چنا جا سکے گا۔</translation>
    </message>
    <message>
        <source>Too many wrong tries, so the pad is resting for safety. Please try again in %1 min %2 s. Nothing else has changed.</source>
        <translation>بہت زیادہ غلط کوششیں ہوئیں، اس لیے حفاظت کے لیے پیڈ کچھ دیر کے لیے بند ہے۔ براہِ کرم %1 منٹ %2 سیکنڈ بعد دوبارہ کوشش کریں۔ اس کے سوا کچھ نہیں بدلا۔</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>صرف عملے کے لیے</translation>
    </message>
    <message>
        <source>Choose a staff PIN</source>
        <translation>عملے کا پن چنیں</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>یہی پن دوبارہ درج کریں</translation>
    </message>
    <message>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>عملے کا پن درج کریں، پھر «ٹھیک ہے» دبائیں۔</translation>
    </message>
    <message>
        <source>Choose a new PIN of 4 to 8 digits. Tell it only to the staff who need it.</source>
        <translation>4 سے 8 ہندسوں کا نیا پن چنیں۔ یہ صرف اُس عملے کو بتائیں جنہیں اس کی ضرورت ہے۔</translation>
    </message>
    <message>
        <source>This is the first start. Choose a PIN of 4 to 8 digits; staff will need it to open the staff panel.</source>
        <translation>کیوسک پہلی بار چل رہا ہے۔ 4 سے 8 ہندسوں کا پن چنیں؛ اسٹاف پینل کھولنے کے لیے عملے کو اس کی ضرورت ہو گی۔</translation>
    </message>
    <message>
        <source>Type the new PIN once more so we know it is right.</source>
        <translation>نیا پن ایک بار پھر لکھیں تاکہ یقین ہو جائے کہ یہ درست ہے۔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>PreviewOverlay</name>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>%1: page %2 of %3 (%4 of %5 in the pack)</source>
        <translation>%1: صفحہ %2 از %3 (پورے پیک میں %4 از %5)</translation>
    </message>
    <message>
        <source>The last save could not be shown; still showing the version before it:</source>
        <translation>آخری بار محفوظ کی گئی تبدیلی نہیں دکھائی جا سکی؛ اس سے پہلے والا ورژن ہی دکھایا جا رہا ہے:</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>پچھلا صفحہ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>اگلا صفحہ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
</context>
<context>
    <name>QuizBody</name>
    <message>
        <source>You answered %1 of %2 correctly.</source>
        <translation>آپ کے %2 میں سے %1 جواب صحیح تھے۔</translation>
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
        <translation>یہ جواب صحیح نہیں۔ صحیح جواب پر نشان لگا دیا گیا ہے۔</translation>
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
    <name>SettingsPage</name>
    <message>
        <source>That number was not saved: use 2 to 15 digits.</source>
        <translation>یہ نمبر محفوظ نہیں ہوا: 2 سے 15 ہندسے استعمال کریں۔</translation>
    </message>
    <message>
        <source>Saved. It applies from the next patient.</source>
        <translation>محفوظ ہو گیا۔ یہ اگلے مریض سے لاگو ہو گا۔</translation>
    </message>
    <message>
        <source>The new staff PIN is saved.</source>
        <translation>عملے کا نیا پن محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 منٹ %2 سیکنڈ</translation>
    </message>
    <message>
        <source>Are you sure? The kiosk will close and the computer&apos;s desktop will show. Patients cannot use it until it is started again.</source>
        <translation>کیا آپ کو یقین ہے؟ کیوسک بند ہو جائے گا اور کمپیوٹر کا ڈیسک ٹاپ نظر آئے گا۔ دوبارہ چلائے جانے تک مریض اسے استعمال نہیں کر سکیں گے۔</translation>
    </message>
    <message>
        <source>Close the kiosk and go to the computer&apos;s desktop (for IT work).</source>
        <translation>کیوسک بند کر کے کمپیوٹر کے ڈیسک ٹاپ پر جائیں (آئی ٹی کے کام کے لیے)۔</translation>
    </message>
    <message>
        <source>Time without a touch before the kiosk starts again for the next patient</source>
        <translation>کتنی دیر کوئی نہ چھوئے تو کیوسک اگلے مریض کے لیے دوبارہ شروع ہو</translation>
    </message>
    <message>
        <source>Language the kiosk starts in</source>
        <translation>کیوسک کس زبان میں شروع ہو</translation>
    </message>
    <message>
        <source>Emergency number (shown on the help pages)</source>
        <translation>ایمرجنسی نمبر (مدد کے صفحات پر دکھایا جاتا ہے)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <source>Staff PIN (the panel asks for it every time)</source>
        <translation>عملے کا پن (پینل ہر بار یہ پوچھتا ہے)</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>پن بدلیں</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>More</source>
        <translation>زیادہ</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>ڈیسک ٹاپ پر جائیں</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>ہاں، بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
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
        <translation>یہ جراثیم ہے! ٹی سیل اس پر حملے کا نشان لگا دیتا ہے۔</translation>
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
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>اسٹاف پینل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>پیک</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>اپ ڈیٹس</translation>
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
            <numerusform>%n سیکنڈ میں پہلا صفحہ دوبارہ کھل جائے گا</numerusform>
            <numerusform>%n سیکنڈ میں پہلا صفحہ دوبارہ کھل جائے گا</numerusform>
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
<context>
    <name>UpdatesPage</name>
    <message>
        <source>No file named %1 was found on a USB stick.</source>
        <translation>یو ایس بی اسٹک پر %1 نامی کوئی فائل نہیں ملی۔</translation>
    </message>
    <message>
        <source>The address in the file must start with http:// or https://; nothing was changed.</source>
        <translation>فائل میں لکھا پتہ http:// یا https:// سے شروع ہونا چاہیے؛ کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Saved. The kiosk will look for updates at this address.</source>
        <translation>محفوظ ہو گیا۔ کیوسک اس پتے پر اپ ڈیٹس تلاش کرے گا۔</translation>
    </message>
    <message>
        <source>Saved. The kiosk will not look for updates.</source>
        <translation>محفوظ ہو گیا۔ کیوسک اپ ڈیٹس تلاش نہیں کرے گا۔</translation>
    </message>
    <message>
        <source>Not set: this kiosk does not look for updates.</source>
        <translation>مقرر نہیں: یہ کیوسک اپ ڈیٹس تلاش نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>ابھی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>آخری جانچ: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>ابھی تک جانچ نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>آخری مسئلہ: %1</translation>
    </message>
    <message>
        <source>The update server answered normally.</source>
        <translation>اپ ڈیٹ سرور نے معمول کے مطابق جواب دیا۔</translation>
    </message>
    <message>
        <source>Downloaded and waiting for the next start screen: %1</source>
        <translation>ڈاؤن لوڈ ہو گیا، اگلی شروعاتی اسکرین کا انتظار ہے: %1</translation>
    </message>
    <message>
        <source>Last installed from the channel: %1</source>
        <translation>چینل سے آخری بار انسٹال ہوا: %1</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>اپ ڈیٹ کا پتہ</translation>
    </message>
    <message>
        <source>To set it, IT writes the address on the first line of a text file named %1, puts it at the top of a USB stick, and presses the button below.</source>
        <translation>اسے مقرر کرنے کے لیے آئی ٹی والے %1 نامی ٹیکسٹ فائل کی پہلی سطر میں پتہ لکھیں، فائل یو ایس بی اسٹک میں سب سے اوپر رکھیں، اور نیچے والا بٹن دبائیں۔</translation>
    </message>
    <message>
        <source>Read from USB stick</source>
        <translation>یو ایس بی اسٹک سے پڑھیں</translation>
    </message>
    <message>
        <source>Stop looking for updates</source>
        <translation>اپ ڈیٹس تلاش کرنا بند کریں</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>اپ ڈیٹ چینل</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>ابھی جانچیں</translation>
    </message>
</context>
</TS>
